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

fn assess_json(extra: &[&str]) -> serde_json::Value {
    let out = gapwise()
        .args(["assess", MEXICO, "--format", "json"])
        .args(extra)
        .assert()
        .success();
    serde_json::from_slice(&out.get_output().stdout).expect("json results")
}

fn assess_text(extra: &[&str]) -> String {
    let out = gapwise().args(["assess", MEXICO]).args(extra).assert().success();
    String::from_utf8(out.get_output().stdout.clone()).expect("utf-8")
}

fn assess_html(extra: &[&str]) -> String {
    let dir = tempfile::tempdir().expect("tempdir");
    gapwise()
        .args(["assess", MEXICO, "--pack", "budapest", "--format", "html", "--out"])
        .arg(dir.path())
        .args(extra)
        .assert()
        .success();
    let files: Vec<_> = std::fs::read_dir(dir.path())
        .expect("out dir")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .collect();
    assert_eq!(files.len(), 1, "one report: {files:?}");
    std::fs::read_to_string(&files[0]).expect("html written")
}

fn outcome(results: &serde_json::Value, id: &str) -> String {
    criterion(results, id)["outcome"]
        .as_str()
        .unwrap_or_default()
        .to_string()
}

#[test]
fn verdicts_match_the_country_page() {
    let r = json_results();
    let a = &r["assessments"][0];
    assert_eq!(a["budapest"]["status"], "invited");
    assert_eq!(a["budapest"]["standing"], "invited");
    assert_eq!(a["budapest"]["observer"], true);
    assert!(
        a["budapest"]["summary"]
            .as_str()
            .is_some_and(|s| s.contains("Invited to accede on 2007-02-01; accession pending")),
        "{}",
        a["budapest"]["summary"]
    );
    // Being invited is the Committee of Ministers' decision: no half credit.
    assert_eq!(outcome(&r, "budapest.treaty.party_in_force"), "not_met");
    let party = criterion(&r, "budapest.treaty.party_in_force")["message"]
        .as_str()
        .unwrap_or_default()
        .to_string();
    assert!(party.contains("2007-02-01"), "{party}");
    // Designations are due on becoming a Party: not yet due, not missing.
    for id in [
        "budapest.art24.authority",
        "budapest.art27.central_authority",
        "budapest.art35.point_of_contact",
    ] {
        assert_eq!(outcome(&r, id), "not_applicable", "{id}");
    }
    // ... and the page's points of contact are still reported as findings.
    let poc = criterion(&r, "budapest.art35.point_of_contact")["message"]
        .as_str()
        .unwrap_or_default()
        .to_string();
    assert!(poc.contains("CERT-MX") && poc.contains("Interpol"), "{poc}");
    // Judicial supervision is evidenced for interception and phone searches only.
    assert_eq!(outcome(&r, "budapest.art15.supervision"), "partly_met");
    for article in [
        "art2", "art3", "art4", "art5", "art6", "art7", "art8", "art9", "art10", "art16", "art17", "art20", "art21",
    ] {
        let found = a["criteria"]
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
            found,
            Some(serde_json::json!("no_data")),
            "{article}: the page says nothing on legislation"
        );
    }
    // The T-CY seat is information in the summary, not a scored criterion.
    assert!(a["criteria"]
        .as_array()
        .expect("criteria")
        .iter()
        .all(|c| c["id"] != "budapest.treaty.tcy"));
}

#[test]
fn the_pack_covers_the_whole_convention() {
    let r = json_results();
    let criteria = r["assessments"][0]["criteria"].as_array().expect("criteria");
    assert!(criteria.len() >= 50, "{} criteria", criteria.len());
    for article in [
        "art1.",
        "art11.",
        "art12.",
        "art13.",
        "art14.",
        "art22.",
        "art23.",
        "art25.",
        "art29.",
        "art32.",
        "art35.functions",
    ] {
        assert!(
            criteria
                .iter()
                .any(|c| c["id"].as_str().is_some_and(|id| id.contains(article))),
            "no criterion for {article}"
        );
    }
    // No criterion cites the wrong article for a capacity matter.
    assert!(criteria
        .iter()
        .all(|c| !c["id"].as_str().unwrap_or_default().contains("police_unit")));
    assert!(criteria
        .iter()
        .all(|c| c["reference"] != "Preamble (common criminal policy)"));
}

#[test]
fn the_headline_does_not_overstate() {
    let r = json_results();
    let overall = &r["assessments"][0]["overall"];
    assert_eq!(overall["sufficient"], false, "{overall}");
    let (score, lower) = (overall["score"].as_f64(), overall["lower_bound"].as_f64());
    assert!(lower.is_some() && (score.is_none() || lower <= score), "{overall}");
    assert!(overall["core_known"].as_u64() < overall["core_scored"].as_u64());
    let md = assess_text(&[]);
    assert!(md.contains("Insufficient evidence"), "{md}");
    let html = assess_html(&[]);
    assert!(html.contains("Insufficient evidence"));
}

