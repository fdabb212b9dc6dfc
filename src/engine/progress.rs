//! Progress: what changed between snapshots of one country, and why.
//!
//! Takes snapshots of the same country at successive dates (separate
//! profiles, results files, or one profile assessed as of successive dates)
//! and gives, per step: the facts that changed, with their dates and
//! sources, once for the country; and for each pack of the run, each
//! criterion's transition, classified so that new evidence is never read as
//! change (`no_data -> met` is *newly known*, not *improved*), and the score
//! change split into what real change moved and what new evidence moved,
//! per area and overall, with coverage and stage beside it ([`step`]).

pub mod narrative;
pub mod step;
pub mod transition;
pub mod wording;

use serde::{Deserialize, Serialize};

use crate::profile::PartialDate;
use crate::rules::Pack;

use super::results::{Assessment, CountryRef, PackRef};
use super::snapshot::{Snapshot, SnapshotError};
use super::{pack_ref, Options, ProfileInput};

pub use narrative::{NarrativeItem, NarrativeKind};
pub use step::{step, CriterionChange, ScoreChange, Step};
pub use transition::{classify, Transition, TransitionCounts};

/// Tag of the progress format.
pub const PROGRESS_V2: &str = "gapwise/progress/v2";

/// One date of the series, as every pack shares it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DatePoint {
    /// The profile (or `results.json (profile.yaml)`).
    pub profile: String,
    pub as_of: String,
    pub snapshot_as_of: String,
    /// Budapest standing at that date (`invited`, `party`).
    pub standing: String,
    pub standing_summary: String,
}

/// One pack's scores at one date, as the chart and the tables show them.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Point {
    pub as_of: String,
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
    /// How many scored criteria the pack has in the area.
    pub scored: usize,
    /// The maturity stage reached.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stage: Option<String>,
}

/// The facts that changed from one date to the next, treaty standing first.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FactChanges {
    pub from: String,
    pub to: String,
    pub narrative: Vec<NarrativeItem>,
}

/// One pack's series for one country.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PackSeries {
    /// The pack's id (described in [`Progress::packs`]).
    pub pack: String,
    /// One per date.
    pub points: Vec<Point>,
    /// One per pair of successive dates.
    pub steps: Vec<Step>,
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
    pub dates: Vec<DatePoint>,
    /// One per pair of successive dates.
    pub facts: Vec<FactChanges>,
    /// One per pack, in the order of the run.
    pub packs: Vec<PackSeries>,
    /// For a timeline: facts without a date, assumed constant across it.
    #[serde(default)]
    pub assumed_constant: Vec<String>,
    /// The same as data, for a report to write in its language.
    #[serde(skip)]
    pub assumed_wording: Vec<(wording::Subject, wording::FactValue)>,
}

/// A progress file: every country of one run, against every pack of it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Progress {
    pub schema: String,
    /// The packs, in the order of the run.
    pub packs: Vec<PackRef>,
    /// By country code.
    pub countries: Vec<CountryProgress>,
}

/// Why progress could not be computed.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum ProgressError {
    #[error("no profile was given")]
    Empty,
    #[error("no pack was given")]
    NoPack,
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
    #[error(transparent)]
    Snapshot(#[from] SnapshotError),
}

fn label(c: &CountryRef) -> String {
    format!("{} ({})", c.name, c.iso2)
}

