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

/// A stand-in browser that records its profile folder and the id of a
/// helper process it starts in `rec`, then hangs as a stuck Chromium would.
fn hanging_browser(dir: &Path, rec: &Path) -> PathBuf {
    use std::os::unix::fs::PermissionsExt;
    let path = dir.join("fake-chromium");
    let script = format!(
        "#!/bin/sh\n\
         for a in \"$@\"; do case \"$a\" in --user-data-dir=*) p=\"${{a#--user-data-dir=}}\";; esac; done\n\
         sleep 60 &\n\
         echo $! > '{rec}/helper.tmp' && mv '{rec}/helper.tmp' '{rec}/helper'\n\
         echo \"$p\" > '{rec}/profile.tmp' && mv '{rec}/profile.tmp' '{rec}/profile'\n\
         wait\n",
        rec = rec.display()
    );
    std::fs::write(&path, script).expect("script written");
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o755)).expect("executable");
    path
}

/// Whether a process is gone (or a zombie nobody has reaped yet).
fn is_gone(pid: &str) -> bool {
    let status = std::fs::read_to_string(format!("/proc/{}/status", pid.trim())).unwrap_or_default();
    status.is_empty() || status.lines().any(|l| l.starts_with("State:") && l.contains('Z'))
}

#[test]
fn ctrl_c_while_printing_a_pdf_stops_the_browser_and_removes_its_folder() {
    let root = tempfile::tempdir().expect("temporary folder");
    let rec = root.path().join("rec");
    std::fs::create_dir(&rec).expect("folder");
    let out = root.path().join("out");
    let fake = hanging_browser(root.path(), &rec);
    let mut child = Command::new(env!("CARGO_BIN_EXE_gapwise"))
        .args(["assess", "profiles/mexico-2014.yaml", "--format", "pdf", "--out"])
        .arg(&out)
        .arg("--browser")
        .arg(&fake)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("start gapwise");
    let deadline = Instant::now() + Duration::from_secs(60);
    while !rec.join("profile").exists() {
        assert!(
            child.try_wait().expect("poll").is_none(),
            "gapwise ended before printing"
        );
        assert!(Instant::now() < deadline, "the browser never started");
        std::thread::sleep(Duration::from_millis(20));
    }
    let profile = std::fs::read_to_string(rec.join("profile")).expect("profile recorded");
    let folder = Path::new(profile.trim())
        .parent()
        .expect("the print's folder")
        .to_path_buf();
    assert!(folder.exists(), "the print's folder exists while it runs");
    // Ctrl-C sent to gapwise alone: the browser runs in a group of its own.
    let sent = Command::new("kill")
        .args(["-INT", &child.id().to_string()])
        .status()
        .expect("run kill");
    assert!(sent.success());
    let status = loop {
        if let Some(status) = child.try_wait().expect("poll") {
            break status;
        }
        assert!(Instant::now() < deadline, "gapwise did not stop on Ctrl-C");
        std::thread::sleep(Duration::from_millis(20));
    };
    assert_eq!(status.code(), Some(130));
    assert!(!folder.exists(), "{} is left behind", folder.display());
    let helper = std::fs::read_to_string(rec.join("helper")).expect("helper recorded");
    for _ in 0..100 {
        if is_gone(&helper) {
            break;
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    assert!(is_gone(&helper), "the browser's helper {} still runs", helper.trim());
    assert!(
        !out.join("mx-2014-11-23.pdf").exists(),
        "no PDF from an interrupted run"
    );
}
