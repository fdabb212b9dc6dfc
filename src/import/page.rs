//! The page as the extractors see it: sections, and the sentences of each
//! section with their lower-case form for keyword search. Boilerplate (the
//! site footer, "See legal profile") is recognised here and never becomes a
//! fact or a note.

use super::sections::{self, SectionKind};
use super::text;

/// A sentence of the page (or a line of the status section).
#[derive(Debug, Clone)]
pub struct Sentence {
    /// Index into [`Page::sections`].
    pub section: usize,
    /// Index of its paragraph (a line of the page), counted over the page.
    pub paragraph: usize,
    /// The sentence, white space collapsed.
    pub text: String,
    /// `text` in ASCII lower case (same byte offsets).
    pub lower: String,
}

/// A section heading as found, and its kind.
#[derive(Debug, Clone)]
pub struct SectionInfo {
    pub kind: SectionKind,
    pub heading: String,
}

/// A page split into sections and sentences.
#[derive(Debug, Clone)]
pub struct Page {
    pub sections: Vec<SectionInfo>,
    pub sentences: Vec<Sentence>,
    /// Text before the first heading.
    pub preamble: String,
    /// Whether the page stops in the middle of a sentence, as a pop-up's
    /// excerpt does: its last sentence's last words may be cut.
    pub cut: bool,
}

/// Footer and navigation text of the site, in lower case.
const BOILERPLATE: &[&str] = &[
    "tools on cybercrime & electronic evidence",
    "empowering you",
    "this tool is co-funded",
    "this tool is co funded",
    "cet outil est cofinancé",
    "cet outil est co-financé",
    "cybercrime@octopus projects",
    "profiles do not necessarily reflect",
    "profils ne reflètent pas nécessairement",
    "are you aware of the latest",
    "share this information with us",
    "connaissez-vous",
    "partagez cette information",
    "partagez ces informations",
    "outils sur la cybercriminalit",
    "wiki profiles provide an overview",
    "les profils wiki",
    "for more information on a country's legislation",
    "click on the legal profile",
    "this designation is without prejudice",
    "modèle : demande",
    "modèle: demande",
    "template : request",
];

/// Whole lines of the site's chrome, in lower case.
const CHROME: &[&str] = &[
    "country wiki",
    "wiki des pays",
    "useful links",
    "liens utiles",
    "contribute",
    "contribuer",
    "back",
    "retour",
    "tilbake",
    "zurück",
    "indietro",
    "terug",
    "πίσω",
    "назад",
];

impl Page {
    pub fn new(text: &str) -> Page {
        let mut sections = Vec::new();
        let mut sentences = Vec::new();
        let mut preamble = String::new();
        let mut paragraph = 0;
        for (index, section) in sections::split(text).into_iter().enumerate() {
            if section.kind == SectionKind::Preamble {
                preamble = section.body.to_string();
            }
            for line in joined_lines(section.body, section.kind == SectionKind::Status) {
                let line = text::strip_bullet(&line);
                if line.trim().is_empty() {
                    continue;
                }
                paragraph += 1;
                // The status section is read line by line: its grammar has no full stops.
                let parts = if section.kind == SectionKind::Status {
                    unglued(line)
                } else {
                    text::sentences(line)
                };
                for part in parts {
                    let collapsed = text::collapse(part);
                    let lower = text::lower(&collapsed);
                    if collapsed.is_empty() || is_boilerplate(&lower) {
                        continue;
                    }
                    sentences.push(Sentence {
                        section: index,
                        paragraph,
                        text: collapsed,
                        lower,
                    });
                }
            }
            sections.push(SectionInfo {
                kind: section.kind,
                heading: section.heading,
            });
        }
        let last_line = text.lines().map(str::trim).rfind(|l| !l.is_empty()).unwrap_or("");
        let cut =
            last_line.chars().count() >= 60 && !last_line.ends_with(['.', '!', '?', ':', ';', ')', '"', '”', '»', '’']);
        Page {
            sections,
            sentences,
            preamble,
            cut,
        }
    }

    pub fn kind(&self, sentence: &Sentence) -> SectionKind {
        self.sections
            .get(sentence.section)
            .map_or(SectionKind::Preamble, |s| s.kind)
    }

    /// The heading a sentence sits under, if any.
    pub fn heading(&self, sentence: &Sentence) -> Option<&str> {
        self.sections
            .get(sentence.section)
            .map(|s| s.heading.as_str())
            .filter(|h| !h.is_empty())
    }

