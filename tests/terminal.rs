//! The terminal side: shell completions, the man page, `--quiet` and
//! `--verbose` on every command, and colour only when wanted.

use assert_cmd::Command;

const MEXICO: &str = "profiles/mexico-2014.yaml";

fn gapwise() -> Command {
    let mut cmd = Command::cargo_bin("gapwise").expect("binary builds");
    cmd.env_remove("NO_COLOR")
        .env_remove("CLICOLOR_FORCE")
        .env_remove("CLICOLOR");
    cmd
}

fn stdout_of(args: &[&str]) -> String {
    let out = gapwise().args(args).assert().success();
    String::from_utf8_lossy(&out.get_output().stdout).into_owned()
}

#[test]
fn completions_for_bash_zsh_and_fish_know_the_commands_and_flags() {
    for (shell, marker) in [
        ("bash", "complete -F _gapwise"),
        ("zsh", "#compdef gapwise"),
        ("fish", "complete -c gapwise"),
    ] {
        let script = stdout_of(&["completions", shell]);
        assert!(script.contains(marker), "{shell}: `{marker}` missing");
        for word in ["assess", "compare", "completions", "format", "quiet", "pdf"] {
            assert!(script.contains(word), "{shell}: `{word}` missing");
        }
    }
    gapwise().args(["completions", "tcsh"]).assert().code(2);
}

#[test]
fn bash_completion_script_is_valid_bash() {
    let script = stdout_of(&["completions", "bash"]);
    let dir = tempfile::tempdir().expect("temporary folder");
    let file = dir.path().join("gapwise.bash");
    std::fs::write(&file, script).expect("written");
    match std::process::Command::new("bash").arg("-n").arg(&file).output() {
        Ok(out) => assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr)),
        Err(_) => eprintln!("skipped: no bash to check the script with"),
    }
}

#[test]
fn man_page_is_roff_generated_from_the_command_line() {
    let page = stdout_of(&["man"]);
    assert!(page.contains(".TH gapwise 1"), "a section 1 page");
    assert!(page.contains(".SH NAME"));
    assert!(page.contains(".SH SYNOPSIS"));
    assert!(
        page.contains("Assess country cyber\\-policy profiles"),
        "the about text"
    );
    for command in [
        "assess",
        "validate",
        "rules",
        "report",
        "progress",
        "compare",
        "completions",
        "man",
    ] {
        assert!(page.contains(command), "`{command}` listed");
    }
    assert!(page.contains("\\-\\-quiet") && page.contains("\\-\\-verbose"));

    let assess = stdout_of(&["man", "assess"]);
    assert!(assess.contains(".TH gapwise-assess 1"), "the command's own page");
    assert!(assess.contains("\\-\\-browser") && assess.contains("pdf"));
    let lint = stdout_of(&["man", "rules", "lint"]);
    assert!(lint.contains(".TH gapwise-rules-lint 1"));
    gapwise()
        .args(["man", "nope"])
        .assert()
        .code(2)
        .stderr(predicates::str::contains(
            "`nope` is not a command of `gapwise`: give one of assess,",
        ));
}

#[test]
fn quiet_silences_notes_but_not_errors() {
    let dir = tempfile::tempdir().expect("temporary folder");
    let out = gapwise()
        .args(["assess", MEXICO, "--format", "html", "--out"])
        .arg(dir.path())
        .assert()
        .success();
    let stderr = String::from_utf8_lossy(&out.get_output().stderr).into_owned();
    assert!(stderr.contains("wrote "), "{stderr}");

    let out = gapwise()
        .args(["assess", MEXICO, "--format", "html", "--quiet", "--out"])
        .arg(dir.path())
        .assert()
        .success();
    assert_eq!(String::from_utf8_lossy(&out.get_output().stderr), "");
    assert!(
        dir.path().join("mx-2014-11-23.html").exists(),
        "the report is still written"
    );

    gapwise()
        .args(["-q", "validate", "tests/data/validate/three_problems_bad.yaml"])
        .assert()
        .code(2)
        .stderr(predicates::str::contains("error"));
}

#[test]
fn verbose_says_what_was_read_and_how_long_it_took() {
    let out = gapwise().args(["assess", MEXICO, "--verbose"]).assert().success();
    let stderr = String::from_utf8_lossy(&out.get_output().stderr).into_owned();
    assert!(stderr.contains("read `profiles/mexico-2014.yaml` ("), "{stderr}");
    assert!(stderr.contains("done in "), "{stderr}");
    let plain = gapwise().args(["assess", MEXICO]).assert().success();
    assert_eq!(String::from_utf8_lossy(&plain.get_output().stderr), "");
}

#[test]
fn quiet_and_verbose_are_accepted_on_every_command() {
    for args in [
        &["schema"][..],
        &["rules", "list"],
        &["rules", "show", "budapest.art35.point_of_contact"],
        &["validate", MEXICO],
        &["assess", MEXICO],
        &["completions", "bash"],
        &["man"],
    ] {
        for flag in ["--quiet", "--verbose", "-q", "-v"] {
            let mut full: Vec<&str> = args.to_vec();
            full.push(flag);
            gapwise().args(&full).assert().success();
        }
    }
    gapwise()
        .args(["schema", "--quiet", "--verbose"])
        .assert()
        .code(2)
        .stderr(predicates::str::contains("cannot be used with"));
}

#[test]
fn colour_only_when_forced_and_never_with_no_color() {
    let has_escape = |cmd: &mut Command| {
        let out = cmd.args(["assess", "--no-such-flag"]).assert().code(2);
        let output = out.get_output();
        output.stderr.contains(&0x1b) || output.stdout.contains(&0x1b)
    };
    // Not a terminal: plain.
    assert!(!has_escape(&mut gapwise()));
    // CLICOLOR_FORCE stands in for a terminal: coloured, so the check can see colour.
    assert!(has_escape(gapwise().env("CLICOLOR_FORCE", "1")));
    // NO_COLOR wins over everything.
    assert!(!has_escape(gapwise().env("CLICOLOR_FORCE", "1").env("NO_COLOR", "1")));
    // Reports never carry colour codes.
    let report = stdout_of(&["assess", MEXICO]);
    assert!(!report.contains('\u{1b}'));
}
