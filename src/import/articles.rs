//! Article lists of the status line's declarations and reservations:
//! `Articles concerned: 24, 27, 35`, `Reservations regarding Art. 6, Art. 9`,
//! `declarations - articles 2,3,7; reservations - articles 4, 6`.
//!
//! A number belongs to the last `declaration`/`reservation` keyword before
//! it. Numbers under no keyword are sorted by what the Convention allows:
//! Art. 40 declarations and Art. 24, 27, 35 designations, or Art. 42
//! reservations; an article that could be either, or neither, is left
//! unclassified for the reader.

use crate::profile::treaty;

/// The articles a declarations-and-reservations text names.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Articles {
    pub declarations: Vec<String>,
    pub reservations: Vec<String>,
    /// Articles the text names without saying what they are under.
    pub unclassified: Vec<String>,
}

#[derive(Clone, Copy, PartialEq)]
enum Mode {
    Untyped,
    Declaration,
    Reservation,
}

/// Reads the article lists of a declarations-and-reservations text.
pub fn parse(text: &str) -> Articles {
    let mut out = Articles::default();
    let mut mode = Mode::Untyped;
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut i = 0;
    while i < chars.len() {
        let (at, c) = chars[i];
        if c.is_alphabetic() {
            let mut j = i;
            while j < chars.len() && chars[j].1.is_alphabetic() {
                j += 1;
            }
            let end = chars.get(j).map_or(text.len(), |(e, _)| *e);
            let word = text.get(at..end).unwrap_or("").to_lowercase();
            if word.starts_with("declaration") || word.starts_with("déclaration") {
                mode = Mode::Declaration;
            } else if word.starts_with("reservation") || word.starts_with("réserve") || word.starts_with("reserve") {
                mode = Mode::Reservation;
            }
            i = j;
            continue;
        }
        if c.is_ascii_digit() {
            let mut j = i;
            while j < chars.len() && chars[j].1.is_ascii_digit() {
                j += 1;
            }
            let at_k = |k: Option<usize>| k.and_then(|k| chars.get(k)).map(|(_, c)| *c);
            let digit_before = at_k(i.checked_sub(2)).is_some_and(|c| c.is_ascii_digit());
            let digit_after = at_k(Some(j + 1)).is_some_and(|c| c.is_ascii_digit());
            // Parts of dates and times: 23/11/2014, 27.8.2013, 10:30.
            let in_date = (matches!(at_k(i.checked_sub(1)), Some('/' | ':' | '.')) && digit_before)
                || (matches!(at_k(Some(j)), Some('/' | ':' | '.')) && digit_after);
            // Paragraph groups glued to the number: 6(3), 27(9)(e).
            let mut k = j;
            while chars.get(k).is_some_and(|(_, c)| *c == '(') {
                let close = (k + 1..chars.len().min(k + 6)).find(|&m| chars[m].1 == ')');
                match close {
                    Some(m) if (k + 1..m).all(|n| chars[n].1.is_alphanumeric()) && m > k + 1 => k = m + 1,
                    _ => break,
                }
            }
            let end = chars.get(k).map_or(text.len(), |(e, _)| *e);
            let reference = text.get(at..end).unwrap_or("");
            let number = treaty::article_number(reference);
            if !in_date && j - i <= 2 && number.is_some_and(|n| (1..=48).contains(&n)) {
                if let Some(norm) = treaty::normalise_article(reference) {
                    push(&mut out, mode, norm);
                }
            }
            i = k.max(j);
            continue;
        }
        i += 1;
    }
    out
}

fn push(out: &mut Articles, mode: Mode, article: String) {
    let list = match mode {
        Mode::Declaration => &mut out.declarations,
        Mode::Reservation => &mut out.reservations,
        Mode::Untyped => {
            let declaration = treaty::declaration_allowed(&article);
            let reservation = treaty::reservation_allowed(&article);
            match (declaration, reservation) {
                (true, false) => &mut out.declarations,
                (false, true) => &mut out.reservations,
                _ => &mut out.unclassified,
            }
        }
    };
    if !list.contains(&article) {
        list.push(article);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lists(text: &str) -> (Vec<String>, Vec<String>, Vec<String>) {
        let a = parse(text);
        (a.declarations, a.reservations, a.unclassified)
    }

    #[test]
    fn the_three_forms_of_the_pages() {
        assert_eq!(
            lists("Articles concerned: 24, 27, 35"),
            (vec!["24".into(), "27".into(), "35".into()], vec![], vec![])
        );
        assert_eq!(
            lists("Reservations regarding Art. 6, Art. 9"),
            (vec![], vec!["6".into(), "9".into()], vec![])
        );
        assert_eq!(
            lists("declarations - articles 2,3,7; reservations - articles 4, 6"),
            (
                vec!["2".into(), "3".into(), "7".into()],
                vec!["4".into(), "6".into()],
                vec![]
            )
        );
    }

    #[test]
    fn paragraphs_dates_and_ambiguous_articles() {
        assert_eq!(lists("Reservation: Art.6(3) and 27(9)(e)").1, ["6(3)", "27(9)(e)"]);
        assert_eq!(lists("deposited 23/11/2014, Art. 9").2, ["9"]);
        assert_eq!(
            lists("Articles 16 and 4"),
            (vec![], vec!["4".into()], vec!["16".into()])
        );
    }
}
