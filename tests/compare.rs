//! `gapwise compare` over 60 generated profiles, against the small pack of
//! tests/data/progress/pack.

use assert_cmd::Command;
use predicates::prelude::*;

const PACK: &str = "tests/data/progress/pack";
const REGIONS: [&str; 5] = ["Africa", "Americas", "Asia", "Europe", "Oceania"];

fn gapwise() -> Command {
    Command::cargo_bin("gapwise").expect("binary")
}

/// 60 made-up countries, with varied facts, in a folder.
fn generated() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("tempdir");
    let status = ["adopted", "draft", "in_preparation", "none"];
    let law = ["in_place", "partial", "not_in_place"];
    for i in 0..60 {
        let iso = format!("{}{}", (b'A' + (i / 26) as u8) as char, (b'A' + (i % 26) as u8) as char);
        let mut text = format!(
            "schema: gapwise/profile/v1\ncountry: {{name: Country {i:02}, iso2: {iso}, region: {}}}\nsnapshot: {{as_of: 2020-01-01}}\n",
            REGIONS[i % 5]
        );
        match i % 3 {
            0 => text.push_str("budapest: {status: party, events: {acceded: 2015-03-01}}\n"),
            1 => text.push_str("budapest: {status: invited, events: {invited: 2012-05-01}}\n"),
            _ => {}
        }
        if i % 4 != 3 {
            text.push_str(&format!(
                "strategies: {{cybersecurity: {{status: {}}}}}\n",
                status[i % 4]
            ));
        }
        if i % 5 != 0 {
            text.push_str(&format!("contact_point: {{designated: {}}}\n", i % 2 == 1));
        }
        if i % 7 != 0 {
            text.push_str(&format!("legislation: {{\"2\": {{status: {}}}}}\n", law[i % 3]));
        }
        let sub = dir.path().join(REGIONS[i % 5]);
        std::fs::create_dir_all(&sub).expect("mkdir");
        std::fs::write(sub.join(format!("c{i:02}.yaml")), text).expect("write");
    }
    dir
}

fn compare(dir: &std::path::Path, args: &[&str]) -> String {
    let out = gapwise()
        .args(["compare", "--pack", PACK])
        .arg(dir)
        .args(args)
        .output()
        .expect("runs");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).expect("utf-8")
}

#[test]
fn sixty_countries_give_an_html_matrix() {
    let dir = generated();
    let html = compare(dir.path(), &["--group-by", "region"]);
    assert!(html.contains("60 countries × 6 criteria"));
    assert_eq!(html.matches("<th scope=\"row\" class=\"country\">").count(), 60);
    assert!(html.contains("position: sticky"));
    assert!(html.contains("size: A4 landscape"));
    // Outcomes by symbol as well as colour, full titles on hover.
    assert!(html.contains("<td class=\"cell o-met\" title=\"Country"));
    assert!(html.contains(">✓</td>"));
    assert!(html.contains("title=\"A 24/7 point of contact is designated (Art. 35)"));
    for region in REGIONS {
        assert!(html.contains(&format!("<th scope=\"rowgroup\" colspan=\"4\">{region}</th>")));
    }
    assert!(html.contains("12 countries: mean score"));
    for forbidden in ["<script", "<link", "src=\"http"] {
        assert!(!html.contains(forbidden));
    }
}

#[test]
fn csv_comes_wide_and_long() {
    let dir = generated();
    let wide = compare(dir.path(), &["--format", "csv", "--sort", "name"]);
    let lines: Vec<&str> = wide.lines().collect();
    assert_eq!(
        lines[0],
        "pack,country,iso2,region,as_of,score,lower_bound,coverage,sufficient,demo.treaty_party,demo.illegal_access,demo.contact_point,demo.mutual_assistance,demo.police_unit,demo.strategy"
    );
    assert_eq!(lines.len(), 61);
    assert!(lines[1].starts_with("progress-demo,Country 00,AA,Africa,2020-01-01,"));
    assert!(
        lines[1].ends_with(",met,no_data,no_data,no_data,no_data,met"),
        "{}",
        lines[1]
    );
    let long = compare(dir.path(), &["--format", "csv", "--shape", "long"]);
    let lines: Vec<&str> = long.lines().collect();
    assert_eq!(
        lines[0],
        "pack,country,iso2,region,as_of,score,lower_bound,coverage,sufficient,area,criterion,title,outcome"
    );
    assert_eq!(lines.len(), 1 + 60 * 6);
}

#[test]
fn rows_sort_by_score_with_the_unscored_last() {
    let dir = generated();
    let json: serde_json::Value = serde_json::from_str(&compare(dir.path(), &["--format", "json"])).expect("json");
    assert_eq!(json["schema"], "gapwise/compare/v2");
    let json = &json["packs"][0];
    let scores: Vec<f64> = json["rows"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["score"].as_f64().unwrap_or(-1.0))
        .collect();
    assert!(scores.windows(2).all(|w| w[0] >= w[1]), "{scores:?}");
    let met = &json["areas"][0]["columns"][0];
    assert_eq!(met["id"], "demo.treaty_party");
    assert_eq!(met["met"], 20);
}

