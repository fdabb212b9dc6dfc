//! Court decisions of the jurisprudence section, one per paragraph that
//! names a court: the court, the reference (the bracketed citation after
//! it), the date, the holding, the link, and the Art. 15 safeguards the
//! decision speaks of. Each safeguard a decision supports is set in
//! `safeguards` with the decisions as its evidence.
//!
//! The holding is the text after the citation when it says something, else
//! the next sentence. Other sentences of the paragraph (publication details)
//! stay as notes.

use std::collections::{HashMap, HashSet};

use crate::profile::{ArticleRef, Case, Fact, FactDetail, PowerSafeguards, SafeguardKind};

use super::dates;
use super::draft::Draft;
use super::links;
use super::names;
use super::sections::SectionKind;
use super::text;

const COURT_WORDS: &[&str] = &["Court", "Tribunal", "Cour", "Conseil", "Corte", "Sala", "Chamber"];
/// Words that tie a decision to the procedural powers of Art. 16-21: Art.
/// 15(2) safeguards are judged power by power.
const POWERS: &[(&[&str], &str)] = &[
    (
        &[
            "expedited preservation",
            "preservation order",
            "preservation of stored",
            "conservation rapide",
        ],
        "16",
    ),
    (&["preservation of traffic data", "partial disclosure"], "17"),
    (
        &["production order", "subscriber information", "injonction de produire"],
        "18",
    ),
    (
        &[
            "search and seizure",
            "seizure",
            "mobile phone",
            "mobile telephone",
            "cell phone",
            "perquisition",
            "saisie",
        ],
        "19",
    ),
    (
        &[
            "real-time collection",
            "real time collection",
            "traffic data in real time",
        ],
        "20",
    ),
    (
        &[
            "interception",
            "intercept",
            "wiretap",
            "intervention of private communications",
            "intervención de comunicaciones",
            "écoute",
        ],
        "21",
    ),
];

const SUPPORTS: &[(&[&str], SafeguardKind)] = &[
    (
        &[
            "judicial authori",
            "judicial warrant",
            "court order",
            "judicial control",
            "judicial review",
            "autorisation judiciaire",
            "autorización judicial",
            "judge's authori",
        ],
        SafeguardKind::JudicialSupervision,
    ),
    (
        &["proportional", "proportionnalité", "proporcional"],
        SafeguardKind::Proportionality,
    ),
    (
        &[
            "human rights",
            "droits de l'homme",
            "derechos humanos",
            "right to privacy",
        ],
        SafeguardKind::HumanRights,
    ),
    (&["third part", "tiers"], SafeguardKind::ThirdParties),
];

/// The court named in a sentence: the capitalised phrase around a court word.
fn court(s: &str) -> Option<String> {
    let words = text::words(s);
    let at = words.iter().position(|w| COURT_WORDS.contains(&w.text(s)))?;
    let (a, b) = names::phrase_around(s, &words, at)?;
    s.get(a..b).map(str::to_string)
}

/// The bracketed citation after byte `from`: its text and where it ends.
fn citation(s: &str, from: usize) -> Option<(String, usize)> {
    let open = s.get(from..)?.find('(')? + from;
    let close = s.get(open..)?.char_indices().take(200).find(|(_, c)| *c == ')')?.0 + open;
    let inner = s.get(open + 1..close)?.trim();
    inner
        .chars()
        .any(|c| c.is_ascii_digit())
        .then(|| (inner.to_string(), close + 1))
}

/// A reference without the date written inside it: `Contradiction of Tesis
/// 194/2012 of February 2013` -> `Contradiction of Tesis 194/2012`.
fn strip_date(reference: &str) -> (String, Option<crate::profile::PartialDate>) {
    let Some(found) = dates::find_all(reference).into_iter().find(|f| !f.bare_year) else {
        return (reference.to_string(), None);
    };
    let before = reference.get(..found.start).unwrap_or("").trim_end();
    let before = [" of", " du", " de", " dated", " from", ","]
        .iter()
        .fold(before, |b, w| b.strip_suffix(w).unwrap_or(b))
        .trim_end();
    let before = before.trim_end_matches(',').trim_end();
    if before.is_empty() {
        (reference.to_string(), Some(found.date))
    } else {
        (before.to_string(), Some(found.date))
    }
}

