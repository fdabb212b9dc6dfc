//! Compare reports: [`Comparison`] -> HTML (a section per pack, each with
//! sticky headers, numbered columns with the full title on hover and in a
//! key, outcome by symbol and colour, printable on A3 landscape), Markdown,
//! JSON (`gapwise/compare/v2`), and CSV in a wide form (a row per pack and
//! country, a column per criterion) or a long one (a row per pack, country
//! and criterion). Scores without sufficient evidence carry a mark, and
//! each pack's section lists the waivers that matched.

use serde::Serialize;

use crate::engine::compare::{Comparison, Matrix, Row};
use crate::engine::Outcome;

use super::csv::record;
use super::helpers::Markup;
use super::words::{number, outcome_label, outcome_symbol, percent, waiver_kind, waiver_state};
use super::{Format, ReportError, Templates};

/// Name of the compare templates (`compare.md.hbs`, `compare.html.hbs`).
pub const ENTRY: &str = "compare";

/// The shape of the CSV.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum Shape {
    /// A row per country, a column per criterion.
    #[default]
    Wide,
    /// A row per country and criterion.
    Long,
}

/// The comparison with what its packs say in the language of the
/// rendering: each pack's name, area titles, criterion titles and
/// references.
fn in_language(c: &Comparison) -> Comparison {
    use crate::i18n::tr;
    let mut c = c.clone();
    if crate::i18n::lang() == crate::i18n::Lang::En {
        return c;
    }
    let no_region = tr("compare.no_region", crate::engine::compare::NO_REGION, &[]);
    for m in &mut c.packs {
        for region in m
            .rows
            .iter_mut()
            .map(|r| &mut r.region)
            .chain(m.groups.iter_mut().map(|g| &mut g.region))
        {
            if region == crate::engine::compare::NO_REGION {
                region.clone_from(&no_region);
            }
        }
        m.pack.name = tr(&format!("packs.{}.name", m.pack.id), &m.pack.name, &[]);
        let titles: Vec<(String, String)> = m.areas.iter().map(|a| (a.id.clone(), a.title.clone())).collect();
        m.pack.core_areas = m
            .pack
            .core_areas
            .iter()
            .map(|title| match titles.iter().find(|(_, t)| t == title) {
                Some((id, _)) => tr(&format!("areas.{id}"), title, &[]),
                None => title.clone(),
            })
            .collect();
        for area in &mut m.areas {
            area.title = tr(&format!("areas.{}", area.id), &area.title, &[]);
            for col in &mut area.columns {
                col.title = tr(&format!("rules.{}.title", col.id), &col.title, &[]);
                if crate::rules::translations::translated_reference(&col.reference) {
                    col.reference = tr(&format!("rules.{}.reference", col.id), &col.reference, &[]);
                }
            }
        }
    }
    c
}

pub fn render(m: &Comparison, format: Format, shape: Shape, templates: &Templates) -> Result<String, ReportError> {
    let ids: Vec<&str> = m.packs.iter().map(|p| p.pack.id.as_str()).collect();
    match format {
        Format::Md => super::in_templates_language(templates, &ids, || {
            templates.render_entry(ENTRY, Markup::Markdown, &view(&in_language(m)))
        }),
        Format::Html => super::in_templates_language(templates, &ids, || {
            templates.render_entry(ENTRY, Markup::Html, &view(&in_language(m)))
        }),
        Format::Json => {
            let mut text = serde_json::to_string_pretty(m).unwrap_or_default();
            text.push('\n');
            Ok(text)
        }
        Format::Csv => Ok(match shape {
            Shape::Wide => wide(m),
            Shape::Long => long(m),
        }),
    }
}

#[derive(Debug, Serialize)]
struct View {
    /// `Budapest Convention and Capacity`.
    packs_phrase: String,
    as_of: String,
    has_as_of: bool,
    sort: String,
    countries: usize,
    /// Criteria of every pack.
    criteria: usize,
    packs: Vec<PackView>,
    legend: Vec<LegendItem>,
}

/// The matrix of one pack.
#[derive(Debug, Serialize)]
struct PackView {
    id: String,
    name: String,
    version: String,
    /// `the core areas (Criminal law, Procedural law)`, or `the pack's
    /// criteria`: what must be known enough for the evidence to suffice.
    evidence_scope: String,
    /// Rows whose evidence does not suffice for a headline.
    insufficient: usize,
    criteria: usize,
    areas: Vec<AreaView>,
    columns: Vec<ColumnView>,
    blocks: Vec<Block>,
    grouped: bool,
    waivers: Vec<WaiverRow>,
}

