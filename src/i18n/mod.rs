//! Languages of reports: English, French and Spanish: the core that every
//! stage may use, and that uses none of them (rules keep their translation
//! keys in `rules::translations` and their lint in `rules::lint`; reports
//! write an assessment in a language in `report::localize`).
//!
//! Takes translation files (`i18n/fr.yaml` inside a pack, `reports/i18n/fr.yaml`
//! beside the templates) and gives lookups with an English fallback, the
//! formatting of rule messages from a key and parameters, and dates and
//! numbers written the way each language writes them. English is the source of
//! truth: the English text lives in the pack (`meta()`, `pack.yaml`) and the
//! templates, and a translation file only maps keys to other languages. Every
//! fallback to English is recorded, so that a report can say where English was
//! used.

mod catalog;
mod format;
mod message;
mod scope;
mod typography;

pub use catalog::{Catalog, CatalogError};
pub use format::{date, list, number, percent};
pub use message::{placeholders, render, Message, Param};
pub use scope::{date_text, fallback_note, fill, lang, percent_text, rule_message, scoped, tr};
pub use typography::{french as french_typography, NARROW_NBSP};

use std::collections::BTreeSet;
use std::sync::Mutex;

/// The translation of the bundled templates' texts into `lang`
/// (`reports/i18n/fr.yaml`); empty for English, whose texts are in the
/// templates and the code.
pub fn templates_catalog(lang: Lang) -> Result<Catalog, CatalogError> {
    let (file, text) = match lang {
        Lang::En => return Ok(Catalog::default()),
        Lang::Fr => ("bundled:i18n/fr.yaml", include_str!("../../reports/i18n/fr.yaml")),
        Lang::Es => ("bundled:i18n/es.yaml", include_str!("../../reports/i18n/es.yaml")),
    };
    Catalog::parse(file, text)
}

/// A language reports can be written in.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, clap::ValueEnum)]
pub enum Lang {
    /// English, the language packs and templates are written in.
    #[default]
    En,
    /// French.
    Fr,
    /// Spanish.
    Es,
}

impl Lang {
    /// Every language, English first.
    pub const ALL: [Lang; 3] = [Lang::En, Lang::Fr, Lang::Es];

    /// The ISO 639-1 code, which names translation files (`fr.yaml`).
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Fr => "fr",
            Lang::Es => "es",
        }
    }

    /// The language named by its code (`fr`), if gapwise knows it.
    pub fn parse(code: &str) -> Option<Lang> {
        Lang::ALL
            .into_iter()
            .find(|l| l.code() == code.trim().to_ascii_lowercase())
    }

    /// The language's own name, for the methodology annex.
    pub fn name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Fr => "français",
            Lang::Es => "español",
        }
    }
}

/// Looks keys up in one language, falling back to English and recording
/// every key that fell back.
#[derive(Debug, Default)]
pub struct Translator {
    pub lang: Lang,
    catalog: Catalog,
    fallbacks: Mutex<BTreeSet<String>>,
}

impl Clone for Translator {
    fn clone(&self) -> Self {
        Translator {
            lang: self.lang,
            catalog: self.catalog.clone(),
            fallbacks: Mutex::new(self.fallbacks()),
        }
    }
}

impl Translator {
    /// A translator into `lang` with the keys of `catalog`.
    /// French texts get French typography (see [`french_typography`]).
    pub fn new(lang: Lang, mut catalog: Catalog) -> Translator {
        if lang == Lang::Fr {
            catalog.map_texts(typography::french);
        }
        Translator {
            lang,
            catalog,
            fallbacks: Mutex::new(BTreeSet::new()),
        }
    }

    /// English: every lookup gives the English text and nothing falls back.
    pub fn english() -> Translator {
        Translator::default()
    }

    /// The text for `key`, or `english` (recorded as a fallback) when the
    /// language has none.
    pub fn text(&self, key: &str, english: &str) -> String {
        self.lookup(key).unwrap_or_else(|| {
            if self.lang != Lang::En {
                // `RUST_LOG=gapwise::i18n=debug` lists what a translation lacks.
                log::debug!("no {} text for `{key}`: {english:?}", self.lang.code());
            }
            self.fell_back(key);
            english.to_string()
        })
    }

