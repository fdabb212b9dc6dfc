//! Batch runs: many profiles streamed through the pipeline in parallel give
//! the same output, in the same order, as one document; nothing is written
//! when any profile is unusable.

use assert_cmd::Command;
use predicates::prelude::*;

fn gapwise() -> Command {
    Command::cargo_bin("gapwise").expect("binary builds")
}

const MEXICO: &str = "profiles/mexico-2014.yaml";

/// `count` variants of the Mexico profile, each its own country and date,
/// in a folder; more than one chunk of the pipeline.
fn corpus(dir: &std::path::Path, count: usize) {
    let text = std::fs::read_to_string(MEXICO).expect("the Mexico profile");
    for i in 0..count {
        let iso2: String = [b'A' + (i % 26) as u8, b'A' + (i / 26) as u8]
            .iter()
            .map(|&b| b as char)
            .collect();
        let variant = text
            .replace("iso2: MX", &format!("iso2: {iso2}"))
            .replace("name: Mexico", &format!("name: Country {i}"));
        // Names sort in another order than the countries: output follows paths.
        std::fs::write(dir.join(format!("p{:03}.yaml", count - i)), variant).expect("profile written");
    }
}

#[test]
fn a_folder_streamed_to_json_lists_every_assessment_in_path_order() {
    let dir = tempfile::tempdir().expect("tempdir");
    let profiles = dir.path().join("profiles");
    std::fs::create_dir(&profiles).expect("folder");
    corpus(&profiles, 150);
    let out = dir.path().join("out");
    gapwise()
        .args(["assess", "--pack", "budapest", "--format", "json", "--out"])
        .arg(&out)
        .arg(&profiles)
        .assert()
        .success()
        .stderr(predicate::str::contains(format!("wrote 1 report to {}", out.display())));
    let text = std::fs::read_to_string(out.join("results.json")).expect("results written");
    let results: serde_json::Value = serde_json::from_str(&text).expect("results are JSON");
    let listed: Vec<&str> = results["assessments"]
        .as_array()
        .expect("a list")
        .iter()
        .map(|a| a["profile"].as_str().expect("profile"))
        .collect();
    let mut sorted = listed.clone();
    sorted.sort();
    assert_eq!(listed.len(), 150);
    assert_eq!(listed, sorted, "assessments follow the profiles' paths");
    // The streamed document is byte for byte what serde writes of the whole.
    let typed: gapwise::engine::Results = serde_json::from_str(&text).expect("results file");
    let mut whole = serde_json::to_string_pretty(&typed).expect("re-serialised");
    whole.push('\n');
    assert_eq!(text, whole);
    // And standard output gives the same document.
    let stdout = gapwise()
        .args(["assess", "--pack", "budapest", "--format", "json"])
        .arg(&profiles)
        .output()
        .expect("runs");
    assert_eq!(String::from_utf8_lossy(&stdout.stdout), text);
}

#[test]
fn one_unusable_profile_among_many_writes_nothing_and_leaves_no_folder() {
    let dir = tempfile::tempdir().expect("tempdir");
    let profiles = dir.path().join("profiles");
    std::fs::create_dir(&profiles).expect("folder");
    corpus(&profiles, 100);
    std::fs::write(
        profiles.join("p050.yaml"),
        "schema: gapwise/profile/v1\ncountry: {name: X}\n",
    )
    .expect("bad profile");
    for format in ["md", "json"] {
        let out = dir.path().join(format!("out-{format}"));
        gapwise()
            .args(["assess", "--format", format, "--out"])
            .arg(&out)
            .arg(&profiles)
            .assert()
            .code(2)
            .stderr(predicate::str::contains("p050.yaml"))
            .stderr(predicate::str::contains(
                "1 of 100 profile(s) could not be used; nothing was assessed",
            ));
        assert!(!out.exists(), "`{}` was left behind", out.display());
    }
    gapwise()
        .args(["assess", "--format", "csv"])
        .arg(&profiles)
        .assert()
        .code(2)
        .stdout(predicate::str::is_empty());
}

#[test]
fn reports_of_a_folder_are_one_file_each_and_quiet_says_nothing() {
    let dir = tempfile::tempdir().expect("tempdir");
    let profiles = dir.path().join("profiles");
    std::fs::create_dir(&profiles).expect("folder");
    corpus(&profiles, 70);
    let out = dir.path().join("out");
    gapwise()
        .args(["assess", "--format", "md", "--quiet", "--out"])
        .arg(&out)
        .arg(&profiles)
        .assert()
        .success()
        .stderr(predicate::str::is_empty());
    let mut names: Vec<String> = std::fs::read_dir(&out)
        .expect("out folder")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    // One report per profile (a section per pack), nothing staged left.
    assert_eq!(names.len(), 70, "{names:?}");
    assert!(names.iter().all(|n| n.ends_with(".md") && !n.starts_with('.')));
    let one = gapwise()
        .arg("assess")
        .arg(profiles.join("p070.yaml"))
        .output()
        .expect("runs");
    assert_eq!(
        std::fs::read_to_string(out.join("aa-2014-11-23.md")).expect("report of the first variant"),
        String::from_utf8_lossy(&one.stdout)
    );
    gapwise()
        .args(["assess", "--format", "md", "--out"])
        .arg(&out)
        .arg(&profiles)
        .assert()
        .success()
        .stderr(predicate::str::contains(format!(
            "wrote 70 reports to {} in ",
            out.display()
        )));
}
