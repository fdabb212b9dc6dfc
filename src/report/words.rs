//! How results read in a report: outcome labels, scores, stages, treaty
//! standing and waivers in words.

use crate::engine::{Outcome, WaiverKind, WaiverState};

/// The outcome as a reader sees it (`Partly met`, `Rule error`).
pub fn outcome_label(outcome: Outcome) -> &'static str {
    match outcome {
        Outcome::Met => "Met",
        Outcome::PartlyMet => "Partly met",
        Outcome::NotMet => "Not met",
        Outcome::NotApplicable => "Not applicable",
        Outcome::NoData => "No data",
        Outcome::Waived => "Waived",
        Outcome::Error => "Rule error",
    }
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
pub const INFORMATIONAL: &str = "Information, not scored";

/// A percentage as `62.5%`, or `n/a` when there is none.
pub fn percent(value: Option<f64>) -> String {
    match value {
        Some(v) if v.is_finite() => format!("{}%", number(v)),
        _ => "n/a".to_string(),
    }
}

/// A number with at most one decimal, without a trailing `.0`.
pub fn number(value: f64) -> String {
    let text = format!("{:.1}", (value * 10.0).round() / 10.0);
    match text.strip_suffix(".0") {
        Some("-0") => "0".to_string(),
        Some(whole) => whole.to_string(),
        None => text,
    }
}

/// A maturity stage as a label (`Full conformity`), or `None yet`.
pub fn stage(stage: Option<&str>) -> String {
    match stage {
        Some(s) => stage_name(s),
        None => "None yet".to_string(),
    }
}

/// `full-conformity` as `Full conformity`.
pub fn stage_name(stage: &str) -> String {
    // The CMM's first stage is a hyphenated word, not two words.
    if stage == "start-up" {
        return "Start-up".to_string();
    }
    capitalise(&stage.replace(['-', '_'], " "))
}

pub fn capitalise(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// A treaty standing at the assessment date, as a short label.
pub fn standing_label(standing: &str) -> &'static str {
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
        (_, Some(true)) => Some(
            "Observer in the Cybercrime Convention Committee (T-CY): a seat at the Committee, not a treaty status"
                .to_string(),
        ),
        (_, Some(false)) => Some("Not an observer in the Cybercrime Convention Committee (T-CY)".to_string()),
    }
}

/// `First Protocol (ETS 189): Party; Second Protocol (CETS 224): not known`.
pub fn protocols(first: &str, second: &str) -> String {
    let label = |s: &str| {
        let l = standing_label(s);
        if l == "Not known" {
            "not known".to_string()
        } else {
            l.to_string()
        }
    };
    format!(
        "First Protocol (ETS 189, racism and xenophobia): {}; Second Protocol (CETS 224, co-operation and disclosure of electronic evidence): {}",
        label(first),
        label(second)
    )
}

pub fn waiver_kind(kind: WaiverKind) -> (&'static str, &'static str) {
    match kind {
        WaiverKind::TreatyReservation => ("treaty_reservation", "Reservation the treaty allows"),
        WaiverKind::NotApplicable => ("not_applicable", "Does not apply to the country"),
        WaiverKind::RiskAccepted => ("risk_accepted", "Risk accepted"),
    }
}

pub fn waiver_state(state: WaiverState) -> (&'static str, &'static str) {
    match state {
        WaiverState::Active => ("active", "In force"),
        WaiverState::Expiring => ("expiring", "Expiring within 30 days"),
        WaiverState::Expired => ("expired", "Expired: no longer applied"),
    }
}

/// `1 Met, 1 Partly met` for the outcomes that occur, in a fixed order.
pub fn counts_phrase(counts: &[(Outcome, usize)]) -> String {
    let parts: Vec<String> = counts
        .iter()
        .filter(|(_, n)| *n > 0)
        .map(|(o, n)| format!("{n} {}", outcome_label(*o)))
        .collect();
    if parts.is_empty() {
        "none".to_string()
    } else {
        parts.join(", ")
    }
}

/// `1 criterion`, `2 criteria`.
pub fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
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
