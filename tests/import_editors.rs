//! Round 11 voices: how other editors of a country page state the same
//! facts (terse records, lists under a lead line, context clauses, other
//! verbs of adoption and replacement). Each page is invented; each case is
//! a form a rewritten real page used, or a common verb a probe found
//! missing, with look-alikes that must be left alone.

use gapwise::profile::{InstitutionKind, LawStatus, Profile, StrategyStatus, TreatyStatus};

use super::import_patterns::import_text;
use super::import_rewordings::{page, statuses, STRATEGIES};

const ADOPTED: Option<StrategyStatus> = Some(StrategyStatus::Adopted);
const LEGISLATION: &str = "Cybercrime legislation";
const INSTITUTIONS: &str = "Specialised institutions";

fn year(p: &Profile) -> Option<String> {
    p.strategies.cybersecurity.year.as_ref().map(|f| f.value().to_string())
}

fn laws(p: &Profile) -> Vec<(&str, Option<LawStatus>)> {
    p.laws.iter().map(|l| (l.title.as_str(), l.status)).collect()
}

fn treaty(text: &str) -> Option<TreatyStatus> {
    let p = import_text(
        &format!("Back Ruritania\n\n{STRATEGIES}\n\nNone.\n\nInternational cooperation\n\n{text}\n"),
        2024,
    );
    p.budapest.status.as_ref().map(|f| *f.value())
}

#[test]
fn other_verbs_adopt_a_strategy() {
    for (sentence, date) in [
        (
            "The National Cybersecurity Strategy was unveiled in March 2018.",
            "2018-03",
        ),
        (
            "In 2017 the Cabinet signed off on the National Cybersecurity Strategy.",
            "2017",
        ),
        (
            "Ruritania's National Cybersecurity Strategy dates back to 2014.",
            "2014",
        ),
        ("The National Cybersecurity Strategy was rolled out in 2018.", "2018"),
        (
            "The National Cybersecurity Strategy was passed by Parliament in 2017.",
            "2017",
        ),
        (
            "The National Cybersecurity Strategy was signed by the President in 2018.",
            "2018",
        ),
        ("The National Cybersecurity Strategy was created in 2016.", "2016"),
        (
            "- National Cybersecurity Strategy – created 2016, the CERT in the lead.",
            "2016",
        ),
        (
            "The Council of Ministers gave final approval to the National Cybersecurity Strategy in 2020.",
            "2020",
        ),
        // A fronted date opening the sentence, past the title's own period.
        (
            "On the 5th of June 2019, the National Strategy for Cyberspace Security for the period 2019 – 2023 \
             was published by the Government.",
            "2019-06-05",
        ),
    ] {
        let p = page(STRATEGIES, sentence);
        assert_eq!(statuses(&p)[0], ADOPTED, "{sentence}");
        assert_eq!(year(&p).as_deref(), Some(date), "{sentence}");
    }
}

#[test]
fn a_finished_text_awaiting_approval_is_a_draft() {
    for sentence in [
        "The National Cybersecurity Strategy was finalised in 2021 and is awaiting approval.",
        "The National Cybersecurity Strategy, pending approval by the Cabinet, was finalised in 2021.",
        "The National Cybersecurity Strategy was submitted for approval in 2021.",
    ] {
        let p = page(STRATEGIES, sentence);
        assert_eq!(statuses(&p)[0], Some(StrategyStatus::Draft), "{sentence}");
    }
    // A verb of adoption in the future adopts nothing.
    let p = page(
        STRATEGIES,
        "The National Cybersecurity Strategy will be unveiled next year.",
    );
    assert_ne!(statuses(&p)[0], ADOPTED);
}

#[test]
fn a_record_names_its_author_and_its_approval() {
    let p = page(
        STRATEGIES,
        "National Cybersecurity Policy Framework (NCPF)\n\n\
         \u{2022} Drafted by: the Security Cluster of the Government.\n\
         \u{2022} Purpose: a framework to fight cybercrime.\n\
         \u{2022} Approved by Parliament: 2012.\n",
    );
    assert_eq!(statuses(&p)[0], ADOPTED, "{:#?}", p.strategies);
    assert_eq!(year(&p).as_deref(), Some("2012"));

    // A record saying it is still a draft adopts nothing.
    let p = page(
        STRATEGIES,
        "National Cybersecurity Policy Framework\n\n\
         \u{2022} Status: draft, awaiting the Cabinet.\n\
         \u{2022} Approved by Parliament: not yet.\n",
    );
    assert_ne!(statuses(&p)[0], ADOPTED, "{:#?}", p.strategies);
}

