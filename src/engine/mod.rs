//! Evaluation: profile x pack -> results, scores and maturity.
//!
//! Each profile is converted to a rule view once; each rule's compiled AST is
//! shared; profiles are evaluated in parallel. A rule that breaks gives the
//! outcome `error` for that criterion only.

pub mod bounds;
pub mod capacity;
pub mod compare;
pub mod evidence;
pub mod impact;
pub mod progress;
pub mod questions;
pub mod recheck;
pub mod results;
pub mod score;
pub mod snapshot;
pub mod summary;
pub mod testing;
pub mod threads;
pub mod waivers;
pub mod words;

use rayon::prelude::*;
use rhai::{CallFnOptions, Dynamic, Scope};
use sha2::{Digest, Sha256};

use crate::profile::{PartialDate, Profile};
use crate::rules::api::Verdict;
use crate::rules::standing;
use crate::rules::{describe_in, innermost, line_of, position, sandbox, Pack, Rule};

pub use results::*;

use evidence::FactIndex;

/// A profile ready to assess: its name, its text's digest and its value.
#[derive(Debug, Clone)]
pub struct ProfileInput {
    pub file: String,
    pub digest: String,
    pub profile: Profile,
}

impl ProfileInput {
    pub fn new(file: &str, text: &str, profile: Profile) -> Self {
        ProfileInput {
            file: file.to_string(),
            digest: sha256(text.as_bytes()),
            profile,
        }
    }
}

/// `sha256:` digest of bytes.
pub fn sha256(bytes: &[u8]) -> String {
    format!("sha256:{:x}", Sha256::digest(bytes))
}

/// Options of one run.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// The date to assess at; the profile's snapshot date when `None`.
    pub as_of: Option<PartialDate>,
    /// Waivers to apply (`--waivers`).
    pub waivers: Option<std::sync::Arc<waivers::Waivers>>,
}

/// Assesses many profiles against a pack, in parallel; results keep input order.
pub fn assess_all(pack: &Pack, inputs: &[ProfileInput], options: &Options) -> Vec<Assessment> {
    threads::in_pool(|| inputs.par_iter().map(|input| assess(pack, input, options)).collect())
}

/// Assesses one profile against a pack.
pub fn assess(pack: &Pack, input: &ProfileInput, options: &Options) -> Assessment {
    assess_with(pack, input, options, &FactIndex::new(&input.profile), &mut Vec::new())
}

/// Assesses one profile against several packs, in order. The profile's JSON
/// form is built once, and its rule view once per assessment date, instead
/// of once per pack.
pub fn assess_packs(packs: &[(Pack, Options)], input: &ProfileInput) -> Vec<Assessment> {
    let index = FactIndex::new(&input.profile);
    let mut views = Vec::new();
    packs
        .iter()
        .map(|(pack, options)| assess_with(pack, input, options, &index, &mut views))
        .collect()
}

