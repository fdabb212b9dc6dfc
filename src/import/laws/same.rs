//! When two mentions name one law: the same title, number, short name,
//! words in another order, or initials.

use crate::profile::{Law, LawStatus};

use super::super::{country, dates, names};

fn key(title: &str) -> String {
    title
        .to_lowercase()
        .chars()
        .filter(|c| c.is_alphanumeric())
        .collect::<String>()
}

pub(super) fn same_law(a: &Law, b: &Law, country: &str) -> bool {
    // "X Act, 2010" and "X Act of 2015": two laws of one name.
    if let (Some(x), Some(y)) = (a.date, b.date) {
        if x.year != y.year {
            return false;
        }
    }
    // "Law No 455-Z" and "Law No 277-Z": two numbers, two laws, unless
    // both are of the same day (a page's slip: "n° 435" and "n° 1.435" of
    // 8 November 2016).
    if let (Some(x), Some(y)) = (&a.number, &b.number) {
        let same_day = a.date.is_some_and(|d| d.day.is_some()) && a.date == b.date;
        if number_key(x) != number_key(y) && !same_day {
            return false;
        }
    }
    let titled = key(wrapped(&a.title)) == key(wrapped(&b.title));
    // "The new Criminal Code ... replaced the Criminal Code of 1961": one in
    // force, one repealed, under two titles: two laws.
    let same_number = a.number.is_some() && a.number.as_deref().map(number_key) == b.number.as_deref().map(number_key);
    if !titled
        && !same_number
        && matches!(
            (a.status, b.status),
            (Some(LawStatus::Repealed), Some(LawStatus::InForce))
                | (Some(LawStatus::InForce), Some(LawStatus::Repealed))
        )
    {
        return false;
    }
    let short = |x: &Law, y: &Law| x.short_name.as_deref().is_some_and(|s| key(s) == key(&y.title));
    if same_number || titled || short(a, b) || short(b, a) {
        return true;
    }
    // The words of both titles, read once for the comparisons that need them.
    let (x, y) = (stems(&unnumbered(a)), stems(&unnumbered(b)));
    same_words(&x, &y, country)
        || code_kind(&a.title, &x, country).is_some_and(|k| code_kind(&b.title, &y, country) == Some(k))
        || topic_of(a, b)
        || topic_of(b, a)
        || shorter_subject(a, b)
        || shorter_subject(b, a)
        || numbered_as(a, &b.title)
        || numbered_as(b, &a.title)
        || lower_subject_of(a, b)
        || lower_subject_of(b, a)
        || subject_of_code(&a.title, &b.title)
        || subject_of_code(&b.title, &a.title)
        || initials_of(&a.title, &b.title)
        || initials_of(&b.title, &a.title)
        || number_after_name(a, b)
        || number_after_name(b, a)
}

/// The country's criminal or penal code, or its code of procedure, however
/// the page words it: "Criminal Code of Kyrgyzstan No. 19-2", "the Criminal
/// Code", "Penal Code Act No. 4/88", "Code of Criminal Procedure of the
/// Republic". A country has one of each; two mentions of one kind are one
/// law unless their dates or numbers differ (`same_law` checks those first).
/// "Criminal" and "Penal" stay apart: a page may name an old criminal code
/// and a new penal code.
fn code_kind(title: &str, title_stems: &[String], country: &str) -> Option<&'static str> {
    if !title.contains("ode") {
        return None;
    }
    let stem: String = country.to_lowercase().chars().take(4).collect();
    let mut words: Vec<String> = title_stems
        .iter()
        .map(|w| w.replace('é', "e"))
        .filter(|w| {
            !(stem.chars().count() >= 4 && w.starts_with(&stem)
                || other_country(country, w)
                || matches!(w.as_str(), "act" | "republ" | "kingdo" | "federa"))
        })
        .collect();
    words.sort();
    words.dedup();
    match words.iter().map(String::as_str).collect::<Vec<_>>().as_slice() {
        ["code", "crimin"] => Some("criminal"),
        ["code", "penal"] => Some("penal"),
        ["code", "crimin", "proced"] => Some("criminal procedure"),
        ["code", "penal", "proced"] => Some("penal procedure"),
        _ => None,
    }
}