#[test]
fn a_list_under_a_lead_line_that_created_it() {
    let p = page(
        STRATEGIES,
        "Digital modernisation – two strategies created and implemented by the Government:\n\n\
         \u{2022} National strategy for the development of the digital economy 2018-2027;\n\
         \u{2022} National Cybersecurity Strategy 2019 – 2023, with a chapter on cybercrime inside its framework.\n",
    );
    assert_eq!(statuses(&p)[0], ADOPTED, "{:#?}", p.strategies);

    // Under a lead line that only plans them, the items are not adopted.
    let p = page(
        STRATEGIES,
        "Two strategies the Government intends to create:\n\n\
         \u{2022} National Cybersecurity Strategy 2025 – 2030, with a chapter on cybercrime.\n",
    );
    assert_ne!(statuses(&p)[0], ADOPTED, "{:#?}", p.strategies);
}

#[test]
fn what_another_document_is_not_is_no_absence() {
    // The concept is neither a strategy nor a policy: nothing is said of a
    // strategy's existence.
    let p = page(
        STRATEGIES,
        "In March 2019 the Security Council approved the new Information Security Concept, although the act \
         has been given the status neither of an information security strategy nor of a policy.",
    );
    assert_eq!(statuses(&p)[0], None, "{:#?}", p.strategies);
    // A plain denial still is one.
    let p = page(
        STRATEGIES,
        "Ruritania has neither an information security strategy nor a policy.",
    );
    assert_eq!(statuses(&p)[0], Some(StrategyStatus::None));
}

#[test]
fn a_strategy_dedicated_to_its_topic() {
    let p = page(
        "Politiques / stratégies en matière de cybercriminalité",
        "Le gouvernement a adopté la stratégie nationale de cybersécurité 2019 - 2023, en intégrant en son sein \
         une stratégie consacrée à la lutte contre la cybercriminalité.",
    );
    assert_eq!(statuses(&p), [ADOPTED, ADOPTED], "{:#?}", p.strategies);
    let p = page(
        STRATEGIES,
        "The Government adopted a strategy dedicated to fighting cybercrime in 2018.",
    );
    assert_eq!(statuses(&p)[1], ADOPTED, "{:#?}", p.strategies);
}

#[test]
fn bills_listed_after_a_drafting_verb_are_drafts() {
    let p = page(
        LEGISLATION,
        "The Government has drafted several bills, among them the Computer Misuse Bill and the Electronic \
         Commerce Bill, which would give a legal framework for criminalising attacks on computers.",
    );
    assert_eq!(
        laws(&p),
        [
            ("Computer Misuse Bill", Some(LawStatus::Draft)),
            ("Electronic Commerce Bill", Some(LawStatus::Draft)),
        ]
    );
    // Amendments being drafted leave the code in force.
    for sentence in [
        "The Government is drafting amendments to the Criminal Code.",
        "A draft law amending the Criminal Code was prepared in 2020.",
    ] {
        let p = page(LEGISLATION, sentence);
        assert_eq!(laws(&p), [("Criminal Code", Some(LawStatus::InForce))], "{sentence}");
    }
    // A list after "including" with no drafting verb keeps its laws in force.
    let p = page(
        LEGISLATION,
        "Several laws apply, including the Computer Misuse Act and the Evidence Act.",
    );
    assert!(
        laws(&p).iter().all(|(_, s)| *s == Some(LawStatus::InForce)),
        "{:#?}",
        laws(&p)
    );
}

