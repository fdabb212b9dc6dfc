//! Which country a page is about.
//!
//! The importer takes, in order: the `--country-code` given by the caller
//! (named from the table when it knows the code); the page's title line
//! (`Back Colombia`, `Retour Sénégal`); a country of the built-in table named
//! in the file name (`octopus-mexico-2014.txt`); and finally the file name
//! itself, title-cased, with the code `XX` and a warning. A country the text
//! merely mentions is never taken: pages name partner countries ("in
//! France", "[FR]").

use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

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
    c("Afghanistan", "AF", AS, &[]),
    c("Albania", "AL", EU, &["Albanie"]),
    c("Algeria", "DZ", AF, &["Algérie"]),
    c("Andorra", "AD", EU, &["Andorre"]),
    c("Angola", "AO", AF, &[]),
    c("Armenia", "AM", EU, &["Arménie"]),
    c("Azerbaijan", "AZ", EU, &["Azerbaïdjan"]),
    c("Bahrain", "BH", ME, &["Bahreïn"]),
    c("Bangladesh", "BD", AS, &[]),
    c("Belarus", "BY", EU, &["Bélarus"]),
    c("Bhutan", "BT", AS, &["Bhoutan"]),
    c("Bolivia", "BO", AM, &["Bolivie"]),
    c("Bosnia and Herzegovina", "BA", EU, &["Bosnie-Herzégovine"]),
    c("Botswana", "BW", AF, &[]),
    c("Brunei", "BN", AS, &["Brunei Darussalam"]),
    c("Bulgaria", "BG", EU, &["Bulgarie"]),
    c("Burundi", "BI", AF, &[]),
    c("Cambodia", "KH", AS, &["Cambodge"]),
    c("Chad", "TD", AF, &["Tchad"]),
    c("China", "CN", AS, &["Chine"]),
    c("Croatia", "HR", EU, &["Croatie"]),
    c("Cyprus", "CY", EU, &["Chypre"]),
    c("Czech Republic", "CZ", EU, &["Czechia", "République tchèque"]),
    c("Denmark", "DK", EU, &["Danemark"]),
    c("Djibouti", "DJ", AF, &[]),
    c("Egypt", "EG", AF, &["Égypte", "Egypte"]),
    c("El Salvador", "SV", AM, &["Salvador"]),
    c("Estonia", "EE", EU, &["Estonie"]),
    c("Eswatini", "SZ", AF, &["Swaziland"]),
    c("Ethiopia", "ET", AF, &["Éthiopie"]),
    c("Fiji", "FJ", AS, &["Fidji"]),
    c("Finland", "FI", EU, &["Finlande"]),
    c("Gabon", "GA", AF, &[]),
    c("Gambia", "GM", AF, &["The Gambia", "Gambie"]),
    c("Greece", "GR", EU, &["Grèce"]),
    c("Grenada", "GD", AM, &["Grenade"]),
    c("Guatemala", "GT", AM, &[]),
    c("Guinea", "GN", AF, &["Guinée"]),
    c("Guinea-Bissau", "GW", AF, &["Guinée-Bissau"]),
    c("Guyana", "GY", AM, &[]),
    c("Haiti", "HT", AM, &["Haïti"]),
    c("Honduras", "HN", AM, &[]),
    c("Hungary", "HU", EU, &["Hongrie"]),
    c("Iceland", "IS", EU, &["Islande"]),
    c("Iraq", "IQ", ME, &["Irak"]),
    c("Ireland", "IE", EU, &["Irlande"]),
    c("Jamaica", "JM", AM, &["Jamaïque"]),
    c("Jordan", "JO", ME, &["Jordanie"]),
    c("Kazakhstan", "KZ", AS, &[]),
    c("Kiribati", "KI", AS, &[]),
    c("Kosovo", "XK", EU, &[]),
    c("Kuwait", "KW", ME, &["Koweït"]),
    c("Kyrgyzstan", "KG", AS, &["Kirghizistan"]),
    c("Lao PDR", "LA", AS, &["Laos", "Lao People's Democratic Republic"]),
    c("Latvia", "LV", EU, &["Lettonie"]),
    c("Lebanon", "LB", ME, &["Liban"]),
    c("Lesotho", "LS", AF, &[]),
    c("Liberia", "LR", AF, &[]),
    c("Libya", "LY", AF, &["Libye"]),
    c("Liechtenstein", "LI", EU, &[]),
    c("Lithuania", "LT", EU, &["Lituanie"]),
    c("Luxembourg", "LU", EU, &[]),
    c("Madagascar", "MG", AF, &[]),
    c("Malawi", "MW", AF, &[]),
    c("Malaysia", "MY", AS, &["Malaisie"]),
    c("Maldives", "MV", AS, &[]),
    c("Mali", "ML", AF, &[]),
    c("Malta", "MT", EU, &["Malte"]),
    c("Mauritania", "MR", AF, &["Mauritanie"]),
    c("Moldova", "MD", EU, &["Republic of Moldova", "République de Moldova"]),
    c("Monaco", "MC", EU, &[]),
    c("Mongolia", "MN", AS, &["Mongolie"]),
    c("Montenegro", "ME", EU, &["Monténégro"]),
    c("Mozambique", "MZ", AF, &[]),
    c("Myanmar", "MM", AS, &[]),
    c("Namibia", "NA", AF, &["Namibie"]),
    c("Nepal", "NP", AS, &["Népal"]),
    c("Netherlands", "NL", EU, &["Pays-Bas"]),
    c("New Zealand", "NZ", AS, &["Nouvelle-Zélande"]),
    c("Nicaragua", "NI", AM, &[]),
    c("Niger", "NE", AF, &[]),
    c("North Macedonia", "MK", EU, &["Macédoine du Nord"]),
    c("Norway", "NO", EU, &["Norvège"]),
    c("Oman", "OM", ME, &[]),
    c("Pakistan", "PK", AS, &[]),
    c("Palau", "PW", AS, &[]),
    c("Papua New Guinea", "PG", AS, &["Papouasie-Nouvelle-Guinée"]),
    c("Poland", "PL", EU, &["Pologne"]),
    c("Qatar", "QA", ME, &[]),
    c("Romania", "RO", EU, &["Roumanie"]),
    c("Russian Federation", "RU", EU, &["Russia", "Fédération de Russie"]),
    c("Rwanda", "RW", AF, &[]),
    c("Samoa", "WS", AS, &[]),
    c("San Marino", "SM", EU, &["Saint-Marin"]),
    c("Saudi Arabia", "SA", ME, &["Arabie saoudite"]),
    c("Serbia", "RS", EU, &["Serbie"]),
    c("Seychelles", "SC", AF, &[]),
    c("Sierra Leone", "SL", AF, &[]),
    c("Singapore", "SG", AS, &["Singapour"]),
    c("Slovakia", "SK", EU, &["Slovaquie", "Slovak Republic"]),
    c("Slovenia", "SI", EU, &["Slovénie"]),
    c("Solomon Islands", "SB", AS, &["Îles Salomon"]),
    c("Somalia", "SO", AF, &["Somalie"]),
    c("South Sudan", "SS", AF, &["Soudan du Sud"]),
    c("Sudan", "SD", AF, &["Soudan"]),
    c("Sweden", "SE", EU, &["Suède"]),
    c("Switzerland", "CH", EU, &["Suisse"]),
    c("Tajikistan", "TJ", AS, &["Tadjikistan"]),
    c("Tanzania", "TZ", AF, &["Tanzanie", "United Republic of Tanzania"]),
    c("Thailand", "TH", AS, &["Thaïlande"]),
    c("Timor-Leste", "TL", AS, &["East Timor"]),
    c("Togo", "TG", AF, &[]),
    c("Trinidad and Tobago", "TT", AM, &["Trinité-et-Tobago"]),
    c("Turkmenistan", "TM", AS, &["Turkménistan"]),
    c("Tuvalu", "TV", AS, &[]),
    c("Uganda", "UG", AF, &["Ouganda"]),
    c("United Arab Emirates", "AE", ME, &["Émirats arabes unis"]),
    c("Uzbekistan", "UZ", AS, &["Ouzbékistan"]),
    c("Vanuatu", "VU", AS, &[]),
    c("Venezuela", "VE", AM, &[]),
    c("Viet Nam", "VN", AS, &["Vietnam"]),
    c("Yemen", "YE", ME, &["Yémen"]),
    c("Zambia", "ZM", AF, &["Zambie"]),
    c("Zimbabwe", "ZW", AF, &[]),
    c("Bahamas", "BS", AM, &[]),
    c("Barbados", "BB", AM, &["Barbade"]),
    c("Belize", "BZ", AM, &[]),
    c("Cuba", "CU", AM, &[]),
    c("Dominica", "DM", AM, &["Dominique"]),
    c("Equatorial Guinea", "GQ", AF, &["Guinée équatoriale"]),
    c("Eritrea", "ER", AF, &["Érythrée"]),
    c("Iran", "IR", ME, &[]),
    c("Korea", "KR", AS, &["Republic of Korea", "South Korea", "Corée"]),
    c("Marshall Islands", "MH", AS, &[]),
    c("Micronesia", "FM", AS, &[]),
    c("Nauru", "NR", AS, &[]),
    c("Saint Lucia", "LC", AM, &["Sainte-Lucie"]),
    c(
        "Sao Tome and Principe",
        "ST",
        AF,
        &["São Tomé and Príncipe", "Sao Tomé-et-Principe"],
    ),
    c("Suriname", "SR", AM, &[]),
    c("Syria", "SY", ME, &["Syrian Arab Republic"]),
    c("Central African Republic", "CF", AF, &["République centrafricaine"]),
    c("Comoros", "KM", AF, &["Comores"]),
    c("Congo", "CG", AF, &[]),
    c(
        "Democratic Republic of the Congo",
        "CD",
        AF,
        &["DR Congo", "République démocratique du Congo"],
    ),
    c("Estado Plurinacional de Bolivia", "BO", AM, &[]),
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

