//! The same facts in another editor's words: the verbs, voices and orders a
//! page may use for what the catalogue's phrasings state. Each page is
//! invented; each case is a wording a rewritten real page used.

use gapwise::profile::{InstitutionKind, Profile, StrategyStatus};

use super::import_patterns::{assert_law_count, import_text};

pub(crate) fn page(section: &str, text: &str) -> Profile {
    import_text(&format!("Back Ruritania\n\n{section}\n\n{text}\n"), 2024)
}

pub(crate) fn statuses(p: &Profile) -> [Option<StrategyStatus>; 2] {
    let s = &p.strategies;
    [&s.cybersecurity, &s.cybercrime].map(|s| s.status.as_ref().map(|f| *f.value()))
}

pub(crate) const STRATEGIES: &str = "Cybercrime policies/strategies";

#[test]
fn strategies_in_the_making_in_other_words() {
    let p = page(
        STRATEGIES,
        "The National Cyber Security Strategy (2016) has not been finalised; it is still being developed.\n\n\
         Work has started on a separate strategy for cybercrime.",
    );
    let prep = Some(StrategyStatus::InPreparation);
    assert_eq!(statuses(&p), [prep, prep]);

    // The French "projet de" before the document's name, and a stated absence.
    let p = page(
        "Politiques / stratégies en matière de cybercriminalité",
        "Un projet de première Stratégie nationale de cybersécurité a été élaboré par le gouvernement \
         (mars 2022). En revanche, le pays ne semble pas disposer d'une stratégie en matière de cybercriminalité.",
    );
    assert_eq!(statuses(&p), [Some(StrategyStatus::Draft), Some(StrategyStatus::None)]);
}

#[test]
fn strategies_in_force_in_other_words() {
    let p = page(
        STRATEGIES,
        "Ruritania's first cyber security strategy, the Cyberspace protection policy of Ruritania, was put \
         in place in 2015 by the Ministry of Digital Affairs.\n\n\
         The Government has laid down its priorities against cybercrime in the National Cybercrime Action Plan (NCAP).",
    );
    let adopted = Some(StrategyStatus::Adopted);
    assert_eq!(statuses(&p), [adopted, adopted]);
    let year = p.strategies.cybersecurity.year.as_ref().map(|f| f.value().to_string());
    assert_eq!(year.as_deref(), Some("2015"));
}

#[test]
fn a_body_s_mandate_is_no_strategy() {
    // Capitalised as the sentence's first word, "Policies to combat
    // cybercrime" is no document's title.
    let p = page(
        STRATEGIES,
        "Policies to combat cybercrime are designed and implemented by the National Agency for Computer Security (NACS).",
    );
    assert_eq!(statuses(&p)[1], None, "{:#?}", p.strategies);
}

fn bodies(p: &Profile) -> Vec<(InstitutionKind, &str)> {
    p.institutions.iter().map(|i| (i.kind, i.name.as_str())).collect()
}

#[test]
fn units_named_after_their_work_or_renamed() {
    let p = page(
        "Specialised institutions",
        "Cybercrime investigations in Ruritania are mainly handled by the Economic Crimes Section of the \
         Criminal Investigations Department of the Ruritania Police.",
    );
    assert_eq!(
        bodies(&p),
        [(
            InstitutionKind::PoliceUnit,
            "Economic Crimes Section of the Criminal Investigations Department of the Ruritania Police"
        )]
    );

    // The unit as it is now called; the adverb does not hide its work.
    let p = page(
        "Specialised institutions",
        "In 2004 the Ruritania Police created the Organised Crime Unit (OCU), renamed the Serious and \
         Organised Crime Unit (SOCU) in 2012, which is now in charge of organised crime, cybercrime included.",
    );
    assert_eq!(
        bodies(&p),
        [(InstitutionKind::PoliceUnit, "Serious and Organised Crime Unit")]
    );
}

#[test]
fn offices_handling_cases_and_teams_still_forming_are_not_specialised_bodies() {
    let p = page(
        "Specialised institutions",
        "Cybercrime cases are handled by the State Prosecutor's Office.\n\n\
         The Ministry mandated a national CERT by Resolution No. 12-3/2015; the CERT is still being formed.",
    );
    assert!(p.institutions.is_empty(), "{:#?}", p.institutions);
}

