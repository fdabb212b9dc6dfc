//! Structural validation of a YAML tree against the JSON Schema generated
//! from the profile types, reporting every problem with its place.
//!
//! serde stops at the first error and loses most positions; this walk keeps
//! going, so a user sees all misspelt keys, wrong types and impossible dates
//! of a file at once. The schema is the one `gapwise schema` prints, so the
//! checks cannot drift from the types.

use std::collections::BTreeMap;

use marked_yaml::Node;
use serde_json::Value;

use crate::diag::{did_you_mean, Position, Problem};

use super::date::PartialDate;

/// Positions of every node of a YAML tree, by dotted path (`budapest.events.signed`).
pub type PositionIndex = BTreeMap<String, Position>;

/// What kind of YAML value a node is, as serde_yaml would read it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Null,
    Boolean,
    Integer,
    Number,
    String,
    Array,
    Object,
}

impl Kind {
    fn of(node: &Node) -> Kind {
        match node {
            Node::Mapping(_) => Kind::Object,
            Node::Sequence(_) => Kind::Array,
            Node::Scalar(s) if !s.may_coerce() => Kind::String,
            Node::Scalar(s) => {
                let text = s.as_str();
                match text {
                    "" | "~" | "null" | "Null" | "NULL" => Kind::Null,
                    "true" | "True" | "TRUE" | "false" | "False" | "FALSE" => Kind::Boolean,
                    _ if text.parse::<i64>().is_ok() => Kind::Integer,
                    _ if text.parse::<f64>().is_ok() && text.chars().any(|c| c.is_ascii_digit()) => Kind::Number,
                    _ => Kind::String,
                }
            }
        }
    }

    fn name(self) -> &'static str {
        match self {
            Kind::Null => "nothing",
            Kind::Boolean => "a boolean",
            Kind::Integer => "an integer",
            Kind::Number => "a number",
            Kind::String => "text",
            Kind::Array => "a list",
            Kind::Object => "a mapping",
        }
    }

    fn schema_name(name: &str) -> &'static str {
        match name {
            "null" => "nothing",
            "boolean" => "`true` or `false`",
            "integer" => "an integer",
            "number" => "a number",
            "string" => "text",
            "array" => "a list",
            "object" => "a mapping",
            _ => "a value",
        }
    }

    fn accepted_by(self, name: &str) -> bool {
        matches!(
            (self, name),
            (Kind::Null, "null")
                | (Kind::Boolean, "boolean")
                | (Kind::Integer, "integer" | "number")
                | (Kind::Number, "number")
                | (Kind::String, "string")
                | (Kind::Array, "array")
                | (Kind::Object, "object")
        )
    }
}

pub fn position(node: &Node) -> Position {
    node.span()
        .start()
        .map(|m| Position::new(m.line(), m.column()))
        .unwrap_or_default()
}

fn join(path: &str, key: &str) -> String {
    if path.is_empty() {
        key.to_string()
    } else {
        format!("{path}.{key}")
    }
}

/// Walks a YAML tree against a JSON Schema.
pub struct ShapeCheck<'a> {
    root: &'a Value,
    file: &'a str,
    pub problems: Vec<Problem>,
    pub positions: PositionIndex,
}

impl<'a> ShapeCheck<'a> {
    pub fn new(root: &'a Value, file: &'a str) -> Self {
        ShapeCheck {
            root,
            file,
            problems: Vec::new(),
            positions: PositionIndex::new(),
        }
    }

