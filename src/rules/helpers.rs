//! Native helpers for what rules used to compute by hand in script: joining
//! texts, comparing provisions, finding the laws that implement a provision
//! and the court decisions that support a safeguard.
//!
//! Each one replaces a loop that a dozen rules wrote out in Rhai (one
//! function call there instead of hundreds of operations). They run in the
//! same sandboxed engine, under the same limits: they only read the profile
//! view, and what they return is bounded by what the profile holds.

use rhai::{Array, Dynamic, Engine, ImmutableString, Map};

use crate::i18n::Message;

use super::view::{lookup, Record};

/// A value as string interpolation (`${value}`) writes it.
pub fn text_of(value: &Dynamic) -> String {
    if let Some(message) = value.read_lock::<Message>() {
        return message.to_json().to_string();
    }
    if let Some(record) = value.read_lock::<Record>() {
        return record.render();
    }
    value.to_string()
}

/// The items' texts, `sep` between them.
pub fn join(items: &Array, sep: &str) -> String {
    let mut text = String::new();
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            text.push_str(sep);
        }
        text.push_str(&text_of(item));
    }
    text
}

/// A provision as written (`19`, `"19 (2)"`), as text without spaces.
pub fn provision(value: &Dynamic) -> String {
    text_of(value).replace(' ', "")
}

/// Whether `outer` is `inner` or a provision enclosing it (`19` encloses
/// `19(2)`, not `19(2)(a)` nor `190`), spaces ignored.
pub fn encloses(outer: &str, inner: &str) -> bool {
    let (outer, inner) = (outer.replace(' ', ""), inner.replace(' ', ""));
    inner == outer
        || inner
            .strip_prefix(outer.as_str())
            .is_some_and(|rest| rest.starts_with('('))
}

/// Whether one provision encloses the other.
pub fn overlaps(a: &str, b: &str) -> bool {
    encloses(a, b) || encloses(b, a)
}

/// The list at `key` of a record, or nothing when it is absent.
fn list_of(record: &Record, key: &str) -> Array {
    record.get(key).try_cast::<Array>().unwrap_or_default()
}

/// The laws of `p.laws` whose `implements` names a provision overlapping
/// `wanted`, in order: `#{ index, law }`.
fn laws_implementing(p: &Dynamic, wanted: &str) -> Array {
    let laws = lookup(p, "laws");
    let Some(laws) = laws.read_lock::<Array>() else {
        return Array::new();
    };
    laws.iter()
        .enumerate()
        .filter(|(_, law)| {
            law.read_lock::<Record>().is_some_and(|record| {
                list_of(&record, "implements")
                    .iter()
                    .any(|a| overlaps(&provision(a), wanted))
            })
        })
        .map(|(index, law)| {
            let mut found = Map::new();
            found.insert("index".into(), Dynamic::from_int(index as i64));
            found.insert("law".into(), law.clone());
            Dynamic::from_map(found)
        })
        .collect()
}

/// How a decision is cited: `Supreme Court (1a./J. 115/2012, 2012-10-17)`,
/// or its court alone.
fn cite(decision: &Record) -> Dynamic {
    let details: Array = ["reference", "date"]
        .iter()
        .map(|k| decision.get(k))
        .filter(|v| !v.is_unit())
        .collect();
    let court = decision.get("court");
    if details.is_empty() {
        return court;
    }
    Dynamic::from(ImmutableString::from(format!(
        "{} ({})",
        text_of(&court),
        join(&details, ", ")
    )))
}

/// The court decisions of `p.jurisprudence` whose `supports` names `kind`,
/// and (with `power`) whose `powers` name that article: `#{ path, text,
/// powers }`, `powers` as texts.
fn court_decisions(p: &Dynamic, kind: &str, power: Option<&str>) -> Array {
    let decisions = lookup(p, "jurisprudence");
    let Some(decisions) = decisions.read_lock::<Array>() else {
        return Array::new();
    };
    let mut found = Array::new();
    for (i, decision) in decisions.iter().enumerate() {
        let Some(record) = decision.read_lock::<Record>() else {
            continue;
        };
        if !list_of(&record, "supports")
            .iter()
            .any(|s| s.is_string() && text_of(s) == kind)
        {
            continue;
        }
        let powers: Array = list_of(&record, "powers")
            .iter()
            .map(|n| Dynamic::from(ImmutableString::from(text_of(n))))
            .collect();
        if power.is_some_and(|n| !powers.iter().any(|x| text_of(x) == n)) {
            continue;
        }
        let mut entry = Map::new();
        entry.insert(
            "path".into(),
            Dynamic::from(ImmutableString::from(format!("jurisprudence[{i}]"))),
        );
        entry.insert("text".into(), cite(&record));
        entry.insert("powers".into(), Dynamic::from_array(powers));
        found.push(Dynamic::from_map(entry));
    }
    found
}

