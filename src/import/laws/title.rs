//! A law's title at a word of a sentence: an anchor noun (`Act`, `Code`,
//! `Ley`) with the capitalised words around it, or a numbered law (`Law
//! No. 2/2017 on X`), with its number, date, short name and status.

use crate::profile::{Law, LawStatus, PartialDate};

use super::super::dates;
use super::super::names;
use super::super::text::{self, Word};
use super::numbers::{gregorian_after, is_numeral, number_after, year_of_number};
use super::words::{BODY_NOUNS, FRENCH_CODES, NOT_LAWS};
use super::{new_law, next_word, numbered, status};

/// Capitalised nouns that end a law's title.
pub(super) const ANCHORS: &[&str] = &[
    "Act",
    "Code",
    "Ordinance",
    "Bill",
    "Law",
    "Decree",
    "Proclamation",
    "Código",
    "Codigo",
    "Ley",
    "Lei",
    "Loi",
    "Décret",
    "Decreto",
    "Statute",
    "Regulations",
];

/// Whether a lower-case word is an anchor noun (`act`, `code`).
pub(super) fn is_anchor(word: &str) -> bool {
    ANCHORS.iter().any(|a| a.to_lowercase() == word)
}

/// Lower-case forms that start a numbered law: `law n°2008-11`, `law no. 5`.
pub(super) const NUMBERED: &[&str] = &[
    "law",
    "loi",
    "ley",
    "lei",
    "decree",
    "décret",
    "decret",
    "décret-loi",
    "decret-loi",
    "decreto",
    "decree-law",
    "decreto-lei",
    "decreto-ley",
    "act",
    "ordinance",
];

/// The law titled by the text from word `k` (its anchor) to byte
/// `title_end`, with no number or date, and the word after it.
fn plain_title(s: &str, lower: &str, words: &[Word], k: usize, title_end: usize) -> Option<(Law, usize)> {
    let title = s.get(words[k].start..title_end)?.to_string();
    let status = status(lower, words[k].start, title_end, words[k].text(s));
    Some((new_law(title, None, None, None, status), next_word(words, title_end)))
}

/// Whether word `j` starts with a capital or a digit.
pub(super) fn capital_at(s: &str, words: &[Word], j: usize) -> bool {
    words.get(j).is_some_and(|w| {
        let t = w.text(s);
        t.chars().next().is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
    })
}

