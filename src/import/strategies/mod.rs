//! Cybersecurity and cybercrime strategies: two facts, since a page can say
//! one exists and the other does not.
//!
//! A strategy is a mention of a policy document: `strategy`, `plan`,
//! `programme`, `policy` or `document` (French, Spanish and Portuguese forms
//! too). Its topic comes from the words of its own name, not from its
//! clause: a cybersecurity strategy that "addresses cybercrime" is not a
//! cybercrime strategy, while "National Plan to Combat Cybercrime" and
//! "Strategy for investigation of cybercrime" are. Its status comes from the
//! clause (a sentence cut at `;`, "but", "however", "while"): a draft, one in
//! preparation ("project ... underway", "under public consultation"), an
//! explicit negative ("does not have a cybercrime policy") giving `none`, or
//! one adopted ("adopted", "framed", "issued", "validated", "ran from ... to
//! ...", or a named strategy that "seeks to", "covers", "aims to"). Across
//! the page the strongest status wins: adopted, then draft, then in
//! preparation, then none.
//!
//! The date is the one that goes with the status verb ("was adopted in
//! December 2019", "Decision No. 973 from 02.12.2015 on approval of"). A
//! year or a period in the title ("Cybersecurity Strategy 2018",
//! "2019-2024") names the document; it is never taken for its adoption date.

mod around;
mod denials;
mod facts;
mod hints;
mod scope;
mod status;
mod title;
mod verbs;
mod voices;
mod when;
mod words;

use crate::profile::StrategyStatus;

use super::draft::Draft;
use super::sections::SectionKind;
use super::text;

use super::dates::chronology_date;
use around::{adopted_back, ends_the_verb, lead_in, record, title_last, title_only, title_then_verb, told_in_present};
use denials::not_before;
use facts::{rank, strategy, Finding};
use hints::{approved_next, cyber_titled, dated_title, framed_topic, glued, pending_next};
use scope::{for_a_field, names_a_body, sub_national};
use status::{clauses, listed_together, status_of, topics};
use title::{split_joined, title};
use voices::{adoption_label, RECORD_DATE};
use when::{date_in, date_of, respective_dates};
use words::*;

