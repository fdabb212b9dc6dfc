//! Words that make a phrase something other than a law's title, or a law
//! the founding act of a body or another name of a law.

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
    "same act",
    "same law",
    "same code",
    "said act",
    "said law",
    "the act",
    "this act",
    "draft law",
    "draft act",
    "that act",
    "that law",
    "said act",
    "said law",
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

/// Words before a law that make it the founding act of a body: "the ICT
/// Agency, created by the decree n°5-002".
pub(super) const FOUNDING: &[&str] = &[
    "created by the ",
    "created by ",
    "established by the ",
    "established by ",
    "set up by the ",
    "set up by ",
    "created with the ",
    "created with ",
    "established with the ",
    "created under the ",
    "established under the ",
    "set up under the ",
];

/// Words after a decree that make it the founding act of the body it names
/// next: "Royal Decree No. (65) of 2017 established a National ... Center".
pub(super) const FOUNDED: &[&str] = &[
    "established a",
    "established the",
    "establishes",
    "establishing a",
    "establishing the",
    "created a",
    "created the",
    "creates",
    "creating a",
    "creating the",
    "set up a",
    "set up the",
    "sets up",
];

/// Words opening a bracket after a law that make what it names the same
/// law: "Criminal Code of 2001 (established by Law N°01-079 ... containing
/// the Penal Code)".
pub(super) const GLOSS: &[&str] = &[
    " (established by ",
    " (enacted by ",
    " (adopted by ",
    " (promulgated by ",
    " (approved by ",
];

/// The lower-case names of French codes after "Code", longest first.
pub(super) const FRENCH_CODES: &[&str] = &[
    "de procédure pénale",
    "de procédure pénal",
    "des communications électroniques",
    "du numérique",
    "pénale",
    "pénal",
    "civil",
];