/// A law named at word `k`, and the word index after it.
pub(super) fn law_at(s: &str, lower: &str, words: &[Word], k: usize) -> Option<(Law, usize)> {
    let word = words[k].text(s);
    let capital = |j: usize| capital_at(s, words, j);
    // "the Penal Code and the Code of ..." names two laws: "the" links nothing.
    // "the" links only after "of", "on" or "to": "Law on Ratification of the
    // Convention", never "the Penal Code and the Code of ...".
    let linker = |j: usize| {
        words.get(j).is_some_and(|w| {
            let t = w.text(s);
            // Not in "Decree of the President": an instrument's kind, not its title.
            let after_of = !matches!(word, "Decree" | "Décret" | "Decreto")
                && j.checked_sub(1)
                    .and_then(|p| words.get(p))
                    .is_some_and(|p| matches!(p.text(s), "of" | "on" | "to"));
            // "Penal Code Act 1950 in 2018": "in" before a year dates a
            // mention, it does not link a name.
            // Nor before a month: "the Act in February 2020".
            let before_year = matches!(t, "in" | "en")
                && words.get(j + 1).is_some_and(|n| {
                    n.text(s).len() == 4 && n.text(s).bytes().all(|b| b.is_ascii_digit())
                        || dates::month(&n.text(s).to_lowercase()).is_some()
                });
            (names::is_linker(t) || matches!(t, "to" | "y" | "e" | "da" | "do" | "in" | "al"))
                && (t != "the" || after_of)
                && !before_year
        })
    };
    // A numbered law: "Law No. 2/2017 on X", "law n°2008-11 of <date> on X", "Law 27/2015".
    if NUMBERED.contains(&word.to_lowercase().as_str()) {
        if let Some(found) = numbered::law_at(s, lower, words, k) {
            return Some(found);
        }
    }
    if !ANCHORS.contains(&word) {
        return None;
    }
    // "Code of Criminal Procedure", "Law on Electronic Communications", "Código Orgánico Integral Penal".
    let (mut first, mut last) = names::extend(s, words, k, capital, linker);
    while first < k
        && words.get(first).is_some_and(|w| {
            matches!(
                w.text(s),
                "A" | "An"
                    | "Its"
                    | "This"
                    | "In"
                    | "Under"
                    | "Chapter"
                    | "Article"
                    | "Le"
                    | "La"
                    | "Les"
                    | "El"
                    | "Los"
            )
        })
    {
        first += 1;
    }
    // "Part IV of Law, Search and seizure": a part of a law, named by its
    // number, is no part of the law's title.
    let part = |j: usize| {
        words
            .get(j)
            .is_some_and(|w| matches!(w.text(s), "Part" | "Section" | "Book" | "Title" | "Chapter"))
            && words.get(j + 1).is_some_and(|w| is_numeral(w.text(s)))
            && words.get(j + 2).is_some_and(|w| w.text(s) == "of")
    };
    if first + 3 <= k && part(first) {
        first += 3;
        while first < k && words[first].text(s) == "the" {
            first += 1;
        }
    }
    // "entrusted by the Act to the National Security Adviser": "to the"
    // after a bare anchor starts no title ("Act to Amend the ..." does).
    if first == k
        && words.get(k + 1).is_some_and(|w| w.text(s) == "to")
        && words
            .get(k + 2)
            .is_some_and(|w| matches!(w.text(s), "the" | "a" | "an"))
    {
        last = k;
    }
    // "the Criminal Code and Criminal Procedure Code": two titles joined by
    // "and" are two laws, whichever anchor the name was found from.
    let and = |j: usize| matches!(words[j].text(s), "and" | "y" | "et" | "e");
    let anchor = |j: usize| ANCHORS.contains(&words[j].text(s));
    if let Some(j) = (k + 1..last).find(|&j| and(j) && (j + 1..=last).any(anchor)) {
        last = j;
    }
    if let Some(j) = (first + 1..k).rev().find(|&j| and(j) && (first..j).any(anchor)) {
        first = j + 1;
    }
    // "§ 225a of the Criminal Code and Art. 8": an article is no part of a title.
    if let Some(j) = (k + 1..=last).find(|&j| matches!(words[j].text(s), "Art" | "Arts" | "Article" | "Articles")) {
        last = j.saturating_sub(1).max(k);
    }
    // "The Computer Misuse Act Power includes": an act's name ends at its
    // noun, unless another law noun follows ("Penal Code Amendment Act").
    if matches!(word, "Act" | "Bill" | "Ordinance" | "Statute" | "Proclamation")
        && last > k
        && capital(k + 1)
        && !linker(k + 1)
        && !matches!(
            words[k + 1].text(s),
            "No" | "Nr" | "N" | "Concerning" | "Relating" | "Respecting" | "Regarding"
        )
        && !(k + 1..=last).any(anchor)
    {
        last = k;
    }
    // A trailing linker is not part of the name, nor a number's label:
    // "Royal Decree No. (65)".
    while last > k && (linker(last) || matches!(words[last].text(s), "No" | "Nr" | "N")) {
        last -= 1;
    }
    // A bracketed word inside the title: "Electronic (Evidence) Records Act",
    // "Information and Communication Technology (ICT) Act".
    while first > 0 {
        let before = s.get(..words[first].start).unwrap_or("");
        let Some(inner_end) = before.strip_suffix(") ").map(str::len) else {
            break;
        };
        let Some(open) = before[..inner_end].rfind('(') else {
            break;
        };
        let inner = &before[open + 1..inner_end];
        let lead = before[..open].strip_suffix(' ');
        let prev = words.iter().rposition(|w| w.end <= open);
        // "(Prevention and Control)", "(Offences Relating to Information
        // Systems)": capitalised words and small linkers.
        let ok = inner.split_whitespace().count() <= 6
            && inner.split_whitespace().all(|w| {
                w.chars().next().is_some_and(char::is_uppercase)
                    || matches!(
                        w,
                        "and" | "of" | "for" | "on" | "the" | "to" | "in" | "against" | "with" | "by"
                    )
            })
            && lead.is_some()
            && prev.is_some_and(|p| words[p].end == open - 1 && capital(p));
        match prev {
            Some(p) if ok => first = names::extend(s, words, p, capital, linker).0,
            _ => break,
        }
    }
    // "ETA and Banking Offence Act": a short name before "and" is another law.
    if first + 2 <= k
        && names::is_acronym(words[first].text(s))
        && matches!(words[first + 1].text(s), "and" | "y" | "et" | "e")
    {
        first += 2;
    }
    // "the programme Renaissance Act 2": a programme's name, not a law.
    let kind_before = first.checked_sub(1).and_then(|p| words.get(p)).is_some_and(|p| {
        matches!(
            p.text(s),
            "programme" | "program" | "plan" | "project" | "projet" | "initiative" | "strategy" | "stratégie"
        )
    });
    if kind_before {
        return None;
    }
    // "the 2003 Criminal Code": a year opening the name is its date.
    let mut opening_year = None;
    if first < k {
        let w = words[first].text(s);
        if w.len() == 4 && w.chars().all(|c| c.is_ascii_digit()) {
            opening_year = dates::find_all(w).first().map(|f| f.date);
            first += 1;
        }
    }
    let mut start = words[first].start;
    let mut end = words[last].end;
    // "Law on preventing and combating cybercrime, nr. 20-XVI, 03.02.2009":
    // a lower-case subject, then the number and date after commas.
    // "a Draft Law "On Protection of Personal Data"": the quoted subject is the title's.
    if last == k && matches!(word, "Law" | "Act") {
        let rest = s.get(end..).unwrap_or("");
        let quoted = rest
            .strip_prefix(" \"On ")
            .or_else(|| rest.strip_prefix(" “On "))
            .and_then(|r| r.find(['"', '”']).filter(|c| *c <= 120).map(|close| (r, close)));
        if let Some((r, close)) = quoted {
            let subject = &r[..close];
            let title = format!("{} On {subject}", s.get(start..end).unwrap_or(word));
            let quote_end = end + (rest.len() - r.len()) + close;
            let status = status(lower, start, quote_end, word);
            return Some((new_law(title, None, None, None, status), next_word(words, quote_end)));
        }
    }
    if first == k && last == k && matches!(word, "Law" | "Act") {
        if let Some(r) = s.get(end..).and_then(|r| r.strip_prefix(" on ")) {
            let stop = r.find([',', ';', '.', '(', ')']).unwrap_or(r.len());
            let subject = &r[..stop];
            let after = &r[stop..];
            let lower_subject = subject.chars().next().is_some_and(char::is_lowercase);
            if let Some((number, after_number)) = after
                .strip_prefix(',')
                .filter(|_| lower_subject)
                .and_then(|a| number_after(a, 0))
            {
                let title_end = end + 4 + stop;
                let mut tail_end = title_end + 1 + after_number;
                let mut date = year_of_number(&number);
                if let Some(f) = s.get(tail_end..).and_then(|t| t.strip_prefix(", ")).and_then(|t| {
                    dates::find_all(text::up_to(t, 24))
                        .into_iter()
                        .next()
                        .filter(|f| f.start == 0)
                }) {
                    date = Some(f.date);
                    tail_end += 2 + f.end;
                }
                let title = s.get(words[k].start..title_end)?.to_string();
                let status = status(lower, words[k].start, title_end, word);
                let next = next_word(words, tail_end);
                return Some((new_law(title, None, Some(number), date, status), next));
            }
            // "Law on criminal procedure, Official Gazette No. 150/2010", "Law on
            // ratification of the Convention (Official Gazette No. 41 ...)": the
            // gazette it was published in makes a lower-case subject a title.
            let clause = after.split(';').next().unwrap_or(after).to_lowercase();
            let title_end = end + 4 + subject.trim_end().len();
            if lower_subject
                && clause.contains("official gazette")
                && (2..=14).contains(&subject.split_whitespace().count())
            {
                return plain_title(s, lower, words, k, title_end);
            }
        }
    }
    // French codes are named in lower case: "Code pénal", "Code de procédure pénale".
    if first == k && last == k && word == "Code" {
        let rest = s.get(end..).unwrap_or("");
        let named = FRENCH_CODES
            .iter()
            .find(|c| rest.strip_prefix(' ').is_some_and(|r| r.starts_with(**c)))?;
        return plain_title(s, lower, words, k, end + 1 + named.len());
    }
    // "the CyberSecurity Law" must have a word of its own before the anchor
    // or a complement after it.
    if first == k && last == k {
        return None;
    }
    // A year or number glued after: "Act, 2015", "Act of 2015", "Act 2018", "Act No. 5 of 2012", "Act, 2063 (2008)".
    let mut date = None;
    let mut number = None;
    let rest = s.get(end..).unwrap_or("");
    if let Some((n, after)) = number_after(s, end) {
        number = Some(n.clone());
        date = year_of_number(&n);
        end = after;
    }
    let rest_after = s.get(end..).unwrap_or(rest);
    // A Gregorian year in brackets after a local-calendar year in the title:
    // "Payment Act 2065 (2008)", or alone: "Copyright Act (1998)".
    let bracketed = rest_after
        .strip_prefix(" (")
        .and_then(|r| r.get(..5))
        .filter(|g| g.ends_with(')') && g[..4].chars().all(|c| c.is_ascii_digit()))
        .and_then(|g| dates::find_all(&g[..4]).first().map(|f| f.date));
    if let Some(year) = bracketed.filter(|_| date.is_none()) {
        date = Some(year);
        end += 7;
    }
    let rest_after = s.get(end..).unwrap_or(rest);
    for lead in [", ", " of ", " ", " (", " of the year "] {
        if let Some(r) = rest_after.strip_prefix(lead) {
            if let Some(f) = dates::find_all(text::up_to(r, 24)).first().filter(|f| f.start == 0) {
                if f.bare_year || lead == " of " {
                    date = Some(f.date);
                    end += lead.len() + f.end;
                    // A local calendar with its Gregorian year: "2063 (2008)",
                    // "2063 B.S. (2008 A.D.)".
                    if let Some((year, len)) = gregorian_after(s.get(end..).unwrap_or("")) {
                        date = Some(year);
                        end += len;
                    }
                    if lead == " (" && s.get(end..).is_some_and(|m| m.starts_with(')')) {
                        end += 1;
                    }
                }
            }
            break;
        }
    }
    // "the Act of 4 February 1994 on copyright and related rights": a law
    // named by its date, then its lower-case subject.
    let dated_title = s.get(start..end).is_some_and(|t| {
        dates::find_all(t)
            .last()
            .is_some_and(|f| f.end == t.len() && !f.bare_year)
    });
    if first == k && dated_title && s.get(words[k].end..).is_some_and(|r| r.starts_with(" of ")) {
        if let Some(subject) = s.get(end..).and_then(|r| r.strip_prefix(" on ")) {
            let stop = subject.find([',', ';', '.', '(', ')']).unwrap_or(subject.len());
            let subject = subject[..stop].split(" and the ").next().unwrap_or("").trim_end();
            let words_in = subject.split_whitespace().count();
            if subject.starts_with(char::is_lowercase) && (1..=10).contains(&words_in) {
                end += 4 + subject.len();
            }
        }
    }
    // A year inside the title: "Digital Security Act 2018".
    if date.is_none() {
        let title = s.get(start..end).unwrap_or("");
        if let Some(f) = dates::find_all(title)
            .last()
            .filter(|f| f.bare_year && f.end == title.len())
        {
            date = Some(f.date);
        }
    }
    // "the X Act adopted in 2015", "X Act, enacted on 3 May 2011".
    if date.is_none() {
        let after = s.get(end..).unwrap_or("");
        let after = after.trim_start_matches([',', ' ']);
        for verb in [
            "adopted in ",
            "adopted on ",
            "enacted in ",
            "enacted on ",
            "passed in ",
            "promulgated on ",
            "promulgated in ",
        ] {
            if let Some(r) = after.strip_prefix(verb) {
                if let Some(f) = dates::find_all(text::up_to(r, 24)).first().filter(|f| f.start == 0) {
                    date = Some(f.date);
                }
            }
        }
    }
    date = date.or(opening_year);
    // Years out of range are local calendars: keep the title, not the date.
    if date.is_some_and(|d: PartialDate| d.year > 2040) {
        date = None;
    }
    let title = s.get(start..end)?.trim_end_matches([',', '.', ' ']).to_string();
    let title_lower = title.to_lowercase();
    // A body named after a law word is no law: "Law Reform Commission"
    // (but "Law on Ratification of the Council of Europe Convention" is one).
    if last > k && BODY_NOUNS.contains(&words[last].text(s)) {
        return None;
    }
    // "the AAPD’s Organic Statute": a body's own statute, not a law (but
    // "Children’s Law" is one).
    let possessive = title.split_whitespace().next().is_some_and(|w| {
        let owner = w.strip_suffix("’s").or_else(|| w.strip_suffix("'s"));
        owner.is_some_and(names::is_acronym)
    });
    // "the Organic Statute of the AAPD": the same, named the other way round.
    let statute_of_body = word == "Statute"
        && (title.starts_with("Organic ")
            || s.get(words[k].end..)
                .and_then(|r| r.strip_prefix(" of the ").or_else(|| r.strip_prefix(" of ")))
                .and_then(|r| r.split_whitespace().next())
                .is_some_and(|w| names::is_acronym(w.trim_end_matches([',', '.', ')']))));
    if possessive || statute_of_body {
        return None;
    }
    // "Law Text in Arabic": a link to a law's text, not a law.
    if words.get(k + 1).is_some_and(|w| matches!(w.text(s), "Text" | "Texts")) && k < last {
        return None;
    }
    if NOT_LAWS.iter().any(|n| title_lower == *n)
        || title.split_whitespace().count() < 2
        || title_lower.contains("model law")
    {
        return None;
    }
    // A title made of only the anchor and small words ("Law of", "Act and") is not a name.
    let proper = title
        .split_whitespace()
        .filter(|w| w.chars().next().is_some_and(|c| c.is_uppercase() || c.is_ascii_digit()))
        .count();
    if proper < 2 {
        return None;
    }
    let short_name = short_name_after(s.get(end..).unwrap_or(""));
    if start > 0 && s.get(..start).is_some_and(|b| b.ends_with('“') || b.ends_with('"')) {
        start = start.min(end);
    }
    let status = status(lower, start, end, word);
    // "Draft Cybercrime Bill prepared by ...": the draft's status, not its title.
    let title = match title.strip_prefix("Draft ") {
        Some(rest) if status == LawStatus::Draft => {
            if rest.split_whitespace().count() < 2 {
                return None;
            }
            rest.to_string()
        }
        _ => title,
    };
    let next = next_word(words, end);
    Some((new_law(title, short_name, number, date, status), next))
}

/// The short name right after a title: "(ICA)", "(the “Cybercrime Law of
/// 2015”)", "/ETA".
pub(super) fn short_name_after(after: &str) -> Option<String> {
    if let Some(inner) = after.strip_prefix(" (").and_then(|r| r.split(')').next()) {
        let inner = inner
            .trim_start_matches("the ")
            .trim_matches(['"', '“', '”', '\'', '‘', '’']);
        let named = inner.len() < 60
            && inner.contains(' ')
            && inner.chars().next().is_some_and(char::is_uppercase)
            && text::any(&inner.to_lowercase(), &["law", "act", "code"]);
        return (names::is_acronym(inner) || named).then(|| inner.to_string());
    }
    let acr = after
        .strip_prefix('/')
        .map(|r| r.split(|c: char| !c.is_alphanumeric()).next().unwrap_or(""))?;
    names::is_acronym(acr).then(|| acr.to_string())
}

#[cfg(test)]
#[path = "title_tests.rs"]
mod tests;
