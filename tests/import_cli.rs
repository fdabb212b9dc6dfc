//! `gapwise import` as a user runs it: page -> draft -> assessment.

use assert_cmd::Command;
use predicates::prelude::*;

/// A copy of the real country page (shared/sources/octopus-mexico-2014.txt).
const PAGE: &str = "tests/data/import/octopus-mexico-2014.txt";

fn gapwise() -> Command {
    Command::cargo_bin("gapwise").expect("binary builds")
}

fn outcomes(json: &[u8]) -> Vec<(String, String)> {
    let results: serde_json::Value = serde_json::from_slice(json).expect("json results");
    results["assessments"][0]["criteria"]
        .as_array()
        .expect("criteria")
        .iter()
        .map(|c| {
            (
                c["id"].as_str().unwrap_or_default().to_string(),
                c["outcome"].as_str().unwrap_or_default().to_string(),
            )
        })
        .collect()
}

#[test]
fn imported_mexico_assesses_like_the_hand_written_profile() {
    let draft = gapwise()
        .args(["import", PAGE])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    gapwise()
        .args(["validate", "-"])
        .write_stdin(draft.clone())
        .assert()
        .success();
    let imported = gapwise()
        .args(["assess", "-", "--format", "json"])
        .write_stdin(draft)
        .assert()
        .success();
    let by_hand = gapwise()
        .args(["assess", "profiles/mexico-2014.yaml", "--format", "json"])
        .assert()
        .success();
    assert_eq!(
        outcomes(&imported.get_output().stdout),
        outcomes(&by_hand.get_output().stdout)
    );
}

#[test]
fn import_writes_a_file_and_a_summary_of_what_is_missing() {
    let dir = tempfile::tempdir().expect("tempdir");
    let out = dir.path().join("mexico.yaml");
    gapwise()
        .args(["import", PAGE, "--out"])
        .arg(&out)
        .assert()
        .success()
        .stderr(predicate::str::contains("facts not found, to collect"))
        .stderr(predicate::str::contains("contact_point.designated"));
    gapwise().arg("validate").arg(&out).assert().success();
}

#[test]
fn a_page_that_is_not_utf8_is_a_clear_error() {
    let dir = tempfile::tempdir().expect("tempdir");
    let file = dir.path().join("page.txt");
    std::fs::write(&file, b"Status : Partie \xe9t\xe9\n").expect("write");
    gapwise()
        .arg("import")
        .arg(&file)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("is not UTF-8 text"));
}

#[test]
fn an_empty_page_is_a_clear_error() {
    gapwise()
        .args(["import", "-"])
        .write_stdin("")
        .assert()
        .code(2)
        .stderr(predicate::str::contains("is empty"));
}
