//! The parts of the view about the assessment as a whole: treaty standing,
//! the headline, waivers, undated facts and the notes of the sources.

use serde::Serialize;

use crate::i18n::tr;

use crate::engine::{Assessment, NoteEntry, Overall, StatusSummary, WaiverState, WaiverStatus};

use super::super::words;
use super::evidence::{source_view, SourceView};

#[derive(Debug, Clone, Serialize)]
pub struct StatusView {
    /// The standing at the assessment date: `party`, `deposited`,
    /// `signatory`, `invited`, `invitation_lapsed`, `none`, `uncertain`,
    /// `unknown`.
    pub standing: String,
    /// `Invited to accede`: a short label of the standing.
    pub label: String,
    /// The standing in words with its dates (`Invited to accede on
    /// 2007-02-01; accession pending (...)`), computed at the assessment date.
    pub summary: String,
    /// True when no dated event decided and the snapshot's status was assumed.
    pub assumed: bool,
    pub observer: Option<bool>,
    /// The T-CY seat in words, shown beside the standing (a seat is not a
    /// treaty status); `null` for a Party or when nothing is known.
    pub observer_note: Option<String>,
    pub first_protocol: String,
    pub second_protocol: String,
    /// Both protocols' standing in words.
    pub protocols: String,
}

pub fn status_view(s: &StatusSummary) -> StatusView {
    let standing = if s.standing.is_empty() { "unknown" } else { &s.standing };
    let label = words::standing_label(standing).to_string();
    let summary = if s.summary.trim().is_empty() {
        label.clone()
    } else {
        words::capitalise(&s.summary)
    };
    StatusView {
        standing: standing.to_string(),
        label,
        summary,
        assumed: s.assumed,
        observer: s.observer,
        observer_note: words::observer_note(standing, s.observer),
        first_protocol: s.first_protocol.clone(),
        second_protocol: s.second_protocol.clone(),
        protocols: words::protocols(&s.first_protocol, &s.second_protocol),
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct OverallView {
    /// `62.5%` or `n/a`: over the known criteria.
    pub score: String,
    pub score_value: Option<f64>,
    /// The score with every unknown criterion counted as not met.
    pub lower_bound: String,
    pub lower_bound_value: Option<f64>,
    /// `50%`: the share of scored criteria that are known.
    pub coverage: String,
    pub coverage_value: f64,
    /// Scored criteria with data, and scored criteria in all.
    pub known: usize,
    pub scored: usize,
    /// `8 of 28 criteria known`.
    pub known_phrase: String,
    pub core_known: usize,
    pub core_scored: usize,
    pub core_coverage: String,
    /// `Substantive criminal law, Procedural law, International co-operation`.
    pub core_areas: String,
    /// `50%`: the core coverage the headline needs.
    pub evidence_threshold: String,
    /// False when too little of the core areas is known to give a score.
    pub sufficient: bool,
    /// `Insufficient evidence`, or the score.
    pub headline: String,
    /// Every figure in one sentence: `score over the 8 known criteria: 100%;
    /// lower bound, unknown counted as not met: 29.1%; 8 of 28 criteria
    /// known; core areas (...): 1 of 30 known, threshold 50%`.
    pub figures: String,
    pub counts: super::CountsView,
}

pub fn overall_view(o: &Overall, core_areas: &[String], counts: super::CountsView) -> OverallView {
    let score = words::percent(o.score);
    let lower_bound = words::percent(o.lower_bound);
    let (known, scored) = (o.known.to_string(), o.scored.to_string());
    let known_phrase = if o.scored == 1 {
        tr(
            "summary.known_one",
            "{known} of {scored} criterion known",
            &[("known", &known), ("scored", &scored)],
        )
    } else if o.known <= 1 {
        // French agrees a count of 0 or 1 in the singular.
        tr(
            "summary.known_single",
            "{known} of {scored} criteria known",
            &[("known", &known), ("scored", &scored)],
        )
    } else {
        tr(
            "summary.known",
            "{known} of {scored} criteria known",
            &[("known", &known), ("scored", &scored)],
        )
    };
    let core_areas = core_areas.join(", ");
    let threshold = words::percent(Some(o.evidence_threshold));
    let core = if core_areas.is_empty() {
        String::new()
    } else {
        tr(
            "summary.core",
            "; core areas ({areas}): {known} of {scored} known, threshold {threshold}",
            &[
                ("areas", &core_areas),
                ("known", &o.core_known.to_string()),
                ("scored", &o.core_scored.to_string()),
                ("threshold", &threshold),
            ],
        )
    };
    let params = [
        ("known", known.as_str()),
        ("score", score.as_str()),
        ("lower_bound", lower_bound.as_str()),
        ("known_phrase", known_phrase.as_str()),
        ("core", core.as_str()),
    ];
    let figures = if o.known == 1 {
        tr(
            "summary.figures_one",
            "score over the {known} known criterion: {score}; lower bound, unknown counted as not met: {lower_bound}; {known_phrase}{core}",
            &params,
        )
    } else {
        tr(
            "summary.figures",
            "score over the {known} known criteria: {score}; lower bound, unknown counted as not met: {lower_bound}; {known_phrase}{core}",
            &params,
        )
    };
    OverallView {
        headline: if o.sufficient {
            score.clone()
        } else {
            tr("summary.insufficient", "Insufficient evidence", &[])
        },
        score,
        score_value: o.score,
        lower_bound,
        lower_bound_value: o.lower_bound,
        coverage: words::percent(Some(o.coverage)),
        coverage_value: o.coverage,
        known: o.known,
        scored: o.scored,
        known_phrase,
        core_known: o.core_known,
        core_scored: o.core_scored,
        core_coverage: words::percent(Some(o.core_coverage)),
        core_areas,
        evidence_threshold: threshold,
        sufficient: o.sufficient,
        figures,
        counts,
    }
}

/// A waiver, in words.
#[derive(Debug, Clone, Serialize)]
pub struct WaiverView {
    pub rule: String,
    /// The criterion's title (the rule id when the pack has no such criterion).
    pub title: String,
    pub reference: String,
    /// `treaty_reservation`, `not_applicable`, `risk_accepted`.
    pub kind: &'static str,
    /// `Reservation the treaty allows`.
    pub kind_label: String,
    pub justification: String,
    pub approver: Option<String>,
    pub expires: Option<String>,
    /// `active`, `expiring`, `expired`.
    pub state: &'static str,
    /// `In force`, `Expiring within 30 days`, `Expired: no longer applied`.
    pub state_label: String,
    /// True when it expires within 30 days of the assessment date.
    pub expiring: bool,
    /// True when it is past its expiry and no longer applied.
    pub expired: bool,
    /// Where it was given (`waivers.yaml:12`).
    pub origin: Option<String>,
}

pub fn waiver_view(w: &WaiverStatus, a: &Assessment) -> WaiverView {
    let (kind, kind_label) = words::waiver_kind(w.kind);
    let (state, state_label) = words::waiver_state(w.state);
    let criterion = a.criterion(&w.rule);
    WaiverView {
        rule: w.rule.clone(),
        title: criterion.map_or_else(|| w.rule.clone(), |c| c.title.clone()),
        reference: criterion.map(|c| c.reference.clone()).unwrap_or_default(),
        kind,
        kind_label,
        justification: w.justification.clone(),
        approver: w.approver.clone(),
        expires: w.expires.clone(),
        state,
        state_label,
        expiring: w.state == WaiverState::Expiring,
        expired: w.state == WaiverState::Expired,
        origin: w.origin.clone(),
    }
}

/// Waivers that matched the profile, in force first, then expiring, then
/// expired; in each, by rule.
pub fn waivers_view(a: &Assessment) -> Vec<WaiverView> {
    let order = |s: WaiverState| match s {
        WaiverState::Active => 0,
        WaiverState::Expiring => 1,
        WaiverState::Expired => 2,
    };
    let mut all: Vec<&WaiverStatus> = a.waivers.iter().collect();
    all.sort_by(|x, y| order(x.state).cmp(&order(y.state)).then_with(|| x.rule.cmp(&y.rule)));
    all.into_iter().map(|w| waiver_view(w, a)).collect()
}

#[derive(Debug, Clone, Serialize)]
pub struct UndatedView {
    pub count: usize,
    pub snapshot_as_of: String,
    /// `3 facts are undated; assumed as on 2014-11-23`.
    pub text: String,
}

pub fn undated_view(a: &Assessment) -> Option<UndatedView> {
    a.undated.as_ref().map(|u| UndatedView {
        count: u.count,
        snapshot_as_of: u.snapshot_as_of.clone(),
        text: if u.count == 1 {
            tr(
                "summary.undated_one",
                "1 fact is undated; assumed as on {date}",
                &[("date", &crate::i18n::date_text(&u.snapshot_as_of))],
            )
        } else {
            tr(
                "summary.undated",
                "{n} facts are undated; assumed as on {date}",
                &[
                    ("n", &u.count.to_string()),
                    ("date", &crate::i18n::date_text(&u.snapshot_as_of)),
                ],
            )
        },
    })
}

/// Statements of one section of the sources that no criterion assesses.
#[derive(Debug, Clone, Serialize)]
pub struct NoteGroup {
    /// The section of the source (`Specialised institutions`), or `Other`.
    pub section: String,
    pub notes: Vec<NoteView>,
}

#[derive(Debug, Clone, Serialize)]
pub struct NoteView {
    pub text: String,
    pub source: Option<SourceView>,
}

/// Notes grouped by section, sections in the order they first appear.
pub fn note_groups(a: &Assessment) -> Vec<NoteGroup> {
    let mut groups: Vec<NoteGroup> = Vec::new();
    for n in &a.notes {
        let section = n.section.clone().unwrap_or_else(|| "Other".to_string());
        let note = NoteView {
            text: n.text.clone(),
            source: note_source(n, a),
        };
        match groups.iter_mut().find(|g| g.section == section) {
            Some(g) => g.notes.push(note),
            None => groups.push(NoteGroup {
                section,
                notes: vec![note],
            }),
        }
    }
    groups
}

fn note_source(n: &NoteEntry, a: &Assessment) -> Option<SourceView> {
    let id = n.source.as_deref()?;
    Some(match a.sources.iter().find(|s| s.id == id) {
        Some(s) => source_view(s),
        None => SourceView {
            id: id.to_string(),
            title: id.to_string(),
            url: None,
            date: None,
        },
    })
}
