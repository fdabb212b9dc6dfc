//! Treaty rules of the Convention that do not depend on a profile.

use super::date::PartialDate;

/// Articles on which Art. 42 allows a reservation.
pub const RESERVABLE: &[&str] = &[
    "4(2)", "6(3)", "9(4)", "10(3)", "11(3)", "14(3)", "22(2)", "29(4)", "41(1)",
];

/// Provisions a reservation may name, and the clause of Art. 42 that allows
/// it. Treaty records name the affected sub-provision (`9(2)(b)`), not the
/// enabling clause (`9(4)`); a bare article is read as its reservable clause.
/// A reservation under Art. 14(3) without its letter is read as 14(3)(a), the
/// narrower one (Art. 20 only): Art. 21 is reached only by 14(3)(b).
pub const RESERVATION_CLAUSES: &[(&str, &str)] = &[
    ("4", "4(2)"),
    ("4(1)", "4(2)"),
    ("4(2)", "4(2)"),
    ("6", "6(3)"),
    ("6(1)", "6(3)"),
    ("6(1)(a)(i)", "6(3)"),
    ("6(1)(b)", "6(3)"),
    ("6(3)", "6(3)"),
    ("9", "9(4)"),
    ("9(1)(d)", "9(4)"),
    ("9(1)(e)", "9(4)"),
    ("9(2)(b)", "9(4)"),
    ("9(2)(c)", "9(4)"),
    ("9(4)", "9(4)"),
    ("10", "10(3)"),
    ("10(1)", "10(3)"),
    ("10(2)", "10(3)"),
    ("10(3)", "10(3)"),
    ("11", "11(3)"),
    ("11(2)", "11(3)"),
    ("11(3)", "11(3)"),
    ("14", "14(3)(a)"),
    ("14(3)", "14(3)(a)"),
    ("14(3)(a)", "14(3)(a)"),
    ("20", "14(3)(a)"),
    ("14(3)(b)", "14(3)(b)"),
    ("21", "14(3)(b)"),
    ("22", "22(2)"),
    ("22(1)(b)", "22(2)"),
    ("22(1)(c)", "22(2)"),
    ("22(1)(d)", "22(2)"),
    ("22(2)", "22(2)"),
    ("29", "29(4)"),
    ("29(3)", "29(4)"),
    ("29(4)", "29(4)"),
    ("41", "41(1)"),
    ("41(1)", "41(1)"),
];

/// Entries of [`RESERVATION_CLAUSES`] that do not reach every provision
/// inside them: a bare `9` names the clause 9(4), which never reaches 9(1)(a);
/// 6(3) never reaches 6(1)(a)(ii); 22(2) never reaches 22(1)(a).
const NOT_WHOLE: &[&str] = &["4", "6", "6(1)", "9", "10", "11", "14", "14(3)", "22", "29"];

/// The clause of Art. 42 that a reservation on this provision, or on one
/// that contains it, would be made under: `20(1)(a)` -> `14(3)(a)`,
/// `9(2)(b)` -> `9(4)`; `None` for `9(1)(a)` or `6(1)(a)(ii)`.
pub fn clause_reaching(reference: &str) -> Option<&'static str> {
    let mut norm = normalise_article(reference)?;
    if let Some(clause) = reservation_clause(&norm) {
        return Some(clause);
    }
    while let Some(i) = norm.rfind('(') {
        norm.truncate(i);
        if NOT_WHOLE.contains(&norm.as_str()) {
            return None;
        }
        if let Some(clause) = reservation_clause(&norm) {
            return Some(clause);
        }
    }
    None
}

/// The clause of Art. 42 that allows a reservation on this provision, or
/// `None` when no reservation on it is allowed.
pub fn reservation_clause(reference: &str) -> Option<&'static str> {
    let norm = normalise_article(reference)?;
    RESERVATION_CLAUSES
        .iter()
        .find(|(affected, _)| *affected == norm)
        .map(|(_, clause)| *clause)
}

