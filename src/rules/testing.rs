//! Rule tests as data: YAML cases in a pack's `tests/`, run against the
//! pack's rules, with the line coverage of each rule.
//!
//! Takes a loaded [`Pack`] (its `tests/*.yaml` files are in `pack.files`) and
//! gives a [`TestRun`]: one [`CaseResult`] per expected outcome, the problems
//! of the test files themselves, and a [`Coverage`] of the rules.
//!
//! A test file holds `cases`. Each case deep-merges a `profile` fragment over
//! a `base` profile (maps merge, everything else replaces), assesses it at
//! `as_of`, and checks the outcome (and optionally a message substring) of
//! the rules named in `expect`:
//!
//! ```yaml
//! cases:
//!   - name: designated contact point is met
//!     base: none              # default: a minimal profile of Testland (TL)
//!     as_of: 2020-01-01       # optional; also the minimal profile's date
//!     profile:
//!       contact_point: { designated: true, body: Cyber Unit }
//!     expect:
//!       budapest.art35.designated: met
//!       budapest.treaty.party: { outcome: no_data, message: "not known" }
//! ```
//!
//! `base` is a path relative to the test file. It is looked up among the
//! pack's own files first (`fixtures/mexico.yaml` next to the tests), then,
//! for a pack loaded from a folder, on disk.
//!
//! Coverage (see [`coverage`](super::coverage)) counts only what the cases
//! check: a rule's lines and outcomes count when they ran in a case that
//! names the rule in `expect`.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;
use std::sync::{Arc, Mutex};

use serde::Deserialize;
use serde_yaml::Value;

use crate::diag::{did_you_mean, Position, Problem};
use crate::engine::{self, Options, Outcome, ProfileInput};
use crate::profile::PartialDate;

use super::coverage::{self, HOOK};
use super::{sandbox, Pack, Rule};

/// The verdict of one expectation of one case.
#[derive(Debug, Clone, PartialEq)]
pub struct CaseResult {
    /// The test file, as shown to users.
    pub file: String,
    /// Line of the case's `- name:`.
    pub line: usize,
    pub case: String,
    pub rule: String,
    pub expected: Outcome,
    pub got: Outcome,
    /// A substring the message must contain.
    pub expected_message: Option<String>,
    pub got_message: String,
    pub passed: bool,
}

/// The results of running a pack's tests.
#[derive(Debug, Clone)]
pub struct TestRun {
    pub results: Vec<CaseResult>,
    /// Problems with the test files: bad YAML, unknown rule ids or outcomes,
    /// bases that cannot be found, merged profiles that are not valid.
    pub problems: Vec<Problem>,
    pub coverage: Coverage,
}

/// Line and outcome coverage of every rule of a pack.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Coverage {
    /// One entry per rule, by id.
    pub rules: Vec<RuleCoverage>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct RuleCoverage {
    pub id: String,
    pub file: String,
    /// Outcomes the cases checked and the rule produced.
    pub outcomes: Vec<Outcome>,
    /// Outcomes the rule can return (the outcome constructors it calls).
    pub returns: Vec<Outcome>,
    /// Statement lines that no checking case ran.
    pub uncovered_lines: Vec<usize>,
    /// Statement lines of the measured functions (all but `meta`).
    pub total_lines: usize,
    /// Whether any case names the rule in `expect`.
    pub tested: bool,
    /// False when the rule could not be measured (it does not compile, or its
    /// instrumented copy does not).
    pub measured: bool,
}

impl RuleCoverage {
    /// Outcomes the rule can return that no case checked.
    pub fn missing_outcomes(&self) -> Vec<Outcome> {
        self.returns
            .iter()
            .filter(|o| !self.outcomes.contains(o))
            .copied()
            .collect()
    }

    /// Tested, every statement line run, every outcome checked.
    pub fn complete(&self) -> bool {
        self.tested
            && self.measured
            && self.uncovered_lines.is_empty()
            && self.missing_outcomes().is_empty()
    }
}

