//! Round 8 voices: long commentary sentences ("respectively", asides
//! between commas, "the strategy itself"), update logs and flattened
//! tables. Each page is invented; each case is a form a rewritten real
//! page used.

use gapwise::profile::{InstitutionKind, LawStatus, Profile, StrategyStatus};

use super::import_rewordings::{page, statuses, STRATEGIES};

fn year(f: &Option<gapwise::profile::Fact<gapwise::profile::PartialDate>>) -> Option<String> {
    f.as_ref().map(|f| f.value().to_string())
}

fn laws(p: &Profile) -> Vec<(&str, Option<LawStatus>)> {
    p.laws.iter().map(|l| (l.title.as_str(), l.status)).collect()
}

fn bodies(p: &Profile) -> Vec<(InstitutionKind, &str)> {
    p.institutions.iter().map(|i| (i.kind, i.name.as_str())).collect()
}

const NONE: Option<StrategyStatus> = Some(StrategyStatus::None);

#[test]
fn respectively_pairs_each_document_with_its_date() {
    let p = page(
        STRATEGIES,
        "Two documents matter here, namely the Strategy for Combating Cybercrime 2020-2024 (with an Action Plan \
         for 2020 - 2021) and the Strategy for the development of information security for 2018 - 2021, which \
         the Government adopted on the 12th of October 2019 and on the 3rd of June 2018 respectively.",
    );
    let s = &p.strategies;
    assert_eq!(statuses(&p), [Some(StrategyStatus::Adopted); 2], "{s:#?}");
    assert_eq!(year(&s.cybercrime.year).as_deref(), Some("2019-10-12"));
    assert_eq!(year(&s.cybersecurity.year).as_deref(), Some("2018-06-03"));

    // Two names joined by "and" are cut where each has a document noun; a
    // decision's number ending in a stop does not end the sentence.
    let p = page(
        STRATEGIES,
        "Since 2014 the Government has adopted two documents, namely the National Cybersecurity Strategy of \
         Ruritania and Ruritania's Strategy for Network and Information Systems Security, which were adopted by \
         Government Decision No. 1201/2014. (14 May 2014) and Government Decision No. 1702/2019. (2 December 2019) \
         respectively.",
    );
    assert_eq!(
        year(&p.strategies.cybersecurity.year).as_deref(),
        Some("2014-05-14"),
        "{:#?}",
        p.strategies
    );

    // As many dates as documents, or none is paired: the first adoption date stays.
    let p = page(
        STRATEGIES,
        "The National Cybersecurity Strategy and the Cybercrime Action Plan were adopted in 2016 and 2017, \
         and revised in 2020, 2021 and 2022 respectively.",
    );
    assert_ne!(year(&p.strategies.cybercrime.year).as_deref(), Some("2021"));
}

#[test]
fn a_denial_with_an_aside_between_commas() {
    let p = page(
        STRATEGIES,
        "Ruritania does not, as of the present moment, have a strategy dedicated either to cybercrime or to \
         cybersecurity; two broader documents deserve mention, the Digital Policy 2010 and the Development Plan 2020-2025.",
    );
    assert_eq!(statuses(&p), [NONE, NONE], "{:#?}", p.strategies);

    let p = page(
        STRATEGIES,
        "Ruritania has, as of now, neither a policy specific to cybercrime nor one specific to cybersecurity.",
    );
    assert_eq!(statuses(&p), [NONE, NONE]);

    // "not only" denies nothing; a named plan "has no provisions" on a topic
    // is no stated absence of a strategy.
    let p = page(
        STRATEGIES,
        "A general Strategic Plan for postal development 2020-2030 was adopted, but it has no provisions on \
         cybercrime or cybersecurity.",
    );
    assert_eq!(statuses(&p), [None, None], "{:#?}", p.strategies);
}

