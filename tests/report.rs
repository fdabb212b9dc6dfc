//! Reports: rendering a fixed results file in every format, the escapes,
//! strict mode and template errors.
//!
//! `tests/data/report/mexiland.json` is a results file with every outcome,
//! hostile text in facts and sources, a rule error, facts to collect and more
//! than five gaps. Its reports are snapshots (`tests/snapshots/`).

use std::path::Path;

use gapwise::engine::{assess, Assessment, Options, ProfileInput, Results};
use gapwise::report::{file_name, render_assessment, render_results, Format, ReportError, Templates};
use gapwise::rules::Pack;

fn fixture() -> Results {
    let text = std::fs::read_to_string("tests/data/report/mexiland.json").unwrap();
    serde_json::from_str(&text).unwrap()
}

fn mexiland() -> Assessment {
    fixture().assessments.remove(0)
}

/// An assessment with nothing in it: no criteria, gaps, facts to collect.
fn empty() -> Assessment {
    let mut a = mexiland();
    a.criteria.clear();
    a.gaps.clear();
    a.to_collect.clear();
    a.overall.score = None;
    a.overall.coverage = 0.0;
    a.overall.counts = Default::default();
    for area in &mut a.areas {
        area.score = None;
        area.coverage = 0.0;
        area.counts = Default::default();
        area.stage = None;
        area.next_stage = Some("start-up".into());
        area.blocking.clear();
    }
    a.as_of = a.snapshot_as_of.clone();
    a.budapest.status = "unknown".into();
    a.budapest.observer = None;
    a.budapest.status_text = None;
    a
}

fn render(a: &Assessment, format: Format) -> String {
    render_assessment(a, format, &Templates::bundled()).unwrap()
}

fn write_template(dir: &Path, name: &str, text: &str) {
    let path = dir.join(name);
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(path, text).unwrap();
}

// Snapshots of the fixture in every format.

#[test]
fn markdown_report_snapshot() {
    insta::assert_snapshot!("mexiland.md", render(&mexiland(), Format::Md));
}

#[test]
fn html_report_snapshot() {
    insta::assert_snapshot!("mexiland.html", render(&mexiland(), Format::Html));
}

#[test]
fn csv_snapshot() {
    insta::assert_snapshot!("mexiland.csv", render(&mexiland(), Format::Csv));
}

#[test]
fn empty_assessment_renders_in_every_format() {
    let a = empty();
    let md = render(&a, Format::Md);
    assert!(md.contains("No gaps: no criterion is Not met or Partly met."));
    assert!(md.contains("Nothing to collect"));
    assert!(!md.contains("## Rule errors"));
    assert!(md.contains("| Overall score | **n/a** |"));
    let html = render(&a, Format::Html);
    assert!(html.contains("No gaps"));
    assert!(!html.contains("id=\"rule-errors\""));
    assert_eq!(render(&a, Format::Csv).lines().count(), 1);
    render(&a, Format::Json);
}

#[test]
fn rendering_is_deterministic() {
    for format in [Format::Md, Format::Html, Format::Json, Format::Csv] {
        assert_eq!(render(&mexiland(), format), render(&mexiland(), format));
    }
}

// Contents.

#[test]
fn markdown_has_every_part_of_a_report() {
    let md = render(&mexiland(), Format::Md);
    for part in [
        "# Mexiland (MX): gap analysis as of 2015-01-01",
        "a snapshot of 2014-11-23",
        "| Budapest Convention | Invited to accede; observer in the T-CY",
        "| Overall score | **25.9%** |",
        "| Coverage | 75% of criteria have data |",
        "## Results by area",
        "| Criterion | Reference | Outcome | Finding |",
        "| Illegal access is criminalised | Art. 2 | Met |",
        "| Offences related to child pornography | Art. 9 | Not applicable |",
        "Partly met",
        "No data",
        "Waived",
        "Rule error",
        "## Gaps, most urgent first",
        "### 1. Party to the Convention on Cybercrime",
        "- **Implements:** Art. 36, 37",
        "- **Recommendation:** Ratify the Convention",
        "1 more gap below",
        "## Facts to collect",
        "| `legislation.16.status` | Expedited preservation of stored data (Art. 16); Expedited preservation and partial disclosure of traffic data (Art. 17) |",
        "## Rule errors",
        "`rules/budapest/art15_safeguards.rhai:12:9`",
        "## Methodology",
    ] {
        assert!(md.contains(part), "missing {part:?} in\n{md}");
    }
    assert!(!md.contains("partly_met"), "outcomes read in words");
    // Top five in the summary, in rank order.
    let summary = &md[..md.find("## Results by area").unwrap()];
    assert!(summary.contains("5. **Data interference is criminalised**"));
    assert!(!summary.contains("6. "));
    // Rule errors are not gaps and not country failures.
    let gaps = &md[md.find("## Gaps").unwrap()..md.find("## Facts to collect").unwrap()];
    assert!(!gaps.contains("conditions and safeguards"));
}

