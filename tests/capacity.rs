//! The capacity pack beside the Budapest pack: several packs in one run,
//! CMM stages per dimension, GCI-style pillars and tiers, and Mexico 2014 as
//! a programme officer would read it.

use assert_cmd::Command;
use gapwise::rules::meta::read_meta;
use gapwise::rules::Pack;

const MEXICO: &str = "profiles/mexico-2014.yaml";

fn gapwise() -> Command {
    Command::cargo_bin("gapwise").expect("binary builds")
}

fn assess_json(extra: &[&str]) -> serde_json::Value {
    let out = gapwise()
        .args(["assess", MEXICO, "--format", "json"])
        .args(extra)
        .assert()
        .success();
    serde_json::from_slice(&out.get_output().stdout).expect("json results")
}

fn area<'a>(a: &'a serde_json::Value, id: &str) -> &'a serde_json::Value {
    a["areas"]
        .as_array()
        .and_then(|areas| areas.iter().find(|x| x["id"] == id))
        .unwrap_or_else(|| panic!("no area {id}"))
}

fn outcome<'a>(a: &'a serde_json::Value, id: &str) -> &'a str {
    a["criteria"]
        .as_array()
        .and_then(|c| c.iter().find(|c| c["id"] == id))
        .and_then(|c| c["outcome"].as_str())
        .unwrap_or_else(|| panic!("no criterion {id}"))
}

#[test]
fn assess_runs_the_budapest_and_capacity_packs_by_default() {
    let results = assess_json(&[]);
    let packs: Vec<&str> = results["assessments"]
        .as_array()
        .expect("assessments")
        .iter()
        .map(|a| a["pack"]["id"].as_str().expect("pack id"))
        .collect();
    assert_eq!(packs, ["budapest", "capacity"]);
    let one = assess_json(&["--pack", "capacity"]);
    assert_eq!(one["assessments"].as_array().map(Vec::len), Some(1));
    assert_eq!(one["assessments"][0]["pack"]["id"], "capacity");
}

#[test]
fn a_pack_named_twice_or_an_empty_name_is_a_usage_error() {
    for spec in ["budapest,budapest", "budapest,", ",capacity"] {
        gapwise().args(["assess", MEXICO, "--pack", spec]).assert().code(2);
    }
}

#[test]
fn mexico_2014_reads_as_a_programme_officer_expects() {
    let results = assess_json(&["--pack", "capacity"]);
    let a = &results["assessments"][0];
    // NSIS in preparation: formative evidence, not yet established.
    assert_eq!(outcome(a, "cap.ncs_exists"), "partly_met");
    assert_eq!(area(a, "policy")["stage"], "formative");
    assert_eq!(area(a, "policy")["next_stage"], "established");
    // CERT-MX as the national CERT; the specialised unit; Interpol and the US DoJ.
    assert_eq!(outcome(a, "cap.national_csirt"), "met");
    assert_eq!(outcome(a, "cap.le_unit"), "met");
    assert_eq!(outcome(a, "cap.intl_le_cooperation"), "met");
    // Nothing on legislation: the legal dimension stays at start-up for
    // lack of data, not for a stated gap.
    let legal = area(a, "legal");
    assert_eq!(legal["stage"], "start-up");
    assert_eq!(legal["limited_by_data"], true);
    assert_eq!(outcome(a, "cap.substantive_law"), "no_data");
    // Nothing at all on reporting: no stage, not even start-up.
    assert!(area(a, "culture").get("stage").is_none());
    // The open questions include the lead agency and the legislation.
    let asks: Vec<&str> = a["to_collect"]
        .as_array()
        .expect("to_collect")
        .iter()
        .filter_map(|t| t["path"].as_str())
        .collect();
    assert!(asks.contains(&"capacity.lead_agency.designated"), "{asks:?}");
    assert!(asks.iter().any(|p| p.starts_with("legislation.")), "{asks:?}");
}

