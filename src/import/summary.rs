//! What an import found and what it did not: the fact paths found, the fact
//! paths to collect, and a readable summary for the terminal.

use serde_json::Value;

use crate::profile::{Law, LawStatus, Profile};

/// The facts the importer looks for, by path. A State either ratifies or
/// accedes, so those two count as one.
const LOOKED_FOR: &[&str] = &[
    "budapest.status",
    "budapest.observer",
    "budapest.declarations",
    "budapest.reservations",
    "budapest.events.invited",
    "budapest.events.signed",
    "budapest.events.ratified",
    "budapest.events.entry_into_force",
    "strategies.cybersecurity.status",
    "strategies.cybercrime.status",
    "institutions[cert]",
    "institutions[police_unit]",
    "institutions[prosecution]",
    "contact_point.designated",
    "contact_point.body",
    "contact_point.available_24_7",
    "central_authorities.extradition.designated",
    "central_authorities.mutual_assistance.designated",
    "legislation",
    "safeguards.human_rights",
    "safeguards.proportionality",
    "safeguards.judicial_supervision",
    "safeguards.grounds",
    "safeguards.scope_and_duration",
    "safeguards.third_parties",
    "jurisprudence",
];

const OPTIONAL: &[&str] = &[
    "strategies.cybersecurity.title",
    "strategies.cybersecurity.year",
    "strategies.cybercrime.title",
    "strategies.cybercrime.year",
    "budapest.events.acceded",
];

/// The value at a dotted path (`budapest.events.invited`, `institutions[0]`).
pub fn at<'v>(tree: &'v Value, path: &str) -> Option<&'v Value> {
    let mut node = tree;
    for part in path.split('.') {
        let (key, index) = match part.split_once('[') {
            Some((k, i)) => (k, i.trim_end_matches(']').parse::<usize>().ok()),
            None => (part, None),
        };
        node = node.get(key)?;
        if let Some(i) = index {
            node = node.get(i)?;
        }
    }
    match node {
        Value::Null => None,
        Value::Array(a) if a.is_empty() => None,
        Value::Object(o) if o.is_empty() => None,
        _ => Some(node),
    }
}

fn has_kind(tree: &Value, kind: &str) -> bool {
    tree.get("institutions")
        .and_then(Value::as_array)
        .is_some_and(|a| a.iter().any(|i| i.get("kind").and_then(Value::as_str) == Some(kind)))
}

/// The paths found and the paths to collect.
pub fn paths(profile: &Profile) -> (Vec<String>, Vec<String>) {
    let tree = serde_json::to_value(profile).unwrap_or(Value::Null);
    let (mut found, mut missing) = (Vec::new(), Vec::new());
    for path in LOOKED_FOR.iter().chain(OPTIONAL) {
        let present = match path.strip_prefix("institutions[").and_then(|k| k.strip_suffix(']')) {
            Some(kind) => has_kind(&tree, kind),
            None if *path == "budapest.events.ratified" => {
                at(&tree, path).is_some() || at(&tree, "budapest.events.acceded").is_some()
            }
            None => at(&tree, path).is_some(),
        };
        let is_list = path.starts_with("institutions[") || matches!(*path, "jurisprudence" | "legislation");
        if present && !is_list {
            found.push(path.to_string());
        } else if !present && LOOKED_FOR.contains(path) {
            missing.push(path.to_string());
        }
    }
    let count = |key: &str| tree.get(key).and_then(Value::as_array).map_or(0, Vec::len);
    found.extend((0..count("institutions")).map(|i| format!("institutions[{i}]")));
    found.extend((0..count("jurisprudence")).map(|i| format!("jurisprudence[{i}]")));
    found.retain(|p| at(&tree, p).is_some());
    (found, missing)
}

/// A short display of the value at a path.
pub fn show(tree: &Value, path: &str) -> String {
    let Some(v) = at(tree, path) else {
        return String::new();
    };
    let v = v.get("value").unwrap_or(v);
    let text = match v {
        Value::String(s) => s.clone(),
        Value::Array(items) => items
            .iter()
            .map(|i| i.as_str().map_or_else(|| i.to_string(), str::to_string))
            .collect::<Vec<_>>()
            .join(", "),
        Value::Object(o) if o.contains_key("kind") => {
            format!(
                "{}: {}",
                o.get("kind").and_then(Value::as_str).unwrap_or(""),
                o.get("name").and_then(Value::as_str).unwrap_or("")
            )
        }
        Value::Object(o) if o.contains_key("court") => {
            let parts = ["court", "reference", "date"]
                .iter()
                .filter_map(|k| o.get(*k).and_then(Value::as_str))
                .collect::<Vec<_>>();
            parts.join(", ")
        }
        other => other.to_string(),
    };
    let mut chars = text.chars();
    let short: String = chars.by_ref().take(90).collect();
    if chars.next().is_some() {
        format!("{short}...")
    } else {
        short
    }
}

/// One law for the summary: `Computer Misuse Act, 2011 (no. 2/2011, 2011): in force`.
pub fn law_line(law: &Law) -> String {
    let status = match law.status {
        Some(LawStatus::InForce) => "in force",
        Some(LawStatus::Bill) => "bill",
        Some(LawStatus::Draft) => "draft",
        Some(LawStatus::Repealed) => "repealed",
        None => "status not stated",
    };
    let mut details = Vec::new();
    if let Some(n) = &law.number {
        details.push(format!("no. {n}"));
    }
    if let Some(d) = &law.date {
        details.push(d.to_string());
    }
    if details.is_empty() {
        format!("{}: {status}", law.title)
    } else {
        format!("{} ({}): {status}", law.title, details.join(", "))
    }
}
