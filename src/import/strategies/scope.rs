//! Whose strategy a title names: a body's name, a part of the country, or
//! one field, none of them the nation's strategy.

use super::super::text;
use super::words::{CRIME, NOUNS, SECURITY};

/// Whether a title is a body's name: a body noun before the document noun
/// (`National Directorate of Cybersecurity Policies`).
pub(super) fn names_a_body(title: &str, noun: &str) -> bool {
    const BODIES: &[&str] = &[
        "directorate",
        "direction",
        "direcção",
        "direção",
        "dirección",
        "department",
        "ministry",
        "agency",
        "council",
        "committee",
        "commission",
        "office",
        "authority",
        "centre",
        "center",
        "institute",
        "division",
        "unit",
    ];
    let lower = text::lower(title);
    let before = lower.find(noun).map_or("", |at| &lower[..at]);
    before.split_whitespace().any(|w| BODIES.contains(&w))
}

/// Whether a title names a strategy of a part of the country: a republic,
/// province, canton or district named with words that are not the country's.
pub(super) fn sub_national(title: &str, country: &str) -> bool {
    let lower = text::lower(title);
    let stem: String = country.chars().take(4).collect();
    let part = [
        "republic of ",
        "republika ",
        "province of ",
        "canton of ",
        "district of ",
        "region of ",
    ]
    .iter()
    .find_map(|p| lower.find(p).map(|at| &lower[at + p.len()..]));
    match part {
        Some(rest) => stem.chars().count() == 4 && !rest.starts_with(&stem) && !rest.starts_with("the "),
        None => false,
    }
}

/// Whether a title names a strategy for one field: "Cybersecurity Strategy
/// for the Internet of Things" (but not "... for Kiribati", "... for the
/// period 2019-2024", "Strategy for investigation of cybercrime").
pub(super) fn for_a_field(title: &str, country: &str) -> bool {
    let lower = text::lower(title);
    let Some((head, object)) = lower.split_once(" for ") else {
        return false;
    };
    let stem: String = country.chars().take(4).collect();
    let general = text::any(object, SECURITY)
        || text::any(object, CRIME)
        || object.contains(&stem)
        || object.contains(|c: char| c.is_ascii_digit())
        || text::any(
            object,
            &[
                "period",
                "years",
                "nation",
                "republic",
                "state",
                "country",
                "kingdom",
                "government",
            ],
        );
    NOUNS.iter().any(|n| head.ends_with(n)) && !general
}
