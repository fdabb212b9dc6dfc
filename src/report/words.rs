//! How results read in a report: outcome labels, scores, stages, treaty
//! standing and waivers in words.

use crate::engine::{Outcome, WaiverKind, WaiverState};

use crate::i18n::tr;

/// The outcome as a reader sees it (`Partly met`, `Rule error`), in the
/// language of the rendering.
pub fn outcome_label(outcome: Outcome) -> String {
    let english = match outcome {
        Outcome::Met => "Met",
        Outcome::PartlyMet => "Partly met",
        Outcome::NotMet => "Not met",
        Outcome::NotApplicable => "Not applicable",
        Outcome::NoData => "No data",
        Outcome::Waived => "Waived",
        Outcome::Error => "Rule error",
    };
    tr(&format!("outcomes.{}", outcome.as_str()), english, &[])
}

/// A symbol that tells outcomes apart without colour.
pub fn outcome_symbol(outcome: Outcome) -> &'static str {
    match outcome {
        Outcome::Met => "✓",
        Outcome::PartlyMet => "◐",
        Outcome::NotMet => "✗",
        Outcome::NotApplicable => "–",
        Outcome::NoData => "?",
        Outcome::Waived => "○",
        Outcome::Error => "!",
    }
}

/// The label of a criterion that informs without scoring.
pub fn informational() -> String {
    tr("outcomes.informational", "Information, not scored", &[])
}

/// A percentage as `62.5%` (`62,5 %` in French and Spanish), or `n/a`
/// when there is none.
pub fn percent(value: Option<f64>) -> String {
    match value {
        Some(v) if v.is_finite() => match crate::i18n::lang() {
            crate::i18n::Lang::En => format!("{}%", number(v)),
            _ => format!("{}\u{a0}%", number(v)),
        },
        _ => tr("words.not_available", "n/a", &[]),
    }
}

/// A number with at most one decimal, without a trailing `.0` (a decimal
/// comma in French and Spanish).
pub fn number(value: f64) -> String {
    let text = format!("{:.1}", (value * 10.0).round() / 10.0);
    let text = match text.strip_suffix(".0") {
        Some("-0") => "0".to_string(),
        Some(whole) => whole.to_string(),
        None => text,
    };
    match crate::i18n::lang() {
        crate::i18n::Lang::En => text,
        _ => text.replace('.', ","),
    }
}

/// A maturity stage as a label (`Full conformity`), or `None yet`.
pub fn stage(stage: Option<&str>) -> String {
    match stage {
        Some(s) => stage_name(s),
        None => tr("words.no_stage", "None yet", &[]),
    }
}

/// `full-conformity` as `Full conformity`, or the pack's name for it in the
/// language of the rendering.
pub fn stage_name(stage: &str) -> String {
    // The CMM's first stage is a hyphenated word, not two words.
    let english = if stage == "start-up" {
        "Start-up".to_string()
    } else {
        capitalise(&stage.replace(['-', '_'], " "))
    };
    tr(&format!("stages.{stage}"), &english, &[])
}

pub fn capitalise(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// A treaty standing at the assessment date, as a short label.
pub fn standing_label(standing: &str) -> String {
    let english = standing_english(standing);
    tr(&format!("standing.{standing}"), english, &[])
}

fn standing_english(standing: &str) -> &'static str {
    match standing {
        "party" => "Party",
        "deposited" => "Instrument deposited, not yet in force",
        "signatory" => "Signatory, not ratified",
        "invited" => "Invited to accede",
        "invitation_lapsed" => "Invitation to accede lapsed",
        "none" => "Neither a Party, a signatory nor invited",
        "uncertain" => "Uncertain on that date",
        _ => "Not known",
    }
}

/// What a T-CY observer seat means, beside the treaty standing; `None`
/// for a Party (Parties are members) or when nothing is known.
pub fn observer_note(standing: &str, observer: Option<bool>) -> Option<String> {
    match (standing, observer) {
        ("party", _) | (_, None) => None,
        (_, Some(true)) => Some(tr(
            "standing.observer",
            "Observer in the Cybercrime Convention Committee (T-CY): a seat at the Committee, not a treaty status",
            &[],
        )),
        (_, Some(false)) => Some(tr(
            "standing.not_observer",
            "Not an observer in the Cybercrime Convention Committee (T-CY)",
            &[],
        )),
    }
}

/// `First Protocol (ETS 189): Party; Second Protocol (CETS 224): not known`.
pub fn protocols(first: &str, second: &str) -> String {
    let label = |s: &str| {
        if standing_english(s) == "Not known" {
            tr("standing.not_known_lower", "not known", &[])
        } else {
            standing_label(s)
        }
    };
    tr(
        "standing.protocols",
        "First Protocol (ETS 189, racism and xenophobia): {first}; Second Protocol (CETS 224, co-operation and disclosure of electronic evidence): {second}",
        &[("first", &label(first)), ("second", &label(second))],
    )
}

pub fn waiver_kind(kind: WaiverKind) -> (&'static str, String) {
    let (id, english) = match kind {
        WaiverKind::TreatyReservation => ("treaty_reservation", "Reservation the treaty allows"),
        WaiverKind::NotApplicable => ("not_applicable", "Does not apply to the country"),
        WaiverKind::RiskAccepted => ("risk_accepted", "Risk accepted"),
    };
    (id, tr(&format!("waivers.kind_{id}"), english, &[]))
}

pub fn waiver_state(state: WaiverState) -> (&'static str, String) {
    let (id, english) = match state {
        WaiverState::Active => ("active", "In force"),
        WaiverState::Expiring => ("expiring", "Expiring within 30 days"),
        WaiverState::Expired => ("expired", "Expired: no longer applied"),
    };
    (id, tr(&format!("waivers.state_{id}"), english, &[]))
}

/// `1 Met, 1 Partly met` for the outcomes that occur, in a fixed order.
pub fn counts_phrase(counts: &[(Outcome, usize)]) -> String {
    let parts: Vec<String> = counts
        .iter()
        .filter(|(_, n)| *n > 0)
        .map(|(o, n)| format!("{n} {}", outcome_label(*o)))
        .collect();
    if parts.is_empty() {
        tr("words.none", "none", &[])
    } else {
        parts.join(", ")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn percentages_read_naturally() {
        assert_eq!(percent(Some(62.5)), "62.5%");
        assert_eq!(percent(Some(50.0)), "50%");
        assert_eq!(percent(Some(100.0)), "100%");
        assert_eq!(percent(Some(0.0)), "0%");
        assert_eq!(percent(Some(33.333)), "33.3%");
        assert_eq!(percent(None), "n/a");
        assert_eq!(percent(Some(f64::NAN)), "n/a");
    }

    #[test]
    fn standing_in_words() {
        assert_eq!(standing_label("invited"), "Invited to accede");
        assert_eq!(standing_label("none"), "Neither a Party, a signatory nor invited");
        assert_eq!(standing_label(""), "Not known");
        assert!(observer_note("none", Some(true))
            .expect("an observer note")
            .contains("not a treaty status"));
        assert_eq!(observer_note("party", Some(true)), None);
        assert_eq!(stage_name("full-conformity"), "Full conformity");
    }
}
