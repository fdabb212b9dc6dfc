//! Progress reports: [`Progress`] -> Markdown, HTML (with inline SVG charts
//! of area scores and coverage across the points), JSON (the progress
//! format itself, `gapwise/progress/v2`) or CSV (one row per criterion and
//! per score, per pack and step: [`table`]).
//!
//! Templates `progress.md.hbs` and `progress.html.hbs` see a [`ProgressView`]
//! whose numbers are already written as text (`41.7%`, `+12.5`): per
//! country, the dates and the facts that changed once, then a section per
//! pack with its scores, stages and transitions. The HTML chart is drawn by
//! the `progress_chart` helper from each pack section's `chart`.

use handlebars::{Context, Handlebars, Helper, HelperResult, Output, RenderContext, RenderErrorReason};
use serde::{Deserialize, Serialize};

use crate::engine::progress::wording::{self, Wording};
use crate::engine::progress::{
    CountryProgress, FactChanges, Mode, NarrativeKind, PackSeries, Point, Progress, ScoreChange, Step, Transition,
};
use crate::engine::PackRef;

use super::helpers::Markup;
use super::progress_chart::{legend, panel, Panel};
use super::words::{outcome_label, outcome_symbol, percent, stage_name};
use super::{Format, ReportError, Templates};

pub use super::progress_csv::{table, COLUMNS};

/// Name of the progress templates (`progress.md.hbs`, `progress.html.hbs`).
pub const ENTRY: &str = "progress";

/// Renders a progress document in a format.
pub fn render(p: &Progress, format: Format, templates: &Templates) -> Result<String, ReportError> {
    let ids: Vec<&str> = p.packs.iter().map(|x| x.id.as_str()).collect();
    match format {
        Format::Md => super::in_templates_language(templates, &ids, || {
            templates.render_entry(ENTRY, Markup::Markdown, &view(p, templates))
        }),
        Format::Html => super::in_templates_language(templates, &ids, || {
            templates.render_entry(ENTRY, Markup::Html, &view(p, templates))
        }),
        Format::Json => {
            let mut text = serde_json::to_string_pretty(p).unwrap_or_default();
            text.push('\n');
            Ok(text)
        }
        Format::Csv => Ok(table(p)),
    }
}

/// The file of one country's progress report: `mx-progress-2014-11-23-2020-06-30.html`.
pub fn file_name(c: &CountryProgress, format: Format) -> String {
    let first = c.dates.first().map(|p| p.as_of.as_str()).unwrap_or("");
    let last = c.dates.last().map(|p| p.as_of.as_str()).unwrap_or("");
    let stem: String = format!("{}-progress-{first}-{last}", c.country.iso2.to_lowercase())
        .chars()
        .map(|ch| {
            if ch.is_ascii_alphanumeric() || ch == '-' {
                ch
            } else {
                '-'
            }
        })
        .collect();
    format!("{stem}.{}", format.extension())
}

/// A signed number of points: `+12.5`, `-3`, `0`.
pub fn signed(v: Option<f64>) -> String {
    match v {
        Some(v) if v > 0.0 => format!("+{}", super::words::number(v)),
        Some(v) => super::words::number(v),
        None => crate::i18n::tr("words.not_available", "n/a", &[]),
    }
}

#[derive(Debug, Serialize)]
pub struct ProgressView {
    /// `Budapest Convention, version 1.3.0, and Capacity, version 0.2.0`.
    packs_phrase: String,
    templates_digest: String,
    gapwise_version: String,
    countries: Vec<CountryView>,
}

#[derive(Debug, Serialize)]
struct CountryView {
    name: String,
    iso2: String,
    timeline: bool,
    first: String,
    last: String,
    dates: Vec<DateView>,
    /// Steps in which some fact changed.
    facts: Vec<FactsView>,
    has_facts: bool,
    assumed_constant: Vec<String>,
    has_assumed: bool,
    packs: Vec<PackSection>,
}

#[derive(Debug, Serialize)]
struct DateView {
    as_of: String,
    profile: String,
    standing: String,
}

#[derive(Debug, Serialize)]
struct FactsView {
    from: String,
    to: String,
    narrative: Vec<NarrativeView>,
}

/// One pack's part of a country's progress.
#[derive(Debug, Serialize)]
struct PackSection {
    id: String,
    name: String,
    version: String,
    /// `mx-capacity`: unique in the page, for anchors.
    anchor: String,
    points: Vec<PointView>,
    steps: Vec<StepView>,
    /// Steps in which no criterion of the pack moved: `2008-12-31 → 2009-12-31`.
    quiet: Vec<String>,
    has_quiet: bool,
    chart: ChartData,
}

#[derive(Debug, Serialize)]
struct PointView {
    as_of: String,
    score: String,
    lower_bound: String,
    coverage: String,
    /// False when too little is known of the core areas for the score to mean much.
    sufficient: bool,
}

