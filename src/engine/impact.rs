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

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Impact {
    pub verdicts: Vec<VerdictChange>,
    pub scores: Vec<ScoreChange>,
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
        if self.verdicts.is_empty() && self.scores.is_empty() {
            out.push_str("no verdict or score changes\n");
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
        out.push_str(&format!(
            "{} verdict(s) and {} score(s) change\n",
            self.verdicts.len(),
            self.scores.len()
        ));
        out
    }
}
