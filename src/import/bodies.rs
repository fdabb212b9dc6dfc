//! Recognising the body a sentence introduces: a CERT or CSIRT, a unit
//! (`unit`, `division`, `directorate`, ...) whose name or description speaks
//! of cybercrime, computers or information technology (or whose sentence
//! says it works on them: "investigates computer crime"), or an intelligence
//! service named with its acronym; its kind, name, parent and national scope.

use crate::profile::InstitutionKind;

use super::names;
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

pub struct Found {
    pub kind: InstitutionKind,
    pub name: String,
    pub parent: Option<String>,
    pub national: Option<bool>,
    /// The acronym other sentences may refer to it by.
    pub key: Option<String>,
    /// The name up to its unit word (`cybercrime unit`): two bodies of the
    /// same kind with the same head are one body named two ways.
    pub head: String,
}

fn kind_of(lower: &str) -> InstitutionKind {
    if text::any(lower, &["police", "gendarmerie", "policía", "law enforcement"]) {
        InstitutionKind::PoliceUnit
    } else if text::any(lower, &["prosecut", "procureur", "parquet", "fiscalía", "attorney"]) {
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
pub fn detect(s: &str, lower: &str) -> Option<Found> {
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
            &["computer emergency", "computer and emergency", "incident response team"],
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
        let proper = names::phrase_around(s, &words, k).map(|(a, b)| s.get(a..b).unwrap_or("").to_string());
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
    s.get(words[at].start..words[last].end).unwrap_or("").to_string()
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
            detected("The Scientific Division of the Federal Police is in charge of federal crimes."),
            None
        );
        assert_eq!(
            detected("Le parquet a une Section de lutte contre la cybercriminalité.").map(|f| f.0),
            Some(InstitutionKind::Prosecution)
        );
    }
}
