//! Profiles: one country at one date, read from YAML and checked.
//!
//! Takes the text of a profile file and gives a [`Profile`] plus every
//! problem found, each with its line and column. Checking runs in two passes:
//! the shape of the YAML against the JSON Schema of the types (all misspelt
//! keys, wrong types and impossible dates at once), then consistency checks
//! on the typed value (dates in order, allowed reservations, references).

pub mod capacity;
mod consistency;
pub mod date;
pub mod fact;
mod shape;
pub mod status;
pub mod treaty;
pub mod tree;
pub mod types;

use marked_yaml::{parse_yaml_with_options, LoadError, LoaderOptions};

pub use capacity::{Capacity, CriticalInfrastructure, DataProtection, Training};
pub use date::{DateError, PartialDate};
pub use fact::{Conflict, Fact, FactDetail};
pub use status::{state_at, Standing, TreatyState};
pub use types::*;

use crate::diag::{Position, Problem};

/// A profile file that could not be used.
#[derive(Debug, thiserror::Error)]
pub enum ProfileError {
    #[error("`{file}` is not a valid profile: {} error(s)", problems.iter().filter(|p| p.is_error()).count())]
    Invalid { file: String, problems: Vec<Problem> },
}

impl ProfileError {
    pub fn problems(&self) -> &[Problem] {
        match self {
            ProfileError::Invalid { problems, .. } => problems,
        }
    }
}

/// The outcome of checking a profile file: the profile when it has no
/// errors, and every problem found (errors and warnings), sorted.
#[derive(Debug)]
pub struct Checked {
    pub profile: Option<Profile>,
    pub problems: Vec<Problem>,
}

impl Checked {
    /// The errors found, one line each (warnings left out).
    pub fn errors(&self) -> Vec<String> {
        self.problems
            .iter()
            .filter(|p| p.is_error())
            .map(|p| p.to_string())
            .collect()
    }
}

/// The JSON Schema of the profile format, generated from the types.
pub fn json_schema() -> serde_json::Value {
    let schema = schemars::schema_for!(Profile);
    let mut value = serde_json::to_value(&schema).unwrap_or_default();
    name_generic_definitions(&mut value);
    if let Some(obj) = value.as_object_mut() {
        obj.insert("$id".into(), serde_json::Value::String("urn:gapwise:profile:v1".into()));
    }
    value
}

/// Gives the definitions of generic types names a person can read:
/// `FactBool`, `FactDetailDate`, `ConflictStatus` instead of `Fact2`,
/// `FactDetail3`, `Conflict4`. The name comes from the bare value's type.
fn name_generic_definitions(schema: &mut serde_json::Value) {
    use serde_json::Value;
    let Some(defs) = schema.get("$defs").and_then(Value::as_object) else {
        return;
    };
    let reference = |v: &Value| {
        v.get("$ref")
            .and_then(Value::as_str)
            .map(|r| r.trim_start_matches("#/$defs/").to_string())
    };
    let kind = |bare: &Value| -> String {
        if let Some(name) = reference(bare) {
            return match name.as_str() {
                "PartialDate" => "Date".into(),
                "TreatyStatus" | "StrategyStatus" => name,
                other => other.to_string(),
            };
        }
        match (
            bare.get("type").and_then(Value::as_str),
            bare.get("items").and_then(reference),
        ) {
            (Some("boolean"), _) => "Bool".into(),
            (Some("string"), _) => "Text".into(),
            (Some("array"), Some(item)) => format!("{item}List"),
            (Some("array"), None) => "TextList".into(),
            _ => "Value".into(),
        }
    };
    let mut renames: Vec<(String, String)> = Vec::new();
    for (name, def) in defs {
        let generic = name.trim_end_matches(|c: char| c.is_ascii_digit());
        if generic != "Fact" {
            continue;
        }
        let Some(options) = def.get("anyOf").and_then(Value::as_array) else {
            continue;
        };
        let Some(suffix) = options.first().map(kind) else {
            continue;
        };
        renames.push((name.clone(), format!("Fact{suffix}")));
        if let Some(detail) = options.get(1).and_then(reference) {
            if let Some(conflict) = defs
                .get(&detail)
                .and_then(|d| d.pointer("/properties/conflicts/items"))
                .and_then(reference)
            {
                renames.push((conflict, format!("Conflict{suffix}")));
            }
            renames.push((detail, format!("FactDetail{suffix}")));
        }
    }
    let map: std::collections::HashMap<String, String> = renames
        .into_iter()
        .map(|(from, to)| (format!("#/$defs/{from}"), format!("#/$defs/{to}")))
        .collect();
    fn rewrite(value: &mut Value, map: &std::collections::HashMap<String, String>) {
        match value {
            Value::Object(obj) => {
                if let Some(Value::String(r)) = obj.get_mut("$ref") {
                    if let Some(to) = map.get(r.as_str()) {
                        *r = to.clone();
                    }
                }
                obj.values_mut().for_each(|v| rewrite(v, map));
            }
            Value::Array(items) => items.iter_mut().for_each(|v| rewrite(v, map)),
            _ => {}
        }
    }
    rewrite(schema, &map);
    if let Some(defs) = schema.get_mut("$defs").and_then(Value::as_object_mut) {
        let old = std::mem::take(defs);
        for (name, def) in old {
            let key = format!("#/$defs/{name}");
            let new = map
                .get(&key)
                .map_or(name, |to| to.trim_start_matches("#/$defs/").to_string());
            defs.insert(new, def);
        }
    }
}

