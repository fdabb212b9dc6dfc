//! `gapwise validate`: every problem of every file, at once.

use std::path::PathBuf;

use crate::batch;

use super::output::show;
use super::{CliError, Exit};

pub fn run(files: &[PathBuf]) -> Result<Exit, CliError> {
    let (mut errors, mut warnings, mut unreadable) = (0, 0, 0);
    let count = batch::check_paths(files, super::max_input(), &mut |read| {
        show(read);
        let Ok(file) = read else {
            unreadable += 1;
            return;
        };
        let problems = &file.checked.problems;
        errors += problems.iter().filter(|p| p.is_error()).count();
        warnings += problems.iter().filter(|p| !p.is_error()).count();
        if problems.is_empty() {
            outln!("{}: ok", file.name);
        }
    })?;
    let unread = if unreadable > 0 {
        format!(", {unreadable} unreadable")
    } else {
        String::new()
    };
    let summary = format!("{count} file(s) checked: {errors} error(s), {warnings} warning(s){unread}");
    if errors > 0 || unreadable > 0 {
        Err(CliError::Reported(summary))
    } else {
        errln!("{summary}");
        Ok(Exit::Ok)
    }
}