    /// The text for `key` in the language, without falling back; English
    /// gives `None` (its text is the caller's).
    pub fn lookup(&self, key: &str) -> Option<String> {
        if self.lang == Lang::En {
            return None;
        }
        self.catalog.get(key).map(str::to_string)
    }

    /// Whether the language is English (nothing to translate).
    pub fn is_english(&self) -> bool {
        self.lang == Lang::En
    }

    /// Records that English was used for `key`.
    pub fn fell_back(&self, key: &str) {
        if self.lang != Lang::En {
            if let Ok(mut set) = self.fallbacks.lock() {
                set.insert(key.to_string());
            }
        }
    }

    /// The keys English was used for, sorted.
    pub fn fallbacks(&self) -> BTreeSet<String> {
        self.fallbacks.lock().map(|s| s.clone()).unwrap_or_default()
    }

    /// Adds the keys of `other` that this catalog lacks.
    pub fn merge(&mut self, other: &Catalog) {
        if self.lang == Lang::Fr {
            let mut other = other.clone();
            other.map_texts(typography::french);
            self.catalog.merge(&other);
            return;
        }
        self.catalog.merge(other);
    }

    /// The keys of the language.
    pub fn catalog(&self) -> &Catalog {
        &self.catalog
    }

    /// The message of the rule `rule` in the language: the text of its key
    /// (`rules.<rule>.messages.<key>`) with its parameters written in, or
    /// `english` when the message has no key (a sentence built in the rule)
    /// or the language lacks one of its keys, recorded as a fallback.
    pub fn rule_message(
        &self,
        rule: &str,
        key: Option<&str>,
        params: Option<&serde_json::Value>,
        english: &str,
    ) -> String {
        if self.is_english() {
            return english.to_string();
        }
        let base = format!("rules.{rule}");
        let keyed = key.and_then(|k| {
            let mut value = serde_json::json!({ "key": k });
            if let Some(params) = params {
                value["params"] = params.clone();
            }
            Message::from_json(&value)
        });
        match keyed {
            Some(m) => {
                let lookup = |k: &str| self.lookup(&format!("{base}.messages.{k}"));
                match render(&m, self.lang, &lookup) {
                    Ok(text) => text,
                    Err(missing) => {
                        self.fell_back(&format!("{base}.messages.{missing}"));
                        english.to_string()
                    }
                }
            }
            None if !english.is_empty() => {
                self.fell_back(&format!("{base}.message"));
                english.to_string()
            }
            None => String::new(),
        }
    }

    /// A date (`2014-11-23`, `2014-11`, `2014`) in the language.
    pub fn date(&self, text: &str) -> String {
        date(self.lang, text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn languages_by_code() {
        assert_eq!(Lang::parse("FR"), Some(Lang::Fr));
        assert_eq!(Lang::parse("es"), Some(Lang::Es));
        assert_eq!(Lang::parse("de"), None);
    }

    #[test]
    fn missing_keys_fall_back_to_english_and_are_recorded() {
        let catalog = Catalog::parse("fr.yaml", "areas:\n  treaty: Situation conventionnelle\n").expect("catalog");
        let t = Translator::new(Lang::Fr, catalog);
        assert_eq!(t.text("areas.treaty", "Treaty standing"), "Situation conventionnelle");
        assert_eq!(t.text("areas.jurisdiction", "Jurisdiction"), "Jurisdiction");
        assert_eq!(
            t.fallbacks().into_iter().collect::<Vec<_>>(),
            vec!["areas.jurisdiction"]
        );
    }

    #[test]
    fn english_never_falls_back() {
        let t = Translator::english();
        assert_eq!(t.text("areas.treaty", "Treaty standing"), "Treaty standing");
        assert!(t.fallbacks().is_empty());
    }
}
