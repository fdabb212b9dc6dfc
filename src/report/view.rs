//! The data templates see: an [`Assessment`] arranged for reading, with
//! labels in words, scores formatted, gaps and blockers resolved to their
//! criteria. Every field is always present (`null` or empty when there is
//! nothing), so that strict mode can tell a misspelt field from an empty one.
//!
//! This is a public contract for people who write their own templates
//! (`reports/README.md`); change it as carefully as the results format.

use serde::Serialize;

use crate::engine::{AreaScore, Assessment, CriterionResult, Outcome};

use super::words;

mod combined;
mod criterion;
mod evidence;
mod summary;

pub use combined::CombinedView;
use criterion::criterion_view;
pub use criterion::{CriterionView, FailureView};
pub use evidence::{value_text, EvidenceGroup, FactView, SourceView};
pub use summary::{NoteGroup, NoteView, OverallView, StatusView, UndatedView, WaiverView};

/// Number of gaps the executive summary lists.
pub const TOP_GAPS: usize = 5;

#[derive(Debug, Clone, Serialize)]
pub struct ReportView {
    pub profile: String,
    pub country: CountryView,
    pub as_of: String,
    pub snapshot_as_of: String,
    /// True when the assessment date is not the profile's snapshot date.
    pub as_of_differs: bool,
    /// Set when facts without a date were assumed as in the snapshot.
    pub undated: Option<UndatedView>,
    pub budapest: StatusView,
    pub pack: PackView,
    pub overall: OverallView,
    /// True when the evidence is insufficient and there are questions to
    /// collect: the report then leads with them, right after the summary.
    pub collect_first: bool,
    pub areas: Vec<AreaView>,
    /// Every criterion, in pack order.
    pub criteria: Vec<CriterionView>,
    /// Gaps, most urgent first (criteria that score only).
    pub gaps: Vec<GapView>,
    /// The first [`TOP_GAPS`] gaps.
    pub top_gaps: Vec<GapView>,
    /// How many gaps the summary leaves out.
    pub more_gaps: usize,
    /// Criteria that inform without scoring.
    pub informational: Vec<CriterionRef>,
    /// Questions to answer, in article order.
    pub to_collect: Vec<CollectView>,
    /// Open questions the report of an earlier pack of the run already asks.
    pub asked_elsewhere: Vec<AskedElsewhere>,
    /// Waivers that matched the profile: in force, expiring, expired.
    pub waivers: Vec<WaiverView>,
    /// The profile's sources.
    pub sources: Vec<SourceView>,
    /// Statements of the sources that no criterion assesses, by section.
    pub notes: Vec<NoteGroup>,
    /// Criteria whose rule broke.
    pub rule_errors: Vec<RuleErrorView>,
    /// Pillar scores and tier, for packs with index pillars (capacity).
    pub index: Option<super::index_view::IndexView>,
    pub stamp: StampView,
}

