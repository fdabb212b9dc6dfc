//! The read-only view of a profile that rules receive as `p`.
//!
//! A profile is converted once into a tree of [`Record`]s shared through
//! `Arc`: passing it to a rule, or reading `p.contact_point`, copies a pointer,
//! never the profile. Facts appear as their bare values (`p.contact_point.designated`
//! is `true`, `false` or `()`); dates are `"YYYY[-MM[-DD]]"` strings. Records
//! have no setters, so a rule cannot change what the next rule sees.

use std::collections::BTreeMap;
use std::sync::Arc;

use rhai::{Dynamic, ImmutableString};
use serde_json::Value;

/// A read-only mapping of the profile. Missing keys read as `()`.
#[derive(Debug, Clone)]
pub struct Record(Arc<BTreeMap<ImmutableString, Dynamic>>);

impl Record {
    pub fn get(&self, key: &str) -> Dynamic {
        self.0.get(key).cloned().unwrap_or(Dynamic::UNIT)
    }

    pub fn contains(&self, key: &str) -> bool {
        self.0.get(key).is_some_and(|v| !v.is_unit())
    }

    pub fn keys(&self) -> rhai::Array {
        self.0
            .iter()
            .filter(|(_, v)| !v.is_unit())
            .map(|(k, _)| Dynamic::from(k.clone()))
            .collect()
    }

    pub fn len(&self) -> usize {
        self.0.values().filter(|v| !v.is_unit()).count()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Renders like a Rhai object map, for `print` and messages.
    pub fn render(&self) -> String {
        let parts: Vec<String> = self
            .0
            .iter()
            .filter(|(_, v)| !v.is_unit())
            .map(|(k, v)| format!("{k}: {}", render(v)))
            .collect();
        format!("#{{{}}}", parts.join(", "))
    }
}

fn render(value: &Dynamic) -> String {
    if let Some(record) = value.read_lock::<Record>() {
        return record.render();
    }
    if value.is_string() {
        return format!("{:?}", value.to_string());
    }
    value.to_string()
}

/// Whether an object of the profile's JSON form is a fact in full form.
pub fn is_full_fact(map: &serde_json::Map<String, Value>) -> bool {
    map.contains_key("value")
}

/// Converts a profile's JSON form (facts in full or bare form) into the view.
pub fn to_dynamic(value: &Value) -> Dynamic {
    match value {
        Value::Null => Dynamic::UNIT,
        Value::Bool(b) => Dynamic::from_bool(*b),
        Value::Number(n) => match n.as_i64() {
            Some(i) => Dynamic::from_int(i),
            None => Dynamic::from_float(n.as_f64().unwrap_or_default()),
        },
        Value::String(s) => Dynamic::from(ImmutableString::from(s.as_str())),
        Value::Array(items) => Dynamic::from_array(items.iter().map(to_dynamic).collect()),
        Value::Object(map) if is_full_fact(map) => to_dynamic(&map["value"]),
        Value::Object(map) => {
            let entries = map
                .iter()
                .map(|(k, v)| (ImmutableString::from(k.as_str()), to_dynamic(v)))
                .collect();
            Dynamic::from(Record(Arc::new(entries)))
        }
    }
}

/// The same view as plain JSON (facts as their bare values), for engines
/// other than Rhai: the Rego side of the `rego` benchmark.
pub fn to_bare_json(value: &Value) -> Value {
    match value {
        Value::Array(items) => Value::Array(items.iter().map(to_bare_json).collect()),
        Value::Object(map) if is_full_fact(map) => to_bare_json(&map["value"]),
        Value::Object(map) => Value::Object(map.iter().map(|(k, v)| (k.clone(), to_bare_json(v))).collect()),
        other => other.clone(),
    }
}

/// Builds the root view of a profile, with `as_of` set to the assessment date.
pub fn profile_view(profile_json: &Value, as_of: &str) -> Dynamic {
    profile_view_with(profile_json, as_of, &serde_json::Map::new())
}

/// Builds the root view of a profile with computed sections beside the
/// profile's own (`treaty`: the standing at `as_of`).
pub fn profile_view_with(profile_json: &Value, as_of: &str, computed: &serde_json::Map<String, Value>) -> Dynamic {
    let Value::Object(map) = profile_json else {
        return to_dynamic(profile_json);
    };
    let mut entries: BTreeMap<ImmutableString, Dynamic> = map
        .iter()
        .chain(computed.iter())
        .map(|(k, v)| (ImmutableString::from(k.as_str()), to_dynamic(v)))
        .collect();
    entries.insert("as_of".into(), Dynamic::from(ImmutableString::from(as_of)));
    Dynamic::from(Record(Arc::new(entries)))
}

/// Looks up a dotted path (`legislation.2.status`, `institutions[0].name`) in a view.
pub fn lookup(root: &Dynamic, path: &str) -> Dynamic {
    let mut current = root.clone();
    for part in path
        .replace('[', ".")
        .replace(']', "")
        .split('.')
        .filter(|s| !s.is_empty())
    {
        let next = if let Some(record) = current.read_lock::<Record>() {
            record.get(part)
        } else if let Some(array) = current.read_lock::<rhai::Array>() {
            part.parse::<usize>()
                .ok()
                .and_then(|i| array.get(i).cloned())
                .unwrap_or(Dynamic::UNIT)
        } else {
            Dynamic::UNIT
        };
        current = next;
        if current.is_unit() {
            break;
        }
    }
    current
}
