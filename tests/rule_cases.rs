//! Runs the YAML cases of every bundled pack: every case passes, and every
//! rule is completely covered (each statement line of its `check` run and
//! each outcome it can return checked by some case).

use gapwise::engine::testing::run_pack_tests;
use gapwise::rules::{bundled, Pack};

#[test]
fn bundled_packs_pass_their_cases_with_complete_coverage() {
    for name in bundled::pack_names() {
        let pack = Pack::resolve(&name).expect("bundled pack loads");
        assert!(pack.problems.is_empty(), "{name}: {:#?}", pack.problems);
        let run = run_pack_tests(&pack);
        println!("{name}:\n{}{}", run.report(), run.coverage.report());
        assert!(run.passed() > 0, "{name} has no cases");
        assert!(run.ok(), "{name}: cases fail:\n{}", run.report());
        assert!(
            run.coverage.complete(),
            "{name}: coverage is not complete:\n{}",
            run.coverage.report()
        );
    }
}

fn fixture(name: &str) -> Pack {
    Pack::from_dir(std::path::Path::new(&format!("tests/data/rules/{name}"))).expect("fixture pack loads")
}

#[test]
fn a_wrong_expectation_fails_the_run_and_names_its_case() {
    let run = run_pack_tests(&fixture("wrong"));
    let report = run.report();
    assert_eq!(run.passed(), 1, "{report}");
    assert_eq!(run.failed(), 2, "{report}");
    assert!(!run.ok(), "a failing case must fail the run");
    assert!(
        report.contains("tests/data/rules/wrong/tests/cases.yaml:8: case `deliberately wrong expectation`: rule wrong.art35.designated expected not_met, got met (\"designated\")"),
        "{report}"
    );
    assert!(
        report.contains("expected no_data with a message containing \"there is no such text\", got no_data"),
        "{report}"
    );
    assert!(
        report.contains("2 passed, 2 failed") || report.contains("1 passed, 2 failed"),
        "{report}"
    );
}

#[test]
fn bad_test_files_are_problems_with_their_place() {
    let run = run_pack_tests(&fixture("wrong"));
    let problems: Vec<String> = run.problems.iter().map(|p| p.to_string()).collect();
    let all = problems.join("\n");
    assert_eq!(problems.len(), 4, "{all}");
    assert!(
        all.contains(
            "cases.yaml:20:7: error: case `unknown rule and outcome`: the pack has no rule `wrong.art35.designatd`"
        ),
        "{all}"
    );
    assert!(all.contains("did you mean `wrong.art35.designated`?"), "{all}");
    assert!(
        all.contains("cases.yaml:21:7: error: case `unknown rule and outcome`: `nearly_met` is not an outcome"),
        "{all}"
    );
    assert!(all.contains("cases.yaml:23:3: error: case `invalid merged profile`: the merged profile is not valid: unknown key `designatd`"), "{all}");
    assert!(
        all.contains("cases.yaml:29:3: error: case `missing base`: cannot read base profile"),
        "{all}"
    );

    let run = run_pack_tests(&fixture("broken"));
    let all: Vec<String> = run.problems.iter().map(|p| p.to_string()).collect();
    assert_eq!(all.len(), 3, "{all:#?}");
    assert!(all[0].contains("broken/tests/bad.yaml:"), "{all:#?}");
    assert!(all[1].contains("broken/tests/mesage.yaml:4:"), "{all:#?}");
    assert!(all[2].contains("broken/tests/typo.yaml:2:"), "{all:#?}");
    assert!(all[2].contains("unknown field `nme`"), "{all:#?}");
    assert!(!run.ok());
}

#[test]
fn coverage_counts_only_lines_and_outcomes_that_cases_check() {
    let run = run_pack_tests(&fixture("wrong"));
    let rule = &run.coverage.rules[0];
    assert!(rule.tested && rule.measured);
    assert_eq!(rule.total_lines, 6, "{}", run.coverage.report());
    // No case checks a stated `false`: the `not_met` line never runs.
    assert_eq!(rule.uncovered_lines, vec![23], "{}", run.coverage.report());
    assert!(rule.missing_outcomes().contains(&gapwise::engine::Outcome::NotMet));
    assert!(!run.coverage.complete());
    assert!(run.coverage.percent() < 100.0);
    assert!(
        run.coverage
            .report()
            .contains("[not run: tests/data/rules/wrong/designated.rhai:23]"),
        "{}",
        run.coverage.report()
    );
}

