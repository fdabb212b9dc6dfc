//! Mexico (2014), end to end: the verdicts a reader of the country page
//! agrees with, the Markdown report as a snapshot, HTML and JSON outputs.

use assert_cmd::Command;

const MEXICO: &str = "profiles/mexico-2014.yaml";

fn gapwise() -> Command {
    Command::cargo_bin("gapwise").expect("binary builds")
}

fn json_results() -> serde_json::Value {
    let out = gapwise()
        .args(["assess", MEXICO, "--format", "json"])
        .assert()
        .success();
    serde_json::from_slice(&out.get_output().stdout).expect("json results")
}

fn criterion<'a>(results: &'a serde_json::Value, id: &str) -> &'a serde_json::Value {
    results["assessments"][0]["criteria"]
        .as_array()
        .and_then(|c| c.iter().find(|c| c["id"] == id))
        .unwrap_or_else(|| panic!("no criterion {id}"))
}

#[test]
fn verdicts_match_the_country_page() {
    let r = json_results();
    assert_eq!(r["assessments"][0]["budapest"]["status"], "invited");
    assert_eq!(r["assessments"][0]["budapest"]["observer"], true);
    let outcome = |id: &str| criterion(&r, id)["outcome"].as_str().unwrap_or_default().to_string();
    assert_eq!(outcome("budapest.treaty.party"), "partly_met", "invited, not a Party");
    assert_eq!(outcome("budapest.treaty.tcy"), "met", "observer in the T-CY");
    assert_eq!(outcome("budapest.institutions.national_cert"), "met", "CERT-MX");
    assert_eq!(
        outcome("budapest.institutions.police_unit"),
        "met",
        "Scientific Division unit"
    );
    assert_eq!(
        outcome("budapest.art15.judicial_supervision"),
        "met",
        "Supreme Court theses"
    );
    assert_eq!(
        outcome("budapest.art35.designated"),
        "no_data",
        "the page names no 24/7 point of contact"
    );
    for article in ["art2", "art3", "art4", "art5", "art6", "art7", "art8", "art9", "art10"] {
        let id = r["assessments"][0]["criteria"]
            .as_array()
            .and_then(|c| {
                c.iter().find(|c| {
                    c["id"]
                        .as_str()
                        .is_some_and(|i| i.starts_with(&format!("budapest.{article}.")))
                })
            })
            .map(|c| c["outcome"].clone());
        assert_eq!(
            id,
            Some(serde_json::json!("no_data")),
            "{article}: the page says nothing on legislation"
        );
    }
    let collect: Vec<&str> = r["assessments"][0]["to_collect"]
        .as_array()
        .expect("to_collect")
        .iter()
        .filter_map(|t| t["path"].as_str())
        .collect();
    assert!(collect.contains(&"legislation.2"), "{collect:?}");
}

#[test]
fn every_criterion_names_outcome_message_article_and_evidence() {
    let r = json_results();
    for c in r["assessments"][0]["criteria"].as_array().expect("criteria") {
        for key in ["outcome", "message", "reference", "evidence"] {
            assert!(!c[key].is_null(), "{} lacks {key}", c["id"]);
        }
        if c["outcome"] != "no_data" {
            assert!(
                !c["evidence"].as_array().expect("evidence").is_empty(),
                "{} cites no evidence",
                c["id"]
            );
        }
    }
    let supervision = criterion(&r, "budapest.art15.judicial_supervision");
    let quotes: Vec<&str> = supervision["evidence"]
        .as_array()
        .expect("evidence")
        .iter()
        .filter_map(|e| e["quote"].as_str())
        .collect();
    assert!(
        quotes.iter().any(|q| q.contains("judicial authorization")),
        "{quotes:?}"
    );
}

#[test]
fn markdown_report_snapshot() {
    let out = gapwise().args(["assess", MEXICO]).assert().success();
    let report = String::from_utf8(out.get_output().stdout.clone()).expect("utf-8");
    insta::assert_snapshot!("mexico_2014_md", report);
}

#[test]
fn html_out_writes_exactly_one_self_contained_file() {
    let dir = tempfile::tempdir().expect("tempdir");
    gapwise()
        .args(["assess", MEXICO, "--format", "html", "--out"])
        .arg(dir.path())
        .assert()
        .success();
    let files: Vec<_> = std::fs::read_dir(dir.path())
        .expect("out dir")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .collect();
    assert_eq!(files.len(), 1, "{files:?}");
    assert_eq!(files[0].file_name().and_then(|n| n.to_str()), Some("mexico-2014.html"));
    let html = std::fs::read_to_string(&files[0]).expect("html");
    assert!(html.contains("<svg"));
    for forbidden in ["<script", "<link", "src=\"http", "url(http"] {
        assert!(!html.contains(forbidden), "{forbidden}");
    }
}

#[test]
fn results_re_render_without_evaluating() {
    let out = gapwise()
        .args(["assess", MEXICO, "--format", "json"])
        .assert()
        .success();
    let json = out.get_output().stdout.clone();
    let direct = gapwise()
        .args(["assess", MEXICO])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let rerendered = gapwise()
        .args(["report", "-"])
        .write_stdin(json)
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    assert_eq!(String::from_utf8_lossy(&direct), String::from_utf8_lossy(&rerendered));
}
