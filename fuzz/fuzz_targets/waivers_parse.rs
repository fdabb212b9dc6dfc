//! Fuzzes the waivers loader: no input may panic or hang
//! `engine::waivers::parse`. Run with `cargo +nightly fuzz run waivers_parse`.
#![no_main]

use libfuzzer_sys::fuzz_target;

const RULES: &[&str] = &[
    "budapest.treaty.party_in_force",
    "budapest.art15.supervision",
    "budapest.art9.child_pornography",
];

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let _ = gapwise::engine::waivers::parse("fuzz.yaml", text, "budapest", RULES);
});
