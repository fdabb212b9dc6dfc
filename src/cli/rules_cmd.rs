//! `gapwise rules ...`: the rule author's commands.

use crate::engine::Options;
use crate::rules::Pack;

use super::{CliError, Exit, RulesCommand};

pub fn run(command: &RulesCommand) -> Result<Exit, CliError> {
    match command {
        RulesCommand::List { pack, stray } => {
            no_stray("list", stray)?;
            list(&load_pack(pack)?)
        }
        RulesCommand::Show { id, pack, stray } => {
            no_stray("show", stray)?;
            show(&load_pack(pack)?, id)
        }
        RulesCommand::Lint { packs, lang, stray } => {
            no_stray("lint", stray)?;
            lint(packs, *lang)
        }
        RulesCommand::Init { dir, from } => init(dir, from),
        RulesCommand::New {
            pack,
            id,
            bundled_source,
            stray,
        } => {
            no_stray("new", stray)?;
            scaffold(pack, id, *bundled_source)
        }
        RulesCommand::Doc {
            pack,
            format,
            templates,
            lang,
            stray,
        } => {
            no_stray("doc", stray)?;
            let pack = load_pack(pack)?;
            let templates =
                super::assess::with_lang(super::assess::load_templates(templates.as_deref())?, *lang, [&pack])?;
            out!("{}", crate::report::render_catalogue(&pack, *format, &templates)?);
            Ok(Exit::Ok)
        }
        RulesCommand::Test {
            packs,
            coverage,
            min_coverage,
            stray,
        } => {
            no_stray("test", stray)?;
            test(packs, *coverage || min_coverage.is_some(), *min_coverage)
        }
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
            let (before, after) = (load_pack(before)?, load_pack(after)?);
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

/// Loads the pack a command names; when a bundled name is given and a
/// folder of that name in the working directory differs from the bundled
/// copy, says which one runs.
pub(crate) fn load_pack(spec: &str) -> Result<Pack, CliError> {
    if crate::rules::bundled::is_bundled_name(spec) {
        if let Some(note) = crate::rules::bundled::shadow_note(spec) {
            noteln!("note: {note}");
        }
    }
    Ok(Pack::resolve(spec)?)
}

/// The old positional form (`rules lint rules/budapest`): every `rules`
/// command now names its pack with `--pack`.
fn no_stray(command: &str, stray: &[String]) -> Result<(), CliError> {
    match stray.first() {
        None => Ok(()),
        Some(first) => Err(CliError::Usage(format!(
            "unexpected argument `{first}`: name the pack with `--pack {first}` (`gapwise rules {command} --pack PACK`); every `rules` command takes the pack that way"
        ))),
    }
}

fn packs_or_default(packs: &[String]) -> Vec<String> {
    if packs.is_empty() {
        vec![crate::rules::bundled::DEFAULT_PACK.to_string()]
    } else {
        packs.to_vec()
    }
}

fn lint(packs: &[String], lang: Option<crate::i18n::Lang>) -> Result<Exit, CliError> {
    let (mut errors, mut warnings, mut rules) = (0, 0, 0);
    for spec in packs_or_default(packs) {
        let pack = match load_pack(&spec) {
            Ok(pack) => pack,
            Err(CliError::Pack(crate::rules::PackError::Invalid { problems, sources, .. })) => {
                super::output::print_problems(&problems, |file| {
                    sources.iter().find(|(f, _)| f == file).map(|(_, t)| t.as_str())
                });
                errors += problems.iter().filter(|p| p.is_error()).count().max(1);
                warnings += problems.iter().filter(|p| !p.is_error()).count();
                rules += sources.iter().filter(|(f, _)| f.ends_with(".rhai")).count();
                continue;
            }
            Err(e) => return Err(e),
        };
        rules += pack.rules.len();
        let mut problems = pack.problems.clone();
        problems.extend(crate::rules::lint::check_pack(&pack));
        problems.extend(crate::rules::lint::translations::check_message_keys(&pack));
        problems.extend(crate::rules::lint::translations::check_translations(&pack, lang));
        crate::diag::sort(&mut problems);
        super::output::print_problems(&problems, |file| {
            pack.rules.iter().find(|r| r.file == file).map(|r| r.source.as_str())
        });
        errors += problems.iter().filter(|p| p.is_error()).count();
        warnings += problems.iter().filter(|p| !p.is_error()).count();
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
        pack.version_label(),
        pack.rules.len(),
        pack.dir
    );
    let width = pack.rules.iter().map(|r| r.meta.id.len()).max().unwrap_or(2);
    let stage_width = pack
        .meta
        .maturity
        .stages
        .iter()
        .map(String::len)
        .max()
        .unwrap_or(5)
        .max(5);
    // Packs tagged with capacity pillars and factors show them too.
    let tagged = pack
        .rules
        .iter()
        .any(|r| r.meta.pillar.is_some() || r.meta.factor.is_some());
    let tags = |pillar: &str, factor: &str| {
        if tagged {
            format!("{pillar:26} {factor:8} ")
        } else {
            String::new()
        }
    };
    outln!(
        "{:width$}  {:13} {:9} {:>6}  {:stage_width$} {}{:14} TITLE",
        "ID",
        "AREA",
        "SEVERITY",
        "WEIGHT",
        "STAGE",
        tags("PILLAR", "FACTOR"),
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
            "{:width$}  {:13} {:9} {:>6}  {:stage_width$} {}{:14} {}{broken}",
            m.id,
            m.area,
            m.severity,
            m.weight,
            m.stage.as_deref().unwrap_or("-"),
            tags(m.pillar.as_deref().unwrap_or("-"), m.factor.as_deref().unwrap_or("-")),
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

/// `gapwise rules init DIR --from PACK`: a copy of a pack to edit.
fn init(dir: &std::path::Path, from: &str) -> Result<Exit, CliError> {
    let files = Pack::source_files(from)?;
    let occupied = std::fs::read_dir(dir).map(|mut d| d.next().is_some()).unwrap_or(false);
    if occupied || (dir.exists() && !dir.is_dir()) {
        return Err(CliError::Usage(format!(
            "`{}` already exists and is not an empty folder: give a new folder",
            dir.display()
        )));
    }
    let paths: Vec<(std::path::PathBuf, &str)> = files
        .iter()
        .map(|(name, text)| (dir.join(name), text.as_str()))
        .collect();
    for (path, _) in &paths {
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).map_err(|source| CliError::Write {
                file: parent.display().to_string(),
                source,
            })?;
        }
    }
    let refs: Vec<(&std::path::Path, &str)> = paths.iter().map(|(p, t)| (p.as_path(), *t)).collect();
    let written = super::output::write_new(&refs)?;
    let shown = dir.display().to_string();
    let shown = if shown.contains(['/', '\\']) {
        shown
    } else {
        format!("./{shown}")
    };
    outln!(
        "copied pack `{from}` into `{}` ({} files)",
        dir.display(),
        written.len()
    );
    outln!("next: gapwise rules new --pack {shown} ID");
    outln!("      gapwise rules lint --pack {shown} && gapwise rules test --pack {shown}");
    outln!("      gapwise rules impact --before {from} --after {shown} profiles/*.yaml");
    outln!("      gapwise assess --pack {shown} PROFILE");
    Ok(Exit::Ok)
}

fn scaffold(spec: &str, id: &str, bundled_source: bool) -> Result<Exit, CliError> {
    if crate::rules::bundled::is_bundled_name(spec) {
        return Err(CliError::Usage(format!(
            "`{spec}` is the pack built into gapwise, which `rules new` cannot change: make a copy to edit with \
             `gapwise rules init my-pack --from {spec}`, then `gapwise rules new --pack ./my-pack {id}`"
        )));
    }
    let dir = std::path::Path::new(spec);
    let source_of = crate::rules::bundled::source_of(dir);
    if let (Some(name), false) = (&source_of, bundled_source) {
        return Err(CliError::Usage(format!(
            "`{spec}` is the source folder of the bundled pack `{name}`: gapwise runs the copy built into it, so a rule \
             written here stays invisible to `assess` and `rules list` until gapwise is rebuilt. Make a copy to edit with \
             `gapwise rules init my-pack --from {name}`; to change the bundled pack itself, pass `--bundled-source`"
        )));
    }
    let pack = Pack::from_dir(dir)?;
    if pack.rule(id).is_some() {
        return Err(CliError::Usage(format!(
            "pack `{}` already has a rule `{id}`",
            pack.meta.id
        )));
    }
    let plan = crate::rules::scaffold::plan(dir, &pack, id).map_err(|e| CliError::Usage(e.to_string()))?;
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
    // Name only the files that hold placeholders (today the rule alone).
    let to_fill: Vec<String> = files
        .iter()
        .filter(|(_, text)| text.contains(crate::rules::lint::PLACEHOLDER))
        .map(|(path, _)| format!("`{}`", path.display()))
        .collect();
    let first = if to_fill.is_empty() {
        String::from("next:")
    } else {
        format!(
            "next: replace every `{}` in {},",
            crate::rules::lint::PLACEHOLDER,
            to_fill.join(" and ")
        )
    };
    outln!("{first} then `gapwise rules lint --pack {spec}` and `gapwise rules test --pack {spec}`");
    if let Some(name) = source_of {
        outln!(
            "this is the source of the bundled pack `{name}`: rebuild (`cargo build --release`) before `assess` or \
             `rules list` see the rule (until then, `--pack {spec}`), and update the report snapshots with \
             `INSTA_UPDATE=always cargo test --release` (read the `.snap` diffs before committing)"
        );
    } else {
        outln!("      then `gapwise assess --pack {spec} PROFILE`");
    }
    Ok(Exit::Ok)
}

fn test(packs: &[String], show_coverage: bool, min_coverage: Option<f64>) -> Result<Exit, CliError> {
    let specs = packs_or_default(packs);
    let (mut passed, mut failed, mut bad_files, mut below) = (0, 0, 0, Vec::new());
    for spec in &specs {
        let pack = load_pack(spec)?;
        let run = crate::engine::testing::run_pack_tests(&pack);
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