/// Text that says something: five words or more once dates and links are gone.
fn substantive(s: &str) -> Option<String> {
    let without_links: Vec<&str> = s.split_whitespace().filter(|w| links::find(w).is_empty()).collect();
    let cleaned = without_links.join(" ");
    let mut rest = cleaned.clone();
    for f in dates::find_all(&cleaned).iter().rev() {
        rest.replace_range(f.start..f.end, "");
    }
    let words = rest
        .split_whitespace()
        .filter(|w| !matches!(*w, "of" | "du" | "de" | "." | ","))
        .count();
    (words >= 5).then(|| cleaned.trim().trim_start_matches(['.', ',']).trim().to_string())
}

fn slug(text: &str) -> String {
    let mut out = String::new();
    for c in text.chars().flat_map(char::to_lowercase) {
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
        if out.len() >= 40 {
            break;
        }
    }
    out.trim_end_matches('-').to_string()
}

/// The cases found so far: their ids, the next suffix per id, and a
/// fingerprint of each (all but the id) to drop repeats.
#[derive(Default)]
struct Seen {
    ids: HashSet<String>,
    next: HashMap<String, usize>,
    cases: HashSet<String>,
}

/// Finds the court decisions and the safeguards they support.
pub fn extract(d: &mut Draft) {
    let page = d.page;
    let indices: Vec<usize> = page.in_kind(SectionKind::Jurisprudence).collect();
    let mut seen = Seen::default();
    let mut k = 0;
    while k < indices.len() {
        let paragraph = page.sentences[indices[k]].paragraph;
        let mut end = k;
        while end < indices.len() && page.sentences[indices[end]].paragraph == paragraph {
            end += 1;
        }
        case(d, &mut seen, &indices[k..end]);
        k = end.max(k + 1);
    }
}

/// What a decision's court is called when the page names only its parties.
const NO_COURT: &str = "court not named";

/// A case named by its parties: `Republic v Jane Doe, 2017`, `State vs. X`,
/// `Ministère public c. X`. Gives the name and the byte after it.
fn parties(s: &str) -> Option<(String, usize)> {
    let words = text::words(s);
    let at = words.iter().enumerate().position(|(k, w)| {
        matches!(w.text(s), "v" | "vs" | "c")
            && k > 0
            && s.get(words[k - 1].end..w.start) == Some(" ")
            && s.get(w.end..)
                .is_some_and(|r| r.starts_with(' ') || r.starts_with(". "))
    })?;
    let capital = |k: usize| {
        words
            .get(k)
            .is_some_and(|w| w.text(s).chars().next().is_some_and(char::is_uppercase))
    };
    if !capital(at - 1) || !capital(at + 1) || words[at - 1].start > 60 {
        return None;
    }
    // The parties run from the sentence start to the first punctuation after
    // the second party's capitalised words.
    let mut last = at + 1;
    while last + 1 < words.len() && capital(last + 1) && s.get(words[last].end..words[last + 1].start) == Some(" ") {
        last += 1;
    }
    let end = words[last].end;
    let name = s.get(words[0].start..end)?.to_string();
    Some((name, end))
}

/// A case known by its number: `Case number: 2007(A)720 – ...`, `Case No.
/// 12/2019: ...`. Gives the number and the byte after it.
fn numbered(s: &str) -> Option<(String, usize)> {
    let lower = text::lower(s);
    let label = [
        "case number:",
        "case number",
        "case no.",
        "case no:",
        "case no",
        "case n°",
    ]
    .iter()
    .find(|l| lower.starts_with(**l))?;
    let rest = &s[label.len()..];
    let body = rest.trim_start();
    let len = body
        .find(|c: char| c.is_whitespace() || matches!(c, ',' | ';' | '–' | '—'))
        .unwrap_or(body.len());
    let number = body[..len].trim_end_matches([':', '.']);
    number
        .chars()
        .any(|c| c.is_ascii_digit())
        .then(|| (number.to_string(), s.len() - body.len() + len))
}

