//! Laws the page names, into `laws`: titles with a number, a year, an
//! acronym or a code (`X Act, 2015`, `Law No. 2/2017 on X`, `law n°2008-11
//! of 25 January 2008 on X`, `Criminal Code`, `Code of Criminal Procedure`,
//! `Copyright Ordinance`, `Decree No. N`), with their status: a `draft`
//! ("draft Cybercrime Bill", "draft Law on"), a `bill` (a Bill not passed),
//! `repealed` ("was repealed"), else `in_force`. A bill or draft is never
//! in force. A short name after the title (`(ICA)`, `(the "Cybercrime Law
//! of 2015")`) becomes its `short_name`, and later mentions by that short
//! name are the same law.

use crate::profile::{Law, LawStatus, PartialDate};

use super::dates;
use super::draft::Draft;
use super::names;
use super::sections::SectionKind;
use super::text::{self, Word};

/// Capitalised nouns that end a law's title.
const ANCHORS: &[&str] = &[
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
];
/// Lower-case forms that start a numbered law: `law n°2008-11`, `law no. 5`.
const NUMBERED: &[&str] = &[
    "law",
    "loi",
    "ley",
    "lei",
    "decree",
    "décret",
    "decreto",
    "act",
    "ordinance",
];
/// Titles that are headings or disciplines, not laws.
const NOT_LAWS: &[&str] = &[
    "substantive law",
    "procedural law",
    "criminal law",
    "international law",
    "domestic law",
    "national law",
    "case law",
    "model law",
    "the law",
    "this law",
    "the act",
    "this act",
    "common law",
    "civil law",
    "the code",
];
/// Words that, before a title, make it a draft.
const DRAFTS: &[&str] = &[
    "draft",
    "proposed",
    "avant-projet",
    "projet de",
    "anteproyecto",
    "proyecto de",
];

/// Finds the laws of the page.
pub fn extract(d: &mut Draft) {
    let page = d.page;
    let country = d.profile.country.name.to_lowercase();
    let mut laws: Vec<(Law, usize)> = Vec::new();
    for (i, s) in page.sentences.iter().enumerate() {
        if matches!(
            page.kind(s),
            SectionKind::Status | SectionKind::Jurisprudence | SectionKind::Preamble
        ) {
            continue;
        }
        let words = text::words(&s.text);
        let mut k = 0;
        // Where the last law named in this sentence ends, and which it is.
        let mut last_end: Option<usize> = None;
        let mut last_law: Option<usize> = None;
        while k < words.len() {
            let Some((law, next)) = law_at(&s.text, &s.lower, &words, k) else {
                k += 1;
                continue;
            };
            k = next.max(k + 1);
            let start = s
                .text
                .get(last_end.unwrap_or(0)..)
                .and_then(|r| r.find(&law.title))
                .map(|at| at + last_end.unwrap_or(0));
            let end = start.map(|a| a + law.title.len());
            // A title and its translation or gloss, joined by a slash, are one law:
            // "Organic Telecommunications Law/ Ley Orgánica de Telecomunicaciones".
            let glossed = matches!((last_end, start), (Some(e), Some(a)) if a >= e
                && s.text.get(e..a).is_some_and(is_gloss_gap));
            if end.is_some() {
                last_end = end;
            }
            if glossed {
                // Its other name may give what the first did not.
                if let Some((known, _)) = last_law.and_then(|n| laws.get_mut(n)) {
                    fill(known, law);
                }
                continue;
            }
            // "a Cybercrime Law, that is, Law on ...": the first is the second's common name.
            let alias = end.and_then(|e| s.lower.get(e..)).is_some_and(|r| {
                r.starts_with(", that is,")
                    || r.starts_with(", i.e.")
                    || r.starts_with(" i.e.")
                    || r.starts_with(", namely")
            });
            if alias {
                continue;
            }
            match laws.iter().position(|(l, _)| same_law(l, &law, &country)) {
                Some(n) => {
                    // A later mention may give what the first did not.
                    fill(&mut laws[n].0, law);
                    last_law = Some(n);
                }
                None => {
                    laws.push((law, i));
                    last_law = Some(laws.len() - 1);
                }
            }
        }
    }
    for (mut law, i) in laws {
        d.mark(i);
        law.source = Some(d.source.clone());
        law.quote = Some(d.text(i).to_string());
        d.profile.laws.push(law);
    }
}

