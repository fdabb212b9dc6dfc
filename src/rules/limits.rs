//! Limits on what one rule may do in one evaluation: data, defined once.
//!
//! A pack may lower or raise its limits in `pack.yaml` (`limits:`), but never
//! past the hard maxima below: rules are untrusted code.

use std::time::Duration;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// Largest rule file compiled, in bytes (1 MiB); a larger rule ends as `error`.
pub const MAX_RULE_FILE: usize = 1024 * 1024;

/// Budgets for one rule call. Every field is also a `pack.yaml` key.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, default)]
pub struct Limits {
    /// Operations (expressions evaluated) per call.
    pub max_operations: u64,
    /// Depth of nested function calls.
    pub max_call_levels: usize,
    /// Depth of nested expressions, at top level and inside functions.
    pub max_expr_depth: usize,
    /// Length of any string, in bytes.
    pub max_string_size: usize,
    /// Length of any array.
    pub max_array_size: usize,
    /// Entries of any object map.
    pub max_map_size: usize,
    /// Processor time per call, in milliseconds (wall-clock time where the
    /// system cannot tell a thread's processor time); ten times this is a
    /// wall-clock backstop.
    pub timeout_ms: u64,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_operations: 100_000,
            max_call_levels: 32,
            max_expr_depth: 64,
            max_string_size: 64 * 1024,
            max_array_size: 10_000,
            max_map_size: 10_000,
            timeout_ms: 200,
        }
    }
}

impl Limits {
    /// The highest values a pack may ask for.
    pub const HARD_MAX: Limits = Limits {
        max_operations: 10_000_000,
        max_call_levels: 128,
        max_expr_depth: 256,
        max_string_size: 16 * 1024 * 1024,
        max_array_size: 1_000_000,
        max_map_size: 1_000_000,
        timeout_ms: 5_000,
    };

    /// These limits, each clamped to `1..=HARD_MAX`; gives the names of the
    /// fields that were lowered.
    pub fn clamped(self) -> (Limits, Vec<&'static str>) {
        let max = Limits::HARD_MAX;
        let mut lowered = Vec::new();
        let mut clamp_u64 = |v: u64, m: u64, name: &'static str| {
            if v > m {
                lowered.push(name);
            }
            v.clamp(1, m)
        };
        let max_operations = clamp_u64(self.max_operations, max.max_operations, "max_operations");
        let timeout_ms = clamp_u64(self.timeout_ms, max.timeout_ms, "timeout_ms");
        let mut clamp = |v: usize, m: usize, name: &'static str| {
            if v > m {
                lowered.push(name);
            }
            v.clamp(1, m)
        };
        let limits = Limits {
            max_operations,
            timeout_ms,
            max_call_levels: clamp(self.max_call_levels, max.max_call_levels, "max_call_levels"),
            max_expr_depth: clamp(self.max_expr_depth, max.max_expr_depth, "max_expr_depth"),
            max_string_size: clamp(self.max_string_size, max.max_string_size, "max_string_size"),
            max_array_size: clamp(self.max_array_size, max.max_array_size, "max_array_size"),
            max_map_size: clamp(self.max_map_size, max.max_map_size, "max_map_size"),
        };
        (limits, lowered)
    }

    pub fn timeout(&self) -> Duration {
        Duration::from_millis(self.timeout_ms)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clamps_to_hard_maxima() {
        let asked = Limits {
            timeout_ms: 60_000,
            max_operations: 0,
            ..Limits::default()
        };
        let (limits, lowered) = asked.clamped();
        assert_eq!(limits.timeout_ms, Limits::HARD_MAX.timeout_ms);
        assert_eq!(limits.max_operations, 1);
        assert_eq!(lowered, vec!["timeout_ms"]);
    }
}