#[test]
fn the_latest_snapshot_of_each_country_is_compared() {
    let json = compare(
        std::path::Path::new("tests/data/progress/snapshots"),
        &["--format", "json"],
    );
    let json: serde_json::Value = serde_json::from_str(&json).expect("json");
    let json = &json["packs"][0];
    assert_eq!(json["rows"].as_array().unwrap().len(), 1);
    assert_eq!(json["rows"][0]["as_of"], "2020-06-30");
    let old = compare(
        std::path::Path::new("tests/data/progress/snapshots"),
        &["--format", "json", "--as-of", "2016-01-01"],
    );
    let old: serde_json::Value = serde_json::from_str(&old).expect("json");
    assert!(old["packs"][0]["rows"][0]["profile"].as_str().unwrap().contains("2014"));
}

#[test]
fn markdown_has_a_matrix_and_a_key() {
    let dir = generated();
    let md = compare(dir.path(), &["--format", "md"]);
    assert!(md.contains("| Country | As of | Score | Lower bound | Coverage | 1 | 2 | 3 | 4 | 5 | 6 |\n|---|"));
    assert!(md.contains("| 3 | International co-operation | A 24/7 point of contact is designated | Art. 35 |"));
}

#[test]
fn help_explains_the_command() {
    gapwise()
        .args(["compare", "--help"])
        .assert()
        .success()
        .stdout(predicate::str::contains("--group-by").and(predicate::str::contains("lower bound")));
}

const TWO_PACKS: &str = "tests/data/progress/pack,capacity";
const MEXICO_2020: &str = "tests/data/progress/snapshots/2020/mexico.yaml";
const TESTLAND: &str = "tests/data/validate/testland_good.yaml";

fn compare_files(files: &[&str], args: &[&str]) -> String {
    let out = gapwise().arg("compare").args(files).args(args).output().expect("runs");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).expect("utf-8")
}

fn two_packs(format: &str) -> String {
    compare_files(&[MEXICO_2020, TESTLAND], &["--pack", TWO_PACKS, "--format", format])
}

#[test]
fn each_pack_gets_its_own_matrix_in_json() {
    let text = two_packs("json");
    let json: serde_json::Value = serde_json::from_str(&text).expect("json");
    assert_eq!(json["schema"], "gapwise/compare/v2");
    let packs: Vec<&str> = json["packs"]
        .as_array()
        .expect("packs")
        .iter()
        .filter_map(|m| m["pack"]["id"].as_str())
        .collect();
    assert_eq!(packs, ["progress-demo", "capacity"]);
    for m in json["packs"].as_array().expect("packs") {
        let countries: Vec<&str> = m["rows"]
            .as_array()
            .expect("rows")
            .iter()
            .filter_map(|r| r["iso2"].as_str())
            .collect();
        assert_eq!(countries.len(), 2, "both countries in every matrix");
        assert!(countries.contains(&"MX") && countries.contains(&"TL"));
    }
    let columns = |i: usize| {
        json["packs"][i]["areas"]
            .as_array()
            .expect("areas")
            .iter()
            .map(|a| a["columns"].as_array().map_or(0, Vec::len))
            .sum::<usize>()
    };
    assert_eq!(columns(0), 6);
    assert_eq!(columns(1), 25);
    // Capacity knows little of Testland: its row says the evidence does not suffice.
    let testland = json["packs"][1]["rows"]
        .as_array()
        .expect("rows")
        .iter()
        .find(|r| r["iso2"] == "TL")
        .expect("Testland");
    assert_eq!(testland["sufficient"], false);
    insta::assert_snapshot!("compare_two_packs_json", text);
}

#[test]
fn markdown_and_html_have_a_section_per_pack_with_the_insufficient_evidence_mark() {
    let md = two_packs("md");
    assert!(md.starts_with("# Comparison: 2 countries x 31 criteria"));
    let demo = md.find("## Progress demo, version 1.0.0").expect("demo");
    let capacity = md
        .find("## National cybersecurity and cybercrime capacity")
        .expect("capacity");
    assert!(demo < capacity);
    assert!(md[capacity..].contains("| Testland (TL) | 2020-01-01 | ⚠ "), "{md}");
    assert!(md[capacity..].contains("⚠ Insufficient evidence for"));
    assert!(md.contains("### Criteria of Progress demo"));
    insta::assert_snapshot!("compare_two_packs_md", md);
    let html = two_packs("html");
    assert_eq!(html.matches("<section class=\"pack\"").count(), 2);
    assert_eq!(html.matches("<table class=\"matrix\">").count(), 2);
    assert!(html.contains("<span title=\"Insufficient evidence: too little is known of the core areas\">⚠ "));
    let body = html.find("<body>").map_or(html.as_str(), |i| &html[i..]);
    insta::assert_snapshot!("compare_two_packs_html_body", body);
}

