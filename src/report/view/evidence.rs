//! Evidence arranged for reading: the facts a verdict rests on, in words,
//! grouped by the quote they come from so that a quote is printed once.

use serde::Serialize;
use serde_json::Value;

use crate::engine::{Evidence, SourceRef};

/// Facts that rest on the same quote of the same source.
#[derive(Debug, Clone, Serialize)]
pub struct EvidenceGroup {
    pub facts: Vec<FactView>,
    /// The source's words, or `null` when the facts carry none.
    pub quote: Option<String>,
    pub source: Option<SourceView>,
}

/// One fact, in words.
#[derive(Debug, Clone, Serialize)]
pub struct FactView {
    /// What the fact is (`24/7 point of contact: designated`); the path when
    /// the results give no label.
    pub label: String,
    /// The value in words (`not in place (Penal Code, Art. 211)`), or `null`
    /// when the profile has none.
    pub text: Option<String>,
    /// A web address the fact carries (a court decision's link), or `null`.
    pub url: Option<String>,
    /// The dotted path in the profile, for researchers.
    pub path: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct SourceView {
    pub id: String,
    /// The title, or the id when the source is not described.
    pub title: String,
    pub url: Option<String>,
    pub date: Option<String>,
}

pub fn source_view(s: &SourceRef) -> SourceView {
    SourceView {
        id: s.id.clone(),
        title: s.title.clone().unwrap_or_else(|| s.id.clone()),
        url: s.url.clone(),
        date: s.date.clone(),
    }
}

/// Groups evidence by (quote, source), in the order facts first appear.
pub fn groups(evidence: &[Evidence]) -> Vec<EvidenceGroup> {
    let mut out: Vec<(Option<&str>, Option<&str>, EvidenceGroup)> = Vec::new();
    for e in evidence {
        let key = (e.quote.as_deref(), e.source.as_ref().map(|s| s.id.as_str()));
        let fact = fact_view(e);
        match out.iter_mut().find(|(q, s, _)| (*q, *s) == key) {
            Some((_, _, group)) => group.facts.push(fact),
            None => out.push((
                key.0,
                key.1,
                EvidenceGroup {
                    facts: vec![fact],
                    quote: e.quote.clone(),
                    source: e.source.as_ref().map(source_view),
                },
            )),
        }
    }
    out.into_iter().map(|(_, _, g)| g).collect()
}

fn fact_view(e: &Evidence) -> FactView {
    FactView {
        label: e.label.clone().unwrap_or_else(|| e.path.clone()),
        text: e.text.clone().or_else(|| e.value.as_ref().and_then(value_text)),
        url: e.url.clone(),
        path: e.path.clone(),
    }
}

/// A value in words when the results carry no text: strings bare, `true`
/// as `yes`, lists joined, maps as `key: value` pairs (never JSON).
pub fn value_text(value: &Value) -> Option<String> {
    match value {
        Value::Null => None,
        Value::String(s) => Some(s.clone()),
        Value::Bool(true) => Some("yes".into()),
        Value::Bool(false) => Some("no".into()),
        Value::Number(n) => Some(n.to_string()),
        Value::Array(items) if items.is_empty() => Some("none".into()),
        Value::Array(items) => Some(items.iter().filter_map(value_text).collect::<Vec<_>>().join(", ")),
        Value::Object(map) => Some(
            map.iter()
                .filter_map(|(k, v)| value_text(v).map(|t| format!("{}: {t}", k.replace('_', " "))))
                .collect::<Vec<_>>()
                .join("; "),
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fact(path: &str, quote: Option<&str>) -> Evidence {
        Evidence {
            path: path.into(),
            label: None,
            value: Some(Value::Bool(true)),
            text: None,
            url: None,
            quote: quote.map(Into::into),
            source: Some(SourceRef {
                id: "s".into(),
                title: None,
                url: None,
                date: None,
            }),
        }
    }

    #[test]
    fn a_quote_is_shown_once_for_the_facts_resting_on_it() {
        let g = groups(&[fact("a", Some("q")), fact("b", None), fact("c", Some("q"))]);
        assert_eq!(g.len(), 2);
        assert_eq!(g[0].facts.len(), 2);
        assert_eq!(g[0].facts[1].label, "c");
        assert_eq!(g[0].facts[0].text.as_deref(), Some("yes"));
    }

    #[test]
    fn values_never_read_as_json() {
        let v: Value = serde_json::json!({"court": "Supreme Court", "powers": ["19", "21"]});
        assert_eq!(value_text(&v).as_deref(), Some("court: Supreme Court; powers: 19, 21"));
    }
}
