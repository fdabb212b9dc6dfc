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
    /// One label for both ("declarations and reservations regarding"):
    /// the articles are not split by guessing.
    Joint,
}

/// A sub-provision written after its number: `/ 3 (b)`, `/7 (a)`, `/4th`,
/// `.1.b`, `(3)(a)`; gives the normalised tail (`(3)(b)`) and the char index
/// after it, or `None` when what follows is a date (`/11/2014`, `.8.2013`).
fn tail(chars: &[(usize, char)], mut k: usize) -> Option<(String, usize)> {
    let c = |k: usize| chars.get(k).map(|(_, c)| *c);
    let mut out = String::new();
    let digits = |mut k: usize| {
        let start = k;
        while c(k).is_some_and(|c| c.is_ascii_digit()) {
            k += 1;
        }
        (start, k)
    };
    match c(k) {
        Some('/') | Some('.') => {
            let sep = c(k)?;
            let mut m = k + 1;
            while c(m) == Some(' ') {
                m += 1;
            }
            let (a, b) = digits(m);
            if b == a {
                // `1.d`: a letter after a dot.
                let letter = c(m).filter(|c| c.is_ascii_lowercase());
                if let (Some(l), '.') = (letter, sep) {
                    if !c(m + 1).is_some_and(char::is_alphanumeric) {
                        out.push_str(&format!("({l})"));
                        return Some((out, m + 1));
                    }
                }
                return Some((out, k));
            }
            // A date: a second separator then digits, or a four-digit part.
            if b - a > 2 || (c(b) == Some(sep) && c(b + 1).is_some_and(|c| c.is_ascii_digit())) {
                return None;
            }
            let n: String = chars[a..b].iter().map(|(_, c)| *c).collect();
            out.push_str(&format!("({n})"));
            k = b;
            // Ordinal suffix: 4th, 1st, 2nd, 3rd.
            for suffix in ["th", "st", "nd", "rd"] {
                let matches = suffix.chars().enumerate().all(|(o, s)| c(k + o) == Some(s));
                let after = c(k + 2);
                if matches && !after.is_some_and(char::is_alphanumeric) {
                    k += 2;
                }
            }
            // `.b` after a dotted number: 6.1.b
            if sep == '.'
                && c(k) == Some('.')
                && c(k + 1).is_some_and(|c| c.is_ascii_lowercase())
                && !c(k + 2).is_some_and(char::is_alphanumeric)
            {
                out.push_str(&format!("({})", c(k + 1)?));
                k += 2;
            }
        }
        _ => {}
    }
    // Letter or number groups in brackets, spaced or not: ` (b)`, `(3)(a)`.
    loop {
        let mut m = k;
        while c(m) == Some(' ') && m < k + 2 {
            m += 1;
        }
        if c(m) != Some('(') {
            break;
        }
        let close = (m + 1..chars.len().min(m + 6)).find(|&n| chars[n].1 == ')');
        match close {
            Some(n) if n > m + 1 && (m + 1..n).all(|x| chars[x].1.is_alphanumeric()) => {
                let inner: String = chars[m + 1..n].iter().map(|(_, c)| *c).collect();
                out.push_str(&format!("({})", inner.to_lowercase()));
                k = n + 1;
            }
            _ => break,
        }
    }
    Some((out, k))
}

/// Whether `s` (lower case) opens with a month name, after an optional "de"
/// ("16 July", "16 de julio", "16 de maio"): the number before it is a day.
fn opens_with_month(s: &str) -> bool {
    /// Portuguese names; English, French and Spanish are `dates::month`'s.
    const PORTUGUESE: [&str; 10] = [
        "janeiro",
        "fevereiro",
        "março",
        "maio",
        "junho",
        "julho",
        "setembro",
        "outubro",
        "novembro",
        "dezembro",
    ];
    let s = s.strip_prefix("de ").unwrap_or(s);
    let word: String = s.chars().take_while(|c| c.is_alphabetic()).collect();
    super::dates::month(&word).is_some() || PORTUGUESE.contains(&word.as_str())
}

