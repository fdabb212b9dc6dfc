//! CSV: one row per (profile, criterion), with a header, for spreadsheets.
//!
//! Fields are quoted as RFC 4180 says (a field holding `,`, `"` or a line
//! break is put in double quotes, quotes doubled); lines end with `\n`. A
//! text field that a spreadsheet would run as a formula (starting with `=`,
//! `+`, `-`, `@`, a tab or a carriage return) is prefixed with `'`.

use crate::engine::{Assessment, CriterionResult, WaiverState};

use super::view::value_text;
use super::words;

/// The columns, in order.
pub const COLUMNS: [&str; 24] = [
    "profile",
    "country",
    "iso2",
    "as_of",
    "pack",
    "pack_version",
    "criterion",
    "title",
    "reference",
    "area",
    "severity",
    "weight",
    "stage",
    "outcome",
    "outcome_label",
    "message",
    "evidence",
    "sources",
    "missing",
    "recommendation",
    "scored",
    "waiver",
    "waiver_state",
    "waived_outcome",
];

/// The header and the rows of every assessment.
pub fn table<'a>(assessments: impl IntoIterator<Item = &'a Assessment>) -> String {
    let mut out = String::new();
    line(&mut out, COLUMNS.iter().map(|c| c.to_string()));
    for a in assessments {
        for c in &a.criteria {
            line(&mut out, row(a, c).into_iter());
        }
    }
    out
}

fn row(a: &Assessment, c: &CriterionResult) -> Vec<String> {
    let evidence: Vec<String> = c
        .evidence
        .iter()
        .map(|e| {
            let label = e.label.as_deref().unwrap_or(&e.path);
            let text = e.text.clone().or_else(|| e.value.as_ref().and_then(value_text));
            match text {
                Some(t) => format!("{label}: {t}"),
                None => format!("{label}: no value recorded"),
            }
        })
        .collect();
    // The waiver applied, or one that expired and is no longer applied.
    let waiver = c.waiver.as_ref().or_else(|| {
        a.waivers
            .iter()
            .find(|w| w.rule == c.id && w.state == WaiverState::Expired)
    });
    let (waiver_text, waiver_state) = match waiver {
        Some(w) => {
            let (_, kind) = words::waiver_kind(w.kind);
            let (state, _) = words::waiver_state(w.state);
            let mut text = format!("{kind}: {}", w.justification);
            if let Some(approver) = &w.approver {
                text.push_str(&format!("; approved by {approver}"));
            }
            if let Some(expires) = &w.expires {
                text.push_str(&format!("; expires {expires}"));
            }
            (text, state.to_string())
        }
        None => (String::new(), String::new()),
    };
    let mut sources: Vec<String> = Vec::new();
    for s in c.evidence.iter().filter_map(|e| e.source.as_ref()) {
        let title = s.title.clone().unwrap_or_else(|| s.id.clone());
        let text = match &s.url {
            Some(url) => format!("{title} <{url}>"),
            None => title,
        };
        if !sources.contains(&text) {
            sources.push(text);
        }
    }
    vec![
        a.profile.clone(),
        a.country.name.clone(),
        a.country.iso2.clone(),
        a.as_of.clone(),
        a.pack.id.clone(),
        a.pack.version.clone(),
        c.id.clone(),
        c.title.clone(),
        c.reference.clone(),
        c.area.clone(),
        c.severity.clone(),
        words::number(c.weight),
        c.stage.clone().unwrap_or_default(),
        c.outcome.as_str().to_string(),
        words::outcome_label(c.outcome).to_string(),
        c.message.clone(),
        evidence.join("; "),
        sources.join("; "),
        c.missing.join("; "),
        c.recommendation.clone(),
        c.scored.to_string(),
        waiver_text,
        waiver_state,
        c.waived_outcome.map(|o| o.as_str().to_string()).unwrap_or_default(),
    ]
}

fn line(out: &mut String, fields: impl Iterator<Item = String>) {
    let fields: Vec<String> = fields.map(|f| field(&f)).collect();
    out.push_str(&fields.join(","));
    out.push('\n');
}

/// Appends a record: numbers as they are (`-14.3` is a value, not a
/// formula), other fields quoted and guarded by [`field`].
pub(super) fn record(out: &mut String, fields: &[String]) {
    let f: Vec<String> = fields
        .iter()
        .map(|x| if x.parse::<f64>().is_ok() { x.clone() } else { field(x) })
        .collect();
    out.push_str(&f.join(","));
    out.push('\n');
}

/// One field, defused and quoted as needed.
pub fn field(text: &str) -> String {
    let defused = if text.starts_with(['\t', '\r'])
        || text
            .trim_start()
            .starts_with(['=', '+', '-', '@', '＝', '＋', '－', '＠'])
    {
        format!("'{text}")
    } else {
        text.to_string()
    };
    if defused.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", defused.replace('"', "\"\""))
    } else {
        defused
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_are_quoted_and_defused() {
        assert_eq!(field("plain"), "plain");
        assert_eq!(field("a, b"), "\"a, b\"");
        assert_eq!(field("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(field("two\nlines"), "\"two\nlines\"");
        assert_eq!(field("=HYPERLINK(\"x\")"), "\"'=HYPERLINK(\"\"x\"\")\"");
        assert_eq!(field("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(field(""), "");
    }
}
