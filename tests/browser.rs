//! The HTML and PDF reports in a real browser: headless Chromium, as
//! `gapwise::report::pdf::Browser` finds it (GAPWISE_BROWSER, or chromium,
//! chromium-browser, google-chrome on PATH). Where there is none, each test
//! prints `skipped: ...` and returns: skipped, not passed.
//!
//! Screenshots at 390 and 1280 px are left in `target/browser-artifacts/`.

use std::path::{Path, PathBuf};

use assert_cmd::Command;
use gapwise::report::pdf::Browser;

const MEXICO: &str = "profiles/mexico-2014.yaml";

fn gapwise() -> Command {
    Command::cargo_bin("gapwise").expect("binary builds")
}

/// Says a test (or part of one) was skipped, straight to standard error:
/// the test harness captures `eprintln!` of passing tests, and a skip must
/// show in CI's log.
fn skipped(what: &str) {
    use std::io::Write;
    let _ = writeln!(std::io::stderr(), "skipped: {what}");
}

/// The browser, or `None` after saying the test is skipped.
fn browser(test: &str) -> Option<Browser> {
    match Browser::find(None) {
        Ok(b) => Some(b.with_timeout(std::time::Duration::from_secs(45))),
        Err(e) => {
            skipped(&format!("{test}: no chromium ({e})"));
            None
        }
    }
}

/// Where screenshots are kept: `target/browser-artifacts`.
fn artifacts() -> PathBuf {
    let tmp = Path::new(env!("CARGO_TARGET_TMPDIR"));
    let dir = tmp.parent().unwrap_or(tmp).join("browser-artifacts");
    std::fs::create_dir_all(&dir).expect("artifacts folder");
    dir
}

/// Writes the HTML report of `profile` (budapest pack) into `dir`; gives its path.
fn html_report(profile: &Path, dir: &Path) -> PathBuf {
    gapwise()
        .args(["assess", "--pack", "budapest", "--format", "html", "--quiet", "--out"])
        .arg(dir)
        .arg(profile)
        .assert()
        .success();
    let mut pages: Vec<PathBuf> = std::fs::read_dir(dir)
        .expect("output folder")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "html"))
        .collect();
    assert_eq!(pages.len(), 1, "one HTML report: {pages:?}");
    pages.remove(0)
}

fn run(b: &Browser, page: &Path, flags: &[String]) -> String {
    let out = b.run(page, flags).expect("the browser runs");
    String::from_utf8_lossy(&out).into_owned()
}

/// The page as Chromium has it once loaded, scripts run.
fn dump_dom(b: &Browser, page: &Path) -> String {
    run(b, page, &["--virtual-time-budget=3000".into(), "--dump-dom".into()])
}

/// Layout of a report at `width` px: the report (a copy, with a measuring
/// script added for the test only) in a frame of that width, which posts the
/// document's scroll width, client width and height, and the elements that
/// stick out on the right, to the wrapper page; the wrapper's DOM is dumped.
#[derive(Debug)]
struct Layout {
    scroll_width: f64,
    client_width: f64,
    height: f64,
    wide: String,
}

fn layout(b: &Browser, report: &Path, width: u32) -> Layout {
    let dir = report.parent().expect("report folder");
    let html = std::fs::read_to_string(report).expect("report");
    let probe = r#"<script>addEventListener('load', () => {
  const d = document.documentElement;
  const wide = [];
  for (const e of document.body.querySelectorAll('*')) {
    const r = e.getBoundingClientRect();
    if (r.right > d.clientWidth + 0.5) wide.push(e.tagName + (e.id ? '#' + e.id : '') + '.' + e.className + '@' + Math.round(r.right));
  }
  parent.postMessage([d.scrollWidth, d.clientWidth, d.scrollHeight, wide.slice(0, 8).join(' ')].join('|'), '*');
});</script>"#;
    let measured = dir.join(format!("measured-{width}.html"));
    std::fs::write(&measured, html.replacen("</head>", &format!("{probe}</head>"), 1)).expect("measured copy");
    let wrapper = dir.join(format!("wrapper-{width}.html"));
    std::fs::write(
        &wrapper,
        format!(
            "<!DOCTYPE html><html><body style=\"margin:0\"><pre id=\"m\">pending</pre>\
<script>addEventListener('message', e => {{ document.getElementById('m').textContent = e.data; }});</script>\
<iframe src=\"measured-{width}.html\" style=\"width:{width}px;height:800px;border:0\"></iframe></body></html>"
        ),
    )
    .expect("wrapper");
    let dom = dump_dom(b, &wrapper);
    let text = dom
        .split("<pre id=\"m\">")
        .nth(1)
        .and_then(|rest| rest.split("</pre>").next())
        .unwrap_or_default()
        .to_string();
    let parts: Vec<&str> = text.split('|').collect();
    let number = |i: usize| -> f64 {
        parts
            .get(i)
            .and_then(|t| t.parse().ok())
            .unwrap_or_else(|| panic!("the page was not measured at {width} px: `{text}`"))
    };
    Layout {
        scroll_width: number(0),
        client_width: number(1),
        height: number(2),
        wide: parts.get(3).unwrap_or(&"").to_string(),
    }
}