/// Finds the strategies and writes them into the profile.
pub fn extract(d: &mut Draft) {
    let page = d.page;
    let mut best: [Option<Finding>; 2] = [None, None];
    let country = d.profile.country.name.to_lowercase();
    for (i, s) in page.sentences.iter().enumerate() {
        if matches!(
            page.kind(s),
            SectionKind::Status | SectionKind::Sources | SectionKind::Jurisprudence
        ) || !text::any(
            &s.lower,
            &[
                "strat",
                "plan",
                "program",
                "polic",
                "politi",
                "document",
                "framework",
                "concept",
                "agenda",
            ],
        ) {
            continue;
        }
        let words = text::words(&s.text);
        // "2020 – The Ministry publishes a new Cybersecurity Strategy".
        let chronicle = chronology_date(&s.text, &s.lower);
        // The sentence's dates, found once for all the documents it names.
        let sentence_dates = std::cell::OnceCell::new();
        // "Does X have a cybercrime strategy? No.": a question states
        // nothing; a plain "No" after it denies what it asks.
        let asked = s.text.trim_end().ends_with('?');
        // Only a question whether the country has one: "Does X have a ...?",
        // "Is there a ...?" (not "Is the Strategy still in force? No").
        let of_existence = [" have ", " has ", "is there ", "are there ", " exist"]
            .iter()
            .any(|p| s.lower.contains(p))
            && ["does ", "do ", "is there", "are there", "has ", "have "]
                .iter()
                .any(|p| s.lower.starts_with(p));
        let denied = asked
            && of_existence
            && page.next_in_section(i).is_some_and(|n| {
                let l = n.lower.trim_start();
                // "No, but one is being prepared": not a plain denial.
                (l == "no" || ["no.", "no,", "no:", "no;", "no "].iter().any(|p| l.starts_with(p)))
                    && !l.starts_with("no, but")
            });
        if asked && !denied {
            continue;
        }
        // A topic glued to its noun: "Cybercrimestrategy"; "a cyber-strategy"
        // is one of cybersecurity.
        let nouns: Vec<usize> = (0..words.len())
            .filter(|&k| {
                let word = words[k].text(&s.lower);
                NOUNS.contains(&word) || glued(word).is_some()
            })
            .collect();
        if nouns.is_empty() {
            continue;
        }
        // "X and Y were adopted on D1 and D2 respectively": each title's own date.
        let respective = if s.lower.contains("respectively") {
            let mut titles: Vec<(usize, usize)> = Vec::new();
            for &k in &nouns {
                let Some(t) = title(&s.text, &words, k) else {
                    continue;
                };
                let Some(at) = s.text.find(&t) else {
                    continue;
                };
                // Not an aside's: "(with an Action Plan for 2019-2020)".
                let before = &s.text[..at];
                let bracketed = before.matches('(').count() > before.matches(')').count();
                let overlaps = titles.iter().any(|&(a, b)| at < b && a < at + t.len());
                if !bracketed && !overlaps {
                    titles.extend(split_joined(&s.lower, at, at + t.len()));
                }
            }
            titles.sort();
            respective_dates(
                &s.text,
                &titles,
                sentence_dates.get_or_init(|| super::dates::find_all(&s.text)),
            )
        } else {
            Vec::new()
        };
        // The topics of the last document the sentence named.
        let mut last_topic: Option<[bool; 2]> = None;
        for (start, end) in clauses(&s.lower) {
            let clause = s.lower.get(start..end).unwrap_or("");
            for &k in &nouns {
                let w = &words[k];
                if w.start < start || w.end > end {
                    continue;
                }
                let word = w.text(&s.lower);
                let glued = glued(word);
                // "does not have information security strategy nor policy
                // status": a rank a document lacks, not a document.
                let next_words: Vec<&str> = words[k + 1..].iter().take(3).map(|n| n.text(&s.lower)).collect();
                // "an act which has not the status of an information security strategy".
                let status_of_a = words[k.saturating_sub(5)..k]
                    .windows(2)
                    .any(|p| p[0].text(&s.lower) == "status" && p[1].text(&s.lower) == "of");
                if next_words.contains(&"status") || status_of_a {
                    continue;
                }
                let mut on = match glued {
                    Some(p) => [text::any(p, SECURITY) || !text::any(p, CRIME), text::any(p, CRIME)],
                    None => topics(&s.text, &s.lower, &words, k),
                };
                let title = title(&s.text, &words, k);
                let before_noun = clause.get(..w.start - start).unwrap_or("");
                // "... for a cybersecurity strategy were completed; the strategy
                // itself is not yet adopted": the document the sentence named.
                // (Only "the strategy" alone: not "the strategy on digital health".)
                let bare = !next_words.first().is_some_and(|n| {
                    matches!(
                        *n,
                        "for"
                            | "on"
                            | "of"
                            | "to"
                            | "against"
                            | "in"
                            | "concerning"
                            | "regarding"
                            | "related"
                            | "relating"
                    )
                });
                if on == [false, false] && title.is_none() && bare && before_noun.ends_with("the ") {
                    on = last_topic.unwrap_or(on);
                }
                // "En matière de sécurité informatique, le pays s'est doté d'une
                // stratégie": the sentence's opening frame names its topic.
                if on == [false, false] && title.is_none() {
                    on = framed_topic(&s.lower).unwrap_or(on);
                }
                // "la sécurité informatique, dont la stratégie remonte à 1999",
                // "information security, whose strategy dates from 1999".
                if on == [false, false] && title.is_none() {
                    if let Some(owner) = [", dont la ", ", whose "]
                        .iter()
                        .find_map(|r| before_noun.strip_suffix(r))
                    {
                        let owner = text::before(owner, owner.len(), 40);
                        on = [text::any(owner, SECURITY), text::any(owner, CRIME)];
                    }
                }
                if on != [false, false] {
                    last_topic = Some(on);
                }
                // A document of neither topic counts only as a stated absence,
                // whose topic is then the clause's: nothing else to read. A
                // document with a name exists: "the Strategic Plan ... has no
                // provisions on cybercrime" denies only what it contains.
                let denies_one = || {
                    clause.starts_with("no ")
                        || not_before(before_noun)
                        || NEGATIVE_PHRASES.any(clause) && (title.is_none() || NEGATIVE_PHRASES.any(before_noun))
                };
                if on == [false, false] && !denies_one() {
                    continue;
                }
                let word = if glued.is_some() { "strategy" } else { word };
                // A document whose object lists both topics ("risks associated
                // to information security, cybercrime and cyberdefense") covers both.
                // "a concept for an Information Security Strategy": not the strategy.
                let lead = text::up_to(s.lower.get(w.start.saturating_sub(60)..w.start).unwrap_or(""), 60);
                let lead_words: Vec<&str> = lead.split_whitespace().rev().take(6).collect();
                // "the implementation programme of the Cyber Security Strategy
                // was published": the programme's publication, not the strategy's.
                let part_of = lead_words
                    .iter()
                    .any(|x| matches!(*x, "concept" | "outline" | "elements" | "components" | "parts"))
                    || text::any(
                        lead,
                        &["programme of the ", "program of the ", "implementation of the "],
                    );
                // "a Regional Strategy on Cybercrime" of a body of states is
                // not the country's own.
                // Nor is "an International cyber strategy" its national one.
                let regional = lead_words
                    .iter()
                    .take(3)
                    .any(|x| matches!(*x, "regional" | "international"))
                    || title.as_deref().is_some_and(|t| {
                        t.split_whitespace()
                            .any(|x| x == "Regional" || REGIONAL_BODIES.contains(&x.trim_matches(['(', ')'])))
                    });
                // "the National Directorate of Cybersecurity Policies": a body
                // named after its work, not a document.
                if title.as_deref().is_some_and(|t| names_a_body(t, word)) {
                    continue;
                }
                // "the Republika Srpska Strategy for fight against cybercrime":
                // a strategy of an entity or province, not of the country.
                if title.as_deref().is_some_and(|t| sub_national(t, &country)) {
                    continue;
                }
                // "Cybersecurity Strategy for the Internet of Things": a strategy
                // for one field, not the nation's.
                if title.as_deref().is_some_and(|t| for_a_field(t, &country)) {
                    continue;
                }
                // "Sectorial program for information security": one sector's, not the nation's.
                if regional
                    || lead_words
                        .iter()
                        .take(4)
                        .any(|x| matches!(*x, "sectoral" | "sectorial"))
                {
                    continue;
                }
                // "The Cybersecurity Strategy of X (14 February 2013).": a
                // document named with its date, alone in its sentence.
                let dated = title.as_deref().and_then(|t| dated_title(&s.text, t));
                // The verb's object starts where the title does.
                let name_at = title
                    .as_deref()
                    .and_then(|t| s.text.get(start..end).and_then(|c| c.find(t)))
                    .unwrap_or(w.start - start);
                let chronicled = chronicle.is_some() && start == 0;
                let present = told_in_present(&s.text, &s.lower, (start, end), title.as_deref(), chronicled, name_at);
                let mut led = None;
                let answer = denied.then_some(StrategyStatus::None);
                let Some(status) = answer
                    .or_else(|| status_of(clause, w.start - start, title.is_some()))
                    .or(dated.map(|_| StrategyStatus::Adopted))
                    .or(present.then_some(StrategyStatus::Adopted))
                    .or_else(|| title_then_verb(page, i, &s.text, title.as_deref()))
                    .or_else(|| {
                        led = lead_in(page, i, &s.text, title.as_deref());
                        led.map(|_| StrategyStatus::Adopted)
                    })
                    .or_else(|| {
                        let next = page.next_in_section(i)?;
                        let last = title.as_deref().is_some_and(|t| title_last(&s.text, t));
                        (last && adopted_back(&next.lower)).then_some(StrategyStatus::Adopted)
                    })
                else {
                    continue;
                };
                // "X Strategy: final draft produced in July 2015; Cabinet approval
                // received.": the next clause, of no other document, adopts it.
                let status = if matches!(status, StrategyStatus::Draft | StrategyStatus::InPreparation)
                    && approved_next(s.lower.get(end..).unwrap_or(""))
                {
                    StrategyStatus::Adopted
                } else if status == StrategyStatus::Adopted && pending_next(s.lower.get(end..).unwrap_or("")) {
                    // "... validated in 2021, but is yet to be adopted": a draft.
                    StrategyStatus::Draft
                } else {
                    status
                };
                if part_of && status == StrategyStatus::Adopted {
                    continue;
                }
                // Only for a document still in the making, whose object the
                // page describes; an adopted one is known by its name.
                if on[0] && !on[1] && status != StrategyStatus::Adopted && listed_together(clause) {
                    on[1] = true;
                }
                // A stated absence names its topic anywhere in the clause:
                // "there is no separate strategy covering cybercrime".
                if status == StrategyStatus::None && !on[0] && !on[1] {
                    on = [text::any(clause, SECURITY), text::any(clause, CRIME)];
                }
                if !on[0] && !on[1] {
                    continue;
                }
                // "Concept of the Information Security of X" is a doctrine; a
                // "Cyber Security Concept" is the strategy.
                if word == "concept" && !title.as_deref().is_some_and(|t| text::lower(t).contains("cyber")) {
                    continue;
                }
                let weak = WEAK_NOUNS.contains(&word) && title.is_none();
                if weak && !text::any(&s.lower, &["strateg", "plan"]) {
                    continue;
                }
                // "the information security policy on ICTs" is an internal
                // rule, not a national strategy: a plan, programme or policy
                // counts with a title of its own, or when stated absent.
                // "frameworks and strategies to combat cybercrime": a plural
                // without a title names no document, only its absence.
                let plural = matches!(word, "strategies" | "policies" | "plans" | "stratégies" | "politiques");
                if plural && title.is_none() && status != StrategyStatus::None {
                    continue;
                }
                let strategy_word = word.starts_with("strat") || word.starts_with("estrat");
                // "a cyber security policy was established in 2015": a policy
                // on the topic itself, introduced as one, is the country's.
                let introduced = word == "policy"
                    && status == StrategyStatus::Adopted
                    && [SECURITY, CRIME].iter().flat_map(|t| t.iter()).any(|t| {
                        ["a ", "a national ", "an "]
                            .iter()
                            .any(|a| lead.ends_with(&format!("{a}{t} ")))
                    });
                if !strategy_word && title.is_none() && status != StrategyStatus::None && !introduced {
                    continue;
                }
                let date = if status == StrategyStatus::Adopted {
                    let own = respective
                        .iter()
                        .find(|&&((a, b), _)| (a..b).contains(&w.start))
                        .map(|(_, d)| *d);
                    own.or(dated)
                        .or_else(|| {
                            let all = sentence_dates.get_or_init(|| super::dates::find_all(&s.text));
                            date_in(&s.text, &s.lower, all, start, end, title.as_deref())
                        })
                        .or(led.flatten())
                        .or(chronicle.filter(|_| start == 0))
                } else {
                    None
                };
                for (slot, on_topic) in best.iter_mut().zip(on) {
                    let better = match slot {
                        Some((current, _, current_title, current_date)) => {
                            let same_rank = rank(status) == rank(*current);
                            rank(status) > rank(*current)
                                || (same_rank
                                    && current_date.is_none()
                                    && date.is_some()
                                    && (current_title.is_none() || *current_title == title))
                                // The latest of two adopted documents is the one in force,
                                // but an information security strategy does not
                                // replace a cyber security one.
                                || (same_rank
                                    && status == StrategyStatus::Adopted
                                    && matches!((current_date, &date), (Some(a), Some(b)) if b.earliest() > a.latest())
                                    && (!cyber_titled(current_title) || cyber_titled(&title)))
                        }
                        None => true,
                    };
                    if on_topic && better {
                        *slot = Some((status, i, title.clone(), date));
                    }
                }
            }
        }
    }
    // "... final draft produced in July 2015. Cabinet has approved it.": the
    // next sentence adopts the document in the making.
    for slot in best.iter_mut() {
        let Some((status, i, _, _)) = slot else {
            continue;
        };
        if !matches!(status, StrategyStatus::Draft | StrategyStatus::InPreparation) {
            continue;
        }
        let Some(next) = page.next_in_section(*i) else {
            continue;
        };
        let first = clauses(&next.lower)
            .first()
            .map_or("", |&(a, b)| next.lower.get(a..b).unwrap_or(""));
        let first = first.trim_end_matches(['.', ' ']);
        let denied = text::any(first, &["not ", "never", " yet"]);
        let it_adopted = IT_ADOPTED
            .iter()
            .any(|v| first.strip_prefix(v).is_some_and(ends_the_verb));
        if !denied && (ADOPTS_IT.iter().any(|v| first.ends_with(v)) || it_adopted) {
            *status = StrategyStatus::Adopted;
        }
    }
    // "The Framework ... was developed by X. It was approved by Parliament in
    // 2012 ...": the date in the next sentence, which speaks of it.
    // The sentence each date was read from, when not the status's own.
    let mut dated_by: [Option<usize>; 2] = [None, None];
    for (slot, from) in best.iter_mut().zip(dated_by.iter_mut()) {
        let Some((status, i, title, date)) = slot else {
            continue;
        };
        if *status != StrategyStatus::Adopted || date.is_some() {
            continue;
        }
        let Some(next) = page.next_in_section(*i) else {
            continue;
        };
        // "Approved budget: EUR 2 million for 2022": a label of something else.
        let other_label = next.lower.split_once(':').is_some_and(|(label, _)| {
            label.split_whitespace().count() <= 3 && !RECORD_DATE.contains(&label) && !adoption_label(label)
        });
        if !other_label
            && (IT_ADOPTED.iter().chain(CONTINUING).any(|b| next.lower.starts_with(b))
                // "The latter" is the document only when its title ends the sentence before.
                || adopted_back(&next.lower)
                    && title
                        .as_deref()
                        .is_some_and(|t| title_last(&page.sentences[*i].text, t)))
        {
            let (start, end) = clauses(&next.lower).first().copied().unwrap_or((0, next.lower.len()));
            *date = date_of(&next.text, &next.lower, start, end, title.as_deref());
            if date.is_some() {
                *from = Some(*i + 1);
            }
        }
        // A record after the title: "Established by: the government" / "Year: 2010".
        if date.is_none() {
            if let Some((k, found)) = record(page, *i).into_iter().find_map(|(k, label, value)| {
                let dated = RECORD_DATE.contains(&label) || adoption_label(label);
                // "Date: 2021-2025" is a period; "Published: draft version only" no adoption.
                let found = super::dates::find_all(value);
                let period = found.len() >= 2 && found[0].bare_year && found[1].bare_year;
                let plain =
                    !period && !text::any(&text::lower(value), &["draft", "not yet", "awaiting", "consultation"]);
                let first = found
                    .into_iter()
                    .find(|f| !value.get(..f.start).is_some_and(|b| b.ends_with('/')));
                first
                    .filter(|_| dated && plain && title_only(page, *i))
                    .map(|f| (k, f.date))
            }) {
                *date = Some(found);
                *from = Some(k);
            }
        }
    }
    let [security, crime] = best;
    d.profile.strategies.cybersecurity = strategy(d, security, dated_by[0]);
    d.profile.strategies.cybercrime = strategy(d, crime, dated_by[1]);
}

#[cfg(test)]
mod tests;
