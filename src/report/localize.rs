//! An assessment written in a language: rule titles, recommendations and
//! messages, area titles, the pack's name and its questions, from the
//! translations of the templates and of the pack (see [`super::languages`]).

use crate::engine::Assessment;
use crate::i18n::Translator;
use crate::rules::translations::{pack_catalog, translated_reference};
use crate::rules::PackMeta;

/// The assessment with what its pack says written in the translator's
/// language: rule titles, recommendations and messages, area titles, the
/// pack's name and questions. `meta` is the pack the assessment was made
/// with, for the questions (matched by their English text). A text the
/// language lacks stays English and is recorded as a fallback; a message a
/// rule built as an English sentence (no key) is recorded as
/// `rules.<id>.message`. Run it inside [`crate::i18n::scoped`] with `t`, so that
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
