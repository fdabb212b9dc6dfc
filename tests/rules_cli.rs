//! The rule author's commands: init, new, lint, test, doc, impact.

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
        .stdout("no verdict, score or coverage changes\n");
}

#[test]
fn lint_reports_a_broken_rule_with_its_place_and_exits_2() {
    gapwise()
        .args(["rules", "lint", "--pack", "tests/data/packs/broken"])
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
fn a_new_rule_runs_and_lint_refuses_it_until_its_placeholders_are_replaced() {
    let dir = tempfile::tempdir().expect("tempdir");
    let pack = dir.path().join("pack");
    std::fs::create_dir_all(&pack).expect("pack dir");
    std::fs::copy("tests/data/impact/before/pack.yaml", pack.join("pack.yaml")).expect("pack.yaml");
    gapwise()
        .args(["rules", "new", "demo.art12.liability", "--pack"])
        .arg(&pack)
        .assert()
        .success()
        .stdout(predicate::str::contains("art12_liability.rhai`, then"))
        .stdout(predicate::str::contains("both files").not())
        .stdout(predicate::str::contains("tests/art12_liability.yaml`, then").not());
    let rule = pack.join("art12_liability.rhai");
    let text = std::fs::read_to_string(&rule).expect("rule written");
    assert!(text.contains("reference: \"Art. 12\""), "{text}");
    assert!(pack.join("tests/art12_liability.yaml").is_file());
    gapwise()
        .args(["rules", "test", "--pack"])
        .arg(&pack)
        .assert()
        .success();
    gapwise()
        .args(["rules", "lint", "--pack"])
        .arg(&pack)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("art12_liability.rhai:1:"))
        .stderr(predicate::str::contains("placeholder text left in the rule"));
    std::fs::write(&rule, text.replace("TODO ", "")).expect("rule edited");
    gapwise()
        .args(["rules", "lint", "--pack"])
        .arg(&pack)
        .assert()
        .success();
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
        .stdout(predicate::str::contains("\"id\": \"demo.art12.liability\""));
    gapwise()
        .args(["rules", "new", "demo.art12.liability", "--pack"])
        .arg(&pack)
        .assert()
        .code(2);
}

