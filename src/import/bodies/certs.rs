//! CERT and CSIRT words, generic and regional teams, and lines that are
//! only a name.

use crate::profile::InstitutionKind;

use super::super::names;
use super::super::text::{self, Word};
use super::Found;

/// A CERT named by a word: `CERT-MX`, `bdCERT`, `EcuCERT`, `Colcert`,
/// `CSIRT-IE`, `BwCIRT`; not plurals (`CERTs`) nor other words (`certain`).
pub(super) fn is_cert_word(w: &str) -> bool {
    // Cheap first: every CERT word has "ert" or "irt" in some case.
    let b = w.as_bytes();
    let has = b.windows(3).any(|t| {
        matches!(t[0], b'e' | b'E' | b'i' | b'I') && matches!(t[1], b'r' | b'R') && matches!(t[2], b't' | b'T')
    });
    if !has {
        return false;
    }
    let lower = w.to_lowercase();
    let core = lower.trim_end_matches(|c: char| c == '-' || c.is_ascii_digit());
    let upper_named = w.contains("CERT") || w.contains("CSIRT") || w.contains("CIRT");
    let capitalised = w.chars().next().is_some_and(char::is_uppercase);
    let cased = upper_named || (capitalised && (core.ends_with("cert") || core.ends_with("csirt")) && core.len() > 4);
    cased
        && !w.ends_with('s')
        && !matches!(core, "concert" | "certificate" | "certification")
        && !lower.starts_with("certif")
}

/// Whether the CERT word at `at` is generic: "other CSIRT teams", "sectoral
/// CERT", or names something else: "a CERT study", "CERT services".
pub(super) fn generic_cert(s: &str, words: &[Word], at: usize) -> bool {
    let before = at
        .checked_sub(1)
        .and_then(|k| words.get(k))
        .map(|w| w.text(s).to_lowercase());
    let after = words.get(at + 1).map(|w| w.text(s).to_lowercase());
    before.is_some_and(|b| {
        matches!(
            b.as_str(),
            "other" | "sectoral" | "sector" | "private" | "several" | "many" | "various" | "local"
        )
    }) || after.is_some_and(|a| {
        matches!(
            a.as_str(),
            "teams"
                | "network"
                | "study"
                | "project"
                | "capability"
                | "capacity"
                | "capacities"
                | "services"
                | "function"
                | "regulations"
                | "regulation"
                | "initiative"
        )
    })
}

/// Whether word `at` is "national" and a CERT word follows within three words.
pub(super) fn national_cert(s: &str, words: &[Word]) -> bool {
    words.iter().enumerate().any(|(i, w)| {
        matches!(w.text(s), "national" | "National" | "nacional")
            && words
                .iter()
                .skip(i + 1)
                .take(3)
                .any(|n| is_cert_word(n.text(s)) || n.text(s).eq_ignore_ascii_case("computer"))
    })
}

/// Words before a CERT word, or in its name, that make it a regional team
/// shared by several countries, not the country's own.
const REGIONS: &[&str] = &[
    "regional",
    "sub-regional",
    "pacific",
    "africa",
    "african",
    "asia",
    "asia-pacific",
    "caribbean",
    "arab",
    "gulf",
    "ecowas",
    "oic",
    "european",
    "americas",
];

/// Whether a CERT name, or the words just before it (`the Pacific Regional
/// CIRT (PacCERT)`), make it a regional team.
pub fn is_regional_cert(name: &str, before: &str) -> bool {
    let lower = text::lower(name);
    let lead: Vec<&str> = before.split_whitespace().rev().take(3).collect();
    let region_word = |w: &str| {
        let w = w
            .trim_matches(|c: char| !c.is_alphanumeric() && c != '-')
            .to_lowercase();
        REGIONS.contains(&w.as_str())
    };
    lower
        .split(|c: char| c.is_whitespace() || c == '(' || c == ')')
        .any(region_word)
        || lead.iter().any(|w| region_word(w))
        || ["paccert", "africacert", "apcert", "oic-cert", "cert-eu"]
            .iter()
            .any(|k| text::find_word(&lower, k, 0).is_some())
}

