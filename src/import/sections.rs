//! Splitting a page into its sections on the known headings, in English and
//! French, wherever they occur: at the start of a line, or glued to the end
//! of the previous text by the extraction (`See legal profileCybercrime
//! policies/strategies`). A heading must end its line, or have the next
//! text glued to it, so that a sentence that merely starts with the same
//! words is not taken for a heading.

/// What a section of a country page holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum SectionKind {
    /// Text before the first heading (the "last updated" line).
    Preamble,
    Status,
    Policies,
    Institutions,
    Legislation,
    Jurisprudence,
    Sources,
}

/// A heading as the page writes it, and its kind.
struct Heading {
    text: &'static str,
    kind: SectionKind,
}

const fn h(text: &'static str, kind: SectionKind, _lang: &'static str) -> Heading {
    Heading { text, kind }
}

use SectionKind::*;

const HEADINGS: &[Heading] = &[
    h("Status regarding Budapest Convention", Status, "en"),
    h("Status regarding the Budapest Convention", Status, "en"),
    h("Statut concernant la Convention de Budapest", Status, "fr"),
    h("Statut au regard de la Convention de Budapest", Status, "fr"),
    h("Cybercrime policies/strategies", Policies, "en"),
    h("Cybercrime policies and strategies", Policies, "en"),
    h("Politiques/stratégies en matière de cybercriminalité", Policies, "fr"),
    h(
        "Politiques et stratégies en matière de cybercriminalité",
        Policies,
        "fr",
    ),
    h("Specialised institutions", Institutions, "en"),
    h("Specialized institutions", Institutions, "en"),
    h("Institutions spécialisées", Institutions, "fr"),
    h("Cybercrime legislation", Legislation, "en"),
    h("Substantive law", Legislation, "en"),
    h("Procedural law", Legislation, "en"),
    h("State of cybercrime legislation", Legislation, "en"),
    h("Safeguards", Legislation, "en"),
    h("Related laws and regulations", Legislation, "en"),
    h("État de la législation sur la cybercriminalité", Legislation, "fr"),
    h("Législation en matière de cybercriminalité", Legislation, "fr"),
    h("Législation sur la cybercriminalité", Legislation, "fr"),
    h("Droit matériel", Legislation, "fr"),
    h("Droit pénal matériel", Legislation, "fr"),
    h("Droit procédural", Legislation, "fr"),
    h("Jurisprudence/case law", Jurisprudence, "en"),
    h("Case law", Jurisprudence, "en"),
    h("Jurisprudence", Jurisprudence, "fr"),
    h("Jurisprudence / droit jurisprudent", Jurisprudence, "fr"),
    h("Jurisprudence / droit jurisprudentiel", Jurisprudence, "fr"),
    h("Jurisprudence/droit jurisprudentiel", Jurisprudence, "fr"),
    h("Sources and links", Sources, "en"),
    h("Sources et liens", Sources, "fr"),
];

/// The letters headings start with, either case: a cheap first filter.
fn is_heading_initial(c: char) -> bool {
    matches!(
        c,
        'S' | 's' | 'C' | 'c' | 'P' | 'p' | 'I' | 'i' | 'L' | 'l' | 'D' | 'd' | 'J' | 'j' | 'R' | 'r' | 'É' | 'é'
    )
}

/// One section: its kind, its heading as found (empty for the preamble) and
/// its text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Section<'a> {
    pub kind: SectionKind,
    pub heading: String,
    pub body: &'a str,
}

/// Splits `text` into sections. The preamble comes first (possibly empty);
/// a repeated heading gives a second section of the same kind.
pub fn split(text: &str) -> Vec<Section<'_>> {
    let mut out = Vec::new();
    let mut current = Section {
        kind: Preamble,
        heading: String::new(),
        body: "",
    };
    let mut body_start = 0;
    let mut prev: Option<char> = None;
    let mut line_blank = true;
    let mut skip_to = 0;
    for (i, c) in text.char_indices() {
        if i >= skip_to {
            let candidate =
                is_heading_initial(c) && (line_blank || (c.is_uppercase() && prev.is_some_and(|p| !p.is_whitespace())));
            if candidate {
                if let Some((end, heading)) = heading_at(text, i) {
                    current.body = text.get(body_start..i).unwrap_or("");
                    out.push(current);
                    let found = crate::import::text::collapse(text.get(i..end).unwrap_or(""));
                    current = Section {
                        kind: heading.kind,
                        heading: found,
                        body: "",
                    };
                    body_start = end;
                    skip_to = end;
                }
            }
        }
        if c == '\n' {
            line_blank = true;
        } else if !c.is_whitespace() {
            line_blank = false;
        }
        prev = Some(c);
    }
    current.body = text.get(body_start..).unwrap_or("");
    out.push(current);
    out
}

