//! Where the time of a batch run goes, on realistic profiles: the Mexico
//! profile and a generated corpus of fully filled, varied profiles
//! (`corpus/mod.rs`). Each phase per profile, then whole runs of the
//! pipeline on one and on two threads. Run with
//! `cargo bench -p gapwise-bench --bench assess`; `docs/performance.md` has
//! the figures.

#[path = "corpus/mod.rs"]
mod corpus;

use std::sync::atomic::{AtomicUsize, Ordering};

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use gapwise::batch::{self, ProfileFile, Rendered, Run, RunError};
use gapwise::engine::{assess, Assessment, Options, ProfileInput};
use gapwise::input::InputError;
use gapwise::report::{self, Format, Templates};
use gapwise::rules::Pack;

/// Profiles per corpus in memory (phases) and on disk (whole runs).
const CORPUS: usize = 200;

fn inputs(texts: &[(String, String)]) -> Vec<ProfileInput> {
    texts
        .iter()
        .map(|(name, text)| {
            let (profile, _) = gapwise::profile::parse(name, text).expect("generated profile is valid");
            ProfileInput::new(name, text, profile)
        })
        .collect()
}

fn packs() -> Vec<(Pack, Options)> {
    ["budapest", "capacity"]
        .iter()
        .map(|name| (Pack::resolve(name).expect("bundled pack loads"), Options::default()))
        .collect()
}

/// Cycles through a list, one item per iteration.
fn cycle<'a, T>(items: &'a [T]) -> impl FnMut() -> &'a T {
    let mut i = 0;
    move || {
        i += 1;
        &items[i % items.len()]
    }
}

fn phases(c: &mut Criterion) {
    let mexico = include_str!("../profiles/mexico-2014.yaml").to_owned();
    let texts: Vec<(String, String)> = (0..CORPUS).map(corpus::profile).collect();
    let corpus_inputs = inputs(&texts);
    let mexico_input = inputs(&[("mexico-2014.yaml".into(), mexico.clone())]).remove(0);
    let packs = packs();
    let templates = Templates::bundled();
    let stamped = |input: &ProfileInput| -> Vec<Assessment> {
        packs
            .iter()
            .map(|(pack, options)| {
                let mut a = assess(pack, input, options);
                report::stamp(&mut a, &templates);
                a
            })
            .collect()
    };
    let corpus_assessments: Vec<Assessment> = corpus_inputs.iter().flat_map(stamped).collect();
    let mexico_assessments = stamped(&mexico_input);

    let mut group = c.benchmark_group("per profile");
    group.throughput(Throughput::Elements(1));
    group.bench_function("check (parse once, validate): mexico", |b| {
        b.iter(|| gapwise::profile::check("mexico-2014.yaml", &mexico).problems.len())
    });
    let mut next = cycle(&texts);
    group.bench_function("check (parse once, validate): corpus", |b| {
        b.iter(|| {
            let (name, text) = next();
            gapwise::profile::check(name, text).problems.len()
        })
    });
    for (pack, options) in &packs {
        let criteria = pack.rules.len();
        group.bench_function(
            format!("evaluate {} ({criteria} criteria): mexico", pack.meta.id),
            |b| b.iter(|| assess(pack, &mexico_input, options).criteria.len()),
        );
        let mut next = cycle(&corpus_inputs);
        group.bench_function(
            format!("evaluate {} ({criteria} criteria): corpus", pack.meta.id),
            |b| b.iter(|| assess(pack, next(), options).criteria.len()),
        );
    }
    for format in [Format::Json, Format::Csv, Format::Md, Format::Html] {
        let ext = format.extension();
        group.bench_function(format!("render {ext}: mexico (budapest)"), |b| {
            b.iter(|| report::piece(&mexico_assessments[0], format, &templates).map(|t| t.len()))
        });
        let mut next = cycle(&corpus_assessments);
        group.bench_function(format!("render {ext}: corpus (both packs)"), |b| {
            b.iter(|| report::piece(next(), format, &templates).map(|t| t.len()))
        });
    }
    group.bench_function("build the report view: corpus", |b| {
        let mut next = cycle(&corpus_assessments);
        b.iter(|| serde_json::to_value(report::view::ReportView::new(next())).map(|v| v.is_object()))
    });
    group.finish();
}

/// Counts what a run gives, and keeps nothing.
#[derive(Default)]
struct Count {
    bytes: usize,
}

impl batch::Sink for Count {
    fn checked(&mut self, _: Result<&ProfileFile, &InputError>) {}

    fn assessed(&mut self, _: &[Assessment], rendered: Vec<Rendered>) -> Result<(), RunError> {
        self.bytes += rendered.iter().map(|r| r.text.len()).sum::<usize>();
        Ok(())
    }
}

fn whole_runs(c: &mut Criterion) {
    let dir = tempfile::tempdir().expect("temporary folder");
    for i in 0..CORPUS {
        let (name, text) = corpus::profile(i);
        std::fs::write(dir.path().join(name), text).expect("profile written");
    }
    let paths = vec![dir.path().to_path_buf()];
    let packs = packs();
    let templates = Templates::bundled();
    let mut group = c.benchmark_group(format!("whole run, {CORPUS} profiles x 2 packs"));
    group.sample_size(10);
    group.throughput(Throughput::Elements(CORPUS as u64));
    for format in [Format::Json, Format::Html] {
        for threads in [1, 2] {
            let run = Run {
                packs: &packs,
                templates: &templates,
                format,
                max_input: gapwise::input::DEFAULT_MAX_INPUT,
                threads: Some(threads),
            };
            let id = BenchmarkId::new(format.extension(), format!("{threads} thread(s)"));
            group.bench_function(id, |b| {
                b.iter(|| {
                    let done = AtomicUsize::new(0);
                    let mut sink = Count::default();
                    batch::assess_paths(&paths, &run, &mut sink, &|| {
                        done.fetch_add(1, Ordering::Relaxed);
                    })
                    .expect("the corpus is valid");
                    sink.bytes
                })
            });
        }
    }
    group.finish();
}

criterion_group!(benches, phases, whole_runs);
criterion_main!(benches);
