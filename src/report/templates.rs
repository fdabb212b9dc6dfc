//! The report templates: bundled in the binary, each file overridable from a
//! user's folder, compiled once per format in strict mode with that format's
//! escape.
//!
//! Files are named by path within the templates folder. `report.md.hbs` and
//! `report.html.hbs` are the entry points; `partials/NAME.md.hbs`,
//! `partials/NAME.html.hbs` (or `partials/NAME.hbs`, for both formats) are
//! used as `{{> NAME}}`. A folder given by the user replaces the bundled
//! files it has and may add partials.

use std::collections::BTreeMap;
use std::path::Path;
use std::sync::OnceLock;

use handlebars::Handlebars;
use include_dir::{include_dir, Dir};

use super::budget;
use super::error::ReportError;
use super::escape;
use super::guard;
use super::helpers::{self, Markup};

static BUNDLED: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/reports");

/// Name of the entry template of each format.
const ENTRY: &str = "report";

#[derive(Debug, Clone, PartialEq, Eq)]
struct TemplateFile {
    /// Path within the templates folder, `/`-separated.
    name: String,
    /// Where it came from, for messages.
    shown: String,
    text: String,
}

impl TemplateFile {
    /// The formats the file is for, and the name it is registered under.
    fn registration(&self) -> (Option<Markup>, String) {
        let stem = self.name.strip_suffix(".hbs").unwrap_or(&self.name);
        let (markup, stem) = if let Some(s) = stem.strip_suffix(".md") {
            (Some(Markup::Markdown), s)
        } else if let Some(s) = stem.strip_suffix(".html") {
            (Some(Markup::Html), s)
        } else {
            (None, stem)
        };
        let stem = stem.strip_prefix("partials/").unwrap_or(stem);
        (markup, stem.to_string())
    }
}

/// A set of report templates, each format compiled when first rendered:
/// JSON and CSV compile none, Markdown compiles only the Markdown ones.
#[derive(Clone)]
pub struct Templates {
    files: Vec<TemplateFile>,
    digest: String,
    md: OnceLock<Compiled>,
    html: OnceLock<Compiled>,
    /// The language reports render in, and the translations they use.
    language: crate::report::Languages,
    /// Translations of an overriding folder (`i18n/fr.yaml`), which win
    /// over the bundled ones.
    translations: Vec<(crate::i18n::Lang, crate::i18n::Catalog)>,
}

impl std::fmt::Debug for Templates {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Templates")
            .field("files", &self.names())
            .field("digest", &self.digest)
            .finish()
    }
}

#[derive(Debug, Clone)]
struct Compiled {
    hb: Handlebars<'static>,
    /// Registered name -> file shown in messages.
    files: BTreeMap<String, String>,
}

impl Templates {
    /// The templates compiled into gapwise.
    pub fn bundled() -> Templates {
        Templates::new(bundled_files())
    }

    /// Whether these are the templates compiled into gapwise, unchanged.
    pub fn is_bundled(&self) -> bool {
        self.digest == bundled_digest()
    }

    /// Compiles the templates of both formats now, rather than when first
    /// rendered, so that every error of every template shows.
    pub fn check(&self) -> Result<(), ReportError> {
        self.compiled(Markup::Markdown)?;
        self.compiled(Markup::Html)?;
        Ok(())
    }

