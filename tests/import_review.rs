//! Sentences an independent review of the rewording rules found them
//! misreading, each now left alone, and a status line long enough to show
//! that the treaty office's article lists are read one at a time.

use gapwise::profile::StrategyStatus;

use super::import_patterns::{assert_law_count, import_text};
use super::import_rewordings::{page, statuses, STRATEGIES};

#[test]
fn look_alikes_the_review_found_are_left_alone() {
    let adopted = Some(StrategyStatus::Adopted);
    for sentence in [
        "The National Cybersecurity Strategy adopted in 2017 is still not fully implemented.",
        "By Government Decision No 482 the National Cybersecurity Strategy was adopted in 2019.",
    ] {
        assert_eq!(statuses(&page(STRATEGIES, sentence))[0], adopted, "{sentence}");
    }
    for sentence in [
        "The ministry circulated a draft National Cybersecurity Strategy in 2021. Parliament has not yet approved it.",
        "Work on the implementation of the National Cybersecurity Strategy 2018-2022 continues.",
        "National Cyber Security Strategy 2023-2027. Published for public consultation in March 2023.",
    ] {
        assert_ne!(statuses(&page(STRATEGIES, sentence))[0], adopted, "{sentence}");
    }
    let p = page(
        STRATEGIES,
        "Work on the implementation of the National Cybersecurity Strategy 2018-2022 continues.",
    );
    assert_ne!(statuses(&p)[0], Some(StrategyStatus::InPreparation));

    // Laws named by what they do, a law in force beside missing regulations,
    // a code of another country, a decree setting conditions.
    let p = page(
        "Cybercrime legislation",
        "Neither the Penal Code nor the Electronic Transactions Act 2012 criminalises illegal interception.\n\n\
         The Computer Crimes Act of 2007 is in force, but regulations have not been adopted.\n\n\
         Decree No 2013-1234 establishes the conditions for lawful interception.",
    );
    assert_law_count(&p, 4);
    let p = import_text(
        "Back Armenia\n\nCybercrime legislation\n\nThe new Criminal Code of Armenia is modelled on the \
         Criminal Code of Kyrgyzstan of 1996.\n",
        2024,
    );
    assert_law_count(&p, 2);

    // Units that became operational, units created after several years, a
    // campaign carried out by a unit, a CERT beside others not yet established.
    let p = page(
        "Specialised institutions",
        "The National Cybercrime Unit, which became operational in 2016, investigates computer crime.\n\n\
         After several years of planning, police cybercrime units were created in all regions.\n\n\
         Cybercrime awareness campaigns are carried out by the Community Policing Unit.\n\n\
         The Computer Emergency Response Team (RU-CERT) was set up in 2014, while sectoral CERTs for banks are \
         not yet established.",
    );
    let names: Vec<&str> = p.institutions.iter().map(|i| i.name.as_str()).collect();
    assert!(names.contains(&"National Cybercrime Unit"), "{names:?}");
    assert!(!names.iter().any(|n| n.contains("Community Policing")), "{names:?}");
    assert!(
        names
            .iter()
            .any(|n| n.contains("RU-CERT") || n.contains("Computer Emergency Response Team")),
        "{names:?}"
    );
}

#[test]
fn a_long_run_of_treaty_office_lists_is_read_in_one_pass() {
    // Each list is read up to its own end, not to the end of the text.
    let line = "The above declaration refers to articles 24, 27 and 35 ".repeat(2000);
    let page = format!("Back Ruritania\n\nStatus regarding Budapest Convention\n\nStatus : Party Declarations and reservations : {line}See legal profile\n");
    let p = import_text(&page, 2024);
    let declarations: Vec<String> = p
        .budapest
        .declarations
        .as_ref()
        .map(|f| f.value().iter().map(|a| a.to_string()).collect())
        .unwrap_or_default();
    assert_eq!(declarations, ["24", "27", "35"]);
}