/// The longest known heading starting at byte `at`, with the byte its match ends at.
fn heading_at(text: &str, at: usize) -> Option<(usize, &'static Heading)> {
    let rest = text.get(at..)?;
    let mut best: Option<(usize, &'static Heading)> = None;
    for heading in HEADINGS {
        if let Some(len) = match_folded(rest, heading.text) {
            let longer = match best {
                Some((l, _)) => len > l,
                None => true,
            };
            if longer && ends_heading(&rest[len..]) {
                best = Some((len, heading));
            }
        }
    }
    best.map(|(len, h)| (at + len, h))
}

/// Whether what follows a heading lets it be one: the end of the text or of
/// the line, or glued text starting with a capital letter or a digit.
fn ends_heading(after: &str) -> bool {
    heading_end(after).0
}

/// [`ends_heading`], and how many bytes of `after` it looked at: it stops at
/// the first character that is not white space (scanning the whole line for
/// each candidate made headings glued to lower-case text quadratic).
fn heading_end(after: &str) -> (bool, usize) {
    let Some(first) = after.chars().next() else {
        return (true, 0);
    };
    if first.is_uppercase() || first.is_ascii_digit() || first == ':' {
        return (true, first.len_utf8());
    }
    let mut looked = 0;
    for c in after.chars() {
        looked += c.len_utf8();
        if c == '\n' {
            return (true, looked);
        }
        if !c.is_whitespace() {
            return (false, looked);
        }
    }
    (true, looked)
}

/// Matches `pattern` at the start of `text`, ignoring case and the white
/// space around `/` and between words; gives the length matched in `text`.
fn match_folded(text: &str, pattern: &str) -> Option<usize> {
    let mut t = text.char_indices().peekable();
    let mut p = pattern.chars().peekable();
    while let Some(pc) = p.next() {
        if pc.is_whitespace() || pc == '/' {
            // Any white space in the text, and the slash itself if the pattern has one.
            while t.peek().is_some_and(|(_, c)| *c == ' ' || *c == '\n') {
                t.next();
            }
            if pc == '/' {
                let (_, tc) = t.next()?;
                if tc != '/' {
                    return None;
                }
                while t.peek().is_some_and(|(_, c)| *c == ' ') {
                    t.next();
                }
            }
            while p.peek().is_some_and(|c| c.is_whitespace()) {
                p.next();
            }
            continue;
        }
        let (_, tc) = t.next()?;
        if !same_letter(tc, pc) {
            return None;
        }
    }
    Some(t.peek().map_or(text.len(), |(i, _)| *i))
}

fn same_letter(a: char, b: char) -> bool {
    if a.is_ascii() && b.is_ascii() {
        return a.eq_ignore_ascii_case(&b);
    }
    a == b || a.to_lowercase().eq(b.to_lowercase())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(text: &str) -> Vec<(SectionKind, String, String)> {
        split(text)
            .into_iter()
            .map(|s| (s.kind, s.heading, s.body.trim().to_string()))
            .collect()
    }

    #[test]
    fn splits_on_glued_and_repeated_headings() {
        let text = "Last updated : 1/2/2015\nStatus regarding Budapest Convention\nStatus regarding Budapest Convention\nStatus : Party See legal profileCybercrime policies/strategies\nNone.\n";
        let k = kinds(text);
        assert_eq!(k.len(), 4);
        assert_eq!(k[0], (Preamble, String::new(), "Last updated : 1/2/2015".into()));
        assert_eq!(k[1].0, Status);
        assert_eq!(
            k[2],
            (
                Status,
                "Status regarding Budapest Convention".into(),
                "Status : Party See legal profile".into()
            )
        );
        assert_eq!(
            k[3],
            (Policies, "Cybercrime policies/strategies".into(), "None.".into())
        );
    }

    #[test]
    fn french_case_law_headings_in_both_spellings() {
        for heading in [
            "Jurisprudence / droit jurisprudent",
            "Jurisprudence/droit jurisprudentiel",
        ] {
            let k = kinds(&format!(
                "Institutions spécialisées\nUne unité.\n{heading}\nNo case was published.\n"
            ));
            assert_eq!(k.last().map(|s| s.0), Some(Jurisprudence), "{heading}");
            assert_eq!(k.last().map(|s| s.1.as_str()), Some(heading));
        }
    }

    #[test]
    fn french_headings_with_spaces_around_the_slash() {
        let k =
            kinds("Politiques / stratégies en matière de cybercriminalité\nTexte.\nInstitutions spécialisées\nAutre.");
        assert_eq!(k[1].0, Policies);
        assert_eq!(
            k[2],
            (Institutions, "Institutions spécialisées".into(), "Autre.".into())
        );
    }

    #[test]
    fn heading_glued_to_lower_case_text_is_checked_in_constant_work() {
        let line = format!("x{}", "y".repeat(1_000_000));
        assert_eq!(heading_end(&line), (false, 1));
        assert_eq!(heading_end("  \nnext"), (true, 3));
        assert_eq!(heading_end("   "), (true, 3));
        let page = format!("Status : Party\n{}\n", "xCase lawy".repeat(1_000));
        assert_eq!(kinds(&page).len(), 1, "glued to lower-case text, it is no heading");
    }

    #[test]
    fn a_sentence_starting_like_a_heading_is_not_one() {
        let k = kinds("Specialised institutions\nCybercrime legislation was adopted in 2012.\nJurisprudence of the court is rich.");
        assert_eq!(k.len(), 2);
        assert_eq!(k[1].0, Institutions);
    }
}
