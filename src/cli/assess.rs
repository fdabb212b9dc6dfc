//! `gapwise assess`: profiles x pack -> reports.

use std::path::Path;

use super::output::{Progress, Sink};
use super::read_input;
use crate::engine::{self, Assessment, Options, ProfileInput, Results, RESULTS_V1};
use crate::profile::PartialDate;
use crate::report::{self, Format, Templates};
use crate::rules::Pack;

use super::output::write_all;
use super::{AssessArgs, CliError, Exit};

/// Reads and checks every profile; prints every problem; fails if any is invalid.
pub fn load_profiles(paths: &[std::path::PathBuf]) -> Result<Vec<ProfileInput>, CliError> {
    Ok(crate::batch::load_profiles(
        paths,
        super::max_input(),
        super::output::show,
    )?)
}

pub fn load_templates(dir: Option<&std::path::Path>) -> Result<Templates, CliError> {
    Ok(match dir {
        Some(dir) => Templates::with_overrides(dir)?,
        None => Templates::bundled(),
    })
}

/// The templates rendering in `lang`, with the translations of `packs`.
pub fn with_lang<'a>(
    templates: Templates,
    lang: crate::i18n::Lang,
    packs: impl IntoIterator<Item = &'a Pack>,
) -> Result<Templates, CliError> {
    let mut language = crate::report::Languages::new(lang);
    for pack in packs {
        language.add_pack(pack).map_err(|e| {
            CliError::Pack(crate::rules::PackError::Invalid {
                file: e.problem.file.clone(),
                problems: vec![e.problem],
                sources: Vec::new(),
            })
        })?;
    }
    Ok(templates.with_language(language))
}

/// Writes reports to standard output or to `--out`.
pub fn emit(
    results: &Results,
    format: Format,
    out: Option<&std::path::Path>,
    templates: &Templates,
) -> Result<(), CliError> {
    match out {
        None => {
            let text = report::render_results(results, format, templates).map_err(|e| match e {
                report::ReportError::OnePerFile { .. } => {
                    CliError::Usage("HTML gives one file per profile: add `--out DIR`".into())
                }
                e => e.into(),
            })?;
            out!("{text}");
        }
        Some(dir) => {
            let files = match format {
                Format::Md | Format::Html => report::render_files(results, format, templates)?,
                Format::Json => vec![(
                    "results.json".to_string(),
                    report::render_results(results, format, templates)?,
                )],
                Format::Csv => vec![(
                    "results.csv".to_string(),
                    report::render_results(results, format, templates)?,
                )],
            };
            let written = write_all(dir, &files)?;
            summary(written.len(), dir, None);
        }
    }
    Ok(())
}

/// Each pack with the options of its run: the as-of date, and the waivers
/// of `waivers` that name its criteria (a waivers file may name criteria of
/// any of the packs: each pack checks and applies those with its prefix).
pub(super) fn with_options(
    packs: Vec<Pack>,
    waivers: Option<&std::path::Path>,
    as_of: Option<PartialDate>,
) -> Result<Vec<(Pack, Options)>, CliError> {
    packs
        .into_iter()
        .map(|pack| {
            let waivers = waivers.map(|path| load_waivers(path, &pack)).transpose()?;
            let options = Options {
                as_of,
                waivers: waivers.map(std::sync::Arc::new),
            };
            Ok((pack, options))
        })
        .collect()
}

/// Reads and checks a waivers file against the pack; prints every problem.
fn load_waivers(path: &std::path::Path, pack: &Pack) -> Result<engine::waivers::Waivers, CliError> {
    let (name, text) = read_input(path)?;
    let ids: Vec<&str> = pack.rules.iter().map(|r| r.meta.id.as_str()).collect();
    engine::waivers::parse(&name, &text, &pack.meta.id, &ids).map_err(|e| {
        super::output::print_problems(&e.problems, |_| Some(text.as_str()));
        CliError::Reported(format!("{e}; nothing was assessed"))
    })
}

/// Parses `--as-of`.
pub fn parse_as_of(text: Option<&str>) -> Result<Option<PartialDate>, CliError> {
    text.map(|t| {
        t.parse::<PartialDate>()
            .map_err(|e| CliError::Usage(format!("--as-of: {e}")))
    })
    .transpose()
}

/// `gapwise report`: renders a results file again, once it is shown to agree
/// with itself and, when the pack is at hand, with its pack.
pub fn rerender(
    path: &std::path::Path,
    format: super::ReportFormat,
    out: Option<&std::path::Path>,
    templates: Option<&std::path::Path>,
    pack: Option<&str>,
    lang: crate::i18n::Lang,
) -> Result<Exit, CliError> {
    let (name, results) = read_results(path)?;
    let mut inconsistencies = results.inconsistencies();
    if inconsistencies.is_empty() {
        inconsistencies = check_packs(&results, pack)?;
    }
    refuse_inconsistent(&name, &inconsistencies)?;
    let given = pack.map(Pack::resolve).transpose()?;
    let templates = with_lang(load_templates(templates)?, lang, given.iter())?;
    if templates.is_bundled() {
        note_other_templates(&results, &templates);
    }
    super::pdf::emit(&results, format, out, &templates)?;
    Ok(Exit::Ok)
}

