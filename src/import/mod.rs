//! Import: the text of a Council of Europe Octopus country page -> a draft
//! profile to review.
//!
//! Takes page text (UTF-8; the caller turns bytes into text) and gives a
//! [`Profile`] that passes [`crate::profile::check`] without errors, plus
//! the fact paths found and the fact paths still to collect. The page is
//! split on its known headings (English or French, repeated, glued to the
//! text before them), read sentence by sentence, and every fact carries the
//! sentence it came from as its `quote` and the page as its `source`.
//! Sentences no fact rests on are kept as `notes`, with their section.
//!
//! What is read: the "last updated" date, in the page's locale (else a year
//! in the file name, else the latest date the page mentions); the status
//! line (status, observer seat, declarations and reservations); dated
//! treaty steps anywhere on the page; cybersecurity and cybercrime
//! strategies, stated negatives included; specialised institutions; a 24/7
//! point of contact; court decisions and the safeguards they support; links.
//!
//! The country: [`ImportOptions::country_code`] if given; else a country of a
//! small built-in table named in the file name (`octopus-mexico-2014.txt`),
//! since pages often do not name their country but do name others; else the
//! table's country the page names most often; else a name made from the file
//! name, with the code `XX` and a warning in the summary.

mod articles;
mod bodies;
mod contact;
mod country;
mod dates;
mod draft;
mod events;
mod institutions;
mod jurisprudence;
mod laws;
mod links;
mod names;
mod page;
mod roles;
mod sanitize;
mod sections;
mod snapshot;
mod status;
mod strategies;
mod summary;
mod text;
mod yaml;

pub use yaml::to_yaml;

use crate::profile::{Country, Note, Profile, Snapshot, Source, SCHEMA_V1};

use draft::Draft;
use page::Page;

/// What the caller knows about the page.
#[derive(Debug, Clone, Default)]
pub struct ImportOptions {
    /// ISO 3166-1 alpha-2 code of the country (`MX`); guessed when absent.
    pub country_code: Option<String>,
    /// Where the page was taken from; becomes the url of its source.
    pub source_url: Option<String>,
    /// The page's file name, for the source title and messages, and as a
    /// hint for the country and the date.
    pub file_name: String,
    /// The snapshot date, when the page has no "last updated" label.
    pub as_of: Option<crate::profile::PartialDate>,
}

/// A draft profile and what the import found.
#[derive(Debug, Clone)]
pub struct Imported {
    pub profile: Profile,
    /// Paths of the facts found (`budapest.status`, `institutions[0]`).
    pub found: Vec<String>,
    /// Paths of the facts the page does not give: the facts to collect.
    pub missing: Vec<String>,
    /// How many sentences were kept as notes.
    pub notes: usize,
    /// Guesses and dropped values the reviewer should know about.
    pub warnings: Vec<String>,
}

/// Why a page could not be imported.
#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    #[error("`{file}` is empty")]
    Empty { file: String },
    #[error("`{file}` does not look like a country page: no known heading and no status line")]
    NotAPage { file: String },
    #[error("`{file}` gives no date: no \"last updated\" label, no `--as-of`, no year in the file name, no full date in the text")]
    NoDate { file: String },
    #[error("`{code}` is not an ISO 3166-1 alpha-2 country code")]
    BadCountryCode { code: String },
}

impl ImportError {
    /// What the user can do about it.
    pub fn help(&self) -> &'static str {
        match self {
            ImportError::Empty { .. } => "give the text of an Octopus country page",
            ImportError::NotAPage { .. } => {
                "a page has headings such as `Status regarding Budapest Convention` or `Specialised institutions`"
            }
            ImportError::NoDate { .. } => {
                "give `--as-of`, or put the year in the file name, such as `octopus-mexico-2014.txt`"
            }
            ImportError::BadCountryCode { .. } => "give two letters, such as `MX`",
        }
    }
}

/// Whether `text` looks like an HTML document rather than a page's text:
/// such a file imports poorly (markup, scripts and menus read as text).
pub fn looks_like_html(text: &str) -> bool {
    let head: String = text.trim_start().chars().take(1024).collect::<String>().to_lowercase();
    head.starts_with("<!doctype html") || head.starts_with("<html") || head.contains("<head>") || head.contains("<body")
}

