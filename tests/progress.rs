//! `gapwise progress`: transitions, the score split, the narrative, in every
//! format, against a small pack of our own (tests/data/progress/pack) and a
//! fictional 2020 snapshot of Mexico beside the 2014 one.

use assert_cmd::Command;
use predicates::prelude::*;
use serde_json::Value;

const PACK: &str = "tests/data/progress/pack";
const OLD: &str = "tests/data/progress/snapshots/2014/mexico.yaml";
const NEW: &str = "tests/data/progress/snapshots/2020/mexico.yaml";
const SNAPSHOTS: &str = "tests/data/progress/snapshots";

fn gapwise() -> Command {
    Command::cargo_bin("gapwise").expect("binary")
}

fn progress(args: &[&str]) -> String {
    let out = gapwise()
        .arg("progress")
        .args(["--pack", PACK])
        .args(args)
        .output()
        .expect("runs");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).expect("utf-8")
}

fn json(args: &[&str]) -> Value {
    let mut all = args.to_vec();
    all.extend(["--format", "json"]);
    serde_json::from_str(&progress(&all)).expect("json")
}

fn transition(step: &Value, id: &str) -> String {
    step["criteria"]
        .as_array()
        .expect("criteria")
        .iter()
        .find(|c| c["id"] == id)
        .map(|c| c["transition"].as_str().unwrap_or_default().to_string())
        .unwrap_or_default()
}

#[test]
fn new_evidence_is_newly_known_not_improved() {
    let p = json(&[OLD, NEW]);
    assert_eq!(p["schema"], "gapwise/progress/v2");
    let step = &p["countries"][0]["packs"][0]["steps"][0];
    assert_eq!(step["from"], "2014-11-23");
    assert_eq!(step["to"], "2020-06-30");
    assert_eq!(step["counts"]["newly_known"], 3);
    assert_eq!(step["counts"]["improved"], 2);
    assert_eq!(step["counts"]["regressed"], 0);
    assert_eq!(transition(step, "demo.contact_point"), "newly_known");
    assert_eq!(transition(step, "demo.mutual_assistance"), "newly_known");
    assert_eq!(transition(step, "demo.illegal_access"), "newly_known");
    assert_eq!(transition(step, "demo.treaty_party"), "improved");
    assert_eq!(transition(step, "demo.strategy"), "improved");
    assert_eq!(transition(step, "demo.police_unit"), "unchanged");
}

#[test]
fn the_score_change_is_split_into_real_change_and_new_evidence() {
    let p = json(&[OLD, NEW]);
    let step = &p["countries"][0]["packs"][0]["steps"][0];
    let o = &step["overall"];
    let f = |k: &str| o[k].as_f64().expect(k);
    assert_eq!(f("from"), 50.0);
    assert_eq!(f("to"), 85.7);
    assert_eq!(f("change"), 35.7);
    // Treaty and strategy (known at both dates) moved the score by +50;
    // the three newly known criteria (one only partly met) by -14.3.
    assert_eq!(f("real_change"), 50.0);
    assert_eq!(f("new_evidence"), -14.3);
    assert!((f("real_change") + f("new_evidence") - f("change")).abs() < 0.05);
    assert_eq!(f("coverage_from"), 50.0);
    assert_eq!(f("coverage_to"), 100.0);
    let areas = step["areas"].as_array().expect("areas");
    let co = areas.iter().find(|a| a["id"] == "co-operation").expect("area");
    assert!(co["from"].is_null(), "no data in 2014: no split");
    assert_eq!(co["coverage_to"], 100.0);
    let treaty = areas.iter().find(|a| a["id"] == "treaty").expect("area");
    assert_eq!(treaty["real_change"], 50.0);
    assert_eq!(treaty["new_evidence"], 0.0);
}

