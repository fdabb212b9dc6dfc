//! Reading the files users name on the command line; `-` is standard input.

use std::io::Read;
use std::path::Path;

#[derive(Debug, thiserror::Error)]
pub enum InputError {
    #[error("cannot read `{file}`: {source}")]
    Read { file: String, source: std::io::Error },
    #[error("`{file}` is not UTF-8 text")]
    NotUtf8 { file: String },
}

/// Reads a file, or standard input for `-`, as UTF-8 text. Gives the name to
/// use in messages and the text.
pub fn read_text(path: &Path) -> Result<(String, String), InputError> {
    let file = if path == Path::new("-") {
        "<stdin>".to_string()
    } else {
        path.display().to_string()
    };
    let mut bytes = Vec::new();
    let result = if path == Path::new("-") {
        std::io::stdin().read_to_end(&mut bytes).map(|_| ())
    } else {
        std::fs::read(path).map(|b| bytes = b)
    };
    result.map_err(|source| InputError::Read {
        file: file.clone(),
        source,
    })?;
    let text = String::from_utf8(bytes).map_err(|_| InputError::NotUtf8 { file: file.clone() })?;
    Ok((file, text.trim_start_matches('\u{feff}').to_string()))
}
