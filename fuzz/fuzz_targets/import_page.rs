//! Fuzzes the importer: no input may panic, hang, or give a profile that
//! fails `profile::check`. Run with `cargo +nightly fuzz run import_page`.
#![no_main]

use gapwise::import::{import_page, to_yaml, ImportOptions};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let options = ImportOptions { file_name: "fuzz-2014.txt".into(), ..Default::default() };
    if let Ok(imported) = import_page(text, &options) {
        let yaml = to_yaml(&imported.profile);
        let checked = gapwise::profile::check("fuzz.yaml", &yaml);
        assert!(!checked.problems.iter().any(|p| p.is_error()), "{:#?}\n{yaml}", checked.problems);
        let _ = imported.summary();
    }
});
