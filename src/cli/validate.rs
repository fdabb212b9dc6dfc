//! `gapwise validate`: every problem of every file, at once.

use std::path::{Path, PathBuf};

use super::read_input;
use crate::profile::{self, Checked};

use super::output::print_problems;
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
    let (name, text) = match read_input(path) {
        Ok(read) => read,
        Err(e) => {
            errln!("error: {e}");
            return None;
        }
    };
    let checked = match crate::yaml_guard::check(&name, &text) {
        Ok(()) => profile::check(&name, &text),
        Err(problem) => Checked {
            profile: None,
            problems: vec![problem],
        },
    };
    print_problems(&checked.problems, |_| Some(text.as_str()));
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
        errln!("{summary}");
        Ok(Exit::Ok)
    }
}