#[derive(Debug, Clone, Serialize)]
pub struct CountryView {
    pub name: String,
    pub iso2: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct PackView {
    pub id: String,
    pub name: String,
    pub version: String,
    pub criteria: usize,
    /// The pack's stages, lowest first.
    pub stages: Vec<StageView>,
    /// Titles of the areas whose coverage decides the headline.
    pub core_areas: Vec<String>,
    /// `50%`.
    pub evidence_threshold: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct StageView {
    /// `full-conformity`.
    pub id: String,
    /// `Full conformity`.
    pub label: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct CountsView {
    /// Criteria that score.
    pub total: usize,
    /// `1 Met, 1 Partly met`, for the criteria that score.
    pub phrase: String,
    /// One entry per outcome, in a fixed order, zeros included (criteria
    /// that score only).
    pub by_outcome: Vec<OutcomeCount>,
    /// Criteria that inform without scoring.
    pub informational: usize,
}

#[derive(Debug, Clone, Serialize)]
pub struct OutcomeCount {
    pub outcome: &'static str,
    pub label: String,
    pub count: usize,
}

#[derive(Debug, Clone, Serialize)]
pub struct AreaView {
    pub id: String,
    /// `budapest-treaty`: unique in a report of several packs.
    pub anchor: String,
    pub title: String,
    pub weight: String,
    /// Over the known criteria: `62.5%` or `n/a`.
    pub score: String,
    pub score_value: Option<f64>,
    /// With every unknown criterion counted as not met.
    pub lower_bound: String,
    pub lower_bound_value: Option<f64>,
    pub coverage: String,
    pub coverage_value: f64,
    pub known: usize,
    pub scored: usize,
    /// `2 of 5 known`.
    pub known_phrase: String,
    /// `Foundational`, or `None yet`.
    pub stage: String,
    pub next_stage: Option<String>,
    /// Criteria that keep the area from its next stage.
    pub blocking: Vec<CriterionRef>,
    /// True when every criterion blocking the next stage lacks data.
    pub limited_by_data: bool,
    pub counts: CountsView,
    pub has_criteria: bool,
    pub criteria: Vec<CriterionView>,
}

#[derive(Debug, Clone, Serialize)]
pub struct CriterionRef {
    /// The name of the pack it belongs to.
    pub pack: String,
    pub id: String,
    pub title: String,
    pub reference: String,
    pub outcome: &'static str,
    pub outcome_label: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct GapView {
    /// 1 for the most urgent.
    pub rank: usize,
    /// `budapest-gap-1`: unique in a report of several packs.
    pub anchor: String,
    pub criterion: CriterionView,
}

/// A question asked in the report of another pack of the run.
#[derive(Debug, Clone, Serialize)]
pub struct AskedElsewhere {
    pub question: String,
    /// The name of the pack whose report asks it.
    pub pack: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct CollectView {
    /// 1 for the first question.
    pub number: usize,
    /// `Is there a central authority for mutual assistance? Which body?`
    pub question: String,
    /// `Art. 27(2)`, or empty.
    pub reference: String,
    /// The fact paths the question covers, for researchers.
    pub paths: Vec<String>,
    pub criteria: Vec<CriterionRef>,
}

#[derive(Debug, Clone, Serialize)]
pub struct RuleErrorView {
    pub id: String,
    pub title: String,
    /// `rules/budapest/x.rhai:12:5`, or the file alone when the place is unknown.
    pub place: String,
    pub message: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct StampView {
    pub gapwise_version: String,
    pub profile_digest: String,
    pub pack_digest: String,
    pub templates_digest: String,
}

impl ReportView {
    pub fn new(a: &Assessment) -> ReportView {
        let area_title = |id: &str| {
            a.areas
                .iter()
                .find(|x| x.id == id)
                .map_or_else(|| id.to_string(), |x| x.title.clone())
        };
        let criterion = |c: &CriterionResult| criterion_view(c, area_title(&c.area), a);
        let reference = |id: &str| criterion_ref(a, id);
        let gaps: Vec<GapView> = a
            .gaps
            .iter()
            .filter_map(|id| a.criterion(id))
            .filter(|c| c.scored && c.outcome.is_gap())
            .enumerate()
            .map(|(i, c)| GapView {
                rank: i + 1,
                anchor: format!("{}-gap-{}", a.pack.id, i + 1),
                criterion: criterion(c),
            })
            .collect();
        let asked_elsewhere: Vec<AskedElsewhere> = a
            .to_collect
            .iter()
            .filter_map(|t| {
                t.asked_in.as_ref().map(|pack| AskedElsewhere {
                    question: t.question.clone(),
                    pack: pack.clone(),
                })
            })
            .collect();
        let to_collect: Vec<CollectView> = a
            .to_collect
            .iter()
            .filter(|t| t.asked_in.is_none())
            .enumerate()
            .map(|(i, t)| CollectView {
                number: i + 1,
                question: if t.question.trim().is_empty() {
                    crate::i18n::tr("summary.what_known", "What is known of `{path}`?", &[("path", &t.path)])
                } else {
                    t.question.clone()
                },
                reference: t.reference.clone(),
                paths: if t.paths.is_empty() {
                    vec![t.path.clone()]
                } else {
                    t.paths.clone()
                },
                criteria: t.criteria.iter().map(|id| reference(id)).collect(),
            })
            .collect();
        let overall = summary::overall_view(&a.overall, &a.pack.core_areas, counts_view(a.criteria.iter()));
        ReportView {
            profile: a.profile.clone(),
            country: CountryView {
                name: a.country.name.clone(),
                iso2: a.country.iso2.clone(),
            },
            as_of: a.as_of.clone(),
            snapshot_as_of: a.snapshot_as_of.clone(),
            as_of_differs: a.as_of != a.snapshot_as_of,
            undated: summary::undated_view(a),
            budapest: summary::status_view(&a.budapest),
            pack: PackView {
                id: a.pack.id.clone(),
                name: a.pack.name.clone(),
                version: a.pack.version.clone(),
                criteria: a.pack.criteria,
                stages: a
                    .pack
                    .stages
                    .iter()
                    .map(|s| StageView {
                        id: s.clone(),
                        label: words::stage_name(s),
                    })
                    .collect(),
                core_areas: a.pack.core_areas.clone(),
                evidence_threshold: words::percent(Some(a.overall.evidence_threshold)),
            },
            collect_first: !overall.sufficient && !to_collect.is_empty(),
            overall,
            areas: a
                .areas
                .iter()
                .map(|area| area_view(area, a, &criterion, &reference))
                .collect(),
            criteria: a.criteria.iter().map(criterion).collect(),
            top_gaps: gaps.iter().take(TOP_GAPS).cloned().collect(),
            more_gaps: gaps.len().saturating_sub(TOP_GAPS),
            gaps,
            informational: a
                .criteria
                .iter()
                .filter(|c| !c.scored)
                .map(|c| reference(&c.id))
                .collect(),
            to_collect,
            asked_elsewhere,
            waivers: summary::waivers_view(a),
            sources: a.sources.iter().map(evidence::source_view).collect(),
            notes: summary::note_groups(a),
            rule_errors: a
                .criteria
                .iter()
                .filter(|c| c.outcome == Outcome::Error)
                .map(rule_error_view)
                .collect(),
            index: a.index.as_ref().map(super::index_view::IndexView::new),
            stamp: StampView {
                gapwise_version: a.stamp.gapwise_version.clone(),
                profile_digest: a.stamp.profile_digest.clone(),
                pack_digest: a.stamp.pack_digest.clone(),
                templates_digest: a.stamp.templates_digest.clone().unwrap_or_default(),
            },
        }
    }
}

fn area_view(
    area: &AreaScore,
    a: &Assessment,
    criterion: &dyn Fn(&CriterionResult) -> CriterionView,
    reference: &dyn Fn(&str) -> CriterionRef,
) -> AreaView {
    let mut mine: Vec<&CriterionResult> = a.criteria.iter().filter(|c| c.area == area.id).collect();
    mine.sort_by(|x, y| natural_cmp(&x.id, &y.id));
    let counts = counts_view(mine.iter().copied());
    let criteria: Vec<CriterionView> = mine.into_iter().map(criterion).collect();
    AreaView {
        id: area.id.clone(),
        anchor: format!("{}-{}", a.pack.id, area.id),
        title: area.title.clone(),
        weight: words::number(area.weight),
        score: words::percent(area.score),
        score_value: area.score,
        lower_bound: words::percent(area.lower_bound),
        lower_bound_value: area.lower_bound,
        coverage: words::percent(Some(area.coverage)),
        coverage_value: area.coverage,
        known: area.known,
        scored: area.scored,
        known_phrase: crate::i18n::tr(
            // French agrees a count of 0 or 1 in the singular.
            if area.known <= 1 {
                "summary.area_known_one"
            } else {
                "summary.area_known"
            },
            "{known} of {scored} known",
            &[("known", &area.known.to_string()), ("scored", &area.scored.to_string())],
        ),
        stage: words::stage(area.stage.as_deref()),
        next_stage: area.next_stage.as_deref().map(words::stage_name),
        blocking: area.blocking.iter().map(|id| reference(id)).collect(),
        limited_by_data: area.limited_by_data,
        counts,
        has_criteria: !criteria.is_empty(),
        criteria,
    }
}

fn criterion_ref(a: &Assessment, id: &str) -> CriterionRef {
    match a.criterion(id) {
        Some(c) => CriterionRef {
            pack: a.pack.name.clone(),
            id: c.id.clone(),
            title: c.title.clone(),
            reference: c.reference.clone(),
            outcome: c.outcome.as_str(),
            outcome_label: words::outcome_label(c.outcome),
        },
        None => CriterionRef {
            pack: a.pack.name.clone(),
            id: id.to_string(),
            title: id.to_string(),
            reference: String::new(),
            outcome: "",
            outcome_label: String::new(),
        },
    }
}

fn rule_error_view(c: &CriterionResult) -> RuleErrorView {
    let (place, message) = match &c.failure {
        Some(f) if f.line > 0 => (format!("{}:{}:{}", f.file, f.line, f.column), f.message.clone()),
        Some(f) => (f.file.clone(), f.message.clone()),
        None => (String::new(), c.message.clone()),
    };
    RuleErrorView {
        id: c.id.clone(),
        title: c.title.clone(),
        place,
        message,
    }
}

/// Counts of the criteria that score, by outcome, and of those that inform.
fn counts_view<'a>(criteria: impl Iterator<Item = &'a CriterionResult>) -> CountsView {
    let mut counts = crate::engine::Counts::default();
    let mut informational = 0;
    for c in criteria {
        match c.scored {
            true => counts.add(c.outcome),
            false => informational += 1,
        }
    }
    let pairs = [
        (Outcome::Met, counts.met),
        (Outcome::PartlyMet, counts.partly_met),
        (Outcome::NotMet, counts.not_met),
        (Outcome::NotApplicable, counts.not_applicable),
        (Outcome::NoData, counts.no_data),
        (Outcome::Waived, counts.waived),
        (Outcome::Error, counts.error),
    ];
    CountsView {
        total: counts.total,
        phrase: words::counts_phrase(&pairs),
        by_outcome: pairs
            .iter()
            .map(|(o, n)| OutcomeCount {
                outcome: o.as_str(),
                label: words::outcome_label(*o),
                count: *n,
            })
            .collect(),
        informational,
    }
}

/// Orders ids as a reader expects: `art2` before `art10`.
fn natural_cmp(a: &str, b: &str) -> std::cmp::Ordering {
    fn chunks(text: &str) -> Vec<(bool, &str)> {
        let mut out = Vec::new();
        let mut start = 0;
        let bytes = text.as_bytes();
        for i in 1..=bytes.len() {
            if i == bytes.len() || bytes[i].is_ascii_digit() != bytes[start].is_ascii_digit() {
                out.push((bytes[start].is_ascii_digit(), &text[start..i]));
                start = i;
            }
        }
        out
    }
    let key = |text| {
        chunks(text)
            .into_iter()
            .map(|(digits, chunk)| match digits {
                true => (
                    chunk.trim_start_matches('0').len(),
                    chunk.trim_start_matches('0').to_string(),
                ),
                false => (0, chunk.to_string()),
            })
            .collect::<Vec<_>>()
    };
    key(a).cmp(&key(b)).then_with(|| a.cmp(b))
}

#[cfg(test)]
mod tests {
    use super::natural_cmp;

    #[test]
    fn ids_sort_naturally() {
        let mut ids = vec!["b.art10", "b.art2", "b.art35.x", "b.art3", "a.z"];
        ids.sort_by(|x, y| natural_cmp(x, y));
        assert_eq!(ids, ["a.z", "b.art2", "b.art3", "b.art10", "b.art35.x"]);
    }
}
