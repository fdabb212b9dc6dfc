//! Numbered laws: "Law No. 2/2017 on X", "law n°2008-11 of <date> on X",
//! "Law 27/2015", "Cybercrime Law 17/2023", with the subject after "on"
//! and the date after the number or the subject.

use crate::profile::Law;

use super::super::dates;
use super::super::names;
use super::super::text::{self, Word};
use super::numbers::{number_after, year_of_number};
use super::title::{capital_at, is_anchor, short_name_after, NUMBERED};
use super::{new_law, next_word, status};

/// The numbered law whose law word is word `k`, and the word index after it.
pub(super) fn law_at(s: &str, lower: &str, words: &[Word], k: usize) -> Option<(Law, usize)> {
    let word = words[k].text(s);
    let capital = |j: usize| capital_at(s, words, j);
    if let Some((number, after)) = number_after(s, words[k].end) {
        let mut end = after;
        let mut date = None;
        let rest = s.get(end..).unwrap_or("");
        // " of 1 June 2015", " from 26.01.2017"
        for lead in [" of ", " from ", " dated ", " du ", " de ", ", of ", ", "] {
            if let Some(r) = rest.strip_prefix(lead) {
                if let Some(f) = dates::find_all(text::up_to(r, 30)).first().filter(|f| f.start == 0) {
                    date = Some(f.date);
                    end += lead.len() + f.end;
                }
                break;
            }
        }
        let rest = s.get(end..).unwrap_or("").to_string();
        let rest = rest.as_str();
        // " on cybercrime", " on Cybersecurity": up to punctuation, at most eight words.
        for lead in [
            " on ",
            ", on ",
            " sur ",
            " sobre ",
            " relative to ",
            " relating to ",
            " concerning ",
            " Concerning ",
            " Relating to ",
        ] {
            if let Some(r) = rest.strip_prefix(lead) {
                let stop = r.find([',', ';', '.', '(', ')', ':', '"', '“', '”']).unwrap_or(r.len());
                let subject: Vec<&str> = r[..stop].split_whitespace().take(8).collect();
                // "on X and Law No. 9/2012" starts another law at "and";
                // "on Prevention and Fight of Cybercrime" does not.
                let law_word = |n: &str| {
                    let n = n.to_lowercase();
                    NUMBERED.contains(&n.as_str()) || is_anchor(&n)
                };
                // "and the Law No. ..." too, but not "and the fight against ...".
                let another_law = |c: usize| match subject.get(c + 1) {
                    None => true,
                    Some(&"the") => subject.get(c + 2).is_none_or(|n| law_word(n)),
                    Some(n) => law_word(n),
                };
                // "on Cybercrime in May 2016", "of 12 May 2016": a date ends the subject.
                let dated = |c: usize| {
                    subject.get(c + 1).is_some_and(|n| {
                        n.starts_with(|d: char| d.is_ascii_digit()) || dates::month(&n.to_lowercase()).is_some()
                    })
                };
                let cut = (0..subject.len()).find(|&c| match subject[c] {
                    "and" => another_law(c),
                    "in" | "of" | "from" | "dated" | "since" if dated(c) => true,
                    w => matches!(
                        w,
                        "that"
                            | "which"
                            | "was"
                            | "is"
                            | "are"
                            | "were"
                            | "from"
                            | "through"
                            | "entered"
                            | "–"
                            | "—"
                            | "came"
                            | "took"
                            | "became"
                            | "replaced"
                            | "repealed"
                            | "adopted"
                            | "enacted"
                            | "published"
                            | "passed"
                            | "approved"
                            | "will"
                            | "shall"
                            | "also"
                            | "apply"
                            | "applies"
                            | "has"
                            | "have"
                            | "governs"
                            | "provides"
                            | "includes"
                            | "contains"
                            | "covers"
                            | "defines"
                            | "sets"
                            | "regulates"
                            | "establishes"
                            | "introduced"
                            | "introduces"
                            | "amends"
                            | "amended"
                            | "punishes"
                            | "criminalises"
                            | "criminalizes"
                            | "deals"
                    ),
                });
                let subject = &subject[..cut.unwrap_or(subject.len())];
                if !subject.is_empty() {
                    let text = subject.join(" ");
                    if let Some(at) = r.find(&text) {
                        end += lead.len() + at + text.len();
                    }
                }
                break;
            }
        }
        // The date may follow the subject: "Law No. 2/2017 on X from 26.01.2017".
        if date.is_none() {
            let rest = s.get(end..).unwrap_or("");
            for lead in [" of ", " from ", " dated "] {
                if let Some(r) = rest.strip_prefix(lead) {
                    if let Some(f) = dates::find_all(text::up_to(r, 30)).first().filter(|f| f.start == 0) {
                        date = Some(f.date);
                    }
                }
            }
        }
        // A capitalised title before the number: "Cybercrime Law 17/2023".
        let letter = |j: usize| {
            words.get(j).is_some_and(|w| {
                let t = w.text(s);
                t.chars().next().is_some_and(char::is_uppercase) && !names::is_acronym(t)
            })
        };
        // "Electronic and Postal Communications Act No. 3": small linkers
        // inside a name before "Act"; "... on X and Law No. 9/2012" starts
        // a new law at "Law".
        let small = |j: usize| {
            matches!(word, "Act" | "Ordinance")
                && words
                    .get(j)
                    .is_some_and(|w| matches!(w.text(s), "and" | "of" | "on" | "for"))
        };
        let first = if k > 0 && capital(k) {
            names::extend(s, words, k, letter, small).0
        } else {
            k
        };
        // "Under Supreme Decree N° 010-2019-RE": a preposition opens the sentence, not the title.
        let mut first = first;
        while first < k
            && matches!(
                words[first].text(s),
                "Under" | "In" | "By" | "The" | "A" | "An" | "O" | "La" | "Le" | "El"
            )
        {
            first += 1;
        }
        let start = words[first].start;
        let title = text::capitalise(s.get(start..end)?.trim_end_matches([',', '.']));
        let date = date.or_else(|| year_of_number(&number));
        let status = status(lower, start, end, word);
        let next = next_word(words, end);
        let short_name = short_name_after(s.get(end..).unwrap_or(""));
        return Some((new_law(title, short_name, Some(number), date, status), next));
    }
    None
}
