//! Writing to the terminal and to files: problems with a snippet of the
//! line they are about, all-or-nothing file output.

use std::collections::{BTreeMap, HashMap};
use std::io::Write;
use std::path::Path;
use std::sync::atomic::{AtomicU8, Ordering};

use crate::diag::Problem;

use super::{staging, CliError, Exit};

/// Problems printed per file; the rest are counted.
pub const MAX_PRINTED_PER_FILE: usize = 100;

/// Where each line of a text starts, found once, to show many problems'
/// lines without scanning the text again for each.
pub struct LineIndex<'t> {
    text: &'t str,
    starts: Vec<usize>,
}

impl<'t> LineIndex<'t> {
    pub fn new(text: &'t str) -> Self {
        let mut starts = vec![0];
        starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
        LineIndex { text, starts }
    }

    /// Line `line` (1-based) without its line ending.
    pub fn line(&self, line: usize) -> Option<&'t str> {
        let start = *self.starts.get(line.checked_sub(1)?)?;
        let end = self.starts.get(line).map_or(self.text.len(), |next| next - 1);
        if start > end || (start == self.text.len() && line > 1) {
            return None;
        }
        Some(self.text[start..end].trim_end_matches('\r'))
    }
}

/// Prints problems, each with the line it is about; at most
/// [`MAX_PRINTED_PER_FILE`] per file, then how many more there are.
/// `source` gives the text of a file named in a problem, when known.
pub fn print_problems<'t>(problems: &[Problem], source: impl Fn(&str) -> Option<&'t str>) {
    let mut indexes: HashMap<&str, Option<LineIndex<'t>>> = HashMap::new();
    let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
    for problem in problems {
        let count = counts.entry(problem.file.as_str()).or_default();
        *count += 1;
        if *count > MAX_PRINTED_PER_FILE {
            continue;
        }
        let index = indexes
            .entry(problem.file.as_str())
            .or_insert_with(|| source(&problem.file).map(LineIndex::new));
        let line = index.as_ref().and_then(|i| i.line(problem.position.line));
        errln!("{}", render_problem(problem, line));
    }
    for (file, count) in counts {
        if count > MAX_PRINTED_PER_FILE {
            errln!("{file}: and {} more problem(s) not shown", count - MAX_PRINTED_PER_FILE);
        }
    }
}

/// A problem, with its line (when given) and a caret under the column.
fn render_problem(problem: &Problem, source: Option<&str>) -> String {
    let mut out = problem.to_string();
    let line = problem.position.line;
    if let Some(source) = source {
        let (shown, caret) = excerpt(source, problem.position.column);
        let gutter = line.to_string().len();
        let mut lines = out.lines().map(str::to_string);
        let head = lines.next().unwrap_or_default();
        let rest: Vec<String> = lines.collect();
        out = format!(
            "{head}\n{:gutter$} |\n{line} | {shown}\n{:gutter$} | {}^",
            "",
            "",
            " ".repeat(caret)
        );
        for r in rest {
            out.push('\n');
            out.push_str(&r);
        }
    }
    out
}

/// At most 100 characters of a line around a 1-based column, and where the
/// caret goes in them.
fn excerpt(line: &str, column: usize) -> (String, usize) {
    const WIDTH: usize = 100;
    let chars: Vec<char> = line.chars().collect();
    let at = column.saturating_sub(1).min(chars.len());
    if chars.len() <= WIDTH {
        return (line.to_string(), at);
    }
    let start = at.saturating_sub(WIDTH / 2).min(chars.len().saturating_sub(WIDTH));
    let end = (start + WIDTH).min(chars.len());
    let mut shown: String = chars[start..end].iter().collect();
    let mut caret = at - start;
    if start > 0 {
        shown.insert(0, '…');
        caret += 1;
    }
    if end < chars.len() {
        shown.push('…');
    }
    (shown, caret)
}

/// Standard output's state: fine, its reader went away, or a write failed.
static STDOUT: AtomicU8 = AtomicU8::new(STDOUT_OK);
const STDOUT_OK: u8 = 0;
const STDOUT_CLOSED: u8 = 1;
const STDOUT_FAILED: u8 = 2;