#[test]
fn a_number_set_off_by_commas_is_the_named_laws_own() {
    let p = page(
        LEGISLATION,
        "The legal framework is made up of the Criminal Code, Law No 275-Z, and the Criminal Procedure Code, \
         Law No 295-Z, as well as of Law No 455-Z \"On Information\".",
    );
    let titles: Vec<&str> = p.laws.iter().map(|l| l.title.as_str()).collect();
    assert_eq!(p.laws.len(), 3, "{titles:#?}");
    assert_eq!(p.laws[0].number.as_deref(), Some("275-Z"));

    // The act that made a code, put first ("C'est par la loi ... que") or
    // glossed after it (", by which the ... was established"), is no law of its own.
    let p = page(
        "Législation sur la cybercriminalité",
        "C'est par la loi n° 025-2018 / AN du 31 mai 2018 que le nouveau code pénal a été institué.",
    );
    assert_eq!(p.laws.len(), 1, "{:#?}", laws(&p));
    let p = page(
        LEGISLATION,
        "Under the Law n°01-080 of 20 August 2001, by which the new Criminal Procedure Code was established, \
         each court has an economic unit.",
    );
    assert_eq!(p.laws.len(), 1, "{:#?}", laws(&p));
    assert_eq!(p.laws[0].title, "Criminal Procedure Code");
}

#[test]
fn a_replaced_law_is_repealed() {
    for sentence in [
        "The Cybercrime Act 2021 replaced the Computer Misuse Act 2000.",
        "The Computer Misuse Act 2000 was replaced by the Cybercrime Act 2021.",
    ] {
        let p = page(LEGISLATION, sentence);
        let got = laws(&p);
        assert!(
            got.contains(&("Computer Misuse Act 2000", Some(LawStatus::Repealed))),
            "{got:#?}"
        );
        assert!(
            got.contains(&("Cybercrime Act 2021", Some(LawStatus::InForce))),
            "{got:#?}"
        );
    }
    let p = page(LEGISLATION, "The Computer Misuse Act 2000 is no longer in force.");
    assert_eq!(laws(&p), [("Computer Misuse Act 2000", Some(LawStatus::Repealed))]);

    // A new code and the old one it replaced are two laws.
    let p = page(
        LEGISLATION,
        "The new Criminal Code, which entered into force on 1 July 2017, replaced the Criminal Code of 1961.",
    );
    assert_eq!(
        laws(&p),
        [
            ("Criminal Code", Some(LawStatus::InForce)),
            ("Criminal Code of 1961", Some(LawStatus::Repealed)),
        ]
    );
    // A replacement still to come repeals nothing.
    let p = page(
        LEGISLATION,
        "The Cybercrime Bill will replace the Computer Misuse Act 2000.",
    );
    assert!(laws(&p).contains(&("Computer Misuse Act 2000", Some(LawStatus::InForce))));
}

#[test]
fn a_numbered_laws_subject_ends_at_its_date_or_verb() {
    for (sentence, title) in [
        (
            "Ruritania adopted Law No. 12/2016 on Cybercrime in May 2016.",
            "Law No. 12/2016 on Cybercrime",
        ),
        (
            "Law 2019-12 on electronic communications came into effect in 2019.",
            "Law 2019-12 on electronic communications",
        ),
        (
            "Decree-Law No. 7/2019 on cybersecurity was published in 2019.",
            "Decree-Law No. 7/2019 on cybersecurity",
        ),
        (
            "Law no 9/2015 on Cybersecurity and the fight against Cybercrime – adopted in 2015.",
            "Law no 9/2015 on Cybersecurity and the fight against Cybercrime",
        ),
        // "in" inside a subject stays.
        (
            "Law No. 5/2012 on Combating Crimes in Information Technology applies.",
            "Law No. 5/2012 on Combating Crimes in Information Technology",
        ),
    ] {
        let p = page(LEGISLATION, sentence);
        assert_eq!(p.laws.first().map(|l| l.title.as_str()), Some(title), "{sentence}");
    }
    let p = page(
        LEGISLATION,
        "Law No. 109/2009 on Cybercrime of 15 September 2009 transposes the Convention.",
    );
    assert_eq!(p.laws[0].title, "Law No. 109/2009 on Cybercrime");
    assert_eq!(p.laws[0].date.map(|d| d.to_string()).as_deref(), Some("2009-09-15"));
}

