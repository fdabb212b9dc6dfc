//! The criteria catalogue of a pack (`gapwise rules doc`): every criterion
//! with its article, area, severity, weight, stage and recommendation,
//! grouped by area. Usable as an annex to a report.

use serde::Serialize;

use crate::rules::Pack;

use super::helpers::Markup;
use super::{Format, ReportError, Templates};

#[derive(Debug, Serialize)]
struct CatalogueView {
    id: String,
    name: String,
    version: String,
    description: Option<String>,
    criteria: usize,
    stages: Vec<String>,
    areas: Vec<AreaView>,
    digest: String,
}

#[derive(Debug, Serialize)]
struct AreaView {
    id: String,
    title: String,
    weight: String,
    criteria: Vec<CriterionView>,
}

#[derive(Debug, Serialize)]
struct CriterionView {
    id: String,
    title: String,
    reference: String,
    severity: String,
    weight: String,
    stage: String,
    recommendation: String,
    note: Option<String>,
    file: String,
}

/// A text of the pack in the report's language (`key` of its translation).
fn text(key: String, english: &str) -> String {
    crate::i18n::tr(&key, english, &[])
}

fn view(pack: &Pack) -> CatalogueView {
    let areas = pack
        .meta
        .areas
        .iter()
        .map(|area| AreaView {
            id: area.id.clone(),
            title: text(format!("areas.{}", area.id), &area.title),
            weight: super::words::number(area.weight),
            criteria: pack
                .rules
                .iter()
                .filter(|r| r.meta.area == area.id)
                .map(|r| CriterionView {
                    id: r.meta.id.clone(),
                    title: text(format!("rules.{}.title", r.meta.id), &r.meta.title),
                    reference: if crate::rules::translations::translated_reference(&r.meta.reference) {
                        text(format!("rules.{}.reference", r.meta.id), &r.meta.reference)
                    } else {
                        r.meta.reference.clone()
                    },
                    severity: r.meta.severity.clone(),
                    weight: super::words::number(r.meta.weight),
                    stage: super::words::stage(r.meta.stage.as_deref()),
                    recommendation: text(format!("rules.{}.recommendation", r.meta.id), &r.meta.recommendation),
                    note: r
                        .meta
                        .note
                        .as_ref()
                        .map(|n| text(format!("rules.{}.note", r.meta.id), n)),
                    file: r.file.rsplit('/').next().unwrap_or(&r.file).to_string(),
                })
                .collect(),
        })
        .collect();
    CatalogueView {
        id: pack.meta.id.clone(),
        name: text("name".into(), &pack.meta.name),
        version: pack.meta.version.clone(),
        description: pack.meta.description.as_ref().map(|d| text("description".into(), d)),
        criteria: pack.rules.len(),
        stages: pack.meta.maturity.stages.clone(),
        areas,
        digest: pack.digest.clone(),
    }
}

/// Renders a pack's criteria catalogue as Markdown, HTML or JSON.
pub fn render_catalogue(pack: &Pack, format: Format, templates: &Templates) -> Result<String, ReportError> {
    super::in_templates_language(templates, &[pack.meta.id.as_str()], || {
        catalogue(pack, format, templates)
    })
}

fn catalogue(pack: &Pack, format: Format, templates: &Templates) -> Result<String, ReportError> {
    let view = view(pack);
    match format {
        Format::Md => templates.render_entry("catalogue", Markup::Markdown, &view),
        Format::Html => templates.render_entry("catalogue", Markup::Html, &view),
        Format::Json => serde_json::to_string_pretty(&view)
            .map(|s| s + "\n")
            .map_err(|e| ReportError::Render {
                file: "catalogue".into(),
                line: 0,
                column: 0,
                message: e.to_string(),
                help: None,
            }),
        Format::Csv => Err(ReportError::Render {
            file: "catalogue".into(),
            line: 0,
            column: 0,
            message: "the catalogue is written as md, html or json".into(),
            help: Some("use `--format md`, `--format html` or `--format json`".into()),
        }),
    }
}
