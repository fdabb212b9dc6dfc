//! Hostile rules beside good ones: every hostile rule ends as `error` naming
//! its file and line, the good rules keep their outcomes, and the whole
//! evaluation finishes promptly.

use std::path::Path;
use std::time::{Duration, Instant};

use gapwise::engine::{assess, Options, Outcome, ProfileInput};
use gapwise::rules::Pack;

const PROFILE: &str =
    "schema: gapwise/profile/v1\ncountry: {name: Testland, iso2: TL}\nsnapshot: {as_of: 2020-01-01}\n";

#[test]
fn hostile_rules_end_as_errors_and_good_rules_still_run() {
    let started = Instant::now();
    let pack = Pack::from_dir(Path::new("tests/data/rules/hostile")).expect("the pack loads");
    let (profile, _) = gapwise::profile::parse("testland.yaml", PROFILE).unwrap();
    let input = ProfileInput::new("testland.yaml", PROFILE, profile);
    let result = assess(&pack, &input, &Options::default());
    let elapsed = started.elapsed();

    // A rule that does not compile keeps its file stem as its id.
    let outcome = |id: &str| {
        result
            .criterion(id)
            .or_else(|| result.criterion(id.trim_start_matches("hostile.")))
            .unwrap_or_else(|| panic!("no result for {id}"))
    };
    assert_eq!(outcome("hostile.good_met").outcome, Outcome::Met);
    assert_eq!(outcome("hostile.good_met").message, "Testland is here");
    assert_eq!(outcome("hostile.good_no_data").outcome, Outcome::NoData);
    // A rule cannot change what the next rule sees.
    assert_eq!(outcome("hostile.a_push_list").message, "pushed, 1 in my copy");
    assert_eq!(
        outcome("hostile.b_sees_original").outcome,
        Outcome::Met,
        "{}",
        outcome("hostile.b_sees_original").message
    );

    let hostile = [
        ("infinite_loop", "budget of 100000 operations"),
        ("recursion", "nested calls deeper than"),
        ("string_doubling", "too large"),
        ("giant_array", "too large"),
        ("array_doubling", "too large"),
        ("import_in_check", "may not import modules"),
        ("import_top_level", "may not import modules"),
        ("eval_call", "may not call `eval`"),
        ("syntax_error", "does not compile"),
        ("type_error", "no function or operator matches `- ("),
        ("a_mutate_record", "cannot be changed"),
        ("not_an_outcome", "must return an outcome"),
        ("slow_sort", "time budget"),
    ];
    let mut report = String::new();
    for (name, _) in hostile {
        let c = outcome(&format!("hostile.{name}"));
        report.push_str(&format!("{name}: {:?} {}\n", c.outcome, c.message));
    }
    for (name, wanted) in hostile {
        let c = outcome(&format!("hostile.{name}"));
        assert_eq!(c.outcome, Outcome::Error, "{name} escaped:\n{report}");
        let failure = c.failure.as_ref().expect("an error has its failure");
        assert!(
            failure.file.ends_with(&format!("hostile/{name}.rhai")),
            "{name}: {failure:?}"
        );
        assert!(failure.line > 0, "{name} has no line:\n{report}");
        assert!(failure.message.contains(wanted), "{name}:\n{report}");
    }
    eprintln!("{report}evaluated in {elapsed:?}");
    assert!(
        elapsed < Duration::from_secs(5),
        "evaluation took {elapsed:?}:\n{report}"
    );
}
