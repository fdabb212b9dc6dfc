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
//!       budapest.art35.point_of_contact: met
//!       budapest.treaty.party_in_force: { outcome: no_data, message: "not known" }
//! ```
//!
//! `base` is a path relative to the test file. It is looked up among the
//! pack's own files first (`fixtures/mexico.yaml` next to the tests), then,
//! for a pack loaded from a folder, on disk.
//!
//! Coverage (see [`coverage`](crate::rules::coverage)) counts only what the cases
//! check: a rule's lines and outcomes count when they ran in a case that
//! names the rule in `expect`.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::{Arc, Mutex};

use serde_yaml::Value;

use crate::diag::{did_you_mean, Position, Problem};
use crate::engine::{self, Options, Outcome, ProfileInput};
use crate::profile::PartialDate;

pub use crate::rules::coverage::{Coverage, RuleCoverage};

use crate::rules::coverage::{self, HOOK};
use crate::rules::{sandbox, Pack, Rule};

mod cases;

use cases::{lines_of, merge, minimal_profile, read_base, scalar_text, Expectation, TestFile};

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
        out.push_str(&format!("{} passed, {} failed", self.passed(), self.failed()));
        let errors = self.problems.iter().filter(|p| p.is_error()).count();
        if errors > 0 {
            out.push_str(&format!(", {errors} problem(s) in test files"));
        }
        out.push('\n');
        out
    }
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
    name.strip_prefix("tests/")
        .is_some_and(|rest| !rest.contains('/') && (rest.ends_with(".yaml") || rest.ends_with(".yml")))
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
                    outcomes: mine.map(|s| s.outcomes.iter().copied().collect()).unwrap_or_default(),
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
                crate::rules::position(e.position()),
                format!(
                    "coverage cannot be measured for this rule: its instrumented copy does not compile ({})",
                    e.err_type()
                ),
            ));
            (rule.clone(), None)
        }
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
    if let Err(problem) = crate::yaml_guard::check(&file, text) {
        problems.push(problem);
        return;
    }
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
        let bad = |message: String| Problem::error(&file, at, format!("case `{}`: {message}", case.name));
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
        if let Err(problem) = crate::yaml_guard::check("the base profile", &base_text) {
            problems.push(bad(problem.to_string()));
            continue;
        }
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
                bad(format!("the merged profile is not valid: {}", reasons.join("; ")))
                    .with_help("fix the case's `profile` fragment (or its base) so that it is a valid profile"),
            );
            continue;
        };
        let mut expected = Vec::new();
        for (rule_id, expectation) in &case.expect {
            let key_at = keys.get(rule_id).copied().unwrap_or(at);
            let (outcome, message) = match expectation {
                Expectation::Outcome(o) => (o, None),
                Expectation::Detailed(d) => (&d.outcome, d.message.clone()),
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
                if let Some(close) = did_you_mean(rule_id, pack.rules.iter().map(|r| r.meta.id.as_str())) {
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
        let options = Options {
            as_of: as_of_date,
            waivers: None,
        };
        let assessment = engine::assess(&harness.measured, &input, &options);
        let hits = harness.hits.lock().map(|h| h.clone()).unwrap_or_default();
        for (rule_id, outcome, message) in expected {
            let Some(got) = assessment.criterion(rule_id) else {
                continue;
            };
            let passed = got.outcome == outcome && message.as_ref().is_none_or(|m| got.message.contains(m.as_str()));
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