impl Coverage {
    /// Share of statement lines run, across all rules, in percent.
    pub fn percent(&self) -> f64 {
        let total: usize = self.rules.iter().map(|r| r.total_lines).sum();
        let missed: usize = self.rules.iter().map(|r| r.uncovered_lines.len()).sum();
        if total == 0 {
            return 100.0;
        }
        ((total - missed) as f64 / total as f64 * 1000.0).round() / 10.0
    }

    /// Whether every rule is completely covered.
    pub fn complete(&self) -> bool {
        self.rules.iter().all(RuleCoverage::complete)
    }

    /// A line per rule, then the total.
    pub fn report(&self) -> String {
        let mut out = String::new();
        for r in &self.rules {
            let covered = r.total_lines - r.uncovered_lines.len();
            let mut line = format!("{:<48} {covered:>3}/{:<3} lines", r.id, r.total_lines);
            let outcomes: Vec<&str> = r.outcomes.iter().map(|o| o.as_str()).collect();
            line.push_str(&format!("  outcomes: {}", outcomes.join(", ")));
            if !r.tested {
                line.push_str("  [no case checks this rule]");
            } else if !r.measured {
                line.push_str("  [coverage unknown]");
            }
            if !r.uncovered_lines.is_empty() {
                let lines: Vec<String> = r.uncovered_lines.iter().map(|l| l.to_string()).collect();
                line.push_str(&format!("  [not run: {}:{}]", r.file, lines.join(",")));
            }
            let missing = r.missing_outcomes();
            if !missing.is_empty() {
                let names: Vec<&str> = missing.iter().map(|o| o.as_str()).collect();
                line.push_str(&format!("  [outcomes never checked: {}]", names.join(", ")));
            }
            out.push_str(line.trim_end());
            out.push('\n');
        }
        let complete = self.rules.iter().filter(|r| r.complete()).count();
        out.push_str(&format!(
            "coverage: {:.1}% of statement lines; {complete} of {} rules completely covered\n",
            self.percent(),
            self.rules.len()
        ));
        out
    }
}

impl TestRun {
    pub fn passed(&self) -> usize {
        self.results.iter().filter(|r| r.passed).count()
    }

    pub fn failed(&self) -> usize {
        self.results.len() - self.passed()
    }

    /// No failing case and no error in the test files.
    pub fn ok(&self) -> bool {
        self.failed() == 0 && !self.problems.iter().any(Problem::is_error)
    }