/// Writes to standard output. A reader that went away (`| head`) ends the
/// output quietly instead of a panic; other failures are reported once, and
/// [`finish_stdout`] then fails.
pub fn write_stdout(args: std::fmt::Arguments) {
    if STDOUT.load(Ordering::Relaxed) != STDOUT_OK {
        return;
    }
    if let Err(e) = std::io::stdout().lock().write_fmt(args) {
        stdout_failed(&e);
    }
}

fn stdout_failed(e: &std::io::Error) {
    if e.kind() == std::io::ErrorKind::BrokenPipe {
        STDOUT.store(STDOUT_CLOSED, Ordering::Relaxed);
    } else {
        STDOUT.store(STDOUT_FAILED, Ordering::Relaxed);
        errln!("error: cannot write to standard output: {e}");
    }
}

/// Flushes standard output; fails if anything written to it was lost
/// (other than to a reader that went away).
pub fn finish_stdout() -> Result<(), CliError> {
    if STDOUT.load(Ordering::Relaxed) == STDOUT_OK {
        if let Err(e) = std::io::stdout().lock().flush() {
            stdout_failed(&e);
        }
    }
    if STDOUT.load(Ordering::Relaxed) == STDOUT_FAILED {
        return Err(CliError::Reported(String::new()));
    }
    Ok(())
}

/// Writes to standard error. A full or closed standard error loses the
/// message but never stops the program.
pub fn write_stderr(args: std::fmt::Arguments) {
    let _ = std::io::stderr().lock().write_fmt(args);
}

pub fn print_json(value: &serde_json::Value) -> Result<Exit, CliError> {
    let text = serde_json::to_string_pretty(value).map_err(|e| CliError::Usage(e.to_string()))?;
    outln!("{text}");
    Ok(Exit::Ok)
}

/// Refuses a target that is not a regular file (a folder, a device, a named
/// pipe, a symbolic link): gapwise replaces regular files only.
pub fn check_target(target: &Path) -> Result<(), CliError> {
    let refuse = |what: &str| {
        CliError::Usage(format!(
            "`{}` is {what}: gapwise only creates or replaces regular files; remove it or choose another name",
            target.display()
        ))
    };
    match std::fs::symlink_metadata(target) {
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
        Err(source) => Err(CliError::Write {
            file: target.display().to_string(),
            source,
        }),
        Ok(m) if m.file_type().is_file() => Ok(()),
        Ok(m) if m.file_type().is_symlink() => Err(refuse("a symbolic link")),
        Ok(m) if m.is_dir() => Err(refuse("a folder")),
        Ok(_) => Err(refuse("not a regular file (a device, named pipe or socket)")),
    }
}

/// Writes every file or none: each goes to an exclusive temporary file
/// first, and all are renamed into place only once all were written. The
/// content is text or bytes (PDF).
pub fn write_all<C: AsRef<[u8]>>(dir: &Path, files: &[(String, C)]) -> Result<Vec<String>, CliError> {
    std::fs::create_dir_all(dir).map_err(|source| CliError::Write {
        file: dir.display().to_string(),
        source,
    })?;
    let targets: Vec<_> = files.iter().map(|(name, _)| dir.join(name)).collect();
    for target in &targets {
        check_target(target)?;
    }
    let mut staged = Vec::new();
    for (target, (_, text)) in targets.into_iter().zip(files) {
        let shown = target.display().to_string();
        let file = staging::stage(dir, target, text).map_err(|source| CliError::Write { file: shown, source })?;
        staged.push(file);
    }
    staging::commit(staged)
        .map(|done| done.iter().map(|p| p.display().to_string()).collect())
        .map_err(|(target, source)| CliError::Write {
            file: target.display().to_string(),
            source,
        })
}