#[test]
fn the_narrative_names_the_facts_with_their_dates_and_sources() {
    let p = json(&[OLD, NEW]);
    let items = p["countries"][0]["facts"][0]["narrative"]
        .as_array()
        .expect("narrative")
        .clone();
    let texts: Vec<&str> = items.iter().filter_map(|i| i["text"].as_str()).collect();
    assert_eq!(
        texts[0],
        "Budapest status: invited → party; accession deposited 2018-06-29, in force 2018-10-01 (Art. 37(2))"
    );
    assert_eq!(items[0]["kind"], "change");
    assert_eq!(items[0]["sources"][0]["id"], "fictional-2020");
    assert!(
        texts.contains(&"cybersecurity strategy: in preparation → adopted (2017)"),
        "{texts:?}"
    );
    let poc = items
        .iter()
        .find(|i| i["text"] == "24/7 point of contact (Art. 35): designated: unknown → yes")
        .expect("contact point");
    assert_eq!(poc["kind"], "new_evidence");
}

#[test]
fn json_reads_back_as_the_progress_format() {
    let text = progress(&[OLD, NEW, "--format", "json"]);
    let back: gapwise::engine::progress::Progress = serde_json::from_str(&text).expect("progress/v2");
    assert_eq!(back.countries[0].dates.len(), 2);
    assert_eq!(back.countries[0].packs[0].points.len(), 2);
    assert_eq!(back.countries[0].packs[0].steps[0].counts.newly_known, 3);
    // Only what changed is told: the facts both snapshots share are not.
    let texts: Vec<&str> = back.countries[0].facts[0]
        .narrative
        .iter()
        .map(|n| n.text.as_str())
        .collect();
    assert!(!texts.iter().any(|t| t.contains("CERT-MX")), "{texts:?}");
    assert_eq!(texts.len(), 7, "{texts:?}");
}

#[test]
fn markdown_tells_the_story() {
    let md = progress(&[OLD, NEW]);
    assert!(md.contains("# Mexico (MX): progress from 2014-11-23 to 2020-06-30"));
    assert!(md.contains("+50 from real change, -14.3 from new evidence"), "{md}");
    assert!(md.contains("#### Newly known (3)"));
    assert!(md.contains("#### Improved (2)"));
    assert!(md.contains("accession deposited 2018-06-29, in force 2018-10-01 (Art. 37(2))"));
    assert!(md.contains("| **Overall** | 50% | 85.7% |"));
}

#[test]
fn html_is_one_self_contained_page_with_a_chart() {
    let html = progress(&[OLD, NEW, "--format", "html"]);
    assert!(html.starts_with("<!DOCTYPE html>"));
    assert!(html.contains("<svg class=\"panel\" role=\"img\""));
    assert!(html.contains("2014-11-23: score 50%, coverage 50%; 2020-06-30: score 85.7%, coverage 100%"));
    assert!(html.contains("Newly known (3)"));
    assert!(html.contains("width=device-width"));
    for forbidden in ["<script", "<link", "src=\"http", "url(http", "{{"] {
        assert!(!html.contains(forbidden), "{forbidden}");
    }
}

#[test]
fn csv_has_a_row_per_criterion_and_per_score() {
    let csv = progress(&[OLD, NEW, "--format", "csv"]);
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(
        lines[0],
        "country,iso2,pack,from,to,kind,id,title,area,from_outcome,to_outcome,transition,score_from,score_to,change,real_change,new_evidence,coverage_from,coverage_to,reference"
    );
    assert_eq!(lines.len(), 1 + 1 + 4 + 6);
    assert!(lines.iter().any(|l| l.starts_with(
        "Mexico,MX,progress-demo,2014-11-23,2020-06-30,overall,overall,Overall,,,,,50,85.7,35.7,50,-14.3,50,100,"
    )));
    assert!(lines
        .iter()
        .any(|l| l.contains(",criterion,demo.contact_point,") && l.contains(",no_data,met,newly_known,")));
}

#[test]
fn a_folder_of_per_year_snapshots_gives_the_same_progress() {
    assert_eq!(json(&[SNAPSHOTS]), json(&[NEW, OLD]));
}

