//! Editors' voices: the same facts told as a chronology in the present
//! tense, as a record of labelled lines, in nominalised bureaucratic prose,
//! tersely under a lead line, or by an editor writing in a second language.
//! Each page is invented; each case is a form a rewritten real page used.

use gapwise::profile::{InstitutionKind, LawStatus, Profile, StrategyStatus};

use super::import_patterns::assert_law_count;
use super::import_rewordings::{page, statuses, STRATEGIES};

fn cs_year(p: &Profile) -> Option<String> {
    p.strategies.cybersecurity.year.as_ref().map(|f| f.value().to_string())
}

fn laws(p: &Profile) -> Vec<(&str, Option<LawStatus>)> {
    p.laws.iter().map(|l| (l.title.as_str(), l.status)).collect()
}

const ADOPTED: Option<StrategyStatus> = Some(StrategyStatus::Adopted);

#[test]
fn a_chronology_in_the_present_tense_dates_its_steps() {
    let p = page(
        STRATEGIES,
        "2012 – A first strategy in the field of cybersecurity is put in place.\n\n\
         2021 – The Ministry of Digital Affairs publishes a new “National Cybersecurity Strategy”.\n\n\
         2019 – Ruritania ratifies the Budapest Convention, after a long debate in Parliament.",
    );
    assert_eq!(statuses(&p)[0], ADOPTED);
    assert_eq!(cs_year(&p).as_deref(), Some("2021"), "{:#?}", p.strategies);
    let ratified = p.budapest.events.ratified.as_ref().map(|f| f.value().to_string());
    assert_eq!(ratified.as_deref(), Some("2019"));

    // "Month year –" opens a line too; the verb of the step is its own.
    let p = page(
        STRATEGIES,
        "March 2018 – Implementation starts of the Cyber Security Strategy of Ruritania, prepared by the Ministry.",
    );
    assert_eq!(statuses(&p)[0], ADOPTED);
    assert_eq!(cs_year(&p).as_deref(), Some("2018-03"));
}

#[test]
fn a_record_of_labelled_lines_adopts_and_dates_the_title_above() {
    let p = page(
        STRATEGIES,
        "Strategy: National Cyber Security Strategy of Ruritania\n\
         Approved by: Resolution No. 55 of the Government of Ruritania, 4 May 2020\n\
         Main purpose: to protect the networks of the State.\n\n\
         Earlier programme: Cyber Security Development Programme for 2012-2018, adopted by the Government in 2012.",
    );
    assert_eq!(statuses(&p)[0], ADOPTED);
    assert_eq!(cs_year(&p).as_deref(), Some("2020-05-04"), "{:#?}", p.strategies);

    // The title with its object and place, then "Established by" and "Year".
    let p = page(
        STRATEGIES,
        "National Plan for cybersecurity in Ruritania\n\
         - Established by: the Council of Ministers\n\
         - Year: 2011\n\
         - Content: twelve challenges in fighting cybercrime.",
    );
    assert_eq!(statuses(&p)[0], ADOPTED);
    assert_eq!(cs_year(&p).as_deref(), Some("2011"));
}

#[test]
fn an_adoption_told_as_an_event_that_took_place() {
    let p = page(
        STRATEGIES,
        "The adoption by the Cabinet of the National Cybersecurity Policy and Strategy, the drafting of which \
         had been entrusted to a committee of several ministries, took place in June 2016.",
    );
    assert_eq!(statuses(&p)[0], ADOPTED);
    assert_eq!(cs_year(&p).as_deref(), Some("2016-06"));

    let p = page(
        STRATEGIES,
        "The adoption of a cyber security strategy was effected by the National Office for Informatics \
         by means of Disposition 7/2014, dated 2 October 2014.",
    );
    assert_eq!(statuses(&p)[0], ADOPTED);
    assert_eq!(cs_year(&p).as_deref(), Some("2014-10-02"));

    // An event still to come is no adoption.
    let p = page(
        STRATEGIES,
        "The adoption of the National Cybersecurity Strategy will take place next year.",
    );
    assert_ne!(statuses(&p)[0], ADOPTED);
}