/// Whether a title word names a country the table knows, when the page's
/// own country is not one (a page without a title line): "Criminal Code of
/// Turkmenistan". On a page of a known country, another country's code is
/// another law ("modelled on the Criminal Code of X").
fn other_country(page_country: &str, word: &str) -> bool {
    let own: String = page_country.chars().take(6).collect();
    !country::is_name_stem(&own) && country::is_name_stem(word)
}

/// A title without its number: "Criminal Procedure Code No. 28-IV" compares
/// its words as "Criminal Procedure Code No.".
fn unnumbered(law: &Law) -> std::borrow::Cow<'_, str> {
    match &law.number {
        Some(n) if !n.is_empty() => std::borrow::Cow::Owned(law.title.replace(n.as_str(), "")),
        _ => std::borrow::Cow::Borrowed(&law.title),
    }
}

/// Whether a numbered title is another's name with the number after it:
/// "Cybercrime Law 109/2009 of 15 September 2009" and "Cybercrime Law".
fn number_after_name(numbered: &Law, name: &Law) -> bool {
    numbered.number.is_some()
        && name.number.is_none()
        && name.title.split_whitespace().count() >= 2
        && numbered.title.strip_prefix(name.title.as_str()).is_some_and(|rest| {
            rest.strip_prefix(' ')
                .is_some_and(|r| r.starts_with(|c: char| c.is_ascii_digit()))
        })
}

/// The code or act a "Law on" title wraps: "Law on Criminal Code" is the
/// Criminal Code.
fn wrapped(title: &str) -> &str {
    for lead in ["Law on the ", "Law on ", "Law of the "] {
        if let Some(rest) = title.strip_prefix(lead) {
            let last = rest.split_whitespace().last().unwrap_or("");
            if matches!(last, "Code" | "Act") {
                return rest;
            }
        }
    }
    title
}

/// Whether a two-word name ("the Cybercrime Law") calls a numbered law by
/// its subject ("Law n° 2019-056 on the Suppression of Cybercrime").
fn topic_of(numbered: &Law, short: &Law) -> bool {
    let words: Vec<&str> = short.title.split_whitespace().collect();
    let [topic, "Law" | "Act"] = words.as_slice() else {
        return false;
    };
    let subject = numbered.title.find(" on ").map(|at| &numbered.title[at + 4..]);
    numbered.number.is_some()
        && short.number.is_none()
        && short.date.is_none()
        && subject.is_some_and(|s| stems(s).iter().any(|w| stems(topic).contains(w)))
}

/// Whether a numbered law is the one another title names without its
/// number: "Law No. 03/L-166 on Prevention of Cybercrime" and "Law on
/// Prevention of Cybercrime"; "law n°2019-574 of 26 June 2019 on the Penal
/// Code" and "Penal Code".
fn numbered_as(numbered: &Law, title: &str) -> bool {
    if numbered.number.is_none() {
        return false;
    }
    let Some(at) = numbered.title.find(" on ") else {
        return false;
    };
    let subject = &numbered.title[at + 4..];
    let head = numbered.title.split_whitespace().next().unwrap_or("");
    let code = subject.trim_start_matches("the ").ends_with(" Code");
    // "Federal Law No. (5) of 2012 on Combating Cybercrimes" and "Law on
    // Combating Cybercrime": the same subject, word for word.
    let same_subject = ["Law on ", "Act on "]
        .iter()
        .find_map(|lead| title.strip_prefix(lead))
        .is_some_and(|other| stems(other).len() >= 2 && stems(other) == stems(subject));
    key(&format!("{head} on {subject}")) == key(title)
        || code && key(subject.trim_start_matches("the ")) == key(title)
        || same_subject
}

