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

/// What a set of criteria adds up to.
pub(super) struct Tally {
    pub score: Option<f64>,
    pub lower_bound: Option<f64>,
    pub coverage: f64,
    pub known: usize,
    pub scored: usize,
    pub counts: Counts,
}

/// Scores criteria: the score over those with data, and the lower bound
/// with every unknown (`no_data`) criterion counted as not met. Criteria
/// that inform without scoring are counted in `counts` only.
pub(super) fn score_of<'a>(criteria: impl Iterator<Item = &'a CriterionResult>) -> Tally {
    let (mut earned, mut possible, mut unknown_weight) = (0.0, 0.0, 0.0);
    let (mut known, mut scored) = (0usize, 0usize);
    let mut counts = Counts::default();
    for c in criteria {
        counts.add(c.outcome);
        if !c.scored {
            continue;
        }
        scored += 1;
        if let Some(credit) = c.outcome.credit() {
            earned += credit * c.weight;
            possible += c.weight;
        }
        if c.outcome == Outcome::NoData {
            unknown_weight += c.weight;
        }
        if has_data(c.outcome) {
            known += 1;
        }
    }
    Tally {
        score: percent(earned, possible),
        lower_bound: percent(earned, possible + unknown_weight),
        coverage: percent(known as f64, scored as f64).unwrap_or(0.0),
        known,
        scored,
        counts,
    }
}

fn stage_done(outcome: Outcome) -> bool {
    matches!(outcome, Outcome::Met | Outcome::NotApplicable | Outcome::Waived)
}

/// The highest stage a set of criteria reaches (its index in `stages`), the
/// next stage and the criteria that block it. Only stages the criteria speak
/// of count: an area with no criterion of the first stage does not "reach"
/// it vacuously. A criterion counts from its `partial_stage` when it has one:
/// `partly_met` reaches that stage, `met` its `stage`.
fn stage_of(stages: &[String], mine: &[&CriterionResult]) -> (Option<usize>, Option<String>, Vec<String>) {
    let level = |s: &Option<String>| s.as_ref().and_then(|s| stages.iter().position(|x| x == s));
    let mut levels: Vec<usize> = mine
        .iter()
        .flat_map(|c| [level(&c.stage), level(&c.partial_stage)])
        .flatten()
        .collect();
    levels.sort_unstable();
    levels.dedup();
    let done_at = |c: &CriterionResult, at: usize| {
        stage_done(c.outcome) || (c.outcome == Outcome::PartlyMet && level(&c.partial_stage).is_some_and(|p| at <= p))
    };
    let from = |c: &CriterionResult| level(&c.partial_stage).or(level(&c.stage));
    let mut reached = None;
    for &at in &levels {
        let open: Vec<String> = mine
            .iter()
            .filter(|c| from(c).is_some_and(|l| l <= at) && !done_at(c, at))
            .map(|c| c.id.clone())
            .collect();
        if !open.is_empty() {
            return (reached, stages.get(at).cloned(), open);
        }
        reached = Some(at);
    }
    (reached, None, Vec::new())
}

/// Scores every area of the pack, in the pack's order.
pub fn areas(pack: &PackMeta, criteria: &[CriterionResult]) -> Vec<AreaScore> {
    pack.areas
        .iter()
        .map(|area| {
            let all: Vec<&CriterionResult> = criteria.iter().filter(|c| c.area == area.id).collect();
            let tally = score_of(all.iter().copied());
            let mine: Vec<&CriterionResult> = all.into_iter().filter(|c| c.scored).collect();
            let stages = &pack.maturity.stages;
            let (reached, next, blocking) = stage_of(stages, &mine);
            let limited_by_data = !blocking.is_empty()
                && blocking
                    .iter()
                    .all(|id| mine.iter().any(|c| &c.id == id && c.outcome == Outcome::NoData));
            // The maturity model's floor (CMM start-up): an area with some
            // data that reaches no stage its criteria name stands there.
            let baseline = pack
                .maturity
                .baseline
                .as_ref()
                .filter(|_| reached.is_none() && tally.known > 0);
            AreaScore {
                id: area.id.clone(),
                title: area.title.clone(),
                weight: area.weight,
                score: tally.score,
                coverage: tally.coverage,
                lower_bound: tally.lower_bound,
                known: tally.known,
                scored: tally.scored,
                counts: tally.counts,
                stage: reached
                    .and_then(|i| stages.get(i).cloned())
                    .or_else(|| baseline.cloned()),
                next_stage: next,
                blocking,
                limited_by_data,
            }
        })
        .collect()
}

/// Overall score: the areas' scores weighted by the areas' weights; the
/// lower bound likewise from the areas' lower bounds, over every area with
/// scored criteria. The headline is sufficient when the core areas' coverage
/// reaches the pack's threshold.
pub fn overall(pack: &PackMeta, areas: &[AreaScore], criteria: &[CriterionResult]) -> Overall {
    let weighted = |value: fn(&AreaScore) -> Option<f64>| {
        let (mut sum, mut weights) = (0.0, 0.0);
        for area in areas.iter().filter(|a| a.scored > 0) {
            if let Some(v) = value(area) {
                sum += v * area.weight;
                weights += area.weight;
            }
        }
        (weights > 0.0).then(|| (sum / weights * 10.0).round() / 10.0)
    };
    let tally = score_of(criteria.iter());
    let core = |c: &&CriterionResult| pack.core_areas.is_empty() || pack.core_areas.contains(&c.area);
    let core_tally = score_of(criteria.iter().filter(core));
    Overall {
        score: weighted(|a| a.score),
        coverage: tally.coverage,
        lower_bound: weighted(|a| a.lower_bound.or(a.score)),
        known: tally.known,
        scored: tally.scored,
        core_coverage: core_tally.coverage,
        core_known: core_tally.known,
        core_scored: core_tally.scored,
        evidence_threshold: pack.evidence_threshold,
        sufficient: core_tally.scored > 0 && core_tally.coverage >= pack.evidence_threshold,
        counts: tally.counts,
    }
}

