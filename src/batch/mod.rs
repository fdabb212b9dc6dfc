//! Batches of profiles: the files a run names, read and checked, then
//! assessed. A program embedding gapwise calls these as the command line does.

pub mod files;

use std::path::{Path, PathBuf};

use rayon::prelude::*;

use crate::engine::{Assessment, Options, ProfileInput};
use crate::input::InputError;
use crate::profile::{self, Checked};
use crate::report::{Format, Templates};
use crate::rules::Pack;

pub use files::expand;

/// Why a batch could not be read.
#[derive(Debug, thiserror::Error)]
pub enum BatchError {
    #[error("the folder `{folder}` holds no `*.yaml` or `*.yml` file")]
    EmptyFolder { folder: String },
    #[error("cannot read the folder `{folder}`: {source}")]
    Folder { folder: String, source: std::io::Error },
    /// Some files were unreadable or invalid; their problems went to the caller.
    #[error("{invalid} of {total} profile(s) could not be used; nothing was assessed")]
    Invalid { invalid: usize, total: usize },
}

/// A profile file read and checked.
#[derive(Debug)]
pub struct ProfileFile {
    /// The name to use in messages (`<stdin>` for `-`).
    pub name: String,
    pub text: String,
    pub checked: Checked,
}

impl ProfileFile {
    /// Whether the profile can be assessed (no error among its problems).
    pub fn is_usable(&self) -> bool {
        self.checked.profile.is_some()
    }

    /// The profile ready to assess, when it is usable.
    pub fn into_input(self) -> Option<ProfileInput> {
        let profile = self.checked.profile?;
        Some(ProfileInput::new(&self.name, &self.text, profile))
    }
}

/// Reads a profile file (at most `max_input` bytes) and checks it: the
/// YAML's shape first, then the profile itself.
pub fn read_profile(path: &Path, max_input: u64) -> Result<ProfileFile, InputError> {
    let (name, text) = crate::input::read_text_capped(path, max_input)?;
    Ok(check_text(name, text))
}

/// Checks a profile's text already read.
pub fn check_text(name: String, text: String) -> ProfileFile {
    // `profile::check` guards the YAML's size and depth first.
    let checked = profile::check(&name, &text);
    ProfileFile { name, text, checked }
}

/// Reads and checks every profile the paths name (folders searched for
/// `*.yaml` and `*.yml`), in path order. Each file, read or not, is handed
/// to `seen` first, so that its problems can be shown; fails when any file
/// is unreadable or invalid.
pub fn load_profiles(
    paths: &[PathBuf],
    max_input: u64,
    mut seen: impl FnMut(Result<&ProfileFile, &InputError>),
) -> Result<Vec<ProfileInput>, BatchError> {
    let paths = expand(paths)?;
    let mut inputs = Vec::with_capacity(paths.len());
    let mut invalid = 0;
    for path in &paths {
        match read_profile(path, max_input) {
            Ok(file) => {
                seen(Ok(&file));
                match file.into_input() {
                    Some(input) => inputs.push(input),
                    None => invalid += 1,
                }
            }
            Err(e) => {
                seen(Err(&e));
                invalid += 1;
            }
        }
    }
    if invalid > 0 {
        return Err(BatchError::Invalid {
            invalid,
            total: paths.len(),
        });
    }
    Ok(inputs)
}

/// A run of many profiles against packs, rendered to one format.
pub struct Run<'a> {
    /// The packs, each with its options, in the order of their reports.
    pub packs: &'a [(Pack, Options)],
    pub templates: &'a Templates,
    pub format: Format,
    /// The cap on one profile file, in bytes.
    pub max_input: u64,
    /// Threads to run on; `None` for the evaluation pool (all cores, or
    /// `RAYON_NUM_THREADS`).
    pub threads: Option<usize>,
}

/// One assessment rendered: its [`piece`](crate::report::piece) of the
/// format's document, and the file it goes to when each has its own.
#[derive(Debug)]
pub struct Rendered {
    pub file_name: String,
    pub text: String,
}

/// Where a run's output goes, profile by profile, in input order.
pub trait Sink {
    /// Every file, read or not, so that its problems can be shown.
    fn checked(&mut self, file: Result<&ProfileFile, &InputError>);

    /// The assessments of one profile (one per pack) and their renderings;
    /// given only while every file before was usable. An error stops the run.
    fn assessed(&mut self, assessments: &[Assessment], rendered: Vec<Rendered>) -> Result<(), RunError>;
}

