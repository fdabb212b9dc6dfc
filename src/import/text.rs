//! Text helpers shared by the extractors: input normalisation, sentence
//! splitting, case-insensitive search that keeps byte offsets, and words.
//!
//! Every function here is linear in its input and cannot panic on any text:
//! offsets are only ever taken at `char` boundaries.

/// Makes page text safe to scan and to write back as YAML: line breaks become
/// `\n`, tabs and no-break spaces become spaces, and characters YAML cannot
/// carry (control characters, U+FFFE/U+FFFF) become spaces. A leading byte
/// order mark is dropped.
pub fn normalise(text: &str) -> String {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\r' => {
                if chars.peek() != Some(&'\n') {
                    out.push('\n');
                }
            }
            '\n' => out.push('\n'),
            '\u{2028}' | '\u{2029}' | '\u{85}' => out.push('\n'),
            '\t' | '\u{a0}' | '\u{202f}' | '\u{2007}' | '\u{feff}' => out.push(' '),
            c if c.is_control() || c == '\u{fffe}' || c == '\u{ffff}' => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

/// Collapses every run of whitespace to one space and trims the ends. A
/// link's language marker ("Law No. 2013-451 [FR] on ...") is the site's,
/// not the text's: it is left out, its punctuation kept.
pub fn collapse(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for word in text.split_whitespace() {
        let marker = word.len() >= 4
            && word.starts_with('[')
            && word.as_bytes()[3] == b']'
            && word.as_bytes()[1..3].iter().all(u8::is_ascii_uppercase);
        if marker {
            out.push_str(&word[4..]);
            continue;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

/// ASCII lower case: the same byte offsets as the original, so a match in
/// the lowered text can be cut out of the original.
pub fn lower(text: &str) -> String {
    text.to_ascii_lowercase()
}

/// `text` cut at byte `end` or the nearest character boundary before it.
pub fn up_to(text: &str, end: usize) -> &str {
    let mut end = end.min(text.len());
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
}

/// The text just before byte `at`: at most `n` bytes, from a character
/// boundary (a window that keeps a long line from being read whole).
pub fn before(text: &str, at: usize, n: usize) -> &str {
    let at = at.min(text.len());
    let mut from = at.saturating_sub(n);
    while !text.is_char_boundary(from) {
        from -= 1;
    }
    text.get(from..at).unwrap_or("")
}

/// The first offset at or after `from` where `needle` occurs in `lower` with
/// no letter or digit just before it.
pub fn find_word(lower: &str, needle: &str, from: usize) -> Option<usize> {
    let mut start = from;
    while start <= lower.len() {
        let rest = lower.get(start..)?;
        let at = start + rest.find(needle)?;
        let before = lower[..at].chars().next_back();
        if !before.is_some_and(char::is_alphanumeric) {
            return Some(at);
        }
        start = at + needle.len();
    }
    None
}

/// Whether any of `needles` occurs in `lower`.
pub fn any(lower: &str, needles: &[&str]) -> bool {
    needles.iter().any(|n| lower.contains(n))
}

/// Whether any of `needles` occurs in `lower` at a word's start: "act" in
/// "the act" but not in "transactions".
pub fn any_word(lower: &str, needles: &[&str]) -> bool {
    needles.iter().any(|n| find_word(lower, n, 0).is_some())
}

/// A long list of phrases looked for in many sentences: one automaton,
/// built on first use, finds any of them in one pass over the text.
pub struct Phrases {
    list: &'static [&'static str],
    automaton: std::sync::OnceLock<Option<aho_corasick::AhoCorasick>>,
}

impl Phrases {
    pub const fn new(list: &'static [&'static str]) -> Phrases {
        Phrases {
            list,
            automaton: std::sync::OnceLock::new(),
        }
    }

    fn automaton(&self) -> Option<&aho_corasick::AhoCorasick> {
        self.automaton
            .get_or_init(|| aho_corasick::AhoCorasick::new(self.list).ok())
            .as_ref()
    }

    /// Whether any phrase occurs in `lower`; the same answer as [`any`].
    pub fn any(&self, lower: &str) -> bool {
        match self.automaton() {
            Some(a) => a.is_match(lower),
            None => any(lower, self.list),
        }
    }

    /// Where each occurrence of each phrase starts in `lower`, overlapping
    /// ones included, in no particular order.
    pub fn starts(&self, lower: &str) -> Vec<usize> {
        match self.automaton() {
            Some(a) => a.find_overlapping_iter(lower).map(|m| m.start()).collect(),
            None => self
                .list
                .iter()
                .flat_map(|p| lower.match_indices(p).map(|(at, _)| at))
                .collect(),
        }
    }
}

/// Words that end with a full stop without ending a sentence.
const ABBREVIATIONS: &[&str] = &[
    "art", "arts", "no", "nr", "nos", "mr", "mrs", "ms", "dr", "st", "p", "pp", "pag", "para", "vol", "e.g", "i.e",
    "etc", "vs", "cf", "inc", "ltd", "co", "jr", "sr", "fig", "al", "ed", "eds", "op", "ch", "sec", "approx", "dept",
    "gen", "gov", "lit", "let", "al", "cit", "ibid", "v", "coll",
];

/// Splits one paragraph into sentences: at `.`, `!` or `?` followed by
/// white space and a capital letter (or an opening quote or bracket), unless
/// the word before the stop is an abbreviation, an initial or a number.
pub fn sentences(paragraph: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut iter = paragraph.char_indices().peekable();
    while let Some((i, c)) = iter.next() {
        if !matches!(c, '.' | '!' | '?') {
            continue;
        }
        let end = i + c.len_utf8();
        let rest = &paragraph[end..];
        let trimmed = rest.trim_start();
        if trimmed.len() == rest.len() {
            continue; // no white space after the stop
        }
        let next = trimmed.chars().next();
        // "Decision No. 1838/2018. (28 December 2018)": a bracketed date
        // after a number's stop goes on the sentence.
        // (A day's date, not a footnote "(2)" nor "(2019 update)".)
        let bracketed_date = trimmed.starts_with('(')
            && trimmed[1..].starts_with(|d: char| d.is_ascii_digit())
            && up_to(&trimmed[1..], 40).split_once(')').is_some_and(|(inner, _)| {
                let found = super::dates::find_all(inner);
                // "(21 February)" too: a day and a month.
                let day_month = matches!(inner.split_whitespace().collect::<Vec<_>>().as_slice(),
                    [d, m] if d.len() <= 2 && d.bytes().all(|b| b.is_ascii_digit()) && super::dates::month(&lower(m)).is_some());
                day_month
                    || matches!(found.as_slice(), [f] if f.start == 0 && f.end == inner.len() && f.date.day.is_some())
            });
        let opens = next.is_some_and(|n| n.is_uppercase() || matches!(n, '"' | '“' | '«' | '(' | '['))
            && !(bracketed_date && before_is_number(&paragraph[start..i]));
        if !opens || (c == '.' && !ends_sentence(&paragraph[start..i])) {
            continue;
        }
        push_bounded(&mut out, &paragraph[start..end]);
        start = end;
        while iter.peek().is_some_and(|(j, _)| *j < end) {
            iter.next();
        }
    }
    push_bounded(&mut out, &paragraph[start..]);
    out
}

/// The longest sentence read as one, in bytes. Real pages' sentences stay
/// under a kilobyte; a longer run without a stop (a pasted table, a line
/// repeated by a faulty export) is read in pieces of at most this size, so
/// that the clause checks, which compare the words of a sentence with one
/// another, cost at most this much per piece.
const LONGEST_SENTENCE: usize = 4_000;

/// Pushes a sentence, trimmed, cut into pieces at a clause's end (`;` or `,`)
/// or else at a space when it is longer than [`LONGEST_SENTENCE`].
fn push_bounded<'a>(out: &mut Vec<&'a str>, sentence: &'a str) {
    let mut rest = sentence.trim();
    while rest.len() > LONGEST_SENTENCE {
        let window = up_to(rest, LONGEST_SENTENCE);
        // The cut goes after the mark or the space, a character boundary.
        let cut = window
            .rfind("; ")
            .or_else(|| window.rfind(", "))
            .map(|at| at + 1)
            .or_else(|| {
                window
                    .char_indices()
                    .rev()
                    .find(|(_, c)| c.is_whitespace())
                    .map(|(at, c)| at + c.len_utf8())
            })
            .unwrap_or(window.len());
        let piece = rest[..cut].trim();
        if !piece.is_empty() {
            out.push(piece);
        }
        rest = rest[cut..].trim_start();
    }
    if !rest.is_empty() {
        out.push(rest);
    }
}