fn severity_rank(severity: &str) -> usize {
    SEVERITIES.iter().position(|s| *s == severity).unwrap_or(0)
}

/// Ids of the gaps, most urgent first: severity, then weight, then not met
/// before partly met, then id. Criteria that do not score are no gaps.
pub fn ranked_gaps(criteria: &[CriterionResult]) -> Vec<String> {
    let mut gaps: Vec<&CriterionResult> = criteria.iter().filter(|c| c.scored && c.outcome.is_gap()).collect();
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
            message_key: None,
            message_params: None,
            evidence: Vec::new(),
            missing: Vec::new(),
            failure: None,
            scored: true,
            waiver: None,
            waived_outcome: None,
            partial_stage: None,
            pillar: None,
            factor: None,
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
            core_areas: Vec::new(),
            evidence_threshold: 50.0,
            questions: Vec::new(),
            limits: Default::default(),
            pillars: Vec::new(),
            factors: Vec::new(),
            tiers: Vec::new(),
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
        // 4 of 6 weight earned; the unknown criterion's 5 counted as not met.
        assert_eq!(areas[0].lower_bound, Some(36.4));
        assert_eq!((areas[0].known, areas[0].scored), (3, 4));
        assert_eq!(areas[0].coverage, 75.0);
        assert_eq!(areas[0].stage.as_deref(), Some("start-up"));
        assert_eq!(areas[0].next_stage.as_deref(), Some("formative"));
        assert_eq!(areas[0].blocking, vec!["y", "z", "w"]);
    }

    #[test]
    fn mexico_like_headline_is_insufficient_with_both_figures() {
        // Two criteria known and met, six unknown: a 100% score over what is
        // known would overstate; the lower bound and coverage tell the truth.
        let mut criteria = vec![
            criterion("a", "start-up", Outcome::Met, 3.0),
            criterion("b", "start-up", Outcome::Met, 3.0),
        ];
        for i in 0..6 {
            criteria.push(criterion(&format!("u{i}"), "start-up", Outcome::NoData, 3.0));
        }
        let mut p = pack();
        p.core_areas = vec!["a".into()];
        let areas = areas(&p, &criteria);
        let overall = overall(&p, &areas, &criteria);
        assert_eq!(overall.score, Some(100.0));
        assert_eq!(overall.lower_bound, Some(25.0));
        assert_eq!((overall.core_known, overall.core_scored), (2, 8));
        assert!(!overall.sufficient);
    }

    #[test]
    fn unscored_criteria_count_for_nothing() {
        let mut info = criterion("info", "start-up", Outcome::PartlyMet, 3.0);
        info.scored = false;
        let criteria = vec![info, criterion("x", "start-up", Outcome::Met, 1.0)];
        let areas = areas(&pack(), &criteria);
        assert_eq!(areas[0].score, Some(100.0));
        assert_eq!((areas[0].known, areas[0].scored), (1, 1));
        assert!(ranked_gaps(&criteria).is_empty());
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
    fn no_stage_is_reached_vacuously() {
        // Criteria only at the second stage: the first is not "reached" by
        // having nothing in it, and the next stage is the second.
        let criteria = vec![criterion("x", "formative", Outcome::NotMet, 1.0)];
        let areas = areas(&pack(), &criteria);
        assert_eq!(areas[0].stage, None);
        assert_eq!(areas[0].next_stage.as_deref(), Some("formative"));
        assert_eq!(areas[0].blocking, vec!["x"]);
    }

    #[test]
    fn partly_met_reaches_the_partial_stage_and_the_baseline_is_a_floor() {
        // A strategy in preparation (partly met, formative) with a met
        // formative criterion: formative is reached; established is blocked.
        let mut strategy = criterion("ncs", "established", Outcome::PartlyMet, 1.0);
        strategy.partial_stage = Some("formative".into());
        let criteria = vec![strategy.clone(), criterion("csirt", "formative", Outcome::Met, 1.0)];
        let mut p = pack();
        p.maturity.baseline = Some("start-up".into());
        let areas = areas(&p, &criteria);
        assert_eq!(areas[0].stage.as_deref(), Some("formative"));
        assert_eq!(areas[0].next_stage.as_deref(), Some("established"));
        assert_eq!(areas[0].blocking, vec!["ncs"]);
        assert!(!areas[0].limited_by_data);
        // Without data on the partial criterion, formative is not reached:
        // the area stands at the baseline, for lack of data.
        strategy.outcome = Outcome::NoData;
        let criteria = vec![strategy, criterion("csirt", "formative", Outcome::Met, 1.0)];
        let areas = super::areas(&p, &criteria);
        assert_eq!(areas[0].stage.as_deref(), Some("start-up"));
        assert_eq!(areas[0].blocking, vec!["ncs"]);
        assert!(areas[0].limited_by_data);
        // Nothing known at all: not even the baseline.
        let unknown = vec![criterion("x", "formative", Outcome::NoData, 1.0)];
        assert_eq!(super::areas(&p, &unknown)[0].stage, None);
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
