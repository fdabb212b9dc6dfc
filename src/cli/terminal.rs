//! The terminal side of the command line: how much to say (`--quiet`,
//! `--verbose`), shell completions and the man page, both generated from
//! the clap definition so that they never fall behind it.
//!
//! Colour: only clap's help and usage errors are coloured, and clap
//! (through anstream) colours only a terminal, never with `NO_COLOR` set.
//! Everything else gapwise prints is plain text.

use std::sync::atomic::{AtomicU8, Ordering};

use clap::CommandFactory;

use super::{Cli, CliError, Exit};

pub use clap_complete::Shell;

static LEVEL: AtomicU8 = AtomicU8::new(NORMAL);
const QUIET: u8 = 0;
const NORMAL: u8 = 1;
const VERBOSE: u8 = 2;

/// Sets how much the commands say; `--quiet` wins over `--verbose`.
pub fn set_level(quiet: bool, verbose: bool) {
    let level = match (quiet, verbose) {
        (true, _) => QUIET,
        (false, true) => VERBOSE,
        (false, false) => NORMAL,
    };
    LEVEL.store(level, Ordering::Relaxed);
}

/// `--quiet`: errors and warnings only.
pub fn quiet() -> bool {
    LEVEL.load(Ordering::Relaxed) == QUIET
}

/// `--verbose`: details too.
pub fn verbose() -> bool {
    LEVEL.load(Ordering::Relaxed) == VERBOSE
}

/// `gapwise completions SHELL`.
pub fn completions(shell: Shell) -> Result<Exit, CliError> {
    let mut cmd = Cli::command();
    let mut script = Vec::new();
    clap_complete::generate(shell, &mut cmd, "gapwise", &mut script);
    out!("{}", String::from_utf8_lossy(&script));
    Ok(Exit::Ok)
}

/// `gapwise man [COMMAND...]`: the page of gapwise, or of one of its
/// commands (`gapwise man rules lint`), in roff.
pub fn man(path: &[String]) -> Result<Exit, CliError> {
    let mut cmd = Cli::command();
    // Builds the command tree: subcommands get their bin names
    // (`gapwise rules lint`) and page names (`gapwise-rules-lint`).
    cmd.build();
    let mut page_of = cmd;
    for name in path {
        let found = page_of.find_subcommand(name).cloned().ok_or_else(|| {
            let known: Vec<&str> = page_of
                .get_subcommands()
                .filter(|c| !c.is_hide_set() && c.get_name() != "help")
                .map(|c| c.get_name())
                .collect();
            CliError::Usage(format!(
                "`{name}` is not a command of `{}`: give one of {}",
                page_of.get_bin_name().unwrap_or("gapwise"),
                known.join(", ")
            ))
        })?;
        page_of = found;
    }
    let mut page = Vec::new();
    clap_mangen::Man::new(page_of)
        .render(&mut page)
        .map_err(|e| CliError::Usage(format!("cannot render the man page: {e}")))?;
    out!("{}", String::from_utf8_lossy(&page));
    Ok(Exit::Ok)
}
