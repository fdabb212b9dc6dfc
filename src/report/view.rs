//! The data templates see: an [`Assessment`] arranged for reading, with
//! labels in words, scores formatted, gaps and blockers resolved to their
//! criteria. Every field is always present (`null` or empty when there is
//! nothing), so that strict mode can tell a misspelt field from an empty one.
//!
//! This is a public contract for people who write their own templates
//! (`reports/README.md`); change it as carefully as the results format.

use serde::Serialize;
use serde_json::Value;

use crate::engine::{AreaScore, Assessment, Counts, CriterionResult, Evidence, Outcome};

use super::words;

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
    pub budapest: StatusView,
    pub pack: PackView,
    pub overall: OverallView,
    pub areas: Vec<AreaView>,
    /// Every criterion, in pack order.
    pub criteria: Vec<CriterionView>,
    /// Gaps, most urgent first.
    pub gaps: Vec<GapView>,
    /// The first [`TOP_GAPS`] gaps.
    pub top_gaps: Vec<GapView>,
    /// How many gaps the summary leaves out.
    pub more_gaps: usize,
    pub to_collect: Vec<CollectView>,
    /// Criteria whose rule broke.
    pub rule_errors: Vec<RuleErrorView>,
    pub stamp: StampView,
}

#[derive(Debug, Clone, Serialize)]
pub struct CountryView {
    pub name: String,
    pub iso2: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct StatusView {
    /// `party`, `signatory`, `invited`, `none`, `unknown`.
    pub status: String,
    /// `Invited to accede; observer in the T-CY`.
    pub words: String,
    pub observer: Option<bool>,
    /// The status as the source writes it.
    pub status_text: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct PackView {
    pub id: String,
    pub name: String,
    pub version: String,
    pub criteria: usize,
}

#[derive(Debug, Clone, Serialize)]
pub struct OverallView {
    /// `62.5%` or `n/a`.
    pub score: String,
    pub score_value: Option<f64>,
    /// `50%`.
    pub coverage: String,
    pub coverage_value: f64,
    pub counts: CountsView,
}

#[derive(Debug, Clone, Serialize)]
pub struct CountsView {
    pub total: usize,
    /// `1 Met, 1 Partly met`.
    pub phrase: String,
    /// One entry per outcome, in a fixed order, zeros included.
    pub by_outcome: Vec<OutcomeCount>,
}

#[derive(Debug, Clone, Serialize)]
pub struct OutcomeCount {
    pub outcome: &'static str,
    pub label: &'static str,
    pub count: usize,
}

#[derive(Debug, Clone, Serialize)]
pub struct AreaView {
    pub id: String,
    pub title: String,
    pub weight: String,
    pub score: String,
    pub score_value: Option<f64>,
    pub coverage: String,
    pub coverage_value: f64,
    /// `Formative`, or `None yet`.
    pub stage: String,
    pub next_stage: Option<String>,
    /// Criteria that keep the area from its next stage.
    pub blocking: Vec<CriterionRef>,
    pub counts: CountsView,
    pub has_criteria: bool,
    pub criteria: Vec<CriterionView>,
}

#[derive(Debug, Clone, Serialize)]
pub struct CriterionRef {
    pub id: String,
    pub title: String,
    pub reference: String,
    pub outcome: &'static str,
    pub outcome_label: &'static str,
}

#[derive(Debug, Clone, Serialize)]
pub struct CriterionView {
    pub id: String,
    pub title: String,
    pub reference: String,
    pub area: String,
    pub area_title: String,
    pub severity: String,
    pub weight: String,
    pub stage: Option<String>,
    pub recommendation: String,
    /// `partly_met`: for styling and machines.
    pub outcome: &'static str,
    /// `Partly met`: for readers.
    pub outcome_label: &'static str,
    /// A symbol that tells outcomes apart without colour.
    pub outcome_symbol: &'static str,
    pub message: String,
    pub is_gap: bool,
    pub evidence: Vec<EvidenceView>,
    pub missing: Vec<String>,
    pub failure: Option<FailureView>,
}

#[derive(Debug, Clone, Serialize)]
pub struct EvidenceView {
    pub path: String,
    /// The value as text (`true`, `2014-11`, `a, b`), or `null` when the
    /// profile has none.
    pub value: Option<String>,
    pub quote: Option<String>,
    pub source: Option<SourceView>,
}

#[derive(Debug, Clone, Serialize)]
pub struct SourceView {
    pub id: String,
    /// The title, or the id when the source is not described.
    pub title: String,
    pub url: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct FailureView {
    pub file: String,
    pub line: usize,
    pub column: usize,
    pub message: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct GapView {
    /// 1 for the most urgent.
    pub rank: usize,
    pub criterion: CriterionView,
}

#[derive(Debug, Clone, Serialize)]
pub struct CollectView {
    pub path: String,
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
        let criterion = |c: &CriterionResult| criterion_view(c, area_title(&c.area));
        let reference = |id: &str| criterion_ref(a, id);
        let gaps: Vec<GapView> = a
            .gaps
            .iter()
            .filter_map(|id| a.criterion(id))
            .enumerate()
            .map(|(i, c)| GapView {
                rank: i + 1,
                criterion: criterion(c),
            })
            .collect();
        ReportView {
            profile: a.profile.clone(),
            country: CountryView {
                name: a.country.name.clone(),
                iso2: a.country.iso2.clone(),
            },
            as_of: a.as_of.clone(),
            snapshot_as_of: a.snapshot_as_of.clone(),
            as_of_differs: a.as_of != a.snapshot_as_of,
            budapest: StatusView {
                status: a.budapest.status.clone(),
                words: words::budapest_status(&a.budapest),
                observer: a.budapest.observer,
                status_text: a.budapest.status_text.clone(),
            },
            pack: PackView {
                id: a.pack.id.clone(),
                name: a.pack.name.clone(),
                version: a.pack.version.clone(),
                criteria: a.pack.criteria,
            },
            overall: OverallView {
                score: words::percent(a.overall.score),
                score_value: a.overall.score,
                coverage: words::percent(Some(a.overall.coverage)),
                coverage_value: a.overall.coverage,
                counts: counts_view(&a.overall.counts),
            },
            areas: a
                .areas
                .iter()
                .map(|area| area_view(area, a, &criterion, &reference))
                .collect(),
            criteria: a.criteria.iter().map(criterion).collect(),
            top_gaps: gaps.iter().take(TOP_GAPS).cloned().collect(),
            more_gaps: gaps.len().saturating_sub(TOP_GAPS),
            gaps,
            to_collect: a
                .to_collect
                .iter()
                .map(|t| CollectView {
                    path: t.path.clone(),
                    criteria: t.criteria.iter().map(|id| reference(id)).collect(),
                })
                .collect(),
            rule_errors: a
                .criteria
                .iter()
                .filter(|c| c.outcome == Outcome::Error)
                .map(rule_error_view)
                .collect(),
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
    let criteria: Vec<CriterionView> = mine.into_iter().map(criterion).collect();
    AreaView {
        id: area.id.clone(),
        title: area.title.clone(),
        weight: words::number(area.weight),
        score: words::percent(area.score),
        score_value: area.score,
        coverage: words::percent(Some(area.coverage)),
        coverage_value: area.coverage,
        stage: words::stage(area.stage.as_deref()),
        next_stage: area.next_stage.as_deref().map(words::capitalise),
        blocking: area.blocking.iter().map(|id| reference(id)).collect(),
        counts: counts_view(&area.counts),
        has_criteria: !criteria.is_empty(),
        criteria,
    }
}

fn criterion_ref(a: &Assessment, id: &str) -> CriterionRef {
    match a.criterion(id) {
        Some(c) => CriterionRef {
            id: c.id.clone(),
            title: c.title.clone(),
            reference: c.reference.clone(),
            outcome: c.outcome.as_str(),
            outcome_label: words::outcome_label(c.outcome),
        },
        None => CriterionRef {
            id: id.to_string(),
            title: id.to_string(),
            reference: String::new(),
            outcome: "",
            outcome_label: "",
        },
    }
}

fn criterion_view(c: &CriterionResult, area_title: String) -> CriterionView {
    CriterionView {
        id: c.id.clone(),
        title: c.title.clone(),
        reference: c.reference.clone(),
        area: c.area.clone(),
        area_title,
        severity: c.severity.clone(),
        weight: words::number(c.weight),
        stage: c.stage.clone(),
        recommendation: c.recommendation.clone(),
        outcome: c.outcome.as_str(),
        outcome_label: words::outcome_label(c.outcome),
        outcome_symbol: words::outcome_symbol(c.outcome),
        message: c.message.clone(),
        is_gap: c.outcome.is_gap(),
        evidence: c.evidence.iter().map(evidence_view).collect(),
        missing: c.missing.clone(),
        failure: c.failure.as_ref().map(|f| FailureView {
            file: f.file.clone(),
            line: f.line,
            column: f.column,
            message: f.message.clone(),
        }),
    }
}

fn evidence_view(e: &Evidence) -> EvidenceView {
    EvidenceView {
        path: e.path.clone(),
        value: e.value.as_ref().and_then(value_text),
        quote: e.quote.clone(),
        source: e.source.as_ref().map(|s| SourceView {
            id: s.id.clone(),
            title: s.title.clone().unwrap_or_else(|| s.id.clone()),
            url: s.url.clone(),
        }),
    }
}

/// A fact's value as text: strings bare, lists joined, maps as JSON.
fn value_text(value: &Value) -> Option<String> {
    match value {
        Value::Null => None,
        Value::String(s) => Some(s.clone()),
        Value::Bool(b) => Some(b.to_string()),
        Value::Number(n) => Some(n.to_string()),
        Value::Array(items) => Some(
            items
                .iter()
                .map(|v| value_text(v).unwrap_or_else(|| "null".into()))
                .collect::<Vec<_>>()
                .join(", "),
        ),
        Value::Object(_) => Some(value.to_string()),
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

fn counts_view(counts: &Counts) -> CountsView {
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
