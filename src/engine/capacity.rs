//! GCI-style index: a 0-100 score per pillar and overall, and the tier the
//! overall score falls in. Pillars and tiers are data of the pack
//! (`pack.yaml` `pillars`, `tiers`); a criterion counts in the pillar its
//! `meta()` names. The maturity stage per CMM dimension is the pack's area
//! stage (see [`super::score::areas`]).
//!
//! Scores follow the rest of the engine: met counts in full, partly met for
//! half, `no_data` is left out of the score and counted as not met in the
//! lower bound. The GCI gives no credit without evidence, so the tier is
//! read from the lower bound; the tier the score over known criteria would
//! reach is given beside it.

use serde::{Deserialize, Serialize};

use crate::rules::index::tier_of;
use crate::rules::meta::PackMeta;

use super::results::{Counts, CriterionResult};
use super::score::score_of;

/// The index of one profile.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct IndexScore {
    /// Every pillar of the pack, in its order.
    pub pillars: Vec<PillarScore>,
    /// The pillars' scores weighted by their weights; `None` when no
    /// criterion has data.
    pub score: Option<f64>,
    /// The same with every unknown criterion counted as not met.
    pub lower_bound: Option<f64>,
    /// The tier `lower_bound` falls in: the GCI's reading, no evidence, no credit.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tier: Option<TierRef>,
    /// The tier `score` falls in: where the State would stand if every
    /// unknown criterion turned out like the known ones.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tier_over_known: Option<TierRef>,
    /// Every tier of the pack, highest first.
    #[serde(default)]
    pub tiers: Vec<TierRef>,
}

/// Score of one pillar.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PillarScore {
    pub id: String,
    pub title: String,
    pub weight: f64,
    pub score: Option<f64>,
    pub lower_bound: Option<f64>,
    /// Share of the pillar's criteria with data, in percent.
    pub coverage: f64,
    pub known: usize,
    pub scored: usize,
    pub counts: Counts,
}

/// A tier as results carry it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TierRef {
    pub id: String,
    pub title: String,
    pub min: f64,
    /// False when the name or threshold is not confirmed: reports mark it.
    pub confirmed: bool,
}

/// The index of a profile's criteria, for a pack that declares pillars.
pub fn index(pack: &PackMeta, criteria: &[CriterionResult]) -> Option<IndexScore> {
    if pack.pillars.is_empty() {
        return None;
    }
    let pillars: Vec<PillarScore> = pack
        .pillars
        .iter()
        .map(|pillar| {
            let tally = score_of(
                criteria
                    .iter()
                    .filter(|c| c.pillar.as_deref() == Some(pillar.id.as_str())),
            );
            PillarScore {
                id: pillar.id.clone(),
                title: pillar.title.clone(),
                weight: pillar.weight,
                score: tally.score,
                lower_bound: tally.lower_bound,
                coverage: tally.coverage,
                known: tally.known,
                scored: tally.scored,
                counts: tally.counts,
            }
        })
        .collect();
    let weighted = |value: fn(&PillarScore) -> Option<f64>| {
        let (mut sum, mut weights) = (0.0, 0.0);
        for pillar in pillars.iter().filter(|p| p.scored > 0) {
            if let Some(v) = value(pillar) {
                sum += v * pillar.weight;
                weights += pillar.weight;
            }
        }
        (weights > 0.0).then(|| (sum / weights * 10.0).round() / 10.0)
    };
    let score = weighted(|p| p.score);
    let lower_bound = weighted(|p| p.lower_bound.or(p.score));
    let tier_ref = |t: &crate::rules::index::Tier| TierRef {
        id: t.id.clone(),
        title: t.title.clone(),
        min: t.min,
        confirmed: t.confirmed,
    };
    let tier = |s: Option<f64>| s.and_then(|s| tier_of(&pack.tiers, s)).map(tier_ref);
    Some(IndexScore {
        tier: tier(lower_bound),
        tier_over_known: tier(score),
        tiers: pack.tiers.iter().map(tier_ref).collect(),
        pillars,
        score,
        lower_bound,
    })
}
