//! The state a sentence gives the law it names: in force, a bill, a draft,
//! repealed, or only planned (no law at all).

use crate::profile::LawStatus;

use super::super::text;

/// Words that, before a title, make it a draft.
const DRAFTS: &[&str] = &[
    "draft",
    "proposed",
    "avant-projet",
    "projet de",
    "anteproyecto",
    "proyecto de",
    "initiative to",
    "initiative for",
    "to build up",
    "building up",
];

/// Words before a title that make it a law still to come, or one the
/// country does not have ("has not adopted a specific Cybercrime Law").
const PLANNED_BEFORE: &[&str] = &[
    "not adopted a",
    "not yet adopted a",
    "does not have a",
    "has no ",
    "absence of a",
    "intends to",
    "intend to",
    "plans to",
    "plan to",
    "planning to",
    "will introduce",
    "will adopt",
    "will enact",
    "to introduce a",
    "to introduce the",
    "to enact a",
    "to adopt a",
    "future",
    "forthcoming",
    "development of a",
    "drafting of a",
    "elaboration of a",
    "envisaged",
    "foreseen",
    "expected",
];

/// Words after a title that make it a law still to come.
const PLANNED_AFTER: &[&str] = &[
    "is foreseen",
    "is planned",
    "is envisaged",
    "is expected to be",
    "is to be adopted",
    "is to be enacted",
    "will be adopted",
    "will be enacted",
    "will be introduced",
    "has yet to be",
];

/// Words after a replacement that limit it to a part, a place or a respect.
const PARTIAL: &[&str] = &[
    "in part",
    "partly",
    "partially",
    "practice",
    "territor",
    "as regards",
    "regard",
    "only",
    "region",
    "except",
    "insofar",
    "as far as",
    "in respect of",
    "for offences",
];

/// Whether the sentence says another law took the place of the whole law
/// at `start..end`: "The Cybercrime Act 2021 replaced the Computer Misuse
/// Act", "X was superseded by Y", "X is no longer in force". Not a part of
/// it ("replaced the Criminal Code provisions on", "Article 5 of the X Act
/// was replaced"), not in part or in one respect ("superseded in part",
/// "as regards digital evidence"), and not by a bill or a draft, which
/// replaces nothing yet.
fn replaced(lower: &str, start: usize, end: usize) -> bool {
    let before = text::before(lower, start, 40);
    let sentence_before = text::before(lower, start, 160);
    let sentence_before = sentence_before.rsplit(['.', ';']).next().unwrap_or(sentence_before);
    let rest = lower.get(end..).unwrap_or("");
    let clause_after = text::up_to(rest, 120).split(['.', ';']).next().unwrap_or("");
    let whole = !rest.trim_start().starts_with(|c: char| c.is_alphabetic())
        || !text::any(
            text::up_to(rest, 20),
            &["provision", "article", "section", "chapter", "offence"],
        );
    let part_of = before.trim_end().ends_with("of the")
        && text::any(
            before,
            &["article", "section", "provision", "chapter", "part ", "paragraph"],
        );
    let by_another = ["replaced the ", "superseded the ", "abrogated the "]
        .iter()
        .any(|v| before.ends_with(v))
        && !text::any(
            sentence_before,
            &[
                "will ",
                "would ",
                "to replace",
                "to supersede",
                "not ",
                "set to",
                "intended",
                "meant",
                "bill",
                "draft",
                "if ",
                "once ",
            ],
        )
        && !text::any(clause_after, PARTIAL);
    // Right after the title, or after its bracketed number.
    let head = rest.trim_start_matches([',', ' ']);
    let head = match head.strip_prefix('(').and_then(|r| r.split_once(')')) {
        Some((_, after)) => after.trim_start_matches([',', ' ']),
        None => head,
    };
    let itself = [
        "was replaced by",
        "has been replaced",
        "were replaced by",
        "was superseded",
        "has been superseded",
        "was abrogated",
        "has been abrogated",
        "is no longer in force",
    ]
    .iter()
    .find_map(|p| {
        // Right after the title, or after a relative clause set off by commas.
        [head, past_relative(rest)]
            .into_iter()
            .find(|h| h.starts_with(*p))
            .map(|h| &h[p.len()..])
    })
    .is_some_and(|tail| {
        let tail = tail.split(['.', ';']).next().unwrap_or("");
        !text::any(tail, PARTIAL) && !text::any(tail, &["bill", "draft"])
    });
    // "The Cybercrimes Act, 2010, whose purpose was ..., and ..., is no longer
    // in force": the sentence's subject, with no other law named before its verb.
    let subject = before.trim().is_empty() || before.trim() == "the";
    let of_subject = subject
        && ["is no longer in force", "was repealed", "has been repealed"]
            .iter()
            .filter_map(|p| text::up_to(rest, 400).find(p))
            .min()
            .is_some_and(|at| {
                let between = &rest[..at];
                let tail = rest[at..].split(['.', ';', ':']).next().unwrap_or("");
                // The main verb, after the commas closing what was said between
                // (not "whose former Article 286 is no longer in force").
                let main = between.trim().is_empty() || between.trim_end().ends_with(',');
                main && !between.contains(['.', ';'])
                    && !text::any_word(
                        between,
                        &[
                            "act",
                            "law",
                            "code",
                            "bill",
                            "decree",
                            "ordinance",
                            "will ",
                            "would ",
                            "article",
                            "section",
                            "provision",
                        ],
                    )
                    && !text::any(tail, PARTIAL)
            });
    whole && !part_of && (by_another || itself || of_subject)
}

