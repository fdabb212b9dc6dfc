//! Fuzzes the profile loader: no input may panic or hang
//! `profile::check`. Run with `cargo +nightly fuzz run profile_check`.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let checked = gapwise::profile::check("fuzz.yaml", text);
    // A profile is given only when nothing is wrong enough to stop.
    if checked.profile.is_some() {
        assert!(
            !checked.problems.iter().any(|p| p.is_error()),
            "{:#?}",
            checked.problems
        );
    }
});
