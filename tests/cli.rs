//! The command line as a user runs it: exit codes, messages, files written.

use assert_cmd::Command;
use predicates::prelude::*;

fn gapwise() -> Command {
    Command::cargo_bin("gapwise").expect("binary builds")
}

const GOOD: &str = "tests/data/validate/testland_good.yaml";

#[test]
fn validate_reports_all_three_problems_with_places_and_exits_2() {
    let out = gapwise()
        .args(["validate", "tests/data/validate/three_problems_bad.yaml"])
        .assert()
        .code(2);
    let stderr = String::from_utf8_lossy(&out.get_output().stderr).to_string();
    let expected = std::fs::read_to_string("tests/data/validate/three_problems_bad.expected").expect("expected output");
    assert_eq!(stderr, expected);
}

#[test]
fn validate_checks_consistency_beyond_types() {
    gapwise()
        .args(["validate", "tests/data/validate/consistency_bad.yaml"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "consistency_bad.yaml:7:18: error: Art. 42 allows no reservation on article `2`",
        ))
        .stderr(predicate::str::contains(
            "consistency_bad.yaml:10:23: error: entry into force (2015-05-01) is not after the deposit",
        ));
}

#[test]
fn validate_accepts_a_good_profile_and_stdin() {
    gapwise()
        .args(["validate", GOOD])
        .assert()
        .success()
        .stdout(predicate::str::contains("ok"));
    let text = std::fs::read_to_string(GOOD).expect("fixture");
    gapwise()
        .args(["validate", "-"])
        .write_stdin(text)
        .assert()
        .success()
        .stdout(predicate::str::contains("<stdin>: ok"));
}

#[test]
fn validate_names_a_missing_file() {
    gapwise()
        .args(["validate", "no/such/profile.yaml"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("cannot read `no/such/profile.yaml`"));
}

#[test]
fn a_rule_that_breaks_is_an_error_outcome_and_exit_3() {
    let out = gapwise()
        .args(["assess", "--pack", "tests/data/packs/broken", GOOD, "--format", "json"])
        .assert()
        .code(3);
    let results: serde_json::Value = serde_json::from_slice(&out.get_output().stdout).expect("json");
    let criteria = results["assessments"][0]["criteria"].as_array().expect("criteria");
    let outcome = |id: &str| {
        criteria
            .iter()
            .find(|c| c["id"] == id)
            .map(|c| c["outcome"].as_str().unwrap_or_default().to_string())
    };
    assert_eq!(outcome("budapest.art35.designated").as_deref(), Some("met"));
    assert_eq!(outcome("broken.loops").as_deref(), Some("error"));
    let looping = criteria.iter().find(|c| c["id"] == "broken.loops").expect("loop rule");
    assert_eq!(looping["failure"]["file"], "tests/data/packs/broken/loops.rhai");
    assert!(looping["failure"]["line"].as_u64().unwrap_or(0) > 0);
    let syntax = criteria
        .iter()
        .find(|c| c["failure"]["file"] == "tests/data/packs/broken/syntax.rhai")
        .expect("syntax rule");
    assert_eq!(syntax["outcome"], "error");
    assert_eq!(syntax["failure"]["line"], 6);
}

#[test]
fn fail_under_exits_1_only_below_the_threshold() {
    gapwise()
        .args(["assess", GOOD, "--fail-under", "100"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("below --fail-under"));
    gapwise().args(["assess", GOOD, "--fail-under", "0"]).assert().success();
}

#[test]
fn an_invalid_profile_writes_no_report() {
    let dir = tempfile::tempdir().expect("tempdir");
    gapwise()
        .args([
            "assess",
            "tests/data/validate/three_problems_bad.yaml",
            "--format",
            "html",
            "--out",
        ])
        .arg(dir.path())
        .assert()
        .code(2)
        .stderr(predicate::str::contains("nothing was assessed"));
    assert_eq!(std::fs::read_dir(dir.path()).map(|d| d.count()).unwrap_or(0), 0);
}

#[test]
fn usage_errors_exit_2() {
    gapwise()
        .args(["assess", GOOD, "--as-of", "23/11/2014"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("--as-of"));
    gapwise()
        .args(["assess", GOOD, "--pack", "nonesuch"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("no pack named `nonesuch`"));
    gapwise().args(["assess"]).assert().code(2);
}

#[test]
fn rules_list_and_show() {
    gapwise()
        .args(["rules", "list"])
        .assert()
        .success()
        .stdout(predicate::str::contains("budapest.art35.point_of_contact"));
    gapwise()
        .args(["rules", "show", "budapest.art35.point_of_contact"])
        .assert()
        .success()
        .stdout(predicate::str::contains("reference:      Art. 35(1)"))
        .stdout(predicate::str::contains("fn check(p)"));
    gapwise()
        .args(["rules", "show", "budapest.art35.point_of_contct"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "did you mean `budapest.art35.point_of_contact`?",
        ));
}

#[test]
fn schema_is_json_with_the_profile_sections() {
    let out = gapwise().arg("schema").assert().success();
    let schema: serde_json::Value = serde_json::from_slice(&out.get_output().stdout).expect("json");
    let props = schema["properties"].as_object().expect("properties");
    for key in [
        "schema",
        "country",
        "snapshot",
        "budapest",
        "contact_point",
        "legislation",
        "safeguards",
        "jurisprudence",
    ] {
        assert!(props.contains_key(key), "{key}");
    }
}

#[test]
fn two_profiles_with_one_file_name_write_nothing() {
    let dir = tempfile::tempdir().expect("tempdir");
    gapwise()
        .args(["assess", GOOD, GOOD, "--format", "html", "--out"])
        .arg(dir.path())
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "would both be written to `tl-2020-01-01.html`",
        ));
    assert_eq!(std::fs::read_dir(dir.path()).map(|d| d.count()).unwrap_or(0), 0);
}

#[test]
fn a_reader_that_goes_away_is_no_panic() {
    let bin = assert_cmd::cargo::cargo_bin("gapwise");
    let profiles = vec![GOOD; 40].join(" ");
    let script = format!(
        "{} assess {profiles} --format json | head -c 10 >/dev/null",
        bin.display()
    );
    let out = std::process::Command::new("sh")
        .args(["-c", &script])
        .output()
        .expect("sh runs");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!stderr.contains("panicked"), "{stderr}");
}

#[test]
fn a_tampered_results_file_is_refused() {
    let out = gapwise().args(["assess", GOOD, "--format", "json"]).assert().success();
    let mut results: serde_json::Value = serde_json::from_slice(&out.get_output().stdout).expect("json");
    results["assessments"][0]["overall"]["score"] = serde_json::json!(1e300);
    gapwise()
        .args(["report", "-"])
        .write_stdin(results.to_string())
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "overall score or coverage is not a percentage",
        ));
}

#[test]
fn a_source_url_that_is_not_a_web_address_is_a_warning() {
    let text = std::fs::read_to_string(GOOD).expect("fixture").replace(
        "{id: page, title: Testland country page, date: 2020-01-01}",
        "{id: page, title: Testland country page, url: \"javascript:alert(1)\"}",
    );
    gapwise()
        .args(["validate", "-"])
        .write_stdin(text)
        .assert()
        .success()
        .stderr(predicate::str::contains(
            "warning: `javascript:alert(1)` is not a web address",
        ));
}
