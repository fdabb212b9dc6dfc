//! The phrasings of the catalogue of real pages (`/work/shared/import-patterns.md`),
//! reproduced with invented wording in `tests/data/import/patterns/`: for
//! each fixture, the facts it states, and how many the import finds right,
//! misses, or gets wrong. A wrong fact misleads a report; a missing one only
//! lists a question, so both are counted.

use gapwise::import::{import_page, to_yaml, ImportOptions, Imported};
use gapwise::profile::{self, InstitutionKind, PartialDate};

fn import(name: &str) -> Imported {
    let text = std::fs::read_to_string(format!("tests/data/import/patterns/{name}.txt")).expect("fixture");
    let options = ImportOptions {
        file_name: format!("{name}.txt"),
        as_of: Some(PartialDate::year(2024)),
        ..Default::default()
    };
    import_page(&text, &options).expect("imports")
}

/// Imports a page given as text, as of `year`.
pub(crate) fn import_text(text: &str, year: i16) -> gapwise::profile::Profile {
    let options = ImportOptions {
        file_name: "page.txt".into(),
        as_of: Some(PartialDate::year(year)),
        ..Default::default()
    };
    import_page(text, &options).expect("imports").profile
}

fn v<T: std::fmt::Debug>(x: &Option<gapwise::profile::Fact<T>>) -> Option<String> {
    x.as_ref().map(|f| format!("{:?}", f.value()))
}

/// Flattened facts of a draft: `path = value`.
fn facts(imported: &Imported) -> Vec<(String, String)> {
    let p = &imported.profile;
    let mut out = Vec::new();
    let mut push = |k: &str, x: Option<String>| {
        if let Some(x) = x {
            out.push((k.to_string(), x));
        }
    };
    push("status", v(&p.budapest.status));
    push(
        "declarations",
        p.budapest.declarations.as_ref().map(|f| list(f.value())),
    );
    push(
        "reservations",
        p.budapest.reservations.as_ref().map(|f| list(f.value())),
    );
    push(
        "ratified",
        p.budapest.events.ratified.as_ref().map(|f| f.value().to_string()),
    );
    let s = &p.strategies;
    push("cybersecurity", v(&s.cybersecurity.status));
    push(
        "cybersecurity.title",
        s.cybersecurity.title.as_ref().map(|f| f.value().clone()),
    );
    push(
        "cybersecurity.date",
        s.cybersecurity.year.as_ref().map(|f| f.value().to_string()),
    );
    push("cybercrime", v(&s.cybercrime.status));
    push(
        "cybercrime.title",
        s.cybercrime.title.as_ref().map(|f| f.value().clone()),
    );
    push(
        "cybercrime.date",
        s.cybercrime.year.as_ref().map(|f| f.value().to_string()),
    );
    for i in &p.institutions {
        push("institution", Some(format!("{:?}: {}", i.kind, i.name)));
    }
    for l in &p.laws {
        let date = l.date.map(|d| d.to_string()).unwrap_or_default();
        push("law", Some(format!("{} | {date} | {:?}", l.title, l.status)));
    }
    push("country", Some(format!("{} {}", p.country.name, p.country.iso2)));
    out
}

fn list(a: &[gapwise::profile::ArticleRef]) -> String {
    a.iter().map(|x| x.0.as_str()).collect::<Vec<_>>().join(", ")
}

/// Checks a fixture: every expected fact found, nothing else found on the
/// keys it states (found but not expected = wrong), and a clean draft.
/// Asserts how many laws a draft holds, naming them when it fails.
pub(crate) fn assert_law_count(p: &gapwise::profile::Profile, n: usize) {
    let titles: Vec<&String> = p.laws.iter().map(|l| &l.title).collect();
    assert_eq!(p.laws.len(), n, "{titles:#?}");
}

pub(crate) fn check(name: &str, expected: &[(&str, &str)]) -> Imported {
    let imported = import(name);
    let yaml = to_yaml(&imported.profile);
    let checked = profile::check(&format!("{name}.yaml"), &yaml);
    assert!(checked.errors().is_empty(), "{name}: {:#?}\n{yaml}", checked.errors());
    let got = facts(&imported);
    let keys: Vec<&str> = expected.iter().map(|(k, _)| *k).collect();
    let missing: Vec<_> = expected
        .iter()
        .filter(|(k, v)| !got.iter().any(|(gk, gv)| gk == k && gv == v))
        .collect();
    let wrong: Vec<_> = got
        .iter()
        .filter(|(k, v)| keys.contains(&k.as_str()) && !expected.iter().any(|(ek, ev)| ek == k && ev == v))
        .collect();
    assert!(
        missing.is_empty() && wrong.is_empty(),
        "{name}: expected {}, found {}, missing {missing:#?}, wrong {wrong:#?}",
        expected.len(),
        expected.len() - missing.len()
    );
    imported
}

