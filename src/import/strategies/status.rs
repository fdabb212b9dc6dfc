//! The status a clause gives a document, and the topics of its name.

use crate::profile::StrategyStatus;

use super::super::text::{self, Word};
use super::denials::{denied_before, negated_adoption};
use super::voices::{ADOPTION_NOUNS, ASIDE_VERBS, EVENT_HAPPENED, GOVERNING_ADOPTED, IN_PLACE_AFTER, NO_DOCUMENT};
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
        let aside = short && subject.trim_end().ends_with(',') && {
            let after = rest.trim_start_matches("however").trim_start_matches([',', ' ']);
            rest.starts_with("however,") && ASIDE_VERBS.iter().any(|v| after.starts_with(v))
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
    // "the Concept was given the status neither of a strategy nor of a
    // policy": what another document is not, no word on this one.
    if text::any(
        text::before(clause, noun, 60),
        &[
            "status neither",
            "status of neither",
            "status of no ",
            "status of a ",
            "status of an ",
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
        && !text::any(clause, FUTURE)
        && !text::any(clause, FUTURE_ADOPTION);
    // "The adoption of X, the drafting of which ..., took place in 2015".
    if approved || by_agent || adoption_happened(clause) {
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
    if (text::any(&clause_d, DRAFT) && text::any(&near_d, DRAFT) || draft_of_a_document(near)) && !drafting {
        Some(StrategyStatus::Draft)
    } else if PREPARATION_PHRASES.any(clause) || work_started(clause) || in_progress(clause) {
        // "is not yet even being drafted": nothing in the making.
        (!text::any(clause, &["not even", "not yet even"])).then_some(StrategyStatus::InPreparation)
    } else if text::any(clause, FUTURE) && !took_place(clause)
        || text::any(clause, FUTURE_ADOPTION) && !text::any(clause, PAST_ADOPTION)
    {
        // "is expected to be adopted in 2025": not adopted yet, and no guess
        // at how far it has come.
        None
    } else if ADOPTED_PHRASES.any(clause)
        || (named && exists_as_subject(clause, noun))
        || established(clause, noun)
        || governed_adoption(clause, noun)
    {
        Some(StrategyStatus::Adopted)
    } else {
        None
    }
}

/// "Work on a National Cyber Security Strategy started in 2019": the
/// sentence's subject is the work on the document, under way.
fn work_started(clause: &str) -> bool {
    let clause = clause.trim_start();
    clause.starts_with("work on ")
        && !text::any(
            text::up_to(clause, 40),
            &["implementation", "revision", "review", "update"],
        )
        && text::any(clause, &[" started", " began", " begun", " continues"])
}

/// A verb that adopts the document it governs, a few words before it
/// ("unveiled the country's first"), or "in place" right after it ("has the
/// X Strategy 2019 in place"); no other document nor a preposition between.
fn governed_adoption(clause: &str, noun: usize) -> bool {
    let free = |between: &str| {
        let words: Vec<&str> = between.split_whitespace().collect();
        words.len() <= 6
            && !words.iter().any(|w| {
                NOUNS.contains(w)
                    || matches!(
                        *w,
                        "to" | "towards" | "for" | "of" | "on" | "about" | "but" | "no" | "not"
                    )
            })
    };
    let governed = governs(clause, noun, GOVERNING_ADOPTED, free);
    let after = clause.get(noun..).map_or("", |a| text::up_to(a, 80));
    let in_place = IN_PLACE_AFTER.iter().any(|v| {
        after.find(v).is_some_and(|at| {
            let between = after.get(..at).unwrap_or("");
            // Past the document's own word, then its period or place.
            let between = between.split_once(' ').map_or("", |(_, r)| r);
            free(between) && !text::any(after, &["not ", "no ", "yet"])
        })
    });
    governed || in_place
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

/// Whether the clause says the document at `noun` was established, the verb
/// governing it: "the government established a cyber-strategy" (but not
/// "established a committee to develop a strategy").
fn established(clause: &str, noun: usize) -> bool {
    governs(clause, noun, ESTABLISHED, |between| {
        between.len() <= 30 && !between.contains(" to ")
    })
}

/// Whether one of `verbs` governs the document at byte `noun`: its last
/// use before it (in a window of 80 bytes) with what lies between them
/// passing `close`.
fn governs(clause: &str, noun: usize, verbs: &[&str], close: impl Fn(&str) -> bool) -> bool {
    let before = text::before(clause, noun, 80);
    verbs.iter().any(|v| {
        before
            .rfind(v)
            .is_some_and(|at| close(before.get(at + v.len()..).unwrap_or("")))
    })
}

/// Whether a clause says a document's adoption took place: an adoption verb
/// not put in the future ("has been implemented since 2017, ... through
/// which they will be achieved", but not "will be adopted").
fn took_place(clause: &str) -> bool {
    const VERBS: &[&str] = &[
        "adopted",
        "approved",
        "framed",
        "issued",
        "implemented",
        "published",
        "launched",
        "validated",
        "endorsed",
    ];
    VERBS.iter().any(|v| {
        clause.match_indices(v).any(|(at, _)| {
            let before = clause[..at].trim_end();
            // "will be published and launched": the second verb is future too.
            let coordinated = before
                .strip_suffix(" and")
                .or_else(|| before.strip_suffix(','))
                .and_then(|b| b.trim_end().rsplit_once(' '))
                .is_some_and(|(b, _)| b.ends_with(" be"));
            !before.ends_with(" be") && !coordinated
        })
    })
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

/// Whether the clause puts a drafting verb in the progressive, an adverb or
/// two between: "is at the moment developing a national strategy", "was
/// still preparing" (but not "is responsible for developing").
fn in_progress(clause: &str) -> bool {
    const VERBS: &[&str] = &[
        "developing",
        "preparing",
        "drafting",
        "redrafting",
        "drawing",
        "elaborating",
        "finalising",
        "finalizing",
        "formulating",
    ];
    VERBS.iter().any(|v| {
        clause.match_indices(v).any(|(at, _)| {
            // A whole word, an auxiliary up to four words before it.
            let whole = !clause[..at].ends_with(|c: char| c.is_alphanumeric())
                && !clause[at + v.len()..].starts_with(|c: char| c.is_alphanumeric());
            let before: Vec<&str> = text::before(clause, at, 48).split_whitespace().rev().take(4).collect();
            whole
                && before
                    .first()
                    .is_some_and(|p| !matches!(*p, "for" | "of" | "in" | "to" | "by" | "on" | "at" | "with" | "about"))
                && before
                    .iter()
                    .any(|b| matches!(*b, "is" | "are" | "was" | "were" | "been"))
        })
    })
}

/// Whether the clause tells the document's adoption as an event that took
/// place: "The adoption of the National Strategy ... took place in 2015".
fn adoption_happened(clause: &str) -> bool {
    // The event is the clause's subject: "The adoption of X ... took place",
    // not "A workshop on the adoption of X took place".
    let opening = clause.trim_start().trim_start_matches("the ");
    let Some(noun) = ADOPTION_NOUNS.iter().find(|n| opening.starts_with(**n)) else {
        return false;
    };
    let after = &opening[noun.len()..];
    let Some(e) = EVENT_HAPPENED.iter().filter_map(|e| after.find(e)).min() else {
        return false;
    };
    // "The publication of the draft ... for public comments took place".
    let between = &after[..e];
    !between.contains(" not")
        && !text::any(between, FUTURE)
        // (but "the drafting of which ... took place" is told of the adopted text).
        && !text::any(between, &[" draft ", "consultation", "comment", " review"])
}

/// Whether the clause says a named document exists with a verb it is the
/// subject of ("The Strategy seeks to ..."), or places something in it
/// ("laid down its priorities in the Plan", "according to the Strategy");
/// not "the draft sets out a narrative that sums up the X strategy". A title
/// after a colon names the subject before it.
fn exists_as_subject(clause: &str, noun: usize) -> bool {
    EXISTS.iter().any(|v| {
        clause.match_indices(v).any(|(at, _)| {
            let gap = clause.get(at + v.len()..noun).unwrap_or("");
            // "The cyber security document covers the period 2015-2020: X Concept".
            let named_after = gap
                .rsplit_once(": ")
                .is_some_and(|(_, name)| name.split_whitespace().count() <= 5);
            at >= noun
                || gap.trim().is_empty()
                || noun - at <= 200 && (gap.contains(" in the ") || gap.contains(" in its ") || named_after)
        })
    })
}
