//! What the words around a document's mention say of it: a date in
//! brackets after its title, a topic framing the sentence, an approval in
//! the next clause, a topic glued to its noun.

use crate::profile::PartialDate;

use super::super::text;
use super::words::{names_a_document, CRIME, SECURITY};

/// The date of a sentence that is only a title and its date in brackets:
/// "The Cybersecurity Strategy of the Republic of X (14 February 2013)."
pub(super) fn dated_title(sentence: &str, title: &str) -> Option<PartialDate> {
    let rest = sentence.trim_start_matches("The ").strip_prefix(title)?;
    let inner = rest.strip_prefix(" (")?.trim_end_matches('.').strip_suffix(')')?;
    let found = super::super::dates::find_all(inner);
    match found.as_slice() {
        [f] if f.start == 0 && f.end == inner.len() => Some(f.date),
        _ => None,
    }
}

/// The topics of a sentence's opening frame, up to its comma: "As regards
/// cybersecurity, ...", "En matière de sécurité informatique, ...".
pub(super) fn framed_topic(lower: &str) -> Option<[bool; 2]> {
    const FRAMES: &[&str] = &[
        "as regards ",
        "as for ",
        "with regard to ",
        "when it comes to ",
        "in the field of ",
        "in terms of ",
        "regarding ",
        "en matière de ",
        "dans le domaine de ",
        "en ce qui concerne ",
    ];
    let rest = FRAMES.iter().find_map(|f| lower.strip_prefix(f))?;
    let frame = rest
        .split(',')
        .next()
        .filter(|f| f.len() < rest.len() && f.len() <= 60)?;
    let on = [text::any(frame, SECURITY), text::any(frame, CRIME)];
    (on != [false, false]).then_some(on)
}

/// Whether the clause after the next semicolon only says the document was
/// approved: "; Cabinet approval received", "; approved by Cabinet in 2016".
pub(super) fn approved_next(rest: &str) -> bool {
    let Some((_, next)) = rest.split_once(';') else {
        return false;
    };
    let next = next.split([';', '.']).next().unwrap_or("");
    let other_document = names_a_document(next);
    !other_document
        && text::any(
            next,
            &[
                "approval received",
                "cabinet approval",
                "approved by",
                "adopted by",
                "has been approved",
                "was approved",
            ],
        )
        && !text::any(
            next,
            &["not ", "never", "yet", "awaiting", "pending", "expected", " to "],
        )
}

/// Whether the clause after the next semicolon or "but" only says the
/// document is still to be adopted: "drafted and validated by stakeholders
/// in 2021, but is yet to be adopted by the Cabinet" (not "but its action
/// plan is yet to be adopted", another document's).
pub(super) fn pending_next(rest: &str) -> bool {
    let sentence = rest.split('.').next().unwrap_or("");
    let Some(next) = [";", ", but ", " but "]
        .iter()
        .filter_map(|b| sentence.find(b).map(|at| &sentence[at + b.len()..]))
        .next()
    else {
        return false;
    };
    let next = next.split(';').next().unwrap_or("").trim_start();
    let other_document = names_a_document(next);
    // Of the same subject: the clause opens with its verb or "it" ("but is
    // yet to be adopted", "; it is still awaiting approval"), not with a
    // subject of its own ("; the related budget is still pending approval").
    let same_subject = next.split_whitespace().next().is_some_and(|w| {
        matches!(
            w,
            "is" | "was"
                | "has"
                | "had"
                | "remains"
                | "it"
                | "still"
                | "never"
                | "not"
                | "yet"
                | "awaits"
                | "awaiting"
                | "pending"
        )
    });
    // "created in 2018 but never formally approved".
    let never = text::any(next, &["never", "not"])
        && text::any(next, &["adopted", "approved", "endorsed", "validated", "enacted"])
        && !text::any(next, &["not only"]);
    !other_document
        && same_subject
        && (never
            || text::any(
                next,
                &[
                    "yet to be adopted",
                    "yet to be approved",
                    "still to be adopted",
                    "still to be approved",
                    "not yet been adopted",
                    "not yet been approved",
                    "not yet adopted",
                    "not yet approved",
                    "awaits adoption",
                    "awaits approval",
                    "awaiting adoption",
                    "awaiting approval",
                    "pending adoption",
                    "pending approval",
                ],
            ))
}

/// Whether a strategy's title names cyber matters ("Cyber Security
/// Strategy"), not only information security.
pub(super) fn cyber_titled(title: &Option<String>) -> bool {
    title.as_deref().is_some_and(|t| text::lower(t).contains("cyber"))
}

/// The topic glued to a strategy noun: "cybercrime" of "Cybercrimestrategy",
/// "cyber-" of "cyber-strategy".
pub(super) fn glued(word: &str) -> Option<&str> {
    word.strip_suffix("strategy").filter(|p| {
        !p.is_empty() && (text::any(p, CRIME) || text::any(p, SECURITY) || matches!(*p, "cyber-" | "cyber"))
    })
}
