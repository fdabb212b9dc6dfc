//! The results of assessing profiles: a public, versioned format
//! (`schema: gapwise/results/v1`) that reports render from and that
//! `gapwise report` re-renders without evaluating again.

use serde::{Deserialize, Serialize};

/// Tag of the results format.
pub const RESULTS_V1: &str = "gapwise/results/v1";

pub use crate::rules::outcome::{Outcome, RuleFailure};

/// A profile fact a verdict rests on.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Evidence {
    /// Dotted path in the profile (`contact_point.designated`).
    pub path: String,
    /// What the fact is, for people (`24/7 point of contact: designated`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
    /// The value at that path, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<serde_json::Value>,
    /// The value written for people (`not in place (Penal Code, Art. 211)`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
    /// A web address the fact itself carries (a court decision's link).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quote: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<SourceRef>,
}

/// A source as cited by evidence, and as listed in the sources section.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SourceRef {
    pub id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// The source's date (`2014-11-23`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
}

/// A statement of the sources that no criterion assesses.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct NoteEntry {
    pub text: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub section: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
}

/// Kinds of waiver.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum WaiverKind {
    /// A reservation the Convention allows (Art. 42).
    TreatyReservation,
    NotApplicable,
    RiskAccepted,
}

/// Where a waiver stands at the assessment date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum WaiverState {
    /// In force.
    Active,
    /// In force, and expiring within 30 days of the assessment date.
    Expiring,
    /// Past its expiry date: no longer applied.
    Expired,
}

/// A waiver that matched a criterion of this profile.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct WaiverStatus {
    pub rule: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
    pub kind: WaiverKind,
    pub justification: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub approver: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expires: Option<String>,
    pub state: WaiverState,
    /// Where it was given (`waivers.yaml:12`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub origin: Option<String>,
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
    /// The message in English.
    pub message: String,
    /// The key of the message in the rule's `messages`, when the rule gave
    /// one (`msg(key, params)`): reports write it in their language.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message_key: Option<String>,
    /// The message's parameters: texts, `{key, params}` phrases, or lists.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message_params: Option<serde_json::Value>,
    /// Facts the verdict rests on.
    #[serde(default)]
    pub evidence: Vec<Evidence>,
    /// Facts to collect before the criterion can be judged (for `no_data`).
    #[serde(default)]
    pub missing: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub failure: Option<RuleFailure>,
    /// False for a criterion that informs without scoring.
    #[serde(default = "yes", skip_serializing_if = "Clone::clone")]
    pub scored: bool,
    /// The waiver applied, when the outcome is `waived`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub waiver: Option<WaiverStatus>,
    /// What the rule found before a waiver applied.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub waived_outcome: Option<Outcome>,
    /// The stage a `partly_met` outcome reaches (below `stage`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub partial_stage: Option<String>,
    /// The index pillar it counts in (GCI).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pillar: Option<String>,
    /// The maturity-model factor it grades (CMM `D1.1`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub factor: Option<String>,
}

fn yes() -> bool {
    true
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
    /// The score with every unknown criterion counted as not met.
    #[serde(default)]
    pub lower_bound: Option<f64>,
    /// Scored criteria with data, and scored criteria in all.
    #[serde(default)]
    pub known: usize,
    #[serde(default)]
    pub scored: usize,
    pub counts: Counts,
    /// Highest maturity stage reached; `None` when not even the first.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stage: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_stage: Option<String>,
    /// Criteria that keep the area from the next stage.
    #[serde(default)]
    pub blocking: Vec<String>,
    /// True when every criterion keeping the area from the next stage lacks
    /// data (`no_data`): the stage may be higher than the evidence shows.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub limited_by_data: bool,
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

/// A question to answer and the criteria waiting for it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ToCollect {
    /// The first fact path the question covers.
    pub path: String,
    /// `Is there a central authority for mutual assistance (Art. 27(2))? Which body?`
    #[serde(default)]
    pub question: String,
    /// The article it is about (`Art. 27(2)`), for ordering and reading.
    #[serde(default)]
    pub reference: String,
    /// Every fact path the question covers.
    #[serde(default)]
    pub paths: Vec<String>,
    pub criteria: Vec<String>,
    /// The name of an earlier pack of the same run whose questions already
    /// ask for every one of these facts: reports list the question once.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub asked_in: Option<String>,
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
    /// The pack's sequencing stages, lowest first.
    #[serde(default)]
    pub stages: Vec<String>,
    /// Titles of the areas whose coverage decides the headline.
    #[serde(default)]
    pub core_areas: Vec<String>,
    /// The stage an area stands at for lack of data (the pack's maturity baseline).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub baseline: Option<String>,
}

/// Overall score of a profile.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Overall {
    /// Weighted score over the criteria with data.
    pub score: Option<f64>,
    pub coverage: f64,
    /// The score with every unknown criterion counted as not met.
    #[serde(default)]
    pub lower_bound: Option<f64>,
    /// Scored criteria with data, and scored criteria in all.
    #[serde(default)]
    pub known: usize,
    #[serde(default)]
    pub scored: usize,
    /// Coverage of the pack's core areas, and whether it reaches the pack's
    /// threshold: below it the headline is "insufficient evidence".
    #[serde(default)]
    pub core_coverage: f64,
    #[serde(default)]
    pub core_known: usize,
    #[serde(default)]
    pub core_scored: usize,
    #[serde(default)]
    pub evidence_threshold: f64,
    #[serde(default = "yes")]
    pub sufficient: bool,
    pub counts: Counts,
}

/// The Budapest standing at the assessment date, for the summary.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StatusSummary {
    /// The status the profile states for its snapshot date.
    pub status: String,
    pub observer: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status_text: Option<String>,
    /// The standing at the assessment date, from dated events (see
    /// [`crate::profile::Standing`]): `party`, `deposited`, `signatory`,
    /// `invited`, `invitation_lapsed`, `none`, `uncertain`, `unknown`.
    #[serde(default)]
    pub standing: String,
    /// The standing, explained with its dates: `invited to accede on
    /// 2007-02-01; accession pending`.
    #[serde(default)]
    pub summary: String,
    /// True when no dated event decided and the snapshot's status was assumed.
    #[serde(default)]
    pub assumed: bool,
    #[serde(default)]
    pub state: Option<crate::profile::TreatyState>,
    /// Standing towards the First (ETS 189) and Second (CETS 224) Protocols.
    #[serde(default)]
    pub first_protocol: String,
    #[serde(default)]
    pub second_protocol: String,
}

/// Facts without a date, assumed as in the snapshot when the assessment
/// date is more than a year away from it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct UndatedNote {
    pub count: usize,
    pub snapshot_as_of: String,
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
    /// The profile's sources, in its order.
    #[serde(default)]
    pub sources: Vec<SourceRef>,
    /// Statements of the sources that no criterion assesses.
    #[serde(default)]
    pub notes: Vec<NoteEntry>,
    /// Waivers that matched this profile: in force, expiring or expired.
    #[serde(default)]
    pub waivers: Vec<WaiverStatus>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub undated: Option<UndatedNote>,
    /// Pillar scores and tier, for packs that declare index pillars (GCI).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub index: Option<super::capacity::IndexScore>,
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
    /// What is inconsistent in a results file read back from disk: areas or
    /// criteria listed twice, gaps naming no criterion, malformed digests,
    /// and figures (counts, scores, lower bounds, coverage, stages, gaps)
    /// that its criteria do not give (see [`super::recheck`]).
    pub fn inconsistencies(&self) -> Vec<String> {
        super::recheck::inconsistencies(self)
    }
}
