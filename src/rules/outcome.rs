//! What a rule's check comes to: the outcome of a criterion, and where a
//! rule broke. Rules give them, the engine records them in results.

use serde::{Deserialize, Serialize};

/// The verdict of one criterion on one profile.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    Met,
    PartlyMet,
    NotMet,
    NotApplicable,
    NoData,
    Waived,
    Error,
}

impl Outcome {
    pub const ALL: [Outcome; 7] = [
        Outcome::Met,
        Outcome::PartlyMet,
        Outcome::NotMet,
        Outcome::NotApplicable,
        Outcome::NoData,
        Outcome::Waived,
        Outcome::Error,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Outcome::Met => "met",
            Outcome::PartlyMet => "partly_met",
            Outcome::NotMet => "not_met",
            Outcome::NotApplicable => "not_applicable",
            Outcome::NoData => "no_data",
            Outcome::Waived => "waived",
            Outcome::Error => "error",
        }
    }

    pub fn parse(text: &str) -> Option<Outcome> {
        Outcome::ALL.into_iter().find(|o| o.as_str() == text)
    }

    /// Share of the weight earned, for outcomes that count in the score.
    pub fn credit(self) -> Option<f64> {
        match self {
            Outcome::Met => Some(1.0),
            Outcome::PartlyMet => Some(0.5),
            Outcome::NotMet => Some(0.0),
            _ => None,
        }
    }

    /// Whether the outcome is a gap to close.
    pub fn is_gap(self) -> bool {
        matches!(self, Outcome::NotMet | Outcome::PartlyMet)
    }
}

/// Where a rule broke, when its outcome is `error`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RuleFailure {
    pub file: String,
    pub line: usize,
    pub column: usize,
    pub message: String,
}