/// Whether a dated "Law on X" names, in fewer words, the numbered law of the
/// same year on X: "Law on Cybersecurity and Cybercrime of 2015" and "Law no
/// 009/PR/2015 of 10 February 2015, on Cybersecurity and the fight against
/// Cybercrime".
fn shorter_subject(numbered: &Law, other: &Law) -> bool {
    let (Some(a), Some(b)) = (numbered.date, other.date) else {
        return false;
    };
    let Some(subject) = numbered.title.find(" on ").map(|at| &numbered.title[at + 4..]) else {
        return false;
    };
    let Some(short) = other
        .title
        .strip_prefix("Law on ")
        .or_else(|| other.title.strip_prefix("Act on "))
    else {
        return false;
    };
    let (short, long) = (stems(short), stems(subject));
    numbered.number.is_some()
        && other.number.is_none()
        && a.year == b.year
        && short.len() >= 2
        && short.iter().all(|w| long.contains(w))
}

/// Whether a "Law on" title with a lower-case subject is the law a titled
/// "Law on" names among its subjects: "the draft Law on cybersecurity" and
/// "the draft Law on Digital Security, Cybersecurity and Cyberdefence".
fn lower_subject_of(short: &Law, long: &Law) -> bool {
    let (Some(subject), Some(other)) = (short.title.strip_prefix("Law on "), long.title.strip_prefix("Law on ")) else {
        return false;
    };
    let (s, l) = (stems(subject), stems(other));
    subject.starts_with(char::is_lowercase)
        && other.starts_with(char::is_uppercase)
        && short.number.is_none()
        && !s.is_empty()
        && s.iter().all(|w| l.contains(w))
}

/// Whether a "Law on" title with a lower-case subject names a code: "Law on
/// criminal procedure" and "Criminal Procedure Code".
fn subject_of_code(law_on: &str, code: &str) -> bool {
    let Some(subject) = law_on.strip_prefix("Law on ") else {
        return false;
    };
    let name = code
        .strip_suffix(" Code")
        .or_else(|| code.strip_prefix("Code of "))
        .unwrap_or("");
    subject.starts_with(char::is_lowercase) && !name.is_empty() && stems(subject) == stems(name)
}

/// A law number with a two-digit year written in full: `140/99` and `140/1999` are one.
fn number_key(number: &str) -> String {
    match number.rsplit_once('/') {
        Some((n, y)) if y.len() == 4 && (y.starts_with("19") || y.starts_with("20")) => format!("{n}/{}", &y[2..]),
        _ => number.to_string(),
    }
}

/// The words of a title that name the law: lower case, cut to six letters,
/// without small words, brackets, years and numbers.
fn stems(title: &str) -> Vec<String> {
    let mut depth = 0usize;
    let mut plain = String::new();
    for c in title.chars() {
        match c {
            '(' => depth += 1,
            ')' => depth = depth.saturating_sub(1),
            c if depth == 0 => plain.push(c),
            _ => {}
        }
    }
    let mut out: Vec<String> = plain
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty() && !w.chars().all(|c| c.is_ascii_digit()))
        .map(|w| w.to_lowercase())
        // "Law No 1/09 of May 11 2018": a month is the date's, not the name's.
        .filter(|w| (w.chars().count() < 4 && w != "may") || dates::month(w).is_none())
        .filter(|w| {
            !matches!(
                w.as_str(),
                "of" | "the" | "on" | "no" | "nr" | "n" | "de" | "del" | "la" | "and"
            )
        })
        // "Computer Crime Act" and "Computer Crimes Act": a plural is the same word.
        .map(|w| {
            let w = if w.len() > 4 {
                w.strip_suffix('s').unwrap_or(&w)
            } else {
                &w
            };
            w.chars().take(6).collect()
        })
        .collect();
    out.sort();
    out.dedup();
    out
}

