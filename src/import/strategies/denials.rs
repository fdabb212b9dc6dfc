//! Denials of a document: a word before it ("no", "neither"), a verb of
//! having denied before it ("does not, as of now, have a strategy"), an
//! adoption verb denied ("had not yet been adopted").

use super::super::text;
use super::words::NOUNS;

/// Whether a word just before the document denies it: "No cybercrime
/// strategy has been adopted", "adopted neither a national strategy nor any
/// policies"; up to five words back, not across punctuation, nor counting a
/// document coordinated before it ("No national cybercrime policy or strategy").
pub(super) fn denied_before(clause: &str, noun: usize) -> bool {
    let before = clause.get(..noun).unwrap_or("");
    if not_before(before) {
        return true;
    }
    let words: Vec<&str> = before
        .split_whitespace()
        .rev()
        .filter(|w| !matches!(*w, "or" | "and") && !NOUNS.contains(w))
        .take(5)
        .collect();
    for (n, word) in words.iter().enumerate() {
        // "By Government Decision No 482 the Strategy": a number's label.
        let label = n > 0 && words[n - 1].starts_with(|c: char| c.is_ascii_digit());
        if matches!(*word, "no" | "neither" | "nor" | "aucune" | "aucun" | "ni") && !label {
            return true;
        }
        if word.ends_with([',', ';', ':', '.']) {
            return false;
        }
    }
    false
}

/// A verb denied a few words before the document: "does not, as of the
/// present moment, have a strategy", "has never had any strategy"; or the
/// document's determiner: "neither a policy", "no strategy". An aside
/// between commas is passed over; "not only" and "if not" deny nothing.
pub(super) fn not_before(before: &str) -> bool {
    const AUXILIARIES: &[&str] = &["does", "do", "did", "has", "have", "had", "could", "can"];
    // Verbs of having or adopting one: not "has not revised the Strategy".
    const HAVING: &[&str] = &[
        "have",
        "has",
        "had",
        "possess",
        "adopt",
        "adopted",
        "approve",
        "approved",
        "establish",
        "established",
        "develop",
        "developed",
        "identify",
        "identified",
        "find",
        "found",
    ];
    const SKIPPED: &[&str] = &[
        "yet",
        "currently",
        "still",
        "ever",
        "formally",
        "officially",
        "so",
        "far",
        "be",
        "been",
    ];
    // The last words are enough: a long clause is not read whole per document.
    let mut words: Vec<&str> = text::before(before, before.len(), 160).split_whitespace().collect();
    // "does not, as of the present moment, have": the aside goes.
    if let Some(close) = words.iter().rposition(|w| w.ends_with(',')) {
        if let Some(open) = words[..close].iter().rposition(|w| w.ends_with(',')) {
            if close - open <= 6 && words.len() - close <= 6 {
                words.drain(open + 1..=close);
            }
        }
    }
    for (n, word) in words.iter().enumerate().rev().take(8) {
        let bare = word.trim_end_matches(',');
        // "has, as of now, neither a policy": the document's own determiner.
        if matches!(bare, "neither" | "no") && words.len() - n <= 2 {
            return true;
        }
        if matches!(bare, "not" | "never") {
            let aux = n > 0 && AUXILIARIES.contains(&words[n - 1]);
            let rest: Vec<&str> = words[n + 1..]
                .iter()
                .copied()
                .skip_while(|w| SKIPPED.contains(w))
                .collect();
            // "has not a cybercrime policy": the auxiliary is the verb;
            // "does not appear to be any strategy": nor is "appear to be" one.
            let (verb, object) = match rest.as_slice() {
                [v, "to", "be" | "have", object @ ..] if matches!(*v, "appear" | "seem") => (true, object),
                [v, object @ ..] if HAVING.contains(v) => (true, object),
                [d, ..] if matches!(*d, "a" | "an" | "any") && matches!(words[n - 1], "has" | "have" | "had") => {
                    (true, &rest[..])
                }
                _ => (false, &rest[..]),
            };
            // The verb, then its object: a few words, no other clause or document.
            let object_of = verb
                && object.len() <= 4
                && !object.iter().any(|w| {
                    matches!(
                        *w,
                        "to" | "until" | "before" | "since" | "but" | "which" | "that" | "of"
                    ) || NOUNS.contains(w)
                });
            return aux && object_of;
        }
        if word.ends_with([';', ':', '.', ',']) {
            return false;
        }
    }
    false
}

/// Whether the clause denies an adoption verb: "had not yet been adopted",
/// "was never approved" (a "not" up to three words before the verb).
pub(super) fn negated_adoption(clause: &str) -> bool {
    const VERBS: &[&str] = &["adopted", "approved", "endorsed", "validated"];
    if !clause.contains("not ") && !clause.contains("never ") {
        return false;
    }
    let (mut denied, mut stated) = (false, false);
    for v in VERBS {
        for (at, _) in clause.match_indices(v) {
            // "not only adopted ... but": no denial.
            let not = clause[..at]
                .split_whitespace()
                .rev()
                .take(3)
                .take_while(|w| !w.ends_with([',', ';', '.']))
                .any(|w| matches!(w, "not" | "never"))
                && !clause[at + v.len()..].starts_with(" but")
                && !clause.contains("not only");
            if not {
                denied = true;
            } else {
                stated = true;
            }
        }
    }
    // "adopted in 2017, was not published": the adoption stands.
    denied && !stated
}
