//! Batches of profiles: the files a run names, read and checked, then
//! assessed. A program embedding gapwise calls these as the command line does.

pub mod files;

use std::path::{Path, PathBuf};

use crate::engine::ProfileInput;
use crate::input::InputError;
use crate::profile::{self, Checked};

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
    let checked = match crate::yaml_guard::check(&name, &text) {
        Ok(()) => profile::check(&name, &text),
        Err(problem) => Checked {
            profile: None,
            problems: vec![problem],
        },
    };
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