/// Checks the text of a profile file; `file` names it in problems.
pub fn check(file: &str, text: &str) -> Checked {
    if let Err(problem) = crate::yaml_guard::check(file, text) {
        return Checked {
            profile: None,
            problems: vec![problem],
        };
    }
    let options = LoaderOptions::default()
        .error_on_duplicate_keys(true)
        .prevent_coercion(true)
        .toplevel_mapping();
    let tree = match parse_yaml_with_options(0, text, options) {
        Ok(tree) => tree,
        Err(e) => {
            return Checked {
                profile: None,
                problems: vec![yaml_problem(file, &e)],
            }
        }
    };
    static SCHEMA: std::sync::OnceLock<serde_json::Value> = std::sync::OnceLock::new();
    let schema = SCHEMA.get_or_init(json_schema);
    let mut walk = shape::ShapeCheck::new(schema, file);
    walk.check(schema, &tree, "");
    let mut problems = walk.problems;
    let mut profile = None;
    if problems.is_empty() {
        // The profile is built from the tree the shape check walked: the
        // text is parsed once.
        match tree::from_tree::<Profile>(&tree) {
            Ok(p) => {
                problems.extend(consistency::check(&p, file, &walk.positions));
                profile = Some(p);
            }
            Err(e) => {
                problems.push(Problem::error(file, e.position.unwrap_or_default(), e.message));
            }
        }
    }
    crate::diag::sort(&mut problems);
    if problems.iter().any(Problem::is_error) {
        profile = None;
    }
    Checked { profile, problems }
}

/// Parses a profile, failing on any error; warnings come back beside it.
pub fn parse(file: &str, text: &str) -> Result<(Profile, Vec<Problem>), ProfileError> {
    let checked = check(file, text);
    match checked.profile {
        Some(profile) => Ok((profile, checked.problems)),
        None => Err(ProfileError::Invalid {
            file: file.to_string(),
            problems: checked.problems,
        }),
    }
}

fn yaml_problem(file: &str, error: &LoadError) -> Problem {
    let marker = match error {
        LoadError::TopLevelMustBeMapping(m)
        | LoadError::TopLevelMustBeSequence(m)
        | LoadError::UnexpectedAnchor(m)
        | LoadError::MappingKeyMustBeScalar(m)
        | LoadError::UnexpectedTag(m)
        | LoadError::ScanError(m, _) => Some(*m),
        LoadError::DuplicateKey(inner) => inner.key.span().start().copied(),
    };
    let position = marker.map(|m| Position::new(m.line(), m.column())).unwrap_or_default();
    let (message, help) = match error {
        LoadError::TopLevelMustBeMapping(_) => (
            "a profile must be a YAML mapping".to_string(),
            "start with `schema: gapwise/profile/v1`",
        ),
        LoadError::DuplicateKey(inner) => (
            format!("key `{}` appears twice", inner.key.as_str()),
            "keep one of them",
        ),
        LoadError::UnexpectedAnchor(_) | LoadError::UnexpectedTag(_) => (
            "YAML anchors and tags are not used in profiles".to_string(),
            "write the value out in full",
        ),
        LoadError::MappingKeyMustBeScalar(_) => ("keys must be plain names".to_string(), "write `key: value`"),
        LoadError::ScanError(_, e) => (
            format!("not valid YAML: {}", e.info()),
            "check indentation and quotes on this line",
        ),
        LoadError::TopLevelMustBeSequence(_) => (
            "unexpected list at the top level".to_string(),
            "start with `schema: gapwise/profile/v1`",
        ),
    };
    Problem::error(file, position, message).with_help(help)
}

#[cfg(test)]
mod tests {
    use super::*;

    const MINIMAL: &str =
        "schema: gapwise/profile/v1\ncountry: {name: Testland, iso2: TL}\nsnapshot: {as_of: 2020-01-01}\n";

