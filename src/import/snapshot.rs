//! The snapshot: the page's "last updated" date, in whatever language the
//! site's interface was (`Last updated`, `Última actualització`, `Dernière
//! mise à jour`, ...), and the language of the page's text.
//!
//! Newer pages have no such date. The importer then takes `--as-of`, else a
//! year from the file name (`octopus-mexico-2014.txt`), else an estimate:
//! the latest full date (not a bare year) the page mentions, with a warning
//! in the summary.

use crate::profile::PartialDate;

use super::dates;
use super::page::Page;
use super::text;

/// Distinctive parts of the label, in ASCII lower case (accented capitals
/// are left out so that `Última` and `última` both match; so is the first
/// letter of a Greek or Cyrillic label, which ASCII lower case keeps).
const LABELS: &[&str] = &[
    "last updated",
    "last update",
    "ltima actualitzaci",
    "re mise à jour",
    "re mise a jour",
    "ltima actualizaci",
    "ltima atualiza",
    "letzte aktualisierung",
    "ultimo aggiornamento",
    "mis à jour le",
    "updated on",
    "sist oppdatert",
    "senast uppdaterad",
    "sidst opdateret",
    "laatst bijgewerkt",
    "ostatnia aktualizacja",
    "naposledy aktualizov",
    "ultima actualizare",
    "zadnja posodobitev",
    "son güncelleme",
    "utolsó frissítés",
    "ελευταία ενημέρωση",
    "оследнее обновление",
];

/// Where the snapshot date came from.
#[derive(Debug, Clone, PartialEq)]
pub enum Dated {
    /// The page's label; the sentence it is in, if it is one.
    Label(Option<usize>),
    /// Given by the caller (`--as-of`).
    Given,
    FileName,
    LatestMention,
}

/// The date after a "last updated" label in `text`.
fn after_label(text: &str) -> Option<PartialDate> {
    let lower = text.to_ascii_lowercase();
    LABELS.iter().find_map(|label| {
        let mut from = 0;
        while let Some(at) = lower.get(from..).and_then(|r| r.find(label)).map(|i| i + from) {
            let end = at + label.len();
            let window = text::up_to(text.get(end..)?, 40);
            if let Some(found) = dates::find_all(window).first() {
                if found.start <= 12 {
                    return Some(found.date);
                }
            }
            from = end;
        }
        None
    })
}

/// The snapshot date and where it came from.
pub fn date(page: &Page, file_name: &str, given: Option<PartialDate>) -> Option<(PartialDate, Dated)> {
    if let Some(date) = after_label(&page.preamble) {
        let sentence = page
            .sentences
            .iter()
            .position(|s| text::any(&s.lower, LABELS) && after_label(&s.text) == Some(date));
        return Some((date, Dated::Label(sentence)));
    }
    for (i, s) in page.sentences.iter().enumerate() {
        if !text::any(&s.lower, LABELS) {
            continue;
        }
        if let Some(date) = after_label(&s.text) {
            return Some((date, Dated::Label(Some(i))));
        }
    }
    if let Some(date) = given {
        return Some((date, Dated::Given));
    }
    let stem = file_name.rsplit(['/', '\\']).next().unwrap_or(file_name);
    if let Some(year) = dates::find_all(&stem.replace(['-', '_', '.'], " "))
        .into_iter()
        .find(|f| f.bare_year)
    {
        return Some((year.date, Dated::FileName));
    }
    // An estimate: the latest full date (a month at least) the page
    // mentions; else the latest bare year that does not end a period
    // ("2019-2024") and is not from a local calendar ("2072").
    let latest = |full: bool| {
        page.sentences
            .iter()
            .flat_map(|s| {
                let found = dates::find_all(&s.text);
                let ends: Vec<usize> = found
                    .windows(2)
                    .filter(|p| {
                        let gap = s.text.get(p[0].end..p[1].start).unwrap_or("").trim();
                        p[0].bare_year && matches!(gap, "-" | "–" | "—" | "to" | "/" | "until")
                    })
                    .map(|p| p[1].start)
                    .collect();
                found
                    .into_iter()
                    .filter(move |f| f.bare_year != full && !ends.contains(&f.start))
            })
            .map(|f| f.date)
            .filter(|d| d.year <= 2040)
            .max_by(|a, b| a.latest().cmp(&b.latest()).then(a.earliest().cmp(&b.earliest())))
    };
    latest(true)
        .or_else(|| latest(false))
        .map(|d| (d, Dated::LatestMention))
}

/// The language of the page's text (`en` or `fr`), by counting common words
/// in its first sentences; none when it has neither.
pub fn language(page: &Page) -> Option<String> {
    const EN: &[&str] = &["the", "and", "of", "is", "to", "in", "has", "with"];
    const FR: &[&str] = &["le", "la", "les", "et", "des", "est", "du", "une", "dans"];
    let (mut en, mut fr) = (0usize, 0usize);
    for s in page.sentences.iter().take(400) {
        for w in s.lower.split(|c: char| !c.is_alphabetic()) {
            en += usize::from(EN.contains(&w));
            fr += usize::from(FR.contains(&w));
        }
    }
    match (en, fr) {
        (0, 0) => None,
        (en, fr) if en >= fr => Some("en".into()),
        _ => Some("fr".into()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_in_several_languages() {
        assert_eq!(
            after_label("Última actualització : 23/11/2014")
                .map(|d| d.to_string())
                .as_deref(),
            Some("2014-11-23")
        );
        assert_eq!(
            after_label("Dernière mise à jour : 2 décembre 2016")
                .map(|d| d.to_string())
                .as_deref(),
            Some("2016-12-02")
        );
        assert_eq!(
            after_label("Last updated: December 2018")
                .map(|d| d.to_string())
                .as_deref(),
            Some("2018-12")
        );
        assert_eq!(after_label("Last updated by the team in 2013, 2014"), None);
    }
}
