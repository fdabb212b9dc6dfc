//! Fuzzes the pack loader: a `pack.yaml` and one rule, split at the first
//! NUL byte of the input. No input may panic or hang `Pack::from_files`.
//! Run with `cargo +nightly fuzz run pack_load`.
#![no_main]

use gapwise::rules::Pack;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let (pack_yaml, rule) = text.split_once('\0').unwrap_or((text, ""));
    let files = vec![
        ("pack.yaml".to_string(), pack_yaml.to_string()),
        ("rule.rhai".to_string(), rule.to_string()),
    ];
    if let Ok(pack) = Pack::from_files("fuzz", files) {
        assert!(pack.rules.len() <= 1);
    }
});
