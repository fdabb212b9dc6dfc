//! `gapwise validate`: every problem of every file, at once.

use std::path::PathBuf;

use crate::input::read_text;
use crate::profile;

use super::output::print_problem;
use super::{CliError, Exit};

pub fn run(files: &[PathBuf]) -> Result<Exit, CliError> {
    let (mut errors, mut warnings, mut unreadable) = (0, 0, 0);
    for path in files {
        let (name, text) = match read_text(path) {
            Ok(read) => read,
            Err(e) => {
                eprintln!("error: {e}");
                unreadable += 1;
                continue;
            }
        };
        let checked = profile::check(&name, &text);
        for problem in &checked.problems {
            print_problem(problem, Some(&text));
            if problem.is_error() {
                errors += 1;
            } else {
                warnings += 1;
            }
        }
        if checked.problems.is_empty() {
            println!("{name}: ok");
        }
    }
    let summary = format!(
        "{} file(s) checked: {errors} error(s), {warnings} warning(s){}",
        files.len(),
        if unreadable > 0 {
            format!(", {unreadable} unreadable")
        } else {
            String::new()
        }
    );
    if errors > 0 || unreadable > 0 {
        Err(CliError::Reported(summary))
    } else {
        eprintln!("{summary}");
        Ok(Exit::Ok)
    }
}
