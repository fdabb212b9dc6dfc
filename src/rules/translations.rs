//! The keys of a pack's translation files (`i18n/fr.yaml` inside the pack):
//! what a complete translation holds, with the English of each, and the
//! file of one language among the pack's files.

use crate::i18n::{Catalog, CatalogError, Lang};

use super::{Pack, PackMeta, RuleMeta};

/// A key a pack's translation files should hold, with its English text.
#[derive(Debug, Clone, PartialEq)]
pub struct PackKey {
    pub key: String,
    pub english: String,
}

/// The translation file of `lang` among a pack's files (`i18n/fr.yaml`),
/// read; `None` when the pack has none (or `lang` is English).
pub fn pack_catalog(files: &[(String, String)], dir: &str, lang: Lang) -> Option<Result<Catalog, CatalogError>> {
    if lang == Lang::En {
        return None;
    }
    let name = format!("i18n/{}.yaml", lang.code());
    files
        .iter()
        .find(|(path, _)| *path == name)
        .map(|(path, text)| Catalog::parse(&format!("{dir}/{path}"), text))
}

/// Display name of a stage id (`full-conformity` -> `Full conformity`).
fn stage_words(stage: &str) -> String {
    if stage == "start-up" {
        return "Start-up".into();
    }
    let text = stage.replace(['-', '_'], " ");
    let mut chars = text.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().collect::<String>() + chars.as_str())
        .unwrap_or_default()
}

/// Every key a translation of the pack should hold, in file order: the
/// pack's name, areas, stages, pillars, factors, tiers, questions, then each
/// rule's title, recommendation, note and messages.
pub fn pack_keys(pack: &Pack) -> Vec<PackKey> {
    let mut keys = meta_keys(&pack.meta);
    for rule in &pack.rules {
        keys.extend(rule_keys(&rule.meta));
    }
    keys
}

fn key(key: String, english: &str) -> PackKey {
    PackKey {
        key,
        english: english.to_string(),
    }
}

fn meta_keys(meta: &PackMeta) -> Vec<PackKey> {
    let mut keys = vec![key("name".into(), &meta.name)];
    if let Some(description) = &meta.description {
        keys.push(key("description".into(), description));
    }
    keys.extend(meta.areas.iter().map(|a| key(format!("areas.{}", a.id), &a.title)));
    keys.extend(
        meta.maturity
            .stages
            .iter()
            .map(|s| key(format!("stages.{s}"), &stage_words(s))),
    );
    keys.extend(meta.pillars.iter().map(|p| key(format!("pillars.{}", p.id), &p.title)));
    keys.extend(meta.factors.iter().map(|f| key(format!("factors.{}", f.id), &f.title)));
    keys.extend(meta.tiers.iter().map(|t| key(format!("tiers.{}", t.id), &t.title)));
    for q in &meta.questions {
        if let Some(first) = q.about.first() {
            keys.push(key(format!("questions.{first}"), &q.ask));
        }
    }
    keys
}

/// Whether a reference has words to translate: one outside the Convention's
/// articles (`Oxford CMM D1.1; ITU GCI legal pillar`); `Art. 35(1)` reads
/// the same in every language.
pub fn translated_reference(reference: &str) -> bool {
    !reference.starts_with("Art. ")
}

fn rule_keys(meta: &RuleMeta) -> Vec<PackKey> {
    let base = format!("rules.{}", meta.id);
    let mut keys = vec![
        key(format!("{base}.title"), &meta.title),
        key(format!("{base}.recommendation"), &meta.recommendation),
    ];
    if translated_reference(&meta.reference) {
        keys.push(key(format!("{base}.reference"), &meta.reference));
    }
    if let Some(note) = &meta.note {
        keys.push(key(format!("{base}.note"), note));
    }
    keys.extend(
        meta.messages
            .iter()
            .map(|(k, text)| key(format!("{base}.messages.{k}"), text)),
    );
    keys
}
