//! A law known by its number, and the names around that number: after a
//! dash ("Act no. 14 of 2013 – Electronic Transfer of Funds Crimes"), before
//! it in a list item ("Electronic Transactions (Act no. 21 of 2013)"), or
//! another name glossed after a title.

use crate::profile::Law;

/// Whether a law is known by its number only: "Act no. 6 of 2012", "Act
/// 301/2005", "Law n°01-080 of 20 August 2001".
pub(super) fn number_only(law: &Law) -> bool {
    let t = law.title.to_lowercase();
    let word = t.split_whitespace().next().unwrap_or("");
    law.number.is_some()
        && matches!(word, "act" | "law" | "loi" | "ley" | "lei")
        && t.split_whitespace().skip(1).all(|w| {
            w.starts_with(|c: char| c.is_ascii_digit())
                || ["n°", "no.", "nr."].iter().any(|l| w.starts_with(l))
                || matches!(w, "no." | "no" | "nr." | "of" | "coll." | "coll" | "du" | "de" | "del")
                || super::super::dates::month(w).is_some()
        })
}

/// The name after a dash that follows a law's number: " – Electronic
/// Transactions: Part II ..." gives "Electronic Transactions". Capitalised
/// words (and linking words) only, up to punctuation or a verb; a name with
/// a law word of its own is read as a law anyway.
pub(super) fn dashed_name(rest: &str) -> Option<String> {
    let rest = rest
        .strip_prefix(" – ")
        .or_else(|| rest.strip_prefix(" - "))
        .or_else(|| rest.strip_prefix(" — "))?;
    let stop = rest.find([':', ',', ';', '.', '(', '“', '"']).unwrap_or(rest.len());
    let mut words = Vec::new();
    for w in rest[..stop].split_whitespace() {
        let capital = w.chars().next().is_some_and(char::is_uppercase);
        if capital || (matches!(w, "of" | "and" | "on" | "the" | "for" | "to") && !words.is_empty()) {
            words.push(w);
        } else {
            break;
        }
    }
    while words
        .last()
        .is_some_and(|w| matches!(*w, "of" | "and" | "on" | "the" | "for" | "to"))
    {
        words.pop();
    }
    let last = words.last()?;
    if words.len() < 2 || words.len() > 8 || matches!(*last, "Act" | "Law" | "Code" | "Bill" | "Ordinance" | "Decree") {
        return None;
    }
    Some(words.join(" "))
}

/// The name that opens a list item before a law's number: "Electronic
/// Transactions (Act no. 21 of 2013)", "Declaration of citizens' rights and
/// fundamental principles - Law no 59 of 8 July 1974". A capitalised phrase
/// of two to fourteen words, with no number and no verb, from the start of
/// the sentence to a bracket or a dash.
pub(super) fn name_before(before: &str) -> Option<String> {
    let name = [" (", " – ", " - ", " — "]
        .iter()
        .find_map(|sep| before.strip_suffix(sep))?
        .trim();
    let words: Vec<&str> = name.split_whitespace().collect();
    let verb = |w: &str| {
        let w = w.to_lowercase();
        (w.ends_with("ed") && w.len() > 4)
            || matches!(
                w.as_str(),
                "is" | "are"
                    | "was"
                    | "were"
                    | "has"
                    | "have"
                    | "be"
                    | "by"
                    | "which"
                    | "that"
                    | "see"
                    | "under"
                    | "in"
            )
    };
    // Not a sentence about a law: "It repeals the old cybercrime law (Law No. 5)".
    // ("The Protection of Intellectual Property Rights (Law No. 82 of 2002)":
    // an article before a capitalised title is the title's.)
    let titled = words.get(1).is_some_and(|w| w.starts_with(char::is_uppercase));
    let opener = match words.first().copied().unwrap_or("") {
        "The" | "A" | "An" => !titled,
        first => matches!(
            first,
            "It" | "This" | "That" | "These" | "Those" | "Its" | "Their" | "They" | "There" | "We"
        ),
    };
    // Nor a heading or a body: "Main legislation (Law No. 12/2010)", "Recent
    // Developments - Law No. 33", "Ruritanian Parliament (Law No. 9)".
    let lower: Vec<String> = words.iter().map(|w| w.to_lowercase()).collect();
    let law_noun = lower.iter().any(|w| {
        matches!(
            w.as_str(),
            "law"
                | "laws"
                | "act"
                | "acts"
                | "code"
                | "decree"
                | "bill"
                | "ordinance"
                | "legislation"
                | "provisions"
                | "provision"
                | "regulations"
                | "developments"
                | "gazette"
                | "parliament"
                | "ministry"
                | "government"
                | "council"
                | "court"
                | "assembly"
                | "amendments"
        )
    }) || lower.first().is_some_and(|w| {
        matches!(
            w.as_str(),
            "main"
                | "other"
                | "several"
                | "recent"
                | "procedural"
                | "relevant"
                | "key"
                | "new"
                | "further"
                | "additional"
                | "general"
                | "specific"
                | "substantive"
                | "older"
                | "old"
                | "current"
                | "existing"
        )
    });
    let fits = (2..=14).contains(&words.len())
        && words[0].starts_with(char::is_uppercase)
        && !opener
        && !law_noun
        && !name.contains(|c: char| c.is_ascii_digit() || matches!(c, ':' | ';' | ',' | '.' | '(' | ')'))
        && !words.iter().any(|w| verb(w));
    fits.then(|| name.to_string())
}

/// Whether the text between two law titles makes the second another name of
/// the first: "/", " (CdN), or ", " or ", " i.e. ".
pub(super) fn is_gloss_gap(gap: &str) -> bool {
    let mut rest = gap.trim();
    if let Some(r) = rest.strip_prefix('(').and_then(|r| r.split_once(')')) {
        if r.0.len() <= 12 {
            rest = r.1.trim_start();
        }
    }
    let rest = rest.trim_start_matches(',').trim();
    rest.is_empty() && gap.contains(['(', ')']) && !gap.contains(',') || matches!(rest, "/" | "or" | "ou" | "o")
}