#[test]
fn the_index_scores_every_pillar_and_reads_the_tier_from_the_lower_bound() {
    let results = assess_json(&["--pack", "capacity"]);
    let index = &results["assessments"][0]["index"];
    let pillars: Vec<&str> = index["pillars"]
        .as_array()
        .expect("pillars")
        .iter()
        .filter_map(|p| p["id"].as_str())
        .collect();
    assert_eq!(
        pillars,
        [
            "legal",
            "technical",
            "organizational",
            "capacity_development",
            "cooperation"
        ]
    );
    let lower = index["lower_bound"].as_f64().expect("lower bound");
    let score = index["score"].as_f64().expect("score");
    assert!(lower < score, "{lower} < {score}");
    // The tier follows the thresholds of pack.yaml, highest first.
    let tiers = index["tiers"].as_array().expect("tiers");
    let expected = tiers
        .iter()
        .find(|t| lower >= t["min"].as_f64().expect("min"))
        .expect("a tier");
    assert_eq!(index["tier"]["id"], expected["id"]);
    // Tier 5's name and Tier 4's threshold are not confirmed (domain notes).
    let unconfirmed: Vec<&str> = tiers
        .iter()
        .filter(|t| t["confirmed"] == false)
        .filter_map(|t| t["id"].as_str())
        .collect();
    assert_eq!(unconfirmed, ["Tier 4", "Tier 5"]);
    // The Budapest pack declares no pillars: no index.
    let both = assess_json(&[]);
    assert!(both["assessments"][0].get("index").is_none());
}

#[test]
fn one_report_per_profile_with_a_section_per_pack() {
    let dir = tempfile::tempdir().expect("tempdir");
    gapwise()
        .args(["assess", MEXICO, "--out"])
        .arg(dir.path())
        .assert()
        .success();
    let mut names: Vec<String> = std::fs::read_dir(dir.path())
        .expect("out dir")
        .filter_map(Result::ok)
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(names, ["mx-2014-11-23.md"]);
    let md = std::fs::read_to_string(dir.path().join("mx-2014-11-23.md")).expect("report");
    let budapest = md
        .find("\n## Budapest Convention on Cybercrime (ETS 185)\n")
        .expect("budapest section");
    let capacity = md
        .find("\n## National cybersecurity and cybercrime capacity\n")
        .expect("capacity section");
    assert!(budapest < capacity, "the packs in the order of the run");
    assert!(md[capacity..].contains("### Index by pillar"), "index section");
    assert!(
        !md[budapest..capacity].contains("Index by pillar"),
        "no index for the Budapest pack"
    );
    assert!(
        md.contains("Tier 5, Building (unconfirmed)"),
        "unconfirmed tier marked in the annex"
    );
}

/// Every line of `text` that appears more than once, among those that
/// start with `prefix`.
fn repeated<'a>(text: &'a str, prefix: &str) -> Vec<&'a str> {
    let mut seen = std::collections::BTreeMap::new();
    for line in text.lines().filter(|l| l.starts_with(prefix)) {
        *seen.entry(line).or_insert(0) += 1;
    }
    seen.into_iter().filter(|(_, n)| *n > 1).map(|(l, _)| l).collect()
}

