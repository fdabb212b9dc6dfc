//! What an assessment says beside the verdicts: the treaty standing in
//! words, the sources, the statements no criterion assesses, and how many
//! undated facts were assumed unchanged.

use serde_json::Value;

use crate::i18n::{date_text, tr};
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
    let summary = convention_words(state, &profile.snapshot.as_of.to_string());
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

/// The Convention's standing in words, said to be assumed from the
/// snapshot's stated status when no dated event decides.
pub fn convention_words(state: &TreatyState, snapshot_as_of: &str) -> String {
    let mut summary = words(state, &tr("standing_text.the_convention", "the Convention", &[]));
    if state.assumed {
        summary.push_str(&tr(
            "standing_text.assumed",
            " (as the source states it on {date}; no dated event confirms it)",
            &[("date", &date_text(snapshot_as_of))],
        ));
    }
    summary
}

fn deposit_words(state: &TreatyState) -> String {
    match state.deposit_kind.as_deref() {
        Some("accession") => tr("standing_text.accession", "accession", &[]),
        _ => tr("standing_text.ratification", "ratification", &[]),
    }
}

/// `invited to accede on 2007-02-01; accession pending (...)`, in the
/// language of the rendering under way.
pub fn words(state: &TreatyState, treaty: &str) -> String {
    let derived = if state.in_force_derived {
        tr(
            "standing_text.derived",
            " (derived from the deposit: the first day of the month after three months, Art. 36(4), 37(2))",
            &[],
        )
    } else {
        String::new()
    };
    let date = |d: &Option<PartialDate>| {
        d.map(|d| date_text(&d.to_string()))
            .unwrap_or_else(|| tr("standing_text.unknown_date", "an unknown date", &[]))
    };
    let day = |d: &PartialDate| date_text(&d.to_string());
    match state.standing {
        Standing::Party => {
            let mut text = tr(
                "standing_text.party",
                "Party: {treaty} in force for it since {date}{derived}",
                &[("treaty", treaty), ("date", &date(&state.in_force)), ("derived", &derived)],
            );
            if state.in_force.is_none() {
                text = tr("standing_text.party_undated", "Party to {treaty}", &[("treaty", treaty)]);
            }
            if let Some(deposit) = state.deposit {
                text.push_str(&tr(
                    "standing_text.party_deposit",
                    "; instrument of {kind} deposited on {date}",
                    &[("kind", &deposit_words(state)), ("date", &day(&deposit))],
                ));
            }
            text
        }
        Standing::Deposited => tr(
            "standing_text.deposited",
            "Instrument of {kind} deposited on {deposit}; {treaty} enters into force for it on {in_force}{derived}: not yet bound",
            &[
                ("kind", &deposit_words(state)),
                ("deposit", &date(&state.deposit)),
                ("treaty", treaty),
                ("in_force", &date(&state.in_force)),
                ("derived", &derived),
            ],
        ),
        Standing::Signatory => tr(
            "standing_text.signatory",
            "Signatory since {date}; not ratified",
            &[("date", &date(&state.signed))],
        ),
        Standing::Invited => {
            let validity = match (state.invitation_expires, state.invitation_expiry_derived) {
                (Some(end), true) => tr(
                    "standing_text.invitation_five_years",
                    " (under current Committee of Ministers practice an invitation is valid for five years: to {date})",
                    &[("date", &day(&end))],
                ),
                (Some(end), false) => tr(
                    "standing_text.invitation_until",
                    " (the invitation is valid until {date})",
                    &[("date", &day(&end))],
                ),
                (None, _) => String::new(),
            };
            tr(
                "standing_text.invited",
                "Invited to accede on {date}; accession pending{validity}",
                &[("date", &date(&state.invited)), ("validity", &validity)],
            )
        }
        Standing::InvitationLapsed => tr(
            "standing_text.lapsed",
            "Invited to accede on {invited}; the invitation lapsed on {lapsed}",
            &[("invited", &date(&state.invited)), ("lapsed", &date(&state.invitation_expires))],
        ),
        Standing::None => tr(
            "standing_text.none",
            "Not a Party, not a signatory and not invited to accede",
            &[],
        ),
        Standing::Uncertain => match (state.deposit, state.in_force, state.in_force_latest) {
            (Some(deposit), Some(from), Some(to)) => tr(
                "standing_text.uncertain",
                "Instrument of {kind} deposited in {deposit}: {treaty} entered into force for it between {from} and {to}; the exact date is not known",
                &[
                    ("kind", &deposit_words(state)),
                    ("deposit", &day(&deposit)),
                    ("treaty", treaty),
                    ("from", &day(&from)),
                    ("to", &day(&to)),
                ],
            ),
            _ => tr(
                "standing_text.open",
                "The dates known leave the standing open at this date",
                &[],
            ),
        },
        Standing::Unknown => tr("standing_text.unknown", "Not known", &[]),
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