/// Whether `long` names the law `short` names, with more words: every word
/// of `short` is in it, or `short` is its initials (`CERT Regulations`).
pub(super) fn names_the_same(short: &str, long: &str) -> bool {
    let (s, l) = (stems(short), stems(long));
    !s.is_empty() && s.iter().all(|w| l.contains(w)) || initials_of(short, long)
}

/// Two titles with the same words in any order ("Criminal Procedure Code",
/// "Code of Criminal Procedure"), or the same but for the country's name or
/// adjective before one ("Lebanese Criminal Code", "Criminal Code").
fn same_words(x: &[String], y: &[String], country: &str) -> bool {
    if x.len() < 2 || y.len() < 2 {
        return false;
    }
    if x == y {
        return true;
    }
    let stem: String = country.chars().take(4).collect();
    let shared = x.iter().filter(|w| y.contains(w)).count();
    let extra: Vec<&String> = x
        .iter()
        .chain(y)
        .filter(|w| !(x.contains(w) && y.contains(w)))
        .collect();
    let code = x.iter().chain(y).any(|w| w == "code");
    // The page's country ("Lebanese Criminal Code"), or a country the table
    // knows when the page has no title line ("Criminal Code of Turkmenistan").
    let named = |w: &String| stem.chars().count() >= 4 && w.starts_with(&stem) || other_country(country, w);
    // "Criminal Code of the Kingdom of X"; "Penal Code Act" enacts the Penal Code.
    let state =
        |w: &String| named(w) || matches!(w.as_str(), "kingdo" | "republ" | "state" | "federa") || w == "act" && code;
    shared >= 2
        && (1..=2).contains(&extra.len())
        && extra.iter().any(|w| named(w) || *w == "act" && code)
        && extra.iter().all(|w| state(w))
}

/// Whether `short` is `ACR Anchor` and the acronym is the initials of the
/// capitalised words of `long` before the same anchor: `ICT Act` and
/// `Information and Communication Technology Act, 2006`.
fn initials_of(short: &str, long: &str) -> bool {
    let words: Vec<&str> = short.split_whitespace().collect();
    let [acr, anchor] = words.as_slice() else {
        return false;
    };
    if !names::is_acronym(acr) {
        return false;
    }
    let Some(at) = long.find(&format!(" {anchor}")) else {
        return false;
    };
    let initials: String = long[..at]
        .split(|c: char| c.is_whitespace() || c == '(')
        .filter(|w| w.chars().next().is_some_and(char::is_uppercase) && !names::is_acronym(w.trim_end_matches(')')))
        .filter_map(|w| w.chars().next())
        .collect();
    initials.len() >= 2 && acr.ends_with(&initials) || initials.ends_with(&acr.replace(['-', '.'], ""))
}

/// What a later mention of a known law adds to it: a date, a number or a
/// short name it lacked, or its repeal.
pub(super) fn fill(known: &mut Law, law: Law) {
    // "the draft Bill on X ... the X Bill, 2017 was introduced", "CERT
    // Regulations ... the Computer Emergency Response Team Regulations, 2011":
    // the dated title that says the same is the law's name, and a draft laid
    // before parliament is a bill.
    if known.date.is_none()
        && law.date.is_some()
        && known.number.is_none()
        && law.number.is_none()
        && names_the_same(&known.title, &law.title)
    {
        known.title = law.title.clone();
    }
    if known.status == Some(LawStatus::Draft) && law.status == Some(LawStatus::Bill) {
        known.status = law.status;
    }
    if known.date.is_none() {
        known.date = law.date;
    }
    if known.number.is_none() {
        known.number = law.number;
    }
    if known.short_name.is_none() {
        known.short_name = law.short_name;
    }
    if law.status == Some(LawStatus::Repealed) {
        known.status = law.status;
    }
}
