//! Law titles that the anchor reader ([`super::title`]) does not see:
//! - a title in quotes, as French and Spanish pages write them: `la « Loi
//!   relative à la cybercriminalité »`, `“Ley de delitos informáticos”`;
//! - a Spanish, Portuguese or French title in lower case: `Ley orgánica
//!   reformatoria del código ...`, `ley de protección de datos`;
//! - an act named without the word Act or Law, only where the page makes it
//!   legislation: a local-calendar year glossed with its Gregorian year
//!   (`Mutual Legal Assistance 2070 (2014)`), or a year followed by what a
//!   law does (`the Data Protection, 2019 provides that`).

use crate::profile::{Law, LawStatus, PartialDate};

use super::super::dates;
use super::super::text::{self, Word};
use super::numbers::gregorian_after;
use super::{new_law, next_word, status};

/// First words of a law's title in a quoted name.
const QUOTED_ANCHORS: &[&str] = &[
    "Loi",
    "Ley",
    "Lei",
    "Code",
    "Código",
    "Codigo",
    "Décret",
    "Decreto",
    "Law",
    "Act",
    "Ordonnance",
];
/// Lower-case Romance titles: `ley` and the word that may follow it.
const LOWER_OPENERS: &[&str] = &[
    "orgánica",
    "organica",
    "orgânica",
    "de",
    "del",
    "da",
    "do",
    "sobre",
    "general",
    "geral",
    "especial",
    "marco",
    "para",
    "contra",
    "reformatoria",
    "relativa",
    "relative",
    "sur",
    "portant",
];
/// English words that end a lower-case Romance title written in English text.
const ENGLISH_STOPS: &[&str] = &[
    "and", "the", "which", "that", "was", "is", "are", "were", "of", "in", "on", "by", "to", "has", "have", "with",
    "as", "it", "its", "also", "from",
];
/// What an act does, right after its name and year: the context that makes
/// a capitalised name with a year a law.
const LEGAL_VERBS: &[&str] = &[
    "provides",
    "stipulates",
    "criminalizes",
    "criminalises",
    "penalizes",
    "penalises",
    "prohibits",
    "regulates",
    "punishes",
    "defines the offence",
    "was amended",
    "was enacted",
    "entered into force",
    "came into force",
];
/// Nouns that make a capitalised name something other than a law.
const NOT_ACTS: &[&str] = &[
    "strategy",
    "plan",
    "policy",
    "programme",
    "program",
    "vision",
    "agenda",
    "convention",
    "conference",
    "summit",
    "meeting",
    "report",
    "forum",
    "week",
    "framework",
    "initiative",
    "project",
    "survey",
    "census",
    "index",
    "declaration",
    "charter",
    "roadmap",
    "guidelines",
    "day",
    "award",
    "election",
    "elections",
    "constitution",
];

/// A law named at word `k` in one of the forms above, and the word after it.
pub(super) fn law_at(s: &str, lower: &str, words: &[Word], k: usize) -> Option<(Law, usize)> {
    quoted(s, lower, words, k)
        .or_else(|| lower_case(s, lower, words, k))
        .or_else(|| draft_law_on(s, lower, words, k))
        .or_else(|| known_code(s, lower, words, k))
        .or_else(|| unnamed_act(s, lower, words, k))
}

/// `« Loi relative à ... »`, `“Ley de ...”`: the whole quoted text.
fn quoted(s: &str, lower: &str, words: &[Word], k: usize) -> Option<(Law, usize)> {
    let w = words[k];
    if !QUOTED_ANCHORS.contains(&w.text(s)) {
        return None;
    }
    let before = s.get(..w.start)?.trim_end_matches(' ');
    let open = before.chars().last()?;
    let close = match open {
        '«' => '»',
        '“' => '”',
        '"' => '"',
        _ => return None,
    };
    let inner_end = text::up_to(s.get(w.start..)?, 200).find(close)? + w.start;
    let title = s.get(w.start..inner_end)?.trim().trim_end_matches([',', '.']);
    if title.split_whitespace().count() < 3 {
        return None;
    }
    let date = year_after(s, inner_end + close.len_utf8());
    let status = status(lower, w.start, inner_end, w.text(s));
    let law = new_law(title.to_string(), None, None, date, status);
    Some((law, next_word(words, inner_end)))
}

/// A bare year after `, `, ` ` or ` (` at byte `at`: `, 2021`, ` (2019)`.
fn year_after(s: &str, at: usize) -> Option<PartialDate> {
    let rest = s.get(at..)?;
    let rest = rest
        .strip_prefix(", ")
        .or_else(|| rest.strip_prefix(" ("))
        .or_else(|| rest.strip_prefix(' '))?;
    let f = dates::find_all(text::up_to(rest, 12)).into_iter().next()?;
    (f.start == 0 && f.bare_year && f.date.year <= 2040).then_some(f.date)
}