/// A screenshot of the whole page at `width` px (height capped), kept as an artifact.
fn screenshot(b: &Browser, report: &Path, width: u32, height: f64, name: &str) -> PathBuf {
    let file = artifacts().join(name);
    let _ = std::fs::remove_file(&file);
    let height = (height.ceil() as u32).clamp(600, 16_000);
    run(
        b,
        report,
        &[
            format!("--window-size={width},{height}"),
            format!("--screenshot={}", file.display()),
        ],
    );
    let png = std::fs::read(&file).unwrap_or_else(|e| panic!("no screenshot `{}`: {e}", file.display()));
    assert!(png.starts_with(b"\x89PNG"), "`{}` is a PNG", file.display());
    file
}

#[test]
fn the_probe_sees_a_page_that_overflows() {
    let Some(b) = browser("the_probe_sees_a_page_that_overflows") else {
        return;
    };
    let dir = tempfile::tempdir().expect("temporary folder");
    let page = dir.path().join("wide.html");
    std::fs::write(
        &page,
        "<!DOCTYPE html><html><head><title>wide</title></head><body><p style=\"width:600px\">x</p></body></html>",
    )
    .expect("page");
    let narrow = layout(&b, &page, 390);
    assert!(narrow.scroll_width > narrow.client_width, "{narrow:?}");
    assert!(
        narrow.wide.contains("P.@"),
        "the element sticking out is named: {narrow:?}"
    );
    let wide = layout(&b, &page, 1280);
    assert!(wide.scroll_width <= wide.client_width, "{wide:?}");
}

fn assert_fits(layout: &Layout, width: u32, what: &str) {
    assert!(
        layout.scroll_width <= layout.client_width,
        "{what} overflows sideways at {width} px: scroll width {} > {}; sticking out: {}",
        layout.scroll_width,
        layout.client_width,
        layout.wide
    );
}

/// Mexico's profile with hostile strings in what the report shows: markup
/// with scripts and handlers, a `javascript:` link, a 600-character word and
/// right-to-left text (with an override character).
fn hostile_profile() -> String {
    let mexico = std::fs::read_to_string(MEXICO).expect("Mexico profile");
    let yaml = |s: &str| serde_json::to_string(s).expect("a JSON string is a YAML string");
    let long = "Cyber".repeat(120);
    let source = format!(
        "<script>document.title='pwned by script'</script><img src=x onerror=\"document.title='pwned by onerror'\"> {long} \
         مصدر قانوني عربي \u{202e}reversed"
    );
    let quote = format!("<svg onload=\"document.title='pwned by svg'\"></svg> Invited {long} فبراير 2007");
    let strategy = format!("<a href=\"javascript:document.title='pwned by link'\">click</a> {long} استراتيجية");
    let replaced = mexico
        .replacen("name: Mexico", "name: Hostiland", 1)
        .replacen(
            "title: \"Council of Europe, Octopus Cybercrime Community country wiki: Mexico\"",
            &format!(
                "title: {}\n      url: {}",
                yaml(&source),
                yaml("javascript:document.title='pwned by url'")
            ),
            1,
        )
        .replacen(
            "quote: \"Invited to accede: 1 February 2007\"",
            &format!("quote: {}", yaml(&quote)),
            1,
        )
        .replacen(
            "value: National Strategy for Information Security (NSIS)",
            &format!("value: {}", yaml(&strategy)),
            1,
        );
    for (what, marker) in [
        ("name", "Hostiland"),
        ("source", "onerror"),
        ("quote", "svg onload"),
        ("strategy", "click"),
    ] {
        assert!(
            replaced.contains(marker),
            "the {what} was replaced: check the Mexico profile"
        );
    }
    replaced
}

