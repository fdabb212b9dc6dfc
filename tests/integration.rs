//! The integration tests, one module per file of `tests/`, built as one test
//! binary: each binary links gapwise and every dependency again, so one
//! binary instead of one per file saves most of the build of `cargo test`.
//!
//! `autotests = false` in `Cargo.toml`: a file of `tests/` runs only once it
//! is declared here (`every_test_file_is_declared` checks that none is
//! forgotten). Run one file's tests with a filter on its module:
//! `cargo test --release --test integration browser::`.

mod bad_input;
mod batch;
mod browser;
mod capacity;
mod cli;
mod compare;
mod i18n;
mod import_cli;
mod import_commentary;
mod import_editors;
mod import_mexico;
mod import_mexico_profile;
mod import_pages;
mod import_patterns;
mod import_phrasings;
mod import_present;
mod import_props;
mod import_qualified;
mod import_review;
mod import_rewordings;
mod import_voices;
mod interrupt;
mod mexico;
mod progress;
mod progress_packs;
mod report;
mod report_tamper;
mod rule_cases;
mod rules_cli;
mod sandbox;
mod terminal;

/// Every `.rs` file directly in `tests/` is declared as a module above, so
/// that a new test file cannot be left out of the run without a failure.
#[test]
fn every_test_file_is_declared() {
    let this = include_str!("integration.rs");
    let mut missing = Vec::new();
    for entry in std::fs::read_dir("tests").expect("read tests/") {
        let path = entry.expect("read an entry of tests/").path();
        let Some(stem) = path.file_stem().and_then(|s| s.to_str()) else {
            continue;
        };
        if path.extension().is_some_and(|e| e == "rs") && stem != "integration" {
            let declared = format!("\nmod {stem};\n");
            if !this.contains(&declared) {
                missing.push(stem.to_owned());
            }
        }
    }
    missing.sort();
    assert!(
        missing.is_empty(),
        "files of tests/ not declared in tests/integration.rs (add `mod NAME;`): {missing:?}"
    );
}