/// What a later mention of a known law adds to it: a date, a number or a
/// short name it lacked, or its repeal.
fn fill(known: &mut Law, law: Law) {
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

/// Whether the text between two law titles makes the second another name of
/// the first: "/", " (CdN), or ", " or ", " i.e. ".
fn is_gloss_gap(gap: &str) -> bool {
    let mut rest = gap.trim();
    if let Some(r) = rest.strip_prefix('(').and_then(|r| r.split_once(')')) {
        if r.0.len() <= 12 {
            rest = r.1.trim_start();
        }
    }
    let rest = rest.trim_start_matches(',').trim();
    rest.is_empty() && gap.contains(['(', ')']) && !gap.contains(',') || matches!(rest, "/" | "or" | "ou" | "o")
}

fn key(title: &str) -> String {
    title
        .to_lowercase()
        .chars()
        .filter(|c| c.is_alphanumeric())
        .collect::<String>()
}

fn same_law(a: &Law, b: &Law, country: &str) -> bool {
    let numbered = a.number.is_some() && a.number.as_deref().map(number_key) == b.number.as_deref().map(number_key);
    let titled = key(&a.title) == key(&b.title);
    let short = |x: &Law, y: &Law| x.short_name.as_deref().is_some_and(|s| key(s) == key(&y.title));
    numbered
        || titled
        || short(a, b)
        || short(b, a)
        || same_words(&a.title, &b.title, country)
        || initials_of(&a.title, &b.title)
        || initials_of(&b.title, &a.title)
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
        .filter(|w| {
            !matches!(
                w.as_str(),
                "of" | "the" | "on" | "no" | "nr" | "n" | "de" | "del" | "la" | "and"
            )
        })
        .map(|w| w.chars().take(6).collect())
        .collect();
    out.sort();
    out.dedup();
    out
}

/// Two titles with the same words in any order ("Criminal Procedure Code",
/// "Code of Criminal Procedure"), or the same but for the country's name or
/// adjective before one ("Lebanese Criminal Code", "Criminal Code").
fn same_words(a: &str, b: &str, country: &str) -> bool {
    let (x, y) = (stems(a), stems(b));
    if x.len() < 2 || y.len() < 2 {
        return false;
    }
    if x == y {
        return true;
    }
    let stem: String = country.chars().take(4).collect();
    if stem.chars().count() < 4 {
        return false;
    }
    let (long, short) = if x.len() > y.len() { (&x, &y) } else { (&y, &x) };
    let extra: Vec<&String> = long.iter().filter(|w| !short.contains(w)).collect();
    long.len() == short.len() + 1
        && short.iter().all(|w| long.contains(w))
        && extra.iter().all(|w| w.starts_with(&stem))
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

/// A law named at word `k`, and the word index after it.
fn law_at(s: &str, lower: &str, words: &[Word], k: usize) -> Option<(Law, usize)> {
    let word = words[k].text(s);
    let capital = |j: usize| {
        words.get(j).is_some_and(|w| {
            let t = w.text(s);
            t.chars().next().is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
        })
    };
    // "the Penal Code and the Code of ..." names two laws: "the" links nothing.
    let linker = |j: usize| {
        words.get(j).is_some_and(|w| {
            let t = w.text(s);
            (names::is_linker(t) || matches!(t, "to" | "y" | "e" | "da" | "do" | "in" | "al")) && t != "the"
        })
    };
    // A numbered law: "Law No. 2/2017 on X", "law n°2008-11 of <date> on X", "Law 27/2015".
    if NUMBERED.contains(&word.to_lowercase().as_str()) {
        if let Some((number, after)) = number_after(s, words[k].end) {
            let mut end = after;
            let mut date = None;
            let rest = s.get(end..).unwrap_or("");
            // " of 1 June 2015", " from 26.01.2017"
            for lead in [" of ", " from ", " dated ", " du ", " de ", ", "] {
                if let Some(r) = rest.strip_prefix(lead) {
                    if let Some(f) = dates::find_all(text::up_to(r, 30)).first().filter(|f| f.start == 0) {
                        date = Some(f.date);
                        end += lead.len() + f.end;
                    }
                    break;
                }
            }
            let rest = s.get(end..).unwrap_or("").to_string();
            let rest = rest.as_str();
            // " on cybercrime", " on Cybersecurity": up to punctuation, at most eight words.
            for lead in [
                " on ",
                " sur ",
                " sobre ",
                " relative to ",
                " relating to ",
                " concerning ",
            ] {
                if let Some(r) = rest.strip_prefix(lead) {
                    let stop = r.find([',', ';', '.', '(', ')', ':', '"', '“', '”']).unwrap_or(r.len());
                    let subject: Vec<&str> = r[..stop].split_whitespace().take(8).collect();
                    let cut = subject.iter().position(|w| {
                        matches!(
                            *w,
                            "that"
                                | "which"
                                | "was"
                                | "is"
                                | "are"
                                | "were"
                                | "and"
                                | "from"
                                | "through"
                                | "entered"
                                | "also"
                                | "apply"
                                | "applies"
                                | "has"
                                | "have"
                                | "governs"
                                | "provides"
                                | "includes"
                                | "contains"
                        )
                    });
                    let subject = &subject[..cut.unwrap_or(subject.len())];
                    if !subject.is_empty() {
                        let text = subject.join(" ");
                        if let Some(at) = r.find(&text) {
                            end += lead.len() + at + text.len();
                        }
                    }
                    break;
                }
            }
            // The date may follow the subject: "Law No. 2/2017 on X from 26.01.2017".
            if date.is_none() {
                let rest = s.get(end..).unwrap_or("");
                for lead in [" of ", " from ", " dated "] {
                    if let Some(r) = rest.strip_prefix(lead) {
                        if let Some(f) = dates::find_all(text::up_to(r, 30)).first().filter(|f| f.start == 0) {
                            date = Some(f.date);
                        }
                    }
                }
            }
            // A capitalised title before the number: "Cybercrime Law 17/2023".
            let letter = |j: usize| {
                words.get(j).is_some_and(|w| {
                    let t = w.text(s);
                    t.chars().next().is_some_and(char::is_uppercase) && !names::is_acronym(t)
                })
            };
            let first = if k > 0 && capital(k) {
                names::extend(s, words, k, letter, |_| false).0
            } else {
                k
            };
            let start = words[first].start;
            let title = text::capitalise(s.get(start..end)?.trim_end_matches([',', '.']));
            let date = date.or_else(|| year_of_number(&number));
            let status = status(lower, start, end, word);
            let next = words.iter().position(|w| w.start >= end).unwrap_or(words.len());
            return Some((new_law(title, None, Some(number), date, status), next));
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
                "A" | "An" | "Its" | "This" | "In" | "Under" | "Chapter" | "Article"
            )
        })
    {
        first += 1;
    }
    // A trailing linker is not part of the name.
    while last > k && linker(last) {
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
        let ok = inner.split_whitespace().count() <= 3
            && inner
                .split_whitespace()
                .all(|w| w.chars().next().is_some_and(char::is_uppercase))
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
    let mut start = words[first].start;
    let mut end = words[last].end;
    // "Law on preventing and combating cybercrime, nr. 20-XVI, 03.02.2009":
    // a lower-case subject, then the number and date after commas.
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
                let next = words.iter().position(|w| w.start >= tail_end).unwrap_or(words.len());
                return Some((new_law(title, None, Some(number), date, status), next));
            }
        }
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
                    // A local calendar with its Gregorian year: "2063 (2008)".
                    let more = s.get(end..).unwrap_or("");
                    if let Some(g) = more
                        .strip_prefix(" (")
                        .and_then(|m| m.get(..5))
                        .filter(|g| g.ends_with(')'))
                    {
                        if let Some(y) = dates::find_all(&g[..4]).first() {
                            date = Some(y.date);
                            end += 7;
                        }
                    }
                    if lead == " (" && s.get(end..).is_some_and(|m| m.starts_with(')')) {
                        end += 1;
                    }
                }
            }
            break;
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
    // Years out of range are local calendars: keep the title, not the date.
    if date.is_some_and(|d: PartialDate| d.year > 2040) {
        date = None;
    }
    let title = s.get(start..end)?.trim_end_matches([',', '.', ' ']).to_string();
    let title_lower = title.to_lowercase();
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
    // Short name: "(ICA)", "(the “Cybercrime Law of 2015”)", "/ETA".
    let mut short_name = None;
    let after = s.get(end..).unwrap_or("");
    if let Some(inner) = after.strip_prefix(" (").and_then(|r| r.split(')').next()) {
        let inner = inner
            .trim_start_matches("the ")
            .trim_matches(['"', '“', '”', '\'', '‘', '’']);
        if names::is_acronym(inner)
            || (inner.len() < 60
                && inner.contains(' ')
                && inner.chars().next().is_some_and(char::is_uppercase)
                && text::any(&inner.to_lowercase(), &["law", "act", "code"]))
        {
            short_name = Some(inner.to_string());
        }
    } else if let Some(acr) = after
        .strip_prefix('/')
        .map(|r| r.split(|c: char| !c.is_alphanumeric()).next().unwrap_or(""))
    {
        if names::is_acronym(acr) {
            short_name = Some(acr.to_string());
        }
    }
    if start > 0 && s.get(..start).is_some_and(|b| b.ends_with('“') || b.ends_with('"')) {
        start = start.min(end);
    }
    let status = status(lower, start, end, word);
    let next = words.iter().position(|w| w.start >= end).unwrap_or(words.len());
    Some((new_law(title, short_name, number, date, status), next))
}

