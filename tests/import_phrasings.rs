//! Phrasings that held-back pages taught after the catalogue's: each
//! fixture in `tests/data/import/patterns/phrasings-*.txt` reproduces one
//! kind of sentence with invented wording, and the facts it states are
//! checked as in `import_patterns` (every fact found, none wrong).

use gapwise::profile::{InstitutionKind, StrategyStatus};

use super::import_patterns::{assert_law_count, check, import_text};

#[test]
fn an_agenda_is_a_strategy_and_no_strategy_adopted_is_none() {
    // The later agenda, with the date of its implementation; the report on a
    // general strategy prepares no strategy.
    check(
        "phrasings-agenda-and-no-strategy",
        &[
            ("cybersecurity", "Adopted"),
            ("cybersecurity.title", "Ruritanian Cyber Security Agenda (RCSA)"),
            ("cybersecurity.date", "2019-05-14"),
            ("cybercrime", "None"),
        ],
    );
}

#[test]
fn a_future_aim_does_not_undo_an_adoption_and_a_sectoral_programme_is_no_strategy() {
    check(
        "phrasings-sectoral-programme-and-future-clause",
        &[
            ("cybersecurity", "Adopted"),
            ("cybersecurity.title", "Ruritanian National Cyber Security Strategy"),
            ("cybersecurity.date", "2016-10-02"),
        ],
    );
}

#[test]
fn work_to_draft_is_preparation_and_foreseen_bodies_and_programmes_are_not_facts() {
    let imported = check(
        "phrasings-drafting-and-foreseen-bodies",
        &[("cybersecurity", "InPreparation")],
    );
    let p = &imported.profile;
    assert!(p.institutions.is_empty(), "{:#?}", p.institutions);
    assert_law_count(p, 0);
}

#[test]
fn numbered_laws_take_the_name_after_them_and_links_are_no_laws() {
    let imported = check(
        "phrasings-numbered-laws-named-after",
        &[
            ("law", "Computer Misuse Act |  | Some(InForce)"),
            ("law", "Law on Fighting Computer Crimes | 2017 | Some(InForce)"),
            ("law", "Penal Code | 1952 | Some(InForce)"),
            ("law", "Child Protection Law | 1999 | Some(InForce)"),
            ("law", "Law on cybersecurity |  | Some(Draft)"),
            ("law", "Cybercrime Law | 2011-03-02 | Some(InForce)"),
        ],
    );
    let numbers: Vec<Option<&str>> = imported.profile.laws.iter().map(|l| l.number.as_deref()).collect();
    assert_eq!(
        numbers,
        [None, Some("88/2017"), Some("31"), Some("9"), None, Some("45/2011")]
    );
}

#[test]
fn a_glued_status_line_and_names_in_apposition() {
    let imported = check(
        "phrasings-glued-status-and-apposed-names",
        &[
            ("status", "Party"),
            ("ratified", "2008-09-03"),
            ("declarations", "24, 27"),
            (
                "institution",
                "PoliceUnit: Office central de lutte contre la délinquance informatique",
            ),
            ("institution", "PoliceUnit: Computer Crime and Networks Unit"),
            ("institution", "PoliceUnit: Cyber Offences Directorate"),
            (
                "institution",
                "Other: General Directorate of Economic Security of the Ministry of Interior Affairs",
            ),
        ],
    );
    assert!(imported
        .profile
        .institutions
        .iter()
        .all(|i| i.kind != InstitutionKind::Cert));
}

/// The cybersecurity strategy's status and date read from one sentence.
fn cybersecurity(sentence: &str) -> (Option<StrategyStatus>, Option<String>) {
    let page = format!("Back Ruritania\n\nCybercrime policies/strategies\n\n{sentence}\n");
    let p = import_text(&page, 2024);
    let s = &p.strategies.cybersecurity;
    (
        s.status.as_ref().map(|f| *f.value()),
        s.year.as_ref().map(|f| f.value().to_string()),
    )
}