    /// A line per failing case and per problem, then `N passed, M failed`.
    pub fn report(&self) -> String {
        let mut out = String::new();
        for r in self.results.iter().filter(|r| !r.passed) {
            let expected = match &r.expected_message {
                Some(m) => format!("{} with a message containing {m:?}", r.expected.as_str()),
                None => r.expected.as_str().to_string(),
            };
            out.push_str(&format!(
                "{}:{}: case `{}`: rule {} expected {expected}, got {} ({:?})\n",
                r.file,
                r.line,
                r.case,
                r.rule,
                r.got.as_str(),
                r.got_message
            ));
        }
        for p in &self.problems {
            out.push_str(&format!("{p}\n"));
        }
        out.push_str(&format!(
            "{} passed, {} failed",
            self.passed(),
            self.failed()
        ));
        let errors = self.problems.iter().filter(|p| p.is_error()).count();
        if errors > 0 {
            out.push_str(&format!(", {errors} problem(s) in test files"));
        }
        out.push('\n');
        out
    }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct TestFile {
    cases: Vec<CaseSpec>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct CaseSpec {
    name: String,
    #[serde(default)]
    base: Option<String>,
    #[serde(default)]
    as_of: Option<Value>,
    #[serde(default)]
    profile: Option<Value>,
    expect: BTreeMap<String, Expectation>,
}

#[derive(Debug, Deserialize)]
#[serde(untagged)]
enum Expectation {
    Outcome(String),
    Detailed {
        outcome: String,
        #[serde(default)]
        message: Option<String>,
    },
}

/// Lines of a test file: each case's `- name:` line and its `expect` keys.
#[derive(Default)]
struct Lines {
    cases: Vec<Position>,
    expect: Vec<BTreeMap<String, Position>>,
}

fn lines_of(text: &str) -> Lines {
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

/// Runs every `tests/*.yaml` file of a pack.
pub fn run_pack_tests(pack: &Pack) -> TestRun {
    let harness = Harness::new(pack);
    let mut results = Vec::new();
    let mut problems = Vec::new();
    let mut seen: BTreeMap<String, Seen> = BTreeMap::new();
    let test_files = pack.files.iter().filter(|(name, _)| is_test_file(name));
    for (name, text) in test_files {
        run_file(&harness, name, text, &mut results, &mut problems, &mut seen);
    }
    crate::diag::sort(&mut problems);
    problems.extend(harness.problems.iter().cloned());
    let coverage = harness.coverage(&seen);
    TestRun {
        results,
        problems,
        coverage,
    }
}

fn is_test_file(name: &str) -> bool {
    name.strip_prefix("tests/").is_some_and(|rest| {
        !rest.contains('/') && (rest.ends_with(".yaml") || rest.ends_with(".yml"))
    })
}

/// What the checking cases saw of one rule.
#[derive(Default)]
struct Seen {
    outcomes: BTreeSet<Outcome>,
    lines: BTreeSet<usize>,
}

type Hits = Arc<Mutex<BTreeSet<(usize, usize)>>>;

/// The pack, instrumented for coverage.
struct Harness<'p> {
    pack: &'p Pack,
    measured: Pack,
    /// Per rule (in pack order): statement lines and outcomes it can return,
    /// `None` when it could not be measured.
    plans: Vec<Option<coverage::Instrumented>>,
    hits: Hits,
    problems: Vec<Problem>,
}

impl<'p> Harness<'p> {
    fn new(pack: &'p Pack) -> Self {
        let hits: Hits = Arc::default();
        let mut engine = sandbox::build_engine(&pack.limits);
        let sink = hits.clone();
        engine.register_fn(HOOK, move |rule: i64, line: i64| {
            if let Ok(mut set) = sink.lock() {
                set.insert((rule as usize, line as usize));
            }
        });
        let mut problems = Vec::new();
        let mut plans = Vec::new();
        let mut rules = Vec::new();
        for (index, rule) in pack.rules.iter().enumerate() {
            let (rule, plan) = instrument_rule(&engine, index, rule, &mut problems);
            rules.push(rule);
            plans.push(plan);
        }
        let measured = Pack {
            dir: pack.dir.clone(),
            meta: pack.meta.clone(),
            rules,
            engine,
            limits: pack.limits,
            digest: pack.digest.clone(),
            problems: Vec::new(),
            files: Vec::new(),
        };
        Harness {
            pack,
            measured,
            plans,
            hits,
            problems,
        }
    }

    fn coverage(&self, seen: &BTreeMap<String, Seen>) -> Coverage {
        let rules = self
            .pack
            .rules
            .iter()
            .zip(&self.plans)
            .map(|(rule, plan)| {
                let mine = seen.get(&rule.meta.id);
                let (lines, returns) = plan
                    .as_ref()
                    .map(|p| (p.lines.clone(), p.returns.clone()))
                    .unwrap_or_default();
                RuleCoverage {
                    id: rule.meta.id.clone(),
                    file: rule.file.clone(),
                    outcomes: mine
                        .map(|s| s.outcomes.iter().copied().collect())
                        .unwrap_or_default(),
                    returns,
                    uncovered_lines: lines
                        .iter()
                        .filter(|l| !mine.is_some_and(|s| s.lines.contains(l)))
                        .copied()
                        .collect(),
                    total_lines: lines.len(),
                    tested: mine.is_some(),
                    measured: plan.is_some(),
                }
            })
            .collect();
        Coverage { rules }
    }
}

fn instrument_rule(
    engine: &rhai::Engine,
    index: usize,
    rule: &Rule,
    problems: &mut Vec<Problem>,
) -> (Rule, Option<coverage::Instrumented>) {
    if rule.ast.is_none() {
        return (rule.clone(), None);
    }
    let plan = coverage::instrument(&rule.source, index);
    match engine.compile(&plan.source) {
        Ok(mut ast) => {
            ast.set_source(rule.file.as_str());
            let mut measured = rule.clone();
            measured.ast = Some(ast);
            (measured, Some(plan))
        }
        Err(e) => {
            problems.push(Problem::warning(
                &rule.file,
                super::position(e.position()),
                format!("coverage cannot be measured for this rule: its instrumented copy does not compile ({})", e.err_type()),
            ));
            (rule.clone(), None)
        }
    }
}

/// The minimal valid profile cases start from by default.
fn minimal_profile(as_of: &str) -> String {
    format!(
        "schema: gapwise/profile/v1\ncountry: {{name: Testland, iso2: TL}}\nsnapshot: {{as_of: \"{as_of}\"}}\n"
    )
}

/// Joins `base` to the folder of `test` (both within the pack), resolving `..`.
fn join_relative(test: &str, base: &str) -> String {
    let mut parts: Vec<&str> = test.split('/').collect();
    parts.pop();
    for part in base.split('/') {
        match part {
            "" | "." => {}
            ".." => {
                if parts.last().map_or(true, |p| *p == "..") {
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

fn read_base(pack: &Pack, test: &str, base: &str) -> Result<String, String> {
    let joined = join_relative(test, base);
    if let Some((_, text)) = pack.files.iter().find(|(name, _)| *name == joined) {
        return Ok(text.clone());
    }
    if pack.dir.starts_with("bundled:") {
        return Err(format!(
            "base profile `{base}` is not a file of the bundled pack"
        ));
    }
    let path = Path::new(&pack.dir).join(&joined);
    std::fs::read_to_string(&path)
        .map_err(|e| format!("cannot read base profile `{}`: {e}", path.display()))
}

/// Deep merge: maps merge key by key, anything else replaces.
fn merge(base: &mut Value, fragment: &Value) {
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

fn scalar_text(value: &Value) -> String {
    match value {
        Value::String(s) => s.clone(),
        Value::Number(n) => n.to_string(),
        other => serde_yaml::to_string(other)
            .unwrap_or_default()
            .trim()
            .to_string(),
    }
}

fn run_file(
    harness: &Harness,
    name: &str,
    text: &str,
    results: &mut Vec<CaseResult>,
    problems: &mut Vec<Problem>,
    seen: &mut BTreeMap<String, Seen>,
) {
    let pack = harness.pack;
    let file = format!("{}/{name}", pack.dir.trim_end_matches('/'));
    let spec: TestFile = match serde_yaml::from_str(text) {
        Ok(spec) => spec,
        Err(e) => {
            let position = e
                .location()
                .map(|l| Position::new(l.line(), l.column()))
                .unwrap_or_default();
            problems.push(
                Problem::error(&file, position, format!("not a valid test file: {e}"))
                    .with_help("a test file is `cases:`, a list of `name`, `base`, `as_of`, `profile` and `expect`"),
            );
            return;
        }
    };
    let lines = lines_of(text);
    for (i, case) in spec.cases.iter().enumerate() {
        let at = lines.cases.get(i).copied().unwrap_or_default();
        let line = at.line;
        let no_keys = BTreeMap::new();
        let keys = lines.expect.get(i).unwrap_or(&no_keys);
        let bad =
            |message: String| Problem::error(&file, at, format!("case `{}`: {message}", case.name));
        let as_of = case.as_of.as_ref().map(scalar_text);
        let as_of_date = match as_of.as_deref().map(str::parse::<PartialDate>) {
            None => None,
            Some(Ok(d)) => Some(d),
            Some(Err(e)) => {
                problems.push(bad(format!("`as_of` is not a date: {e}")));
                continue;
            }
        };
        let base_text = match case.base.as_deref() {
            None | Some("none") => minimal_profile(as_of.as_deref().unwrap_or("2020-01-01")),
            Some(base) => match read_base(pack, name, base) {
                Ok(text) => text,
                Err(message) => {
                    problems.push(bad(message));
                    continue;
                }
            },
        };
        let mut merged: Value = match serde_yaml::from_str(&base_text) {
            Ok(v) => v,
            Err(e) => {
                problems.push(bad(format!("the base profile is not valid YAML: {e}")));
                continue;
            }
        };
        if let Some(fragment) = &case.profile {
            merge(&mut merged, fragment);
        }
        let merged_text = serde_yaml::to_string(&merged).unwrap_or_default();
        let profile_name = format!("{file}#{}", case.name);
        let checked = crate::profile::check(&profile_name, &merged_text);
        let Some(profile) = checked.profile else {
            let reasons: Vec<String> = checked
                .problems
                .iter()
                .filter(|p| p.is_error())
                .map(|p| p.message.clone())
                .collect();
            problems.push(
                bad(format!(
                    "the merged profile is not valid: {}",
                    reasons.join("; ")
                ))
                .with_help(
                    "fix the case's `profile` fragment (or its base) so that it is a valid profile",
                ),
            );
            continue;
        };
        let mut expected = Vec::new();
        for (rule_id, expectation) in &case.expect {
            let key_at = keys.get(rule_id).copied().unwrap_or(at);
            let (outcome, message) = match expectation {
                Expectation::Outcome(o) => (o, None),
                Expectation::Detailed { outcome, message } => (outcome, message.clone()),
            };
            let Some(outcome) = Outcome::parse(outcome) else {
                let names: Vec<&str> = Outcome::ALL.iter().map(|o| o.as_str()).collect();
                problems.push(
                    Problem::error(
                        &file,
                        key_at,
                        format!("case `{}`: `{outcome}` is not an outcome", case.name),
                    )
                    .with_help(format!("use one of: {}", names.join(", "))),
                );
                continue;
            };
            if pack.rule(rule_id).is_none() {
                let mut problem = Problem::error(
                    &file,
                    key_at,
                    format!("case `{}`: the pack has no rule `{rule_id}`", case.name),
                );
                if let Some(close) =
                    did_you_mean(rule_id, pack.rules.iter().map(|r| r.meta.id.as_str()))
                {
                    problem = problem.with_help(format!("did you mean `{close}`?"));
                }
                problems.push(problem);
                continue;
            }
            expected.push((rule_id, outcome, message));
        }
        if let Ok(mut hits) = harness.hits.lock() {
            hits.clear();
        }
        let input = ProfileInput::new(&profile_name, &merged_text, profile);
        let options = Options { as_of: as_of_date };
        let assessment = engine::assess(&harness.measured, &input, &options);
        let hits = harness.hits.lock().map(|h| h.clone()).unwrap_or_default();
        for (rule_id, outcome, message) in expected {
            let Some(got) = assessment.criterion(rule_id) else {
                continue;
            };
            let passed = got.outcome == outcome
                && message
                    .as_ref()
                    .map_or(true, |m| got.message.contains(m.as_str()));
            let index = pack.rules.iter().position(|r| &r.meta.id == rule_id);
            let entry = seen.entry(rule_id.clone()).or_default();
            entry.outcomes.insert(got.outcome);
            entry.lines.extend(
                hits.iter()
                    .filter(|(rule, _)| Some(*rule) == index)
                    .map(|(_, line)| *line),
            );
            results.push(CaseResult {
                file: file.clone(),
                line,
                case: case.name.clone(),
                rule: rule_id.clone(),
                expected: outcome,
                got: got.outcome,
                expected_message: message,
                got_message: got.message.clone(),
                passed,
            });
        }
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
        let mut base: Value = serde_yaml::from_str("a: {b: 1, c: [1, 2]}\nd: x\n").unwrap();
        let fragment: Value = serde_yaml::from_str("a: {c: [3], e: 2}\n").unwrap();
        merge(&mut base, &fragment);
        let want: Value = serde_yaml::from_str("a: {b: 1, c: [3], e: 2}\nd: x\n").unwrap();
        assert_eq!(base, want);
    }
}
