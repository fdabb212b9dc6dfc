//! Pack data for capacity indices: GCI-style pillars and tiers, CMM-style
//! factors grouped into dimensions (the pack's areas).
//!
//! A pack that declares `pillars` lets its rules tag themselves with
//! `pillar: "legal"` in `meta()`; one that declares `factors` lets them say
//! `factor: "D4.3"`, and the factor's dimension must be the rule's area.
//! `tiers` turn a 0-100 score into a named band.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::meta::{MetaProblem, PackMeta};
use crate::diag::{Position, Problem};

/// A pillar of a composite index (ITU GCI: legal, technical,
/// organizational, capacity development, co-operation).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Pillar {
    pub id: String,
    pub title: String,
    /// Weight of the pillar in the overall index.
    #[serde(default = "one")]
    pub weight: f64,
}

/// A factor of a maturity model (Oxford CMM: `D1.1` national cybersecurity
/// strategy), and the dimension (an area of the pack) it belongs to.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Factor {
    pub id: String,
    pub title: String,
    /// The area of the pack that stands for the factor's dimension.
    pub dimension: String,
}

/// A band of the overall index: a score at or above `min` falls in it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Tier {
    /// `Tier 1`.
    pub id: String,
    /// `Role-modelling`.
    pub title: String,
    /// The lowest score in the tier, 0-100.
    pub min: f64,
    /// False when the name or threshold is not confirmed against the
    /// framework's own publication: reports mark it.
    #[serde(default = "yes")]
    pub confirmed: bool,
}

fn one() -> f64 {
    1.0
}

fn yes() -> bool {
    true
}

/// The tier a score falls in: the first, in the pack's order, whose `min`
/// the score reaches (tiers are written highest first).
pub fn tier_of(tiers: &[Tier], score: f64) -> Option<&Tier> {
    tiers.iter().find(|t| score >= t.min)
}

fn problem(key: &str, message: String, help: Option<String>) -> MetaProblem {
    MetaProblem {
        key: Some(key.to_string()),
        message,
        help,
    }
}

fn listing<'a>(ids: impl Iterator<Item = &'a str>) -> String {
    ids.map(|id| format!("`{id}`")).collect::<Vec<_>>().join(", ")
}

/// Checks a rule's `partial_stage`, `pillar` and `factor` against the pack.
pub(super) fn check_tags(
    pack: &PackMeta,
    area: &str,
    stage: Option<&str>,
    partial_stage: Option<&str>,
    pillar: Option<&str>,
    factor: Option<&str>,
) -> Vec<MetaProblem> {
    let mut problems = Vec::new();
    let stages = &pack.maturity.stages;
    if let Some(partial) = partial_stage {
        let at = |s: &str| stages.iter().position(|x| x == s);
        match (at(partial), stage.and_then(at)) {
            (None, _) => problems.push(problem(
                "partial_stage",
                format!("stage `{partial}` is not a maturity stage of the pack"),
                Some(format!("stages: {}", stages.join(", "))),
            )),
            (Some(p), Some(s)) if p < s => {}
            _ => problems.push(problem(
                "partial_stage",
                format!("`partial_stage` `{partial}` must come before the rule's `stage`"),
                Some("give the rule a `stage`, and a `partial_stage` below it".into()),
            )),
        }
    }
    if let Some(pillar) = pillar {
        if !pack.pillars.iter().any(|p| p.id == pillar) {
            let help = crate::diag::did_you_mean(pillar, pack.pillars.iter().map(|p| p.id.as_str()))
                .map(|p| format!("did you mean `{p}`?"))
                .or_else(|| {
                    Some(format!(
                        "pillars of this pack: {}",
                        listing(pack.pillars.iter().map(|p| p.id.as_str()))
                    ))
                });
            problems.push(problem(
                "pillar",
                format!("pillar `{pillar}` is not declared in `pack.yaml`"),
                help,
            ));
        }
    }
    if let Some(factor) = factor {
        match pack.factors.iter().find(|f| f.id == factor) {
            None => {
                let help = crate::diag::did_you_mean(factor, pack.factors.iter().map(|f| f.id.as_str()))
                    .map(|f| format!("did you mean `{f}`?"))
                    .or_else(|| {
                        Some(format!(
                            "factors of this pack: {}",
                            listing(pack.factors.iter().map(|f| f.id.as_str()))
                        ))
                    });
                problems.push(problem(
                    "factor",
                    format!("factor `{factor}` is not declared in `pack.yaml`"),
                    help,
                ));
            }
            Some(f) if !area.is_empty() && f.dimension != area => problems.push(problem(
                "factor",
                format!(
                    "factor `{factor}` belongs to `{}`, not to the rule's area `{area}`",
                    f.dimension
                ),
                Some(format!("use `area: \"{}\"`, or another factor", f.dimension)),
            )),
            Some(_) => {}
        }
    }
    problems
}