#[test]
fn bodies_denied_or_still_being_set_up_are_none() {
    for text in [
        "- No dedicated cybercrime investigation unit. No CERT.",
        "- National police: Cyber Crime Unit being set up.",
        "The national CERT is not yet in place.",
    ] {
        let p = page(INSTITUTIONS, text);
        let found: Vec<(InstitutionKind, &str)> = p.institutions.iter().map(|i| (i.kind, i.name.as_str())).collect();
        assert!(found.is_empty(), "{text}: {found:#?}");
    }
    // A body at work stays.
    let p = page(INSTITUTIONS, "- National police: a Cyber Crime Unit set up in 2015.");
    assert!(!p.institutions.is_empty());
}

#[test]
fn the_treaty_status_in_a_labelled_line_or_a_denied_step() {
    assert_eq!(treaty("Budapest Convention: not a Party."), Some(TreatyStatus::None));
    // Interest expressed, accession denied: no Party.
    assert_ne!(
        treaty(
            "Although a strong interest in accession to the Budapest Convention has been expressed by \
             Ruritania, the country has not so far acceded to it."
        ),
        Some(TreatyStatus::Party)
    );
    // A step done stays one.
    assert_eq!(
        treaty("Ruritania acceded to the Budapest Convention in 2019."),
        Some(TreatyStatus::Party)
    );
}

#[test]
fn look_alikes_of_the_round_11_rules_are_left_alone() {
    // Adoption verbs denied, put in the future, or said of another subject.
    for sentence in [
        "The National Cybersecurity Strategy has not been signed off.",
        "The National Cybersecurity Strategy has not yet received final approval.",
        "The National Cybersecurity Strategy has not been rolled out.",
        "The National Cybersecurity Strategy is to be unveiled by the new Agency.",
        "The National Cybercrime Strategy was passed for review to the inter-ministerial commission in 2023.",
        "Work on the National Cybersecurity Strategy dates back to 2014, but no text has been adopted so far.",
        "Ruritania's interest in a national cybersecurity strategy dates back to 2012.",
        "A working group was created in 2020 to prepare the National Cybersecurity Strategy.",
        "A Memorandum of Understanding was signed in 2019 to support the development of a National Cybersecurity Strategy.",
        "The National Cybersecurity Strategy must be approved by Parliament.",
    ] {
        let p = page(STRATEGIES, sentence);
        assert_ne!(statuses(&p)[0], ADOPTED, "{sentence}: {:#?}", p.strategies);
    }
    // Still to be adopted, after a first step: a draft.
    for sentence in [
        "The National Cybersecurity Strategy was created in 2018 but never formally approved.",
        "The draft National Cybersecurity Strategy was approved by the working group in 2019 and is awaiting Cabinet.",
        "The National Cybersecurity Strategy has been drafted and validated by stakeholders in 2021, but is yet to \
         be adopted by the Cabinet.",
        "National Cybersecurity Strategy – created by a working group, under discussion.",
    ] {
        let p = page(STRATEGIES, sentence);
        assert_eq!(
            statuses(&p)[0],
            Some(StrategyStatus::Draft),
            "{sentence}: {:#?}",
            p.strategies
        );
    }
    // A pending approval of something else, or an adoption stated after it.
    for (sentence, date) in [
        ("The National Cybersecurity Strategy was submitted for approval in 2017 and adopted in 2018.", "2018"),
        (
            "The National Cybersecurity Strategy was approved in 2019; the related budget is still pending approval.",
            "2019",
        ),
        (
            "The National Cybersecurity Strategy adopted in 2016 is in force, and amendments to it are pending adoption.",
            "2016",
        ),
        ("National Cybersecurity Strategy 2016 to 2021 – published by the Government in 2016.", "2016"),
    ] {
        let p = page(STRATEGIES, sentence);
        assert_eq!(statuses(&p)[0], ADOPTED, "{sentence}: {:#?}", p.strategies);
        assert_eq!(year(&p).as_deref(), Some(date), "{sentence}");
    }
    // A strategy that will expire is in force.
    let p = page(
        STRATEGIES,
        "The National Cyber Security Strategy for 2013-2017 will expire at the end of 2017.",
    );
    assert_eq!(statuses(&p)[0], ADOPTED);

    // Lists under a lead line that does not adopt them.
    for lead in [
        "The following strategies are currently being developed:",
        "The following strategies were developed by the Council and are pending approval:",
        "The working group created in 2019 is preparing the following documents:",
        "Under the project implemented in 2020, experts reviewed the following:",
        "Within the project, an interagency group was created to elaborate:",
    ] {
        let p = page(
            STRATEGIES,
            &format!("{lead}\n\n\u{2022} National Cybersecurity Strategy\n"),
        );
        assert_ne!(statuses(&p)[0], ADOPTED, "{lead}: {:#?}", p.strategies);
    }
    // A record approved by reviewers, or not approved.
    for line in ["Approved by experts on: 12 May 2021", "Approved by Parliament: no"] {
        let p = page(
            STRATEGIES,
            &format!("National Cybersecurity Strategy\n\n\u{2022} Drafted by: the Ministry.\n\u{2022} {line}\n"),
        );
        assert_ne!(statuses(&p)[0], ADOPTED, "{line}: {:#?}", p.strategies);
    }
    // A document given the status of a strategy is one.
    let p = page(
        STRATEGIES,
        "The Government adopted in 2020 a document with the status of a strategy, the National Cybersecurity Strategy.",
    );
    assert_eq!(statuses(&p)[0], ADOPTED);
}