#[derive(Debug, Serialize)]
struct StepView {
    from: String,
    to: String,
    headline: String,
    scores: Vec<ScoreRow>,
    groups: Vec<GroupView>,
    unchanged: usize,
}

#[derive(Debug, Serialize)]
struct NarrativeView {
    /// The kind, in the report's language.
    kind: String,
    /// The kind as a CSS class: `change`, `new`, `evidence`.
    class: &'static str,
    text: String,
    sources: String,
    has_sources: bool,
}

#[derive(Debug, Serialize)]
struct ScoreRow {
    title: String,
    overall: bool,
    from: String,
    to: String,
    change: String,
    real: String,
    evidence: String,
    coverage: String,
    lower_bound: String,
    /// `Formative → Established`, or `Formative` when it did not move; empty for the overall score.
    stage: String,
}

#[derive(Debug, Serialize)]
struct GroupView {
    key: String,
    title: String,
    explain: String,
    rows: Vec<CriterionRow>,
}

#[derive(Debug, Serialize)]
struct CriterionRow {
    id: String,
    title: String,
    reference: String,
    from: String,
    to: String,
    from_symbol: String,
    to_symbol: String,
    from_class: String,
    to_class: String,
    message: String,
}

/// What the chart helper draws.
#[derive(Debug, Serialize, Deserialize)]
struct ChartData {
    id: String,
    dates: Vec<String>,
    panels: Vec<PanelData>,
}

#[derive(Debug, Serialize, Deserialize)]
struct PanelData {
    title: String,
    scores: Vec<Option<f64>>,
    coverage: Vec<f64>,
}

fn view(p: &Progress, templates: &Templates) -> ProgressView {
    ProgressView {
        packs_phrase: packs_phrase(&p.packs),
        templates_digest: templates.digest(),
        gapwise_version: env!("CARGO_PKG_VERSION").to_string(),
        countries: p.countries.iter().map(|c| country_view(c, &p.packs)).collect(),
    }
}

/// `A, version 1`, `A, version 1, and B, version 2`, `A, ..., B, ..., and C, ...`.
fn packs_phrase(packs: &[PackRef]) -> String {
    let each: Vec<String> = packs
        .iter()
        .map(|p| {
            crate::i18n::tr(
                "progress.pack_version",
                "{pack}, version {version}",
                &[
                    ("pack", &crate::i18n::tr(&format!("packs.{}.name", p.id), &p.name, &[])),
                    ("version", &p.version),
                ],
            )
        })
        .collect();
    match each.as_slice() {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => crate::i18n::tr(
            "progress.packs_and",
            "{rest}, and {last}",
            &[("rest", &rest.join(", ")), ("last", last)],
        ),
    }
}

fn country_view(c: &CountryProgress, packs: &[PackRef]) -> CountryView {
    let facts: Vec<FactsView> = c
        .facts
        .iter()
        .filter(|f| !f.narrative.is_empty())
        .map(facts_view)
        .collect();
    CountryView {
        name: c.country.name.clone(),
        iso2: c.country.iso2.clone(),
        timeline: c.mode == Mode::Timeline,
        first: c.dates.first().map(|p| p.as_of.clone()).unwrap_or_default(),
        last: c.dates.last().map(|p| p.as_of.clone()).unwrap_or_default(),
        dates: c
            .dates
            .iter()
            .map(|d| DateView {
                as_of: d.as_of.clone(),
                profile: d.profile.clone(),
                standing: crate::i18n::tr(&format!("values.{}", d.standing), &d.standing.replace('_', " "), &[]),
            })
            .collect(),
        has_facts: !facts.is_empty(),
        facts,
        has_assumed: !c.assumed_constant.is_empty(),
        assumed_constant: if c.assumed_wording.is_empty() {
            c.assumed_constant.clone()
        } else {
            c.assumed_wording
                .iter()
                .map(|(s, v)| wording::fact_line(s, v))
                .collect()
        },
        packs: c
            .packs
            .iter()
            .map(|series| {
                let pack = packs.iter().find(|p| p.id == series.pack);
                pack_section(c, series, pack)
            })
            .collect(),
    }
}