fn case(d: &mut Draft, seen: &mut Seen, sentences: &[usize]) {
    let page = d.page;
    let named = sentences
        .iter()
        .enumerate()
        .find_map(|(n, &i)| court(&page.sentences[i].text).map(|c| (n, c)));
    let by_parties = || {
        sentences.iter().enumerate().find_map(|(n, &i)| {
            let s = &page.sentences[i].text;
            parties(s).or_else(|| numbered(s)).map(|p| (n, p))
        })
    };
    let (h, court, parties) = match named {
        Some((h, court)) => (h, court, None),
        None => match by_parties() {
            Some((h, p)) => (h, NO_COURT.to_string(), Some(p)),
            None => return,
        },
    };
    let header = &page.sentences[sentences[h]].text;
    let court_at = match &parties {
        Some((_, end)) => *end,
        None => header.find(&court).unwrap_or(0) + court.len(),
    };
    let (reference, date, after) = match (citation(header, court_at), &parties) {
        (_, Some((name, end))) => {
            // "X v Y, 2017 [note]": the year after the parties.
            let tail = header.get(*end..).unwrap_or("");
            let found = dates::find_all(text::up_to(tail, 12)).into_iter().next();
            let after = found.as_ref().map_or(*end, |f| end + f.end);
            (Some(name.clone()), found.map(|f| f.date), after)
        }
        (Some((inner, end)), None) => {
            let (reference, date) = strip_date(&inner);
            (Some(reference), date, end)
        }
        // "Case number: 2019(B)415 – ..., decided by the High Court".
        (None, None) => match numbered(header) {
            Some((number, _)) => (Some(number), None, 0),
            None => (None, None, 0),
        },
    };
    let date = date.or_else(|| {
        let all = dates::find_all(header);
        all.iter()
            .find(|f| !f.bare_year && f.start >= court_at)
            .or(all.first())
            .map(|f| f.date)
    });
    let mut used = vec![sentences[h]];
    let mut holding = substantive(header.get(after..).unwrap_or(""));
    if holding.is_none() {
        if let Some(&next) = sentences.get(h + 1) {
            holding = substantive(&page.sentences[next].text);
            if holding.is_some() {
                used.push(next);
            }
        }
    }
    let url = sentences
        .iter()
        .flat_map(|&i| links::find(&page.sentences[i].text))
        .next();
    let lower = text::lower(&format!("{header} {}", holding.as_deref().unwrap_or("")));
    let supports: Vec<SafeguardKind> = SUPPORTS
        .iter()
        .filter(|(words, _)| text::any(&lower, words))
        .map(|(_, k)| *k)
        .collect();
    let powers: Vec<ArticleRef> = POWERS
        .iter()
        .filter(|(words, _)| text::any(&lower, words))
        .map(|(_, article)| ArticleRef(article.to_string()))
        .collect();
    let base = slug(reference.as_deref().unwrap_or(&court));
    let base = if base.is_empty() { "case".to_string() } else { base };
    // Ids are unique: `base`, then `base-2`, `base-3`, ...
    let mut id = base.clone();
    let mut n = seen.next.get(&base).copied().unwrap_or(1);
    while seen.ids.contains(&id) {
        n += 1;
        id = format!("{base}-{n}");
    }
    seen.next.insert(base, n);
    let new = Case {
        id: id.clone(),
        court,
        reference,
        date,
        holding: holding.clone(),
        url,
        supports: supports.clone(),
        powers: powers.clone(),
        source: Some(d.source.clone()),
        quote: Some(header.clone()),
    };
    let fingerprint = format!(
        "{:?}",
        Case {
            id: String::new(),
            ..new.clone()
        }
    );
    for i in used {
        d.mark(i);
    }
    if !seen.cases.insert(fingerprint) {
        return;
    }
    seen.ids.insert(id.clone());
    d.profile.jurisprudence.push(new);
    for kind in supports {
        let quote = holding.clone().unwrap_or_else(|| header.clone());
        let source = d.source.clone();
        // A decision on named powers supports their safeguards only; one
        // that names none speaks of the powers in general.
        let slots: Vec<&mut Option<Fact<bool>>> = match per_power(kind) {
            Some(field) if !powers.is_empty() => {
                let by_power = &mut d.profile.safeguards.by_power;
                for power in &powers {
                    by_power.entry(power.0.clone()).or_default();
                }
                by_power
                    .iter_mut()
                    .filter(|(article, _)| powers.iter().any(|p| &p.0 == *article))
                    .map(|(_, s)| field(s))
                    .collect()
            }
            _ => vec![safeguard(&mut d.profile.safeguards, kind)],
        };
        for slot in slots {
            add_support(slot, &id, &source, &quote);
        }
    }
}

