//! Laws the page names, into `laws`: titles with a number, a year, an
//! acronym or a code (`X Act, 2015`, `Law No. 2/2017 on X`, `law n°2008-11
//! of 25 January 2008 on X`, `Criminal Code`, `Code of Criminal Procedure`,
//! `Copyright Ordinance`, `Decree No. N`), with their status: a `draft`
//! ("draft Cybercrime Bill", "draft Law on"), a `bill` (a Bill not passed),
//! `repealed` ("was repealed"), else `in_force`. A bill or draft is never
//! in force. A short name after the title (`(ICA)`, `(the "Cybercrime Law
//! of 2015")`) becomes its `short_name`, and later mentions by that short
//! name are the same law.

mod forms;
mod instruments;
mod named;
mod numbered;
mod numbers;
mod same;
mod state;
mod title;
mod words;

use crate::profile::{Law, LawStatus, PartialDate};

use super::draft::Draft;
use super::sections::SectionKind;
use super::text::{self, Word};

use named::{dashed_name, is_gloss_gap, name_before, number_only};
use same::{fill, same_law};
use state::{planned, status};
use title::{law_at, ANCHORS};
use words::GLOSS;

/// Finds the laws of the page.
pub fn extract(d: &mut Draft) {
    let page = d.page;
    let country = d.profile.country.name.to_lowercase();
    // Each law, the sentence that first names it, and whether every mention
    // so far only lists it as an amendment of another.
    let mut laws: Vec<(Law, usize, bool)> = Vec::new();
    // The first law the previous sentence named, and that sentence's section.
    let mut previous: Option<(usize, usize)> = None;
    for (i, s) in page.sentences.iter().enumerate() {
        if matches!(
            page.kind(s),
            SectionKind::Status | SectionKind::Jurisprudence | SectionKind::Preamble
        ) {
            continue;
        }
        // "The X Act, 2010 provided ... It was repealed and replaced by ...".
        if let Some((n, section)) = previous.take() {
            let back = [
                "it was repealed",
                "it has been repealed",
                "it is repealed",
                "this act was repealed",
                "that act was repealed",
                "the act was repealed",
                "this law was repealed",
                "that law was repealed",
            ];
            // "Repealed → replaced by the X Act of 2015.": a record's participle.
            // (Not "Repealed provisions of ...", "Repealed: none", "Repealed, in part".)
            let participle = s.lower.trim_end() == "repealed."
                || [
                    "repealed →",
                    "repealed ->",
                    "repealed –",
                    "repealed - ",
                    "repealed and replaced",
                    "repealed in ",
                    "repealed by ",
                    "repealed on ",
                ]
                .iter()
                .any(|b| s.lower.starts_with(b));
            if section == s.section && (participle || back.iter().any(|b| s.lower.starts_with(b))) {
                if let Some((law, _, _)) = laws.get_mut(n) {
                    law.status = Some(LawStatus::Repealed);
                }
            }
        }
        let mut first_named: Option<usize> = None;
        let words = text::words(&s.text);
        let mut k = 0;
        // Where the last law named in this sentence ends, and which it is.
        let mut last_end: Option<usize> = None;
        let mut last_law: Option<usize> = None;
        // The end of a gloss bracket ("(established by Law ...)") and the law it glosses.
        let mut gloss_end: Option<usize> = None;
        let mut glossed_law: Option<usize> = None;
        while k < words.len() {
            let found = law_at(&s.text, &s.lower, &words, k).or_else(|| forms::law_at(&s.text, &s.lower, &words, k));
            let Some((mut law, next)) = found else {
                k += 1;
                continue;
            };
            // "(Art. 316-A Criminal Code)", "articles 6 and 7 Criminal Code": an
            // article's number is no part of the code's name (a year is: "1981
            // criminal code").
            if let Some((first, rest)) = law.title.split_once(' ') {
                let year = first.len() == 4 && first.bytes().all(|b| b.is_ascii_digit());
                if law.number.is_none()
                    && !year
                    && first.starts_with(|c: char| c.is_ascii_digit())
                    && rest.starts_with(char::is_uppercase)
                {
                    law.title = rest.to_string();
                }
            }
            k = next.max(k + 1);
            // A title may be written capitalised ("decree n°5" as "Decree n°5").
            let start = s
                .lower
                .get(last_end.unwrap_or(0)..)
                .and_then(|r| r.find(&text::lower(&law.title)))
                .map(|at| at + last_end.unwrap_or(0));
            let end = start.map(|a| a + law.title.len());
            // A page cut short ("... was the adoption of the Law on Cyber Sec"):
            // a title running into the cut is not a whole name.
            let into_the_cut = page.cut
                && i + 1 == page.sentences.len()
                && end.is_some_and(|e| e >= s.text.trim_end().len())
                && !law
                    .title
                    .split_whitespace()
                    .last()
                    .is_some_and(|w| ANCHORS.contains(&w) || w.contains(|c: char| c.is_ascii_digit()));
            if into_the_cut {
                k = words.len();
                continue;
            }
            // "adopted a specific Cybercrime Law. This is the Law on ...": a
            // kind of law, which the next sentence names.
            let a_kind = start.is_some_and(|a| {
                let before = s.lower.get(..a).unwrap_or("");
                ["a ", "an ", "a specific ", "a special ", "a new "]
                    .iter()
                    .any(|p| before.ends_with(&format!(" {p}")) || before == *p)
            }) && law.title.split_whitespace().count() == 2
                && page.next_in_section(i).is_some_and(|n| {
                    // "This is the Law on ...", not "This is the first law of its kind".
                    ["this is the ", "it is the ", "namely the ", "that is the "]
                        .iter()
                        .any(|p| {
                            n.lower.starts_with(p)
                                && n.text.get(p.len()..).is_some_and(|r| r.starts_with(char::is_uppercase))
                        })
                });
            if a_kind {
                continue;
            }
            let prev_end = last_end;
            // A title and its translation or gloss, joined by a slash, are one law:
            // "Organic Telecommunications Law/ Ley Orgánica de Telecomunicaciones".
            let glossed = matches!((last_end, start), (Some(e), Some(a)) if a >= e
                && s.text.get(e..a).is_some_and(is_gloss_gap));
            if end.is_some() {
                last_end = end;
            }
            // "Act no. 13 of 2013 – Electronic Evidence Act": a law known by
            // its number, then its name, is one law, called by its name.
            // "Law No. 58 of 1937 – The Penal Code" too.
            let numbered_then_named = matches!((prev_end, start), (Some(e), Some(a)) if a >= e
            && matches!(
                s.lower.get(e..a).map(str::trim),
                Some("–" | "—" | "-" | "– the" | "— the" | "- the")
            )) && last_law
                .and_then(|n| laws.get(n))
                .is_some_and(|(known, _, _)| number_only(known));
            // "Electronic Crimes Act (Act no. 23 of 2013, ...)": the number
            // in brackets is the named law's own.
            // And "Le nouveau code pénal a été institué par la loi n° 025-2018";
            // "Criminal Code, Law No 275-Z" when the number ends the line
            // (not "the Penal Code, Act No. 5 of 2012 and the X Act").
            let ends_line = start
                .and_then(|a| s.text.get(a + law.title.len()..))
                // "1. Criminal Code, Law No 275-Z – in force.": a status after a dash.
                .is_some_and(|r| {
                    r.trim().is_empty()
                        || r.trim_start().starts_with([';', '.', '–', '—'])
                        // "the Criminal Code, Law No 275-Z, and the Criminal Procedure
                        // Code, Law No 295-Z, as well as": set off by commas, when the
                        // sentence pairs names and numbers so more than once (once,
                        // it may be a list: "the Criminal Code, Law No 12/2004, and the X Act").
                        || (r.starts_with(", and ") || r.starts_with(", as well as "))
                            && s.lower.matches(", law no").count() + s.lower.matches(", act no").count() >= 2
                });
            let after_title = last_law
                .and_then(|n| laws.get(n))
                .is_some_and(|(known, _, _)| !number_only(known));
            let comma = matches!((prev_end, start), (Some(e), Some(a)) if a >= e
                && s.text.get(e..a).map(str::trim) == Some(","))
                && ends_line
                && after_title;
            let introduced = matches!((prev_end, start), (Some(e), Some(a)) if a >= e
            && matches!(
                s.lower.get(e..a).map(str::trim),
                Some(
                    "(" | "a été institué par la"
                        | "a été adopté par la"
                        | "was instituted by"
                        | "was enacted by"
                        | "was established by"
                )
            ));
            let number_of_named = (comma || introduced) && number_only(&law);
            // "Act no. 300/2005 Coll. (Criminal Code, as amended)", "Law
            // n°01-080 of 20 August 2001 establishing the new Criminal Procedure
            // Code": the name that follows is the numbered law's.
            let named_of_number = matches!((prev_end, start), (Some(e), Some(a)) if a >= e
            && matches!(
                s.lower.get(e..a).map(str::trim),
                Some(
                    "(" | "coll. (" | "establishing the" | "establishing the new" | "containing the" | "enacting the" | "\"" | "“"
                        | ", by which the" | ", by which the new" | ", which established the" | ", which enacted the"
                )
            )) && !number_only(&law)
                && last_law
                    .and_then(|n| laws.get(n))
                    .is_some_and(|(known, _, _)| number_only(known));
            if named_of_number {
                if let Some((known, _, amending)) = last_law.and_then(|n| laws.get_mut(n)) {
                    *amending = false;
                    known.title = law.title.clone();
                    fill(known, law);
                }
                continue;
            }
            // Inside a gloss bracket, every law named is the one glossed.
            if start.is_some_and(|a| gloss_end.is_some_and(|g| a < g)) {
                if let Some((known, _, _)) = glossed_law.and_then(|n| laws.get_mut(n)) {
                    fill(known, law);
                }
                continue;
            }
            if let (Some(e), Some(a)) = (prev_end, start) {
                let gap = s.lower.get(e..a).unwrap_or("");
                if a >= e && GLOSS.contains(&gap) {
                    gloss_end = s.text.get(a..).and_then(|r| r.find(')')).map(|c| a + c);
                    glossed_law = last_law;
                    if let Some((known, _, _)) = last_law.and_then(|n| laws.get_mut(n)) {
                        fill(known, law);
                    }
                    continue;
                }
            }
            // A body's founding act, a policy's instrument, a ratification's decree.
            if instruments::names_another_act(&law, &s.lower, start, end) {
                continue;
            }
            // "has drafted the X Bill, the Y Bill etc.": a list shares the
            // draft status of its first title.
            let listed = matches!((prev_end, start), (Some(e), Some(a)) if a >= e
                && matches!(s.lower.get(e..a).map(str::trim), Some("," | ", the" | "and" | "and the")));
            let draft_before = last_law
                .and_then(|n| laws.get(n))
                .is_some_and(|(known, _, _)| known.status == Some(LawStatus::Draft));
            if listed && draft_before && law.status == Some(LawStatus::Bill) {
                law.status = Some(LawStatus::Draft);
            }
            if number_of_named {
                if let Some((known, _, _)) = last_law.and_then(|n| laws.get_mut(n)) {
                    fill(known, law);
                }
                continue;
            }
            if numbered_then_named {
                if let Some((known, _, amending)) = last_law.and_then(|n| laws.get_mut(n)) {
                    *amending = false;
                    known.title = law.title.clone();
                    fill(known, law);
                }
                continue;
            }
            if glossed {
                // Its other name may give what the first did not.
                if let Some((known, _, _)) = last_law.and_then(|n| laws.get_mut(n)) {
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
            // "the Federal Law No. 3 of 2016 Concerning Child Rights, also
            // known as Wadeema's Law": the other name of the law just named.
            let known_as = start.is_some_and(|a| {
                let before = s.lower.get(..a).unwrap_or("");
                [
                    "also known as ",
                    "known as ",
                    "known also as ",
                    "also called ",
                    "referred to as ",
                ]
                .iter()
                .any(|k| before.ends_with(k))
            });
            if known_as {
                if let Some((known, _, _)) = last_law.and_then(|n| laws.get_mut(n)) {
                    if known.short_name.is_none() {
                        known.short_name = Some(law.title.clone());
                    }
                    continue;
                }
            }
            if alias {
                continue;
            }
            // "intends to introduce a Computer Misuse Act", "a future Cybercrime
            // Act is foreseen": a law still to come is no law, and not a draft
            // either until the page says one exists.
            if law.status == Some(LawStatus::InForce)
                && start.is_some_and(|a| planned(&s.lower, a, a + law.title.len()))
            {
                continue;
            }
            // "amended by Act no. 10 of 2014", "Act no. 35 of 2014 ... amended
            // Act no. 6 of 2012": an act the page knows only by its number, in a
            // list of amendments, is no law of its own.
            let amending = number_only(&law)
                && start.is_some_and(|a| {
                    // "reformed by law n°2019-574 ... on the Penal Code" too.
                    s.lower.get(..a).is_some_and(|b| {
                        b.contains("amend")
                            || ["reformed by ", "modified by ", "revised by "]
                                .iter()
                                .any(|v| b.ends_with(v) || b.ends_with(&format!("{v}the ")))
                    }) || s
                        .lower
                        .get(a..)
                        .is_some_and(|r| text::up_to(r, 120).contains(" amended "))
                });
            match laws.iter().position(|(l, _, _)| same_law(l, &law, &country)) {
                Some(n) => {
                    // "the Draft Law on X ... The Law on X was adopted in 2021": the
                    // draft named before has since passed.
                    let passed = end.is_some_and(|e| {
                        let after = text::up_to(s.lower.get(e..).unwrap_or(""), 40);
                        text::any(
                            after,
                            &[
                                "was adopted",
                                "was enacted",
                                "was passed",
                                "entered into force",
                                "is in force",
                                "came into force",
                            ],
                        )
                    });
                    if passed && law.status == Some(LawStatus::InForce) && laws[n].0.status == Some(LawStatus::Draft) {
                        laws[n].0.status = Some(LawStatus::InForce);
                    }
                    // A later mention may give what the first did not.
                    fill(&mut laws[n].0, law);
                    laws[n].2 &= amending;
                    last_law = Some(n);
                }
                None => {
                    let mut law = law;
                    // "Act no. 14 of 2013 – Electronic Transfer of Funds Crimes provides":
                    // a name without a law word after the number.
                    if number_only(&law) {
                        if let Some(name) = end.and_then(|e| s.text.get(e..)).and_then(dashed_name) {
                            law.title = name;
                        } else if let Some(name) = start.and_then(|a| s.text.get(..a)).and_then(name_before) {
                            // "Electronic Transactions (Act no. 21 of 2013): ...":
                            // a list item's name before the number.
                            law.title = name;
                        }
                    }
                    laws.push((law, i, amending));
                    last_law = Some(laws.len() - 1);
                }
            }
            first_named = first_named.or(last_law);
        }
        previous = first_named.map(|n| (n, s.section));
    }
    // A law renamed by a later mention ("Act no. 300/2005 Coll. (Criminal
    // Code)") may now be one found before under that name.
    let mut merged: Vec<(Law, usize, bool)> = Vec::new();
    for (law, i, amending) in laws {
        match merged.iter().position(|(l, _, _)| same_law(l, &law, &country)) {
            Some(n) => {
                merged[n].2 &= amending;
                fill(&mut merged[n].0, law);
            }
            None => merged.push((law, i, amending)),
        }
    }
    for (mut law, i, amending) in merged {
        if amending && number_only(&law) {
            continue;
        }
        d.mark(i);
        law.source = Some(d.source.clone());
        law.quote = Some(d.text(i).to_string());
        d.profile.laws.push(law);
    }
}

/// A finder of the law named at a word: `(text, lower-case text, words, word)`
/// gives the law and the word after it.
#[cfg(test)]
type Finder = fn(&str, &str, &[Word], usize) -> Option<(Law, usize)>;

/// The laws a finder names in `s`, left to right: for the finders' tests.
#[cfg(test)]
pub(super) fn scan(s: &str, law_at: Finder) -> Vec<Law> {
    let lower = text::lower(s);
    let words = text::words(s);
    let mut out = Vec::new();
    let mut k = 0;
    while k < words.len() {
        match law_at(s, &lower, &words, k) {
            Some((law, next)) => {
                out.push(law);
                k = next.max(k + 1);
            }
            None => k += 1,
        }
    }
    out
}

/// The index of the first word at or after byte `at`.
pub(super) fn next_word(words: &[Word], at: usize) -> usize {
    words.iter().position(|w| w.start >= at).unwrap_or(words.len())
}

pub(super) fn new_law(
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
