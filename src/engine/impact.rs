//! The impact of a rule change: evaluate two versions of a pack on the same
//! profiles and list every verdict and score that moves.

use serde::Serialize;

use crate::rules::Pack;

use super::{assess_all, Options, Outcome, ProfileInput};

/// One (country, criterion) whose verdict changes.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct VerdictChange {
    pub profile: String,
    pub country: String,
    pub criterion: String,
    /// `None` when the criterion does not exist on that side.
    pub before: Option<Outcome>,
    pub after: Option<Outcome>,
    pub before_message: Option<String>,
    pub after_message: Option<String>,
}

/// A country whose overall score changes.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ScoreChange {
    pub profile: String,
    pub country: String,
    pub before: Option<f64>,
    pub after: Option<f64>,
}

/// An area (or the whole pack, `area: "overall"`) whose coverage changes:
/// the share of its criteria with data, in percent, and how many are known.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CoverageChange {
    pub profile: String,
    pub country: String,
    pub area: String,
    pub before: Option<f64>,
    pub after: Option<f64>,
    pub known_before: Option<usize>,
    pub known_after: Option<usize>,
    pub scored_before: Option<usize>,
    pub scored_after: Option<usize>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Impact {
    pub verdicts: Vec<VerdictChange>,
    pub scores: Vec<ScoreChange>,
    /// Areas whose coverage (or number of criteria) changes, then the overall coverage.
    pub coverage: Vec<CoverageChange>,
}

/// Compares two packs on the same profiles.
pub fn impact(before: &Pack, after: &Pack, inputs: &[ProfileInput], options: &Options) -> Impact {
    let old = assess_all(before, inputs, options);
    let new = assess_all(after, inputs, options);
    let mut result = Impact::default();
    for (a, b) in old.iter().zip(&new) {
        let mut ids: Vec<&str> = a.criteria.iter().chain(&b.criteria).map(|c| c.id.as_str()).collect();
        ids.sort();
        ids.dedup();
        for id in ids {
            let (x, y) = (a.criterion(id), b.criterion(id));
            let changed = match (x, y) {
                (Some(x), Some(y)) => x.outcome != y.outcome || x.message != y.message,
                _ => true,
            };
            if changed {
                result.verdicts.push(VerdictChange {
                    profile: a.profile.clone(),
                    country: a.country.name.clone(),
                    criterion: id.to_string(),
                    before: x.map(|c| c.outcome),
                    after: y.map(|c| c.outcome),
                    before_message: x.map(|c| c.message.clone()),
                    after_message: y.map(|c| c.message.clone()),
                });
            }
        }
        let mut areas: Vec<&str> = a.areas.iter().chain(&b.areas).map(|x| x.id.as_str()).collect();
        areas.dedup();
        let mut seen = std::collections::BTreeSet::new();
        for id in areas.into_iter().filter(|id| seen.insert(*id)) {
            let (x, y) = (a.areas.iter().find(|x| x.id == id), b.areas.iter().find(|x| x.id == id));
            let key = |s: Option<&super::AreaScore>| s.map(|s| (s.coverage, s.known, s.scored));
            if key(x) != key(y) {
                result.coverage.push(CoverageChange {
                    profile: a.profile.clone(),
                    country: a.country.name.clone(),
                    area: id.to_string(),
                    before: x.map(|s| s.coverage),
                    after: y.map(|s| s.coverage),
                    known_before: x.map(|s| s.known),
                    known_after: y.map(|s| s.known),
                    scored_before: x.map(|s| s.scored),
                    scored_after: y.map(|s| s.scored),
                });
            }
        }
        let overall = |o: &super::Overall| (o.coverage, o.known, o.scored);
        if overall(&a.overall) != overall(&b.overall) {
            result.coverage.push(CoverageChange {
                profile: a.profile.clone(),
                country: a.country.name.clone(),
                area: "overall".into(),
                before: Some(a.overall.coverage),
                after: Some(b.overall.coverage),
                known_before: Some(a.overall.known),
                known_after: Some(b.overall.known),
                scored_before: Some(a.overall.scored),
                scored_after: Some(b.overall.scored),
            });
        }
        if a.overall.score != b.overall.score {
            result.scores.push(ScoreChange {
                profile: a.profile.clone(),
                country: a.country.name.clone(),
                before: a.overall.score,
                after: b.overall.score,
            });
        }
    }
    result
}

impl Impact {
    /// A readable account: a line per changed verdict, then per changed score.
    pub fn report(&self) -> String {
        let name = |o: Option<Outcome>| o.map_or("(absent)", Outcome::as_str);
        let score = |s: Option<f64>| s.map_or("n/a".to_string(), |s| format!("{s}%"));
        let mut out = String::new();
        if self.verdicts.is_empty() && self.scores.is_empty() && self.coverage.is_empty() {
            out.push_str("no verdict, score or coverage changes\n");
            return out;
        }
        for v in &self.verdicts {
            out.push_str(&format!(
                "{} ({}): {}: {} -> {}",
                v.country,
                v.profile,
                v.criterion,
                name(v.before),
                name(v.after)
            ));
            if v.before == v.after {
                out.push_str(&format!(
                    " (message: {:?} -> {:?})",
                    v.before_message.as_deref().unwrap_or(""),
                    v.after_message.as_deref().unwrap_or("")
                ));
            }
            out.push('\n');
        }
        for s in &self.scores {
            out.push_str(&format!(
                "{} ({}): overall score {} -> {}\n",
                s.country,
                s.profile,
                score(s.before),
                score(s.after)
            ));
        }
        let share = |c: Option<f64>, k: Option<usize>, n: Option<usize>| match (c, k, n) {
            (Some(c), Some(k), Some(n)) => format!("{c}% ({k} of {n} known)"),
            _ => "(absent)".to_string(),
        };
        for c in &self.coverage {
            out.push_str(&format!(
                "{} ({}): coverage of {} {} -> {}\n",
                c.country,
                c.profile,
                c.area,
                share(c.before, c.known_before, c.scored_before),
                share(c.after, c.known_after, c.scored_after)
            ));
        }
        out.push_str(&format!(
            "{} verdict(s), {} score(s) and {} coverage figure(s) change\n",
            self.verdicts.len(),
            self.scores.len(),
            self.coverage.len()
        ));
        out
    }
}