#[derive(Debug, Serialize)]
struct WaiverRow {
    country: String,
    iso2: String,
    criterion: String,
    id: String,
    kind: String,
    state: String,
    state_class: String,
    expires: String,
    justification: String,
}

#[derive(Debug, Serialize)]
struct AreaView {
    title: String,
    span: usize,
}

#[derive(Debug, Serialize)]
struct ColumnView {
    short: String,
    id: String,
    title: String,
    reference: String,
    area: String,
    met: String,
    first_of_area: bool,
}

#[derive(Debug, Serialize)]
struct Block {
    region: String,
    subtotal: String,
    met: Vec<usize>,
    rows: Vec<RowView>,
}

#[derive(Debug, Serialize)]
struct RowView {
    country: String,
    iso2: String,
    region: String,
    as_of: String,
    score: String,
    /// False when too little is known of the core areas: the score carries a mark.
    sufficient: bool,
    lower_bound: String,
    coverage: String,
    cells: Vec<CellView>,
}

#[derive(Debug, Serialize)]
struct CellView {
    symbol: String,
    class: String,
    label: String,
    first_of_area: bool,
}

#[derive(Debug, Serialize)]
struct LegendItem {
    symbol: String,
    class: String,
    label: String,
}

fn view(c: &Comparison) -> View {
    let names: Vec<String> = c.packs.iter().map(|m| m.pack.name.clone()).collect();
    let packs_phrase = crate::i18n::list(crate::i18n::lang(), &names);
    View {
        packs_phrase,
        has_as_of: c.as_of.is_some(),
        as_of: c.as_of.clone().unwrap_or_default(),
        sort: format!("{:?}", c.sort).to_lowercase(),
        countries: c.packs.first().map_or(0, |m| m.rows.len()),
        criteria: c.packs.iter().map(|m| m.pack.criteria).sum(),
        packs: c.packs.iter().map(pack_view).collect(),
        legend: Outcome::ALL
            .iter()
            .map(|o| LegendItem {
                symbol: outcome_symbol(*o).into(),
                class: o.as_str().into(),
                label: outcome_label(*o),
            })
            .collect(),
    }
}

fn pack_view(m: &Matrix) -> PackView {
    let mut columns = Vec::new();
    let mut firsts = Vec::new();
    for area in &m.areas {
        for (i, c) in area.columns.iter().enumerate() {
            firsts.push(i == 0);
            columns.push(ColumnView {
                short: c.short.clone(),
                id: c.id.clone(),
                title: c.title.clone(),
                reference: c.reference.clone(),
                area: area.title.clone(),
                met: format!("{}/{}", c.met, m.rows.len()),
                first_of_area: i == 0,
            });
        }
    }
    let row_view = |r: &Row| RowView {
        country: r.country.clone(),
        iso2: r.iso2.clone(),
        region: r.region.clone(),
        as_of: r.as_of.clone(),
        score: percent(r.score),
        sufficient: r.sufficient,
        lower_bound: percent(r.lower_bound),
        coverage: percent(Some(r.coverage)),
        cells: r
            .cells
            .iter()
            .enumerate()
            .map(|(i, o)| {
                let column = columns.get(i);
                let waiver = column
                    .filter(|_| *o == Outcome::Waived)
                    .and_then(|c| r.waivers.iter().find(|w| w.rule == c.id));
                let why = waiver.map_or(String::new(), |w| {
                    crate::i18n::tr("compare.why", ": {why}", &[("why", &w.justification)])
                });
                CellView {
                    symbol: outcome_symbol(*o).into(),
                    class: o.as_str().into(),
                    label: crate::i18n::tr(
                        "compare.cell_label",
                        "{country}: {criterion} ({outcome}{why})",
                        &[
                            ("country", &r.country),
                            ("criterion", column.map_or("", |c| c.title.as_str())),
                            ("outcome", &outcome_label(*o)),
                            ("why", &why),
                        ],
                    ),
                    first_of_area: firsts.get(i).copied().unwrap_or(false),
                }
            })
            .collect(),
    };
    let blocks = if m.groups.is_empty() {
        vec![Block {
            region: String::new(),
            subtotal: String::new(),
            met: Vec::new(),
            rows: m.rows.iter().map(row_view).collect(),
        }]
    } else {
        m.groups
            .iter()
            .map(|g| Block {
                region: g.region.clone(),
                subtotal: crate::i18n::tr(
                    "compare.subtotal",
                    "{countries}: mean score {score}, mean coverage {coverage}",
                    &[
                        (
                            "countries",
                            &format!(
                                "{} {}",
                                g.countries,
                                if g.countries == 1 {
                                    crate::i18n::tr("compare.country_one", "country", &[])
                                } else {
                                    crate::i18n::tr("compare.country_many", "countries", &[])
                                }
                            ),
                        ),
                        ("score", &percent(g.mean_score)),
                        ("coverage", &percent(Some(g.mean_coverage))),
                    ],
                ),
                met: g.met.clone(),
                rows: m.rows.iter().filter(|r| r.region == g.region).map(row_view).collect(),
            })
            .collect()
    };
    let waivers = m
        .rows
        .iter()
        .flat_map(|r| {
            r.waivers.iter().map(|w| {
                let (state_class, state) = waiver_state(w.state);
                WaiverRow {
                    country: r.country.clone(),
                    iso2: r.iso2.clone(),
                    criterion: columns
                        .iter()
                        .find(|c| c.id == w.rule)
                        .map_or_else(|| w.rule.clone(), |c| c.title.clone()),
                    id: w.rule.clone(),
                    kind: waiver_kind(w.kind).1,
                    state,
                    state_class: state_class.into(),
                    expires: w.expires.as_deref().map_or_else(
                        || crate::i18n::tr("compare.no_expiry", "no expiry date", &[]),
                        crate::i18n::date_text,
                    ),
                    justification: w.justification.clone(),
                }
            })
        })
        .collect();
    PackView {
        id: m.pack.id.clone(),
        name: m.pack.name.clone(),
        version: m.pack.version.clone(),
        evidence_scope: if m.pack.core_areas.is_empty() {
            crate::i18n::tr("compare.scope_pack", "the pack's criteria", &[])
        } else {
            crate::i18n::tr(
                "compare.scope_core",
                "the core areas ({areas})",
                &[("areas", &m.pack.core_areas.join(", "))],
            )
        },
        insufficient: m.rows.iter().filter(|r| !r.sufficient).count(),
        criteria: columns.len(),
        areas: m
            .areas
            .iter()
            .map(|a| AreaView {
                title: a.title.clone(),
                span: a.columns.len(),
            })
            .collect(),
        columns,
        grouped: !m.groups.is_empty(),
        blocks,
        waivers,
    }
}

