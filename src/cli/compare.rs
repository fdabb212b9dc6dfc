//! `gapwise compare`: a country x criterion matrix.

use crate::engine::compare;
use crate::report::{self, Format};

use super::assess::{load_profiles, load_templates, parse_as_of};
use super::output::write_all;
use super::{CliError, CompareArgs, Exit};

pub fn run(args: &CompareArgs) -> Result<Exit, CliError> {
    let as_of = parse_as_of(args.as_of.as_deref())?;
    let pack = super::rules_cmd::load_pack(&args.pack)?;
    let templates = super::assess::with_lang(load_templates(args.templates.as_deref())?, args.lang, [])?;
    let inputs = load_profiles(&args.inputs)?;
    for problem in pack.problems.iter().filter(|p| p.is_error()) {
        eprintln!("{problem}");
    }
    let by_region = matches!(args.group_by, Some(GroupBy::Region));
    let matrix =
        compare::matrix(&pack, &inputs, as_of, args.sort, by_region).map_err(|e| CliError::Usage(e.to_string()))?;
    let text = report::compare::render(&matrix, args.format, args.shape, &templates)?;
    match &args.out {
        None => out!("{text}"),
        Some(dir) => {
            let name = match (args.format, args.shape) {
                (Format::Csv, report::compare::Shape::Long) => "compare-long.csv".to_string(),
                (format, _) => format!("compare.{}", format.extension()),
            };
            for file in write_all(dir, &[(name, text)])? {
                eprintln!("wrote {file}");
            }
        }
    }
    Ok(Exit::Ok)
}

/// How rows are grouped.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum GroupBy {
    /// By the profile's `country.region`, with subtotals.
    Region,
}