/// Reads the article lists of a declarations-and-reservations text.
/// Paragraph numbers are parts of the article before them ("Article 24,
/// paragraph 7" is `24(7)`; "subparagraphs 1.d and 1.e of Article 9" are
/// `9(1)(d)` and `9(1)(e)`), never articles of their own.
pub fn parse(text: &str) -> Articles {
    match stated_references(text) {
        Some(lists) => parse_lists(&lists),
        None => parse_lists(text),
    }
}

/// The lists the treaty office's own wording closes each declaration with
/// ("The above declaration refers to articles 24, 27."), rewritten as
/// labelled lists; when a text has them, they name its articles, and the
/// numbered paragraphs and dates of the declarations' bodies do not.
fn stated_references(text: &str) -> Option<String> {
    let lower = text.to_lowercase();
    let mut lists = String::new();
    // ("concerns": the same closing in an editor's words.)
    // (Not "relates to" or "applies to", which a declaration's body may use.)
    let closings = [" refers to article", " concerns article"]
        .iter()
        .flat_map(|p| lower.match_indices(p))
        .collect::<std::collections::BTreeMap<usize, &str>>();
    let mut since = 0;
    for (at, phrase) in closings {
        let subject = lower[..at].rsplit(|c: char| !c.is_alphabetic()).next().unwrap_or("");
        // "This statement concerns article 14" after "reserves the right not
        // to apply": a reservation, whatever the closing calls it.
        let reserved =
            !subject.starts_with("declaration") && lower.get(since..at).is_some_and(|t| t.contains("reserv"));
        since = at;
        let label = if subject.starts_with("reservation") || reserved {
            "Reservations"
        } else {
            "Declarations"
        };
        // The list runs to its full stop, the line's end or the next
        // declaration, and no further than a list can be long.
        let list = super::text::up_to(&lower[at + phrase.len()..], 80);
        let list = list.split(['\n', ';']).next().unwrap_or(list);
        let end = list
            .char_indices()
            .find(|&(i, c)| c == '.' && list[i + 1..].chars().next().is_none_or(char::is_whitespace))
            .map_or(list.len(), |(i, _)| i);
        let list = &list[..end];
        let list = list.split("declaration").next().unwrap_or(list);
        let list = list.split("reservation").next().unwrap_or(list);
        lists.push_str(label);
        lists.push_str(": article");
        lists.push_str(list);
        lists.push_str(". ");
    }
    (!lists.is_empty()).then_some(lists)
}