#[test]
fn plans_policies_negatives_and_the_date_of_the_verb() {
    check(
        "strategies-nouns",
        &[
            ("country", "Freedonia XX"),
            ("status", "None"),
            ("cybercrime", "None"),
            ("cybersecurity", "Adopted"),
            ("cybersecurity.title", "National Digital Security Plan 2021-2026"),
            ("cybersecurity.date", "2021-03"),
            ("institution", "PoliceUnit: Cybercrime unit"),
        ],
    );
}

#[test]
fn periods_decisions_planned_steps_and_listed_units() {
    let imported = check(
        "strategies-periods",
        &[
            ("country", "Sylvania XX"),
            ("status", "Party"),
            ("declarations", "24(7), 27(2)"),
            ("cybersecurity", "Adopted"),
            ("cybersecurity.title", "National Cybersecurity Strategy (2022 – 2027)"),
            ("cybercrime", "Adopted"),
            (
                "cybercrime.title",
                "Programme for the Prevention of Cybercrime 2023-2025",
            ),
            ("cybercrime.date", "2023-02-14"),
            ("institution", "PoliceUnit: Digital Investigations Platform"),
            ("institution", "Prosecution: Cybercrime Unit"),
            (
                "institution",
                "Cert: National Computer Incident Response Team (SYL-CIRT)",
            ),
        ],
    );
    let p = &imported.profile;
    assert!(
        p.strategies.cybersecurity.year.is_none(),
        "a period is not an adoption date"
    );
    assert!(
        p.budapest.events.ratified.is_none(),
        "a planned ratification is not an event"
    );
    assert_eq!(p.institutions.len(), 3, "generic CSIRT teams are no institution");
}

#[test]
fn projects_drafts_foreign_names_and_laws() {
    let imported = check(
        "strategies-preparation",
        &[
            ("country", "Ruritanie XX"),
            ("status", "None"),
            ("cybercrime", "InPreparation"),
            ("cybersecurity", "Draft"),
            ("cybersecurity.title", "National Cybersecurity Policy"),
            ("institution", "PoliceUnit: Unidad de Delitos Tecnológicos"),
            (
                "institution",
                "Cert: Ruritanian Emergency Security Response Team (Rurcert)",
            ),
            ("law", "Penal Code |  | Some(InForce)"),
            ("law", "Law No. 12/2019 on information systems | 2019 | Some(InForce)"),
            ("law", "Electronic Evidence Bill |  | Some(Draft)"),
            ("law", "Computer Misuse Ordinance |  | Some(Repealed)"),
        ],
    );
    assert!(
        !imported.profile.notes.iter().any(|n| n.text.contains("reflètent")),
        "the disclaimer is boilerplate, not a note"
    );
}

#[test]
fn joint_lists_are_not_split_and_the_label_gives_the_date() {
    let imported = check(
        "reservations-joint",
        &[
            ("country", "Osterlich XX"),
            ("status", "Party"),
            ("cybersecurity", "Adopted"),
            ("cybersecurity.title", "Cyber Security Strategy 2020-2024"),
            ("cybersecurity.date", "2020-06-05"),
            ("institution", "PoliceUnit: Osterlich Constabulary Cyber Crime Bureau"),
            ("law", "Computer Crimes Act, 2014 | 2014 | Some(InForce)"),
            ("law", "Criminal Procedure Code |  | Some(InForce)"),
        ],
    );
    let p = &imported.profile;
    assert_eq!(
        p.snapshot.as_of.to_string(),
        "2021-03-12",
        "the label wins over --as-of"
    );
    assert!(p.budapest.declarations.is_none() && p.budapest.reservations.is_none());
    assert!(p
        .notes
        .iter()
        .any(|n| n.text.contains("14(3)(b), 24(7)(a), 29(4), 35(1)")));
    assert!(
        p.strategies.cybercrime.status.is_none(),
        "a section on cybercrime is no cybercrime strategy"
    );
    assert!(!p
        .notes
        .iter()
        .any(|n| n.text.contains("Useful links") || n.text.contains("necessarily")));
}

#[test]
fn stated_reservations_are_kept_by_sub_provision() {
    check(
        "reservations-stated",
        &[
            ("country", "Grand Fenwick XX"),
            ("status", "Party"),
            ("reservations", "14, 20, 21, 9(1)(d), 9(1)(e), 6(1)(b)"),
            ("cybersecurity", "None"),
            ("cybercrime", "Adopted"),
            ("cybercrime.date", "2019-04-02"),
        ],
    );
}