/// Creates new files, each complete or not at all; refuses to replace
/// anything already at a target (a file, a folder or a link).
pub fn write_new(files: &[(&Path, &str)]) -> Result<Vec<String>, CliError> {
    let mut staged = Vec::new();
    for (target, text) in files {
        let dir = target
            .parent()
            .filter(|d| !d.as_os_str().is_empty())
            .unwrap_or(Path::new("."));
        let file = staging::stage(dir, target.to_path_buf(), text).map_err(|source| CliError::Write {
            file: target.display().to_string(),
            source,
        })?;
        staged.push(file);
    }
    staging::commit_new(staged)
        .map(|done| done.iter().map(|p| p.display().to_string()).collect())
        .map_err(|(target, source)| CliError::Write {
            file: target.display().to_string(),
            source,
        })
}

/// Prints a file's problems, or why it could not be read.
pub fn show(read: Result<&crate::batch::ProfileFile, &crate::input::InputError>) {
    match read {
        Ok(file) => {
            verboseln!("read `{}`", file.name);
            print_problems(&file.checked.problems, |_| Some(file.text.as_str()))
        }
        Err(e) => errln!("error: {e}"),
    }
}

/// Writes bytes to standard output, as [`write_stdout`] does text.
pub fn write_stdout_bytes(bytes: &[u8]) {
    if STDOUT.load(Ordering::Relaxed) != STDOUT_OK {
        return;
    }
    if let Err(e) = std::io::stdout().lock().write_all(bytes) {
        stdout_failed(&e);
    }
}

/// A progress bar on standard error for a run of many profiles: shown only
/// on a terminal, outside CI, without `--quiet`, and once the run has taken
/// a second.
pub struct Progress {
    bar: Option<indicatif::ProgressBar>,
    started: std::time::Instant,
    shown: std::sync::atomic::AtomicBool,
}

/// How long a run goes before its progress shows.
const PROGRESS_AFTER: std::time::Duration = std::time::Duration::from_secs(1);

impl Progress {
    pub fn new(len: u64, quiet: bool) -> Progress {
        use std::io::IsTerminal;
        let on = !quiet && len > 1 && std::io::stderr().is_terminal() && std::env::var_os("CI").is_none();
        let bar = on.then(|| {
            let bar = indicatif::ProgressBar::with_draw_target(Some(len), indicatif::ProgressDrawTarget::hidden());
            bar.set_style(
                indicatif::ProgressStyle::with_template("{bar:40} {pos}/{len} profiles {elapsed}")
                    .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
            );
            bar
        });
        Progress {
            bar,
            started: std::time::Instant::now(),
            shown: std::sync::atomic::AtomicBool::new(false),
        }
    }

    /// One profile done (from any thread).
    pub fn tick(&self) {
        let Some(bar) = &self.bar else { return };
        bar.inc(1);
        if !self.shown.load(Ordering::Relaxed)
            && self.started.elapsed() >= PROGRESS_AFTER
            && !self.shown.swap(true, Ordering::Relaxed)
        {
            bar.set_draw_target(indicatif::ProgressDrawTarget::stderr());
        }
    }

    pub fn finish(&self) {
        if let Some(bar) = &self.bar {
            bar.finish_and_clear();
        }
    }
}

/// What a run's assessments say that the command needs at its end.
#[derive(Debug, Default)]
pub struct Tally {
    /// Files written to the output folder.
    pub written: usize,
    /// Criteria whose rule broke.
    pub broken: std::collections::BTreeSet<String>,
    /// Each assessment's country and overall score.
    pub scores: Vec<(String, Option<f64>)>,
}

type SpooledDocument = crate::report::Document<std::io::BufWriter<tempfile::SpooledTempFile>>;
type FileDocument = crate::report::Document<std::io::BufWriter<std::fs::File>>;

/// Where `assess` writes, as profiles come: standard output (held in a
/// spooled temporary until the run is known good), one results file in a
/// folder, or one file per report. Nothing reaches a target unless the
/// whole run succeeds.
pub struct Sink {
    format: crate::report::Format,
    tally: Tally,
    to: To,
}

