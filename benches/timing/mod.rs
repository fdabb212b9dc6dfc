//! Timing helpers shared by the benchmarks that print their own tables
//! (`criteria`, `rego`): the minimum of several passes, in µs per call.

use std::time::{Duration, Instant};

use gapwise::engine::ProfileInput;

/// Passes of each measurement; the fastest is kept.
pub const PASSES: usize = 5;

/// A profile ready to assess; the bench's own profiles are valid.
pub fn input(name: &str, text: &str) -> ProfileInput {
    let (profile, _) = gapwise::profile::parse(name, text).expect("profile is valid");
    ProfileInput::new(name, text, profile)
}

/// The minimum over [`PASSES`] runs of the time `f` takes.
pub fn fastest(mut f: impl FnMut()) -> Duration {
    (0..PASSES)
        .map(|_| {
            let start = Instant::now();
            f();
            start.elapsed()
        })
        .min()
        .unwrap_or_default()
}

/// µs per call.
pub fn micros(d: Duration, calls: usize) -> f64 {
    d.as_secs_f64() * 1e6 / calls as f64
}
