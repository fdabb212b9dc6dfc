//! PDF: an HTML report printed by a headless Chromium found on the machine.
//!
//! gapwise draws no PDF itself. The HTML report carries print styles (A4
//! pages, page breaks, a footer with the country, the date and the page
//! number in CSS page-margin boxes), and Chromium prints it with
//! `--print-to-pdf`: headless, without its own header and footer, in a fresh
//! profile folder that is removed afterwards, and within a time limit.
//!
//! [`Browser::find`] looks for the browser: a path given by the caller, else
//! [`BROWSER_ENV`], else `chromium`, `chromium-browser`, `google-chrome` and
//! `google-chrome-stable` on `PATH`.
//!
//! Each run gets a temporary folder (the page, the PDF, the browser's
//! profile) and runs in a process group of its own: at the time limit the
//! whole group is stopped, not just the browser's main process, and
//! [`abort_all`] (called by the CLI on Ctrl-C or SIGTERM) stops every run
//! under way and removes its folder.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

mod workspace;

pub use workspace::abort_all;
use workspace::{kill_group, Workspace};

/// Environment variable naming the browser when no path is given.
pub const BROWSER_ENV: &str = "GAPWISE_BROWSER";

/// Names looked up on `PATH`, in this order.
pub const BROWSER_NAMES: &[&str] = &["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"];

/// Flags every run of the browser gets: headless, no sandbox (it runs in
/// containers and CI as root), nothing started that talks to the network on
/// its own. Each run also gets a fresh `--user-data-dir`.
pub const HEADLESS_FLAGS: &[&str] = &[
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-extensions",
    "--hide-scrollbars",
];

/// How long a browser run may take before it is stopped.
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(60);

/// What can go wrong when printing a PDF.
#[derive(Debug, thiserror::Error)]
pub enum PdfError {
    #[error("no Chromium or Chrome found to print the PDF (looked for `{}` on PATH)", BROWSER_NAMES.join("`, `"))]
    NoBrowser,
    #[error("browser `{path}` (from {origin}) is not an executable file")]
    BadBrowser { path: String, origin: &'static str },
    #[error("cannot prepare the page to print: {0}")]
    Io(#[from] std::io::Error),
    #[error("cannot start the browser `{browser}`: {source}")]
    Start { browser: String, source: std::io::Error },
    #[error("the browser `{browser}` did not finish within {seconds} s and was stopped")]
    Timeout { browser: String, seconds: u64 },
    #[error("the browser `{browser}` wrote no PDF ({status}){detail}")]
    NoPdf {
        browser: String,
        status: String,
        detail: String,
    },
}

impl PdfError {
    /// What to do about it.
    pub fn help(&self) -> &'static str {
        match self {
            PdfError::NoBrowser => {
                "install Chromium (`apt-get install chromium` on Debian and Ubuntu), or give the browser with `--browser PATH` or GAPWISE_BROWSER"
            }
            PdfError::BadBrowser { .. } => "give the path of a Chromium or Chrome executable",
            PdfError::Io(_) => "check that the temporary folder (TMPDIR) is writable",
            PdfError::Start { .. } | PdfError::NoPdf { .. } => {
                "run the browser by hand with `--headless --print-to-pdf=out.pdf` on the HTML report to see what it says"
            }
            PdfError::Timeout { .. } => "the machine may be busy: try again, or write `--format html` and print it from a browser",
        }
    }
}

/// A headless Chromium or Chrome.
#[derive(Debug, Clone)]
pub struct Browser {
    path: PathBuf,
    timeout: Duration,
}

impl Browser {
    /// The browser to use: `explicit` (a path, or a name looked up on
    /// `PATH`), else the one [`BROWSER_ENV`] names, else the first of
    /// [`BROWSER_NAMES`] on `PATH`.
    pub fn find(explicit: Option<&Path>) -> Result<Browser, PdfError> {
        let env = std::env::var_os(BROWSER_ENV).filter(|v| !v.is_empty());
        let given = match (explicit, &env) {
            (Some(path), _) => Some((path.to_path_buf(), "--browser")),
            (None, Some(path)) => Some((PathBuf::from(path), BROWSER_ENV)),
            (None, None) => None,
        };
        let path = match given {
            Some((path, origin)) => resolve(&path).ok_or_else(|| PdfError::BadBrowser {
                path: path.display().to_string(),
                origin,
            })?,
            None => BROWSER_NAMES
                .iter()
                .find_map(|name| on_path(Path::new(name)))
                .ok_or(PdfError::NoBrowser)?,
        };
        Ok(Browser {
            path,
            timeout: DEFAULT_TIMEOUT,
        })
    }

