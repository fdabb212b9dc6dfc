//! One criterion as templates see it: its verdict in words, the evidence
//! grouped by quote, the questions that would decide it, and its waiver.

use serde::Serialize;

use crate::engine::{Assessment, CriterionResult, WaiverState};

use super::summary::{waiver_view, WaiverView};
use super::{evidence, words, EvidenceGroup};

#[derive(Debug, Clone, Serialize)]
pub struct CriterionView {
    pub id: String,
    pub title: String,
    pub reference: String,
    pub area: String,
    pub area_title: String,
    pub severity: String,
    pub weight: String,
    /// `Foundational`, or `null`.
    pub stage: Option<String>,
    pub recommendation: String,
    /// `partly_met`: for styling and machines.
    pub outcome: &'static str,
    /// `Partly met`: for readers.
    pub outcome_label: String,
    /// A symbol that tells outcomes apart without colour.
    pub outcome_symbol: &'static str,
    pub message: String,
    /// False for a criterion that informs without scoring.
    pub scored: bool,
    /// True for a criterion that informs without scoring (never a gap).
    pub informational: bool,
    /// `Information, not scored`, or the outcome label.
    pub verdict_label: String,
    pub is_gap: bool,
    /// The facts the verdict rests on, grouped by quote.
    pub evidence: Vec<EvidenceGroup>,
    /// Questions to answer before the criterion can be judged (`no_data`).
    pub questions: Vec<String>,
    /// Fact paths to collect, for researchers.
    pub missing: Vec<String>,
    /// The waiver applied, when the outcome is `waived`; or a waiver that
    /// expired and is no longer applied.
    pub waiver: Option<WaiverView>,
    /// What the rule found before the waiver (`Not met`), or `null`.
    pub waived_outcome_label: Option<String>,
    pub failure: Option<FailureView>,
}

#[derive(Debug, Clone, Serialize)]
pub struct FailureView {
    pub file: String,
    pub line: usize,
    pub column: usize,
    pub message: String,
}

pub(super) fn criterion_view(c: &CriterionResult, area_title: String, a: &Assessment) -> CriterionView {
    let questions = a
        .to_collect
        .iter()
        .filter(|t| t.criteria.contains(&c.id) && !t.question.trim().is_empty())
        .map(|t| match t.reference.is_empty() {
            true => t.question.clone(),
            false => format!("{} ({})", t.question, t.reference),
        })
        .collect();
    // The waiver applied; else one that expired, so that a reader sees why
    // the criterion is judged again.
    let waiver = c.waiver.as_ref().or_else(|| {
        a.waivers
            .iter()
            .find(|w| w.rule == c.id && w.state == WaiverState::Expired)
    });
    CriterionView {
        id: c.id.clone(),
        title: c.title.clone(),
        reference: c.reference.clone(),
        area: c.area.clone(),
        area_title,
        severity: c.severity.clone(),
        weight: words::number(c.weight),
        stage: c.stage.as_deref().map(words::stage_name),
        recommendation: c.recommendation.clone(),
        outcome: c.outcome.as_str(),
        outcome_label: words::outcome_label(c.outcome),
        outcome_symbol: words::outcome_symbol(c.outcome),
        message: c.message.clone(),
        scored: c.scored,
        informational: !c.scored,
        verdict_label: if c.scored {
            words::outcome_label(c.outcome)
        } else {
            words::informational()
        },
        is_gap: c.scored && c.outcome.is_gap(),
        evidence: evidence::groups(&c.evidence),
        questions,
        missing: c.missing.clone(),
        waiver: waiver.map(|w| waiver_view(w, a)),
        waived_outcome_label: c.waived_outcome.map(words::outcome_label),
        failure: c.failure.as_ref().map(|f| FailureView {
            file: f.file.clone(),
            line: f.line,
            column: f.column,
            message: f.message.clone(),
        }),
    }
}
