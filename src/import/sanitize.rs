//! Last checks before a draft is handed out, so that it always passes
//! `profile::check` without errors: the treaty events must not contradict
//! each other. A value that would make the profile invalid is dropped, with a
//! warning in the summary; its sentence stays in the notes.

use std::cmp::Ordering;

use crate::profile::{treaty, Fact, Profile};

/// Drops contradictory treaty events; gives the warnings and the quotes of
/// the dropped facts.
pub fn events(profile: &mut Profile) -> (Vec<String>, Vec<String>) {
    let mut warnings = Vec::new();
    let mut dropped = Vec::new();
    let events = &mut profile.budapest.events;
    let mut drop = |slot: &mut Option<Fact<crate::profile::PartialDate>>, why: String| {
        if let Some(fact) = slot.take() {
            dropped.extend(fact.quote().map(str::to_string));
            warnings.push(why);
        }
    };
    if events.ratified.is_some() && events.acceded.is_some() {
        drop(
            &mut events.acceded,
            "the page gives both a ratification and an accession: the accession was left out, check which one applies"
                .into(),
        );
    }
    if let (Some(signed), Some(ratified)) = (
        events.signed.as_ref().map(|f| *f.value()),
        events.ratified.as_ref().map(|f| *f.value()),
    ) {
        if ratified.certain_cmp(&signed) == Some(Ordering::Less) {
            drop(
                &mut events.ratified,
                format!(
                    "the ratification ({ratified}) is before the signature ({signed}): the ratification was left out"
                ),
            );
        }
    }
    let deposit = events.ratified.as_ref().or(events.acceded.as_ref()).map(|f| *f.value());
    let force = events.entry_into_force.as_ref().map(|f| *f.value());
    if let (Some(deposit), Some(force)) = (deposit, force) {
        let order = force.certain_cmp(&deposit);
        if order.is_some() && order != Some(Ordering::Greater) {
            drop(
                &mut events.entry_into_force,
                format!("the entry into force ({force}) is not after the deposit ({deposit}): it was left out"),
            );
        } else if let Some(expected) = treaty::entry_into_force(&deposit) {
            if force.is_exact() && force != expected {
                warnings.push(format!("the entry into force ({force}) is not the one Art. 36(4) gives for a deposit on {deposit} ({expected}): check both dates"));
            }
        }
    }
    (warnings, dropped)
}