    /// The same browser with another time limit per run.
    pub fn with_timeout(mut self, timeout: Duration) -> Browser {
        self.timeout = timeout;
        self
    }

    /// The browser's executable.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Prints an HTML page (self-contained: inline styles, no external
    /// resources) to PDF; gives the PDF's bytes.
    pub fn print_pdf(&self, html: &str) -> Result<Vec<u8>, PdfError> {
        let dir = Workspace::new("gapwise-print-")?;
        let page = dir.path().join("report.html");
        std::fs::write(&page, html)?;
        let pdf = dir.path().join("report.pdf");
        let flags = [
            "--no-pdf-header-footer".to_string(),
            format!("--print-to-pdf={}", pdf.display()),
        ];
        let run = self.run_in(&dir, &page, &flags)?;
        match std::fs::read(&pdf) {
            Ok(bytes) if bytes.starts_with(b"%PDF-") => Ok(bytes),
            _ => Err(PdfError::NoPdf {
                browser: self.path.display().to_string(),
                status: run.status,
                detail: run.stderr_tail,
            }),
        }
    }

    /// Runs the browser headless on a page file, with [`HEADLESS_FLAGS`],
    /// a fresh profile folder and `extra` flags (`--screenshot=...`,
    /// `--dump-dom`, `--window-size=...`); gives what it wrote to standard
    /// output. Fails when the browser does not end within the time limit.
    pub fn run(&self, page: &Path, extra: &[String]) -> Result<Vec<u8>, PdfError> {
        let dir = Workspace::new("gapwise-browser-")?;
        Ok(self.run_in(&dir, page, extra)?.stdout)
    }

    fn run_in(&self, workspace: &Workspace, page: &Path, extra: &[String]) -> Result<Run, PdfError> {
        let dir = workspace.path();
        let browser = self.path.display().to_string();
        let profile = dir.join("profile");
        let stdout_file = dir.join("stdout");
        let stderr_file = dir.join("stderr");
        let page = std::path::absolute(page)?;
        let mut command = Command::new(&self.path);
        // A group of its own: the browser's helpers (renderer, GPU, zygote)
        // are stopped with it.
        #[cfg(unix)]
        std::os::unix::process::CommandExt::process_group(&mut command, 0);
        let mut child = command
            .args(HEADLESS_FLAGS)
            .arg(format!("--user-data-dir={}", profile.display()))
            .args(extra)
            .arg(file_url(&page))
            .stdin(Stdio::null())
            .stdout(std::fs::File::create(&stdout_file)?)
            .stderr(std::fs::File::create(&stderr_file)?)
            .spawn()
            .map_err(|source| PdfError::Start {
                browser: browser.clone(),
                source,
            })?;
        workspace.started(child.id());
        let started = Instant::now();
        let status = loop {
            if let Some(status) = child.try_wait()? {
                break status;
            }
            if started.elapsed() > self.timeout {
                kill_group(child.id());
                let _ = child.kill();
                let _ = child.wait();
                return Err(PdfError::Timeout {
                    browser,
                    seconds: self.timeout.as_secs(),
                });
            }
            std::thread::sleep(Duration::from_millis(25));
        };
        // Helpers the browser left behind go with it.
        kill_group(child.id());
        let stderr = std::fs::read_to_string(&stderr_file).unwrap_or_default();
        Ok(Run {
            status: status.to_string(),
            stdout: std::fs::read(&stdout_file)?,
            stderr_tail: stderr_tail(&stderr),
        })
    }
}

/// What a browser run left.
struct Run {
    status: String,
    stdout: Vec<u8>,
    /// The last lines of standard error, as `: line; line`, or empty.
    stderr_tail: String,
}

/// The last three lines of the browser's standard error worth showing
/// (Chromium's complaints about a missing D-Bus are not).
fn stderr_tail(stderr: &str) -> String {
    let lines: Vec<&str> = stderr
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.contains("dbus"))
        .collect();
    let tail = &lines[lines.len().saturating_sub(3)..];
    if tail.is_empty() {
        String::new()
    } else {
        format!(": {}", tail.join("; "))
    }
}