/// `Ley orgánica reformatoria del código ...`: a Romance title in lower
/// case, up to punctuation or an English word.
fn lower_case(s: &str, lower: &str, words: &[Word], k: usize) -> Option<(Law, usize)> {
    let anchor = words[k].text(s);
    if !matches!(anchor, "Ley" | "ley" | "Lei" | "lei" | "Loi" | "loi") {
        return None;
    }
    let opener = words.get(k + 1)?.text(s);
    if !LOWER_OPENERS.contains(&opener) {
        return None;
    }
    let mut last = k;
    for j in k + 1..words.len().min(k + 30) {
        let gap = s.get(words[j - 1].end..words[j].start).unwrap_or("");
        let word = words[j].text(s);
        if gap != " " || ENGLISH_STOPS.contains(&word) && !matches!(word, "de" | "del") {
            break;
        }
        last = j;
    }
    // A title ends on a word of its own, not a small word.
    while last > k + 1 && LOWER_OPENERS.contains(&words[last].text(s)) {
        last -= 1;
    }
    if last < k + 3 {
        return None;
    }
    let end = words[last].end;
    let title = text::capitalise(s.get(words[k].start..end)?);
    let date = year_after(s, end);
    let status = status(lower, words[k].start, end, anchor);
    Some((new_law(title, None, None, date, status), last + 1))
}

/// Codes every country has, written in lower case after a capital:
/// "Criminal procedure code, Law No 295-Z".
const KNOWN_CODES: &[&str] = &[
    "criminal procedure code",
    "criminal procedural code",
    "code of criminal procedure",
    "penal procedure code",
    "civil procedure code",
    "code of civil procedure",
    "criminal code",
    "penal code",
    "civil code",
];

/// A code named by its common name, in lower case but for its first letter
/// (which the anchor reader takes for a title only when every word is capitalised).
fn known_code(s: &str, lower: &str, words: &[Word], k: usize) -> Option<(Law, usize)> {
    let w = words[k];
    let rest = lower.get(w.start..)?;
    // French writes its codes in lower case after an article: "le nouveau code pénal".
    let after_article =
        !capitalised(w.text(s)) && k > 0 && matches!(words[k - 1].text(lower), "le" | "du" | "au" | "nouveau");
    let (code, title) = if after_article {
        let code = ["code pénal", "code de procédure pénale"]
            .into_iter()
            .find(|c| rest.starts_with(c))?;
        (code, text::capitalise(s.get(w.start..w.start + code.len())?))
    } else {
        if !capitalised(w.text(s)) || k > 0 && capitalised(words[k - 1].text(s)) {
            return None;
        }
        let code = *KNOWN_CODES.iter().find(|c| rest.starts_with(*c))?;
        let named = s.get(w.start..w.start + code.len())?;
        let whole_words = !s.get(w.start + code.len()..)?.starts_with(char::is_alphanumeric);
        // Capitalised throughout, it is the anchor reader's.
        let mixed = named.split_whitespace().skip(1).any(|x| !capitalised(x));
        if !whole_words || !mixed {
            return None;
        }
        (code, named.to_string())
    };
    let end = w.start + code.len();
    let last = words.iter().rposition(|x| x.end <= end)?;
    let status = status(lower, w.start, end, "Code");
    Some((new_law(title, None, None, None, status), last + 1))
}

/// Words that end the subject of a lower-case draft law.
const SUBJECT_STOPS: &[&str] = &[
    "is",
    "was",
    "are",
    "were",
    "has",
    "had",
    "have",
    "which",
    "that",
    "currently",
    "being",
    "will",
    "to",
    "by",
    "in",
    "with",
    "from",
    "under",
    "before",
    "since",
    "would",
    "should",
];

/// `a draft law on cybersecurity is currently under debate`: a draft named
/// only by its lower-case subject, as "Law on cybersecurity".
fn draft_law_on(s: &str, lower: &str, words: &[Word], k: usize) -> Option<(Law, usize)> {
    // A capitalised "draft Law on X" is read by its anchor, as a title.
    if words[k].text(lower) != "draft" || words.get(k + 1)?.text(s) != "law" || words.get(k + 2)?.text(lower) != "on" {
        return None;
    }
    let mut last = k + 2;
    for j in k + 3..words.len().min(k + 10) {
        let gap = s.get(words[j - 1].end..words[j].start).unwrap_or("");
        let word = words[j].text(s);
        if gap != " " || !word.starts_with(char::is_lowercase) || SUBJECT_STOPS.contains(&word) {
            break;
        }
        last = j;
    }
    while last > k + 2 && matches!(words[last].text(s), "the" | "and" | "of" | "on" | "a") {
        last -= 1;
    }
    if last == k + 2 {
        return None;
    }
    let title = text::capitalise(s.get(words[k + 1].start..words[last].end)?);
    Some((new_law(title, None, None, None, LawStatus::Draft), last + 1))
}

