//! How results read in a report: outcome labels, scores, stages and the
//! treaty status in words.

use crate::engine::{Outcome, StatusSummary};

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

/// A maturity stage as a label (`Formative`), or `none yet`.
pub fn stage(stage: Option<&str>) -> String {
    match stage {
        Some(s) => capitalise(s),
        None => "None yet".to_string(),
    }
}

pub fn capitalise(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// The Budapest status in words: `Invited to accede; observer in the T-CY`.
pub fn budapest_status(status: &StatusSummary) -> String {
    let mut words = match status.status.as_str() {
        "party" => "Party to the Convention".to_string(),
        "signatory" => "Signatory (signed, not ratified)".to_string(),
        "invited" => "Invited to accede".to_string(),
        "none" => "Neither a Party, a signatory nor invited to accede".to_string(),
        "unknown" | "" => "Status not known".to_string(),
        other => capitalise(&other.replace('_', " ")),
    };
    match (status.status.as_str(), status.observer) {
        ("party", _) => {}
        (_, Some(true)) => words.push_str("; observer in the T-CY"),
        (_, Some(false)) => words.push_str("; not an observer in the T-CY"),
        (_, None) => {}
    }
    words
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
    fn status_in_words() {
        let s = |status: &str, observer| StatusSummary {
            status: status.into(),
            observer,
            status_text: None,
        };
        assert_eq!(
            budapest_status(&s("invited", Some(true))),
            "Invited to accede; observer in the T-CY"
        );
        assert_eq!(budapest_status(&s("party", Some(true))), "Party to the Convention");
        assert_eq!(budapest_status(&s("unknown", None)), "Status not known");
    }
}
