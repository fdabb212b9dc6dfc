//! The functions a rule may call, besides Rhai's standard library.
//!
//! Kept small on purpose: outcome constructors, partial-date helpers, a
//! safe lookup, and the native helpers of [`super::helpers`].
//! `docs/writing-rules.md` documents each; a test checks that every function
//! registered here appears there, so the guide cannot drift.

use std::cmp::Ordering;

use rhai::{Array, Dynamic, Engine, ImmutableString};

use crate::i18n::{Lang, Message};
use crate::profile::{treaty, PartialDate};
use crate::rules::outcome::Outcome;

use super::view::{lookup, Record};

/// What `check(p)` returns: an outcome, a message and the facts it cites.
#[derive(Debug, Clone)]
pub struct Verdict {
    pub outcome: Outcome,
    pub message: String,
    /// The message as a key of the rule's `messages` and its parameters,
    /// when the rule built it with `msg(...)`; `message` is then empty until
    /// [`Verdict::write`] writes it in English.
    pub key: Option<Message>,
    /// Fact paths used as evidence, or (for `no_data`) the facts to collect.
    pub paths: Vec<String>,
}

impl Verdict {
    /// Writes a keyed message in English from the rule's `messages`; an
    /// error names a key the rule's `meta()` does not give.
    pub fn write(&mut self, messages: &std::collections::BTreeMap<String, String>) -> Result<(), String> {
        let Some(m) = &self.key else {
            return Ok(());
        };
        let text = |k: &str| messages.get(k).cloned();
        match crate::i18n::render(m, Lang::En, &text) {
            Ok(message) => {
                self.message = message;
                Ok(())
            }
            Err(missing) => Err(format!("`msg(\"{missing}\")`: `meta()` has no `messages.{missing}`")),
        }
    }
}

/// Names of the functions [`register`] adds, for the guide's drift test.
pub const FUNCTIONS: &[&str] = &[
    "msg",
    "met",
    "partly_met",
    "not_met",
    "no_data",
    "not_applicable",
    "get",
    "date_before",
    "date_after",
    "years_between",
    "entry_into_force",
    "reserved",
    "reservations_on",
    "gaps_reserved",
    "declared",
    "law",
    "law_key",
    "institutions",
    "keys",
    "len",
    "is_empty",
    "contains",
    "join",
    "provision",
    "provisions",
    "encloses",
    "overlaps",
    "laws_implementing",
    "court_decisions",
];

fn paths_of(array: &Array) -> Vec<String> {
    array.iter().map(|p| p.to_string()).collect()
}

fn verdict(outcome: Outcome, message: &str, paths: Vec<String>) -> Verdict {
    Verdict {
        outcome,
        message: message.to_string(),
        key: None,
        paths,
    }
}

fn keyed(outcome: Outcome, message: Message, paths: Vec<String>) -> Verdict {
    Verdict {
        outcome,
        message: String::new(),
        key: Some(message),
        paths,
    }
}

fn date_of(value: &Dynamic) -> Option<PartialDate> {
    if value.is_int() {
        return value.as_int().ok().and_then(|y| y.to_string().parse().ok());
    }
    value.clone().into_immutable_string().ok()?.parse().ok()
}

fn order(a: &Dynamic, b: &Dynamic) -> Option<Ordering> {
    date_of(a)?.certain_cmp(&date_of(b)?)
}

fn tri(value: Option<bool>) -> Dynamic {
    value.map(Dynamic::from_bool).unwrap_or(Dynamic::UNIT)
}

/// Whether the list at `path` (reservations, declarations) names `article`,
/// or the whole article it belongs to (`6` covers a question about `6(3)`).
fn listed(p: &Dynamic, path: &str, article: &str) -> bool {
    let wanted = treaty::normalise_article(article);
    let list = lookup(p, path);
    let Some(items) = list.read_lock::<Array>() else {
        return false;
    };
    items.iter().any(|item| {
        let got = treaty::normalise_article(&item.to_string());
        match (&got, &wanted) {
            (Some(g), Some(w)) => g == w || w.split('(').next() == Some(g.as_str()),
            _ => false,
        }
    })
}

