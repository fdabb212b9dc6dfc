//! Fuzzes `gapwise report`: a results file read back, checked, and
//! rendered in every format with the bundled templates. No input may panic
//! or hang; a file that passes the checks must render.
//! Run with `cargo +nightly fuzz run results_render`.
#![no_main]

use std::sync::OnceLock;

use gapwise::engine::Results;
use gapwise::report::{render_assessment, render_results, Format, Templates};
use libfuzzer_sys::fuzz_target;

fn templates() -> &'static Templates {
    static TEMPLATES: OnceLock<Templates> = OnceLock::new();
    TEMPLATES.get_or_init(Templates::bundled)
}

fuzz_target!(|data: &[u8]| {
    let Ok(results) = serde_json::from_slice::<Results>(data) else {
        return;
    };
    if !results.inconsistencies().is_empty() {
        return;
    }
    for format in [Format::Json, Format::Csv, Format::Md] {
        render_results(&results, format, templates()).expect("a consistent results file renders");
    }
    for a in &results.assessments {
        render_assessment(a, Format::Html, templates()).expect("a consistent assessment renders");
    }
});