#[test]
fn a_list_under_a_lead_line_shares_its_verb_and_date() {
    let p = page(
        STRATEGIES,
        "No specific cybercrime strategy has been adopted. The Cabinet did, however, approve in 2017:\n\
         • the National Cyber Security Strategy 2017-2022, and\n\
         • the related Action Plan.",
    );
    assert_eq!(statuses(&p), [ADOPTED, Some(StrategyStatus::None)]);
    assert_eq!(cs_year(&p).as_deref(), Some("2017"));

    // A lead line that lists goals adopts nothing.
    let p = page(
        STRATEGIES,
        "The Ministry will propose:\n• the National Cyber Security Strategy, and\n• a training plan.",
    );
    assert_ne!(statuses(&p)[0], ADOPTED);
}

#[test]
fn other_verbs_of_having_a_strategy() {
    let p = page(
        STRATEGIES,
        "The government has set out its digital agenda by publishing the Cybersecurity Strategy 2020.",
    );
    assert_eq!(statuses(&p)[0], ADOPTED);
    let p = page(
        "Politiques / stratégies en matière de cybercriminalité",
        "La Ruritanie s'est dotée de la Stratégie Nationale pour la Sécurité du Numérique.",
    );
    assert_eq!(statuses(&p)[0], ADOPTED);
}

#[test]
fn denials_and_work_in_progress_in_other_words() {
    // A "however" between commas before the verb cuts nothing.
    let p = page(
        STRATEGIES,
        "A Strategy on cybersecurity/cybercrime, however, has still not been adopted.",
    );
    let none = Some(StrategyStatus::None);
    assert_eq!(statuses(&p), [none, none]);

    // Only the adoption is denied: the document is in the making.
    let p = page(
        STRATEGIES,
        "March 2023: the Government was still preparing a National Cybersecurity Strategy, which had not yet been adopted.",
    );
    assert_eq!(statuses(&p)[0], Some(StrategyStatus::InPreparation));
    assert_eq!(cs_year(&p), None);

    // Adverbs inside the progressive.
    let p = page(
        STRATEGIES,
        "A cybersecurity strategy Ruritania does not have; however the agency is at the moment developing a \
         national cyber security strategy.",
    );
    assert_eq!(statuses(&p)[0], Some(StrategyStatus::InPreparation));
    // "responsible for developing" is a mandate, not work under way.
    let p = page(
        STRATEGIES,
        "The agency is responsible for developing a national cyber security strategy.",
    );
    assert_eq!(statuses(&p)[0], None);

    // A label's "none", and the French "n'en a pas".
    let p = page(
        STRATEGIES,
        "National cybercrime strategy/policy: none officially recognised.",
    );
    assert_eq!(statuses(&p)[1], none);
    let p = page(
        "Politiques / stratégies en matière de cybercriminalité",
        "Stratégie propre à la lutte contre la cybercriminalité, la Ruritanie n'en a pas adopté.",
    );
    assert_eq!(statuses(&p)[1], none);
}

#[test]
fn laws_in_other_words() {
    // A leading "Draft" is the status, not the title.
    let p = page(
        "Cybercrime legislation",
        "Draft Computer Offences Bill prepared by the Ministry of Justice with outside support.",
    );
    assert_eq!(laws(&p), [("Computer Offences Bill", Some(LawStatus::Draft))]);

    // "exist only as draft" after the title.
    let p = page(
        "Cybercrime legislation",
        "The Postal Services (Incident Team) Regulations, 2012 exist only as draft.",
    );
    assert_eq!(
        laws(&p),
        [(
            "Postal Services (Incident Team) Regulations, 2012",
            Some(LawStatus::Draft)
        )]
    );

    // A part of a law, and an act referred back to, are no laws.
    let p = page(
        "Cybercrime legislation",
        "Procedural powers are found in Part IV of Law, Search and seizure. The coordination of agencies is \
         entrusted by the Act to the National Security Adviser.",
    );
    assert_law_count(&p, 0);
}

#[test]
fn a_title_cut_by_the_end_of_a_pop_up_is_no_law() {
    let p = page(
        "Cybercrime legislation",
        "The Computer Crimes Act 2009 is in force.\n\n\
         A substantial step in strengthening cyber security in Ruritania was the adoption of the Law on Cyber Sec",
    );
    assert_eq!(laws(&p), [("Computer Crimes Act 2009", Some(LawStatus::InForce))]);

    // A whole page whose last line names a law without a full stop keeps it.
    let p = page(
        "Cybercrime legislation",
        "The main texts are:\n• the Law on Electronic Communications",
    );
    assert_law_count(&p, 1);
}