fn parse_lists(text: &str) -> Articles {
    let mut out = Articles::default();
    let mut mode = Mode::Untyped;
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    // The article the next paragraph numbers belong to, and where it was pushed.
    let mut last: Option<(Mode, String)> = None;
    // Paragraph numbers written before their article ("subparagraph 1.d of Article 9").
    let mut pending: Vec<String> = Vec::new();
    let mut paragraph = false;
    // Paragraph words ("subparagraph") since the last article.
    let mut paragraph_words = 0;
    let mut article_word = false;
    // Whether a number came after the last declarations keyword.
    let mut numbered_since_label = false;
    // Whether the next "reservations" word belongs to a joint label.
    let mut joint_word_next = false;
    // The last article reference with its paragraph ("9(1)"), for an item
    // letter after it ("paragraph 1 item e").
    let mut last_full: Option<(Mode, String)> = None;
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
                // "declarations and reservations" names both: no split.
                let ahead = text
                    .get(end..)
                    .map(|r| r.chars().take(12).collect::<String>().to_lowercase())
                    .unwrap_or_default();
                // Joined by "and", "et", "/" or "&" only: "No declarations.
                // Reservations regarding ..." names two lists.
                let ahead = ahead.trim_start_matches(|c: char| c.is_alphabetic() && c != ' ');
                let joined = [
                    "and reserv",
                    "and réserv",
                    "et réserv",
                    "et reserv",
                    "/reserv",
                    "/ reserv",
                    "& reserv",
                    "/réserv",
                ]
                .iter()
                .any(|j| ahead.trim_start().starts_with(j));
                mode = if joined { Mode::Joint } else { Mode::Declaration };
                numbered_since_label = false;
                joint_word_next = joined;
                paragraph = false;
                last = None;
            } else if word.starts_with("reservation") || word.starts_with("réserve") || word.starts_with("reserve") {
                // "Declarations and reservations : Reservations regarding ...":
                // the field's label, then the list's own keyword.
                if joint_word_next {
                    // The "reservations" of "declarations and reservations" itself.
                    joint_word_next = false;
                } else if mode != Mode::Joint || !numbered_since_label {
                    mode = Mode::Reservation;
                }
                paragraph = false;
                last = None;
            } else if matches!(word.as_str(), "item" | "point" | "letter") {
                // "paragraph 1 item e": a letter under the last paragraph.
                let letter: String = text.get(end..).unwrap_or("").trim_start().chars().take(2).collect();
                let mut letters = letter.chars();
                if let (Some(l), None | Some(' ' | ',' | ';' | '.')) = (letters.next(), letters.next()) {
                    if let Some((m, full)) = last_full.take().filter(|_| l.is_ascii_lowercase()) {
                        let with = format!("{full}({l})");
                        replace(&mut out, m, &full, with.clone());
                        last_full = Some((m, with));
                        let skip = text.get(end..).unwrap_or("").find(l).map_or(0, |o| o + 1);
                        i = j + text.get(end..end + skip).map_or(0, |s| s.chars().count());
                        continue;
                    }
                }
            } else if word.starts_with("subparagraph")
                || word.starts_with("paragraph")
                || word == "para"
                || word == "paras"
                || word.starts_with("alinéa")
                || word == "par"
            {
                paragraph = true;
                // Several sub-paragraphs of one article may belong to another the
                // page left out; several paragraphs are the article's own.
                if word.starts_with("subparagraph") {
                    paragraph_words += 1;
                }
            } else if word.starts_with("art") {
                paragraph = false;
                article_word = true;
            } else if word == "no" || word == "none" {
                // "no reservations": nothing under this label.
            } else if !matches!(
                word.as_str(),
                "and" | "of" | "et" | "de" | "regarding" | "concerning" | "on" | "to" | "y"
            ) {
                article_word = false;
            }
            i = j;
            continue;
        }
        if c == '§' {
            paragraph = true;
        }
        if c.is_ascii_digit() {
            let mut j = i;
            while j < chars.len() && chars[j].1.is_ascii_digit() {
                j += 1;
            }
            let number: String = chars[i..j].iter().map(|(_, c)| *c).collect();
            // "dated 16 July 2009": a day before a month, or a year, is no article.
            let after_number = super::text::up_to(
                text.get(chars.get(j).map_or(text.len(), |(e, _)| *e)..)
                    .unwrap_or("")
                    .trim_start(),
                40,
            )
            .to_lowercase();
            // "2 reservations regarding Articles 14, 20": a count, not an article.
            let after_label = text.get(..at).unwrap_or("").trim_end().ends_with(':');
            let count = after_label
                && ["reservations", "declarations", "réserves", "déclarations"]
                    .iter()
                    .any(|w| after_number.starts_with(w));
            // "the contact point of the 24/7 network": the network's name.
            let network = number == "24"
                && ["/7 network", "/7 contact", "/7 point", "/7 réseau"].iter().any(|w| {
                    let ahead: String = text
                        .get(at + 2..)
                        .unwrap_or("")
                        .chars()
                        .take(w.chars().count())
                        .collect();
                    ahead.to_lowercase() == *w
                });
            if network {
                i = j + 2;
                continue;
            }
            if number.len() == 4 || opens_with_month(&after_number) || count {
                i = j;
                continue;
            }
            let Some((sub, k)) = tail(&chars, j) else {
                // A date: skip it whole.
                let mut k = j;
                while k < chars.len() && (chars[k].1.is_ascii_digit() || matches!(chars[k].1, '/' | '.' | '-')) {
                    k += 1;
                }
                i = k;
                continue;
            };
            if paragraph {
                let part = format!("({number}){sub}");
                let next_is_article = text
                    .get(chars.get(k).map_or(text.len(), |(e, _)| *e)..)
                    .map(|r| r.trim_start().to_lowercase())
                    .is_some_and(|r| r.starts_with("of art") || r.starts_with("de l'art"));
                match (&last, next_is_article || !pending.is_empty()) {
                    // "Article 24, subparagraph 7.a, subparagraph 2.c": a second
                    // paragraph word for one article may belong to another the
                    // page left out; kept for the reader, not guessed.
                    (Some((_, article)), false) if paragraph_words >= 2 => {
                        let base = article.split('(').next().unwrap_or(article).trim_end_matches('#');
                        let full = format!("{base}{part}");
                        if !out.unclassified.contains(&full) {
                            out.unclassified.push(full);
                        }
                    }
                    (Some((m, article)), false) => {
                        let base = article.split('(').next().unwrap_or(article).trim_end_matches('#');
                        let full = format!("{base}{part}");
                        replace(&mut out, *m, article, full.clone());
                        last_full = Some((*m, full.clone()));
                        last = Some((*m, full));
                        // Further paragraphs of the same article are added, not replaced.
                        last = last.map(|(m, a)| (m, a.split('(').next().unwrap_or(&a).to_string()));
                        last = last.map(|(m, a)| (m, format!("{a}#")));
                    }
                    _ => pending.push(part),
                }
            } else if j - i <= 2 && (1..=48).contains(&number.parse::<u32>().unwrap_or(0)) {
                let references: Vec<String> = if pending.is_empty() {
                    vec![format!("{number}{sub}")]
                } else {
                    pending.drain(..).map(|p| format!("{number}{p}")).collect()
                };
                for reference in references {
                    if let Some(norm) = treaty::normalise_article(&reference) {
                        numbered_since_label = true;
                        let m = push(&mut out, mode, norm.clone());
                        last = Some((m, norm));
                        paragraph_words = 0;
                    }
                }
                let _ = article_word;
            }
            i = k.max(j);
            continue;
        }
        i += 1;
    }
    out
}