#[test]
fn the_country_comes_from_the_title_line_not_a_mention() {
    let text = "Back Côte d'Ivoire\n\nStatus regarding Budapest Convention\n\nStatus : NA See legal profile\n\nCybercrime policies/strategies\n\nA unit trained in France [FR] in 2019.\n";
    let p = import_text(text, 2020);
    assert_eq!(p.country.iso2, "CI");
}

#[test]
fn law_titles_short_forms_local_years_and_glosses() {
    let imported = check(
        "laws-forms",
        &[
            ("country", "Carpania XX"),
            ("status", "None"),
            ("cybercrime", "None"),
            ("law", "Computer Offences Act 2011 | 2011 | Some(InForce)"),
            (
                "law",
                "Carpanian Information and Network Technology (INT) Act, 2009 | 2009 | Some(InForce)",
            ),
            ("law", "Electronic (Documentary) Proof Act |  | Some(InForce)"),
            ("law", "Mutual Help in Penal Matters Act |  | Some(InForce)"),
            ("law", "Carpanian Penal Code |  | Some(InForce)"),
            ("law", "Law on countering computer crime | 2010-05-12 | Some(InForce)"),
            ("law", "Electronic Commerce Act, 2064 (2007) | 2007 | Some(InForce)"),
            ("law", "Payment Fraud Act 2065 (2008) | 2008 | Some(InForce)"),
            ("law", "Law n.º 5/2016 on Electronic Documents | 2016 | Some(InForce)"),
            (
                "law",
                "Law n.º 9/2012 on Preventing money laundering | 2012 | Some(InForce)",
            ),
            ("law", "Cyber Safety Bill |  | Some(InForce)"),
            ("law", "Draft Law On Personal Records |  | Some(Draft)"),
            ("law", "Telecommunications Framework Law |  | Some(InForce)"),
            ("law", "Law no 77/05 | 2005 | Some(InForce)"),
            ("law", "Criminal Procedural Code |  | Some(InForce)"),
            (
                "law",
                "Online Banking Act, 2066 B.S. (2009 A.D.) | 2009 | Some(InForce)",
            ),
            ("law", "Código Penal Integral de Carpania |  | Some(InForce)"),
        ],
    );
    let p = &imported.profile;
    let numbered = p.laws.iter().find(|l| l.title.starts_with("Law on countering"));
    assert_eq!(
        numbered.and_then(|l| l.number.clone()).as_deref(),
        Some("45-XII"),
        "the number after the comma"
    );
    assert!(
        !p.laws.iter().any(|l| l.title.contains("Model Law")),
        "a model law is no law of the country"
    );
    assert!(
        !p.notes
            .iter()
            .any(|n| n.text == "State of cybercrime legislation" || n.text == "Related laws and regulations"),
        "headings are not notes"
    );
}

#[test]
fn planned_denied_and_quoted_units_and_separate_lists() {
    check(
        "institutions-plans",
        &[
            ("country", "Valdoria XX"),
            ("status", "Party"),
            ("reservations", "4, 11, 29"),
            ("ratified", "2015-03-03"),
            ("institution", "PoliceUnit: IT Unit"),
            ("institution", "Prosecution: Prosecution Squad"),
            ("institution", "PoliceUnit: Digital Offences Division"),
            ("institution", "PoliceUnit: Telematics Inquiries Special Unit"),
            ("institution", "PoliceUnit: Southern Cyber Investigation Brigade"),
            ("institution", "PoliceUnit: Electronic Crimes Investigation Unit"),
            (
                "institution",
                "Cert: Valdorian Computer Emergency Response Team (VAL-CERT)",
            ),
            (
                "institution",
                "Prosecution: Special Prosecutor against Computer Crimes of the Solicitor General",
            ),
        ],
    );
}

#[test]
fn a_declarations_field_without_status_and_an_accession_in_prose() {
    check(
        "status-labels",
        &[
            ("country", "Norland XX"),
            ("status", "Party"),
            ("declarations", "24, 27, 35"),
            ("cybersecurity", "Adopted"),
            ("cybersecurity.date", "2020"),
        ],
    );
}

#[test]
fn the_french_case_law_heading_keeps_its_text_out_of_the_institutions() {
    let imported = import("institutions-plans");
    let note = imported
        .profile
        .notes
        .iter()
        .find(|n| n.text.starts_with("No court decision"))
        .expect("kept as a note");
    assert_eq!(note.section.as_deref(), Some("Jurisprudence / droit jurisprudent"));
}

