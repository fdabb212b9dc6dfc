//! Which country a page is about.
//!
//! Octopus pages often do not name their country. The importer takes, in
//! order: the `--country-code` given by the caller (named from the table
//! when it knows the code); a country of the built-in table named in the file
//! name (`octopus-mexico-2014.txt`), because a page mentions other countries
//! too (co-operation partners) and the file name is chosen by the user; the
//! country of the table the page names most often; and finally the file name
//! itself, title-cased, with the code `XX` and a warning.

use std::collections::HashMap;

use super::page::Page;
use super::text;
use super::{ImportError, ImportOptions};

/// A country of the built-in table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Known {
    pub name: &'static str,
    pub iso2: &'static str,
    pub region: &'static str,
    /// Other names the pages use (French, Spanish, short forms).
    pub aliases: &'static [&'static str],
}

const fn c(name: &'static str, iso2: &'static str, region: &'static str, aliases: &'static [&'static str]) -> Known {
    Known {
        name,
        iso2,
        region,
        aliases,
    }
}

const AF: &str = "Africa";
const AM: &str = "Americas";
const AS: &str = "Asia-Pacific";
const EU: &str = "Europe";
const ME: &str = "Middle East";

/// Common countries of the Octopus wiki, with their ISO 3166-1 alpha-2 code.
pub const TABLE: &[Known] = &[
    c("Argentina", "AR", AM, &["Argentine"]),
    c("Australia", "AU", AS, &["Australie"]),
    c("Austria", "AT", EU, &["Autriche"]),
    c("Belgium", "BE", EU, &["Belgique"]),
    c("Benin", "BJ", AF, &["Bénin"]),
    c("Brazil", "BR", AM, &["Brésil", "Brasil"]),
    c("Burkina Faso", "BF", AF, &[]),
    c("Cabo Verde", "CV", AF, &["Cape Verde", "Cap-Vert"]),
    c("Cameroon", "CM", AF, &["Cameroun"]),
    c("Canada", "CA", AM, &[]),
    c("Chile", "CL", AM, &["Chili"]),
    c("Colombia", "CO", AM, &["Colombie"]),
    c("Costa Rica", "CR", AM, &[]),
    c(
        "Côte d'Ivoire",
        "CI",
        AF,
        &["Cote d'Ivoire", "Côte d’Ivoire", "Ivory Coast"],
    ),
    c(
        "Dominican Republic",
        "DO",
        AM,
        &["République dominicaine", "Republica Dominicana"],
    ),
    c("Ecuador", "EC", AM, &["Équateur"]),
    c("France", "FR", EU, &[]),
    c("Georgia", "GE", EU, &["Géorgie"]),
    c("Germany", "DE", EU, &["Allemagne"]),
    c("Ghana", "GH", AF, &[]),
    c("India", "IN", AS, &["Inde"]),
    c("Indonesia", "ID", AS, &["Indonésie"]),
    c("Israel", "IL", ME, &["Israël"]),
    c("Italy", "IT", EU, &["Italie"]),
    c("Japan", "JP", AS, &["Japon"]),
    c("Kenya", "KE", AF, &[]),
    c("Mauritius", "MU", AF, &["Maurice"]),
    c("Mexico", "MX", AM, &["Mexique", "México"]),
    c("Morocco", "MA", AF, &["Maroc"]),
    c("Nigeria", "NG", AF, &["Nigéria"]),
    c("Panama", "PA", AM, &[]),
    c("Paraguay", "PY", AM, &[]),
    c("Peru", "PE", AM, &["Pérou", "Perú"]),
    c("Philippines", "PH", AS, &[]),
    c("Portugal", "PT", EU, &[]),
    c("Senegal", "SN", AF, &["Sénégal"]),
    c("South Africa", "ZA", AF, &["Afrique du Sud"]),
    c("Spain", "ES", EU, &["Espagne", "España"]),
    c("Sri Lanka", "LK", AS, &[]),
    c("Tonga", "TO", AS, &[]),
    c("Tunisia", "TN", AF, &["Tunisie"]),
    c("Türkiye", "TR", EU, &["Turkey", "Turquie"]),
    c("Ukraine", "UA", EU, &[]),
    c("United Kingdom", "GB", EU, &["Royaume-Uni"]),
    c(
        "United States",
        "US",
        AM,
        &["United States of America", "États-Unis", "Etats-Unis"],
    ),
    c("Uruguay", "UY", AM, &[]),
];

/// The table entry for an ISO code.
pub fn by_code(code: &str) -> Option<&'static Known> {
    TABLE.iter().find(|k| k.iso2.eq_ignore_ascii_case(code))
}

