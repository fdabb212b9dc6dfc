//! Packs and report templates compiled into the binary, so an installed
//! `gapwise` works from any folder. A folder named on the command line
//! overrides them.

use include_dir::{include_dir, Dir};

static RULES: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/rules");

/// Name of the pack used when none is given.
pub const DEFAULT_PACK: &str = "budapest";

/// The files of a bundled pack, as (path within the pack, text), sorted.
pub fn pack_files(name: &str) -> Option<Vec<(String, String)>> {
    let dir = RULES.get_dir(name)?;
    let mut files = Vec::new();
    collect(dir, dir.path(), &mut files);
    files.sort();
    Some(files)
}

/// Names of the bundled packs.
pub fn pack_names() -> Vec<String> {
    let mut names: Vec<String> = RULES
        .dirs()
        .filter_map(|d| d.path().file_name())
        .map(|n| n.to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

fn collect(dir: &Dir<'static>, root: &std::path::Path, out: &mut Vec<(String, String)>) {
    for file in dir.files() {
        if let (Ok(rel), Some(text)) = (file.path().strip_prefix(root), file.contents_utf8()) {
            out.push((rel.to_string_lossy().replace('\\', "/"), text.to_string()));
        }
    }
    for sub in dir.dirs() {
        collect(sub, root, out);
    }
}