#[test]
fn opening_dates_glued_nouns_and_named_complements() {
    let imported = check(
        "strategies-forms",
        &[
            ("country", "Estoria XX"),
            ("status", "Party"),
            ("cybersecurity", "Adopted"),
            ("cybersecurity.date", "2017"),
            ("cybercrime", "Adopted"),
            ("cybercrime.title", "Cybercrimestrategy for 2018 – 2022"),
        ],
    );
    assert!(
        imported.profile.strategies.cybercrime.year.is_none(),
        "periods are not adoption dates"
    );
    // The third sentence alone: a capitalised noun named by its complement.
    let text = "Back Estoria\n\nCybercrime policies/strategies\n\nThe Strategy for prosecution of cybercrime (2023-2027) seeks to train every prosecutor.\n";
    let p = import_text(text, 2024);
    assert_eq!(
        p.strategies.cybercrime.title.map(|t| t.value().clone()).as_deref(),
        Some("Strategy for prosecution of cybercrime (2023-2027)")
    );
}

#[test]
fn negatives_without_adopted_and_a_draft_the_cabinet_approved() {
    check(
        "strategies-negatives",
        &[
            ("country", "Westmark XX"),
            ("status", "None"),
            ("cybersecurity", "None"),
            ("cybercrime", "None"),
        ],
    );
    let imported = check(
        "strategies-approved-draft",
        &[
            ("country", "Lutonia XX"),
            ("cybersecurity", "Adopted"),
            ("cybersecurity.title", "National Cyber Security Policy & Strategy"),
            ("cybercrime", "None"),
        ],
    );
    assert!(
        imported.profile.strategies.cybersecurity.year.is_none(),
        "the date of the draft is not the date of the approval"
    );
}

#[test]
fn regional_calls_studies_glosses_seats_and_listed_sources() {
    let imported = check(
        "regional-and-glosses",
        &[
            ("country", "Marivia XX"),
            ("status", "Invited"),
            ("cybercrime", "None"),
            ("cybersecurity", "Adopted"),
            ("cybersecurity.date", "2019"),
            ("institution", "Prosecution: Special Prosecutor"),
            (
                "institution",
                "PoliceUnit: Office Central de Lutte contre la Cybercriminalité",
            ),
            ("law", "Code Numérique | 2019-03-03 | Some(InForce)"),
            ("law", "Penal Code |  | Some(InForce)"),
            ("law", "Code of Penal Procedure |  | Some(InForce)"),
            ("law", "Electronic Records Decree 2011 | 2011 | Some(InForce)"),
            ("law", "Extradition Act |  | Some(InForce)"),
        ],
    );
    assert!(
        !imported
            .profile
            .institutions
            .iter()
            .any(|i| i.kind == gapwise::profile::InstitutionKind::Cert),
        "a CERT study and a planned CERT are no CERT"
    );
}

#[test]
fn a_negative_covers_the_policies_named_by_their_complement() {
    check(
        "negatives-complements",
        &[
            ("country", "Solvaria XX"),
            ("status", "Party"),
            ("cybersecurity", "None"),
            ("cybercrime", "None"),
        ],
    );
}

#[test]
fn the_summary_lists_the_laws_and_notes_keep_no_chrome() {
    let imported = import("laws-forms");
    let summary = imported.summary();
    assert!(summary.contains(&format!("laws found: {}\n", imported.profile.laws.len())));
    assert!(
        summary.contains("  Computer Offences Act 2011 (2011): in force\n"),
        "{summary}"
    );
    assert!(summary.contains("  Law on countering computer crime (no. 45-XII, 2010-05-12): in force\n"));
    assert!(summary.contains("  Draft Law On Personal Records: draft\n"));
    let imported = import("chrome-notes");
    let notes: Vec<&str> = imported.profile.notes.iter().map(|n| n.text.as_str()).collect();
    assert_eq!(
        notes,
        [
            "The National Cyber Security Strategy (2021 – 2026) sets four goals:",
            "Protecting the networks of the state administration.",
            "Teaching citizens to report online fraud.",
            "Quentaria publishes a yearly report on online fraud."
        ],
        "list numbers, glued or doubled chrome and the French footer are no notes"
    );
}

