//! Reading a pack folder from disk: regular files only, each under the
//! input cap, and links followed only to files inside the pack.

use std::path::Path;

/// Reads the pack files (`.rhai`, `.yaml`, `.yml`) under `root`, as (path
/// within the pack, text).
pub(super) fn read_tree(root: &Path, out: &mut Vec<(String, String)>) -> std::io::Result<()> {
    let real_root = root.canonicalize()?;
    read_tree_in(&real_root, root, root, out)
}

/// Reads the pack files under `dir`: regular files only, each under the
/// input cap; a link is followed only to a file inside the pack.
fn read_tree_in(real_root: &Path, root: &Path, dir: &Path, out: &mut Vec<(String, String)>) -> std::io::Result<()> {
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        let kind = std::fs::symlink_metadata(&path)?.file_type();
        let wanted = matches!(path.extension().and_then(|e| e.to_str()), Some("rhai" | "yaml" | "yml"));
        if kind.is_symlink() {
            let target = path
                .canonicalize()
                .map_err(|e| other(format!("{}: {e}", path.display())))?;
            if !target.starts_with(real_root) {
                return Err(other(format!(
                    "`{}` links to `{}`, outside the pack: a pack may not link outside its folder",
                    path.display(),
                    target.display()
                )));
            }
            if target.is_dir() {
                return Err(other(format!(
                    "`{}` links to a folder: copy the folder into the pack instead",
                    path.display()
                )));
            }
        } else if kind.is_dir() {
            read_tree_in(real_root, root, &path, out)?;
            continue;
        }
        if !wanted {
            continue;
        }
        if !path.is_file() {
            return Err(other(format!("`{}` is not a regular file", path.display())));
        }
        let rel = path
            .strip_prefix(root)
            .unwrap_or(&path)
            .to_string_lossy()
            .replace('\\', "/");
        let (_, text) = crate::input::read_text(&path).map_err(|e| other(e.to_string()))?;
        out.push((rel, text));
    }
    Ok(())
}

fn other(message: String) -> std::io::Error {
    std::io::Error::other(message)
}