#[test]
fn hostile_report_runs_no_script_and_fits_a_phone() {
    let Some(b) = browser("hostile_report_runs_no_script_and_fits_a_phone") else {
        return;
    };
    let dir = tempfile::tempdir().expect("temporary folder");
    let profile = dir.path().join("hostiland.yaml");
    std::fs::write(&profile, hostile_profile()).expect("profile written");
    let out = dir.path().join("out");
    let report = html_report(&profile, &out);

    let dom = dump_dom(&b, &report);
    assert!(
        dom.contains("<title>Hostiland: gap analysis as of 2014-11-23</title>"),
        "the title is unchanged once scripts had their chance: {}",
        dom.split("</title>").next().unwrap_or_default()
    );
    for element in ["<script", "<img", "<svg onload", "href=\"javascript"] {
        assert!(!dom.contains(element), "`{element}` became markup");
    }
    assert!(
        dom.contains("&lt;script&gt;document.title="),
        "the markup shows as text"
    );
    assert!(dom.contains("مصدر قانوني عربي"), "right-to-left text is kept");
    assert!(
        !dom.contains('\u{202e}'),
        "an override left open would reverse the rest of the paragraph (the source's date)"
    );

    let phone = layout(&b, &report, 390);
    assert_fits(&phone, 390, "the hostile report");
    screenshot(&b, &report, 390, phone.height, "hostile-390.png");
    let desktop = layout(&b, &report, 1280);
    assert_fits(&desktop, 1280, "the hostile report");
    screenshot(&b, &report, 1280, desktop.height, "hostile-1280.png");
}

#[test]
fn mexico_report_fits_a_phone_and_a_desktop() {
    let Some(b) = browser("mexico_report_fits_a_phone_and_a_desktop") else {
        return;
    };
    let dir = tempfile::tempdir().expect("temporary folder");
    let report = html_report(Path::new(MEXICO), dir.path());
    for width in [390, 1280] {
        let layout = layout(&b, &report, width);
        assert_fits(&layout, width, "the Mexico report");
        assert!(layout.height > 2000.0, "the whole report was laid out: {layout:?}");
        screenshot(&b, &report, width, layout.height, &format!("mexico-{width}.png"));
    }
}

#[test]
fn progress_comparison_and_catalogue_fit_a_phone() {
    let Some(b) = browser("progress_comparison_and_catalogue_fit_a_phone") else {
        return;
    };
    let dir = tempfile::tempdir().expect("temporary folder");
    let snapshots = "tests/data/progress/snapshots";
    gapwise()
        .args(["progress", snapshots, "--format", "html", "-q", "--out"])
        .arg(dir.path())
        .assert()
        .success();
    gapwise()
        .args(["compare", snapshots, "-q", "--out"])
        .arg(dir.path())
        .assert()
        .success();
    let catalogue = gapwise().args(["rules", "doc", "--format", "html"]).assert().success();
    std::fs::write(dir.path().join("catalogue.html"), &catalogue.get_output().stdout).expect("catalogue");
    let mut pages: Vec<PathBuf> = std::fs::read_dir(dir.path())
        .expect("folder")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "html"))
        .collect();
    pages.sort();
    assert_eq!(pages.len(), 3, "{pages:?}");
    for page in pages {
        let name = page
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        // The comparison matrix scrolls inside its own box; the page must not.
        assert_fits(&layout(&b, &page, 390), 390, &name);
    }
}

