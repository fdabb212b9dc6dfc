//! Specialised institutions, from the institutions section: CERT/CSIRT,
//! police units, prosecution services, courts, intelligence services and
//! other bodies, each with its name, parent body, roles and whether it is
//! national.
//!
//! A sentence names a new body when it has a CERT or CSIRT, a unit
//! (`unit`, `division`, `directorate`, ...) whose name or description speaks
//! of cybercrime, computers or information technology, or an intelligence
//! service named with its acronym. A sentence that mentions a body already
//! found by its acronym is about that body: its roles are read from it
//! ("serves as", "in charge of", "main activities consist of", ...).

use crate::profile::{Institution, InstitutionKind};

use super::draft::Draft;
use super::names;
use super::sections::SectionKind;
use super::text::{self, Word};

const UNIT_WORDS: &[&str] = &[
    "unit",
    "division",
    "department",
    "directorate",
    "brigade",
    "centre",
    "center",
    "office",
    "section",
    "squad",
    "agency",
    "authority",
    "laboratory",
    "unité",
    "direction",
    "sous-direction",
    "service",
    "bureau",
    "agence",
    "unidad",
];
const CYBER: &[&str] = &[
    "cyber",
    "computer",
    "high-tech",
    "high tech",
    "informatique",
    "électronique",
    "electronic",
    "digital",
    "numérique",
    "internet",
    "information technolog",
    "information security",
    "ict",
    "informática",
];
/// Verbs that say what a unit does, right after its name.
const ACTIVITIES: &[&str] = &[
    "investigates",
    "handles",
    "deals with",
    "combats",
    "fights",
    "tackles",
    "is responsible for",
    "is in charge of",
    "specialises in",
    "specializes in",
    "enquête sur",
    "est chargée de",
    "lutte contre",
];
const ROLE_MARKERS: &[&str] = &[
    "in charge of ",
    "responsible for ",
    "serves as ",
    "acts as ",
    "is the |official ",
    "consist of ",
    "consists of ",
    "purpose is to ",
    "role is to ",
    "mission is to ",
    "tasked with ",
    "chargé de ",
    "chargée de ",
    "chargé d'",
    "chargée d'",
];
const ROLE_ENDS: &[&str] = &[
    ", which",
    ", who",
    ";",
    " and its ",
    " and whose ",
    " whose ",
];

struct Found {
    kind: InstitutionKind,
    name: String,
    parent: Option<String>,
    national: Option<bool>,
    /// The acronym other sentences may refer to it by.
    key: Option<String>,
    /// The name up to its unit word (`cybercrime unit`): two bodies of the
    /// same kind with the same head are one body named two ways.
    head: String,
}

fn kind_of(lower: &str) -> InstitutionKind {
    if text::any(
        lower,
        &["police", "gendarmerie", "policía", "law enforcement"],
    ) {
        InstitutionKind::PoliceUnit
    } else if text::any(
        lower,
        &["prosecut", "procureur", "parquet", "fiscalía", "attorney"],
    ) {
        InstitutionKind::Prosecution
    } else if text::any(lower, &["court", "tribunal", "judge", "juge"]) {
        InstitutionKind::Court
    } else if text::any(lower, &["intelligence", "renseignement", "inteligencia"]) {
        InstitutionKind::Intelligence
    } else {
        InstitutionKind::Other
    }
}

fn is_cert_word(w: &str) -> bool {
    w.contains("CERT") || w.contains("CSIRT") || w.ends_with("CIRT")
}

/// Whether word `at` is "national" and a CERT word follows within three words.
fn national_cert(s: &str, words: &[Word]) -> bool {
    words.iter().enumerate().any(|(i, w)| {
        matches!(w.text(s), "national" | "National" | "nacional")
            && words
                .iter()
                .skip(i + 1)
                .take(3)
                .any(|n| is_cert_word(n.text(s)) || n.text(s).eq_ignore_ascii_case("computer"))
    })
}

