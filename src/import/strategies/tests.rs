//! Tests of strategy titles, topics, statuses and dates.

use super::*;

fn title_of(s: &str, noun: &str) -> Option<String> {
    let words = text::words(s);
    let at = words.iter().position(|w| w.text(s) == noun)?;
    title(s, &words, at)
}

#[test]
fn titles_keep_capitalised_phrases_periods_and_acronyms() {
    let s = "The government is currently working on a project on National Strategy for Information Security (NSIS), it seeks";
    assert_eq!(
        title_of(s, "Strategy").as_deref(),
        Some("National Strategy for Information Security (NSIS)")
    );
    assert_eq!(
        title_of("the National Cyber Security Strategy 2019-2023 was adopted", "Strategy").as_deref(),
        Some("National Cyber Security Strategy 2019-2023")
    );
    assert_eq!(
        title_of("The National Cyber Security Strategy (2020 – 2025) seeks", "Strategy").as_deref(),
        Some("National Cyber Security Strategy (2020 – 2025)")
    );
    assert_eq!(title_of("a strategy", "strategy"), None);
    assert_eq!(
        title_of("the « Stratégie nationale de cybersécurité 2025 » (SNC)", "Stratégie").as_deref(),
        Some("Stratégie nationale de cybersécurité 2025")
    );
}

#[test]
fn topics_come_from_the_name_not_the_clause() {
    let t = |s: &str, noun: &str| {
        let lower = text::lower(s);
        let words = text::words(s);
        let at = words.iter().position(|w| w.text(s) == noun).expect("noun");
        topics(s, &lower, &words, at)
    };
    assert_eq!(
        t("the National Cyber Security Strategy addresses cybercrime", "Strategy"),
        [true, false]
    );
    assert_eq!(
        t("a National Plan to Combat Cybercrime was adopted", "Plan"),
        [false, true]
    );
    assert_eq!(t("does not have a cybercrime policy", "policy"), [false, true]);
}

#[test]
fn statuses_and_their_dates() {
    assert_eq!(
        status_of("has not yet adopted a national cyber security strategy", 40, false),
        Some(StrategyStatus::None)
    );
    assert_eq!(
        status_of("a project to develop a cybercrime strategy is underway", 25, false),
        Some(StrategyStatus::InPreparation)
    );
    assert_eq!(
        status_of(
            "national cyber security strategy (2014) is still in development",
            24,
            false
        ),
        Some(StrategyStatus::InPreparation)
    );
    assert_eq!(
        status_of("the strategy seeks to build", 4, true),
        Some(StrategyStatus::Adopted)
    );
    let s = "National Cyber Security Strategy 2019-2024 was adopted in December 2019.";
    let d = date_of(
        s,
        &text::lower(s),
        0,
        s.len(),
        Some("National Cyber Security Strategy 2019-2024"),
    );
    assert_eq!(d.map(|d| d.to_string()).as_deref(), Some("2019-12"));
    let s = "The Strategy 2016-2021 seeks to protect.";
    assert_eq!(
        date_of(s, &text::lower(s), 0, s.len(), Some("Strategy 2016-2021")),
        None
    );
    assert_eq!(clauses("a; b but c").len(), 3);
}
