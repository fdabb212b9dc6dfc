//! The command line: parses arguments, calls the library, maps results to
//! exit codes. Everything it does is available from the library too.

/// `print!` that ends quietly when the reader goes away (`gapwise ... | head`).
macro_rules! out {
    ($($arg:tt)*) => { $crate::cli::output::write_stdout(format_args!($($arg)*)) };
}

/// `println!` that ends quietly when the reader goes away.
macro_rules! outln {
    ($($arg:tt)*) => { $crate::cli::output::write_stdout(format_args!("{}\n", format_args!($($arg)*))) };
}

/// `eprintln!` that never panics on a full or closed standard error.
macro_rules! errln {
    ($($arg:tt)*) => { $crate::cli::output::write_stderr(format_args!("{}\n", format_args!($($arg)*))) };
}

/// `eprint!` that never panics on a full or closed standard error.
macro_rules! err {
    ($($arg:tt)*) => { $crate::cli::output::write_stderr(format_args!($($arg)*)) };
}

/// A note on standard error (`wrote FILE`, `note: ...`) that `--quiet` silences.
macro_rules! noteln {
    ($($arg:tt)*) => {
        if !$crate::cli::terminal::quiet() {
            $crate::cli::output::write_stderr(format_args!("{}\n", format_args!($($arg)*)))
        }
    };
}

/// A detail on standard error that only `--verbose` shows.
macro_rules! verboseln {
    ($($arg:tt)*) => {
        if $crate::cli::terminal::verbose() {
            $crate::cli::output::write_stderr(format_args!("{}\n", format_args!($($arg)*)))
        }
    };
}

mod assess;
mod compare;
mod import;
mod output;
mod pdf;
mod progress;
mod rules_cmd;
mod snapshots;
mod staging;
pub(crate) mod terminal;
mod validate;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

use crate::report::Format;

/// Exit codes, as documented in the README.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Exit {
    /// Everything went well.
    Ok = 0,
    /// A profile scored below `--fail-under`.
    Gaps = 1,
    /// Bad input or usage: nothing (or nothing more) was written.
    Input = 2,
    /// A rule broke; the other rules' results were still written.
    RuleErrors = 3,
}

