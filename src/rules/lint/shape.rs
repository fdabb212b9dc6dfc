//! The shape of the view rules receive as `p`, read from the profile's JSON
//! Schema: which fields each record has, which sections are keyed lookups
//! (`legislation`), which are lists. Facts appear as their bare values, as
//! in the view; `p.as_of` and the computed `p.treaty` are added.

use std::collections::BTreeMap;
use std::sync::OnceLock;

use serde_json::Value;

/// What a value of the view can be, as far as lint can tell.
#[derive(Debug, Clone, PartialEq)]
pub enum Shape {
    /// Not known (a value the rule built, a parameter, a computed result).
    Unknown,
    /// A record with a fixed set of fields; `name` is how messages call it.
    Record {
        name: String,
        fields: BTreeMap<String, Shape>,
    },
    /// A keyed lookup (`legislation`, `safeguards.by_power`): any key, entries of one shape.
    Keyed(Box<Shape>),
    /// A list of entries of one shape.
    List(Box<Shape>),
    /// A bare value: text, a date, a number, a yes/no.
    Value,
}

/// Keys of `p.treaty` besides the protocols (see `rules::standing`).
pub const TREATY_KEYS: &[&str] = &[
    "standing",
    "assumed",
    "invited",
    "invitation_expires",
    "invitation_expiry_derived",
    "signed",
    "deposit",
    "deposit_kind",
    "in_force",
    "in_force_latest",
    "in_force_derived",
];

/// The shape of `p`, built once.
pub fn root() -> &'static Shape {
    static ROOT: OnceLock<Shape> = OnceLock::new();
    ROOT.get_or_init(|| {
        let schema = crate::profile::json_schema();
        let mut root = from_schema(&schema, &schema, "p", 0);
        if let Shape::Record { fields, .. } = &mut root {
            fields.insert("as_of".into(), Shape::Value);
            fields.insert("treaty".into(), treaty());
        }
        root
    })
}

fn treaty() -> Shape {
    let state = |name: &str| Shape::Record {
        name: name.to_string(),
        fields: TREATY_KEYS.iter().map(|k| (k.to_string(), Shape::Value)).collect(),
    };
    let mut shape = state("treaty");
    if let Shape::Record { fields, .. } = &mut shape {
        fields.insert("observer".into(), Shape::Value);
        fields.insert("first_protocol".into(), state("treaty.first_protocol"));
        fields.insert("second_protocol".into(), state("treaty.second_protocol"));
    }
    shape
}

/// The definition a `$ref` names, with its name.
fn resolve<'a>(schema: &'a Value, node: &'a Value) -> (Option<&'a str>, &'a Value) {
    match node.get("$ref").and_then(Value::as_str) {
        Some(r) => {
            let name = r.trim_start_matches("#/$defs/");
            match schema.get("$defs").and_then(|d| d.get(name)) {
                Some(def) => (Some(name), def),
                None => (None, node),
            }
        }
        None => (None, node),
    }
}

/// Whether a schema is the full form of a fact (`{ value, source, quote }`),
/// which the view never shows: it shows the bare value.
fn is_fact_detail(schema: &Value, node: &Value) -> bool {
    let (_, def) = resolve(schema, node);
    def.get("properties").and_then(|p| p.get("value")).is_some()
}

fn is_null(node: &Value) -> bool {
    node.get("type").and_then(Value::as_str) == Some("null")
}

fn from_schema(schema: &Value, node: &Value, name: &str, depth: usize) -> Shape {
    if depth > 32 {
        return Shape::Unknown;
    }
    let (_, node) = resolve(schema, node);
    for key in ["anyOf", "oneOf"] {
        if let Some(options) = node.get(key).and_then(Value::as_array) {
            let kept: Vec<&Value> = options
                .iter()
                .filter(|o| !is_null(o) && !is_fact_detail(schema, o))
                .collect();
            let shapes: Vec<Shape> = kept.iter().map(|o| from_schema(schema, o, name, depth + 1)).collect();
            return match shapes.as_slice() {
                [one] => one.clone(),
                many if many.iter().all(|s| *s == Shape::Value) && !many.is_empty() => Shape::Value,
                _ => Shape::Unknown,
            };
        }
    }
    if let Some(props) = node.get("properties").and_then(Value::as_object) {
        let fields = props
            .iter()
            .map(|(k, v)| {
                let child = if name == "p" { k.clone() } else { format!("{name}.{k}") };
                (k.clone(), from_schema(schema, v, &child, depth + 1))
            })
            .collect();
        return Shape::Record {
            name: name.to_string(),
            fields,
        };
    }
    if let Some(entries) = node.get("additionalProperties").filter(|v| v.is_object()) {
        return Shape::Keyed(Box::new(from_schema(
            schema,
            entries,
            &format!("{name}[..]"),
            depth + 1,
        )));
    }
    if let Some(items) = node.get("items") {
        return Shape::List(Box::new(from_schema(schema, items, &format!("{name}[..]"), depth + 1)));
    }
    if node.get("type").is_some() || node.get("enum").is_some() || node.get("const").is_some() {
        return Shape::Value;
    }
    Shape::Unknown
}

#[cfg(test)]
mod tests {
    use super::*;

    fn field<'a>(shape: &'a Shape, key: &str) -> &'a Shape {
        match shape {
            Shape::Record { fields, .. } => fields.get(key).unwrap_or_else(|| panic!("no `{key}` in {shape:?}")),
            other => panic!("not a record: {other:?}"),
        }
    }

    #[test]
    fn the_root_has_the_profile_sections_and_the_computed_ones() {
        let root = root();
        assert_eq!(*field(field(root, "contact_point"), "designated"), Shape::Value);
        assert!(matches!(field(root, "legislation"), Shape::Keyed(_)));
        assert!(matches!(field(root, "institutions"), Shape::List(_)));
        assert_eq!(*field(root, "as_of"), Shape::Value);
        assert_eq!(
            *field(field(field(root, "treaty"), "first_protocol"), "in_force"),
            Shape::Value
        );
        let Shape::Keyed(entry) = field(root, "legislation") else {
            unreachable!()
        };
        assert_eq!(*field(entry, "provision"), Shape::Value);
    }

    /// `TREATY_KEYS` names every key the engine computes for `p.treaty`.
    #[test]
    fn treaty_keys_match_the_computed_section() {
        let profile_text = "schema: gapwise/profile/v1\ncountry: {name: Testland, iso2: TL}\nsnapshot: {as_of: 2020-01-01}\nbudapest:\n  observer: true\n  events: {invited: 2010-01-01, invitation_expires: 2015-01-01, signed: 2011-01-01, acceded: 2012-01-05}\n";
        let (profile, _) = crate::profile::parse("t.yaml", profile_text).expect("valid profile");
        let as_of: crate::profile::PartialDate = "2020-01-01".parse().expect("date");
        let standings = crate::rules::standing::standings(&profile, &as_of);
        let sections = crate::rules::standing::view_sections(&profile, &standings);
        let treaty = sections["treaty"].as_object().expect("treaty");
        let Shape::Record { fields, .. } = field(root(), "treaty") else {
            unreachable!()
        };
        for key in treaty.keys() {
            assert!(fields.contains_key(key), "lint does not know `treaty.{key}`");
        }
    }
}
