//! Parsing versus evaluating, on a generated corpus of 1,000 profiles.
//!
//! The quality bar: evaluating the whole bundled pack on a profile costs no
//! more than parsing that profile's YAML. Run with `cargo bench`.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use gapwise::engine::{assess, assess_all, Options, ProfileInput};
use gapwise::rules::Pack;

const STATUSES: [&str; 4] = ["party", "signatory", "invited", "none"];
const LAW: [&str; 3] = ["in_place", "partial", "not_in_place"];

/// A profile of country `i`, varied so that rules take different branches.
fn generated(i: usize) -> String {
    let mut text = format!(
        "schema: gapwise/profile/v1\ncountry: {{name: Country {i}, iso2: Q{}}}\nsnapshot:\n  as_of: 2020-06-01\n  sources: [{{id: page, title: Country page {i}}}]\n",
        (b'A' + (i % 26) as u8) as char
    );
    text.push_str(&format!(
        "budapest:\n  status: {{value: {}, source: page, quote: \"Status line {i}\"}}\n  observer: {}\n  events:\n    signed: 2010-0{}-15\n",
        STATUSES[i % 4],
        i % 2 == 0,
        1 + i % 9
    ));
    if i % 4 == 0 {
        text.push_str("    ratified: 2015-05-29\n    entry_into_force: 2015-09-01\n");
    }
    text.push_str(&format!(
        "strategies:\n  cybersecurity: {{status: {}}}\n",
        ["adopted", "draft", "in_preparation", "none"][i % 4]
    ));
    text.push_str("institutions:\n  - {kind: cert, name: National CERT, national: true}\n  - {kind: police_unit, name: Cyber unit}\n");
    text.push_str(&format!(
        "contact_point:\n  designated: {{value: {}, source: page, quote: \"24/7 {i}\"}}\n  body: Cyber unit\n",
        i % 3 != 0
    ));
    text.push_str("legislation:\n");
    for article in [2, 3, 4, 5, 6, 7, 8, 9, 10, 16, 17, 18, 19, 20, 21] {
        if (i + article) % 5 != 0 {
            text.push_str(&format!(
                "  \"{article}\": {{status: {}, instrument: Penal Code, provision: Art. {}}}\n",
                LAW[(i + article) % 3],
                100 + article
            ));
        }
    }
    text.push_str("safeguards:\n  judicial_supervision: true\n");
    text
}

fn corpus() -> Vec<(String, String)> {
    (0..1000).map(|i| (format!("country-{i}.yaml"), generated(i))).collect()
}

/// 28 rules that only return an outcome: what the engine costs per rule call.
fn trivial_pack() -> Pack {
    let mut files = vec![(
        "pack.yaml".to_string(),
        "schema: gapwise/pack/v1\nid: t\nname: T\nversion: '1'\nareas: [{id: a, title: A}]\n".to_string(),
    )];
    for i in 0..28 {
        files.push((
            format!("r{i}.rhai"),
            format!("fn meta() {{ #{{ id: \"t.r{i}\", title: \"t\", reference: \"Art. 1\", area: \"a\", severity: \"low\", weight: 1, recommendation: \"r\" }} }}\nfn check(p) {{ met(\"ok\") }}\n"),
        ));
    }
    Pack::from_files("trivial", files).expect("trivial pack loads")
}

fn bench(c: &mut Criterion) {
    let pack = Pack::bundled_default().expect("bundled pack loads");
    let texts = corpus();
    let inputs: Vec<ProfileInput> = texts
        .iter()
        .map(|(name, text)| {
            let (profile, _) = gapwise::profile::parse(name, text).expect("generated profile is valid");
            ProfileInput::new(name, text, profile)
        })
        .collect();
    let options = Options::default();

    let mut group = c.benchmark_group("per profile");
    group.throughput(Throughput::Elements(1));
    group.bench_function("parse and validate YAML", |b| {
        let mut i = 0;
        b.iter(|| {
            let (name, text) = &texts[i % texts.len()];
            i += 1;
            gapwise::profile::parse(name, text)
                .map(|(p, _)| p.country.iso2.len())
                .unwrap_or(0)
        })
    });
    group.bench_function("build the rules' view of a profile", |b| {
        let mut i = 0;
        b.iter(|| {
            let tree = serde_json::to_value(&inputs[i % inputs.len()].profile).unwrap_or_default();
            i += 1;
            gapwise::rules::view::profile_view(&tree, "2020-01-01").is_unit()
        })
    });
    let trivial = trivial_pack();
    group.bench_function("evaluate 28 trivial rules (call overhead)", |b| {
        let mut i = 0;
        b.iter(|| {
            let a = assess(&trivial, &inputs[i % inputs.len()], &options);
            i += 1;
            a.criteria.len()
        })
    });
    group.bench_function(format!("evaluate the bundled pack ({} rules)", pack.rules.len()), |b| {
        let mut i = 0;
        b.iter(|| {
            let a = assess(&pack, &inputs[i % inputs.len()], &options);
            i += 1;
            a.criteria.len()
        })
    });
    group.finish();

    let mut corpus_group = c.benchmark_group("corpus of 1000 profiles");
    corpus_group.sample_size(10);
    corpus_group.throughput(Throughput::Elements(inputs.len() as u64));
    corpus_group.bench_function("assess all, in parallel", |b| {
        b.iter(|| assess_all(&pack, &inputs, &options).len())
    });
    corpus_group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
