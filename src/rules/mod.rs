//! Rule packs: discovery, compilation and the sandboxed engine.
//!
//! Takes a pack folder (or a bundled pack) and gives a [`Pack`]: its
//! `pack.yaml`, every rule compiled once, and the one engine they run in. A
//! rule that does not compile or whose `meta()` is wrong stays in the pack
//! with its failure, so that evaluation reports it as `error` and runs the rest.

pub mod api;
pub mod bundled;
pub mod coverage;
mod folder;
pub mod helpers;
pub mod index;
pub mod limits;
pub mod lint;
pub mod meta;
pub mod outcome;
mod pack_checks;
pub mod sandbox;
pub mod scaffold;
pub mod standing;
pub mod translations;
pub mod view;

use std::path::Path;

use rhai::{Engine, EvalAltResult, Position as RhaiPosition, AST};
use sha2::{Digest, Sha256};

use crate::diag::{Position, Problem};
use outcome::RuleFailure;

pub use limits::Limits;
pub use meta::{PackMeta, RuleMeta};

/// A pack that cannot be used at all.
#[derive(Debug, thiserror::Error)]
pub enum PackError {
    #[error("cannot read pack `{dir}`: {message}")]
    Read { dir: String, message: String },
    #[error("no pack named `{0}`: give a folder with a `pack.yaml`, or one of the bundled packs ({1})")]
    Unknown(String, String),
    #[error("`{file}` is not a valid pack: {} error(s)", problems.iter().filter(|p| p.is_error()).count())]
    Invalid {
        file: String,
        problems: Vec<Problem>,
        /// The text of each file the problems are about, to show their lines.
        sources: Vec<(String, String)>,
    },
}

/// One rule of a pack.
#[derive(Debug, Clone)]
pub struct Rule {
    /// Path shown to users (`rules/budapest/art35_designated.rhai`).
    pub file: String,
    pub source: String,
    pub meta: RuleMeta,
    /// The compiled rule; `None` when it failed to load (see `failure`).
    pub ast: Option<AST>,
    pub failure: Option<RuleFailure>,
}

/// A loaded pack, ready to evaluate.
pub struct Pack {
    /// Where the pack came from (`rules/budapest`, or `bundled:budapest`).
    pub dir: String,
    pub meta: PackMeta,
    /// Rules sorted by id.
    pub rules: Vec<Rule>,
    pub engine: Engine,
    pub limits: Limits,
    /// `sha256:` digest of every file of the pack.
    pub digest: String,
    /// Problems found while loading (invalid `meta()`, compile errors).
    pub problems: Vec<Problem>,
    /// Other files of the pack (tests), as (path within the pack, text).
    pub files: Vec<(String, String)>,
}

impl std::fmt::Debug for Pack {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Pack")
            .field("dir", &self.dir)
            .field("rules", &self.rules.len())
            .finish()
    }
}

impl Rule {
    /// Where `fn check` starts: the place to report a failure that Rhai gives
    /// no position for (budgets, stack depth and sizes are reported at the
    /// outermost call, which has none).
    pub fn check_position(&self) -> Position {
        line_of(&self.source, "", "fn check")
    }
}

impl Pack {
    /// Loads a pack: a folder path when it exists, else a bundled pack name.
    ///
    /// A bare bundled name (`budapest`) always means the bundled pack, even
    /// when a folder of that name exists; name the folder by a path
    /// (`./budapest`). See [`bundled::shadow_note`].
    pub fn resolve(spec: &str) -> Result<Pack, PackError> {
        if bundled::is_bundled_name(spec) {
            if let Some(files) = bundled::pack_files(spec) {
                return Pack::from_files(&format!("bundled:{spec}"), files);
            }
        }
        let path = Path::new(spec);
        if path.join("pack.yaml").is_file() {
            return Pack::from_dir(path);
        }
        if path.is_dir() {
            return Err(PackError::Read {
                dir: spec.to_string(),
                message: "it has no `pack.yaml`".into(),
            });
        }
        match bundled::pack_files(spec) {
            Some(files) => Pack::from_files(&format!("bundled:{spec}"), files),
            None => Err(PackError::Unknown(spec.to_string(), bundled::pack_names().join(", "))),
        }
    }