/// The CERT words of a sentence that name regional teams.
pub fn regional_certs(s: &str) -> Vec<String> {
    let words = text::words(s);
    let mut out = Vec::new();
    for (k, w) in words.iter().enumerate() {
        let word = w.text(s);
        if is_cert_word(word) && is_regional_cert(word, s.get(..w.start).unwrap_or("")) {
            // A bare "CIRT" is no name of its own: only its acronym is kept.
            if !matches!(word, "CERT" | "CIRT" | "CSIRT") {
                out.push(word.to_string());
            }
            // "the Pacific Regional CIRT (PacCERT)": the acronym is the same team.
            if let Some(next) = words.get(k + 1) {
                if s.get(w.end..next.start) == Some(" (") && is_cert_word(next.text(s)) {
                    out.push(next.text(s).to_string());
                }
            }
        }
    }
    out
}

/// Whether a text is a name and nothing else: capitalised words and the
/// small words of names, in English, French, Spanish or Portuguese.
pub(super) fn name_line(s: &str, words: &[Word]) -> bool {
    let small = |w: &str| {
        matches!(
            w,
            "a" | "de"
                | "del"
                | "des"
                | "du"
                | "la"
                | "le"
                | "el"
                | "y"
                | "e"
                | "et"
                | "of"
                | "and"
                | "for"
                | "the"
                | "da"
                | "do"
        )
    };
    (3..=14).contains(&words.len())
        && words.iter().all(|w| {
            let t = w.text(s);
            t.starts_with(char::is_uppercase) || small(t)
        })
        && !s.contains([',', ':', '.'])
}

/// Whether a sentence speaks of a CERT or CSIRT: a team word, or the words
/// of a response team's name.
pub(super) fn names_team(s: &str, lower: &str, words: &[Word]) -> bool {
    words
        .iter()
        .enumerate()
        .any(|(k, w)| is_cert_word(w.text(s)) && !generic_cert(s, words, k))
        || text::any(
            lower,
            &[
                "computer emergency",
                "computer and emergency",
                "incident response team",
                "emergency response team",
                "security response team",
                "emergency readiness team",
                "incident response center",
                "incident response centre",
                "équipe de réponse",
                "respuesta a incidentes",
                "respuesta ante incidentes",
                "resposta a incidentes",
            ],
        )
}

