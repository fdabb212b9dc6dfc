//! The temporary folder of each print, and the registry of prints under way
//! that an interruption stops ([`abort_all`]).

use std::path::{Path, PathBuf};
use std::sync::{Mutex, MutexGuard};

/// Runs under way: each one's process group (its leader's id, once
/// started) and temporary folder.
static LIVE: Mutex<Vec<(Option<u32>, PathBuf)>> = Mutex::new(Vec::new());

pub(super) fn live() -> MutexGuard<'static, Vec<(Option<u32>, PathBuf)>> {
    LIVE.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
}

/// Stops every browser run under way (its whole process group) and
/// removes its temporary folder; for an interruption, just before the
/// process exits. Gives the lock, so that no run starts after it.
pub fn abort_all() -> MutexGuard<'static, Vec<(Option<u32>, PathBuf)>> {
    let mut runs = live();
    for (group, dir) in runs.drain(..) {
        if let Some(group) = group {
            kill_group(group);
        }
        let _ = std::fs::remove_dir_all(dir);
    }
    runs
}

/// Stops a process group: the browser and everything it started.
#[cfg(unix)]
pub(super) fn kill_group(leader: u32) {
    if let Ok(pid) = i32::try_from(leader) {
        let _ = nix::sys::signal::killpg(nix::unistd::Pid::from_raw(pid), nix::sys::signal::Signal::SIGKILL);
    }
}

#[cfg(not(unix))]
pub(super) fn kill_group(_leader: u32) {}

/// A run's temporary folder, registered for [`abort_all`] while it lives.
pub(super) struct Workspace {
    dir: Option<tempfile::TempDir>,
    path: PathBuf,
}

impl Workspace {
    pub(super) fn new(prefix: &str) -> std::io::Result<Workspace> {
        // Created and registered under one lock: an interruption either
        // comes first (nothing is created) or sees the folder.
        let mut runs = live();
        let dir = tempfile::Builder::new().prefix(prefix).tempdir()?;
        let path = dir.path().to_path_buf();
        runs.push((None, path.clone()));
        Ok(Workspace { dir: Some(dir), path })
    }

    pub(super) fn path(&self) -> &Path {
        &self.path
    }

    /// Records the process group of the browser started in it.
    pub(super) fn started(&self, leader: u32) {
        if let Some(run) = live().iter_mut().find(|(_, d)| *d == self.path) {
            run.0 = Some(leader);
        }
    }
}

impl Drop for Workspace {
    fn drop(&mut self) {
        let mut runs = live();
        runs.retain(|(_, d)| *d != self.path);
        drop(self.dir.take()); // removes the folder
    }
}
