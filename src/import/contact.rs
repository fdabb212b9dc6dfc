//! The Art. 35 point of contact, only where the page names a point of
//! contact available around the clock (`24/7`, `24 hours a day`). A
//! "central point of contact" or a "point of contact with Interpol" is not a
//! 24/7 point of contact: those stay with their institution and in notes.

use crate::profile::Fact;

use super::draft::Draft;
use super::names;
use super::sections::SectionKind;
use super::text;

const AROUND_THE_CLOCK: &[&str] = &[
    "24/7",
    "24 / 7",
    "24x7",
    "24 x 7",
    "24h/7",
    "24 hours a day",
    "24 hours",
    "24h/24",
    "24 heures",
];
const CONTACT: &[&str] = &[
    "point of contact",
    "contact point",
    "point de contact",
    "punto de contacto",
];
const NEGATIVE: &[&str] = &[
    "not yet designated",
    "has not designated",
    "have not designated",
    "no 24/7",
    "not been designated",
    "n'a pas encore désigné",
    "n'a pas désigné",
    "aucun point de contact",
];

/// Finds a 24/7 point of contact and writes it into the profile.
pub fn extract(d: &mut Draft) {
    let page = d.page;
    for (i, s) in page.sentences.iter().enumerate() {
        if matches!(
            page.kind(s),
            SectionKind::Jurisprudence | SectionKind::Sources | SectionKind::Status
        ) {
            continue;
        }
        if !s.lower.contains("24") || !text::any(&s.lower, AROUND_THE_CLOCK) || !text::any(&s.lower, CONTACT) {
            continue;
        }
        if text::any(&s.lower, NEGATIVE) {
            d.profile.contact_point.designated = Some(d.fact(false, i));
            return;
        }
        let body = body(d, &s.text);
        let cp = &mut d.profile.contact_point;
        cp.designated = Some(Fact::quoted(true, d.source.clone(), s.text.clone()));
        cp.available_24_7 = Some(Fact::quoted(true, d.source.clone(), s.text.clone()));
        cp.body = body.map(|b| Fact::quoted(b, d.source.clone(), s.text.clone()));
        d.mark(i);
        return;
    }
}

/// The body a sentence names as the point of contact: an institution already
/// found, else the body named with its acronym, else the sentence's subject.
fn body(d: &Draft, sentence: &str) -> Option<String> {
    let known = d.profile.institutions.iter().find(|inst| {
        let key = inst.name.rsplit('(').next().unwrap_or("").trim_end_matches(')');
        sentence.contains(&inst.name) || (!key.is_empty() && names::is_acronym(key) && sentence.contains(key))
    });
    if let Some(inst) = known {
        return Some(inst.name.clone());
    }
    names::acronym_entity(sentence)
        .map(|(n, _)| n)
        .or_else(|| names::subject(sentence))
}
