//! Profiles named on the command line: files, `-`, or folders searched
//! recursively for `*.yaml` and `*.yml`, in a deterministic order.

use std::path::{Path, PathBuf};

use super::BatchError;

/// Every profile file the arguments name, folders expanded in path order
/// (hidden entries skipped); files and `-` are kept as given.
pub fn expand(paths: &[PathBuf]) -> Result<Vec<PathBuf>, BatchError> {
    let mut out = Vec::new();
    for path in paths {
        if path.as_os_str() != "-" && path.is_dir() {
            let before = out.len();
            walk(path, &mut out)?;
            if out.len() == before {
                return Err(BatchError::EmptyFolder {
                    folder: path.display().to_string(),
                });
            }
        } else {
            out.push(path.clone());
        }
    }
    Ok(out)
}

fn walk(dir: &Path, out: &mut Vec<PathBuf>) -> Result<(), BatchError> {
    let io = |source| BatchError::Folder {
        folder: dir.display().to_string(),
        source,
    };
    let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)
        .map_err(io)?
        .map(|e| e.map(|e| e.path()))
        .collect::<Result<_, _>>()
        .map_err(io)?;
    entries.sort();
    for path in entries {
        let hidden = path
            .file_name()
            .and_then(|n| n.to_str())
            .is_some_and(|n| n.starts_with('.'));
        if hidden {
            continue;
        }
        if path.is_dir() {
            walk(&path, out)?;
        } else if matches!(path.extension().and_then(|e| e.to_str()), Some("yaml" | "yml")) {
            out.push(path);
        }
    }
    Ok(())
}
