//! Specialised institutions, from the institutions section: CERT/CSIRT,
//! police units, prosecution services, courts, intelligence services and
//! other bodies, each with its name, parent body, roles and whether it is
//! national.
//!
//! Each sentence of the section either introduces a body (see
//! [`super::bodies`]), or mentions one already found by its acronym and is
//! about it: its roles are read from it (see [`super::roles`]). Two bodies
//! of the same kind named with the same head (`Cybercrime Unit of the
//! Criminal Investigation Department` and `Cybercrime Unit of the Police
//! Service`) are one body named two ways.

use crate::profile::Institution;

use super::bodies::detect;
use super::draft::Draft;
use super::roles::roles;
use super::sections::SectionKind;
use super::text;

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
            .find(|(k, _)| text::words(&s.text).iter().take(12).any(|w| w.text(&s.text) == k))
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
