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

/// Whether `spec` names a bundled pack: a bare name, not a path. A folder
/// is named by a path (`./budapest`, `rules/budapest`, `my-pack`).
pub fn is_bundled_name(spec: &str) -> bool {
    !spec.contains(['/', '\\']) && RULES.get_dir(spec).is_some()
}

/// The digest of a bundled pack's files, as [`super::digest`] computes it
/// for any pack.
pub fn digest(name: &str) -> Option<String> {
    // Fixed for the binary: computed once (every assessment's version label
    // asks for it).
    static DIGESTS: std::sync::OnceLock<Vec<(String, String)>> = std::sync::OnceLock::new();
    DIGESTS
        .get_or_init(|| {
            pack_names()
                .into_iter()
                .filter_map(|n| pack_files(&n).map(|files| (n, super::digest(&files))))
                .collect()
        })
        .iter()
        .find(|(n, _)| n == name)
        .map(|(_, d)| d.clone())
}

/// The bundled pack whose source folder `dir` is (`rules/budapest` of a
/// gapwise checkout), if any: a rule added there runs only once gapwise is
/// rebuilt.
pub fn source_of(dir: &std::path::Path) -> Option<String> {
    let real = dir.canonicalize().ok()?;
    let name = real.file_name()?.to_string_lossy().into_owned();
    RULES.get_dir(&name)?;
    let built_from = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("rules")
        .join(&name);
    if built_from.canonicalize().ok().as_ref() == Some(&real) {
        return Some(name);
    }
    // Another checkout of gapwise: `<checkout>/rules/<name>` beside its `Cargo.toml`.
    let parent = real.parent()?;
    let manifest = parent.parent()?.join("Cargo.toml");
    let is_checkout = parent.file_name().is_some_and(|n| n == "rules")
        && std::fs::read_to_string(manifest).is_ok_and(|t| t.contains("name = \"gapwise\""));
    is_checkout.then_some(name)
}

/// A note when a folder named like the bundled pack `name` sits in the
/// working directory (`./NAME` or `./rules/NAME`) and differs from the copy
/// built into gapwise: the bundled copy is the one that runs.
pub fn shadow_note(name: &str) -> Option<String> {
    let bundled = digest(name)?;
    for folder in [format!("rules/{name}"), name.to_string()] {
        let path = std::path::Path::new(&folder);
        if !path.join("pack.yaml").is_file() {
            continue;
        }
        let mut files = Vec::new();
        if super::folder::read_tree(path, &mut files).is_err() {
            continue;
        }
        files.sort();
        if super::digest(&files) != bundled {
            return Some(format!(
                "the bundled pack `{name}` runs (the copy built into this gapwise); the folder `{folder}` differs from it: \
                 pass `--pack ./{folder}` to use the folder, or rebuild gapwise (`cargo build --release`) to bundle it"
            ));
        }
    }
    None
}
