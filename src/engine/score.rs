//! Scores, coverage and maturity stages.
//!
//! met counts in full, partly met for half, not met for nothing; `no_data`,
//! `not_applicable`, `waived` and `error` are left out of the score. Coverage
//! is the share of criteria with data. Stages are cumulative: an area reaches
//! a stage when every criterion of that stage and of the stages below is met
//! (or does not apply).

use crate::rules::meta::{PackMeta, SEVERITIES};

use super::results::{AreaScore, Counts, CriterionResult, Outcome, Overall};

fn percent(part: f64, whole: f64) -> Option<f64> {
    (whole > 0.0).then(|| (part / whole * 1000.0).round() / 10.0)
}

fn has_data(outcome: Outcome) -> bool {
    !matches!(outcome, Outcome::NoData | Outcome::Error)
}

fn score_of<'a>(criteria: impl Iterator<Item = &'a CriterionResult>) -> (Option<f64>, f64, Counts) {
    let (mut earned, mut possible, mut with_data) = (0.0, 0.0, 0usize);
    let mut counts = Counts::default();
    for c in criteria {
        counts.add(c.outcome);
        if let Some(credit) = c.outcome.credit() {
            earned += credit * c.weight;
            possible += c.weight;
        }
        if has_data(c.outcome) {
            with_data += 1;
        }
    }
    let coverage = percent(with_data as f64, counts.total as f64).unwrap_or(0.0);
    (percent(earned, possible), coverage, counts)
}

fn stage_done(outcome: Outcome) -> bool {
    matches!(outcome, Outcome::Met | Outcome::NotApplicable | Outcome::Waived)
}

/// Scores every area of the pack, in the pack's order.
pub fn areas(pack: &PackMeta, criteria: &[CriterionResult]) -> Vec<AreaScore> {
    pack.areas
        .iter()
        .map(|area| {
            let mine: Vec<&CriterionResult> = criteria.iter().filter(|c| c.area == area.id).collect();
            let (score, coverage, counts) = score_of(mine.iter().copied());
            let stages = &pack.maturity.stages;
            let mut reached = None;
            let mut blocking = Vec::new();
            // An area can reach no stage higher than its criteria speak of.
            let top = mine
                .iter()
                .filter_map(|c| c.stage.as_ref().and_then(|s| stages.iter().position(|x| x == s)))
                .max();
            for i in 0..top.map_or(0, |t| t + 1) {
                let open: Vec<String> = mine
                    .iter()
                    .filter(|c| {
                        c.stage
                            .as_ref()
                            .and_then(|s| stages.iter().position(|x| x == s))
                            .is_some_and(|at| at <= i)
                    })
                    .filter(|c| !stage_done(c.outcome))
                    .map(|c| c.id.clone())
                    .collect();
                if open.is_empty() && !mine.is_empty() {
                    reached = Some(i);
                } else {
                    blocking = open;
                    break;
                }
            }
            let next = match (reached, top) {
                (Some(i), Some(t)) if i >= t => None,
                (Some(i), _) => stages.get(i + 1).cloned(),
                (None, Some(_)) => stages.first().cloned(),
                (None, None) => None,
            };
            if next.is_none() {
                blocking.clear();
            }
            AreaScore {
                id: area.id.clone(),
                title: area.title.clone(),
                weight: area.weight,
                score,
                coverage,
                counts,
                stage: reached.and_then(|i| stages.get(i).cloned()),
                next_stage: next,
                blocking,
            }
        })
        .collect()
}

/// Overall score: the areas' scores weighted by the areas' weights.
pub fn overall(areas: &[AreaScore], criteria: &[CriterionResult]) -> Overall {
    let (mut sum, mut weights) = (0.0, 0.0);
    for area in areas {
        if let Some(score) = area.score {
            sum += score * area.weight;
            weights += area.weight;
        }
    }
    let (_, coverage, counts) = score_of(criteria.iter());
    Overall {
        score: (weights > 0.0).then(|| (sum / weights * 10.0).round() / 10.0),
        coverage,
        counts,
    }
}