fn new_law(
    title: String,
    short_name: Option<String>,
    number: Option<String>,
    date: Option<PartialDate>,
    status: LawStatus,
) -> Law {
    Law {
        id: None,
        title,
        short_name,
        number,
        date,
        status: Some(status),
        implements: Vec::new(),
        source: None,
        quote: None,
    }
}

/// A law number right after byte `at`: " No. 2/2017", " n°2008-11", " nr. 161-XVI",
/// " 27/2015", " n.º 109/2009"; the number and the byte after it.
fn number_after(s: &str, at: usize) -> Option<(String, usize)> {
    let rest = s.get(at..)?;
    let mut skip = 0;
    let trimmed = rest.trim_start();
    skip += rest.len() - trimmed.len();
    let mut body = trimmed;
    for label in [
        "No.", "No", "no.", "no", "n°", "N°", "nº", "n.º", "Nr.", "nr.", "Nº", "number", "núm.", "n.",
    ] {
        if let Some(r) = body.strip_prefix(label) {
            let next = r.chars().next();
            if next.is_some_and(|c| c == ' ' || c.is_ascii_digit()) {
                skip += label.len() + (r.len() - r.trim_start().len());
                body = r.trim_start();
                break;
            }
        }
    }
    let mut len = body
        .char_indices()
        .take_while(|(_, c)| c.is_ascii_alphanumeric() || matches!(c, '/' | '-' | '.'))
        .last()
        .map_or(0, |(i, c)| i + c.len_utf8());
    // Thousands written with a comma, and a spaced slash: "11,624 / 13".
    loop {
        let rest = body.get(len..).unwrap_or("");
        let digits = |r: &str| r.chars().take_while(char::is_ascii_digit).count();
        if let Some(r) = rest.strip_prefix(',').filter(|r| digits(r) == 3) {
            let _ = r;
            len += 4;
        } else if let Some(r) = rest.strip_prefix(" / ").filter(|r| (1..=4).contains(&digits(r))) {
            len += 3 + digits(r);
        } else {
            break;
        }
    }
    let number = body.get(..len)?.trim_end_matches(['.', '-', '/']);
    if number.is_empty() || !number.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    // A bare year is a date, not a number ("Act 2018"); a number has a separator or a label.
    let labelled = skip > rest.len() - rest.trim_start().len();
    let separated = number.contains(['/', '-', '.']);
    if !labelled && !separated {
        return None;
    }
    Some((number.to_string(), at + skip + number.len()))
}

