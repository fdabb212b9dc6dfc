//! The article lists of the status line, in the forms the pages write them.

use super::*;

#[test]
fn a_second_paragraph_word_for_one_article_is_not_guessed() {
    let a = parse("Declarations: Article 24, subparagraph 7.a, subparagraph 2.c");
    assert_eq!(a.declarations, ["24(7)(a)"]);
    assert_eq!(a.unclassified, ["24(2)(c)"]);
    let a = parse("Reservations: Article 9, subparagraphs 1.d and 1.e");
    assert_eq!(a.reservations, ["9(1)(d)", "9(1)(e)"]);
}

#[test]
fn the_treaty_office_lists_name_the_articles_of_its_declarations() {
    // Numbered paragraphs, dates and the 24/7 network of the bodies are no articles.
    let text = "Declaration contained in the instrument of ratification deposited on 4 May 2011. \
        1. The islands are a territory for whose relations another State is responsible. \
        2. Its authorities exercise internal powers only. Period of effect: 1/9/2011. \
        The above declaration refers to article 38. In accordance with article 35, the contact \
        point of the 24/7 network is the judicial police. The above declaration refers to article 35. \
        The central authority is the Ministry of Justice. The above statement refers to articles 24, 27. \
        Reservation contained in the same letter. The above reservation refers to article 9.";
    let (declarations, reservations, unclassified) = lists(text);
    assert_eq!(declarations, ["38", "35", "24", "27"]);
    assert_eq!(reservations, ["9"]);
    assert!(unclassified.is_empty(), "{unclassified:?}");
    // Without those lists, the network's name is still no article.
    let (declarations, _, _) = lists("Declarations: Article 27; the 24/7 network contact is the police.");
    assert_eq!(declarations, ["27"]);
}

fn lists(text: &str) -> (Vec<String>, Vec<String>, Vec<String>) {
    let a = parse(text);
    (a.declarations, a.reservations, a.unclassified)
}

#[test]
fn the_three_forms_of_the_pages() {
    assert_eq!(
        lists("Articles concerned: 24, 27, 35"),
        (vec!["24".into(), "27".into(), "35".into()], vec![], vec![])
    );
    assert_eq!(
        lists("Reservations regarding Art. 6, Art. 9"),
        (vec![], vec!["6".into(), "9".into()], vec![])
    );
    assert_eq!(
        lists("declarations - articles 2,3,7; reservations - articles 4, 6"),
        (
            vec!["2".into(), "3".into(), "7".into()],
            vec!["4".into(), "6".into()],
            vec![]
        )
    );
}

#[test]
fn paragraph_numbers_are_not_articles() {
    assert_eq!(
        lists("Declarations regarding Article 24, paragraph 7, Article 27, paragraph 2; no reservations").0,
        ["24(7)", "27(2)"]
    );
    assert_eq!(
        lists("Reservation: subparagraphs 1.d and 1.e of Article 9").1,
        ["9(1)(d)", "9(1)(e)"]
    );
    assert_eq!(
        lists("Declarations and reservations regarding Articles 6, 14/ 3 (b), 24/7 (a), 29/4th, 35/1").2,
        ["6", "14(3)(b)", "24(7)(a)", "29(4)", "35(1)"]
    );
    assert_eq!(
        lists("Reservation to Article 6.1.b and 22.1.d").1,
        ["6(1)(b)", "22(1)(d)"]
    );
    // The second paragraph word may belong to an article the page left
    // out (Ukraine's declarations concern 24(7)(a) and 27(2)(c)): not guessed.
    let (declarations, _, unclassified) = lists("Article 24, subparagraph 7.a, subparagraph 2.c");
    assert_eq!(declarations, ["24(7)(a)"]);
    assert_eq!(unclassified, ["24(2)(c)"]);
}

#[test]
fn paragraphs_dates_and_ambiguous_articles() {
    assert_eq!(lists("Reservation: Art.6(3) and 27(9)(e)").1, ["6(3)", "27(9)(e)"]);
    assert_eq!(lists("deposited 23/11/2014, Art. 9").2, ["9"]);
    assert_eq!(
        lists("Articles 16 and 4"),
        (vec![], vec!["4".into()], vec!["16".into()])
    );
}
