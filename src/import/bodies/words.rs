//! The words bodies are recognised by: unit words, cyber topics, the verbs
//! of a unit's work, and the words that say a unit was renamed.

pub(super) const UNIT_WORDS: &[&str] = &[
    "unit",
    "units",
    "institute",
    "sector",
    "division",
    "department",
    "directorate",
    "brigade",
    "centre",
    "center",
    "office",
    "section",
    "squad",
    "agency",
    "authority",
    "laboratory",
    "unité",
    "direction",
    "sous-direction",
    "service",
    "bureau",
    "agence",
    "unidad",
    "cell",
    "lab",
    "platform",
    "command",
    "stations",
    "station",
    "desk",
    "group",
    "team",
    "prosecutor",
    "inspectorate",
    "plateforme",
    "cellule",
    "brigada",
    "división",
    "departamento",
    "dirección",
    "núcleo",
    "divisão",
    "unidade",
];
pub(super) const CYBER: &[&str] = &[
    "cyber",
    "computer",
    "high-tech",
    "high tech",
    "informatique",
    "électronique",
    "electronic",
    "digital",
    "numérique",
    "internet",
    "information technolog",
    "information security",
    "informática",
    "informatics",
    "it crime",
    "it-crime",
    "technological",
    "tecnológic",
    "tecnologic",
    "e-crime",
    "cibern",
    "ciber",
    "high technolog",
    "telematic",
];
/// Verbs that say what a unit does, right after its name.
pub(super) const ACTIVITIES: &[&str] = &[
    "investigates",
    "handles",
    "deals with",
    "combats",
    "fights",
    "tackles",
    "is responsible for",
    "is in charge of",
    "in charge of investigating",
    "specialises in",
    "specializes in",
    "specialised in",
    "specialized in",
    "specialising in",
    "specializing in",
    "enquête sur",
    "est chargée de",
    "lutte contre",
];

/// Passive verbs of a unit's work, with the unit after "by": "cases are
/// handled by the X".
pub(super) const PASSIVE_WORK: &[&str] = &[
    "handled by",
    "investigated by",
    "dealt with by",
    "prosecuted by",
    "traité par",
    "traitées par",
    "traités par",
];

/// Text with the adverbs that sit inside a verb phrase taken out: "which is
/// now in charge of" reads as "which is in charge of".
pub(super) fn without_adverbs(text: &str) -> std::borrow::Cow<'_, str> {
    const ADVERBS: [&str; 6] = [" now ", " currently ", " also ", " mainly ", " primarily ", " still "];
    if !ADVERBS.iter().any(|a| text.contains(a)) {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = text.to_string();
    for adverb in ADVERBS {
        out = out.replace(adverb, " ");
    }
    std::borrow::Cow::Owned(out)
}

/// Whether the words after a unit's name (at byte `end` of `lower`) say it
/// was renamed or became another unit, which is then the body.
pub(super) fn renamed_after(lower: &str, end: Option<usize>) -> bool {
    let Some(after) = end.and_then(|e| lower.get(e..)) else {
        return false;
    };
    // Past an acronym in brackets and a comma: "(TCU), renamed".
    let after = match after.trim_start().strip_prefix('(').and_then(|r| r.split_once(')')) {
        Some((inner, rest)) if inner.len() <= 12 => rest,
        _ => after,
    };
    let after = after.trim_start_matches([',', ' ']);
    [
        "renamed ",
        "later renamed ",
        "since renamed ",
        "that became the ",
        "which became the ",
        "now called ",
        "now known as ",
    ]
    .iter()
    .any(|w| after.starts_with(w))
}
