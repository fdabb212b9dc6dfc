//! CERT and CSIRT words, generic and regional teams, and lines that are
//! only a name.

use super::super::text::{self, Word};

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