/// The team a sentence names; `parent` gives the body the sentence says
/// runs it.
pub(super) fn team(s: &str, words: &[Word], parent: impl Fn() -> Option<String>) -> Option<Found> {
    let (name, key) = match names::acronym_entity(s).filter(|(_, k)| is_cert_word(k)) {
        Some((name, key)) => (name, Some(key)),
        // A line that is only a name: "Centro Nacional de Respuesta a
        // Incidentes de Seguridad Informática".
        None if name_line(s, words) => (s.trim().trim_end_matches(['.', ';']).to_string(), None),
        None => {
            let team_word = |k: usize| is_cert_word(words[k].text(s)) && !generic_cert(s, words, k);
            let at = (0..words.len()).find(|&k| team_word(k))?;
            // "the national CERT, CERT-RU,", "the CSIRT, called GovCSIRT": a
            // bare kind word, then the team's own name a few words on.
            let bare = |k: usize| matches!(words[k].text(s).to_uppercase().as_str(), "CERT" | "CSIRT" | "CIRT");
            let at = if bare(at) {
                (at + 1..words.len().min(at + 4))
                    .find(|&k| {
                        let gap = s.get(words[at].end..words[k].start).unwrap_or("").trim();
                        team_word(k)
                            && !bare(k)
                            && matches!(
                                gap,
                                "," | "("
                                    | "–"
                                    | "—"
                                    | "called"
                                    | "named"
                                    | "is called"
                                    | "known as"
                                    | ", called"
                                    | ", named"
                                    | ", known as"
                            )
                    })
                    .unwrap_or(at)
            } else {
                at
            };
            let key = words[at].text(s).to_string();
            // "CERT.PL", "CERT.GOV.PL": a team named with a dotted suffix.
            let dotted = s.get(words[at].end..).and_then(|r| {
                let r = r
                    .strip_prefix('.')
                    .filter(|r| r.starts_with(|c: char| c.is_ascii_alphabetic()))?;
                let len = r
                    .find(|c: char| !(c.is_ascii_alphanumeric() || c == '.'))
                    .unwrap_or(r.len());
                Some(format!("{key}.{}", r[..len].trim_end_matches('.')))
            });
            if let Some(dotted) = dotted {
                // With its gloss, if any: "CERT.PL (CERT POLSKA)".
                let gloss = s
                    .find(&dotted)
                    .and_then(|at| s.get(at + dotted.len()..))
                    .and_then(|r| r.strip_prefix(" ("))
                    .and_then(|r| r.split_once(')'))
                    .map(|(inner, _)| inner)
                    .filter(|inner| inner.len() <= 40 && !inner.contains('('));
                let name = match gloss {
                    Some(inner) => format!("{dotted} ({inner})"),
                    None => dotted.clone(),
                };
                return Some(Found {
                    kind: InstitutionKind::Cert,
                    head: dotted.to_lowercase(),
                    name,
                    parent: None,
                    national: national_cert(s, words).then_some(true),
                    key: Some(dotted),
                    described: false,
                });
            }
            let mut name = names::phrase_around(s, words, at)
                .and_then(|(a, b)| s.get(a..b))
                .unwrap_or(&key)
                .to_string();
            // "Emergency Security Response Team of X (Colcert)": the name before the brackets.
            if let Some(open) = s.find(&format!(" ({key})")) {
                let before = &s[..open];
                let bw = text::words(before);
                if let Some((a, b)) = bw
                    .len()
                    .checked_sub(1)
                    .and_then(|l| names::phrase_around(before, &bw, l))
                {
                    let long = before.get(a..b).unwrap_or("");
                    if long.split_whitespace().count() >= 3 {
                        name = format!("{long} ({key})");
                    }
                }
            }
            (name, Some(key))
        }
    };
    // "On 1 July 2016 Tonga CERT": a date opening the sentence is no part of the name.
    let name = match super::super::dates::find_all(&name).first() {
        Some(f) if f.start <= 9 && name[..f.start].split_whitespace().count() <= 1 => {
            name[f.end..].trim_start().to_string()
        }
        _ => name,
    };
    let national = national_cert(s, words).then_some(true);
    // A bare "(CERT)" after a lower-case phrase names a capacity, not a
    // body: "capacities of prevention and emergency response (CERT)".
    // So does a bare word before a lower-case one ("(CERT operations)"),
    // or before a bracket that gives no name ("an officially recognised
    // CERT ( mandated by ...").
    let generic = matches!(name.as_str(), "CERT" | "CSIRT" | "CIRT");
    let after = s
        .find(&format!("{name} "))
        .and_then(|at| s.get(at + name.len() + 1..))
        .unwrap_or("");
    let bare = generic
        && (s.find(&format!("({name})")).is_some_and(|at| {
            s[..at]
                .trim_end()
                .rsplit(char::is_whitespace)
                .next()
                .is_some_and(|w| w.chars().next().is_some_and(char::is_lowercase))
        }) || [
            "operations",
            "capacit",
            "capabilit",
            "services",
            "functions",
            "activities",
            "teams",
        ]
        .iter()
        .any(|w| after.starts_with(w))
            || after.starts_with("( "));
    // "several Computer Security Incident Response (CSIRT)/Computer
    // Emergency Response (CERT) teams": the kind of team glossed, no team.
    let kind_only = key
        .as_deref()
        .is_some_and(|k| matches!(k, "CERT" | "CSIRT" | "CIRT") && name.ends_with(&format!(" ({k})")))
        && !text::any(&text::lower(&name), &["team", "centre", "center", "équipe", "equipo"]);
    if bare || kind_only {
        return None;
    }
    Some(Found {
        kind: InstitutionKind::Cert,
        head: name.to_lowercase(),
        name,
        parent: parent(),
        national,
        key,
        described: false,
    })
}