/// A results file (`assess --format json`) read and parsed, with its name
/// as messages give it; refused when its schema is not the one this build reads.
pub(super) fn read_results(path: &Path) -> Result<(String, Results), CliError> {
    let (name, text) = read_input(path)?;
    let results: Results = serde_json::from_str(&text)
        .map_err(|e| CliError::Usage(format!("`{name}` is not a gapwise results file: {e}")))?;
    if results.schema != RESULTS_V1 {
        return Err(CliError::Usage(format!(
            "`{name}` has schema `{}`; this gapwise reads `{RESULTS_V1}`",
            results.schema
        )));
    }
    Ok((name, results))
}

/// Refuses a results file that does not agree with itself or its packs.
pub(super) fn refuse_inconsistent(name: &str, inconsistencies: &[String]) -> Result<(), CliError> {
    if inconsistencies.is_empty() {
        return Ok(());
    }
    Err(CliError::Usage(format!(
        "`{name}` is not a consistent results file: {}; re-create it with `gapwise assess --format json`",
        inconsistencies.join("; ")
    )))
}

/// Checks each assessment against its pack: the one given with `--pack`,
/// else the bundled pack of the same name and version, if there is one.
fn check_packs(results: &Results, given: Option<&str>) -> Result<Vec<String>, CliError> {
    let given = given.map(Pack::resolve).transpose()?;
    let mut found = Vec::new();
    let mut loaded: Vec<(String, String, Option<Pack>)> = Vec::new();
    // `--pack` checks the assessments made with a pack of its id; those of
    // other packs (a run of several) are checked against the bundled ones.
    if let Some(pack) = &given {
        if !results.assessments.iter().any(|a| a.pack.id == pack.meta.id) {
            found.push(format!(
                "no assessment was made with pack `{}`, which `--pack` gives",
                pack.meta.id
            ));
        }
    }
    for a in &results.assessments {
        if let Some(pack) = given.as_ref().filter(|p| p.meta.id == a.pack.id) {
            found.extend(engine::recheck::against_pack(a, pack));
            continue;
        }
        let key = (a.pack.id.clone(), a.pack.version.clone());
        if !loaded.iter().any(|(id, version, _)| (id, version) == (&key.0, &key.1)) {
            let pack = crate::rules::bundled::pack_files(&a.pack.id)
                .and_then(|files| Pack::from_files(&format!("bundled:{}", a.pack.id), files).ok())
                .filter(|p| p.meta.version == a.pack.version);
            if pack.is_none() {
                noteln!(
                    "note: pack `{}` {} is not bundled with this gapwise: the stamp's pack digest is not checked (give the pack with `--pack`)",
                    a.pack.id,
                    a.pack.version
                );
            }
            loaded.push((key.0.clone(), key.1.clone(), pack));
        }
        if let Some((_, _, Some(pack))) = loaded.iter().find(|(id, version, _)| (id, version) == (&key.0, &key.1)) {
            found.extend(engine::recheck::against_pack(a, pack));
        }
    }
    Ok(found)
}

/// Says when a results file of this gapwise version was rendered with other
/// templates than the bundled ones this report uses.
fn note_other_templates(results: &Results, templates: &Templates) {
    let ours = templates.digest();
    for a in &results.assessments {
        let stamp = &a.stamp;
        match &stamp.templates_digest {
            Some(theirs) if *theirs != ours && stamp.gapwise_version == env!("CARGO_PKG_VERSION") => noteln!(
                "note: `{}` was rendered with other templates (`{theirs}`); this report uses the bundled ones (`{ours}`)",
                a.profile
            ),
            _ => {}
        }
    }
}

/// The packs `--pack` names: one, or a comma-separated list, each a folder
/// or a bundled pack name, in the order given.
pub fn pack_specs(spec: &str) -> Result<Vec<String>, CliError> {
    let mut specs: Vec<String> = Vec::new();
    for part in spec.split(',').map(str::trim) {
        if part.is_empty() {
            return Err(CliError::Usage(format!(
                "--pack `{spec}`: an empty pack name; write `--pack budapest,capacity`"
            )));
        }
        if specs.iter().any(|s| s == part) {
            return Err(CliError::Usage(format!("--pack `{spec}`: `{part}` is named twice")));
        }
        specs.push(part.to_string());
    }
    Ok(specs)
}

