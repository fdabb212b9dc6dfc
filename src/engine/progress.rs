//! Progress: what changed between snapshots of one country, and why.
//!
//! Takes assessments of the same country at successive dates (separate
//! snapshots, or one profile assessed as of successive dates) and gives, per
//! step: each criterion's transition, classified so that new evidence is
//! never read as change (`no_data -> met` is *newly known*, not *improved*);
//! the score change split into what real change moved and what new evidence
//! moved, per area and overall, with coverage beside it; and a narrative of
//! the facts that changed, with their dates and sources.
//!
//! The split is computed, not estimated: an intermediate score is taken with
//! the new outcomes of the criteria known at both dates and the old outcomes
//! of the others. Real change is intermediate minus old; new evidence is new
//! minus intermediate (criteria that became known, or whose evidence was
//! lost). The two add up to the change.

pub mod narrative;

use serde::{Deserialize, Serialize};

use crate::profile::PartialDate;
use crate::rules::Pack;

use super::results::{AreaScore, Assessment, CountryRef, CriterionResult, Outcome, Overall, PackRef};
use super::{assess, pack_ref, score, Options, ProfileInput};

pub use narrative::{NarrativeItem, NarrativeKind};

/// Tag of the progress format.
pub const PROGRESS_V1: &str = "gapwise/progress/v1";

/// What happened to one criterion between two dates.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Transition {
    /// A better scored outcome (`not_met -> partly_met`, `partly_met -> met`).
    Improved,
    /// A worse scored outcome.
    Regressed,
    /// `no_data -> anything`: new evidence, not change.
    NewlyKnown,
    /// `anything -> no_data`: the evidence was lost.
    EvidenceLost,
    /// Another change between outcomes that do not score against each other
    /// (`met -> not_applicable`, `not_met -> waived`, a rule error).
    Changed,
    Unchanged,
}

impl Transition {
    pub const ALL: [Transition; 6] = [
        Transition::Improved,
        Transition::Regressed,
        Transition::NewlyKnown,
        Transition::EvidenceLost,
        Transition::Changed,
        Transition::Unchanged,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Transition::Improved => "improved",
            Transition::Regressed => "regressed",
            Transition::NewlyKnown => "newly_known",
            Transition::EvidenceLost => "evidence_lost",
            Transition::Changed => "changed",
            Transition::Unchanged => "unchanged",
        }
    }
}

/// Classifies the move of one criterion from one outcome to another.
pub fn classify(from: Outcome, to: Outcome) -> Transition {
    if from == to {
        return Transition::Unchanged;
    }
    match (from, to) {
        (Outcome::NoData, _) => Transition::NewlyKnown,
        (_, Outcome::NoData) => Transition::EvidenceLost,
        _ => match (from.credit(), to.credit()) {
            (Some(a), Some(b)) if b > a => Transition::Improved,
            (Some(a), Some(b)) if b < a => Transition::Regressed,
            _ => Transition::Changed,
        },
    }
}

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
}

/// How many criteria made each transition.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct TransitionCounts {
    pub improved: usize,
    pub regressed: usize,
    pub newly_known: usize,
    pub evidence_lost: usize,
    pub changed: usize,
    pub unchanged: usize,
}

impl TransitionCounts {
    pub fn add(&mut self, t: Transition) {
        *self.slot(t) += 1;
    }

    pub fn get(&self, t: Transition) -> usize {
        match t {
            Transition::Improved => self.improved,
            Transition::Regressed => self.regressed,
            Transition::NewlyKnown => self.newly_known,
            Transition::EvidenceLost => self.evidence_lost,
            Transition::Changed => self.changed,
            Transition::Unchanged => self.unchanged,
        }
    }

