//! The results of assessing profiles: a public, versioned format
//! (`schema: gapwise/results/v1`) that reports render from and that
//! `gapwise report` re-renders without evaluating again.

use serde::{Deserialize, Serialize};

/// Tag of the results format.
pub const RESULTS_V1: &str = "gapwise/results/v1";

/// The verdict of one criterion on one profile.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    Met,
    PartlyMet,
    NotMet,
    NotApplicable,
    NoData,
    Waived,
    Error,
}

impl Outcome {
    pub const ALL: [Outcome; 7] = [
        Outcome::Met,
        Outcome::PartlyMet,
        Outcome::NotMet,
        Outcome::NotApplicable,
        Outcome::NoData,
        Outcome::Waived,
        Outcome::Error,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Outcome::Met => "met",
            Outcome::PartlyMet => "partly_met",
            Outcome::NotMet => "not_met",
            Outcome::NotApplicable => "not_applicable",
            Outcome::NoData => "no_data",
            Outcome::Waived => "waived",
            Outcome::Error => "error",
        }
    }

    pub fn parse(text: &str) -> Option<Outcome> {
        Outcome::ALL.into_iter().find(|o| o.as_str() == text)
    }

    /// Share of the weight earned, for outcomes that count in the score.
    pub fn credit(self) -> Option<f64> {
        match self {
            Outcome::Met => Some(1.0),
            Outcome::PartlyMet => Some(0.5),
            Outcome::NotMet => Some(0.0),
            _ => None,
        }
    }

    /// Whether the outcome is a gap to close.
    pub fn is_gap(self) -> bool {
        matches!(self, Outcome::NotMet | Outcome::PartlyMet)
    }
}

/// A profile fact a verdict rests on.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Evidence {
    /// Dotted path in the profile (`contact_point.designated`).
    pub path: String,
    /// The value at that path, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<serde_json::Value>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quote: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<SourceRef>,
}

/// A source as cited by evidence.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SourceRef {
    pub id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
}

/// Where a rule broke, when its outcome is `error`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RuleFailure {
    pub file: String,
    pub line: usize,
    pub column: usize,
    pub message: String,
}

/// One criterion's verdict, with what it rests on.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CriterionResult {
    pub id: String,
    pub title: String,
    pub reference: String,
    pub area: String,
    pub severity: String,
    pub weight: f64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stage: Option<String>,
    pub recommendation: String,
    pub outcome: Outcome,
    pub message: String,
    /// Facts the verdict rests on.
    #[serde(default)]
    pub evidence: Vec<Evidence>,
    /// Facts to collect before the criterion can be judged (for `no_data`).
    #[serde(default)]
    pub missing: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub failure: Option<RuleFailure>,
}

/// Score of one area of the pack.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AreaScore {
    pub id: String,
    pub title: String,
    pub weight: f64,
    /// Weighted score in percent; `None` when no criterion of the area has data.
    pub score: Option<f64>,
    /// Share of the area's criteria with data, in percent.
    pub coverage: f64,
    pub counts: Counts,
    /// Highest maturity stage reached; `None` when not even the first.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stage: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_stage: Option<String>,
    /// Criteria that keep the area from the next stage.
    #[serde(default)]
    pub blocking: Vec<String>,
}

/// How many criteria ended with each outcome.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Counts {
    pub total: usize,
    pub met: usize,
    pub partly_met: usize,
    pub not_met: usize,
    pub not_applicable: usize,
    pub no_data: usize,
    pub waived: usize,
    pub error: usize,
}

impl Counts {
    pub fn add(&mut self, outcome: Outcome) {
        self.total += 1;
        match outcome {
            Outcome::Met => self.met += 1,
            Outcome::PartlyMet => self.partly_met += 1,
            Outcome::NotMet => self.not_met += 1,
            Outcome::NotApplicable => self.not_applicable += 1,
            Outcome::NoData => self.no_data += 1,
            Outcome::Waived => self.waived += 1,
            Outcome::Error => self.error += 1,
        }
    }
}

/// A fact to collect and the criteria waiting for it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ToCollect {
    pub path: String,
    pub criteria: Vec<String>,
}

/// What makes a result reproducible.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Stamp {
    pub gapwise_version: String,
    /// `sha256:` digest of the profile file's bytes.
    pub profile_digest: String,
    /// `sha256:` digest of the pack's files.
    pub pack_digest: String,
    /// `sha256:` digest of the templates, filled in when a report is rendered.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub templates_digest: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CountryRef {
    pub name: String,
    pub iso2: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PackRef {
    pub id: String,
    pub name: String,
    pub version: String,
    pub criteria: usize,
}

/// Overall score of a profile.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Overall {
    pub score: Option<f64>,
    pub coverage: f64,
    pub counts: Counts,
}

/// The Budapest status as the profile states it, for the summary.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StatusSummary {
    pub status: String,
    pub observer: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status_text: Option<String>,
}

/// One profile assessed against one pack.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Assessment {
    /// The profile file.
    pub profile: String,
    pub country: CountryRef,
    /// The date the assessment speaks of (`--as-of`, or the snapshot's date).
    pub as_of: String,
    pub snapshot_as_of: String,
    pub budapest: StatusSummary,
    pub pack: PackRef,
    pub overall: Overall,
    pub areas: Vec<AreaScore>,
    /// Every criterion, in pack order (by id).
    pub criteria: Vec<CriterionResult>,
    /// Ids of the gaps (`not_met`, `partly_met`), most urgent first.
    pub gaps: Vec<String>,
    pub to_collect: Vec<ToCollect>,
    pub stamp: Stamp,
}

/// A results file: every profile of one run.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Results {
    pub schema: String,
    pub assessments: Vec<Assessment>,
}

impl Assessment {
    pub fn criterion(&self, id: &str) -> Option<&CriterionResult> {
        self.criteria.iter().find(|c| c.id == id)
    }

    pub fn has_errors(&self) -> bool {
        self.overall.counts.error > 0
    }
}

impl Results {
    /// What is inconsistent in a results file read back from disk: scores
    /// outside 0-100, areas or criteria listed twice, gaps naming no criterion.
    pub fn inconsistencies(&self) -> Vec<String> {
        let mut found = Vec::new();
        let percent = |v: f64| (0.0..=100.0).contains(&v);
        for a in &self.assessments {
            let who = &a.profile;
            if !a.overall.score.is_none_or(percent) || !percent(a.overall.coverage) {
                found.push(format!("`{who}`: the overall score or coverage is not a percentage"));
            }
            let mut areas: Vec<&str> = a.areas.iter().map(|x| x.id.as_str()).collect();
            areas.sort();
            if areas.windows(2).any(|w| w[0] == w[1]) {
                found.push(format!("`{who}`: an area is listed twice"));
            }
            if a.areas
                .iter()
                .any(|x| !x.score.is_none_or(percent) || !percent(x.coverage))
            {
                found.push(format!("`{who}`: an area's score or coverage is not a percentage"));
            }
            let mut ids: Vec<&str> = a.criteria.iter().map(|c| c.id.as_str()).collect();
            ids.sort();
            if ids.windows(2).any(|w| w[0] == w[1]) {
                found.push(format!("`{who}`: a criterion is listed twice"));
            }
            if let Some(gap) = a.gaps.iter().find(|g| ids.binary_search(&g.as_str()).is_err()) {
                found.push(format!("`{who}`: gap `{gap}` names no criterion"));
            }
        }
        found
    }
}
