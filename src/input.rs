//! Reading the files users name on the command line; `-` is standard input.
//!
//! Every input is capped ([`DEFAULT_MAX_INPUT`] unless the caller gives
//! another cap): a regular file, a named pipe or standard input is read up to
//! the cap and refused past it; devices, folders and sockets are refused.

use std::io::Read;
use std::path::Path;

/// The default cap on one input file, in bytes (16 MiB).
pub const DEFAULT_MAX_INPUT: u64 = 16 * 1024 * 1024;

#[derive(Debug, thiserror::Error)]
pub enum InputError {
    #[error("cannot read `{file}`: {source}")]
    Read { file: String, source: std::io::Error },
    #[error("`{file}` is larger than the input limit of {} (use --max-input-mb or GAPWISE_MAX_INPUT_MB to raise it)", mib(*max))]
    TooLarge { file: String, max: u64 },
    #[error("`{file}` is {kind}, not a file: give a regular file, a named pipe or `-` for standard input")]
    NotRegular { file: String, kind: &'static str },
    #[error("`{file}` is not UTF-8 text (line {line}, column {column})")]
    NotUtf8 { file: String, line: usize, column: usize },
    #[error("`{file}` contains a NUL byte at line {line}, column {column}: it is not a text file")]
    Nul { file: String, line: usize, column: usize },
}

fn mib(bytes: u64) -> String {
    if bytes % (1024 * 1024) == 0 {
        format!("{} MB", bytes / (1024 * 1024))
    } else {
        format!("{bytes} bytes")
    }
}

/// Reads a file, or standard input for `-`, as UTF-8 text, at most
/// [`DEFAULT_MAX_INPUT`] bytes. Gives the name to use in messages and the text.
pub fn read_text(path: &Path) -> Result<(String, String), InputError> {
    read_text_capped(path, DEFAULT_MAX_INPUT)
}

/// Reads a file, or standard input for `-`, as UTF-8 text of at most `max`
/// bytes. Gives the name to use in messages and the text.
pub fn read_text_capped(path: &Path, max: u64) -> Result<(String, String), InputError> {
    let stdin = path == Path::new("-");
    let file = if stdin {
        "<stdin>".to_string()
    } else {
        path.display().to_string()
    };
    let read_error = |source| InputError::Read {
        file: file.clone(),
        source,
    };
    let bytes = if stdin {
        read_capped(std::io::stdin().lock(), max).map_err(read_error)?
    } else {
        let opened = std::fs::File::open(path).map_err(read_error)?;
        let meta = opened.metadata().map_err(read_error)?;
        if let Some(kind) = not_readable(&meta.file_type()) {
            return Err(InputError::NotRegular { file, kind });
        }
        if meta.is_file() && meta.len() > max {
            return Err(InputError::TooLarge { file, max });
        }
        read_capped(opened, max).map_err(read_error)?
    };
    let Some(bytes) = bytes else {
        return Err(InputError::TooLarge { file, max });
    };
    let text = decode(&file, bytes)?;
    Ok((file, text))
}

/// The bytes of a file inside the folder `root` (a template, say): a link
/// is followed only to a file inside `root`; only regular files are read,
/// up to [`DEFAULT_MAX_INPUT`] bytes.
pub fn read_confined(root: &Path, path: &Path) -> std::io::Result<Vec<u8>> {
    let refuse = |why: String| std::io::Error::new(std::io::ErrorKind::PermissionDenied, why);
    let real = path.canonicalize()?;
    if !real.starts_with(root.canonicalize()?) {
        return Err(refuse(format!(
            "it links to `{}`, outside the folder `{}`",
            real.display(),
            root.display()
        )));
    }
    let file = std::fs::File::open(&real)?;
    if !file.metadata()?.is_file() {
        return Err(refuse("it is not a regular file".into()));
    }
    read_capped(file, DEFAULT_MAX_INPUT)?.ok_or_else(|| {
        refuse(format!(
            "it is larger than the input limit of {}",
            mib(DEFAULT_MAX_INPUT)
        ))
    })
}

/// At most `max` bytes of a reader; `None` when it has more.
fn read_capped(reader: impl Read, max: u64) -> std::io::Result<Option<Vec<u8>>> {
    let mut bytes = Vec::new();
    reader.take(max.saturating_add(1)).read_to_end(&mut bytes)?;
    Ok((bytes.len() as u64 <= max).then_some(bytes))
}

/// Why a file of this type cannot be read as input, if it cannot.
fn not_readable(kind: &std::fs::FileType) -> Option<&'static str> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if kind.is_fifo() {
            return None;
        }
        if kind.is_block_device() || kind.is_char_device() {
            return Some("a device");
        }
        if kind.is_socket() {
            return Some("a socket");
        }
    }
    if kind.is_dir() {
        Some("a folder")
    } else if kind.is_file() {
        None
    } else {
        Some("a special file")
    }
}

/// UTF-8 text without NUL bytes or a byte order mark.
pub fn decode(file: &str, bytes: Vec<u8>) -> Result<String, InputError> {
    let place = |bytes: &[u8], offset: usize| {
        let before = &bytes[..offset];
        let line = before.iter().filter(|&&b| b == b'\n').count() + 1;
        let start = before.iter().rposition(|&b| b == b'\n').map_or(0, |n| n + 1);
        let column = String::from_utf8_lossy(&before[start..]).chars().count() + 1;
        (line, column)
    };
    let text = match String::from_utf8(bytes) {
        Ok(text) => text,
        Err(e) => {
            let (line, column) = place(e.as_bytes(), e.utf8_error().valid_up_to());
            return Err(InputError::NotUtf8 {
                file: file.to_string(),
                line,
                column,
            });
        }
    };
    if let Some(offset) = text.find('\0') {
        let (line, column) = place(text.as_bytes(), offset);
        return Err(InputError::Nul {
            file: file.to_string(),
            line,
            column,
        });
    }
    Ok(match text.strip_prefix('\u{feff}') {
        Some(rest) => rest.to_string(),
        None => text,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn input_over_the_cap_is_refused() {
        let dir = tempfile::tempdir().expect("temporary folder");
        let path = dir.path().join("big.yaml");
        std::fs::write(&path, "a".repeat(11)).expect("written");
        assert!(matches!(
            read_text_capped(&path, 10),
            Err(InputError::TooLarge { max: 10, .. })
        ));
        assert_eq!(read_text_capped(&path, 11).expect("fits").1.len(), 11);
    }

    #[test]
    fn nul_byte_and_invalid_utf8_give_their_place() {
        let e = decode("f", b"a: 1\nb: x\0".to_vec()).expect_err("NUL");
        assert_eq!(
            e.to_string(),
            "`f` contains a NUL byte at line 2, column 5: it is not a text file"
        );
        let e = decode("f", b"a: 1\n\xffb".to_vec()).expect_err("not UTF-8");
        assert_eq!(e.to_string(), "`f` is not UTF-8 text (line 2, column 1)");
    }
}
