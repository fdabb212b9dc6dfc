//! Messages a rule returns as a key and parameters, written in a language
//! when a report is rendered.
//!
//! A rule says `msg("partial", #{law: l.title, missing: msg("devices")})`;
//! its `meta()` holds the English texts (`messages: #{ partial: "... {law}
//! ... {missing}" }`) and the pack's `i18n/fr.yaml` the French ones
//! (`rules.<id>.messages.partial`). A parameter is a text (written as it is,
//! except that an ISO date is written in the language), another message (a
//! phrase of the same rule, written in the language too) or a list of either
//! (`a, b and c`).

use std::collections::BTreeMap;

use rhai::Dynamic;
use serde_json::{json, Map, Value};

use super::{date, list, Lang};

/// A message key of the rule with its parameters.
#[derive(Debug, Clone, PartialEq)]
pub struct Message {
    pub key: String,
    pub params: BTreeMap<String, Param>,
}

/// A parameter of a [`Message`].
#[derive(Debug, Clone, PartialEq)]
pub enum Param {
    Text(String),
    Message(Message),
    List(Vec<Param>),
}

impl Param {
    /// A parameter from a value a rule gives: a string, a number or a
    /// boolean is text, `()` is empty text, a message is a message, an
    /// array a list.
    pub fn from_dynamic(value: &Dynamic) -> Param {
        if let Some(m) = value.read_lock::<Message>() {
            return Param::Message(m.clone());
        }
        if let Some(items) = value.read_lock::<rhai::Array>() {
            return Param::List(items.iter().map(Param::from_dynamic).collect());
        }
        if value.is_unit() {
            return Param::Text(String::new());
        }
        Param::Text(value.to_string())
    }

    fn to_json(&self) -> Value {
        match self {
            Param::Text(t) => Value::String(t.clone()),
            Param::Message(m) => m.to_json(),
            Param::List(items) => Value::Array(items.iter().map(Param::to_json).collect()),
        }
    }

    fn from_json(value: &Value) -> Option<Param> {
        match value {
            Value::String(s) => Some(Param::Text(s.clone())),
            Value::Object(_) => Message::from_json(value).map(Param::Message),
            Value::Array(items) => items
                .iter()
                .map(Param::from_json)
                .collect::<Option<Vec<_>>>()
                .map(Param::List),
            _ => None,
        }
    }
}

impl Message {
    /// A message from `msg(key, params)`.
    pub fn new(key: &str, params: &rhai::Map) -> Message {
        Message {
            key: key.to_string(),
            params: params
                .iter()
                .map(|(k, v)| (k.to_string(), Param::from_dynamic(v)))
                .collect(),
        }
    }

    /// The form kept in results: `{"key": ..., "params": {...}}`, params
    /// left out when there are none.
    pub fn to_json(&self) -> Value {
        let mut map = Map::new();
        map.insert("key".into(), json!(self.key));
        if !self.params.is_empty() {
            let params: Map<String, Value> = self.params.iter().map(|(k, v)| (k.clone(), v.to_json())).collect();
            map.insert("params".into(), Value::Object(params));
        }
        Value::Object(map)
    }

    /// A message read back from results; `None` when malformed.
    pub fn from_json(value: &Value) -> Option<Message> {
        let key = value.get("key")?.as_str()?.to_string();
        let params = match value.get("params") {
            None => BTreeMap::new(),
            Some(Value::Object(map)) => map
                .iter()
                .map(|(k, v)| Param::from_json(v).map(|p| (k.clone(), p)))
                .collect::<Option<BTreeMap<_, _>>>()?,
            Some(_) => return None,
        };
        Some(Message { key, params })
    }

    /// Every key the message uses, its own and its parameters'.
    pub fn keys(&self) -> Vec<String> {
        fn walk(p: &Param, out: &mut Vec<String>) {
            match p {
                Param::Text(_) => {}
                Param::Message(m) => out.extend(m.keys()),
                Param::List(items) => items.iter().for_each(|i| walk(i, out)),
            }
        }
        let mut out = vec![self.key.clone()];
        self.params.values().for_each(|p| walk(p, &mut out));
        out
    }
}