#[test]
fn labels_in_other_interface_languages_and_dates_after_since() {
    let imported = check(
        "interface-nb",
        &[
            ("country", "Ostmark XX"),
            ("status", "Party"),
            ("ratified", "2015-04-09"),
            ("cybersecurity", "Adopted"),
            ("cybersecurity.date", "2014"),
        ],
    );
    assert_eq!(
        imported.profile.snapshot.as_of.to_string(),
        "2016-03-14",
        "the Norwegian label"
    );
    let imported = check(
        "interface-el",
        &[
            ("status", "None"),
            ("cybersecurity", "Adopted"),
            ("cybersecurity.date", "2011"),
            ("cybercrime", "Adopted"),
        ],
    );
    assert_eq!(
        imported.profile.snapshot.as_of.to_string(),
        "2019-06-21",
        "the Greek label"
    );
    assert_eq!(
        imported
            .profile
            .strategies
            .cybersecurity
            .title
            .as_ref()
            .map(|t| t.value().as_str()),
        Some("National Plan"),
        "the first adopted document the page names"
    );
}

#[test]
fn parties_unnamed_acts_romance_titles_next_sentence_roles_and_regional_teams() {
    let imported = check(
        "named-forms",
        &[
            ("country", "Keldoria XX"),
            ("status", "None"),
            ("cybercrime", "None"),
            ("cybersecurity", "Adopted"),
            ("cybersecurity.title", "Stratégie nationale de sécurité numérique"),
            ("cybersecurity.date", "2021-03"),
            ("institution", "PoliceUnit: Organised Border Crime Unit"),
            ("institution", "Cert: SOCCERT"),
            ("institution", "Cert: Keldorian CERT (KEL-CERT)"),
            ("law", "Computer Misuse Act 2010 | 2010 | Some(InForce)"),
            ("law", "Evidence Rules 2071 (2014) | 2014 | Some(InForce)"),
            (
                "law",
                "Ley orgánica de delitos contra la seguridad informática | 2021 | Some(InForce)",
            ),
            ("law", "Loi relative aux preuves électroniques |  | Some(InForce)"),
        ],
    );
    let p = &imported.profile;
    let regional = p
        .institutions
        .iter()
        .find(|i| i.name == "SOCCERT")
        .expect("listed team");
    assert_eq!(
        regional.national,
        Some(false),
        "a regional team is not the national CERT"
    );
    assert_eq!(
        p.institutions.len(),
        3,
        "the unit's old name and the regional initiative are no bodies"
    );
    let case = p.jurisprudence.first().expect("a case named by its parties");
    assert_eq!(case.reference.as_deref(), Some("Crown v Pel Ardo Vance"));
    assert_eq!(case.date.map(|d| d.to_string()).as_deref(), Some("2019"));
    assert_eq!(case.holding.as_deref(), Some("[about records gathered by the unit]"));
}

#[test]
fn repeals_named_back_drafts_laid_as_bills_planned_rules_and_described_units() {
    let imported = check(
        "repeals-and-drafts",
        &[
            ("country", "Orsinia XX"),
            ("status", "None"),
            ("cybercrime", "None"),
            ("cybersecurity", "InPreparation"),
            (
                "institution",
                "PoliceUnit: Payment Fraud Section of the Orsinian Police’s Criminal Investigations Directorate",
            ),
            ("law", "Computer Abuse Act, 2009 | 2009 | Some(Repealed)"),
            ("law", "Computer Abuse Act of 2016 | 2016 | Some(InForce)"),
            ("law", "Online Harms Bill, 2018 | 2018 | Some(Bill)"),
            ("law", "Telegraph Misuse Act |  | Some(InForce)"),
            ("law", "Online Harms Act |  | Some(Draft)"),
            (
                "law",
                "Postal Services (Computer Emergency Response Team) Regulations, 2012 | 2012 | Some(Draft)",
            ),
            (
                "law",
                "Electronic and Postal Services Act No. 4, of 2011 | 2011 | Some(InForce)",
            ),
            ("law", "Cyber Safety Draft Bill (2019) | 2019 | Some(Draft)"),
        ],
    );
    let p = &imported.profile;
    assert_eq!(
        p.institutions.len(),
        1,
        "planned rules and a planned agency are no bodies"
    );
    assert!(
        !p.laws.iter().any(|l| l.title.contains("Commission")),
        "a law reform commission is no law"
    );
    let case = p.jurisprudence.first().expect("a case named by its parties");
    assert_eq!(case.reference.as_deref(), Some("Orsinia v. Abara"));
}

