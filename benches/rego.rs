//! The same criteria in Rhai (the bundled rules) and in Rego (regorus), on
//! the same profiles, in the same run: µs per criterion for both, and a
//! check that both give the same outcome on every profile.
//!
//! ```sh
//! cargo bench -p gapwise-bench --bench rego --features rego
//! ```
//!
//! regorus is an optional dependency behind the `rego` feature of this package, so
//! that `cargo test` and `cargo run` never compile it. The Rego rules
//! (`rego/criteria.rego`) give the outcome only; the Rhai rules also write
//! their message and cite their facts, so the Rhai side does more.

#[path = "corpus/mod.rs"]
mod corpus;
#[path = "timing/mod.rs"]
mod timing;

use std::time::{Duration, Instant};

use gapwise::engine::{rule_input_json, rule_view, run_check, Options, ProfileInput};
use gapwise::rules::Pack;
use timing::{fastest, input, micros, PASSES};

/// Generated profiles in each pass.
const PROFILES: usize = 100;

/// (pack, Rhai rule id, Rego rule)
const PAIRS: &[(&str, &str, &str)] = &[
    ("capacity", "cap.awareness", "awareness"),
    ("capacity", "cap.child_online", "child_online"),
    ("capacity", "cap.lead_agency", "lead_agency"),
    ("capacity", "cap.ncs_exists", "ncs_exists"),
    ("capacity", "cap.national_csirt", "national_csirt"),
    ("capacity", "cap.le_unit", "le_unit"),
    ("capacity", "cap.data_protection", "data_protection"),
    ("budapest", "budapest.art15.proportionality", "proportionality"),
    ("budapest", "budapest.art15.supervision", "supervision"),
    ("budapest", "budapest.art15.grounds", "grounds"),
    ("budapest", "budapest.art15.scope_duration", "scope_duration"),
];

fn main() {
    let mexico = include_str!("../profiles/mexico-2014.yaml").to_owned();
    let mut inputs: Vec<ProfileInput> = (0..PROFILES).map(corpus::profile).map(|(n, t)| input(&n, &t)).collect();
    inputs.push(input("mexico-2014.yaml", &mexico));
    let options = Options::default();
    let views: Vec<_> = inputs.iter().map(|i| rule_view(i, &options)).collect();
    let documents: Vec<regorus::Value> = inputs
        .iter()
        .map(|i| regorus::Value::from_json_str(&rule_input_json(i, &options).to_string()).expect("the view is JSON"))
        .collect();
    let packs: Vec<Pack> = ["budapest", "capacity"]
        .iter()
        .map(|name| Pack::resolve(name).expect("bundled pack loads"))
        .collect();
    let mut rego = regorus::Engine::new();
    rego.add_policy("criteria.rego".into(), include_str!("rego/criteria.rego").into())
        .expect("the Rego policy compiles");

    println!(
        "{} profiles ({} generated, Mexico), µs per criterion per profile, minimum of {PASSES} passes\n",
        inputs.len(),
        PROFILES
    );
    println!("| criterion | Rhai | Rego (regorus) | Rego ÷ Rhai | outcomes agree |");
    println!("|---|---|---|---|---|");
    let (mut rhai_total, mut rego_total, mut disagreements) = (0.0, 0.0, 0);
    for (pack_id, rule_id, rego_rule) in PAIRS {
        let pack = packs.iter().find(|p| p.meta.id == *pack_id).expect("pack");
        let rule = pack.rules.iter().find(|r| r.meta.id == *rule_id).expect("rule");
        let query = format!("data.gapwise.{rego_rule}");

        let rhai_outcomes: Vec<String> = views
            .iter()
            .map(|v| {
                run_check(pack, rule, v)
                    .map(|v| v.outcome.as_str().to_string())
                    .unwrap_or_else(|e| e.message)
            })
            .collect();
        let mut rego_outcomes = Vec::new();
        for doc in &documents {
            rego.set_input(doc.clone());
            let value = rego.eval_rule(query.clone()).expect("the Rego rule evaluates");
            rego_outcomes.push(
                value
                    .as_string()
                    .map(|s| s.to_string())
                    .unwrap_or_else(|_| value.to_string()),
            );
        }
        let agree = rhai_outcomes.iter().zip(&rego_outcomes).filter(|(a, b)| a == b).count();
        for ((a, b), i) in rhai_outcomes.iter().zip(&rego_outcomes).zip(&inputs) {
            if a != b {
                disagreements += 1;
                eprintln!("{rule_id} on {}: Rhai {a}, Rego {b}", i.file);
            }
        }

        let rhai = micros(
            fastest(|| {
                for view in &views {
                    std::hint::black_box(run_check(pack, rule, view).is_ok());
                }
            }),
            views.len(),
        );
        // Setting the input is done once per profile for all criteria in a
        // real run: timed apart, not counted per criterion.
        let mut took = Duration::MAX;
        for _ in 0..PASSES {
            let mut pass = Duration::ZERO;
            for doc in &documents {
                rego.set_input(doc.clone());
                let start = Instant::now();
                std::hint::black_box(rego.eval_rule(query.clone()).is_ok());
                pass += start.elapsed();
            }
            took = took.min(pass);
        }
        let rego_us = micros(took, documents.len());
        rhai_total += rhai;
        rego_total += rego_us;
        println!(
            "| {rule_id} | {rhai:.1} | {rego_us:.1} | {:.1}x | {agree} of {} |",
            rego_us / rhai,
            inputs.len()
        );
    }
    let n = PAIRS.len() as f64;
    println!(
        "| average | {:.1} | {:.1} | {:.1}x | |",
        rhai_total / n,
        rego_total / n,
        rego_total / rhai_total
    );
    if disagreements > 0 {
        eprintln!("{disagreements} outcomes differ between Rhai and Rego");
        std::process::exit(1);
    }
}
