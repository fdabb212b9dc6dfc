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
    assert!(html.contains("size: A3 landscape"));
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
        "country,iso2,region,as_of,score,lower_bound,coverage,demo.treaty_party,demo.illegal_access,demo.contact_point,demo.mutual_assistance,demo.police_unit,demo.strategy"
    );
    assert_eq!(lines.len(), 61);
    assert!(lines[1].starts_with("Country 00,AA,Africa,2020-01-01,"));
    assert!(
        lines[1].ends_with(",met,no_data,no_data,no_data,no_data,met"),
        "{}",
        lines[1]
    );
    let long = compare(dir.path(), &["--format", "csv", "--shape", "long"]);
    let lines: Vec<&str> = long.lines().collect();
    assert_eq!(
        lines[0],
        "country,iso2,region,as_of,score,lower_bound,coverage,area,criterion,title,outcome"
    );
    assert_eq!(lines.len(), 1 + 60 * 6);
}

#[test]
fn rows_sort_by_score_with_the_unscored_last() {
    let dir = generated();
    let json: serde_json::Value = serde_json::from_str(&compare(dir.path(), &["--format", "json"])).expect("json");
    assert_eq!(json["schema"], "gapwise/compare/v1");
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
    assert_eq!(json["rows"].as_array().unwrap().len(), 1);
    assert_eq!(json["rows"][0]["as_of"], "2020-06-30");
    let old = compare(
        std::path::Path::new("tests/data/progress/snapshots"),
        &["--format", "json", "--as-of", "2016-01-01"],
    );
    let old: serde_json::Value = serde_json::from_str(&old).expect("json");
    assert!(old["rows"][0]["profile"].as_str().unwrap().contains("2014"));
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
