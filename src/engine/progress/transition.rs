//! What happened to one criterion between two dates, and how many criteria
//! made each move.

use serde::{Deserialize, Serialize};

use crate::engine::results::Outcome;

/// What happened to one criterion between two dates.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Transition {
    /// A better scored outcome (`not_met -> partly_met`, `partly_met -> met`).
    Improved,
    /// A worse scored outcome.
    Regressed,
    /// `no_data -> anything`: new evidence, not change.
    NewlyKnown,
    /// A verdict (`met`, `partly_met`, `not_met`) before, `no_data` now: a
    /// fact that was known is no longer known.
    EvidenceLost,
    /// Another change between outcomes that do not score against each other
    /// (`met -> not_applicable`, `not_met -> waived`, a rule error, and
    /// `not_applicable -> no_data`: the criterion came to apply, nothing was
    /// known of it before either).
    Changed,
    Unchanged,
}

impl Transition {
    pub const ALL: [Transition; 6] = [
        Transition::Improved,
        Transition::Regressed,
        Transition::NewlyKnown,
        Transition::EvidenceLost,
        Transition::Changed,
        Transition::Unchanged,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Transition::Improved => "improved",
            Transition::Regressed => "regressed",
            Transition::NewlyKnown => "newly_known",
            Transition::EvidenceLost => "evidence_lost",
            Transition::Changed => "changed",
            Transition::Unchanged => "unchanged",
        }
    }
}

/// Classifies the move of one criterion from one outcome to another.
pub fn classify(from: Outcome, to: Outcome) -> Transition {
    if from == to {
        return Transition::Unchanged;
    }
    match (from, to) {
        (Outcome::NoData, _) => Transition::NewlyKnown,
        (_, Outcome::NoData) if from.credit().is_some() => Transition::EvidenceLost,
        _ => match (from.credit(), to.credit()) {
            (Some(a), Some(b)) if b > a => Transition::Improved,
            (Some(a), Some(b)) if b < a => Transition::Regressed,
            _ => Transition::Changed,
        },
    }
}

/// How many criteria made each transition.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct TransitionCounts {
    pub improved: usize,
    pub regressed: usize,
    pub newly_known: usize,
    pub evidence_lost: usize,
    pub changed: usize,
    pub unchanged: usize,
}

impl TransitionCounts {
    pub fn add(&mut self, t: Transition) {
        *self.slot(t) += 1;
    }

    pub fn get(&self, t: Transition) -> usize {
        match t {
            Transition::Improved => self.improved,
            Transition::Regressed => self.regressed,
            Transition::NewlyKnown => self.newly_known,
            Transition::EvidenceLost => self.evidence_lost,
            Transition::Changed => self.changed,
            Transition::Unchanged => self.unchanged,
        }
    }

    fn slot(&mut self, t: Transition) -> &mut usize {
        match t {
            Transition::Improved => &mut self.improved,
            Transition::Regressed => &mut self.regressed,
            Transition::NewlyKnown => &mut self.newly_known,
            Transition::EvidenceLost => &mut self.evidence_lost,
            Transition::Changed => &mut self.changed,
            Transition::Unchanged => &mut self.unchanged,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn new_evidence_is_not_improvement() {
        assert_eq!(classify(Outcome::NoData, Outcome::Met), Transition::NewlyKnown);
        assert_eq!(classify(Outcome::NoData, Outcome::NotMet), Transition::NewlyKnown);
        assert_eq!(classify(Outcome::Met, Outcome::NoData), Transition::EvidenceLost);
        assert_eq!(classify(Outcome::NotMet, Outcome::PartlyMet), Transition::Improved);
        assert_eq!(classify(Outcome::NotMet, Outcome::Met), Transition::Improved);
        assert_eq!(classify(Outcome::Met, Outcome::PartlyMet), Transition::Regressed);
        assert_eq!(classify(Outcome::Met, Outcome::NotApplicable), Transition::Changed);
        assert_eq!(classify(Outcome::Met, Outcome::Met), Transition::Unchanged);
    }

    #[test]
    fn only_a_verdict_that_turns_to_no_data_is_evidence_lost() {
        for known in [Outcome::Met, Outcome::PartlyMet, Outcome::NotMet] {
            assert_eq!(classify(known, Outcome::NoData), Transition::EvidenceLost, "{known:?}");
        }
        // A criterion that did not apply and now applies without data: nothing was known before.
        assert_eq!(classify(Outcome::NotApplicable, Outcome::NoData), Transition::Changed);
        assert_eq!(classify(Outcome::Waived, Outcome::NoData), Transition::Changed);
        assert_eq!(classify(Outcome::Error, Outcome::NoData), Transition::Changed);
    }
}
