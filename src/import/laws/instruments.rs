//! Decrees a sentence names as the instrument of another act, not as laws of
//! the page: a body's founding act ("the ICT Agency, created by the decree
//! n°5-002"), a policy's instrument ("the Concept, approved by Decree No.
//! 575"), the decree of a ratification ("Under Supreme Decree N° 010-2019-RE,
//! ... ratified the Budapest Convention").

use crate::profile::Law;

use super::super::text;
use super::words::{FOUNDED, FOUNDING};

/// Whether the decree named at bytes `start..end` of the lower-cased
/// sentence `lower` is the instrument of another act.
pub(super) fn names_another_act(law: &Law, lower: &str, start: Option<usize>, end: Option<usize>) -> bool {
    // "the ICT Agency, created by the decree n°5-002", "established by
    // Royal Decree No. (65)": a body's founding act.
    let founding = law
        .title
        .split_whitespace()
        .take(2)
        .any(|w| w.eq_ignore_ascii_case("decree"))
        && (start.is_some_and(|a| {
            let before = lower.get(..a).unwrap_or("");
            FOUNDING.iter().any(|f| before.ends_with(f))
        }) || end.is_some_and(|e| {
            // "Royal Decree No. (65) of 2017 established a National Cyber Security Center".
            let after = lower.get(e..).unwrap_or("").trim_start();
            FOUNDED.iter().any(|f| after.starts_with(f))
                && text::any(
                    text::up_to(after, 80),
                    &[
                        "centre",
                        "center",
                        "agency",
                        "authority",
                        "team",
                        "council",
                        "commission",
                        "unit",
                        "directorate",
                        "office",
                        "committee",
                    ],
                )
        }));
    // "The National Security Concept, approved by Decree No. 575 of
    // the President": the instrument of a policy, not a law of its own.
    let instrument = law.title.split_whitespace().next().is_some_and(|w| {
        matches!(
            w.to_lowercase().as_str(),
            "decree" | "décret" | "decreto" | "resolution"
        )
    }) && start.is_some_and(|a| {
        let before = lower.get(..a).unwrap_or("");
        let policy = |t: &str| text::any(t, &["concept", "strategy", "policy", "programme", "doctrine", "plan "]);
        // "By Decree No. 575 of ..., the National Security Concept was approved."
        let after = end.and_then(|e| lower.get(e..)).unwrap_or("");
        let by_decree = matches!(before.trim(), "by" | "by the" | "under" | "under the")
            && policy(after)
            && text::any(after, &["was approved", "was adopted", "were approved", "were adopted"]);
        ["approved by ", "adopted by ", "enacted by "]
            .iter()
            .any(|v| before.ends_with(v))
            && policy(before)
            || by_decree
    });
    // "Under Supreme Decree N° 010-2019-RE, ... ratified the Budapest
    // Convention": the decree of a ratification.
    let ratifying = law
        .title
        .split_whitespace()
        .take(3)
        .any(|w| matches!(w.to_lowercase().as_str(), "decree" | "décret" | "decreto"))
        && start.is_some_and(|a| {
            let before = lower.get(..a).unwrap_or("");
            before.ends_with("under ") || before.ends_with("by ") || before.ends_with("through ")
        })
        && text::any(
            lower,
            &[
                "ratified the",
                "ratifies the",
                "a ratifié",
                "was ratified by",
                "ratified by the",
            ],
        )
        && text::any(lower, &["convention"]);
    // "the decree n°5-002 of 10 January 2005 created it", "La loi n°
    // 025-2018 du 31 mai 2018, qui l'a institué": the act that made a body
    // or a code named before, referred back to.
    let made_it = end.is_some_and(|e| {
        let after = text::up_to(lower.get(e..).unwrap_or(""), 60);
        // Right after the title, or after its date: ".../ AN du 31 mai 2018, qui l'a institué".
        let dated = after.split_once(", ").map_or("", |(_, r)| r);
        let after = after.trim_start_matches([',', ' ']);
        MADE_IT.iter().any(|m| after.starts_with(m) || dated.starts_with(m))
    });
    // "C'est par la loi n° 025-2018 ... que le nouveau code pénal a été
    // institué", "It was by Law No. 5 that the Code was enacted": the act
    // that made another, put first.
    let cleft = start.is_some_and(|a| {
        let before = lower.get(..a).unwrap_or("").trim_end();
        [
            "c'est par la",
            "c’est par la",
            "c'est par le",
            "c’est par le",
            "it was by",
            "it was through",
        ]
        .iter()
        .any(|c| before.ends_with(c))
    }) && end.is_some_and(|e| {
        // Only when what follows is a code it made: "que le nouveau code
        // pénal ... a été institué" (not "that Ruritania criminalised ...").
        let after = text::up_to(lower.get(e..).unwrap_or(""), 160);
        [
            "que le nouveau code",
            "que le code",
            "that the new code",
            "that the code",
            "that the new criminal",
            "that the criminal",
        ]
        .iter()
        .any(|c| after.contains(c))
            && text::any(
                after,
                &["institué", "instituted", "established", "enacted", "adopted", "adopté"],
            )
    });
    // "Le programme national Renaissance Act 2": a programme's name.
    // (Not a numbered law: "with the GLACY+ project Law No. 5/2018 was adopted".)
    let programme = law.number.is_none()
        && start.is_some_and(|a| {
            let before = text::before(lower, a, 30).trim_end();
            [
                "programme",
                "program",
                "programme national",
                "national programme",
                "initiative",
                "project",
                "projet",
            ]
            .iter()
            .any(|p| before.ends_with(p))
        });
    founding || instrument || ratifying || made_it || cleft || programme
}

/// How a sentence says the act just named made the thing it refers back to.
const MADE_IT: &[&str] = &[
    "created it",
    "established it",
    "set it up",
    "which created it",
    "which established it",
    "which enacted it",
    "which introduced it",
    "qui l'a institué",
    "qui l'a créé",
    "qui l'a créée",
    "qui l’a institué",
    "qui l’a créé",
    "qui l’a créée",
];