    /// Loads the bundled default pack.
    pub fn bundled_default() -> Result<Pack, PackError> {
        Pack::resolve(bundled::DEFAULT_PACK)
    }

    pub fn from_dir(dir: &Path) -> Result<Pack, PackError> {
        let mut files = Vec::new();
        folder::read_tree(dir, &mut files).map_err(|e| PackError::Read {
            dir: dir.display().to_string(),
            message: e.to_string(),
        })?;
        files.sort();
        Pack::from_files(&dir.display().to_string(), files)
    }

    /// Builds a pack from its files: (path within the pack, text).
    pub fn from_files(dir: &str, files: Vec<(String, String)>) -> Result<Pack, PackError> {
        let shown = |name: &str| format!("{}/{name}", dir.trim_end_matches('/'));
        let pack_file = shown("pack.yaml");
        let pack_text = files
            .iter()
            .find(|(n, _)| n == "pack.yaml")
            .map(|(_, t)| t.as_str())
            .ok_or_else(|| PackError::Read {
                dir: dir.to_string(),
                message: "it has no `pack.yaml`".into(),
            })?;
        let invalid = |problems: Vec<Problem>| {
            let sources = files
                .iter()
                .map(|(name, text)| (shown(name), text))
                .filter(|(name, _)| problems.iter().any(|p| &p.file == name))
                .map(|(name, text)| (name, text.clone()))
                .collect();
            PackError::Invalid {
                file: pack_file.clone(),
                problems,
                sources,
            }
        };
        crate::yaml_guard::check(&pack_file, pack_text).map_err(|p| invalid(vec![p]))?;
        let meta: PackMeta = serde_yaml::from_str(pack_text).map_err(|e| {
            let position = e
                .location()
                .map(|l| Position::new(l.line(), l.column()))
                .unwrap_or_default();
            invalid(vec![Problem::error(&pack_file, position, e.to_string())])
        })?;
        let mut problems = Vec::new();
        if meta.schema != meta::PACK_V1 {
            problems.push(
                Problem::error(
                    &pack_file,
                    Position::new(1, 1),
                    format!("unknown pack schema `{}`", meta.schema),
                )
                .with_help("write `schema: gapwise/pack/v1`"),
            );
        }
        if meta.areas.is_empty() {
            problems.push(Problem::error(
                &pack_file,
                Position::default(),
                "the pack declares no `areas`",
            ));
        }
        problems.extend(pack_checks::check_areas(&pack_file, pack_text, &meta));
        problems.extend(index::check_pack(&pack_file, &meta));
        if problems.iter().any(Problem::is_error) {
            return Err(invalid(problems));
        }
        let (limits, lowered) = meta.limits.clamped();
        for name in lowered {
            problems.push(Problem::warning(
                &pack_file,
                line_of(pack_text, "limits:", &format!("{name}:")),
                format!("`limits.{name}` is above the hard maximum and was lowered to it"),
            ));
        }
        let engine = sandbox::build_engine(&limits);
        let mut rules = Vec::new();
        let mut others = Vec::new();
        for (name, text) in &files {
            if name.ends_with(".rhai") && !name.contains('/') {
                let (rule, rule_problems) = load_rule(&engine, &limits, &meta, &shown(name), text);
                problems.extend(rule_problems);
                rules.push(rule);
            } else if name != "pack.yaml" {
                others.push((name.clone(), text.clone()));
            }
        }
        rules.sort_by(|a, b| natural_cmp(&a.meta.id, &b.meta.id).then(a.file.cmp(&b.file)));
        let mut duplicates = false;
        for pair in rules.windows(2) {
            if pair[0].meta.id == pair[1].meta.id {
                duplicates = true;
                problems.push(
                    Problem::error(
                        &pair[1].file,
                        line_of(&pair[1].source, "fn meta", "id:"),
                        format!("id `{}` is also used by `{}`", pair[1].meta.id, pair[0].file),
                    )
                    .with_help("ids must be unique within a pack"),
                );
            }
        }
        crate::diag::sort(&mut problems);
        if duplicates {
            return Err(invalid(problems));
        }
        Ok(Pack {
            dir: dir.to_string(),
            meta,
            rules,
            engine,
            limits,
            digest: digest(&files),
            problems,
            files: others,
        })
    }

