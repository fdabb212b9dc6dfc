//! `gapwise validate`: every problem of every file, at once.

use std::path::{Path, PathBuf};

use crate::input::read_text;
use crate::profile::{self, Checked};

use super::output::print_problem;
use super::{CliError, Exit};

/// A profile file read and checked; its problems already printed.
pub struct CheckedFile {
    pub name: String,
    pub text: String,
    pub checked: Checked,
}

/// Reads and checks a profile file, printing every problem with its line.
/// `None` when the file cannot be read (the reason is printed).
pub fn check_file(path: &Path) -> Option<CheckedFile> {
    let (name, text) = match read_text(path) {
        Ok(read) => read,
        Err(e) => {
            eprintln!("error: {e}");
            return None;
        }
    };
    let checked = profile::check(&name, &text);
    for problem in &checked.problems {
        print_problem(problem, Some(&text));
    }
    Some(CheckedFile { name, text, checked })
}

pub fn run(files: &[PathBuf]) -> Result<Exit, CliError> {
    let files = &super::files::expand(files)?;
    let (mut errors, mut warnings, mut unreadable) = (0, 0, 0);
    for path in files {
        let Some(file) = check_file(path) else {
            unreadable += 1;
            continue;
        };
        let problems = &file.checked.problems;
        errors += problems.iter().filter(|p| p.is_error()).count();
        warnings += problems.iter().filter(|p| !p.is_error()).count();
        if problems.is_empty() {
            outln!("{}: ok", file.name);
        }
    }
    let unread = if unreadable > 0 {
        format!(", {unreadable} unreadable")
    } else {
        String::new()
    };
    let summary = format!(
        "{} file(s) checked: {errors} error(s), {warnings} warning(s){unread}",
        files.len()
    );
    if errors > 0 || unreadable > 0 {
        Err(CliError::Reported(summary))
    } else {
        eprintln!("{summary}");
        Ok(Exit::Ok)
    }
}
