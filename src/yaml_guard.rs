//! A cheap look at a YAML text before it is parsed: YAML parsers take time
//! and stack that grow faster than the nesting of a document, so every YAML
//! loader first refuses texts nested deeper than [`MAX_YAML_DEPTH`] levels,
//! and files holding more than one document (which would otherwise fail
//! without a line).
//!
//! The scan is linear and errs on the side of counting: block nesting from
//! indentation and `- ` markers, flow nesting from `[` and `{` that open a
//! value, outside quotes, comments and block scalars.

use crate::diag::{Position, Problem};

/// Deepest nesting of mappings and sequences a YAML input may have.
pub const MAX_YAML_DEPTH: usize = 64;

/// Checks a YAML text before parsing it; `file` names it in the problem.
pub fn check(file: &str, text: &str) -> Result<(), Problem> {
    let mut open: Vec<(usize, Node)> = Vec::new();
    let mut flow = 0usize;
    let mut block_scalar: Option<usize> = None;
    let mut content_seen = false;
    for (i, line) in text.lines().enumerate() {
        let number = i + 1;
        let indent = line.len() - line.trim_start_matches(' ').len();
        let rest = &line[indent..];
        if rest.is_empty() || rest.starts_with('#') {
            continue;
        }
        if let Some(parent) = block_scalar {
            if indent > parent {
                continue;
            }
            block_scalar = None;
        }
        if indent == 0 && flow == 0 && (rest.starts_with("---") || rest.starts_with("...")) {
            if content_seen && rest.starts_with("---") {
                return Err(
                    Problem::error(file, Position::new(number, 1), "a second YAML document starts here").with_help(
                        "a file holds one document: remove the `---` line and what follows, or split the file",
                    ),
                );
            }
            continue;
        }
        content_seen = true;
        let in_flow = flow > 0;
        let (dashes, flow_peak, ends_block_scalar) = scan_line(rest, &mut flow);
        if !in_flow {
            nest(&mut open, indent, dashes, rest);
        }
        let depth = open.len() + flow_peak;
        if depth > MAX_YAML_DEPTH {
            return Err(Problem::error(
                file,
                Position::new(number, indent + 1),
                format!("the YAML is nested deeper than {MAX_YAML_DEPTH} levels"),
            )
            .with_help("flatten the document: no gapwise format needs such depth"));
        }
        if ends_block_scalar {
            block_scalar = Some(indent);
        }
    }
    Ok(())
}

/// What opened a block level: a `- ` entry or a `key:`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Node {
    Entry,
    Key,
}

/// Updates the open block levels for a line at `indent` that starts with
/// `dashes` `- ` markers: closes the levels it is not inside (a sequence
/// may sit at the column of the key it belongs to), opens one per marker,
/// and one more when the rest is a `key:`.
fn nest(open: &mut Vec<(usize, Node)>, indent: usize, dashes: usize, line: &str) {
    let first = if dashes > 0 { Node::Entry } else { Node::Key };
    while let Some(&(column, node)) = open.last() {
        let inside = column < indent || (column == indent && node == Node::Key && first == Node::Entry);
        if inside {
            break;
        }
        open.pop();
    }
    let mut content = line;
    for k in 0..dashes {
        open.push((indent + 2 * k, Node::Entry));
        content = content.trim_start_matches('-').trim_start_matches(' ');
    }
    let quoted_or_flow = content.starts_with(['"', '\'', '[', '{']);
    if !quoted_or_flow && (content.contains(": ") || content.trim_end().ends_with(':')) {
        open.push((indent + 2 * dashes, Node::Key));
    }
}