#[test]
fn a_decree_founding_a_body_is_no_law_of_the_page() {
    let p = page(
        "Specialised institutions",
        "Royal Decree No. (12) of 2016 established a National Cyber Security Centre, which advises on cyber policy.\n\n\
         - The Cybercrime and Networks Unit of the Ministry of Interior, set up by Decree No.4411 of 2003",
    );
    assert_law_count(&p, 0);
}

#[test]
fn look_alikes_of_the_rewordings_are_left_alone() {
    // A unit handling other work, whose sentence only mentions cybercrime after it.
    let p = page(
        "Specialised institutions",
        "Complaints about lost passports are handled by the Records Section of the Police, which also keeps \
         cybercrime statistics.",
    );
    assert!(p.institutions.is_empty(), "{:#?}", p.institutions);

    // A French cooperation project is not a draft strategy.
    let p = page(
        "Politiques / stratégies en matière de cybercriminalité",
        "Grâce à un projet de coopération avec l'Union européenne, la Stratégie nationale de cybersécurité a \
         été adoptée en 2020.",
    );
    assert_eq!(statuses(&p)[0], Some(StrategyStatus::Adopted));

    // A strategy to be put in place is not yet adopted.
    let p = page(
        STRATEGIES,
        "A national cyber security strategy is to be put in place by the Ministry of Digital Affairs.",
    );
    assert_ne!(statuses(&p)[0], Some(StrategyStatus::Adopted));

    // A law that sets up an agency is still a law of the page.
    let p = page(
        "Cybercrime legislation",
        "The Cybersecurity Act No. 5 of 2019 established the National Cyber Security Agency and defines computer offences.",
    );
    assert_law_count(&p, 1);
}

#[test]
fn absences_in_other_words() {
    let cases = [
        "There is not any officially recognised national policy or strategy on cybercrime in Ruritania.",
        "No cybercrime strategy has been adopted so far by the Government of Ruritania.",
    ];
    for sentence in cases {
        assert_eq!(
            statuses(&page(STRATEGIES, sentence))[1],
            Some(StrategyStatus::None),
            "{sentence}"
        );
    }
    let none = Some(StrategyStatus::None);
    let p = page(
        STRATEGIES,
        "A Strategy on cybersecurity/cybercrime is in Ruritania still not adopted.",
    );
    assert_eq!(statuses(&p), [none, none]);
    // A regional body's strategy, after "although", is not the country's.
    let p = page(
        STRATEGIES,
        "Ruritania has so far adopted neither a national cyber security strategy nor any policies related to \
         countering cybercrime, although its Government took part in the Inter-American Strategy to Combat \
         Cyber Threats.",
    );
    assert_eq!(statuses(&p), [none, none]);
}

#[test]
fn an_adoption_stated_after_the_draft_or_the_author() {
    let p = page(
        STRATEGIES,
        "National Cyber Security Policy & Strategy: final draft produced by the Ministry of Communications, \
         May 2016. Cabinet has approved it.",
    );
    assert_eq!(statuses(&p)[0], Some(StrategyStatus::Adopted));

    let p = page(
        STRATEGIES,
        "Cyber Security Strategy for Ruritania: drafted by the Ministry of the Interior; implemented from March 2017.",
    );
    assert_eq!(statuses(&p)[0], Some(StrategyStatus::Adopted));
    let year = p.strategies.cybersecurity.year.as_ref().map(|f| f.value().to_string());
    assert_eq!(year.as_deref(), Some("2017-03"));
}

#[test]
fn laws_denied_replaced_or_founding_a_body() {
    let p = page(
        "Cybercrime legislation",
        "No specific Cybercrime Law. Other provisions are in the Criminal Code.",
    );
    let titles: Vec<&str> = p.laws.iter().map(|l| l.title.as_str()).collect();
    assert_eq!(titles, ["Criminal Code"]);

    let p = page(
        "Cybercrime legislation",
        "By the Computer Crimes Act, 2009, offences against computer data were created. That Act was repealed \
         and replaced by the Computer Crimes Act of 2016.",
    );
    let laws: Vec<(&str, Option<gapwise::profile::LawStatus>)> =
        p.laws.iter().map(|l| (l.title.as_str(), l.status)).collect();
    assert_eq!(
        laws,
        [
            ("Computer Crimes Act, 2009", Some(gapwise::profile::LawStatus::Repealed)),
            (
                "Computer Crimes Act of 2016",
                Some(gapwise::profile::LawStatus::InForce)
            ),
        ]
    );

    let p = page(
        "Specialised institutions",
        "Competence on ICT matters has the ICT Agency (ICTA), created with the decree n°7-003 of 12 March 2006.\n\n\
         The Organic Statute of the DPA was approved in May 2015.",
    );
    assert_law_count(&p, 0);
}

