//! The sentences around a document's mention that give its status: a
//! record of labelled lines after its title, a list under a lead line that
//! adopts it, the next sentence referring back to it.

use crate::profile::{PartialDate, StrategyStatus};

use super::super::page::Page;
use super::super::text;
use super::status::clauses;
use super::voices::{adoption_label, BACK_REFERENCES, PRESENT_ADOPTS, RECORD_ADOPTED, WAS_ADOPTED};
use super::words::CONTINUING;

/// A sentence that is only a document's title, and the next one that opens
/// with its verb: "Luxembourgish National Cyber Security Strategy III.
/// Approved on 26 January 2018 by the Government Council."
pub(super) fn title_then_verb(page: &Page, i: usize, sentence: &str, title: Option<&str>) -> Option<StrategyStatus> {
    let title = title?;
    // "Strategy: National Cyber Security Strategy of X": a label before the title.
    let sentence = without_label(sentence.trim());
    let rest = sentence.trim_start_matches("The ").strip_prefix(title)?;
    if rest.trim_matches(['.', ':', ' ']).chars().count() > 3 && !names_a_place(rest) {
        return None;
    }
    let next = page.next_in_section(i)?;
    // "Published for public consultation in March 2023": still a draft.
    // ("Drafted by: the Justice Cluster" names its author.)
    let consulted = text::any(&next.lower, &["consultation", "comment"])
        || text::any(&next.lower, &["draft"]) && !next.lower.starts_with("drafted by");
    if consulted {
        return None;
    }
    // "Established by: the government of X": a record of the document, a
    // label a line; none of its lines saying it is still to be adopted.
    let lines = record(page, i);
    let adoption_word = |label: &str| RECORD_ADOPTED.iter().any(|r| label.starts_with(r));
    let pending = lines.iter().any(|(_, label, value)| {
        // "Approved by Parliament: no" (not "Cybercrime strategy: none", another's).
        adoption_word(label)
            && matches!(
                text::lower(value).trim().trim_end_matches('.'),
                "no" | "none" | "not yet" | "n/a"
            )
            || text::any(
                &text::lower(value),
                &[
                    "draft",
                    "not yet",
                    "awaiting",
                    "consultation",
                    "pending",
                    "expected",
                    "planned",
                    "due ",
                    "to be ",
                ],
            )
    });
    if pending {
        return None;
    }
    // "Strategy: X" / "Date: 2013-02-14": the document's one date.
    let dated = |label: &str, value: &str| {
        let found = super::super::dates::find_all(value);
        matches!(label, "date" | "year") && found.len() == 1 && found[0].end + 2 >= value.trim_end().len()
    };
    // "Approved by experts on:" is no adoption; "Approved by Parliament:" is.
    let recorded = lines.iter().any(|(_, label, value)| {
        adoption_word(label) && (!label.contains(" by ") || adoption_label(label)) || dated(label, value.trim())
    });
    (CONTINUING.iter().any(|v| next.lower.starts_with(v)) || recorded).then_some(StrategyStatus::Adopted)
}

/// A sentence without a short label opening it: "Strategy: ", "Current
/// policy: ".
fn without_label(sentence: &str) -> &str {
    match sentence.split_once(": ") {
        Some((label, rest)) if label.split_whitespace().count() <= 3 && !label.contains(char::is_numeric) => rest,
        _ => sentence,
    }
}

/// Whether what follows a title only names its object and the place it is
/// for: " for cybersecurity in Burkina Faso", " of the Republic of X".
fn names_a_place(rest: &str) -> bool {
    let rest = rest.trim().trim_end_matches(['.', ':']);
    // "for cybersecurity": a lower-case object of up to three words.
    let rest = match ["for ", "on ", "against "].iter().find_map(|p| rest.strip_prefix(p)) {
        Some(object) => {
            let words: Vec<&str> = object.split_whitespace().collect();
            let n = words
                .iter()
                .take_while(|w| w.starts_with(char::is_lowercase) && !matches!(**w, "in" | "of"))
                .count();
            if n == 0 || n > 3 {
                return false;
            }
            if n == words.len() {
                return true;
            }
            let skip: usize = words[..n].iter().map(|w| w.len() + 1).sum();
            object.get(skip.min(object.len())..).unwrap_or("").trim_start()
        }
        None => rest,
    };
    let Some(place) = ["in ", "of ", "for "].iter().find_map(|p| rest.strip_prefix(p)) else {
        return false;
    };
    let place = place.trim_start_matches("the ");
    let words: Vec<&str> = place.split_whitespace().collect();
    !words.is_empty()
        && words.len() <= 4
        && words
            .iter()
            .all(|w| w.starts_with(char::is_uppercase) || matches!(*w, "of" | "and" | "the"))
}

