//! Importing page variants written as files in `tests/data/import/`.

use gapwise::import::{import_page, to_yaml, ImportOptions};

fn import(name: &str) -> gapwise::import::Imported {
    let text = std::fs::read_to_string(format!("tests/data/import/{name}")).expect("fixture");
    let options = ImportOptions {
        file_name: name.to_string(),
        ..Default::default()
    };
    import_page(&text, &options).expect("imports")
}

#[test]
fn dump_mexico() {
    let imported = import("octopus-mexico-2014.txt");
    if std::env::var("DUMP").is_ok() {
        println!("{}", to_yaml(&imported.profile));
        eprintln!("{}", imported.summary());
    }
}