/// What follows a relative clause set off by commas after a title, where
/// the title's own verb is: "the ICT Law, which would include most powers
/// (according to X), remains a draft" gives "remains a draft". Empty when
/// no relative clause follows.
fn past_relative(rest: &str) -> &str {
    let rest = text::up_to(rest, 400);
    if ![", which ", ", that ", ", whose "].iter().any(|r| rest.starts_with(r)) {
        return "";
    }
    let mut depth = 0i32;
    for (i, c) in rest.char_indices().skip(1) {
        match c {
            '(' => depth += 1,
            ')' => depth -= 1,
            ';' if depth == 0 => return "",
            // A full stop, not a number's ("Law No. 2/2000").
            '.' if depth == 0 && !rest[i + 1..].trim_start().starts_with(|d: char| d.is_ascii_digit()) => return "",
            ',' if depth == 0 => return rest[i + 1..].trim_start(),
            _ => {}
        }
    }
    ""
}

/// Whether the law named at `start` opens or continues a list that a
/// drafting verb governs: "has drafted several bills, among them the X
/// Bill"; the list's head noun is bills or drafts, and no verb of adoption
/// governs it ("has adopted several laws drafted by the Ministry, including").
fn drafted_list(lower: &str, start: usize) -> bool {
    const OPENERS: &[&str] = &["among them", "including", "such as", "namely", "notably", ":"];
    let before = text::before(lower, start, 120);
    let clause = before.rsplit(['.', ';']).next().unwrap_or(before);
    let lead = clause.trim_end().trim_end_matches("the").trim_end();
    OPENERS.iter().find_map(|o| lead.strip_suffix(o)).is_some_and(|verb| {
        let verb = verb.trim_end_matches([',', ' ']);
        let head = verb.rsplit(' ').next().unwrap_or("");
        matches!(head, "bills" | "drafts")
            && text::any(verb, &["drafted", "prepared", "drafting", "preparing"])
            && !text::any(
                verb,
                &[
                    " not ", "never", " no ", "amend", "adopted", "enacted", "passed", "approved", "model",
                ],
            )
    })
}

/// Whether the law named at bytes `start..end` of a sentence is only
/// planned: an intention in its clause before it, or a plan right after it.
pub(super) fn planned(lower: &str, start: usize, end: usize) -> bool {
    let mut from = start.saturating_sub(45);
    while !lower.is_char_boundary(from) {
        from -= 1;
    }
    let before = lower.get(from..start).unwrap_or("");
    let before = before.rsplit([';', ',', '.', ')', ':']).next().unwrap_or(before);
    let after = text::up_to(lower.get(end..).unwrap_or(""), 40);
    let after = after.split([';', ',', '.', '(']).next().unwrap_or(after);
    // "was discussed in 2019 but was never adopted", ", which Parliament
    // rejected": a failed proposal, in force nowhere.
    let sentence_after = text::up_to(lower.get(end..).unwrap_or(""), 90);
    let sentence_after = sentence_after.split(['.', ';']).next().unwrap_or(sentence_after);
    // "The X Act is in force, but regulations have not been adopted": another subject.
    let sentence_after = sentence_after.split(", but ").next().unwrap_or(sentence_after);
    // "No specific Cybercrime Law.", "neither a cybercrime law nor ...": a law
    // the sentence says does not exist.
    let denied = before
        .split_whitespace()
        .rev()
        .take(3)
        .any(|w| matches!(w, "no" | "without"));
    text::any(before, PLANNED_BEFORE) || text::any(after, PLANNED_AFTER) || text::any(sentence_after, FAILED) || denied
}

/// Words after a title that make it a proposal that failed.
const FAILED: &[&str] = &[
    "not yet adopted",
    "not yet enacted",
    "not been adopted",
    "not been enacted",
    "never adopted",
    "never enacted",
    "never passed",
    "was not adopted",
    "was not passed",
    "was not enacted",
    "rejected",
    "was withdrawn",
    "was not indicated",
    "was not needed",
    "was not necessary",
];

