//! French typography: a narrow no-break space (U+202F) before `:`, `;`,
//! `?` and `!` and inside `« »`, so that a line never breaks between a word
//! and its punctuation. Applied to the texts of a French translation when a
//! translator is made, so that translation files may be written with plain
//! spaces; the values put into them (names, quotes from the sources) are
//! left as they are.

/// The narrow no-break space.
pub const NARROW_NBSP: char = '\u{202f}';

/// `text` with the space before `: ; ? !` and inside `« »` made a narrow
/// no-break space. A plain or no-break space is replaced; none is added
/// where the text has none (`https://`, `{a}:{b}`), except inside
/// guillemets, which always take one.
pub fn french(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len() + 8);
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let space = c == ' ' || c == '\u{a0}' || c == NARROW_NBSP;
        let next = chars.get(i + 1).copied();
        if space && matches!(next, Some(':' | ';' | '?' | '!' | '»')) {
            out.push(NARROW_NBSP);
        } else if c == '«' {
            out.push('«');
            out.push(NARROW_NBSP);
            if matches!(next, Some(' ' | '\u{a0}' | NARROW_NBSP)) {
                i += 1;
            }
        } else if c == '»' && !out.ends_with(NARROW_NBSP) {
            out.push(NARROW_NBSP);
            out.push('»');
        } else {
            out.push(c);
        }
        i += 1;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spaces_before_double_punctuation_become_narrow_and_unbreakable() {
        assert_eq!(
            french("Langue : français ; voir « ici » ! Vraiment ?"),
            "Langue\u{202f}: français\u{202f}; voir «\u{202f}ici\u{202f}»\u{202f}! Vraiment\u{202f}?"
        );
    }

    #[test]
    fn nothing_is_added_where_the_text_has_no_space() {
        assert_eq!(french("https://example.org {a}:{b}"), "https://example.org {a}:{b}");
        assert_eq!(french("«ici»"), "«\u{202f}ici\u{202f}»");
        let once = french("note : « a »");
        assert_eq!(french(&once), once, "applying it twice changes nothing");
    }
}
