//! The date that goes with a strategy's status verb; periods are never
//! adoption dates.

use crate::profile::PartialDate;

use super::super::dates;
use super::super::text;
use super::voices::{EVENT_HAPPENED, GOVERNING_ADOPTED, IN_PLACE_AFTER, PRESENT_ADOPTS, SUBJECT_ADOPTED};
use super::words::{ADOPTED, ESTABLISHED};

/// Byte ranges of periods ("2019-2024", "from 2014 to 2019") in `s`.
fn periods(found: &[dates::Found], s: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for pair in found.windows(2) {
        let (a, b) = (&pair[0], &pair[1]);
        let gap = s.get(a.end..b.start).unwrap_or("").trim().to_lowercase();
        if a.bare_year && b.bare_year && matches!(gap.as_str(), "-" | "–" | "—" | "to" | "/" | "until" | "and") {
            out.push((a.start, b.end));
        }
    }
    out
}

/// The date that goes with the status verb of a clause of `s` (byte range
/// `start..end`). A year ending the title names the document, not its adoption.
pub(super) fn date_of(s: &str, lower: &str, start: usize, end: usize, title: Option<&str>) -> Option<PartialDate> {
    date_in(s, lower, &dates::find_all(s), start, end, title)
}

/// [`date_of`] with the sentence's dates found once (`all`), for a
/// sentence that names many documents.
pub(super) fn date_in(
    s: &str,
    lower: &str,
    all: &[dates::Found],
    start: usize,
    end: usize,
    title: Option<&str>,
) -> Option<PartialDate> {
    let spans = periods(all, s);
    // "adopted the Strategy Cyber Resilient Bulgaria 2020 on 13 July 2016":
    // a year inside the title names it, the verb's date is after it.
    let title_span = title
        .and_then(|t| s.find(t).map(|at| (at, at + t.len())))
        .map(|(a, b)| {
            // "National Cyber Security Policy, 2013": the year glued to the title.
            let glued = s.get(b..).and_then(|r| r.strip_prefix(", ")).and_then(|r| r.get(..4));
            let year = glued.is_some_and(|y| y.bytes().all(|c| c.is_ascii_digit()));
            (a, if year { b + 6 } else { b })
        });
    let in_period = |f: &dates::Found| {
        spans.iter().any(|&(a, b)| f.start >= a && f.end <= b)
            || title_span.is_some_and(|(a, b)| f.start >= a && f.end <= b)
    };
    let found: Vec<&dates::Found> = all
        .iter()
        .filter(|f| f.start >= start && f.end <= end && !in_period(f))
        // The year of a reference number: "Law No. 2/2017", "2019/1234".
        .filter(|f| !s.get(..f.start).is_some_and(|b| b.ends_with('/')))
        // A year glued to an acronym names the document: "(SNC2022)".
        .filter(|f| !s.get(..f.start).is_some_and(|b| b.ends_with(char::is_alphabetic)))
        .collect();
    let clause = lower.get(start..end).unwrap_or("");
    let verbs = || {
        ADOPTED
            .iter()
            .filter(|v| {
                !matches!(
                    **v,
                    "has a national" | "has a " | "have a " | "its current" | "current "
                )
            })
            // "In 2012, the government established a cyber-strategy".
            .chain(ESTABLISHED)
            // "The adoption of the Strategy took place in February 2015".
            .chain(EVENT_HAPPENED)
            // "unveiled the ... Strategy in 2017", "in place since early 2013".
            .chain(GOVERNING_ADOPTED)
            .chain(IN_PLACE_AFTER)
            // "The Strategy was unveiled in March 2018" (not "will expire at the end of 2017").
            .chain(
                SUBJECT_ADOPTED
                    .iter()
                    .filter(|v| !matches!(**v, "will expire" | "expires")),
            )
            // "In February 2016 Slovenia adopts the X Strategy" (not "issues", a noun too).
            .chain(PRESENT_ADOPTS.iter().filter(|v| **v != "issues"))
    };
    // The verb nearest before the title, when one is ("published a Green
    // Paper in October 2015, and in 2016 was launched the Strategy"); else
    // the first of the clause. (Looked for in a window before the title: a
    // long line is not read whole for each document it names.)
    let before_title = title_span.filter(|&(a, _)| a >= start).and_then(|(a, _)| {
        let mut from = a.saturating_sub(300).max(start);
        while !lower.is_char_boundary(from) {
            from += 1;
        }
        let window = lower.get(from..a).unwrap_or("");
        verbs()
            .filter_map(|v| window.rfind(v).map(|at| (from + at, from + at + v.len())))
            .max()
    });
    let verb = before_title.or_else(|| {
        verbs()
            .filter_map(|v| clause.find(v).map(|at| (at + start, at + start + v.len())))
            .min()
    });
    if let Some((verb_start, verb_end)) = verb {
        // After the verb, within the clause: "adopted in December 2019"
        // (not an end: "adopted, in place until the end of 2017").
        let end_date = |f: &&&dates::Found| {
            let before = text::before(lower, f.start, 30);
            [
                "until ",
                "until the end of ",
                "till ",
                "up to ",
                "through ",
                "expiring in ",
                "expires in ",
            ]
            .iter()
            .any(|p| before.ends_with(p))
        };
        if let Some(f) = found
            .iter()
            .find(|f| f.start >= verb_end && f.start < verb_end + 80)
            .filter(|f| !end_date(f))
        {
            return Some(f.date);
        }
        // "It was in 2012 that the Committee developed the Strategy".
        let cleft = ["it was in ", "it was on ", "c'est en ", "c’est en "]
            .iter()
            .find_map(|p| {
                lower
                    .get(start..)
                    .and_then(|c| c.strip_prefix(p))
                    .map(|_| start + p.len())
            });
        if let Some(at) = cleft {
            if let Some(f) = found.iter().find(|f| f.start == at && f.end <= verb_start) {
                // Not when another date comes before the verb: "It was in 2000 that
                // X passed a law, and in 2012 the government put in place ...".
                let between = found.iter().any(|g| g.start > f.end && g.end <= verb_start);
                if !between
                    && lower
                        .get(f.end..)
                        .is_some_and(|a| a.starts_with(" that ") || a.starts_with(" que "))
                {
                    return Some(f.date);
                }
            }
        }
        // "adopted the Strategy 2019-2023, with the Action Plan (2019 - 2020)
        // for its implementation on 15 September 2018": a day's date after
        // "on" ends the clause, past the title's periods.
        if let Some(f) = found.iter().find(|f| f.start >= verb_end && f.start < verb_end + 200) {
            if !f.bare_year
                && lower
                    .get(..f.start)
                    .is_some_and(|b| b.ends_with(" on ") || b.ends_with(" on the ") || b.ends_with(" dated "))
            {
                return Some(f.date);
            }
            // "adopted the X Strategy by Government Decision No. 1201/2014 (14
            // May 2014)": the instrument's date in brackets after its number.
            // (The verb's own instrument: "by Decision No. N (date)", with no
            // relative clause between: "which replaced the concept set by ...".)
            let instrument = lower.get(..f.start).is_some_and(|b| {
                let near = text::before(b, b.len(), 50);
                b.trim_end().ends_with('(')
                    && text::any(
                        near,
                        &[" decision ", " decree ", " resolution ", " order ", " ordinance "],
                    )
                    && near.contains("by ")
                    && !text::any(
                        lower.get(verb_end..f.start).unwrap_or(""),
                        &["which", " that ", "earlier", "previous", "former", "while"],
                    )
            });
            if !f.bare_year && instrument {
                return Some(f.date);
            }
        }
        // Before it, in a decision or decree: "Decision No. 973 from 02.12.2015 On approval of".
        let before = lower.get(start..verb_start).unwrap_or("");
        if text::any(
            before,
            &[
                "decision",
                "decree",
                "décret",
                "decreto",
                "resolution",
                "order",
                "arrêté",
            ],
        ) {
            if let Some(f) = found.iter().rev().find(|f| f.end <= verb_start && !f.bare_year) {
                return Some(f.date);
            }
        }
        // "adopted on the dd.mm.yyyy its national ..." is covered above;
        // "in 2012, adopted" puts a year just before the verb.
        if let Some(f) = found
            .iter()
            .rev()
            .find(|f| f.end <= verb_start && verb_start - f.end <= 12)
        {
            return Some(f.date);
        }
        // "on 30 May 2017, Serbia had also adopted", "in 2012, the government,
        // conscious of ..., put in place": a date set off by a comma before the verb.
        if let Some(f) = found.iter().rev().find(|f| f.end <= verb_start) {
            let before = lower.get(..f.start).unwrap_or("");
            // (At the sentence's start too: "On the 5th of June 2019, the Strategy ...".)
            let fronted = [" in ", " on ", " on the "]
                .iter()
                .any(|p| before.ends_with(p) || before == &p[1..])
                && lower.get(f.end..).is_some_and(|a| a.starts_with(','));
            if fronted && verb_start - f.end <= 160 {
                return Some(f.date);
            }
        }
        // "goes back to 24 January 2013, the day the Strategy was adopted".
        if let Some(f) = found.iter().rev().find(|f| f.end <= verb_start) {
            let rest = lower.get(f.end..verb_start).unwrap_or("");
            if [", the day ", ", when ", ", the date "]
                .iter()
                .any(|p| rest.starts_with(p))
                && rest.len() <= 120
            {
                return Some(f.date);
            }
        }
        // "2016: national Cyber security strategy created": a list item
        // opening with its year.
        if let Some(f) = found.first().filter(|f| f.start == start && f.end <= verb_start) {
            if dates::opens_chronology(lower, f.end) {
                return Some(f.date);
            }
        }
        // "In 2014, the Ministry ... developed a Strategy": the date opening
        // the sentence, when it is the only one before the verb.
        let opening: Vec<&dates::Found> = found.iter().copied().filter(|f| f.end <= verb_start).collect();
        if let [f] = opening.as_slice() {
            // "However, on 2nd July 2013, it launched": after a clause break too.
            let lead = lower.get(start..f.start).unwrap_or("").trim();
            let lead = lead.trim_start_matches("however").trim_start_matches([',', ' ']);
            let opens = start == 0 || lower.get(..start).is_some_and(|b| b.trim_end().ends_with("however"));
            if opens && matches!(lead, "in" | "on" | "on the" | "since" | "en" | "le") {
                return Some(f.date);
            }
        }
    }
    // Decree in brackets after the title: "(enacted by Decree N ... of <date>)" is covered by the verb.
    // A bracketed gloss with its date: "(National Policy for ..., Jul 2020), issued by".
    if let Some(t) = title {
        let at = s.find(t)?;
        let rest = s.get(at + t.len()..)?;
        if let Some(inner) = rest.strip_prefix(", ").or_else(|| rest.strip_prefix(' ')) {
            if let Some(f) = dates::find_all(text::up_to(inner, 20)).first() {
                if f.start == 0 && f.bare_year && !spans.iter().any(|&(a, _)| a == at + t.len() + 1) {
                    return Some(f.date);
                }
            }
        }
        // A year ending the title ("Cybersecurity Strategy 2018") names the
        // document; it is not the date of its adoption.
    }
    // "has a National Strategy since early 2013": the date after "since".
    let clause_text = s.get(start..end).unwrap_or("");
    if let Some(at) = text::lower(clause_text).find(" since ") {
        let after = &clause_text[at + 7..];
        let after = after
            .strip_prefix("early ")
            .or_else(|| after.strip_prefix("late "))
            .or_else(|| after.strip_prefix("mid-"))
            .unwrap_or(after);
        if let Some(f) = dates::find_all(text::up_to(after, 24)).first().filter(|f| f.start == 0) {
            return Some(f.date);
        }
    }
    // "a 2016 National Cybersecurity strategy": a year right before the title.
    if let Some(t) = title {
        let at = s.find(t)?;
        let before = s.get(..at)?.trim_end();
        let year = before.rsplit(' ').next().unwrap_or("");
        if year.len() == 4 && year.chars().all(|c| c.is_ascii_digit()) && before.len() < at {
            return dates::find_all(year).first().map(|f| f.date);
        }
    }
    None
}