fn capitalised(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_uppercase)
}

/// `Mutual Legal Assistance 2070 (2014)`, `the Data Protection, 2019
/// provides`: capitalised words starting at word `k`, then a year, in a
/// context that makes them a law.
fn unnamed_act(s: &str, lower: &str, words: &[Word], k: usize) -> Option<(Law, usize)> {
    let first = words[k].text(s);
    if !capitalised(first) || matches!(first, "The" | "In" | "Under" | "A" | "An" | "This") {
        return None;
    }
    // Word `k` starts the name: the word before it is not a capitalised one.
    if k > 0
        && capitalised(words[k - 1].text(s))
        && words[k - 1].text(s) != "The"
        && s.get(words[k - 1].end..words[k].start) == Some(" ")
    {
        return None;
    }
    let mut last = k;
    let mut j = k + 1;
    while j < words.len() && j - k < 8 {
        let gap = s.get(words[j - 1].end..words[j].start).unwrap_or("");
        let word = words[j].text(s);
        if gap != " " || !(capitalised(word) || matches!(word, "and" | "of" | "on" | "for")) {
            break;
        }
        if capitalised(word) {
            last = j;
        }
        j += 1;
    }
    if last == k {
        return None;
    }
    // The year first, the cheapest test: " 2070", ", 2019".
    let after = s.get(words[last].end..)?;
    let lead = if after.starts_with(", ") { 2 } else { 1 };
    let digits = after.get(lead..lead + 4)?;
    if !after.get(..lead).is_some_and(|l| l == " " || l == ", ")
        || !digits.chars().all(|c| c.is_ascii_digit())
        || after
            .get(lead + 4..)
            .is_some_and(|r| r.starts_with(|c: char| c.is_alphanumeric()))
    {
        return None;
    }
    let name = s.get(words[k].start..words[last].end)?;
    let proper = name.split_whitespace().filter(|w| capitalised(w)).count();
    let name_lower = text::lower(name);
    if proper < 2
        || name_lower
            .split_whitespace()
            .any(|w| NOT_ACTS.contains(&w) || super::title::is_anchor(w))
    {
        return None;
    }
    let year: i16 = digits.parse().ok()?;
    let mut end = words[last].end + lead + 4;
    let gloss = gregorian_after(s.get(end..).unwrap_or(""));
    // A local-calendar year with its Gregorian year is a law's way of naming.
    let local = (2041..=2100).contains(&year) && gloss.is_some();
    let mut date = (1900..=2040).contains(&year).then(|| PartialDate::year(year));
    if let Some((g, len)) = gloss {
        date = Some(g);
        end += len;
    }
    let rest = lower.get(end..).unwrap_or("").trim_start_matches([',', ' ']);
    let acts = LEGAL_VERBS.iter().any(|v| rest.starts_with(v));
    if !local && !acts {
        return None;
    }
    let title = s.get(words[k].start..end)?.to_string();
    let status = status(lower, words[k].start, end, "Act");
    Some((new_law(title, None, None, date, status), next_word(words, end)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(s: &str) -> Vec<(String, Option<String>)> {
        super::super::scan(s, law_at)
            .into_iter()
            .map(|law| (law.title, law.date.map(|d| d.to_string())))
            .collect()
    }

    #[test]
    fn quoted_lower_case_and_unnamed_titles() {
        assert_eq!(
            found("Elle a adopté la « Loi relative aux preuves numériques » en 2015."),
            [("Loi relative aux preuves numériques".to_string(), None)]
        );
        assert_eq!(
            found("amended by ley orgánica de protección de datos personales, 2020 and more"),
            [(
                "Ley orgánica de protección de datos personales".to_string(),
                Some("2020".to_string())
            )]
        );
        assert_eq!(
            found("The Extradition Procedures 2068 (2011) provides that"),
            [(
                "Extradition Procedures 2068 (2011)".to_string(),
                Some("2011".to_string())
            )]
        );
        assert!(found("The Digital Vision 2030 provides a roadmap").is_empty());
        assert!(found("The Smart Cities Summit 2019 was held").is_empty());
        assert!(found("Minister Anna Kovac 2019 said").is_empty());
        assert!(found("the ley de, and").is_empty(), "too short for a title");
    }
}