fn severity_rank(severity: &str) -> usize {
    SEVERITIES.iter().position(|s| *s == severity).unwrap_or(0)
}

/// Ids of the gaps, most urgent first: severity, then weight, then not met
/// before partly met, then id.
pub fn ranked_gaps(criteria: &[CriterionResult]) -> Vec<String> {
    let mut gaps: Vec<&CriterionResult> = criteria.iter().filter(|c| c.outcome.is_gap()).collect();
    gaps.sort_by(|a, b| {
        severity_rank(&b.severity)
            .cmp(&severity_rank(&a.severity))
            .then(b.weight.total_cmp(&a.weight))
            .then(a.outcome.cmp(&b.outcome).reverse())
            .then(crate::rules::natural_cmp(&a.id, &b.id))
    });
    gaps.into_iter().map(|c| c.id.clone()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::meta::{Area, Maturity};

    fn criterion(id: &str, stage: &str, outcome: Outcome, weight: f64) -> CriterionResult {
        CriterionResult {
            id: id.into(),
            title: id.into(),
            reference: "Art. 1".into(),
            area: "a".into(),
            severity: "high".into(),
            weight,
            stage: Some(stage.into()),
            recommendation: String::new(),
            outcome,
            message: String::new(),
            evidence: Vec::new(),
            missing: Vec::new(),
            failure: None,
        }
    }

    fn pack() -> PackMeta {
        PackMeta {
            schema: "gapwise/pack/v1".into(),
            id: "p".into(),
            name: "P".into(),
            version: "1".into(),
            description: None,
            areas: vec![Area {
                id: "a".into(),
                title: "A".into(),
                weight: 1.0,
                description: None,
            }],
            maturity: Maturity::default(),
            limits: Default::default(),
        }
    }

    #[test]
    fn weighted_score_and_coverage_leave_no_data_out() {
        let criteria = vec![
            criterion("x", "start-up", Outcome::Met, 3.0),
            criterion("y", "formative", Outcome::PartlyMet, 2.0),
            criterion("z", "formative", Outcome::NotMet, 1.0),
            criterion("w", "formative", Outcome::NoData, 5.0),
        ];
        let areas = areas(&pack(), &criteria);
        assert_eq!(areas[0].score, Some(66.7));
        assert_eq!(areas[0].coverage, 75.0);
        assert_eq!(areas[0].stage.as_deref(), Some("start-up"));
        assert_eq!(areas[0].next_stage.as_deref(), Some("formative"));
        assert_eq!(areas[0].blocking, vec!["y", "z", "w"]);
    }

    #[test]
    fn stage_is_capped_at_the_highest_stage_criteria_name() {
        let criteria = vec![
            criterion("x", "start-up", Outcome::Met, 1.0),
            criterion("y", "formative", Outcome::Met, 1.0),
        ];
        let areas = areas(&pack(), &criteria);
        assert_eq!(areas[0].stage.as_deref(), Some("formative"));
        assert_eq!(areas[0].next_stage, None);
        assert!(areas[0].blocking.is_empty());
    }

    #[test]
    fn gaps_rank_by_severity_weight_then_outcome() {
        let mut low = criterion("low", "start-up", Outcome::NotMet, 9.0);
        low.severity = "low".into();
        let criteria = vec![
            low,
            criterion("partly", "start-up", Outcome::PartlyMet, 3.0),
            criterion("heavy", "start-up", Outcome::NotMet, 5.0),
            criterion("not", "start-up", Outcome::NotMet, 3.0),
            criterion("fine", "start-up", Outcome::Met, 9.0),
        ];
        assert_eq!(ranked_gaps(&criteria), vec!["heavy", "not", "partly", "low"]);
    }
}