#[test]
fn item_letters_concepts_next_sentence_dates_ratification_laws_and_name_lines() {
    let imported = check(
        "labels-items-and-concepts",
        &[
            ("country", "Borduria XX"),
            ("status", "Party"),
            ("reservations", "9(1)(d), 9(4), 9(2)(c), 22(2), 41"),
            ("declarations", "24(7), 35(1)"),
            ("cybersecurity", "Adopted"),
            ("cybersecurity.date", "2014"),
            ("cybercrime", "InPreparation"),
            (
                "institution",
                "Cert: Centro Nacional de Respuesta a Incidentes de Seguridad Digital",
            ),
            (
                "institution",
                "PoliceUnit: Division for Combating Digital Crime of the Borduria Police",
            ),
            (
                "law",
                "Law on Ratification of the Convention on Cybercrime |  | Some(InForce)",
            ),
            (
                "law",
                "Law on Ratification of the Council of Europe Convention on Victims of Online Abuse |  | Some(InForce)",
            ),
            ("law", "Penal Code of the Kingdom of Borduria |  | Some(InForce)"),
            ("law", "Code of Penal Procedure |  | Some(InForce)"),
            ("law", "Telecoms Code | 1999 | Some(InForce)"),
        ],
    );
    assert_eq!(
        imported.profile.institutions.len(),
        2,
        "a unit that describes the Division is no body"
    );
    let year = imported.profile.strategies.cybersecurity.year.as_ref().expect("dated");
    assert!(
        year.quote().is_some_and(|q| q.starts_with("It was approved")),
        "the date's quote is the sentence that gives it: {year:?}"
    );
    // Without the framework, the concept of 2010 is no adopted strategy.
    let text = "Back Borduria\n\nCybercrime policies/strategies\n\nAs of 2023 work is ongoing to develop a Cybersecurity Strategy. In absence of a formal cybersecurity strategy, the Security Service leads. A concept for a Network Security Strategy was developed in 2010.\n";
    let p = import_text(text, 2024);
    assert_eq!(
        p.strategies.cybersecurity.status.map(|s| *s.value()),
        Some(gapwise::profile::StrategyStatus::InPreparation)
    );
}

#[test]
fn a_joint_field_label_then_its_own_lists() {
    check(
        "reservations-label-then-list",
        &[
            ("country", "Syldavia XX"),
            ("status", "Party"),
            ("reservations", "6, 22, 41"),
            ("declarations", "24, 35"),
            ("ratified", "2011-05-04"),
            ("cybercrime", "None"),
        ],
    );
}

/// Guards for precision on pages never seen: an adoption still to come, a
/// regional body's strategy, a drafting before the adoption, laws only
/// planned or proposals that failed, and a year after "in" that dates a
/// mention, not a title. Each would have been a wrong fact, not a missing one.
#[test]
fn plans_regional_strategies_failed_proposals_and_mention_years_are_no_facts() {
    let imported = check(
        "precision-guards",
        &[
            ("country", "Ruritania XX"),
            ("status", "None"),
            ("cybercrime", "Adopted"),
            ("cybercrime.title", "National Strategy against Cybercrime"),
            ("cybercrime.date", "2018"),
            ("law", "Criminal Code Act 1962 | 1962 | Some(InForce)"),
        ],
    );
    let p = &imported.profile;
    assert!(
        p.strategies.cybersecurity.status.is_none(),
        "a strategy expected to be adopted is not adopted: {:?}",
        p.strategies.cybersecurity.status
    );
    assert_eq!(p.laws.len(), 1, "planned and failed laws are no laws: {:?}", p.laws);
}

/// A day before a month is no article, a strategy "not yet published" is
/// absent, and a law known by its number then its name is one law, called
/// by its name, even when the name has no law word.
#[test]
fn dates_in_the_declarations_field_unpublished_strategies_and_numbered_acts() {
    let imported = check(
        "numbers-and-negations",
        &[
            ("country", "Ruritania XX"),
            ("status", "Party"),
            ("cybercrime", "None"),
            ("law", "Online Records Act | 2015 | Some(InForce)"),
            ("law", "Digital Payment Frauds | 2016 | Some(InForce)"),
            ("law", "Computer Offences Act | 2014 | Some(InForce)"),
        ],
    );
    let p = &imported.profile;
    let declared = p.budapest.declarations.as_ref().map(|d| d.value().len()).unwrap_or(0);
    assert_eq!(declared, 0, "a date is no declaration: {:?}", p.budapest.declarations);
    assert_eq!(p.laws.len(), 3, "one law per act: {:?}", p.laws);
}

