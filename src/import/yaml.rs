//! Writing a draft profile as YAML: deterministic, empty sections left
//! out, and a first line saying it is a draft to review.

use crate::profile::Profile;

/// The profile as YAML, with a first line saying it is a draft to review.
/// Empty sections are left out. The same profile always gives the same text.
pub fn to_yaml(profile: &Profile) -> String {
    let body = serde_yaml::to_value(profile)
        .map(|mut tree| {
            prune(&mut tree);
            tree
        })
        .and_then(|tree| serde_yaml::to_string(&tree))
        .unwrap_or_else(|e| format!("# the profile could not be written: {e}\n"));
    format!("# Draft imported by gapwise from a country page: review every fact against the page before use.\n{body}")
}

/// Removes empty mappings and lists, innermost first.
fn prune(value: &mut serde_yaml::Value) {
    let empty = |v: &serde_yaml::Value| match v {
        serde_yaml::Value::Mapping(m) => m.is_empty(),
        serde_yaml::Value::Sequence(s) => s.is_empty(),
        serde_yaml::Value::Null => true,
        _ => false,
    };
    match value {
        serde_yaml::Value::Mapping(map) => {
            map.values_mut().for_each(prune);
            map.retain(|_, v| !empty(v));
        }
        serde_yaml::Value::Sequence(items) => items.iter_mut().for_each(prune),
        _ => {}
    }
}
