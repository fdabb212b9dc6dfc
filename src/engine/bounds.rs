//! Bounds on what one criterion's result holds, whatever its rule returns.
//!
//! A rule decides its message and the fact paths it cites; the engine turns
//! paths into values. Without bounds, a path naming the whole profile (`""`)
//! copies it into every criterion, once per citation. Here a cited path must
//! name a fact (not the root, not a whole top-level section), and the message,
//! evidence and facts to collect of one criterion together stay within
//! [`MAX_CRITERION_BYTES`]; what is left out is said in the message.

use crate::rules::api::Verdict;

use super::evidence::{normalise, FactIndex};
use super::results::{CriterionResult, Outcome};

/// Bytes of message, evidence and facts to collect kept per criterion (64 KiB).
pub const MAX_CRITERION_BYTES: usize = 64 * 1024;

/// Bytes of a message kept (the rest of the budget is for evidence).
pub const MAX_MESSAGE_BYTES: usize = 8 * 1024;

/// Fills a criterion's result from its rule's verdict, within the bounds.
pub fn fill(result: &mut CriterionResult, verdict: Verdict, index: &FactIndex) {
    result.outcome = verdict.outcome;
    let whole = verdict.message.len() <= MAX_MESSAGE_BYTES;
    result.message = truncate(verdict.message, MAX_MESSAGE_BYTES);
    // A keyed message is written again in the report's language; one cut
    // short, or with a note added below, is kept as the English text only.
    if let Some(m) = verdict.key.filter(|_| whole) {
        let json = m.to_json();
        result.message_key = Some(m.key);
        result.message_params = json.get("params").cloned();
    }
    let mut budget = MAX_CRITERION_BYTES.saturating_sub(result.message.len());
    let mut notes = Vec::new();
    let mut dropped = 0;
    if verdict.outcome == Outcome::NoData {
        for path in verdict.paths {
            if path.len() > budget {
                dropped += 1;
                continue;
            }
            budget -= path.len();
            result.missing.push(path);
        }
    } else {
        let mut not_facts = Vec::new();
        for path in &verdict.paths {
            if let Err(why) = names_a_fact(index, path) {
                let shown = format!("`{}` ({why})", truncate(path.clone(), 80));
                if not_facts.len() < 10 && !not_facts.contains(&shown) {
                    not_facts.push(shown);
                }
                continue;
            }
            if budget == 0 {
                dropped += 1;
                continue;
            }
            let evidence = index.evidence(path);
            let size = serde_json::to_string(&evidence).map_or(usize::MAX, |t| t.len());
            if size > budget {
                dropped += 1;
                continue;
            }
            budget -= size;
            result.evidence.push(evidence);
        }
        if !not_facts.is_empty() {
            notes.push(format!(
                "evidence left out, a path must name a fact: {}",
                not_facts.join(", ")
            ));
        }
    }
    if dropped > 0 {
        notes.push(format!(
            "{dropped} cited path(s) left out: a criterion's message and evidence are limited to {} KB",
            MAX_CRITERION_BYTES / 1024
        ));
    }
    if !notes.is_empty() {
        let note = truncate(notes.join("; "), 1024);
        result.message = format!("{} [{note}]", result.message);
        result.message_key = None;
        result.message_params = None;
    }
}

/// Why a path does not name a fact, if it does not.
fn names_a_fact(index: &FactIndex, path: &str) -> Result<(), &'static str> {
    let parts = normalise(path);
    match parts.as_slice() {
        [] => Err("the whole profile"),
        [top] if index.tree().get(top).is_some_and(|v| v.is_object() || v.is_array()) => Err("a whole section"),
        _ => Ok(()),
    }
}

/// At most `max` bytes of `text`, cut at a character boundary, saying so.
pub fn truncate(text: String, max: usize) -> String {
    if text.len() <= max {
        return text;
    }
    let mut end = max;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    format!("{}… ({} bytes left out)", &text[..end], text.len() - end)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn truncation_keeps_whole_characters() {
        assert_eq!(truncate("abc".into(), 5), "abc");
        assert_eq!(truncate("ééé".into(), 3), "é… (4 bytes left out)");
    }
}