/// Whether a reservation recorded as `recorded` (an affected provision or an
/// enabling clause) reaches `provision`: the same provision, a provision
/// inside it (`9(2)` reaches `9(2)(b)`), or, for a reservation recorded by its
/// enabling clause, any provision that clause allows a reservation on.
pub fn reservation_reaches(recorded: &str, provision: &str) -> bool {
    let (Some(rec), Some(prov)) = (normalise_article(recorded), normalise_article(provision)) else {
        return false;
    };
    let Some(clause) = reservation_clause(&rec) else {
        return false;
    };
    // Only provisions a reservation under that clause can reach at all.
    let reachable = clause_reaching(&prov) == Some(clause) || prov == clause;
    if !reachable {
        return false;
    }
    // Recorded by its clause (`9(4)`) or a bare article (`9`): everything the
    // clause reaches. Recorded by an affected provision: it and what it contains.
    clause.starts_with(rec.as_str()) || prov == rec || prov.starts_with(&format!("{rec}("))
}

/// Articles on which Art. 40 allows a declaration, and the designations of
/// Art. 24(7), 27(2) and 35 that States list with them.
pub const DECLARABLE: &[&str] = &["2", "3", "6(1)(b)", "7", "9(3)", "27(9)(e)", "24(7)", "27(2)", "35"];

/// Entry into force for a State: the first day of the month following three
/// months after the deposit of its instrument (Art. 36(4), 37(2)). Every day
/// of a month gives the same day, so a deposit known to the month is enough;
/// a deposit known only to the year gives `None` (see [`entry_into_force_range`]).
pub fn entry_into_force(deposit: &PartialDate) -> Option<PartialDate> {
    deposit.month?;
    let (earliest, latest) = entry_into_force_range(deposit)?;
    (earliest == latest).then_some(earliest)
}

/// The earliest and latest possible entry into force for a deposit of this
/// precision (`2015` -> 2015-05-01 to 2016-04-01).
pub fn entry_into_force_range(deposit: &PartialDate) -> Option<(PartialDate, PartialDate)> {
    let after = |day: jiff::civil::Date| -> Option<PartialDate> {
        let three_months = day.checked_add(jiff::Span::new().months(3)).ok()?;
        Some(PartialDate::from_civil(three_months.last_of_month().tomorrow().ok()?))
    };
    Some((after(deposit.earliest())?, after(deposit.latest())?))
}

/// Normalises an article reference: `Art. 6(3)`, `article 6 (3)`, `6.3` and
/// `6(3)` all give `6(3)`; `None` when it names no article.
pub fn normalise_article(text: &str) -> Option<String> {
    let lower = text.trim().to_lowercase();
    let rest = lower
        .trim_start_matches("articles")
        .trim_start_matches("article")
        .trim_start_matches("art.")
        .trim_start_matches("art")
        .trim();
    let digits: String = rest.chars().take_while(|c| c.is_ascii_digit()).collect();
    if digits.is_empty() {
        return None;
    }
    let mut out = digits.trim_start_matches('0').to_string();
    let tail: String = rest[digits.len()..].chars().filter(|c| !c.is_whitespace()).collect();
    if tail.starts_with('.') {
        // `9.2.b` -> `9(2)(b)`
        for part in tail.split('.').filter(|p| !p.is_empty()) {
            out.push_str(&format!("({part})"));
        }
    } else {
        out.push_str(&tail);
    }
    Some(out)
}

/// The article number of a reference (`6(3)` -> 6).
pub fn article_number(reference: &str) -> Option<u32> {
    let norm = normalise_article(reference)?;
    norm.chars()
        .take_while(|c| c.is_ascii_digit())
        .collect::<String>()
        .parse()
        .ok()
}

/// Whether a reservation on this provision is one Art. 42 allows.
pub fn reservation_allowed(reference: &str) -> bool {
    reservation_clause(reference).is_some()
}

