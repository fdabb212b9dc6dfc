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
    a.budapest.standing = "unknown".into();
    a.budapest.summary = "Not known".into();
    a.overall.lower_bound = None;
    a.overall.known = 0;
    a.overall.scored = 0;
    a.overall.core_known = 0;
    a.overall.core_scored = 0;
    a.overall.core_coverage = 0.0;
    a.overall.sufficient = false;
    a.sources.clear();
    a.notes.clear();
    a.waivers.clear();
    a.undated = None;
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
    assert!(md.contains("**Insufficient evidence** (score over the 0 known criteria: n/a;"));
    assert!(md.contains("No waiver applies"));
    assert!(md.contains("The profile names no sources."));
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
        "| Budapest Convention | Invited to accede on 2007-02-01; accession pending",
        "| T-CY | Observer in the Cybercrime Convention Committee (T-CY): a seat at the Committee, not a treaty status |",
        "**Score 42.6%** over the known criteria; lower bound 31.9%, unknown counted as not met; 11 of 14 criteria known.",
        "| Substantive criminal law | 44.4% | 44.4% | 5 of 5 known | None yet |",
        "3 facts are undated; assumed as on 2014-11-23",
        "## Results by area",
        "| Criterion | Reference | Outcome | Finding |",
        "| Illegal access is criminalised | Art. 2 | Met |",
        "| Offences related to child pornography | Art. 9 | Waived |",
        "| Reservations are only those Art. 42 allows | Art. 42 | Not applicable |",
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
        "## Waivers",
        "## Sources",
        "## Other statements in the sources, not assessed",
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
    assert!(annex.contains("version 2.0.0, 15 criteria"));
    assert!(annex.contains("times 1 when Met, 0.5 when Partly met, 0 when Not met"));
    assert!(annex.contains("**Stages:** Foundational, then Full conformity, then Advanced."));
    assert!(annex.contains("when less than 50% of the criteria of the core areas"));
    assert!(annex.contains("counted as Not met"));
    assert!(annex.contains("Oxford Cybersecurity Capacity Maturity Model"));
    assert!(annex.contains("ITU Global Cybersecurity Index"));
    assert!(annex.contains("\"in place\""));
    assert!(annex.contains(&format!("`sha256:{}`", "1".repeat(64))));
    assert!(annex.contains(&format!("`{}`", templates.digest())));
}

// Issue 7: an honest headline, evidence behind every verdict, questions,
// sources and notes, informational criteria, waivers, treaty standing.

/// Mexiland with too little known of the core areas.
fn thinly_known() -> Assessment {
    let mut a = mexiland();
    a.overall.core_known = 1;
    a.overall.core_scored = 10;
    a.overall.core_coverage = 10.0;
    a.overall.sufficient = false;
    a
}

/// The text between two headings of a Markdown report.
fn section<'a>(md: &'a str, from: &str, to: &str) -> &'a str {
    let start = md.find(from).unwrap_or_else(|| panic!("no {from:?}"));
    let end = md[start..].find(to).map_or(md.len(), |e| start + e);
    &md[start..end]
}

