//! Dates as country pages write them, always day first: `23/11/2014`,
//! `27.8.2013`, `1 February 2007`, `2nd July 2013`, `1er décembre 2016`,
//! `October 17, 2012`, `December 2018`, `Dec 2018`, `Febrero de 2013` and a
//! bare year. A date keeps the precision the page gives it.
//!
//! A number followed by `/` and a year (`194/2012`) is a reference number,
//! not a date; years outside 1900-2100 are not dates.

use crate::profile::PartialDate;

/// A date found in a text, with its byte range.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Found {
    pub start: usize,
    pub end: usize,
    pub date: PartialDate,
    /// Only a year was given.
    pub bare_year: bool,
}

#[derive(Debug, Clone, PartialEq)]
enum Tok {
    /// A number (`None` when too long to be part of a date), with its ordinal suffix if any.
    Num(Option<u32>, usize, bool),
    Word(String),
    Sep(char),
}

#[derive(Debug, Clone)]
struct Token {
    tok: Tok,
    start: usize,
    end: usize,
    /// White space comes right before it.
    spaced: bool,
}

const ORDINALS: &[&str] = &["st", "nd", "rd", "th", "er", "re", "e", "ème", "eme", "o", "º"];

fn tokens(s: &str) -> Vec<Token> {
    let mut out = Vec::new();
    let mut chars = s.char_indices().peekable();
    let mut spaced = true;
    while let Some((i, c)) = chars.next() {
        if c.is_whitespace() {
            spaced = true;
            continue;
        }
        let (tok, end) = if c.is_ascii_digit() {
            let mut end = i + 1;
            while let Some(&(j, d)) = chars.peek() {
                if !d.is_ascii_digit() {
                    break;
                }
                end = j + 1;
                chars.next();
            }
            let digits = &s[i..end];
            let value = if digits.len() <= 4 { digits.parse().ok() } else { None };
            (Tok::Num(value, digits.len(), false), end)
        } else if c.is_alphabetic() {
            let mut end = i + c.len_utf8();
            while let Some(&(j, d)) = chars.peek() {
                if !d.is_alphabetic() {
                    break;
                }
                end = j + d.len_utf8();
                chars.next();
            }
            (Tok::Word(s[i..end].to_lowercase()), end)
        } else {
            (Tok::Sep(c), i + c.len_utf8())
        };
        // An ordinal suffix glued to a number (`2nd`, `1er`) belongs to it.
        if let (Tok::Word(w), Some(prev)) = (&tok, out.last_mut()) {
            let prev: &mut Token = prev;
            if let Tok::Num(v, n, false) = prev.tok {
                if !spaced && ORDINALS.contains(&w.as_str()) {
                    prev.tok = Tok::Num(v, n, true);
                    prev.end = end;
                    continue;
                }
            }
        }
        out.push(Token {
            tok,
            start: i,
            end,
            spaced,
        });
        spaced = false;
    }
    out
}

/// The month a name or abbreviation stands for, in English, French or Spanish.
pub fn month(word: &str) -> Option<u8> {
    const MONTHS: [&[&str]; 12] = [
        &["january", "jan", "janvier", "janv", "enero"],
        &["february", "feb", "février", "fevrier", "févr", "fevr", "febrero"],
        &["march", "mar", "mars", "marzo"],
        &["april", "apr", "avril", "avr", "abril"],
        &["may", "mai", "mayo"],
        &["june", "jun", "juin", "junio"],
        &["july", "jul", "juillet", "juil", "julio"],
        &["august", "aug", "août", "aout", "agosto"],
        &["september", "sep", "sept", "septembre", "septiembre", "setiembre"],
        &["october", "oct", "octobre", "octubre"],
        &["november", "nov", "novembre", "noviembre"],
        &["december", "dec", "décembre", "decembre", "déc", "diciembre", "dic"],
    ];
    MONTHS
        .iter()
        .position(|names| names.contains(&word))
        .map(|i| i as u8 + 1)
}