/// Picks one safeguard's fact out of a power's safeguards.
type PowerField = fn(&mut PowerSafeguards) -> &mut Option<Fact<bool>>;

/// The per-power field of a safeguard, for those Art. 15(2) applies power by power.
fn per_power(kind: SafeguardKind) -> Option<PowerField> {
    match kind {
        SafeguardKind::JudicialSupervision => Some(|s| &mut s.supervision),
        SafeguardKind::Grounds => Some(|s| &mut s.grounds),
        SafeguardKind::ScopeAndDuration => Some(|s| &mut s.scope_and_duration),
        _ => None,
    }
}

/// Records a decision as evidence of a safeguard: the first decision makes
/// the fact, later ones join its evidence.
fn add_support(slot: &mut Option<Fact<bool>>, id: &str, source: &str, quote: &str) {
    match slot {
        Some(Fact::Full(detail)) => detail.evidence.push(id.to_string()),
        _ => {
            *slot = Some(Fact::Full(FactDetail {
                value: true,
                source: Some(source.to_string()),
                quote: Some(quote.to_string()),
                evidence: vec![id.to_string()],
                derived: false,
                conflicts: Vec::new(),
            }))
        }
    }
}

fn safeguard(s: &mut crate::profile::Safeguards, kind: SafeguardKind) -> &mut Option<Fact<bool>> {
    match kind {
        SafeguardKind::HumanRights => &mut s.human_rights,
        SafeguardKind::Proportionality => &mut s.proportionality,
        SafeguardKind::JudicialSupervision => &mut s.judicial_supervision,
        SafeguardKind::Grounds => &mut s.grounds,
        SafeguardKind::ScopeAndDuration => &mut s.scope_and_duration,
        SafeguardKind::ThirdParties => &mut s.third_parties,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn court_reference_and_date() {
        let s = "Tesis Jursiprudencial of the Supreme Court of Justice (Contradiction of Tesis 194/2012 of February 2013) The right";
        assert_eq!(court(s).as_deref(), Some("Supreme Court of Justice"));
        let (inner, _) = citation(s, 50).unwrap_or_default();
        let (reference, date) = strip_date(&inner);
        assert_eq!(reference, "Contradiction of Tesis 194/2012");
        assert_eq!(date.map(|d| d.to_string()).as_deref(), Some("2013-02"));
        assert_eq!(substantive(" of October 17, 2012."), None);
        assert_eq!(slug("Tesis: 1a./J. 115/2012"), "tesis-1a-j-115-2012");
        assert_eq!(
            parties("Crown v Pel Ardo Vance, 2019 [a photo taken by the unit]"),
            Some(("Crown v Pel Ardo Vance".to_string(), 22))
        );
        assert_eq!(
            parties("State vs. Omar Lind"),
            Some(("State vs. Omar Lind".to_string(), 19))
        );
        assert_eq!(parties("The court held v the other"), None);
    }
}
