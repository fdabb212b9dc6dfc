//! What a sentence says about a unit it names: a quoted name after
//! `called`, the words describing an unnamed unit, and the next sentence's
//! statement of its work.

use super::super::text::{self, Word};
use super::{is_cyber, ACTIVITIES};

/// Whether the sentence after a unit's says what it does about cyber matters,
/// referring back to it: "It is currently responsible for ... cybercrimes".
pub(super) fn follow_says_cyber(follow: &str) -> bool {
    let lower = text::lower(follow);
    let Some(rest) = [
        "it ",
        "the unit ",
        "this unit ",
        "the division ",
        "this division ",
        "the department ",
        "this department ",
    ]
    .iter()
    .find_map(|p| lower.strip_prefix(p)) else {
        return false;
    };
    let rest = ["currently ", "now ", "also ", "mainly ", "today ", "primarily "]
        .iter()
        .find_map(|a| rest.strip_prefix(a))
        .unwrap_or(rest);
    let rest = rest.strip_prefix("is ").map_or(rest.to_string(), |r| {
        let r = ["currently ", "now ", "also ", "mainly ", "primarily "]
            .iter()
            .find_map(|a| r.strip_prefix(a))
            .unwrap_or(r);
        format!("is {r}")
    });
    ACTIVITIES.iter().any(|v| rest.starts_with(v)) && is_cyber(&rest)
}

/// The quoted name after `called` or `named` within a few words of byte
/// `from`: `unit specializing in cybercrime called "Cyber Brigade"`.
/// A capitalised name written without quotes after `called`: "called the
/// Anti-IT Crimes Administration, which ...". Two words or more, each
/// capitalised or a small linker, up to punctuation.
fn unquoted_name(after: &str) -> Option<String> {
    let after = after.strip_prefix("the ").unwrap_or(after);
    let stop = after.find([',', ';', '.', '(', ')']).unwrap_or(after.len());
    let words: Vec<&str> = after[..stop].split_whitespace().collect();
    let fits = |w: &&str| w.starts_with(char::is_uppercase) || matches!(*w, "of" | "for" | "and" | "on" | "against");
    let named = (2..=8).contains(&words.len())
        && words.iter().all(fits)
        && words.last().is_some_and(|w| w.starts_with(char::is_uppercase));
    named.then(|| words.join(" "))
}

pub(super) fn quoted_name(s: &str, from: usize) -> Option<String> {
    let rest = text::up_to(s.get(from..)?, 200);
    let lower = text::lower(rest);
    // "A department for ICT-related offences, the “Office central ...”": a
    // quoted name in apposition after the unit's description.
    let apposition = lower
        .find(", ")
        .filter(|&c| !lower[..c].contains(['.', ';', ':']))
        .and_then(|c| {
            let after = &lower[c + 2..];
            let after = after.strip_prefix("the ").unwrap_or(after);
            after.starts_with(['"', '«', '“']).then(|| lower.len() - after.len())
        });
    let called = ["called ", "named ", "known as "]
        .iter()
        .filter_map(|v| lower.find(v).map(|a| a + v.len()))
        .min();
    let at = match (apposition, called) {
        (Some(a), Some(c)) => a.min(c),
        (a, c) => a.or(c)?,
    };
    let after = rest.get(at..)?;
    let Some(open) = after.chars().next().filter(|c| matches!(c, '"' | '“' | '‘' | '«')) else {
        return unquoted_name(after);
    };
    let close = match open {
        '“' => '”',
        '‘' => '’',
        '«' => '»',
        c => c,
    };
    let inner = after.get(open.len_utf8()..)?;
    let end = inner.find(close)?;
    let name = inner[..end].trim();
    name.chars()
        .next()
        .is_some_and(char::is_uppercase)
        .then(|| name.to_string())
}

/// A lower-case unit word and what follows it up to a comma or a verb:
/// `unit on the prevention and countering of cybercrime and child pornography`.
pub(super) fn description(s: &str, words: &[Word], at: usize) -> String {
    const STOPS: &[&str] = &[
        "investigates",
        "handles",
        "deals",
        "combats",
        "fights",
        "which",
        "that",
        "who",
        "whose",
        "is",
        "are",
        "was",
        "were",
        "has",
        "had",
        "created",
        "established",
        "set",
        "exist",
        "exists",
        "throughout",
        "including",
        "across",
        "such",
        "have",
        "also",
        "serves",
        "operates",
        "in charge",
    ];
    // Lower-case words naming the unit before its noun: "specialised
    // cybercrime unit"; only when one of them speaks of cyber matters.
    const MODIFIERS: &[&str] = &[
        "specialised",
        "specialized",
        "dedicated",
        "crime",
        "crimes",
        "investigation",
        "incident",
        "response",
        "forensic",
        "forensics",
        "police",
    ];
    let mut first = at;
    while first > 0 && at - first < 3 {
        let gap = s.get(words[first - 1].end..words[first].start).unwrap_or("");
        let w = words[first - 1].text(s);
        let lw = w.to_lowercase();
        let fits = is_cyber(&lw) || MODIFIERS.contains(&lw.as_str()) || w == "IT";
        if !gap.chars().all(|c| c.is_whitespace() || c == '-') || !fits {
            break;
        }
        first -= 1;
    }
    let modifiers = s.get(words[first].start..words[at].start).unwrap_or("");
    if !is_cyber(&modifiers.to_lowercase()) && !modifiers.contains("IT ") {
        first = at;
    }
    // What may follow the unit word in its description: a complement
    // ("unit on the prevention of ...", "unit dealing with ..."), never a
    // verb ("units now operate in the Police").
    const COMPLEMENTS: &[&str] = &[
        "on",
        "for",
        "of",
        "against",
        "to",
        "dealing",
        "specialising",
        "specializing",
        "specialised",
        "specialized",
        "combating",
        "combatting",
        "fighting",
        "investigating",
        "tackling",
        "countering",
        "responsible",
        "de",
        "du",
        "des",
        "contre",
        "pour",
        "chargée",
        "chargé",
        "para",
        "contra",
        "del",
        "da",
        "do",
    ];
    let mut last = at;
    for k in at + 1..words.len().min(at + 16) {
        let gap = s.get(words[k - 1].end..words[k].start).unwrap_or("");
        let word = words[k].text(s);
        // "unit in charge of cybercrime".
        let in_charge = word == "in" && words.get(k + 1).is_some_and(|n| n.text(s) == "charge");
        let complement = COMPLEMENTS.contains(&word) || in_charge;
        if !gap.chars().all(char::is_whitespace) || STOPS.contains(&word) || k == at + 1 && !complement {
            break;
        }
        last = k;
    }
    while last > at && matches!(words[last].text(s), "and" | "or" | "of" | "for" | "the" | "et" | "y") {
        last -= 1;
    }
    s.get(words[first].start..words[last].end).unwrap_or("").to_string()
}
