//! What an assessment says beside the verdicts: the treaty standing in
//! words, the sources, the statements no criterion assesses, and how many
//! undated facts were assumed unchanged.

use serde_json::Value;

use crate::profile::{PartialDate, Profile, Standing, TreatyState, TreatyStatus};

use super::results::{NoteEntry, SourceRef, StatusSummary, UndatedNote};
use crate::rules::standing::Standings;

/// The Budapest standing at the assessment date, with its dates in words.
pub fn status(profile: &Profile, standings: &Standings) -> StatusSummary {
    let b = &profile.budapest;
    let stated = b.status.as_ref().map(|f| *f.value()).unwrap_or(TreatyStatus::Unknown);
    let stated = serde_json::to_value(stated)
        .ok()
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_default();
    let state = &standings.convention;
    let mut summary = words(state, "the Convention");
    if state.assumed {
        summary.push_str(&format!(
            " (as the source states it on {}; no dated event confirms it)",
            profile.snapshot.as_of
        ));
    }
    StatusSummary {
        status: stated,
        observer: b.observer.as_ref().map(|f| *f.value()),
        status_text: b.status_text.clone(),
        standing: state.standing.as_str().to_string(),
        summary,
        assumed: state.assumed,
        state: Some(state.clone()),
        first_protocol: standings.first_protocol.standing.as_str().to_string(),
        second_protocol: standings.second_protocol.standing.as_str().to_string(),
    }
}

fn deposit_words(state: &TreatyState) -> &'static str {
    match state.deposit_kind.as_deref() {
        Some("accession") => "accession",
        _ => "ratification",
    }
}

/// `invited to accede on 2007-02-01; accession pending (...)`.
pub fn words(state: &TreatyState, treaty: &str) -> String {
    let derived = if state.in_force_derived {
        " (derived from the deposit: the first day of the month after three months, Art. 36(4), 37(2))"
    } else {
        ""
    };
    let date = |d: &Option<PartialDate>| d.map(|d| d.to_string()).unwrap_or_else(|| "an unknown date".into());
    match state.standing {
        Standing::Party => {
            let mut text = format!("Party: {treaty} in force for it since {}{derived}", date(&state.in_force));
            if state.in_force.is_none() {
                text = format!("Party to {treaty}");
            }
            if let Some(deposit) = state.deposit {
                text.push_str(&format!("; instrument of {} deposited on {deposit}", deposit_words(state)));
            }
            text
        }
        Standing::Deposited => format!(
            "Instrument of {} deposited on {}; {treaty} enters into force for it on {}{derived}: not yet bound",
            deposit_words(state),
            date(&state.deposit),
            date(&state.in_force)
        ),
        Standing::Signatory => format!("Signatory since {}; not ratified", date(&state.signed)),
        Standing::Invited => {
            let validity = match (state.invitation_expires, state.invitation_expiry_derived) {
                (Some(end), true) => format!(
                    " (under current Committee of Ministers practice an invitation is valid for five years: to {end})"
                ),
                (Some(end), false) => format!(" (the invitation is valid until {end})"),
                (None, _) => String::new(),
            };
            format!("Invited to accede on {}; accession pending{validity}", date(&state.invited))
        }
        Standing::InvitationLapsed => format!(
            "Invited to accede on {}; the invitation lapsed on {}",
            date(&state.invited),
            date(&state.invitation_expires)
        ),
        Standing::None => "Not a Party, not a signatory and not invited to accede".to_string(),
        Standing::Uncertain => match (state.deposit, state.in_force, state.in_force_latest) {
            (Some(deposit), Some(from), Some(to)) => format!(
                "Instrument of {} deposited in {deposit}: {treaty} entered into force for it between {from} and {to}; the exact date is not known",
                deposit_words(state)
            ),
            _ => "The dates known leave the standing open at this date".to_string(),
        },
        Standing::Unknown => "Not known".to_string(),
    }
}

/// The profile's sources, in its order.
pub fn sources(profile: &Profile) -> Vec<SourceRef> {
    profile
        .snapshot
        .sources
        .iter()
        .map(|s| SourceRef {
            id: s.id.clone(),
            title: Some(s.title.clone()),
            url: s.url.clone(),
            date: s.date.map(|d| d.to_string()),
        })
        .collect()
}

pub fn notes(profile: &Profile) -> Vec<NoteEntry> {
    profile
        .notes
        .iter()
        .map(|n| NoteEntry {
            text: n.text.clone(),
            section: n.section.clone(),
            source: n.source.clone(),
        })
        .collect()
}

/// When the assessment date is more than a year from the snapshot's, how
/// many of the profile's facts carry no date and are assumed as on the snapshot.
pub fn undated(profile: &Profile, as_of: &PartialDate) -> Option<UndatedNote> {
    let snapshot = profile.snapshot.as_of;
    let years = (as_of.earliest().year() as i32 - snapshot.earliest().year() as i32).abs();
    let far = years > 1
        || (years == 1 && {
            let (a, b) = (as_of.earliest(), snapshot.earliest());
            let (early, late) = if a < b { (a, b) } else { (b, a) };
            early.checked_add(jiff::Span::new().years(1)).is_ok_and(|y| y < late)
        });
    if !far {
        return None;
    }
    Some(UndatedNote {
        count: count_undated(profile),
        snapshot_as_of: snapshot.to_string(),
    })
}

fn count_undated(profile: &Profile) -> usize {
    let Ok(Value::Object(tree)) = serde_json::to_value(profile) else {
        return 0;
    };
    let mut count = profile.institutions.len();
    count += profile.legislation.values().filter(|l| l.since.is_none()).count();
    for section in ["contact_point", "central_authorities", "safeguards"] {
        if let Some(v) = tree.get(section) {
            count += leaves(v);
        }
    }
    for strategy in [&profile.strategies.cybersecurity, &profile.strategies.cybercrime] {
        if strategy.status.is_some() && strategy.year.is_none() {
            count += 1;
        }
    }
    let b = &profile.budapest;
    count += [
        b.observer.is_some(),
        b.declarations.is_some(),
        b.reservations.is_some(),
        profile.country.federal.is_some(),
    ]
    .iter()
    .filter(|x| **x)
    .count();
    count
}

/// Facts in a section: values, or objects in full fact form.
fn leaves(value: &Value) -> usize {
    match value {
        Value::Object(map) if map.contains_key("value") => 1,
        Value::Object(map) => map.values().map(leaves).sum(),
        Value::Null => 0,
        _ => 1,
    }
}