/// The reservations recorded in a profile, as written.
fn recorded_reservations(p: &Dynamic) -> Vec<String> {
    let list = lookup(p, "budapest.reservations");
    list.read_lock::<Array>()
        .map(|items| items.iter().map(|i| i.to_string()).collect())
        .unwrap_or_default()
}

/// Whether a recorded reservation reaches `provision`, or is made under the
/// clause `provision` names (`reserved(p, "9(4)")`).
fn is_reserved(p: &Dynamic, provision: &str) -> bool {
    let asked = treaty::normalise_article(provision);
    recorded_reservations(p).iter().any(|r| {
        treaty::reservation_reaches(r, provision)
            || (asked.is_some() && treaty::reservation_clause(r) == asked.as_deref())
    })
}

/// The legislation entry for an article or paragraph, or for the nearest
/// enclosing one: `law(p, "18(1)(b)")` reads `18(1)(b)`, then `18(1)`, then
/// `18`. Gives the key found and the entry.
fn law_for(p: &Dynamic, reference: &str) -> Option<(String, Dynamic)> {
    let mut key = treaty::normalise_article(reference)?;
    let legislation = lookup(p, "legislation");
    let record = legislation.read_lock::<Record>().map(|r| r.clone())?;
    loop {
        let found = record.get(&key);
        if !found.is_unit() {
            return Some((key, found));
        }
        let i = key.rfind('(')?;
        key.truncate(i);
    }
}

/// Every property name the profile format uses, and `as_of`.
fn profile_keys() -> std::collections::BTreeSet<String> {
    fn walk(value: &serde_json::Value, out: &mut std::collections::BTreeSet<String>) {
        match value {
            serde_json::Value::Object(map) => {
                if let Some(props) = map.get("properties").and_then(|p| p.as_object()) {
                    out.extend(props.keys().cloned());
                }
                map.values().for_each(|v| walk(v, out));
            }
            serde_json::Value::Array(items) => items.iter().for_each(|v| walk(v, out)),
            _ => {}
        }
    }
    let mut keys: std::collections::BTreeSet<String> = ["as_of"]
        .iter()
        .chain(crate::rules::standing::VIEW_KEYS)
        .map(|k| k.to_string())
        .collect();
    walk(&crate::profile::json_schema(), &mut keys);
    keys
}

