//! The words of editors' voices: an adoption told as an event, a
//! chronology in the present tense, a record of labelled lines, a reference
//! back, an aside inside a clause.

/// A document's adoption told as an event: "The adoption of the National
/// Strategy ... took place in February 2015", "The release of a Strategy
/// was effected by ...". Both a noun of adoption and a verb of an event that
/// happened.
pub(super) const ADOPTION_NOUNS: &[&str] = &[
    "adoption",
    "release",
    "launch",
    "publication",
    "approval",
    "introduction",
    "enactment",
    "entry into force",
];

pub(super) const EVENT_HAPPENED: &[&str] = &[
    " took place",
    " was effected",
    " was completed",
    " occurred",
    " was carried out",
];

/// Verbs in the present tense, as a chronology writes a past event: "2020 –
/// The Ministry publishes a new Cybersecurity Strategy".
pub(super) const PRESENT_ADOPTS: &[&str] = &[
    "adopts",
    "approves",
    "publishes",
    "launches",
    "issues",
    "endorses",
    "validates",
    "enacts",
    "is put in place",
    "is adopted",
    "is approved",
    "is published",
    "is launched",
    "implementation starts",
    "implementation begins",
    "enters into force",
    "comes into force",
];

/// The labels of a document's record, one per line after its title:
/// "Approved by: Resolution No. 818 ..., 13 August 2018", "Year: 2010".
pub(super) const RECORD_ADOPTED: &[&str] = &[
    "adopted",
    "approved",
    "established",
    "issued",
    "published",
    "launched",
    "endorsed",
    "validated",
    "enacted",
    "adoption",
];

/// Whether a record's label says the document was adopted: "Approved",
/// "Adopted on", "Approved by Parliament".
pub(super) fn adoption_label(label: &str) -> bool {
    RECORD_ADOPTED.iter().any(|r| {
        label.strip_prefix(r).is_some_and(|rest| {
            rest.is_empty()
                || [" by", " on", " in"]
                    .iter()
                    .any(|p| rest == *p || rest.starts_with(&format!("{p} ")))
        })
    })
}

pub(super) const RECORD_DATE: &[&str] = &[
    "year",
    "date",
    "date of adoption",
    "adopted",
    "approved",
    "adopted on",
    "approved on",
    "adopted in",
    "published",
    "launched",
    "issued",
];

/// How a sentence refers back to the document named before it: "The latter
/// was adopted by Government Decision No. 811", "The said document was approved".
pub(super) const BACK_REFERENCES: &[&str] = &[
    "it ",
    "the latter ",
    "this document ",
    "the said document ",
    "the document ",
    "the said programme ",
    "the said strategy ",
    "the said plan ",
    "this strategy ",
    "this programme ",
    "this plan ",
];

pub(super) const WAS_ADOPTED: &[&str] = &[
    "was adopted",
    "was approved",
    "was launched",
    "was published",
    "was endorsed",
    "was validated",
    "was issued",
    "has been adopted",
    "has been approved",
];

/// Words that follow a "however" set off by commas inside a clause, before
/// its verb: "X, however, has not been adopted".
pub(super) const ASIDE_VERBS: &[&str] = &[
    "has ", "have ", "had ", "is ", "are ", "was ", "were ", "did ", "does ", "do ", "remains ", "remain ", "still ",
];

/// A clause that denies the document itself, not only its adoption.
pub(super) const NO_DOCUMENT: &[&str] = &[
    "there is no ",
    "there are no ",
    "not have",
    "n't have",
    "not any ",
    "aucun",
    "pas de ",
];

/// Verbs that adopt only the document they govern, a few words after them:
/// "unveiled the country's first National Cyber Security Strategy", "got its
/// Strategy", "What X does have is the Strategy" (not "unveiled a roadmap
/// towards a Strategy", "got a grant to prepare a Strategy").
pub(super) const GOVERNING_ADOPTED: &[&str] = &[
    "unveiled the ",
    "unveiled its ",
    "unveiled a ",
    "got a ",
    "got its ",
    "now has its ",
    "now has a ",
    "has its ",
    "does have is the ",
    "does have is a ",
];

/// "has the X Strategy in place", "X has been in place since 2013": said
/// right after the document.
pub(super) const IN_PLACE_AFTER: &[&str] = &[" in place"];