#[test]
fn the_combined_report_tells_the_country_sources_and_questions_once() {
    let out = gapwise().args(["assess", MEXICO]).assert().success();
    let md = String::from_utf8_lossy(&out.get_output().stdout).to_string();
    for once in [
        "| Budapest Convention | ",
        "| Protocols | ",
        "## Executive summary",
        "## Facts to collect",
        "## Sources",
        "## Other statements in the sources, not assessed",
        "## Waivers",
        "## Methodology",
    ] {
        assert_eq!(md.matches(once).count(), 1, "{once}");
    }
    // A headline row per pack in the summary.
    assert!(md.contains("| Budapest Convention on Cybercrime (ETS 185) | insufficient evidence"));
    assert!(md.contains("| National cybersecurity and cybercrime capacity | insufficient evidence"));
    // Each question once, numbered on across the packs, with the criteria of
    // every pack that wait on it.
    let collect = &md[md.find("## Facts to collect").expect("collect")..md.find("\n## Budapest").expect("pack")];
    let questions: Vec<&str> = collect.lines().filter(|l| l.contains(". **")).collect();
    assert!(questions.len() > 20, "{collect}");
    let mut asked: Vec<&str> = questions
        .iter()
        .map(|l| l.split_once(". ").map_or(*l, |(_, q)| q))
        .collect();
    asked.sort_unstable();
    let distinct = asked.len();
    asked.dedup();
    assert_eq!(asked.len(), distinct, "a question asked twice");
    assert!(collect.contains(
        "Waiting on it: Illegal access is a criminal offence (Budapest Convention on Cybercrime (ETS 185)); \
         Substantive cybercrime law is in place (National cybersecurity and cybercrime capacity)."
    ));
    assert!(collect.contains("(National cybersecurity and cybercrime capacity)"));
    // Numbers run on: the last question's number is the count.
    let numbers: Vec<usize> = questions
        .iter()
        .filter_map(|l| l.split('.').next().and_then(|n| n.trim().parse().ok()))
        .collect();
    assert_eq!(numbers, (1..=numbers.len()).collect::<Vec<_>>());
    // The sources and the notes are listed once, not per pack.
    let sources = &md[md.find("## Sources").expect("sources")..md.find("## Other statements").expect("notes")];
    assert!(repeated(sources, "- ").is_empty(), "{sources}");
    let html_out = gapwise()
        .args(["assess", MEXICO, "--format", "html"])
        .assert()
        .success();
    let html = String::from_utf8_lossy(&html_out.get_output().stdout).to_string();
    assert_eq!(html.matches("<section class=\"pack\"").count(), 2);
    assert!(html.contains("id=\"pack-budapest\"") && html.contains("id=\"pack-capacity\""));
    for once in [
        "id=\"collect\"",
        "id=\"sources\"",
        "id=\"notes\"",
        "<p class=\"label\">Budapest Convention at",
    ] {
        assert_eq!(html.matches(once).count(), 1, "{once}");
    }
    // Ids stay unique with two packs.
    let mut ids: Vec<&str> = html
        .split(" id=\"")
        .skip(1)
        .filter_map(|s| s.split('"').next())
        .collect();
    let all = ids.len();
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len(), all, "duplicate ids");
}

fn meta(entries: &[(&str, &str)]) -> rhai::Dynamic {
    let mut map = rhai::Map::new();
    for (k, v) in [
        ("id", "cap.x"),
        ("title", "X"),
        ("reference", "Oxford CMM D1.1"),
        ("area", "policy"),
        ("severity", "low"),
        ("recommendation", "Do x."),
    ]
    .iter()
    .chain(entries)
    {
        map.insert((*k).into(), rhai::Dynamic::from(v.to_string()));
    }
    map.insert("weight".into(), rhai::Dynamic::from_int(1));
    rhai::Dynamic::from_map(map)
}