/// Why a run stopped.
#[derive(Debug, thiserror::Error)]
pub enum RunError {
    #[error(transparent)]
    Batch(#[from] BatchError),
    #[error(transparent)]
    Report(#[from] crate::report::ReportError),
    /// The sink's own failure (a file it could not write, say).
    #[error("{0}")]
    Sink(String),
}

/// Profiles read, checked, assessed and rendered at once, per chunk: enough
/// to keep both cores busy, few enough that memory stays flat.
const CHUNK: usize = 64;

/// Reads, checks, assesses and renders every profile the paths name, in
/// parallel, handing each to `sink` in input order as soon as its chunk is
/// done, so that nothing of the run is held whole. `done` is called once
/// per profile, from any thread (a progress bar). Fails, after every file
/// was checked and shown, when any was unusable; the sink then discards
/// what it was given.
pub fn assess_paths(
    paths: &[PathBuf],
    run: &Run,
    sink: &mut dyn Sink,
    done: &(dyn Fn() + Sync),
) -> Result<usize, RunError> {
    let paths = expand(paths)?;
    let own_pool = match run.threads {
        Some(threads) => Some(
            rayon::ThreadPoolBuilder::new()
                .num_threads(threads)
                .stack_size(crate::engine::threads::EVAL_STACK)
                .build()
                .map_err(|e| RunError::Sink(format!("cannot start {threads} thread(s): {e}")))?,
        ),
        None => None,
    };
    let mut invalid = 0;
    for chunk in paths.chunks(CHUNK) {
        let assess = invalid == 0;
        let work = || -> Vec<Outcome> {
            chunk
                .par_iter()
                .map(|path| {
                    let outcome = one(path, run, assess);
                    done();
                    outcome
                })
                .collect()
        };
        let outcomes = match &own_pool {
            Some(pool) => pool.install(work),
            None => crate::engine::threads::in_pool(work),
        };
        for outcome in outcomes {
            match outcome.file {
                Ok(file) => {
                    sink.checked(Ok(&file));
                    if !file.is_usable() {
                        invalid += 1;
                    }
                }
                Err(e) => {
                    sink.checked(Err(&e));
                    invalid += 1;
                }
            }
            match outcome.rendered {
                Some(Ok((assessments, rendered))) if invalid == 0 => sink.assessed(&assessments, rendered)?,
                Some(Err(e)) if invalid == 0 => return Err(e.into()),
                _ => {}
            }
        }
    }
    if invalid > 0 {
        return Err(BatchError::Invalid {
            invalid,
            total: paths.len(),
        }
        .into());
    }
    Ok(paths.len())
}

type Assessed = Result<(Vec<Assessment>, Vec<Rendered>), crate::report::ReportError>;

/// What became of one profile file.
struct Outcome {
    /// The file checked (its text kept only when there is a problem to show).
    file: Result<ProfileFile, InputError>,
    rendered: Option<Assessed>,
}

fn one(path: &Path, run: &Run, assess: bool) -> Outcome {
    let mut file = match read_profile(path, run.max_input) {
        Ok(file) => file,
        Err(e) => {
            return Outcome {
                file: Err(e),
                rendered: None,
            }
        }
    };
    let rendered = match file.checked.profile.take() {
        Some(profile) if assess => {
            let input = ProfileInput {
                file: file.name.clone(),
                digest: crate::engine::sha256(file.text.as_bytes()),
                profile,
            };
            let rendered = assess_one(&input, run);
            file.checked.profile = Some(input.profile);
            Some(rendered)
        }
        profile => {
            file.checked.profile = profile;
            None
        }
    };
    // The text is kept to show the lines of problems only.
    if file.checked.problems.is_empty() {
        file.text = String::new();
    }
    Outcome {
        file: Ok(file),
        rendered,
    }
}

/// The assessments of one profile against every pack, stamped and rendered.
fn assess_one(input: &ProfileInput, run: &Run) -> Assessed {
    let mut assessments: Vec<Assessment> = crate::engine::assess_packs(run.packs, input);
    crate::engine::questions::mark_asked_elsewhere(&mut assessments);
    for a in &mut assessments {
        crate::report::stamp(a, run.templates);
    }
    let rendered = match (run.format, assessments.first()) {
        // One report per profile, with a section per pack.
        (Format::Md | Format::Html, Some(first)) => {
            let all: Vec<&Assessment> = assessments.iter().collect();
            vec![Rendered {
                file_name: crate::report::file_name(first, run.format),
                text: crate::report::render_profile(&all, run.format, run.templates)?,
            }]
        }
        _ => assessments
            .iter()
            .map(|a| {
                Ok(Rendered {
                    file_name: crate::report::file_name(a, run.format),
                    text: crate::report::piece(a, run.format, run.templates)?,
                })
            })
            .collect::<Result<Vec<_>, crate::report::ReportError>>()?,
    };
    Ok((assessments, rendered))
}

/// Reads and checks every profile the paths name, in parallel, handing each
/// file (read or not) to `seen` in path order; gives how many there were.
pub fn check_paths(
    paths: &[PathBuf],
    max_input: u64,
    seen: &mut dyn FnMut(Result<&ProfileFile, &InputError>),
) -> Result<usize, BatchError> {
    let paths = expand(paths)?;
    for chunk in paths.chunks(CHUNK) {
        let checked: Vec<Result<ProfileFile, InputError>> =
            crate::engine::threads::in_pool(|| chunk.par_iter().map(|path| read_profile(path, max_input)).collect());
        for file in &checked {
            seen(file.as_ref());
        }
    }
    Ok(paths.len())
}
