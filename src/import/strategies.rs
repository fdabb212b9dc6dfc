//! Cybersecurity and cybercrime strategies: two facts, since a page can say
//! one exists and the other does not.
//!
//! Each clause (a sentence cut at `;`, "but", "however", "while") that
//! speaks of a strategy is read for its topic (cybersecurity or information
//! security; cybercrime; a clause can be about both) and its status: a draft,
//! one in preparation, an explicit negative ("has not yet adopted", "no
//! separate strategy") giving `none`, or one adopted. Across the page the
//! strongest status wins: adopted, then draft, then in preparation, then
//! none (a page saying "not yet adopted" and "a draft exists" means a draft).

use crate::profile::{PartialDate, Strategy, StrategyStatus};

use super::dates;
use super::draft::Draft;
use super::names;
use super::sections::SectionKind;
use super::text;

const STRATEGY: &[&str] = &["strateg", "stratég", "estrategia"];
const SECURITY: &[&str] = &[
    "cybersecurity",
    "cyber security",
    "cyber-security",
    "information security",
    "cybersécurité",
    "cyber sécurité",
    "sécurité des systèmes d'information",
    "sécurité de l'information",
    "ciberseguridad",
];
const CRIME: &[&str] = &[
    "cybercrime",
    "cyber crime",
    "cyber-crime",
    "cybercriminalité",
    "cibercrimen",
    "cyber criminal",
];
const DRAFT: &[&str] = &["draft", "projet de stratégie", "avant-projet", "borrador"];
const PREPARATION: &[&str] = &[
    "currently working on",
    "is working on",
    "are working on",
    "being developed",
    "being prepared",
    "being drafted",
    "in preparation",
    "under development",
    "under preparation",
    "is developing",
    "in the process of",
    "a project on",
    "en cours d'élaboration",
    "en préparation",
    "en cours de préparation",
    "en cours de rédaction",
];
const NEGATIVE: &[&str] = &[
    "has not yet adopted",
    "has not adopted",
    "have not adopted",
    "not yet adopted",
    "no separate strategy",
    "there is no ",
    "does not have a",
    "has no ",
    "not have a national",
    "n'a pas encore adopté",
    "n'a pas adopté",
    "il n'existe pas",
    "aucune stratégie",
    "pas de stratégie",
    "no cuenta con",
];
const ADOPTED: &[&str] = &[
    "adopted",
    "approved",
    "launched",
    "published",
    "entered into force",
    "adopté",
    "approuvé",
    "was issued",
    "has a national",
    "aprobó",
];
const CLAUSE_BREAKS: &[&str] = &[
    "; ",
    " but ",
    " however",
    " while ",
    " whereas ",
    " mais ",
    " tandis que ",
    " alors que ",
];

/// A status, the sentence stating it, the strategy's title and year.
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

/// The status a clause gives, if it speaks of one.
fn status_of(clause: &str) -> Option<StrategyStatus> {
    if text::any(clause, DRAFT) {
        Some(StrategyStatus::Draft)
    } else if text::any(clause, PREPARATION) {
        Some(StrategyStatus::InPreparation)
    } else if text::any(clause, NEGATIVE) {
        Some(StrategyStatus::None)
    } else if text::any(clause, ADOPTED) {
        Some(StrategyStatus::Adopted)
    } else {
        None
    }
}

/// The title of a strategy named in `clause`: the capitalised phrase around
/// a capitalised "Strategy", with a bracketed acronym after it.
fn title(clause: &str) -> Option<String> {
    let words = text::words(clause);
    let at = words
        .iter()
        .position(|w| matches!(w.text(clause), "Strategy" | "Stratégie" | "Estrategia"))?;
    let capital = |k: usize| {
        words.get(k).is_some_and(|w| {
            w.text(clause)
                .chars()
                .next()
                .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
        })
    };
    let linker = |k: usize| {
        words.get(k).is_some_and(|w| {
            matches!(
                w.text(clause),
                "for" | "on" | "of" | "and" | "de" | "la" | "du" | "des" | "en" | "et" | "pour" | "sur"
            )
        })
    };
    let (first, last) = names::extend(clause, &words, at, capital, linker);
    let (start, mut end) = (words.get(first)?.start, words.get(last)?.end);
    // A bracketed acronym right after: (NSIS).
    let after = clause.get(end..)?;
    if let Some(inner) = after.strip_prefix(" (").and_then(|r| r.split(')').next()) {
        if !inner.is_empty()
            && inner.len() <= 12
            && inner
                .chars()
                .all(|c| c.is_uppercase() || c.is_ascii_digit() || c == '-')
        {
            end += 2 + inner.len() + 1;
        }
    }
    clause.get(start..end).map(str::to_string).filter(|t| t.contains(' '))
}

/// Finds the strategies and writes them into the profile.
pub fn extract(d: &mut Draft) {
    let page = d.page;
    // Per topic: (status, sentence, title, year).
    let mut best: [Option<Finding>; 2] = [None, None];
    for (i, s) in page.sentences.iter().enumerate() {
        if matches!(
            page.kind(s),
            SectionKind::Status | SectionKind::Sources | SectionKind::Jurisprudence
        ) || !text::any(&s.lower, STRATEGY)
        {
            continue;
        }
        for (start, end) in clauses(&s.lower) {
            let clause = s.lower.get(start..end).unwrap_or("");
            if !text::any(clause, STRATEGY) {
                continue;
            }
            let Some(status) = status_of(clause) else {
                continue;
            };
            let original = s.text.get(start..end).unwrap_or("");
            let year = if status == StrategyStatus::Adopted {
                dates::find_all(original).first().map(|f| f.date)
            } else {
                None
            };
            let topics = [text::any(clause, SECURITY), text::any(clause, CRIME)];
            for (slot, on_topic) in best.iter_mut().zip(topics) {
                let better = match slot {
                    Some((current, ..)) => rank(status) > rank(*current),
                    None => true,
                };
                if on_topic && better {
                    *slot = Some((status, i, title(original), year));
                }
            }
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

    #[test]
    fn titles_keep_capitalised_phrases_and_acronyms() {
        let s = "The government is currently working on a project on National Strategy for Information Security (NSIS), it seeks";
        assert_eq!(
            title(s).as_deref(),
            Some("National Strategy for Information Security (NSIS)")
        );
        assert_eq!(
            title("the National Cyber Security Strategy 2019-2023 was adopted").as_deref(),
            Some("National Cyber Security Strategy 2019-2023")
        );
        assert_eq!(title("a strategy"), None);
    }

    #[test]
    fn negatives_yield_none_and_drafts_beat_them() {
        assert_eq!(
            status_of("has not yet adopted a national cyber security strategy"),
            Some(StrategyStatus::None)
        );
        assert_eq!(
            status_of("there is no separate strategy covering cybercrime specifically"),
            Some(StrategyStatus::None)
        );
        assert_eq!(
            status_of("has not yet adopted a strategy; a draft exists"),
            Some(StrategyStatus::Draft)
        );
        assert_eq!(clauses("a; b but c").len(), 3);
    }
}