/// The hand-written `profiles/mexico-2014.yaml` (when present) reads as the
/// Octopus page does: invited, accession pending; designations not yet due;
/// case law on judicial supervision of two powers; nothing on legislation.
#[test]
fn mexico_2014_profile_reads_as_its_page() {
    use gapwise::engine::{assess, Options, Outcome, ProfileInput};
    let path = "profiles/mexico-2014.yaml";
    let Ok(text) = std::fs::read_to_string(path) else {
        eprintln!("{path} not present: skipped");
        return;
    };
    let (profile, _) = gapwise::profile::parse(path, &text).expect("the Mexico profile is valid");
    let pack = Pack::bundled_default().unwrap();
    let result = assess(&pack, &ProfileInput::new(path, &text, profile), &Options::default());
    let outcome = |id: &str| result.criterion(id).map(|c| c.outcome).expect(id);
    assert_eq!(outcome("budapest.treaty.party_in_force"), Outcome::NotMet);
    assert_eq!(outcome("budapest.art35.point_of_contact"), Outcome::NotApplicable);
    assert_eq!(outcome("budapest.art27.central_authority"), Outcome::NotApplicable);
    assert_eq!(outcome("budapest.art15.supervision"), Outcome::PartlyMet);
    for c in &result.criteria {
        if c.area == "substantive" || c.area == "procedural" {
            assert_eq!(c.outcome, Outcome::NoData, "{}: {}", c.id, c.message);
        }
        assert_ne!(c.outcome, Outcome::Error, "{}: {}", c.id, c.message);
    }
}

/// `gapwise rules new` writes a rule and its cases that pass with complete
/// coverage in a copy of the bundled pack.
#[test]
fn a_scaffolded_rule_passes_its_cases_with_complete_coverage() {
    let bundled = Pack::bundled_default().unwrap();
    let plan = gapwise::rules::scaffold::plan(std::path::Path::new("pack"), &bundled, "budapest.art12.corporate_duty")
        .unwrap();
    let name = |p: &std::path::Path| p.strip_prefix("pack").unwrap().to_string_lossy().replace('\\', "/");
    let mut files = bundled::pack_files("budapest").unwrap();
    files.push((name(&plan.rule_path), plan.rule.clone()));
    files.push((name(&plan.test_path), plan.test.clone()));
    let pack = Pack::from_files("pack", files).unwrap();
    assert!(pack.problems.is_empty(), "{:#?}", pack.problems);
    let rule = pack.rule("budapest.art12.corporate_duty").expect("the new rule loads");
    assert_eq!(rule.meta.reference, "Art. 12");
    assert_eq!(rule.meta.area, "substantive");
    assert_eq!(rule.meta.stage.as_deref(), Some("foundational"));
    let run = run_pack_tests(&pack);
    assert!(run.ok(), "{}", run.report());
    assert!(run.coverage.complete(), "{}", run.coverage.report());
    // Lint refuses the placeholders, and only those; the 51 bundled rules stay clean.
    let problems = gapwise::rules::lint::check_pack(&pack);
    assert!(!problems.is_empty());
    for p in &problems {
        assert!(p.file.ends_with("art12_corporate_duty.rhai"), "{p}");
        assert!(p.message.contains("placeholder text"), "{p}");
    }
    assert_eq!(
        pack.version_label(),
        format!("{} (modified, {})", pack.meta.version, &pack.digest[..15])
    );
}

/// `gapwise rules lint` finds no profile path the bundled packs misread.
#[test]
fn bundled_packs_read_only_fields_the_profile_has() {
    for name in bundled::pack_names() {
        let pack = Pack::resolve(&name).expect("bundled pack loads");
        let problems = gapwise::rules::lint::check_pack(&pack);
        assert!(problems.is_empty(), "{name}: {problems:#?}");
        assert_eq!(pack.version_label(), pack.meta.version, "{name} is not marked modified");
    }
}