/// The labelled lines after sentence `i` in its section, as a document's
/// record writes them ("Approved by: Resolution No. 818", "Year: 2010"):
/// each line's index, its label in lower case and its value.
pub(super) fn record(page: &Page, i: usize) -> Vec<(usize, &str, &str)> {
    let mut out = Vec::new();
    for k in i + 1..(i + 5).min(page.sentences.len()) {
        let s = &page.sentences[k];
        if s.section != page.sentences[i].section {
            break;
        }
        let Some((label, value)) = s.lower.split_once(':') else {
            break;
        };
        if label.split_whitespace().count() > 4 || label.contains(char::is_numeric) {
            break;
        }
        let value = s.text.get(label.len() + 1..).unwrap_or(value);
        out.push((k, label.trim(), value));
    }
    out
}

/// A list item that is only a document's title, under a line that adopts
/// the list: "The Government did, however, approve in 2015:" / "the National
/// Cyber Security Strategy 2015-2020, and". The lead line's date, if any.
pub(super) fn lead_in(page: &Page, i: usize, sentence: &str, title: Option<&str>) -> Option<Option<PartialDate>> {
    const VERBS: &[&str] = &[
        "adopt",
        "approv",
        "launch",
        "publish",
        "issue",
        "endors",
        "validat",
        "put in place",
        "creat",
        "implement",
        "develop",
    ];
    let title = title?;
    let rest = sentence
        .trim()
        .trim_start_matches("the ")
        .trim_start_matches("The ")
        .strip_prefix(title)?;
    let rest = rest.trim_matches([',', '.', ';', ' ']);
    // "National Cybersecurity Strategy 2019-2023, with a cybercrime part":
    // what follows the title may describe it, with no verb of its own.
    let described = rest.starts_with("with ")
        && !rest.split_whitespace().any(|w| {
            w.ends_with("ed")
                || w.ends_with("ing")
                || matches!(
                    w,
                    "is" | "are" | "was" | "were" | "has" | "have" | "will" | "not" | "no"
                )
        });
    if !matches!(rest, "" | "and" | "or") && !described {
        return None;
    }
    let section = page.sentences[i].section;
    let lead = (i.saturating_sub(6)..i)
        .rev()
        .map(|k| &page.sentences[k])
        .take_while(|s| s.section == section)
        .find(|s| s.text.trim_end().ends_with(':') || s.text.len() > 200)?;
    if !lead.text.trim_end().ends_with(':') {
        return None;
    }
    let (start, end) = clauses(&lead.lower).last().copied()?;
    let clause = lead.lower.get(start..end)?;
    // A verb that says it was done ("approved", "did ... approve"), not a
    // document waiting for it ("has yet to adopt:", "awaiting approval:",
    // "submitted ... for approval", "published for public consultation").
    let done = VERBS.iter().any(|v| {
        clause.match_indices(v).any(|(at, _)| {
            let word = clause[at..].split_whitespace().next().unwrap_or("");
            let past = word.ends_with("ed") || word.ends_with("ed:") || lead.lower[..start + at].contains(" did");
            // "created", "implemented", "developed" say it only of the
            // documents listed ("two strategies created and implemented
            // by:"), not of a group or a project ("the working group
            // created in 2019 is preparing the following:").
            let of_documents = || {
                clause[..at]
                    .split_whitespace()
                    .rev()
                    .find(|w| {
                        !matches!(
                            *w,
                            "and" | "were" | "was" | "have" | "has" | "been" | "created" | "adopted" | "approved"
                        )
                    })
                    .is_some_and(|w| {
                        matches!(
                            w,
                            "strategies"
                                | "documents"
                                | "policies"
                                | "plans"
                                | "programmes"
                                | "programs"
                                | "strategy"
                                | "document"
                                | "policy"
                                | "plan"
                        )
                    })
            };
            past && (!matches!(*v, "creat" | "implement" | "develop") || of_documents())
        })
    });
    let adopts = done
        && !text::any(
            clause,
            &[
                " not ",
                "never",
                " no ",
                " will ",
                " to be ",
                "yet to",
                "awaiting",
                "submitted",
                "for approval",
                "for adoption",
                "consultation",
                "draft",
                "being",
                "pending",
                "preparing",
                "in the process",
                "to elaborate",
                "to prepare",
            ],
        );
    adopts.then(|| {
        super::super::dates::find_all(lead.text.get(start..end).unwrap_or(""))
            .first()
            .map(|f| f.date)
    })
}

/// Whether a sentence opens by saying the document named before it was
/// adopted: "The latter was adopted by Government Decision No. 811".
pub(super) fn adopted_back(lower: &str) -> bool {
    BACK_REFERENCES
        .iter()
        .filter_map(|b| lower.strip_prefix(b))
        .any(|rest| {
            WAS_ADOPTED
                .iter()
                .any(|v| rest.strip_prefix(v).is_some_and(ends_the_verb))
        })
}