    fn slot(&mut self, t: Transition) -> &mut usize {
        match t {
            Transition::Improved => &mut self.improved,
            Transition::Regressed => &mut self.regressed,
            Transition::NewlyKnown => &mut self.newly_known,
            Transition::EvidenceLost => &mut self.evidence_lost,
            Transition::Changed => &mut self.changed,
            Transition::Unchanged => &mut self.unchanged,
        }
    }
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
}

/// One assessment in the series, as the chart and the tables show it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Point {
    pub profile: String,
    pub as_of: String,
    pub snapshot_as_of: String,
    /// Budapest standing at that date (`invited`, `party`).
    pub standing: String,
    pub standing_summary: String,
    pub score: Option<f64>,
    pub lower_bound: Option<f64>,
    pub coverage: f64,
    pub sufficient: bool,
    pub areas: Vec<AreaPoint>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AreaPoint {
    pub id: String,
    pub title: String,
    pub score: Option<f64>,
    pub lower_bound: Option<f64>,
    pub coverage: f64,
    /// Whether the pack has scored criteria in the area.
    pub scored: usize,
}

/// What changed from one point to the next.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Step {
    pub from: String,
    pub to: String,
    pub from_profile: String,
    pub to_profile: String,
    pub counts: TransitionCounts,
    pub overall: ScoreChange,
    pub areas: Vec<ScoreChange>,
    /// The facts that changed, treaty standing first.
    pub narrative: Vec<NarrativeItem>,
    /// Every criterion, in pack order.
    pub criteria: Vec<CriterionChange>,
}

impl Step {
    /// True when no criterion moved and no fact changed.
    pub fn is_quiet(&self) -> bool {
        self.counts.unchanged == self.criteria.len() && self.narrative.is_empty()
    }
}

/// How the series was made.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Mode {
    /// Separate snapshots of the country, ordered by date.
    Snapshots,
    /// One profile assessed as of successive dates.
    Timeline,
}

/// The progress of one country.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CountryProgress {
    pub country: CountryRef,
    pub mode: Mode,
    pub points: Vec<Point>,
    pub steps: Vec<Step>,
    /// For a timeline: facts without a date, assumed constant across it.
    #[serde(default)]
    pub assumed_constant: Vec<String>,
}

/// A progress file: every country of one run.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Progress {
    pub schema: String,
    pub pack: PackRef,
    pub countries: Vec<CountryProgress>,
}

/// Why progress could not be computed.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum ProgressError {
    #[error("no profile was given")]
    Empty,
    #[error("`{first}` and `{second}` are both snapshots of {country} as of {as_of}: progress needs snapshots at different dates")]
    SameDate {
        country: String,
        as_of: String,
        first: String,
        second: String,
    },
    #[error("`{first}` is {first_country} and `{second}` is {second_country}: two files compare snapshots of one country (use `gapwise compare` across countries)")]
    TwoCountries {
        first: String,
        first_country: String,
        second: String,
        second_country: String,
    },
    #[error("no country has two snapshots: {0}")]
    NoPairs(String),
    #[error("the years run backwards: --from {from} is after --to {to}")]
    BackwardsRange { from: i16, to: i16 },
    #[error("{years} years from {from} to {to} is too long a timeline (at most 200)")]
    TooLong { from: i16, to: i16, years: usize },
}