fn pack_section(c: &CountryProgress, series: &PackSeries, pack: Option<&PackRef>) -> PackSection {
    let (loud, quiet): (Vec<&Step>, Vec<&Step>) = series.steps.iter().partition(|s| !s.is_quiet());
    let quiet: Vec<String> = quiet.iter().map(|s| format!("{} → {}", s.from, s.to)).collect();
    let mut panels = vec![PanelData {
        title: crate::i18n::tr("progress.overall", "Overall", &[]),
        scores: series.points.iter().map(|p| p.score).collect(),
        coverage: series.points.iter().map(|p| p.coverage).collect(),
    }];
    if let Some(first) = series.points.first() {
        for area in first.areas.iter().filter(|a| a.scored > 0) {
            let of = |p: &Point| p.areas.iter().find(|x| x.id == area.id).cloned();
            panels.push(PanelData {
                title: area_title(&area.id, &area.title),
                scores: series.points.iter().map(|p| of(p).and_then(|a| a.score)).collect(),
                coverage: series
                    .points
                    .iter()
                    .map(|p| of(p).map_or(0.0, |a| a.coverage))
                    .collect(),
            });
        }
    }
    let anchor = format!("{}-{}", c.country.iso2.to_lowercase(), series.pack);
    PackSection {
        id: series.pack.clone(),
        name: pack.map_or_else(
            || series.pack.clone(),
            |p| crate::i18n::tr(&format!("packs.{}.name", p.id), &p.name, &[]),
        ),
        version: pack.map(|p| p.version.clone()).unwrap_or_default(),
        points: series
            .points
            .iter()
            .map(|p| PointView {
                as_of: p.as_of.clone(),
                score: percent(p.score),
                lower_bound: percent(p.lower_bound),
                coverage: percent(Some(p.coverage)),
                sufficient: p.sufficient,
            })
            .collect(),
        steps: loud.into_iter().map(step_view).collect(),
        has_quiet: !quiet.is_empty(),
        quiet,
        chart: ChartData {
            id: anchor.clone(),
            dates: series.points.iter().map(|p| p.as_of.clone()).collect(),
            panels,
        },
        anchor,
    }
}

fn headline(s: &Step) -> String {
    use crate::i18n::tr;
    let o = &s.overall;
    let counts = &s.counts;
    let moved = match o.change {
        Some(_) => tr(
            "progress.moved",
            "Overall score {from} → {to} ({change} points: {real} from real change, {evidence} from new evidence)",
            &[
                ("from", &percent(o.from)),
                ("to", &percent(o.to)),
                ("change", &signed(o.change)),
                ("real", &signed(o.real_change)),
                ("evidence", &signed(o.new_evidence)),
            ],
        ),
        None => tr(
            "progress.moved_unsplit",
            "Overall score {from} → {to} (no score at one end: the change cannot be split)",
            &[("from", &percent(o.from)), ("to", &percent(o.to))],
        ),
    };
    tr(
        "progress.headline",
        "{moved}; coverage {from} → {to}. Criteria: {improved} improved, {regressed} regressed, {newly_known} newly known, {evidence_lost} evidence lost, {changed} other changes, {unchanged} unchanged.",
        &[
            ("moved", &moved),
            ("from", &percent(Some(o.coverage_from))),
            ("to", &percent(Some(o.coverage_to))),
            ("improved", &counts.improved.to_string()),
            ("regressed", &counts.regressed.to_string()),
            ("newly_known", &counts.newly_known.to_string()),
            ("evidence_lost", &counts.evidence_lost.to_string()),
            ("changed", &counts.changed.to_string()),
            ("unchanged", &counts.unchanged.to_string()),
        ],
    )
}

/// An area's title in the report's language.
fn area_title(id: &str, english: &str) -> String {
    crate::i18n::tr(&format!("areas.{id}"), english, &[])
}

fn score_row(s: &ScoreChange) -> ScoreRow {
    ScoreRow {
        title: if s.id == "overall" {
            crate::i18n::tr("progress.overall", "Overall", &[])
        } else {
            area_title(&s.id, &s.title)
        },
        overall: s.id == "overall",
        from: percent(s.from),
        to: percent(s.to),
        change: signed(s.change),
        real: signed(s.real_change),
        evidence: signed(s.new_evidence),
        coverage: format!("{} → {}", percent(Some(s.coverage_from)), percent(Some(s.coverage_to))),
        lower_bound: format!("{} → {}", percent(s.lower_bound_from), percent(s.lower_bound_to)),
        stage: match (&s.stage_from, &s.stage_to) {
            (None, None) if s.id == "overall" => String::new(),
            (from, to) if from == to => stage_or_none(to),
            (from, to) => format!("{} → {}", stage_or_none(from), stage_or_none(to)),
        },
    }
}

fn stage_or_none(stage: &Option<String>) -> String {
    stage
        .as_deref()
        .map_or_else(|| crate::i18n::tr("progress.no_stage", "none yet", &[]), stage_name)
}