#[test]
fn out_writes_a_file_per_country() {
    let dir = tempfile::tempdir().expect("tempdir");
    gapwise()
        .args(["progress", "--pack", PACK, SNAPSHOTS, "--format", "html", "--out"])
        .arg(dir.path())
        .assert()
        .success();
    assert!(dir.path().join("mx-progress-2014-11-23-2020-06-30.html").exists());
}

#[test]
fn a_yearly_timeline_shows_the_2007_invitation_as_the_only_treaty_change() {
    let p = json(&["profiles/mexico-2014.yaml", "--every", "year", "--from", "2005"]);
    let c = &p["countries"][0];
    assert_eq!(c["mode"], "timeline");
    let dates: Vec<&str> = c["dates"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|x| x["as_of"].as_str())
        .collect();
    assert_eq!(dates.first(), Some(&"2005-12-31"));
    assert_eq!(dates.last(), Some(&"2014-11-23"));
    assert_eq!(dates.len(), 10);
    let narrative: Vec<String> = c["facts"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|s| s["narrative"].as_array().unwrap().clone())
        .map(|n| n["text"].as_str().unwrap_or_default().to_string())
        .collect();
    assert_eq!(
        narrative,
        ["Budapest status: none → invited; invited to accede 2007-02-01"]
    );
    let step = c["packs"][0]["steps"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["to"] == "2007-12-31")
        .expect("2007");
    assert_eq!(transition(step, "demo.treaty_party"), "improved");
    let constant: Vec<&str> = c["assumed_constant"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(Value::as_str)
        .collect();
    assert!(
        constant.contains(&"Cybersecurity strategy: in preparation"),
        "{constant:?}"
    );
    let md = progress(&["profiles/mexico-2014.yaml", "--every", "year", "--from", "2005"]);
    assert!(md.contains("Facts without a date, assumed constant across the timeline"));
    assert!(md.contains("### 2006-12-31 → 2007-12-31"));
}

#[test]
fn two_snapshots_of_one_date_are_an_error_naming_both() {
    let dir = tempfile::tempdir().expect("tempdir");
    let copy = dir.path().join("copy.yaml");
    std::fs::copy(OLD, &copy).expect("copy");
    gapwise()
        .args(["progress", "--pack", PACK, OLD])
        .arg(&copy)
        .assert()
        .code(2)
        .stderr(predicate::str::contains(OLD).and(predicate::str::contains("copy.yaml")));
}

#[test]
fn two_countries_are_not_progress() {
    gapwise()
        .args([
            "progress",
            "--pack",
            PACK,
            OLD,
            "tests/data/validate/testland_good.yaml",
        ])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("gapwise compare"));
}

#[test]
fn help_explains_the_command() {
    gapwise()
        .args(["progress", "--help"])
        .assert()
        .success()
        .stdout(predicate::str::contains("new evidence").and(predicate::str::contains("--every")));
}

#[test]
fn assess_and_validate_take_folders_and_per_year_files_do_not_collide() {
    gapwise().args(["validate", SNAPSHOTS]).assert().success();
    let dir = tempfile::tempdir().expect("tempdir");
    gapwise()
        .args(["assess", "--pack", PACK, SNAPSHOTS, "--format", "html", "--out"])
        .arg(dir.path())
        .assert()
        .success();
    assert!(dir.path().join("mx-2014-11-23.html").exists());
    assert!(dir.path().join("mx-2020-06-30.html").exists());
}

#[test]
fn one_country_and_date_twice_names_both_files() {
    let dir = tempfile::tempdir().expect("tempdir");
    let copy = dir.path().join("again.yaml");
    std::fs::copy(OLD, &copy).expect("copy");
    let out = dir.path().join("out");
    gapwise()
        .args(["assess", "--pack", PACK, OLD, "--format", "md", "--out"])
        .arg(&out)
        .arg(&copy)
        .assert()
        .code(2)
        .stderr(
            predicate::str::contains("would both be written to `mx-2014-11-23.md`")
                .and(predicate::str::contains(OLD))
                .and(predicate::str::contains("again.yaml")),
        );
    assert!(!out.exists());
}
