//! Resolving the fact paths a rule cites into values, quotes and sources.

use serde_json::Value;

use crate::profile::Profile;

use super::results::{Evidence, SourceRef};

/// The profile's JSON form, to resolve cited paths against.
pub struct FactIndex<'a> {
    tree: Value,
    profile: &'a Profile,
}

/// The segments of a dotted path (`a.b[2]` -> `a`, `b`, `2`).
pub(crate) fn normalise(path: &str) -> Vec<String> {
    path.replace('[', ".")
        .replace(']', "")
        .split('.')
        .filter(|s| !s.is_empty())
        .map(str::to_string)
        .collect()
}

fn child<'v>(value: &'v Value, key: &str) -> Option<&'v Value> {
    match value {
        Value::Object(map) => map.get(key),
        Value::Array(items) => key.parse::<usize>().ok().and_then(|i| items.get(i)),
        _ => None,
    }
}

/// Lists and maps that the file format leaves out when empty, present as
/// empty for rules: a rule can loop over `p.laws` or index
/// `p.safeguards.by_power` without guarding against `()`.
fn fill_empty_sections(tree: &mut Value) {
    let Value::Object(root) = tree else {
        return;
    };
    for list in ["laws", "notes", "institutions", "jurisprudence"] {
        root.entry(list).or_insert_with(|| Value::Array(Vec::new()));
    }
    let empty = || Value::Object(serde_json::Map::new());
    if let Value::Object(capacity) = root.entry("capacity").or_insert_with(empty) {
        for section in [
            "lead_agency",
            "critical_infrastructure",
            "training",
            "data_protection",
            "interpol",
            "foreign_law_enforcement",
        ] {
            capacity.entry(section).or_insert_with(empty);
        }
    }
    if let Some(Value::Object(strategies)) = root.get_mut("strategies") {
        strategies.entry("defence").or_insert_with(empty);
    }
    if let Some(Value::Object(safeguards)) = root.get_mut("safeguards") {
        safeguards
            .entry("by_power")
            .or_insert_with(|| Value::Object(serde_json::Map::new()));
    }
}

fn bare(value: &Value) -> &Value {
    match value {
        Value::Object(map) if map.contains_key("value") => &map["value"],
        other => other,
    }
}

impl<'a> FactIndex<'a> {
    pub fn new(profile: &'a Profile) -> Self {
        let mut tree = serde_json::to_value(profile).unwrap_or(Value::Null);
        fill_empty_sections(&mut tree);
        FactIndex { tree, profile }
    }

    /// The profile in JSON form, facts in full.
    pub fn tree(&self) -> &Value {
        &self.tree
    }

    /// What a cited path rests on: its value, and the quote and source of
    /// the nearest fact or entry that holds it.
    pub fn evidence(&self, path: &str) -> Evidence {
        let parts = normalise(path);
        let mut nodes = vec![&self.tree];
        for part in &parts {
            let Some(next) = nodes.last().and_then(|n| child(bare(n), part)) else {
                break;
            };
            nodes.push(next);
        }
        let found = nodes.len() == parts.len() + 1;
        let value = found.then(|| bare(nodes[parts.len()]).clone()).filter(|v| !v.is_null());
        let holder = nodes
            .iter()
            .rev()
            .find(|n| n.get("quote").is_some() || n.get("source").is_some());
        let quote = holder
            .and_then(|n| n.get("quote"))
            .and_then(Value::as_str)
            .map(str::to_string);
        let source = holder
            .and_then(|n| n.get("source"))
            .and_then(Value::as_str)
            .map(|id| self.source(id));
        let url = value
            .as_ref()
            .and_then(|v| v.get("url"))
            .and_then(Value::as_str)
            .map(str::to_string);
        Evidence {
            path: path.to_string(),
            label: Some(super::words::label(path)),
            text: value.as_ref().map(super::words::text),
            value,
            url,
            quote,
            source,
        }
    }

    fn source(&self, id: &str) -> SourceRef {
        let known = self.profile.snapshot.sources.iter().find(|s| s.id == id);
        SourceRef {
            id: id.to_string(),
            title: known.map(|s| s.title.clone()),
            url: known.and_then(|s| s.url.clone()),
            date: known.and_then(|s| s.date).map(|d| d.to_string()),
        }
    }
}