/// The status of a law named at bytes `start..end` of a sentence.
pub(super) fn status(lower: &str, start: usize, end: usize, anchor: &str) -> LawStatus {
    let before = lower.get(start.saturating_sub(30)..start).unwrap_or("");
    let after = text::up_to(lower.get(end..).unwrap_or(""), 60);
    let passed = text::any(
        after,
        &["into law", "was passed", "was enacted", "was adopted", "became law"],
    ) || text::any(before, &["passed the", "enacted the"]);
    let own = lower.get(start..end).unwrap_or("");
    let replaces = text::any(
        before,
        &["replace with the", "replaced with the new", "replace it with the"],
    );
    // "The new Law repeals the former cybercrime law (Law No. 19.223/1993)".
    // "It repeals the old cybercrime law (Law No. 19.223/1993)".
    let wider = lower.get(start.saturating_sub(60)..start).unwrap_or("");
    // ("It repeals Law No. 19.223/1993": with or without "the".)
    // (Not "partially repeals Law No. N", "repeals Law No. N only in part".)
    let in_part = text::any(before, &["partially", "partly"])
        || text::any(
            text::up_to(lower.get(end..).unwrap_or(""), 40),
            &["in part", "only", "partially", "partly"],
        );
    let former = text::any(before, &["repeals the", "repealed the"])
        || ["repeals ", "repealed ", "repealing "]
            .iter()
            .any(|v| before.ends_with(v))
            && !in_part
        || before.contains("the former ") && before.trim_end().ends_with('(')
        || before.trim_end().ends_with('(')
            && text::any(wider, &["repeals the ", "repealed the ", "repealing the "])
            && !text::any(wider, &["not ", "never "]);
    // "the Cyber Security Act, due to be adopted in 2020": a draft.
    // Said of the law itself, right after its name ("the X Act, scheduled for
    // adoption in 2020"), not of its amendments ("whose amendments are scheduled").
    let next_words = after.trim_start_matches([',', ' ']);
    let pending = text::any(after, &["due to be adopted", "due to be enacted", "pending adoption"])
        || ["scheduled for adoption", "scheduled to be adopted"]
            .iter()
            .any(|p| next_words.starts_with(p))
        // "to be formalized in the Cyber Security Act": a text still to come.
        || text::any(before, &["to be formalized in the", "to be formalised in the"])
            && !text::any(after, &["in force", "adopted", "enacted"])
        // "The X Bill, the Y Bill etc. have been drafted by the government".
        || text::any(
            text::up_to(lower.get(end..).unwrap_or(""), 160)
                .replace("etc.", "etc")
                .split(['.', ';'])
                .next()
                .unwrap_or(""),
            &["have been drafted", "has been drafted", "were drafted", "was drafted"],
        )
        // "Cybercrime Bill: in preparation since 2019".
        || text::any(
            text::up_to(after, 25),
            &[
                "in preparation",
                "being prepared",
                "being drafted",
                "under preparation",
                "in elaboration",
                "under elaboration",
                "being elaborated",
            ],
        ) && !passed
        // "The X Regulations, 2011 exist only as draft": the title's own verb.
        || [
            "exist only as",
            "exists only as",
            "is still a draft",
            "are still drafts",
            "is still in draft",
            "are still in draft",
            "remains a draft",
            "remain drafts",
            "is only a draft",
            "is in draft form",
            "are in draft form",
        ]
        .iter()
        .any(|p| after.trim_start().starts_with(p) || past_relative(lower.get(end..).unwrap_or("")).starts_with(p));
    // "is drafting amendments to the Criminal Code": the changes are the
    // draft, the code stays in force.
    let of_changes = text::any(
        before,
        &[
            "amendment",
            "amending",
            "to amend",
            "revision of",
            "to revise",
            "changes to",
            "modifications to",
        ],
    );
    if text::any(before, DRAFTS) && !of_changes
        || drafted_list(lower, start)
        || text::any(before, &["bill to"])
        || own.starts_with("draft ")
        || own.contains(" draft ")
        || replaces
        || pending
        // "The authorities are working on the Cybercrime Bill".
        || before.ends_with("working on the ")
        || before.ends_with("working on a ")
    {
        LawStatus::Draft
    } else if former || anchor != "Bill" && replaced(lower, start, end) || {
        // Said of it, in its own clause: not "X criminalises access; the old
        // law was repealed".
        let clause = after.split([';', '.']).next().unwrap_or("");
        const REPEALED: [&str; 4] = ["was repealed", "has been repealed", "is repealed", "were repealed"];
        REPEALED
            .iter()
            .filter_map(|p| clause.find(p))
            .min()
            .is_some_and(|at| !text::any_word(&clause[..at], &["law", "act", "code", "decree", "but ", "while "]))
            // "X, which replaced Law No. 2/2000, was repealed by ...".
            || REPEALED
                .iter()
                .any(|p| past_relative(lower.get(end..).unwrap_or("")).starts_with(p))
    } {
        LawStatus::Repealed
    } else if anchor == "Bill" && !passed {
        LawStatus::Bill
    } else {
        LawStatus::InForce
    }
}
