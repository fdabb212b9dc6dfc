//! Checks of a results file read back from disk (`gapwise report`): does it
//! agree with itself, and with its pack when the pack is at hand?
//!
//! Every figure of an assessment follows from its criteria: counts, scores,
//! lower bounds, coverage, stages and gaps are computed again here with the
//! engine's own functions ([`super::score`]) and compared with what the file
//! says. A file that disagrees with itself is refused rather than repaired:
//! an edited outcome and an edited summary cannot be told apart, and a report
//! must not state figures the file does not support.

use crate::rules::meta::{Area, Maturity, PackMeta};
use crate::rules::Pack;

use super::results::{AreaScore, Assessment, Counts, Outcome, Overall, Results};
use super::score;

/// At most this many disagreements are listed per assessment.
const SHOWN: usize = 5;

/// What disagrees within each assessment of a results file.
pub fn inconsistencies(results: &Results) -> Vec<String> {
    let mut found = Vec::new();
    for a in &results.assessments {
        let mut mine = shape(a);
        if mine.is_empty() {
            mine = figures(a);
        }
        if !mine.is_empty() {
            found.push(summarise(&a.profile, mine));
        }
    }
    found
}

/// `` `profile`: first; second; ...; and 3 more ``.
fn summarise(profile: &str, mut found: Vec<String>) -> String {
    let more = found.len().saturating_sub(SHOWN);
    found.truncate(SHOWN);
    if more > 0 {
        found.push(format!("and {more} more"));
    }
    format!("`{profile}`: {}", found.join("; "))
}

/// Areas and criteria listed twice or not at all, gaps naming no criterion,
/// values out of range, outcomes without what they rest on.
fn shape(a: &Assessment) -> Vec<String> {
    let mut found = Vec::new();
    let percent = |v: f64| (0.0..=100.0).contains(&v);
    let mut areas: Vec<&str> = a.areas.iter().map(|x| x.id.as_str()).collect();
    areas.sort_unstable();
    if let Some(w) = areas.windows(2).find(|w| w[0] == w[1]) {
        found.push(format!("area `{}` is listed twice", w[0]));
    }
    let mut ids: Vec<&str> = a.criteria.iter().map(|c| c.id.as_str()).collect();
    ids.sort_unstable();
    if let Some(w) = ids.windows(2).find(|w| w[0] == w[1]) {
        found.push(format!("criterion `{}` is listed twice", w[0]));
    }
    for gap in a.gaps.iter().filter(|g| ids.binary_search(&g.as_str()).is_err()) {
        found.push(format!("gap `{gap}` names no criterion"));
    }
    if a.pack.criteria != a.criteria.len() {
        found.push(format!(
            "the pack is said to have {} criteria and {} are listed",
            a.pack.criteria,
            a.criteria.len()
        ));
    }
    for c in &a.criteria {
        if areas.binary_search(&c.area.as_str()).is_err() {
            found.push(format!(
                "criterion `{}` is in area `{}`, which is not listed",
                c.id, c.area
            ));
        }
        if !c.weight.is_finite() || c.weight < 0.0 {
            found.push(format!("criterion `{}` has weight {}", c.id, c.weight));
        }
        if (c.outcome == Outcome::Waived) != c.waiver.is_some() {
            found.push(format!(
                "criterion `{}` is `{}` {} a waiver",
                c.id,
                c.outcome.as_str(),
                if c.waiver.is_some() { "with" } else { "without" }
            ));
        }
        if c.failure.is_some() && c.outcome != Outcome::Error {
            found.push(format!(
                "criterion `{}` is `{}` with a rule failure",
                c.id,
                c.outcome.as_str()
            ));
        }
    }
    if !a.overall.score.is_none_or(percent) || !percent(a.overall.coverage) {
        found.push("the overall score or coverage is not a percentage".into());
    }
    for x in &a.areas {
        if !x.score.is_none_or(percent) || !percent(x.coverage) {
            found.push(format!("area `{}`: its score or coverage is not a percentage", x.id));
        }
        if !x.weight.is_finite() || x.weight < 0.0 {
            found.push(format!("area `{}` has weight {}", x.id, x.weight));
        }
    }
    if !a.overall.evidence_threshold.is_finite() || !percent(a.overall.evidence_threshold) {
        found.push(format!(
            "the evidence threshold {} is not a percentage",
            a.overall.evidence_threshold
        ));
    }
    let stamp = &a.stamp;
    let digests = [
        ("profile", Some(&stamp.profile_digest)),
        ("pack", Some(&stamp.pack_digest)),
        ("templates", stamp.templates_digest.as_ref()),
    ];
    for (name, digest) in digests {
        if let Some(d) = digest.filter(|d| !well_formed_digest(d)) {
            found.push(format!("the stamp's {name} digest `{d}` is not a `sha256:` digest"));
        }
    }
    for title in &a.pack.core_areas {
        if !a.areas.iter().any(|x| &x.title == title) {
            found.push(format!("core area `{title}` is not listed"));
        }
    }
    found
}

