//! `gapwise progress` over several packs: a section per pack in every
//! format, the facts that changed told once, and results files (as
//! `gapwise assess --format json` writes them) read as snapshots.

use assert_cmd::Command;
use predicates::prelude::*;
use serde_json::Value;

const PACKS: &str = "tests/data/progress/pack,capacity";
const OLD: &str = "tests/data/progress/snapshots/2014/mexico.yaml";
const NEW: &str = "tests/data/progress/snapshots/2020/mexico.yaml";

fn gapwise() -> Command {
    Command::cargo_bin("gapwise").expect("binary")
}

fn run(args: &[&str]) -> String {
    let out = gapwise().arg("progress").args(args).output().expect("runs");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).expect("utf-8")
}

fn two_packs(format: &str) -> String {
    run(&["--pack", PACKS, OLD, NEW, "--format", format])
}

/// The page without its `<head>` (the CSS) and with the templates' digest
/// blanked: a change to another template must not move this snapshot.
fn body(html: &str) -> String {
    let body = html.find("<body>").map_or(html, |i| &html[i..]);
    match body.find("templates sha256:") {
        Some(i) => {
            let end = body[i..].find('<').map_or(body.len(), |e| i + e);
            format!("{}templates sha256:…{}", &body[..i], &body[end..])
        }
        None => body.to_string(),
    }
}

fn count(step: &Value, key: &str) -> u64 {
    step["counts"][key].as_u64().unwrap_or(u64::MAX)
}

#[test]
fn json_has_a_series_per_pack_and_the_facts_once() {
    let text = two_packs("json");
    let p: Value = serde_json::from_str(&text).expect("json");
    assert_eq!(p["schema"], "gapwise/progress/v2");
    let ids: Vec<&str> = p["packs"]
        .as_array()
        .expect("packs")
        .iter()
        .filter_map(|x| x["id"].as_str())
        .collect();
    assert_eq!(ids, ["progress-demo", "capacity"]);
    let c = &p["countries"][0];
    let series: Vec<&str> = c["packs"]
        .as_array()
        .expect("series")
        .iter()
        .filter_map(|x| x["pack"].as_str())
        .collect();
    assert_eq!(series, ids, "the order of --pack");
    // The demo pack's step is the one the single-pack tests pin.
    let demo = &c["packs"][0]["steps"][0];
    assert_eq!(count(demo, "newly_known"), 3);
    assert_eq!(count(demo, "improved"), 2);
    // The capacity pack: the strategy adopted in 2017 is an improvement there too.
    let capacity = &c["packs"][1]["steps"][0];
    let strategy = capacity["criteria"]
        .as_array()
        .expect("criteria")
        .iter()
        .find(|k| k["id"] == "cap.ncs_exists")
        .expect("strategy criterion");
    assert_eq!(strategy["transition"], "improved");
    assert_eq!(c["packs"][1]["points"].as_array().map(Vec::len), Some(2));
    // Areas carry their stage at both ends.
    assert!(capacity["areas"]
        .as_array()
        .expect("areas")
        .iter()
        .any(|a| a["stage_to"].is_string()));
    // The facts that changed are told once for the country, not per pack.
    let facts = c["facts"].as_array().expect("facts");
    assert_eq!(facts.len(), 1);
    assert_eq!(facts[0]["narrative"].as_array().map(Vec::len), Some(7));
    assert!(demo.get("narrative").is_none());
    insta::assert_snapshot!("progress_two_packs_json", text);
}

#[test]
fn markdown_has_a_section_per_pack_after_the_facts() {
    let md = two_packs("md");
    let facts = md.find("## What changed in the facts").expect("facts section");
    let demo = md.find("## Progress demo, version 1.0.0").expect("demo section");
    let capacity = md
        .find("## National cybersecurity and cybercrime capacity, version")
        .expect("capacity section");
    assert!(facts < demo && demo < capacity, "facts, then the packs in order");
    assert_eq!(
        md.matches("Budapest status: invited → party").count(),
        1,
        "the narrative is told once"
    );
    assert!(md[capacity..].contains("**A national cybersecurity strategy is adopted**"));
    assert!(md[demo..capacity].contains("+50 from real change, -14.3 from new evidence"));
    insta::assert_snapshot!("progress_two_packs_md", md);
}

#[test]
fn html_has_a_section_and_a_chart_per_pack() {
    let html = two_packs("html");
    assert_eq!(html.matches("<section class=\"pack\"").count(), 2);
    assert!(html.contains("id=\"pack-mx-progress-demo\""));
    assert!(html.contains("id=\"pack-mx-capacity\""));
    assert!(
        html.contains("id=\"chart-mx-capacity-0-t\""),
        "a chart per pack, with ids unique in the page"
    );
    assert_eq!(html.matches("<h2 id=\"facts-MX\">").count(), 1);
    for forbidden in ["<script", "<link", "src=\"http", "{{"] {
        assert!(!html.contains(forbidden), "{forbidden}");
    }
    insta::assert_snapshot!("progress_two_packs_html_body", body(&html));
}

