//! Recognising the body a sentence introduces: a CERT or CSIRT, a unit
//! (`unit`, `division`, `directorate`, ...) whose name or description speaks
//! of cybercrime, computers or information technology (or whose sentence
//! says it works on them: "investigates computer crime"), or an intelligence
//! service named with its acronym; its kind, name, parent and national scope.

mod certs;
mod describe;
mod words;

use crate::profile::InstitutionKind;

use super::names;
use super::text;

pub use certs::{is_regional_cert, regional_certs};
use certs::{names_team, team};
use describe::{description, follow_says_cyber, quoted_name};
use words::{renamed_after, without_adverbs, ACTIVITIES, CYBER, PASSIVE_WORK, UNIT_WORDS};

/// Whether lower-case text speaks of cyber matters; `ict` only as a word
/// (not inside "district").
pub(super) fn is_cyber(lower: &str) -> bool {
    static PHRASES: text::Phrases = text::Phrases::new(CYBER);
    PHRASES.any(lower)
        || lower
            .split(|c: char| !c.is_alphanumeric())
            .any(|w| w == "ict" || w == "icts")
}

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
    /// Whether the name is the words describing a unit ("cybercrime unit of
    /// the police"), not a proper name.
    pub described: bool,
}

/// Police forces, also those not called "police".
const POLICE: &[&str] = &[
    "police",
    "gendarmerie",
    "policía",
    "polícia",
    "policia",
    "law enforcement",
    "garda",
    "internal security forces",
    "public security directorate",
    "public security department",
    "directorate of security",
    "directorate general of security",
    "office central",
    "general directorate of police",
    "carabinier",
    "guardia civil",
    "constabulary",
    "bureau of investigation",
    "criminal investigation",
    "investigative committee",
    "brigade",
    "sûreté nationale",
    "surete nationale",
    "emniyet",
    "militsiya",
];

/// The ministry police units sit under: a unit the sentence places there
/// is a police unit ("Cybercrime Unit, ..., Ministry of Interior"), though
/// a body named after the ministry is not.
const INTERIOR: &[&str] = &[
    "ministry of interior",
    "ministry of the interior",
    "interior ministry",
    "ministry of internal affairs",
    "ministère de l'intérieur",
    "ministerio del interior",
];

/// A capitalised unit word after a quoted name: `a “Cybercrime” Section`
/// is the "Cybercrime Section".
fn quoted_before(s: &str, at: usize, word: &str) -> Option<String> {
    if !word.starts_with(char::is_uppercase) {
        return None;
    }
    let before = s.get(..at)?.strip_suffix(' ')?;
    let (open, inner_end) = match before.chars().next_back()? {
        '”' => ('“', before.len() - '”'.len_utf8()),
        '"' => ('"', before.len() - 1),
        _ => return None,
    };
    let inner_start = before[..inner_end].rfind(open)? + open.len_utf8();
    let inner = before[inner_start..inner_end].trim();
    let fits = (1..=4).contains(&inner.split_whitespace().count())
        && inner.split_whitespace().all(|w| w.starts_with(char::is_uppercase));
    fits.then(|| format!("{inner} {word}"))
}

/// A quoted name set before the words describing it, with its acronym:
/// "the “Office central ...” (OCLCTIC), a department dealing with ...".
fn quoted_before_description(s: &str, at: usize) -> Option<String> {
    let before = s.get(..at)?;
    let comma = before.rfind(", a ").or_else(|| before.rfind(", an "))?;
    // The description's article, then at most two words before the unit word.
    let between = before.get(comma + 2..)?;
    if between.contains(',') || between.split_whitespace().count() > 3 {
        return None;
    }
    let before = before[..comma].trim_end();
    let before = match before.strip_suffix(')') {
        Some(b) if b.rfind('(').is_some_and(|o| b.len() - o <= 14) => b[..b.rfind('(')?].trim_end(),
        Some(_) => return None,
        None => before,
    };
    let inner_end = before.strip_suffix('”').or_else(|| before.strip_suffix('"'))?.len();
    let open = before[..inner_end].rfind(['“', '"'])?;
    let inner = before[open..inner_end].trim_start_matches(['“', '"']).trim();
    (inner.split_whitespace().count() >= 2 && inner.starts_with(char::is_uppercase)).then(|| inner.to_string())
}

