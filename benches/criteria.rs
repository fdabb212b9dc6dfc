//! What each criterion costs: every rule's `check(p)` timed on its own, on the
//! generated corpus and on the Mexico profile, single thread. Prints one row
//! per rule (µs per call, the minimum over several passes), then per pack the
//! rules' total, the average per criterion and the whole `assess` (rules plus
//! building the view, citing evidence and scoring).
//!
//! ```sh
//! cargo bench -p gapwise-bench --bench criteria                   # the bundled packs
//! cargo bench -p gapwise-bench --bench criteria -- ../rules/budapest   # a pack folder (relative to benches/)
//! ```

#[path = "corpus/mod.rs"]
mod corpus;
#[path = "timing/mod.rs"]
mod timing;

use gapwise::engine::{assess, rule_view, run_check, Options, ProfileInput};
use gapwise::rules::Pack;
use timing::{fastest, input, micros, PASSES};

/// Generated profiles in each pass.
const PROFILES: usize = 100;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).filter(|a| !a.starts_with("--")).collect();
    let specs = if args.is_empty() {
        vec!["budapest".to_string(), "capacity".to_string()]
    } else {
        args
    };
    let mexico = include_str!("../profiles/mexico-2014.yaml").to_owned();
    let corpora: Vec<(&str, Vec<ProfileInput>)> = vec![
        (
            "corpus",
            (0..PROFILES).map(corpus::profile).map(|(n, t)| input(&n, &t)).collect(),
        ),
        ("mexico", vec![input("mexico-2014.yaml", &mexico)]),
    ];
    let options = Options::default();
    for spec in &specs {
        let pack = Pack::resolve(spec).expect("pack loads");
        for (label, inputs) in &corpora {
            let views: Vec<_> = inputs.iter().map(|i| rule_view(i, &options)).collect();
            let calls = views.len();
            println!(
                "\n{} ({} criteria), {label}: µs per call, minimum of {PASSES} passes",
                pack.meta.id,
                pack.rules.len()
            );
            let mut total = 0.0;
            for rule in &pack.rules {
                let took = fastest(|| {
                    for view in &views {
                        std::hint::black_box(run_check(&pack, rule, view).is_ok());
                    }
                });
                let us = micros(took, calls);
                total += us;
                println!("{:>10.1}  {}", us, rule.meta.id);
            }
            let whole = fastest(|| {
                for i in inputs {
                    std::hint::black_box(assess(&pack, i, &options).criteria.len());
                }
            });
            println!(
                "{:>10.1}  all rules ({:.1} per criterion)\n{:>10.1}  assess (rules, view, evidence, scores)",
                total,
                total / pack.rules.len() as f64,
                micros(whole, calls)
            );
        }
    }
}
