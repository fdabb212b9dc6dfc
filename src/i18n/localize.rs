//! The keys of a pack's translation files, and an assessment written in a
//! language: rule titles, recommendations and messages, area titles, the
//! pack's name and its questions.

use crate::engine::Assessment;
use crate::rules::{Pack, PackMeta, RuleMeta};

use super::{Catalog, CatalogError, Lang, Translator};

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
pub(crate) fn translated_reference(reference: &str) -> bool {
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

/// The assessment with what its pack says written in the translator's
/// language: rule titles, recommendations and messages, area titles, the
/// pack's name and questions. `meta` is the pack the assessment was made
/// with, for the questions (matched by their English text). A text the
/// language lacks stays English and is recorded as a fallback; a message a
/// rule built as an English sentence (no key) is recorded as
/// `rules.<id>.message`. Run it inside [`super::scoped`] with `t`, so that
/// evidence is written in the language too.
pub fn localize(a: &Assessment, meta: Option<&PackMeta>, t: &Translator) -> Assessment {
    let mut a = a.clone();
    if t.is_english() {
        return a;
    }
    if let Some(state) = &a.budapest.state {
        a.budapest.summary = crate::engine::summary::convention_words(state, &a.snapshot_as_of);
    }
    let english_name = a.pack.name.clone();
    a.pack.name = t.text("name", &english_name);
    for area in &mut a.areas {
        let english = area.title.clone();
        area.title = t.text(&format!("areas.{}", area.id), &english);
    }
    if let Some(meta) = meta {
        a.pack.core_areas = a
            .pack
            .core_areas
            .iter()
            .map(|title| match meta.areas.iter().find(|x| &x.title == title) {
                Some(area) => t.text(&format!("areas.{}", area.id), title),
                None => title.clone(),
            })
            .collect();
        for q in &mut a.to_collect {
            if let Some(found) = meta.questions.iter().find(|x| x.ask == q.question) {
                if let Some(first) = found.about.first() {
                    q.question = t.text(&format!("questions.{first}"), &q.question);
                }
            }
        }
    }
    // A question another pack of the run asks is named by that pack's name.
    for q in &mut a.to_collect {
        if let Some(other) = &q.asked_in {
            q.asked_in = Some(bundled_name(other, t));
        }
    }
    for c in &mut a.criteria {
        // Evidence labels and values in words, written again in the language.
        for e in &mut c.evidence {
            e.label = Some(crate::engine::words::label(&e.path));
            if let Some(v) = &e.value {
                e.text = Some(crate::engine::words::text(v));
            }
        }
        crate::engine::words::drop_repeated_holdings(&mut c.evidence);
        let base = format!("rules.{}", c.id);
        c.title = t.text(&format!("{base}.title"), &c.title);
        c.recommendation = t.text(&format!("{base}.recommendation"), &c.recommendation);
        if translated_reference(&c.reference) {
            c.reference = t.text(&format!("{base}.reference"), &c.reference);
        }
        let english = std::mem::take(&mut c.message);
        c.message = t.rule_message(&c.id, c.message_key.as_deref(), c.message_params.as_ref(), &english);
    }
    a
}

/// A bundled pack's name in the translator's language, found by its English
/// name; any other name as it is.
fn bundled_name(english: &str, t: &Translator) -> String {
    for id in crate::rules::bundled::pack_names() {
        let Some(files) = crate::rules::bundled::pack_files(&id) else {
            continue;
        };
        let meta = files
            .iter()
            .find(|(name, _)| name == "pack.yaml")
            .and_then(|(_, text)| serde_yaml::from_str::<PackMeta>(text).ok());
        if meta.is_some_and(|m| m.name == english) {
            if let Some(Ok(catalog)) = pack_catalog(&files, &format!("bundled:{id}"), t.lang) {
                if let Some(name) = catalog.get("name") {
                    return name.to_string();
                }
            }
        }
    }
    english.to_string()
}
