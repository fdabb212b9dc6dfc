//! `gapwise progress`: what changed between snapshots of a country, telling
//! real change from new evidence, for each pack of the run.

use crate::engine::progress::{self, Progress};
use crate::engine::snapshot::Snapshot;
use crate::engine::Options;
use crate::report::{self, Format};

use super::assess::load_templates;
use super::output::write_all;
use super::snapshots::{load, load_packs};
use super::{CliError, Exit, ProgressArgs};

pub fn run(args: &ProgressArgs) -> Result<Exit, CliError> {
    let packs = load_packs(&args.pack)?;
    let templates = super::assess::with_lang(load_templates(args.templates.as_deref())?, args.lang, &packs)?;
    if args.every.is_none() && (args.from.is_some() || args.to.is_some()) {
        return Err(CliError::Usage("--from and --to go with `--every year`".into()));
    }
    let inputs = load(&args.inputs)?;
    let options = Options::default();
    let usage = |e: progress::ProgressError| CliError::Usage(e.to_string());
    let result: Progress = match args.every {
        Some(Every::Year) => {
            let input = match inputs.as_slice() {
                [Snapshot::Profile(input)] => input,
                [one @ Snapshot::Assessed { .. }] => {
                    return Err(CliError::Usage(format!(
                        "`{}` is a results file: `--every year` needs a profile, which can be assessed as of any date",
                        one.file()
                    )))
                }
                _ => {
                    return Err(CliError::Usage(format!(
                        "`--every year` follows one profile through time; {} were given",
                        inputs.len()
                    )))
                }
            };
            let dates = progress::yearly_dates(&input.profile, args.from, args.to).map_err(usage)?;
            progress::timeline(&packs, input, &dates, &options).map_err(usage)?
        }
        None => progress::across_snapshots(&packs, &inputs, &options).map_err(usage)?,
    };
    let Some(format) = args.format.text() else {
        let dir = super::pdf::pdf_dir(args.out.as_deref())?;
        return per_country(&result, Format::Html, &templates)
            .and_then(|pages| super::pdf::print_pages(dir, pages))
            .map(|()| Exit::Ok);
    };
    match &args.out {
        None => {
            out!("{}", report::progress::render(&result, format, &templates)?);
        }
        Some(dir) => {
            let files = match format {
                Format::Md | Format::Html => per_country(&result, format, &templates)?,
                format => vec![(
                    format!("progress.{}", format.extension()),
                    report::progress::render(&result, format, &templates)?,
                )],
            };
            for file in write_all(dir, &files)? {
                noteln!("wrote {file}");
            }
        }
    }
    Ok(Exit::Ok)
}

/// A report per country: its file name and text.
fn per_country(
    result: &Progress,
    format: Format,
    templates: &report::Templates,
) -> Result<Vec<(String, String)>, CliError> {
    result
        .countries
        .iter()
        .map(|c| {
            let one = Progress {
                countries: vec![c.clone()],
                ..result.clone()
            };
            Ok((
                report::progress::file_name(c, format),
                report::progress::render(&one, format, templates)?,
            ))
        })
        .collect()
}

/// How often a timeline takes a point.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Every {
    /// 31 December of each year (the snapshot's own date in its year).
    Year,
}
