//! Reports: results -> Markdown, HTML, JSON or CSV.
//!
//! Markdown and HTML go through Handlebars templates ([`Templates`]: bundled,
//! overridable file by file) in strict mode, each format with its own escape,
//! so that text from a profile never becomes markup. Templates see a
//! [`view::ReportView`] of the assessment, not the results themselves. JSON is
//! the results format itself; CSV has one row per criterion.
//!
//! Every rendering stamps the templates' digest into the assessment
//! (`stamp.templates_digest`), so that the methodology annex and the JSON say
//! which templates made the report. Output is deterministic: no timestamps.

mod budget;
mod catalogue;
pub mod compare;
mod csv;
mod error;
mod escape;
mod guard;
mod helpers;
mod index_view;
pub mod progress;
mod progress_chart;
mod svg;
mod templates;
pub mod view;
mod words;

pub use catalogue::render_catalogue;
pub use error::ReportError;
pub use templates::Templates;

use crate::engine::{Assessment, Results, RESULTS_V1};
use helpers::Markup;

/// An output format of reports.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// Markdown, to read in a terminal or paste into a document.
    Md,
    /// One self-contained HTML page per assessment, to read or print.
    Html,
    /// The results format (`gapwise/results/v1`).
    Json,
    /// One row per criterion, for spreadsheets.
    Csv,
}

impl Format {
    /// File extension, without the dot.
    pub fn extension(self) -> &'static str {
        match self {
            Format::Md => "md",
            Format::Html => "html",
            Format::Json => "json",
            Format::Csv => "csv",
        }
    }
}

fn stamped(a: &Assessment, templates: &Templates) -> Assessment {
    let mut a = a.clone();
    a.stamp.templates_digest = Some(templates.digest());
    a
}

/// Runs `render` on the assessment written in the templates' language (see
/// [`crate::i18n::localize`]), with that language current for the code and
/// helpers that write report text. English renders the assessment as it is.
fn in_language<T>(
    templates: &Templates,
    a: &Assessment,
    render: impl FnOnce(&Assessment) -> Result<T, ReportError>,
) -> Result<T, ReportError> {
    let language = templates.language();
    if language.lang == crate::i18n::Lang::En {
        return render(a);
    }
    let (t, meta) = language
        .translator(Some(&a.pack.id))
        .map_err(|e| translation_error(e.problem))?;
    crate::i18n::scoped(t.clone(), || render(&crate::i18n::localize(a, meta.as_ref(), &t)))
}

/// Runs `render` with the templates' language current (reports that are
/// not one assessment: progress, compare, the catalogue).
pub(crate) fn in_templates_language<T>(
    templates: &Templates,
    pack_id: Option<&str>,
    render: impl FnOnce() -> Result<T, ReportError>,
) -> Result<T, ReportError> {
    let language = templates.language();
    if language.lang == crate::i18n::Lang::En {
        return render();
    }
    let (t, _) = language.translator(pack_id).map_err(|e| translation_error(e.problem))?;
    crate::i18n::scoped(t, render)
}

fn translation_error(problem: crate::diag::Problem) -> ReportError {
    ReportError::Render {
        file: problem.file,
        line: problem.position.line,
        column: problem.position.column,
        message: problem.message,
        help: problem.help,
    }
}

/// Renders one assessment.
pub fn render_assessment(a: &Assessment, format: Format, templates: &Templates) -> Result<String, ReportError> {
    let a = stamped(a, templates);
    if matches!(format, Format::Md | Format::Html | Format::Csv) {
        return in_language(templates, &a, |a| match format {
            Format::Md => templates.render(Markup::Markdown, &view::ReportView::new(a)),
            Format::Html => templates.render(Markup::Html, &view::ReportView::new(a)),
            _ => Ok(csv::table([a])),
        });
    }
    match format {
        Format::Md => templates.render(Markup::Markdown, &view::ReportView::new(&a)),
        Format::Html => templates.render(Markup::Html, &view::ReportView::new(&a)),
        Format::Json => Ok(json(&Results {
            schema: RESULTS_V1.to_string(),
            assessments: vec![a],
        })),
        Format::Csv => Ok(csv::table([&a])),
    }
}

/// Renders the results of a run in one document.
///
/// Markdown puts the reports one after another; JSON is the whole results
/// file; CSV has one header and one row per (profile, criterion). An HTML
/// report is one self-contained page per assessment: with more than one
/// assessment this gives [`ReportError::OnePerFile`] (render each with
/// [`render_assessment`] into its own [`file_name`] instead).
pub fn render_results(r: &Results, format: Format, templates: &Templates) -> Result<String, ReportError> {
    let assessments: Vec<Assessment> = r.assessments.iter().map(|a| stamped(a, templates)).collect();
    match format {
        Format::Md => {
            let mut out = String::new();
            for (i, a) in assessments.iter().enumerate() {
                if i > 0 {
                    out.push_str("\n---\n\n");
                }
                out.push_str(&in_language(templates, a, |a| {
                    templates.render(Markup::Markdown, &view::ReportView::new(a))
                })?);
            }
            Ok(out)
        }
        Format::Html => match assessments.as_slice() {
            [one] => in_language(templates, one, |a| {
                templates.render(Markup::Html, &view::ReportView::new(a))
            }),
            many => Err(ReportError::OnePerFile { count: many.len() }),
        },
        Format::Json => Ok(json(&Results {
            schema: r.schema.clone(),
            assessments,
        })),
        Format::Csv => {
            let mut rows = String::new();
            for (i, a) in assessments.iter().enumerate() {
                let table = in_language(templates, a, |a| Ok(csv::table([a])))?;
                // One header for the whole run.
                let body = if i == 0 {
                    table.as_str()
                } else {
                    table.split_once('\n').map_or("", |(_, b)| b)
                };
                rows.push_str(body);
            }
            Ok(rows)
        }
    }
}

fn json(results: &Results) -> String {
    let mut text = serde_json::to_string_pretty(results).unwrap_or_default();
    text.push('\n');
    text
}

/// The file name of an assessment's report in an output folder: the
/// country's ISO code and the assessment date, `mx-2014-11-23.html`. Unique
/// by construction for different countries or dates, whatever the profile
/// files are called (`2014/mexico.yaml` and `2020/mexico.yaml` do not collide).
pub fn file_name(a: &Assessment, format: Format) -> String {
    let stem = format!("{}-{}", a.country.iso2.to_lowercase(), a.as_of);
    format!("{}.{}", safe_file_stem(&stem), format.extension())
}

/// Keeps letters, digits, `.`, `_` and `-`; anything else becomes `-`.
fn safe_file_stem(stem: &str) -> String {
    let safe: String = stem
        .chars()
        .map(|c| {
            if c.is_alphanumeric() || matches!(c, '.' | '_' | '-') {
                c
            } else {
                '-'
            }
        })
        .collect();
    let safe = safe.trim_start_matches('.');
    if safe.is_empty() {
        "report".to_string()
    } else {
        safe.to_string()
    }
}
