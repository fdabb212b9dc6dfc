//! The bad-input corpus: `tests/bad/cases.yaml` lists commands run on bad
//! inputs (files under `tests/bad/`, or made by a case's `setup`), each with
//! the exit code and a fragment of the message it must give. None may panic
//! or hang. Unix only: cases use links, named pipes and `/dev`.
#![cfg(unix)]

use std::path::{Path, PathBuf};
use std::time::Duration;

use assert_cmd::Command;
use serde::Deserialize;

/// Bound on one case, so that a hang fails the test instead of stalling it.
const HANG: Duration = Duration::from_secs(120);

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Case {
    name: String,
    args: Vec<String>,
    #[serde(default)]
    stdin: Option<String>,
    /// How many times `stdin` is repeated (default once).
    #[serde(default)]
    stdin_repeat: Option<usize>,
    code: i32,
    /// A fragment standard error must contain.
    #[serde(default)]
    stderr: Option<String>,
    /// A fragment standard output must contain.
    #[serde(default)]
    stdout: Option<String>,
    #[serde(default)]
    env: Vec<(String, String)>,
    #[serde(default)]
    setup: Vec<Setup>,
    #[serde(default)]
    after: Vec<After>,
}

/// Files a case needs that cannot live in the repository: one key each.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct Setup {
    /// A text file: `text` repeated `repeat` times (default once).
    file: Option<FileSpec>,
    /// A folder.
    dir: Option<String>,
    /// A copy of a file of the repository.
    copy: Option<CopySpec>,
    /// A symbolic link `link` pointing to `to`.
    symlink: Option<LinkSpec>,
    /// A named pipe.
    fifo: Option<String>,
    /// A character device like `/dev/null` (needs root: the case is skipped
    /// without it).
    device: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct FileSpec {
    path: String,
    text: String,
    #[serde(default)]
    repeat: Option<usize>,
    /// Text before the repeated text.
    #[serde(default)]
    head: String,
    /// In each repetition, `{n}` is replaced by its number.
    #[serde(default)]
    numbered: bool,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct CopySpec {
    from: String,
    to: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct LinkSpec {
    link: String,
    to: String,
}

/// What must hold once the command ended: one key each.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct After {
    /// The file has exactly this text.
    text: Option<TextSpec>,
    /// The folder holds exactly these names.
    listing: Option<ListingSpec>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct TextSpec {
    path: String,
    text: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct ListingSpec {
    dir: String,
    names: Vec<String>,
}

fn expand(text: &str, tmp: &Path) -> String {
    text.replace("{tmp}", &tmp.display().to_string())
}

/// Sets up what a case needs; `false` when it cannot be (the case is skipped).
fn set_up(setup: &Setup, tmp: &Path) -> bool {
    let at = |p: &str| PathBuf::from(expand(p, tmp));
    if let Some(spec) = &setup.file {
        let count = spec.repeat.unwrap_or(1);
        let body: String = if spec.numbered {
            (0..count).map(|n| spec.text.replace("{n}", &n.to_string())).collect()
        } else {
            spec.text.repeat(count)
        };
        std::fs::write(at(&spec.path), format!("{}{body}", spec.head)).expect("setup file");
    }
    if let Some(path) = &setup.dir {
        std::fs::create_dir_all(at(path)).expect("setup folder");
    }
    if let Some(CopySpec { from, to }) = &setup.copy {
        std::fs::copy(from, at(to)).expect("setup copy");
    }
    if let Some(LinkSpec { link, to }) = &setup.symlink {
        std::os::unix::fs::symlink(at(to), at(link)).expect("setup link");
    }
    if let Some(path) = &setup.fifo {
        let status = std::process::Command::new("mkfifo")
            .arg(at(path))
            .status()
            .expect("mkfifo runs");
        assert!(status.success(), "mkfifo failed");
    }
    if let Some(path) = &setup.device {
        let made = std::process::Command::new("mknod")
            .args(["-m", "666"])
            .arg(at(path))
            .args(["c", "1", "3"])
            .stderr(std::process::Stdio::null())
            .status()
            .is_ok_and(|s| s.success());
        if !made {
            return false;
        }
    }
    true
}

fn check_after(after: &After, tmp: &Path) -> Result<(), String> {
    if let Some(TextSpec { path, text }) = &after.text {
        let path = expand(path, tmp);
        let found = std::fs::read_to_string(&path).unwrap_or_else(|e| format!("<{e}>"));
        if &found != text {
            let shown: String = found.chars().take(200).collect();
            return Err(format!("`{path}` changed: now `{shown}`"));
        }
    }
    if let Some(ListingSpec { dir, names }) = &after.listing {
        let dir = expand(dir, tmp);
        let mut found: Vec<String> = std::fs::read_dir(&dir)
            .map_err(|e| format!("cannot list `{dir}`: {e}"))?
            .filter_map(|e| e.ok().map(|e| e.file_name().to_string_lossy().into_owned()))
            .collect();
        found.sort();
        if &found != names {
            return Err(format!("`{dir}` holds {found:?}, expected {names:?}"));
        }
    }
    Ok(())
}

fn run(case: &Case) -> Result<(), String> {
    let tmp = tempfile::tempdir().map_err(|e| e.to_string())?;
    for setup in &case.setup {
        if !set_up(setup, tmp.path()) {
            eprintln!("case `{}` skipped: its setup needs root", case.name);
            return Ok(());
        }
    }
    let args: Vec<String> = case.args.iter().map(|a| expand(a, tmp.path())).collect();
    let mut cmd = Command::cargo_bin("gapwise").map_err(|e| e.to_string())?;
    cmd.args(&args).timeout(HANG).env_remove("GAPWISE_MAX_INPUT_MB");
    for (key, value) in &case.env {
        cmd.env(key, value);
    }
    if let Some(stdin) = &case.stdin {
        cmd.write_stdin(stdin.repeat(case.stdin_repeat.unwrap_or(1)));
    }
    let output = cmd.output().map_err(|e| e.to_string())?;
    let stderr = String::from_utf8_lossy(&output.stderr);
    let stdout = String::from_utf8_lossy(&output.stdout);
    let mut wrong = Vec::new();
    if output.status.code() != Some(case.code) {
        wrong.push(format!("exit {:?}, expected {}", output.status.code(), case.code));
    }
    if stderr.contains("panicked") {
        wrong.push("it panicked".to_string());
    }
    if let Some(fragment) = &case.stderr {
        if !stderr.contains(&expand(fragment, tmp.path())) {
            wrong.push(format!("stderr lacks `{fragment}`"));
        }
    }
    if let Some(fragment) = &case.stdout {
        if !stdout.contains(&expand(fragment, tmp.path())) {
            wrong.push(format!("stdout lacks `{fragment}`"));
        }
    }
    if !wrong.is_empty() {
        let shown: String = stderr.chars().take(2_000).collect();
        return Err(format!(
            "case `{}`: {}\n--- stderr:\n{shown}",
            case.name,
            wrong.join("; ")
        ));
    }
    for after in &case.after {
        check_after(after, tmp.path()).map_err(|e| format!("case `{}`: {e}", case.name))?;
    }
    Ok(())
}

#[test]
fn bad_input_corpus_exits_with_the_expected_code_and_message() {
    let text = std::fs::read_to_string("tests/bad/cases.yaml").expect("corpus");
    let cases: Vec<Case> = serde_yaml::from_str(&text).expect("corpus parses");
    let only = std::env::var("BAD_CASE").ok();
    let failures: Vec<String> = cases
        .iter()
        .filter(|c| only.as_deref().is_none_or(|o| c.name.contains(o)))
        .filter_map(|c| run(c).err())
        .collect();
    assert!(
        failures.is_empty(),
        "{} of {} case(s) failed:\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n")
    );
}

/// `gapwise` with standard output and error sent to files.
fn run_with(args: &[&str], stdout: &str, stderr: &str) -> Option<i32> {
    let open = |p: &str| std::fs::OpenOptions::new().write(true).open(p).expect("opens");
    std::process::Command::new(assert_cmd::cargo::cargo_bin("gapwise"))
        .args(args)
        .stdout(open(stdout))
        .stderr(open(stderr))
        .status()
        .expect("runs")
        .code()
}

#[test]
fn report_to_a_full_standard_output_exits_2() {
    let code = run_with(&["assess", "profiles/mexico-2014.yaml"], "/dev/full", "/dev/null");
    assert_eq!(code, Some(2));
    let code = run_with(&["schema"], "/dev/full", "/dev/null");
    assert_eq!(code, Some(2));
    let code = run_with(&["--help"], "/dev/full", "/dev/null");
    assert_eq!(code, Some(2));
    let code = run_with(&["--help"], "/dev/null", "/dev/null");
    assert_eq!(code, Some(0));
}

#[test]
fn full_standard_error_does_not_panic() {
    let bad = "tests/data/validate/three_problems_bad.yaml";
    assert_eq!(run_with(&["validate", bad], "/dev/null", "/dev/full"), Some(2));
    let code = run_with(
        &["import", "tests/data/import/octopus-mexico-2014.txt"],
        "/dev/null",
        "/dev/full",
    );
    assert_eq!(code, Some(0));
}

#[test]
fn concurrent_runs_into_one_folder_leave_complete_files() {
    let out = tempfile::tempdir().expect("temporary folder");
    let dates = ["2015", "2016", "2017", "2018", "2019", "2020", "2021", "2022"];
    let runs: Vec<_> = dates
        .iter()
        .map(|date| {
            std::process::Command::new(assert_cmd::cargo::cargo_bin("gapwise"))
                .args([
                    "assess",
                    "profiles/mexico-2014.yaml",
                    // A small pack, so that eight runs at once stay quick.
                    "--pack",
                    "tests/data/progress/pack",
                    "--format",
                    "json",
                    "--as-of",
                    date,
                ])
                .arg("--out")
                .arg(out.path())
                .stderr(std::process::Stdio::null())
                .spawn()
                .expect("starts")
        })
        .collect();
    for mut run in runs {
        assert_eq!(run.wait().expect("ends").code(), Some(0));
    }
    let names: Vec<String> = std::fs::read_dir(out.path())
        .expect("listing")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(names, vec!["results.json".to_string()], "no temporaries are left");
    let text = std::fs::read_to_string(out.path().join("results.json")).expect("written");
    let results: serde_json::Value = serde_json::from_str(&text).expect("one complete results file");
    let as_of = results["assessments"][0]["as_of"].as_str().expect("as_of");
    assert!(dates.iter().any(|d| as_of.starts_with(d)), "as_of `{as_of}`");
}

#[test]
fn evidence_flood_stays_within_the_criterion_bounds() {
    let output = Command::cargo_bin("gapwise")
        .expect("binary")
        .args(["assess", "profiles/mexico-2014.yaml", "--format", "json"])
        .args(["--pack", "tests/bad/packs/evidence_flood"])
        .timeout(HANG)
        .output()
        .expect("runs");
    assert_eq!(output.status.code(), Some(0));
    let results: serde_json::Value = serde_json::from_slice(&output.stdout).expect("results");
    let criteria = results["assessments"][0]["criteria"].as_array().expect("criteria");
    assert_eq!(criteria.len(), 5);
    for c in criteria {
        let size = serde_json::to_string(&c["message"]).expect("json").len()
            + serde_json::to_string(&c["evidence"]).expect("json").len();
        assert!(size <= 64 * 1024 + 2048, "criterion of {size} bytes");
        assert!(c["evidence"].as_array().is_some_and(|e| !e.is_empty()));
        let message = c["message"].as_str().expect("message");
        assert!(message.contains("bytes left out)"), "the 1 MB message is cut");
        assert!(message.contains("cited path(s) left out: a criterion's message and evidence are limited to 64 KB"));
    }
}
