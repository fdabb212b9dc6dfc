//! The test file format: cases, their lines, and the profiles they build.

use std::collections::BTreeMap;
use std::path::Path;

use serde::Deserialize;
use serde_yaml::Value;

use crate::diag::Position;
use crate::rules::Pack;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct TestFile {
    pub(super) cases: Vec<CaseSpec>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct CaseSpec {
    pub(super) name: String,
    #[serde(default)]
    pub(super) base: Option<String>,
    #[serde(default)]
    pub(super) as_of: Option<Value>,
    #[serde(default)]
    pub(super) profile: Option<Value>,
    pub(super) expect: BTreeMap<String, Expectation>,
}

#[derive(Debug, Deserialize)]
#[serde(untagged)]
pub(super) enum Expectation {
    Outcome(String),
    Detailed(Detailed),
}

/// `{ outcome: met, message: "substring" }`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct Detailed {
    pub(super) outcome: String,
    #[serde(default)]
    pub(super) message: Option<String>,
}

/// Lines of a test file: each case's `- name:` line and its `expect` keys.
#[derive(Default)]
pub(super) struct Lines {
    pub(super) cases: Vec<Position>,
    pub(super) expect: Vec<BTreeMap<String, Position>>,
}

pub(super) fn lines_of(text: &str) -> Lines {
    let mut lines = Lines::default();
    let Ok(root) = marked_yaml::parse_yaml(0, text) else {
        return lines;
    };
    let Some(cases) = root.as_mapping().and_then(|m| m.get_sequence("cases")) else {
        return lines;
    };
    for case in cases.iter() {
        let start = |n: &marked_yaml::Node| {
            n.span()
                .start()
                .map(|m| Position::new(m.line(), m.column()))
                .unwrap_or_default()
        };
        let line = start(case).line;
        let column = text
            .lines()
            .nth(line.saturating_sub(1))
            .and_then(|l| l.find(|c: char| !c.is_whitespace()))
            .map_or(0, |c| c + 1);
        lines.cases.push(Position::new(line, column));
        let mut keys = BTreeMap::new();
        if let Some(expect) = case.as_mapping().and_then(|m| m.get_mapping("expect")) {
            for (key, _) in expect.iter() {
                let pos = key
                    .span()
                    .start()
                    .map(|m| Position::new(m.line(), m.column()))
                    .unwrap_or_default();
                keys.insert(key.as_str().to_string(), pos);
            }
        }
        lines.expect.push(keys);
    }
    lines
}

/// The minimal valid profile cases start from by default.
pub(super) fn minimal_profile(as_of: &str) -> String {
    format!("schema: gapwise/profile/v1\ncountry: {{name: Testland, iso2: TL}}\nsnapshot: {{as_of: \"{as_of}\"}}\n")
}

/// Joins `base` to the folder of `test` (both within the pack), resolving `..`.
pub(super) fn join_relative(test: &str, base: &str) -> String {
    let mut parts: Vec<&str> = test.split('/').collect();
    parts.pop();
    for part in base.split('/') {
        match part {
            "" | "." => {}
            ".." => {
                if parts.last().is_none_or(|p| *p == "..") {
                    parts.push("..");
                } else {
                    parts.pop();
                }
            }
            other => parts.push(other),
        }
    }
    parts.join("/")
}

pub(super) fn read_base(pack: &Pack, test: &str, base: &str) -> Result<String, String> {
    let joined = join_relative(test, base);
    if let Some((_, text)) = pack.files.iter().find(|(name, _)| *name == joined) {
        return Ok(text.clone());
    }
    if pack.dir.starts_with("bundled:") {
        return Err(format!("base profile `{base}` is not a file of the bundled pack"));
    }
    let path = Path::new(&pack.dir).join(&joined);
    let real = path
        .canonicalize()
        .map_err(|e| format!("cannot read base profile `{}`: {e}", path.display()))?;
    if !Path::new(&pack.dir)
        .canonicalize()
        .is_ok_and(|dir| real.starts_with(dir))
    {
        return Err(format!(
            "base profile `{base}` is not a file inside the pack folder `{}`",
            pack.dir
        ));
    }
    crate::input::read_text(&path)
        .map(|(_, text)| text)
        .map_err(|e| format!("cannot read base profile: {e}"))
}

/// Deep merge: maps merge key by key, anything else replaces.
pub(super) fn merge(base: &mut Value, fragment: &Value) {
    match (base, fragment) {
        (Value::Mapping(b), Value::Mapping(f)) => {
            for (key, value) in f {
                match b.get_mut(key) {
                    Some(existing) => merge(existing, value),
                    None => {
                        b.insert(key.clone(), value.clone());
                    }
                }
            }
        }
        (b, f) => *b = f.clone(),
    }
}

pub(super) fn scalar_text(value: &Value) -> String {
    match value {
        Value::String(s) => s.clone(),
        Value::Number(n) => n.to_string(),
        other => serde_yaml::to_string(other).unwrap_or_default().trim().to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn relative_bases_resolve_within_the_pack() {
        assert_eq!(
            join_relative("tests/a.yaml", "fixtures/m.yaml"),
            "tests/fixtures/m.yaml"
        );
        assert_eq!(
            join_relative("tests/a.yaml", "../../../profiles/m.yaml"),
            "../../profiles/m.yaml"
        );
        assert_eq!(join_relative("tests/a.yaml", "./x.yaml"), "tests/x.yaml");
    }

    #[test]
    fn maps_merge_and_lists_replace() {
        let mut base: Value = serde_yaml::from_str("a: {b: 1, c: [1, 2]}\nd: x\n").expect("test input is valid");
        let fragment: Value = serde_yaml::from_str("a: {c: [3], e: 2}\n").expect("test input is valid");
        merge(&mut base, &fragment);
        let want: Value = serde_yaml::from_str("a: {b: 1, c: [3], e: 2}\nd: x\n").expect("test input is valid");
        assert_eq!(base, want);
    }
}
