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
//! December 2019", "Decision No. 973 from 02.12.2015 on approval of"), else a
//! single year ending the title ("National ICT Policy 2009"); a period
//! ("2019-2024") is part of the title, never an adoption date.

use crate::profile::{PartialDate, Strategy, StrategyStatus};

use super::dates;
use super::draft::Draft;
use super::names;
use super::sections::SectionKind;
use super::text::{self, Word};

/// Words naming a policy document, in lower case.
const NOUNS: &[&str] = &[
    "strategy",
    "strategies",
    "stratégie",
    "stratégies",
    "estrategia",
    "estratégia",
    "plan",
    "plans",
    "programme",
    "program",
    "programa",
    "policy",
    "policies",
    "politique",
    "política",
    "document",
    "framework",
];
/// Nouns that name a strategy only with a topic word inside their name.
const WEAK_NOUNS: &[&str] = &["document", "framework", "plans", "program", "programa"];
const SECURITY: &[&str] = &[
    "cybersecurity",
    "cyber security",
    "cyber-security",
    "information security",
    "digital security",
    "cybersécurité",
    "cyber sécurité",
    "sécurité numérique",
    "sécurité des systèmes d'information",
    "sécurité de l'information",
    "ciberseguridad",
    "seguridad digital",
    "cibersegurança",
    "segurança cibernética",
];
const CRIME: &[&str] = &[
    "cybercrime",
    "cyber crime",
    "cyber-crime",
    "cybercriminalité",
    "cibercrimen",
    "cibercriminalidad",
    "cibercrime",
    "high-tech crime",
    "computer crime",
];
const DRAFT: &[&str] = &[
    "draft",
    "projet de stratégie",
    "avant-projet",
    "borrador",
    "anteproyecto",
];
const PREPARATION: &[&str] = &[
    "currently working on",
    "is working on",
    "are working on",
    "being developed",
    "being prepared",
    "being drafted",
    "being finalised",
    "being finalized",
    "being elaborated",
    "in preparation",
    "under development",
    "under preparation",
    "under elaboration",
    "under review",
    "under public consultation",
    "public consultation",
    "is developing",
    "are developing",
    "in the process of",
    "a project on",
    "a project to",
    "brainstorm",
    "work is ongoing",
    "ongoing work",
    "underway",
    "under way",
    "en cours d'élaboration",
    "en préparation",
    "en cours de préparation",
    "en cours de rédaction",
    "en elaboración",
];
const NEGATIVE: &[&str] = &[
    "has not yet adopted",
    "has not adopted",
    "have not adopted",
    "not yet adopted",
    "no separate strategy",
    "there is no ",
    "does not have",
    "do not have",
    "does not yet have",
    "do not yet have",
    "there are no ",
    "currently no ",
    "no national ",
    "doesn't have",
    "has no ",
    "have no ",
    "not have a national",
    "lacks a",
    "no particular ",
    "in absence of",
    "in the absence of",
    "no specific ",
    "no dedicated ",
    "n'a pas encore adopté",
    "n'a pas adopté",
    "ne dispose pas",
    "il n'existe pas",
    "aucune stratégie",
    "pas de stratégie",
    "no cuenta con",
    "no tiene",
];
/// Verbs saying the document exists; the date that goes with them follows.
const ADOPTED: &[&str] = &[
    "adopted",
    "approved",
    "approval of",
    "launched",
    "published",
    "publication of",
    "entered into force",
    "enacted",
    "framed",
    "developed",
    "issued",
    "validated",
    "endorsed",
    "ratifying",
    "promulgated",
    "released",
    "signed into",
    "ran from",
    "runs from",
    "the creation of the",
    "came into force",
    "was established",
    "has established",
    "have established",
    "implementing",
    "implemented",
    "adopté",
    "adoptée",
    "approuvé",
    "approuvée",
    "validé",
    "validée",
    "aprobó",
    "aprobada",
    "aprovada",
    "has a national",
    "has a ",
    "have a ",
    "its current",
    "current ",
];
/// Verbs of a named document that say it exists without a date.
const EXISTS: &[&str] = &[
    "seeks to",
    "aims to",
    "aims at",
    "covers",
    "serves as",
    "recognized that",
    "recognised that",
    "recognizes",
    "recognises",
    "stipulates",
    "envisages",
    "sets out",
    "highlights",
    "focuses on",
    "provides for",
    "is structured",
    "identifies",
    "outlines",
    "defines",
    "includes",
    "contains",
    "addresses",
];
/// Words of a clause that make a statement about the future, not a fact.
const FUTURE: &[&str] = &[
    " will ",
    " should ",
    " would ",
    " needs to be",
    " plans to",
    " intends to",
];
const CLAUSE_BREAKS: &[&str] = &[
    "; ",
    " but ",
    " however",
    "however,",
    " while ",
    " whereas ",
    " mais ",
    " tandis que ",
    " alors que ",
];

