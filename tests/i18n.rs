//! Reports in English, French and Spanish: the rule API for messages with
//! parameters, translation files and their lint.

use std::fs;
use std::path::Path;

use assert_cmd::Command;

fn gapwise() -> Command {
    Command::cargo_bin("gapwise").expect("binary")
}

/// A pack of one rule whose message is a key with parameters.
fn keyed_pack(dir: &Path, french: &str) {
    fs::create_dir_all(dir.join("i18n")).expect("dir");
    fs::create_dir_all(dir.join("tests")).expect("dir");
    fs::write(
        dir.join("pack.yaml"),
        "schema: gapwise/pack/v1\nid: mini\nname: Mini pack\nversion: 1.0.0\nareas:\n  - id: substantive\n    title: Substantive criminal law\nmaturity:\n  stages: [foundational]\n",
    )
    .expect("pack.yaml");
    fs::write(
        dir.join("art12.rhai"),
        r#"fn meta() {
    #{ id: "mini.art12", title: "Legal persons can be held liable", reference: "Art. 12",
       area: "substantive", severity: "medium", weight: 2, stage: "foundational",
       recommendation: "Provide corporate liability.",
       messages: #{ unknown: "nothing is known of corporate liability on {date}",
                    in_place: "legal persons can be held liable ({law})" } }
}
fn check(p) {
    let law = p.legislation["12"];
    if law == () { return no_data(msg("unknown", #{date: p.as_of}), ["legislation.12"]); }
    met(msg("in_place", #{law: law.instrument}), ["legislation.12"])
}
"#,
    )
    .expect("rule");
    fs::write(dir.join("i18n/fr.yaml"), french).expect("fr.yaml");
}

const FRENCH_WITHOUT_ONE_MESSAGE: &str = "name: Mini paquet
areas:
  substantive: Droit pénal matériel
stages:
  foundational: Fondations
rules:
  mini.art12:
    title: Les personnes morales peuvent être tenues pour responsables
    recommendation: Prévoir la responsabilité des personnes morales.
    messages:
      unknown: rien n'est connu de la responsabilité des personnes morales au {date}
      stale: une clé que la règle n'emploie plus
";

#[test]
fn lint_lang_fr_lists_a_missing_key_and_an_unused_one() {
    let tmp = tempfile::tempdir().expect("tmp");
    let pack = tmp.path().join("mini");
    keyed_pack(&pack, FRENCH_WITHOUT_ONE_MESSAGE);
    let out = gapwise()
        .args(["rules", "lint", "--lang", "fr", "--pack"])
        .arg(&pack)
        .output()
        .expect("run");
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(
        err.contains("missing key `rules.mini.art12.messages.in_place`"),
        "{err}"
    );
    assert!(err.contains("unused key `rules.mini.art12.messages.stale`"), "{err}");
    assert!(
        err.contains("fr.yaml:12:"),
        "the unused key is pointed at its line: {err}"
    );
    // Without `--lang`, missing keys are not asked for; the unused one is a warning.
    let out = gapwise()
        .args(["rules", "lint", "--pack"])
        .arg(&pack)
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
}

#[test]
fn lint_reports_placeholders_that_differ_from_english() {
    let tmp = tempfile::tempdir().expect("tmp");
    let pack = tmp.path().join("mini");
    keyed_pack(&pack, &FRENCH_WITHOUT_ONE_MESSAGE.replace("au {date}", "au {jour}"));
    let out = gapwise()
        .args(["rules", "lint", "--pack"])
        .arg(&pack)
        .output()
        .expect("run");
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(
        err.contains("uses `{jour}` where the English text uses `{date}`"),
        "{err}"
    );
}

#[test]
fn results_keep_the_english_message_with_its_key_and_parameters() {
    let tmp = tempfile::tempdir().expect("tmp");
    let pack = tmp.path().join("mini");
    keyed_pack(&pack, FRENCH_WITHOUT_ONE_MESSAGE);
    let out = gapwise()
        .args(["assess", "profiles/mexico-2014.yaml", "--format", "json", "--pack"])
        .arg(&pack)
        .output()
        .expect("run");
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    let c = &json["assessments"][0]["criteria"][0];
    assert_eq!(c["message"], "nothing is known of corporate liability on 2014-11-23");
    assert_eq!(c["message_key"], "unknown");
    assert_eq!(c["message_params"]["date"], "2014-11-23");
}

#[test]
fn a_message_key_the_rule_does_not_give_is_a_rule_error() {
    let tmp = tempfile::tempdir().expect("tmp");
    let pack = tmp.path().join("mini");
    keyed_pack(&pack, FRENCH_WITHOUT_ONE_MESSAGE);
    let rule = fs::read_to_string(pack.join("art12.rhai")).expect("rule");
    fs::write(
        pack.join("art12.rhai"),
        rule.replace("msg(\"unknown\"", "msg(\"unknwon\""),
    )
    .expect("write");
    let out = gapwise()
        .args(["assess", "profiles/mexico-2014.yaml", "--format", "json", "--pack"])
        .arg(&pack)
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(3));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    let message = json["assessments"][0]["criteria"][0]["message"]
        .as_str()
        .unwrap_or_default();
    assert!(message.contains("`meta()` has no `messages.unknwon`"), "{message}");
}

#[test]
fn lint_names_a_message_key_the_rule_does_not_give() {
    let tmp = tempfile::tempdir().expect("tmp");
    let pack = tmp.path().join("mini");
    keyed_pack(&pack, FRENCH_WITHOUT_ONE_MESSAGE);
    let rule = fs::read_to_string(pack.join("art12.rhai")).expect("rule");
    fs::write(
        pack.join("art12.rhai"),
        rule.replace("msg(\"in_place\"", "msg(\"in_plce\""),
    )
    .expect("write");
    let out = gapwise()
        .args(["rules", "lint", "--pack"])
        .arg(&pack)
        .output()
        .expect("run");
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(
        err.contains("art12.rhai:11:9:"),
        "the line and column of the call: {err}"
    );
    assert!(
        err.contains("`msg(\"in_plce\")`: `meta()` has no message `in_plce`"),
        "{err}"
    );
    assert!(err.contains("did you mean `in_place`?"), "{err}");
}

fn mexico(lang: &str, format: &str) -> String {
    let out = gapwise()
        .args([
            "assess",
            "profiles/mexico-2014.yaml",
            "--lang",
            lang,
            "--format",
            format,
        ])
        .output()
        .expect("run");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).expect("utf-8")
}

#[test]
fn dates_and_numbers_follow_the_language() {
    let fr = mexico("fr", "md");
    assert!(
        fr.contains("33,3\u{a0}%"),
        "a decimal comma and a no-break space before %"
    );
    assert!(fr.contains("1er février 2007"), "the first of the month");
    let es = mexico("es", "md");
    assert!(es.contains("1 de febrero de 2007"));
    assert!(es.contains("33,3\u{a0}%"));
    let en = mexico("en", "md");
    assert!(
        en.contains("33.3%") && en.contains("2007-02-01"),
        "English keeps its forms"
    );
}

#[test]
fn saved_results_render_again_in_another_language() {
    let tmp = tempfile::tempdir().expect("tmp");
    let results = tmp.path().join("results.json");
    let out = gapwise()
        .args(["assess", "profiles/mexico-2014.yaml", "--format", "json"])
        .output()
        .expect("run");
    fs::write(&results, &out.stdout).expect("write");
    let out = gapwise()
        .args(["report", "--lang", "es", "--format", "md"])
        .arg(&results)
        .output()
        .expect("run");
    let report = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(
        report.contains("no se sabe nada de una ley sobre el acceso ilícito a un sistema informático"),
        "{report}"
    );
}

/// Words that only English writes; a French or Spanish report holding one
/// outside what the profile itself says has an untranslated fragment.
const ENGLISH: &[&str] = &[
    "the",
    "and",
    "of",
    "is",
    "are",
    "with",
    "for",
    "this",
    "that",
    "which",
    "from",
    "known",
    "been",
    "has",
    "have",
    "not",
    "none",
    "each",
    "under",
    "only",
    "when",
    "where",
    "what",
    "yet",
    "scored",
    "criteria",
    "criterion",
    "gap",
    "gaps",
    "evidence",
    "finding",
    "waiver",
    "score",
    "lower",
    "bound",
    "stage",
    "area",
    "areas",
    "summary",
];

/// Every text of the profile (names, titles, quotes, holdings, statements):
/// the report may show them as the sources give them.
fn profile_texts(path: &str) -> Vec<String> {
    fn walk(v: &serde_yaml::Value, out: &mut Vec<String>) {
        match v {
            serde_yaml::Value::String(s) if s.len() > 3 => out.push(s.clone()),
            serde_yaml::Value::Sequence(items) => items.iter().for_each(|i| walk(i, out)),
            serde_yaml::Value::Mapping(map) => map.values().for_each(|i| walk(i, out)),
            _ => {}
        }
    }
    let text = fs::read_to_string(path).expect("profile");
    let value: serde_yaml::Value = serde_yaml::from_str(&text).expect("yaml");
    let mut out = Vec::new();
    walk(&value, &mut out);
    out.sort_by_key(|s| std::cmp::Reverse(s.len()));
    out
}

/// The lines of a Markdown report that hold an English word once quotes,
/// code, links and the profile's own texts are taken out.
fn english_lines(report: &str, profile: &[String]) -> Vec<String> {
    let mut found = Vec::new();
    for line in report.lines() {
        if line.starts_with('>') {
            continue; // a quote of the source
        }
        let mut rest = line.replace('\\', "");
        for text in profile {
            rest = rest.replace(text.as_str(), " ");
        }
        // Code spans (profile paths, digests) and web addresses.
        let mut kept = String::new();
        for (i, part) in rest.split('`').enumerate() {
            if i % 2 == 0 {
                kept.push_str(part);
                kept.push(' ');
            }
        }
        let words: Vec<String> = kept
            .split_whitespace()
            .filter(|w| !w.contains("http"))
            .flat_map(|w| {
                w.split(|c: char| !c.is_alphanumeric())
                    .map(str::to_lowercase)
                    .collect::<Vec<_>>()
            })
            .collect();
        if let Some(w) = words.iter().find(|w| ENGLISH.contains(&w.as_str())) {
            found.push(format!("`{w}` in: {line}"));
        }
    }
    found
}

/// The Mexico report in `lang` has no English outside the profile's own
/// words, and its title in the language.
fn assert_mexico_in(lang: &str, title: &str) {
    let report = mexico(lang, "md");
    let english = english_lines(&report, &profile_texts("profiles/mexico-2014.yaml"));
    assert!(
        english.is_empty(),
        "{} lines with English:\n{}",
        english.len(),
        english.join("\n")
    );
    assert!(report.contains(title), "{report}");
}

#[test]
fn mexico_in_spanish_has_no_english_outside_names_and_quotes() {
    assert_mexico_in("es", "análisis de brechas al 23 de noviembre de 2014");
}

#[test]
fn mexico_in_french_has_no_english_outside_names_and_quotes() {
    assert_mexico_in("fr", "analyse des écarts au 23 novembre 2014");
}

#[test]
fn the_english_word_check_finds_english() {
    // The check itself: an English sentence outside the profile is caught,
    // the profile's own words are not.
    let profile = vec!["Scientific Division of the Federal Police".to_string()];
    let found = english_lines("- Institution 2 : Scientific Division of the Federal Police", &profile);
    assert!(found.is_empty(), "{found:?}");
    let found = english_lines("Finding: the rule found nothing", &profile);
    assert_eq!(found.len(), 1, "{found:?}");
}

#[test]
fn html_says_its_language() {
    let html = mexico("fr", "html");
    assert!(html.contains("<html lang=\"fr\">"));
    assert!(html.contains("Synthèse"));
    let html = mexico("es", "html");
    assert!(html.contains("<html lang=\"es\">"));
    assert!(html.contains("Resumen ejecutivo"));
}

#[test]
fn a_missing_translation_is_english_and_the_annex_says_where() {
    let tmp = tempfile::tempdir().expect("tmp");
    let pack = tmp.path().join("mini");
    // The French file lacks the message Mexico gets (`unknown`).
    keyed_pack(
        &pack,
        &FRENCH_WITHOUT_ONE_MESSAGE.replace(
            "      unknown: rien n'est connu de la responsabilité des personnes morales au {date}\n",
            "",
        ),
    );
    let out = gapwise()
        .args(["assess", "profiles/mexico-2014.yaml", "--lang", "fr", "--pack"])
        .arg(&pack)
        .output()
        .expect("run");
    let report = String::from_utf8_lossy(&out.stdout);
    assert!(
        report.contains("nothing is known of corporate liability on 2014-11-23"),
        "{report}"
    );
    assert!(report.contains("**Langue\u{202f}:**"), "{report}");
    assert!(report.contains("textes des critères mini.art12"), "{report}");
    // Nothing falls back in English, and the annex says nothing of languages.
    let out = gapwise()
        .args(["assess", "profiles/mexico-2014.yaml", "--pack"])
        .arg(&pack)
        .output()
        .expect("run");
    assert!(!String::from_utf8_lossy(&out.stdout).contains("Language"));
}

#[test]
fn the_html_chart_speaks_the_report_language() {
    let html = mexico("es", "html");
    assert!(html.contains(">cota inferior</text>"), "Spanish chart legend");
    assert!(html.contains("Puntuación, cota inferior y cobertura por área</title>"));
    for english in [
        "score over known",
        "no criterion has data",
        "lower bound</text>",
        ": score ",
    ] {
        assert!(
            !html.contains(english),
            "English left in the Spanish chart: `{english}`"
        );
    }
    let french = mexico("fr", "html");
    assert!(french.contains(">borne inférieure</text>"), "French chart legend");
    assert!(
        html.contains(">50\u{a0}%</text>"),
        "axis ticks written as the language writes percentages"
    );
    assert!(
        french.contains("attr(data-label) \"\u{202f}: \""),
        "the label of a stacked cell on a phone takes French spacing"
    );
}

#[test]
fn progress_names_each_kind_of_change_in_the_report_language() {
    let out = gapwise()
        .args(["progress", "tests/data/progress/snapshots", "--lang", "fr"])
        .output()
        .expect("run");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let md = String::from_utf8(out.stdout).expect("utf-8");
    assert!(md.contains("(nouvel élément)"), "{md}");
    assert!(md.contains("(changement)"), "{md}");
    assert!(!md.contains("(new evidence)") && !md.contains("(change)"), "{md}");
}

/// The text of an HTML page, a line per block, without its styles, scripts
/// and tags: what a reader sees.
fn html_text(html: &str) -> String {
    let mut rest = html.to_string();
    for tag in ["style", "script", "title"] {
        while let Some(open) = rest.find(&format!("<{tag}")) {
            let close = rest[open..]
                .find(&format!("</{tag}>"))
                .map_or(rest.len(), |c| open + c + tag.len() + 3);
            rest.replace_range(open..close, "\n");
        }
    }
    let mut text = String::new();
    let mut in_tag = false;
    for ch in rest.chars() {
        match ch {
            '<' => {
                in_tag = true;
                text.push('\n');
            }
            '>' => in_tag = false,
            c if !in_tag => text.push(c),
            _ => {}
        }
    }
    text.replace("&amp;", "&")
        .replace("&#x27;", "'")
        .replace("&quot;", "\"")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
}

const SNAPSHOTS: [&str; 2] = [
    "tests/data/progress/snapshots/2014/mexico.yaml",
    "tests/data/progress/snapshots/2020/mexico.yaml",
];

fn run_ok(args: &[&str]) -> String {
    let out = gapwise().args(args).output().expect("run");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).expect("utf-8")
}