/// The body a sentence introduces, if any.
fn detect(s: &str, lower: &str) -> Option<Found> {
    let words = text::words(s);
    let parent = || {
        let subject = names::subject(s)?;
        let object_verbs = [" operates ", " has ", " runs ", " hosts ", " houses "];
        object_verbs
            .iter()
            .any(|v| s.contains(&format!("{subject}{v}")))
            .then_some(subject)
    };
    // A CERT or CSIRT.
    if words.iter().any(|w| is_cert_word(w.text(s)))
        || text::any(
            lower,
            &[
                "computer emergency",
                "computer and emergency",
                "incident response team",
            ],
        )
    {
        let (name, key) = match names::acronym_entity(s).filter(|(_, k)| is_cert_word(k)) {
            Some((name, key)) => (name, Some(key)),
            None => {
                let at = words.iter().position(|w| is_cert_word(w.text(s)))?;
                let key = words[at].text(s).to_string();
                let name = names::phrase_around(s, &words, at)
                    .and_then(|(a, b)| s.get(a..b))
                    .unwrap_or(&key)
                    .to_string();
                (name, Some(key))
            }
        };
        let national = national_cert(s, &words).then_some(true);
        return Some(Found {
            kind: InstitutionKind::Cert,
            head: name.to_lowercase(),
            name,
            parent: parent(),
            national,
            key,
        });
    }
    // A unit whose name or description speaks of cybercrime or computers.
    for (k, w) in words.iter().enumerate() {
        let word = w.text(s);
        if !UNIT_WORDS.contains(&word.to_lowercase().as_str()) {
            continue;
        }
        let proper =
            names::phrase_around(s, &words, k).map(|(a, b)| s.get(a..b).unwrap_or("").to_string());
        let cyber = |n: &String| text::any(&text::lower(n), CYBER);
        // A proper name, if it speaks of cyber matters or its sentence says
        // it works on them ("investigates computer crime"); else the words
        // describing the unit.
        let active = |n: &String| {
            let after = s
                .find(n.as_str())
                .and_then(|at| lower.get(at + n.len()..))
                .unwrap_or("");
            let verb = ACTIVITIES.iter().any(|v| after.trim_start().starts_with(v));
            verb && text::any(after, CYBER)
        };
        let name = match proper.filter(|n| cyber(n) || active(n)) {
            Some(name) => name,
            None => description(s, &words, k),
        };
        let cyber_name = text::any(&text::lower(&name), CYBER) || active(&name);
        let name_lower = text::lower(&name);
        if !cyber_name {
            continue;
        }
        let kind = match kind_of(&name_lower) {
            InstitutionKind::Other => kind_of(lower),
            kind => kind,
        };
        let key = names::acronym_entity(s)
            .map(|(_, k)| k)
            .filter(|k| s.contains(&format!("{name} ({k})")));
        let parent = parent().filter(|p| *p != name);
        let head_end = name.find(word).map_or(name.len(), |at| at + word.len());
        return Some(Found {
            kind,
            head: name.get(..head_end).unwrap_or(&name).to_lowercase(),
            name: text::capitalise(&name),
            parent,
            national: None,
            key,
        });
    }
    // An intelligence service named with its acronym.
    if text::any(lower, &["intelligence", "renseignement", "inteligencia"]) {
        let (name, key) = names::acronym_entity(s)?;
        return Some(Found {
            kind: InstitutionKind::Intelligence,
            head: name.to_lowercase(),
            name,
            parent: None,
            national: None,
            key: Some(key),
        });
    }
    None
}

/// A lower-case unit word and what follows it up to a comma or a verb:
/// `unit on the prevention and countering of cybercrime and child pornography`.
fn description(s: &str, words: &[Word], at: usize) -> String {
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
        "has",
        "have",
        "also",
        "serves",
        "operates",
        "in charge",
    ];
    let mut last = at;
    for k in at + 1..words.len().min(at + 16) {
        let gap = s.get(words[k - 1].end..words[k].start).unwrap_or("");
        if !gap.chars().all(char::is_whitespace) || STOPS.contains(&words[k].text(s)) {
            break;
        }
        last = k;
    }
    s.get(words[at].start..words[last].end)
        .unwrap_or("")
        .to_string()
}