fn names(k: &'static Known) -> impl Iterator<Item = &'static str> {
    std::iter::once(k.name).chain(k.aliases.iter().copied())
}

/// Lower-cased words of a name or text, splitting on anything but letters.
fn folded_words(s: &str) -> Vec<String> {
    s.split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// The country a file name names (`octopus-mexico-2014.txt` -> Mexico).
pub fn from_file_name(file_name: &str) -> Option<&'static Known> {
    let words = folded_words(file_name);
    best(&words).map(|(k, _)| k)
}

/// The country of the table the text names most often; ties go to the
/// first named. Only capitalised words are looked at.
pub fn from_text(text: &str) -> Option<&'static Known> {
    let words: Vec<String> = text
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| w.chars().next().is_some_and(char::is_uppercase))
        .map(str::to_lowercase)
        .collect();
    best(&words).map(|(k, _)| k)
}

/// Counts the table's names in a word sequence; the most frequent wins,
/// the first seen on a tie.
fn best(words: &[String]) -> Option<(&'static Known, usize)> {
    let mut by_first: HashMap<String, Vec<(Vec<String>, usize)>> = HashMap::new();
    for (i, k) in TABLE.iter().enumerate() {
        for name in names(k) {
            let w = folded_words(name);
            if let Some(first) = w.first().cloned() {
                by_first.entry(first).or_default().push((w, i));
            }
        }
    }
    let mut counts: Vec<(usize, usize)> = vec![(0, usize::MAX); TABLE.len()];
    for (pos, word) in words.iter().enumerate() {
        let Some(candidates) = by_first.get(word) else {
            continue;
        };
        for (name, i) in candidates {
            let matches = words.get(pos..pos + name.len()).is_some_and(|s| s == name.as_slice());
            if matches {
                if let Some(entry) = counts.get_mut(*i) {
                    entry.0 += 1;
                    entry.1 = entry.1.min(pos);
                }
            }
        }
    }
    counts
        .iter()
        .enumerate()
        .filter(|(_, (n, _))| *n > 0)
        .max_by(|(_, a), (_, b)| a.0.cmp(&b.0).then(b.1.cmp(&a.1)))
        .and_then(|(i, (n, _))| TABLE.get(i).map(|k| (k, *n)))
}

/// A readable name made from a file name that names no country of the table:
/// `octopus-freedonia-2014.txt` -> `Freedonia`.
pub fn name_from_file(file_name: &str) -> Option<String> {
    let stem = file_name.rsplit(['/', '\\']).next().unwrap_or(file_name);
    let stem = stem.split('.').next().unwrap_or(stem);
    let words: Vec<String> = stem
        .split(['-', '_', ' '])
        .filter(|w| !w.is_empty() && !w.eq_ignore_ascii_case("octopus") && !w.eq_ignore_ascii_case("page"))
        .filter(|w| !w.chars().all(|c| c.is_ascii_digit()))
        .map(text::capitalise)
        .collect();
    (!words.is_empty()).then(|| words.join(" "))
}

/// The country's name, code and region.
pub fn identify(
    page: &Page,
    options: &ImportOptions,
    warnings: &mut Vec<String>,
) -> Result<(String, String, Option<String>), ImportError> {
    let from_table = |k: &Known| (k.name.to_string(), k.iso2.to_string(), Some(k.region.to_string()));
    if let Some(code) = &options.country_code {
        let code = code.trim().to_ascii_uppercase();
        if code.len() != 2 || !code.bytes().all(|b| b.is_ascii_uppercase()) {
            return Err(ImportError::BadCountryCode { code });
        }
        if let Some(k) = by_code(&code) {
            return Ok(from_table(k));
        }
        let name = name_from_file(&options.file_name).unwrap_or_else(|| code.clone());
        return Ok((name, code, None));
    }
    if let Some(k) = from_file_name(&options.file_name) {
        return Ok(from_table(k));
    }
    let sample: String = page
        .sentences
        .iter()
        .map(|s| s.text.as_str())
        .collect::<Vec<_>>()
        .join(" ");
    if let Some(k) = from_text(&sample) {
        warnings.push(format!(
            "the country is a guess from the text: {} ({}); give `--country-code` if it is wrong",
            k.name, k.iso2
        ));
        return Ok(from_table(k));
    }
    let name = name_from_file(&options.file_name).unwrap_or_else(|| "Unknown".to_string());
    warnings.push(format!(
        "the country `{name}` is not in the built-in table: its code is `XX`; give `--country-code`"
    ));
    Ok((name, "XX".to_string(), None))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_names_and_texts_name_countries() {
        assert_eq!(from_file_name("octopus-mexico-2014.txt").map(|k| k.iso2), Some("MX"));
        assert_eq!(from_file_name("pages/south_africa.txt").map(|k| k.iso2), Some("ZA"));
        assert_eq!(from_file_name("page.txt"), None);
        let text = "Co-operation with the United States. Mexico has a CERT. Mexico is invited.";
        assert_eq!(from_text(text).map(|k| k.iso2), Some("MX"));
        assert_eq!(from_text("Le Sénégal a adopté").map(|k| k.iso2), Some("SN"));
        assert_eq!(from_text("nothing here"), None);
    }

    #[test]
    fn unknown_file_names_still_give_a_name() {
        assert_eq!(
            name_from_file("octopus-freedonia-2014.txt").as_deref(),
            Some("Freedonia")
        );
        assert_eq!(name_from_file("2014.txt"), None);
    }
}
