//! Problems found in a user's file, with the place they are about.
//!
//! Every stage that reads user input (profiles, rules, waivers, templates)
//! reports what is wrong as [`Problem`]s, all at once, so that a user can fix a
//! file in one pass.

use std::fmt;

use serde::Serialize;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
}

/// A place in a file: 1-based line and column; 0 when unknown.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Default, Serialize)]
pub struct Position {
    pub line: usize,
    pub column: usize,
}

impl Position {
    pub fn new(line: usize, column: usize) -> Self {
        Position { line, column }
    }
}

/// One thing wrong with a file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Problem {
    pub file: String,
    pub position: Position,
    pub severity: Severity,
    /// What is wrong, in lowercase, user input in backticks.
    pub message: String,
    /// What to do about it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub help: Option<String>,
}

impl Problem {
    pub fn error(file: &str, position: Position, message: impl Into<String>) -> Self {
        Problem {
            file: file.to_string(),
            position,
            severity: Severity::Error,
            message: message.into(),
            help: None,
        }
    }

    pub fn warning(file: &str, position: Position, message: impl Into<String>) -> Self {
        Problem {
            severity: Severity::Warning,
            ..Problem::error(file, position, message)
        }
    }

    pub fn with_help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into());
        self
    }

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let kind = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        if self.position.line > 0 {
            write!(
                f,
                "{}:{}:{}: {kind}: {}",
                self.file, self.position.line, self.position.column, self.message
            )?;
        } else {
            write!(f, "{}: {kind}: {}", self.file, self.message)?;
        }
        if let Some(help) = &self.help {
            write!(f, "\n  help: {help}")?;
        }
        Ok(())
    }
}

/// Sorts problems by file, place and message, for deterministic output.
pub fn sort(problems: &mut [Problem]) {
    problems.sort_by(|a, b| {
        (&a.file, a.position, a.severity, &a.message).cmp(&(&b.file, b.position, b.severity, &b.message))
    });
}

/// The closest candidate to a misspelt word, if one is close enough.
pub fn did_you_mean<'a>(word: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    candidates
        .into_iter()
        .map(|c| (strsim::jaro_winkler(word, c), c))
        .filter(|(score, _)| *score > 0.8)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, c)| c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggests_close_names_only() {
        let keys = ["entry_into_force", "ratified", "signed"];
        assert_eq!(did_you_mean("entry_in_force", keys), Some("entry_into_force"));
        assert_eq!(did_you_mean("ratifed", keys), Some("ratified"));
        assert_eq!(did_you_mean("zzz", keys), None);
    }
}
