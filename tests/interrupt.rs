//! Ctrl-C and SIGTERM during a run: the output folder holds either every
//! report of the run or none of them, and never a staged temporary.

#![cfg(unix)]

use std::path::{Path, PathBuf};
use std::process::{Command, ExitStatus, Stdio};
use std::time::{Duration, Instant};

const PROFILES: usize = 300;

/// A folder of `PROFILES` snapshots of the Mexico profile, one per day, so
/// that each gets its own report file.
fn snapshots(root: &Path) -> PathBuf {
    let text = std::fs::read_to_string("profiles/mexico-2014.yaml").expect("the Mexico profile");
    assert!(text.contains("as_of: 2014-11-23"), "the profile's snapshot date moved");
    let dir = root.join("in");
    std::fs::create_dir(&dir).expect("input folder");
    for i in 0..PROFILES {
        let (month, day) = (1 + i / 28, 1 + i % 28);
        let date = format!("as_of: 2015-{month:02}-{day:02}");
        let dated = text.replacen("as_of: 2014-11-23", &date, 1);
        std::fs::write(dir.join(format!("mx-{i:03}.yaml")), dated).expect("write a snapshot");
    }
    dir
}

fn names(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .expect("read the output folder")
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

fn is_temporary(name: &str) -> bool {
    name.starts_with(".gapwise-") && name.ends_with(".tmp")
}

/// Runs `assess` into `out` and sends `signal` once the first temporary
/// shows up in `out`. Gives the exit status, and whether the signal was sent.
fn interrupted_run(input: &Path, out: &Path, signal: &str) -> (ExitStatus, bool) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_gapwise"))
        .arg("assess")
        .arg(input)
        .args(["--format", "html", "--out"])
        .arg(out)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("start gapwise");
    let deadline = Instant::now() + Duration::from_secs(120);
    let mut sent = false;
    loop {
        if let Some(status) = child.try_wait().expect("poll gapwise") {
            return (status, sent);
        }
        if !sent && names(out).iter().any(|n| is_temporary(n)) {
            let killed = Command::new("kill")
                .args([signal, &child.id().to_string()])
                .status()
                .expect("run kill");
            sent = killed.success();
        }
        if Instant::now() > deadline {
            let _ = child.kill();
            panic!("gapwise did not finish within two minutes");
        }
        std::thread::sleep(Duration::from_micros(200));
    }
}

fn check_all_or_nothing(signal: &str) {
    let root = tempfile::tempdir().expect("temporary folder");
    let input = snapshots(root.path());
    let mut interrupted = 0;
    for attempt in 0..3 {
        let out = root.path().join(format!("out-{attempt}"));
        std::fs::create_dir(&out).expect("output folder");
        let (status, sent) = interrupted_run(&input, &out, signal);
        let left = names(&out);
        assert!(
            !left.iter().any(|n| is_temporary(n)),
            "{signal}: temporaries left behind: {left:?}"
        );
        let reports = left.iter().filter(|n| n.ends_with(".html")).count();
        assert!(
            reports == 0 || reports == PROFILES,
            "{signal}: {reports} of {PROFILES} reports written: a partial run"
        );
        match status.code() {
            Some(130) => interrupted += 1,
            Some(0) => assert_eq!(reports, PROFILES, "{signal}: exit 0 without every report"),
            other => panic!("{signal}: unexpected exit {other:?} (signal sent: {sent})"),
        }
        if interrupted > 0 {
            break;
        }
    }
    assert!(interrupted > 0, "{signal}: no run was interrupted in three attempts");
}

#[test]
fn ctrl_c_leaves_every_report_or_none_and_no_temporary() {
    check_all_or_nothing("-INT");
}

#[test]
fn sigterm_leaves_every_report_or_none_and_no_temporary() {
    check_all_or_nothing("-TERM");
}