#[test]
fn csv_has_a_pack_column_and_the_packs_in_order() {
    let csv = two_packs("csv");
    let lines: Vec<&str> = csv.lines().collect();
    assert!(lines[0].starts_with("country,iso2,pack,from,to,kind,"));
    let packs: Vec<&str> = lines[1..].iter().map(|l| l.split(',').nth(2).unwrap_or("")).collect();
    let first_capacity = packs.iter().position(|p| *p == "capacity").expect("capacity rows");
    assert!(packs[..first_capacity].iter().all(|p| *p == "progress-demo"));
    assert!(packs[first_capacity..].iter().all(|p| *p == "capacity"));
    // 6 demo criteria + overall + 4 areas; 25 capacity criteria + overall + its areas.
    assert_eq!(first_capacity, 6 + 1 + 4);
    assert!(lines.iter().any(
        |l| l.contains(",capacity,2014-11-23,2020-06-30,criterion,cap.ncs_exists,")
            && l.contains(",partly_met,met,improved,")
    ));
    insta::assert_snapshot!("progress_two_packs_csv", csv);
}

#[test]
fn the_default_packs_are_those_of_assess() {
    let p: Value = serde_json::from_str(&run(&[OLD, NEW, "--format", "json"])).expect("json");
    let ids: Vec<&str> = p["packs"]
        .as_array()
        .expect("packs")
        .iter()
        .filter_map(|x| x["id"].as_str())
        .collect();
    assert_eq!(ids, ["budapest", "capacity"]);
}

/// `gapwise assess --format json` of a profile into a folder.
fn results_of(dir: &std::path::Path, profile: &str, packs: &str, name: &str) -> String {
    let out = gapwise()
        .args(["assess", profile, "--format", "json", "--pack", packs])
        .output()
        .expect("assess");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let path = dir.join(name);
    std::fs::write(&path, out.stdout).expect("write results");
    path.to_string_lossy().into_owned()
}

#[test]
fn results_files_of_several_packs_are_read_as_snapshots() {
    let dir = tempfile::tempdir().expect("tempdir");
    let old = results_of(dir.path(), OLD, PACKS, "old.json");
    let new = results_of(dir.path(), NEW, PACKS, "new.json");
    let from_results: Value =
        serde_json::from_str(&run(&["--pack", PACKS, &old, &new, "--format", "json"])).expect("json");
    let from_profiles: Value = serde_json::from_str(&two_packs("json")).expect("json");
    // The same verdicts and scores, without evaluating again.
    assert_eq!(
        from_results["countries"][0]["packs"],
        from_profiles["countries"][0]["packs"]
    );
    let profile = from_results["countries"][0]["dates"][0]["profile"]
        .as_str()
        .unwrap_or("");
    assert!(profile.ends_with(&format!("old.json ({OLD})")), "{profile}");
    // A results file carries no profile: the treaty change is still told, from the assessments.
    let facts = from_results["countries"][0]["facts"][0]["narrative"]
        .as_array()
        .expect("facts");
    assert_eq!(facts.len(), 1);
    assert!(facts[0]["text"]
        .as_str()
        .unwrap_or("")
        .starts_with("Budapest status: invited → party"));
}

#[test]
fn a_results_file_without_a_requested_pack_is_an_error_naming_both() {
    let dir = tempfile::tempdir().expect("tempdir");
    let old = results_of(dir.path(), OLD, "capacity", "old.json");
    let new = results_of(dir.path(), NEW, "capacity", "new.json");
    gapwise()
        .args(["progress", "--pack", PACKS, &old, &new])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("old.json").and(predicate::str::contains("pack `progress-demo`")));
    // With the pack it holds, it is fine.
    let md = run(&["--pack", "capacity", &old, &new]);
    assert!(md.contains("## National cybersecurity and cybercrime capacity"));
}

#[test]
fn a_results_file_cannot_follow_a_profile_through_the_years() {
    let dir = tempfile::tempdir().expect("tempdir");
    let old = results_of(dir.path(), OLD, PACKS, "old.json");
    gapwise()
        .args(["progress", "--pack", PACKS, &old, "--every", "year"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("old.json").and(predicate::str::contains("needs a profile")));
}

#[test]
fn a_designation_that_comes_to_apply_without_data_is_not_evidence_lost() {
    // Mexico became a Party between the snapshots: Art. 24(7) and the
    // functions of Art. 35 came to apply, and nothing is known of them yet.
    let p: Value = serde_json::from_str(&run(&["--pack", "budapest", OLD, NEW, "--format", "json"])).expect("json");
    let step = &p["countries"][0]["packs"][0]["steps"][0];
    let moved = |id: &str| {
        step["criteria"]
            .as_array()
            .expect("criteria")
            .iter()
            .find(|c| c["id"] == id)
            .map(|c| (c["from"].clone(), c["to"].clone(), c["transition"].clone()))
            .expect("criterion")
    };
    for id in ["budapest.art24.authority", "budapest.art35.functions"] {
        assert_eq!(
            moved(id),
            ("not_applicable".into(), "no_data".into(), "changed".into()),
            "{id}"
        );
    }
    assert_eq!(count(step, "evidence_lost"), 0);
    let md = run(&["--pack", "budapest", OLD, NEW]);
    assert!(!md.contains("Evidence lost ("), "{md}");
    assert!(md.contains("0 evidence lost"));
}