#[test]
fn csv_has_a_pack_column_in_both_shapes() {
    let wide = two_packs("csv");
    let lines: Vec<&str> = wide.lines().collect();
    assert!(
        lines[0].starts_with("pack,country,iso2,region,as_of,score,lower_bound,coverage,sufficient,demo.treaty_party,")
    );
    assert_eq!(lines[0].split(',').count(), 9 + 6 + 25);
    assert_eq!(lines.len(), 1 + 2 * 2, "a row per pack and country");
    // A demo row leaves the capacity columns blank, and the other way round.
    let demo = lines
        .iter()
        .find(|l| l.starts_with("progress-demo,Mexico,"))
        .expect("demo row");
    assert!(demo.ends_with(&",".repeat(25)), "{demo}");
    let capacity = lines
        .iter()
        .find(|l| l.starts_with("capacity,Mexico,"))
        .expect("capacity row");
    assert_eq!(capacity.split(',').nth(9), Some(""));
    insta::assert_snapshot!("compare_two_packs_csv_wide", wide);
    let long = compare_files(
        &[MEXICO_2020, TESTLAND],
        &["--pack", TWO_PACKS, "--format", "csv", "--shape", "long"],
    );
    let lines: Vec<&str> = long.lines().collect();
    assert_eq!(lines.len(), 1 + 2 * 6 + 2 * 25);
    assert!(lines[1].starts_with("progress-demo,"));
    assert!(lines.last().is_some_and(|l| l.starts_with("capacity,")));
}

#[test]
fn compare_shows_waivers() {
    let md = compare_files(
        &["profiles/mexico-2014.yaml"],
        &[
            "--pack",
            "budapest",
            "--format",
            "md",
            "--waivers",
            "tests/data/waivers/mexico.yaml",
        ],
    );
    assert!(md.contains("### Waivers of Budapest Convention"), "{md}");
    assert!(md.contains("| Mexico (MX) | Party to the Convention, in force for it | Does not apply to the country | In force | 2015-12-31 |"));
    assert!(md.contains("Expired: no longer applied"));
    assert!(md.contains("Expiring within 30 days"));
    let html = compare_files(
        &["profiles/mexico-2014.yaml"],
        &[
            "--pack",
            "budapest",
            "--format",
            "html",
            "--waivers",
            "tests/data/waivers/mexico.yaml",
        ],
    );
    assert!(html.contains("<td class=\"cell o-waived\" title=\"Mexico: Party to the Convention, in force for it (Waived: The accession procedure"));
    let without = compare_files(
        &["profiles/mexico-2014.yaml"],
        &["--pack", "budapest", "--format", "md"],
    );
    assert!(!without.contains("Waivers of"));
}

#[test]
fn a_results_file_of_several_profiles_and_packs_is_compared_as_it_is() {
    let dir = tempfile::tempdir().expect("tempdir");
    let out = gapwise()
        .args(["assess", MEXICO_2020, TESTLAND, "--format", "json", "--pack", TWO_PACKS])
        .output()
        .expect("assess");
    assert!(out.status.success());
    let results = dir.path().join("results.json");
    std::fs::write(&results, out.stdout).expect("write");
    let results = results.to_string_lossy().into_owned();
    let from_results: serde_json::Value =
        serde_json::from_str(&compare_files(&[&results], &["--pack", TWO_PACKS, "--format", "json"])).expect("json");
    let from_profiles: serde_json::Value = serde_json::from_str(&two_packs("json")).expect("json");
    for i in 0..2 {
        let cells = |v: &serde_json::Value| {
            v["packs"][i]["rows"]
                .as_array()
                .expect("rows")
                .iter()
                .map(|r| (r["iso2"].clone(), r["score"].clone(), r["cells"].clone()))
                .collect::<Vec<_>>()
        };
        assert_eq!(cells(&from_results), cells(&from_profiles));
    }
    // A pack the results file lacks is an error naming the file and the pack.
    gapwise()
        .args(["compare", &results, "--pack", "budapest"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("results.json").and(predicate::str::contains("pack `budapest`")));
    // It cannot be assessed as of another date.
    gapwise()
        .args(["compare", &results, "--pack", TWO_PACKS, "--as-of", "2015"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("results.json").and(predicate::str::contains("--as-of")));
    // Nor with waivers other than those it was assessed with.
    gapwise()
        .args([
            "compare",
            &results,
            "--pack",
            "budapest",
            "--waivers",
            "tests/data/waivers/mexico.yaml",
        ])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("results.json").and(predicate::str::contains("--waivers")));
}