/// Resolves a pack and prints its problems (errors, and warnings about its `pack.yaml`).
fn load_pack(spec: &str) -> Result<Pack, CliError> {
    let pack = super::rules_cmd::load_pack(spec)?;
    let pack_file = format!("{}/pack.yaml", pack.dir.trim_end_matches('/'));
    let shown: Vec<_> = pack
        .problems
        .iter()
        .filter(|p| p.is_error() || p.file == pack_file)
        .cloned()
        .collect();
    super::output::print_problems(&shown, |file| {
        pack.rules.iter().find(|r| r.file == file).map(|r| r.source.as_str())
    });
    Ok(pack)
}

pub fn run(args: &AssessArgs) -> Result<Exit, CliError> {
    let as_of = parse_as_of(args.as_of.as_deref())?;
    let specs = pack_specs(&args.pack)?;
    let packs = specs
        .iter()
        .map(|spec| load_pack(spec))
        .collect::<Result<Vec<_>, _>>()?;
    let templates = with_lang(load_templates(args.templates.as_deref())?, args.lang, &packs)?;
    let packs = with_options(packs, args.waivers.as_deref(), as_of)?;
    let Some(format) = args.format.text() else {
        return run_pdf(args, &packs, &templates);
    };
    let paths = crate::batch::expand(&args.profiles)?;
    if args.out.is_none() && format == Format::Html && paths.len() > 1 {
        return Err(CliError::Usage(
            "HTML gives one file per profile: add `--out DIR`".into(),
        ));
    }
    let run = crate::batch::Run {
        packs: &packs,
        templates: &templates,
        format,
        max_input: super::max_input(),
        threads: None,
    };
    let started = std::time::Instant::now();
    let bar = Progress::new(paths.len() as u64, super::terminal::quiet());
    let mut sink = match &args.out {
        Some(dir) => Sink::folder(dir, format)?,
        None => Sink::stdout(format)?,
    };
    let result = crate::batch::assess_paths(&paths, &run, &mut sink, &|| bar.tick());
    bar.finish();
    result?;
    let tally = sink.finish()?;
    if let Some(dir) = &args.out {
        summary(tally.written, dir, Some(started.elapsed()));
    }
    Ok(verdict(&tally, args.fail_under))
}

/// `--format pdf`: the reports are printed one by one by a browser, which
/// takes seconds each; the run is held in memory and written at the end.
fn run_pdf(args: &AssessArgs, packs: &[(Pack, Options)], templates: &Templates) -> Result<Exit, CliError> {
    let inputs = load_profiles(&args.profiles)?;
    let mut assessments = Vec::with_capacity(inputs.len() * packs.len());
    for input in &inputs {
        let mut of_profile: Vec<Assessment> = engine::assess_packs(packs, input);
        engine::questions::mark_asked_elsewhere(&mut of_profile);
        assessments.extend(of_profile);
    }
    let results = Results {
        schema: RESULTS_V1.to_string(),
        assessments,
    };
    super::pdf::emit(&results, args.format, args.out.as_deref(), templates)?;
    let mut tally = super::output::Tally::default();
    for a in &results.assessments {
        tally.scores.push((a.country.name.clone(), a.overall.score));
        tally
            .broken
            .extend(a.criteria.iter().filter(|c| c.failure.is_some()).map(|c| c.id.clone()));
    }
    Ok(verdict(&tally, args.fail_under))
}

/// The exit code a run earns: rules that broke, then scores under `--fail-under`.
fn verdict(tally: &super::output::Tally, fail_under: Option<f64>) -> Exit {
    if !tally.broken.is_empty() {
        errln!(
            "error: {} rule(s) broke and were reported as `error`: {}",
            tally.broken.len(),
            tally.broken.iter().map(String::as_str).collect::<Vec<_>>().join(", ")
        );
        return Exit::RuleErrors;
    }
    if let Some(threshold) = fail_under {
        let below: Vec<String> = tally
            .scores
            .iter()
            .filter(|(_, score)| score.unwrap_or(0.0) < threshold)
            .map(|(country, score)| format!("{country} ({})", score.map_or("n/a".into(), |s| format!("{s}%"))))
            .collect();
        if !below.is_empty() {
            errln!("below --fail-under {threshold}%: {}", below.join(", "));
            return Exit::Gaps;
        }
    }
    Exit::Ok
}

/// One line for a run written to a folder: `wrote 1,000 reports to out/ in 0.8 s`.
fn summary(files: usize, dir: &Path, took: Option<std::time::Duration>) {
    let what = if files == 1 { "report" } else { "reports" };
    let took = took
        .map(|t| format!(" in {:.1} s", t.as_secs_f64()))
        .unwrap_or_default();
    noteln!("wrote {} {what} to {}{took}", thousands(files), dir.display());
}

/// `1000` as `1,000`.
fn thousands(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out
}
