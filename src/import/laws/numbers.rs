//! Law numbers and the years inside them, and Gregorian years glossing a
//! local-calendar year.

use crate::profile::PartialDate;

use super::super::dates;

/// A Gregorian year in brackets after a local-calendar year, and the bytes
/// it takes: " (2008)", " B.S. (2008 A.D.)", " BS (2008 AD)".
pub(super) fn gregorian_after(more: &str) -> Option<(PartialDate, usize)> {
    let mut rest = more;
    for era in [" B.S.", " BS", " V.S.", " VS"] {
        if let Some(r) = rest.strip_prefix(era) {
            rest = r;
            break;
        }
    }
    let inner = rest.strip_prefix(" (")?;
    let year = inner.get(..4).filter(|y| y.chars().all(|c| c.is_ascii_digit()))?;
    let mut tail = &inner[4..];
    for era in [" A.D.", " AD", " CE"] {
        if let Some(r) = tail.strip_prefix(era) {
            tail = r;
            break;
        }
    }
    let after = tail.strip_prefix(')')?;
    let date = dates::find_all(year).first()?.date;
    Some((date, more.len() - after.len()))
}

/// A law number right after byte `at`: " No. 2/2017", " n°2008-11", " nr. 161-XVI",
/// " 27/2015", " n.º 109/2009"; the number and the byte after it.
pub(super) fn number_after(s: &str, at: usize) -> Option<(String, usize)> {
    let rest = s.get(at..)?;
    let mut skip = 0;
    let trimmed = rest.trim_start();
    skip += rest.len() - trimmed.len();
    let mut body = trimmed;
    for label in [
        "No.", "No", "no.", "no", "n°", "N°", "nº", "n.º", "Nr.", "nr.", "Nº", "number", "núm.", "n.",
    ] {
        if let Some(r) = body.strip_prefix(label) {
            let next = r.chars().next();
            if next.is_some_and(|c| c == ' ' || c.is_ascii_digit()) {
                skip += label.len() + (r.len() - r.trim_start().len());
                body = r.trim_start();
                break;
            }
        }
    }
    // "No. (65) of 2017": a number in brackets.
    if let Some((inner, _)) = body.strip_prefix('(').and_then(|r| r.split_once(')')) {
        let labelled = skip > rest.len() - rest.trim_start().len();
        if labelled && !inner.is_empty() && inner.len() <= 6 && inner.bytes().all(|b| b.is_ascii_digit()) {
            return Some((inner.to_string(), at + skip + inner.len() + 2));
        }
    }
    let mut len = body
        .char_indices()
        .take_while(|(_, c)| c.is_ascii_alphanumeric() || matches!(c, '/' | '-' | '.'))
        .last()
        .map_or(0, |(i, c)| i + c.len_utf8());
    // Thousands written with a comma, and a spaced slash: "11,624 / 13".
    loop {
        let rest = body.get(len..).unwrap_or("");
        let digits = |r: &str| r.chars().take_while(char::is_ascii_digit).count();
        if let Some(r) = rest.strip_prefix(',').filter(|r| digits(r) == 3) {
            let _ = r;
            len += 4;
        } else if let Some(r) = rest.strip_prefix(" / ").filter(|r| (1..=4).contains(&digits(r))) {
            len += 3 + digits(r);
        } else if let Some(r) = ["-", " –", " -", " – ", "–"]
            .iter()
            .find_map(|d| rest.strip_prefix(d))
            .filter(|r| (1..=4).contains(&digits(r)) && body[..len].ends_with(|c: char| c.is_ascii_uppercase()))
        {
            // A series letter, then the law's number: "03/L –166".
            len = body.len() - r.len() + digits(r);
        } else {
            break;
        }
    }
    let mut number = body.get(..len)?.trim_end_matches(['.', '-', '/']);
    // "No. 28-IVof 18 April 2009": the word after the number, glued to it.
    if let Some(n) = number
        .strip_suffix("of")
        .filter(|n| n.ends_with(|c: char| c.is_ascii_digit() || c.is_ascii_uppercase()))
    {
        number = n;
    }
    if number.is_empty() || !number.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    // A bare year is a date, not a number ("Act 2018"); a number has a separator or a label.
    let labelled = skip > rest.len() - rest.trim_start().len();
    let separated = number.contains(['/', '-', '.']);
    if !labelled && !separated {
        return None;
    }
    Some((number.to_string(), at + skip + number.len()))
}

/// The year inside a law number: `2/2017` -> 2017, `2008-11` -> 2008.
pub(super) fn year_of_number(number: &str) -> Option<PartialDate> {
    number
        .split(['/', '-', '.'])
        .filter(|p| p.len() == 4 || p.len() == 2 && number.contains('/'))
        .filter_map(|p| {
            let y: i16 = p.parse().ok()?;
            match p.len() {
                4 if (1900..=2040).contains(&y) => Some(y),
                2 if number.ends_with(&format!("/{p}")) && y >= 50 => Some(1900 + y),
                2 if number.ends_with(&format!("/{p}")) && y < 30 => Some(2000 + y),
                _ => None,
            }
        })
        .next()
        .map(PartialDate::year)
}

/// Whether a word is a number in figures or Roman numerals: "4", "IV".
pub(super) fn is_numeral(word: &str) -> bool {
    !word.is_empty()
        && (word.bytes().all(|b| b.is_ascii_digit()) || word.chars().all(|c| matches!(c, 'I' | 'V' | 'X' | 'L')))
}