/// Runs a poppler tool, or gives `None` (after saying so) when it is not installed.
fn poppler(tool: &str, args: &[&std::ffi::OsStr]) -> Option<String> {
    match std::process::Command::new(tool).args(args).output() {
        Ok(out) if out.status.success() => Some(String::from_utf8_lossy(&out.stdout).into_owned()),
        Ok(out) => panic!("{tool} failed: {}", String::from_utf8_lossy(&out.stderr)),
        Err(_) => {
            skipped(&format!(
                "{tool} is not installed (poppler-utils): its checks were not run"
            ));
            None
        }
    }
}

#[test]
fn mexico_pdf_is_a4_with_page_numbers_and_the_country() {
    let Some(b) = browser("mexico_pdf_is_a4_with_page_numbers_and_the_country") else {
        return;
    };
    let dir = tempfile::tempdir().expect("temporary folder");
    gapwise()
        .args(["assess", MEXICO, "--pack", "budapest", "--format", "pdf", "--out"])
        .arg(dir.path())
        .arg("--browser")
        .arg(b.path())
        .assert()
        .success()
        .stderr(predicates::str::contains("mx-2014-11-23.pdf"));
    let pdf = dir.path().join("mx-2014-11-23.pdf");
    let bytes = std::fs::read(&pdf).expect("the PDF is written");
    assert!(bytes.starts_with(b"%PDF-"));
    let leftovers: Vec<_> = std::fs::read_dir(dir.path())
        .expect("folder")
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n != "mx-2014-11-23.pdf")
        .collect();
    assert!(leftovers.is_empty(), "nothing but the PDF: {leftovers:?}");

    let Some(info) = poppler("pdfinfo", &[pdf.as_os_str()]) else {
        return;
    };
    assert!(info.contains("(A4)"), "A4 pages: {info}");
    let pages: u32 = info
        .lines()
        .find_map(|l| l.strip_prefix("Pages:"))
        .and_then(|n| n.trim().parse().ok())
        .expect("a page count");
    assert!(pages > 1, "{pages} page(s)");
    let Some(text) = poppler("pdftotext", &["-layout".as_ref(), pdf.as_os_str(), "-".as_ref()]) else {
        return;
    };
    assert!(text.contains("Mexico (MX)"), "the country is in the text");
    assert!(text.contains("Executive summary"));
    assert!(
        text.matches("Mexico (MX) · 2014-11-23").count() >= pages as usize,
        "the footer names the country and date on every page"
    );
    for page in [1, pages] {
        assert!(
            text.contains(&format!("{page} / {pages}")),
            "page number `{page} / {pages}` in the footer"
        );
    }
}

#[test]
fn report_re_renders_saved_results_as_pdf() {
    let Some(b) = browser("report_re_renders_saved_results_as_pdf") else {
        return;
    };
    let dir = tempfile::tempdir().expect("temporary folder");
    let results = dir.path().join("results.json");
    let out = gapwise()
        .args(["assess", MEXICO, "--pack", "capacity", "--format", "json"])
        .assert()
        .success();
    std::fs::write(&results, &out.get_output().stdout).expect("results written");
    gapwise()
        .arg("report")
        .arg(&results)
        .args(["--format", "pdf", "--out"])
        .arg(dir.path())
        .env("GAPWISE_BROWSER", b.path())
        .assert()
        .success();
    let pdf = std::fs::read(dir.path().join("mx-2014-11-23.pdf")).expect("the PDF is written");
    assert!(pdf.starts_with(b"%PDF-"));
}

#[test]
fn pdf_without_a_browser_says_how_to_get_one_and_writes_nothing() {
    let dir = tempfile::tempdir().expect("temporary folder");
    let empty = dir.path().join("empty-path");
    std::fs::create_dir(&empty).expect("folder");
    let out = dir.path().join("out");
    let assert = gapwise()
        .args(["assess", MEXICO, "--format", "pdf", "--out"])
        .arg(&out)
        .env("PATH", &empty)
        .env_remove("GAPWISE_BROWSER")
        .assert()
        .code(2);
    let stderr = String::from_utf8_lossy(&assert.get_output().stderr).into_owned();
    assert!(stderr.contains("no Chromium or Chrome found"), "{stderr}");
    assert!(
        stderr.contains("help: install Chromium (`apt-get install chromium`"),
        "{stderr}"
    );
    assert!(!out.join("mx-2014-11-23.pdf").exists());

    let assert = gapwise()
        .args(["assess", MEXICO, "--format", "pdf", "--out"])
        .arg(&out)
        .env("GAPWISE_BROWSER", dir.path().join("no-such-browser"))
        .assert()
        .code(2);
    let stderr = String::from_utf8_lossy(&assert.get_output().stderr).into_owned();
    assert!(stderr.contains("no-such-browser"), "{stderr}");
    assert!(
        stderr.contains("(from GAPWISE_BROWSER) is not an executable file"),
        "{stderr}"
    );
}