/// Registers the helpers on an engine.
pub fn register(engine: &mut Engine) {
    engine.register_fn("join", |items: Array| join(&items, ", "));
    engine.register_fn("join", |items: Array, sep: &str| join(&items, sep));
    engine.register_fn("provision", |value: Dynamic| provision(&value));
    engine.register_fn("provisions", |items: Dynamic| -> Array {
        items
            .read_lock::<Array>()
            .map(|items| {
                items
                    .iter()
                    .map(|a| Dynamic::from(ImmutableString::from(provision(a))))
                    .collect()
            })
            .unwrap_or_default()
    });
    engine.register_fn("encloses", |outer: Dynamic, inner: Dynamic| {
        encloses(&text_of(&outer), &text_of(&inner))
    });
    engine.register_fn("overlaps", |a: Dynamic, b: Dynamic| {
        overlaps(&text_of(&a), &text_of(&b))
    });
    engine.register_fn("laws_implementing", |p: Dynamic, wanted: Dynamic| {
        laws_implementing(&p, &provision(&wanted))
    });
    engine.register_fn("court_decisions", |p: Dynamic, kind: &str| {
        court_decisions(&p, kind, None)
    });
    engine.register_fn("court_decisions", |p: Dynamic, kind: &str, power: Dynamic| {
        court_decisions(&p, kind, Some(&text_of(&power)))
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn provisions_enclose_by_paragraph_not_by_prefix() {
        assert!(encloses("19", "19(2)"));
        assert!(encloses("19 (2)", "19(2)(a)"));
        assert!(encloses("19(2)", "19(2)"));
        assert!(!encloses("19", "190"));
        assert!(!encloses("19(2)", "19"));
        assert!(overlaps("19(2)", "19"));
        assert!(!overlaps("19(2)", "19(3)"));
    }

    fn eval(script: &str) -> Dynamic {
        let profile = serde_json::json!({
            "laws": [
                { "id": "penal", "status": "in_force", "implements": [2, 3] },
                { "id": "procedure", "status": "bill", "implements": ["19 (2)", 21] },
                { "id": "evidence", "status": "in_force", "implements": ["19"] },
            ],
            "jurisprudence": [
                { "court": "Supreme Court", "reference": "1/2012", "date": "2012-10-17",
                  "supports": ["proportionality"], "powers": [19, 21] },
                { "court": "Constitutional Court", "supports": ["proportionality"] },
                { "court": "Appeals Court", "date": "2013", "supports": ["grounds"], "powers": [19] },
            ],
        });
        let view = crate::rules::view::profile_view(&profile, "2014-01-01");
        let engine = crate::rules::sandbox::build_engine(&crate::rules::Limits::default());
        let mut scope = rhai::Scope::new();
        scope.push("p", view);
        engine
            .eval_with_scope::<Dynamic>(&mut scope, script)
            .expect("the script runs")
    }

    #[test]
    fn laws_implementing_finds_enclosing_and_enclosed_provisions_in_order() {
        let found = eval(r#"laws_implementing(p, "19(2)(a)").map(|f| `${f.index}:${f.law.id}`)"#);
        assert_eq!(found.to_string(), r#"["1:procedure", "2:evidence"]"#);
        let none = eval(r#"laws_implementing(p, "20").len()"#);
        assert_eq!(none.as_int().ok(), Some(0));
    }

    #[test]
    fn court_decisions_cite_and_filter_by_power() {
        let all = eval(r#"court_decisions(p, "proportionality").map(|d| `${d.path}|${d.text}|${d.powers}`)"#);
        assert_eq!(
            all.to_string(),
            r#"["jurisprudence[0]|Supreme Court (1/2012, 2012-10-17)|[\"19\", \"21\"]", "jurisprudence[1]|Constitutional Court|[]"]"#
        );
        let on_21 = eval(r#"court_decisions(p, "proportionality", "21").map(|d| d.path)"#);
        assert_eq!(on_21.to_string(), r#"["jurisprudence[0]"]"#);
        let grounds = eval(r#"court_decisions(p, "grounds", 19).map(|d| d.text)"#);
        assert_eq!(grounds.to_string(), r#"["Appeals Court (2013)"]"#);
    }

    #[test]
    fn join_writes_items_as_interpolation_does() {
        let items: Array = vec![
            Dynamic::from("a"),
            Dynamic::from_int(2),
            Dynamic::UNIT,
            Dynamic::from("b"),
        ];
        assert_eq!(join(&items, ", "), "a, 2, , b");
        assert_eq!(join(&Array::new(), "; "), "");
    }
}
