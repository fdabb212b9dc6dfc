//! A State's standing towards a treaty on a given date, computed from its
//! dated events (invitation, signature, deposit, entry into force).
//!
//! The status line of a source describes the snapshot; an assessment may
//! look at another date. Dated events decide whenever they can; the stated
//! status is used only when no dated event speaks, and is then marked as
//! assumed from the snapshot.

use std::cmp::Ordering;

use serde::{Deserialize, Serialize};

use super::date::PartialDate;
use super::fact::Fact;
use super::treaty;
use super::types::{TreatyEvents, TreatyStatus};

/// Years an invitation to accede stays valid (current Committee of Ministers practice).
pub const INVITATION_YEARS: i16 = 5;

/// Where a State stands on one date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Standing {
    /// Bound: the treaty is in force for it.
    Party,
    /// Instrument deposited, the treaty not yet in force for it.
    Deposited,
    Signatory,
    /// Invited to accede; the invitation has not lapsed.
    Invited,
    /// Invited to accede, but the invitation has lapsed (a stated expiry passed).
    InvitationLapsed,
    /// None of these on that date.
    None,
    /// The dates known leave it open (a deposit known only to the year).
    Uncertain,
    /// Nothing is known.
    Unknown,
}

impl Standing {
    pub fn as_str(self) -> &'static str {
        match self {
            Standing::Party => "party",
            Standing::Deposited => "deposited",
            Standing::Signatory => "signatory",
            Standing::Invited => "invited",
            Standing::InvitationLapsed => "invitation_lapsed",
            Standing::None => "none",
            Standing::Uncertain => "uncertain",
            Standing::Unknown => "unknown",
        }
    }
}

/// A State's standing on one date, with the dates it rests on.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TreatyState {
    pub standing: Standing,
    /// True when no dated event decided and the snapshot's stated status was used.
    pub assumed: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub invited: Option<PartialDate>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub invitation_expires: Option<PartialDate>,
    /// True when the expiry was derived (invitation + five years).
    #[serde(default)]
    pub invitation_expiry_derived: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub signed: Option<PartialDate>,
    /// Deposit of the instrument of ratification or accession.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deposit: Option<PartialDate>,
    /// `ratification` or `accession`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deposit_kind: Option<String>,
    /// Entry into force for the State (the earliest possible when only a range is known).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub in_force: Option<PartialDate>,
    /// The latest possible entry into force, when the deposit is known only to the year.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub in_force_latest: Option<PartialDate>,
    /// True when the entry into force was derived from the deposit (Art. 36(4), 37(2)).
    #[serde(default)]
    pub in_force_derived: bool,
}

fn date(fact: &Option<Fact<PartialDate>>) -> Option<PartialDate> {
    fact.as_ref().map(|f| *f.value())
}

/// `Some(true)` when `event` is certainly on or before `as_of`, `Some(false)`
/// when certainly after, `None` when the precisions leave it open.
fn happened(event: &PartialDate, as_of: &PartialDate) -> Option<bool> {
    if event.latest() <= as_of.earliest() {
        return Some(true);
    }
    match event.certain_cmp(as_of) {
        Some(Ordering::Greater) => Some(false),
        Some(_) => Some(true),
        None => None,
    }
}

/// The standing on `as_of` of a State whose status at `snapshot` was `stated`.
pub fn state_at(
    events: &TreatyEvents,
    stated: Option<TreatyStatus>,
    snapshot: &PartialDate,
    as_of: &PartialDate,
) -> TreatyState {
    let invited = date(&events.invited);
    let stated_expiry = date(&events.invitation_expires);
    let derived_expiry = invited.map(|d| PartialDate {
        year: d.year + INVITATION_YEARS,
        ..d
    });
    let (deposit, deposit_kind) = match (date(&events.ratified), date(&events.acceded)) {
        (Some(d), _) => (Some(d), Some("ratification".to_string())),
        (None, Some(d)) => (Some(d), Some("accession".to_string())),
        _ => (None, None),
    };
    let stated_in_force = date(&events.entry_into_force);
    let range = deposit.and_then(|d| treaty::entry_into_force_range(&d));
    let (in_force, in_force_latest, in_force_derived) = match (stated_in_force, range) {
        (Some(d), _) => (Some(d), None, false),
        (None, Some((from, to))) if from == to => (Some(from), None, true),
        (None, Some((from, to))) => (Some(from), Some(to), true),
        (None, None) => (None, None, false),
    };
    let mut state = TreatyState {
        standing: Standing::Unknown,
        assumed: false,
        invited,
        invitation_expires: stated_expiry.or(derived_expiry),
        invitation_expiry_derived: stated_expiry.is_none() && derived_expiry.is_some(),
        signed: date(&events.signed),
        deposit,
        deposit_kind,
        in_force,
        in_force_latest,
        in_force_derived,
    };
    state.standing = standing(&state, stated, snapshot, as_of);
    state.assumed = state_is_assumed(&state, stated, as_of);
    state
}

fn state_is_assumed(state: &TreatyState, stated: Option<TreatyStatus>, as_of: &PartialDate) -> bool {
    let any_dated = [state.invited, state.signed, state.deposit, state.in_force]
        .iter()
        .flatten()
        .any(|d| happened(d, as_of) == Some(true));
    !any_dated
        && stated.is_some_and(|s| s != TreatyStatus::Unknown && s != TreatyStatus::None)
        && state.standing != Standing::None
}