#[test]
fn bodies_in_other_words() {
    // A team's web name in brackets after its name.
    let p = page(
        "Specialised institutions",
        "One of the Task Force's terms of reference: set up a national CERT to protect the public.\n\n\
         Ruritania CERT (CERT.ru) started operations on 1 July 2016.",
    );
    let names: Vec<(InstitutionKind, &str)> = p.institutions.iter().map(|i| (i.kind, i.name.as_str())).collect();
    assert_eq!(names, [(InstitutionKind::Cert, "Ruritania CERT (CERT.ru)")]);

    // Units described by a verb after them: the words naming them stop there.
    let p = page(
        "Specialised institutions",
        "Specialised police cybercrime units now operate in the Federal Police and in the Ministry of Interior.",
    );
    let names: Vec<&str> = p.institutions.iter().map(|i| i.name.as_str()).collect();
    assert_eq!(names, ["Specialised police cybercrime units"]);
}

#[test]
fn questions_and_answers_state_only_their_answers() {
    let p = page(
        STRATEGIES,
        "Does Ruritania have a cybersecurity or cybercrime policy/strategy? No. An attempt was made in 2011, \
         but it did not lead to one.",
    );
    let none = Some(StrategyStatus::None);
    assert_eq!(statuses(&p), [none, none]);

    // A question alone states nothing; its answer speaks for itself.
    let p = page(
        STRATEGIES,
        "Does the country have a cybercrime strategy? The question is debated in Parliament.",
    );
    assert_eq!(statuses(&p), [None, None]);
}

#[test]
fn hedged_and_subordinate_clauses_keep_each_fact_s_status() {
    // The draft is another text's; the strategy is absent.
    let p = page(
        STRATEGIES,
        "Although a Draft Cybercrime Law has reportedly been under discussion since 2015, Ruritania does not \
         yet have a national cybercrime strategy.",
    );
    assert_eq!(statuses(&p)[1], Some(StrategyStatus::None));

    // A draft that "sets out" a narrative about the strategy does not adopt it.
    let p = page(
        STRATEGIES,
        "Although a draft National Cybercrime Strategy has been prepared, the government has yet to adopt it. \
         Following these data, the draft sets out a narrative that sums up the Ruritanian strategy against \
         cybercrime.",
    );
    assert_eq!(statuses(&p)[1], Some(StrategyStatus::Draft));

    // "It was in 2012 that ..." dates the verb it leads to.
    let p = page(
        STRATEGIES,
        "It was in 2012 that the Inter-Ministerial Committee developed the National Cyber Security Strategy.",
    );
    assert_eq!(cs_year(&p).as_deref(), Some("2012"));

    // "drawing up" in the progressive.
    let p = page(
        STRATEGIES,
        "Ruritania — strongly committed to the Convention — is at present drawing up a Cybersecurity Strategy.",
    );
    assert_eq!(statuses(&p)[0], Some(StrategyStatus::InPreparation));
}

#[test]
fn strategies_referred_back_to_and_in_force_since() {
    let p = page(
        STRATEGIES,
        "There is, however, the National Programme on Cybersecurity 2016-2020. The latter was adopted by \
         Government Decision No. 811 dd. 29/10/2015.",
    );
    assert_eq!(statuses(&p)[0], ADOPTED);
    assert_eq!(cs_year(&p).as_deref(), Some("2015-10-29"));

    let p = page(
        STRATEGIES,
        "Accordingly, the National Cyber Security Strategy for Ruritania, in place since Jan. 31, 2019, puts a \
         strong focus on partnerships. In 2017 the Gov't also launched an International cyber strategy.",
    );
    assert_eq!(cs_year(&p).as_deref(), Some("2019-01-31"), "{:#?}", p.strategies);

    let p = page(
        STRATEGIES,
        "The final draft of the National Cyber Security Policy was prepared by the Ministry in July 2015 and \
         subsequently approved by Cabinet.",
    );
    assert_eq!(statuses(&p)[0], ADOPTED);

    // An information assurance framework is the country's cybersecurity strategy.
    let p = page(
        STRATEGIES,
        "A National Information Assurance Framework — including model legislation — was issued in 2014 by the Ministry.",
    );
    assert_eq!(cs_year(&p).as_deref(), Some("2014"));

    // A strategy for one field is not the nation's.
    let p = page(
        STRATEGIES,
        "As regards the Cybersecurity Strategy for the Internet of Things, it was a commitment running from \
         January 2019 to December 2019.",
    );
    assert_eq!(statuses(&p)[0], None);
}

