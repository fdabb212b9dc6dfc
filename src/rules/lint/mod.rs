//! `gapwise rules lint`, beyond what loading a pack checks: the profile paths
//! each rule reads exist in the profile format, and no placeholder text of
//! `gapwise rules new` is left in a rule.

pub mod paths;
pub mod shape;
pub mod translations;

use crate::diag::{Position, Problem};

use super::Pack;

/// The marker `gapwise rules new` puts in the text an author must replace.
pub const PLACEHOLDER: &str = "TODO";

/// Every problem lint finds in a loaded pack besides its load problems.
pub fn check_pack(pack: &Pack) -> Vec<Problem> {
    let mut problems = Vec::new();
    for rule in &pack.rules {
        if let Some(ast) = &rule.ast {
            problems.extend(paths::check(ast).iter().map(|b| b.problem(&rule.file)));
        }
        problems.extend(placeholders(&rule.file, &rule.source));
    }
    crate::diag::sort(&mut problems);
    problems
}

/// A problem per line of a rule that still holds placeholder text.
pub fn placeholders(file: &str, source: &str) -> Vec<Problem> {
    source
        .lines()
        .enumerate()
        .filter_map(|(i, line)| {
            let column = line.find(PLACEHOLDER)?;
            Some(
                Problem::error(
                    file,
                    Position::new(i + 1, column + 1),
                    format!("placeholder text left in the rule: `{}`", line.trim()),
                )
                .with_help(format!(
                    "replace every `{PLACEHOLDER}` that `gapwise rules new` wrote with the criterion's own words"
                )),
            )
        })
        .collect()
}