/// No English outside the profiles' own texts, in Markdown and in what the
/// HTML shows.
fn assert_no_english(what: &str, md: &str, html: &str, profiles: &[&str]) {
    let texts: Vec<String> = {
        let mut all: Vec<String> = profiles.iter().flat_map(|p| profile_texts(p)).collect();
        all.sort_by_key(|s| std::cmp::Reverse(s.len()));
        all
    };
    // Rule ids (`budapest.art6.misuse_of_devices`) are names, not words.
    let is_id = |w: &str| {
        w.contains('.')
            && w.chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || "._-".contains(c))
    };
    let html: String = html_text(html)
        .lines()
        .filter(|l| !is_id(l.trim()))
        .map(|l| format!("{l}\n"))
        .collect();
    for (format, text) in [("md", md.to_string()), ("html", html)] {
        let english = english_lines(&text, &texts);
        assert!(
            english.is_empty(),
            "{what} ({format}): {} lines with English:\n{}",
            english.len(),
            english.join("\n")
        );
    }
}

#[test]
fn progress_in_french_and_spanish_has_no_english_fragment() {
    for (lang, facts_heading, line) in [
        (
            "fr",
            "Ce qui a changé dans les faits",
            "Statut au regard de la Convention de Budapest\u{202f}: invité → Partie\u{202f}; instrument d'adhésion déposé le 29 juin 2018",
        ),
        (
            "es",
            "Qué cambió en los hechos",
            "Situación respecto del Convenio de Budapest: invitado → Parte; instrumento de adhesión depositado el 29 de junio de 2018",
        ),
    ] {
        let md = run_ok(&["progress", SNAPSHOTS[0], SNAPSHOTS[1], "--lang", lang]);
        let html = run_ok(&["progress", SNAPSHOTS[0], SNAPSHOTS[1], "--lang", lang, "--format", "html"]);
        assert!(md.contains(facts_heading), "{md}");
        assert!(md.contains(line), "the narrative in the language: {md}");
        assert_no_english(&format!("progress --lang {lang}"), &md, &html, &SNAPSHOTS);
    }
}

