//! Round 13 voices: editors who qualify and explain (a fronted "While"
//! clause, an aside inside the verb, relative clauses before a law's own
//! verb, an identity naming a described unit). Each page is invented; each
//! case is a form a rewritten real page used, with look-alikes.

use gapwise::profile::{InstitutionKind, LawStatus, Profile, StrategyStatus};

use super::import_rewordings::{page, statuses, STRATEGIES};

const ADOPTED: Option<StrategyStatus> = Some(StrategyStatus::Adopted);
const NONE: Option<StrategyStatus> = Some(StrategyStatus::None);
const LEGISLATION: &str = "Cybercrime legislation";
const INSTITUTIONS: &str = "Specialised institutions";

fn laws(p: &Profile) -> Vec<(&str, Option<LawStatus>)> {
    p.laws.iter().map(|l| (l.title.as_str(), l.status)).collect()
}

fn bodies(p: &Profile) -> Vec<(InstitutionKind, &str)> {
    p.institutions.iter().map(|i| (i.kind, i.name.as_str())).collect()
}

#[test]
fn a_fronted_clause_and_an_aside_inside_the_verb() {
    let p = page(
        STRATEGIES,
        "While Ruritania has no specific cybercrime strategy, a National Cyber Security Strategy was adopted by \
         the Government in 2015.",
    );
    assert_eq!(statuses(&p), [ADOPTED, NONE], "{:#?}", p.strategies);
    assert_eq!(
        p.strategies.cybersecurity.title.as_ref().map(|t| t.value().as_str()),
        Some("National Cyber Security Strategy")
    );

    // "While" opens no title.
    let p = page(
        STRATEGIES,
        "While the National Cyber Security Strategy was adopted in 2015, no cybercrime strategy exists.",
    );
    assert_eq!(
        p.strategies.cybersecurity.title.as_ref().map(|t| t.value().as_str()),
        Some("National Cyber Security Strategy")
    );

    // The main clause speaking of the same document keeps the fronted one.
    let p = page(
        STRATEGIES,
        "While a first National Cybersecurity Strategy has been drafted by the Government (October 2021), the \
         latter remains a draft, and there is reportedly no cybercrime strategy as such.",
    );
    assert_eq!(statuses(&p), [Some(StrategyStatus::Draft), NONE], "{:#?}", p.strategies);

    let p = page(
        STRATEGIES,
        "Ruritania has no cybercrime strategy so far. The Government did, however, launch the National Cyber \
         Security Policy, 2013 on 2nd July 2013.",
    );
    assert_eq!(statuses(&p), [ADOPTED, NONE], "{:#?}", p.strategies);
    let p = page(
        STRATEGIES,
        "The Government did, however, not adopt the National Cyber Security Policy.",
    );
    assert_ne!(statuses(&p)[0], ADOPTED);

    // A date the document runs until is no date of its adoption.
    let p = page(
        STRATEGIES,
        "National Cyber Security Strategy for 2013-2017 – adopted, in place until the end of 2017.",
    );
    assert_eq!(statuses(&p)[0], ADOPTED);
    assert!(p.strategies.cybersecurity.year.is_none(), "{:#?}", p.strategies);
}

#[test]
fn a_laws_own_verb_after_a_relative_clause() {
    let p = page(
        LEGISLATION,
        "While the Cybercrime Code is in force, the Information Technology Law, which would include most of the \
         procedural powers (according to a public version of the text), remains a draft.",
    );
    assert_eq!(
        laws(&p),
        [
            ("Cybercrime Code", Some(LawStatus::InForce)),
            ("Information Technology Law", Some(LawStatus::Draft)),
        ]
    );
    let p = page(
        LEGISLATION,
        "The Cybercrimes Act, 2010, whose purpose was to criminalise the misuse of computers and the abuse of \
         electronic means of completing transactions, and to facilitate investigations, is no longer in force: \
         it was repealed and replaced by the Cybercrimes Act of 2015.",
    );
    assert_eq!(
        laws(&p),
        [
            ("Cybercrimes Act, 2010", Some(LawStatus::Repealed)),
            ("Cybercrimes Act of 2015", Some(LawStatus::InForce)),
        ]
    );
    // "It repeals Law No. N", with no "the".
    let p = page(
        LEGISLATION,
        "Law No. 21/2022 was enacted in June 2022. It repeals Law No. 19/1993, the former cybercrime law.",
    );
    assert!(
        laws(&p).contains(&("Law No. 19/1993", Some(LawStatus::Repealed))),
        "{:#?}",
        laws(&p)
    );
    // Another clause's repeal is not this law's; in one region only, nothing is repealed.
    for sentence in [
        "The Cybercrimes Act 2010 criminalises illegal access; the old law was repealed.",
        "The Criminal Code of 1961 is no longer in force in the northern region.",
    ] {
        let p = page(LEGISLATION, sentence);
        assert!(
            laws(&p).iter().all(|(_, s)| *s == Some(LawStatus::InForce)),
            "{sentence}: {:#?}",
            laws(&p)
        );
    }
    // A list item named before its number, "The" opening its title.
    let p = page(
        LEGISLATION,
        "- The Protection of Intellectual Property Rights (Law No. 82 of 2002)",
    );
    assert_eq!(p.laws.len(), 1, "{:#?}", laws(&p));
    assert_eq!(p.laws[0].title, "The Protection of Intellectual Property Rights");
}

#[test]
fn a_described_unit_named_by_an_identity_and_records_of_no_body() {
    let p = page(
        INSTITUTIONS,
        "The primary law enforcement unit in charge of investigating cybercrime in Ruritania is the Anti-Fraud \
         Section, which sits within the Criminal Investigations Directorate.",
    );
    assert_eq!(bodies(&p), [(InstitutionKind::PoliceUnit, "Anti-Fraud Section")]);

    // A back-reference described again is no second body.
    let p = page(
        INSTITUTIONS,
        "The Division for Combating High-Tech Crime investigates cybercrime. The Division is therefore the main \
         police unit dealing with cybercrime cases at the preliminary stage.",
    );
    assert_eq!(p.institutions.len(), 1, "{:#?}", bodies(&p));

    for text in [
        "National CERT/ CSIRT (Computer Emergency Response Team): none at present; establishment planned from 2020.",
        "In this White Paper the Government once again undertakes to set up the national CERT (Centro de \
         Tratamento de Incidentes).",
    ] {
        let p = page(INSTITUTIONS, text);
        assert!(p.institutions.is_empty(), "{text}: {:#?}", bodies(&p));
    }
    // A team the Government decided to set up, at work since.
    let p = page(
        INSTITUTIONS,
        "The Government decided in 2015 to set up the National Computer Emergency Response Team (RU-CERT), which \
         has been operational since 2016.",
    );
    assert_eq!(p.institutions.len(), 1, "{:#?}", bodies(&p));
}
