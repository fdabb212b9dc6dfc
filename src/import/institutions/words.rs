//! The words that make a name no body of the page: a plan after it, a body
//! not yet set up, a denial or a plan before it.

/// Words after a name that make it a plan, not a body.
pub(super) const PLANNED_AFTER: &[&str] = &[
    "would be created",
    "will be created",
    "would be established",
    "will be established",
    "is to be created",
    "is to be established",
    "would be set up",
    "will be set up",
    "is being created",
    "is being established",
    "is being set up",
    "to be created",
    "to be established",
    "to be set up",
    "is foreseen",
    "are foreseen",
    "is planned",
    "are planned",
];

/// Words a little after a name that say the body does not work yet: "a CERT
/// mandated by Resolution No. 37; the CERT is still being formed".
pub(super) const NOT_YET: &[&str] = &[
    "being formed",
    "under formation",
    "not yet operational",
    "not yet established",
    "not yet been established",
    "yet to be established",
    "yet to be set up",
    "in the process of being set up",
    "in the process of being established",
    "in the process of being created",
    "is being set up",
    "is being established",
    "is being created",
    "not yet set up",
    "not yet created",
    "not yet in place",
];

/// Words before a name that make it a plan or a denial, not a body.
pub(super) const NOT_BODIES: &[&str] = &[
    "does not have",
    "does not currently have",
    "do not have",
    "planning on establishing",
    "planning to establish",
    "has no ",
    "have no ",
    "there is no ",
    "no such ",
    "creation of",
    "establishing a",
    "creating a",
    "setting up a",
    "setting up the",
    "commits to",
    "committed to",
    "commits once more to",
    "to establish",
    "to create",
    "will create",
    "will establish",
    "will set up",
    // "Were the Bill to become law, it would create the X Agency".
    "would create",
    "would establish",
    "would set up",
    "plans to",
    "envisage",
    "to be set up",
    "to be established",
    "establishment of",
    "pave the way",
    "initiative to",
    "to build up",
    // "Its terms of reference: set up a national CERT".
    ": set up",
    "terms of reference",
    "no official information",
    "on the existence of",
];
