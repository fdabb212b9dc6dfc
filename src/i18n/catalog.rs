//! A translation file: nested YAML maps of keys to texts, read flat
//! (`rules: {budapest.art2.illegal_access: {title: ...}}` gives the key
//! `rules.budapest.art2.illegal_access.title`).

use std::collections::BTreeMap;

use serde_yaml::Value;

use crate::diag::{Position, Problem};

/// A translation file could not be read.
#[derive(Debug, Clone, thiserror::Error)]
#[error("{problem}")]
pub struct CatalogError {
    pub problem: Problem,
}

/// The keys of one language, flat, with the line each is written on.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Catalog {
    entries: BTreeMap<String, (String, usize)>,
    /// The file it was read from, for problems.
    pub file: String,
}

impl Catalog {
    /// Reads a translation file; `file` names it in problems.
    pub fn parse(file: &str, text: &str) -> Result<Catalog, CatalogError> {
        let fail = |position: Position, message: String| CatalogError {
            problem: Problem::error(file, position, message),
        };
        crate::yaml_guard::check(file, text).map_err(|problem| CatalogError { problem })?;
        let value: Value = serde_yaml::from_str(text).map_err(|e| {
            let position = e
                .location()
                .map(|l| Position::new(l.line(), l.column()))
                .unwrap_or_default();
            fail(position, format!("not a translation file: {e}"))
        })?;
        let mut catalog = Catalog {
            entries: BTreeMap::new(),
            file: file.to_string(),
        };
        match value {
            Value::Null => {}
            Value::Mapping(_) => flatten(&value, String::new(), text, &mut catalog.entries)
                .map_err(|(key, message)| fail(Position::new(line_of(text, &key), 1), message))?,
            _ => {
                return Err(fail(
                    Position::new(1, 1),
                    "a translation file is a map of keys to texts".into(),
                ))
            }
        }
        Ok(catalog)
    }

    /// The text of `key`.
    pub fn get(&self, key: &str) -> Option<&str> {
        self.entries.get(key).map(|(text, _)| text.as_str())
    }

    /// Rewrites every text with `f`.
    pub fn map_texts(&mut self, f: impl Fn(&str) -> String) {
        for (text, _) in self.entries.values_mut() {
            *text = f(text);
        }
    }

    /// The line `key` is written on (1-based), 0 when unknown.
    pub fn line(&self, key: &str) -> usize {
        self.entries.get(key).map_or(0, |(_, line)| *line)
    }

    /// Every key, sorted.
    pub fn keys(&self) -> impl Iterator<Item = &str> {
        self.entries.keys().map(String::as_str)
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// Sets `key` (a key no file holds: `packs.<id>.name`).
    pub fn insert(&mut self, key: &str, text: &str) {
        self.entries.insert(key.to_string(), (text.to_string(), 0));
    }

    /// Adds the keys of `other` this catalog lacks.
    pub fn merge(&mut self, other: &Catalog) {
        for (key, value) in &other.entries {
            self.entries.entry(key.clone()).or_insert_with(|| value.clone());
        }
    }
}

fn flatten(
    value: &Value,
    prefix: String,
    text: &str,
    out: &mut BTreeMap<String, (String, usize)>,
) -> Result<(), (String, String)> {
    match value {
        Value::Mapping(map) => {
            for (k, v) in map {
                let name = match k {
                    Value::String(s) => s.clone(),
                    Value::Number(n) => n.to_string(),
                    Value::Bool(b) => b.to_string(),
                    _ => return Err((prefix.clone(), format!("a key under `{prefix}` is not a name"))),
                };
                let key = if prefix.is_empty() {
                    name
                } else {
                    format!("{prefix}.{name}")
                };
                flatten(v, key, text, out)?;
            }
            Ok(())
        }
        Value::String(s) => {
            let line = line_of(text, &prefix);
            out.insert(prefix, (s.clone(), line));
            Ok(())
        }
        Value::Null => Err((prefix.clone(), format!("`{prefix}` has no text"))),
        _ => Err((prefix.clone(), format!("`{prefix}` must be a text"))),
    }
}

/// The line where the last part of `key` is written as a key, found by
/// walking its parts down the file; 0 when not found.
fn line_of(text: &str, key: &str) -> usize {
    let lines: Vec<&str> = text.lines().collect();
    let mut from = 0;
    let mut found = 0;
    let mut rest = key;
    while !rest.is_empty() {
        // A part may hold dots itself (rule ids): try the longest first.
        let mut hit = None;
        for (i, line) in lines.iter().enumerate().skip(from) {
            let trimmed = line.trim_start().trim_start_matches("- ");
            let name = trimmed.split(':').next().unwrap_or("").trim().trim_matches(['"', '\'']);
            if !name.is_empty() && (rest == name || rest.starts_with(&format!("{name}."))) {
                hit = Some((i, name.len()));
                break;
            }
        }
        let Some((i, len)) = hit else {
            return found;
        };
        found = i + 1;
        from = i + 1;
        rest = rest.get(len..).unwrap_or("").trim_start_matches('.');
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nested_keys_read_flat_with_their_line() {
        let text = "rules:\n  budapest.art2.illegal_access:\n    title: L'accès illégal est une infraction\n    messages:\n      no_law: rien\n";
        let c = Catalog::parse("fr.yaml", text).expect("catalog");
        assert_eq!(
            c.get("rules.budapest.art2.illegal_access.title"),
            Some("L'accès illégal est une infraction")
        );
        assert_eq!(c.line("rules.budapest.art2.illegal_access.messages.no_law"), 5);
        assert_eq!(c.len(), 2);
    }

    #[test]
    fn a_key_without_text_is_an_error_at_its_line() {
        let err = Catalog::parse("fr.yaml", "areas:\n  treaty:\n").expect_err("no text");
        assert_eq!(err.problem.position.line, 2);
        assert!(
            err.problem.message.contains("`areas.treaty` has no text"),
            "{}",
            err.problem.message
        );
    }
}