/// The progress of each country across its snapshots, against each pack:
/// snapshots grouped by country code, ordered by date. Two snapshots of one
/// country at one date are an error naming both; a country with a single
/// snapshot is left out, unless none has two.
pub fn across_snapshots(packs: &[Pack], inputs: &[Snapshot], options: &Options) -> Result<Progress, ProgressError> {
    if inputs.is_empty() {
        return Err(ProgressError::Empty);
    }
    if packs.is_empty() {
        return Err(ProgressError::NoPack);
    }
    let mut order: Vec<&Snapshot> = inputs.iter().collect();
    order.sort_by(|a, b| {
        a.iso2()
            .cmp(&b.iso2())
            .then(a.date().earliest().cmp(&b.date().earliest()))
            .then(a.date().latest().cmp(&b.date().latest()))
            .then(a.name().cmp(&b.name()))
    });
    if let [a, b] = inputs {
        if a.iso2() != b.iso2() {
            return Err(ProgressError::TwoCountries {
                first: a.name(),
                first_country: label(&a.country()),
                second: b.name(),
                second_country: label(&b.country()),
            });
        }
    }
    for pair in order.windows(2) {
        let (a, b) = (pair[0], pair[1]);
        if a.iso2() == b.iso2() && a.date() == b.date() {
            return Err(ProgressError::SameDate {
                country: label(&a.country()),
                as_of: a.date().to_string(),
                first: a.name(),
                second: b.name(),
            });
        }
    }
    let mut groups: Vec<Vec<&Snapshot>> = Vec::new();
    for input in order {
        match groups.last_mut() {
            Some(g) if g[0].iso2() == input.iso2() => g.push(input),
            _ => groups.push(vec![input]),
        }
    }
    if groups.iter().all(|g| g.len() < 2) {
        let names: Vec<String> = groups
            .iter()
            .map(|g| format!("{} (`{}`)", g[0].country().name, g[0].name()))
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
            let assessed = packs
                .iter()
                .map(|pack| g.iter().map(|s| s.assessment(pack, &options)).collect())
                .collect::<Result<Vec<Vec<Assessment>>, SnapshotError>>()?;
            Ok(series(packs, Mode::Snapshots, &g, &assessed, Vec::new()))
        })
        .collect::<Result<Vec<_>, ProgressError>>()?;
    Ok(Progress {
        schema: PROGRESS_V2.to_string(),
        packs: packs.iter().map(pack_ref).collect(),
        countries,
    })
}

/// One profile assessed as of each date, in order, against each pack.
pub fn timeline(
    packs: &[Pack],
    input: &ProfileInput,
    dates: &[PartialDate],
    options: &Options,
) -> Result<Progress, ProgressError> {
    if packs.is_empty() {
        return Err(ProgressError::NoPack);
    }
    let assessed: Vec<Vec<Assessment>> = packs
        .iter()
        .map(|pack| {
            dates
                .iter()
                .map(|d| {
                    let o = Options {
                        as_of: Some(*d),
                        waivers: options.waivers.clone(),
                    };
                    super::assess(pack, input, &o)
                })
                .collect()
        })
        .collect();
    let snapshot = Snapshot::Profile(Box::new(input.clone()));
    let snapshots = vec![&snapshot; dates.len()];
    let constant = narrative::undated_facts(&input.profile);
    Ok(Progress {
        schema: PROGRESS_V2.to_string(),
        packs: packs.iter().map(pack_ref).collect(),
        countries: vec![series(packs, Mode::Timeline, &snapshots, &assessed, constant)],
    })
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

/// The series of one country: `assessed[pack][date]`, `snapshots[date]`.
fn series(
    packs: &[Pack],
    mode: Mode,
    snapshots: &[&Snapshot],
    assessed: &[Vec<Assessment>],
    constant: Vec<(wording::Subject, wording::FactValue)>,
) -> CountryProgress {
    let first = &assessed[0];
    let dates = first
        .iter()
        .zip(snapshots)
        .map(|(a, s)| DatePoint {
            profile: match s {
                Snapshot::Profile(_) => a.profile.clone(),
                Snapshot::Assessed { .. } => s.name(),
            },
            as_of: a.as_of.clone(),
            snapshot_as_of: a.snapshot_as_of.clone(),
            standing: a.budapest.standing.clone(),
            standing_summary: a.budapest.summary.clone(),
        })
        .collect();
    let facts = (1..first.len())
        .map(|i| {
            let (old, new) = (snapshots[i - 1].profile(), snapshots[i].profile());
            let mut items = narrative::treaty(&first[i - 1], &first[i], new);
            if let (Mode::Snapshots, Some(old), Some(new)) = (mode, old, new) {
                items.extend(narrative::facts(old, new));
            }
            FactChanges {
                from: first[i - 1].as_of.clone(),
                to: first[i].as_of.clone(),
                narrative: items,
            }
        })
        .collect();
    let series = packs
        .iter()
        .zip(assessed)
        .map(|(pack, list)| PackSeries {
            pack: pack.meta.id.clone(),
            points: list.iter().map(point).collect(),
            steps: list.windows(2).map(|w| step(pack, &w[0], &w[1])).collect(),
        })
        .collect();
    CountryProgress {
        country: first[0].country.clone(),
        mode,
        dates,
        facts,
        packs: series,
        assumed_constant: constant.iter().map(|(s, v)| wording::fact_line(s, v)).collect(),
        assumed_wording: constant,
    }
}

fn point(a: &Assessment) -> Point {
    Point {
        as_of: a.as_of.clone(),
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
                stage: x.stage.clone(),
            })
            .collect(),
    }
}