#[test]
fn strategies_by_their_verb_their_topic_and_their_date() {
    let adopted = Some(StrategyStatus::Adopted);
    let cases = [
        // A cyber-strategy is one of cybersecurity, whatever threat it answers.
        (
            "In 2013, the cabinet established a cyber-strategy to answer the rising threat of cybercrime.",
            (adopted, Some("2013")),
        ),
        // "Cyberspace security", and a day's date after "on the".
        (
            "The cabinet of Ruritania published its National Strategy for Cyberspace Security for the period 2020 – 2024 on the 9th of July 2020.",
            (adopted, Some("2020-07-09")),
        ),
        // A title cut before "to 2022" starts a period: its year is no date.
        (
            "The government published the National Cyber Security Strategy 2017 to 2022 which aims at a resilient country.",
            (adopted, None),
        ),
        // A year ending the title names the document, not its adoption.
        (
            "In 2019 the cabinet adopted the Ruritanian Cyber Security Strategy 2020, its second.",
            (adopted, Some("2019")),
        ),
        (
            "The Ruritanian Cyber Security Strategy 2018 sets out three goals.",
            (adopted, None),
        ),
        // "Officially recognised" says it exists.
        (
            "Ruritania has an officially recognised national cybersecurity strategy.",
            (adopted, None),
        ),
        // Established, but not the verb of the strategy.
        (
            "The cabinet established a committee to develop a national cyber security strategy.",
            (None, None),
        ),
        // The French start of a reflection is preparation.
        (
            "En mars 2019, la Ruritanie a commencé à réfléchir au développement de la stratégie nationale de cybersécurité.",
            (Some(StrategyStatus::InPreparation), None),
        ),
        // Still future: a strategy that will be published.
        (
            "A national cyber security strategy will be published and launched next year.",
            (None, None),
        ),
    ];
    for (sentence, (status, date)) in cases {
        assert_eq!(cybersecurity(sentence), (status, date.map(String::from)), "{sentence}");
    }
}

#[test]
fn accession_not_yet_made_is_no_party_and_a_rank_is_no_strategy() {
    // The national strategy, not the ministry's, and not the concept that
    // "does not have strategy status".
    let imported = check(
        "phrasings-status-in-text-and-strategy-ranks",
        &[
            ("cybersecurity", "Adopted"),
            ("cybersecurity.title", "National Cyber Strategy"),
            ("cybersecurity.date", "2019-10"),
        ],
    );
    assert!(imported.profile.budapest.status.is_none());
    assert!(imported.profile.strategies.cybercrime.status.is_none());
}

#[test]
fn numbered_codes_in_lists_plurals_and_drafts_listed_together() {
    let imported = check(
        "phrasings-law-lists",
        &[
            ("law", "Criminal Code |  | Some(InForce)"),
            ("law", "Criminal procedure code |  | Some(InForce)"),
            ("law", "Law No 103-Z |  | Some(InForce)"),
            ("law", "Law No 104-Z |  | Some(InForce)"),
            ("law", "Computer Crime Act of 2011 | 2011 | Some(InForce)"),
            ("law", "Computer Offences Bill |  | Some(Draft)"),
            ("law", "Electronic Transactions Bill |  | Some(Draft)"),
        ],
    );
    // The doctrine's decree is no law; the two numbered laws are two.
    let numbers: Vec<Option<&str>> = imported.profile.laws.iter().map(|l| l.number.as_deref()).collect();
    assert_eq!(
        numbers,
        [
            Some("101-Z"),
            Some("102-Z"),
            Some("103-Z"),
            Some("104-Z"),
            Some("5521"),
            None,
            None
        ]
    );
}

#[test]
fn a_denied_unit_is_none_and_one_unit_spelt_two_ways_is_one() {
    let imported = check(
        "phrasings-bodies-denied-and-hyphens",
        &[
            ("institution", "PoliceUnit: High Tech Crime Department"),
            (
                "institution",
                "PoliceUnit: High Tech Crime and Intellectual Property Department",
            ),
            // Named generically after the first body: kept, its kind left to the reader.
            ("institution", "Other: Cybercrime department of Ministry of Interior"),
        ],
    );
    // The security directorate is not placed under the Ministry of Interior
    // that the next body belongs to.
    let police = imported
        .profile
        .institutions
        .iter()
        .filter(|i| i.kind == InstitutionKind::PoliceUnit)
        .count();
    assert_eq!(police, 2, "{:#?}", imported.profile.institutions);
}

#[test]
fn french_articles_before_codes_and_a_law_glossed_by_its_number() {
    let page = "Retour Ruritanie\n\nCybercrime legislation\n\n\
        - Mars 2006 : promulgation d’une loi relative à la sécurité des réseaux (Loi n°2006-12 du 9 mars 2006 et ses textes d’application).\n\n\
        Le Code pénal et la loi n° 98-41 du 4 juin 1998 ne couvrent qu’en partie les infractions.\n";
    let p = import_text(page, 2024);
    let laws: Vec<(&str, Option<&str>)> = p.laws.iter().map(|l| (l.title.as_str(), l.number.as_deref())).collect();
    assert_eq!(
        laws,
        [
            ("Loi relative à la sécurité des réseaux", Some("2006-12")),
            ("Code pénal", None),
            ("Loi n° 98-41 du 4 juin 1998", Some("98-41")),
        ]
    );
}

