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

use crate::profile::{Institution, InstitutionKind, InstitutionScope};

use super::bodies::{detect_with, is_regional_cert, kind_of, may_name_body, regional_certs};
use super::draft::Draft;
use super::roles::roles;
use super::sections::SectionKind;
use super::text;

mod words;
use words::{NOT_BODIES, NOT_YET, PLANNED_AFTER};

/// Finds the institutions of the institutions section.
pub fn extract(d: &mut Draft) {
    let page = d.page;
    // Acronym -> institution index, and the roles of each institution.
    let mut keys: HashMap<String, usize> = HashMap::new();
    // (kind, name) and (kind, head) -> institution index.
    let mut names: BTreeMap<(InstitutionKind, String), usize> = BTreeMap::new();
    let mut heads: BTreeMap<(InstitutionKind, String), usize> = BTreeMap::new();
    let mut seen_roles: Vec<HashSet<String>> = Vec::new();
    let wanted = |k: SectionKind| {
        matches!(
            k,
            SectionKind::Institutions | SectionKind::Policies | SectionKind::Legislation
        )
    };
    // The institutions section first, so that its names and acronyms are
    // known when the other sections mention the same bodies.
    let mut indices: Vec<usize> = page.in_kind(SectionKind::Institutions).collect();
    // Regional teams (`the Pacific Regional CIRT (PacCERT)`) are known before
    // any section is read, so that no mention of them becomes the country's CERT.
    let regional: HashSet<String> = page
        .sentences
        .iter()
        .filter(|s| text::any(&s.lower, &["cert", "cirt"]))
        .flat_map(|s| regional_certs(&s.text))
        .collect();
    indices.extend((0..page.sentences.len()).filter(|&i| {
        wanted(page.kind(&page.sentences[i])) && page.kind(&page.sentences[i]) != SectionKind::Institutions
    }));
    for i in indices {
        let sentence = &page.sentences[i];
        let in_section = page.kind(sentence) == SectionKind::Institutions;
        // The next sentence of the same section may say what the last unit named does.
        let next = page.next_in_section(i).map(|n| n.text.as_str());
        let parts = segments(&sentence.text);
        let sentence_lower = std::cell::OnceCell::new();
        let count = parts.len();
        for (p, segment) in parts.into_iter().enumerate() {
            let follow = next.filter(|_| p + 1 == count);
            let lower = text::lower(segment);
            let s = Seg {
                text: segment,
                lower: &lower,
            };
            // A sentence about a body already found.
            // The first twelve words are enough; a long sentence need not be split whole.
            let head = text::up_to(s.text, 200);
            let about = text::words(head)
                .iter()
                .take(12)
                .find_map(|w| keys.get(w.text(head)).copied());
            if let Some(n) = about {
                let found = roles(s.text, s.lower);
                if !found.is_empty() && in_section {
                    add_roles(d, &mut seen_roles, n, found);
                    d.mark(i);
                }
                continue;
            }
            let mut rest = segment.to_string();
            let mut more = 0;
            while more < 4 {
                more += 1;
                let rest_lower = text::lower(&rest);
                if !may_name_body(&rest_lower)
                    && (more > 1
                        || !text::any(
                            &rest_lower,
                            &[
                                "incident",
                                "réponse",
                                "respuesta",
                                "resposta",
                                "intelligence",
                                "renseignement",
                                "inteligencia",
                            ],
                        ))
                {
                    break;
                }
                let Some(mut found) = detect_with(&rest, &rest_lower, follow.filter(|_| more == 1)) else {
                    break;
                };
                // "founds in 2013 the Cybercrime Division": a year and an article
                // before the name are not part of it.
                if let Some((year, name)) = found.name.split_once(' ') {
                    let name = name.strip_prefix("the ").unwrap_or(name);
                    if year.len() == 4
                        && year.bytes().all(|b| b.is_ascii_digit())
                        && name.starts_with(char::is_uppercase)
                    {
                        found.name = name.to_string();
                    }
                }
                // What the sentence plans or denies just before the name is no
                // body: "does not have a specialised unit", "mentions the
                // creation of a Response Team", "measures: establishing a centre".
                let name_lower = text::lower(&found.name);
                let at = s.lower.find(&name_lower).or_else(|| {
                    let first = name_lower.split_whitespace().next().unwrap_or("");
                    text::find_word(s.lower, first, 0)
                });
                let window = at.map_or("", |a| {
                    let mut from = a.saturating_sub(200);
                    while !s.lower.is_char_boundary(from) {
                        from -= 1;
                    }
                    &s.lower[from..a]
                });
                // "an X Agency would be created": planned after the name.
                let planned = at.is_some_and(|a| {
                    let after = s.lower.get(a + name_lower.len()..).unwrap_or("");
                    text::any(text::up_to(after, 40), PLANNED_AFTER)
                });
                // Across the sentence's segments: "...; the CERT is still being formed".
                let not_yet = || {
                    let whole: &String = sentence_lower.get_or_init(|| text::lower(&sentence.text));
                    whole
                        .find(&name_lower)
                        .and_then(|a| whole.get(a + name_lower.len()..))
                        .is_some_and(|after| {
                            // Not past another clause: "..., while sectoral CERTs are not yet established".
                            // Nor to another subject: "; a forensic lab is not yet set up",
                            // "its 24/7 contact point is not yet in place".
                            let after = text::up_to(after, 180);
                            // (A later clause naming it again still speaks of it: "...; the CERT
                            // is however still being formed".)
                            let after = match after.split_once(';') {
                                Some((head, tail)) if !tail.contains(name_lower.as_str()) => head,
                                _ => after,
                            };
                            let after = [" its ", " whose ", " although ", " though "]
                                .iter()
                                .fold(after, |a, b| a.split(b).next().unwrap_or(a));
                            // "Cyber Crime Unit being set up.": right after the name, with
                            // no date saying since when it exists.
                            let next = after.trim_start_matches([',', ' ']);
                            let next = next.strip_prefix("still ").unwrap_or(next);
                            if ["being set up", "being established", "being created"]
                                .iter()
                                .any(|b| next.starts_with(b))
                                && !text::up_to(next, 60).contains(|c: char| c.is_ascii_digit())
                                && !text::any(text::up_to(next, 80), &["now ", "since"])
                            {
                                return true;
                            }
                            // (But ", but still under formation" goes on about it.)
                            let after = [" while ", ", but ", " whereas ", ", and "]
                                .iter()
                                .fold(after, |a, b| match a.split_once(b) {
                                    // (Its own words only, up to the next stop: not
                                    // ", but still lacks staff; CSIRTs are not yet set up".)
                                    Some((head, tail))
                                        if !(*b == ", but "
                                            && text::any(
                                                tail.split([';', ',', '.']).next().unwrap_or(""),
                                                NOT_YET,
                                            )) =>
                                    {
                                        head
                                    }
                                    _ => a,
                                });
                            text::any(after, NOT_YET)
                        })
                };
                let planned = planned || not_yet();
                // "No cybercrime unit; the drugs agency works with ...".
                // "no national CERT/ CSIRT": the alternatives before the name pass.
                // "information on any unit specialised in ...": no unit in particular.
                // "No CERT.": a name cannot open with the denial.
                let denied = window
                    .split_whitespace()
                    .rev()
                    .skip_while(|w| w.ends_with('/'))
                    .take(2)
                    .any(|w| w == "no" || w == "without" || w == "any")
                    || found
                        .name
                        .split_whitespace()
                        .next()
                        .is_some_and(|w| matches!(w, "No" | "Aucun" | "Aucune" | "Ningún" | "Ninguna"));
                // "CERT Orange (formerly CSIRT X)": the former name of a body named before.
                let former = [
                    "formerly",
                    "formerly known as",
                    "previously known as",
                    "formerly called",
                    "previously called",
                ]
                .iter()
                .any(|f| window.trim_end().ends_with(f));
                // "CSIRT/CERT teams operating in X:": a kind of body, not one.
                let category = !found.name.contains(' ')
                    && at.is_some_and(|a| {
                        let after = s.lower.get(a + name_lower.len()..).unwrap_or("");
                        let after = after
                            .strip_prefix('/')
                            .map_or(after, |r| r.trim_start().trim_start_matches(char::is_alphanumeric));
                        ["teams ", "units ", "teams:", "units:"]
                            .iter()
                            .any(|p| after.trim_start().starts_with(p))
                    });
                // "undertakes to set up the national CERT": a promise governing the
                // name, a few words on (not "undertook to strengthen the Unit", nor
                // "undertakes to set up a 24/7 contact point within the Unit").
                let undertaken = ["undertakes to", "undertook to", "undertake to"].iter().any(|u| {
                    window.rfind(u).is_some_and(|at| {
                        let gap = &window[at + u.len()..];
                        gap.split_whitespace().count() <= 4
                            && !gap.contains(',')
                            && text::any(gap, &["set up", "establish", "create"])
                    })
                });
                if text::any(window, NOT_BODIES) || undertaken || planned || denied || former || category {
                    if rest.contains(&found.name) {
                        rest = rest.replacen(&found.name, " ", 1);
                        continue;
                    }
                    break;
                }
                // A regional team is not the country's CERT: listed among the
                // specialised institutions, it is kept as a team that is not
                // national; named elsewhere ("regional initiatives such as"), it
                // is no body of the country.
                let mut is_regional = false;
                if found.kind == InstitutionKind::Cert {
                    let before = at.and_then(|a| s.text.get(..a)).unwrap_or("");
                    let name_lower = text::lower(&found.name);
                    let named_regional = found.key.as_ref().is_some_and(|k| regional.contains(k))
                        || regional
                            .iter()
                            .any(|r| text::find_word(&name_lower, &text::lower(r), 0).is_some());
                    is_regional = named_regional || is_regional_cert(&found.name, before);
                    if is_regional && !in_section {
                        if rest.contains(&found.name) {
                            rest = rest.replacen(&found.name, " ", 1);
                            continue;
                        }
                        break;
                    }
                }
                // After the first body, words describing a unit describe that
                // body ("X is the primary unit responsible for ..."); so do they
                // after "is the", "is a": "the Division is the primary police unit".
                let predicate = at.is_some_and(|a| predicate_noun(s.lower.get(..a).unwrap_or("")));
                if found.described && (more > 1 || predicate) {
                    break;
                }
                // "The primary unit in charge of investigating cybercrime is the
                // Anti-Fraud Section, which ...": the words describing it, then its name.
                let identity = found
                    .described
                    .then(|| at.and_then(|a| s.text.get(a + name_lower.len()..)))
                    .flatten()
                    .and_then(|r| r.strip_prefix(" is the "))
                    .filter(|n| n.starts_with(char::is_uppercase))
                    .map(|n| {
                        let end = [",", ";", ".", " (", " which ", " that ", " under ", " within "]
                            .iter()
                            .filter_map(|e| n.find(e))
                            .min()
                            .unwrap_or(n.len());
                        n[..end].trim().to_string()
                    })
                    .filter(|n| (2..=8).contains(&n.split_whitespace().count()));
                if let Some(name) = identity {
                    found.name = name;
                    found.described = false;
                }
                // After the first body, a bare "CERT" refers back to it; so it
                // does after a team already found: "... hosts the National
                // Computer Emergency Response Team (KOS-CERT). The CERT ...".
                // (A dotted name, "CERT.GOV.PL", is a team's own.)
                let bare = found.name.split_whitespace().count() < 2 && !found.name.contains('.');
                let team_known = found.kind == InstitutionKind::Cert
                    && d.profile.institutions.iter().any(|i| i.kind == InstitutionKind::Cert);
                if bare && (more > 1 || team_known) {
                    break;
                }
                if rest.contains(&found.name) {
                    rest = rest.replacen(&found.name, " ", 1);
                } else if more > 1 {
                    // After the first body, only bodies named as written.
                    break;
                } else {
                    more = 4;
                }
                if let Some(k) = &found.key {
                    rest = rest.replace(k.as_str(), " ");
                }
                // "... and 'a cybercrime cell' are set up by the police": the kind
                // may sit in another part of the sentence.
                // Not a centre or an authority of its own, listed beside the
                // police: "the specialised units of the Police; the National
                // Cyber Security Centre, which brings together ...".
                let own_body = ["centre", "center", "authority", "agency", "council", "commission"]
                    .iter()
                    .any(|w| found.head.ends_with(w));
                if found.kind == InstitutionKind::Other
                    && !own_body
                    && kind_of(&sentence.lower) == InstitutionKind::PoliceUnit
                {
                    found.kind = InstitutionKind::PoliceUnit;
                }
                // A list entry "Cybercrime Unit", then its parent on a line of
                // its own: "National Police Agency".
                if let Some(parent) = next
                    .filter(|_| in_section && p + 1 == count && found.kind == InstitutionKind::Other)
                    .filter(|_| text::any(&name_lower, &["crime", "criminal"]))
                    .map(|n| n.trim().trim_end_matches("Source").trim_end())
                    .filter(|n| {
                        n.split_whitespace().count() <= 6 && kind_of(&text::lower(n)) == InstitutionKind::PoliceUnit
                    })
                {
                    found.kind = InstitutionKind::PoliceUnit;
                    found.parent = found.parent.or_else(|| Some(parent.to_string()));
                }
                // Outside its own section, a body counts only when it is a CERT,
                // a police or a prosecution unit.
                let key_known = found.key.as_ref().is_some_and(|k| keys.contains_key(k));
                if !in_section
                    && (key_known
                        || !matches!(
                            found.kind,
                            InstitutionKind::Cert | InstitutionKind::PoliceUnit | InstitutionKind::Prosecution
                        ))
                {
                    continue;
                }
                d.mark(i);
                let (name_key, head_key) = (same_key(&found.name), same_key(&found.head));
                let duplicate = names
                    .get(&(found.kind, name_key.clone()))
                    .or_else(|| heads.get(&(found.kind, head_key.clone())))
                    .copied();
                let n = match duplicate {
                    Some(n) => n,
                    None => {
                        let n = d.profile.institutions.len();
                        names.insert((found.kind, name_key), n);
                        heads.insert((found.kind, head_key), n);
                        seen_roles.push(HashSet::new());
                        d.profile.institutions.push(Institution {
                            kind: found.kind,
                            name: found.name,
                            parent: found.parent,
                            roles: Vec::new(),
                            national: if is_regional { Some(false) } else { found.national },
                            scope: is_regional.then_some(InstitutionScope::Other),
                            source: Some(d.source.clone()),
                            quote: Some(sentence.text.clone()),
                        });
                        n
                    }
                };
                add_roles(d, &mut seen_roles, n, roles(s.text, s.lower));
                if let Some(k) = found.key {
                    keys.entry(k).or_insert(n);
                }
            }
        }
    }
}

