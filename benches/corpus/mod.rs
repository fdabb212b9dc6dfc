//! A generated corpus of realistic profiles: every section filled, every
//! fact with its source and quote, and the values varied from one profile to
//! the next so that rules take all their branches. Profile `i` is always
//! the same text, and no two profiles share a country and date (one report
//! file each).

#![allow(dead_code)]

use std::fmt::Write as _;

const REGIONS: [&str; 5] = ["Africa", "Americas", "Asia", "Europe", "Oceania"];
const TREATY: [&str; 4] = ["party", "signatory", "invited", "none"];
const STRATEGY: [&str; 4] = ["adopted", "draft", "in_preparation", "none"];
const LAW: [&str; 3] = ["in_place", "partial", "not_in_place"];
const ARTICLES: [&str; 22] = [
    "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "16", "17", "18", "19", "20", "21", "22", "23",
    "29", "30",
];
const POWERS: [&str; 6] = ["16", "17", "18", "19", "20", "21"];

/// The file name and text of profile `i`.
pub fn profile(i: usize) -> (String, String) {
    let iso2: String = [b'A' + (i % 26) as u8, b'A' + ((i / 26) % 26) as u8]
        .iter()
        .map(|&b| b as char)
        .collect();
    let year = 2010 + (i / 676) % 15;
    let as_of = format!("{year}-{:02}-{:02}", 1 + i % 12, 1 + i % 28);
    let name = format!("{iso2}-{as_of}.yaml");
    (name, text(i, &iso2, &as_of))
}

/// Yes or no, varied with `i` and a salt.
fn flag(i: usize, salt: usize) -> bool {
    (i * 7 + salt * 13) % 5 >= 2
}

fn fact(out: &mut String, indent: &str, key: &str, value: &str, i: usize) {
    let _ = writeln!(
        out,
        "{indent}{key}:\n{indent}  value: {value}\n{indent}  source: page\n{indent}  quote: \"The page states the {key} of country {i} in a sentence of its own, long enough to be quoted in a report.\""
    );
}