/// Whether the last word of `before` ends with a digit: "1838/2018".
fn before_is_number(before: &str) -> bool {
    before.ends_with(|c: char| c.is_ascii_digit())
}

/// Whether a full stop after `before` ends a sentence.
fn ends_sentence(before: &str) -> bool {
    let word = before
        .rsplit(|c: char| c.is_whitespace() || c == '(')
        .next()
        .unwrap_or("");
    let word = word.trim_start_matches(|c: char| !c.is_alphanumeric());
    if word.is_empty() {
        return true;
    }
    let mut letters = word.chars();
    let single = letters.next().is_some_and(char::is_uppercase) && letters.next().is_none();
    if single {
        return false; // an initial: `J.`, `U.S.`
    }
    if word.contains('.') && word.chars().all(|c| c.is_alphabetic() || c == '.') && word.len() <= 6 {
        return false; // `e.g`, `U.S`
    }
    let lower = word.to_lowercase();
    !ABBREVIATIONS.contains(&lower.as_str())
}

/// Strips a bullet or list marker from the start of a line.
pub fn strip_bullet(line: &str) -> &str {
    let t = line.trim_start();
    for marker in ["- ", "• ", "* ", "· ", "– ", "— ", "o ", "▪ ", "► "] {
        if let Some(rest) = t.strip_prefix(marker) {
            return rest.trim_start();
        }
    }
    // A numbered item: "1. ", "12) ".
    let digits = t.chars().take_while(char::is_ascii_digit).count();
    if (1..=2).contains(&digits) {
        if let Some(rest) = t[digits..]
            .strip_prefix(". ")
            .or_else(|| t[digits..].strip_prefix(") "))
        {
            return rest.trim_start();
        }
    }
    t
}

