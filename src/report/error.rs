//! What can go wrong with templates and rendering, pointing at the template
//! file and the place in it.

use handlebars::{RenderError, RenderErrorReason, TemplateError};

use crate::diag::{Position, Problem};

#[derive(Debug, thiserror::Error)]
pub enum ReportError {
    /// A template that does not parse.
    #[error("{file}:{line}:{column}: template syntax error: {message}")]
    Syntax {
        file: String,
        line: usize,
        column: usize,
        message: String,
    },
    /// A template that parses but fails on the data: a field that does not
    /// exist (strict mode), a partial or helper that does not exist.
    #[error("{file}:{line}:{column}: cannot render the report: {message}")]
    Render {
        file: String,
        line: usize,
        column: usize,
        message: String,
        help: Option<String>,
    },
    /// A template over one of the limits that keep rendering from crashing
    /// or stalling: size, expressions, nesting, recursion, work, output.
    #[error("{file}:{line}:{column}: template exceeds a limit: {message}")]
    Limit {
        file: String,
        line: usize,
        column: usize,
        message: String,
        help: String,
    },
    /// A file in a templates folder that overrides no bundled template.
    #[error("{file}: `{name}` is not one of the report templates")]
    UnknownTemplate { file: String, name: String, help: String },
    #[error("`{dir}` holds no templates (`*.hbs` files)")]
    NoTemplates { dir: String },
    #[error("cannot read `{file}`: {source}")]
    Io { file: String, source: std::io::Error },
    #[error("`{file}` is not UTF-8 text")]
    NotUtf8 { file: String },
    /// HTML reports are one self-contained page per profile.
    #[error("an HTML report holds one profile, and there are {count}")]
    OnePerFile { count: usize },
    /// Two profiles whose reports would be written to one file.
    #[error("`{first}` and `{second}` would both be written to `{name}`: both describe {country} as of {as_of}")]
    SameFile {
        first: String,
        second: String,
        name: String,
        country: String,
        as_of: String,
    },
}

impl ReportError {
    /// What to do about it.
    pub fn help(&self) -> Option<String> {
        match self {
            ReportError::Syntax { .. } => Some(
                "check that every `{{#block}}` is closed by a matching `{{/block}}` and that every `{{` has its `}}`"
                    .into(),
            ),
            ReportError::Render { help, .. } => help.clone(),
            ReportError::Limit { help, .. } => Some(help.clone()),
            ReportError::UnknownTemplate { help, .. } => Some(help.clone()),
            ReportError::NoTemplates { .. } => {
                Some("copy the bundled templates (the `reports/` folder) into it and change them".into())
            }
            ReportError::OnePerFile { .. } => {
                Some("write one HTML file per profile with `--out DIR`, or use `--format md`".into())
            }
            ReportError::SameFile { .. } => Some("remove one, or assess them separately".into()),
            ReportError::Io { .. } | ReportError::NotUtf8 { .. } => None,
        }
    }

    /// The error as a [`Problem`], for uniform reporting.
    pub fn to_problem(&self) -> Problem {
        let (file, position, message) = match self {
            ReportError::Syntax {
                file,
                line,
                column,
                message,
            } => (
                file.clone(),
                Position::new(*line, *column),
                format!("template syntax error: {message}"),
            ),
            ReportError::Render {
                file,
                line,
                column,
                message,
                ..
            } => (file.clone(), Position::new(*line, *column), message.clone()),
            ReportError::Limit {
                file,
                line,
                column,
                message,
                ..
            } => (
                file.clone(),
                Position::new(*line, *column),
                format!("template exceeds a limit: {message}"),
            ),
            ReportError::UnknownTemplate { file, name, .. } => (
                file.clone(),
                Position::default(),
                format!("`{name}` is not one of the report templates"),
            ),
            ReportError::NoTemplates { dir } => (
                dir.clone(),
                Position::default(),
                "holds no templates (`*.hbs` files)".into(),
            ),
            ReportError::Io { file, source } => (file.clone(), Position::default(), format!("cannot read: {source}")),
            ReportError::NotUtf8 { file } => (file.clone(), Position::default(), "not UTF-8 text".into()),
            ReportError::OnePerFile { .. } | ReportError::SameFile { .. } => {
                ("<report>".into(), Position::default(), self.to_string())
            }
        };
        let problem = Problem::error(&file, position, message);
        match self.help() {
            Some(help) => problem.with_help(help),
            None => problem,
        }
    }

    /// A parse error of the template registered as `name`, shown as `file`.
    pub(crate) fn syntax(file: &str, error: &TemplateError) -> ReportError {
        let (line, column) = error.pos().unwrap_or((0, 0));
        ReportError::Syntax {
            file: file.to_string(),
            line,
            column,
            message: lowercase_first(&error.reason().to_string()),
        }
    }

    /// A render error; `file_of` maps a registered template name to its file.
    pub(crate) fn render(error: &RenderError, file_of: impl Fn(&str) -> String) -> ReportError {
        let template = error.template_name.as_deref().unwrap_or("");
        let (message, help) = describe(error.reason());
        ReportError::Render {
            file: file_of(template),
            line: error.line_no.unwrap_or(0),
            column: error.column_no.unwrap_or(0),
            message,
            help,
        }
    }
}

fn describe(reason: &RenderErrorReason) -> (String, Option<String>) {
    match reason {
        RenderErrorReason::MissingVariable(path) => (
            match path {
                Some(p) => format!("the report data has no field `{p}`"),
                None => "a value the template uses is missing from the report data".into(),
            },
            Some("check the spelling against the bundled templates; inside `{{#each}}` fields are relative to the item (use `../field` or `@root.field` for outer ones)".into()),
        ),
        RenderErrorReason::PartialNotFound(name) => (
            format!("there is no partial `{name}`"),
            Some(format!("add `partials/{name}.md.hbs` or `partials/{name}.html.hbs` to the templates folder")),
        ),
        RenderErrorReason::HelperNotFound(name) => (
            format!("there is no helper `{name}`"),
            Some("the helpers are `code`, `link`, `percent`, `plural`, `bar_chart` (HTML only) and the Handlebars built-ins".into()),
        ),
        RenderErrorReason::TemplateNotFound(name) => (format!("there is no template `{name}`"), None),
        RenderErrorReason::TemplateError(e) => (lowercase_first(&e.to_string()), None),
        other => (lowercase_first(&other.to_string()), None),
    }
}

fn lowercase_first(text: &str) -> String {
    let text = text.trim_end_matches('.');
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_lowercase().chain(chars).collect(),
        None => String::new(),
    }
}