    /// The bundled pack this one is a changed copy of: same id as a bundled
    /// pack, different files. `None` for the bundled pack itself, an
    /// unchanged copy, or a pack of another id.
    pub fn modified_from(&self) -> Option<String> {
        let name = bundled::pack_names().into_iter().find(|n| *n == self.meta.id)?;
        bundled::digest(&name).is_some_and(|d| d != self.digest).then_some(name)
    }

    /// The version as reports show it: `1.0.0`, or for a changed copy of a
    /// bundled pack `1.0.0 (modified, sha256:1a2b3c4d)`.
    pub fn version_label(&self) -> String {
        match self.modified_from() {
            Some(_) => {
                let short = self.digest.get(..15).unwrap_or(&self.digest);
                format!("{} (modified, {short})", self.meta.version)
            }
            None => self.meta.version.clone(),
        }
    }

    /// Every file of a pack, as (path within the pack, text): a bundled
    /// pack's or a folder's, to copy it (`gapwise rules init`).
    pub fn source_files(spec: &str) -> Result<Vec<(String, String)>, PackError> {
        if bundled::is_bundled_name(spec) {
            if let Some(files) = bundled::pack_files(spec) {
                return Ok(files);
            }
        }
        let path = Path::new(spec);
        if !path.join("pack.yaml").is_file() {
            return Err(PackError::Unknown(spec.to_string(), bundled::pack_names().join(", ")));
        }
        let mut files = Vec::new();
        folder::read_tree(path, &mut files).map_err(|e| PackError::Read {
            dir: spec.to_string(),
            message: e.to_string(),
        })?;
        files.sort();
        Ok(files)
    }

    pub fn rule(&self, id: &str) -> Option<&Rule> {
        self.rules.iter().find(|r| r.meta.id == id)
    }
}

/// `sha256:` digest of a set of named files.
pub fn digest(files: &[(String, String)]) -> String {
    let mut hasher = Sha256::new();
    for (name, text) in files {
        hasher.update(name.as_bytes());
        hasher.update([0]);
        hasher.update(text.as_bytes());
        hasher.update([0]);
    }
    format!("sha256:{:x}", hasher.finalize())
}

/// The line of `needle` in `text` at or after the line of `after`, 1-based.
fn position_of_offset(text: &str, offset: usize) -> Position {
    let line = text[..offset].matches('\n').count() + 1;
    let column = offset - text[..offset].rfind('\n').map_or(0, |n| n + 1) + 1;
    Position::new(line, column)
}

pub fn line_of(text: &str, after: &str, needle: &str) -> Position {
    let start = text.find(after).unwrap_or(0);
    match text[start..].find(needle) {
        Some(i) => position_of_offset(text, start + i),
        None => Position::default(),
    }
}

fn fallback_meta(file: &str) -> RuleMeta {
    let stem = Path::new(file)
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    RuleMeta {
        id: stem.clone(),
        title: format!("rule `{stem}`"),
        reference: String::new(),
        area: String::new(),
        severity: "info".into(),
        weight: 1.0,
        stage: None,
        recommendation: String::new(),
        note: None,
        scored: true,
        partial_stage: None,
        pillar: None,
        factor: None,
        messages: Default::default(),
    }
}

/// Turns a Rhai position into ours.
pub fn position(pos: RhaiPosition) -> Position {
    Position::new(pos.line().unwrap_or(0), pos.position().unwrap_or(0))
}

/// The innermost error of a chain of function calls, and where it happened.
pub fn innermost(error: &EvalAltResult) -> (&EvalAltResult, RhaiPosition) {
    match error {
        EvalAltResult::ErrorInFunctionCall(_, _, inner, pos) => {
            let (e, p) = innermost(inner);
            if p.is_none() {
                (e, *pos)
            } else {
                (e, p)
            }
        }
        other => (other, other.position()),
    }
}

