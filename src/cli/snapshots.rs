//! The inputs of `progress` and `compare`: profiles (files, `-`, folders of
//! `*.yaml`), and results files (`*.json`, as `gapwise assess --format json`
//! writes them), each profile of which is a snapshot with its assessments.

use std::path::PathBuf;

use crate::batch::ProfileFile;
use crate::engine::snapshot::{self, Snapshot};
use crate::engine::ProfileInput;
use crate::profile::Checked;

use super::CliError;

fn is_results(path: &std::path::Path) -> bool {
    path.extension().and_then(|e| e.to_str()) == Some("json")
}

/// Reads every input; prints the problems of every profile; fails if any
/// profile is invalid or a results file cannot be read.
pub fn load(paths: &[PathBuf]) -> Result<Vec<Snapshot>, CliError> {
    let paths = crate::batch::expand(paths)?;
    let mut out = Vec::new();
    let mut invalid = 0;
    let mut profiles = 0;
    for path in &paths {
        if is_results(path) {
            out.extend(load_results(path)?);
            continue;
        }
        profiles += 1;
        let read = crate::batch::read_profile(path, super::max_input());
        super::output::show(read.as_ref());
        match read.ok() {
            Some(ProfileFile {
                name,
                text,
                checked: Checked { profile: Some(p), .. },
            }) => out.push(Snapshot::Profile(Box::new(ProfileInput::new(&name, &text, p)))),
            _ => invalid += 1,
        }
    }
    if invalid > 0 {
        return Err(CliError::Reported(format!(
            "{invalid} of {profiles} profile(s) could not be used; nothing was assessed (run `gapwise validate` for details)"
        )));
    }
    Ok(out)
}

/// The snapshots of a results file, once it is shown to agree with itself.
fn load_results(path: &std::path::Path) -> Result<Vec<Snapshot>, CliError> {
    let (name, results) = super::assess::read_results(path)?;
    super::assess::refuse_inconsistent(&name, &results.inconsistencies())?;
    snapshot::from_results(&name, results).map_err(|e| CliError::Usage(e.to_string()))
}

/// Every pack `--pack` names, resolved, in the order given; the errors of
/// each are printed.
pub fn load_packs(spec: &str) -> Result<Vec<crate::rules::Pack>, CliError> {
    super::assess::pack_specs(spec)?
        .iter()
        .map(|spec| {
            let pack = super::rules_cmd::load_pack(spec)?;
            for problem in pack.problems.iter().filter(|p| p.is_error()) {
                errln!("{problem}");
            }
            Ok(pack)
        })
        .collect()
}