#[test]
fn a_quoted_section_other_names_of_a_law_and_a_bill_worked_on() {
    let imported = check(
        "phrasings-quoted-sections-and-other-names",
        &[
            (
                "law",
                "Federal Law No. (7) of 2014 on Combating Computer Crimes | 2014 | Some(InForce)",
            ),
            (
                "law",
                "Federal Law No. 4 of 2017 Concerning Child Welfare | 2017 | Some(InForce)",
            ),
            ("law", "Electronic Evidence Bill |  | Some(Draft)"),
            // Units whose existence the page does not know are none.
            ("institution", "PoliceUnit: Digital Crime Section"),
        ],
    );
    let short: Vec<Option<&str>> = imported.profile.laws.iter().map(|l| l.short_name.as_deref()).collect();
    assert_eq!(short, [None, Some("Amira's Law"), None]);
}

#[test]
fn a_step_dated_before_its_verb_and_laws_repealed_due_or_instituted() {
    let imported = check(
        "phrasings-dated-steps-and-law-states",
        &[
            ("ratified", "2020-05-12"),
            ("law", "Law No. 31.207/2023 | 2023 | Some(InForce)"),
            ("law", "Law No. 18.441/1998 | 1998 | Some(Repealed)"),
            ("law", "Digital Security Act |  | Some(Draft)"),
            ("law", "Electronic Offences Bill |  | Some(Bill)"),
            ("law", "Code pénal | 2019 | Some(InForce)"),
        ],
    );
    // No law for the ratifying decree, the committee's name or "the Act in March 2021";
    // the code keeps the number of the law that instituted it.
    let p = &imported.profile;
    assert_law_count(p, 5);
    let code = p.laws.iter().find(|l| l.title == "Code pénal").expect("the code");
    assert_eq!(code.number.as_deref(), Some("031-2019"));
}

#[test]
fn french_strategies_put_in_place_by_the_government() {
    let page = "Retour Ruritanie\n\nPolitiques / stratégies en matière de cybercriminalité\n\n\
        Le gouvernement s'est engagé dans la modernisation du pays en créant et en mettant en œuvre deux stratégies : \
        une stratégie nationale de cybersécurité 2020 - 2024, qui contient dans son cadre une stratégie sur la cybercriminalité.\n";
    let p = import_text(page, 2024);
    let status = |s: &gapwise::profile::Strategy| s.status.as_ref().map(|f| *f.value());
    assert_eq!(status(&p.strategies.cybersecurity), Some(StrategyStatus::Adopted));
    assert_eq!(status(&p.strategies.cybercrime), Some(StrategyStatus::Adopted));
}

#[test]
fn a_law_named_by_its_quoted_subject() {
    let page = "Back Ruritania\n\nCybercrime legislation\n\n\
        Lately a Draft Law \"On Protection of Electronic Records\" was laid before Congress; the bill is not yet approved.\n";
    let p = import_text(page, 2024);
    let laws: Vec<(&str, Option<gapwise::profile::LawStatus>)> =
        p.laws.iter().map(|l| (l.title.as_str(), l.status)).collect();
    assert_eq!(
        laws,
        [(
            "Draft Law On Protection of Electronic Records",
            Some(gapwise::profile::LawStatus::Draft)
        )]
    );
}

/// Sentences that look like the phrasings above but are not them: each
/// rule stays within what it was written for.
#[test]
fn look_alikes_of_the_new_phrasings_are_left_alone() {
    let page = "Back Ruritania\n\nCybercrime legislation\n\n\
        The relevant laws are Law No. 12/2010, Law No. 15/2015 and Law No. 3/2019.\n\n\
        The country relies on the Penal Code, Act No. 5 of 2012 and the Data Protection Act.\n\n\
        In 2015 the country ratified the Budapest Convention and adopted Decree No. 12 on Information Security.\n\n\
        Investigators are working on the basis of the Criminal Code.\n\n\
        The Budapest Convention of 23 November 2001 was ratified by Ruritania.\n\n\
        Specialised institutions\n\n\
        The Cybercrime Department of the Ministry of Justice works with the Ministry of Internal Affairs.\n";
    let p = import_text(page, 2024);
    let laws: Vec<(&str, Option<&str>, Option<gapwise::profile::LawStatus>)> = p
        .laws
        .iter()
        .map(|l| (l.title.as_str(), l.number.as_deref(), l.status))
        .collect();
    let in_force = Some(gapwise::profile::LawStatus::InForce);
    assert_eq!(
        laws,
        [
            ("Law No. 12/2010", Some("12/2010"), in_force),
            ("Law No. 15/2015", Some("15/2015"), in_force),
            ("Law No. 3/2019", Some("3/2019"), in_force),
            ("Penal Code", None, in_force),
            ("Act No. 5 of 2012", Some("5"), in_force),
            ("Data Protection Act", None, in_force),
            ("Decree No. 12 on Information Security", Some("12"), in_force),
            ("Criminal Code", None, in_force),
        ]
    );
    // The Convention's own date is not the date of the ratification.
    assert!(p.budapest.events.ratified.is_none());
    let kinds: Vec<InstitutionKind> = p.institutions.iter().map(|i| i.kind).collect();
    assert_eq!(kinds, [InstitutionKind::Other]);

    let french = "Retour Ruritanie\n\nLégislation sur la cybercriminalité\n\n\
        Le pays a ratifié la Convention de Budapest le 12 mars 2015 et n'a pas formulé de réserves.\n";
    let p = import_text(french, 2024);
    assert_eq!(
        p.budapest.status.as_ref().map(|f| *f.value()),
        Some(gapwise::profile::TreatyStatus::Party)
    );
}

