//! Importing a 10 MB country page: the Mexico page repeated; the same size
//! of text made of one sentence repeated with no headings but one; and the
//! pattern fixtures (every phrasing the importer reads, many laws and bodies
//! per page) one after another.
//!
//! `cargo bench -p gapwise-bench --bench import`

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use gapwise::import::{import_page, ImportOptions};

const PAGE: &str = include_str!("../tests/data/import/octopus-mexico-2014.txt");
const TEN_MB: usize = 10 * 1024 * 1024;

fn repeated(unit: &str) -> String {
    let mut text = String::with_capacity(TEN_MB + unit.len());
    while text.len() < TEN_MB {
        text.push_str(unit);
        text.push('\n');
    }
    text
}

fn bench(c: &mut Criterion) {
    let options = ImportOptions {
        file_name: "octopus-mexico-2014.txt".into(),
        ..Default::default()
    };
    let pages = repeated(PAGE);
    let prose = format!(
        "Last updated : 23/11/2014\nSpecialised institutions\n{}",
        repeated("The Cybercrime Unit of the National Police (CU-NP) investigates computer crime since 2 July 2013; see Art. 6 and www.example.org.")
    );
    let mut fixtures: Vec<_> = std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/../tests/data/import/patterns"))
        .map(|d| d.filter_map(Result::ok).map(|e| e.path()).collect())
        .unwrap_or_default();
    fixtures.sort();
    let mixed = repeated(
        &fixtures
            .iter()
            .filter_map(|p| std::fs::read_to_string(p).ok())
            .collect::<Vec<_>>()
            .join("\n"),
    );
    let mut group = c.benchmark_group("import");
    group.sample_size(10);
    group.throughput(Throughput::Bytes(pages.len() as u64));
    group.bench_function("mexico_page_repeated_10mb", |b| {
        b.iter(|| import_page(&pages, &options).map(|i| i.notes))
    });
    group.bench_function("institution_prose_10mb", |b| {
        b.iter(|| import_page(&prose, &options).map(|i| i.notes))
    });
    group.bench_function("pattern_fixtures_repeated_10mb", |b| {
        b.iter(|| import_page(&mixed, &options).map(|i| i.notes))
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