/// Issue 13: the pack you edit is the pack that runs.
#[test]
fn new_refuses_the_bundled_pack_and_its_source_folder_and_init_makes_a_copy() {
    gapwise()
        .args(["rules", "new", "budapest.art12.x", "--pack", "budapest"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("gapwise rules init my-pack --from budapest"));
    gapwise()
        .args(["rules", "new", "budapest.art12.x", "--pack", "rules/budapest"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("source folder of the bundled pack `budapest`"))
        .stderr(predicate::str::contains("--bundled-source"));
    assert!(!std::path::Path::new("rules/budapest/art12_x.rhai").exists());

    let dir = tempfile::tempdir().expect("tempdir");
    gapwise()
        .current_dir(dir.path())
        .args(["rules", "init", "my-pack", "--from", "budapest"])
        .assert()
        .success()
        .stdout(predicate::str::contains("gapwise rules new --pack ./my-pack ID"));
    let copy = dir.path().join("my-pack");
    assert!(copy.join("pack.yaml").is_file() && copy.join("tests/fixtures/mexico-2014.yaml").is_file());
    gapwise()
        .current_dir(dir.path())
        .args(["rules", "init", "my-pack", "--from", "budapest"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("not an empty folder"));
    // An unchanged copy is the bundled pack: no mark.
    let profile = std::fs::canonicalize("profiles/mexico-2014.yaml").expect("profile");
    gapwise()
        .current_dir(dir.path())
        .args(["assess", "--pack", "./my-pack"])
        .arg(&profile)
        .assert()
        .success()
        .stdout(predicate::str::contains("(modified").not());
    gapwise()
        .current_dir(dir.path())
        .args(["rules", "new", "budapest.art12.corporate_duty", "--pack", "./my-pack"])
        .assert()
        .success();
    let rule = std::fs::read_to_string(copy.join("art12_corporate_duty.rhai")).expect("rule");
    assert!(rule.contains("area: \"substantive\""), "{rule}");
    assert!(rule.contains("stage: \"foundational\""), "{rule}");
    gapwise()
        .current_dir(dir.path())
        .args(["rules", "test", "--pack", "./my-pack"])
        .assert()
        .success();
    gapwise()
        .current_dir(dir.path())
        .args(["assess", "--pack", "./my-pack"])
        .arg(&profile)
        .assert()
        .success()
        .stdout(predicate::str::contains("version 2.0.0 (modified, sha256:"));
    let impact = gapwise()
        .current_dir(dir.path())
        .args(["rules", "impact", "--before", "budapest", "--after", "./my-pack"])
        .arg(&profile)
        .assert()
        .success();
    let text = String::from_utf8_lossy(&impact.get_output().stdout).to_string();
    assert!(
        text.contains("budapest.art12.corporate_duty: (absent) -> no_data"),
        "{text}"
    );
    assert!(
        text.contains("coverage of substantive 0% (0 of 15 known) -> 0% (0 of 16 known)"),
        "{text}"
    );
}

#[test]
fn a_changed_folder_named_like_a_bundled_pack_is_named_and_the_bundled_one_runs() {
    let dir = tempfile::tempdir().expect("tempdir");
    gapwise()
        .current_dir(dir.path())
        .args(["rules", "init", "budapest"])
        .assert()
        .success();
    gapwise()
        .current_dir(dir.path())
        .args(["rules", "list"])
        .assert()
        .success()
        .stderr(predicate::str::is_empty());
    let rule = dir.path().join("budapest/art2_illegal_access.rhai");
    let text = std::fs::read_to_string(&rule).expect("rule");
    std::fs::write(&rule, format!("{text}\n// changed\n")).expect("rule changed");
    gapwise()
        .current_dir(dir.path())
        .args(["rules", "list"])
        .assert()
        .success()
        .stdout(predicate::str::contains("from bundled:budapest"))
        .stderr(predicate::str::contains(
            "the bundled pack `budapest` runs (the copy built into this gapwise); the folder `budapest` differs from it: pass `--pack ./budapest`",
        ));
    gapwise()
        .current_dir(dir.path())
        .args(["rules", "list", "--pack", "./budapest"])
        .assert()
        .success()
        .stdout(predicate::str::contains("(modified, sha256:"));
}

#[test]
fn lint_names_misspelt_profile_fields_and_the_runtime_error_names_the_field() {
    let dir = tempfile::tempdir().expect("tempdir");
    let pack = dir.path().join("pack");
    std::fs::create_dir_all(pack.join("tests")).expect("pack dir");
    std::fs::copy("tests/data/impact/before/pack.yaml", pack.join("pack.yaml")).expect("pack.yaml");
    std::fs::write(
        pack.join("typo.rhai"),
        "fn meta() {\n    #{ id: \"demo.art11.typo\", title: \"Typo\", reference: \"Art. 11\", area: \"substantive\", severity: \"low\", weight: 1, recommendation: \"Fix it.\" }\n}\n\nfn check(p) {\n    let law = law(p, \"11\");\n    if law != () && law.provison != () { return met(\"x\"); }\n    let entry = p.legislaton[\"11\"];\n    met(\"y\")\n}\n",
    )
    .expect("rule");
    gapwise()
        .args(["rules", "lint", "--pack"])
        .arg(&pack)
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "typo.rhai:7:25: error: `legislation[..]` has no field `provison`",
        ))
        .stderr(predicate::str::contains("did you mean `provision`?"))
        .stderr(predicate::str::contains(
            "typo.rhai:8:19: error: `p` has no field `legislaton`: `p.legislaton` is always `()`",
        ))
        .stderr(predicate::str::contains("did you mean `legislation`?"));
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
        .code(3)
        .stdout(predicate::str::contains("typo.rhai:8: `p.legislaton` is `()`"));
}

#[test]
fn every_rules_command_names_its_pack_with_the_same_flag() {
    for command in [
        vec!["list"],
        vec!["show", "capacity.csirt.national"],
        vec!["doc"],
        vec!["test"],
        vec!["lint"],
    ] {
        let help = gapwise()
            .args(["rules"])
            .args(&command)
            .arg("--help")
            .assert()
            .success();
        let text = String::from_utf8_lossy(&help.get_output().stdout).to_string();
        assert!(text.contains("--pack <PACK>"), "{command:?}: {text}");
        assert!(text.contains("a bundled pack's name"), "{command:?}: {text}");
        let mut args = vec!["rules"];
        args.extend(&command);
        if command[0] != "show" {
            gapwise()
                .args(&args)
                .args(["--pack", "rules/capacity"])
                .assert()
                .success();
            gapwise()
                .args(&args)
                .arg("rules/capacity")
                .assert()
                .code(2)
                .stderr(predicate::str::contains("name the pack with `--pack rules/capacity`"));
        }
    }
    let help = gapwise().args(["rules", "new", "--help"]).assert().success();
    assert!(String::from_utf8_lossy(&help.get_output().stdout).contains("--pack <PACK>"));
}

#[test]
fn doc_renders_the_catalogue_in_markdown_and_html() {
    gapwise()
        .args(["rules", "doc", "--pack", "rules/budapest"])
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
        .args([
            "rules",
            "test",
            "--coverage",
            "--min-coverage",
            "100",
            "--pack",
            "rules/budapest",
        ])
        .assert()
        .success()
        .stdout(predicate::str::contains(" passed, 0 failed"))
        .stdout(predicate::str::contains("coverage: 100.0% of statement lines"));
    gapwise()
        .args(["rules", "test", "--pack", "tests/data/rules/wrong"])
        .assert()
        .code(2)
        .stdout(predicate::str::contains("expected not_met, got met"));
}