/// [`assess`], with the profile's JSON form given and the rule views already
/// built for this profile, by assessment date.
fn assess_with(
    pack: &Pack,
    input: &ProfileInput,
    options: &Options,
    index: &FactIndex,
    views: &mut Vec<(PartialDate, Dynamic)>,
) -> Assessment {
    let profile = &input.profile;
    let as_of_date = options.as_of.unwrap_or(profile.snapshot.as_of);
    let as_of = as_of_date.to_string();
    let standings = standing::standings(profile, &as_of_date);
    let view = match views.iter().find(|(date, _)| *date == as_of_date) {
        Some((_, view)) => view.clone(),
        None => {
            let view = view_of(profile, index, &standings, &as_of);
            views.push((as_of_date, view.clone()));
            view
        }
    };
    let mut criteria: Vec<CriterionResult> = pack
        .rules
        .iter()
        .map(|rule| evaluate(pack, rule, &view, index))
        .collect();
    let country = CountryRef {
        name: profile.country.name.clone(),
        iso2: profile.country.iso2.clone(),
    };
    let waivers = match &options.waivers {
        Some(w) => waivers::apply(w, &country, &mut criteria, &as_of_date),
        None => Vec::new(),
    };
    let areas = score::areas(&pack.meta, &criteria);
    let overall = score::overall(&pack.meta, &areas, &criteria);
    let gaps = score::ranked_gaps(&criteria);
    let index = capacity::index(&pack.meta, &criteria);
    Assessment {
        profile: input.file.clone(),
        country,
        as_of,
        snapshot_as_of: profile.snapshot.as_of.to_string(),
        budapest: summary::status(profile, &standings),
        pack: pack_ref(pack),
        overall,
        areas,
        to_collect: questions::to_collect(&pack.meta, &criteria),
        criteria,
        gaps,
        sources: summary::sources(profile),
        notes: summary::notes(profile),
        waivers,
        undated: summary::undated(profile, &as_of_date),
        index,
        stamp: Stamp {
            gapwise_version: env!("CARGO_PKG_VERSION").to_string(),
            profile_digest: input.digest.clone(),
            pack_digest: pack.digest.clone(),
            templates_digest: None,
        },
    }
}

/// The view rules receive as `p`: the profile's facts and the computed
/// sections (`treaty`), with `as_of`.
fn view_of(profile: &Profile, index: &FactIndex, standings: &standing::Standings, as_of: &str) -> Dynamic {
    let computed = standing::view_sections(profile, standings);
    crate::rules::view::profile_view_with(index.tree(), as_of, &computed)
}

/// The view one profile's rules receive as `p` (what [`assess`] builds before
/// running the rules), for timing or calling rules one by one with [`run_check`].
pub fn rule_view(input: &ProfileInput, options: &Options) -> Dynamic {
    let profile = &input.profile;
    let as_of_date = options.as_of.unwrap_or(profile.snapshot.as_of);
    let index = FactIndex::new(profile);
    let standings = standing::standings(profile, &as_of_date);
    view_of(profile, &index, &standings, &as_of_date.to_string())
}

/// [`rule_view`] as plain JSON (facts as their bare values, the computed
/// sections and `as_of`), for evaluating the same criteria in another engine.
pub fn rule_input_json(input: &ProfileInput, options: &Options) -> serde_json::Value {
    let profile = &input.profile;
    let as_of_date = options.as_of.unwrap_or(profile.snapshot.as_of);
    let index = FactIndex::new(profile);
    let standings = standing::standings(profile, &as_of_date);
    let mut root = match crate::rules::view::to_bare_json(index.tree()) {
        serde_json::Value::Object(map) => map,
        _ => serde_json::Map::new(),
    };
    for (k, v) in standing::view_sections(profile, &standings) {
        root.insert(k, crate::rules::view::to_bare_json(&v));
    }
    root.insert("as_of".into(), serde_json::Value::String(as_of_date.to_string()));
    serde_json::Value::Object(root)
}

/// What results and reports say of a pack.
pub fn pack_ref(pack: &Pack) -> PackRef {
    PackRef {
        id: pack.meta.id.clone(),
        name: pack.meta.name.clone(),
        version: pack.version_label(),
        criteria: pack.rules.len(),
        stages: pack.meta.maturity.stages.clone(),
        baseline: pack.meta.maturity.baseline.clone(),
        core_areas: pack
            .meta
            .areas
            .iter()
            .filter(|a| pack.meta.core_areas.contains(&a.id))
            .map(|a| a.title.clone())
            .collect(),
    }
}