#[test]
fn bodies_listed_beside_the_police_keep_their_own_kind() {
    let p = page(
        "Specialised institutions",
        "Several bodies share the work, namely the specialised units of the Police; the National Cyber Security \
         Centre, which brings together the Electronic Information Security Authority and a unit in charge of \
         vulnerability assessment; the Crime Prevention Council.",
    );
    assert!(
        p.institutions.iter().all(|i| i.kind != InstitutionKind::PoliceUnit),
        "{:#?}",
        p.institutions
    );

    // A sentence opening "In the Division ..." names the division, not "In the Division".
    let p = page(
        "Specialised institutions",
        "The Division for Combating High-Tech Crime of the Criminal Police is the central unit for cybercrime \
         cases. In the Division for Combating High-Tech Crime of the Criminal Police work 8 officers.\n\n\
         The Security Council runs a cybersecurity working group to steer the law enforcement response to cybercrime.",
    );
    assert_eq!(
        bodies(&p),
        [(
            InstitutionKind::PoliceUnit,
            "Division for Combating High-Tech Crime of the Criminal Police"
        )]
    );
}

/// The cybersecurity and cybercrime strategies' statuses and dates.
fn dated(p: &Profile) -> [(Option<StrategyStatus>, Option<String>); 2] {
    let s = &p.strategies;
    [&s.cybersecurity, &s.cybercrime].map(|s| {
        (
            s.status.as_ref().map(|f| *f.value()),
            s.year.as_ref().map(|f| f.value().to_string()),
        )
    })
}

#[test]
fn a_title_alone_then_its_verb_and_dates_set_off_before_the_verb() {
    let adopted = Some(StrategyStatus::Adopted);
    let p = page(
        STRATEGIES,
        "Ruritanian National Cyber Security Strategy II.\n\nApproved on 3 March 2019 by the Council of Ministers.",
    );
    assert_eq!(dated(&p)[0], (adopted, Some("2019-03-03".into())));

    let p = page(
        STRATEGIES,
        "It was on 12 October 2018, after long negotiations, that Ruritania adopted the Strategy for \
         Combating Cybercrime 2019-2023.",
    );
    assert_eq!(dated(&p)[1], (adopted, Some("2018-10-12".into())));

    let p = page(
        STRATEGIES,
        "Ruritania passed its first computer crime law in 2001, and some eleven years later, in 2012, the \
         government, conscious of the rising threat, put in place a cyber-strategy.",
    );
    assert_eq!(dated(&p)[0], (adopted, Some("2012".into())));
}

#[test]
fn in_place_and_work_together_on() {
    let p = page(
        STRATEGIES,
        "The Republic, through its Ministry of Defence, has in place a National Cyber Security and Cyber \
         Defence strategy.",
    );
    assert_eq!(statuses(&p)[0], Some(StrategyStatus::Adopted));

    let p = page(
        STRATEGIES,
        "Since 2022 several ministries are working together on the development of a comprehensive \
         Cybersecurity Strategy.",
    );
    assert_eq!(statuses(&p)[0], Some(StrategyStatus::InPreparation));

    // A title about another development is no preparation.
    let p = page(
        STRATEGIES,
        "Ruritania has an information society strategy (\"National Strategy on the Development of the \
         Information Society for 2015-2020\") covering most of cyber security.",
    );
    assert_ne!(statuses(&p)[0], Some(StrategyStatus::InPreparation));
}

#[test]
fn instruments_other_names_and_bills_in_preparation() {
    let p = page(
        STRATEGIES,
        "By Decree No. 210 of the President of Ruritania of 3.4.2012, the National Security Concept of Ruritania \
         was approved.",
    );
    assert_law_count(&p, 0);

    let p = page(
        "Cybercrime legislation",
        "Article 12 of the Federal Law No. 7 of 2015 Concerning Child Rights (known also as Marwa's Law) applies.\n\n\
         Cybercrime Bill: in preparation since 2020.\n\n\
         Draft Law on cybersecurity: introduced on 3 May 2021.",
    );
    let laws: Vec<(&str, Option<gapwise::profile::LawStatus>)> =
        p.laws.iter().map(|l| (l.title.as_str(), l.status)).collect();
    use gapwise::profile::LawStatus::{Draft, InForce};
    assert_eq!(
        laws,
        [
            ("Federal Law No. 7 of 2015 Concerning Child Rights", Some(InForce)),
            ("Cybercrime Bill", Some(Draft)),
        ]
    );
}