/// Imports the text of a country page as a draft profile.
pub fn import_page(text: &str, options: &ImportOptions) -> Result<Imported, ImportError> {
    let file = options.file_name.clone();
    let text = text::normalise(text);
    if text.trim().is_empty() {
        return Err(ImportError::Empty { file });
    }
    let page = Page::new(&text);
    let has_status_line = page
        .sentences
        .iter()
        .any(|s| s.lower.contains("status") || s.lower.contains("statut"));
    if !page.has_headings() && !has_status_line {
        return Err(ImportError::NotAPage { file });
    }
    let mut warnings = Vec::new();
    let (country, iso2, region) = country::identify(&page, options, &mut warnings)?;
    let (as_of, dated) =
        snapshot::date(&page, &file, options.as_of).ok_or(ImportError::NoDate { file: file.clone() })?;
    match dated {
        snapshot::Dated::Given => {}
        snapshot::Dated::FileName => warnings.push(format!(
            "the page gives no \"last updated\" date: the snapshot date {as_of} is the year in the file name"
        )),
        snapshot::Dated::LatestMention => warnings.push(format!(
            "the page gives no \"last updated\" date: the snapshot date {as_of} is an estimate (the latest full date it mentions); give `--as-of`"
        )),
        snapshot::Dated::Label(_) => {}
    }
    let source = format!("octopus-{}", iso2.to_ascii_lowercase());
    let links = links::find(&text);
    let mut sources = vec![Source {
        id: source.clone(),
        title: format!(
            "Council of Europe, Octopus country wiki: {country} ({})",
            display_name(&file)
        ),
        url: options.source_url.clone(),
        date: Some(as_of),
    }];
    sources.extend(links::sources(&links));
    let profile = Profile {
        schema: SCHEMA_V1.to_string(),
        country: Country {
            name: country,
            iso2,
            region,
            organisations: Vec::new(),
            federal: None,
        },
        snapshot: Snapshot {
            as_of,
            language: snapshot::language(&page),
            sources,
        },
        budapest: Default::default(),
        strategies: Default::default(),
        institutions: Vec::new(),
        contact_point: Default::default(),
        central_authorities: Default::default(),
        legislation: Default::default(),
        safeguards: Default::default(),
        capacity: Default::default(),
        jurisprudence: Vec::new(),
        laws: Vec::new(),
        notes: Vec::new(),
    };
    let mut d = Draft::new(&page, profile, source);
    if let snapshot::Dated::Label(Some(i)) = dated {
        d.mark(i);
    }
    let stated = events::extract(&mut d);
    status::extract(&mut d, &stated);
    strategies::extract(&mut d);
    institutions::extract(&mut d);
    contact::extract(&mut d);
    jurisprudence::extract(&mut d);
    laws::extract(&mut d);
    let (dropped_warnings, dropped) = sanitize::events(&mut d.profile);
    d.warnings.extend(dropped_warnings);
    for (i, s) in page.sentences.iter().enumerate() {
        if dropped.contains(&s.text) {
            d.used[i] = false;
        }
    }
    keep_notes(&mut d);
    warnings.append(&mut d.warnings);
    let profile = d.profile;
    let (found, missing) = summary::paths(&profile);
    let notes = profile.notes.len();
    Ok(Imported {
        profile,
        found,
        missing,
        notes,
        warnings,
    })
}

/// Every sentence no fact rests on becomes a note, once.
fn keep_notes(d: &mut Draft) {
    let mut seen = std::collections::HashSet::new();
    for (i, s) in d.page.sentences.iter().enumerate() {
        if d.used.get(i).copied().unwrap_or(true) {
            continue;
        }
        let section = d.page.heading(s).map(str::to_string);
        if seen.insert((section.clone(), s.text.as_str())) {
            d.profile.notes.push(Note {
                text: s.text.clone(),
                section,
                source: Some(d.source.clone()),
            });
        }
    }
}

fn display_name(file: &str) -> &str {
    let name = file.rsplit(['/', '\\']).next().unwrap_or(file);
    if name.is_empty() {
        "page"
    } else {
        name
    }
}

impl Imported {
    /// A readable summary for the terminal: facts found, laws found (title,
    /// number, date, status), facts to collect, sentences left as notes, and
    /// warnings.
    pub fn summary(&self) -> String {
        let tree = serde_json::to_value(&self.profile).unwrap_or_default();
        let p = &self.profile;
        let mut out = format!(
            "draft profile of {} ({}) as of {}\n",
            p.country.name, p.country.iso2, p.snapshot.as_of
        );
        out.push_str(&format!("facts found: {}\n", self.found.len()));
        for path in &self.found {
            out.push_str(&format!("  {path}: {}\n", summary::show(&tree, path)));
        }
        out.push_str(&format!("laws found: {}\n", p.laws.len()));
        for law in &p.laws {
            out.push_str(&format!("  {}\n", summary::law_line(law)));
        }
        out.push_str(&format!("facts not found, to collect: {}\n", self.missing.len()));
        for path in &self.missing {
            out.push_str(&format!("  {path}\n"));
        }
        out.push_str(&format!(
            "sentences left as notes: {} (under `notes:`, to read and place by hand)\n",
            self.notes
        ));
        if !self.warnings.is_empty() {
            out.push_str(&format!("warnings: {}\n", self.warnings.len()));
            for w in &self.warnings {
                out.push_str(&format!("  {w}\n"));
            }
        }
        out
    }
}