/// A user-facing message for a rule's runtime error.
pub fn describe(error: &EvalAltResult, limits: &Limits) -> String {
    match error {
        EvalAltResult::ErrorTerminated(token, _) if token.to_string() == sandbox::TIMEOUT_TOKEN => {
            format!(
                "the rule ran past its time budget of {} ms of processor time",
                limits.timeout_ms
            )
        }
        EvalAltResult::ErrorTooManyOperations(_) => {
            format!("the rule ran past its budget of {} operations", limits.max_operations)
        }
        EvalAltResult::ErrorStackOverflow(_) => {
            format!("the rule nested calls deeper than {} levels", limits.max_call_levels)
        }
        EvalAltResult::ErrorDataTooLarge(what, _) => {
            format!("the rule built a value too large: {what}")
        }
        EvalAltResult::ErrorModuleNotFound(name, _) => {
            format!("rules may not import modules or files (`{name}`)")
        }
        EvalAltResult::ErrorFunctionNotFound(signature, _) => {
            format!("no function or operator matches `{signature}`")
        }
        other if other.to_string().contains("for type 'Record'") => {
            "the profile is read-only: it cannot be changed".to_string()
        }
        other => {
            let text = other.to_string();
            text.split(" (line ").next().unwrap_or(&text).to_string()
        }
    }
}

/// A user-facing message for a rule's runtime error at `pos` of `source`:
/// reading a field or an index of `()` names the expression that gave `()`
/// (`p.legislaton`), so the author sees which field is missing.
pub fn describe_in(error: &EvalAltResult, limits: &Limits, source: &str, pos: Position) -> String {
    let text = error.to_string();
    let on_unit = match error {
        EvalAltResult::ErrorIndexingType(what, _) => what.starts_with("()"),
        _ => text.contains("for type '()'") || text.contains("type '()'"),
    };
    let what = match error {
        EvalAltResult::ErrorIndexingType(..) => "index",
        _ => "field",
    };
    let read = expression_before(source, pos);
    match (on_unit, read) {
        (true, Some(read)) => format!(
            "`{read}` is `()` (no such field in the profile, or the fact is unknown), so it has no {what} to read: \
             check the name (`gapwise rules lint` names misspelt fields) or test `{read} == ()` first"
        ),
        _ => describe(error, limits),
    }
}

/// The chain of names that ends just before column `pos.column` of line
/// `pos.line` (`p.legislaton` before `["11"]`).
fn expression_before(source: &str, pos: Position) -> Option<String> {
    let line = source.lines().nth(pos.line.checked_sub(1)?)?;
    let chars: Vec<char> = line.chars().collect();
    let end = pos.column.checked_sub(1)?.min(chars.len());
    let start = (0..end)
        .rev()
        .take_while(|&i| chars[i].is_alphanumeric() || "_.[]\"".contains(chars[i]))
        .last()?;
    let read: String = chars[start..end].iter().collect();
    let read = read.trim_start_matches('.').to_string();
    (!read.is_empty()).then_some(read)
}

/// A user-facing message for a rule that does not compile; the sandbox's
/// disabled keywords get their own.
fn compile_message(error: &str) -> String {
    if error.contains("'import'") {
        "the rule does not compile: rules may not import modules or files (`import` is disabled)".into()
    } else if error.contains("'eval'") {
        "the rule does not compile: rules may not call `eval` (it is disabled)".into()
    } else {
        format!("the rule does not compile: {error}")
    }
}

fn failure(file: &str, position: Position, message: String) -> RuleFailure {
    RuleFailure {
        file: file.to_string(),
        line: position.line,
        column: position.column,
        message,
    }
}