fn text(i: usize, iso2: &str, as_of: &str) -> String {
    let mut t = String::with_capacity(16 * 1024);
    let status = TREATY[i % 4];
    let _ = write!(
        t,
        "# Generated profile {i}: every section filled.\nschema: gapwise/profile/v1\n\ncountry:\n  name: Country {i}\n  iso2: {iso2}\n  region: {}\n  organisations: [Organisation {}, Regional Forum]\n",
        REGIONS[i % 5],
        i % 7
    );
    fact(&mut t, "  ", "federal", &flag(i, 1).to_string(), i);
    let _ = write!(
        t,
        "\nsnapshot:\n  as_of: {as_of}\n  language: en\n  sources:\n    - id: page\n      title: \"Country page {i}\"\n      url: https://example.org/countries/{i}\n      date: {as_of}\n    - id: gazette\n      title: \"Official gazette of country {i}\"\n      date: 2009\n\nbudapest:\n"
    );
    fact(&mut t, "  ", "status", status, i);
    fact(&mut t, "  ", "observer", &flag(i, 2).to_string(), i);
    t.push_str("  events:\n");
    match status {
        "party" => {
            let _ = writeln!(
                t,
                "    signed: 2001-11-23\n    ratified: 2006-{:02}-10\n    entry_into_force: 2006-{:02}-01",
                1 + i % 8,
                2 + i % 8
            );
        }
        "signatory" => t.push_str("    signed: 2003-04-01\n"),
        "invited" => {
            let _ = writeln!(t, "    invited: 2007-02-{:02}", 1 + i % 28);
        }
        _ => {}
    }
    if status == "party" {
        t.push_str("  reservations:\n    value: [\"6(3)\"]\n    source: page\n    quote: \"A reservation on Article 6(3) was made.\"\n");
    }
    t.push_str("  protocols:\n");
    for (protocol, salt) in [("first", 3), ("second", 4)] {
        let _ = writeln!(t, "    {protocol}:");
        let protocol_status = if status == "party" && flag(i, salt) {
            "signatory"
        } else {
            "none"
        };
        fact(&mut t, "      ", "status", protocol_status, i);
        if protocol_status == "signatory" {
            t.push_str("      events:\n        signed: 2009-01-28\n");
        }
    }
    t.push_str("\nstrategies:\n");
    for (key, salt) in [("cybersecurity", 0), ("cybercrime", 1), ("defence", 2)] {
        let strategy = STRATEGY[(i + salt) % 4];
        let _ = writeln!(t, "  {key}:");
        fact(&mut t, "    ", "status", strategy, i);
        if strategy != "none" {
            fact(&mut t, "    ", "title", &format!("\"National {key} strategy {i}\""), i);
            fact(&mut t, "    ", "year", &format!("{}", 2008 + i % 2), i);
            fact(&mut t, "    ", "action_plan", &flag(i, salt + 5).to_string(), i);
            fact(&mut t, "    ", "budget", &flag(i, salt + 6).to_string(), i);
            fact(&mut t, "    ", "review", &flag(i, salt + 7).to_string(), i);
        }
    }
    t.push_str("\ninstitutions:\n");
    for (kind, label) in [
        ("cert", "National CERT"),
        ("police_unit", "Cybercrime Unit"),
        ("prosecution", "Cybercrime Prosecution Office"),
        ("court", "Supreme Court"),
    ] {
        let _ = writeln!(
            t,
            "  - kind: {kind}\n    name: {label} of country {i}\n    national: {}\n    roles:\n      - handles incidents and cases of national importance\n      - cooperates with foreign counterparts\n    source: page\n    quote: \"The {label} of country {i} has national responsibility.\"",
            flag(i, 8)
        );
    }
    t.push_str("\ncontact_point:\n");
    fact(&mut t, "  ", "designated", &flag(i, 9).to_string(), i);
    fact(&mut t, "  ", "body", &format!("\"Cybercrime Unit of country {i}\""), i);
    for (key, salt) in [
        ("technical_advice", 10),
        ("data_preservation", 11),
        ("evidence_collection", 12),
        ("expedited_communication", 13),
        ("coordination", 14),
        ("trained_staff", 15),
    ] {
        fact(&mut t, "  ", key, &flag(i, salt).to_string(), i);
    }
    t.push_str("\ncentral_authorities:\n");
    for (key, salt) in [("extradition", 16), ("mutual_assistance", 17)] {
        let _ = writeln!(t, "  {key}:");
        fact(&mut t, "    ", "designated", &flag(i, salt).to_string(), i);
        fact(
            &mut t,
            "    ",
            "body",
            &format!("\"Ministry of Justice of country {i}\""),
            i,
        );
    }
    t.push_str("\nlegislation:\n");
    for (n, article) in ARTICLES.iter().enumerate() {
        if (i + n) % 11 == 0 {
            continue;
        }
        let status = LAW[(i + n) % 3];
        let _ = writeln!(
            t,
            "  \"{article}\":\n    status: {status}\n    instrument: {}\n    provision: Art. {}\n    law: {}\n    since: 20{:02}\n    penalty: up to {} years\n    source: page\n    quote: \"Article {article} of the Convention is addressed by the {} of country {i}.\"",
            if n % 2 == 0 { "Penal Code" } else { "Code of Criminal Procedure" },
            100 + n * 3 + i % 5,
            if n % 2 == 0 { "penal-code" } else { "procedure-code" },
            5 + n % 4,
            1 + (i + n) % 9,
            if n % 2 == 0 { "Penal Code" } else { "Code of Criminal Procedure" }
        );
        if status == "partial" {
            let _ = writeln!(t, "    missing: [\"{article}(2)\"]");
        }
    }
    t.push_str("\nsafeguards:\n");
    for (key, salt) in [
        ("human_rights", 18),
        ("proportionality", 19),
        ("judicial_supervision", 20),
        ("grounds", 21),
        ("scope_and_duration", 22),
        ("third_parties", 23),
    ] {
        fact(&mut t, "  ", key, &flag(i, salt).to_string(), i);
    }
    fact(&mut t, "  ", "human_rights_instruments", "[ICCPR, ECHR]", i);
    t.push_str("  by_power:\n");
    for (n, power) in POWERS.iter().enumerate() {
        let _ = writeln!(t, "    \"{power}\":");
        fact(&mut t, "      ", "supervision", &flag(i, 24 + n).to_string(), i);
        fact(&mut t, "      ", "grounds", &flag(i, 30 + n).to_string(), i);
        fact(&mut t, "      ", "scope_and_duration", &flag(i, 36 + n).to_string(), i);
    }
    t.push_str("\ncapacity:\n  lead_agency:\n");
    fact(&mut t, "    ", "designated", &flag(i, 42).to_string(), i);
    fact(&mut t, "    ", "body", &format!("\"Digital Agency of country {i}\""), i);
    for (key, salt) in [
        ("sectoral_csirts", 43),
        ("incident_registry", 44),
        ("reporting_channel", 45),
        ("awareness", 46),
        ("education", 47),
        ("police_unit", 48),
        ("forensics", 49),
        ("specialised_prosecution", 50),
        ("child_online_protection", 51),
        ("provider_cooperation", 52),
        ("agreements", 53),
        ("partnerships", 54),
        ("standards", 55),
        ("disclosure_policy", 56),
    ] {
        fact(&mut t, "  ", key, &flag(i, salt).to_string(), i);
    }
    t.push_str("  critical_infrastructure:\n");
    fact(&mut t, "    ", "identified", &flag(i, 57).to_string(), i);
    fact(&mut t, "    ", "regulated", &flag(i, 58).to_string(), i);
    t.push_str("  training:\n");
    for (key, salt) in [("police", 59), ("prosecutors", 60), ("judges", 61)] {
        fact(&mut t, "    ", key, &flag(i, salt).to_string(), i);
    }
    t.push_str("  data_protection:\n");
    fact(&mut t, "    ", "law", &flag(i, 62).to_string(), i);
    fact(&mut t, "    ", "convention_108", TREATY[(i + 1) % 4], i);
    for (key, salt) in [("interpol", 63), ("foreign_law_enforcement", 64)] {
        let _ = writeln!(t, "  {key}:");
        fact(&mut t, "    ", "designated", &flag(i, salt).to_string(), i);
        fact(&mut t, "    ", "body", &format!("\"Federal Police of country {i}\""), i);
    }
    let _ = write!(
        t,
        "\njurisprudence:\n  - id: case-{i}-a\n    court: Supreme Court\n    reference: Decision {i}/2012\n    date: 2012-10-17\n    holding: \"Interception of communications requires a judge's prior authorisation.\"\n    url: https://example.org/cases/{i}\n    supports: [judicial_supervision]\n    powers: [19, 21]\n    source: page\n    quote: \"The Supreme Court held, in decision {i}/2012, that a judge must authorise interception.\"\n  - id: case-{i}-b\n    court: Constitutional Court\n    date: 2013\n    holding: \"Orders must be proportionate to the offence investigated.\"\n    supports: [proportionality]\n    powers: [16, 18]\n    source: page\n    quote: \"The Constitutional Court required proportionate orders in case {i}.\"\n"
    );
    let _ = write!(
        t,
        "\nlaws:\n  - id: penal-code\n    title: Penal Code of country {i}\n    short_name: Penal Code\n    number: Law {i}\n    date: 2005\n    status: in_force\n    implements: [2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13]\n    source: gazette\n    quote: \"The Penal Code of country {i} defines the offences against computer systems.\"\n  - id: procedure-code\n    title: Code of Criminal Procedure of country {i}\n    date: 2007\n    status: in_force\n    implements: [16, 17, 18, 19, 20, 21, 22, 23, 29, 30]\n    source: gazette\n    quote: \"The Code of Criminal Procedure of country {i} sets the investigative powers.\"\n  - title: Bill on electronic evidence {i}\n    status: bill\n    source: page\n    quote: \"A bill on electronic evidence is before parliament.\"\n"
    );
    t.push_str("\nnotes:\n");
    for n in 0..4 {
        let _ = writeln!(
            t,
            "  - text: \"Note {n} on country {i}: the page describes its programmes, its institutions and its cooperation in several sentences that a report lists as they are.\"\n    section: Section {n}\n    source: page"
        );
    }
    t
}
