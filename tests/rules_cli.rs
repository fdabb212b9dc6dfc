//! The rule author's commands: new, lint, impact.

use assert_cmd::Command;
use predicates::prelude::*;

fn gapwise() -> Command {
    Command::cargo_bin("gapwise").expect("binary builds")
}

#[test]
fn impact_lists_exactly_the_countries_whose_outcome_flips() {
    let out = gapwise()
        .args([
            "rules",
            "impact",
            "--before",
            "tests/data/impact/before",
            "--after",
            "tests/data/impact/after",
        ])
        .args([
            "tests/data/impact/profiles/alpha.yaml",
            "tests/data/impact/profiles/bravo.yaml",
        ])
        .arg("tests/data/impact/profiles/charlie.yaml")
        .arg("--json")
        .assert()
        .success();
    let impact: serde_json::Value = serde_json::from_slice(&out.get_output().stdout).expect("json");
    let verdicts = impact["verdicts"].as_array().expect("verdicts");
    assert_eq!(verdicts.len(), 1, "{verdicts:#?}");
    assert_eq!(verdicts[0]["country"], "bravo");
    assert_eq!(verdicts[0]["before"], "met");
    assert_eq!(verdicts[0]["after"], "not_met");
    assert_eq!(impact["scores"][0]["country"], "bravo");
}

#[test]
fn impact_of_no_change_says_so_and_exits_0() {
    gapwise()
        .args([
            "rules",
            "impact",
            "--before",
            "tests/data/impact/before",
            "--after",
            "tests/data/impact/before",
        ])
        .arg("tests/data/impact/profiles/alpha.yaml")
        .assert()
        .success()
        .stdout("no verdict or score changes\n");
}

#[test]
fn lint_reports_a_broken_rule_with_its_place_and_exits_2() {
    gapwise()
        .args(["rules", "lint", "tests/data/packs/broken"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "tests/data/packs/broken/syntax.rhai:6:13: error: the rule does not compile",
        ));
}

#[test]
fn lint_passes_on_the_bundled_pack() {
    gapwise()
        .args(["rules", "lint"])
        .assert()
        .success()
        .stderr(predicate::str::contains("0 error(s)"));
}

#[test]
fn a_new_rule_passes_lint_and_runs() {
    let dir = tempfile::tempdir().expect("tempdir");
    let pack = dir.path().join("pack");
    std::fs::create_dir_all(&pack).expect("pack dir");
    std::fs::copy("tests/data/impact/before/pack.yaml", pack.join("pack.yaml")).expect("pack.yaml");
    gapwise()
        .args(["rules", "new"])
        .arg(&pack)
        .arg("demo.art12.liability")
        .assert()
        .success();
    assert!(pack.join("art12_liability.rhai").is_file());
    assert!(pack.join("tests/art12_liability.yaml").is_file());
    gapwise().args(["rules", "lint"]).arg(&pack).assert().success();
    gapwise()
        .args([
            "assess",
            "tests/data/validate/testland_good.yaml",
            "--format",
            "json",
            "--pack",
        ])
        .arg(&pack)
        .assert()
        .success()
        .stdout(predicate::str::contains("\"outcome\": \"met\""));
    gapwise()
        .args(["rules", "new"])
        .arg(&pack)
        .arg("demo.art12.liability")
        .assert()
        .code(2);
}

#[test]
fn doc_renders_the_catalogue_in_markdown_and_html() {
    gapwise()
        .args(["rules", "doc", "rules/budapest"])
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "# Budapest Convention on Cybercrime (ETS 185): criteria catalogue",
        ))
        .stdout(predicate::str::contains(
            "`budapest.art35.point_of_contact` | Art. 35(1) |",
        ));
    gapwise()
        .args(["rules", "doc", "--format", "html"])
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "<h2 id=\"area-co-operation\">International co-operation</h2>",
        ))
        .stdout(predicate::str::contains("<script").not());
    gapwise().args(["rules", "doc", "--format", "csv"]).assert().code(2);
}

#[test]
fn test_command_runs_the_bundled_cases_and_fails_on_a_wrong_expectation() {
    gapwise()
        .args(["rules", "test", "--coverage", "--min-coverage", "100", "rules/budapest"])
        .assert()
        .success()
        .stdout(predicate::str::contains(" passed, 0 failed"))
        .stdout(predicate::str::contains("coverage: 100.0% of statement lines"));
    gapwise()
        .args(["rules", "test", "tests/data/rules/wrong"])
        .assert()
        .code(2)
        .stdout(predicate::str::contains("expected not_met, got met"));
}
