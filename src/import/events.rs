//! Dated steps towards the Convention, wherever the page states them (the
//! Mexico page has `Invited to accede: 1 February 2007` under the policies
//! heading): invitation, signature, ratification, accession, entry into
//! force.
//!
//! A keyword counts when a colon or dash follows it (`Signature: 23/11/2001`)
//! or when its sentence names the Convention, so that "signed an agreement
//! with Spain in 2012" is not read as a signature of the Convention. A
//! keyword right after a negation ("has not signed") does not count.

use crate::profile::{Fact, PartialDate};

use super::dates;
use super::draft::Draft;
use super::sections::SectionKind;
use super::text;

/// A step towards the Convention.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Event {
    Invited,
    Signed,
    Ratified,
    Acceded,
    EntryIntoForce,
}

const KEYWORDS: &[(&str, Event)] = &[
    ("invited to accede", Event::Invited),
    ("invitation to accede", Event::Invited),
    ("invited to join", Event::Invited),
    ("invité à adhérer", Event::Invited),
    ("invitée à adhérer", Event::Invited),
    ("invitation à adhérer", Event::Invited),
    ("signature", Event::Signed),
    ("signed", Event::Signed),
    ("signs", Event::Signed),
    ("signé", Event::Signed),
    ("ratification", Event::Ratified),
    ("ratified", Event::Ratified),
    ("ratifié", Event::Ratified),
    ("ratifying", Event::Ratified),
    ("ratifies", Event::Ratified),
    ("to ratify", Event::Ratified),
    ("accession", Event::Acceded),
    ("acceded", Event::Acceded),
    ("acceding", Event::Acceded),
    ("accedes", Event::Acceded),
    ("adhésion", Event::Acceded),
    ("entry into force", Event::EntryIntoForce),
    ("entered into force", Event::EntryIntoForce),
    ("enters into force", Event::EntryIntoForce),
    ("entrée en vigueur", Event::EntryIntoForce),
];

const CONVENTION: &[&str] = &["convention", "budapest", "ets 185", "ets no. 185", "treaty"];
const NEGATIONS: &[&str] = &["not ", "not yet ", "never ", "n'a pas ", "pas encore ", "n’a pas "];

/// Which sentence states each step, dated or not.
#[derive(Debug, Clone, Default)]
pub struct Stated {
    pub invited: Option<usize>,
    pub signed: Option<usize>,
    pub ratified: Option<usize>,
    pub acceded: Option<usize>,
    pub entry_into_force: Option<usize>,
}

impl Stated {
    fn slot(&mut self, event: Event) -> &mut Option<usize> {
        match event {
            Event::Invited => &mut self.invited,
            Event::Signed => &mut self.signed,
            Event::Ratified => &mut self.ratified,
            Event::Acceded => &mut self.acceded,
            Event::EntryIntoForce => &mut self.entry_into_force,
        }
    }
}

/// One keyword occurrence in a sentence: the event, where it ends, and
/// whether it reads as a statement about the Convention.
fn occurrences(lower: &str) -> Vec<(usize, usize, Event)> {
    let mut found: Vec<(usize, usize, Event)> = Vec::new();
    for (keyword, event) in KEYWORDS {
        let mut from = 0;
        while let Some(at) = text::find_word(lower, keyword, from) {
            found.push((at, at + keyword.len(), *event));
            from = at + keyword.len();
        }
    }
    found.sort();
    // Drop occurrences inside a longer one.
    let mut out: Vec<(usize, usize, Event)> = Vec::new();
    for f in found {
        if out.last().is_some_and(|last| f.0 < last.1) {
            continue;
        }
        // "Ratified / acceded : 19/01/2005": one step. A state that signed
        // ratifies; one that did not sign accedes.
        if let Some(last) = out.last_mut() {
            let joint = last.2 == Event::Ratified
                && f.2 == Event::Acceded
                && lower.get(last.1..f.0).is_some_and(|gap| gap.trim() == "/");
            if joint {
                let signed = text::any(lower, &["signed", "signature"]);
                *last = (last.0, f.1, if signed { Event::Ratified } else { Event::Acceded });
                continue;
            }
        }
        out.push(f);
    }
    out
}