#[test]
fn insufficient_evidence_headline_gives_both_figures_and_leads_with_questions() {
    let a = thinly_known();
    let md = render(&a, Format::Md);
    assert!(
        md.contains(
            "**Insufficient evidence** (score over the 11 known criteria: 42.6%; lower bound, unknown counted as not met: 31.9%; \
             11 of 14 criteria known; core areas (Substantive criminal law, Procedural law, International co-operation): \
             1 of 10 known, threshold 50%)."
        ),
        "{md}"
    );
    assert!(!md.contains("**Score 42.6%**"));
    let collect = md.find("## Facts to collect").unwrap();
    assert!(
        collect < md.find("## Results by area").unwrap(),
        "questions come right after the summary"
    );
    assert_eq!(md.matches("## Facts to collect").count(), 1);
    let html = render(&a, Format::Html);
    assert!(html.contains(r#"<p class="big">Insufficient evidence</p>"#));
    assert!(html.contains("lower bound, unknown counted as not met: 31.9%"));
    assert!(html.find(r#"id="collect""#).unwrap() < html.find(r#"id="areas-budapest""#).unwrap());
}

#[test]
fn sufficient_evidence_headline_gives_the_score_with_its_lower_bound() {
    let md = render(&mexiland(), Format::Md);
    assert!(md.contains("**Score 42.6%** over the known criteria; lower bound 31.9%"));
    assert!(!section(&md, "## Executive summary", "## Results").contains("Insufficient evidence"));
    assert!(md.find("## Facts to collect").unwrap() > md.find("## Gaps, most urgent first").unwrap());
    let html = render(&mexiland(), Format::Html);
    assert!(html.contains("Lower bound 31.9% (unknown counted as not met) · 11 of 14 criteria known"));
}

#[test]
fn a_met_criterion_shows_its_evidence_quote_and_source() {
    let md = render(&mexiland(), Format::Md);
    let verdict = section(
        &md,
        "#### Illegal access is criminalised (Art. 2): Met",
        "#### Illegal interception",
    );
    assert!(
        verdict.contains("- Art. 2 offence (illegal access): status: in place (Federal Criminal Code, Art. 211 bis 1)")
    );
    assert!(verdict.contains("- Art. 2 offence (illegal access): provision: Federal Criminal Code, Art. 211 bis 1"));
    assert!(verdict.contains("> “Artículo 211 bis 1: Al que sin autorización"));
    assert!(verdict.contains(
        "> Source: Octopus country wiki: Mexiland \\| 2014, 2014-11-23, [https://www.coe.int/en/web/octopus/country-wiki](https://www.coe.int/en/web/octopus/country-wiki)"
    ));
    // Two facts rest on one quote: it is printed once.
    assert_eq!(verdict.matches("Artículo 211 bis 1: Al que").count(), 1);
    assert_eq!(
        md.matches("Artículo 211 bis 1: Al que").count(),
        1,
        "a met criterion is no gap"
    );
    let html = render(&mexiland(), Format::Html);
    assert_eq!(html.matches("Artículo 211 bis 1: Al que").count(), 1);
    assert!(html.contains(r#"<span class="fact-label">Art. 2 offence (illegal access): status:</span> in place"#));
    assert!(html.contains("<p class=\"source\">Source: Octopus country wiki: Mexiland | 2014, 2014-11-23 · <a href=\"https://www.coe.int/en/web/octopus/country-wiki\""));
    // Values read in words, never as JSON.
    assert!(!md.contains("{\""));
    assert!(!html.contains("{&quot;"));
}

#[test]
fn court_decisions_show_their_link() {
    let url = "http://sjf.scjn.gob.mx/sjfsist/Paginas/DetalleGeneralV2.aspx?id=2002741&Clase=DetalleTesisBL";
    let md = render(&mexiland(), Format::Md);
    assert!(md.contains(&format!("- Court decision 1: Supreme Court of Justice, Tesis: 1a./J. 115/2012, 2012-10-17: data obtained from a detainee's mobile phone without judicial authorisation has no legal validity ([link]({url}))")));
    let html = render(&mexiland(), Format::Html);
    let escaped = url.replace('&', "&amp;").replace('=', "&#x3D;");
    assert!(html.contains(&format!(r#"<a href="{escaped}" rel="noopener noreferrer">"#)));
}

#[test]
fn facts_to_collect_are_questions_not_paths() {
    let md = render(&mexiland(), Format::Md);
    let collect = section(&md, "## Facts to collect", "## Waivers");
    assert!(collect.contains(
        "1. **Can the authorities order the expedited preservation of stored computer data? Under which law and provision?** (Art. 16)"
    ));
    assert!(collect.contains("Waiting on it: Expedited preservation of stored data; Expedited preservation and partial disclosure of traffic data."));
    // Paths only in the line for researchers.
    for line in md.lines().filter(|l| l.contains("legislation.16")) {
        assert!(line.starts_with("For researchers"), "{line}");
    }
    // A criterion waiting on data is a row of its area's table; its question
    // is in Facts to collect, not repeated in a detail block of its own.
    assert!(
        md.contains("| Expedited preservation of stored data | Art. 16 | No data |"),
        "{md}"
    );
    assert!(!md.contains("#### Expedited preservation of stored data (Art. 16): No data"));
    let html = render(&mexiland(), Format::Html);
    assert!(html.contains(r#"<ol class="questions">"#));
    assert!(html.contains(r#"<p class="paths">Profile fields: <code>legislation.16</code></p>"#));
}

#[test]
fn sources_and_notes_have_their_sections() {
    let md = render(&mexiland(), Format::Md);
    let sources = section(&md, "## Sources", "## Other statements");
    assert!(sources.contains(
        "- Octopus country wiki: Mexiland \\| 2014, 2014-11-23: [https://www.coe.int/en/web/octopus/country-wiki]"
    ));
    assert!(sources.contains("- Desk review notes, 2014, 2014-12\n"));
    assert!(sources.contains("- unknown-source\n"));
    let notes = section(
        &md,
        "## Other statements in the sources, not assessed",
        "## Rule errors",
    );
    assert!(notes.contains("**Specialised institutions**\n\n- The Scientific Police has a unit on cybercrime"));
    assert!(notes.contains("**Cybercrime policies/strategies**"));
    assert!(notes.contains("**Other**\n\n- Training of judges"));
    let html = render(&mexiland(), Format::Html);
    assert!(html.contains(r#"<h2 id="sources-h">Sources</h2>"#));
    assert!(html.contains(r#"<h2 id="notes-h">Other statements in the sources, not assessed</h2>"#));
    assert!(html.contains("<h3>Specialised institutions</h3>"));
    assert!(!html.contains("<i>(no cybersecurity chapter)"));
}

#[test]
fn informational_criteria_are_shown_but_never_gaps_or_counted() {
    let mut a = mexiland();
    // Even listed among the gaps by mistake, it stays out of them.
    a.gaps.insert(0, "budapest.treaty.protocols".into());
    let md = render(&a, Format::Md);
    assert!(md.contains("| Standing towards the Additional Protocols | Art. 46 | Information, not scored |"));
    assert!(md.contains("#### Standing towards the Additional Protocols (Art. 46): Information, not scored"));
    let gaps = section(&md, "## Gaps, most urgent first", "## Facts to collect");
    assert!(!gaps.contains("Protocols"));
    let summary = section(&md, "## Executive summary", "## Results by area");
    assert!(!summary.contains("Standing towards the Additional Protocols"));
    assert!(summary.contains("14 criteria scored: 2 Met, 2 Partly met, 4 Not met, 1 Not applicable, 2 No data, 2 Waived, 1 Rule error; and 1 for information, not scored |"), "{summary}");
    let html = render(&a, Format::Html);
    assert!(html
        .contains(r#"<span class="outcome o-info"><span aria-hidden="true">ℹ</span> Information, not scored</span>"#));
    assert!(
        !html[html.find(r#"id="gaps-budapest""#).unwrap()..html.find(r#"id="collect""#).unwrap()].contains("Protocols")
    );
}

#[test]
fn waivers_in_force_expiring_and_expired_are_rendered() {
    let md = render(&mexiland(), Format::Md);
    let waivers = section(&md, "## Waivers", "## Sources");
    assert!(waivers.contains("- **Offences related to child pornography** (Art. 9): **In force**, expires 2016-12-31. Reservation the treaty allows; approved by Legal adviser, programme board. Justification: Art. 9(4) reservation"));
    assert!(waivers
        .contains("**Expiring within 30 days**, expires 2015-01-20. Risk accepted; approved by Programme board."));
    assert!(waivers.contains("**Expired: no longer applied** (expired 2014-12-31). Does not apply to the country"));
    // On the criterion: what the rule found, and the flag.
    assert!(md.contains("**Waived**, Risk accepted: The unit works office hours until the on-call roster starts in 2015. Approved by Programme board; expires 2015-01-20 (**expiring within 30 days**). What the rule found: Not met."));
    assert!(md.contains("What the rule found: Partly met."));
    assert!(md.contains("A waiver (Does not apply to the country) expired on 2014-12-31 and is no longer applied"));
    let html = render(&mexiland(), Format::Html);
    assert!(html.contains(r#"<li class="waiver w-expiring">"#));
    assert!(html.contains(r#"<li class="waiver w-expired">"#));
    assert!(html.contains(r#"<strong class="flag">expiring within 30 days</strong>"#));
    let rows = parse_csv(&render(&mexiland(), Format::Csv));
    let col = |name: &str| rows[0].iter().position(|c| c == name).unwrap();
    let row = |id: &str| rows.iter().find(|r| r[6] == id).unwrap();
    let available = row("budapest.art35.available");
    assert_eq!(available[col("outcome")], "waived");
    assert_eq!(available[col("waiver_state")], "expiring");
    assert_eq!(available[col("waived_outcome")], "not_met");
    assert!(available[col("waiver")].starts_with("Risk accepted: The unit works office hours"));
    assert_eq!(row("budapest.art27.central_authority")[col("waiver_state")], "expired");
    assert_eq!(row("budapest.art9.child")[col("waiver_state")], "active");
    assert_eq!(row("budapest.treaty.protocols")[col("scored")], "false");
}

#[test]
fn no_invited_when_the_standing_at_the_date_is_none() {
    let mut a = mexiland();
    a.as_of = "2006-06-01".into();
    // The snapshot states "invited"; at the assessment date no event had happened.
    a.budapest.standing = "none".into();
    a.budapest.summary = "Not a Party, not a signatory and not invited to accede".into();
    // The source's own words ("Invited to accede: 1 February 2007") stay
    // quoted as evidence; the report's words never say "Invited".
    let md = render(&a, Format::Md);
    let html = render(&a, Format::Html);
    let summaries = [
        section(&md, "## Executive summary", "### Maturity"),
        section(&html, r#"<section id="summary""#, "<h3>"),
    ];
    for text in summaries {
        assert!(!text.contains("Invited"), "{text}");
        assert!(text.contains("Not a Party, not a signatory and not invited to accede"));
        assert!(
            text.contains("not a treaty status"),
            "the observer seat is shown as information"
        );
    }
}

// Escapes.

#[test]
fn hostile_fact_text_stays_text_in_markdown() {
    let md = render(&mexiland(), Format::Md);
    assert!(!md.contains("<script"));
    assert!(!md.contains("<b>"));
    assert!(md.contains("&lt;script&gt;alert(1)&lt;/script&gt; a \\| b second line with \\*stars\\*"));
    assert!(md.contains("&lt;i&gt;(no cybersecurity chapter)&lt;/i&gt; \\| see annex"));
    assert!(md.contains("&lt;b&gt;Bold&lt;/b&gt; &amp; \"quoted\" \\| piped"));
    assert!(
        !md.replace("\\](", "").contains("](javascript:"),
        "only http(s) URLs become links"
    );
    // Every table row still has its columns.
    for line in md.lines().filter(|l| l.starts_with("| ")) {
        let cells = line.replace("\\|", "").matches('|').count();
        assert!(matches!(cells, 3 | 4 | 5 | 7), "{line}");
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
    // Tables stack their cells on a phone rather than scroll sideways.
    assert!(!html.contains("overflow-x"));
    assert!(html.contains("table.stack td[data-label]::before"));
    assert!(html.contains(r#"<td class="num" data-label="Lower bound">44.4%</td>"#));
    // The chart: inline, accessible, one row per area.
    assert!(html.contains(r#"<svg class="chart" role="img""#));
    assert!(html.contains(r#"<title id="chart-budapest-title">Score, lower bound and coverage by area</title>"#));
    assert!(html.contains("Treaty standing: score 50%, lower bound 50%, coverage 100%"));
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
    let access = rows.iter().find(|r| r[6] == "budapest.art2.illegal_access").unwrap();
    assert!(
        access[16].starts_with("Art. 2 offence (illegal access): status: in place"),
        "evidence in words"
    );
    assert!(!rows.iter().any(|r| r[16].contains('{')), "never JSON");
}

#[test]
fn csv_of_results_has_one_header_and_rows_for_every_profile() {
    let mut results = fixture();
    let mut other = mexiland();
    other.profile = "profiles/other.yaml".into();
    results.assessments.push(other);
    let rows = parse_csv(&render_results(&results, Format::Csv, &Templates::bundled()).unwrap());
    assert_eq!(rows.len(), 1 + 2 * 15);
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
    assert_eq!(md, "Report on Mexiland: 42.6%\n");
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
    let templates = Templates::with_overrides(dir.path()).unwrap();
    let error = templates.check().unwrap_err();
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
    let templates = Templates::with_overrides(dir.path()).unwrap();
    let error = render_assessment(&mexiland(), Format::Md, &templates).unwrap_err();
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
    assert!(md.contains("| Budapest Convention | "));
    assert!(md.contains("(T-CY)"));
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

#[test]
fn only_the_templates_of_the_chosen_format_are_compiled() {
    let dir = tempfile::tempdir().unwrap();
    write_template(dir.path(), "report.html.hbs", "<p>{{#if gaps}}</p>\n");
    let templates = Templates::with_overrides(dir.path()).unwrap();
    let a = mexiland();
    assert!(render_assessment(&a, Format::Md, &templates).is_ok());
    assert!(render_assessment(&a, Format::Json, &templates).is_ok());
    assert!(render_assessment(&a, Format::Csv, &templates).is_ok());
    let error = render_assessment(&a, Format::Html, &templates).unwrap_err();
    assert!(matches!(&error, ReportError::Syntax { .. }), "{error:?}");
}

#[test]
fn the_bundled_templates_of_every_format_compile_within_the_limits() {
    Templates::bundled().check().unwrap();
    assert!(Templates::bundled().is_bundled());
}

/// The template limit error of rendering `mexiland` with these files.
fn limit_error(files: &[(&str, &str)], format: Format) -> (String, usize, String) {
    let dir = tempfile::tempdir().unwrap();
    for (name, text) in files {
        write_template(dir.path(), name, text);
    }
    let error = match Templates::with_overrides(dir.path()) {
        Ok(templates) => render_assessment(&mexiland(), format, &templates).unwrap_err(),
        Err(error) => error,
    };
    let ReportError::Limit {
        file, line, message, ..
    } = &error
    else {
        panic!("expected a limit error, got {error:?}");
    };
    let file = Path::new(file).strip_prefix(dir.path()).unwrap().display().to_string();
    (file, *line, message.clone())
}

#[test]
fn mutual_partial_recursion_is_refused_before_rendering() {
    let (file, line, message) = limit_error(
        &[
            ("report.md.hbs", "{{> ping}}\n"),
            ("partials/ping.md.hbs", "{{> pong}}\n"),
            ("partials/pong.md.hbs", "pong\n{{#if gaps}}{{> ping}}{{/if}}\n"),
        ],
        Format::Md,
    );
    assert_eq!((file.as_str(), line), ("partials/pong.md.hbs", 2));
    assert!(message.contains("`ping` -> `pong` -> `ping`"), "{message}");
}

#[test]
fn recursion_under_with_is_refused() {
    let (file, line, message) = limit_error(
        &[
            ("report.md.hbs", "{{> again}}\n"),
            ("partials/again.md.hbs", "{{#with country}}{{> again}}{{/with}}\n"),
        ],
        Format::Md,
    );
    assert_eq!((file.as_str(), line), ("partials/again.md.hbs", 1));
    assert_eq!(message, "partial `again` calls itself");
}

#[test]
fn eight_thousand_nested_ifs_are_refused_at_the_first_too_deep() {
    let text = format!("{}x{}", "{{#if gaps}}\n".repeat(8_000), "{{/if}}".repeat(8_000));
    let (file, line, message) = limit_error(&[("report.html.hbs", &text)], Format::Html);
    assert_eq!((file.as_str(), line), ("report.html.hbs", 33));
    assert!(message.contains("nested more than 32 deep"), "{message}");
}

#[test]
fn twenty_thousand_expressions_are_refused_and_json_compiles_none() {
    let text = "{{as_of}}\n".repeat(20_000);
    let (file, line, message) = limit_error(&[("report.md.hbs", &text)], Format::Md);
    assert_eq!((file.as_str(), line), ("report.md.hbs", 5_001));
    assert!(message.contains("more than 5000 expressions"), "{message}");
    let dir = tempfile::tempdir().unwrap();
    write_template(dir.path(), "report.md.hbs", &text);
    let templates = Templates::with_overrides(dir.path()).unwrap();
    assert!(render_assessment(&mexiland(), Format::Json, &templates).is_ok());
}

#[test]
fn each_nested_twelve_deep_runs_out_of_steps() {
    let text = format!("{}x{}", "{{#each @root.criteria}}".repeat(12), "{{/each}}".repeat(12));
    let (file, line, message) = limit_error(&[("report.md.hbs", &text)], Format::Md);
    assert_eq!((file.as_str(), line), ("report.md.hbs", 1));
    assert!(message.contains("`{{#each}}` blocks took more than"), "{message}");
}

#[test]
fn a_template_over_256_kb_is_refused_when_read() {
    let text = "x".repeat(300 * 1024);
    let (file, _, message) = limit_error(&[("report.md.hbs", &text)], Format::Json);
    assert_eq!(file, "report.md.hbs");
    assert!(message.contains("over the limit of 256 KB"), "{message}");
}