fn year(t: &Token) -> Option<i16> {
    match t.tok {
        Tok::Num(Some(v), 4, false) if (1900..=2100).contains(&v) => i16::try_from(v).ok(),
        _ => None,
    }
}

fn day(t: &Token) -> Option<u8> {
    match t.tok {
        Tok::Num(Some(v), 1 | 2, _) if (1..=31).contains(&v) => u8::try_from(v).ok(),
        _ => None,
    }
}

fn month_word(t: &Token) -> Option<u8> {
    match &t.tok {
        Tok::Word(w) => month(w),
        _ => None,
    }
}

fn is_sep(t: Option<&Token>, set: &[char]) -> bool {
    matches!(t, Some(Token { tok: Tok::Sep(c), .. }) if set.contains(c))
}

fn is_word(t: Option<&Token>, set: &[&str]) -> bool {
    matches!(t, Some(Token { tok: Tok::Word(w), .. }) if set.contains(&w.as_str()))
}

/// Every date in `s`, in order, not overlapping.
pub fn find_all(s: &str) -> Vec<Found> {
    let toks = tokens(s);
    let mut out = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        match date_at(&toks, i) {
            Some((found, next)) => {
                out.push(found);
                i = next.max(i + 1);
            }
            None => i += 1,
        }
    }
    out
}

fn found(toks: &[Token], first: usize, last: usize, date: Option<PartialDate>, bare: bool) -> Option<(Found, usize)> {
    let date = date?;
    let (start, end) = (toks.get(first)?.start, toks.get(last)?.end);
    Some((
        Found {
            start,
            end,
            date,
            bare_year: bare,
        },
        last + 1,
    ))
}

fn ymd(y: i16, m: u8, d: u8) -> Option<PartialDate> {
    PartialDate::ymd(y, m, d).ok()
}

fn ym(y: i16, m: u8) -> Option<PartialDate> {
    Some(PartialDate {
        year: y,
        month: Some(m),
        day: None,
    })
}

/// A date starting at token `i`, and the index of the token after it.
fn date_at(t: &[Token], i: usize) -> Option<(Found, usize)> {
    let at = |k: usize| t.get(i + k);
    let glued = |k: usize| at(k).is_some_and(|x| !x.spaced);
    // 23/11/2014, 27.8.2013, 1-2-2015 (day first), and 2014-11-23.
    if let (Some(a), Some(Token { tok: Tok::Sep(sep), .. })) = (at(0), at(1)) {
        if matches!(sep, '/' | '.' | '-') && glued(1) && glued(2) && glued(3) && glued(4) && is_sep(at(3), &[*sep]) {
            if let (Some(d), Some(m), Some(y)) = (day(a), at(2).and_then(day), at(4).and_then(year)) {
                if m <= 12 {
                    return found(t, i, i + 4, ymd(y, m, d), false);
                }
            }
            if let (Some(y), Some(Tok::Num(Some(m), 2, false)), Some(Tok::Num(Some(d), 2, false))) =
                (year(a), at(2).map(|x| &x.tok), at(4).map(|x| &x.tok))
            {
                if *sep == '-' && *m <= 12 {
                    return found(t, i, i + 4, ymd(y, *m as u8, *d as u8), false);
                }
            }
        }
    }
    let a = at(0)?;
    // 1 February 2007, 2nd July 2013, 1er décembre 2016, 17 de octubre de 2012.
    if let Some(d) = day(a) {
        let mut k = 1;
        if is_word(at(k), &["de", "of"]) {
            k += 1;
        }
        if let Some(m) = at(k).and_then(month_word) {
            k += 1;
            while is_sep(at(k), &['.', ',']) || is_word(at(k), &["de", "of"]) {
                k += 1;
            }
            if let Some(y) = at(k).and_then(year) {
                return found(t, i, i + k, ymd(y, m, d), false);
            }
        }
    }
    if let Some(m) = month_word(a) {
        let mut k = 1;
        if is_sep(at(k), &['.']) {
            k += 1;
        }
        // October 17, 2012 (a month name leaves no doubt about the order).
        if let Some(d) = at(k).and_then(day) {
            let mut j = k + 1;
            if is_sep(at(j), &[',']) {
                j += 1;
            }
            if let Some(y) = at(j).and_then(year) {
                return found(t, i, i + j, ymd(y, m, d), false);
            }
        }
        // December 2018, Dec. 2018, Febrero de 2013.
        while is_sep(at(k), &[',']) || is_word(at(k), &["de", "of"]) {
            k += 1;
        }
        if let Some(y) = at(k).and_then(year) {
            return found(t, i, i + k, ym(y, m), false);
        }
    }
    // A bare year, unless it ends a reference number (`194/2012`).
    if let Some(y) = year(a) {
        let after_slash = i > 0 && !a.spaced && is_sep(t.get(i - 1), &['/']);
        if !after_slash {
            return found(t, i, i, Some(PartialDate::year(y)), true);
        }
    }
    None
}