#[test]
fn steps_dated_by_the_next_sentence() {
    let p = page(
        STRATEGIES,
        "The Government decided in 2013 to ratify the Budapest Convention. It did so on 5 March 2014.",
    );
    let ratified = p.budapest.events.ratified.as_ref().map(|f| f.value().to_string());
    assert_eq!(ratified.as_deref(), Some("2014-03-05"));

    let p = page(
        "Politiques / stratégies en matière de cybercriminalité",
        "L'un des résultats en est l'adhésion de la Ruritanie à la Convention de Budapest. Celle-ci est \
         intervenue en décembre 2016.",
    );
    let acceded = p.budapest.events.acceded.as_ref().map(|f| f.value().to_string());
    assert_eq!(acceded.as_deref(), Some("2016-12"));
}

#[test]
fn laws_and_bodies_still_to_come() {
    let p = page(
        "Cybercrime legislation",
        "This is to be formalized in the Cyber Resilience Act, scheduled for adoption in Q1 2021.",
    );
    assert_eq!(laws(&p), [("Cyber Resilience Act", Some(LawStatus::Draft))]);

    // A kind of law, then its name.
    let p = page(
        "Cybercrime legislation",
        "Ruritania adopted a specific Cybercrime Law. This is the Law on preventing and combating cybercrime, \
         nr. 12-XV, 03.02.2010.",
    );
    assert_eq!(
        laws(&p),
        [("Law on preventing and combating cybercrime", Some(LawStatus::InForce))]
    );

    let p = page(
        "Specialised institutions",
        "Within the national police, a Cyber Crime Unit is in the process of being set up.",
    );
    assert!(p.institutions.is_empty(), "{:#?}", p.institutions);
}

#[test]
fn translated_and_numbered_voices() {
    // A verb before its subject, and the verb nearest the title dates it.
    let p = page(
        STRATEGIES,
        "As first step was published, in October 2015, a Green Paper, which served for the consultation, and \
         in the year 2016 was launched the National Cyber Security Strategy.",
    );
    assert_eq!(cs_year(&p).as_deref(), Some("2016"));

    // A rank a document lacks, after "the status of".
    let p = page(
        STRATEGIES,
        "Was adopted by the Security Council, through resolution of 18 March 2019, the new Information Security \
         Concept, the same being an act which has not the status of an information security strategy nor of a policy.",
    );
    assert_eq!(statuses(&p), [None, None]);

    // A denial before two coordinated documents; a dash before "none".
    let p = page(
        STRATEGIES,
        "No officially recognized national cybercrime policy or strategy could be identified for Ruritania.\n\n\
         National strategy or policies on cybersecurity – none yet in Ruritania.",
    );
    let none = Some(StrategyStatus::None);
    assert_eq!(statuses(&p), [none, none]);

    // "dates from", and the French thinking on a strategy to come.
    let p = page(
        STRATEGIES,
        "The country's National Cybersecurity strategy dates from 2016.",
    );
    assert_eq!(cs_year(&p).as_deref(), Some("2016"));
    let p = page(
        "Politiques / stratégies en matière de cybercriminalité",
        "A été entamée, au mois de juin de l'année 2018, la réflexion sur l'élaboration de la stratégie \
         nationale de cybersécurité.",
    );
    assert_eq!(statuses(&p)[0], Some(StrategyStatus::InPreparation));
}

#[test]
fn numbered_lists_of_laws_and_acts_that_made_another() {
    let p = page(
        "Cybercrime legislation",
        "1. Criminal Code, Law No 301-Z – in force.\n2. Same Act – procedural powers as in the Convention.",
    );
    assert_eq!(laws(&p), [("Criminal Code", Some(LawStatus::InForce))]);

    // The act that made a body or a code named before is no law of the page
    // (the code is).
    let p = page(
        "Cybercrime legislation",
        "Quel texte fonde le nouveau code pénal ? La loi n° 031-2019 / AN du 12 mai 2019, qui l'a institué.\n\n\
         ICT matters belong to the ICT Agency, which exists since the decree n°7-101 of 12 January 2006 created it.",
    );
    assert_eq!(laws(&p), [("Code pénal", Some(LawStatus::InForce))]);
}
