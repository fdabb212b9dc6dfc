//! Names of bodies, strategies and courts as pages write them: capitalised
//! phrases (`Scientific Division of the Federal Police`), acronyms with their
//! expansion (`CISEN (Centre for Research and National Security)`,
//! `Computer and Emergency Response Team (CERT-MX)`), and the subject that
//! opens a sentence.

use super::text::{self, Word};

/// Small words that may sit inside a capitalised name.
pub fn is_linker(word: &str) -> bool {
    matches!(
        word,
        "for"
            | "on"
            | "of"
            | "and"
            | "against"
            | "the"
            | "de"
            | "la"
            | "du"
            | "des"
            | "en"
            | "et"
            | "pour"
            | "sur"
            | "contre"
            | "del"
            | "y"
    )
}

fn is_capital(word: &str) -> bool {
    word.chars()
        .next()
        .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
}

/// Whether only white space separates word `k - 1` from word `k`.
fn joined(s: &str, words: &[Word], k: usize) -> bool {
    match (k.checked_sub(1).and_then(|p| words.get(p)), words.get(k)) {
        (Some(a), Some(b)) => s
            .get(a.end..b.start)
            .is_some_and(|gap| gap.chars().all(char::is_whitespace)),
        _ => false,
    }
}

/// Extends word `at` to the left and right over words `capital` accepts,
/// and over `linker` words between two of them, without crossing
/// punctuation. Gives the first and last word index.
pub fn extend(
    s: &str,
    words: &[Word],
    at: usize,
    capital: impl Fn(usize) -> bool,
    linker: impl Fn(usize) -> bool,
) -> (usize, usize) {
    let mut first = at;
    // A sentence's opening preposition or article is capitalised, but no part
    // of the name after it: "In the Division for Combating High-Tech Crime work 8 officers".
    let named = |k: usize| {
        capital(k)
            && words.get(k).is_some_and(|w| {
                !matches!(
                    w.text(s),
                    "The"
                        | "In"
                        | "At"
                        | "By"
                        | "Within"
                        | "Under"
                        | "From"
                        | "With"
                        | "Through"
                        | "During"
                        | "Since"
                        | "While"
                        | "Whereas"
                        | "Although"
                        | "Though"
                        | "Once"
                        | "If"
                        | "When"
                        | "After"
                        | "Before"
                        | "Until"
                )
            })
    };
    loop {
        if first >= 1 && joined(s, words, first) && named(first - 1) {
            first -= 1;
        } else if first >= 2
            && joined(s, words, first)
            && joined(s, words, first - 1)
            && linker(first - 1)
            && named(first - 2)
        {
            first -= 2;
        } else {
            break;
        }
    }
    let mut last = at;
    loop {
        if joined(s, words, last + 1) && capital(last + 1) {
            last += 1;
        } else if joined(s, words, last + 1) && joined(s, words, last + 2) && linker(last + 1) && capital(last + 2) {
            last += 2;
        } else if joined(s, words, last + 1)
            && joined(s, words, last + 2)
            && joined(s, words, last + 3)
            && linker(last + 1)
            && linker(last + 2)
            && capital(last + 3)
        {
            last += 3;
        } else {
            break;
        }
    }
    (first, last)
}

/// The capitalised phrase around word `at`, if that word is capitalised.
pub fn phrase_around(s: &str, words: &[Word], at: usize) -> Option<(usize, usize)> {
    if !is_capital(words.get(at)?.text(s)) {
        return None;
    }
    let capital = |k: usize| words.get(k).is_some_and(|w| is_capital(w.text(s)));
    let linker = |k: usize| words.get(k).is_some_and(|w| is_linker(w.text(s)));
    let (first, last) = extend(s, words, at, capital, linker);
    Some((words.get(first)?.start, words.get(last)?.end))
}

/// The capitalised phrase that opens a sentence, after an article:
/// `The Scientific Division of the Federal Police operates ...` ->
/// `Scientific Division of the Federal Police`.
pub fn subject(s: &str) -> Option<String> {
    let words = text::words(s);
    let first = words.first()?;
    let start = if matches!(first.text(s), "The" | "La" | "Le" | "Les" | "El" | "L") {
        1
    } else {
        0
    };
    let (a, b) = phrase_around(s, &words, start)?;
    s.get(a..b).map(str::to_string)
}

/// Whether a word is an acronym: two or more capitals, digits or hyphens.
pub fn is_acronym(word: &str) -> bool {
    let capitals = word.chars().filter(|c| c.is_uppercase()).count();
    capitals >= 2
        && word.len() <= 16
        && word
            .chars()
            .all(|c| c.is_uppercase() || c.is_ascii_digit() || c == '-' || c == '.')
}

/// A body named with its acronym: `Name (ACR)` or `ACR (Name)`, as written.
/// Gives the name and the acronym.
pub fn acronym_entity(s: &str) -> Option<(String, String)> {
    let mut from = 0;
    while let Some(open) = s.get(from..).and_then(|r| r.find('(')).map(|i| i + from) {
        // Bounded windows keep this linear on any text.
        let Some(close) = s
            .get(open..)
            .and_then(|r| r.char_indices().take(160).find(|(_, c)| *c == ')'))
            .map(|(i, _)| i + open)
        else {
            from = open + 1;
            continue;
        };
        let inner = s.get(open + 1..close)?.trim();
        let mut window = open.saturating_sub(240);
        while !s.is_char_boundary(window) {
            window += 1;
        }
        let before = s.get(window..open)?.trim_end();
        let open = open - window;
        let words = text::words(before);
        if is_acronym(inner) && !words.is_empty() && before.len() + 1 == open {
            let last = words.len() - 1;
            if let Some((a, _)) = phrase_around(before, &words, last) {
                if a < words[last].start || !is_acronym(words[last].text(before)) {
                    let name = format!("{} ({inner})", before.get(a..)?.trim());
                    return Some((name, inner.to_string()));
                }
            }
        }
        if let Some(last) = words.last() {
            let acronym = last.text(before);
            if is_acronym(acronym) && is_capital(inner) && before.len() + 1 == open && inner.len() < 120 {
                // "Tonga CERT (CERT.to)": the web name of the team the words before name.
                let dotted = inner.strip_prefix(acronym).is_some_and(|r| r.starts_with('.'));
                let lead = phrase_around(before, &words, words.len() - 1)
                    .and_then(|(a, _)| before.get(a..))
                    .filter(|_| dotted)
                    .unwrap_or(acronym);
                let name = format!("{} ({inner})", lead.trim());
                return Some((name, acronym.to_string()));
            }
        }
        from = close + 1;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn acronyms_with_their_expansion() {
        let s = "In addition to the Scientific Division of the Federal Police, there is CISEN (Centre for Research and National Security), which is";
        assert_eq!(
            acronym_entity(s),
            Some((
                "CISEN (Centre for Research and National Security)".into(),
                "CISEN".into()
            ))
        );
        let s = "The Division operates a Computer and Emergency Response Team (CERT-MX), which";
        assert_eq!(
            acronym_entity(s),
            Some((
                "Computer and Emergency Response Team (CERT-MX)".into(),
                "CERT-MX".into()
            ))
        );
        assert_eq!(acronym_entity("a (b) and (c"), None);
    }

    #[test]
    fn subjects_open_sentences() {
        assert_eq!(
            subject("The Scientific Division of the Federal Police operates a CERT").as_deref(),
            Some("Scientific Division of the Federal Police")
        );
        assert_eq!(subject("the police"), None);
    }
}
