//! `gapwise report` on results files that were edited after `gapwise assess`
//! wrote them: every figure is computed again from the criteria and the
//! stamp's digests are checked where they can be, and a file that disagrees
//! is refused (exit 2) with a message saying what disagrees.

use assert_cmd::Command;
use predicates::prelude::*;
use serde_json::{json, Value};

const MEXICO: &str = "profiles/mexico-2014.yaml";

fn gapwise() -> Command {
    Command::cargo_bin("gapwise").expect("binary")
}

/// The results of assessing Mexico, as `gapwise assess --format json` writes them.
fn results() -> Value {
    let out = gapwise()
        .args(["assess", MEXICO, "--format", "json"])
        .assert()
        .success();
    serde_json::from_slice(&out.get_output().stdout).expect("results")
}

fn report(results: &Value, extra: &[&str]) -> assert_cmd::assert::Assert {
    gapwise()
        .args(["report", "-"])
        .args(extra)
        .write_stdin(results.to_string())
        .assert()
}

fn count(results: &Value, outcome: &str) -> u64 {
    results["assessments"][0]["overall"]["counts"][outcome]
        .as_u64()
        .expect("count")
}

#[test]
fn an_untouched_results_file_renders_and_matches_its_pack() {
    let r = results();
    report(&r, &[])
        .success()
        .stderr(predicate::str::contains("note:").not());
    report(&r, &["--pack", "rules/budapest", "--format", "csv"]).success();
}

#[test]
fn a_tampered_outcome_is_refused_because_the_counts_no_longer_follow() {
    let mut r = results();
    let met = count(&r, "met");
    let criteria = r["assessments"][0]["criteria"].as_array_mut().expect("criteria");
    let c = criteria
        .iter_mut()
        .find(|c| c["outcome"] == "not_met")
        .expect("a criterion not met");
    c["outcome"] = json!("met");
    report(&r, &[])
        .code(2)
        .stderr(
            predicate::str::contains("is not a consistent results file").and(predicate::str::contains(format!(
                "the summary counts {met} met, and its criteria give {}",
                met + 1
            ))),
        );
}

#[test]
fn tampered_counts_are_refused() {
    let mut r = results();
    let met = count(&r, "met");
    r["assessments"][0]["overall"]["counts"]["met"] = json!(999);
    report(&r, &[]).code(2).stderr(predicate::str::contains(format!(
        "the summary counts 999 met, and its criteria give {met}"
    )));
    let mut r = results();
    let area = r["assessments"][0]["areas"][0]["id"]
        .as_str()
        .expect("area")
        .to_string();
    r["assessments"][0]["areas"][0]["counts"]["no_data"] = json!(999);
    report(&r, &[]).code(2).stderr(predicate::str::contains(format!(
        "area `{area}` counts 999 no data, and its criteria give"
    )));
}

#[test]
fn a_tampered_score_is_refused() {
    let mut r = results();
    r["assessments"][0]["overall"]["lower_bound"] = json!(99.9);
    report(&r, &[]).code(2).stderr(predicate::str::contains(
        "the summary has lower bound 99.9, and its criteria give",
    ));
}

#[test]
fn a_gap_naming_no_criterion_is_refused() {
    let mut r = results();
    r["assessments"][0]["gaps"]
        .as_array_mut()
        .expect("gaps")
        .push(json!("budapest.art99.nothing"));
    report(&r, &[]).code(2).stderr(predicate::str::contains(
        "gap `budapest.art99.nothing` names no criterion",
    ));
}

#[test]
fn a_dropped_gap_is_refused() {
    let mut r = results();
    let gaps = r["assessments"][0]["gaps"].as_array_mut().expect("gaps");
    assert!(!gaps.is_empty(), "Mexico 2014 has gaps");
    gaps.remove(0);
    report(&r, &[])
        .code(2)
        .stderr(predicate::str::contains("the gaps are").and(predicate::str::contains("and the criteria give")));
}

#[test]
fn a_wrong_pack_digest_is_refused_when_the_pack_is_at_hand() {
    let mut r = results();
    let wrong = format!("sha256:{}", "0".repeat(64));
    r["assessments"][0]["stamp"]["pack_digest"] = json!(wrong);
    report(&r, &[]).code(2).stderr(predicate::str::contains(format!(
        "the stamp's pack digest `{wrong}` is not that of `bundled:budapest`"
    )));
    report(&r, &["--pack", "rules/budapest"])
        .code(2)
        .stderr(predicate::str::contains("is not that of `rules/budapest`"));
}

#[test]
fn a_pack_that_is_not_at_hand_is_said_so() {
    let mut r = results();
    r["assessments"][0]["pack"]["version"] = json!("0.0.1");
    report(&r, &[]).success().stderr(predicate::str::contains(
        "note: pack `budapest` 0.0.1 is not bundled with this gapwise: the stamp's pack digest is not checked",
    ));
}

#[test]
fn a_malformed_digest_is_refused() {
    let mut r = results();
    r["assessments"][0]["stamp"]["profile_digest"] = json!("md5:abc");
    report(&r, &[]).code(2).stderr(predicate::str::contains(
        "the stamp's profile digest `md5:abc` is not a `sha256:` digest",
    ));
}

#[test]
fn a_criterion_changed_against_its_rule_is_refused() {
    let mut r = results();
    // Same outcome, another severity (of no gap, so no ranking changes):
    // the figures still follow, the pack does not.
    let criteria = r["assessments"][0]["criteria"].as_array_mut().expect("criteria");
    let c = criteria
        .iter_mut()
        .find(|c| c["outcome"] != "not_met" && c["outcome"] != "partly_met")
        .expect("a criterion that is no gap");
    let severity = if c["severity"] == "low" { "critical" } else { "low" };
    c["severity"] = json!(severity);
    let id = c["id"].as_str().expect("id").to_string();
    report(&r, &[]).code(2).stderr(predicate::str::contains(format!(
        "criterion `{id}` differs from its rule in `bundled:budapest`"
    )));
}

#[test]
fn other_templates_in_the_stamp_are_noted() {
    let mut r = results();
    let other = format!("sha256:{}", "a".repeat(64));
    r["assessments"][0]["stamp"]["templates_digest"] = json!(other);
    report(&r, &[]).success().stderr(predicate::str::contains(format!(
        "was rendered with other templates (`{other}`)"
    )));
}