/// The roles a sentence gives a body, in its own words.
fn roles(s: &str, lower: &str) -> Vec<String> {
    let mut out = Vec::new();
    // A `|` in a marker is where the role starts.
    let mut markers: Vec<(usize, usize)> = ROLE_MARKERS
        .iter()
        .flat_map(|m| {
            let keep = m.find('|').unwrap_or(m.len());
            let plain = m.replace('|', "");
            lower
                .match_indices(&plain)
                .map(move |(i, _)| (i, i + keep))
                .collect::<Vec<_>>()
        })
        .collect();
    // "the main role of CISEN is to".
    if let Some(at) = lower.find("role of ") {
        if let Some(is_to) = lower
            .get(at..)
            .and_then(|r| r.get(..r.len().min(60)))
            .and_then(|r| r.find(" is to "))
        {
            markers.push((at, at + is_to + " is to ".len()));
        }
    }
    markers.sort_unstable();
    for (_, start) in markers {
        let rest = lower.get(start..).unwrap_or("");
        let end = ROLE_ENDS
            .iter()
            .filter_map(|e| rest.find(e))
            .min()
            .unwrap_or(rest.len());
        let role = s
            .get(start..start + end)
            .unwrap_or("")
            .trim()
            .trim_end_matches('.')
            .trim();
        if role.split_whitespace().count() >= 2 && !out.iter().any(|r: &String| r == role) {
            out.push(role.to_string());
        }
    }
    out
}

/// Finds the institutions of the institutions section.
pub fn extract(d: &mut Draft) {
    let page = d.page;
    let mut keys: Vec<(String, usize)> = Vec::new();
    let mut heads: Vec<String> = Vec::new();
    for i in page.in_kind(SectionKind::Institutions).collect::<Vec<_>>() {
        let s = &page.sentences[i];
        // A sentence about a body already found.
        let about = keys
            .iter()
            .find(|(k, _)| {
                text::words(&s.text)
                    .iter()
                    .take(12)
                    .any(|w| w.text(&s.text) == k)
            })
            .map(|(_, n)| *n);
        if let Some(n) = about {
            let found = roles(&s.text, &s.lower);
            if let (false, Some(inst)) = (found.is_empty(), d.profile.institutions.get_mut(n)) {
                for r in found {
                    if !inst.roles.contains(&r) {
                        inst.roles.push(r);
                    }
                }
                d.mark(i);
            }
            continue;
        }
        let Some(found) = detect(&s.text, &s.lower) else {
            continue;
        };
        let duplicate = d
            .profile
            .institutions
            .iter()
            .zip(&heads)
            .position(|(x, h)| x.kind == found.kind && (x.name == found.name || *h == found.head));
        if let Some(n) = duplicate {
            d.mark(i);
            if let Some(inst) = d.profile.institutions.get_mut(n) {
                for r in roles(&s.text, &s.lower) {
                    if !inst.roles.contains(&r) {
                        inst.roles.push(r);
                    }
                }
            }
            if let Some(k) = found.key {
                keys.push((k, n));
            }
            continue;
        }
        d.mark(i);
        heads.push(found.head.clone());
        if let Some(k) = found.key {
            keys.push((k, d.profile.institutions.len()));
        }
        d.profile.institutions.push(Institution {
            kind: found.kind,
            name: found.name,
            parent: found.parent,
            roles: roles(&s.text, &s.lower),
            national: found.national,
            source: Some(d.source.clone()),
            quote: Some(s.text.clone()),
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn detected(s: &str) -> Option<(InstitutionKind, String, Option<String>)> {
        detect(s, &text::lower(s)).map(|f| (f.kind, f.name, f.parent))
    }

    #[test]
    fn units_certs_and_services() {
        let s = "The Scientific Police has a special and outstanding unit on the prevention and countering of cybercrime and child pornography, which also serves as the central point";
        assert_eq!(
            detected(s),
            Some((
                InstitutionKind::PoliceUnit,
                "Unit on the prevention and countering of cybercrime and child pornography".into(),
                Some("Scientific Police".into())
            ))
        );
        assert_eq!(
            detected("The Cybercrime Unit of the National Police investigates."),
            Some((
                InstitutionKind::PoliceUnit,
                "Cybercrime Unit of the National Police".into(),
                None
            ))
        );
        assert_eq!(
            detected(
                "The Scientific Division of the Federal Police is in charge of federal crimes."
            ),
            None
        );
        assert_eq!(
            detected("Le parquet a une Section de lutte contre la cybercriminalité.").map(|f| f.0),
            Some(InstitutionKind::Prosecution)
        );
    }

    #[test]
    fn roles_in_the_pages_words() {
        let s = "The CERT-MX is the official point of contact with Interpol and its main activities consist of identification of cybercrimes.";
        assert_eq!(
            roles(s, &text::lower(s)),
            [
                "official point of contact with Interpol",
                "identification of cybercrimes"
            ]
        );
        let s = "The main role of CISEN is to propose measures to prevent threats.";
        assert_eq!(
            roles(s, &text::lower(s)),
            ["propose measures to prevent threats"]
        );
    }
}
