//! Importing page variants written as files in `tests/data/import/`: each
//! `NAME.txt` imports to `NAME.expected.yaml` (set `UPDATE_EXPECT=1` to
//! write the expected files after a deliberate change, then review the diff),
//! passes `profile::check`, and holds the facts its page states.

use gapwise::import::{import_page, to_yaml, ImportError, ImportOptions, Imported};
use gapwise::profile::{self, Fact, InstitutionKind, StrategyStatus, TreatyStatus};

const PAGES: &[&str] = &[
    "octopus-mexico-2014",
    "octopus-mexico-glued-2014",
    "octopus-ghana-2018",
    "octopus-senegal-2016",
    "octopus-tonga-missing-sections",
    "octopus-dates-2019",
];

fn import(name: &str) -> Imported {
    let text = std::fs::read_to_string(format!("tests/data/import/{name}.txt")).expect("fixture");
    let options = ImportOptions {
        file_name: format!("{name}.txt"),
        ..Default::default()
    };
    import_page(&text, &options).expect("imports")
}

fn value<T: Clone>(fact: &Option<Fact<T>>) -> Option<T> {
    fact.as_ref().map(|f| f.value().clone())
}

fn date<T: ToString>(fact: &Option<Fact<T>>) -> Option<String> {
    fact.as_ref().map(|f| f.value().to_string())
}

#[test]
fn every_page_matches_its_expected_yaml_and_checks_clean() {
    for name in PAGES {
        let imported = import(name);
        let yaml = to_yaml(&imported.profile);
        let checked = profile::check(&format!("{name}.yaml"), &yaml);
        let errors = checked.errors();
        assert!(errors.is_empty(), "{name}: {errors:#?}\n{yaml}");
        assert_eq!(
            checked.profile.as_ref(),
            Some(&imported.profile),
            "{name}: the YAML reads back as the same profile"
        );
        let expected_path = format!("tests/data/import/{name}.expected.yaml");
        if std::env::var_os("UPDATE_EXPECT").is_some() {
            std::fs::write(&expected_path, &yaml).expect("writable");
        }
        let expected = std::fs::read_to_string(&expected_path).unwrap_or_default();
        assert_eq!(yaml, expected, "{name}: output differs from {expected_path}");
        assert_eq!(to_yaml(&import(name).profile), yaml, "{name}: output is deterministic");
        assert!(yaml.starts_with("# Draft imported by gapwise"));
    }
}

#[test]
fn english_page_with_negatives_links_and_a_contact_point() {
    let p = import("octopus-ghana-2018").profile;
    assert_eq!((p.country.name.as_str(), p.country.iso2.as_str()), ("Ghana", "GH"));
    assert_eq!(p.snapshot.as_of.to_string(), "2018-08-27");
    assert_eq!(value(&p.budapest.status), Some(TreatyStatus::Party));
    assert_eq!(p.budapest.observer, None);
    let declared: Vec<String> = value(&p.budapest.declarations)
        .unwrap_or_default()
        .iter()
        .map(|a| a.0.clone())
        .collect();
    assert_eq!(declared, ["24", "27", "35"]);
    assert_eq!(date(&p.budapest.events.signed).as_deref(), Some("2016-11-23"));
    assert_eq!(date(&p.budapest.events.ratified).as_deref(), Some("2018-03-02"));
    assert_eq!(date(&p.budapest.events.entry_into_force).as_deref(), Some("2018-07-01"));
    assert_eq!(value(&p.strategies.cybersecurity.status), Some(StrategyStatus::Adopted));
    assert_eq!(date(&p.strategies.cybersecurity.year).as_deref(), Some("2015-12"));
    assert_eq!(
        value(&p.strategies.cybercrime.status),
        Some(StrategyStatus::None),
        "a stated negative is `none`, not absent"
    );
    let kinds: Vec<InstitutionKind> = p.institutions.iter().map(|i| i.kind).collect();
    assert_eq!(
        kinds,
        [
            InstitutionKind::PoliceUnit,
            InstitutionKind::Cert,
            InstitutionKind::Prosecution
        ]
    );
    assert_eq!(p.institutions[1].national, Some(true));
    assert_eq!(value(&p.contact_point.designated), Some(true));
    assert_eq!(value(&p.contact_point.available_24_7), Some(true));
    assert!(value(&p.contact_point.body).is_some_and(|b| b.contains("Cybercrime Unit")));
    assert!(p
        .snapshot
        .sources
        .iter()
        .any(|s| s.url.as_deref() == Some("https://www.csa.gov.gh/strategy")));
    let law = p.laws.first().expect("the page names a law");
    assert_eq!(law.title, "Electronic Transactions Act 2008");
    assert_eq!(law.short_name.as_deref(), Some("Act 772"));
    assert_eq!(law.date.map(|d| d.to_string()).as_deref(), Some("2008"));
    assert_eq!(law.status, Some(gapwise::profile::LawStatus::InForce));
    assert!(
        !p.notes
            .iter()
            .any(|n| n.text.contains("co-funded") || n.text.contains("Empowering")),
        "the footer is boilerplate"
    );
}

