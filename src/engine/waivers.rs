//! Waivers: a criterion set aside for a country, with a justification, an
//! approver and an expiry date (`schema: gapwise/waivers/v1`).
//!
//! A waiver in force turns the criterion's outcome into `waived` (what the
//! rule found is kept beside it); one that expires within 30 days of the
//! assessment date is flagged; an expired one no longer applies and is
//! listed as expired. A malformed file is refused before any evaluation,
//! with every problem at its line and column.

use serde::Deserialize;

use crate::diag::{did_you_mean, Position, Problem};
use crate::profile::PartialDate;

use super::results::{CountryRef, CriterionResult, Outcome, WaiverKind, WaiverState, WaiverStatus};

/// Tag of the waivers format.
pub const WAIVERS_V1: &str = "gapwise/waivers/v1";

/// Days before its expiry that a waiver is flagged.
pub const EXPIRY_WARNING_DAYS: i64 = 30;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct WaiverFile {
    schema: String,
    waivers: Vec<WaiverEntry>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct WaiverEntry {
    rule: String,
    #[serde(default)]
    country: Option<String>,
    kind: WaiverKind,
    justification: String,
    approver: String,
    expires: PartialDate,
}

/// One waiver, checked, with the line it was given on.
#[derive(Debug, Clone, PartialEq)]
pub struct Waiver {
    pub rule: String,
    /// ISO 3166-1 alpha-2 code or country name; every country when `None`.
    pub country: Option<String>,
    pub kind: WaiverKind,
    pub justification: String,
    pub approver: String,
    pub expires: PartialDate,
    /// `waivers.yaml:12`.
    pub origin: String,
}

/// The waivers of one file.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Waivers {
    pub file: String,
    pub waivers: Vec<Waiver>,
}

/// A waivers file that could not be used: every problem found.
#[derive(Debug, thiserror::Error)]
#[error("`{file}` is not a valid waivers file: {} error(s)", problems.iter().filter(|p| p.is_error()).count())]
pub struct WaiverError {
    pub file: String,
    pub problems: Vec<Problem>,
}

/// Where the `index`-th waiver (or its `key`) starts in the text.
fn locate(text: &str, index: usize, key: Option<&str>) -> Position {
    let Ok(root) = marked_yaml::parse_yaml(0, text) else {
        return Position::default();
    };
    let Some(entry) = root
        .as_mapping()
        .and_then(|m| m.get_sequence("waivers"))
        .and_then(|s| s.get(index))
    else {
        return Position::default();
    };
    let node = key
        .and_then(|k| entry.as_mapping().and_then(|m| m.get_node(k)))
        .unwrap_or(entry);
    node.span()
        .start()
        .map(|m| Position::new(m.line(), m.column()))
        .unwrap_or_default()
}

/// Reads a waivers file. `rule_ids` are the criteria of the pack in use:
/// a waiver naming a criterion of this pack (same leading `pack.`) that does
/// not exist is an error, with a suggestion.
pub fn parse(file: &str, text: &str, pack_id: &str, rule_ids: &[&str]) -> Result<Waivers, WaiverError> {
    let fail = |problems: Vec<Problem>| WaiverError {
        file: file.to_string(),
        problems,
    };
    crate::yaml_guard::check(file, text).map_err(|p| fail(vec![p]))?;
    let parsed: WaiverFile = serde_yaml::from_str(text).map_err(|e| {
        let position = e
            .location()
            .map(|l| Position::new(l.line(), l.column()))
            .unwrap_or_default();
        let message = e.to_string();
        let message = message.split(" at line ").next().unwrap_or(&message).to_string();
        fail(vec![Problem::error(file, position, message).with_help(
            "each waiver has `rule`, `kind` (treaty_reservation, not_applicable or risk_accepted), `justification`, `approver`, `expires` (YYYY-MM-DD) and, optionally, `country`",
        )])
    })?;
    let mut problems = Vec::new();
    if parsed.schema != WAIVERS_V1 {
        problems.push(
            Problem::error(file, Position::new(1, 1), format!("unknown schema `{}`", parsed.schema))
                .with_help(format!("this version of gapwise reads `schema: {WAIVERS_V1}`")),
        );
    }
    let prefix = format!("{pack_id}.");
    let mut waivers = Vec::new();
    for (i, w) in parsed.waivers.into_iter().enumerate() {
        if w.justification.trim().is_empty() {
            problems.push(
                Problem::error(
                    file,
                    locate(text, i, Some("justification")),
                    "the justification is empty",
                )
                .with_help("say why the criterion is set aside: a waiver without a reason cannot be reviewed"),
            );
        }
        if w.approver.trim().is_empty() {
            problems.push(Problem::error(
                file,
                locate(text, i, Some("approver")),
                "the approver is empty",
            ));
        }
        if w.rule.starts_with(&prefix) && !rule_ids.contains(&w.rule.as_str()) {
            let mut p = Problem::error(
                file,
                locate(text, i, Some("rule")),
                format!("`{}` is not a criterion of the pack `{pack_id}`", w.rule),
            );
            p.help = Some(
                did_you_mean(&w.rule, rule_ids.iter().copied())
                    .map(|s| format!("did you mean `{s}`?"))
                    .unwrap_or_else(|| "`gapwise rules list` lists the criteria".to_string()),
            );
            problems.push(p);
        }
        let origin = format!("{file}:{}", locate(text, i, None).line);
        waivers.push(Waiver {
            rule: w.rule,
            country: w.country,
            kind: w.kind,
            justification: w.justification,
            approver: w.approver,
            expires: w.expires,
            origin,
        });
    }
    if problems.iter().any(Problem::is_error) {
        crate::diag::sort(&mut problems);
        return Err(fail(problems));
    }
    Ok(Waivers {
        file: file.to_string(),
        waivers,
    })
}