enum To {
    Stdout(Option<SpooledDocument>),
    Document {
        dir: std::path::PathBuf,
        created: bool,
        staged: Option<(staging::Staged, FileDocument)>,
    },
    Files {
        dir: std::path::PathBuf,
        created: bool,
        staged: Vec<staging::Staged>,
        /// File name -> the profile written to it.
        names: BTreeMap<String, String>,
    },
}

/// What standard output holds in memory before it spills to disk.
const SPOOL_IN_MEMORY: usize = 8 * 1024 * 1024;

fn write_error(file: &Path) -> impl Fn(std::io::Error) -> CliError + '_ {
    move |source| CliError::Write {
        file: file.display().to_string(),
        source,
    }
}

impl Sink {
    pub fn stdout(format: crate::report::Format) -> Result<Sink, CliError> {
        let spool = std::io::BufWriter::new(tempfile::spooled_tempfile(SPOOL_IN_MEMORY));
        let doc = crate::report::Document::new(spool, format, crate::engine::RESULTS_V1)
            .map_err(|e| CliError::Usage(format!("cannot hold the output: {e}")))?;
        Ok(Sink {
            format,
            tally: Tally::default(),
            to: To::Stdout(Some(doc)),
        })
    }

    pub fn folder(dir: &Path, format: crate::report::Format) -> Result<Sink, CliError> {
        use crate::report::Format;
        let to = match format {
            Format::Json | Format::Csv => {
                check_target(&dir.join(format!("results.{}", format.extension())))?;
                To::Document {
                    dir: dir.to_path_buf(),
                    created: false,
                    staged: None,
                }
            }
            Format::Md | Format::Html => To::Files {
                dir: dir.to_path_buf(),
                created: false,
                staged: Vec::new(),
                names: BTreeMap::new(),
            },
        };
        Ok(Sink {
            format,
            tally: Tally::default(),
            to,
        })
    }

    /// Writes everything out: renames the staged files into place, or copies
    /// the spooled document to standard output.
    pub fn finish(mut self) -> Result<Tally, CliError> {
        match std::mem::replace(&mut self.to, To::Stdout(None)) {
            To::Stdout(Some(doc)) => {
                use std::io::{Read, Seek};
                let mut spool = doc
                    .finish()
                    .and_then(|w| w.into_inner().map_err(|e| e.into_error()))
                    .map_err(|e| CliError::Usage(format!("cannot hold the output: {e}")))?;
                spool
                    .rewind()
                    .map_err(|e| CliError::Usage(format!("cannot read the output back: {e}")))?;
                let mut buf = vec![0; 64 * 1024];
                loop {
                    let n = spool
                        .read(&mut buf)
                        .map_err(|e| CliError::Usage(format!("cannot read the output back: {e}")))?;
                    if n == 0 {
                        break;
                    }
                    write_stdout_bytes(&buf[..n]);
                }
            }
            To::Stdout(None) => {}
            To::Document { dir, staged, .. } => {
                let name = format!("results.{}", self.format.extension());
                let mut staged = match staged {
                    Some((staged, doc)) => {
                        doc.finish()
                            .and_then(|w| w.into_inner().map_err(|e| e.into_error()))
                            .map_err(write_error(&dir.join(&name)))?;
                        staged
                    }
                    None => {
                        // No profile at all: the empty document still goes out.
                        let (staged, doc) = open_document(&dir, &name, self.format)?;
                        doc.finish().map_err(write_error(&dir.join(&name)))?;
                        staged
                    }
                };
                staged.close().map_err(write_error(&dir.join(&name)))?;
                rename(vec![staged])?;
                self.tally.written = 1;
            }
            To::Files { staged, .. } => {
                self.tally.written = rename(staged)?;
            }
        }
        Ok(std::mem::take(&mut self.tally))
    }
}

impl Drop for Sink {
    /// A run that did not finish leaves no folder it created empty.
    fn drop(&mut self) {
        match std::mem::replace(&mut self.to, To::Stdout(None)) {
            To::Document {
                dir, created, staged, ..
            } => {
                drop(staged);
                if created {
                    let _ = std::fs::remove_dir(dir);
                }
            }
            To::Files {
                dir, created, staged, ..
            } => {
                drop(staged);
                if created {
                    let _ = std::fs::remove_dir(dir);
                }
            }
            To::Stdout(_) => {}
        }
    }
}

