//! Reports: results -> Markdown, HTML, JSON or CSV; PDF printed from the
//! HTML by a headless browser ([`pdf`]).
//!
//! Markdown and HTML go through Handlebars templates ([`Templates`]: bundled,
//! overridable file by file) in strict mode, each format with its own escape,
//! so that text from a profile never becomes markup. A report covers one
//! profile at one date over every pack of the run: templates see a
//! [`view::CombinedView`] (the country, sources and facts to collect once,
//! a [`view::ReportView`] per pack), not the results themselves. JSON is the
//! results format itself; CSV has one row per criterion.
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
mod languages;
mod localize;
pub mod pdf;
pub mod progress;
mod progress_chart;
mod progress_csv;
mod svg;
mod templates;
pub mod view;
mod words;

pub use catalogue::render_catalogue;
pub use error::ReportError;
pub use languages::Languages;
pub use localize::localize;
pub use templates::Templates;

use std::borrow::Cow;

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

/// Stamps the templates' digest into an assessment the caller owns, so
/// that rendering it needs no copy.
pub fn stamp(a: &mut Assessment, templates: &Templates) {
    if a.stamp.templates_digest.as_deref() != Some(templates.digest_str()) {
        a.stamp.templates_digest = Some(templates.digest());
    }
}

/// The assessment stamped with the templates' digest: itself when it
/// already is, else a stamped copy.
fn stamped<'a>(a: &'a Assessment, templates: &Templates) -> Cow<'a, Assessment> {
    if a.stamp.templates_digest.as_deref() == Some(templates.digest_str()) {
        Cow::Borrowed(a)
    } else {
        let mut a = a.clone();
        a.stamp.templates_digest = Some(templates.digest());
        Cow::Owned(a)
    }
}

/// Runs `render` on the assessments written in the templates' language
/// (see [`localize::localize`]: each with its own pack's translation),
/// with that language current for the code and helpers that write report
/// text. English renders the assessments as they are.
fn in_language<T>(
    templates: &Templates,
    assessments: &[&Assessment],
    render: impl FnOnce(&[&Assessment]) -> Result<T, ReportError>,
) -> Result<T, ReportError> {
    let language = templates.language();
    if language.lang == crate::i18n::Lang::En {
        return render(assessments);
    }
    let ids: Vec<&str> = assessments.iter().map(|a| a.pack.id.as_str()).collect();
    let all = language
        .translator_for(&ids)
        .map_err(|e| translation_error(e.problem))?;
    let mut local = Vec::with_capacity(assessments.len());
    for a in assessments {
        let (t, meta) = language
            .translator(Some(&a.pack.id))
            .map_err(|e| translation_error(e.problem))?;
        local.push(crate::i18n::scoped(t.clone(), || {
            localize::localize(a, meta.as_ref(), &t)
        }));
        // What fell back in this pack's texts, for the annex.
        t.fallbacks().iter().for_each(|k| all.fell_back(k));
    }
    let refs: Vec<&Assessment> = local.iter().collect();
    crate::i18n::scoped(all, || render(&refs))
}

/// Runs `render` with the templates' language current (reports that are
/// not one assessment: progress, compare, the catalogue), with the
/// translations of the packs `pack_ids`.
pub(crate) fn in_templates_language<T>(
    templates: &Templates,
    pack_ids: &[&str],
    render: impl FnOnce() -> Result<T, ReportError>,
) -> Result<T, ReportError> {
    let language = templates.language();
    if language.lang == crate::i18n::Lang::En {
        return render();
    }
    let t = language
        .translator_for(pack_ids)
        .map_err(|e| translation_error(e.problem))?;
    crate::i18n::scoped(t, render)
}

pub(crate) fn translation_error(problem: crate::diag::Problem) -> ReportError {
    ReportError::Render {
        file: problem.file,
        line: problem.position.line,
        column: problem.position.column,
        message: problem.message,
        help: problem.help,
    }
}

/// Renders one assessment (a report of one pack).
pub fn render_assessment(a: &Assessment, format: Format, templates: &Templates) -> Result<String, ReportError> {
    let a = stamped(a, templates);
    match format {
        Format::Md | Format::Html => render_profile(&[a.as_ref()], format, templates),
        Format::Csv => {
            let mut out = Vec::new();
            let mut doc = Document::new(&mut out, format, RESULTS_V1).map_err(write_error)?;
            doc.push(&piece(&a, format, templates)?).map_err(write_error)?;
            doc.finish().map_err(write_error)?;
            Ok(String::from_utf8(out).unwrap_or_default())
        }
        Format::Json => Ok(json(&Results {
            schema: RESULTS_V1.to_string(),
            assessments: vec![a.into_owned()],
        })),
    }
}

/// The report of one profile's assessments (already stamped), one per pack.
pub fn render_profile(
    assessments: &[&Assessment],
    format: Format,
    templates: &Templates,
) -> Result<String, ReportError> {
    let markup = if format == Format::Html {
        Markup::Html
    } else {
        Markup::Markdown
    };
    in_language(templates, assessments, |local| match view::CombinedView::new(local) {
        Some(v) => templates.render(markup, &v),
        None => Ok(String::new()),
    })
}

/// The assessments of a run grouped by profile and date, in order: each
/// group is one report, with a section per pack.
fn by_profile<'a>(assessments: &[&'a Assessment]) -> Vec<Vec<&'a Assessment>> {
    let mut groups: Vec<Vec<&Assessment>> = Vec::new();
    for &a in assessments {
        match groups.last_mut() {
            Some(g)
                if g[0].profile == a.profile && g[0].as_of == a.as_of && g.iter().all(|x| x.pack.id != a.pack.id) =>
            {
                g.push(a)
            }
            _ => groups.push(vec![a]),
        }
    }
    groups
}