/// Finds the stated steps and writes the dated ones into the profile.
pub fn extract(d: &mut Draft) -> Stated {
    let mut stated = Stated::default();
    let page = d.page;
    for (i, s) in page.sentences.iter().enumerate() {
        if page.kind(s) == SectionKind::Sources
            || !text::any(
                &s.lower,
                &["invit", "sign", "ratif", "acce", "adhé", "force", "vigueur"],
            )
        {
            continue;
        }
        // The status section speaks of the Convention throughout.
        let about_convention = text::any(&s.lower, CONVENTION) || page.kind(s) == SectionKind::Status;
        let found = occurrences(&s.lower);
        // A year inside a reference number is no date: "Supreme Decree N° 010-2019-RE".
        let dates: Vec<dates::Found> = dates::find_all(&s.text)
            .into_iter()
            .filter(|f| {
                let glued = |c: char| c.is_alphanumeric() || c == '-';
                !(f.bare_year
                    && (s.text.get(..f.start).is_some_and(|b| b.ends_with(glued))
                        || s.text.get(f.end..).is_some_and(|a| a.starts_with(glued))))
            })
            .collect();
        for (k, &(start, end, event)) in found.iter().enumerate() {
            let before = s.lower.get(start.saturating_sub(12)..start).unwrap_or("");
            if NEGATIONS.iter().any(|n| before.ends_with(n)) {
                continue;
            }
            let after = s.text.get(end..).unwrap_or("").trim_start();
            let label = after.starts_with([':', '-', '–']);
            if !label && !about_convention {
                continue;
            }
            if planned(&s.lower, end) {
                continue;
            }
            // "signed the Additional Protocol ... and ratified it on ...": the
            // Protocol's steps, not the Convention's.
            if page.kind(s) != SectionKind::Status && s.lower.get(..start).is_some_and(|b| b.contains(" protocol")) {
                continue;
            }
            let limit = found.get(k + 1).map_or(s.text.len(), |n| n.0).min(end + 60);
            // "Under Decree No. 10, dated 10 March 2019, the Government
            // ratified ...": a day's date just before the step, when none follows.
            let floor = k.checked_sub(1).and_then(|p| found.get(p)).map_or(0, |p| p.1);
            // Only for a step done ("ratified"), not one named ("a request for accession").
            let done = s.lower.get(start..end).is_some_and(|k| k.ends_with("ed"));
            let dated_before = || {
                dates.iter().rev().filter(|_| done).find(|f| {
                    f.end <= start
                        && f.start >= floor
                        && start - f.end <= 80
                        && !f.bare_year
                        && s.lower.get(..f.start).is_some_and(|b| {
                            let b = b.trim_end();
                            b.ends_with("dated") || matches!(b, "on" | "in")
                        })
                })
            };
            // "2017 – Costa Rica ratifies the Convention": a chronology's line
            // dates the step it tells in the present tense.
            // Only with the Convention as its object: "ratifies the Budapest
            // Convention", not "debates the bill by which X ratifies ...".
            let keyword = s.lower.get(start..end).unwrap_or("");
            let object = s.lower.get(end..).unwrap_or("");
            let lead = s.lower.get(..start).unwrap_or("");
            let present = matches!(keyword, "ratifies" | "signs" | "accedes" | "enters into force")
                && (keyword == "enters into force"
                    || [
                        " the budapest convention",
                        " the convention",
                        " la convention",
                        " to the",
                    ]
                    .iter()
                    .any(|p| object.starts_with(p)))
                && !text::any(lead, &["which", "that", "whereby", "bill", "debat", "draft"]);
            let date = dates
                .iter()
                .find(|f| f.start >= end && f.start < limit)
                .or_else(dated_before)
                .map(|f| f.date)
                .or_else(|| dates::chronology_date(&s.text, &s.lower).filter(|_| present))
                // "... to ratify the Convention. It did so on 5 March 2014.": the
                // next sentence, referring back to the step, dates it.
                .or_else(|| done_after(page, i));
            if stated.slot(event).is_some() {
                continue;
            }
            *stated.slot(event) = Some(i);
            d.mark(i);
            if let Some(date) = date {
                let fact = d.fact(date, i);
                *slot(&mut d.profile.budapest.events, event) = Some(fact);
            }
        }
    }
    stated
}

/// How a sentence opens when it dates the step the sentence before it named.
const DONE_AFTER: &[&str] = &[
    "it did so ",
    "it did this ",
    "the deposit took place ",
    "celle-ci est intervenue ",
    "elle est intervenue ",
    "ce fut chose faite ",
];

/// The date of the sentence after sentence `i`, when it opens by saying the
/// step named before took place.
fn done_after(page: &super::page::Page, i: usize) -> Option<PartialDate> {
    let next = page.next_in_section(i)?;
    // Not a step only asked for or debated: "has requested accession ...".
    let asked = text::any(
        &page.sentences[i].lower,
        &["request", "debat", "discuss", "consider", "demand"],
    );
    if asked || !DONE_AFTER.iter().any(|p| next.lower.starts_with(p)) {
        return None;
    }
    dates::find_all(text::up_to(&next.text, 60)).first().map(|f| f.date)
}

/// Words after a step that make it a plan, not an event: "ratification of
/// the Convention by Q2 2021", "is expected", "is planned".
const PLANNED: &[&str] = &[
    " by q1 ",
    " by q2 ",
    " by q3 ",
    " by q4 ",
    " by the end of",
    " is expected",
    " is planned",
    " planned for",
    " is foreseen",
    " is envisaged",
    " will ",
    " aims at",
    " is part of the commitment",
    " prévue",
    " prévu ",
];

/// Whether the step ending at byte `end` of a sentence is only planned.
fn planned(lower: &str, end: usize) -> bool {
    let before = lower.get(end.saturating_sub(40)..end).unwrap_or("");
    let after = text::up_to(lower.get(end..).unwrap_or(""), 80);
    text::any(after, PLANNED)
        || text::any(
            before,
            &[
                "planned ",
                "intends to ",
                "plans to ",
                "will ",
                "expected ",
                "decided to ",
                "wants to ",
                "seeks to ",
                "aims to ",
                "in order to ",
                "would ",
                "should ",
                "need to ",
                "needs to ",
                "commitment to ",
            ],
        )
}

fn slot(events: &mut crate::profile::TreatyEvents, event: Event) -> &mut Option<Fact<PartialDate>> {
    match event {
        Event::Invited => &mut events.invited,
        Event::Signed => &mut events.signed,
        Event::Ratified => &mut events.ratified,
        Event::Acceded => &mut events.acceded,
        Event::EntryIntoForce => &mut events.entry_into_force,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keywords_inside_longer_ones_are_dropped() {
        let o = occurrences("invited to accede: 1 february 2007; accession: 2015");
        let events: Vec<Event> = o.iter().map(|x| x.2).collect();
        assert_eq!(events, [Event::Invited, Event::Acceded]);
    }

    #[test]
    fn planned_steps_are_not_events() {
        let s = "ratification of the budapest convention by q2 2021 is part of the plan";
        assert!(planned(s, "ratification".len()));
        assert!(!planned("ratified: 20/06/2002", "ratified".len()));
    }
}
