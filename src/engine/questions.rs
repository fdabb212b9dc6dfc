//! Facts to collect, as questions a researcher can answer: one entry per
//! question, in article order, each with the criteria waiting on it.

use std::cmp::Ordering;
use std::collections::BTreeMap;

use crate::rules::meta::{PackMeta, Question};

use super::results::{CriterionResult, Outcome, ToCollect};

/// Whether `about` (dotted, `*` standing for one part) is `path` or leads it:
/// `legislation.19` covers `legislation.19(2)` and `legislation.19.status`,
/// `safeguards.by_power.*.grounds` covers `safeguards.by_power.20.grounds`.
fn covers(about: &str, path: &str) -> bool {
    // Part by part, without allocating: this runs for every question of a
    // pack and every fact missing.
    let mut parts = path.split(['.', '[']).map(|p| p.trim_end_matches(']'));
    let mut wanted = about.split('.').peekable();
    while let Some(w) = wanted.next() {
        let Some(p) = parts.next() else {
            return false;
        };
        let last = wanted.peek().is_none();
        let paragraph = last && p.strip_prefix(w).is_some_and(|rest| rest.starts_with('('));
        if !(w == "*" || w == p || paragraph) {
            return false;
        }
    }
    true
}

/// The pack question whose `about` covers `path` most closely.
fn question_for<'q>(questions: &'q [Question], path: &str) -> Option<&'q Question> {
    questions
        .iter()
        .flat_map(|q| q.about.iter().map(move |about| (q, about)))
        .filter(|(_, about)| covers(about, path))
        .max_by_key(|(_, about)| (about.split('.').count(), about.len()))
        .map(|(q, _)| q)
}

/// `Art. 27(2)` -> [27, 2]; maturity-model factors (`Oxford CMM D4.3`) after
/// the articles, in factor order; other references last.
fn article_key(reference: &str) -> Vec<u32> {
    let Some(rest) = reference.strip_prefix("Art. ") else {
        return factor_key(reference).unwrap_or_else(|| vec![u32::MAX]);
    };
    rest.split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|p| !p.is_empty())
        .take(3)
        .map(|p| {
            p.parse::<u32>()
                .unwrap_or_else(|_| p.bytes().next().map_or(0, u32::from))
        })
        .collect()
}

/// `Oxford CMM D4.3` -> [MAX - 1, 4, 3].
fn factor_key(reference: &str) -> Option<Vec<u32>> {
    let at = reference.find(" D")? + 2;
    let (dimension, factor) = reference[at..].split_whitespace().next()?.split_once('.')?;
    let number = |t: &str| t.trim_end_matches([',', ';']).parse::<u32>().ok();
    Some(vec![u32::MAX - 1, number(dimension)?, number(factor)?])
}

fn by_article(a: &ToCollect, b: &ToCollect) -> Ordering {
    article_key(&a.reference)
        .cmp(&article_key(&b.reference))
        .then_with(|| a.question.cmp(&b.question))
}

/// The questions that `no_data` verdicts raise.
pub fn to_collect(pack: &PackMeta, criteria: &[CriterionResult]) -> Vec<ToCollect> {
    let mut by_question: BTreeMap<String, ToCollect> = BTreeMap::new();
    for c in criteria.iter().filter(|c| c.outcome == Outcome::NoData) {
        for path in &c.missing {
            let (ask, reference) = match question_for(&pack.questions, path) {
                Some(q) => (q.ask.clone(), q.reference.clone()),
                None => (fallback(c, path), c.reference.clone()),
            };
            let entry = by_question.entry(ask.clone()).or_insert_with(|| ToCollect {
                path: path.clone(),
                question: ask,
                reference,
                paths: Vec::new(),
                criteria: Vec::new(),
                asked_in: None,
            });
            if !entry.paths.contains(path) {
                entry.paths.push(path.clone());
            }
            if !entry.criteria.contains(&c.id) {
                entry.criteria.push(c.id.clone());
            }
        }
    }
    let mut out: Vec<ToCollect> = by_question.into_values().collect();
    out.sort_by(by_article);
    out
}

/// Across the assessments of one profile against several packs (same
/// profile, same date), marks each question of a later pack whose facts an
/// earlier pack's questions already ask for, with that pack's name: the
/// facts to collect of a run then hold each question once.
pub fn mark_asked_elsewhere(assessments: &mut [super::Assessment]) {
    for i in 1..assessments.len() {
        let (before, rest) = assessments.split_at_mut(i);
        let a = &mut rest[0];
        let earlier: Vec<&super::Assessment> = before
            .iter()
            .filter(|b| b.profile == a.profile && b.as_of == a.as_of && b.pack.id != a.pack.id)
            .collect();
        for t in &mut a.to_collect {
            let paths: Vec<&String> = if t.paths.is_empty() {
                vec![&t.path]
            } else {
                t.paths.iter().collect()
            };
            let asker = earlier.iter().find(|b| {
                paths.iter().all(|p| {
                    b.to_collect.iter().filter(|q| q.asked_in.is_none()).any(|q| {
                        std::iter::once(&q.path)
                            .chain(&q.paths)
                            .any(|asked| same_fact(p, asked))
                    })
                })
            });
            t.asked_in = asker.map(|b| b.pack.name.clone());
        }
    }
}

/// Whether a question about `asked` asks for `wanted`: the same path, or a
/// paragraph of the article wanted (`legislation.18(1)(a)` for `legislation.18`).
fn same_fact(wanted: &str, asked: &str) -> bool {
    asked == wanted || asked.strip_prefix(wanted).is_some_and(|rest| rest.starts_with('('))
}

/// A question for a fact no pack question covers: `What does the source say
/// of legislation 16 (Art. 16)?`
fn fallback(c: &CriterionResult, path: &str) -> String {
    let words = path.replace(['.', '_'], " ").replace(['[', ']'], " ");
    let words = words.split_whitespace().collect::<Vec<_>>().join(" ");
    format!("What is known of {words} ({})?", c.reference)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn questions_cover_paths_part_by_part() {
        assert!(covers("legislation.19", "legislation.19(2)"));
        assert!(covers("legislation.19", "legislation.19.status"));
        assert!(!covers("legislation.1", "legislation.19"));
        assert!(covers(
            "safeguards.by_power.*.grounds",
            "safeguards.by_power.20.grounds"
        ));
        assert!(!covers(
            "safeguards.by_power.*.grounds",
            "safeguards.by_power.20.supervision"
        ));
        assert!(covers("institutions", "institutions[0].name"));
    }

    #[test]
    fn a_paragraph_asked_covers_its_article() {
        assert!(same_fact("legislation.18", "legislation.18(1)(a)"));
        assert!(same_fact("legislation.18", "legislation.18"));
        assert!(!same_fact("legislation.1", "legislation.18"));
        assert!(!same_fact("legislation.18(1)", "legislation.18"));
    }

    #[test]
    fn articles_sort_by_number_not_text() {
        let mut keys = vec![
            article_key("Art. 10"),
            article_key("Art. 2"),
            article_key("Art. 27(2)"),
            article_key("CoE practice"),
            article_key("Oxford CMM D4.3"),
            article_key("Oxford CMM D1.12"),
            article_key("Oxford CMM D1.2"),
        ];
        keys.sort();
        let cmm = u32::MAX - 1;
        assert_eq!(
            keys,
            vec![
                vec![2],
                vec![10],
                vec![27, 2],
                vec![cmm, 1, 2],
                vec![cmm, 1, 12],
                vec![cmm, 4, 3],
                vec![u32::MAX]
            ]
        );
    }
}