/// The progress of each country across its snapshots: profiles grouped by
/// country code, ordered by snapshot date. Two profiles of one country at
/// one date are an error naming both; a country with a single snapshot is
/// left out, unless none has two.
pub fn across_snapshots(pack: &Pack, inputs: &[ProfileInput], options: &Options) -> Result<Progress, ProgressError> {
    if inputs.is_empty() {
        return Err(ProgressError::Empty);
    }
    let mut order: Vec<&ProfileInput> = inputs.iter().collect();
    order.sort_by(|a, b| {
        let (pa, pb) = (&a.profile, &b.profile);
        pa.country
            .iso2
            .to_uppercase()
            .cmp(&pb.country.iso2.to_uppercase())
            .then(pa.snapshot.as_of.earliest().cmp(&pb.snapshot.as_of.earliest()))
            .then(pa.snapshot.as_of.latest().cmp(&pb.snapshot.as_of.latest()))
            .then(a.file.cmp(&b.file))
    });
    if let [a, b] = order.as_slice() {
        if !a.profile.country.iso2.eq_ignore_ascii_case(&b.profile.country.iso2) {
            let name = |p: &ProfileInput| format!("{} ({})", p.profile.country.name, p.profile.country.iso2);
            return Err(ProgressError::TwoCountries {
                first: inputs[0].file.clone(),
                first_country: name(&inputs[0]),
                second: inputs[1].file.clone(),
                second_country: name(&inputs[1]),
            });
        }
    }
    for pair in order.windows(2) {
        let (a, b) = (&pair[0].profile, &pair[1].profile);
        if a.country.iso2.eq_ignore_ascii_case(&b.country.iso2) && a.snapshot.as_of == b.snapshot.as_of {
            return Err(ProgressError::SameDate {
                country: format!("{} ({})", a.country.name, a.country.iso2),
                as_of: a.snapshot.as_of.to_string(),
                first: pair[0].file.clone(),
                second: pair[1].file.clone(),
            });
        }
    }
    let mut groups: Vec<Vec<&ProfileInput>> = Vec::new();
    for input in order {
        match groups.last_mut() {
            Some(g)
                if g[0]
                    .profile
                    .country
                    .iso2
                    .eq_ignore_ascii_case(&input.profile.country.iso2) =>
            {
                g.push(input)
            }
            _ => groups.push(vec![input]),
        }
    }
    if groups.iter().all(|g| g.len() < 2) {
        let names: Vec<String> = groups
            .iter()
            .map(|g| format!("{} (`{}`)", g[0].profile.country.name, g[0].file))
            .collect();
        return Err(ProgressError::NoPairs(format!(
            "{}; give at least two snapshots of the same country, or one profile with `--every year`",
            names.join(", ")
        )));
    }
    let options = Options {
        as_of: None,
        waivers: options.waivers.clone(),
    };
    let countries = groups
        .into_iter()
        .filter(|g| g.len() >= 2)
        .map(|g| {
            let assessed: Vec<(Assessment, &ProfileInput)> =
                g.iter().map(|i| (assess(pack, i, &options), *i)).collect();
            series(pack, Mode::Snapshots, &assessed, Vec::new())
        })
        .collect();
    Ok(Progress {
        schema: PROGRESS_V1.to_string(),
        pack: pack_ref(pack),
        countries,
    })
}

/// One profile assessed as of each date, in order.
pub fn timeline(pack: &Pack, input: &ProfileInput, dates: &[PartialDate], options: &Options) -> Progress {
    let assessed: Vec<(Assessment, &ProfileInput)> = dates
        .iter()
        .map(|d| {
            let o = Options {
                as_of: Some(*d),
                waivers: options.waivers.clone(),
            };
            (assess(pack, input, &o), input)
        })
        .collect();
    let constant = narrative::undated_facts(&input.profile);
    Progress {
        schema: PROGRESS_V1.to_string(),
        pack: pack_ref(pack),
        countries: vec![series(pack, Mode::Timeline, &assessed, constant)],
    }
}

/// The dates of a yearly timeline: 31 December of each year from `from`
/// (the year of the profile's earliest treaty event, or its snapshot's year)
/// to `to` (the snapshot's year), the snapshot's own date standing for its year.
pub fn yearly_dates(
    profile: &crate::profile::Profile,
    from: Option<i16>,
    to: Option<i16>,
) -> Result<Vec<PartialDate>, ProgressError> {
    let snapshot = profile.snapshot.as_of;
    let from = from.unwrap_or_else(|| narrative::earliest_event_year(profile).unwrap_or(snapshot.year));
    let to = to.unwrap_or(snapshot.year);
    if from > to {
        return Err(ProgressError::BackwardsRange { from, to });
    }
    let years = (to - from) as usize + 1;
    if years > 200 {
        return Err(ProgressError::TooLong { from, to, years });
    }
    Ok((from..=to)
        .map(|y| {
            if y == snapshot.year {
                snapshot
            } else {
                PartialDate {
                    year: y,
                    month: Some(12),
                    day: Some(31),
                }
            }
        })
        .collect())
}