/// Registers the rule API on an engine.
pub fn register(engine: &mut Engine) {
    engine.register_type_with_name::<Verdict>("Outcome");
    engine.register_get("outcome", |v: &mut Verdict| v.outcome.as_str().to_string());
    engine.register_get("message", |v: &mut Verdict| v.message.clone());

    for (name, outcome) in [
        ("met", Outcome::Met),
        ("partly_met", Outcome::PartlyMet),
        ("not_met", Outcome::NotMet),
        ("no_data", Outcome::NoData),
        ("not_applicable", Outcome::NotApplicable),
    ] {
        engine.register_fn(name, move |msg: &str| verdict(outcome, msg, Vec::new()));
        engine.register_fn(name, move |msg: &str, paths: Array| {
            verdict(outcome, msg, paths_of(&paths))
        });
        engine.register_fn(name, move |msg: Message| keyed(outcome, msg, Vec::new()));
        engine.register_fn(name, move |msg: Message, paths: Array| {
            keyed(outcome, msg, paths_of(&paths))
        });
    }

    engine.register_type_with_name::<Message>("Message");
    // A message in a string (a key to group by) reads as its key and parameters.
    engine.register_fn("to_string", |m: &mut Message| m.to_json().to_string());
    engine.register_fn("to_debug", |m: &mut Message| m.to_json().to_string());
    engine.register_fn("msg", |key: &str| Message::new(key, &rhai::Map::new()));
    engine.register_fn("msg", |key: &str, params: rhai::Map| Message::new(key, &params));

    engine.register_type_with_name::<Record>("Record");
    engine.register_indexer_get(|r: &mut Record, key: &str| r.get(key));
    // Property getters for every key of the profile format: `p.contact_point`
    // then resolves at once instead of falling back to the indexer.
    for name in profile_keys() {
        let key = name.clone();
        engine.register_get(&name, move |r: &mut Record| r.get(&key));
    }
    engine.register_fn("keys", |r: &mut Record| r.keys());
    engine.register_fn("len", |r: &mut Record| r.len() as i64);
    engine.register_fn("is_empty", |r: &mut Record| r.is_empty());
    engine.register_fn("contains", |r: &mut Record, key: &str| r.contains(key));
    engine.register_fn("to_string", |r: &mut Record| r.render());
    engine.register_fn("to_debug", |r: &mut Record| r.render());

    engine.register_fn("get", |root: Dynamic, path: &str| lookup(&root, path));
    engine.register_fn("date_before", |a: Dynamic, b: Dynamic| {
        tri(order(&a, &b).map(|o| o == Ordering::Less))
    });
    engine.register_fn("date_after", |a: Dynamic, b: Dynamic| {
        tri(order(&a, &b).map(|o| o == Ordering::Greater))
    });
    engine.register_fn("years_between", |a: Dynamic, b: Dynamic| {
        match (date_of(&a), date_of(&b)) {
            (Some(a), Some(b)) => a
                .earliest()
                .until((jiff::Unit::Year, b.earliest()))
                .map(|span| Dynamic::from_int(span.get_years() as i64))
                .unwrap_or(Dynamic::UNIT),
            _ => Dynamic::UNIT,
        }
    });
    engine.register_fn("entry_into_force", |deposit: Dynamic| {
        date_of(&deposit)
            .and_then(|d| treaty::entry_into_force(&d))
            .map(|d| Dynamic::from(ImmutableString::from(d.to_string())))
            .unwrap_or(Dynamic::UNIT)
    });
    engine.register_fn("reserved", |p: Dynamic, provision: &str| is_reserved(&p, provision));
    engine.register_fn("reservations_on", |p: Dynamic, clause: &str| -> Array {
        let clause = treaty::normalise_article(clause);
        recorded_reservations(&p)
            .into_iter()
            .filter(|r| clause.is_some() && treaty::reservation_clause(r) == clause.as_deref())
            .map(Dynamic::from)
            .collect()
    });
    engine.register_fn("gaps_reserved", |p: Dynamic, law: Dynamic| -> bool {
        let Some(record) = law.read_lock::<Record>().map(|r| r.clone()) else {
            return false;
        };
        let missing = record.get("missing");
        let Some(items) = missing.read_lock::<Array>() else {
            return false;
        };
        !items.is_empty() && items.iter().all(|m| is_reserved(&p, &m.to_string()))
    });
    engine.register_fn("law", |p: Dynamic, reference: &str| {
        law_for(&p, reference).map_or(Dynamic::UNIT, |(_, entry)| entry)
    });
    engine.register_fn("law_key", |p: Dynamic, reference: &str| {
        law_for(&p, reference).map_or(Dynamic::UNIT, |(key, _)| Dynamic::from(key))
    });
    engine.register_fn("declared", |p: Dynamic, article: &str| {
        listed(&p, "budapest.declarations", article)
    });
    engine.register_fn("institutions", |p: Dynamic, kind: &str| -> Array {
        let list = lookup(&p, "institutions");
        let Some(items) = list.read_lock::<Array>() else {
            return Array::new();
        };
        items
            .iter()
            .filter(|i| {
                i.read_lock::<Record>()
                    .is_some_and(|r| r.get("kind").to_string() == kind)
            })
            .cloned()
            .collect()
    });
    super::helpers::register(engine);
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The names of the functions registered on the engine, less Rhai's
    /// internal getters and indexers.
    fn registered() -> std::collections::BTreeSet<String> {
        let engine = crate::rules::sandbox::build_engine(&crate::rules::Limits::default());
        engine
            .gen_fn_signatures(false)
            .into_iter()
            .filter_map(|sig| sig.split('(').next().map(str::to_string))
            .filter(|name| !name.contains('$') && name != "to_string" && name != "to_debug")
            .collect()
    }

    #[test]
    fn function_list_matches_the_engine() {
        let listed: std::collections::BTreeSet<String> = FUNCTIONS.iter().map(|s| s.to_string()).collect();
        assert_eq!(registered(), listed);
    }

    #[test]
    fn the_guide_documents_every_function() {
        let guide = include_str!("../../docs/writing-rules.md");
        for name in FUNCTIONS {
            assert!(
                guide.contains(&format!("`{name}(")),
                "docs/writing-rules.md does not document `{name}`"
            );
        }
    }
}