#[test]
fn a_yearly_timeline_in_french_has_no_english_fragment() {
    let args = [
        "progress",
        "profiles/mexico-2014.yaml",
        "--every",
        "year",
        "--from",
        "2012",
        "--lang",
        "fr",
    ];
    let md = run_ok(&args);
    let html = run_ok(&[&args[..], &["--format", "html"]].concat());
    assert_no_english(
        "progress --every year --lang fr",
        &md,
        &html,
        &["profiles/mexico-2014.yaml"],
    );
}

#[test]
fn compare_in_french_and_spanish_has_no_english_fragment() {
    let profiles = [
        "profiles/mexico-2014.yaml",
        "tests/data/report/testland.yaml",
        "tests/data/waivers/mexico.yaml",
    ];
    for lang in ["fr", "es"] {
        let args = [
            "compare",
            profiles[0],
            profiles[1],
            "--group-by",
            "region",
            "--waivers",
            "tests/data/waivers/mexico.yaml",
            "--lang",
            lang,
        ];
        let md = run_ok(&[&args[..], &["--format", "md"]].concat());
        let html = run_ok(&[&args[..], &["--format", "html"]].concat());
        assert_no_english(&format!("compare --lang {lang}"), &md, &html, &profiles);
        assert!(
            !md.contains("No region"),
            "the group of countries without a region: {md}"
        );
    }
}