    /// The bundled templates with the `*.hbs` files of `dir` (searched
    /// recursively) in place of the bundled files of the same name, and the
    /// translations of its `i18n/` folder (`fr.yaml`, `es.yaml`, in the
    /// format of `reports/i18n/`) before the bundled ones.
    pub fn with_overrides(dir: &Path) -> Result<Templates, ReportError> {
        let mut files = bundled_files();
        let mut found = Vec::new();
        read_dir(dir, dir, &mut found)?;
        let translations = read_translations(dir)?;
        if found.is_empty() && translations.is_empty() {
            return Err(ReportError::NoTemplates {
                dir: dir.display().to_string(),
            });
        }
        found.sort_by(|a, b| a.name.cmp(&b.name));
        let bundled_names: Vec<String> = files.iter().map(|f| f.name.clone()).collect();
        for file in found {
            if let Some(slot) = files.iter_mut().find(|f| f.name == file.name) {
                *slot = file;
            } else if file.name.starts_with("partials/") {
                files.push(file);
            } else {
                let help = match crate::diag::did_you_mean(&file.name, bundled_names.iter().map(String::as_str)) {
                    Some(near) => format!("did you mean `{near}`?"),
                    None => format!(
                        "the templates are {}; new partials go under `partials/`",
                        bundled_names
                            .iter()
                            .map(|n| format!("`{n}`"))
                            .collect::<Vec<_>>()
                            .join(", ")
                    ),
                };
                return Err(ReportError::UnknownTemplate {
                    file: file.shown,
                    name: file.name,
                    help,
                });
            }
        }
        let mut templates = Templates::new(files);
        if !translations.is_empty() {
            let mut named: Vec<(String, String)> = templates
                .files
                .iter()
                .map(|f| (f.name.clone(), f.text.clone()))
                .collect();
            named.extend(translations.iter().map(|(_, name, text)| (name.clone(), text.clone())));
            templates.digest = crate::rules::digest(&named);
            templates.translations = translations
                .into_iter()
                .map(|(lang, name, text)| {
                    crate::i18n::Catalog::parse(&dir.join(&name).display().to_string(), &text)
                        .map(|c| (lang, c))
                        .map_err(|e| super::translation_error(e.problem))
                })
                .collect::<Result<_, _>>()?;
        }
        Ok(templates)
    }

    fn new(mut files: Vec<TemplateFile>) -> Templates {
        files.sort_by(|a, b| a.name.cmp(&b.name));
        let digest = digest_of(&files);
        Templates {
            files,
            digest,
            md: OnceLock::new(),
            html: OnceLock::new(),
            language: crate::report::Languages::default(),
            translations: Vec::new(),
        }
    }

    /// These templates rendering in another language (`--lang`).
    pub fn with_language(mut self, mut language: crate::report::Languages) -> Templates {
        if let Some((_, catalog)) = self.translations.iter().find(|(l, _)| *l == language.lang) {
            language.set_templates_catalog(catalog.clone());
        }
        self.language = language;
        self
    }

    /// The language reports render in.
    pub fn language(&self) -> &crate::report::Languages {
        &self.language
    }

    /// The compiled templates of a format, compiling them the first time.
    fn compiled(&self, markup: Markup) -> Result<&Compiled, ReportError> {
        let slot = match markup {
            Markup::Markdown => &self.md,
            Markup::Html => &self.html,
        };
        if let Some(compiled) = slot.get() {
            return Ok(compiled);
        }
        let compiled = Compiled::new(&self.files, markup)?;
        Ok(slot.get_or_init(|| compiled))
    }

    /// `sha256:` digest of the templates' names and contents.
    pub fn digest(&self) -> String {
        self.digest.clone()
    }

    /// The digest, borrowed.
    pub fn digest_str(&self) -> &str {
        &self.digest
    }

    /// Paths of the template files within the templates folder, sorted.
    pub fn names(&self) -> Vec<String> {
        self.files.iter().map(|f| f.name.clone()).collect()
    }

    /// The text of a template file, by path within the templates folder.
    pub fn text(&self, name: &str) -> Option<&str> {
        self.files.iter().find(|f| f.name == name).map(|f| f.text.as_str())
    }

    /// Renders the entry template of a format.
    pub(crate) fn render<T: serde::Serialize>(&self, markup: Markup, data: &T) -> Result<String, ReportError> {
        self.render_entry(ENTRY, markup, data)
    }