#[test]
fn french_interface_with_an_english_body() {
    let imported = import("octopus-senegal-2016");
    let p = &imported.profile;
    assert_eq!(p.country.iso2, "SN");
    assert_eq!(p.snapshot.as_of.to_string(), "2016-12-01");
    assert_eq!(p.snapshot.language.as_deref(), Some("en"));
    assert_eq!(value(&p.budapest.status), Some(TreatyStatus::Signatory));
    assert_eq!(p.budapest.status_text.as_deref(), Some("Signataire"));
    let list = |f: &Option<Fact<Vec<profile::ArticleRef>>>| {
        value(f)
            .unwrap_or_default()
            .iter()
            .map(|a| a.0.clone())
            .collect::<Vec<_>>()
    };
    assert_eq!(list(&p.budapest.declarations), ["2", "3", "7"]);
    assert_eq!(list(&p.budapest.reservations), ["4", "6"]);
    assert_eq!(date(&p.budapest.events.signed).as_deref(), Some("2011-02-01"));
    assert_eq!(value(&p.strategies.cybersecurity.status), Some(StrategyStatus::None));
    assert_eq!(value(&p.strategies.cybercrime.status), Some(StrategyStatus::Draft));
    assert_eq!(value(&p.contact_point.designated), Some(false), "a stated negative");
    assert_eq!(
        p.institutions.first().map(|i| i.kind),
        Some(InstitutionKind::PoliceUnit)
    );
    assert!(imported.missing.contains(&"budapest.events.ratified".to_string()));
}

#[test]
fn glued_headings_split_like_separate_lines() {
    let glued = import("octopus-mexico-glued-2014").profile;
    assert_eq!(glued.snapshot.as_of.to_string(), "2014-11-23");
    assert_eq!(value(&glued.budapest.status), Some(TreatyStatus::Invited));
    assert_eq!(value(&glued.budapest.observer), Some(true));
    assert_eq!(glued.budapest.status_text.as_deref(), Some("Observer"));
    assert_eq!(date(&glued.budapest.events.invited).as_deref(), Some("2007-02-01"));
    assert_eq!(
        value(&glued.strategies.cybersecurity.status),
        Some(StrategyStatus::InPreparation)
    );
    assert_eq!(
        glued
            .institutions
            .iter()
            .map(|i| (i.kind, i.national))
            .collect::<Vec<_>>(),
        [(InstitutionKind::Cert, Some(true))]
    );
}

#[test]
fn missing_sections_bullets_cut_text_and_no_date() {
    let imported = import("octopus-tonga-missing-sections");
    let p = &imported.profile;
    assert_eq!(p.country.iso2, "TO");
    assert_eq!(
        p.snapshot.as_of.to_string(),
        "2016",
        "no label: the latest date the page mentions"
    );
    assert!(imported.warnings.iter().any(|w| w.contains("is an estimate")));
    assert_eq!(value(&p.budapest.status), Some(TreatyStatus::None));
    assert_eq!(p.strategies, Default::default(), "nothing stated: absent, not none");
    let kinds: Vec<InstitutionKind> = p.institutions.iter().map(|i| i.kind).collect();
    assert_eq!(kinds, [InstitutionKind::PoliceUnit, InstitutionKind::Cert]);
    assert!(imported
        .missing
        .contains(&"strategies.cybersecurity.status".to_string()));
}

#[test]
fn every_date_form_keeps_its_precision() {
    let p = import("octopus-dates-2019").profile;
    let e = &p.budapest.events;
    assert_eq!(date(&e.invited).as_deref(), Some("2016-12"));
    assert_eq!(date(&e.acceded).as_deref(), Some("2018-07-02"));
    assert_eq!(date(&e.entry_into_force).as_deref(), Some("2018-11-01"));
    assert_eq!(date(&p.strategies.cybersecurity.year).as_deref(), Some("2018-12"));
    let case = p.jurisprudence.first().expect("a case");
    assert_eq!(
        (case.court.as_str(), case.reference.as_deref()),
        ("Constitutional Court", Some("Case No. 12/2017"))
    );
    assert_eq!(case.date.map(|d| d.to_string()).as_deref(), Some("2017-08-27"));
    assert_eq!(value(&p.safeguards.judicial_supervision), Some(true));
}

#[test]
fn the_summary_lists_found_missing_and_notes() {
    let imported = import("octopus-mexico-2014");
    let summary = imported.summary();
    assert!(
        summary.starts_with("draft profile of Mexico (MX) as of 2014-11-23\n"),
        "{summary}"
    );
    assert!(summary.contains("  budapest.status: invited\n"), "{summary}");
    assert!(summary.contains("facts not found, to collect:"));
    assert!(summary.contains("  contact_point.designated\n"));
    assert!(summary.contains(&format!("sentences left as notes: {}", imported.notes)));
    assert_eq!(imported.notes, imported.profile.notes.len());
    assert!(imported.found.contains(&"budapest.events.invited".to_string()));
}

#[test]
fn bad_input_gives_typed_errors() {
    let options = ImportOptions {
        file_name: "x.txt".into(),
        ..Default::default()
    };
    assert!(matches!(import_page(" \n\t", &options), Err(ImportError::Empty { .. })));
    assert!(matches!(
        import_page("just some text", &options),
        Err(ImportError::NotAPage { .. })
    ));
    let err = import_page("Status : Party", &options).expect_err("no date");
    assert_eq!(
        err.to_string(),
        "`x.txt` gives no date: no \"last updated\" label, no `--as-of`, no year in the file name, no full date in the text"
    );
    let bad = ImportOptions {
        country_code: Some("Mexico".into()),
        ..options.clone()
    };
    assert!(matches!(
        import_page("Status : Party 2014", &bad),
        Err(ImportError::BadCountryCode { .. })
    ));
    let coded = ImportOptions {
        country_code: Some("mx".into()),
        ..options
    };
    let p = import_page("Status : Observer\nLast updated : 1/2/2015", &coded)
        .expect("imports")
        .profile;
    assert_eq!(
        (
            p.country.name.as_str(),
            p.country.iso2.as_str(),
            value(&p.budapest.status)
        ),
        ("Mexico", "MX", Some(TreatyStatus::Unknown))
    );
}