/// The places of a French report where `: ; ? !` or `»` follows an
/// ordinary or no-break space, or `«` is followed by one, outside quotes of
/// the sources and the profiles' own texts: French typography wants a narrow
/// no-break space there.
fn french_spacing_faults(report: &str, profiles: &[&str]) -> Vec<String> {
    let texts: Vec<String> = profiles.iter().flat_map(|p| profile_texts(p)).collect();
    let mut faults = Vec::new();
    for line in report.lines().filter(|l| !l.starts_with('>')) {
        let mut rest = line.to_string();
        for t in &texts {
            rest = rest.replace(t.as_str(), "…");
        }
        let chars: Vec<char> = rest.chars().collect();
        let wide = |c: char| c == ' ' || c == '\u{a0}';
        // After a word (not the `?` symbol of missing data after an arrow).
        let word = |c: char| c.is_alphanumeric() || ")]*".contains(c);
        let bad = chars.windows(3).any(|w| {
            (word(w[0]) && wide(w[1]) && matches!(w[2], ':' | ';' | '?' | '!' | '»'))
                || (w[0] == '«' && w[1] != '\u{202f}')
        });
        if bad {
            faults.push(line.to_string());
        }
    }
    faults
}

#[test]
fn french_reports_put_a_narrow_no_break_space_before_double_punctuation() {
    let report = mexico("fr", "md");
    assert!(
        report.contains("Langue\u{202f}:") || report.contains("Synthèse"),
        "{report}"
    );
    assert!(
        report.matches("\u{202f}:").count() > 20,
        "narrow no-break spaces before colons"
    );
    // Punctuation the templates put after a value is spaced too.
    assert!(
        report.contains("(Art. 36(1), 37(1))\u{202f}: Pour information"),
        "{report}"
    );
    assert!(
        report.contains("Partiellement satisfait\u{202f}: la supervision"),
        "{report}"
    );
    let faults = french_spacing_faults(&report, &["profiles/mexico-2014.yaml"]);
    assert!(faults.is_empty(), "{} lines:\n{}", faults.len(), faults.join("\n"));
    let progress = run_ok(&["progress", SNAPSHOTS[0], SNAPSHOTS[1], "--lang", "fr"]);
    let faults = french_spacing_faults(&progress, &SNAPSHOTS);
    assert!(faults.is_empty(), "{} lines:\n{}", faults.len(), faults.join("\n"));
    // The check finds a plain space, and Spanish keeps its own spacing.
    assert_eq!(french_spacing_faults("Note : 3", &[]).len(), 1);
    assert!(!mexico("es", "md").contains('\u{202f}'));
}

