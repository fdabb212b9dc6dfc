//! `gapwise import`: a country page's text -> a profile draft.

use std::path::Path;

use crate::import::{import_page, to_yaml, ImportOptions};
use crate::input::read_text;

use super::output::write_all;
use super::{CliError, Exit};

pub fn run(
    page: &Path,
    out: Option<&Path>,
    country_code: Option<String>,
    source_url: Option<String>,
) -> Result<Exit, CliError> {
    let (name, text) = read_text(page)?;
    let file_name = page
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or(name);
    let options = ImportOptions {
        country_code,
        source_url,
        file_name,
    };
    let imported = import_page(&text, &options).map_err(|e| {
        let help = e.help();
        CliError::Import(e, help)
    })?;
    let yaml = to_yaml(&imported.profile);
    match out {
        None => out!("{yaml}"),
        Some(file) => {
            let dir = file
                .parent()
                .filter(|d| !d.as_os_str().is_empty())
                .unwrap_or(Path::new("."));
            let name = file
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_else(|| "profile.yaml".into());
            for written in write_all(dir, &[(name, yaml)])? {
                eprintln!("wrote {written}");
            }
        }
    }
    eprint!("{}", imported.summary());
    Ok(Exit::Ok)
}