/// Writes `message` in `lang`, taking each key's text from `text(key)`.
/// Gives the first key `text` has no text for, as an error.
pub fn render(message: &Message, lang: Lang, text: &dyn Fn(&str) -> Option<String>) -> Result<String, String> {
    let template = text(&message.key).ok_or_else(|| message.key.clone())?;
    let mut out = String::with_capacity(template.len());
    let mut rest = template.as_str();
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let name_len = after
            .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
            .unwrap_or(after.len());
        let name = &after[..name_len];
        if !name.is_empty() && after[name_len..].starts_with('}') {
            match message.params.get(name) {
                Some(p) => out.push_str(&param(p, lang, text)?),
                None => out.push_str(&rest[open..open + name_len + 2]),
            }
            rest = &after[name_len + 1..];
        } else {
            out.push('{');
            rest = after;
        }
    }
    out.push_str(rest);
    Ok(out)
}

fn param(p: &Param, lang: Lang, text: &dyn Fn(&str) -> Option<String>) -> Result<String, String> {
    match p {
        Param::Text(t) => Ok(if looks_like_date(t) { date(lang, t) } else { t.clone() }),
        Param::Message(m) => render(m, lang, text),
        Param::List(items) => {
            let written = items
                .iter()
                .map(|i| param(i, lang, text))
                .collect::<Result<Vec<_>, _>>()?;
            Ok(list(lang, &written))
        }
    }
}

/// `2014-11-23` or `2014-11`: a date to write in the language.
fn looks_like_date(t: &str) -> bool {
    let b = t.as_bytes();
    let digits = |r: std::ops::Range<usize>| b[r].iter().all(u8::is_ascii_digit);
    match b.len() {
        7 => digits(0..4) && b[4] == b'-' && digits(5..7),
        10 => digits(0..4) && b[4] == b'-' && digits(5..7) && b[7] == b'-' && digits(8..10),
        _ => false,
    }
}

/// The `{names}` a text uses, sorted.
pub fn placeholders(template: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        let after = &rest[open + 1..];
        let len = after
            .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
            .unwrap_or(after.len());
        if len > 0 && after[len..].starts_with('}') {
            out.push(after[..len].to_string());
        }
        rest = after;
    }
    out.sort();
    out.dedup();
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(pairs: &[(&str, &str)]) -> impl Fn(&str) -> Option<String> {
        let map: BTreeMap<String, String> = pairs.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect();
        move |k| map.get(k).cloned()
    }

    fn message(key: &str, params: Vec<(&str, Param)>) -> Message {
        Message {
            key: key.into(),
            params: params.into_iter().map(|(k, v)| (k.to_string(), v)).collect(),
        }
    }

    #[test]
    fn parameters_are_written_in_the_language() {
        let m = message(
            "pending",
            vec![
                ("date", Param::Text("2014-11-23".into())),
                ("what", Param::Message(message("access", vec![]))),
                (
                    "laws",
                    Param::List(vec![Param::Text("Código Penal".into()), Param::Text("Ley 5".into())]),
                ),
            ],
        );
        let es = texts(&[
            ("pending", "{what} no es delito el {date} ({laws})"),
            ("access", "el acceso ilícito"),
        ]);
        assert_eq!(
            render(&m, Lang::Es, &es).expect("rendered"),
            "el acceso ilícito no es delito el 23 de noviembre de 2014 (Código Penal y Ley 5)"
        );
        let en = texts(&[
            ("pending", "{what} is not an offence on {date} ({laws})"),
            ("access", "illegal access"),
        ]);
        assert_eq!(
            render(&m, Lang::En, &en).expect("rendered"),
            "illegal access is not an offence on 2014-11-23 (Código Penal and Ley 5)"
        );
    }

    #[test]
    fn a_missing_key_is_named() {
        let m = message("pending", vec![("what", Param::Message(message("access", vec![])))]);
        let fr = texts(&[("pending", "{what} manque")]);
        assert_eq!(render(&m, Lang::Fr, &fr), Err("access".to_string()));
    }

    #[test]
    fn braces_that_are_not_placeholders_stay() {
        let m = message("k", vec![]);
        let t = texts(&[("k", "a {b} and { c } and {")]);
        assert_eq!(render(&m, Lang::En, &t).expect("rendered"), "a {b} and { c } and {");
        assert_eq!(placeholders("{a} {b_1} {a} { c }"), vec!["a", "b_1"]);
    }

    #[test]
    fn messages_round_trip_through_json() {
        let m = message(
            "k",
            vec![(
                "a",
                Param::List(vec![Param::Text("x".into()), Param::Message(message("y", vec![]))]),
            )],
        );
        assert_eq!(Message::from_json(&m.to_json()), Some(m));
    }
}
