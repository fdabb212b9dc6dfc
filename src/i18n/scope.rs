//! The language a rendering is written in, for the code that builds report
//! text (view models, words, Handlebars helpers) without passing it down
//! every call: [`scoped`] sets it for the current thread while a report
//! renders, as `report::budget` does for its step budget.

use std::cell::RefCell;
use std::sync::Arc;

use super::{Lang, Translator};

thread_local! {
    static CURRENT: RefCell<Option<Arc<Translator>>> = const { RefCell::new(None) };
}

/// Runs `f` with `t` as the current translator of this thread, then puts
/// back the one before.
pub fn scoped<T>(t: Arc<Translator>, f: impl FnOnce() -> T) -> T {
    let saved = CURRENT.with(|c| c.replace(Some(t)));
    let result = f();
    CURRENT.with(|c| *c.borrow_mut() = saved);
    result
}

/// The language of the rendering under way; English outside any.
pub fn lang() -> Lang {
    CURRENT.with(|c| c.borrow().as_ref().map_or(Lang::En, |t| t.lang))
}

/// The text of `key` in the current language with its `{name}`s replaced,
/// or `english` (recorded as a fallback) when the language lacks the key.
pub fn tr(key: &str, english: &str, params: &[(&str, &str)]) -> String {
    let template = CURRENT.with(|c| match c.borrow().as_ref() {
        Some(t) => t.text(key, english),
        None => english.to_string(),
    });
    fill(&template, params)
}

/// A rule's message in the current language (see
/// [`Translator::rule_message`]); `english` outside any rendering.
pub fn rule_message(rule: &str, key: Option<&str>, params: Option<&serde_json::Value>, english: &str) -> String {
    CURRENT.with(|c| match c.borrow().as_ref() {
        Some(t) => t.rule_message(rule, key, params, english),
        None => english.to_string(),
    })
}

/// Replaces each `{name}` of `template` by its value in `params`.
pub fn fill(template: &str, params: &[(&str, &str)]) -> String {
    let mut out = template.to_string();
    for (name, value) in params {
        out = out.replace(&format!("{{{name}}}"), value);
    }
    out
}

/// Where the rendering under way used English for lack of a translation,
/// in its language: the criteria whose texts stayed English, and how many
/// other texts did. Empty in English, or when nothing fell back.
pub fn fallback_note() -> String {
    let keys = CURRENT.with(|c| c.borrow().as_ref().map(|t| t.fallbacks()).unwrap_or_default());
    if keys.is_empty() {
        return String::new();
    }
    let mut rules: Vec<&str> = keys
        .iter()
        .filter_map(|k| k.strip_prefix("rules."))
        .filter_map(|k| {
            ["title", "recommendation", "message", "note"]
                .iter()
                .find_map(|f| k.strip_suffix(&format!(".{f}")))
                .or_else(|| k.split_once(".messages.").map(|(id, _)| id))
        })
        .collect();
    rules.dedup();
    let others = keys.iter().filter(|k| !k.starts_with("rules.")).count();
    let mut parts = Vec::new();
    if !rules.is_empty() {
        let list = rules.join(", ");
        parts.push(tr(
            "annex.fallback_rules",
            "texts of the criteria {list}",
            &[("list", &list)],
        ));
    }
    if others > 0 {
        let n = others.to_string();
        parts.push(tr("annex.fallback_other", "{n} other texts", &[("n", &n)]));
    }
    let what = parts.join("; ");
    tr(
        "annex.fallback",
        "English was used where no translation was available: {what}.",
        &[("what", &what)],
    )
}

/// A date in the current language.
pub fn date_text(text: &str) -> String {
    super::date(lang(), text)
}

/// A percentage in the current language (`n/a` when there is none).
pub fn percent_text(value: Option<f64>) -> String {
    match value {
        Some(v) => super::percent(lang(), v),
        None => tr("words.not_available", "n/a", &[]),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Catalog;

    #[test]
    fn the_scope_sets_the_language_and_restores_the_one_before() {
        let catalog = Catalog::parse("fr.yaml", "words:\n  known: \"{n} sur {m} connus\"\n").expect("catalog");
        let t = Arc::new(Translator::new(Lang::Fr, catalog));
        let inside = scoped(t.clone(), || {
            (
                lang(),
                tr("words.known", "{n} of {m} known", &[("n", "2"), ("m", "3")]),
                date_text("2014-11-23"),
            )
        });
        assert_eq!(inside, (Lang::Fr, "2 sur 3 connus".into(), "23 novembre 2014".into()));
        assert_eq!(lang(), Lang::En);
        assert_eq!(
            tr("words.known", "{n} of {m} known", &[("n", "2"), ("m", "3")]),
            "2 of 3 known"
        );
        scoped(t.clone(), || tr("words.missing", "missing", &[]));
        assert!(t.fallbacks().contains("words.missing"));
    }
}
