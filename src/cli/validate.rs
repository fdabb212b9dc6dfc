//! `gapwise validate`: every problem of every file, at once.

use std::path::{Path, PathBuf};

use crate::batch::{self, ProfileFile};
use crate::input::InputError;

use super::output::print_problems;
use super::{CliError, Exit};

/// Reads and checks a profile file, printing every problem with its line.
/// `None` when the file cannot be read (the reason is printed).
pub fn check_file(path: &Path) -> Option<ProfileFile> {
    let read = batch::read_profile(path, super::max_input());
    show(read.as_ref());
    read.ok()
}

/// Prints a file's problems, or why it could not be read.
pub fn show(read: Result<&ProfileFile, &InputError>) {
    match read {
        Ok(file) => {
            verboseln!("read `{}` ({} bytes)", file.name, file.text.len());
            print_problems(&file.checked.problems, |_| Some(file.text.as_str()))
        }
        Err(e) => errln!("error: {e}"),
    }
}

pub fn run(files: &[PathBuf]) -> Result<Exit, CliError> {
    let files = &batch::expand(files)?;
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