/// Runs one rule's `check` on a profile view.
pub fn run_check(pack: &Pack, rule: &Rule, view: &Dynamic) -> Result<Verdict, RuleFailure> {
    if let Some(failure) = &rule.failure {
        return Err(failure.clone());
    }
    let Some(ast) = &rule.ast else {
        return Err(RuleFailure {
            file: rule.file.clone(),
            line: 0,
            column: 0,
            message: "the rule was not compiled".into(),
        });
    };
    let options = CallFnOptions::new().eval_ast(false).rewind_scope(true);
    let result = sandbox::with_deadline(&pack.limits, || {
        pack.engine
            .call_fn_with_options::<Dynamic>(options, &mut Scope::new(), ast, "check", (view.clone(),))
    });
    match result {
        Ok(value) => match value.try_cast::<Verdict>() {
            Some(mut verdict) => match verdict.write(&rule.meta.messages) {
                Ok(()) => Ok(verdict),
                Err(message) => Err(RuleFailure {
                    file: rule.file.clone(),
                    line: rule.check_position().line,
                    column: rule.check_position().column,
                    message,
                }),
            },
            None => Err(RuleFailure {
                file: rule.file.clone(),
                line: rule.check_position().line,
                column: rule.check_position().column,
                message: "`check(p)` must return an outcome: `met(...)`, `partly_met(...)`, `not_met(...)`, `no_data(...)` or `not_applicable(...)`".into(),
            }),
        },
        Err(error) => {
            let (inner, pos) = innermost(&error);
            let pos = if pos.is_none() { line_of(&rule.source, "", "fn check") } else { position(pos) };
            Err(RuleFailure { file: rule.file.clone(), line: pos.line, column: pos.column, message: describe_in(inner, &pack.limits, &rule.source, pos) })
        }
    }
}

fn evaluate(pack: &Pack, rule: &Rule, view: &Dynamic, index: &FactIndex) -> CriterionResult {
    let meta = &rule.meta;
    let mut result = CriterionResult {
        id: meta.id.clone(),
        title: meta.title.clone(),
        reference: meta.reference.clone(),
        area: meta.area.clone(),
        severity: meta.severity.clone(),
        weight: meta.weight,
        stage: meta.stage.clone(),
        recommendation: meta.recommendation.clone(),
        outcome: Outcome::Error,
        message: String::new(),
        message_key: None,
        message_params: None,
        evidence: Vec::new(),
        missing: Vec::new(),
        failure: None,
        scored: meta.scored,
        waiver: None,
        waived_outcome: None,
        partial_stage: meta.partial_stage.clone(),
        pillar: meta.pillar.clone(),
        factor: meta.factor.clone(),
    };
    match run_check(pack, rule, view) {
        Ok(verdict) => {
            bounds::fill(&mut result, verdict, index);
            words::drop_repeated_holdings(&mut result.evidence);
        }
        Err(mut failure) => {
            failure.message = bounds::truncate(failure.message, bounds::MAX_MESSAGE_BYTES);
            result.message = format!("rule error at {}:{}: {}", failure.file, failure.line, failure.message);
            result.failure = Some(failure);
        }
    }
    result
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn packs_assessed_together_give_what_each_gives_alone() {
        let text = include_str!("../../profiles/mexico-2014.yaml");
        let (profile, _) = crate::profile::parse("mexico-2014.yaml", text).expect("the Mexico profile is valid");
        let input = ProfileInput::new("mexico-2014.yaml", text, profile);
        let earlier = Options {
            as_of: Some("2010-06".parse().expect("a partial date")),
            ..Options::default()
        };
        let packs: Vec<(Pack, Options)> = [
            ("budapest", Options::default()),
            ("capacity", Options::default()),
            ("budapest", earlier),
        ]
        .into_iter()
        .map(|(name, options)| (Pack::resolve(name).expect("bundled pack"), options))
        .collect();
        let together = assess_packs(&packs, &input);
        assert_eq!(together.len(), 3);
        for ((pack, options), got) in packs.iter().zip(&together) {
            let alone = assess(pack, &input, options);
            let json = |a: &Assessment| serde_json::to_value(a).expect("an assessment serialises");
            assert_eq!(json(got), json(&alone), "{} as of {}", pack.meta.id, alone.as_of);
        }
        assert_ne!(together[0].as_of, together[2].as_of);
    }
}
