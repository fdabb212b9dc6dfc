//! Output files written all or nothing: each is staged in a temporary file
//! created exclusively, with an unpredictable name, in the folder of its
//! target, then renamed over the target. A rename replaces a symbolic link at
//! the target instead of following it, and never writes through one. Staged
//! temporaries are removed if the program is interrupted (Ctrl-C, SIGTERM),
//! and so are the browsers printing `--format pdf` with their temporary
//! folders ([`crate::report::pdf::abort_all`]).

use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::{Mutex, MutexGuard, Once};

use tempfile::{NamedTempFile, TempPath};

/// Temporaries not yet renamed into place, to remove on interruption.
static PENDING: Mutex<Vec<PathBuf>> = Mutex::new(Vec::new());
static HANDLER: Once = Once::new();

/// Exit code after an interruption (128 + SIGINT).
const INTERRUPTED: i32 = 130;

fn pending() -> MutexGuard<'static, Vec<PathBuf>> {
    PENDING.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
}

pub fn install_handler() {
    HANDLER.call_once(|| {
        // Failing to install it (another handler is set) only loses the clean-up.
        let _ = ctrlc::set_handler(|| {
            // Browsers printing PDFs, and their temporary folders, first.
            let _runs = crate::report::pdf::abort_all();
            let _files = remove_pending();
            std::process::exit(INTERRUPTED);
        });
    });
}

/// Removes every staged temporary; gives the lock that keeps new ones from
/// being staged or renamed until the process exits.
fn remove_pending() -> MutexGuard<'static, Vec<PathBuf>> {
    let mut files = pending();
    for file in files.drain(..) {
        let _ = std::fs::remove_file(file);
    }
    files
}

/// A temporary: open while it is written, then closed (a run of thousands
/// of files holds no descriptor per file).
enum Temp {
    Open(NamedTempFile),
    Closed(TempPath),
}

impl Temp {
    fn path(&self) -> &Path {
        match self {
            Temp::Open(file) => file.path(),
            Temp::Closed(path) => path,
        }
    }

    /// Renames the temporary to `target`, replacing what is there (a
    /// link itself, never what it points to) or, with `noclobber`, only
    /// where nothing is. The temporary is removed on a failure.
    fn persist(self, target: &Path, noclobber: bool) -> std::io::Result<()> {
        match (self, noclobber) {
            (Temp::Open(file), false) => file.persist(target).map(drop).map_err(|e| e.error),
            (Temp::Open(file), true) => file.persist_noclobber(target).map(drop).map_err(|e| e.error),
            (Temp::Closed(path), false) => path.persist(target).map_err(|e| e.error),
            (Temp::Closed(path), true) => path.persist_noclobber(target).map_err(|e| e.error),
        }
    }
}

/// One file written to its temporary, waiting to be renamed into place.
pub struct Staged {
    file: Option<Temp>,
    target: PathBuf,
}

impl Drop for Staged {
    fn drop(&mut self) {
        let mut files = pending();
        if let Some(file) = self.file.take() {
            files.retain(|p| p != file.path());
            drop(file); // removes the temporary
        }
    }
}

impl Staged {
    /// The open temporary, to write to until [`Staged::close`].
    pub fn writer(&mut self) -> Option<&mut std::fs::File> {
        match self.file.as_mut() {
            Some(Temp::Open(file)) => Some(file.as_file_mut()),
            _ => None,
        }
    }

    /// Flushes and closes the temporary; it stays staged.
    pub fn close(&mut self) -> std::io::Result<()> {
        if let Some(Temp::Open(mut file)) = self.file.take() {
            let flushed = file.flush();
            self.file = Some(Temp::Closed(file.into_temp_path()));
            flushed?;
        }
        Ok(())
    }
}

/// Creates a new, empty temporary in `dir`, to be written through
/// [`Staged::writer`] and renamed to `target`.
pub fn create(dir: &Path, target: PathBuf) -> std::io::Result<Staged> {
    install_handler();
    let mut builder = tempfile::Builder::new();
    builder.prefix(".gapwise-").suffix(".tmp");
    // Reports get the permissions any new file gets (0666 less the umask),
    // not the owner-only mode of a temporary file.
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        builder.permissions(std::fs::Permissions::from_mode(0o666));
    }
    // Created and registered under one lock: an interruption either comes
    // first (nothing is created) or sees the temporary and removes it.
    let mut files = pending();
    let file = builder.tempfile_in(dir)?;
    files.push(file.path().to_path_buf());
    Ok(Staged {
        file: Some(Temp::Open(file)),
        target,
    })
}

/// Writes `content` (text, or the bytes of a PDF) to a new temporary in
/// `dir`, to be renamed to `target`.
pub fn stage(dir: &Path, target: PathBuf, content: impl AsRef<[u8]>) -> std::io::Result<Staged> {
    let mut staged = create(dir, target)?;
    if let Some(file) = staged.writer() {
        file.write_all(content.as_ref())?;
    }
    staged.close()?;
    Ok(staged)
}