#[test]
fn look_alikes_of_the_round_11_law_and_body_rules_are_left_alone() {
    // A part of a law replaced, a law replaced in one respect, or by a bill.
    for sentence in [
        "The Cybercrime Act 2015 replaced the Criminal Code provisions on computer fraud.",
        "In the Criminal Code, Article 271 was replaced by a new text in 2012.",
        "Article 5 of the Electronic Transactions Act was replaced by a new article in 2019.",
        "The Criminal Procedure Code has been replaced in practice by the Evidence Act as regards digital evidence.",
        "The Data Protection Act 2012 was superseded in part by the Data Protection Act 2020.",
        "The Cybercrime Bill, which replaces the Computer Misuse Act 2001, is before Parliament.",
        "If adopted, the Cybercrime Bill replaces the Computer Misuse Act 2001.",
        "The draft Criminal Code, which supersedes the Criminal Code of 1961, is under discussion.",
    ] {
        let p = page(LEGISLATION, sentence);
        assert!(
            !laws(&p).iter().any(|(_, s)| *s == Some(LawStatus::Repealed)),
            "{sentence}: {:#?}",
            laws(&p)
        );
    }
    // Laws adopted after their drafting stay in force.
    for sentence in [
        "Parliament has adopted several laws drafted by the Ministry, including the Cybercrime Act 2018.",
        "Based on model bills, Ruritania drafted and adopted several laws, including the Electronic Transactions Act 2012.",
        "Of the bills drafted in 2015, the following were enacted: the Cybercrime Act 2016.",
    ] {
        let p = page(LEGISLATION, sentence);
        assert!(laws(&p).iter().all(|(_, s)| *s == Some(LawStatus::InForce)), "{sentence}: {:#?}", laws(&p));
    }
    // A list of a named law and a numbered one, once: two laws.
    let p = page(
        LEGISLATION,
        "The relevant laws are the Criminal Code, Law No 12/2004, and the Electronic Communications Act.",
    );
    assert_eq!(p.laws.len(), 3, "{:#?}", laws(&p));
    // A cleft naming a law by what it did, not a code it made.
    let p = page(
        LEGISLATION,
        "It was by Law No. 5/2015 that Ruritania criminalised illegal access.",
    );
    assert_eq!(p.laws.len(), 1, "{:#?}", laws(&p));

    // Bodies at work, whatever is still being set up beside them.
    for text in [
        "The national CERT (CERT-RU) operates since 2015; sectoral CSIRTs are being created.",
        "The Cybercrime Division of the Police was created in 2014; its 24/7 contact point is not yet in place.",
        "The national CERT is operational, although its legal framework is not yet in place.",
        "The national CERT, being set up in 2012 by decree, now handles incidents.",
    ] {
        let p = page(INSTITUTIONS, text);
        assert!(!p.institutions.is_empty(), "{text}");
    }
    // A ratification after a denied signature is one.
    assert_eq!(
        treaty("Ruritania was not invited and never signed, but ratified the Budapest Convention in 2012."),
        Some(TreatyStatus::Party)
    );
}