#[test]
fn pillar_factor_and_partial_stage_are_checked_against_the_pack() {
    let pack = Pack::resolve("capacity").expect("bundled capacity pack");
    let good = read_meta(
        &meta(&[
            ("pillar", "organizational"),
            ("factor", "D1.1"),
            ("stage", "established"),
            ("partial_stage", "formative"),
        ]),
        &pack.meta,
    )
    .expect("valid meta");
    assert_eq!(good.pillar.as_deref(), Some("organizational"));
    for (bad, key) in [
        (meta(&[("pillar", "organisational")]), "pillar"),
        (meta(&[("factor", "D9.9")]), "factor"),
        // D4.3 belongs to the legal dimension, not to policy.
        (meta(&[("factor", "D4.3")]), "factor"),
        (
            meta(&[("stage", "formative"), ("partial_stage", "established")]),
            "partial_stage",
        ),
        (meta(&[("partial_stage", "formative")]), "partial_stage"),
    ] {
        let problems = read_meta(&bad, &pack.meta).expect_err("invalid meta");
        assert!(
            problems.iter().any(|p| p.key.as_deref() == Some(key)),
            "{key}: {problems:?}"
        );
    }
    let budapest = Pack::resolve("budapest").expect("bundled budapest pack");
    assert!(read_meta(&meta(&[("area", "treaty"), ("pillar", "legal")]), &budapest.meta).is_err());
}

#[test]
fn a_question_an_earlier_pack_asks_is_listed_once() {
    let results = assess_json(&[]);
    let budapest = &results["assessments"][0];
    let capacity = &results["assessments"][1];
    let asked: Vec<&serde_json::Value> = capacity["to_collect"]
        .as_array()
        .expect("to_collect")
        .iter()
        .filter(|t| t.get("asked_in").is_some())
        .collect();
    assert!(
        !asked.is_empty(),
        "the legislation questions are the Budapest pack's too"
    );
    for t in &asked {
        assert_eq!(t["asked_in"], budapest["pack"]["name"]);
        // Every fact it asks for is asked in the Budapest pack's list.
        for path in t["paths"].as_array().expect("paths") {
            assert!(
                budapest["to_collect"]
                    .as_array()
                    .expect("budapest to_collect")
                    .iter()
                    .any(|q| q["paths"].as_array().is_some_and(|p| p.iter().any(|asked| {
                        let (asked, wanted) = (asked.as_str().unwrap_or(""), path.as_str().unwrap_or("-"));
                        asked == wanted || asked.starts_with(&format!("{wanted}("))
                    }))),
                "{path}"
            );
        }
    }
    // The capacity pack's own questions stay in its list.
    assert!(capacity["to_collect"]
        .as_array()
        .expect("to_collect")
        .iter()
        .any(|t| t["path"] == "capacity.lead_agency.designated" && t.get("asked_in").is_none()));
    // Assessed alone, the capacity pack asks everything itself.
    let alone = assess_json(&["--pack", "capacity"]);
    assert!(alone["assessments"][0]["to_collect"]
        .as_array()
        .expect("to_collect")
        .iter()
        .all(|t| t.get("asked_in").is_none()));
    // The report asks it once, under the Budapest question, naming the capacity criterion too.
    let out = gapwise().args(["assess", MEXICO]).assert().success();
    let md = String::from_utf8_lossy(&out.get_output().stdout).to_string();
    assert_eq!(
        md.matches("**Is access to a computer system without right a criminal offence?")
            .count(),
        1
    );
    assert!(md.contains("Substantive cybercrime law is in place (National cybersecurity and cybercrime capacity)"));
}

#[test]
fn rules_list_shows_each_capacity_criterion_with_its_stage_pillar_and_factor() {
    let out = assert_cmd::Command::cargo_bin("gapwise")
        .expect("binary")
        .args(["rules", "list", "--pack", "capacity"])
        .assert()
        .success();
    let text = String::from_utf8_lossy(&out.get_output().stdout).to_string();
    let header = text.lines().nth(1).expect("a header line");
    for column in ["STAGE", "PILLAR", "FACTOR"] {
        assert!(header.contains(column), "{header}");
    }
    let rows: Vec<&str> = text.lines().skip(2).collect();
    assert!(rows.len() >= 25, "{} criteria", rows.len());
    let awareness = rows
        .iter()
        .find(|r| r.starts_with("cap.awareness"))
        .expect("cap.awareness");
    for cell in ["formative", "capacity_development", "D3.1"] {
        assert!(awareness.contains(cell), "{awareness}");
    }
}
