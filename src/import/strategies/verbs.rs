//! The verbs that state a document's adoption, or its waiting for one: an
//! adoption phrase not denied nor put in the future, a verb whose subject or
//! object the document is, an adoption told as an event, a text awaiting
//! approval, a drafting verb in the progressive.

use super::super::text;
use super::voices::{ADOPTION_NOUNS, EVENT_HAPPENED, GOVERNING_ADOPTED, IN_PLACE_AFTER, PENDING, SUBJECT_ADOPTED};
use super::words::*;

/// Whether an adoption phrase of the clause is stated, not denied, put in
/// the future or made a condition by the words just before it ("has not
/// been signed off", "is to be launched", "once approved").
pub(super) fn asserted_adoption(clause: &str) -> bool {
    ADOPTED_PHRASES.starts(clause).into_iter().any(|at| {
        // Its own words: not past a comma or a dash ("2016 to 2021 – published").
        let before = text::before(clause, at, 40);
        let before = before.rsplit([',', ';', '(', '–', ':']).next().unwrap_or(before);
        let words: Vec<&str> = before.split_whitespace().rev().take(3).collect();
        !words.iter().enumerate().any(|(k, w)| {
            matches!(
                *w,
                "not" | "never" | "yet" | "will" | "would" | "should" | "once" | "if" | "until"
            ) || *w == "be" && k <= 1
        })
    })
}

/// Whether a verb adopts the document that is its subject: "The National
/// Strategy was unveiled in 2018", "X dates back to 2014"; the document named
/// a few words before the verb, with no other document between, and not the
/// object of a preposition ("Work on the X dates back to 2014", "interest in
/// a X dates back to 2012").
pub(super) fn adopted_as_subject(clause: &str, noun: usize) -> bool {
    const DETERMINERS: &[&str] = &["the", "a", "an", "its", "their", "this", "his", "her", "our"];
    let before: Vec<&str> = clause
        .get(..noun)
        .unwrap_or("")
        .split_whitespace()
        .rev()
        .take(7)
        .collect();
    let determiner = before
        .iter()
        .position(|w| DETERMINERS.contains(w) || w.ends_with("'s") || w.ends_with("’s") || w.ends_with(','));
    let governing = match determiner {
        Some(k) if before[k].ends_with(',') => None,
        Some(k) => before.get(k + 1),
        None => before.last(),
    };
    let subject = !governing.is_some_and(|w| PREPOSITIONS.contains(w));
    subject
        && SUBJECT_ADOPTED.iter().any(|v| {
            clause.match_indices(v).any(|(at, _)| {
                let gap = clause.get(noun..at).unwrap_or("");
                let words: Vec<&str> = gap.split_whitespace().skip(1).collect();
                at > noun
                    && words.len() <= 8
                    && !words
                        .iter()
                        .any(|w| NOUNS.contains(w) || matches!(*w, "which" | "that" | "when" | "while" | "whose"))
            })
        })
}

/// Prepositions whose object a document may be: "work on the Strategy".
const PREPOSITIONS: &[&str] = &[
    "on",
    "in",
    "of",
    "for",
    "to",
    "with",
    "about",
    "towards",
    "toward",
    "into",
    "from",
    "by",
    "under",
    "regarding",
    "concerning",
    "within",
    "through",
    "behind",
    "after",
    "before",
];

/// Whether the clause says the document waits for its adoption ("is
/// awaiting approval", "submitted for approval"): said of it, the first
/// document of the clause, not of its amendments or action plan, and with
/// no adoption stated after it.
pub(super) fn pending(clause: &str, noun: usize) -> bool {
    let head = clause.get(..noun).unwrap_or("");
    let first = !text::words(head)
        .iter()
        .any(|w| NOUNS.contains(&w.text(head)) && !matches!(w.text(head), "strategy" | "policy"));
    first
        && PENDING.iter().any(|p| {
            clause.match_indices(p).any(|(at, _)| {
                let after = clause.get(at + p.len()..).unwrap_or("");
                let lead: Vec<&str> = text::before(clause, at, 60).split_whitespace().rev().take(5).collect();
                !text::any(
                    after,
                    &["adopted", "approved", "enacted", "endorsed", "validated", "launched"],
                ) && !lead.iter().any(|w| {
                    w.starts_with("amendment") || matches!(*w, "revision" | "changes" | "update" | "plan" | "programme")
                })
            })
        })
}

/// "Work on a National Cyber Security Strategy started in 2019": the
/// sentence's subject is the work on the document, under way.
pub(super) fn work_started(clause: &str) -> bool {
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
pub(super) fn governed_adoption(clause: &str, noun: usize) -> bool {
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

/// Whether the clause says the document at `noun` was established, the verb
/// governing it: "the government established a cyber-strategy" (but not
/// "established a committee to develop a strategy").
pub(super) fn established(clause: &str, noun: usize) -> bool {
    governs(clause, noun, ESTABLISHED, |between| {
        between.len() <= 30 && !between.contains(" to ")
    })
}

/// Whether one of `verbs` governs the document at byte `noun`: its last
/// use before it (in a window of 80 bytes) with what lies between them
/// passing `close`.
pub(super) fn governs(clause: &str, noun: usize, verbs: &[&str], close: impl Fn(&str) -> bool) -> bool {
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
pub(super) fn took_place(clause: &str) -> bool {
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

/// Whether the clause puts a drafting verb in the progressive, an adverb or
/// two between: "is at the moment developing a national strategy", "was
/// still preparing" (but not "is responsible for developing").
pub(super) fn in_progress(clause: &str) -> bool {
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
pub(super) fn adoption_happened(clause: &str) -> bool {
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
pub(super) fn exists_as_subject(clause: &str, noun: usize) -> bool {
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