/// Renders the results of a run in one document.
///
/// Markdown puts the reports one after another, one per profile (each with
/// a section per pack); JSON is the whole results file; CSV has one header
/// and one row per (profile, pack, criterion). An HTML report is one
/// self-contained page per profile: with more than one profile this gives
/// [`ReportError::OnePerFile`] (use [`render_files`] instead).
pub fn render_results(r: &Results, format: Format, templates: &Templates) -> Result<String, ReportError> {
    let stamped: Vec<Cow<Assessment>> = r.assessments.iter().map(|a| stamped(a, templates)).collect();
    let assessments: Vec<&Assessment> = stamped.iter().map(|a| a.as_ref()).collect();
    let mut out = Vec::new();
    let mut doc = Document::new(&mut out, format, &r.schema).map_err(write_error)?;
    match format {
        Format::Md | Format::Html => {
            let groups = by_profile(&assessments);
            if format == Format::Html && groups.len() != 1 {
                return Err(ReportError::OnePerFile { count: groups.len() });
            }
            for group in &groups {
                doc.push(&render_profile(group, format, templates)?)
                    .map_err(write_error)?;
            }
        }
        Format::Json | Format::Csv => {
            for a in &assessments {
                doc.push(&piece(a, format, templates)?).map_err(write_error)?;
            }
        }
    }
    doc.finish().map_err(write_error)?;
    Ok(String::from_utf8(out).unwrap_or_default())
}

fn write_error(e: std::io::Error) -> ReportError {
    ReportError::Render {
        file: "the report".into(),
        line: 0,
        column: 0,
        message: e.to_string(),
        help: None,
    }
}

/// An assessment's part of a document of its format: its report (Markdown,
/// HTML), its rows (CSV), or its object in the results' list (JSON). The
/// assessment is rendered as it is: [`stamp`] it first.
pub fn piece(a: &Assessment, format: Format, templates: &Templates) -> Result<String, ReportError> {
    match format {
        Format::Md | Format::Html => render_profile(&[a], format, templates),
        Format::Csv => in_language(templates, &[a], |all| Ok(all.iter().map(|a| csv::rows(a)).collect())),
        Format::Json => {
            let text = serde_json::to_string_pretty(a).unwrap_or_default();
            // As an item of the `assessments` list, two levels in. A string
            // holds no line break (JSON escapes it), so lines are values.
            let mut out = String::with_capacity(text.len() + text.len() / 8);
            for (i, line) in text.lines().enumerate() {
                if i > 0 {
                    out.push('\n');
                }
                out.push_str("    ");
                out.push_str(line);
            }
            Ok(out)
        }
    }
}

/// A document of many assessments written as their pieces come, so that a
/// run of any size is never held whole: the results file (JSON), one table
/// (CSV), or reports one after another (Markdown). What it writes is what
/// [`render_results`] gives.
pub struct Document<W: std::io::Write> {
    out: W,
    format: Format,
    count: usize,
}

impl<W: std::io::Write> Document<W> {
    /// Starts the document (`schema` is the results' tag, for JSON).
    pub fn new(mut out: W, format: Format, schema: &str) -> std::io::Result<Self> {
        match format {
            Format::Json => {
                let schema = serde_json::to_string(schema).unwrap_or_default();
                write!(out, "{{\n  \"schema\": {schema},\n  \"assessments\": [")?;
            }
            Format::Csv => out.write_all(csv::header().as_bytes())?,
            Format::Md | Format::Html => {}
        }
        Ok(Document { out, format, count: 0 })
    }

    /// Adds an assessment's [`piece`].
    pub fn push(&mut self, piece: &str) -> std::io::Result<()> {
        let separator = match (self.format, self.count) {
            (Format::Json, 0) => "\n",
            (Format::Json, _) => ",\n",
            (Format::Md, n) if n > 0 => "\n---\n\n",
            _ => "",
        };
        self.out.write_all(separator.as_bytes())?;
        self.out.write_all(piece.as_bytes())?;
        self.count += 1;
        Ok(())
    }

    /// How many pieces were added.
    pub fn len(&self) -> usize {
        self.count
    }

    /// Whether no piece was added.
    pub fn is_empty(&self) -> bool {
        self.count == 0
    }

    /// Ends the document; gives the writer back, flushed.
    pub fn finish(mut self) -> std::io::Result<W> {
        if self.format == Format::Json {
            let end = if self.count == 0 { "]\n}\n" } else { "\n  ]\n}\n" };
            self.out.write_all(end.as_bytes())?;
        }
        self.out.flush()?;
        Ok(self.out)
    }
}

/// The Markdown or HTML reports of a run as files: one per profile and
/// date, named by [`file_name`], each with a section per pack. Two profiles
/// that would share a file are an error naming both.
pub fn render_files(r: &Results, format: Format, templates: &Templates) -> Result<Vec<(String, String)>, ReportError> {
    let stamped: Vec<Cow<Assessment>> = r.assessments.iter().map(|a| stamped(a, templates)).collect();
    let assessments: Vec<&Assessment> = stamped.iter().map(|a| a.as_ref()).collect();
    let mut files: Vec<(String, String)> = Vec::new();
    let mut seen: Vec<(String, &str)> = Vec::new();
    for group in by_profile(&assessments) {
        let a = group[0];
        let name = file_name(a, format);
        if let Some((_, first)) = seen.iter().find(|(n, _)| *n == name) {
            return Err(ReportError::SameFile {
                first: first.to_string(),
                second: a.profile.clone(),
                name,
                country: format!("{} ({})", a.country.name, a.country.iso2),
                as_of: a.as_of.clone(),
            });
        }
        seen.push((name.clone(), a.profile.as_str()));
        files.push((name, render_profile(&group, format, templates)?));
    }
    Ok(files)
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
