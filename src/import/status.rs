//! The status line and the treaty status it gives.
//!
//! Grammar: `Status : <Party|Signatory|Observer|NA> [Declarations and
//! reservations : <free text>] See legal profile` (French: `Statut : Partie
//! ... Voir le profil légal`). The line may run over several lines of the
//! status section; the status word may have the next text glued to it.
//!
//! Observer is not a treaty status but a seat in the T-CY, held by
//! signatories and invited States: `Observer` gives `observer: true`, and the
//! status comes from the steps the page states (signed: `signatory`;
//! invited: `invited`), else `unknown`.

use crate::profile::{ArticleRef, Note, TreatyStatus};

use super::articles;
use super::draft::Draft;
use super::events::Stated;
use super::sections::SectionKind;
use super::text;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Word {
    Party,
    Signatory,
    Observer,
    Invited,
    NotApplicable,
}

const WORDS: &[(&str, Word)] = &[
    ("state party", Word::Party),
    ("party", Word::Party),
    ("partie", Word::Party),
    ("signatory", Word::Signatory),
    ("signataire", Word::Signatory),
    ("observer", Word::Observer),
    ("observateur", Word::Observer),
    ("invited", Word::Invited),
    ("invité", Word::Invited),
    ("not applicable", Word::NotApplicable),
    ("non applicable", Word::NotApplicable),
    ("n/a", Word::NotApplicable),
    ("na", Word::NotApplicable),
];

const LABELS: &[&str] = &["status", "statut", "estado", "estatus"];
const ENDS: &[&str] = &["see legal profile", "voir le profil", "ver perfil"];
const DECLARATION_LABELS: &[&str] = &[
    "declarations and reservations",
    "declarations/reservations",
    "reservations and declarations",
    "déclarations et réserves",
    "réserves et déclarations",
];

/// The status line as found.
struct Line {
    quote: String,
    /// The status word as written, if the line has one.
    word_text: Option<String>,
    word: Option<Word>,
    /// The declarations-and-reservations text.
    free: String,
}

/// Where the text after a `Status :` label starts in `lower`, if the sentence has one.
fn after_label(lower: &str) -> Option<usize> {
    LABELS.iter().find_map(|label| {
        let mut from = 0;
        while let Some(at) = text::find_word(lower, label, from) {
            let rest = lower.get(at + label.len()..)?;
            let trimmed = rest.trim_start();
            if let Some(after) = trimmed.strip_prefix(':') {
                return Some(lower.len() - after.len());
            }
            from = at + label.len();
        }
        None
    })
}

fn find_line(d: &mut Draft) -> Option<Line> {
    let page = d.page;
    let in_status: Vec<usize> = page.in_kind(SectionKind::Status).collect();
    let pick = |strict: bool| {
        let pool: Vec<usize> = if strict {
            (0..page.sentences.len()).collect()
        } else {
            in_status.clone()
        };
        pool.into_iter().find_map(|i| {
            let s = page.sentences.get(i)?;
            let at = after_label(&s.lower)?;
            let known = word_at(&s.text, &s.lower, at).is_some();
            (!strict || known).then_some((i, at))
        })
    };
    let (first, _) = pick(false).or_else(|| pick(true))?;
    // The line runs on until its end marker, within the same section.
    let mut parts = vec![first];
    let mut i = first;
    while !ENDS
        .iter()
        .any(|e| page.sentences.get(i).is_some_and(|s| s.lower.contains(e)))
    {
        match page.sentences.get(i + 1) {
            Some(next)
                if next.section == page.sentences.get(first)?.section && page.kind(next) == SectionKind::Status =>
            {
                i += 1;
                parts.push(i);
            }
            _ => break,
        }
    }
    let quote = parts.iter().map(|&k| d.text(k)).collect::<Vec<_>>().join(" ");
    for k in parts {
        d.mark(k);
    }
    let lower = text::lower(&quote);
    let at = after_label(&lower)?;
    let end = line_end(&lower, at);
    let (word, word_len) = match word_at(&quote, &lower, at) {
        Some((w, len)) => (Some(w), len),
        None => (None, 0),
    };
    let start = at + (lower.get(at..)?.len() - lower.get(at..)?.trim_start().len());
    let word_text = if word.is_some() {
        quote.get(start..start + word_len).map(str::to_string)
    } else {
        quote
            .get(start..end)
            .and_then(|r| r.split_whitespace().next())
            .map(|w| w.chars().take(40).collect())
    };
    let rest_start = if word.is_some() { start + word_len } else { start };
    let mut free = quote
        .get(rest_start..end.max(rest_start))
        .unwrap_or("")
        .trim()
        .to_string();
    let free_lower = text::lower(&free);
    if let Some(label) = DECLARATION_LABELS.iter().find(|l| free_lower.starts_with(*l)) {
        free = after_colon(free.get(label.len()..).unwrap_or(""));
    }
    Some(Line {
        quote,
        word_text,
        word,
        free,
    })
}

