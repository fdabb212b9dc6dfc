//! `--format pdf` of `assess`, `report`, `progress` and `compare`: each HTML report
//! printed by a headless browser, written through the same staging as the
//! other formats (every file or none).

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use crate::engine::Results;
use crate::report::pdf::Browser;
use crate::report::{self, Format, Templates};

use super::output::write_all;
use super::{CliError, ReportFormat};

static BROWSER: OnceLock<Option<PathBuf>> = OnceLock::new();

/// Sets the browser `--browser` gives (before the command runs).
pub fn set_browser(path: Option<PathBuf>) {
    let _ = BROWSER.set(path);
}

/// Writes reports: PDF through the browser, the other formats as
/// [`super::assess::emit`] does.
pub fn emit(
    results: &Results,
    format: ReportFormat,
    out: Option<&Path>,
    templates: &Templates,
) -> Result<(), CliError> {
    match format.text() {
        Some(format) => super::assess::emit(results, format, out, templates),
        None => write_pdfs(results, out, templates),
    }
}

/// One PDF per profile, named as its HTML report is (`mx-2014-11-23.pdf`).
fn write_pdfs(results: &Results, out: Option<&Path>, templates: &Templates) -> Result<(), CliError> {
    let dir = pdf_dir(out)?;
    let pages = report::render_files(results, Format::Html, templates)?;
    print_pages(dir, pages)
}

/// The folder a PDF goes to: `--out`, which a PDF needs.
pub fn pdf_dir(out: Option<&Path>) -> Result<&Path, CliError> {
    out.ok_or_else(|| CliError::Usage("a PDF is written to a file, not to standard output: add `--out DIR`".into()))
}

/// Prints HTML pages (`name.html`, text) to `name.pdf` in `dir` through
/// the browser, and writes them all or none. `assess`, `report`,
/// `progress` and `compare` print this way.
pub fn print_pages(dir: &Path, pages: Vec<(String, String)>) -> Result<(), CliError> {
    let browser = Browser::find(BROWSER.get().and_then(Option::as_deref))?;
    // Ctrl-C while printing stops the browser and removes its folder.
    super::staging::install_handler();
    verboseln!("printing with `{}`", browser.path().display());
    let mut files = Vec::with_capacity(pages.len());
    for (html_name, html) in pages {
        let name = match html_name.strip_suffix(".html") {
            Some(stem) => format!("{stem}.pdf"),
            None => format!("{html_name}.pdf"),
        };
        let started = std::time::Instant::now();
        let pdf = browser.print_pdf(&html)?;
        verboseln!(
            "printed `{name}`: {} bytes in {} ms",
            pdf.len(),
            started.elapsed().as_millis()
        );
        files.push((name, pdf));
    }
    for file in write_all(dir, &files)? {
        noteln!("wrote {file}");
    }
    Ok(())
}
