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

use std::collections::{BTreeMap, HashMap, HashSet};

use crate::profile::{Institution, InstitutionKind};

use super::bodies::detect;
use super::draft::Draft;
use super::roles::roles;
use super::sections::SectionKind;
use super::text;

/// Finds the institutions of the institutions section.
pub fn extract(d: &mut Draft) {
    let page = d.page;
    // Acronym -> institution index, and the roles of each institution.
    let mut keys: HashMap<String, usize> = HashMap::new();
    // (kind, name) and (kind, head) -> institution index.
    let mut names: BTreeMap<(InstitutionKind, String), usize> = BTreeMap::new();
    let mut heads: BTreeMap<(InstitutionKind, String), usize> = BTreeMap::new();
    let mut seen_roles: Vec<HashSet<String>> = Vec::new();
    for i in page.in_kind(SectionKind::Institutions).collect::<Vec<_>>() {
        let s = &page.sentences[i];
        // A sentence about a body already found.
        let about = text::words(&s.text)
            .iter()
            .take(12)
            .find_map(|w| keys.get(w.text(&s.text)).copied());
        if let Some(n) = about {
            let found = roles(&s.text, &s.lower);
            if !found.is_empty() {
                add_roles(d, &mut seen_roles, n, found);
                d.mark(i);
            }
            continue;
        }
        let Some(found) = detect(&s.text, &s.lower) else {
            continue;
        };
        d.mark(i);
        let duplicate = names
            .get(&(found.kind, found.name.clone()))
            .or_else(|| heads.get(&(found.kind, found.head.clone())))
            .copied();
        let n = match duplicate {
            Some(n) => n,
            None => {
                let n = d.profile.institutions.len();
                names.insert((found.kind, found.name.clone()), n);
                heads.insert((found.kind, found.head.clone()), n);
                seen_roles.push(HashSet::new());
                d.profile.institutions.push(Institution {
                    kind: found.kind,
                    name: found.name,
                    parent: found.parent,
                    roles: Vec::new(),
                    national: found.national,
                    scope: None,
                    source: Some(d.source.clone()),
                    quote: Some(s.text.clone()),
                });
                n
            }
        };
        add_roles(d, &mut seen_roles, n, roles(&s.text, &s.lower));
        if let Some(k) = found.key {
            keys.entry(k).or_insert(n);
        }
    }
}

fn add_roles(d: &mut Draft, seen: &mut [HashSet<String>], n: usize, found: Vec<String>) {
    let (Some(inst), Some(seen)) = (d.profile.institutions.get_mut(n), seen.get_mut(n)) else {
        return;
    };
    for r in found {
        if seen.insert(r.clone()) {
            inst.roles.push(r);
        }
    }
}
