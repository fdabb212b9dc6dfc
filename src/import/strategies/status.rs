//! The status a clause gives a document, and the topics of its name.

use crate::profile::StrategyStatus;

use super::super::text::{self, Word};
use super::denials::{denied_before, negated_adoption};
use super::verbs::{
    adopted_as_subject, adoption_happened, asserted_adoption, established, exists_as_subject, governed_adoption,
    in_progress, pending, took_place, work_started,
};
use super::voices::{ASIDE_VERBS, NO_DOCUMENT};
use super::words::*;

/// The clauses of a sentence, as byte ranges.
pub(super) fn clauses(lower: &str) -> Vec<(usize, usize)> {
    let mut cuts: Vec<usize> = CLAUSE_BREAK_PHRASES.starts(lower);
    // "drafted by the Ministry; implemented from November 2016": a clause
    // that opens with the document's own verb goes on speaking of it.
    cuts.retain(|&c| {
        let rest = lower.get(c..).unwrap_or("").trim_start_matches([';', ',', ' ']);
        // "... which the government has prepared but which remains a draft".
        let same_subject = ["but which ", "but it ", "but that "]
            .iter()
            .any(|v| rest.starts_with(v));
        // "A Strategy on cybersecurity, however, has still not been adopted":
        // a "however" between commas before the clause's verb cuts nothing.
        // Only after a short subject: "X has adopted a Strategy in 2017,
        // however, does not have ..." is two clauses.
        // (Read in a window: a long line is not scanned again for each cut.)
        let subject = text::before(lower, c, 90);
        let short = subject.len() == c || subject.contains(['.', ';', ':']);
        let short = short
            && subject
                .rsplit(['.', ';', ':'])
                .next()
                .unwrap_or(subject)
                .split_whitespace()
                .count()
                <= 7;
        // ("The Government did, however, launch the Policy": the aside
        // inside the verb.)
        let auxiliary = [" did,", " does,", " has,", " have,", " had,"]
            .iter()
            .any(|a| subject.trim_end().ends_with(a));
        let aside = short && subject.trim_end().ends_with(',') && {
            let after = rest.trim_start_matches("however").trim_start_matches([',', ' ']);
            rest.starts_with("however,") && (auxiliary || ASIDE_VERBS.iter().any(|v| after.starts_with(v)))
        };
        // "In 2019, however, the Government launched ...": a fronted date,
        // not a clause of its own.
        let opening = subject.rsplit(['.', ';', ':']).next().unwrap_or(subject).trim();
        let fronted = rest.starts_with("however,")
            && opening.ends_with(',')
            && ["in ", "on ", "since ", "by ", "from "]
                .iter()
                .any(|p| opening.starts_with(p))
            && opening.contains(|c: char| c.is_ascii_digit())
            && opening.split_whitespace().count() <= 5;
        !CONTINUING.iter().any(|v| rest.starts_with(v)) && !same_subject && !aside && !fronted
    });
    // "While X has no cybercrime strategy, a Cyber Security Strategy was
    // adopted": a fronted subordinate clause ends at its comma.
    let fronted_by = [
        "while ",
        "whereas ",
        "although ",
        "though ",
        "even though ",
        "alors que ",
        "bien que ",
    ]
    .iter()
    .find(|w| lower.starts_with(*w));
    // (Not when the main clause goes on about the same document: "While a
    // Strategy has been drafted, the latter remains a draft".)
    if let Some(w) = fronted_by {
        if let Some(comma) = lower.get(w.len()..).and_then(|r| r.find(", ")) {
            let main = lower.get(w.len() + comma + 2..).unwrap_or("");
            if !["the latter", "it ", "this ", "the said"]
                .iter()
                .any(|b| main.starts_with(b))
            {
                cuts.push(w.len() + comma + 1);
            }
        }
    }
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
pub(super) fn status_of(clause: &str, noun: usize, named: bool) -> Option<StrategyStatus> {
    // "does not exist yet; a draft is being prepared": not an absence, and
    // no word on how far it has come.
    if text::any(
        clause,
        &[
            "does not exist yet",
            "does not yet exist",
            "n'existe pas encore",
            "n’existe pas encore",
            "no existe todavía",
            "no existe aún",
        ],
    ) && !text::any(clause, DRAFT)
    {
        return None;
    }
    // "the Concept was given the status neither of a strategy nor of a
    // policy": what another document is not, no word on this one.
    if text::any(
        text::before(clause, noun, 60),
        &[
            "status neither",
            "status of neither",
            "status of no ",
            "no status of",
            "not the status of",
        ],
    ) {
        return None;
    }
    // "The National Cybersecurity Strategy has no provisions on cybercrime":
    // after a document's name, "has no" denies what it contains, not that it
    // exists.
    let of_contents = named && !NEGATIVE_PHRASES.any(clause.get(..noun).unwrap_or("")) && {
        let after = text::up_to(clause.get(noun..).unwrap_or(""), 200);
        let hits: Vec<&str> = NEGATIVE.iter().copied().filter(|p| after.contains(p)).collect();
        !hits.is_empty()
            && hits.iter().all(|p| {
                matches!(
                    *p,
                    "has no "
                        | "have no "
                        | "there is no "
                        | "there are no "
                        | "not any "
                        | "no specific "
                        | "no dedicated "
                        | "no particular "
                )
            })
    };
    // "has yet to adopt an action plan for the National Strategy": the
    // denial is another document's.
    let of_another = named && {
        let hits = NEGATIVE_PHRASES.starts(clause.get(..noun).unwrap_or(""));
        !hits.is_empty()
            && hits.iter().all(|&h| {
                let between = text::up_to(clause.get(h..noun).unwrap_or(""), 200);
                text::words(between).iter().any(|w| {
                    let w = w.text(between);
                    NOUNS.contains(&w) && !matches!(w, "strategy" | "policy" | "stratégie" | "politique")
                })
            })
    };
    let absent = (NEGATIVE_PHRASES.any(clause) && !of_contents && !of_another)
        || clause.starts_with("no strategy ")
        || clause.starts_with("no policy ")
        || denied_before(clause, noun);
    let not_adopted = negated_adoption(clause);
    let near = text::up_to(clause.get(noun.saturating_sub(60)..).unwrap_or(clause), 140);
    if absent || not_adopted {
        // "was still preparing a Strategy, which had not yet been adopted":
        // one in the making, which only its adoption is denied.
        // "the strategy itself is not yet adopted": the document the clause
        // is about exists, only its adoption is still to come.
        // (Not "A cybercrime strategy is not yet adopted": none.)
        let definite = clause
            .get(..noun)
            .unwrap_or("")
            .split_whitespace()
            .rev()
            .take(3)
            .any(|w| matches!(w, "the" | "this" | "its"));
        let subject_pending = not_adopted
            && definite
            && clause.get(noun..).is_some_and(|after| {
                let after = text::up_to(after, 60);
                [" is not yet ", " has not yet been "]
                    .iter()
                    .any(|p| after.contains(p))
                    // "is not yet even being drafted", "no work on it has started".
                    && !text::any(after, &["not yet even", "no work", "nothing"])
            });
        // ("is not yet even being drafted": nothing in the making.)
        let making = (PREPARATION_PHRASES.any(clause) || in_progress(clause) || subject_pending)
            && !text::any(clause, &["not even", "not yet even"]);
        if making && !denied_before(clause, noun) && !text::any(clause, NO_DOCUMENT) {
            return Some(StrategyStatus::InPreparation);
        }
        // "does not have a cybercrime policy; a draft exists" is cut into
        // clauses first; "Although a Draft Law has been discussed since 2016,
        // X does not yet have a cybercrime strategy": a draft of another text.
        if !text::any(near, DRAFT) {
            return Some(StrategyStatus::None);
        }
    }
    // "finalised and awaiting approval": a draft, unless the clause then
    // says it was adopted ("submitted for approval in 2017 and adopted in 2018").
    let pending = pending(clause, noun);
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
    // "prepared by the Ministry in July 2015 and subsequently approved by
    // Cabinet": an adoption with its agent, not denied nor to come.
    let by_agent = ["approved by ", "adopted by ", "endorsed by ", "validated by "]
        .iter()
        .any(|v| {
            clause.match_indices(v).any(|(at, _)| {
                // Not "before it can be approved by", "once approved by".
                !text::any(
                    text::before(clause, at, 24),
                    &[" be ", "once", "until", "before", " if ", "when "],
                )
            })
        })
        && !not_adopted
        && !pending
        && !text::any(clause, FUTURE)
        && !text::any(clause, FUTURE_ADOPTION);
    // "The adoption of X, the drafting of which ..., took place in 2015".
    if approved && !pending || by_agent || adoption_happened(clause) {
        return Some(StrategyStatus::Adopted);
    }
    // "drafted in 2015 and adopted in 2017": the drafting came first, the
    // adoption last.
    let drafted_then_adopted = text::any(clause, &["drafted in", "drafted by", "drafted between"])
        && text::any(
            clause,
            &[" and adopted", ", adopted", "was adopted", "adopted in ", "adopted on "],
        )
        && !text::any(clause, &["never", "not adopted", "not been adopted", "not yet"]);
    if drafted_then_adopted && !text::any(clause, FUTURE) {
        return Some(StrategyStatus::Adopted);
    }
    // "is being drafted" is a document in the making, not a draft.
    let drafting = text::any(
        clause,
        &[
            "being drafted",
            "is drafting",
            "are drafting",
            "for drafting",
            "drafting of the",
            "to draft",
        ],
    );
    // "drafted by the Ministry": who wrote it, not that it is still a draft.
    let (clause_d, near_d) = (clause.replace("drafted by", ""), near.replace("drafted by", ""));
    if (text::any(&clause_d, DRAFT) && text::any(&near_d, DRAFT) || draft_of_a_document(near) || pending) && !drafting {
        Some(StrategyStatus::Draft)
    } else if PREPARATION_PHRASES.any(clause) || work_started(clause) || in_progress(clause) {
        // "is not yet even being drafted": nothing in the making.
        (!text::any(clause, &["not even", "not yet even"])).then_some(StrategyStatus::InPreparation)
    } else if adopted_as_subject(clause, noun) {
        // "X was unveiled in 2018", "X will expire at the end of 2017".
        Some(StrategyStatus::Adopted)
    } else if text::any(clause, FUTURE) && !took_place(clause)
        || text::any(clause, FUTURE_ADOPTION) && !text::any(clause, PAST_ADOPTION)
    {
        // "is expected to be adopted in 2025": not adopted yet, and no guess
        // at how far it has come.
        None
    } else if asserted_adoption(clause)
        || (named && exists_as_subject(clause, noun))
        || established(clause, noun)
        || governed_adoption(clause, noun)
    {
        Some(StrategyStatus::Adopted)
    } else {
        None
    }
}

/// "un projet de première Estratégia Nacional": the French "projet de"
/// with a document noun a few words on is a draft of that document (but "le
/// projet GLACY" or "un projet de coopération" is a project).
fn draft_of_a_document(near: &str) -> bool {
    ["projet de ", "projet d'", "projet d’"].iter().any(|p| {
        near.match_indices(p).any(|(at, _)| {
            let ahead = text::up_to(&near[at + p.len()..], 40);
            text::words(ahead)
                .iter()
                .take(4)
                .any(|w| NOUNS.contains(&w.text(ahead)) || w.text(ahead).starts_with("estrat"))
        })
    })
}

/// The topics of the document named by word `at`: cybersecurity, cybercrime.
/// Only the words of its name count: up to five words before the noun, and
/// a complement after it ("Plan to Combat Cybercrime", "Strategy for
/// investigation of cybercrime"), without crossing punctuation.
pub(super) fn topics(s: &str, lower: &str, words: &[Word], at: usize) -> [bool; 2] {
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
                // "a strategy dedicated to fighting cybercrime".
                | "dedicated"
                | "devoted"
                | "focused"
                | "consacrée"
                | "consacré"
                | "dédiée"
                | "dédié"
        )
    });
    if complement {
        while last + 1 < words.len() && last - at < 7 && joined(last + 1) {
            last += 1;
        }
    }
    let name = lower.get(words[first].start..words[last].end).unwrap_or("");
    // "a national strategy in the field of cybersecurity": the field names it.
    let after = lower.get(words[at].end..).unwrap_or("");
    let field = [
        " in the field of ",
        " in the area of ",
        " in the domain of ",
        " in the sphere of ",
    ]
    .iter()
    .find_map(|p| after.strip_prefix(p))
    .map_or("", |rest| {
        let rest = text::up_to(rest, 40).split([',', ';', '.', '(']).next().unwrap_or("");
        // The field's own words ("cyber security"), not the clause after it.
        let end = rest.match_indices(' ').nth(1).map_or(rest.len(), |(at, _)| at);
        &rest[..end]
    });
    [
        text::any(name, SECURITY) || text::any(field, SECURITY),
        text::any(name, CRIME) || text::any(field, CRIME),
    ]
}

/// Whether a clause lists a security topic and cybercrime side by side:
/// "information security, cybercrime and cyberdefense".
pub(super) fn listed_together(clause: &str) -> bool {
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