/// Whether what follows an adoption verb leaves it the sentence's verb of
/// its subject ("was adopted by Decision ...", "was approved in 2012."),
/// not an impersonal one with an object ("It has been approved the creation of").
pub(super) fn ends_the_verb(after: &str) -> bool {
    after.is_empty()
        || after.starts_with(['.', ',', ';', ':'])
        || [
            " by", " in ", " on ", " through", " at ", " with ", " and ", " under ", " dd",
        ]
        .iter()
        .any(|p| after.starts_with(p))
}

/// Whether a title is the last thing its sentence names: "There is, however,
/// the National Programme on Cybersecurity 2016-2020." (so that "The latter"
/// or "It" in the next sentence is the document).
pub(super) fn title_last(sentence: &str, title: &str) -> bool {
    sentence
        .rfind(title)
        .and_then(|at| sentence.get(at + title.len()..))
        .is_some_and(|rest| {
            !rest.contains(char::is_uppercase) && rest.trim_matches(['.', ' ', ')', '”', '"']).len() <= 12
        })
}

/// Whether the clause at `start..end` of a sentence (its text and lower
/// case) tells the adoption of the document named at `name_at` in a present
/// tense of the past: on a chronology's line, or with the date it tells it
/// on ("In February 2016 Ruritania adopts the X Strategy", "the Ministry
/// develops in 2014 a Cybersecurity Strategy"). Not with no date, which may
/// tell a role ("The Council approves the Strategy"); not of work under way
/// ("currently develops", "adoption is expected in 2025", "publishes ...
/// each year"); nor of another document named after the strategy (its
/// progress report, action plan or roadmap).
pub(super) fn told_in_present(
    text: &str,
    lower: &str,
    (start, end): (usize, usize),
    title: Option<&str>,
    chronicled: bool,
    name_at: usize,
) -> bool {
    // (A date the clause tells it on: "In February 2016", "in 2014"; not
    // another's "in existence since 2012".)
    let clause_text = text.get(start..end).unwrap_or("");
    let dated = || {
        super::super::dates::find_all(clause_text).iter().any(|f| {
            let lead = clause_text.get(..f.start).unwrap_or("").trim_end();
            lead.is_empty()
                || ["in", "In", "on", "On", "en", "En", "le", "Le"]
                    .iter()
                    .any(|p| lead.ends_with(&format!(" {p}")) || lead == *p)
        })
    };
    let ongoing = text::any(
        lower,
        &[
            "currently",
            " now ",
            "each year",
            "every year",
            "expected",
            "should",
            " will ",
            "to be ",
        ],
    );
    let another = title.is_some_and(|t| text::any(&text::lower(t), &["report", "action plan", "roadmap", "progress"]));
    (chronicled || dated()) && !ongoing && !another && presents(lower.get(start..end).unwrap_or(""), name_at)
}

/// Whether a chronology's line tells in the present tense the adoption of
/// the document at `noun` (a byte offset in the clause): "2020 – The
/// Ministry publishes a new Cybersecurity Strategy", the verb just before its
/// name (not "approves the roadmap for a Strategy").
fn presents(clause: &str, noun: usize) -> bool {
    // Only near the name: a long line is not read whole for each name.
    let from = noun - text::before(clause, noun, 120).len();
    let clause = text::up_to(clause.get(from..).unwrap_or(""), 240);
    let noun = noun - from;
    PRESENT_ADOPTS.iter().any(|v| {
        clause.match_indices(v).any(|(at, _)| {
            let gap = clause.get(at + v.len()..noun).unwrap_or("");
            // (A date may come between: "develops in 2014 a Strategy".)
            let object = gap.split_whitespace().all(|w| {
                let w = w.trim_matches(['“', '”', '"', '«', '»', ',']);
                matches!(
                    w,
                    "a" | "an" | "the" | "its" | "new" | "first" | "second" | "revised" | "updated" | "national" | "in"
                ) || w.is_empty()
                    || w.bytes().all(|b| b.is_ascii_digit())
                    || super::super::dates::month(w).is_some()
            });
            // "Implementation starts of the Strategy".
            let of = gap
                .trim_start()
                .strip_prefix("of ")
                .is_some_and(|r| r.split_whitespace().count() <= 3);
            at < noun && gap.len() <= 60 && (object || of) || at > noun && v.starts_with("is ")
        })
    })
}

/// Whether sentence `i` is only a title, perhaps after a label: "Strategy:
/// National Cyber Security Strategy of X".
pub(super) fn title_only(page: &Page, i: usize) -> bool {
    page.sentences
        .get(i)
        .is_some_and(|s| s.text.split_whitespace().count() <= 14 && !s.text.trim_end().ends_with('.'))
}
