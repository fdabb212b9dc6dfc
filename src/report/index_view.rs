//! The index (GCI-style pillars and tier) as templates see it.

use serde::Serialize;

use crate::engine::capacity::{IndexScore, TierRef};

use super::words;

/// Pillar scores and tiers of an assessment.
#[derive(Debug, Clone, Serialize)]
pub struct IndexView {
    pub score: String,
    pub lower_bound: String,
    /// `Tier 4, Evolving`, from the lower bound; `n/a` without data.
    pub tier: String,
    /// The tier the score over known criteria reaches.
    pub tier_over_known: String,
    pub pillars: Vec<PillarView>,
    /// Every tier of the pack, highest first, for the methodology annex.
    pub tiers: Vec<TierView>,
    /// True when a tier shown is not confirmed against the framework.
    pub unconfirmed: bool,
}

#[derive(Debug, Clone, Serialize)]
pub struct PillarView {
    pub id: String,
    pub title: String,
    pub score: String,
    pub lower_bound: String,
    pub known_phrase: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct TierView {
    /// `Tier 4, Evolving (unconfirmed)`.
    pub label: String,
    pub min: String,
    pub confirmed: bool,
}

/// `Tier 4, Evolving (unconfirmed)`, in the language of the rendering (the
/// pack's translation names tiers by id: `tiers.Tier 4`).
fn label(tier: &TierRef) -> String {
    use crate::i18n::tr;
    let mark = if tier.confirmed {
        String::new()
    } else {
        tr("index.unconfirmed", " (unconfirmed)", &[])
    };
    let id = match tier.id.strip_prefix("Tier ") {
        Some(n) => tr("index.tier", "Tier {n}", &[("n", n)]),
        None => tier.id.clone(),
    };
    let title = tr(&format!("tiers.{}", tier.id), &tier.title, &[]);
    format!("{id}, {title}{mark}")
}

impl IndexView {
    pub fn new(index: &IndexScore) -> IndexView {
        let tier = |t: &Option<TierRef>| t.as_ref().map_or_else(|| words::percent(None), label);
        IndexView {
            score: words::percent(index.score),
            lower_bound: words::percent(index.lower_bound),
            tier: tier(&index.tier),
            tier_over_known: tier(&index.tier_over_known),
            pillars: index
                .pillars
                .iter()
                .map(|p| PillarView {
                    id: p.id.clone(),
                    title: crate::i18n::tr(&format!("pillars.{}", p.id), &p.title, &[]),
                    score: words::percent(p.score),
                    lower_bound: words::percent(p.lower_bound),
                    known_phrase: crate::i18n::tr(
                        if p.known <= 1 {
                            "summary.area_known_one"
                        } else {
                            "summary.area_known"
                        },
                        "{known} of {scored} known",
                        &[("known", &p.known.to_string()), ("scored", &p.scored.to_string())],
                    ),
                })
                .collect(),
            tiers: index
                .tiers
                .iter()
                .map(|t| TierView {
                    label: label(t),
                    min: words::number(t.min),
                    confirmed: t.confirmed,
                })
                .collect(),
            unconfirmed: [&index.tier, &index.tier_over_known]
                .iter()
                .any(|t| t.as_ref().is_some_and(|t| !t.confirmed)),
        }
    }
}