/// Renames every staged file into place, in order. On a failure, the
/// temporaries not yet renamed are removed; gives the failing target.
pub fn commit(staged: Vec<Staged>) -> Result<Vec<PathBuf>, (PathBuf, std::io::Error)> {
    rename_all(staged, false)
}

/// Renames every staged file into place where no file (nor link) exists
/// yet; on a failure, removes the files this call created and the
/// remaining temporaries, and gives the failing target.
pub fn commit_new(staged: Vec<Staged>) -> Result<Vec<PathBuf>, (PathBuf, std::io::Error)> {
    rename_all(staged, true)
}

fn rename_all(mut staged: Vec<Staged>, noclobber: bool) -> Result<Vec<PathBuf>, (PathBuf, std::io::Error)> {
    let mut done: Vec<PathBuf> = Vec::new();
    let mut files = pending();
    for i in 0..staged.len() {
        let Some(file) = staged[i].file.take() else { continue };
        let tmp = file.path().to_path_buf();
        let target = staged[i].target.clone();
        let result = file.persist(&target, noclobber);
        files.retain(|p| p != &tmp);
        if let Err(e) = result {
            for rest in &mut staged[i..] {
                if let Some(file) = rest.file.take() {
                    files.retain(|p| p != file.path());
                }
            }
            if noclobber {
                for created in &done {
                    let _ = std::fs::remove_file(created);
                }
            }
            return Err((target, e));
        }
        done.push(target);
    }
    Ok(done)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The staging list is shared: these tests take turns.
    static SERIAL: Mutex<()> = Mutex::new(());

    #[test]
    fn staged_files_are_removed_unless_committed() {
        let _turn = SERIAL.lock().unwrap_or_else(|p| p.into_inner());
        let dir = tempfile::tempdir().expect("temporary folder");
        let staged = stage(dir.path(), dir.path().join("a.md"), "text").expect("staged");
        drop(staged);
        assert_eq!(std::fs::read_dir(dir.path()).expect("listing").count(), 0);
        assert!(pending().is_empty());
        let staged = stage(dir.path(), dir.path().join("a.md"), "text").expect("staged");
        let done = commit(vec![staged]).expect("renamed");
        assert_eq!(done, vec![dir.path().join("a.md")]);
        assert_eq!(
            std::fs::read_to_string(dir.path().join("a.md")).expect("written"),
            "text"
        );
        assert_eq!(std::fs::read_dir(dir.path()).expect("listing").count(), 1);
    }

    #[cfg(unix)]
    #[test]
    fn written_files_are_not_owner_only() {
        use std::os::unix::fs::PermissionsExt;
        let _turn = SERIAL.lock().unwrap_or_else(|p| p.into_inner());
        let dir = tempfile::tempdir().expect("temporary folder");
        let staged = stage(dir.path(), dir.path().join("r.md"), "text").expect("staged");
        commit(vec![staged]).expect("renamed");
        let mode = std::fs::metadata(dir.path().join("r.md"))
            .expect("written")
            .permissions()
            .mode();
        let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
        let umask = status
            .lines()
            .find_map(|l| l.strip_prefix("Umask:"))
            .and_then(|m| u32::from_str_radix(m.trim(), 8).ok());
        if let Some(umask) = umask {
            assert_eq!(mode & 0o777, 0o666 & !umask, "mode {mode:o}, umask {umask:o}");
        }
    }

    #[test]
    fn interrupted_run_removes_its_temporaries() {
        let _turn = SERIAL.lock().unwrap_or_else(|p| p.into_inner());
        let dir = tempfile::tempdir().expect("temporary folder");
        let staged = stage(dir.path(), dir.path().join("b.md"), "text").expect("staged");
        assert_eq!(std::fs::read_dir(dir.path()).expect("listing").count(), 1);
        drop(remove_pending()); // what Ctrl-C does before exiting
        assert_eq!(std::fs::read_dir(dir.path()).expect("listing").count(), 0);
        drop(staged);
    }

    #[cfg(unix)]
    #[test]
    fn new_files_never_replace_or_follow_a_link() {
        let _turn = SERIAL.lock().unwrap_or_else(|p| p.into_inner());
        let dir = tempfile::tempdir().expect("temporary folder");
        let link = dir.path().join("new.rhai");
        std::os::unix::fs::symlink(dir.path().join("planted"), &link).expect("link");
        let first = stage(dir.path(), dir.path().join("first.rhai"), "a").expect("staged");
        let second = stage(dir.path(), link.clone(), "b").expect("staged");
        let (failed, _) = commit_new(vec![first, second]).expect_err("a link is there");
        assert_eq!(failed, link);
        let mut names: Vec<String> = std::fs::read_dir(dir.path())
            .expect("listing")
            .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        assert_eq!(names, vec!["new.rhai".to_string()], "nothing created, nothing followed");
    }
}