#[test]
fn a_templates_folder_brings_its_own_translations() {
    let tmp = tempfile::tempdir().expect("tmp");
    let dir = tmp.path();
    fs::create_dir_all(dir.join("i18n")).expect("dir");
    fs::create_dir_all(dir.join("partials")).expect("dir");
    // A changed partial with a text of its own, and a bundled text reworded.
    let verdict = fs::read_to_string("reports/partials/verdict.md.hbs").expect("partial");
    fs::write(
        dir.join("partials/verdict.md.hbs"),
        format!("{verdict}\n{{{{t \"custom.reviewed\" \"Reviewed by the desk officer\"}}}}\n"),
    )
    .expect("write");
    fs::write(
        dir.join("i18n/fr.yaml"),
        "custom:\n  reviewed: Relu par le chargé de dossier\nverdict:\n  finding: \"Conclusion :\"\n",
    )
    .expect("write");
    let args = |lang: &str| {
        let mut a = vec![
            "assess".to_string(),
            "profiles/mexico-2014.yaml".into(),
            "--lang".into(),
            lang.into(),
        ];
        a.push("--templates".into());
        a.push(dir.display().to_string());
        a
    };
    let fr = run_ok(&args("fr").iter().map(String::as_str).collect::<Vec<_>>());
    assert!(fr.contains("Relu par le chargé de dossier"), "the folder's own key");
    assert!(
        fr.contains("Conclusion\u{202f}: "),
        "a bundled key reworded, with French spacing"
    );
    assert!(
        !fr.contains("Constat\u{202f}:"),
        "the folder's text wins over the bundled one"
    );
    assert!(
        fr.contains("Synthèse"),
        "keys the folder lacks come from the bundled translation"
    );
    // Spanish has no file in the folder: the new text stays English and the
    // annex says a text fell back.
    let es = run_ok(&args("es").iter().map(String::as_str).collect::<Vec<_>>());
    assert!(es.contains("Reviewed by the desk officer"));
    assert!(es.contains("Resumen ejecutivo"));
    // A file for a language gapwise does not write is an error naming it.
    fs::write(dir.join("i18n/de.yaml"), "custom:\n  reviewed: Geprüft\n").expect("write");
    let out = gapwise().args(args("fr")).output().expect("run");
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success());
    assert!(
        err.contains("de.yaml") && err.contains("`de` is not a language"),
        "{err}"
    );
}

#[test]
fn the_kind_of_deposit_is_written_in_the_language() {
    // A deposit not yet in force: the standing line and the rules' messages
    // name the instrument of accession.
    let args = |lang: &'static str| {
        [
            "assess",
            SNAPSHOTS[1],
            "--as-of",
            "2018-08-01",
            "--pack",
            "budapest",
            "--lang",
            lang,
        ]
    };
    let fr = run_ok(&args("fr"));
    assert!(
        fr.contains("pas encore lié\u{202f}: instrument d'adhésion déposé le 29 juin 2018"),
        "{fr}"
    );
    assert!(fr.contains("Instrument d'adhésion déposé le 29 juin 2018"), "{fr}");
    assert!(!fr.contains("de adhésion") && !fr.contains("accession"), "{fr}");
    let es = run_ok(&args("es"));
    assert!(
        es.contains("aún no vinculado: instrumento de adhesión depositado el 29 de junio de 2018"),
        "{es}"
    );
    assert!(!es.contains("accession"), "{es}");
}
