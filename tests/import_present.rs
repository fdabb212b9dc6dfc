//! Round 12 voices: editors writing past events in the present tense
//! ("In February 2016 Ruritania adopts the Strategy"), the treaty office's
//! closings in other words, bodies named acronym first, and look-alikes
//! that must be left alone. Each page is invented; each case is a form a
//! rewritten real page used.

use gapwise::profile::{InstitutionKind, LawStatus, Profile, StrategyStatus};

use super::import_patterns::import_text;
use super::import_rewordings::{page, statuses, STRATEGIES};

const ADOPTED: Option<StrategyStatus> = Some(StrategyStatus::Adopted);

fn year(p: &Profile) -> Option<String> {
    p.strategies.cybersecurity.year.as_ref().map(|f| f.value().to_string())
}

#[test]
fn a_present_tense_telling_the_past_adopts_a_named_or_dated_document() {
    for (sentence, date) in [
        (
            "In February 2016 Ruritania adopts the Ruritanian National Cyber Security Strategy.",
            Some("2016-02"),
        ),
        (
            "The Ministry of ICT develops in 2014 a Cybersecurity Strategy with four objectives.",
            Some("2014"),
        ),
        (
            "Since 2016 Ruritania has the National Cybersecurity strategy.",
            Some("2016"),
        ),
        ("The National Cybersecurity Strategy exists since 2015.", Some("2015")),
    ] {
        let p = page(STRATEGIES, sentence);
        assert_eq!(statuses(&p)[0], ADOPTED, "{sentence}: {:#?}", p.strategies);
        if let Some(date) = date {
            assert_eq!(year(&p).as_deref(), Some(date), "{sentence}");
        }
    }
    // A present tense of no dated document, of a plan, of work under way or
    // of a body's role adopts nothing.
    for sentence in [
        "The Government develops strategies on many subjects.",
        "The Government approves the roadmap towards a National Cybersecurity Strategy.",
        "Currently the Ministry of Digital Affairs develops a new National Cybersecurity Strategy 2025-2030.",
        "The Agency develops the National Cybersecurity Strategy with stakeholders; adoption is expected in 2025.",
        "The National Cyber Security Centre publishes the National Cyber Security Strategy Progress Report each year.",
        "The Ministry approves the National Cybersecurity Strategy Action Plan 2021-2023.",
        "The Cyber Security Council, in existence since 2012, approves the National Cybersecurity Strategy.",
        "A National Cybersecurity Strategy does not exist yet; a draft is being prepared by the Ministry.",
    ] {
        let p = page(STRATEGIES, sentence);
        assert_ne!(statuses(&p)[0], ADOPTED, "{sentence}: {:#?}", p.strategies);
    }
}

#[test]
fn a_strategy_that_does_not_exist_is_none() {
    let p = page(
        STRATEGIES,
        "An officially recognized national strategy/policy on cybercrime does not exist in Ruritania, but the \
         country takes part in regional initiatives.",
    );
    assert_eq!(statuses(&p)[1], Some(StrategyStatus::None), "{:#?}", p.strategies);
}

#[test]
fn the_treaty_offices_closings_in_other_words_name_the_articles() {
    let text = "Back Ruritania\n\nStatus regarding Budapest Convention\n\n\
        Status : Party Declarations and reservations : Ruritania wishes to declare the following: 1. The \
        territory is administered apart. 2. Its authorities are local. 3. In consequence, nothing changes. \
        This statement concerns articles 24, 27. Ruritania declares that the contact point is the Police. \
        This declaration concerns article 35. See legal profile\n\n\
        Cybercrime policies/strategies\n\nNone.\n";
    let p = import_text(text, 2024);
    let declared: Vec<String> = p
        .budapest
        .declarations
        .as_ref()
        .map(|f| f.value().iter().map(|a| a.0.clone()).collect())
        .unwrap_or_default();
    assert_eq!(declared, ["24", "27", "35"]);
}

