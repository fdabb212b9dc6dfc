//! Comparing countries: a country x criterion matrix per pack.
//!
//! Rows are countries (the latest snapshot of each, or with an as-of date
//! the latest snapshot not after it, assessed as of that date); columns are
//! the pack's criteria grouped by area. Each row carries the score, its
//! lower bound, coverage, whether the evidence suffices for a headline, and
//! the waivers that matched; each column how many countries meet it.
//! Rows may be grouped by region, with subtotals, and sorted by score,
//! coverage or name; ties fall back to the name, then the code. Several
//! packs give one matrix each, in the order of the run.

use serde::{Deserialize, Serialize};

use crate::profile::PartialDate;
use crate::rules::Pack;

use super::results::{Assessment, Outcome, PackRef, WaiverStatus};
use super::snapshot::{Snapshot, SnapshotError};
use super::Options;

/// Tag of the compare format.
pub const COMPARE_V2: &str = "gapwise/compare/v2";

/// How rows are ordered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, clap::ValueEnum)]
#[serde(rename_all = "snake_case")]
pub enum SortBy {
    /// Highest score first; countries without a score last.
    #[default]
    Score,
    /// Highest coverage first.
    Coverage,
    /// By country name.
    Name,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Column {
    /// Short label: the column's number in the matrix (`1`, `2`, ...).
    pub short: String,
    pub id: String,
    pub title: String,
    pub reference: String,
    /// Countries that meet it, and countries with data on it.
    pub met: usize,
    pub known: usize,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AreaColumns {
    pub id: String,
    pub title: String,
    pub columns: Vec<Column>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Row {
    pub country: String,
    pub iso2: String,
    pub region: String,
    pub profile: String,
    pub as_of: String,
    pub score: Option<f64>,
    pub lower_bound: Option<f64>,
    pub coverage: f64,
    /// False when too little is known of the pack's core areas for the
    /// score to mean much: reports then say "insufficient evidence".
    pub sufficient: bool,
    /// One outcome per column, in column order.
    pub cells: Vec<Outcome>,
    /// Waivers that matched the country: in force, expiring or expired.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub waivers: Vec<WaiverStatus>,
}

/// Subtotals of a region.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Group {
    pub region: String,
    pub countries: usize,
    /// Mean of the scores of the countries that have one.
    pub mean_score: Option<f64>,
    pub mean_coverage: f64,
    /// Per column, countries of the region that meet it.
    pub met: Vec<usize>,
}

/// The matrix of one pack.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Matrix {
    pub pack: PackRef,
    pub areas: Vec<AreaColumns>,
    pub rows: Vec<Row>,
    /// Regions in row order, when grouped by region; empty otherwise.
    pub groups: Vec<Group>,
}

/// A compare file: the same countries, one matrix per pack.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Comparison {
    pub schema: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub as_of: Option<String>,
    pub sort: SortBy,
    /// In the order of the run.
    pub packs: Vec<Matrix>,
}

#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum CompareError {
    #[error("no profile was given")]
    Empty,
    #[error("no pack was given")]
    NoPack,
    #[error(transparent)]
    Snapshot(#[from] SnapshotError),
}

/// The region of the countries whose profile names none.
pub const NO_REGION: &str = "No region";

fn region(input: &Snapshot) -> String {
    input.region().unwrap_or_else(|| NO_REGION.to_string())
}

/// The snapshot to compare of each country: the latest, or the latest not
/// after `as_of` (the earliest when all are after it).
fn pick<'a>(inputs: &'a [Snapshot], as_of: Option<&PartialDate>) -> Vec<&'a Snapshot> {
    let mut sorted: Vec<&Snapshot> = inputs.iter().collect();
    sorted.sort_by(|a, b| {
        a.iso2()
            .cmp(&b.iso2())
            .then(a.date().earliest().cmp(&b.date().earliest()))
            .then(a.name().cmp(&b.name()))
    });
    let mut chosen: Vec<&Snapshot> = Vec::new();
    for input in sorted {
        let fits = as_of.is_none_or(|d| input.date().earliest() <= d.latest());
        match chosen.last_mut() {
            Some(last) if last.iso2() == input.iso2() => {
                if fits {
                    *last = input;
                }
            }
            _ => chosen.push(input),
        }
    }
    chosen
}

