//! `gapwise rules ...`: the rule author's commands.

use crate::engine::Options;
use crate::rules::Pack;

use super::{CliError, Exit, RulesCommand};

pub fn run(command: &RulesCommand) -> Result<Exit, CliError> {
    match command {
        RulesCommand::List { pack } => list(&Pack::resolve(pack)?),
        RulesCommand::Show { id, pack } => show(&Pack::resolve(pack)?, id),
        RulesCommand::Lint { packs } => lint(packs),
        RulesCommand::New { pack, id } => scaffold(pack, id),
        RulesCommand::Doc {
            pack,
            format,
            templates,
        } => {
            let pack = Pack::resolve(pack)?;
            let templates = super::assess::load_templates(templates.as_deref())?;
            out!("{}", crate::report::render_catalogue(&pack, *format, &templates)?);
            Ok(Exit::Ok)
        }
        RulesCommand::Test {
            packs,
            coverage,
            min_coverage,
        } => test(packs, *coverage || min_coverage.is_some(), *min_coverage),
        RulesCommand::Impact {
            before,
            after,
            profiles,
            as_of,
            json,
        } => {
            let options = Options {
                as_of: super::assess::parse_as_of(as_of.as_deref())?,
                waivers: None,
            };
            let (before, after) = (Pack::resolve(before)?, Pack::resolve(after)?);
            let inputs = super::assess::load_profiles(profiles)?;
            let impact = crate::engine::impact::impact(&before, &after, &inputs, &options);
            if *json {
                let value = serde_json::to_value(&impact).map_err(|e| CliError::Usage(e.to_string()))?;
                super::output::print_json(&value)?;
            } else {
                out!("{}", impact.report());
            }
            Ok(Exit::Ok)
        }
    }
}

fn packs_or_default(packs: &[String]) -> Vec<String> {
    if packs.is_empty() {
        vec![crate::rules::bundled::DEFAULT_PACK.to_string()]
    } else {
        packs.to_vec()
    }
}

fn lint(packs: &[String]) -> Result<Exit, CliError> {
    let (mut errors, mut warnings, mut rules) = (0, 0, 0);
    for spec in packs_or_default(packs) {
        let pack = match Pack::resolve(&spec) {
            Ok(pack) => pack,
            Err(crate::rules::PackError::Invalid { problems, sources, .. }) => {
                super::output::print_problems(&problems, |file| {
                    sources.iter().find(|(f, _)| f == file).map(|(_, t)| t.as_str())
                });
                errors += problems.iter().filter(|p| p.is_error()).count().max(1);
                warnings += problems.iter().filter(|p| !p.is_error()).count();
                rules += sources.iter().filter(|(f, _)| f.ends_with(".rhai")).count();
                continue;
            }
            Err(e) => return Err(e.into()),
        };
        rules += pack.rules.len();
        super::output::print_problems(&pack.problems, |file| {
            pack.rules.iter().find(|r| r.file == file).map(|r| r.source.as_str())
        });
        errors += pack.problems.iter().filter(|p| p.is_error()).count();
        warnings += pack.problems.iter().filter(|p| !p.is_error()).count();
    }
    let summary = format!("{rules} rule(s) checked: {errors} error(s), {warnings} warning(s)");
    if errors > 0 {
        Err(CliError::Reported(summary))
    } else {
        errln!("{summary}");
        Ok(Exit::Ok)
    }
}

fn list(pack: &Pack) -> Result<Exit, CliError> {
    outln!(
        "{} {} ({} criteria, from {})",
        pack.meta.name,
        pack.meta.version,
        pack.rules.len(),
        pack.dir
    );
    let width = pack.rules.iter().map(|r| r.meta.id.len()).max().unwrap_or(2);
    outln!(
        "{:width$}  {:13} {:9} {:>6}  {:14} TITLE",
        "ID",
        "AREA",
        "SEVERITY",
        "WEIGHT",
        "REFERENCE"
    );
    for rule in &pack.rules {
        let m = &rule.meta;
        let broken = if rule.failure.is_some() {
            "  [does not load]"
        } else {
            ""
        };
        outln!(
            "{:width$}  {:13} {:9} {:>6}  {:14} {}{broken}",
            m.id,
            m.area,
            m.severity,
            m.weight,
            m.reference,
            m.title
        );
    }
    Ok(Exit::Ok)
}