/// A body's name as compared with others: "High-Tech Crime Department" is
/// the "High Tech Crime Department".
fn same_key(name: &str) -> String {
    name.to_lowercase().replace('-', " ")
}

/// Whether the text before a unit word makes it a predicate noun that
/// describes the sentence's subject ("the Division is the primary police
/// unit"), not a body of its own ("there is a cybercrime unit").
fn predicate_noun(before: &str) -> bool {
    let mut from = before.len().saturating_sub(60);
    while !before.is_char_boundary(from) {
        from -= 1;
    }
    let tail = &before[from..];
    // ("is therefore the main police unit": an adverb after the verb.)
    let tail = ["therefore", "thus", "also", "now", "still", "currently", "hence"]
        .iter()
        .fold(tail.to_string(), |t, adverb| {
            t.replace(&format!(" is {adverb} "), " is ")
        });
    [" is the ", " is a ", " is an ", " as the "].iter().any(|p| {
        tail.rfind(p).is_some_and(|at| {
            let subject = tail[..at].rsplit(' ').next().unwrap_or("");
            !matches!(subject, "there" | "it" | "which" | "that")
        })
    })
}

struct Seg<'a> {
    text: &'a str,
    lower: &'a str,
}

/// The parts of a sentence that may each name a body: cut at `;`, at inline
/// list markers (`(ii)`, `ii)`) and between quoted names (`‘a cell’ and ‘a lab’`).
fn segments(s: &str) -> Vec<&str> {
    let mut cuts = vec![0];
    // Most sentences have nothing to cut at.
    let chars = if s.contains([';', '‘', '“', '(']) { s } else { "" };
    for (i, c) in chars.char_indices() {
        // Not a quoted name in apposition: "a department for X, the “Office ...”".
        let apposition = c == '“' && s[..i].ends_with(", the ");
        if (c == ';' || c == '‘' || c == '“') && !apposition {
            cuts.push(i + c.len_utf8() * usize::from(c == ';'));
        }
        if c == '(' {
            let inner: String = s[i + 1..].chars().take_while(|&c| c != ')').take(5).collect();
            if !inner.is_empty()
                && inner.chars().all(|c| matches!(c, 'i' | 'v' | 'x'))
                && s[i + 1 + inner.len()..].starts_with(')')
            {
                cuts.push(i);
            }
        }
    }
    cuts.push(s.len());
    cuts.dedup();
    cuts.windows(2)
        .filter_map(|w| s.get(w[0]..w[1]))
        .map(|p| p.trim_start_matches([';', ' ']))
        .filter(|p| p.split_whitespace().count() >= 2)
        .collect()
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
