//! Line coverage of rules, measured while their tests run.
//!
//! Rhai has no coverage of its own, so rule tests run an instrumented copy of
//! each rule. A small scanner that knows Rhai's strings, comments and brackets
//! walks the source and finds where each statement of a function body starts:
//! after a `{` that opens a block, after a `;`, and after a `}` that ends a
//! block when a new statement follows. There it inserts
//! `gapwise_cov__(RULE, LINE);`. Each arm of a `switch` counts too: its
//! expression is wrapped as `{ gapwise_cov__(RULE, LINE); expr }`. Insertions
//! never add a line break, so line numbers in errors stay right.
//!
//! Every function of the rule is measured except `fn meta()`: `check` and the
//! helpers it calls. A *statement line* is a line where at least one statement
//! (or switch arm) starts; it is covered when one of those ran. This is
//! coarse on purpose: a line with `if a { x } else { y }` counts once.
//!
//! `gapwise_cov__` is registered on a test-only engine built by
//! [`sandbox::build_engine`](super::sandbox::build_engine) from the pack's
//! limits, so rules run under the same budgets as in an assessment. When an
//! instrumented copy does not compile (a construct the scanner misreads), the
//! rule runs as written and its coverage is reported as unknown.

use std::collections::BTreeSet;

use crate::rules::outcome::Outcome;

/// Name of the function the instrumented copy calls.
pub const HOOK: &str = "gapwise_cov__";

mod report;

pub use report::{Coverage, RuleCoverage};

/// A rule's source with coverage calls inserted.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Instrumented {
    pub source: String,
    /// Statement lines of the measured functions, sorted.
    pub lines: Vec<usize>,
    /// Outcomes the measured functions can return: the outcome constructors
    /// (`met(`, `no_data(`...) they call.
    pub returns: Vec<Outcome>,
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Frame {
    Block { measured: bool, do_block: bool },
    Switch { measured: bool, arm_open: bool },
    Map { measured: bool },
    Paren { measured: bool },
    Bracket { measured: bool },
}

impl Frame {
    fn measured(self) -> bool {
        match self {
            Frame::Block { measured, .. }
            | Frame::Switch { measured, .. }
            | Frame::Map { measured }
            | Frame::Paren { measured }
            | Frame::Bracket { measured } => measured,
        }
    }
}

const CONSTRUCTORS: &[(&str, Outcome)] = &[
    ("met", Outcome::Met),
    ("partly_met", Outcome::PartlyMet),
    ("not_met", Outcome::NotMet),
    ("no_data", Outcome::NoData),
    ("not_applicable", Outcome::NotApplicable),
];

struct Scanner<'a> {
    src: &'a str,
    bytes: &'a [u8],
    at: usize,
    line: usize,
}

impl Scanner<'_> {
    fn peek(&self, ahead: usize) -> u8 {
        self.bytes.get(self.at + ahead).copied().unwrap_or(0)
    }

    fn bump(&mut self) {
        if self.peek(0) == b'\n' {
            self.line += 1;
        }
        self.at += 1;
    }

    /// Skips a quoted string or character, `at` on the opening quote.
    fn skip_quoted(&mut self, quote: u8) {
        self.bump();
        while self.at < self.bytes.len() {
            match self.peek(0) {
                b'\\' => {
                    self.bump();
                    self.bump();
                }
                c if c == quote => {
                    self.bump();
                    return;
                }
                _ => self.bump(),
            }
        }
    }

    /// Skips a back-quoted string with `${...}` interpolations.
    fn skip_backtick(&mut self) {
        self.bump();
        while self.at < self.bytes.len() {
            match self.peek(0) {
                b'`' => {
                    self.bump();
                    return;
                }
                b'$' if self.peek(1) == b'{' => {
                    self.bump();
                    self.bump();
                    let mut depth = 1;
                    while self.at < self.bytes.len() && depth > 0 {
                        match self.peek(0) {
                            b'{' => depth += 1,
                            b'}' => depth -= 1,
                            b'"' => {
                                self.skip_quoted(b'"');
                                continue;
                            }
                            _ => {}
                        }
                        self.bump();
                    }
                }
                _ => self.bump(),
            }
        }
    }

    /// Skips whitespace and comments; true when something was skipped.
    fn skip_trivia(&mut self) {
        loop {
            match (self.peek(0), self.peek(1)) {
                (c, _) if c.is_ascii_whitespace() => self.bump(),
                (b'/', b'/') => {
                    while self.at < self.bytes.len() && self.peek(0) != b'\n' {
                        self.bump();
                    }
                }
                (b'/', b'*') => {
                    let mut depth = 0;
                    while self.at < self.bytes.len() {
                        if self.peek(0) == b'/' && self.peek(1) == b'*' {
                            depth += 1;
                            self.bump();
                        } else if self.peek(0) == b'*' && self.peek(1) == b'/' {
                            depth -= 1;
                            self.bump();
                            if depth == 0 {
                                self.bump();
                                break;
                            }
                        }
                        self.bump();
                    }
                }
                _ => return,
            }
        }
    }

    fn word(&mut self) -> &str {
        let start = self.at;
        while self.peek(0).is_ascii_alphanumeric() || self.peek(0) == b'_' {
            self.bump();
        }
        &self.src[start..self.at]
    }
}