fn show(pack: &Pack, id: &str) -> Result<Exit, CliError> {
    let Some(rule) = pack.rule(id) else {
        let help = crate::diag::did_you_mean(id, pack.rules.iter().map(|r| r.meta.id.as_str()))
            .map(|s| format!(": did you mean `{s}`?"))
            .unwrap_or_else(|| ": `gapwise rules list` shows the ids".into());
        return Err(CliError::Usage(format!(
            "no rule `{id}` in pack `{}`{help}",
            pack.meta.id
        )));
    };
    let m = &rule.meta;
    outln!("id:             {}", m.id);
    outln!("title:          {}", m.title);
    outln!("reference:      {}", m.reference);
    outln!("area:           {}", m.area);
    outln!("severity:       {}", m.severity);
    outln!("weight:         {}", m.weight);
    outln!("stage:          {}", m.stage.as_deref().unwrap_or("-"));
    outln!("recommendation: {}", m.recommendation);
    if let Some(note) = &m.note {
        outln!("note:           {note}");
    }
    outln!("file:           {}", rule.file);
    if let Some(f) = &rule.failure {
        outln!("load error:     {}:{}:{}: {}", f.file, f.line, f.column, f.message);
    }
    outln!("\n{}", rule.source.trim_end());
    Ok(Exit::Ok)
}

fn scaffold(dir: &std::path::Path, id: &str) -> Result<Exit, CliError> {
    let pack = Pack::from_dir(dir)?;
    if pack.rule(id).is_some() {
        return Err(CliError::Usage(format!(
            "pack `{}` already has a rule `{id}`",
            pack.meta.id
        )));
    }
    let plan = crate::rules::scaffold::plan(dir, &pack.meta, id).map_err(|e| CliError::Usage(e.to_string()))?;
    let tests = dir.join("tests");
    std::fs::create_dir_all(&tests).map_err(|source| CliError::Write {
        file: tests.display().to_string(),
        source,
    })?;
    let files = [
        (plan.rule_path.as_path(), plan.rule.as_str()),
        (plan.test_path.as_path(), plan.test.as_str()),
    ];
    for written in super::output::write_new(&files)? {
        outln!("wrote {written}");
    }
    outln!(
        "next: edit both files, then `gapwise rules lint {0}` and `gapwise rules test {0}`",
        dir.display()
    );
    Ok(Exit::Ok)
}

fn test(packs: &[String], show_coverage: bool, min_coverage: Option<f64>) -> Result<Exit, CliError> {
    let specs = packs_or_default(packs);
    let (mut passed, mut failed, mut bad_files, mut below) = (0, 0, 0, Vec::new());
    for spec in &specs {
        let pack = Pack::resolve(spec)?;
        let run = crate::rules::testing::run_pack_tests(&pack);
        if show_coverage {
            out!("{}", run.coverage.report());
            let percent = run.coverage.percent();
            if min_coverage.is_some_and(|min| percent < min) {
                below.push(format!("{} ({percent:.1}%)", pack.meta.id));
            }
        }
        out!("{}", run.report());
        bad_files += run.problems.iter().filter(|p| p.is_error()).count();
        passed += run.passed();
        failed += run.failed();
    }
    if specs.len() > 1 {
        outln!("all packs: {passed} passed, {failed} failed");
    }
    if bad_files > 0 {
        return Err(CliError::Reported(String::new()));
    }
    if !below.is_empty() {
        errln!(
            "coverage below --min-coverage {}%: {}",
            min_coverage.unwrap_or_default(),
            below.join(", ")
        );
        return Ok(Exit::Gaps);
    }
    Ok(if failed > 0 { Exit::Gaps } else { Exit::Ok })
}