/// The dates of "X and Y were adopted on D1 and D2 respectively": each
/// title (a byte range of `s`) with the date in the same place of the list
/// after the last title. Nothing is paired unless there are as many dates
/// as titles.
pub(super) fn respective_dates(
    s: &str,
    titles: &[(usize, usize)],
    all: &[dates::Found],
) -> Vec<((usize, usize), PartialDate)> {
    let Some(last) = titles.iter().map(|&(_, b)| b).max() else {
        return Vec::new();
    };
    // The dates of one list, right before the word: not those of another
    // clause ("led by the Agency and the Police respectively, were adopted
    // on 5 May 2017 and revised in 2021").
    let Some(word) = s.get(last..).and_then(|r| r.find("respectively")).map(|w| last + w) else {
        return Vec::new();
    };
    let spans = periods(all, s);
    let listed: Vec<&dates::Found> = all.iter().filter(|f| f.start >= last && f.end <= word).collect();
    if listed.last().is_none_or(|f| word - f.end > 14) {
        return Vec::new();
    }
    let found: Vec<PartialDate> = listed
        .into_iter()
        .filter(|f| !spans.iter().any(|&(a, b)| f.start >= a && f.end <= b))
        .filter(|f| {
            !s.get(..f.start)
                .is_some_and(|b| b.ends_with(['/', '-']) || b.ends_with(char::is_alphabetic))
        })
        .map(|f| f.date)
        .collect();
    if titles.len() < 2 || found.len() != titles.len() {
        return Vec::new();
    }
    titles.iter().copied().zip(found).collect()
}