#[test]
fn the_strategy_itself_not_yet_adopted_is_in_the_making() {
    let p = page(
        STRATEGIES,
        "Update - March 2022: consultations on a cybersecurity strategy of Ruritania were completed; the strategy \
         itself is not yet adopted.",
    );
    assert_eq!(
        statuses(&p)[0],
        Some(StrategyStatus::InPreparation),
        "{:#?}",
        p.strategies
    );

    // An indefinite one not yet adopted is none.
    let p = page(
        STRATEGIES,
        "A cybercrime strategy is not yet adopted by the Government of Ruritania.",
    );
    assert_eq!(statuses(&p)[1], NONE);
}

#[test]
fn a_list_item_named_before_its_number() {
    let p = page(
        "Cybercrime legislation",
        "- Electronic Transfer of Funds Offences (Act no. 17 of 2012): governs payments by electronic means.\n\
         - Charter of rights and founding principles of the Ruritanian order - Law no 41 of 3 May 1971, as amended.\n\
         - It replaces the old computer crime law (Law No. 18.100/1992).",
    );
    assert_eq!(
        laws(&p),
        [
            ("Electronic Transfer of Funds Offences", Some(LawStatus::InForce)),
            (
                "Charter of rights and founding principles of the Ruritanian order",
                Some(LawStatus::InForce)
            ),
            ("Law No. 18.100/1992", Some(LawStatus::Repealed)),
        ],
        "{:#?}",
        p.laws
    );
}

#[test]
fn repeals_in_a_log_and_in_the_active_voice() {
    let p = page(
        "Cybercrime legislation",
        "Computer Offences Act, 2009 – gave sanctions for misuse of computer systems. Repealed → replaced by \
         the Computer Offences Act of 2016.\n\n\
         Update (2021): new cybercrime Law enacted on 2 May 2021 (Law No. 30.111/2021). It repeals the old \
         cybercrime law (Law No. 12.345/1995) and modernises the framework.",
    );
    let found = laws(&p);
    assert!(
        found.contains(&("Computer Offences Act, 2009", Some(LawStatus::Repealed))),
        "{found:?}"
    );
    assert!(
        found.contains(&("Computer Offences Act of 2016", Some(LawStatus::InForce))),
        "{found:?}"
    );
    assert!(
        found.contains(&("Law No. 12.345/1995", Some(LawStatus::Repealed))),
        "{found:?}"
    );
    assert!(
        found.contains(&("Law No. 30.111/2021", Some(LawStatus::InForce))),
        "{found:?}"
    );

    // A code "reformed by" a numbered law: the code is the law of the page.
    let p = page(
        "Cybercrime legislation",
        "- the Penal Code, reformed by law n°2020-101 of the 4th of May 2020 on the Penal Code;\n\
         - the Code of Criminal Procedure, reformed by law no. 2019-88 of 2 July 2019.",
    );
    let titles: Vec<&str> = p.laws.iter().map(|l| l.title.as_str()).collect();
    assert_eq!(titles, ["Penal Code", "Code of Criminal Procedure"], "{:#?}", p.laws);
}

#[test]
fn teams_that_are_a_kind_or_still_forming_are_no_body() {
    let p = page(
        "Specialised institutions",
        "CSIRT/CERT teams (incident response) operating in Ruritania:\n\n\
         CERT.RU | national research network | since 1996",
    );
    assert_eq!(
        bodies(&p),
        [(InstitutionKind::Cert, "CERT.RU")],
        "{:#?}",
        p.institutions
    );

    let p = page(
        "Specialised institutions",
        "While there is at present no national CERT/ CSIRT (Computer Emergency Response Team) in Ruritania, one is \
         planned for 2025.\n\n\
         Officially recognized CERT: mandated by the Supreme Council for Communication Technology of Ruritania \
         (Resolution No. 12-3/2019), but still under formation.",
    );
    assert!(
        !p.institutions.iter().any(|i| i.kind == InstitutionKind::Cert),
        "{:#?}",
        p.institutions
    );
}