#[test]
fn a_bill_in_elaboration_is_a_draft_and_a_programme_no_law() {
    let p = page(
        "Cybercrime legislation",
        "Since 2019 the Cybercrime Bill is in elaboration by the authorities.",
    );
    let laws: Vec<(&str, Option<LawStatus>)> = p.laws.iter().map(|l| (l.title.as_str(), l.status)).collect();
    assert_eq!(laws, [("Cybercrime Bill", Some(LawStatus::Draft))]);

    let p = page(
        "Législation sur la cybercriminalité",
        "Le programme national Renaissance Act 2 entend porter la couverture nationale en TIC à 100%.",
    );
    assert!(p.laws.is_empty(), "{:#?}", p.laws);
    // A law after the word programme elsewhere in the sentence stays.
    let p = page(
        "Cybercrime legislation",
        "The programme supported the drafting of the Cybercrime Act 2015, which is in force.",
    );
    assert_eq!(p.laws.len(), 1, "{:#?}", p.laws);
}

#[test]
fn bodies_named_acronym_first_or_after_their_founding_year() {
    let p = page(
        "Specialised institutions",
        "The first one, the RTSRI (Technical and Scientific Research Institute of the Police University), \
         investigates offences committed through information technology.",
    );
    let found: Vec<(InstitutionKind, &str)> = p.institutions.iter().map(|i| (i.kind, i.name.as_str())).collect();
    assert_eq!(
        found,
        [(
            InstitutionKind::PoliceUnit,
            "Technical and Scientific Research Institute of the Police University"
        )]
    );
    let p = page(
        "Specialised institutions",
        "For law enforcement, the Ministry founds in 2013 the Cybercrime Division in the National Police.",
    );
    assert!(
        p.institutions.iter().all(|i| !i.name.starts_with("2013")),
        "{:#?}",
        p.institutions
    );
}

#[test]
fn look_alikes_of_the_round_12_and_13_rules_are_left_alone() {
    // Laws developed, then adopted; repealed in part; a former article no
    // longer in force; a law repealed after a relative clause naming another.
    for sentence in [
        "The Cybercrime Act, under development since 2012, was adopted in 2015.",
        "The Electronic Evidence Bill (under development in 2018) was adopted by Parliament in 2020.",
    ] {
        let p = page("Cybercrime legislation", sentence);
        assert_eq!(
            p.laws.first().and_then(|l| l.status),
            Some(LawStatus::InForce),
            "{sentence}: {:#?}",
            p.laws
        );
    }
    for sentence in [
        "The new Act partially repeals Law No. 19/1993 on telecommunications.",
        "The Criminal Code, whose former Article 286 is no longer in force, contains the cybercrime offences.",
        "The Criminal Code, which is no longer in force in the occupied territories, applies elsewhere.",
    ] {
        let p = page("Cybercrime legislation", sentence);
        assert!(
            p.laws.iter().all(|l| l.status != Some(LawStatus::Repealed)),
            "{sentence}: {:#?}",
            p.laws
        );
    }
    let p = page(
        "Cybercrime legislation",
        "The Personal Data Protection Act, which replaced Law No. 2/2000, was repealed by the new Data Protection Act of 2018.",
    );
    assert_eq!(p.laws[0].status, Some(LawStatus::Repealed), "{:#?}", p.laws);
    let p = page(
        "Cybercrime legislation",
        "With the support of the GLACY+ project Law No. 5/2018 on Cybercrime was adopted.",
    );
    assert_eq!(p.laws.len(), 1, "{:#?}", p.laws);

    // Bodies a record line or a promise only seems to deny.
    for text in [
        "The CERT: none of its staff are trained in forensics.",
        "National CERT: planned to move to the new Agency in 2025; it handles incidents since 2010.",
        "The Government undertook to strengthen the Cybercrime Unit of the National Police, established in 2009.",
    ] {
        let p = page("Specialised institutions", text);
        assert!(!p.institutions.is_empty(), "{text}");
    }
}