/// Creates the output folder if needed; says whether this call made it.
fn make_dir(dir: &Path) -> Result<bool, CliError> {
    if dir.is_dir() {
        return Ok(false);
    }
    std::fs::create_dir_all(dir).map_err(write_error(dir))?;
    Ok(true)
}

fn open_document(
    dir: &Path,
    name: &str,
    format: crate::report::Format,
) -> Result<(staging::Staged, FileDocument), CliError> {
    let target = dir.join(name);
    let mut staged = staging::create(dir, target.clone()).map_err(write_error(&target))?;
    let file = staged
        .writer()
        .ok_or_else(|| CliError::Usage(format!("cannot write `{}`", target.display())))?
        .try_clone()
        .map_err(write_error(&target))?;
    let doc = crate::report::Document::new(
        std::io::BufWriter::with_capacity(256 * 1024, file),
        format,
        crate::engine::RESULTS_V1,
    )
    .map_err(write_error(&target))?;
    Ok((staged, doc))
}

fn rename(staged: Vec<staging::Staged>) -> Result<usize, CliError> {
    staging::commit(staged)
        .map(|done| done.len())
        .map_err(|(target, source)| CliError::Write {
            file: target.display().to_string(),
            source,
        })
}

impl crate::batch::Sink for Sink {
    fn checked(&mut self, file: Result<&crate::batch::ProfileFile, &crate::input::InputError>) {
        show(file);
    }

    fn assessed(
        &mut self,
        assessments: &[crate::engine::Assessment],
        rendered: Vec<crate::batch::Rendered>,
    ) -> Result<(), crate::batch::RunError> {
        for a in assessments {
            self.tally.scores.push((a.country.name.clone(), a.overall.score));
            for c in a.criteria.iter().filter(|c| c.failure.is_some()) {
                if !self.tally.broken.contains(&c.id) {
                    self.tally.broken.insert(c.id.clone());
                }
            }
        }
        self.write(assessments, rendered)
            .map_err(|e| crate::batch::RunError::Sink(e.to_string()))
    }
}

impl Sink {
    fn write(
        &mut self,
        assessments: &[crate::engine::Assessment],
        rendered: Vec<crate::batch::Rendered>,
    ) -> Result<(), CliError> {
        let format = self.format;
        match &mut self.to {
            To::Stdout(doc) => {
                if let Some(doc) = doc {
                    for r in &rendered {
                        doc.push(&r.text)
                            .map_err(|e| CliError::Usage(format!("cannot hold the output: {e}")))?;
                    }
                }
            }
            To::Document { dir, created, staged } => {
                let name = format!("results.{}", format.extension());
                if staged.is_none() {
                    *created = make_dir(dir)?;
                    *staged = Some(open_document(dir, &name, format)?);
                }
                if let Some((_, doc)) = staged {
                    for r in &rendered {
                        doc.push(&r.text).map_err(write_error(&dir.join(&name)))?;
                    }
                }
            }
            To::Files {
                dir,
                created,
                staged,
                names,
            } => {
                if staged.is_empty() && !*created {
                    *created = make_dir(dir)?;
                }
                for (a, r) in assessments.iter().zip(rendered) {
                    if let Some(first) = names.get(&r.file_name) {
                        return Err(CliError::Usage(format!(
                            "`{first}` and `{}` would both be written to `{}`: both describe {} ({}) as of {}; remove one, or assess them separately",
                            a.profile, r.file_name, a.country.name, a.country.iso2, a.as_of
                        )));
                    }
                    let target = dir.join(&r.file_name);
                    check_target(&target)?;
                    staged.push(staging::stage(dir, target.clone(), &r.text).map_err(write_error(&target))?);
                    names.insert(r.file_name, a.profile.clone());
                }
            }
        }
        Ok(())
    }
}
