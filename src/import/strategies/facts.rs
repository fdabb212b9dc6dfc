//! The strategy facts written into the profile, and which of two statuses
//! a page's strongest is.

use crate::profile::{PartialDate, Strategy, StrategyStatus};

use super::super::draft::Draft;

/// A status, the sentence stating it, the strategy's title and date.
pub(super) type Finding = (StrategyStatus, usize, Option<String>, Option<PartialDate>);

pub(super) fn rank(status: StrategyStatus) -> u8 {
    match status {
        StrategyStatus::Adopted => 4,
        StrategyStatus::Draft => 3,
        StrategyStatus::InPreparation => 2,
        StrategyStatus::None => 1,
    }
}

/// The strategy fact; `dated_by` is the sentence its date came from, when
/// another than the one stating its status.
pub(super) fn strategy(d: &mut Draft, found: Option<Finding>, dated_by: Option<usize>) -> Strategy {
    let Some((status, i, title, year)) = found else {
        return Strategy::default();
    };
    Strategy {
        status: Some(d.fact(status, i)),
        title: title.filter(|_| status != StrategyStatus::None).map(|t| d.fact(t, i)),
        year: year.map(|y| d.fact(y, dated_by.unwrap_or(i))),
        ..Strategy::default()
    }
}
