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
    "develops",
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
    // Who adopts a national document ("Approved by Parliament"), not who
    // reviewed it ("Approved by experts on").
    const ADOPTERS: &[&str] = &[
        "parliament",
        "cabinet",
        "government",
        "council",
        "president",
        "assembly",
        "senate",
        "congress",
        "minister",
        "decree",
        "resolution",
    ];
    RECORD_ADOPTED.iter().any(|r| {
        label.strip_prefix(r).is_some_and(|rest| {
            rest.is_empty()
                || [" by", " on", " in"].contains(&rest)
                || rest
                    .strip_prefix(" by ")
                    .is_some_and(|agent| ADOPTERS.iter().any(|a| agent.contains(a)))
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
    "signed off on the ",
    "rolled out the ",
    "rolled out its ",
    "gave final approval to the ",
    "gave its final approval to the ",
    "granted final approval to the ",
    "signed the ",
    "passed the ",
];

/// Verbs that adopt the document that is their subject, named before them:
/// "The Strategy was unveiled in 2018", "X dates back to 2014" (not "Work on
/// X dates back to 2014", "A working group was created to prepare X").
pub(super) const SUBJECT_ADOPTED: &[&str] = &[
    "was unveiled",
    "were unveiled",
    "has been unveiled",
    "was rolled out",
    "were rolled out",
    "has been rolled out",
    "was signed off",
    "has been signed off",
    "was signed by",
    "was signed into",
    "was passed by",
    "were passed by",
    "has been passed by",
    "was created",
    "were created",
    "has been created",
    "dates back to",
    "date back to",
    // A document that will expire is in force: "X for 2013-2017 will expire
    // at the end of 2017" (one that "has expired" may have no successor).
    "will expire",
    "expires",
];

/// A finished text still waiting for its adoption: "finalised and awaiting
/// approval", "submitted for approval".
pub(super) const PENDING: &[&str] = &[
    "awaiting approval",
    "awaiting adoption",
    "awaiting validation",
    "awaiting endorsement",
    "awaiting the approval",
    "awaiting its approval",
    "awaiting its adoption",
    "awaiting cabinet",
    "awaits approval",
    "awaits adoption",
    "awaits final approval",
    "awaiting final approval",
    "pending approval",
    "pending adoption",
    "pending validation",
    "submitted for approval",
    "submitted for adoption",
    "submitted for final approval",
    "for final approval",
    "under discussion",
    "under consideration",
    "being discussed",
];

/// "has the X Strategy in place", "X has been in place since 2013": said
/// right after the document.
pub(super) const IN_PLACE_AFTER: &[&str] = &[" in place"];