#[test]
fn a_cyber_security_strategy_outranks_a_later_information_security_one() {
    let page = "Back Ruritania\n\nCybercrime policies/strategies\n\n\
        Ruritania’s Cyber Security Strategy was launched as a Government Resolution on 12 February, 2014.\n\n\
        The previous implementation programme of the Cyber Security Strategy was published 3 April, 2015.\n\n\
        The Information Security Strategy for Ruritania was adopted by the minister of transport in May 2017.\n";
    let p = import_text(page, 2024);
    let s = &p.strategies.cybersecurity;
    assert_eq!(
        s.title.as_ref().map(|f| f.value().as_str()),
        Some("Ruritania’s Cyber Security Strategy")
    );
    assert_eq!(
        s.year.as_ref().map(|f| f.value().to_string()).as_deref(),
        Some("2014-02-12")
    );
}

#[test]
fn a_code_named_with_its_country_and_number_is_the_code_named_alone() {
    // No title line: the country of "Criminal Code of Kyrgyzstan" is known
    // from the table; "20-VIof" is the number "20-VI" glued to "of".
    let listed = "Cybercrime policies/strategies\n\
        - Criminal Code of Kyrgyzstan No. 19-2 of 2 February 2017 as amended in 2021;\n\
        - Criminal Procedure Code of Kyrgyzstan No. 20-VIof 2 February 2017\n\
        Cybercrime legislation\nSubstantive law\n\
        The Criminal Code sets out offences against computer data.\n\
        Procedural law\nThe Criminal Procedure Code provides for search and seizure.\n";
    let p = import_text(listed, 2024);
    let numbers: Vec<Option<&str>> = p.laws.iter().map(|l| l.number.as_deref()).collect();
    assert_eq!(numbers, [Some("19-2"), Some("20-VI")], "{:#?}", p.laws);

    // "Penal Code Act No. 4/88" enacts the code the page later calls the
    // "Penal Code of Ruritania".
    let enacted = "Back Ruritania\n\nCybercrime legislation\n\nState of cybercrime legislation\n\n\
        Offences against computers were added through the Penal Code Act No. 4/88 of 9 March 2006 – Art. 301-305.\n\n\
        Substantive law\n\nThe Penal Code of Ruritania covers illegal access and computer fraud.\n";
    let p = import_text(enacted, 2024);
    assert_law_count(&p, 1);
    assert_eq!(p.laws[0].number.as_deref(), Some("4/88"));
}

#[test]
fn a_bracketed_subject_with_small_words_stays_in_the_title() {
    let page = "Back Ruritania\n\nCybercrime legislation\n\n\
        The Public Order (Offences Relating to Computer Systems) Act 2019 introduced the offences of the Convention.\n";
    let p = import_text(page, 2024);
    let titles: Vec<&str> = p.laws.iter().map(|l| l.title.as_str()).collect();
    assert_eq!(
        titles,
        ["Public Order (Offences Relating to Computer Systems) Act 2019"]
    );
}

#[test]
fn one_criminal_code_and_one_code_of_procedure_however_worded() {
    let page = "Back Ruritania\n\nCybercrime legislation\n\nState of cybercrime legislation\n\n\
        The Criminal Code of the Republic of Ruritania covers offences against computer systems.\n\n\
        Procedural law\n\nThe Criminal Procedure Code of the Federal Republic of Ruritania sets out \
        search and seizure, and the Criminal Procedure Code Act adds the preservation of data.\n\n\
        Substantive law\n\nThe Criminal Code punishes illegal access; the Military Criminal Code \
        punishes offences by soldiers.\n";
    let p = import_text(page, 2024);
    let titles: Vec<&str> = p.laws.iter().map(|l| l.title.as_str()).collect();
    assert_eq!(
        titles,
        [
            "Criminal Code of the Republic of Ruritania",
            "Criminal Procedure Code of the Federal Republic of Ruritania",
            "Military Criminal Code"
        ],
        "{:#?}",
        p.laws
    );
}
