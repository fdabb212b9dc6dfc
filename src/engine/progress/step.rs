//! One step of a series: each criterion's transition between two
//! assessments of one pack, and the score change split into what real
//! change moved and what new evidence moved.
//!
//! The split is computed, not estimated: an intermediate score is taken with
//! the new outcomes of the criteria known at both dates and the old outcomes
//! of the others. Real change is intermediate minus old; new evidence is new
//! minus intermediate (criteria that became known, or whose evidence was
//! lost). The two add up to the change.

use serde::{Deserialize, Serialize};

use crate::engine::results::{AreaScore, Assessment, CriterionResult, Outcome, Overall};
use crate::engine::score;
use crate::rules::Pack;

use super::transition::{classify, Transition, TransitionCounts};

/// One criterion at both ends of a step.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CriterionChange {
    pub id: String,
    pub title: String,
    pub reference: String,
    pub area: String,
    pub scored: bool,
    pub from: Outcome,
    pub to: Outcome,
    pub transition: Transition,
    pub from_message: String,
    pub to_message: String,
    /// The key and parameters of `to_message`, for a report to write it in
    /// its language.
    #[serde(skip)]
    pub to_message_key: Option<String>,
    #[serde(skip)]
    pub to_message_params: Option<serde_json::Value>,
}

/// A score at both ends of a step, and what moved it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ScoreChange {
    /// Area id, or `overall`.
    pub id: String,
    pub title: String,
    pub from: Option<f64>,
    pub to: Option<f64>,
    /// `to - from`, in points; `None` when either end has no score.
    pub change: Option<f64>,
    /// The part of the change due to criteria known at both dates.
    pub real_change: Option<f64>,
    /// The part due to criteria that became known (or whose evidence was lost).
    pub new_evidence: Option<f64>,
    pub lower_bound_from: Option<f64>,
    pub lower_bound_to: Option<f64>,
    pub coverage_from: f64,
    pub coverage_to: f64,
    pub known_from: usize,
    pub known_to: usize,
    pub scored: usize,
    /// The maturity stage of an area at both ends (none for the overall score).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stage_from: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stage_to: Option<String>,
}

/// What changed in one pack's verdicts from one date to the next.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Step {
    pub from: String,
    pub to: String,
    pub counts: TransitionCounts,
    pub overall: ScoreChange,
    pub areas: Vec<ScoreChange>,
    /// Every criterion, in pack order.
    pub criteria: Vec<CriterionChange>,
}

impl Step {
    /// True when no criterion moved.
    pub fn is_quiet(&self) -> bool {
        self.counts.unchanged == self.criteria.len()
    }
}

/// The step between two assessments of one country against `pack`.
pub fn step(pack: &Pack, from: &Assessment, to: &Assessment) -> Step {
    let mut counts = TransitionCounts::default();
    let mut criteria = Vec::new();
    let mut middle: Vec<CriterionResult> = Vec::new();
    for new in &to.criteria {
        let old = from.criterion(&new.id);
        let old_outcome = old.map_or(Outcome::NoData, |c| c.outcome);
        let transition = classify(old_outcome, new.outcome);
        counts.add(transition);
        criteria.push(CriterionChange {
            id: new.id.clone(),
            title: new.title.clone(),
            reference: new.reference.clone(),
            area: new.area.clone(),
            scored: new.scored,
            from: old_outcome,
            to: new.outcome,
            transition,
            from_message: old.map(|c| c.message.clone()).unwrap_or_default(),
            to_message: new.message.clone(),
            to_message_key: new.message_key.clone(),
            to_message_params: new.message_params.clone(),
        });
        let mut mid = new.clone();
        if old_outcome == Outcome::NoData || new.outcome == Outcome::NoData {
            mid.outcome = old_outcome;
        }
        middle.push(mid);
    }
    let mid_areas = score::areas(&pack.meta, &middle);
    let mid_overall = score::overall(&pack.meta, &mid_areas, &middle);
    let areas = to
        .areas
        .iter()
        .map(|new| {
            let old = from.areas.iter().find(|a| a.id == new.id);
            let mid = mid_areas.iter().find(|a| a.id == new.id);
            area_change(old, mid, new)
        })
        .collect();
    let overall = overall_change(&from.overall, &mid_overall, &to.overall);
    Step {
        from: from.as_of.clone(),
        to: to.as_of.clone(),
        counts,
        overall,
        areas,
        criteria,
    }
}

fn round(v: f64) -> f64 {
    let r = (v * 10.0).round() / 10.0;
    if r == 0.0 {
        0.0
    } else {
        r
    }
}

/// The change and its split; `None`s when an end has no score.
fn split(from: Option<f64>, mid: Option<f64>, to: Option<f64>) -> (Option<f64>, Option<f64>, Option<f64>) {
    match (from, mid, to) {
        (Some(a), Some(m), Some(b)) => {
            let change = round(b - a);
            let real = round(m - a);
            (Some(change), Some(real), Some(round(change - real)))
        }
        _ => (None, None, None),
    }
}

fn area_change(old: Option<&AreaScore>, mid: Option<&AreaScore>, new: &AreaScore) -> ScoreChange {
    let (change, real_change, new_evidence) = split(old.and_then(|a| a.score), mid.and_then(|a| a.score), new.score);
    ScoreChange {
        id: new.id.clone(),
        title: new.title.clone(),
        from: old.and_then(|a| a.score),
        to: new.score,
        change,
        real_change,
        new_evidence,
        lower_bound_from: old.and_then(|a| a.lower_bound),
        lower_bound_to: new.lower_bound,
        coverage_from: old.map_or(0.0, |a| a.coverage),
        coverage_to: new.coverage,
        known_from: old.map_or(0, |a| a.known),
        known_to: new.known,
        scored: new.scored,
        stage_from: old.and_then(|a| a.stage.clone()),
        stage_to: new.stage.clone(),
    }
}

fn overall_change(old: &Overall, mid: &Overall, new: &Overall) -> ScoreChange {
    let (change, real_change, new_evidence) = split(old.score, mid.score, new.score);
    ScoreChange {
        id: "overall".into(),
        title: "Overall".into(),
        from: old.score,
        to: new.score,
        change,
        real_change,
        new_evidence,
        lower_bound_from: old.lower_bound,
        lower_bound_to: new.lower_bound,
        coverage_from: old.coverage,
        coverage_to: new.coverage,
        known_from: old.known,
        known_to: new.known,
        scored: new.scored,
        stage_from: None,
        stage_to: None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_split_adds_up_to_the_change() {
        let (c, r, e) = split(Some(33.3), Some(50.0), Some(71.4));
        assert_eq!(c, Some(38.1));
        assert_eq!(r, Some(16.7));
        assert_eq!(e, Some(21.4));
        assert_eq!(split(None, None, Some(50.0)), (None, None, None));
    }
}