/// A status, the sentence stating it, the strategy's title and date.
type Finding = (StrategyStatus, usize, Option<String>, Option<PartialDate>);

fn rank(status: StrategyStatus) -> u8 {
    match status {
        StrategyStatus::Adopted => 4,
        StrategyStatus::Draft => 3,
        StrategyStatus::InPreparation => 2,
        StrategyStatus::None => 1,
    }
}

/// The clauses of a sentence, as byte ranges.
fn clauses(lower: &str) -> Vec<(usize, usize)> {
    let mut cuts: Vec<usize> = CLAUSE_BREAKS
        .iter()
        .flat_map(|b| lower.match_indices(b).map(|(i, _)| i))
        .collect();
    cuts.sort_unstable();
    let mut out = Vec::new();
    let mut start = 0;
    for cut in cuts {
        if cut > start {
            out.push((start, cut));
            start = cut;
        }
    }
    out.push((start, lower.len()));
    out
}

/// The status a clause gives a document named at `noun` (a byte offset in
/// the clause), if it speaks of one; `named` when the document has a
/// capitalised title.
fn status_of(clause: &str, noun: usize, named: bool) -> Option<StrategyStatus> {
    if text::any(clause, NEGATIVE) {
        // "does not have a cybercrime policy; a draft exists" is cut into clauses first.
        if !text::any(clause, DRAFT) {
            return Some(StrategyStatus::None);
        }
    }
    let near = text::up_to(clause.get(noun.saturating_sub(60)..).unwrap_or(clause), 140);
    // "the final draft ..., which has received Cabinet approval" is adopted.
    let approved = text::any(
        clause,
        &[
            "received cabinet approval",
            "received the approval",
            "has received approval",
            "has been approved",
            "was approved",
        ],
    );
    if approved {
        return Some(StrategyStatus::Adopted);
    }
    // "is being drafted" is a document in the making, not a draft.
    let drafting = text::any(clause, &["being drafted", "is drafting", "are drafting"]);
    if text::any(clause, DRAFT) && text::any(near, DRAFT) && !drafting {
        Some(StrategyStatus::Draft)
    } else if text::any(clause, PREPARATION) {
        Some(StrategyStatus::InPreparation)
    } else if text::any(clause, FUTURE) && !text::any(clause, &["adopted", "approved", "framed", "issued"]) {
        None
    } else if text::any(clause, ADOPTED) || (named && text::any(clause, EXISTS)) {
        Some(StrategyStatus::Adopted)
    } else {
        None
    }
}