/// Builds one matrix per pack, each pack with its options (its waivers);
/// `as_of` picks the snapshots and is the date they are assessed as of.
/// Results files are read as they are: with `as_of` or waivers, only
/// profiles will do.
pub fn matrices(
    packs: &[(Pack, Options)],
    inputs: &[Snapshot],
    as_of: Option<PartialDate>,
    sort: SortBy,
    by_region: bool,
) -> Result<Comparison, CompareError> {
    if inputs.is_empty() {
        return Err(CompareError::Empty);
    }
    if packs.is_empty() {
        return Err(CompareError::NoPack);
    }
    // A results file is used as it is: it cannot be assessed as of another
    // date, nor with other waivers than those it was assessed with.
    let waivers = packs.iter().any(|(_, o)| o.waivers.is_some());
    if let Some(results) = inputs.iter().find(|s| s.profile().is_none()) {
        let what = match (as_of, waivers) {
            (Some(_), _) => Some("--as-of"),
            (None, true) => Some("--waivers"),
            (None, false) => None,
        };
        if let Some(what) = what {
            return Err(SnapshotError::NeedsProfile {
                file: results.file().to_string(),
                what: what.into(),
            }
            .into());
        }
    }
    let chosen = pick(inputs, as_of.as_ref());
    let matrices = packs
        .iter()
        .map(|(pack, options)| {
            let options = Options {
                as_of,
                waivers: options.waivers.clone(),
            };
            let assessed = super::threads::in_pool(|| {
                use rayon::prelude::*;
                chosen
                    .par_iter()
                    .map(|s| s.assessment(pack, &options))
                    .collect::<Result<Vec<Assessment>, SnapshotError>>()
            })?;
            Ok(matrix(pack, &chosen, &assessed, sort, by_region))
        })
        .collect::<Result<Vec<Matrix>, CompareError>>()?;
    Ok(Comparison {
        schema: COMPARE_V2.to_string(),
        as_of: as_of.map(|d| d.to_string()),
        sort,
        packs: matrices,
    })
}

/// The matrix of one pack, from the assessments of the chosen snapshots.
fn matrix(pack: &Pack, chosen: &[&Snapshot], assessed: &[Assessment], sort: SortBy, by_region: bool) -> Matrix {
    let mut number = 0;
    let mut areas: Vec<AreaColumns> = pack
        .meta
        .areas
        .iter()
        .map(|area| AreaColumns {
            id: area.id.clone(),
            title: area.title.clone(),
            columns: pack
                .rules
                .iter()
                .filter(|r| r.meta.area == area.id)
                .map(|r| {
                    number += 1;
                    Column {
                        short: number.to_string(),
                        id: r.meta.id.clone(),
                        title: r.meta.title.clone(),
                        reference: r.meta.reference.clone(),
                        met: 0,
                        known: 0,
                    }
                })
                .collect(),
        })
        .filter(|a| !a.columns.is_empty())
        .collect();
    let ids: Vec<String> = areas
        .iter()
        .flat_map(|a| a.columns.iter().map(|c| c.id.clone()))
        .collect();
    let mut rows: Vec<Row> = assessed
        .iter()
        .zip(chosen)
        .map(|(a, input)| Row {
            country: a.country.name.clone(),
            iso2: a.country.iso2.clone(),
            region: region(input),
            profile: a.profile.clone(),
            as_of: a.as_of.clone(),
            score: a.overall.score,
            lower_bound: a.overall.lower_bound,
            coverage: a.overall.coverage,
            sufficient: a.overall.sufficient,
            cells: ids
                .iter()
                .map(|id| a.criterion(id).map_or(Outcome::NoData, |c| c.outcome))
                .collect(),
            waivers: a.waivers.clone(),
        })
        .collect();
    let key = |r: &Row| (r.country.to_lowercase(), r.iso2.clone());
    rows.sort_by(|a, b| {
        let grouped = if by_region {
            a.region.cmp(&b.region)
        } else {
            std::cmp::Ordering::Equal
        };
        let by = match sort {
            SortBy::Score => b
                .score
                .unwrap_or(-1.0)
                .partial_cmp(&a.score.unwrap_or(-1.0))
                .unwrap_or(std::cmp::Ordering::Equal),
            SortBy::Coverage => b.coverage.partial_cmp(&a.coverage).unwrap_or(std::cmp::Ordering::Equal),
            SortBy::Name => std::cmp::Ordering::Equal,
        };
        grouped.then(by).then(key(a).cmp(&key(b)))
    });
    let mut i = 0;
    for area in &mut areas {
        for column in &mut area.columns {
            column.met = rows.iter().filter(|r| r.cells[i] == Outcome::Met).count();
            column.known = rows.iter().filter(|r| r.cells[i] != Outcome::NoData).count();
            i += 1;
        }
    }
    let mut groups: Vec<Group> = Vec::new();
    if by_region {
        for row in &rows {
            if groups.last().is_none_or(|g| g.region != row.region) {
                let mine: Vec<&Row> = rows.iter().filter(|r| r.region == row.region).collect();
                let scores: Vec<f64> = mine.iter().filter_map(|r| r.score).collect();
                let mean =
                    |v: &[f64]| (!v.is_empty()).then(|| (v.iter().sum::<f64>() / v.len() as f64 * 10.0).round() / 10.0);
                let coverage: Vec<f64> = mine.iter().map(|r| r.coverage).collect();
                groups.push(Group {
                    region: row.region.clone(),
                    countries: mine.len(),
                    mean_score: mean(&scores),
                    mean_coverage: mean(&coverage).unwrap_or(0.0),
                    met: (0..ids.len())
                        .map(|i| mine.iter().filter(|r| r.cells[i] == Outcome::Met).count())
                        .collect(),
                });
            }
        }
    }
    Matrix {
        pack: super::pack_ref(pack),
        areas,
        rows,
        groups,
    }
}
