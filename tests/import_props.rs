//! Properties of the importer over arbitrary text: it never panics, and
//! whatever it imports passes `profile::check` without errors and reads back
//! as the same profile.

use gapwise::import::{import_page, to_yaml, ImportOptions};
use gapwise::profile;
use proptest::prelude::*;

/// Pieces of real pages, to reach deep into the extractors.
const FRAGMENTS: &[&str] = &[
    "Last updated : 23/11/2014", "Última actualització : 27/8/2013", "Dernière mise à jour : 1er décembre 2016",
    "Status regarding Budapest Convention", "Statut concernant la Convention de Budapest", "Status : Observer See legal profile",
    "Status : Party Declarations and reservations : Articles concerned: 24, 27, 35 See legal profile",
    "Statut : Partie Déclarations et réserves : declarations - articles 2,3,7; reservations - articles 4, 6(3), 9 Voir le profil légal",
    "Status : NA", "Status : Signatory", "Reservations regarding Art. 6, Art. 9, Art. 27(9)(e)", "Cybercrime policies/strategies",
    "Politiques / stratégies en matière de cybercriminalité", "Specialised institutions", "Institutions spécialisées",
    "Cybercrime legislation", "Substantive law", "Jurisprudence/case law", "Sources and links", "Invited to accede: 1 February 2007",
    "Signature: 23/11/2001", "Ratification: 2nd July 2013", "Accession: December 2018", "Entry into force: 1 July 2004",
    "Entry into force: 1 July 2030", "Ratification: 31/02/2014", "has not yet adopted a national cyber security strategy.",
    "There is no separate strategy covering cybercrime specifically.", "A draft National Cybercrime Strategy (NCS) exists.",
    "is currently working on a project on National Strategy for Information Security (NSIS), covering cybercrime.",
    "The Cybercrime Unit of the National Police investigates computer crime.", "operates a Computer Emergency Response Team (CERT-XY)",
    "the national CSIRT", "serves as the 24/7 point of contact", "has not yet designated a 24/7 point of contact",
    "CISEN (Centre for Research and National Security) is an intelligence centre", "Tesis of the Supreme Court of Justice (Tesis: 1a./J. 115/2012) of October 17, 2012.",
    "The Court held that a prior judicial authorization is required and proportionality applies.", "http://example.org/a?b=c", "www.coe.int",
    "See legal profile", "Mexico", "Sénégal", "(", ")", ". ", ": ", "\n", "\n\n", " ", "- ", "• ", "2014", "194/2012", "Dec 2018", "décembre 2016",
    "This tool is co-funded by the GLACY and Cybercrime@Octopus projects", "\u{0}", "\u{feff}", "\r\n", "\t", "é", "İ", "'", "\"", "#", "&", "*", "!", "|", "{", "}", "[", "]", "%", "@",
];

fn check_imported(text: &str, file_name: &str) -> Result<(), TestCaseError> {
    let options = ImportOptions {
        file_name: file_name.to_string(),
        ..Default::default()
    };
    let Ok(imported) = import_page(text, &options) else {
        return Ok(());
    };
    let yaml = to_yaml(&imported.profile);
    let checked = profile::check("imported.yaml", &yaml);
    let errors = checked.errors();
    prop_assert!(errors.is_empty(), "{errors:#?}\n--- page\n{text:?}\n--- yaml\n{yaml}");
    prop_assert_eq!(
        checked.profile.as_ref(),
        Some(&imported.profile),
        "read back differs:\n{}",
        yaml
    );
    prop_assert_eq!(imported.notes, imported.profile.notes.len());
    let _ = imported.summary();
    Ok(())
}

fn page() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        4 => proptest::sample::select(FRAGMENTS).prop_map(str::to_string),
        1 => "[A-Za-z0-9 ./:()-]{0,12}",
        1 => any::<String>().prop_map(|s| s.chars().take(8).collect()),
    ];
    proptest::collection::vec(piece, 0..40).prop_map(|pieces| pieces.concat())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

    #[test]
    fn pages_made_of_real_fragments_import_to_valid_profiles(text in page(), year in proptest::option::of(1900u16..2100)) {
        let file = year.map_or_else(|| "page.txt".to_string(), |y| format!("octopus-mexico-{y}.txt"));
        check_imported(&text, &file)?;
        // With a date and a heading in front, every such page imports.
        let dated = format!("Last updated : 23/11/2014\nStatus regarding Budapest Convention\n{text}");
        let options = ImportOptions { file_name: file.clone(), ..Default::default() };
        prop_assert!(import_page(&dated, &options).is_ok());
        check_imported(&dated, &file)?;
    }

    #[test]
    fn arbitrary_text_never_panics(text in any::<String>(), file in any::<String>()) {
        check_imported(&text, &file)?;
    }
}

#[test]
fn pathological_inputs_finish() {
    let long_word = "a".repeat(200_000);
    let parens = "(".repeat(50_000) + ")".repeat(50_000).as_str();
    let headings = "Specialised institutions".repeat(5_000);
    let dots = ". A".repeat(50_000);
    let status = "Status : ".repeat(20_000);
    let cases: String = (0..2_000)
        .map(|i| format!("Jurisprudence/case law\nSupreme Court (Case {i}/2012 of 2 July 2013) The Court required a judicial authorization in case {i}.\n"))
        .collect();
    let units: String = (0..2_000)
        .map(|i| format!("Specialised institutions\nThe Cybercrime Unit {i} of the Police (CU-{i}) serves as the contact for region {i}.\n"))
        .collect();
    for text in [long_word, parens, headings, dots, status, cases, units] {
        let started = std::time::Instant::now();
        check_imported(
            &format!("Last updated : 1/1/2015\nStatus regarding Budapest Convention\n{text}"),
            "x.txt",
        )
        .expect("valid");
        assert!(started.elapsed().as_secs() < 5, "took {:?}", started.elapsed());
    }
}