/// Errors that stop a command; each is shown to the user and exits 2.
#[derive(Debug, thiserror::Error)]
pub enum CliError {
    #[error(transparent)]
    Input(#[from] crate::input::InputError),
    #[error(transparent)]
    Pack(#[from] crate::rules::PackError),
    #[error(transparent)]
    Report(#[from] crate::report::ReportError),
    #[error("{0}\n  help: {help}", help = .0.help())]
    Pdf(#[from] crate::report::pdf::PdfError),
    #[error("{0}\n  help: {1}")]
    Import(crate::import::ImportError, &'static str),
    #[error("{0}")]
    Usage(String),
    #[error("cannot write `{file}`: {source}")]
    Write { file: String, source: std::io::Error },
    /// Problems already printed.
    #[error("{0}")]
    Reported(String),
}

const ABOUT: &str = "Assess country cyber-policy profiles against rule packs and write gap-analysis reports.";

const AFTER_HELP: &str = "\
Exit codes: 0 ok, 1 a score is below --fail-under, 2 bad input or usage, 3 a rule broke.

Start with:
  gapwise assess profiles/mexico-2014.yaml            Markdown report on the terminal
  gapwise assess profiles/mexico-2014.yaml --format html --out out/
  gapwise assess profiles/mexico-2014.yaml --format pdf --out out/   A4, printed by Chromium
  gapwise validate profiles/*.yaml                    every problem, with line and column
  gapwise rules list                                   the criteria of the bundled pack";

#[derive(Debug, Parser)]
#[command(name = "gapwise", version, about = ABOUT, after_help = AFTER_HELP, max_term_width = 100)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
    /// Largest input file read, in MB (default 16; also GAPWISE_MAX_INPUT_MB).
    #[arg(long, global = true, value_name = "MB", value_parser = clap::value_parser!(u64).range(1..=4096))]
    pub max_input_mb: Option<u64>,
    /// Print only errors and warnings: no `wrote FILE`, notes or progress bar.
    #[arg(long, short, global = true, conflicts_with = "verbose")]
    pub quiet: bool,
    /// Print more: the files read, the browser used and how long printing and
    /// the whole run took, and what rules `print`.
    #[arg(long, short, global = true)]
    pub verbose: bool,
}

/// `--format` of `assess` and `report`: the report formats, and PDF.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ReportFormat {
    /// Markdown, to read in a terminal or paste into a document.
    Md,
    /// One self-contained HTML page per assessment, to read or print.
    Html,
    /// The results format (`gapwise/results/v1`).
    Json,
    /// One row per criterion, for spreadsheets.
    Csv,
    /// The HTML report printed on A4 by a headless Chromium (needs `--out DIR`).
    Pdf,
}

impl ReportFormat {
    /// The report format rendered as text, or `None` for PDF.
    pub fn text(self) -> Option<Format> {
        match self {
            ReportFormat::Md => Some(Format::Md),
            ReportFormat::Html => Some(Format::Html),
            ReportFormat::Json => Some(Format::Json),
            ReportFormat::Csv => Some(Format::Csv),
            ReportFormat::Pdf => None,
        }
    }
}

/// Environment variable giving the input cap in MB, when `--max-input-mb` does not.
pub const MAX_INPUT_ENV: &str = "GAPWISE_MAX_INPUT_MB";

static MAX_INPUT: std::sync::OnceLock<u64> = std::sync::OnceLock::new();

/// Sets the cap on input files from `--max-input-mb` or the environment.
fn set_max_input(flag: Option<u64>) -> Result<(), CliError> {
    let mb = match (flag, std::env::var(MAX_INPUT_ENV)) {
        (Some(mb), _) => Some(mb),
        (None, Ok(text)) => Some(
            text.trim()
                .parse::<u64>()
                .ok()
                .filter(|mb| (1..=4096).contains(mb))
                .ok_or_else(|| {
                    CliError::Usage(format!(
                        "{MAX_INPUT_ENV}=`{text}`: give a whole number of MB from 1 to 4096"
                    ))
                })?,
        ),
        (None, Err(_)) => None,
    };
    let bytes = mb.map_or(crate::input::DEFAULT_MAX_INPUT, |mb| mb * 1024 * 1024);
    let _ = MAX_INPUT.set(bytes);
    Ok(())
}

/// Reads an input file (or `-`, standard input) under the input cap.
pub(crate) fn read_input(path: &std::path::Path) -> Result<(String, String), crate::input::InputError> {
    let read = crate::input::read_text_capped(path, max_input())?;
    verboseln!("read `{}` ({} bytes)", read.0, read.1.len());
    Ok(read)
}

/// The cap on one input file, in bytes.
pub(crate) fn max_input() -> u64 {
    MAX_INPUT.get().copied().unwrap_or(crate::input::DEFAULT_MAX_INPUT)
}

impl From<crate::batch::RunError> for CliError {
    fn from(e: crate::batch::RunError) -> Self {
        match e {
            crate::batch::RunError::Batch(e) => e.into(),
            crate::batch::RunError::Report(e) => e.into(),
            crate::batch::RunError::Sink(message) => CliError::Usage(message),
        }
    }
}

impl From<crate::batch::BatchError> for CliError {
    fn from(e: crate::batch::BatchError) -> Self {
        match e {
            crate::batch::BatchError::Invalid { .. } => {
                CliError::Reported(format!("{e} (run `gapwise validate` for details)"))
            }
            _ => CliError::Usage(e.to_string()),
        }
    }
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Assess profiles against a rule pack and write a report per profile.
    ///
    /// Each criterion ends as met, partly met, not met, not applicable, no data
    /// (the facts to collect are listed) or error (the rule itself broke).
    /// Scores count met as 1, partly met as 1/2 and not met as 0, weighted;
    /// criteria without data are left out of the score and shown as coverage.
    Assess(AssessArgs),
    /// Check profiles: types, misspelt keys, impossible dates, consistency.
    ///
    /// Reports every problem of every file at once, as FILE:LINE:COLUMN with a
    /// hint. Exits 2 when any file has an error; warnings alone exit 0.
    Validate {
        /// Profile files or folders of them, searched recursively for `*.yaml`, `*.yml` (`-` reads standard input).
        #[arg(required = true, value_name = "PROFILE|DIR")]
        files: Vec<PathBuf>,
    },
    /// Work with rule packs: list, show, test, lint, doc, init, new, impact of a change.
    #[command(subcommand)]
    Rules(RulesCommand),
    /// Render reports again from a results file, without evaluating.
    Report {
        /// A results file written by `gapwise assess --format json` (`-` reads standard input).
        results: PathBuf,
        #[arg(long, value_enum, default_value = "md")]
        format: ReportFormat,
        /// Write into this folder instead of standard output.
        #[arg(long, value_name = "DIR")]
        out: Option<PathBuf>,
        #[arg(long, value_name = "PATH", help = BROWSER_HELP)]
        browser: Option<PathBuf>,
        /// Folder of templates overriding the bundled ones, file by file.
        #[arg(long, value_name = "DIR")]
        templates: Option<PathBuf>,
        /// The pack the results were made with (a bundled pack name or a
        /// folder), to check the stamp's pack digest and the criteria
        /// against; by default the bundled pack of the same name and version.
        #[arg(long, value_name = "PACK")]
        pack: Option<String>,
        /// Language of the report: en, fr or es (texts a translation lacks stay English, and the methodology annex says where).
        #[arg(long, value_enum, default_value = "en", value_name = "LANG")]
        lang: crate::i18n::Lang,
    },
    /// What changed between snapshots of a country: real change told apart
    /// from new evidence.
    ///
    /// `progress OLD NEW`, or `progress FILES|DIR` for every country with two
    /// or more snapshots (grouped by country code, ordered by date), or
    /// `progress PROFILE --every year [--from YEAR] [--to YEAR]` to follow one
    /// profile through time (facts without a date are named as assumed constant).
    /// Snapshots may be profiles or results files (`assess --format json`).
    ///
    /// Each pack (`budapest,capacity` by default) gets its own section. Each
    /// criterion's transition is classified: improved (`not_met ->
    /// partly_met/met`), regressed, newly known (`no_data -> anything`: new
    /// evidence, not change), evidence lost (a verdict turning to `no_data`),
    /// changed (to or from not applicable, waived, error) or unchanged. The
    /// score change is split, per area and overall, into what real change
    /// moved (criteria known at both dates) and what new evidence moved, with
    /// coverage and stage beside it. A narrative lists the facts that changed,
    /// with their dates and sources, once. HTML adds a chart of area scores
    /// and coverage per pack.
    Progress(ProgressArgs),
    /// A country x criterion matrix per pack: rows are countries, columns
    /// criteria grouped by area.
    ///
    /// Takes each country's latest snapshot, a profile or a results file
    /// (with `--as-of`, the latest profile not after that date, assessed as
    /// of it). Each cell shows the outcome by symbol and colour; each row the
    /// score (marked when the evidence is insufficient), its lower bound and
    /// coverage; each column how many countries meet it; `--waivers` lists
    /// the waivers that applied. `--group-by region` adds
    /// subtotals per region. HTML has sticky headers and numbered columns
    /// with the full title on hover and in a key, and prints on A3 landscape;
    /// CSV comes wide (a column per criterion) or long (`--shape long`).
    Compare(CompareArgs),
    /// Print the JSON Schema of the profile format (for editors' completion).
    Schema,
    /// Turn a country page's text (Council of Europe Octopus wiki) into a
    /// profile draft that validates, with a quote behind every fact.
    ///
    /// Writes YAML to standard output (or `--out FILE`) and a summary to
    /// standard error: facts found, facts to collect, sentences kept as notes.
    Import {
        /// The page saved as UTF-8 text (`-` reads standard input).
        page: PathBuf,
        /// Write the draft to this file instead of standard output.
        #[arg(long, value_name = "FILE")]
        out: Option<PathBuf>,
        /// ISO 3166-1 alpha-2 code of the country, when the page or file name does not give it.
        #[arg(long, value_name = "XX")]
        country_code: Option<String>,
        /// Where the page was taken from; recorded as its source's url.
        #[arg(long, value_name = "URL")]
        source_url: Option<String>,
        /// Snapshot date (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`) when the page has no "last updated" label.
        #[arg(long, value_name = "DATE")]
        as_of: Option<String>,
    },
    /// Print a shell completion script: `gapwise completions bash > /etc/bash_completion.d/gapwise`.
    ///
    /// bash: save it under `/etc/bash_completion.d/` or `~/.local/share/bash-completion/completions/gapwise`;
    /// zsh: as `_gapwise` in a folder of `$fpath`; fish: as `~/.config/fish/completions/gapwise.fish`.
    Completions {
        /// The shell.
        #[arg(value_enum)]
        shell: terminal::Shell,
    },
    /// Print the man page (roff), generated from this command line: `gapwise
    /// man > gapwise.1`, and a command's page: `gapwise man assess > gapwise-assess.1`.
    Man {
        /// The command whose page to print (`assess`, `rules lint`); gapwise's own page when none.
        #[arg(value_name = "COMMAND")]
        command: Vec<String>,
    },
}

/// How `assess` and `report` name the browser that prints PDF.
const BROWSER_HELP: &str = "Chromium or Chrome to print `--format pdf` with: a path, or a name looked up on PATH \
(also GAPWISE_BROWSER; by default chromium, chromium-browser, google-chrome)";

/// The packs `gapwise assess` uses when `--pack` is not given: the
/// Convention's obligations, then national capacity.
pub const DEFAULT_ASSESS_PACKS: &str = "budapest,capacity";

#[derive(Debug, clap::Args)]
pub struct AssessArgs {
    /// Profile files or folders of them, searched recursively for `*.yaml`, `*.yml` (`-` reads standard input).
    #[arg(required = true, value_name = "PROFILE|DIR")]
    pub profiles: Vec<PathBuf>,
    /// Rule packs, comma-separated: names of bundled packs (`budapest`,
    /// `capacity`), or folders written as paths (`./my-pack`). Each profile is
    /// assessed against each pack, and each pack gets its own report.
    #[arg(long, default_value = DEFAULT_ASSESS_PACKS, value_name = "PACK[,PACK]")]
    pub pack: String,
    /// Assess as of this date (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`) instead of each profile's snapshot date.
    #[arg(long, value_name = "DATE")]
    pub as_of: Option<String>,
    /// Report format.
    #[arg(long, value_enum, default_value = "md")]
    pub format: ReportFormat,
    /// Write reports into this folder (one file per profile; one results file for json and csv) instead of standard output.
    #[arg(long, value_name = "DIR")]
    pub out: Option<PathBuf>,
    /// Exit 1 when a profile's overall score is below this percentage.
    #[arg(long, value_name = "PERCENT", value_parser = parse_percent)]
    pub fail_under: Option<f64>,
    /// Folder of templates overriding the bundled ones, file by file.
    #[arg(long, value_name = "DIR")]
    pub templates: Option<PathBuf>,
    /// Waivers to apply (YAML, `schema: gapwise/waivers/v1`): each sets one
    /// criterion aside, for one country or all, with a justification, kind,
    /// approver and expiry date. Expired waivers no longer apply and are
    /// listed as expired; those expiring within 30 days are flagged.
    #[arg(long, value_name = "FILE")]
    pub waivers: Option<PathBuf>,
    /// Language of the report: en, fr or es (texts a translation lacks stay English, and the methodology annex says where).
    #[arg(long, value_enum, default_value = "en", value_name = "LANG")]
    pub lang: crate::i18n::Lang,
    #[arg(long, value_name = "PATH", help = BROWSER_HELP)]
    pub browser: Option<PathBuf>,
}

#[derive(Debug, clap::Args)]
pub struct ProgressArgs {
    /// Profiles or folders of profiles (searched recursively for `*.yaml`,
    /// `*.yml`), and results files (`*.json`, from `gapwise assess --format
    /// json`), used as they are.
    #[arg(required = true, value_name = "PROFILE|RESULTS.json|DIR")]
    pub inputs: Vec<PathBuf>,
    #[arg(long, default_value = DEFAULT_ASSESS_PACKS, value_name = "PACK[,PACK]", help = PACKS_HELP)]
    pub pack: String,
    /// Follow one profile through time, assessing it as of 31 December of each year.
    #[arg(long, value_enum, value_name = "PERIOD")]
    pub every: Option<progress::Every>,
    /// First year of the timeline (default: the year of the earliest treaty event).
    #[arg(long, value_name = "YEAR")]
    pub from: Option<i16>,
    /// Last year of the timeline (default: the snapshot's year).
    #[arg(long, value_name = "YEAR")]
    pub to: Option<i16>,
    /// Report format: md, html (one self-contained page with a chart), json (`gapwise/progress/v2`), csv, or pdf (the HTML printed on A4 by a headless Chromium; needs `--out DIR`).
    #[arg(long, value_enum, default_value = "md")]
    pub format: ReportFormat,
    /// Write into this folder (md, html and pdf: one file per country; json and csv: one file) instead of standard output.
    #[arg(long, value_name = "DIR")]
    pub out: Option<PathBuf>,
    #[arg(long, value_name = "PATH", help = BROWSER_HELP)]
    pub browser: Option<PathBuf>,
    /// Folder of templates overriding the bundled ones (`progress.md.hbs`, `progress.html.hbs`).
    #[arg(long, value_name = "DIR")]
    pub templates: Option<PathBuf>,
    /// Language of the report: en, fr or es (texts a translation lacks stay English, and the methodology annex says where).
    #[arg(long, value_enum, default_value = "en", value_name = "LANG")]
    pub lang: crate::i18n::Lang,
}

#[derive(Debug, clap::Args)]
pub struct CompareArgs {
    /// Profiles or folders of profiles (searched recursively for `*.yaml`,
    /// `*.yml`), and results files (`*.json`, from `gapwise assess --format
    /// json`), used as they are.
    #[arg(required = true, value_name = "PROFILE|RESULTS.json|DIR")]
    pub inputs: Vec<PathBuf>,
    #[arg(long, default_value = DEFAULT_ASSESS_PACKS, value_name = "PACK[,PACK]", help = PACKS_HELP)]
    pub pack: String,
    /// Waivers to apply (YAML, `schema: gapwise/waivers/v1`), as `assess --waivers`:
    /// waived cells show as such, and each matrix lists its waivers.
    #[arg(long, value_name = "FILE")]
    pub waivers: Option<PathBuf>,
    /// Compare as of this date: each country's latest snapshot not after it, assessed as of it.
    #[arg(long, value_name = "DATE")]
    pub as_of: Option<String>,
    /// Group rows, with subtotals.
    #[arg(long, value_enum, value_name = "FIELD")]
    pub group_by: Option<compare::GroupBy>,
    /// Order of the rows (within each group).
    #[arg(long, value_enum, default_value = "score")]
    pub sort: crate::engine::compare::SortBy,
    /// Report format: html, md, csv, json (`gapwise/compare/v2`), or pdf (the HTML printed on A4 landscape by a headless Chromium; needs `--out DIR`).
    #[arg(long, value_enum, default_value = "html")]
    pub format: ReportFormat,
    /// CSV shape: wide (a row per pack and country) or long (a row per pack, country and criterion).
    #[arg(long, value_enum, default_value = "wide")]
    pub shape: crate::report::compare::Shape,
    /// Write `compare.EXT` into this folder instead of standard output.
    #[arg(long, value_name = "DIR")]
    pub out: Option<PathBuf>,
    #[arg(long, value_name = "PATH", help = BROWSER_HELP)]
    pub browser: Option<PathBuf>,
    /// Folder of templates overriding the bundled ones (`compare.md.hbs`, `compare.html.hbs`).
    #[arg(long, value_name = "DIR")]
    pub templates: Option<PathBuf>,
    /// Language of the report: en, fr or es (texts a translation lacks stay English, and the methodology annex says where).
    #[arg(long, value_enum, default_value = "en", value_name = "LANG")]
    pub lang: crate::i18n::Lang,
}

/// How `progress` and `compare` name their packs.
pub(crate) const PACKS_HELP: &str = "Rule packs, comma-separated: names of bundled packs (`budapest`, `capacity`), \
or folders written as paths (`./my-pack`); each pack gets its own section, in this order";

/// How every `rules` command names a pack (and `assess --pack`).
pub(crate) const PACK_HELP: &str = "Rule pack: a bundled pack's name (`budapest`, `capacity`: the copy built into \
gapwise) or a folder with a `pack.yaml`, named by a path (`./budapest`, `my-pack`)";

#[derive(Debug, Subcommand)]
pub enum RulesCommand {
    /// List the criteria of a pack: id, area, severity, weight, reference, title.
    List {
        #[arg(long, short, default_value = crate::rules::bundled::DEFAULT_PACK, value_name = "PACK", help = PACK_HELP)]
        pack: String,
        #[arg(hide = true)]
        stray: Vec<String>,
    },
    /// Print a rule's metadata and source.
    Show {
        /// Rule id, such as `budapest.art35.point_of_contact`.
        id: String,
        #[arg(long, short, default_value = crate::rules::bundled::DEFAULT_PACK, value_name = "PACK", help = PACK_HELP)]
        pack: String,
        #[arg(hide = true)]
        stray: Vec<String>,
    },
    /// Run the packs' test cases (`<pack>/tests/*.yaml`).
    ///
    /// Prints a line per failing case with expected and actual outcome and the
    /// case's FILE:LINE, then `N passed, M failed`. Exits 1 when a case fails
    /// or coverage is below `--min-coverage`, 2 when a test file is invalid.
    Test {
        /// Rule pack (repeat for several): a bundled pack's name or a folder
        /// with a `pack.yaml`, named by a path; the bundled `budapest` when none.
        #[arg(long = "pack", short, value_name = "PACK")]
        packs: Vec<String>,
        /// Show, per rule, the outcomes the cases produced and the lines never run.
        #[arg(long)]
        coverage: bool,
        /// Fail when line coverage is below this percentage (implies --coverage).
        #[arg(long, value_name = "PERCENT", value_parser = parse_percent)]
        min_coverage: Option<f64>,
        #[arg(hide = true)]
        stray: Vec<String>,
    },
    /// Render a pack's criteria catalogue: id, title, article, area,
    /// severity, weight, maturity stage, recommendation. Usable as a report annex.
    Doc {
        #[arg(long, short, default_value = crate::rules::bundled::DEFAULT_PACK, value_name = "PACK", help = PACK_HELP)]
        pack: String,
        /// `md`, `html` or `json`.
        #[arg(long, value_enum, default_value = "md")]
        format: Format,
        /// Folder of templates overriding the bundled ones (`catalogue.md.hbs`, `catalogue.html.hbs`).
        #[arg(long, value_name = "DIR")]
        templates: Option<PathBuf>,
        /// Language of the report: en, fr or es (texts a translation lacks stay English, and the methodology annex says where).
        #[arg(long, value_enum, default_value = "en", value_name = "LANG")]
        lang: crate::i18n::Lang,
        #[arg(hide = true)]
        stray: Vec<String>,
    },
    /// Copy a pack into a new folder, to edit: the bundled packs are built
    /// into gapwise and cannot be changed in place.
    ///
    /// `gapwise rules init my-pack --from budapest`, then `gapwise rules new
    /// --pack my-pack ID`, and `gapwise assess --pack my-pack PROFILE`.
    Init {
        /// The folder to create (it must not exist, or be empty).
        dir: PathBuf,
        /// The pack to copy: a bundled pack's name or a folder with a `pack.yaml`.
        #[arg(long, default_value = crate::rules::bundled::DEFAULT_PACK, value_name = "PACK")]
        from: String,
    },
    /// Write a new rule and its test cases into a pack folder. Both run and
    /// pass `rules test`; `rules lint` refuses the rule until every `TODO`
    /// placeholder is replaced.
    ///
    /// The article comes from the id (`budapest.art12.x`: Art. 12), the area
    /// from the pack's criteria on that article, the stage is the pack's first.
    New {
        /// The new rule's id, such as `budapest.art12.corporate_liability`.
        id: String,
        /// The pack folder to add the rule to (a copy made with `gapwise rules init`).
        #[arg(long, short, value_name = "PACK")]
        pack: String,
        /// Write into the source folder of a bundled pack (`rules/budapest`
        /// of a gapwise checkout); the rule runs once gapwise is rebuilt.
        #[arg(long)]
        bundled_source: bool,
        #[arg(hide = true)]
        stray: Vec<String>,
    },
    /// Check rules without running them: compile with strict variables,
    /// `meta()` keys and values, unique ids, areas, references, `check(p)`,
    /// every profile field a rule reads, and placeholder text left in.
    ///
    /// Reports every problem at once as FILE:LINE:COLUMN; exits 2 on any error.
    Lint {
        /// Rule pack (repeat for several): a bundled pack's name or a folder
        /// with a `pack.yaml`, named by a path; the bundled `budapest` when none.
        #[arg(long = "pack", short, value_name = "PACK")]
        packs: Vec<String>,
        /// Also check the pack's translation into this language
        /// (`i18n/fr.yaml`): every missing key is an error. Translation files
        /// present are always checked for unused keys and placeholders.
        #[arg(long, value_enum, value_name = "LANG")]
        lang: Option<crate::i18n::Lang>,
        #[arg(hide = true)]
        stray: Vec<String>,
    },
    /// List every (country, criterion) whose verdict changes between two
    /// versions of a pack, every overall score that moves, and every area
    /// whose coverage changes.
    ///
    /// Exits 0 whether or not anything changes: it informs, it does not judge.
    Impact {
        /// The pack as it is (a bundled pack's name or a folder).
        #[arg(long, value_name = "PACK")]
        before: String,
        /// The pack with the change (a bundled pack's name or a folder).
        #[arg(long, value_name = "PACK")]
        after: String,
        /// Profiles to evaluate both on.
        #[arg(required = true, value_name = "PROFILE")]
        profiles: Vec<PathBuf>,
        /// Assess as of this date instead of each profile's snapshot date.
        #[arg(long, value_name = "DATE")]
        as_of: Option<String>,
        /// Print the changes as JSON.
        #[arg(long)]
        json: bool,
    },
}

/// A percentage from 0 to 100 (`NaN` and infinities refused).
fn parse_percent(text: &str) -> Result<f64, String> {
    let value: f64 = text
        .trim()
        .parse()
        .map_err(|_| format!("`{text}` is not a number: give a percentage from 0 to 100"))?;
    if value.is_finite() && (0.0..=100.0).contains(&value) {
        Ok(value)
    } else {
        Err(format!("`{text}` is not a percentage from 0 to 100"))
    }
}

/// Runs the program with these arguments; gives the exit code. Commands run
/// on a thread with a stack big enough for rules at the hard maxima.
pub fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => return usage(&e),
    };
    terminal::set_level(cli.quiet, cli.verbose);
    let level = if cli.quiet {
        "error"
    } else if cli.verbose {
        "info"
    } else {
        "warn"
    };
    env_logger::Builder::from_env(env_logger::Env::default().default_filter_or(level))
        .format_timestamp(None)
        .init();
    match crate::engine::threads::with_eval_stack(|| run(cli)) {
        Ok(code) => code,
        Err(e) => {
            errln!("error: cannot start a thread: {e}");
            ExitCode::from(Exit::Input as u8)
        }
    }
}

/// Prints help, the version or a usage error; a failed write exits 2 (a
/// reader that went away does not count).
fn usage(e: &clap::Error) -> ExitCode {
    use std::io::Write;
    let printed = e.print().and_then(|()| std::io::stdout().flush());
    match printed {
        Err(io) if io.kind() != std::io::ErrorKind::BrokenPipe => ExitCode::from(Exit::Input as u8),
        _ => ExitCode::from(u8::try_from(e.exit_code()).unwrap_or(Exit::Input as u8)),
    }
}

fn run(cli: Cli) -> ExitCode {
    let started = std::time::Instant::now();
    let result = set_max_input(cli.max_input_mb).and_then(|()| match cli.command {
        Command::Assess(args) => {
            pdf::set_browser(args.browser.clone());
            assess::run(&args)
        }
        Command::Validate { files } => validate::run(&files),
        Command::Rules(cmd) => rules_cmd::run(&cmd),
        Command::Progress(args) => {
            pdf::set_browser(args.browser.clone());
            progress::run(&args)
        }
        Command::Compare(args) => {
            pdf::set_browser(args.browser.clone());
            compare::run(&args)
        }
        Command::Schema => output::print_json(&crate::profile::json_schema()),
        Command::Completions { shell } => terminal::completions(shell),
        Command::Man { command } => terminal::man(&command),
        Command::Import {
            page,
            out,
            country_code,
            source_url,
            as_of,
        } => import::run(
            &page,
            out.as_deref(),
            country_code.clone(),
            source_url.clone(),
            as_of.as_deref(),
        ),
        Command::Report {
            results,
            format,
            out,
            browser,
            templates,
            pack,
            lang,
        } => {
            pdf::set_browser(browser);
            assess::rerender(
                &results,
                format,
                out.as_deref(),
                templates.as_deref(),
                pack.as_deref(),
                lang,
            )
        }
    });
    verboseln!("done in {} ms", started.elapsed().as_millis());
    let result = result.and_then(|exit| output::finish_stdout().map(|()| exit));
    let code = match result {
        Ok(exit) => exit,
        Err(CliError::Reported(summary)) => {
            if !summary.is_empty() {
                errln!("{summary}");
            }
            Exit::Input
        }
        Err(CliError::Pack(crate::rules::PackError::Invalid {
            file,
            problems,
            sources,
        })) => {
            output::print_problems(&problems, |name| {
                sources.iter().find(|(f, _)| f == name).map(|(_, t)| t.as_str())
            });
            let errors = problems.iter().filter(|p| p.is_error()).count();
            errln!("error: `{file}` is not a valid pack: {errors} error(s)");
            Exit::Input
        }
        Err(e) => {
            errln!("error: {e}");
            Exit::Input
        }
    };
    ExitCode::from(code as u8)
}