/// The text after a label's colon.
fn after_colon(rest: &str) -> String {
    rest.trim_start().trim_start_matches(':').trim().to_string()
}

/// Where the status line's text ends after byte `from`: at "See legal profile", else at its end.
fn line_end(lower: &str, from: usize) -> usize {
    ENDS.iter()
        .filter_map(|e| lower.find(e))
        .filter(|&e| e >= from)
        .min()
        .unwrap_or(lower.len())
}

/// A status section line that opens with the declarations-and-reservations
/// label and no status: `Declarations and reservations : Articles: 24, 27, 35`.
fn label_only_line(d: &mut Draft) -> Option<Line> {
    let page = d.page;
    let i = page.in_kind(SectionKind::Status).find(|&i| {
        let lower = page.sentences[i].lower.trim_start();
        DECLARATION_LABELS
            .iter()
            .any(|l| lower.strip_prefix(l).is_some_and(|r| r.trim_start().starts_with(':')))
    })?;
    d.mark(i);
    let quote = d.text(i).to_string();
    let lower = text::lower(&quote);
    let label = DECLARATION_LABELS.iter().find(|l| lower.trim_start().starts_with(*l))?;
    let start = lower.find(label)? + label.len();
    let end = line_end(&lower, start);
    let free = after_colon(quote.get(start..end)?);
    Some(Line {
        quote,
        word_text: None,
        word: None,
        free,
    })
}

/// The status word at byte `at` of a sentence, and its length.
fn word_at(original: &str, lower: &str, at: usize) -> Option<(Word, usize)> {
    let rest = lower.get(at..)?;
    let skip = rest.len() - rest.trim_start().len();
    let rest = &rest[skip..];
    WORDS.iter().find_map(|(w, word)| {
        let after = rest.strip_prefix(w)?;
        let next = original.get(at + skip + w.len()..)?.chars().next();
        let boundary = after.is_empty() || next.is_some_and(|c| !c.is_alphabetic() || c.is_uppercase());
        boundary.then_some((*word, w.len()))
    })
}

/// Whether every accession or ratification a sentence names is denied by
/// the words just before it: "has not so far acceded to it".
fn denied_step(lower: &str) -> bool {
    let mut steps = ["acceded", "ratified"]
        .iter()
        .flat_map(|v| lower.match_indices(v).map(|(at, _)| at))
        .peekable();
    steps.peek().is_some()
        && steps.all(|at| {
            // Its own clause: "never signed, but ratified" denies only the signature.
            let before = text::before(lower, at, 40);
            let before = before.rsplit([',', ';']).next().unwrap_or(before);
            let before = before.rsplit(" but ").next().unwrap_or(before);
            before
                .split_whitespace()
                .rev()
                .take(3)
                .any(|w| matches!(w, "not" | "never"))
        })
}

/// Phrases that state, in the text, that the country is no Party.
const NOT_A_PARTY: &[&str] = &[
    "not a party to the budapest convention",
    "not a party to the convention on cybercrime",
    "not party to the budapest convention",
    // A labelled line: "Budapest Convention: not a Party."
    "budapest convention: not a party",
    "budapest convention: not party",
    "budapest convention – not a party",
    "budapest convention - not a party",
    "convention on cybercrime: not a party",
    "n'est pas partie à la convention",
    "n’est pas partie à la convention",
];

/// With no status line and no step stated: "Not a Party to the Budapest
/// Convention." in the text is the status `none`.
fn not_a_party(d: &mut Draft) -> Option<crate::profile::Fact<TreatyStatus>> {
    let page = d.page;
    let i = page.sentences.iter().position(|s| {
        page.kind(s) != SectionKind::Sources
            && text::any(&s.lower, NOT_A_PARTY)
            && !text::any(&s.lower, &["protocol", "protocole", "not yet", "pas encore"])
    })?;
    Some(d.fact(TreatyStatus::None, i))
}