#[test]
fn methodology_carries_the_stamp_and_the_scoring_rule() {
    let templates = Templates::bundled();
    let md = render_assessment(&mexiland(), Format::Md, &templates).unwrap();
    let annex = &md[md.find("## Methodology").unwrap()..];
    assert!(annex.contains("version 1.0.0, 12 criteria"));
    assert!(annex.contains("times 1 when Met, 0.5 when Partly met, 0 when Not met"));
    assert!(annex.contains(&format!("`sha256:{}`", "1".repeat(64))));
    assert!(annex.contains(&format!("`{}`", templates.digest())));
}

// Escapes.

#[test]
fn hostile_fact_text_stays_text_in_markdown() {
    let md = render(&mexiland(), Format::Md);
    assert!(!md.contains("<script"));
    assert!(!md.contains("<b>"));
    assert!(md.contains("&lt;script&gt;alert(1)&lt;/script&gt; a \\| b second line with \\*stars\\*"));
    assert!(md.contains("&lt;b&gt;Bold&lt;/b&gt; &amp; \"quoted\" \\| piped"));
    assert!(
        !md.replace("\\](", "").contains("](javascript:"),
        "only http(s) URLs become links"
    );
    // Every table row still has its columns.
    for line in md.lines().filter(|l| l.starts_with("| ")) {
        let cells = line.replace("\\|", "").matches('|').count();
        assert!(cells == 3 || cells == 5 || cells == 6 || cells == 4, "{line}");
    }
}