/// Upper-cases the first letter.
pub fn capitalise(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// A word of a sentence, as byte offsets into it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Word {
    pub start: usize,
    pub end: usize,
}

impl Word {
    pub fn text<'a>(&self, s: &'a str) -> &'a str {
        s.get(self.start..self.end).unwrap_or("")
    }
}

/// The words of a text: runs of letters, digits, `-`, `'` and `’`, without
/// hyphens or apostrophes at their ends.
pub fn words(s: &str) -> Vec<Word> {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(s.len() / 6 + 1);
    let mut start = None;
    let mut i = 0;
    // ASCII bytes are tested as bytes; other characters are decoded.
    while i <= bytes.len() {
        let (is_word, len) = match bytes.get(i) {
            None => (false, 1),
            Some(&b) if b < 128 => (b.is_ascii_alphanumeric() || b == b'-' || b == b'\'', 1),
            Some(_) => {
                let c = s.get(i..).and_then(|r| r.chars().next()).unwrap_or(' ');
                (c.is_alphanumeric() || c == '’', c.len_utf8())
            }
        };
        match (start, is_word) {
            (None, true) => start = Some(i),
            (Some(st), false) => {
                let w = &s[st..i];
                let lead = w.len() - w.trim_start_matches(['-', '\'', '’']).len();
                let trimmed = w.trim_matches(['-', '\'', '’']);
                if !trimmed.is_empty() {
                    out.push(Word {
                        start: st + lead,
                        end: st + lead + trimmed.len(),
                    });
                }
                start = None;
            }
            _ => {}
        }
        i += len;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_run_without_a_stop_is_read_in_bounded_pieces() {
        // A line repeating one clause with no full stop, as a faulty export writes it.
        let run = "the strategy itself is not yet adopted, ".repeat(500);
        let pieces = sentences(&run);
        assert!(pieces.len() > 1);
        assert!(
            pieces.iter().all(|p| p.len() <= LONGEST_SENTENCE),
            "{:?}",
            pieces.iter().map(|p| p.len()).collect::<Vec<_>>()
        );
        // Cut at a clause's end, with nothing lost.
        assert!(pieces.iter().all(|p| p.ends_with(',')));
        assert_eq!(pieces.concat().replace(' ', ""), run.replace(' ', ""));
        // No comma: cut at a space (here a non-breaking one), never inside a character.
        let run = "é\u{a0}".repeat(3000);
        let pieces = sentences(&run);
        assert!(pieces.iter().all(|p| p.len() <= LONGEST_SENTENCE));
        assert_eq!(pieces.concat().chars().filter(|c| *c == 'é').count(), 3000);
        // A real sentence stays whole.
        let one = "The National Cybersecurity Strategy, adopted in 2019, covers cybercrime.";
        assert_eq!(sentences(one), [one]);
    }

    #[test]
    fn splits_sentences_but_not_abbreviations() {
        let p = "See Art. 6 of the law. The U.S. Department agreed. (Tesis: 1a./J. 115/2012) of October 17, 2012. The SCJN found it. pag. 397. Done";
        assert_eq!(
            sentences(p),
            [
                "See Art. 6 of the law.",
                "The U.S. Department agreed.",
                "(Tesis: 1a./J. 115/2012) of October 17, 2012.",
                "The SCJN found it. pag. 397.",
                "Done"
            ]
        );
    }

    #[test]
    fn normalises_controls_and_line_ends() {
        assert_eq!(normalise("\u{feff}a\r\nb\rc\u{0}d\u{7f}"), "a\nb\nc d ");
    }

    #[test]
    fn words_keep_hyphens_inside() {
        let s = "the CERT-MX -under the umbrella";
        let w: Vec<&str> = words(s).iter().map(|w| w.text(s)).collect();
        assert_eq!(w, ["the", "CERT-MX", "under", "the", "umbrella"]);
    }

    #[test]
    fn phrases_find_what_any_finds() {
        static LIST: Phrases = Phrases::new(&["not yet", "adopted", "a"]);
        for s in ["", "was adopted", "not yet", "xyz", "b c", "nota"] {
            assert_eq!(LIST.any(s), any(s, &["not yet", "adopted", "a"]), "{s}");
        }
        let mut at = LIST.starts("a not yet adopted");
        at.sort_unstable();
        assert_eq!(at, [0, 2, 10, 10]);
    }

    #[test]
    fn finds_words_at_word_starts_only() {
        assert_eq!(find_word("the signature and designated", "signat", 0), Some(4));
        assert_eq!(find_word("designated", "signat", 0), None);
    }
}
