//! Facts: a value that may carry its source, the quote it rests on, and the
//! values other sources give.
//!
//! A fact is written either bare (`designated: true`) or in full
//! (`designated: { value: true, source: octopus, quote: "..." }`). An absent
//! fact is unknown; it is never read as `false`.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// One fact of a profile, bare or with its provenance.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(untagged, bound(deserialize = "T: Deserialize<'de>"))]
pub enum Fact<T> {
    /// The value alone.
    Bare(T),
    /// The value with its provenance.
    Full(FactDetail<T>),
}

/// A fact with its provenance. The key `value` is reserved for facts: no
/// other part of a profile uses it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, bound(deserialize = "T: Deserialize<'de>"))]
pub struct FactDetail<T> {
    /// The value the profile asserts.
    pub value: T,
    /// Id of an entry of `snapshot.sources`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// The sentence of the source the value rests on, verbatim.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quote: Option<String>,
    /// Other things that support the fact: ids of `jurisprudence` entries, instruments.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub evidence: Vec<String>,
    /// True when the value was computed from other facts rather than stated.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub derived: bool,
    /// Values other sources give for the same fact.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub conflicts: Vec<Conflict<T>>,
}

/// A value that another source gives for the same fact.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Conflict<T> {
    pub value: T,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quote: Option<String>,
}

impl<T> Fact<T> {
    /// A fact with a quote from a source.
    pub fn quoted(value: T, source: impl Into<String>, quote: impl Into<String>) -> Self {
        Fact::Full(FactDetail {
            value,
            source: Some(source.into()),
            quote: Some(quote.into()),
            evidence: Vec::new(),
            derived: false,
            conflicts: Vec::new(),
        })
    }

    pub fn value(&self) -> &T {
        match self {
            Fact::Bare(v) => v,
            Fact::Full(d) => &d.value,
        }
    }

    pub fn quote(&self) -> Option<&str> {
        match self {
            Fact::Bare(_) => None,
            Fact::Full(d) => d.quote.as_deref(),
        }
    }

    pub fn source(&self) -> Option<&str> {
        match self {
            Fact::Bare(_) => None,
            Fact::Full(d) => d.source.as_deref(),
        }
    }
}