/// Whether a token may start a statement right after a block ended.
fn starts_after_block(scanner: &Scanner, word: Option<&str>, closed_do: bool) -> bool {
    match word {
        Some("else" | "catch") => false,
        Some("while" | "until") => !closed_do,
        Some(_) => true,
        None => matches!(scanner.peek(0), b'"' | b'`' | b'\'' | b'#') || scanner.peek(0).is_ascii_digit(),
    }
}

/// Inserts coverage calls for rule number `rule` into a rule's source.
pub fn instrument(source: &str, rule: usize) -> Instrumented {
    let mut s = Scanner {
        src: source,
        bytes: source.as_bytes(),
        at: 0,
        line: 1,
    };
    let mut inserts: Vec<(usize, String)> = Vec::new();
    let mut lines = BTreeSet::new();
    let mut returns = BTreeSet::new();
    let mut frames: Vec<Frame> = Vec::new();
    let mut expect_stmt = false;
    let mut after_block = false;
    let mut closed_do = false;
    let mut after_arrow = false;
    let mut after_fn = false;
    let mut pending_fn: Option<bool> = None;
    let mut pending_switch = false;
    let mut pending_do = false;
    loop {
        s.skip_trivia();
        if s.at >= s.bytes.len() {
            break;
        }
        let c = s.peek(0);
        let is_word = c.is_ascii_alphabetic() || c == b'_';
        let word_here = if is_word {
            let end = s.src[s.at..]
                .find(|ch: char| !(ch.is_ascii_alphanumeric() || ch == '_'))
                .map_or(s.src.len(), |n| s.at + n);
            Some(&s.src[s.at..end])
        } else {
            None
        };
        let top = frames.last().copied();
        let measured = top.is_some_and(Frame::measured);
        // A statement starts here?
        if let Some(Frame::Block { measured: true, .. }) = top {
            let starts = (expect_stmt && c != b'}' && c != b';')
                || (after_block && starts_after_block(&s, word_here, closed_do));
            if starts {
                inserts.push((s.at, format!("{HOOK}({rule}, {}); ", s.line)));
                lines.insert(s.line);
            }
        }
        // A switch arm starts here?
        if after_arrow && c != b'{' {
            if let Some(Frame::Switch {
                measured: true,
                arm_open,
            }) = frames.last_mut()
            {
                inserts.push((s.at, format!("{{ {HOOK}({rule}, {}); ", s.line)));
                lines.insert(s.line);
                *arm_open = true;
            }
        }
        expect_stmt = false;
        after_block = false;
        after_arrow = false;
        if let Some(word) = word_here {
            let word = word.to_string();
            s.word();
            if after_fn && frames.is_empty() {
                pending_fn = Some(word != "meta");
            }
            after_fn = word == "fn" && frames.is_empty();
            match word.as_str() {
                "switch" => pending_switch = true,
                "do" => pending_do = true,
                _ => {}
            }
            if measured {
                s.skip_trivia();
                if s.peek(0) == b'(' {
                    if let Some((_, outcome)) = CONSTRUCTORS.iter().find(|(n, _)| *n == word) {
                        returns.insert(*outcome);
                    }
                }
            }
            continue;
        }
        after_fn = false;
        match c {
            b'"' => s.skip_quoted(b'"'),
            b'\'' => s.skip_quoted(b'\''),
            b'`' => s.skip_backtick(),
            b'0'..=b'9' => {
                while s.peek(0).is_ascii_alphanumeric()
                    || s.peek(0) == b'_'
                    || (s.peek(0) == b'.' && s.peek(1).is_ascii_digit())
                {
                    s.bump();
                }
            }
            b'#' if s.peek(1) == b'{' => {
                frames.push(Frame::Map { measured });
                s.bump();
                s.bump();
            }
            b'{' => {
                let frame = if pending_switch {
                    Frame::Switch {
                        measured,
                        arm_open: false,
                    }
                } else if frames.is_empty() {
                    Frame::Block {
                        measured: pending_fn.take().unwrap_or(false),
                        do_block: false,
                    }
                } else {
                    Frame::Block {
                        measured,
                        do_block: pending_do,
                    }
                };
                pending_switch = false;
                pending_do = false;
                expect_stmt = matches!(frame, Frame::Block { measured: true, .. });
                frames.push(frame);
                s.bump();
            }
            b'}' => {
                match frames.pop() {
                    Some(Frame::Switch { arm_open, .. }) => {
                        if arm_open {
                            inserts.push((s.at, " }".into()));
                        }
                        after_block = true;
                        closed_do = false;
                    }
                    Some(Frame::Block { do_block, .. }) => {
                        after_block = true;
                        closed_do = do_block;
                    }
                    _ => {}
                }
                s.bump();
            }
            b'(' => {
                frames.push(Frame::Paren { measured });
                s.bump();
            }
            b'[' => {
                frames.push(Frame::Bracket { measured });
                s.bump();
            }
            b')' | b']' => {
                frames.pop();
                s.bump();
            }
            b';' => {
                expect_stmt = matches!(top, Some(Frame::Block { .. }));
                s.bump();
            }
            b',' => {
                if let Some(Frame::Switch { arm_open, .. }) = frames.last_mut() {
                    if *arm_open {
                        inserts.push((s.at, " }".into()));
                        *arm_open = false;
                    }
                }
                s.bump();
            }
            b'=' if s.peek(1) == b'>' => {
                after_arrow = matches!(top, Some(Frame::Switch { .. }));
                s.bump();
                s.bump();
            }
            _ => s.bump(),
        }
    }
    let mut out = String::with_capacity(source.len() + inserts.len() * 24);
    let mut from = 0;
    for (at, text) in &inserts {
        out.push_str(&source[from..*at]);
        out.push_str(text);
        from = *at;
    }
    out.push_str(&source[from..]);
    Instrumented {
        source: out,
        lines: lines.into_iter().collect(),
        returns: returns.into_iter().collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn marks_statements_and_switch_arms_of_check_only() {
        let src = r#"fn meta() { #{ id: "x" } }

fn check(p) {
    let a = if p.x == () { "a" } else { `b ${p.y}` };
    if a == "a" {
        return met("yes; {", ["x"]);
    }
    // not_met("a comment");
    switch a {
        "b" => partly_met("b"),
        _ => {
            no_data("c", [])
        }
    }
}
"#;
        let out = instrument(src, 7);
        assert_eq!(out.lines, vec![4, 5, 6, 9, 10, 12], "{}", out.source);
        assert_eq!(out.returns, vec![Outcome::Met, Outcome::PartlyMet, Outcome::NoData]);
        assert!(out
            .source
            .contains(r#""b" => { gapwise_cov__(7, 10); partly_met("b") },"#));
        assert!(out.source.contains(r#"fn meta() { #{ id: "x" } }"#));
        assert_eq!(out.source.lines().count(), src.lines().count());
    }

    #[test]
    fn do_while_and_else_are_not_statement_starts() {
        let src = "fn check(p) {\n    let i = 0;\n    do {\n        i += 1;\n    } while i < 3;\n    if i > 1 { 1 } else { 2 }\n    met(\"x\")\n}\n";
        let out = instrument(src, 0);
        assert_eq!(out.lines, vec![2, 3, 4, 6, 7], "{}", out.source);
        assert!(out.source.contains("} while i < 3;"), "{}", out.source);
        assert!(out.source.contains("} else {"), "{}", out.source);
    }
}