fn series(pack: &Pack, mode: Mode, assessed: &[(Assessment, &ProfileInput)], constant: Vec<String>) -> CountryProgress {
    let points = assessed.iter().map(|(a, _)| point(a)).collect();
    let steps = assessed
        .windows(2)
        .map(|w| {
            let profiles = (&w[0].1.profile, &w[1].1.profile);
            step(pack, &w[0].0, &w[1].0, profiles, mode == Mode::Snapshots)
        })
        .collect();
    let first = &assessed[0].0;
    CountryProgress {
        country: first.country.clone(),
        mode,
        points,
        steps,
        assumed_constant: constant,
    }
}

fn point(a: &Assessment) -> Point {
    Point {
        profile: a.profile.clone(),
        as_of: a.as_of.clone(),
        snapshot_as_of: a.snapshot_as_of.clone(),
        standing: a.budapest.standing.clone(),
        standing_summary: a.budapest.summary.clone(),
        score: a.overall.score,
        lower_bound: a.overall.lower_bound,
        coverage: a.overall.coverage,
        sufficient: a.overall.sufficient,
        areas: a
            .areas
            .iter()
            .map(|x| AreaPoint {
                id: x.id.clone(),
                title: x.title.clone(),
                score: x.score,
                lower_bound: x.lower_bound,
                coverage: x.coverage,
                scored: x.scored,
            })
            .collect(),
    }
}

/// The step between two assessments of one country, of these two profiles;
/// `compare_facts` when they are different snapshots (the narrative then
/// lists the facts that differ, beside the treaty standing).
pub fn step(
    pack: &Pack,
    from: &Assessment,
    to: &Assessment,
    profiles: (&crate::profile::Profile, &crate::profile::Profile),
    compare_facts: bool,
) -> Step {
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
    let mut narrative = narrative::treaty(from, to, profiles.1);
    if compare_facts {
        narrative.extend(narrative::facts(profiles.0, profiles.1));
    }
    Step {
        from: from.as_of.clone(),
        to: to.as_of.clone(),
        from_profile: from.profile.clone(),
        to_profile: to.profile.clone(),
        counts,
        overall,
        areas,
        narrative,
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
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn new_evidence_is_not_improvement() {
        assert_eq!(classify(Outcome::NoData, Outcome::Met), Transition::NewlyKnown);
        assert_eq!(classify(Outcome::NoData, Outcome::NotMet), Transition::NewlyKnown);
        assert_eq!(classify(Outcome::Met, Outcome::NoData), Transition::EvidenceLost);
        assert_eq!(classify(Outcome::NotMet, Outcome::PartlyMet), Transition::Improved);
        assert_eq!(classify(Outcome::NotMet, Outcome::Met), Transition::Improved);
        assert_eq!(classify(Outcome::Met, Outcome::PartlyMet), Transition::Regressed);
        assert_eq!(classify(Outcome::Met, Outcome::NotApplicable), Transition::Changed);
        assert_eq!(classify(Outcome::Met, Outcome::Met), Transition::Unchanged);
    }

    #[test]
    fn the_split_adds_up_to_the_change() {
        let (c, r, e) = split(Some(33.3), Some(50.0), Some(71.4));
        assert_eq!(c, Some(38.1));
        assert_eq!(r, Some(16.7));
        assert_eq!(e, Some(21.4));
        assert_eq!(split(None, None, Some(50.0)), (None, None, None));
    }
}
