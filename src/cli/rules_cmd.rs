//! `gapwise rules ...`: the rule author's commands.

use crate::rules::Pack;

use super::{CliError, Exit, RulesCommand};

pub fn run(command: &RulesCommand) -> Result<Exit, CliError> {
    match command {
        RulesCommand::List { pack } => list(&Pack::resolve(pack)?),
        RulesCommand::Show { id, pack } => show(&Pack::resolve(pack)?, id),
    }
}

fn list(pack: &Pack) -> Result<Exit, CliError> {
    println!(
        "{} {} ({} criteria, from {})",
        pack.meta.name,
        pack.meta.version,
        pack.rules.len(),
        pack.dir
    );
    let width = pack
        .rules
        .iter()
        .map(|r| r.meta.id.len())
        .max()
        .unwrap_or(2);
    println!(
        "{:width$}  {:13} {:9} {:>6}  {:14} TITLE",
        "ID", "AREA", "SEVERITY", "WEIGHT", "REFERENCE"
    );
    for rule in &pack.rules {
        let m = &rule.meta;
        let broken = if rule.failure.is_some() {
            "  [does not load]"
        } else {
            ""
        };
        println!(
            "{:width$}  {:13} {:9} {:>6}  {:14} {}{broken}",
            m.id, m.area, m.severity, m.weight, m.reference, m.title
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
    println!("id:             {}", m.id);
    println!("title:          {}", m.title);
    println!("reference:      {}", m.reference);
    println!("area:           {}", m.area);
    println!("severity:       {}", m.severity);
    println!("weight:         {}", m.weight);
    println!("stage:          {}", m.stage.as_deref().unwrap_or("-"));
    println!("recommendation: {}", m.recommendation);
    if let Some(note) = &m.note {
        println!("note:           {note}");
    }
    println!("file:           {}", rule.file);
    if let Some(f) = &rule.failure {
        println!(
            "load error:     {}:{}:{}: {}",
            f.file, f.line, f.column, f.message
        );
    }
    println!("\n{}", rule.source.trim_end());
    Ok(Exit::Ok)
}
