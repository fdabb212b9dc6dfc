//! The profile being built: the extractors write facts into it through
//! [`Draft`], which quotes the sentence each fact rests on, cites the page as
//! its source and remembers which sentences were used, so that every other
//! sentence can be kept as a note.

use crate::profile::{Fact, Profile};

use super::page::Page;

/// A profile under construction, and what the import learnt on the way.
pub struct Draft<'p> {
    pub page: &'p Page,
    pub profile: Profile,
    /// Id of the page in `snapshot.sources`.
    pub source: String,
    /// Per sentence of the page: whether a fact, an institution or a case rests on it.
    pub used: Vec<bool>,
    /// Things the reader of the summary should know (guesses, dropped values).
    pub warnings: Vec<String>,
}

impl<'p> Draft<'p> {
    pub fn new(page: &'p Page, profile: Profile, source: String) -> Self {
        let used = vec![false; page.sentences.len()];
        Draft {
            page,
            profile,
            source,
            used,
            warnings: Vec::new(),
        }
    }

    /// The text of sentence `i`.
    pub fn text(&self, i: usize) -> &'p str {
        self.page.sentences.get(i).map_or("", |s| s.text.as_str())
    }

    /// A fact resting on sentence `i` of the page; marks the sentence used.
    pub fn fact<T>(&mut self, value: T, i: usize) -> Fact<T> {
        self.mark(i);
        Fact::quoted(value, self.source.clone(), self.text(i))
    }

    /// A fact resting on a quote that is not one sentence (the status line).
    pub fn fact_quoting<T>(&self, value: T, quote: &str) -> Fact<T> {
        Fact::quoted(value, self.source.clone(), quote)
    }

    pub fn mark(&mut self, i: usize) {
        if let Some(u) = self.used.get_mut(i) {
            *u = true;
        }
    }

    pub fn warn(&mut self, message: impl Into<String>) {
        self.warnings.push(message.into());
    }
}