/// The topics of the document named by word `at`: cybersecurity, cybercrime.
/// Only the words of its name count: up to five words before the noun, and
/// a complement after it ("Plan to Combat Cybercrime", "Strategy for
/// investigation of cybercrime"), without crossing punctuation.
fn topics(s: &str, lower: &str, words: &[Word], at: usize) -> [bool; 2] {
    let joined = |k: usize| {
        k > 0
            && words.get(k).is_some_and(|w| {
                s.get(words[k - 1].end..w.start)
                    .is_some_and(|g| g.chars().all(|c| c.is_whitespace() || c == '/' || c == '-'))
            })
    };
    let mut first = at;
    while first > 0 && at - first < 6 && joined(first) {
        let w = words[first - 1].text(lower);
        if matches!(
            w,
            "a" | "an" | "the" | "its" | "their" | "any" | "no" | "has" | "have" | "of"
        ) && first < at
        {
            break;
        }
        first -= 1;
    }
    let mut last = at;
    let complement = words.get(at + 1).is_some_and(|w| {
        matches!(
            w.text(lower),
            "for"
                | "on"
                | "to"
                | "against"
                | "of"
                | "de"
                | "contre"
                | "sur"
                | "pour"
                | "en"
                | "nationale"
                | "nacional"
                | "related"
                | "relating"
                | "concerning"
                | "regarding"
        )
    });
    if complement {
        while last + 1 < words.len() && last - at < 5 && joined(last + 1) {
            last += 1;
        }
    }
    let name = lower.get(words[first].start..words[last].end).unwrap_or("");
    [text::any(name, SECURITY), text::any(name, CRIME)]
}

/// Whether a clause lists a security topic and cybercrime side by side:
/// "information security, cybercrime and cyberdefense".
fn listed_together(clause: &str) -> bool {
    SECURITY.iter().any(|t| {
        clause.match_indices(t).any(|(at, _)| {
            let after = clause.get(at + t.len()..).unwrap_or("");
            let after = after
                .strip_prefix(", ")
                .or_else(|| after.strip_prefix(" and "))
                .unwrap_or("");
            CRIME.iter().any(|c| after.starts_with(c))
        })
    })
}

/// The title of the document named by word `at`: the capitalised phrase
/// around it, with a period ("2019-2024", "(2020 – 2025)"), a year or a
/// bracketed acronym after it.
fn title(s: &str, words: &[Word], at: usize) -> Option<String> {
    // A title in quotes, as French pages write them: « Stratégie nationale de ... ».
    if let Some(t) = quoted_title(s, words, at) {
        return Some(t);
    }
    // Years are added after the name, never across a linker ("Strategy on the 05.06.2020").
    let capital = |k: usize| {
        words.get(k).is_some_and(|w| {
            let t = w.text(s);
            t.chars().next().is_some_and(char::is_uppercase)
        })
    };
    let linker = |k: usize| words.get(k).is_some_and(|w| names::is_linker(w.text(s)));
    let (first, last) = if capital(at) {
        names::extend(s, words, at, capital, linker)
    } else if at > 0 && capital(at - 1) {
        // "National Cyber Security and Cyber Defense strategy".
        let (first, _) = names::extend(s, words, at - 1, capital, linker);
        (first, at)
    } else {
        // "the national cybercrime strategy" names no title.
        return None;
    };
    // "The Strategy for investigation of cybercrime (2021-2025)": a capitalised
    // noun named by its lower-case complement.
    let mut last = last;
    if first == at
        && last == at
        && words
            .get(at + 1)
            .is_some_and(|w| matches!(w.text(s), "for" | "on" | "to" | "against"))
    {
        let mut k = at + 1;
        while k < words.len()
            && k - at <= 5
            && s.get(words[k - 1].end..words[k].start).is_some_and(|g| g == " ")
            && words[k].text(s).chars().all(char::is_lowercase)
        {
            last = k;
            k += 1;
        }
    }
    let first = if words
        .get(first)
        .is_some_and(|w| matches!(w.text(s), "A" | "An" | "Its" | "This"))
        && first < at
    {
        first + 1
    } else {
        first
    };
    let (start, mut end) = (words.get(first)?.start, words.get(last)?.end);
    // "Policy & Strategy", "Strategy & Action Plan": one title.
    if let Some(rest) = s.get(end..).and_then(|r| r.strip_prefix(" & ")) {
        let next: String = rest.chars().take_while(|c| c.is_alphabetic() || *c == ' ').collect();
        let noun = next.split_whitespace().take(2).last().unwrap_or("");
        if next.starts_with(char::is_uppercase) && NOUNS.contains(&noun.to_lowercase().as_str()) {
            let taken = next.split_whitespace().take(2).collect::<Vec<_>>().join(" ");
            if next.starts_with(&taken) {
                end += 3 + taken.len();
            }
        }
    }
    // A period or a year glued after: "2019-2024", " (2020 – 2025)", " 2009".
    let after = s.get(end..).unwrap_or("");
    let trimmed = after.trim_start_matches([' ', '(']);
    let year_like = |t: &str| t.len() >= 4 && t.as_bytes()[..4].iter().all(u8::is_ascii_digit);
    if year_like(trimmed) && after.len() - trimmed.len() <= 2 {
        let mut k = after.len() - trimmed.len() + 4;
        let rest = &after[k..];
        let dash = rest.trim_start_matches([' ', '-', '–', '—']);
        if dash.len() < rest.len() && rest.len() - dash.len() <= 5 && year_like(dash) {
            k += rest.len() - dash.len() + 4;
        }
        if after.starts_with(" (") && after.get(k..).is_some_and(|r| r.starts_with(')')) {
            k += 1;
        }
        end += k;
    } else if let Some(inner) = after.strip_prefix(" (").and_then(|r| r.split(')').next()) {
        if !inner.is_empty()
            && inner.len() <= 12
            && inner
                .chars()
                .all(|c| c.is_uppercase() || c.is_ascii_digit() || c == '-')
        {
            end += 2 + inner.len() + 1;
        }
    }
    let t = s.get(start..end)?.trim_end_matches([',', '.']).to_string();
    (t.contains(' ') && first != last || t.len() > words[at].text(s).len() + 4).then_some(t)
}