/// Whether the sentence places the unit named `name` under the ministry of
/// the interior: the ministry close to the name, with no other body between
/// them ("Cybercrime Unit, General Department for X, Ministry of Interior";
/// "the Ministry of the Interior has a department, the X"), not across
/// "and the" another body.
fn under_interior(lower: &str, name: &str) -> bool {
    let Some(at) = lower.find(name) else {
        return false;
    };
    let (before, after) = (&lower[..at], &lower[at + name.len()..]);
    let close = |between: &str| between.len() <= 150 && !text::any(between, &[" and the ", ". ", "; ", " with "]);
    // "The Cybercrime Department of the Ministry of Justice works with the
    // Ministry of Internal Affairs": another ministry's unit.
    !text::any(name, INTERIOR)
        && !name.contains("ministry of")
        && INTERIOR.iter().any(|m| {
            after.find(m).is_some_and(|m_at| close(&after[..m_at]))
                || before.rfind(m).is_some_and(|m_at| close(&before[m_at + m.len()..]))
        })
}

pub fn kind_of(lower: &str) -> InstitutionKind {
    if text::any(lower, POLICE) {
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

/// Whether lower-case text may name a body at all: a unit word or a CERT
/// word somewhere in it. A cheap filter before [`detect`].
pub fn may_name_body(lower: &str) -> bool {
    // A unit word as a word, looked for only where it occurs as a substring.
    static UNITS: text::Phrases = text::Phrases::new(UNIT_WORDS);
    text::any(lower, &["cert", "cirt", "csirt", "emergency", "response team"])
        || UNITS.any(lower) && text::words(lower).iter().any(|w| UNIT_WORDS.contains(&w.text(lower)))
}

/// The body a sentence introduces, if any; `follow` is the next sentence,
/// which may say what the last unit named does.
pub fn detect_with(s: &str, lower: &str, follow: Option<&str>) -> Option<Found> {
    // Read only when a unit's own name and sentence say nothing of its work.
    let follow_cyber = std::cell::OnceCell::new();
    let follow_cyber = || *follow_cyber.get_or_init(|| follow.is_some_and(follow_says_cyber));
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
    if names_team(s, lower, &words) {
        return team(s, &words, parent);
    }
    // A unit whose name or description speaks of cybercrime or computers.
    for (k, w) in words.iter().enumerate() {
        let word = w.text(s);
        if !UNIT_WORDS.contains(&word.to_lowercase().as_str()) {
            continue;
        }
        // "a cybersecurity working group": a forum of other bodies, not a unit.
        if word.eq_ignore_ascii_case("group")
            && k.checked_sub(1).and_then(|p| words.get(p)).is_some_and(|p| {
                matches!(
                    text::lower(p.text(s)).as_str(),
                    "working" | "expert" | "experts" | "advisory" | "contact" | "steering"
                )
            })
        {
            continue;
        }
        // "police cybercrime units were created": units named by their work,
        // not "other police units across the country".
        if word.eq_ignore_ascii_case("units") {
            let word_at = |back: usize| {
                k.checked_sub(back)
                    .and_then(|p| words.get(p))
                    .map(|p| text::lower(p.text(s)))
                    .unwrap_or_default()
            };
            let (one, two) = (word_at(1), word_at(2));
            let others = |w: &str| {
                matches!(
                    w,
                    "foreign" | "other" | "international" | "regional" | "these" | "those"
                )
            };
            // "Many federal and state agencies have cybercrime units": units of
            // bodies the page does not name.
            let many = matches!(word_at(2).as_str(), "have" | "has")
                && lower
                    .get(..w.start)
                    .unwrap_or("")
                    .split_whitespace()
                    .any(|x| matches!(x, "many" | "several" | "various" | "numerous" | "most"));
            if !(is_cyber(&one) || one == "investigation" && is_cyber(&two))
                || (1..=3).any(|back| others(&word_at(back)))
                || many
            {
                continue;
            }
        }
        // A name runs to "and the" no further: "the Prosecutor against Computer
        // Crimes and the National Police" names two bodies.
        let proper = quoted_before(s, w.start, word).or_else(|| {
            names::phrase_around(s, &words, k).map(|(a, b)| {
                let name = s.get(a..b).unwrap_or("");
                let unit_at = w.start.saturating_sub(a);
                match name.get(unit_at..).and_then(|r| r.find(" and the ")) {
                    Some(cut) => name[..unit_at + cut].to_string(),
                    None => name.to_string(),
                }
            })
        });
        let cyber = |n: &String| is_cyber(&text::lower(n)) || n.split_whitespace().any(|w| w == "IT");
        // A proper name, if it speaks of cyber matters or its sentence says
        // it works on them ("investigates computer crime"); else the words
        // describing the unit.
        let active = |n: &String| {
            let after = s
                .find(n.as_str())
                .and_then(|at| lower.get(at + n.len()..))
                .unwrap_or("");
            // (Past a closing bracket or a comma too: "the IITCUP (Research
            // Institute of the Police), investigates".)
            let after = after.trim_start_matches(['"', '”', '’', '»', ' ', ')', ',']);
            // "which is now in charge of": an adverb does not change the work.
            // Only the words near the name: a long sentence is not rewritten whole.
            let rest = after;
            let after = &without_adverbs(text::up_to(after, 240));
            // "Cybercrime cases are mainly handled by the X": the work, then
            // the unit that does it.
            let handled_by = s.find(n.as_str()).and_then(|at| lower.get(..at)).is_some_and(|before| {
                let before = before.trim_end();
                let from = (before.len().saturating_sub(140)..before.len())
                    .find(|&i| before.is_char_boundary(i))
                    .unwrap_or(before.len());
                let window = before.get(from..).unwrap_or("");
                // A unit of a larger body, not a whole office or service.
                let sub_unit = matches!(
                    word.to_lowercase().as_str(),
                    "unit" | "section" | "division" | "department" | "squad" | "cell" | "team" | "bureau" | "desk"
                );
                sub_unit
                    && (before.ends_with(" by the") || before.ends_with(" by"))
                    && text::any(window, PASSIVE_WORK)
                    && is_cyber(window)
            });
            // Right after the name, or after a gloss and a seat: "“Special
            // Prosecutor” (Procureur Spécial) at the Court (CRIET) is responsible for".
            let near = text::up_to(after, 160);
            let verb = ACTIVITIES.iter().any(|v| after.starts_with(v))
                || (after.starts_with('(') || after.starts_with("at ") || after.starts_with("within "))
                    && ACTIVITIES.iter().any(|v| near.contains(v))
                    && !text::any(near, &["does not", "do not", "has no ", "have no "]);
            // The last unit of the sentence, whose work the next sentence states.
            let last_unit = !text::words(rest).iter().any(|w| UNIT_WORDS.contains(&w.text(rest)));
            // "X is the primary law enforcement unit responsible for the
            // investigation of cybercrime": the name, then what it is.
            let is_the = after.starts_with("is the ")
                && ["responsible for", "in charge of"]
                    .iter()
                    .any(|v| text::up_to(after, 70).contains(v));
            (verb || is_the) && is_cyber(rest) || last_unit && follow_cyber() || handled_by
        };
        // "This team prosecutes ...": a body named before, not a new one.
        let back = k.checked_sub(1).and_then(|p| words.get(p)).is_some_and(|p| {
            matches!(
                p.text(s),
                "This" | "this" | "These" | "these" | "Its" | "its" | "That" | "that"
            )
        });
        if back && proper.is_none() {
            continue;
        }
        // "a specialised police cybercrime unit was created in the Police -
        // Sector for Cybercrime Investigation": the unit's own name, later in
        // the sentence, names it better than the words describing it.
        let named_later = || {
            words.iter().enumerate().skip(k + 1).any(|(j, later)| {
                UNIT_WORDS.contains(&text::lower(later.text(s)).as_str())
                    && names::phrase_around(s, &words, j)
                        .and_then(|(a, b)| s.get(a..b))
                        .is_some_and(|n| n.contains(' ') && is_cyber(&text::lower(n)))
            })
        };
        if proper.is_none() && named_later() {
            continue;
        }
        // "the Transnational Crime Unit (TCU), renamed the Serious Organized
        // Transnational Crime Unit": the body is known by its later name.
        if proper
            .as_ref()
            .is_some_and(|n| renamed_after(lower, s.find(n.as_str()).map(|at| at + n.len())))
        {
            continue;
        }
        // Whether the name is a quoted one the cyber words after it describe.
        let mut apposed = false;
        let (name, described) = match proper {
            Some(name) if cyber(&name) || active(&name) => (name, false),
            // A capitalised body that is not about cyber matters ("the Public
            // Security Directorate hosts ..."): look further.
            Some(name) if name.contains(' ') => continue,
            // "interception of computer service": a described service is a
            // thing offered, not a body.
            _ if matches!(word, "service" | "services") => continue,
            _ => {
                let described = description(s, &words, k);
                // "the “Office central ...” (OCLCTIC), a department dealing with
                // ICT-related offences": the quoted name the words describe.
                match quoted_before_description(s, w.start) {
                    Some(quoted) if is_cyber(&text::lower(&described)) => {
                        apposed = true;
                        (quoted, false)
                    }
                    _ => (described, true),
                }
            }
        };
        // A unit called by a quoted name: `a unit specializing in cybercrime called "X"`.
        // Its work may be in the words describing it, its name in quotes after
        // them: "a department for ICT-related offences, the “Office central ...”".
        let quoted = quoted_name(s, w.end);
        let cyber_name = apposed
            || [Some(&name), quoted.as_ref()]
                .into_iter()
                .flatten()
                .any(|n| cyber(n) || active(n) || is_cyber(&text::lower(n)));
        let name = quoted.unwrap_or(name);
        let name_lower = text::lower(&name);
        if !cyber_name {
            continue;
        }
        // A unit that investigates crime is a police unit, whatever its parent
        // is called: "Computer Crimes Investigation Unit", "Center for
        // Combating Cyber Crime of the Inspectorate for Investigations".
        // So is "a division especially tasked to investigate cybercrimes".
        let tasked = text::up_to(lower.get(w.end..).unwrap_or(""), 60);
        let investigates = [name_lower.as_str(), tasked]
            .iter()
            .any(|t| t.contains("investigat") && text::any(t, &["crime", "cyber"]));
        let kind = match kind_of(&name_lower) {
            InstitutionKind::Other if investigates => InstitutionKind::PoliceUnit,
            InstitutionKind::Other => match kind_of(lower) {
                InstitutionKind::Other if under_interior(lower, &name_lower) => InstitutionKind::PoliceUnit,
                kind => kind,
            },
            kind => kind,
        };
        let key = names::acronym_entity(s)
            .map(|(_, k)| k)
            .filter(|k| s.contains(&format!("{name} ({k})")));
        let parent = parent().filter(|p| *p != name);
        let head_end = name.find(word).map_or(name.len(), |at| at + word.len());
        let name = name
            .strip_prefix("An ")
            .or_else(|| name.strip_prefix("A "))
            .unwrap_or(&name)
            .to_string();
        return Some(Found {
            kind,
            head: name.get(..head_end.min(name.len())).unwrap_or(&name).to_lowercase(),
            name: text::capitalise(&name),
            parent,
            national: None,
            key,
            described,
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
            described: false,
        });
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn detected(s: &str) -> Option<(InstitutionKind, String, Option<String>)> {
        detect_with(s, &text::lower(s), None).map(|f| (f.kind, f.name, f.parent))
    }

    #[test]
    fn ict_only_as_a_word() {
        assert_eq!(
            detected("The State Prosecutor of the Capital District set up a team."),
            None
        );
    }

    #[test]
    fn quoted_names_after_called() {
        let s = r#"The Criminal Police of Ruritania has a research unit specializing in cybercrime called "Northern Cyber Brigade" since 2004"#;
        assert_eq!(
            detected(s).map(|f| (f.0, f.1)),
            Some((InstitutionKind::PoliceUnit, "Northern Cyber Brigade".into()))
        );
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
