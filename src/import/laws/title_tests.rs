//! Tests of law titles: numbers, years and statuses read with the title.

use super::*;
use crate::profile::LawStatus;

type Found = (String, Option<String>, Option<String>, Option<LawStatus>);

fn laws(s: &str) -> Vec<Found> {
    super::super::scan(s, law_at)
        .into_iter()
        .map(|law| (law.title, law.number, law.date.map(|d| d.to_string()), law.status))
        .collect()
}

#[test]
fn titles_numbers_years_and_statuses() {
    let l = laws("The Computer Misuse Act, 2011 and the Electronic Records Act of 2009 apply.");
    assert_eq!(l[0].0, "Computer Misuse Act, 2011");
    assert_eq!(l[0].2.as_deref(), Some("2011"));
    assert_eq!(l[1].0, "Electronic Records Act of 2009");
    let l = laws("Law No. 5/2016 on Information Systems Security was adopted.");
    assert_eq!(l[0].0, "Law No. 5/2016 on Information Systems Security");
    assert_eq!(l[0].1.as_deref(), Some("5/2016"));
    assert_eq!(l[0].2.as_deref(), Some("2016"));
    let l = laws("the law n°2011-07 of 3 May 2011 on electronic transactions");
    assert_eq!(l[0].2.as_deref(), Some("2011-05-03"));
    assert_eq!(
        laws("The draft Computer Offences Bill is before parliament.")[0].3,
        Some(LawStatus::Draft)
    );
    assert_eq!(
        laws("The Data Integrity Bill is before parliament.")[0].3,
        Some(LawStatus::Bill)
    );
    assert_eq!(
        laws("the Penal Code and the Code of Criminal Procedure")[1].0,
        "Code of Criminal Procedure"
    );
    assert!(laws("Substantive law and the Act").is_empty());
}
