//! `gapwise import`: a country page's text -> a profile draft.

use std::path::Path;

use super::read_input;
use crate::import::{import_page, to_yaml, ImportOptions};

use super::output::write_all;
use super::{CliError, Exit};

pub fn run(
    page: &Path,
    out: Option<&Path>,
    country_code: Option<String>,
    source_url: Option<String>,
    as_of: Option<&str>,
) -> Result<Exit, CliError> {
    let as_of = super::assess::parse_as_of(as_of)?;
    let (name, text) = read_input(page)?;
    if crate::import::looks_like_html(&text) {
        errln!(
            "warning: `{name}` looks like an HTML page, not its text: the draft may hold markup and menus\n  help: open the page in a browser, select all, copy, and save the text as a `.txt` file"
        );
    }
    let file_name = page
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or(name);
    let options = ImportOptions {
        country_code,
        source_url,
        file_name,
        as_of,
    };
    let imported = import_page(&text, &options).map_err(|e| {
        let help = e.help();
        CliError::Import(e, help)
    })?;
    let yaml = to_yaml(&imported.profile);
    match out.map(Destination::of) {
        None | Some(Destination::Stdout) => out!("{yaml}"),
        Some(Destination::Stderr) => err!("{yaml}"),
        Some(Destination::File(file)) => {
            let dir = file
                .parent()
                .filter(|d| !d.as_os_str().is_empty())
                .unwrap_or(Path::new("."));
            let name = file
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .ok_or_else(|| CliError::Usage(format!("`{}` names no file: give a file name", file.display())))?;
            for written in write_all(dir, &[(name, yaml)])? {
                noteln!("wrote {written}");
            }
        }
    }
    err!("{}", imported.summary());
    Ok(Exit::Ok)
}

/// Where `--out` sends the draft: the standard streams are written through,
/// anything else is a file, created or replaced as a whole.
enum Destination<'p> {
    Stdout,
    Stderr,
    File(&'p Path),
}

impl<'p> Destination<'p> {
    fn of(path: &'p Path) -> Self {
        match path.to_str() {
            Some("-" | "/dev/stdout" | "/dev/fd/1" | "/proc/self/fd/1") => Destination::Stdout,
            Some("/dev/stderr" | "/dev/fd/2" | "/proc/self/fd/2") => Destination::Stderr,
            _ => Destination::File(path),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn standard_streams_are_written_through() {
        for path in ["-", "/dev/stdout", "/dev/fd/1", "/proc/self/fd/1"] {
            assert!(
                matches!(Destination::of(Path::new(path)), Destination::Stdout),
                "{path}"
            );
        }
        assert!(matches!(Destination::of(Path::new("/dev/stderr")), Destination::Stderr));
        assert!(matches!(Destination::of(Path::new("/dev/null")), Destination::File(_)));
        assert!(matches!(Destination::of(Path::new("draft.yaml")), Destination::File(_)));
    }
}