fn load_rule(engine: &Engine, limits: &Limits, pack: &PackMeta, file: &str, text: &str) -> (Rule, Vec<Problem>) {
    let mut rule = Rule {
        file: file.to_string(),
        source: text.to_string(),
        meta: fallback_meta(file),
        ast: None,
        failure: None,
    };
    let mut problems = Vec::new();
    if text.len() > limits::MAX_RULE_FILE {
        let message = format!(
            "the rule file is {} bytes; a rule may be at most {} bytes",
            text.len(),
            limits::MAX_RULE_FILE
        );
        let pos = Position::new(1, 1);
        problems.push(
            Problem::error(file, pos, message.clone()).with_help("split the rule, or move data into the profile"),
        );
        rule.failure = Some(failure(file, pos, message));
        return (rule, problems);
    }
    if let Some(offset) = text.find(coverage::HOOK) {
        let pos = position_of_offset(text, offset);
        let message = format!(
            "`{}` is reserved for test coverage and may not appear in a rule",
            coverage::HOOK
        );
        problems.push(Problem::error(file, pos, message.clone()));
        rule.failure = Some(failure(file, pos, message));
        return (rule, problems);
    }
    let mut ast = match engine.compile(text) {
        Ok(ast) => ast,
        Err(e) => {
            let pos = position(e.position());
            let message = compile_message(&e.err_type().to_string());
            problems.push(Problem::error(file, pos, message.clone()));
            rule.failure = Some(failure(file, pos, message));
            return (rule, problems);
        }
    };
    ast.set_source(file);
    let has = |name: &str, params: usize| ast.iter_functions().any(|f| f.name == name && f.params.len() == params);
    if !has("check", 1) {
        let message = "the rule has no `fn check(p)` taking one parameter".to_string();
        problems.push(
            Problem::error(file, Position::new(1, 1), message.clone())
                .with_help("add `fn check(p) { ... }` returning `met(...)`, `not_met(...)` or another outcome"),
        );
        rule.failure = Some(failure(file, Position::new(1, 1), message));
    }
    if !has("meta", 0) {
        let message = "the rule has no `fn meta()`".to_string();
        problems.push(Problem::error(file, Position::new(1, 1), message.clone()).with_help("add `fn meta() { #{ id: ..., title: ..., reference: ..., area: ..., severity: ..., weight: ..., recommendation: ... } }`"));
        rule.failure = Some(failure(file, Position::new(1, 1), message));
        return (rule, problems);
    }
    let options = rhai::CallFnOptions::new().eval_ast(false);
    let value = sandbox::with_deadline(limits, || {
        engine.call_fn_with_options::<rhai::Dynamic>(options, &mut rhai::Scope::new(), &ast, "meta", ())
    });
    let meta_pos = line_of(text, "", "fn meta");
    match value {
        Err(e) => {
            let (inner, pos) = innermost(&e);
            let pos = if pos.is_none() { meta_pos } else { position(pos) };
            let message = format!("`meta()` failed: {}", describe(inner, limits));
            problems.push(Problem::error(file, pos, message.clone()));
            rule.failure = Some(failure(file, pos, message));
        }
        Ok(value) => match meta::read_meta(&value, pack) {
            Ok(meta) => rule.meta = meta,
            Err(meta_problems) => {
                if let Some(id) = value
                    .read_lock::<rhai::Map>()
                    .and_then(|m| m.get("id").map(|v| v.to_string()))
                {
                    rule.meta.id = id;
                }
                for p in &meta_problems {
                    let pos = p
                        .key
                        .as_deref()
                        .map(|k| line_of(text, "fn meta", &format!("{k}:")))
                        .filter(|p| p.line > 0)
                        .unwrap_or(meta_pos);
                    let mut problem = Problem::error(file, pos, p.message.clone());
                    problem.help = p.help.clone();
                    problems.push(problem);
                }
                let message = meta_problems
                    .iter()
                    .map(|p| p.message.clone())
                    .collect::<Vec<_>>()
                    .join("; ");
                rule.failure = Some(failure(file, meta_pos, format!("invalid `meta()`: {message}")));
            }
        },
    }
    if rule.failure.is_none() {
        rule.ast = Some(ast);
    }
    (rule, problems)
}

/// Orders ids so that numbers compare as numbers: `art2` before `art10`.
pub fn natural_cmp(a: &str, b: &str) -> std::cmp::Ordering {
    fn key(text: &str) -> Vec<(String, u64)> {
        let mut parts = Vec::new();
        let mut chars = text.chars().peekable();
        while chars.peek().is_some() {
            let word: String = std::iter::from_fn(|| chars.next_if(|c| !c.is_ascii_digit())).collect();
            let digits: String = std::iter::from_fn(|| chars.next_if(char::is_ascii_digit)).collect();
            parts.push((word, digits.parse().unwrap_or(0)));
        }
        parts
    }
    key(a).cmp(&key(b)).then_with(|| a.cmp(b))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_sort_naturally() {
        let mut ids = vec![
            "budapest.art10.x",
            "budapest.art2.y",
            "budapest.art15.z",
            "budapest.art2.a",
        ];
        ids.sort_by(|a, b| natural_cmp(a, b));
        assert_eq!(
            ids,
            vec![
                "budapest.art2.a",
                "budapest.art2.y",
                "budapest.art10.x",
                "budapest.art15.z"
            ]
        );
    }
}