#[test]
fn gazette_titles_amending_numbers_listed_parents_and_late_dates() {
    let imported = check(
        "gazettes-and-amendments",
        &[
            ("country", "Ruritania XX"),
            ("status", "Party"),
            ("cybercrime", "Adopted"),
            ("cybercrime.date", "2020-03-03"),
            ("cybersecurity", "Adopted"),
            ("cybersecurity.date", "2016"),
            ("institution", "PoliceUnit: Cybercrime Unit"),
            ("law", "Penal Code |  | Some(InForce)"),
            ("law", "Penal Procedure Code |  | Some(InForce)"),
            (
                "law",
                "Law on ratification of the Convention on Cybercrime |  | Some(InForce)",
            ),
            ("law", "Computer Intrusions Act | 2011 | Some(InForce)"),
            ("law", "Stored Data Act | 2012 | Some(InForce)"),
        ],
    );
    let p = &imported.profile;
    // The acts known only by their numbers amend the named ones: no law of their own.
    assert_law_count(p, 5);
    let entry = p
        .budapest
        .events
        .entry_into_force
        .as_ref()
        .map(|f| f.value().to_string());
    assert_eq!(entry.as_deref(), Some("2012-07-01"));
    let unit = p.institutions.iter().find(|i| i.name == "Cybercrime Unit");
    assert_eq!(unit.and_then(|u| u.parent.as_deref()), Some("State Police Directorate"));
}

#[test]
fn entities_link_markers_series_numbers_and_named_units() {
    let imported = check(
        "entities-markers-and-numbers",
        &[
            ("country", "Ruritania XX"),
            ("status", "None"),
            ("cybersecurity", "None"),
            ("cybercrime", "None"),
            ("institution", "PoliceUnit: Specialised police cybercrime units"),
            ("institution", "PoliceUnit: Sector for Cybercrime Investigation"),
            (
                "institution",
                "PoliceUnit: Applied Research Institute of the Police Academy",
            ),
            (
                "institution",
                "Cert: National Computer Emergency Response Team (RU-CERT)",
            ),
            (
                "law",
                "Law No. 2014-77 on the fight against cybercrime | 2014 | Some(InForce)",
            ),
            (
                "law",
                "Law on Protection and Fight against Computer Crime |  | Some(InForce)",
            ),
            ("law", "Penal Code | 2018-03-02 | Some(InForce)"),
        ],
    );
    let p = &imported.profile;
    // Every mention of a law is the same law; a bare "The CERT" is the team already named.
    assert_law_count(p, 3);
    assert_eq!(p.institutions.len(), 4, "{:#?}", p.institutions);
    assert!(
        p.laws.iter().all(|l| !l.title.contains("[FR]")),
        "link markers are no text"
    );
    let case = p.jurisprudence.first().map(|c| c.reference.clone());
    assert_eq!(case, Some(Some("2019(B)415".to_string())));
}

#[test]
fn french_negatives_and_set_up_strategies() {
    check(
        "french-negatives",
        &[
            ("country", "Ruritanie XX"),
            ("cybercrime", "None"),
            ("cybersecurity", "Adopted"),
            ("law", "Decret-Loi no. 2021-17 | 2021 | Some(InForce)"),
        ],
    );
}

#[test]
fn body_names_planned_teams_owned_statutes_and_listed_stations() {
    let imported = check(
        "bodies-titles-and-glued-years",
        &[
            ("country", "Ruritania XX"),
            ("cybercrime", "None"),
            ("cybersecurity", "Adopted"),
            ("cybersecurity.title", "National Cyber Security Policy"),
            ("cybersecurity.date", "2015-03-03"),
            ("institution", "PoliceUnit: Specialised cybercrime police stations"),
            ("institution", "PoliceUnit: Cybercrime cell"),
            ("law", "Data Protection Law |  | Some(InForce)"),
            ("law", "Presidential Decree 77/2017 | 2017 | Some(InForce)"),
            (
                "law",
                "Asset Recovery and Financing of Crime (Prevention and Control) Act, 2012 | 2012 | Some(InForce)",
            ),
        ],
    );
    let p = &imported.profile;
    // A team still to be set up is no body; a body's own statute is no law.
    assert!(
        p.institutions.iter().all(|i| i.kind != InstitutionKind::Cert),
        "{:#?}",
        p.institutions
    );
    assert!(p.laws.iter().all(|l| !l.title.contains("Statute")), "{:#?}", p.laws);
}

#[test]
fn a_year_inside_a_title_is_not_its_adoption_and_consultations_are_preparation() {
    check(
        "dates-inside-titles",
        &[
            ("status", "Party"),
            ("cybersecurity", "Adopted"),
            ("cybersecurity.date", "2017-06-14"),
            ("cybercrime", "InPreparation"),
        ],
    );
}