/// The year inside a law number: `2/2017` -> 2017, `2008-11` -> 2008.
fn year_of_number(number: &str) -> Option<PartialDate> {
    number
        .split(['/', '-', '.'])
        .filter(|p| p.len() == 4 || p.len() == 2 && number.contains('/'))
        .filter_map(|p| {
            let y: i16 = p.parse().ok()?;
            match p.len() {
                4 if (1900..=2040).contains(&y) => Some(y),
                2 if number.ends_with(&format!("/{p}")) && y >= 50 => Some(1900 + y),
                2 if number.ends_with(&format!("/{p}")) && y < 30 => Some(2000 + y),
                _ => None,
            }
        })
        .next()
        .map(PartialDate::year)
}

/// The status of a law named at bytes `start..end` of a sentence.
fn status(lower: &str, start: usize, end: usize, anchor: &str) -> LawStatus {
    let before = lower.get(start.saturating_sub(30)..start).unwrap_or("");
    let after = text::up_to(lower.get(end..).unwrap_or(""), 60);
    let passed = text::any(
        after,
        &["into law", "was passed", "was enacted", "was adopted", "became law"],
    ) || text::any(before, &["passed the", "enacted the"]);
    let own = lower.get(start..end).unwrap_or("");
    if text::any(before, DRAFTS) || text::any(before, &["bill to"]) || own.starts_with("draft ") {
        LawStatus::Draft
    } else if text::any(
        after,
        &["was repealed", "has been repealed", "is repealed", "were repealed"],
    ) {
        LawStatus::Repealed
    } else if anchor == "Bill" && !passed {
        LawStatus::Bill
    } else {
        LawStatus::InForce
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    type Found = (String, Option<String>, Option<String>, Option<LawStatus>);

    fn laws(s: &str) -> Vec<Found> {
        let lower = text::lower(s);
        let words = text::words(s);
        let mut out = Vec::new();
        let mut k = 0;
        while k < words.len() {
            match law_at(s, &lower, &words, k) {
                Some((law, next)) => {
                    out.push((law.title, law.number, law.date.map(|d| d.to_string()), law.status));
                    k = next.max(k + 1);
                }
                None => k += 1,
            }
        }
        out
    }

    #[test]
    fn titles_numbers_years_and_statuses() {
        let l = laws("The Computer Misuse Act, 2011 and the Electronic Records Act of 2009 apply.");
        assert_eq!(l[0].0, "Computer Misuse Act, 2011");
        assert_eq!(l[0].2.as_deref(), Some("2011"));
        assert_eq!(l[1].0, "Electronic Records Act of 2009");
        let l = laws("Law No. 5/2016 on Information Systems Security was adopted.");
        assert_eq!(l[0].0, "Law No. 5/2016 on Information Systems Security");
        assert_eq!(l[0].1.as_deref(), Some("5/2016"));
        assert_eq!(l[0].2.as_deref(), Some("2016"));
        let l = laws("the law n°2011-07 of 3 May 2011 on electronic transactions");
        assert_eq!(l[0].2.as_deref(), Some("2011-05-03"));
        assert_eq!(
            laws("The draft Computer Offences Bill is before parliament.")[0].3,
            Some(LawStatus::Draft)
        );
        assert_eq!(
            laws("The Data Integrity Bill is before parliament.")[0].3,
            Some(LawStatus::Bill)
        );
        assert_eq!(
            laws("the Penal Code and the Code of Criminal Procedure")[1].0,
            "Code of Criminal Procedure"
        );
        assert!(laws("Substantive law and the Act").is_empty());
    }
}