#[test]
fn facts_to_collect_are_questions_in_article_order() {
    let r = json_results();
    let collect = r["assessments"][0]["to_collect"].as_array().expect("to_collect");
    let questions: Vec<&str> = collect.iter().filter_map(|t| t["question"].as_str()).collect();
    assert!(questions.iter().all(|q| q.ends_with('?')), "{questions:#?}");
    let mut unique = questions.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(unique.len(), questions.len(), "one entry per question");
    let position = |reference: &str| {
        collect
            .iter()
            .position(|t| t["reference"] == reference)
            .unwrap_or_else(|| panic!("no question for {reference}"))
    };
    assert!(position("Art. 2") < position("Art. 10"));
    assert!(position("Art. 10") < position("Art. 16"));
    // Questions lead; fact paths are at most a footnote for researchers.
    let md = assess_text(&[]);
    assert!(
        md.contains("**Is access to a computer system without right a criminal offence?"),
        "{md}"
    );
    assert!(
        !md.contains("| `legislation.2` |"),
        "raw fact paths as the list of facts to collect"
    );
}

#[test]
fn every_verdict_shows_its_evidence_and_sources() {
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
        for e in c["evidence"].as_array().expect("evidence") {
            assert!(e["label"].is_string(), "{} evidence without a label", c["id"]);
            if let Some(text) = e["text"].as_str() {
                assert!(!text.starts_with('{'), "{}: evidence as JSON: {text}", c["id"]);
            }
        }
    }
    let supervision = criterion(&r, "budapest.art15.supervision");
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
    let sources = r["assessments"][0]["sources"].as_array().expect("sources");
    assert_eq!(sources.len(), 1);
    let md = assess_text(&[]);
    for needle in ["judicial authorization", "Sources", "not assessed", "CERT-MX"] {
        assert!(md.contains(needle), "no `{needle}` in the Markdown report");
    }
    let html = assess_html(&[]);
    assert!(html.contains("judicial authorization") && html.contains("sjf.scjn.gob.mx"));
}

#[test]
fn as_of_before_the_invitation_shows_no_invitation() {
    let r = assess_json(&["--as-of", "2006-12-31"]);
    let a = &r["assessments"][0];
    assert_eq!(a["budapest"]["standing"], "none");
    assert_eq!(outcome(&r, "budapest.treaty.party_in_force"), "not_met");
    for text in [
        assess_text(&["--as-of", "2006-12-31"]),
        assess_html(&["--as-of", "2006-12-31"]),
    ] {
        for invitation in ["Invited to accede on", "accession pending", "Invited to accede;"] {
            assert!(!text.contains(invitation), "`{invitation}` shown as of 2006-12-31");
        }
    }
    let undated = &a["undated"];
    assert!(undated["count"].as_u64().is_some_and(|n| n > 0), "{undated}");
    assert!(assess_text(&["--as-of", "2006-12-31"]).contains("undated"));
}

#[test]
fn waivers_in_force_expiring_and_expired() {
    let waivers = ["--waivers", "tests/data/waivers/mexico.yaml"];
    let r = assess_json(&waivers);
    let a = &r["assessments"][0];
    let states: Vec<(String, String)> = a["waivers"]
        .as_array()
        .expect("waivers")
        .iter()
        .map(|w| {
            (
                w["rule"].as_str().unwrap_or_default().to_string(),
                w["state"].as_str().unwrap_or_default().to_string(),
            )
        })
        .collect();
    assert!(
        states.contains(&("budapest.treaty.party_in_force".into(), "active".into())),
        "{states:?}"
    );
    assert!(
        states.contains(&("budapest.art15.supervision".into(), "expired".into())),
        "{states:?}"
    );
    assert!(
        states.contains(&("budapest.art9.child_pornography".into(), "expiring".into())),
        "{states:?}"
    );
    assert_eq!(outcome(&r, "budapest.treaty.party_in_force"), "waived");
    assert_eq!(
        criterion(&r, "budapest.treaty.party_in_force")["waived_outcome"],
        "not_met"
    );
    assert_eq!(
        outcome(&r, "budapest.art15.supervision"),
        "partly_met",
        "an expired waiver no longer applies"
    );
    for text in [assess_text(&waivers), assess_html(&waivers)] {
        for needle in [
            "treaty track",
            "2013 mission report",
            "Art. 9(4) expected",
            "Expired",
            "Waived",
        ] {
            assert!(text.to_lowercase().contains(&needle.to_lowercase()), "no `{needle}`");
        }
    }
}

#[test]
fn a_malformed_waiver_file_fails_before_evaluation() {
    let dir = tempfile::tempdir().expect("tempdir");
    let bad = dir.path().join("w.yaml");
    std::fs::write(
        &bad,
        "schema: gapwise/waivers/v1\nwaivers:\n  - rule: budapest.art2.illegal_access\n    kind: risk_accepted\n    approver: Board\n    expires: 2015-01-01\n",
    )
    .expect("write");
    let out = gapwise()
        .args(["assess", MEXICO, "--format", "html", "--out"])
        .arg(dir.path().join("out"))
        .arg("--waivers")
        .arg(&bad)
        .assert()
        .code(2);
    let stderr = String::from_utf8_lossy(&out.get_output().stderr).to_string();
    assert!(
        stderr.contains("w.yaml:3:") && stderr.contains("justification"),
        "{stderr}"
    );
    assert!(!dir.path().join("out").exists(), "no output when the waivers are bad");
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
        .args(["assess", MEXICO, "--pack", "budapest", "--format", "html", "--out"])
        .arg(dir.path())
        .assert()
        .success();
    let files: Vec<_> = std::fs::read_dir(dir.path())
        .expect("out dir")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .collect();
    assert_eq!(files.len(), 1, "{files:?}");
    assert_eq!(
        files[0].file_name().and_then(|n| n.to_str()),
        Some("mx-2014-11-23.html")
    );
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
