//! What the cases covered: per rule, the outcomes produced and the
//! statement lines never run, and the account printed by `rules test --coverage`.

use crate::rules::outcome::Outcome;

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
        self.tested && self.measured && self.uncovered_lines.is_empty() && self.missing_outcomes().is_empty()
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