#[test]
fn pdf_is_not_written_to_standard_output() {
    gapwise()
        .args(["assess", MEXICO, "--format", "pdf"])
        .assert()
        .code(2)
        .stdout("")
        .stderr(predicates::str::contains("add `--out DIR`"));
}

/// Whether the text holds `page / pages` (pdftotext may drop the spaces).
fn has_page_number(text: &str, page: usize, pages: usize) -> bool {
    text.contains(&format!("{page} / {pages}")) || text.contains(&format!("{page}/{pages}"))
}

/// `pdfinfo`'s page count.
fn page_count(info: &str) -> usize {
    info.lines()
        .find_map(|l| l.strip_prefix("Pages:"))
        .and_then(|n| n.trim().parse().ok())
        .expect("a page count")
}

#[test]
fn progress_and_compare_print_to_a4_in_the_report_language() {
    let Some(b) = browser("progress_and_compare_print_to_a4_in_the_report_language") else {
        return;
    };
    let dir = tempfile::tempdir().expect("temporary folder");
    let snapshots = [
        "tests/data/progress/snapshots/2014/mexico.yaml",
        "tests/data/progress/snapshots/2020/mexico.yaml",
    ];
    gapwise()
        .arg("progress")
        .args(snapshots)
        .args(["--lang", "fr", "--format", "pdf", "--out"])
        .arg(dir.path())
        .arg("--browser")
        .arg(b.path())
        .assert()
        .success();
    gapwise()
        .arg("compare")
        .args(snapshots)
        .args([MEXICO, "--lang", "es", "--format", "pdf", "--out"])
        .arg(dir.path())
        .arg("--browser")
        .arg(b.path())
        .assert()
        .success();
    let progress = dir.path().join("mx-progress-2014-11-23-2020-06-30.pdf");
    let compare = dir.path().join("compare.pdf");
    for pdf in [&progress, &compare] {
        assert!(std::fs::read(pdf).expect("the PDF is written").starts_with(b"%PDF-"));
    }
    let Some(info) = poppler("pdfinfo", &[progress.as_os_str()]) else {
        return;
    };
    assert!(info.contains("594.96 x 841.92 pts (A4)"), "A4 portrait: {info}");
    let pages = page_count(&info);
    let Some(text) = poppler("pdftotext", &["-layout".as_ref(), progress.as_os_str(), "-".as_ref()]) else {
        return;
    };
    assert!(text.contains("Ce qui a changé dans les faits"), "{text}");
    assert!(
        text.contains("instrument d'adhésion déposé le 29 juin 2018"),
        "the narrative in French"
    );
    assert!(
        text.matches("Mexico (MX) · 23 novembre 2014 → 30 juin 2020").count() >= pages,
        "the footer names the country and the span on every page"
    );
    assert!(has_page_number(&text, pages, pages), "page numbers");
    assert!(!text.contains("What changed") && !text.contains("new evidence"));

    let info = poppler("pdfinfo", &[compare.as_os_str()]).expect("pdfinfo ran above");
    assert!(info.contains("841.92 x 594.96 pts (A4)"), "A4 landscape: {info}");
    let pages = page_count(&info);
    let text = poppler("pdftotext", &["-layout".as_ref(), compare.as_os_str(), "-".as_ref()]).expect("pdftotext");
    assert!(text.contains("Países que lo cumplen"), "{text}");
    assert!(has_page_number(&text, 1, pages), "page numbers");
    // Every column of the matrix is on the page: the last criterion's number too.
    assert!(text.contains("50 51"), "the matrix is not cut at the right edge");
}
