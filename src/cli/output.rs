//! Writing to the terminal and to files: problems with a snippet of the
//! line they are about, all-or-nothing file output.

use std::path::Path;

use crate::diag::Problem;

use super::{CliError, Exit};

/// Prints a problem, with the offending line and a caret under the column.
pub fn print_problem(problem: &Problem, text: Option<&str>) {
    let mut out = problem.to_string();
    if let (Some(text), line) = (text, problem.position.line) {
        if let Some(source) = line.checked_sub(1).and_then(|i| text.lines().nth(i)) {
            let gutter = line.to_string().len();
            let caret = " ".repeat(problem.position.column.saturating_sub(1).min(source.chars().count()));
            let head = out.lines().next().unwrap_or_default().to_string();
            let rest: Vec<String> = out.lines().skip(1).map(str::to_string).collect();
            out = format!("{head}\n{:gutter$} |\n{line} | {source}\n{:gutter$} | {caret}^", "", "");
            for r in rest {
                out.push('\n');
                out.push_str(&r);
            }
        }
    }
    eprintln!("{out}");
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
