//! The roles of a body in the page's own words: the phrase after "serves
//! as", "in charge of", "main activities consist of", "the main role of X is
//! to", up to the end of the clause.

/// The words that open a role, and how many of them come before it: in "is
/// the official point of contact" the role starts at "official".
const ROLE_MARKERS: &[(&str, usize)] = &[
    whole("in charge of "),
    whole("responsible for "),
    whole("serves as "),
    whole("acts as "),
    ("is the official ", "is the ".len()),
    whole("consist of "),
    whole("consists of "),
    whole("purpose is to "),
    whole("role is to "),
    whole("mission is to "),
    whole("tasked with "),
    whole("chargé de "),
    whole("chargée de "),
    whole("chargé d'"),
    whole("chargée d'"),
];

/// A marker that all comes before the role.
const fn whole(marker: &'static str) -> (&'static str, usize) {
    (marker, marker.len())
}
const ROLE_ENDS: &[&str] = &[", which", ", who", ";", " and its ", " and whose ", " whose "];

/// The roles a sentence gives a body, in its own words.
pub fn roles(s: &str, lower: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut markers: Vec<(usize, usize)> = ROLE_MARKERS
        .iter()
        .flat_map(|&(m, keep)| lower.match_indices(m).map(move |(i, _)| (i, i + keep)))
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::import::text;

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
        assert_eq!(roles(s, &text::lower(s)), ["propose measures to prevent threats"]);
    }
}