    /// Renders a named template of a format (`report`, `catalogue`).
    pub(crate) fn render_entry<T: serde::Serialize>(
        &self,
        entry: &str,
        markup: Markup,
        data: &T,
    ) -> Result<String, ReportError> {
        let compiled = self.compiled(markup)?;
        let file_of = |name: &str| compiled.files.get(name).cloned().unwrap_or_else(|| name.to_string());
        let mut out = budget::Capped::default();
        let (result, over) = budget::with_budget(|| compiled.hb.render_to_write(entry, data, &mut out));
        match (result, over) {
            (Ok(()), _) => String::from_utf8(out.text).map_err(|_| ReportError::Render {
                file: file_of(entry),
                line: 0,
                column: 0,
                message: "the report is not UTF-8 text".into(),
                help: None,
            }),
            (Err(e), Some(over)) => Err(ReportError::Limit {
                file: file_of(e.template_name.as_deref().unwrap_or(entry)),
                line: e.line_no.unwrap_or(0),
                column: e.column_no.unwrap_or(0),
                message: over.message(),
                help: "render less: fewer nested `{{#each}}` blocks, or smaller loops".into(),
            }),
            (Err(e), None) => Err(ReportError::render(&e, file_of)),
        }
    }
}

impl Compiled {
    fn new(files: &[TemplateFile], markup: Markup) -> Result<Compiled, ReportError> {
        let mut hb = Handlebars::new();
        hb.set_strict_mode(true);
        // Partials must not indent the lines of multi-line data.
        hb.set_prevent_indent(true);
        match markup {
            Markup::Markdown => hb.register_escape_fn(escape::markdown),
            Markup::Html => hb.register_escape_fn(escape::html),
        }
        helpers::register(&mut hb, markup);
        budget::register(&mut hb);
        let mut names = BTreeMap::new();
        // Format-specific files are registered last so that they win over
        // files shared by both formats.
        let mut mine: Vec<(&TemplateFile, String, bool)> = files
            .iter()
            .filter_map(|f| match f.registration() {
                (None, name) => Some((f, name, false)),
                (Some(m), name) if m == markup => Some((f, name, true)),
                _ => None,
            })
            .collect();
        mine.sort_by_key(|(_, _, specific)| *specific);
        // The file registered last under a name wins: check only those.
        let mut winners: BTreeMap<&str, &TemplateFile> = BTreeMap::new();
        for (file, name, _) in &mine {
            winners.insert(name.as_str(), file);
        }
        let sources: Vec<guard::Source<'_>> = winners
            .iter()
            .map(|(name, file)| guard::Source {
                name,
                shown: &file.shown,
                text: &file.text,
            })
            .collect();
        guard::check(&sources)?;
        for (file, name, _) in mine {
            hb.register_template_string(&name, &file.text)
                .map_err(|e| ReportError::syntax(&file.shown, &e))?;
            names.insert(name, file.shown.clone());
        }
        if !names.contains_key(ENTRY) {
            return Err(ReportError::Render {
                file: "report".into(),
                line: 0,
                column: 0,
                message: format!("there is no entry template `{ENTRY}` for this format"),
                help: Some("keep `report.md.hbs` and `report.html.hbs` in the templates".into()),
            });
        }
        Ok(Compiled { hb, files: names })
    }
}

fn digest_of(files: &[TemplateFile]) -> String {
    let named: Vec<(String, String)> = files.iter().map(|f| (f.name.clone(), f.text.clone())).collect();
    crate::rules::digest(&named)
}

/// Digest of the bundled templates, computed once.
pub fn bundled_digest() -> String {
    static DIGEST: OnceLock<String> = OnceLock::new();
    DIGEST.get_or_init(|| digest_of(&bundled_files())).clone()
}

fn bundled_files() -> Vec<TemplateFile> {
    let mut files = Vec::new();
    collect_bundled(&BUNDLED, &mut files);
    files.sort_by(|a, b| a.name.cmp(&b.name));
    files
}