/// Checks the index data of `pack.yaml`: pillar weights, factors' dimensions,
/// tiers' thresholds and the maturity baseline.
pub(super) fn check_pack(pack_file: &str, meta: &PackMeta) -> Vec<Problem> {
    let mut problems = Vec::new();
    let at = Position::default();
    for pillar in &meta.pillars {
        if !(pillar.weight.is_finite() && pillar.weight > 0.0) {
            problems.push(
                Problem::error(
                    pack_file,
                    at,
                    format!("pillar `{}` has weight `{}`", pillar.id, pillar.weight),
                )
                .with_help("a weight is a positive number, such as `1` or `2.5`"),
            );
        }
    }
    for factor in &meta.factors {
        if !meta.areas.iter().any(|a| a.id == factor.dimension) {
            problems.push(
                Problem::error(
                    pack_file,
                    at,
                    format!(
                        "factor `{}` names dimension `{}`, which is not an area",
                        factor.id, factor.dimension
                    ),
                )
                .with_help(format!(
                    "areas of this pack: {}",
                    listing(meta.areas.iter().map(|a| a.id.as_str()))
                )),
            );
        }
    }
    let mut last = f64::INFINITY;
    for tier in &meta.tiers {
        if !(0.0..=100.0).contains(&tier.min) || tier.min >= last {
            problems.push(
                Problem::error(
                    pack_file,
                    at,
                    format!("tier `{}` has threshold `{}`", tier.id, tier.min),
                )
                .with_help("list tiers highest first, each with a `min` from 0 to 100 below the previous one"),
            );
        }
        last = tier.min;
    }
    if let Some(baseline) = &meta.maturity.baseline {
        if !meta.maturity.stages.contains(baseline) {
            problems.push(
                Problem::error(
                    pack_file,
                    at,
                    format!("baseline `{baseline}` is not a maturity stage of the pack"),
                )
                .with_help(format!("stages: {}", meta.maturity.stages.join(", "))),
            );
        }
    }
    for (set, ids) in [
        ("pillar", meta.pillars.iter().map(|p| p.id.as_str()).collect::<Vec<_>>()),
        ("factor", meta.factors.iter().map(|f| f.id.as_str()).collect()),
        ("tier", meta.tiers.iter().map(|t| t.id.as_str()).collect()),
    ] {
        let mut seen = std::collections::BTreeSet::new();
        for id in ids {
            if !seen.insert(id) {
                problems.push(Problem::error(pack_file, at, format!("{set} id `{id}` is used twice")));
            }
        }
    }
    problems
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tier(id: &str, min: f64) -> Tier {
        Tier {
            id: id.into(),
            title: id.into(),
            min,
            confirmed: true,
        }
    }

    #[test]
    fn a_score_falls_in_the_first_tier_it_reaches() {
        let tiers = [tier("1", 95.0), tier("2", 85.0), tier("3", 55.0), tier("5", 0.0)];
        assert_eq!(tier_of(&tiers, 95.0).map(|t| t.id.as_str()), Some("1"));
        assert_eq!(tier_of(&tiers, 94.9).map(|t| t.id.as_str()), Some("2"));
        assert_eq!(tier_of(&tiers, 55.0).map(|t| t.id.as_str()), Some("3"));
        assert_eq!(tier_of(&tiers, 12.0).map(|t| t.id.as_str()), Some("5"));
        assert_eq!(tier_of(&tiers[..3], 12.0), None);
    }
}
