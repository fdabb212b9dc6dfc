//! Writing to the terminal and to files: problems with a snippet of the
//! line they are about, all-or-nothing file output.

use std::path::Path;

use crate::diag::Problem;

use super::{CliError, Exit};

/// Prints a problem, with the offending line and a caret under the column.
pub fn print_problem(problem: &Problem, text: Option<&str>) {
    let mut out = problem.to_string();
    let line = problem.position.line;
    if let Some(source) = text.zip(line.checked_sub(1)).and_then(|(text, i)| text.lines().nth(i)) {
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
    eprintln!("{out}");
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

/// Writes to standard output. A reader that went away (`| head`) ends the
/// output quietly instead of a panic; other failures are reported once.
pub fn write_stdout(args: std::fmt::Arguments) {
    use std::io::Write;
    use std::sync::atomic::{AtomicBool, Ordering};
    static FAILED: AtomicBool = AtomicBool::new(false);
    if FAILED.load(Ordering::Relaxed) {
        return;
    }
    if let Err(e) = std::io::stdout().lock().write_fmt(args) {
        FAILED.store(true, Ordering::Relaxed);
        if e.kind() != std::io::ErrorKind::BrokenPipe {
            eprintln!("error: cannot write to standard output: {e}");
        }
    }
}

pub fn print_json(value: &serde_json::Value) -> Result<Exit, CliError> {
    let text = serde_json::to_string_pretty(value).map_err(|e| CliError::Usage(e.to_string()))?;
    outln!("{text}");
    Ok(Exit::Ok)
}

/// Writes every file or none: each goes to a temporary name first, and all
/// are renamed into place only once all were written.
pub fn write_all(dir: &Path, files: &[(String, String)]) -> Result<Vec<String>, CliError> {
    std::fs::create_dir_all(dir).map_err(|source| CliError::Write {
        file: dir.display().to_string(),
        source,
    })?;
    let mut staged = Vec::new();
    for (name, text) in files {
        let tmp = dir.join(format!(".{name}.tmp"));
        if let Err(source) = std::fs::write(&tmp, text) {
            for (t, _) in &staged {
                let _ = std::fs::remove_file(t);
            }
            let _ = std::fs::remove_file(&tmp);
            return Err(CliError::Write {
                file: tmp.display().to_string(),
                source,
            });
        }
        staged.push((tmp, dir.join(name)));
    }
    let mut written = Vec::new();
    for (i, (tmp, target)) in staged.iter().enumerate() {
        if let Err(source) = std::fs::rename(tmp, target) {
            for (rest, _) in &staged[i..] {
                let _ = std::fs::remove_file(rest);
            }
            return Err(CliError::Write {
                file: target.display().to_string(),
                source,
            });
        }
        written.push(target.display().to_string());
    }
    Ok(written)
}