/// Reads the status line and sets the status, the observer flag and the
/// declarations and reservations; `stated` are the steps found elsewhere.
pub fn extract(d: &mut Draft, stated: &Stated) {
    let line = find_line(d);
    let status_from_events = |d: &mut Draft, invitation_only: bool| {
        if let Some(i) = stated.signed.filter(|_| !invitation_only) {
            Some(d.fact(TreatyStatus::Signatory, i))
        } else {
            stated.invited.map(|i| d.fact(TreatyStatus::Invited, i))
        }
    };
    let Some(line) = line else {
        // No status line: an accession or ratification the page states makes
        // a Party; else only an invitation states a status by itself.
        // Only a step done ("has acceded to", "ratified"), not one named
        // ("accession to the Additional Protocol").
        let done = |i: &usize| {
            let lower = &d.page.sentences[*i].lower;
            text::any(lower, &["acceded", "ratified", "ratifying", "a adhéré", "a ratifié"])
                && !text::any(lower, &["protocol", "protocole"])
                // "has not yet acceded to the Budapest Convention".
                && !text::any(
                    lower,
                    &["not yet acceded",
                        "not acceded",
                        "not yet ratified",
                        "not ratified",
                        "n'a pas encore",
                        "n’a pas encore",
                        "n'a pas ratifié",
                        "n’a pas ratifié",
                        "n'a pas adhéré",
                        "n’a pas adhéré"],
                )
        };
        let done = |i: &usize| done(i) && !denied_step(&d.page.sentences[*i].lower);
        let step = stated.acceded.filter(done).or(stated.ratified.filter(done));
        d.profile.budapest.status = match step {
            Some(i) => Some(d.fact(TreatyStatus::Party, i)),
            None => status_from_events(d, true).or_else(|| not_a_party(d)),
        };
        // A declarations-and-reservations field without a status word.
        if let Some(line) = label_only_line(d) {
            set_articles(d, &line);
        }
        return;
    };
    d.profile.budapest.status_text = line.word_text.clone();
    let quoted = |d: &Draft, s: TreatyStatus| Some(d.fact_quoting(s, &line.quote));
    d.profile.budapest.status = match line.word {
        Some(Word::Party) => quoted(d, TreatyStatus::Party),
        Some(Word::Signatory) => quoted(d, TreatyStatus::Signatory),
        Some(Word::Invited) => quoted(d, TreatyStatus::Invited),
        Some(Word::NotApplicable) => quoted(d, TreatyStatus::None),
        Some(Word::Observer) => {
            d.profile.budapest.observer = Some(d.fact_quoting(true, &line.quote));
            status_from_events(d, false).or_else(|| quoted(d, TreatyStatus::Unknown))
        }
        None => {
            let word = line.word_text.clone().unwrap_or_default();
            d.warn(format!(
                "the status `{word}` is not one gapwise knows: set `budapest.status` by hand"
            ));
            None
        }
    };
    set_articles(d, &line);
}

fn set_articles(d: &mut Draft, line: &Line) {
    if line.free.is_empty() {
        return;
    }
    let found = articles::parse(&line.free);
    let (allowed, refused): (Vec<String>, Vec<String>) = found
        .reservations
        .into_iter()
        .partition(|a| crate::profile::treaty::reservation_allowed(a));
    if !found.declarations.is_empty() {
        let list = found.declarations.into_iter().map(ArticleRef).collect();
        d.profile.budapest.declarations = Some(d.fact_quoting(list, &line.quote));
    }
    if !allowed.is_empty() {
        let list = allowed.into_iter().map(ArticleRef).collect();
        d.profile.budapest.reservations = Some(d.fact_quoting(list, &line.quote));
    }
    // What the page states but no field can hold is kept as a note, so
    // that the draft still validates and nothing stated is lost.
    let keep = |d: &mut Draft, text: String| {
        d.profile.notes.push(Note {
            text,
            section: Some("Status regarding Budapest Convention".into()),
            source: Some(d.source.clone()),
        });
    };
    if !refused.is_empty() {
        let list = refused.join(", ");
        d.warn(format!(
            "the page lists a reservation on `{list}`, which Art. 42 does not allow: kept as a note, check it by hand"
        ));
        keep(
            d,
            format!("The page states reservations on Art. {list}: {}", line.quote),
        );
    }
    if !found.unclassified.is_empty() {
        let list = found.unclassified.join(", ");
        d.warn(format!(
            "the page names `{list}` without saying which are declarations and which reservations: kept as a note"
        ));
        keep(
            d,
            format!(
                "The page states declarations or reservations on Art. {list}: {}",
                line.quote
            ),
        );
    }
}