/// The country named by the page's title line, before its first heading:
/// `Back Colombia`, `Retour Sénégal`, or `Back` alone with the name on the
/// next line; `Moldova (Republic of)` gives `Moldova`.
pub fn from_title(preamble: &str) -> Option<String> {
    let lines: Vec<&str> = preamble
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .take(40)
        .collect();
    for (i, line) in lines.iter().enumerate() {
        // "Back" in the site's interface languages.
        const BACK: &[&str] = &[
            "Back",
            "Retour",
            "Volver",
            "Voltar",
            "Tilbake",
            "Zurück",
            "Indietro",
            "Terug",
            "Geri",
            "Wstecz",
            "Înapoi",
            "Πίσω",
            "Назад",
        ];
        let name = if BACK.contains(line) {
            lines.get(i + 1).copied()
        } else {
            BACK.iter()
                .find_map(|p| line.strip_prefix(p).and_then(|r| r.strip_prefix(' ')))
        };
        let Some(name) = name.map(str::trim) else {
            continue;
        };
        let name = name.split(" (").next().unwrap_or(name).trim();
        let plausible = !name.is_empty()
            && name.chars().count() <= 60
            && name.split_whitespace().count() <= 6
            && name.chars().next().is_some_and(char::is_uppercase)
            && !name.contains(':');
        if plausible {
            return Some(name.to_string());
        }
    }
    None
}