/// Replaces `article` by `full` in the list of `mode` (a paragraph number
/// after its article); `article` ending in `#` means "add, do not replace".
fn replace(out: &mut Articles, mode: Mode, article: &str, full: String) {
    let list = match mode {
        Mode::Declaration => &mut out.declarations,
        Mode::Reservation => &mut out.reservations,
        Mode::Untyped | Mode::Joint => &mut out.unclassified,
    };
    let add = article.ends_with('#');
    let article = article.trim_end_matches('#');
    match list.iter().position(|a| a == article).filter(|_| !add) {
        Some(p) => list[p] = full,
        None if !list.contains(&full) => list.push(full),
        None => {}
    }
}

/// Adds an article under `mode`; gives the list it went to.
fn push(out: &mut Articles, mode: Mode, article: String) -> Mode {
    let (list, went) = match mode {
        Mode::Declaration => (&mut out.declarations, Mode::Declaration),
        Mode::Reservation => (&mut out.reservations, Mode::Reservation),
        Mode::Joint => (&mut out.unclassified, Mode::Joint),
        Mode::Untyped => {
            let declaration = treaty::declaration_allowed(&article);
            let reservation = treaty::reservation_allowed(&article);
            match (declaration, reservation) {
                (true, false) => (&mut out.declarations, Mode::Declaration),
                (false, true) => (&mut out.reservations, Mode::Reservation),
                _ => (&mut out.unclassified, Mode::Untyped),
            }
        }
    };
    if !list.contains(&article) {
        list.push(article);
    }
    went
}

#[cfg(test)]
mod tests;