/// An executable at `path` (when it has a `/`), or one of that name on `PATH`.
fn resolve(path: &Path) -> Option<PathBuf> {
    if path.components().count() > 1 || path.is_absolute() {
        is_executable(path).then(|| path.to_path_buf())
    } else {
        on_path(path)
    }
}

fn on_path(name: &Path) -> Option<PathBuf> {
    let paths = std::env::var_os("PATH")?;
    std::env::split_paths(&paths)
        .map(|dir| dir.join(name))
        .find(|candidate| is_executable(candidate))
}

fn is_executable(path: &Path) -> bool {
    let Ok(meta) = std::fs::metadata(path) else {
        return false;
    };
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        meta.is_file() && meta.permissions().mode() & 0o111 != 0
    }
    #[cfg(not(unix))]
    {
        meta.is_file()
    }
}

/// `file://` URL of an absolute path, every byte but unreserved ones and
/// `/` percent-encoded.
fn file_url(path: &Path) -> String {
    let text = path.to_string_lossy().replace('\\', "/");
    let mut url = String::from("file://");
    if !text.starts_with('/') {
        url.push('/');
    }
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || matches!(byte, b'/' | b'-' | b'_' | b'.' | b'~') {
            url.push(char::from(byte));
        } else {
            url.push_str(&format!("%{byte:02X}"));
        }
    }
    url
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_urls_encode_what_is_not_plain() {
        assert_eq!(file_url(Path::new("/tmp/a b/r#1.html")), "file:///tmp/a%20b/r%231.html");
        assert_eq!(file_url(Path::new("/tmp/é.html")), "file:///tmp/%C3%A9.html");
    }

    #[test]
    fn a_path_that_is_no_executable_is_refused() {
        let dir = tempfile::tempdir().expect("temporary folder");
        let plain = dir.path().join("chromium");
        std::fs::write(&plain, "not a program").expect("written");
        let err = Browser::find(Some(&plain)).expect_err("a file without the executable bit is refused");
        assert!(
            matches!(
                err,
                PdfError::BadBrowser {
                    origin: "--browser",
                    ..
                }
            ),
            "{err}"
        );
        let err = Browser::find(Some(&dir.path().join("missing"))).expect_err("a missing file is refused");
        assert!(err.to_string().contains("missing"), "{err}");
    }

    /// A stand-in browser: a shell script with the executable bit.
    #[cfg(unix)]
    fn fake_browser(dir: &Path, body: &str) -> PathBuf {
        use std::os::unix::fs::PermissionsExt;
        let path = dir.join("fake-chromium");
        std::fs::write(&path, format!("#!/bin/sh\n{body}\n")).expect("script written");
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o755)).expect("executable");
        path
    }

    #[cfg(unix)]
    #[test]
    fn a_browser_that_hangs_is_stopped_at_the_time_limit() {
        let dir = tempfile::tempdir().expect("temporary folder");
        let fake = fake_browser(dir.path(), "exec sleep 30");
        let browser = Browser::find(Some(&fake))
            .expect("found")
            .with_timeout(Duration::from_millis(300));
        let started = Instant::now();
        let err = browser.print_pdf("<p>x</p>").expect_err("stopped");
        assert!(matches!(err, PdfError::Timeout { .. }), "{err}");
        assert!(
            started.elapsed() < Duration::from_secs(10),
            "stopped soon after the limit"
        );
    }

    /// A stand-in browser that records its profile folder and the id of a
    /// helper it starts in `rec`, then runs `then`.
    #[cfg(unix)]
    fn browser_with_a_helper(dir: &Path, rec: &Path, then: &str) -> PathBuf {
        fake_browser(
            dir,
            &format!(
                "for a in \"$@\"; do case \"$a\" in --user-data-dir=*) p=\"${{a#--user-data-dir=}}\";; --print-to-pdf=*) out=\"${{a#--print-to-pdf=}}\";; esac; done\n\
                 sleep 30 &\n\
                 echo $! > '{rec}/helper'\n\
                 echo \"$p\" > '{rec}/profile'\n\
                 {then}",
                rec = rec.display()
            ),
        )
    }

    /// Whether a process is gone (or a zombie waiting for its parent).
    #[cfg(unix)]
    fn is_gone(pid: &str) -> bool {
        let status = std::fs::read_to_string(format!("/proc/{}/status", pid.trim())).unwrap_or_default();
        status.is_empty() || status.lines().any(|l| l.starts_with("State:") && l.contains('Z'))
    }

    /// What a run left: its helper is stopped, its folder removed.
    #[cfg(unix)]
    fn assert_nothing_left(rec: &Path) {
        let helper = std::fs::read_to_string(rec.join("helper")).expect("the helper started");
        let profile = std::fs::read_to_string(rec.join("profile")).expect("the profile recorded");
        let folder = Path::new(profile.trim()).parent().expect("the run's folder");
        assert!(folder.starts_with(std::env::temp_dir()), "{}", folder.display());
        for _ in 0..100 {
            if is_gone(&helper) {
                break;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        assert!(is_gone(&helper), "the helper {} still runs", helper.trim());
        assert!(!folder.exists(), "{} is left behind", folder.display());
        assert!(workspace::live().iter().all(|(_, d)| d != folder), "still registered");
    }

    #[cfg(unix)]
    #[test]
    fn a_print_leaves_no_folder_and_no_helper_process() {
        let dir = tempfile::tempdir().expect("temporary folder");
        let fake = browser_with_a_helper(dir.path(), dir.path(), "printf '%%PDF-fake' > \"$out\"");
        let pdf = Browser::find(Some(&fake))
            .expect("found")
            .print_pdf("<p>x</p>")
            .expect("printed");
        assert_eq!(pdf, b"%PDF-fake");
        assert_nothing_left(dir.path());
    }

    #[cfg(unix)]
    #[test]
    fn a_print_stopped_at_the_time_limit_stops_the_whole_process_group() {
        let dir = tempfile::tempdir().expect("temporary folder");
        let fake = browser_with_a_helper(dir.path(), dir.path(), "wait");
        let err = Browser::find(Some(&fake))
            .expect("found")
            .with_timeout(Duration::from_millis(500))
            .print_pdf("<p>x</p>")
            .expect_err("stopped");
        assert!(matches!(err, PdfError::Timeout { .. }), "{err}");
        assert_nothing_left(dir.path());
    }

    #[cfg(unix)]
    #[test]
    fn a_browser_that_writes_no_pdf_is_an_error_with_what_it_said() {
        let dir = tempfile::tempdir().expect("temporary folder");
        let fake = fake_browser(dir.path(), "echo 'cannot open display' >&2; exit 1");
        let err = Browser::find(Some(&fake))
            .expect("found")
            .print_pdf("<p>x</p>")
            .expect_err("no PDF");
        let text = err.to_string();
        assert!(text.contains("wrote no PDF"), "{text}");
        assert!(text.contains("cannot open display"), "{text}");
    }

    #[cfg(unix)]
    #[test]
    fn the_browser_gets_the_headless_flags_a_fresh_profile_and_the_page() {
        let dir = tempfile::tempdir().expect("temporary folder");
        // Writes its arguments as the "PDF", so that they can be read back.
        let fake = fake_browser(
            dir.path(),
            "for a in \"$@\"; do case \"$a\" in --print-to-pdf=*) out=\"${a#--print-to-pdf=}\";; esac; done\n\
             { printf '%%PDF-fake\\n'; printf '%s\\n' \"$@\"; } > \"$out\"",
        );
        let bytes = Browser::find(Some(&fake))
            .expect("found")
            .print_pdf("<p>x</p>")
            .expect("printed");
        let args = String::from_utf8(bytes).expect("text");
        for flag in HEADLESS_FLAGS {
            assert!(args.lines().any(|l| l == *flag), "`{flag}` missing: {args}");
        }
        assert!(args.contains("--user-data-dir="), "{args}");
        assert!(args.contains("--no-pdf-header-footer"), "{args}");
        let last = args.lines().last().unwrap_or_default();
        assert!(last.starts_with("file:///") && last.ends_with("/report.html"), "{last}");
    }

    #[test]
    fn the_tail_of_standard_error_leaves_out_dbus_noise() {
        let text = "[1:2:ERROR:dbus/bus.cc:405] Failed to connect\nfirst\n\nsecond\nthird\nfourth\n";
        assert_eq!(stderr_tail(text), ": second; third; fourth");
        assert_eq!(stderr_tail("[1:ERROR:dbus/x] no bus\n"), "");
    }
}
