//! The language a run renders in, and the translations it draws on: the
//! templates' (`reports/i18n/`) and each pack's (`<pack>/i18n/`).

use std::sync::Arc;

use crate::i18n::{templates_catalog, Catalog, CatalogError, Lang, Translator};
use crate::rules::translations::pack_catalog;
use crate::rules::{Pack, PackMeta};

/// A pack's translation and its metadata (for its questions and areas).
#[derive(Debug, Clone)]
struct PackTexts {
    id: String,
    catalog: Catalog,
    meta: PackMeta,
}

/// The language of a run and the packs' translations into it.
#[derive(Debug, Clone, Default)]
pub struct Languages {
    pub lang: Lang,
    packs: Vec<PackTexts>,
    /// A templates folder's own translation, before the bundled one.
    templates: Option<Catalog>,
}

impl Languages {
    /// Renders in `lang`, with the bundled packs' translations for any
    /// pack not added with [`Languages::add_pack`].
    pub fn new(lang: Lang) -> Languages {
        Languages {
            lang,
            packs: Vec::new(),
            templates: None,
        }
    }

    /// Uses `catalog` (a `--templates` folder's `i18n/<lang>.yaml`) before
    /// the bundled translation of the templates: its keys win.
    pub fn set_templates_catalog(&mut self, catalog: Catalog) {
        self.templates = Some(catalog);
    }

    /// Uses `pack`'s own translation for assessments made with a pack of
    /// its id (a changed copy of a bundled pack brings its own).
    pub fn add_pack(&mut self, pack: &Pack) -> Result<(), CatalogError> {
        let catalog = match pack_catalog(&pack.files, &pack.dir, self.lang) {
            Some(c) => c?,
            None => Catalog::default(),
        };
        self.packs.retain(|p| p.id != pack.meta.id);
        self.packs.push(PackTexts {
            id: pack.meta.id.clone(),
            catalog,
            meta: pack.meta.clone(),
        });
        Ok(())
    }

    /// The translator for a rendering that shows the packs `pack_ids` (a
    /// report with a section per pack, a comparison of several): the
    /// templates' texts and every one of these packs'.
    pub fn translator_for(&self, pack_ids: &[&str]) -> Result<Arc<Translator>, CatalogError> {
        let (first, _) = self.translator(None)?;
        let mut catalog = first.catalog().clone();
        for id in pack_ids {
            let (t, _) = self.translator(Some(id))?;
            // Keys common to packs (`name`, `description`) stay the first
            // pack's; each pack's own name is also `packs.<id>.name`.
            if let Some(name) = t.catalog().get("name") {
                catalog.insert(&format!("packs.{id}.name"), name);
            }
            catalog.merge(t.catalog());
        }
        Ok(Arc::new(Translator::new(self.lang, catalog)))
    }

    /// The translator for a rendering of an assessment made with the pack
    /// `pack_id` (the templates' texts alone when `None`), with that pack's
    /// metadata when known.
    pub fn translator(&self, pack_id: Option<&str>) -> Result<(Arc<Translator>, Option<PackMeta>), CatalogError> {
        let mut catalog = self.templates.clone().unwrap_or_default();
        catalog.merge(&templates_catalog(self.lang)?);
        let mut meta = None;
        if let Some(id) = pack_id {
            if let Some(p) = self.packs.iter().find(|p| p.id == id) {
                catalog.merge(&p.catalog);
                meta = Some(p.meta.clone());
            } else if let Some(files) = crate::rules::bundled::pack_files(id) {
                if let Some(c) = pack_catalog(&files, &format!("bundled:{id}"), self.lang) {
                    catalog.merge(&c?);
                }
                meta = files
                    .iter()
                    .find(|(name, _)| name == "pack.yaml")
                    .and_then(|(_, text)| serde_yaml::from_str::<PackMeta>(text).ok());
            }
        }
        Ok((Arc::new(Translator::new(self.lang, catalog)), meta))
    }
}
