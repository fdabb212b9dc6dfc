//! The hand-written Mexico 2014 profile is valid and says what the page says.

use gapwise::profile::{self, InstitutionKind, StrategyStatus, TreatyStatus};

const TEXT: &str = include_str!("../profiles/mexico-2014.yaml");

#[test]
fn mexico_profile_checks_without_errors() {
    let checked = profile::check("profiles/mexico-2014.yaml", TEXT);
    let errors = checked.errors();
    assert!(errors.is_empty(), "{errors:#?}");
    assert!(checked.problems.is_empty(), "{:#?}", checked.problems);
}

#[test]
fn mexico_profile_holds_the_key_verdicts() {
    let (p, _) = profile::parse("profiles/mexico-2014.yaml", TEXT).expect("valid");
    assert_eq!(
        p.budapest.status.as_ref().map(|f| *f.value()),
        Some(TreatyStatus::Invited)
    );
    assert_eq!(p.budapest.observer.as_ref().map(|f| *f.value()), Some(true));
    assert_eq!(
        p.budapest
            .events
            .invited
            .as_ref()
            .map(|f| f.value().to_string())
            .as_deref(),
        Some("2007-02-01")
    );
    assert_eq!(
        p.strategies.cybersecurity.status.as_ref().map(|f| *f.value()),
        Some(StrategyStatus::InPreparation)
    );
    assert_eq!(
        p.strategies.cybercrime.status.as_ref().map(|f| *f.value()),
        Some(StrategyStatus::InPreparation)
    );
    let kinds: Vec<InstitutionKind> = p.institutions.iter().map(|i| i.kind).collect();
    assert_eq!(
        kinds,
        [
            InstitutionKind::PoliceUnit,
            InstitutionKind::Cert,
            InstitutionKind::Intelligence
        ]
    );
    assert!(
        p.contact_point.designated.is_none(),
        "the page designates no 24/7 point of contact"
    );
    assert!(p.legislation.is_empty());
    // Judicial supervision power by power: search of seized phones (19) and
    // interception (21); nothing country-wide, nothing for the other powers.
    assert!(p.safeguards.judicial_supervision.is_none());
    let supervised: Vec<&str> = p
        .safeguards
        .by_power
        .iter()
        .filter(|(_, s)| s.supervision.as_ref().is_some_and(|f| *f.value()))
        .map(|(power, _)| power.as_str())
        .collect();
    assert_eq!(supervised, ["19", "21"]);
    assert_eq!(p.jurisprudence.len(), 2);
}

#[test]
fn every_quote_is_verbatim_from_the_page() {
    let page = include_str!("data/import/octopus-mexico-2014.txt");
    let (p, _) = profile::parse("profiles/mexico-2014.yaml", TEXT).expect("valid");
    let tree = serde_json::to_value(&p).expect("serialisable");
    let mut quotes = Vec::new();
    collect(&tree, &mut quotes);
    assert!(quotes.len() > 10);
    for q in quotes {
        assert!(page.contains(&q), "not on the page: {q}");
    }
}

fn collect(value: &serde_json::Value, out: &mut Vec<String>) {
    match value {
        serde_json::Value::Object(map) => {
            for (k, v) in map {
                match (k.as_str(), v.as_str()) {
                    ("quote" | "holding" | "text", Some(s)) => out.push(s.to_string()),
                    _ => collect(v, out),
                }
            }
        }
        serde_json::Value::Array(items) => items.iter().for_each(|v| collect(v, out)),
        _ => {}
    }
}