/// Whether the date ending at `end` opens a chronology's line: "2016:",
/// "November 2016 –".
pub fn opens_chronology(lower: &str, end: usize) -> bool {
    lower.get(end..).is_some_and(|a| {
        let dashed = [" – ", " - ", " — "].iter().find_map(|d| a.strip_prefix(d));
        // "2019 - 2024 National Strategy": a period, not a line's date.
        let period = dashed.is_some_and(|r| r.len() >= 4 && r.as_bytes()[..4].iter().all(u8::is_ascii_digit));
        a.starts_with(':') || dashed.is_some() && !period
    })
}

/// The date opening a chronology's line, as "2020 – The Ministry publishes
/// ..." writes it.
pub fn chronology_date(s: &str, lower: &str) -> Option<PartialDate> {
    let f = find_all(super::text::up_to(s, 24)).into_iter().next()?;
    (f.start == 0 && opens_chronology(lower, f.end)).then_some(f.date)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dates(s: &str) -> Vec<String> {
        find_all(s).iter().map(|f| f.date.to_string()).collect()
    }

    #[test]
    fn every_form_of_the_pages() {
        assert_eq!(dates("23/11/2014"), ["2014-11-23"]);
        assert_eq!(dates("on 27/8/2013 and 27.8.2013"), ["2013-08-27", "2013-08-27"]);
        assert_eq!(dates("Invited to accede: 1 February 2007"), ["2007-02-01"]);
        assert_eq!(dates("2nd July 2013"), ["2013-07-02"]);
        assert_eq!(dates("1er décembre 2016"), ["2016-12-01"]);
        assert_eq!(
            dates("December 2018, décembre 2016, Dec 2018, Dec. 2018"),
            ["2018-12", "2016-12", "2018-12", "2018-12"]
        );
        assert_eq!(dates("of October 17, 2012."), ["2012-10-17"]);
        assert_eq!(dates("Febrero de 2013"), ["2013-02"]);
        assert_eq!(dates("adopted in 2015"), ["2015"]);
        assert_eq!(dates("2014-11-23"), ["2014-11-23"]);
    }

    #[test]
    fn day_first_only_and_no_impossible_days() {
        assert_eq!(dates("12/10/2014"), ["2014-10-12"]);
        assert_eq!(dates("10/13/2014"), Vec::<String>::new());
        assert_eq!(dates("31/02/2014"), Vec::<String>::new());
    }

    #[test]
    fn reference_numbers_and_odd_years_are_not_dates() {
        assert_eq!(dates("Contradiction of Tesis 194/2012 of February 2013"), ["2013-02"]);
        assert_eq!(dates("1a./J. 115/2012"), Vec::<String>::new());
        assert_eq!(dates("article 1850 and 12345678 and 2014-2018"), ["2014", "2018"]);
    }
}
