//! `gapwise rules lint --lang fr`: the keys a pack's translation file
//! misses, the keys it holds that the pack does not use, and translations
//! whose `{placeholders}` differ from the English text.

use crate::diag::{Position, Problem};
use crate::i18n::{placeholders, Lang};
use crate::rules::translations::{pack_catalog, pack_keys};
use crate::rules::Pack;

/// Message keys a rule names literally (`msg("partial"`) that its `meta()`
/// does not give: the rule would end as `error` when it reached that line.
/// Keys built at run time (`` msg(`power_${n}`) ``) are not checked here.
pub fn check_message_keys(pack: &Pack) -> Vec<Problem> {
    let mut problems = Vec::new();
    for rule in &pack.rules {
        if rule.failure.is_some() {
            continue;
        }
        for (i, line) in rule.source.lines().enumerate() {
            if line.trim_start().starts_with("//") {
                continue;
            }
            let mut rest = line;
            let mut offset = 0;
            while let Some(at) = rest.find("msg(\"") {
                let start = at + 5;
                let Some(len) = rest[start..].find('"') else {
                    break;
                };
                let key = &rest[start..start + len];
                if !rule.meta.messages.contains_key(key) {
                    let help = crate::diag::did_you_mean(key, rule.meta.messages.keys().map(String::as_str))
                        .map(|k| format!("did you mean `{k}`?"))
                        .unwrap_or_else(|| format!("add `{key}: \"...\"` to `messages` in `meta()`"));
                    problems.push(
                        Problem::error(
                            &rule.file,
                            Position::new(i + 1, offset + at + 1),
                            format!("`msg(\"{key}\")`: `meta()` has no message `{key}`"),
                        )
                        .with_help(help),
                    );
                }
                offset += start + len;
                rest = &rest[start + len..];
            }
        }
    }
    problems
}

/// The problems of the pack's translation files: for `lang`, every missing
/// key is an error; for every translation file present, unused keys and
/// placeholders that differ from English are reported too.
pub fn check_translations(pack: &Pack, lang: Option<Lang>) -> Vec<Problem> {
    let mut problems = Vec::new();
    let keys = pack_keys(pack);
    for l in [Lang::Fr, Lang::Es] {
        let file = format!("{}/i18n/{}.yaml", pack.dir, l.code());
        let catalog = match pack_catalog(&pack.files, &pack.dir, l) {
            None => {
                if lang == Some(l) {
                    problems.push(
                        Problem::error(&file, Position::default(), format!("the pack has no `i18n/{}.yaml`", l.code()))
                            .with_help(format!(
                                "write one: every rule's title, recommendation and messages, the areas, stages and questions ({} keys)",
                                keys.len()
                            )),
                    );
                }
                continue;
            }
            Some(Err(e)) => {
                problems.push(e.problem);
                continue;
            }
            Some(Ok(c)) => c,
        };
        if lang == Some(l) {
            for k in &keys {
                if catalog.get(&k.key).is_none() {
                    problems.push(
                        Problem::error(&file, Position::default(), format!("missing key `{}`", k.key))
                            .with_help(format!("English: `{}`", short(&k.english))),
                    );
                }
            }
        }
        for key in catalog.keys() {
            let position = Position::new(catalog.line(key), 1);
            match keys.iter().find(|k| k.key == key) {
                None => problems.push(
                    Problem::warning(&file, position, format!("unused key `{key}`: the pack does not use it"))
                        .with_help("remove it, or check the rule id and message key"),
                ),
                Some(k) => {
                    let text = catalog.get(key).unwrap_or_default();
                    let (want, got) = (placeholders(&k.english), placeholders(text));
                    if want != got {
                        problems.push(
                            Problem::error(
                                &file,
                                position,
                                format!(
                                    "`{key}` uses {} where the English text uses {}",
                                    names(&got),
                                    names(&want)
                                ),
                            )
                            .with_help(format!("English: `{}`", short(&k.english))),
                        );
                    }
                }
            }
        }
    }
    problems
}

fn names(list: &[String]) -> String {
    if list.is_empty() {
        "no placeholder".into()
    } else {
        list.iter().map(|n| format!("`{{{n}}}`")).collect::<Vec<_>>().join(", ")
    }
}

fn short(text: &str) -> String {
    let mut out: String = text.chars().take(80).collect();
    if out.len() < text.len() {
        out.push_str("...");
    }
    out
}