    /// Whether the page has any known heading.
    pub fn has_headings(&self) -> bool {
        self.sections.iter().any(|s| s.kind != SectionKind::Preamble)
    }

    /// The sentence after sentence `i`, when it is in the same section.
    pub fn next_in_section(&self, i: usize) -> Option<&Sentence> {
        let section = self.sentences.get(i)?.section;
        self.sentences.get(i + 1).filter(|n| n.section == section)
    }

    /// Indices of the sentences in sections of `kind`.
    pub fn in_kind(&self, kind: SectionKind) -> impl Iterator<Item = usize> + '_ {
        (0..self.sentences.len()).filter(move |&i| self.kind(&self.sentences[i]) == kind)
    }
}

/// The lines of a section body, with a line wrapped inside a sentence joined
/// to the next ("... is the Computer" / "Crimes Act 2003."): a long line that
/// ends without punctuation, followed by a line that starts with a letter
/// and is no list item. The status section keeps its lines.
fn joined_lines(body: &str, keep: bool) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut open = false;
    // A blank line inside a sentence ("... in 2010. It is" / "" / "currently
    // responsible ..."): held until the next line shows whether it continues.
    let mut held_blank = false;
    for line in body.split('\n') {
        if open && line.trim().is_empty() && !held_blank {
            held_blank = true;
            continue;
        }
        let starts_text =
            line.chars().next().is_some_and(char::is_alphabetic) && text::strip_bullet(line).len() == line.len();
        let continues = !held_blank || line.chars().next().is_some_and(char::is_lowercase);
        if held_blank && !continues {
            out.push(String::new());
        }
        held_blank = false;
        match out.last_mut() {
            Some(prev) if open && starts_text && continues => {
                prev.push(' ');
                prev.push_str(line);
            }
            _ => out.push(line.to_string()),
        }
        let last = out.last().map(String::as_str).unwrap_or("");
        let tail = line.trim_end();
        open = !keep
            && tail.chars().count() >= 60
            && !tail.ends_with(['.', ':', ';', '!', '?', ')', ','])
            && !last.trim().is_empty();
    }
    out
}

/// The labels of a status section, as they start a line.
const STATUS_LABELS: &[&str] = &[
    "Ratified",
    "Signed",
    "Acceded",
    "Accession",
    "Entry into force",
    "Declarations and reservations",
    "Declarations",
    "Reservations",
    "SEE LEGAL PROFILE",
    "See legal profile",
];

/// A status line whose labels a rendering glued together ("Status :
/// PartyRatified : 12/05/2004Declarations and reservations : ...;
/// no reservations.SEE LEGAL PROFILE"), cut back into one line per label.
/// A label counts as glued only straight after a letter, digit or full stop.
fn unglued(line: &str) -> Vec<&str> {
    let mut cuts: Vec<usize> = STATUS_LABELS
        .iter()
        .flat_map(|label| line.match_indices(label).map(|(at, _)| at))
        .filter(|&at| {
            line[..at]
                .chars()
                .next_back()
                .is_some_and(|c| c.is_alphanumeric() || c == '.')
        })
        .collect();
    cuts.sort_unstable();
    cuts.dedup();
    let mut out = Vec::new();
    let mut start = 0;
    for cut in cuts {
        out.push(&line[start..cut]);
        start = cut;
    }
    out.push(&line[start..]);
    out
}

/// A chrome line written twice, as two renderings join it: "Useful links Useful links".
fn is_doubled_chrome(bare: &str) -> bool {
    let half = bare.len() / 2;
    bare.is_char_boundary(half)
        && bare.get(half..half + 1) == Some(" ")
        && bare
            .get(..half)
            .is_some_and(|a| CHROME.contains(&a) && bare.get(half + 1..) == Some(a))
}

/// Whether a sentence (in lower case) is the site's footer or navigation.
fn is_boilerplate(lower: &str) -> bool {
    let trimmed = lower.trim_end_matches(['.', '!']);
    let bare = trimmed.trim_end_matches(':').trim();
    static PHRASES: text::Phrases = text::Phrases::new(BOILERPLATE);
    PHRASES.any(lower)
        || CHROME.contains(&bare)
        || bare.starts_with("back ")
        || bare.starts_with("retour ")
        || bare.starts_with("source: http")
        || bare.starts_with("sources and links")
        || bare == "site internet cybercriminalité"
        || is_doubled_chrome(bare)
        || bare.ends_with(".png")
        || matches!(
            trimmed,
            "see legal profile" | "voir le profil légal" | "voir le profil legal"
        )
}
