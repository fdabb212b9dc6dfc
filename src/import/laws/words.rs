//! Words that make a phrase something other than a law's title.

/// Titles that are headings or disciplines, not laws.
pub(super) const NOT_LAWS: &[&str] = &[
    "substantive law",
    "procedural law",
    "criminal law",
    "international law",
    "domestic law",
    "national law",
    "case law",
    "government bill",
    "model law",
    "the law",
    "this law",
    "the act",
    "this act",
    "common law",
    "civil law",
    "the code",
];

/// Words after a law word that make the phrase a body, not a law.
pub(super) const BODY_NOUNS: &[&str] = &[
    "Commission",
    "Committee",
    "Council",
    "Office",
    "Ministry",
    "Department",
    "Agency",
    "Agencies",
    "Authority",
    "Institute",
    "Centre",
    "Center",
    "Unit",
    "Society",
    "Association",
    "School",
    "Faculty",
    "Firm",
    "Journal",
    "Review",
    "Enforcement",
    "Reform",
    "Students",
    "Library",
];
