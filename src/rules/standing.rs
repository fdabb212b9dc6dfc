//! The treaty standing rules see as `p.treaty`: computed once per profile
//! from the dated events at the assessment date, so that a rule, the summary
//! and the report all speak of the same date.

use serde_json::{Map, Value};

use crate::profile::{state_at, Fact, PartialDate, Profile, TreatyState};

/// Keys of the computed `treaty` section, for the engine's property getters.
pub const VIEW_KEYS: &[&str] = &[
    "treaty",
    "standing",
    "assumed",
    "invitation_expiry_derived",
    "deposit",
    "deposit_kind",
    "in_force",
    "in_force_latest",
    "in_force_derived",
    "first_protocol",
    "second_protocol",
];

/// The standing towards the Convention and its two protocols at `as_of`.
pub struct Standings {
    pub convention: TreatyState,
    pub first_protocol: TreatyState,
    pub second_protocol: TreatyState,
}

pub fn standings(profile: &Profile, as_of: &PartialDate) -> Standings {
    let b = &profile.budapest;
    let snapshot = &profile.snapshot.as_of;
    let status = |f: &Option<Fact<crate::profile::TreatyStatus>>| f.as_ref().map(|f| *f.value());
    Standings {
        convention: state_at(&b.events, status(&b.status), snapshot, as_of),
        first_protocol: state_at(
            &b.protocols.first.events,
            status(&b.protocols.first.status),
            snapshot,
            as_of,
        ),
        second_protocol: state_at(
            &b.protocols.second.events,
            status(&b.protocols.second.status),
            snapshot,
            as_of,
        ),
    }
}

/// The computed sections of the rules' view: `treaty`, with the protocols inside.
pub fn view_sections(profile: &Profile, standings: &Standings) -> Map<String, Value> {
    let mut treaty = to_object(&standings.convention);
    treaty.insert(
        "first_protocol".into(),
        Value::Object(to_object(&standings.first_protocol)),
    );
    treaty.insert(
        "second_protocol".into(),
        Value::Object(to_object(&standings.second_protocol)),
    );
    if let Some(observer) = &profile.budapest.observer {
        treaty.insert("observer".into(), Value::Bool(*observer.value()));
    }
    Map::from_iter([("treaty".to_string(), Value::Object(treaty))])
}

fn to_object(state: &TreatyState) -> Map<String, Value> {
    match serde_json::to_value(state) {
        Ok(Value::Object(map)) => map,
        _ => Map::new(),
    }
}
