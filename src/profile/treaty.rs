//! Treaty rules of the Convention that do not depend on a profile.

use super::date::PartialDate;

/// Articles on which Art. 42 allows a reservation.
pub const RESERVABLE: &[&str] = &[
    "4(2)", "6(3)", "9(4)", "10(3)", "11(3)", "14(3)", "22(2)", "29(4)", "41(1)",
];

/// Articles on which Art. 40 allows a declaration, and the designations of
/// Art. 24(7), 27(2) and 35 that States list with them.
pub const DECLARABLE: &[&str] = &["2", "3", "6(1)(b)", "7", "9(3)", "27(9)(e)", "24(7)", "27(2)", "35"];

/// Entry into force for a State: the first day of the month following three
/// months after the deposit of its instrument (Art. 36(4), 37(2)). Only an
/// exact deposit date gives an exact day.
pub fn entry_into_force(deposit: &PartialDate) -> Option<PartialDate> {
    if !deposit.is_exact() {
        return None;
    }
    let three_months = deposit.earliest().checked_add(jiff::Span::new().months(3)).ok()?;
    let next = three_months.last_of_month().tomorrow().ok()?;
    Some(PartialDate::from_civil(next))
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
    if let Some(par) = tail.strip_prefix('.') {
        out.push_str(&format!("({par})"));
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

/// Whether a reservation on this article is one Art. 42 allows. A bare
/// article number is read as the reservable paragraph of that article.
pub fn reservation_allowed(reference: &str) -> bool {
    let Some(norm) = normalise_article(reference) else {
        return false;
    };
    RESERVABLE
        .iter()
        .any(|allowed| *allowed == norm || allowed.split('(').next() == Some(norm.as_str()))
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

    #[test]
    fn entry_into_force_follows_article_36() {
        let d: PartialDate = "2015-05-29".parse().expect("test input is valid");
        assert_eq!(entry_into_force(&d).map(|d| d.to_string()), Some("2015-09-01".into()));
        let d: PartialDate = "2015-06-01".parse().expect("test input is valid");
        assert_eq!(entry_into_force(&d).map(|d| d.to_string()), Some("2015-10-01".into()));
        assert_eq!(entry_into_force(&"2015-06".parse().expect("test input is valid")), None);
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
        assert!(!reservation_allowed("2"));
        assert!(!reservation_allowed("9(2)"));
        assert!(declaration_allowed("24"));
        assert!(!declaration_allowed("16"));
    }
}