/// The pack as far as the file tells it: areas, stages, core areas and the
/// evidence threshold, enough to score the criteria again.
fn pack_of(a: &Assessment) -> PackMeta {
    PackMeta {
        schema: String::new(),
        id: a.pack.id.clone(),
        name: a.pack.name.clone(),
        version: a.pack.version.clone(),
        description: None,
        areas: a
            .areas
            .iter()
            .map(|x| Area {
                id: x.id.clone(),
                title: x.title.clone(),
                weight: x.weight,
                description: None,
            })
            .collect(),
        maturity: Maturity {
            stages: a.pack.stages.clone(),
            baseline: a.pack.baseline.clone(),
        },
        core_areas: a
            .areas
            .iter()
            .filter(|x| a.pack.core_areas.contains(&x.title))
            .map(|x| x.id.clone())
            .collect(),
        evidence_threshold: a.overall.evidence_threshold,
        questions: Vec::new(),
        pillars: Vec::new(),
        factors: Vec::new(),
        tiers: Vec::new(),
        limits: Default::default(),
    }
}

/// Figures that disagree with the criteria.
fn figures(a: &Assessment) -> Vec<String> {
    let pack = pack_of(a);
    let areas = score::areas(&pack, &a.criteria);
    let overall = score::overall(&pack, &areas, &a.criteria);
    let mut found = Vec::new();
    compare_overall(&a.overall, &overall, &mut found);
    for (said, computed) in a.areas.iter().zip(&areas) {
        compare_area(&format!("area `{}`", said.id), said, computed, &mut found);
    }
    let gaps = score::ranked_gaps(&a.criteria);
    if gaps != a.gaps {
        found.push(format!(
            "the gaps are {}, and the criteria give {}",
            list(&a.gaps),
            list(&gaps)
        ));
    }
    found
}

fn list(ids: &[String]) -> String {
    if ids.is_empty() {
        return "none".into();
    }
    let shown: Vec<String> = ids.iter().take(8).map(|g| format!("`{g}`")).collect();
    let more = if ids.len() > 8 {
        format!(" and {} more", ids.len() - 8)
    } else {
        String::new()
    };
    format!("{}{more}", shown.join(", "))
}

fn same(a: Option<f64>, b: Option<f64>) -> bool {
    match (a, b) {
        (Some(x), Some(y)) => (x - y).abs() < 1e-6,
        (None, None) => true,
        _ => false,
    }
}

fn shown(v: Option<f64>) -> String {
    v.map_or("none".into(), |v| format!("{v}"))
}

fn compare_counts(what: &str, said: &Counts, computed: &Counts, found: &mut Vec<String>) {
    let pairs = [
        ("criteria", said.total, computed.total),
        ("met", said.met, computed.met),
        ("partly met", said.partly_met, computed.partly_met),
        ("not met", said.not_met, computed.not_met),
        ("not applicable", said.not_applicable, computed.not_applicable),
        ("no data", said.no_data, computed.no_data),
        ("waived", said.waived, computed.waived),
        ("error", said.error, computed.error),
    ];
    for (name, s, c) in pairs {
        if s != c {
            found.push(format!("{what} counts {s} {name}, and its criteria give {c}"));
        }
    }
}

