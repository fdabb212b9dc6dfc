//! `gapwise compare`: a country x criterion matrix per pack.

use crate::engine::compare;
use crate::report::{self, Format};

use super::assess::{load_templates, parse_as_of};
use super::output::write_all;
use super::snapshots::{load, load_packs};
use super::{CliError, CompareArgs, Exit};

pub fn run(args: &CompareArgs) -> Result<Exit, CliError> {
    let as_of = parse_as_of(args.as_of.as_deref())?;
    let packs = load_packs(&args.pack)?;
    let templates = super::assess::with_lang(load_templates(args.templates.as_deref())?, args.lang, &packs)?;
    let packs = super::assess::with_options(packs, args.waivers.as_deref(), as_of)?;
    let inputs = load(&args.inputs)?;
    let by_region = matches!(args.group_by, Some(GroupBy::Region));
    let comparison =
        compare::matrices(&packs, &inputs, as_of, args.sort, by_region).map_err(|e| CliError::Usage(e.to_string()))?;
    let Some(format) = args.format.text() else {
        let dir = super::pdf::pdf_dir(args.out.as_deref())?;
        let html = report::compare::render(&comparison, Format::Html, args.shape, &templates)?;
        super::pdf::print_pages(dir, vec![("compare.html".into(), html)])?;
        return Ok(Exit::Ok);
    };
    let text = report::compare::render(&comparison, format, args.shape, &templates)?;
    match &args.out {
        None => out!("{text}"),
        Some(dir) => {
            let name = match (format, args.shape) {
                (Format::Csv, report::compare::Shape::Long) => "compare-long.csv".to_string(),
                (format, _) => format!("compare.{}", format.extension()),
            };
            for file in write_all(dir, &[(name, text)])? {
                noteln!("wrote {file}");
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