/// The quoted title that word `at` opens: `« Stratégie nationale de
/// cybersécurité 2022 »`, `“Plan against Online Fraud”`.
fn quoted_title(s: &str, words: &[Word], at: usize) -> Option<String> {
    let w = words.get(at)?;
    if !w.text(s).starts_with(char::is_uppercase) {
        return None;
    }
    let open = s.get(..w.start)?.trim_end_matches(' ').chars().last()?;
    let close = match open {
        '«' => '»',
        '“' => '”',
        _ => return None,
    };
    let rest = text::up_to(s.get(w.start..)?, 160);
    let inner = rest.get(..rest.find(close)?)?.trim();
    (inner.split_whitespace().count() >= 2).then(|| inner.to_string())
}

/// Byte ranges of periods ("2019-2024", "from 2014 to 2019") in `s`.
fn periods(s: &str) -> Vec<(usize, usize)> {
    let found = dates::find_all(s);
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
/// `start..end`), else a single year ending the title.
fn date_of(s: &str, lower: &str, start: usize, end: usize, title: Option<&str>) -> Option<PartialDate> {
    let spans = periods(s);
    let in_period = |f: &dates::Found| spans.iter().any(|&(a, b)| f.start >= a && f.end <= b);
    let found: Vec<dates::Found> = dates::find_all(s)
        .into_iter()
        .filter(|f| f.start >= start && f.end <= end && !in_period(f))
        // The year of a reference number: "Law No. 2/2017", "2019/1234".
        .filter(|f| !s.get(..f.start).is_some_and(|b| b.ends_with('/')))
        .collect();
    let clause = lower.get(start..end).unwrap_or("");
    let verb = ADOPTED
        .iter()
        .filter(|v| {
            !matches!(
                **v,
                "has a national" | "has a " | "have a " | "its current" | "current "
            )
        })
        .filter_map(|v| clause.find(v).map(|at| (at + start, at + start + v.len())))
        .min();
    if let Some((verb_start, verb_end)) = verb {
        // After the verb, within the clause: "adopted in December 2019".
        if let Some(f) = found.iter().find(|f| f.start >= verb_end && f.start < verb_end + 80) {
            return Some(f.date);
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
        // "In 2014, the Ministry ... developed a Strategy": the date opening
        // the sentence, when it is the only one before the verb.
        let opening: Vec<&dates::Found> = found.iter().filter(|f| f.end <= verb_start).collect();
        if let [f] = opening.as_slice() {
            let lead = lower.get(start..f.start).unwrap_or("").trim();
            if start == 0 && matches!(lead, "in" | "on" | "since" | "en" | "le") {
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
        // "National ICT Policy 2009": a single year ending the title.
        let tail = t.trim_end_matches(')');
        if let Some(f) = dates::find_all(t).last() {
            let ends = f.end == tail.len();
            let period = !periods(t).is_empty();
            if ends && !period {
                return Some(f.date);
            }
        }
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

/// Finds the strategies and writes them into the profile.
pub fn extract(d: &mut Draft) {
    let page = d.page;
    let mut best: [Option<Finding>; 2] = [None, None];
    for (i, s) in page.sentences.iter().enumerate() {
        if matches!(
            page.kind(s),
            SectionKind::Status | SectionKind::Sources | SectionKind::Jurisprudence
        ) || !text::any(
            &s.lower,
            &["strat", "plan", "program", "polic", "politi", "document", "framework"],
        ) {
            continue;
        }
        let words = text::words(&s.text);
        for (start, end) in clauses(&s.lower) {
            let clause = s.lower.get(start..end).unwrap_or("");
            for (k, w) in words.iter().enumerate() {
                if w.start < start || w.end > end {
                    continue;
                }
                let word = w.text(&s.lower);
                // A topic glued to its noun: "Cybercrimestrategy".
                let glued = word
                    .strip_suffix("strategy")
                    .filter(|p| !p.is_empty() && (text::any(p, CRIME) || text::any(p, SECURITY)));
                if !NOUNS.contains(&word) && glued.is_none() {
                    continue;
                }
                let mut on = match glued {
                    Some(p) => [text::any(p, SECURITY), text::any(p, CRIME)],
                    None => topics(&s.text, &s.lower, &words, k),
                };
                let word = if glued.is_some() { "strategy" } else { word };
                // A document whose object lists both topics ("risks associated
                // to information security, cybercrime and cyberdefense") covers both.
                let title = title(&s.text, &words, k);
                // "a concept for an Information Security Strategy": not the strategy.
                let lead = text::up_to(s.lower.get(w.start.saturating_sub(60)..w.start).unwrap_or(""), 60);
                let lead_words: Vec<&str> = lead.split_whitespace().rev().take(6).collect();
                let part_of = lead_words
                    .iter()
                    .any(|x| matches!(*x, "concept" | "outline" | "elements" | "components" | "parts"));
                let Some(status) = status_of(clause, w.start - start, title.is_some()) else {
                    continue;
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
                if !strategy_word && title.is_none() && status != StrategyStatus::None {
                    continue;
                }
                let date = if status == StrategyStatus::Adopted {
                    date_of(&s.text, &s.lower, start, end, title.as_deref())
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
                                // The latest of two adopted documents is the one in force.
                                || (same_rank
                                    && status == StrategyStatus::Adopted
                                    && matches!((current_date, &date), (Some(a), Some(b)) if b.earliest() > a.latest()))
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
    // "The Framework ... was developed by X. It was approved by Parliament in
    // 2012 ...": the date in the next sentence, which speaks of it.
    for (status, i, title, date) in best.iter_mut().flatten() {
        if *status != StrategyStatus::Adopted || date.is_some() {
            continue;
        }
        let Some(next) = page
            .sentences
            .get(*i + 1)
            .filter(|n| n.section == page.sentences[*i].section)
        else {
            continue;
        };
        let back = [
            "it was adopted",
            "it was approved",
            "it was launched",
            "it was published",
            "it was endorsed",
            "it was validated",
        ];
        if back.iter().any(|b| next.lower.starts_with(b)) {
            let (start, end) = clauses(&next.lower).first().copied().unwrap_or((0, next.lower.len()));
            *date = date_of(&next.text, &next.lower, start, end, title.as_deref());
        }
    }
    let [security, crime] = best;
    d.profile.strategies.cybersecurity = strategy(d, security);
    d.profile.strategies.cybercrime = strategy(d, crime);
}

fn strategy(d: &mut Draft, found: Option<Finding>) -> Strategy {
    let Some((status, i, title, year)) = found else {
        return Strategy::default();
    };
    Strategy {
        status: Some(d.fact(status, i)),
        title: title.filter(|_| status != StrategyStatus::None).map(|t| d.fact(t, i)),
        year: year.map(|y| d.fact(y, i)),
        ..Strategy::default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn title_of(s: &str, noun: &str) -> Option<String> {
        let words = text::words(s);
        let at = words.iter().position(|w| w.text(s) == noun)?;
        title(s, &words, at)
    }

    #[test]
    fn titles_keep_capitalised_phrases_periods_and_acronyms() {
        let s = "The government is currently working on a project on National Strategy for Information Security (NSIS), it seeks";
        assert_eq!(
            title_of(s, "Strategy").as_deref(),
            Some("National Strategy for Information Security (NSIS)")
        );
        assert_eq!(
            title_of("the National Cyber Security Strategy 2019-2023 was adopted", "Strategy").as_deref(),
            Some("National Cyber Security Strategy 2019-2023")
        );
        assert_eq!(
            title_of("The National Cyber Security Strategy (2020 – 2025) seeks", "Strategy").as_deref(),
            Some("National Cyber Security Strategy (2020 – 2025)")
        );
        assert_eq!(title_of("a strategy", "strategy"), None);
        assert_eq!(
            title_of("the « Stratégie nationale de cybersécurité 2025 » (SNC)", "Stratégie").as_deref(),
            Some("Stratégie nationale de cybersécurité 2025")
        );
    }

    #[test]
    fn topics_come_from_the_name_not_the_clause() {
        let t = |s: &str, noun: &str| {
            let lower = text::lower(s);
            let words = text::words(s);
            let at = words.iter().position(|w| w.text(s) == noun).expect("noun");
            topics(s, &lower, &words, at)
        };
        assert_eq!(
            t("the National Cyber Security Strategy addresses cybercrime", "Strategy"),
            [true, false]
        );
        assert_eq!(
            t("a National Plan to Combat Cybercrime was adopted", "Plan"),
            [false, true]
        );
        assert_eq!(t("does not have a cybercrime policy", "policy"), [false, true]);
    }

    #[test]
    fn statuses_and_their_dates() {
        assert_eq!(
            status_of("has not yet adopted a national cyber security strategy", 40, false),
            Some(StrategyStatus::None)
        );
        assert_eq!(
            status_of("a project to develop a cybercrime strategy is underway", 25, false),
            Some(StrategyStatus::InPreparation)
        );
        assert_eq!(
            status_of("the strategy seeks to build", 4, true),
            Some(StrategyStatus::Adopted)
        );
        let s = "National Cyber Security Strategy 2019-2024 was adopted in December 2019.";
        let d = date_of(
            s,
            &text::lower(s),
            0,
            s.len(),
            Some("National Cyber Security Strategy 2019-2024"),
        );
        assert_eq!(d.map(|d| d.to_string()).as_deref(), Some("2019-12"));
        let s = "The Strategy 2016-2021 seeks to protect.";
        assert_eq!(
            date_of(s, &text::lower(s), 0, s.len(), Some("Strategy 2016-2021")),
            None
        );
        assert_eq!(clauses("a; b but c").len(), 3);
    }
}