fn opt(v: Option<f64>) -> String {
    v.map(number).unwrap_or_default()
}

/// The fixed columns of both CSV forms.
pub const ROW_COLUMNS: [&str; 9] = [
    "pack",
    "country",
    "iso2",
    "region",
    "as_of",
    "score",
    "lower_bound",
    "coverage",
    "sufficient",
];

fn row_fields(m: &Matrix, r: &Row) -> Vec<String> {
    vec![
        m.pack.id.clone(),
        r.country.clone(),
        r.iso2.clone(),
        r.region.clone(),
        r.as_of.clone(),
        opt(r.score),
        opt(r.lower_bound),
        number(r.coverage),
        r.sufficient.to_string(),
    ]
}

/// A row per pack and country: the fixed columns, then one per criterion
/// id of every pack (blank for the criteria of the other packs).
pub fn wide(c: &Comparison) -> String {
    let mut out = String::new();
    let mut head: Vec<String> = ROW_COLUMNS.iter().map(|c| c.to_string()).collect();
    let ids = |m: &Matrix| -> Vec<String> {
        m.areas
            .iter()
            .flat_map(|a| a.columns.iter().map(|c| c.id.clone()))
            .collect()
    };
    let all: Vec<Vec<String>> = c.packs.iter().map(ids).collect();
    head.extend(all.iter().flatten().cloned());
    record(&mut out, &head);
    for (k, m) in c.packs.iter().enumerate() {
        for r in &m.rows {
            let mut row = row_fields(m, r);
            for (j, pack_ids) in all.iter().enumerate() {
                if j == k {
                    row.extend(r.cells.iter().map(|o| o.as_str().to_string()));
                } else {
                    row.extend(std::iter::repeat_n(String::new(), pack_ids.len()));
                }
            }
            record(&mut out, &row);
        }
    }
    out
}

/// A row per pack, country and criterion.
pub fn long(c: &Comparison) -> String {
    let mut out = String::new();
    let mut head: Vec<String> = ROW_COLUMNS.iter().map(|c| c.to_string()).collect();
    head.extend(["area", "criterion", "title", "outcome"].map(String::from));
    record(&mut out, &head);
    for m in &c.packs {
        for r in &m.rows {
            let mut i = 0;
            for area in &m.areas {
                for column in &area.columns {
                    let mut row = row_fields(m, r);
                    row.extend([
                        area.id.clone(),
                        column.id.clone(),
                        column.title.clone(),
                        r.cells.get(i).map_or("no_data", |o| o.as_str()).to_string(),
                    ]);
                    record(&mut out, &row);
                    i += 1;
                }
            }
        }
    }
    out
}