/// Whether a declaration on this article is one Art. 40 (or a designation) allows.
pub fn declaration_allowed(reference: &str) -> bool {
    let Some(norm) = normalise_article(reference) else {
        return false;
    };
    DECLARABLE
        .iter()
        .any(|allowed| *allowed == norm || allowed.split('(').next() == Some(norm.as_str()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(text: &str) -> PartialDate {
        text.parse().expect("test input is valid")
    }

    #[test]
    fn entry_into_force_follows_article_36() {
        let eif = |d: &str| entry_into_force(&date(d)).map(|d| d.to_string());
        assert_eq!(eif("2015-05-29"), Some("2015-09-01".into()));
        assert_eq!(eif("2015-06-01"), Some("2015-10-01".into()));
        // Austria: deposited 13 June 2012, in force 1 October 2012.
        assert_eq!(eif("2012-06-13"), Some("2012-10-01".into()));
    }

    #[test]
    fn a_deposit_known_to_the_month_gives_its_entry_into_force() {
        assert_eq!(
            entry_into_force(&date("2015-11")).map(|d| d.to_string()),
            Some("2016-03-01".into())
        );
        assert_eq!(entry_into_force(&date("2015")), None);
        let (from, to) = entry_into_force_range(&date("2015")).expect("a range");
        assert_eq!(
            (from.to_string(), to.to_string()),
            ("2015-05-01".into(), "2016-04-01".into())
        );
    }

    #[test]
    fn reservations_map_affected_provisions_to_their_clause() {
        assert_eq!(reservation_clause("6(1)(b)"), Some("6(3)"));
        assert_eq!(reservation_clause("Article 9.2.b"), Some("9(4)"));
        assert_eq!(reservation_clause("9(1)(d)"), Some("9(4)"));
        assert_eq!(reservation_clause("22(1)(d)"), Some("22(2)"));
        assert_eq!(reservation_clause("20"), Some("14(3)(a)"));
        assert_eq!(reservation_clause("21"), Some("14(3)(b)"));
        assert_eq!(reservation_clause("6(1)(a)(ii)"), None);
        assert_eq!(reservation_clause("22(1)(a)"), None);
        assert_eq!(reservation_clause("16"), None);
    }

    #[test]
    fn a_reservation_reaches_only_what_its_terms_cover() {
        assert!(reservation_reaches("14(3)(a)", "20"));
        assert!(!reservation_reaches("14(3)(a)", "21"));
        assert!(!reservation_reaches("14(3)", "21"));
        assert!(reservation_reaches("14(3)", "20"));
        assert!(reservation_reaches("9", "9(1)(d)"));
        assert!(!reservation_reaches("20", "21"));
        assert!(reservation_reaches("14(3)(b)", "21"));
        assert!(reservation_reaches("9(4)", "9(2)(b)"));
        assert!(reservation_reaches("9(2)(b)", "9(2)(b)"));
        assert!(!reservation_reaches("9(2)(b)", "9(2)(c)"));
        assert!(!reservation_reaches("6(3)", "6(1)(a)(ii)"));
        assert!(reservation_reaches("6(1)(b)", "6(1)(b)"));
        // A reservation by clause reaches the sub-provisions of what it covers.
        assert!(reservation_reaches("14(3)(a)", "20(1)(a)"));
        assert!(reservation_reaches("14(3)(b)", "21(1)(b)"));
        assert!(!reservation_reaches("14(3)(a)", "21(1)(b)"));
        assert!(!reservation_reaches("9(4)", "9(1)(a)"));
        assert!(!reservation_reaches("22(2)", "22(1)(a)"));
        assert!(!reservation_reaches("6(3)", "6(1)(a)(ii)"));
        assert_eq!(clause_reaching("9(2)(b)(i)"), Some("9(4)"));
        // A reservation recorded on a bare article or paragraph reaches only
        // what Art. 42 lets it reach.
        assert!(!reservation_reaches("6", "6(1)(a)(ii)"));
        assert!(!reservation_reaches("6(1)", "6(1)(a)(ii)"));
        assert!(reservation_reaches("6", "6(1)(b)"));
        assert!(!reservation_reaches("9", "9(1)(a)"));
        assert!(!reservation_reaches("22", "22(1)(a)"));
        assert!(reservation_reaches("22", "22(1)(c)"));
    }

    #[test]
    fn articles_normalise() {
        assert_eq!(normalise_article("Art. 6(3)").as_deref(), Some("6(3)"));
        assert_eq!(normalise_article("article 6 (3)").as_deref(), Some("6(3)"));
        assert_eq!(normalise_article("6.3").as_deref(), Some("6(3)"));
        assert_eq!(normalise_article("35").as_deref(), Some("35"));
        assert_eq!(normalise_article("none"), None);
    }

    #[test]
    fn only_article_42_reservations_are_allowed() {
        assert!(reservation_allowed("6(3)"));
        assert!(reservation_allowed("Art. 9"));
        assert!(reservation_allowed("6(1)(b)"));
        assert!(!reservation_allowed("2"));
        assert!(!reservation_allowed("9(2)"));
        assert!(declaration_allowed("24"));
        assert!(!declaration_allowed("16"));
    }
}