fn collect_bundled(dir: &Dir<'static>, out: &mut Vec<TemplateFile>) {
    for file in dir.files() {
        let name = file.path().to_string_lossy().replace('\\', "/");
        if let (true, Some(text)) = (name.ends_with(".hbs"), file.contents_utf8()) {
            out.push(TemplateFile {
                shown: format!("bundled:{name}"),
                name,
                text: text.to_string(),
            });
        }
    }
    for sub in dir.dirs() {
        collect_bundled(sub, out);
    }
}

fn read_dir(root: &Path, dir: &Path, out: &mut Vec<TemplateFile>) -> Result<(), ReportError> {
    let io = |source| ReportError::Io {
        file: dir.display().to_string(),
        source,
    };
    let mut entries: Vec<_> = std::fs::read_dir(dir)
        .map_err(io)?
        .collect::<Result<_, _>>()
        .map_err(io)?;
    entries.sort_by_key(|e| e.file_name());
    for entry in entries {
        let path = entry.path();
        if path.is_dir() {
            read_dir(root, &path, out)?;
            continue;
        }
        if !matches!(path.extension(), Some(e) if e == "hbs") {
            continue;
        }
        let shown = path.display().to_string();
        let bytes = crate::input::read_confined(root, &path).map_err(|source| ReportError::Io {
            file: shown.clone(),
            source,
        })?;
        let text = String::from_utf8(bytes).map_err(|_| ReportError::NotUtf8 { file: shown.clone() })?;
        guard::check_size(&shown, &text)?;
        let name = path
            .strip_prefix(root)
            .unwrap_or(&path)
            .to_string_lossy()
            .replace('\\', "/");
        out.push(TemplateFile {
            name,
            shown,
            text: text.trim_start_matches('\u{feff}').to_string(),
        });
    }
    Ok(())
}

/// The translation files of a templates folder's `i18n/`: each with its
/// language, its name (`i18n/fr.yaml`) and its text, sorted.
fn read_translations(root: &Path) -> Result<Vec<(crate::i18n::Lang, String, String)>, ReportError> {
    let dir = root.join("i18n");
    if !dir.is_dir() {
        return Ok(Vec::new());
    }
    let io = |file: &Path, source| ReportError::Io {
        file: file.display().to_string(),
        source,
    };
    let mut entries: Vec<_> = std::fs::read_dir(&dir)
        .map_err(|e| io(&dir, e))?
        .collect::<Result<_, _>>()
        .map_err(|e| io(&dir, e))?;
    entries.sort_by_key(|e| e.file_name());
    let mut out = Vec::new();
    for entry in entries {
        let path = entry.path();
        if !matches!(path.extension(), Some(e) if e == "yaml" || e == "yml") {
            continue;
        }
        let shown = path.display().to_string();
        let stem = path
            .file_stem()
            .map(|s| s.to_string_lossy().to_string())
            .unwrap_or_default();
        let lang = match crate::i18n::Lang::parse(&stem) {
            Some(l) if l != crate::i18n::Lang::En => l,
            _ => {
                return Err(ReportError::Render {
                    file: shown,
                    line: 0,
                    column: 0,
                    message: format!("`{stem}` is not a language reports are translated into"),
                    help: Some(
                        "name translation files `fr.yaml` or `es.yaml`; English is the templates' own text".into(),
                    ),
                })
            }
        };
        let bytes = crate::input::read_confined(root, &path).map_err(|source| io(&path, source))?;
        let text = String::from_utf8(bytes).map_err(|_| ReportError::NotUtf8 { file: shown.clone() })?;
        guard::check_size(&shown, &text)?;
        let name = format!(
            "i18n/{}",
            path.file_name().map(|n| n.to_string_lossy()).unwrap_or_default()
        );
        out.push((lang, name, text.trim_start_matches('\u{feff}').to_string()));
    }
    Ok(out)
}