fn compare_figure(what: &str, name: &str, said: Option<f64>, computed: Option<f64>, found: &mut Vec<String>) {
    if !same(said, computed) {
        found.push(format!(
            "{what} has {name} {}, and its criteria give {}",
            shown(said),
            shown(computed)
        ));
    }
}

fn compare_area(what: &str, said: &AreaScore, computed: &AreaScore, found: &mut Vec<String>) {
    compare_counts(what, &said.counts, &computed.counts, found);
    compare_figure(what, "score", said.score, computed.score, found);
    compare_figure(what, "lower bound", said.lower_bound, computed.lower_bound, found);
    compare_figure(what, "coverage", Some(said.coverage), Some(computed.coverage), found);
    if (said.known, said.scored) != (computed.known, computed.scored) {
        found.push(format!(
            "{what} has {} of {} criteria known, and its criteria give {} of {}",
            said.known, said.scored, computed.known, computed.scored
        ));
    }
    if said.stage != computed.stage {
        found.push(format!(
            "{what} is at stage {}, and its criteria give {}",
            said.stage.as_deref().unwrap_or("none"),
            computed.stage.as_deref().unwrap_or("none")
        ));
    } else if said.next_stage != computed.next_stage || said.blocking != computed.blocking {
        found.push(format!(
            "{what} is blocked from its next stage by {}, and its criteria give {}",
            list(&said.blocking),
            list(&computed.blocking)
        ));
    }
}

fn compare_overall(said: &Overall, computed: &Overall, found: &mut Vec<String>) {
    let what = "the summary";
    compare_counts(what, &said.counts, &computed.counts, found);
    compare_figure(what, "score", said.score, computed.score, found);
    compare_figure(what, "lower bound", said.lower_bound, computed.lower_bound, found);
    compare_figure(what, "coverage", Some(said.coverage), Some(computed.coverage), found);
    compare_figure(
        what,
        "core coverage",
        Some(said.core_coverage),
        Some(computed.core_coverage),
        found,
    );
    if (said.known, said.scored, said.core_known, said.core_scored)
        != (
            computed.known,
            computed.scored,
            computed.core_known,
            computed.core_scored,
        )
    {
        found.push(format!(
            "{what} has {} of {} criteria known, and its criteria give {} of {}",
            said.known, said.scored, computed.known, computed.scored
        ));
    }
    if said.sufficient != computed.sufficient {
        found.push(format!(
            "{what} says the evidence {} sufficient, and its criteria say it {}",
            if said.sufficient { "is" } else { "is not" },
            if computed.sufficient { "is" } else { "is not" }
        ));
    }
}

/// Whether a digest has the form gapwise writes: `sha256:` and 64 hex digits.
pub fn well_formed_digest(digest: &str) -> bool {
    digest
        .strip_prefix("sha256:")
        .is_some_and(|hex| hex.len() == 64 && hex.bytes().all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b)))
}

/// What disagrees between an assessment and the pack it names: the stamp's
/// pack digest, and each criterion's area, weight, severity, stage and
/// whether it scores.
pub fn against_pack(a: &Assessment, pack: &Pack) -> Vec<String> {
    let mut found = Vec::new();
    if a.stamp.pack_digest != pack.digest {
        found.push(format!(
            "the stamp's pack digest `{}` is not that of `{}` (`{}`)",
            a.stamp.pack_digest, pack.dir, pack.digest
        ));
    }
    for c in &a.criteria {
        let Some(rule) = pack.rules.iter().find(|r| r.meta.id == c.id) else {
            found.push(format!("criterion `{}` is not in `{}`", c.id, pack.dir));
            continue;
        };
        let m = &rule.meta;
        if m.area != c.area
            || (m.weight - c.weight).abs() > 1e-9
            || m.severity != c.severity
            || m.stage != c.stage
            || m.scored != c.scored
        {
            found.push(format!(
                "criterion `{}` differs from its rule in `{}` (area, weight, severity, stage or scoring)",
                c.id, pack.dir
            ));
        }
    }
    if found.is_empty() {
        return Vec::new();
    }
    vec![summarise(&a.profile, found)]
}