#[test]
fn units_of_unnamed_agencies_and_quoted_names_before_their_description() {
    let p = page(
        "Specialised institutions",
        "Many federal and state law enforcement agencies have cybercrime units.\n\n\
         The “Central Office Against Fraud” (COAF), a department dealing with ICT-related offences, was created \
         within the Judicial Police in 2000.",
    );
    assert_eq!(
        bodies(&p),
        [(InstitutionKind::PoliceUnit, "Central Office Against Fraud")]
    );
}

#[test]
fn a_draft_that_remains_one_and_years_inside_acronyms() {
    let p = page(
        STRATEGIES,
        "The National Cybercrime Strategy, which the government has prepared but which remains a draft that has \
         not yet been adopted, describes the landscape of cybercrime investigation.\n\n\
         It then goes on, in a short narrative that sums up the Ruritanian strategy against cybercrime, to set \
         out the following key elements:",
    );
    assert_eq!(statuses(&p)[1], Some(StrategyStatus::Draft));

    let p = page(
        STRATEGIES,
        "Ruritania's strategic framework is set out in several documents:\n\n\
         - « Stratégie nationale de Cybersécurité 2025 » (SNC2025), developed: building digital trust;",
    );
    assert_eq!(dated(&p)[0], (Some(StrategyStatus::Adopted), None));
}

#[test]
fn more_verbs_of_existing_and_coming_strategies() {
    let adopted = Some(StrategyStatus::Adopted);
    let cases = [
        (
            "Work on a National Cyber Security Strategy started in 2020 with a consultation process.",
            (Some(StrategyStatus::InPreparation), None),
        ),
        (
            "Une stratégie de sécurité informatique existe en revanche depuis la fin des années 90.",
            (adopted, None),
        ),
        (
            "National Cyber Strategy. Issued by the Government of Ruritania, October 2019.",
            (adopted, Some("2019-10")),
        ),
        (
            "But already Ruritania had a Cybersecurity strategy, running from 2014 until 2019.",
            (adopted, None),
        ),
        (
            "The National Cyber Security Strategy of Ruritania (2018-2022) has as aim to create a safer cyberspace.",
            (adopted, None),
        ),
        (
            "- 2017: national Cyber security strategy created, the CERT in the lead.",
            (adopted, Some("2017")),
        ),
        (
            "In its National Cybersecurity Strategy 2018-2022, Ruritania acknowledged that threats cross borders.",
            (adopted, None),
        ),
        (
            "With the Decision No. 55 of the Prime Minister dated June 3, 2017 was ratified the “Network Information \
             Security Plan 2017-2021”.",
            (adopted, Some("2017-06-03")),
        ),
    ];
    for (sentence, (status, date)) in cases {
        let p = page(STRATEGIES, sentence);
        assert_eq!(dated(&p)[0], (status, date.map(String::from)), "{sentence}");
    }
}

#[test]
fn the_fourth_round_adoption_of_drafted_bills_and_numbered_decrees() {
    let p = page(
        STRATEGIES,
        "February 2017: adoption of the Ruritanian National Cyber Security Strategy.",
    );
    assert_eq!(dated(&p)[0], (Some(StrategyStatus::Adopted), Some("2017-02".into())));

    let p = page(
        "Cybercrime legislation",
        "The Computer Crime Bill, the Electronic Transactions Bill etc. have been drafted by the government.",
    );
    let states: Vec<Option<gapwise::profile::LawStatus>> = p.laws.iter().map(|l| l.status).collect();
    use gapwise::profile::LawStatus::Draft;
    assert_eq!(states, [Some(Draft), Some(Draft)]);

    // The decree of a ratification is no law, and the year inside its number no date.
    let p = page(
        "Cybercrime legislation",
        "The Convention was ratified by the Government through Supreme Decree N° 021-2018-RE of 4 May 2018.",
    );
    assert_law_count(&p, 0);
    let ratified = p.budapest.events.ratified.as_ref().map(|f| f.value().to_string());
    assert_ne!(ratified.as_deref(), Some("2018"));
}