/// Scans one line (without its indentation): gives the `- ` markers that
/// open it, the deepest flow nesting reached on it, and whether it ends with
/// a block scalar indicator (`|`, `>`). Updates the open flow nesting.
fn scan_line(line: &str, flow: &mut usize) -> (usize, usize, bool) {
    let bytes = line.as_bytes();
    let mut i = 0;
    let mut dashes = 0;
    if *flow == 0 {
        while bytes.get(i) == Some(&b'-') && matches!(bytes.get(i + 1), Some(b' ') | None) {
            dashes += 1;
            i += 1;
            while bytes.get(i) == Some(&b' ') {
                i += 1;
            }
        }
    }
    let mut peak = *flow;
    // Whether the next non-space character starts a value.
    let mut value_start = true;
    let mut last = 0u8;
    while i < bytes.len() {
        let c = bytes[i];
        match c {
            b' ' | b'\t' => {
                i += 1;
                continue;
            }
            b'#' if i == 0 || bytes[i - 1] == b' ' => break,
            b'"' | b'\'' if value_start => {
                i = skip_quoted(bytes, i);
                value_start = false;
                last = c;
                continue;
            }
            b'[' | b'{' if value_start => {
                *flow += 1;
                peak = peak.max(*flow);
                value_start = true;
            }
            b']' | b'}' if *flow > 0 => {
                *flow -= 1;
                value_start = false;
            }
            b',' if *flow > 0 => value_start = true,
            b':' if matches!(bytes.get(i + 1), Some(b' ') | None) || *flow > 0 => value_start = true,
            _ => value_start = false,
        }
        last = c;
        i += 1;
    }
    let block = *flow == 0 && matches!(last, b'|' | b'>' | b'-' | b'+') && {
        let trimmed = line.trim_end();
        let tail = trimmed.trim_end_matches(|c: char| c == '-' || c == '+' || c.is_ascii_digit());
        tail.ends_with('|') || tail.ends_with('>')
    };
    (dashes, peak, block)
}

/// The index after a quoted scalar starting at `start` (or the line's end).
fn skip_quoted(bytes: &[u8], start: usize) -> usize {
    let quote = bytes[start];
    let mut i = start + 1;
    while i < bytes.len() {
        if bytes[i] == b'\\' && quote == b'"' {
            i += 2;
            continue;
        }
        if bytes[i] == quote {
            if quote == b'\'' && bytes.get(i + 1) == Some(&b'\'') {
                i += 2;
                continue;
            }
            return i + 1;
        }
        i += 1;
    }
    bytes.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ordinary_documents_pass() {
        let text = "schema: x\nareas:\n  - id: a\n    title: \"it's [not] flow\"\n    list: [1, {a: [2]}]\n  - id: b\nnote: |\n  text\n    indented\n      more\n";
        assert!(check("f", text).is_ok());
        assert!(check("f", "---\na: 1\n...\n").is_ok());
        assert!(check("f", "title: Mexico's [draft] {x}\n").is_ok());
    }

    #[test]
    fn deep_block_nesting_is_refused() {
        let text: String = (0..100).map(|i| format!("{}k{i}:\n", " ".repeat(i))).collect();
        let problem = check("f", &text).expect_err("too deep");
        assert_eq!(problem.position.line, MAX_YAML_DEPTH + 1);
    }

    #[test]
    fn deep_flow_nesting_is_refused() {
        let text = format!("a: {}1{}\n", "[".repeat(100), "]".repeat(100));
        assert!(check("f", &text).is_err());
        let text = format!("a: {}\n", "- ".repeat(100));
        assert!(check("f", &text).is_ok(), "a plain scalar");
        let text = format!("{}x\n", "- ".repeat(100));
        assert!(check("f", &text).is_err());
    }

    #[test]
    fn a_second_document_is_refused_with_its_line() {
        let problem = check("f", "a: 1\n---\nb: 2\n").expect_err("two documents");
        assert_eq!(problem.position.line, 2);
    }

    /// A value `depth` containers deep, each a map or a sequence as `kinds` says.
    fn nested(depth: usize, kinds: &[bool], flow: bool) -> String {
        let mut value = serde_yaml::Value::String("leaf".into());
        for i in 0..depth {
            value = if kinds[i % kinds.len()] {
                let mut map = serde_yaml::Mapping::new();
                map.insert(serde_yaml::Value::String(format!("k{i}")), value);
                serde_yaml::Value::Mapping(map)
            } else {
                serde_yaml::Value::Sequence(vec![value, serde_yaml::Value::Number(1.into())])
            };
        }
        if flow {
            serde_json::to_string(&value).unwrap_or_default()
        } else {
            serde_yaml::to_string(&value).unwrap_or_default()
        }
    }

    proptest::proptest! {
        #[test]
        fn nesting_is_measured_in_block_and_flow_style(
            depth in 1usize..120,
            kinds in proptest::collection::vec(proptest::bool::ANY, 1..6),
            flow in proptest::bool::ANY,
        ) {
            let text = nested(depth, &kinds, flow);
            let verdict = check("f", &text);
            if depth <= MAX_YAML_DEPTH - 2 {
                proptest::prop_assert!(verdict.is_ok(), "depth {depth} refused:\n{text}");
            }
            if depth > MAX_YAML_DEPTH + 2 {
                proptest::prop_assert!(verdict.is_err(), "depth {depth} accepted:\n{text}");
            }
        }
    }
}
