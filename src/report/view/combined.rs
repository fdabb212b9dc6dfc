//! The report of one profile over every pack of a run: the country and its
//! treaty standing, the sources and their other statements once; a section
//! per pack ([`ReportView`]: headline, scores, stages, index, gaps, results
//! by area); and one list of facts to collect, each question once, with the
//! criteria of every pack that wait on it.

use serde::Serialize;

use crate::engine::Assessment;

use super::summary::{NoteGroup, StatusView, UndatedView, WaiverView};
use super::{CollectView, CountryView, CriterionRef, ReportView, RuleErrorView, SourceView};

#[derive(Debug, Clone, Serialize)]
pub struct CombinedView {
    /// The first pack's view, its fields at the top level too: a template
    /// written for a report of one pack (`{{overall.score}}`, `{{#each
    /// criteria}}`) still renders, with the first pack. The fields below
    /// come after it and take precedence where names are shared.
    #[serde(flatten)]
    pub first: ReportView,
    pub profile: String,
    pub country: CountryView,
    pub as_of: String,
    pub snapshot_as_of: String,
    pub as_of_differs: bool,
    pub undated: Option<UndatedView>,
    pub budapest: StatusView,
    /// `Budapest Convention ..., version 2.0.0, and National ... capacity, version 1.0.0`.
    pub packs_phrase: String,
    /// True with more than one pack: criteria lists then name their pack.
    pub several: bool,
    /// One per pack, in the order of the run.
    pub packs: Vec<ReportView>,
    /// True when some pack's evidence is insufficient and there are
    /// questions: the report then leads with them, right after the summary.
    pub collect_first: bool,
    /// Every open question once, numbered, in the order of the packs.
    pub to_collect: Vec<CollectView>,
    /// Waivers that matched, every pack's.
    pub waivers: Vec<WaiverView>,
    pub sources: Vec<SourceView>,
    pub notes: Vec<NoteGroup>,
    /// Criteria whose rule broke, every pack's.
    pub rule_errors: Vec<RuleErrorView>,
    pub gapwise_version: String,
    pub profile_digest: String,
    pub templates_digest: String,
}

impl CombinedView {
    /// The report of one profile's assessments (one per pack, same profile
    /// and date); `None` when there are none.
    pub fn new(assessments: &[&Assessment]) -> Option<CombinedView> {
        let first = *assessments.first()?;
        let packs: Vec<ReportView> = assessments.iter().map(|a| ReportView::new(a)).collect();
        let to_collect = questions(assessments, &packs);
        let lead = &packs[0];
        let names: Vec<String> = packs
            .iter()
            .map(|p| {
                crate::i18n::tr(
                    "progress.pack_version",
                    "{pack}, version {version}",
                    &[("pack", &p.pack.name), ("version", &p.pack.version)],
                )
            })
            .collect();
        let packs_phrase = match names.as_slice() {
            [one] => one.clone(),
            [rest @ .., last] => crate::i18n::tr(
                "progress.packs_and",
                "{rest}, and {last}",
                &[("rest", &rest.join(", ")), ("last", last)],
            ),
            [] => String::new(),
        };
        Some(CombinedView {
            profile: first.profile.clone(),
            country: lead.country.clone(),
            as_of: lead.as_of.clone(),
            snapshot_as_of: lead.snapshot_as_of.clone(),
            as_of_differs: lead.as_of_differs,
            undated: lead.undated.clone(),
            budapest: lead.budapest.clone(),
            first: lead.clone(),
            packs_phrase,
            several: packs.len() > 1,
            collect_first: packs.iter().any(|p| !p.overall.sufficient) && !to_collect.is_empty(),
            to_collect,
            waivers: packs.iter().flat_map(|p| p.waivers.iter().cloned()).collect(),
            sources: lead.sources.clone(),
            notes: lead.notes.clone(),
            rule_errors: packs.iter().flat_map(|p| p.rule_errors.iter().cloned()).collect(),
            gapwise_version: lead.stamp.gapwise_version.clone(),
            profile_digest: lead.stamp.profile_digest.clone(),
            templates_digest: lead.stamp.templates_digest.clone(),
            packs,
        })
    }
}

/// Each pack's own questions, numbered on from the packs before; a
/// question a later pack shares with an earlier one (`asked_in`) adds its
/// criteria to the earlier questions that ask for the same facts.
fn questions(assessments: &[&Assessment], packs: &[ReportView]) -> Vec<CollectView> {
    let mut all: Vec<CollectView> = Vec::new();
    for (a, view) in assessments.iter().zip(packs) {
        for shared in a.to_collect.iter().filter(|t| t.asked_in.is_some()) {
            let paths: Vec<&str> = if shared.paths.is_empty() {
                vec![shared.path.as_str()]
            } else {
                shared.paths.iter().map(String::as_str).collect()
            };
            let waiting: Vec<CriterionRef> = shared
                .criteria
                .iter()
                .filter_map(|id| view.criteria.iter().find(|c| c.id == *id))
                .map(|c| CriterionRef {
                    pack: view.pack.name.clone(),
                    id: c.id.clone(),
                    title: c.title.clone(),
                    reference: c.reference.clone(),
                    outcome: c.outcome,
                    outcome_label: c.outcome_label.clone(),
                })
                .collect();
            for question in all.iter_mut().filter(|q| asks_for(q, &paths)) {
                for c in &waiting {
                    if !question.criteria.iter().any(|x| x.id == c.id) {
                        question.criteria.push(c.clone());
                    }
                }
            }
        }
        for own in &view.to_collect {
            let mut question = own.clone();
            question.number = all.len() + 1;
            all.push(question);
        }
    }
    all
}

/// Whether a question asks for one of these facts (a path, or an article's
/// paragraph under it: `legislation.2(1)` under `legislation.2`).
fn asks_for(question: &CollectView, paths: &[&str]) -> bool {
    question.paths.iter().any(|asked| {
        paths
            .iter()
            .any(|wanted| asked == wanted || asked.starts_with(&format!("{wanted}(")))
    })
}