    fn resolve(&self, schema: &'a Value) -> &'a Value {
        let mut schema = schema;
        for _ in 0..32 {
            match schema.get("$ref").and_then(Value::as_str) {
                Some(reference) => {
                    let name = reference.rsplit('/').next().unwrap_or_default();
                    match self.root.get("$defs").and_then(|d| d.get(name)) {
                        Some(target) => schema = target,
                        None => return schema,
                    }
                }
                None => return schema,
            }
        }
        schema
    }

    fn error(&mut self, node: &Node, message: String, help: Option<String>) {
        let mut problem = Problem::error(self.file, position(node), message);
        problem.help = help;
        self.problems.push(problem);
    }

    /// Checks `node` at `path` against `schema`, recording problems and positions.
    pub fn check(&mut self, schema: &'a Value, node: &Node, path: &str) {
        self.positions.entry(path.to_string()).or_insert_with(|| position(node));
        let schema = self.resolve(schema);
        if let Some(branches) = schema
            .get("anyOf")
            .or_else(|| schema.get("oneOf"))
            .and_then(Value::as_array)
        {
            self.check_any(branches, node, path);
            return;
        }
        let kind = Kind::of(node);
        if let Some(types) = schema.get("type") {
            let names: Vec<&str> = match types {
                Value::String(s) => vec![s.as_str()],
                Value::Array(a) => a.iter().filter_map(Value::as_str).collect(),
                _ => Vec::new(),
            };
            if !names.is_empty() && !names.iter().any(|n| kind.accepted_by(n)) {
                let wanted: Vec<&str> = names.iter().map(|n| Kind::schema_name(n)).collect();
                let help = (names.contains(&"string") && matches!(kind, Kind::Integer | Kind::Number | Kind::Boolean))
                    .then(|| "put the value in quotes to read it as text".to_string());
                self.error(
                    node,
                    format!("`{path}` should be {}, found {}", wanted.join(" or "), kind.name()),
                    help,
                );
                return;
            }
        }
        if let Some(allowed) = schema.get("enum").and_then(Value::as_array) {
            self.check_enum(allowed, node, path);
        }
        if let Some(constant) = schema.get("const").and_then(Value::as_str) {
            if node.as_scalar().map(|s| s.as_str()) != Some(constant) {
                self.error(node, format!("`{path}` must be `{constant}`"), None);
            }
        }
        if schema.get("format").and_then(Value::as_str) == Some("partial-date") {
            if let Some(scalar) = node.as_scalar() {
                if let Err(e) = scalar.as_str().parse::<PartialDate>() {
                    self.error(
                        node,
                        format!("`{path}`: {e}"),
                        Some("dates are written day last: `2014-11-23`, `2014-11` or `2014`".into()),
                    );
                }
            }
        }
        match node {
            Node::Mapping(map) => self.check_object(schema, map, path),
            Node::Sequence(seq) => {
                if let Some(items) = schema.get("items") {
                    for (i, item) in seq.iter().enumerate() {
                        self.check(items, item, &format!("{path}[{i}]"));
                    }
                }
            }
            Node::Scalar(_) => {}
        }
    }

    fn check_any(&mut self, branches: &'a [Value], node: &Node, path: &str) {
        let kind = Kind::of(node);
        let mut best: Option<(usize, Vec<Problem>, PositionIndex)> = None;
        for (i, branch) in branches.iter().enumerate() {
            let mut sub = ShapeCheck::new(self.root, self.file);
            sub.check(branch, node, path);
            if sub.problems.is_empty() {
                self.positions.extend(sub.positions);
                return;
            }
            let resolved = self.resolve(branch);
            let fits = branch_accepts(resolved, kind, self);
            if fits && best.is_none() {
                best = Some((i, sub.problems, sub.positions));
            }
        }
        match best {
            Some((_, problems, positions)) => {
                self.problems.extend(problems);
                self.positions.extend(positions);
            }
            None => {
                let wanted: Vec<&str> = branches
                    .iter()
                    .flat_map(|b| branch_kinds(self.resolve(b), self))
                    .filter(|w| *w != "nothing")
                    .collect::<std::collections::BTreeSet<_>>()
                    .into_iter()
                    .map(|w| if w == "a mapping" { "a mapping with `value:`" } else { w })
                    .collect();
                let help = wanted
                    .contains(&"`true` or `false`")
                    .then(|| "leave the key out when the source does not say".to_string());
                let message = format!("`{path}` should be {}, found {}", wanted.join(" or "), kind.name());
                self.error(node, message, help);
            }
        }
    }

    fn check_enum(&mut self, allowed: &[Value], node: &Node, path: &str) {
        let names: Vec<&str> = allowed.iter().filter_map(Value::as_str).collect();
        let text = node.as_scalar().map(|s| s.as_str()).unwrap_or_default();
        if !names.contains(&text) {
            let help = match did_you_mean(text, names.iter().copied()) {
                Some(close) => format!("did you mean `{close}`?"),
                None => format!(
                    "use one of: {}",
                    names.iter().map(|n| format!("`{n}`")).collect::<Vec<_>>().join(", ")
                ),
            };
            self.error(node, format!("`{text}` is not a known value for `{path}`"), Some(help));
        }
    }

    fn check_object(&mut self, schema: &'a Value, map: &marked_yaml::types::MarkedMappingNode, path: &str) {
        let properties = schema.get("properties").and_then(Value::as_object);
        let known = || properties.into_iter().flat_map(|p| p.keys().map(String::as_str));
        let additional = schema.get("additionalProperties");
        for (key, value) in map.iter() {
            let name = key.as_str();
            let child = join(path, name);
            self.positions.entry(child.clone()).or_insert_with(|| position(value));
            match properties.and_then(|p| p.get(name)) {
                Some(sub) => self.check(sub, value, &child),
                None => match additional {
                    Some(Value::Bool(false)) => {
                        let help = did_you_mean(name, known())
                            .map(|close| format!("did you mean `{close}`?"))
                            .unwrap_or_else(|| {
                                format!(
                                    "known keys here: {}",
                                    known().map(|k| format!("`{k}`")).collect::<Vec<_>>().join(", ")
                                )
                            });
                        let place = if path.is_empty() {
                            "at the top level".to_string()
                        } else {
                            format!("in `{path}`")
                        };
                        self.problems.push(
                            Problem::error(
                                self.file,
                                Position::new(
                                    key.span().start().map_or(0, |m| m.line()),
                                    key.span().start().map_or(0, |m| m.column()),
                                ),
                                format!("unknown key `{name}` {place}"),
                            )
                            .with_help(help),
                        );
                    }
                    Some(sub @ Value::Object(_)) => self.check(sub, value, &child),
                    _ => {}
                },
            }
        }
        if let Some(required) = schema.get("required").and_then(Value::as_array) {
            for name in required.iter().filter_map(Value::as_str) {
                if !map.contains_key(name) {
                    let place = if path.is_empty() {
                        "at the top level".to_string()
                    } else {
                        format!("in `{path}`")
                    };
                    self.problems.push(Problem::error(
                        self.file,
                        position_of_map(map),
                        format!("missing key `{name}` {place}"),
                    ));
                }
            }
        }
    }
}

fn position_of_map(map: &marked_yaml::types::MarkedMappingNode) -> Position {
    map.span()
        .start()
        .map(|m| Position::new(m.line(), m.column()))
        .unwrap_or_default()
}

fn branch_kinds(schema: &Value, walker: &ShapeCheck) -> Vec<&'static str> {
    if let Some(branches) = schema
        .get("anyOf")
        .or_else(|| schema.get("oneOf"))
        .and_then(Value::as_array)
    {
        return branches
            .iter()
            .flat_map(|b| branch_kinds(walker.resolve(b), walker))
            .collect();
    }
    if schema.get("enum").is_some() {
        return vec!["one of the known values"];
    }
    match schema.get("type") {
        Some(Value::String(s)) => vec![Kind::schema_name(s)],
        Some(Value::Array(a)) => a.iter().filter_map(Value::as_str).map(Kind::schema_name).collect(),
        _ => Vec::new(),
    }
}

fn branch_accepts(schema: &Value, kind: Kind, walker: &ShapeCheck) -> bool {
    if let Some(branches) = schema
        .get("anyOf")
        .or_else(|| schema.get("oneOf"))
        .and_then(Value::as_array)
    {
        return branches.iter().any(|b| branch_accepts(walker.resolve(b), kind, walker));
    }
    if schema.get("enum").is_some() {
        return matches!(kind, Kind::String);
    }
    match schema.get("type") {
        Some(Value::String(s)) => kind.accepted_by(s),
        Some(Value::Array(a)) => a.iter().filter_map(Value::as_str).any(|s| kind.accepted_by(s)),
        _ => true,
    }
}