    #[test]
    fn minimal_profile_parses_with_empty_sections() {
        let (p, warnings) = parse("t.yaml", MINIMAL).expect("test input is valid");
        assert!(warnings.is_empty());
        assert_eq!(p.country.iso2, "TL");
        assert!(p.budapest.status.is_none());
        assert!(p.contact_point.designated.is_none());
    }

    #[test]
    fn all_problems_are_reported_at_once() {
        let text = format!("{MINIMAL}contact_point:\n  designatd: true\n  available_24_7: sometimes\nbudapest:\n  events:\n    signed: 2015-02-30\n");
        let problems = check("t.yaml", &text).problems;
        let messages: Vec<String> = problems.iter().map(|p| p.to_string()).collect();
        assert_eq!(problems.len(), 3, "{messages:#?}");
        assert!(
            messages[0].starts_with("t.yaml:5:3: error: unknown key `designatd`"),
            "{}",
            messages[0]
        );
        assert!(messages[0].contains("did you mean `designated`?"));
        assert!(messages[1].starts_with("t.yaml:6:19:"), "{}", messages[1]);
        assert!(messages[2].starts_with("t.yaml:9:13:"), "{}", messages[2]);
        assert!(messages[2].contains("no day 30"));
    }

    #[test]
    fn facts_may_be_bare_or_full() {
        let text = format!("{MINIMAL}snapshot:\n  as_of: 2020\n  sources: [{{id: a, title: A}}]\n")
            .replace("snapshot: {as_of: 2020-01-01}\n", "");
        let text =
            format!("{text}contact_point:\n  designated: {{value: true, source: a, quote: \"yes\"}}\n  body: Police\n");
        let (p, _) = parse("t.yaml", &text).expect("test input is valid");
        assert_eq!(p.contact_point.designated.as_ref().map(|f| *f.value()), Some(true));
        assert_eq!(p.contact_point.designated.as_ref().and_then(|f| f.quote()), Some("yes"));
        assert_eq!(
            p.contact_point.body.as_ref().map(|f| f.value().as_str()),
            Some("Police")
        );
    }

    #[test]
    fn schema_definitions_have_readable_names() {
        let schema = json_schema();
        let defs = schema["$defs"].as_object().expect("definitions");
        for name in [
            "FactBool",
            "FactDate",
            "FactText",
            "FactTreatyStatus",
            "FactDetailBool",
            "ConflictDate",
        ] {
            assert!(
                defs.contains_key(name),
                "no `{name}` in {:?}",
                defs.keys().collect::<Vec<_>>()
            );
        }
        assert!(
            !defs.keys().any(|k| k.ends_with(|c: char| c.is_ascii_digit())),
            "{:?}",
            defs.keys().collect::<Vec<_>>()
        );
        let text = schema.to_string();
        assert!(!text.contains("\"#/$defs/Fact2\""));
    }

    #[test]
    fn reservations_on_affected_provisions_validate() {
        let text = format!(
            "{MINIMAL}budapest:\n  reservations: [\"6(1)(b)\", \"9(2)(b)\", \"22(1)(d)\", \"Article 9.1.d\"]\n"
        );
        let checked = check("t.yaml", &text);
        assert!(checked.errors().is_empty(), "{:#?}", checked.errors());
    }

    #[test]
    fn a_reservation_on_article_16_is_an_error_with_its_line() {
        let text = format!("{MINIMAL}budapest:\n  reservations:\n    - \"6(3)\"\n    - 16\n");
        let errors = check("t.yaml", &text).errors();
        assert_eq!(errors.len(), 1, "{errors:#?}");
        assert!(
            errors[0].starts_with("t.yaml:7:7: error: Art. 42 allows no reservation on article `16`"),
            "{}",
            errors[0]
        );
    }

    #[test]
    fn legislation_keys_may_name_paragraphs() {
        let text = format!("{MINIMAL}legislation:\n  \"19(2)\": {{status: in_place}}\n  \"18(1)(b)\": {{status: partial}}\n  \"19 (2)\": {{status: partial}}\n");
        let errors = check("t.yaml", &text).errors();
        assert_eq!(errors.len(), 1, "{errors:#?}");
        assert!(
            errors[0].contains("`19 (2)` is not an article or paragraph"),
            "{}",
            errors[0]
        );
    }

    #[test]
    fn unknown_source_and_bad_reservation_are_errors() {
        let text = format!("{MINIMAL}budapest:\n  reservations: {{value: [2], source: nowhere}}\nlegislation:\n  2: {{status: in_place}}\n  \"16\": {{status: partial}}\n");
        let problems = check("t.yaml", &text).problems;
        assert!(
            problems
                .iter()
                .any(|p| p.message.contains("Art. 42 allows no reservation")),
            "{problems:#?}"
        );
        assert!(problems.iter().any(|p| p.message.contains("`nowhere` is not a source")));
        assert_eq!(problems.len(), 2, "{problems:#?}");
    }
}
