//! Compare reports: [`Matrix`] -> HTML (sticky headers, numbered columns
//! with the full title on hover and in a key, outcome by symbol and colour,
//! printable on A3 landscape), Markdown, JSON (`gapwise/compare/v1`), and CSV
//! in a wide form (a row per country, a column per criterion) or a long one
//! (a row per country and criterion).

use serde::Serialize;

use crate::engine::compare::Matrix;
use crate::engine::Outcome;

use super::csv::field;
use super::helpers::Markup;
use super::words::{number, outcome_label, outcome_symbol, percent};
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

/// The matrix with what its pack says in the language of the rendering: the
/// pack's name, area titles, criterion titles and references.
fn in_language(m: &Matrix) -> Matrix {
    use crate::i18n::tr;
    let mut m = m.clone();
    if crate::i18n::lang() == crate::i18n::Lang::En {
        return m;
    }
    m.pack.name = tr("name", &m.pack.name, &[]);
    for area in &mut m.areas {
        area.title = tr(&format!("areas.{}", area.id), &area.title, &[]);
        for c in &mut area.columns {
            c.title = tr(&format!("rules.{}.title", c.id), &c.title, &[]);
            if crate::i18n::translated_reference(&c.reference) {
                c.reference = tr(&format!("rules.{}.reference", c.id), &c.reference, &[]);
            }
        }
    }
    m
}

pub fn render(m: &Matrix, format: Format, shape: Shape, templates: &Templates) -> Result<String, ReportError> {
    match format {
        Format::Md => super::in_templates_language(templates, Some(&m.pack.id), || {
            templates.render_entry(ENTRY, Markup::Markdown, &view(&in_language(m)))
        }),
        Format::Html => super::in_templates_language(templates, Some(&m.pack.id), || {
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
    pack: String,
    pack_version: String,
    as_of: String,
    has_as_of: bool,
    sort: String,
    countries: usize,
    criteria: usize,
    areas: Vec<AreaView>,
    columns: Vec<ColumnView>,
    blocks: Vec<Block>,
    grouped: bool,
    legend: Vec<LegendItem>,
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

fn view(m: &Matrix) -> View {
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
    let row_view = |r: &crate::engine::compare::Row| RowView {
        country: r.country.clone(),
        iso2: r.iso2.clone(),
        region: r.region.clone(),
        as_of: r.as_of.clone(),
        score: percent(r.score),
        lower_bound: percent(r.lower_bound),
        coverage: percent(Some(r.coverage)),
        cells: r
            .cells
            .iter()
            .enumerate()
            .map(|(i, o)| CellView {
                symbol: outcome_symbol(*o).into(),
                class: o.as_str().into(),
                label: format!(
                    "{}: {} ({})",
                    r.country,
                    columns.get(i).map_or("", |c| c.title.as_str()),
                    outcome_label(*o)
                ),
                first_of_area: firsts.get(i).copied().unwrap_or(false),
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
                subtotal: format!(
                    "{} {}: mean score {}, mean coverage {}",
                    g.countries,
                    if g.countries == 1 { "country" } else { "countries" },
                    percent(g.mean_score),
                    percent(Some(g.mean_coverage))
                ),
                met: g.met.clone(),
                rows: m.rows.iter().filter(|r| r.region == g.region).map(row_view).collect(),
            })
            .collect()
    };
    View {
        pack: m.pack.name.clone(),
        pack_version: m.pack.version.clone(),
        has_as_of: m.as_of.is_some(),
        as_of: m.as_of.clone().unwrap_or_default(),
        sort: format!("{:?}", m.sort).to_lowercase(),
        countries: m.rows.len(),
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

fn line(out: &mut String, fields: &[String]) {
    let f: Vec<String> = fields
        .iter()
        .map(|x| if x.parse::<f64>().is_ok() { x.clone() } else { field(x) })
        .collect();
    out.push_str(&f.join(","));
    out.push('\n');
}

fn opt(v: Option<f64>) -> String {
    v.map(number).unwrap_or_default()
}

/// The fixed columns of both CSV forms.
pub const ROW_COLUMNS: [&str; 7] = ["country", "iso2", "region", "as_of", "score", "lower_bound", "coverage"];

/// A row per country: the fixed columns, then one per criterion id.
pub fn wide(m: &Matrix) -> String {
    let mut out = String::new();
    let mut head: Vec<String> = ROW_COLUMNS.iter().map(|c| c.to_string()).collect();
    head.extend(m.areas.iter().flat_map(|a| a.columns.iter().map(|c| c.id.clone())));
    line(&mut out, &head);
    for r in &m.rows {
        let mut row = vec![
            r.country.clone(),
            r.iso2.clone(),
            r.region.clone(),
            r.as_of.clone(),
            opt(r.score),
            opt(r.lower_bound),
            number(r.coverage),
        ];
        row.extend(r.cells.iter().map(|o| o.as_str().to_string()));
        line(&mut out, &row);
    }
    out
}

/// A row per country and criterion.
pub fn long(m: &Matrix) -> String {
    let mut out = String::new();
    let mut head: Vec<String> = ROW_COLUMNS.iter().map(|c| c.to_string()).collect();
    head.extend(["area", "criterion", "title", "outcome"].map(String::from));
    line(&mut out, &head);
    for r in &m.rows {
        let mut i = 0;
        for area in &m.areas {
            for c in &area.columns {
                let row = vec![
                    r.country.clone(),
                    r.iso2.clone(),
                    r.region.clone(),
                    r.as_of.clone(),
                    opt(r.score),
                    opt(r.lower_bound),
                    number(r.coverage),
                    area.id.clone(),
                    c.id.clone(),
                    c.title.clone(),
                    r.cells.get(i).map_or("no_data", |o| o.as_str()).to_string(),
                ];
                line(&mut out, &row);
                i += 1;
            }
        }
    }
    out
}