fn group_words(t: Transition) -> (String, String) {
    let (key, title, explain) = match t {
        Transition::Improved => (
            "improved",
            "Improved",
            "A better verdict on a criterion known at both dates",
        ),
        Transition::Regressed => (
            "regressed",
            "Regressed",
            "A worse verdict on a criterion known at both dates",
        ),
        Transition::NewlyKnown => ("newly_known", "Newly known", "No data before: new evidence, not change"),
        Transition::EvidenceLost => ("evidence_lost", "Evidence lost", "Known before, no data now"),
        Transition::Changed => (
            "changed",
            "Other changes",
            "To or from not applicable, waived or a rule error",
        ),
        Transition::Unchanged => ("unchanged", "Unchanged", "The same verdict at both dates"),
    };
    (
        crate::i18n::tr(&format!("progress.group_{key}"), title, &[]),
        crate::i18n::tr(&format!("progress.explain_{key}"), explain, &[]),
    )
}

fn step_view(s: &Step) -> StepView {
    let mut scores = vec![score_row(&s.overall)];
    scores.extend(s.areas.iter().filter(|a| a.scored > 0).map(score_row));
    let groups = Transition::ALL
        .iter()
        .filter(|t| **t != Transition::Unchanged)
        .filter_map(|t| {
            let rows: Vec<CriterionRow> = s
                .criteria
                .iter()
                .filter(|c| c.transition == *t)
                .map(|c| CriterionRow {
                    id: c.id.clone(),
                    title: crate::i18n::tr(&format!("rules.{}.title", c.id), &c.title, &[]),
                    reference: if crate::rules::translations::translated_reference(&c.reference) {
                        crate::i18n::tr(&format!("rules.{}.reference", c.id), &c.reference, &[])
                    } else {
                        c.reference.clone()
                    },
                    from: outcome_label(c.from),
                    to: outcome_label(c.to),
                    from_symbol: outcome_symbol(c.from).into(),
                    to_symbol: outcome_symbol(c.to).into(),
                    from_class: c.from.as_str().into(),
                    to_class: c.to.as_str().into(),
                    message: crate::i18n::rule_message(
                        &c.id,
                        c.to_message_key.as_deref(),
                        c.to_message_params.as_ref(),
                        &c.to_message,
                    ),
                })
                .collect();
            let (title, explain) = group_words(*t);
            (!rows.is_empty()).then(|| GroupView {
                key: t.as_str().into(),
                title: format!("{title} ({})", rows.len()),
                explain,
                rows,
            })
        })
        .collect();
    StepView {
        from: s.from.clone(),
        to: s.to.clone(),
        headline: headline(s),
        scores,
        groups,
        unchanged: s.counts.unchanged,
    }
}

fn facts_view(f: &FactChanges) -> FactsView {
    let narrative = f
        .narrative
        .iter()
        .map(|n| {
            let sources: Vec<String> = n
                .sources
                .iter()
                .map(|s| {
                    let title = s.title.clone().unwrap_or_else(|| s.id.clone());
                    match &s.date {
                        Some(d) => format!("{title}, {}", crate::i18n::date_text(d)),
                        None => title,
                    }
                })
                .collect();
            let (class, key, english) = match n.kind {
                NarrativeKind::Change => ("change", "progress.kind_change", "change"),
                NarrativeKind::NewEvidence => ("new", "progress.kind_new_evidence", "new evidence"),
                NarrativeKind::EvidenceLost => ("evidence", "progress.kind_evidence_lost", "evidence lost"),
            };
            NarrativeView {
                kind: crate::i18n::tr(key, english, &[]),
                class,
                // Progress read back from JSON has the English line only.
                text: if n.wording == Wording::default() {
                    n.text.clone()
                } else {
                    wording::line(&n.wording)
                },
                has_sources: !sources.is_empty(),
                sources: sources.join("; "),
            }
        })
        .collect();
    FactsView {
        from: f.from.clone(),
        to: f.to.clone(),
        narrative,
    }
}

/// `{{progress_chart chart}}`: the legend and one SVG panel per area.
pub(crate) fn chart_helper(
    h: &Helper<'_>,
    _: &Handlebars<'_>,
    _: &Context,
    _: &mut RenderContext<'_, '_>,
    out: &mut dyn Output,
) -> HelperResult {
    let value = super::helpers::param(h, 0, "chart")?;
    let data: ChartData = serde_json::from_value(value.clone())
        .map_err(|_| RenderErrorReason::InvalidParamType("the chart data of a progress view"))?;
    let mut html = String::from("<figure class=\"progress-chart\">");
    html.push_str(&legend());
    html.push_str("<div class=\"panels\">");
    for (i, p) in data.panels.iter().enumerate() {
        let panel_data = Panel {
            title: p.title.clone(),
            scores: p.scores.clone(),
            coverage: p.coverage.clone(),
        };
        let id = format!("chart-{}-{i}", super::escape::xml(&data.id));
        html.push_str(&panel(&panel_data, &data.dates, &id));
    }
    html.push_str("</div></figure>");
    out.write(&html)?;
    Ok(())
}