/// Where a waiver stands on `as_of`.
pub fn state(expires: &PartialDate, as_of: &PartialDate) -> WaiverState {
    let (end, day) = (expires.latest(), as_of.latest());
    if end < day {
        return WaiverState::Expired;
    }
    let soon = day
        .checked_add(jiff::Span::new().days(EXPIRY_WARNING_DAYS))
        .is_ok_and(|limit| end <= limit);
    if soon {
        WaiverState::Expiring
    } else {
        WaiverState::Active
    }
}

fn applies_to(waiver: &Waiver, country: &CountryRef) -> bool {
    match &waiver.country {
        None => true,
        Some(c) => c.eq_ignore_ascii_case(&country.iso2) || c.eq_ignore_ascii_case(&country.name),
    }
}

/// Applies the waivers to a profile's criteria (before scoring); gives every
/// waiver that concerns it, in force or not.
pub fn apply(
    waivers: &Waivers,
    country: &CountryRef,
    criteria: &mut [CriterionResult],
    as_of: &PartialDate,
) -> Vec<WaiverStatus> {
    let mut concerned = Vec::new();
    for w in waivers.waivers.iter().filter(|w| applies_to(w, country)) {
        let Some(criterion) = criteria.iter_mut().find(|c| c.id == w.rule) else {
            continue;
        };
        let status = WaiverStatus {
            rule: w.rule.clone(),
            country: w.country.clone(),
            kind: w.kind,
            justification: w.justification.clone(),
            approver: Some(w.approver.clone()),
            expires: Some(w.expires.to_string()),
            state: state(&w.expires, as_of),
            origin: Some(w.origin.clone()),
        };
        // A rule that broke stays an error: a waiver does not hide a fault of the pack.
        if status.state != WaiverState::Expired && criterion.outcome != Outcome::Error && criterion.waiver.is_none() {
            criterion.waived_outcome = Some(criterion.outcome);
            criterion.outcome = Outcome::Waived;
            criterion.waiver = Some(status.clone());
        }
        concerned.push(status);
    }
    concerned
}

#[cfg(test)]
mod tests {
    use super::*;

    const IDS: &[&str] = &["budapest.art9.child_pornography", "budapest.art2.illegal_access"];

    fn d(t: &str) -> PartialDate {
        t.parse().expect("test input is valid")
    }

    #[test]
    fn states_follow_the_expiry_date() {
        assert_eq!(state(&d("2015-01-01"), &d("2014-11-23")), WaiverState::Active);
        assert_eq!(state(&d("2014-12-10"), &d("2014-11-23")), WaiverState::Expiring);
        assert_eq!(state(&d("2014-11-23"), &d("2014-11-23")), WaiverState::Expiring);
        assert_eq!(state(&d("2014-11-22"), &d("2014-11-23")), WaiverState::Expired);
    }

    #[test]
    fn a_missing_justification_is_refused_with_its_line() {
        let text = "schema: gapwise/waivers/v1\nwaivers:\n  - rule: budapest.art2.illegal_access\n    kind: risk_accepted\n    justification: \"\"\n    approver: Programme board\n    expires: 2015-06-30\n";
        let err = parse("w.yaml", text, "budapest", IDS).expect_err("empty justification");
        assert_eq!(err.problems.len(), 1);
        assert!(
            err.problems[0].to_string().starts_with("w.yaml:5:"),
            "{}",
            err.problems[0]
        );
    }

    #[test]
    fn a_misspelt_rule_or_kind_is_refused_with_a_suggestion() {
        let text = "schema: gapwise/waivers/v1\nwaivers:\n  - rule: budapest.art2.ilegal_access\n    kind: risk_accepted\n    justification: x\n    approver: y\n    expires: 2015-06-30\n";
        let err = parse("w.yaml", text, "budapest", IDS).expect_err("unknown rule");
        assert!(
            err.problems[0]
                .to_string()
                .contains("did you mean `budapest.art2.illegal_access`?"),
            "{}",
            err.problems[0]
        );
        let text = text.replace("ilegal", "illegal").replace("risk_accepted", "accepted");
        let err = parse("w.yaml", &text, "budapest", IDS).expect_err("unknown kind");
        assert!(
            err.problems[0].to_string().starts_with("w.yaml:4:"),
            "{}",
            err.problems[0]
        );
    }
}