/// Whether a title word, lower-cased and cut to six letters as the law
/// comparison cuts it, is a one-word country name of the table ("turkme"
/// for "of Turkmenistan").
pub fn is_name_stem(stem: &str) -> bool {
    static STEMS: OnceLock<HashSet<String>> = OnceLock::new();
    STEMS
        .get_or_init(|| {
            TABLE
                .iter()
                .flat_map(names)
                .filter_map(|n| match folded_words(n).as_slice() {
                    [w] => Some(w.chars().take(6).collect()),
                    _ => None,
                })
                .collect()
        })
        .contains(stem)
}

/// The table entry a country name (or one of its aliases) names exactly.
pub fn lookup(name: &str) -> Option<&'static Known> {
    let wanted = folded_words(name);
    TABLE.iter().find(|k| names(k).any(|n| folded_words(n) == wanted))
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

/// The country's name, code and region: from `--country-code`, else the
/// page's title line, else the file name; never from a passing mention in
/// the text (pages name partner countries).
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
    if let Some(title) = from_title(&page.preamble) {
        if let Some(k) = lookup(&title) {
            return Ok(from_table(k));
        }
        warnings.push(format!(
            "the country `{title}` of the page's title is not in the built-in table: its code is `XX`; give `--country-code`"
        ));
        return Ok((title, "XX".to_string(), None));
    }
    if let Some(k) = from_file_name(&options.file_name) {
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
        assert_eq!(
            from_title("Country Wiki\n\nBack Colombia\n").as_deref(),
            Some("Colombia")
        );
        assert_eq!(
            from_title("Back\n\nCôte d'Ivoire\n\nLast updated").as_deref(),
            Some("Côte d'Ivoire")
        );
        assert_eq!(from_title("Retour Moldova (Republic of)").as_deref(), Some("Moldova"));
        assert_eq!(from_title("in France, a unit"), None);
        assert_eq!(lookup("Viet Nam").map(|k| k.iso2), Some("VN"));
        assert_eq!(lookup("Turkey").map(|k| k.iso2), Some("TR"));
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