fn standing(
    state: &TreatyState,
    stated: Option<TreatyStatus>,
    snapshot: &PartialDate,
    as_of: &PartialDate,
) -> Standing {
    let latest_in_force = state.in_force_latest.or(state.in_force);
    if let Some(latest) = latest_in_force {
        if happened(&latest, as_of) == Some(true) {
            return Standing::Party;
        }
    }
    if let Some(earliest) = state.in_force {
        if happened(&earliest, as_of) != Some(false) {
            // In force by the earliest possible date but not by the latest.
            return Standing::Uncertain;
        }
    }
    if let Some(deposit) = state.deposit {
        match happened(&deposit, as_of) {
            Some(true) => return Standing::Deposited,
            None => return Standing::Uncertain,
            Some(false) => {}
        }
    }
    if let Some(signed) = state.signed {
        match happened(&signed, as_of) {
            Some(true) => return Standing::Signatory,
            None => return Standing::Uncertain,
            Some(false) => {}
        }
    }
    if let Some(invited) = state.invited {
        match happened(&invited, as_of) {
            Some(true) => {
                // Only a stated expiry lapses an invitation: the five-year
                // practice is shown, not applied to older invitations.
                let lapsed = !state.invitation_expiry_derived
                    && state
                        .invitation_expires
                        .is_some_and(|end| end.certain_cmp(as_of) == Some(Ordering::Less));
                return if lapsed {
                    Standing::InvitationLapsed
                } else {
                    Standing::Invited
                };
            }
            None => return Standing::Uncertain,
            Some(false) => {}
        }
    }
    let any_event =
        state.invited.is_some() || state.signed.is_some() || state.deposit.is_some() || state.in_force.is_some();
    match stated {
        // Dated events exist and none had happened by `as_of`.
        _ if any_event && !stated_undated_beyond_events(state, stated) => Standing::None,
        Some(TreatyStatus::Unknown) | None => Standing::Unknown,
        Some(TreatyStatus::None) => Standing::None,
        // An undated status describes the snapshot; before it, nothing is known.
        Some(_) if as_of.certain_cmp(snapshot) == Some(Ordering::Less) => Standing::Unknown,
        Some(TreatyStatus::Party) => Standing::Party,
        Some(TreatyStatus::Signatory) => Standing::Signatory,
        Some(TreatyStatus::Invited) => Standing::Invited,
    }
}

/// Whether the stated status goes beyond what the dated events show (a
/// `party` with only an invitation dated): then the events cannot rule it out.
fn stated_undated_beyond_events(state: &TreatyState, stated: Option<TreatyStatus>) -> bool {
    match stated {
        Some(TreatyStatus::Party) => state.deposit.is_none() && state.in_force.is_none(),
        Some(TreatyStatus::Signatory) => state.signed.is_none() && state.deposit.is_none(),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(text: &str) -> PartialDate {
        text.parse().expect("test input is valid")
    }

    fn events(invited: Option<&str>, deposit: Option<&str>) -> TreatyEvents {
        TreatyEvents {
            invited: invited.map(|t| Fact::Bare(d(t))),
            acceded: deposit.map(|t| Fact::Bare(d(t))),
            ..TreatyEvents::default()
        }
    }

    #[test]
    fn an_invitation_counts_only_from_its_date_and_lapses_after_five_years() {
        let e = events(Some("2007-02-01"), None);
        let at = |as_of: &str| state_at(&e, Some(TreatyStatus::Invited), &d("2014-11-23"), &d(as_of));
        assert_eq!(at("2006-12-31").standing, Standing::None);
        assert_eq!(at("2007-02-01").standing, Standing::Invited);
        // The five-year practice is shown, not applied: only a stated expiry lapses.
        assert_eq!(at("2014-11-23").standing, Standing::Invited);
        assert_eq!(at("2010-01-01").invitation_expires, Some(d("2012-02-01")));
        assert!(at("2010-01-01").invitation_expiry_derived);
        let stated = TreatyEvents {
            invitation_expires: Some(Fact::Bare(d("2012-02-01"))),
            ..e.clone()
        };
        let lapsed = state_at(&stated, Some(TreatyStatus::Invited), &d("2014-11-23"), &d("2014-11-23"));
        assert_eq!(lapsed.standing, Standing::InvitationLapsed);
    }

    #[test]
    fn a_party_is_bound_only_from_entry_into_force() {
        let e = events(Some("2014-01-01"), Some("2015-11"));
        let at = |as_of: &str| state_at(&e, Some(TreatyStatus::Party), &d("2020-01-01"), &d(as_of));
        assert_eq!(at("2015-12-15").standing, Standing::Deposited);
        assert_eq!(at("2015-12-15").in_force, Some(d("2016-03-01")));
        assert_eq!(at("2016-03-01").standing, Standing::Party);
        assert_eq!(at("2015-06-01").standing, Standing::Invited);
    }

    #[test]
    fn a_deposit_known_to_the_year_leaves_the_middle_uncertain() {
        let e = events(None, Some("2015"));
        let at = |as_of: &str| state_at(&e, Some(TreatyStatus::Party), &d("2020-01-01"), &d(as_of));
        assert_eq!(at("2014-06-01").standing, Standing::None);
        assert_eq!(at("2015-08-01").standing, Standing::Uncertain);
        assert_eq!(at("2016-04-01").standing, Standing::Party);
    }

    #[test]
    fn an_undated_status_is_assumed_from_the_snapshot_on() {
        let e = TreatyEvents::default();
        let s = state_at(&e, Some(TreatyStatus::Party), &d("2018-01-01"), &d("2019-01-01"));
        assert_eq!(s.standing, Standing::Party);
        assert!(s.assumed);
        let before = state_at(&e, Some(TreatyStatus::Party), &d("2018-01-01"), &d("2010-01-01"));
        assert_eq!(before.standing, Standing::Unknown);
        let none = state_at(&e, None, &d("2018-01-01"), &d("2019-01-01"));
        assert_eq!(none.standing, Standing::Unknown);
    }
}