#[test]
fn hostile_fact_text_stays_text_in_html() {
    let html = render(&mexiland(), Format::Html);
    assert!(!html.contains("<script"));
    assert!(!html.contains("<b>Bold"));
    assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; a | b"));
    assert!(!html.contains("href=\"javascript"));
    assert!(html.contains("javascript:alert(1)"), "non-web URLs show as text");
    assert!(html.contains(r#"<a href="https://www.coe.int/en/web/octopus/country-wiki" rel="noopener noreferrer">"#));
}

#[test]
fn html_is_self_contained_responsive_and_printable() {
    let html = render(&mexiland(), Format::Html);
    assert!(html.starts_with("<!DOCTYPE html>"));
    assert!(!html.to_lowercase().contains("<script"));
    assert!(!html.contains("<link"));
    assert!(!html.contains("src="));
    assert!(!html.contains("@import"));
    assert!(!html.contains("url("));
    assert!(html.contains(r#"<meta name="viewport" content="width=device-width, initial-scale=1">"#));
    assert!(html.contains("@media print"));
    assert!(html.contains("overflow-x: auto"));
    // The chart: inline, accessible, one row per area.
    assert!(html.contains(r#"<svg class="chart" role="img""#));
    assert!(html.contains(r#"<title id="chart-title">Score and coverage by area</title>"#));
    assert!(html.contains("Treaty status: score 50%, coverage 100%"));
    // Outcomes have words next to their colours.
    assert!(html.contains(r#"<span class="outcome o-partly_met"><span aria-hidden="true">◐</span> Partly met</span>"#));
    assert!(html.contains(r#"id="rule-errors""#));
}

// JSON and CSV.

#[test]
fn json_round_trips_with_the_templates_digest() {
    let templates = Templates::bundled();
    let text = render_assessment(&mexiland(), Format::Json, &templates).unwrap();
    assert!(text.ends_with("}\n"));
    let back: Results = serde_json::from_str(&text).unwrap();
    let mut expected = mexiland();
    expected.stamp.templates_digest = Some(templates.digest());
    assert_eq!(back.schema, "gapwise/results/v1");
    assert_eq!(back.assessments, vec![expected]);
}

#[test]
fn json_of_results_is_the_whole_file() {
    let mut results = fixture();
    results.assessments.push(empty());
    let text = render_results(&results, Format::Json, &Templates::bundled()).unwrap();
    let back: Results = serde_json::from_str(&text).unwrap();
    assert_eq!(back.assessments.len(), 2);
    assert!(back.assessments.iter().all(|a| a.stamp.templates_digest.is_some()));
}

/// A minimal RFC 4180 reader, to check the quoting.
fn parse_csv(text: &str) -> Vec<Vec<String>> {
    let (mut rows, mut row, mut field) = (Vec::new(), Vec::new(), String::new());
    let mut chars = text.chars().peekable();
    let mut quoted = false;
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                chars.next();
                field.push('"');
            }
            (true, '"') => quoted = false,
            (true, c) => field.push(c),
            (false, '"') => quoted = true,
            (false, ',') => row.push(std::mem::take(&mut field)),
            (false, '\n') => {
                row.push(std::mem::take(&mut field));
                rows.push(std::mem::take(&mut row));
            }
            (false, c) => field.push(c),
        }
    }
    rows
}

#[test]
fn csv_has_a_header_and_one_quoted_row_per_criterion() {
    let a = mexiland();
    let rows = parse_csv(&render(&a, Format::Csv));
    assert_eq!(rows[0][..3], ["profile", "country", "iso2"]);
    assert_eq!(rows.len(), 1 + a.criteria.len());
    assert!(rows.iter().all(|r| r.len() == rows[0].len()));
    let poc = rows.iter().find(|r| r[6] == "budapest.art35.designated").unwrap();
    assert_eq!(poc[13], "not_met");
    assert_eq!(poc[14], "Not met");
    assert_eq!(poc[8], "Art. 35(1)");
    let treaty = rows.iter().find(|r| r[6] == "budapest.treaty.party").unwrap();
    assert_eq!(treaty[8], "Art. 36, 37", "a comma inside a field is quoted");
    let sources = rows.iter().map(|r| r[17].as_str()).collect::<Vec<_>>().join("\n");
    assert!(sources.contains("<b>Bold</b> & \"quoted\" | piped"));
}

#[test]
fn csv_of_results_has_one_header_and_rows_for_every_profile() {
    let mut results = fixture();
    let mut other = mexiland();
    other.profile = "profiles/other.yaml".into();
    results.assessments.push(other);
    let rows = parse_csv(&render_results(&results, Format::Csv, &Templates::bundled()).unwrap());
    assert_eq!(rows.len(), 1 + 2 * 12);
    assert_eq!(rows.iter().filter(|r| r[0] == "profile").count(), 1);
}

// Several assessments.

#[test]
fn markdown_of_results_puts_reports_one_after_another() {
    let mut results = fixture();
    let mut other = empty();
    other.country.name = "Otherland".into();
    results.assessments.push(other);
    let md = render_results(&results, Format::Md, &Templates::bundled()).unwrap();
    let first = md.find("# Mexiland").unwrap();
    let second = md.find("# Otherland").unwrap();
    assert!(first < second);
    assert!(md[first..second].contains("\n---\n"));
}

#[test]
fn html_of_results_is_one_page_per_assessment() {
    let templates = Templates::bundled();
    let mut results = fixture();
    assert!(render_results(&results, Format::Html, &templates).is_ok());
    results.assessments.push(empty());
    let error = render_results(&results, Format::Html, &templates).unwrap_err();
    assert!(matches!(error, ReportError::OnePerFile { count: 2 }));
    assert!(error.help().unwrap().contains("--out"));
}

#[test]
fn file_names_are_the_country_code_and_the_date() {
    let mut a = mexiland();
    assert_eq!(file_name(&a, Format::Html), "mx-2015-01-01.html");
    assert_eq!(file_name(&a, Format::Md), "mx-2015-01-01.md");
    a.profile = "<stdin>".into();
    assert_eq!(file_name(&a, Format::Json), "mx-2015-01-01.json");
    // Per-year folders of one country do not collide.
    a.profile = "snap/2014/mexico.yaml".into();
    let mut b = a.clone();
    b.profile = "snap/2020/mexico.yaml".into();
    b.as_of = "2020-06-30".into();
    assert_ne!(file_name(&a, Format::Html), file_name(&b, Format::Html));
    a.country.iso2 = "../X".into();
    assert_eq!(file_name(&a, Format::Csv), "-x-2015-01-01.csv");
}

// Templates: overrides, strict mode, errors.

#[test]
fn bundled_templates_are_listed_and_digested() {
    let templates = Templates::bundled();
    let names = templates.names();
    assert!(names.contains(&"report.md.hbs".to_string()));
    assert!(names.contains(&"report.html.hbs".to_string()));
    assert!(names.iter().any(|n| n.starts_with("partials/")));
    assert!(templates.digest().starts_with("sha256:"));
    assert_eq!(templates.digest(), Templates::bundled().digest());
}

#[test]
fn an_override_replaces_one_template_and_changes_the_digest() {
    let dir = tempfile::tempdir().unwrap();
    write_template(dir.path(), "report.md.hbs", "Report on {{country.name}}: {{> extra}}\n");
    write_template(dir.path(), "partials/extra.md.hbs", "{{overall.score}}");
    write_template(dir.path(), "notes.txt", "not a template, ignored");
    let templates = Templates::with_overrides(dir.path()).unwrap();
    assert_ne!(templates.digest(), Templates::bundled().digest());
    assert!(templates.names().contains(&"partials/extra.md.hbs".to_string()));
    let md = render_assessment(&mexiland(), Format::Md, &templates).unwrap();
    assert_eq!(md, "Report on Mexiland: 25.9%\n");
    // The HTML template is still the bundled one.
    let html = render_assessment(&mexiland(), Format::Html, &templates).unwrap();
    assert!(html.contains("<!DOCTYPE html>"));
}

#[test]
fn strict_mode_names_the_template_and_line_of_a_missing_field() {
    let dir = tempfile::tempdir().unwrap();
    write_template(
        dir.path(),
        "report.md.hbs",
        "# {{country.name}}\n\nScore: {{overall.score}}\nBudapest: {{budapest.statsu}}\n",
    );
    let templates = Templates::with_overrides(dir.path()).unwrap();
    let error = render_assessment(&mexiland(), Format::Md, &templates).unwrap_err();
    let ReportError::Render {
        file, line, message, ..
    } = &error
    else {
        panic!("expected a render error, got {error:?}");
    };
    assert_eq!(Path::new(file), dir.path().join("report.md.hbs"));
    assert_eq!(*line, 4);
    assert!(message.contains("`budapest.statsu`"), "{message}");
    let shown = error.to_string();
    assert!(shown.contains("report.md.hbs:4:"), "{shown}");
}

#[test]
fn strict_mode_also_covers_conditions() {
    let dir = tempfile::tempdir().unwrap();
    write_template(
        dir.path(),
        "report.md.hbs",
        "# {{country.name}}\n{{#if budapest.observr}}observer{{/if}}\n",
    );
    let templates = Templates::with_overrides(dir.path()).unwrap();
    let error = render_assessment(&mexiland(), Format::Md, &templates).unwrap_err();
    assert!(
        matches!(&error, ReportError::Render { line: 2, message, .. } if message.contains("budapest.observr")),
        "{error:?}"
    );
}

#[test]
fn strict_mode_points_into_an_overridden_partial() {
    let dir = tempfile::tempdir().unwrap();
    write_template(
        dir.path(),
        "partials/gap.html.hbs",
        "<article>\n{{criterion.title}}\n{{criterion.article}}\n</article>\n",
    );
    let templates = Templates::with_overrides(dir.path()).unwrap();
    let error = render_assessment(&mexiland(), Format::Html, &templates).unwrap_err();
    let ReportError::Render {
        file, line, message, ..
    } = &error
    else {
        panic!("expected a render error, got {error:?}");
    };
    assert_eq!(Path::new(file), dir.path().join("partials/gap.html.hbs"));
    assert_eq!(*line, 3);
    assert!(message.contains("criterion.article"), "{message}");
}

#[test]
fn a_template_syntax_error_names_file_and_line() {
    let dir = tempfile::tempdir().unwrap();
    write_template(
        dir.path(),
        "report.html.hbs",
        "<h1>{{country.name}}</h1>\n{{#if gaps}}\n<p>gaps</p>\n{{/each}}\n",
    );
    let error = Templates::with_overrides(dir.path()).unwrap_err();
    let ReportError::Syntax { file, line, .. } = &error else {
        panic!("expected a syntax error, got {error:?}");
    };
    assert_eq!(Path::new(file), dir.path().join("report.html.hbs"));
    assert_eq!(*line, 4);
    assert!(error.to_string().contains("report.html.hbs:4:"));
    let problem = error.to_problem();
    assert_eq!(problem.position.line, 4);
    assert!(problem.help.is_some());
}

#[test]
fn an_unclosed_expression_is_a_syntax_error() {
    let dir = tempfile::tempdir().unwrap();
    write_template(dir.path(), "report.md.hbs", "line one\nline {{two\n");
    let error = Templates::with_overrides(dir.path()).unwrap_err();
    assert!(matches!(&error, ReportError::Syntax { line: 2 | 3, .. }), "{error:?}");
}

#[test]
fn a_misspelt_template_name_is_an_error_with_a_suggestion() {
    let dir = tempfile::tempdir().unwrap();
    write_template(dir.path(), "report.htm.hbs", "{{country.name}}");
    let error = Templates::with_overrides(dir.path()).unwrap_err();
    assert!(matches!(&error, ReportError::UnknownTemplate { .. }), "{error:?}");
    assert!(error.help().unwrap().contains("`report.html.hbs`"));
}

#[test]
fn a_folder_without_templates_is_an_error() {
    let dir = tempfile::tempdir().unwrap();
    let error = Templates::with_overrides(dir.path()).unwrap_err();
    assert!(matches!(error, ReportError::NoTemplates { .. }));
    let error = Templates::with_overrides(&dir.path().join("missing")).unwrap_err();
    assert!(matches!(error, ReportError::Io { .. }));
}

#[test]
fn a_template_cannot_turn_escaping_off_for_helpers() {
    // A user template that links a profile URL gets the same checks.
    let dir = tempfile::tempdir().unwrap();
    write_template(
        dir.path(),
        "report.html.hbs",
        "{{#each criteria}}{{#each evidence}}{{#if source}}{{link source.url source.title}}\n{{/if}}{{/each}}{{/each}}",
    );
    let templates = Templates::with_overrides(dir.path()).unwrap();
    let html = render_assessment(&mexiland(), Format::Html, &templates).unwrap();
    assert!(!html.contains("href=\"javascript"));
    assert!(html.contains("&lt;b&gt;Bold&lt;/b&gt;"));
}

// Through the engine.

#[test]
fn an_engine_assessment_renders_in_every_format() {
    let file = "tests/data/report/testland.yaml";
    let text = std::fs::read_to_string(file).unwrap();
    let (profile, _) = gapwise::profile::parse(file, &text).unwrap();
    let pack = Pack::from_dir(Path::new("rules/budapest")).unwrap();
    let a = assess(&pack, &ProfileInput::new(file, &text, profile), &Options::default());
    let templates = Templates::bundled();
    let md = render_assessment(&a, Format::Md, &templates).unwrap();
    assert!(md.contains("# Testland (TL): gap analysis as of 2014-11-23"));
    assert!(md.contains("Invited to accede; observer in the T-CY"));
    assert!(!md.contains("<script"));
    let html = render_assessment(&a, Format::Html, &templates).unwrap();
    assert!(!html.contains("<script"));
    assert!(!html.contains("href=\"javascript"));
    let json = render_assessment(&a, Format::Json, &templates).unwrap();
    let back: Results = serde_json::from_str(&json).unwrap();
    assert_eq!(back.assessments[0].criteria, a.criteria);
    let csv = render_assessment(&a, Format::Csv, &templates).unwrap();
    assert_eq!(parse_csv(&csv).len(), 1 + a.criteria.len());
    assert_eq!(
        file_name(&a, Format::Html),
        format!("{}-{}.html", a.country.iso2.to_lowercase(), a.as_of)
    );
}