#[test]
fn glossed_numbers_regional_plans_joint_steps_and_planned_bodies() {
    let imported = check(
        "glosses-regional-plans-and-joint-steps",
        &[
            ("country", "Ruritania XX"),
            ("status", "Party"),
            ("ratified", "2006-03-12"),
            ("cybercrime", "None"),
            ("cybersecurity", "Adopted"),
            ("cybersecurity.date", "2014-10-09"),
            (
                "law",
                "Law n° 2018-112 on the Repression of Cybercrime | 2018 | Some(InForce)",
            ),
            ("law", "Penal Code of 1999 | 1999 | Some(InForce)"),
            ("law", "Misdemeanours Code | 2003 | Some(InForce)"),
            ("law", "Code of Civil Procedure | 2003 | Some(InForce)"),
            ("law", "Criminal Procedure Code | 1999-06-04 | Some(InForce)"),
            ("law", "Online Trade Act (2004) | 2004 | Some(InForce)"),
        ],
    );
    let p = &imported.profile;
    // One law per act: the gloss, the short name and the founding decree add none.
    assert_law_count(p, 6);
    // No body is named: the CERT and the unit are still planned, a "computer service" is no body.
    assert!(p.institutions.is_empty(), "{:#?}", p.institutions);
    assert!(p.budapest.events.acceded.is_none());
}

#[test]
fn a_concept_on_the_topic_is_the_strategy() {
    check(
        "concepts",
        &[
            ("status", "Party"),
            ("cybersecurity", "Adopted"),
            (
                "cybersecurity.title",
                "Cyber Security Concept of the Ruritanian Republic",
            ),
        ],
    );
}

#[test]
fn counts_protocol_steps_absent_laws_and_team_kinds_are_no_facts() {
    let imported = check(
        "counts-protocols-and-absent-laws",
        &[
            ("status", "Party"),
            ("declarations", "24, 27, 35"),
            // Art. 42 allows no reservation on Art. 16: kept as a note.
            ("reservations", "14, 20, 29"),
            ("cybersecurity", "InPreparation"),
            ("law", "Ruritanian Criminal Code |  | Some(InForce)"),
            ("law", "Data Protection Act |  | Some(InForce)"),
        ],
    );
    let p = &imported.profile;
    assert_law_count(p, 2);
    assert!(p.institutions.is_empty(), "{:#?}", p.institutions);
    assert!(
        p.budapest.events.ratified.is_none(),
        "the Protocol's ratification is not the Convention's"
    );
}

#[test]
fn government_decisions_consultations_and_lower_case_french_codes() {
    let imported = check(
        "decisions-consultations-and-french-codes",
        &[
            ("cybersecurity", "Adopted"),
            ("cybersecurity.date", "2016-05-09"),
            ("cybercrime", "InPreparation"),
            ("law", "Code pénal |  | Some(InForce)"),
            ("law", "Code de procédure pénale |  | Some(InForce)"),
        ],
    );
    assert_law_count(&imported.profile, 2);
}

#[test]
fn dotted_team_names_and_a_law_called_by_part_of_its_subject() {
    let imported = check(
        "dotted-teams-and-subjects",
        &[
            ("institution", "Cert: CERT.RU (CERT RURITANIA)"),
            ("institution", "Cert: CERT.GOV.RU"),
            (
                "law",
                "Law no 014/PR/2016 from 3 March 2016, on Online Security and the fight against Computer Crime | 2016-03-03 | Some(InForce)",
            ),
        ],
    );
    assert_law_count(&imported.profile, 1);
    assert_eq!(
        imported.profile.institutions.len(),
        2,
        "{:#?}",
        imported.profile.institutions
    );
}

#[test]
fn curly_negatives_units_called_by_name_and_activities_that_name_no_team() {
    let imported = check(
        "curly-negatives-called-units-and-activities",
        &[
            ("cybersecurity", "InPreparation"),
            ("institution", "PoliceUnit: Computer Crimes Administration"),
            ("law", "Ruritanian Penal Code |  | Some(InForce)"),
        ],
    );
    let p = &imported.profile;
    // The founding decree and the law not needed are no laws; "CERT operations" names no team.
    assert_law_count(p, 1);
    assert!(
        p.institutions.iter().all(|i| i.kind != InstitutionKind::Cert),
        "{:#?}",
        p.institutions
    );
}

#[test]
fn a_status_stated_in_the_text_and_incident_response_centres() {
    check(
        "status-in-text-and-response-centres",
        &[
            ("country", "Ruritania XX"),
            ("status", "None"),
            (
                "institution",
                "Cert: RUCIRC – Computer Incident Response Center Ruritania",
            ),
        ],
    );
}
