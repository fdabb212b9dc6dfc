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
