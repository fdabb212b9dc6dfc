//! A strategy's title: the capitalised phrase around its noun, a quoted
//! title, with a period, a year or an acronym after it.

use super::super::names;
use super::super::text::{self, Word};
use super::words::{names_a_document, NOUNS};

/// The title of the document named by word `at`: the capitalised phrase
/// around it, with a period ("2019-2024", "(2020 – 2025)"), a year or a
/// bracketed acronym after it.
pub(super) fn title(s: &str, words: &[Word], at: usize) -> Option<String> {
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
    // "Policies to combat cybercrime are designed by ...": a plural opening
    // the sentence is capitalised as its first word, not as a title.
    let plural_opening = at == 0
        && matches!(
            words[at].text(s),
            "Policies" | "Strategies" | "Plans" | "Programmes" | "Programs" | "Politiques" | "Stratégies"
        );
    if first == at
        && last == at
        && !plural_opening
        && words
            .get(at + 1)
            .is_some_and(|w| matches!(w.text(s), "for" | "on" | "to" | "against"))
    {
        let mut k = at + 1;
        while k < words.len()
            && k - at <= 7
            && s.get(words[k - 1].end..words[k].start).is_some_and(|g| g == " ")
            && words[k].text(s).chars().all(char::is_lowercase)
            // Not the verb after it: "Strategy on cybercrime prevention was then approved".
            && !matches!(
                words[k].text(s),
                "was" | "is" | "are" | "were" | "has" | "have" | "had" | "then" | "by" | "which" | "that" | "will"
                    | "would" | "being" | "been" | "as"
            )
        {
            last = k;
            k += 1;
        }
        // "... of information security for the period": not its last linkers.
        while last > at + 1
            && matches!(
                words[last].text(s),
                "for" | "the" | "of" | "on" | "to" | "and" | "in" | "a"
            )
        {
            last -= 1;
        }
    }
    let first = if words.get(first).is_some_and(|w| {
        matches!(
            w.text(s),
            "A" | "An" | "Its" | "This" | "Une" | "Un" | "No" | "Aucune" | "Aucun" | "Ninguna" | "Ningún" | "Nenhuma"
        )
    }) && first < at
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
    // "the X Strategy of Ruritania and the Strategy for Network Security":
    // two documents, of which the one named at `at`.
    // (A name of a few hundred bytes at most: a run-on line is not lowered per noun.)
    let span = if end - start <= 400 {
        text::lower(s.get(start..end)?)
    } else {
        String::new()
    };
    let (start, end) = if span.len() == end - start && span.contains(" and ") {
        split_joined(&span, 0, span.len())
            .into_iter()
            .map(|(a, b)| (start + a, start + b))
            .find(|&(a, b)| (a..b).contains(&words[at].start))
            .unwrap_or((start, end))
    } else {
        (start, end)
    };
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

/// A title span cut where " and " joins two names of documents, the
/// second with its own determiner: "Strategy for Network and Information
/// Systems Security and Ruritania's National Security Strategy" is two, cut
/// at the second "and" only; "Policy and Strategy" is one.
pub(super) fn split_joined(lower: &str, start: usize, end: usize) -> Vec<(usize, usize)> {
    let has_noun = |a: usize, b: usize| {
        let part = lower.get(a..b).unwrap_or("");
        names_a_document(part)
    };
    let joins: Vec<usize> = lower
        .get(start..end)
        .unwrap_or("")
        .match_indices(" and ")
        .map(|(at, _)| start + at)
        .collect();
    let mut out = Vec::new();
    let mut from = start;
    for (n, &at) in joins.iter().enumerate() {
        let next = joins.get(n + 1).copied().unwrap_or(end);
        // "Policy and Strategy", "Strategy and Action Plan 2020-2023" are one
        // name; "... and the Strategy for X", "... and Ruritania's Strategy" two.
        let right = lower.get(at + 5..next).unwrap_or("");
        let own = right.starts_with("the ")
            || right
                .split_whitespace()
                .next()
                .is_some_and(|w| w.ends_with("'s") || w.ends_with("’s"));
        if own && has_noun(from, at) && has_noun(at + 5, next) {
            out.push((from, at));
            from = at + 5;
        }
    }
    out.push((from, end));
    out
}
