//! Checks on template text before Handlebars sees it, so that no template
//! can crash or stall the process: a size cap, a cap on expressions, a cap
//! on how deeply blocks nest, no partial that calls itself (directly, through
//! other partials, or inside a block), and a cap on how deeply blocks and
//! partial calls nest together. Handlebars has no recursion limit of its own:
//! a cycle of partials overflows the stack and aborts.
//!
//! The scan reads tags (`{{...}}`) the way Handlebars does closely enough to
//! count them; the Handlebars parser stays the judge of syntax.

use std::collections::BTreeMap;

use super::error::ReportError;

/// Bytes of one template file (256 KiB; the largest bundled one is 8 KiB).
pub const MAX_TEMPLATE_BYTES: usize = 256 * 1024;

/// Tags (`{{...}}`) in one template file.
pub const MAX_EXPRESSIONS: usize = 5_000;

/// Blocks (`{{#if}}`, `{{#each}}`, ...) open at once within one file.
pub const MAX_BLOCK_DEPTH: usize = 32;

/// Blocks and partial calls open at once, following partials into the
/// partials they call.
pub const MAX_NESTING: usize = 64;

/// Template files in one set.
pub const MAX_TEMPLATE_FILES: usize = 500;

/// A template to check: its registered name, the file shown in messages,
/// its text.
pub struct Source<'a> {
    pub name: &'a str,
    pub shown: &'a str,
    pub text: &'a str,
}

/// A partial call found in a template.
#[derive(Debug, Clone)]
struct Call {
    target: String,
    /// Blocks and partial calls open around the call, within its template.
    depth: usize,
    line: usize,
    column: usize,
}

/// What one template (or one inline partial in it) holds.
#[derive(Debug, Default)]
struct Node {
    shown: String,
    calls: Vec<Call>,
    /// Deepest block nesting within the template.
    depth: usize,
}

/// Checks one file's size, before anything else reads it.
pub fn check_size(shown: &str, text: &str) -> Result<(), ReportError> {
    if text.len() > MAX_TEMPLATE_BYTES {
        return Err(limit(
            shown,
            (1, 1),
            format!(
                "the template is {} KB, over the limit of {} KB",
                text.len().div_ceil(1024),
                MAX_TEMPLATE_BYTES / 1024
            ),
            "split it into partials (`partials/NAME.md.hbs`), each within the limit",
        ));
    }
    Ok(())
}

/// Checks the templates one format registers.
pub fn check(sources: &[Source<'_>]) -> Result<(), ReportError> {
    if sources.len() > MAX_TEMPLATE_FILES {
        return Err(limit(
            sources.first().map_or("<templates>", |s| s.shown),
            (0, 0),
            format!(
                "there are {} template files, over the limit of {MAX_TEMPLATE_FILES}",
                sources.len()
            ),
            "keep the templates a report needs in the folder",
        ));
    }
    let mut nodes: BTreeMap<String, Node> = BTreeMap::new();
    for source in sources {
        check_size(source.shown, source.text)?;
        scan(source, &mut nodes)?;
    }
    check_calls(&nodes)
}

fn limit(file: &str, (line, column): (usize, usize), message: String, help: &str) -> ReportError {
    ReportError::Limit {
        file: file.to_string(),
        line,
        column,
        message,
        help: help.to_string(),
    }
}

/// Line and column (1-based) of a byte offset.
fn position(text: &str, at: usize) -> (usize, usize) {
    let before = &text[..at];
    let line = before.matches('\n').count() + 1;
    let start = before.rfind('\n').map_or(0, |i| i + 1);
    (line, before[start..].chars().count() + 1)
}

/// An open block: whether it defines an inline partial (whose calls belong
/// to that partial), and the block depth its body starts at.
struct Open {
    inline: Option<String>,
    base: usize,
}

/// Reads the tags of one template into `nodes`: its partial calls with the
/// depth around each, and its deepest nesting.
fn scan(source: &Source<'_>, nodes: &mut BTreeMap<String, Node>) -> Result<(), ReportError> {
    let text = source.text;
    let at = |offset: usize| position(text, offset);
    let mut stack: Vec<Open> = Vec::new();
    // The node calls are recorded in: the template, or an inline partial.
    let mut owners: Vec<(String, usize)> = vec![(source.name.to_string(), 0)];
    let mut expressions = 0usize;
    let mut i = 0usize;
    while let Some(found) = text[i..].find("{{") {
        let start = i + found;
        if start > 0 && text.as_bytes()[start - 1] == b'\\' {
            i = start + 2;
            continue;
        }
        let rest = &text[start..];
        // Raw blocks: their content is text.
        if rest.starts_with("{{{{") {
            let end = rest.find("}}}}").map_or(text.len(), |e| start + e + 4);
            let close = text[end..].find("{{{{/").map_or(text.len(), |c| end + c);
            i = text[close..].find("}}}}").map_or(text.len(), |e| close + e + 4);
            expressions += 1;
            continue;
        }
        let (close, body_start) = if rest.starts_with("{{!--") {
            ("--}}", 5)
        } else if rest.starts_with("{{{") {
            ("}}}", 3)
        } else {
            ("}}", 2)
        };
        let Some(end) = text[start + body_start..].find(close).map(|e| start + body_start + e) else {
            // Unclosed: the parser says so.
            break;
        };
        i = end + close.len();
        expressions += 1;
        if expressions > MAX_EXPRESSIONS {
            return Err(limit(
                source.shown,
                at(start),
                format!("the template has more than {MAX_EXPRESSIONS} expressions"),
                "split it into partials (`partials/NAME.md.hbs`)",
            ));
        }
        let tag = text[start + body_start..end].trim_matches('~').trim();
        if tag.starts_with('!') || body_start == 5 {
            continue;
        }
        let owner_base = owners.last().map_or(0, |o| o.1);
        let depth = stack.len() - owner_base;
        if let Some(open) = tag.strip_prefix('#') {
            let open = open.trim_start();
            let mut inline = None;
            if let Some(partial) = open.strip_prefix('>') {
                record_call(source, nodes, &owners, partial, depth, at(start))?;
            } else if let Some(decorator) = open.strip_prefix('*') {
                let mut words = decorator.split_whitespace();
                if words.next() == Some("inline") {
                    let name = words.next().map(unquote).unwrap_or_default();
                    inline = Some(name.to_string());
                }
            }
            if stack.len() + 1 > MAX_BLOCK_DEPTH {
                return Err(limit(
                    source.shown,
                    at(start),
                    format!("blocks are nested more than {MAX_BLOCK_DEPTH} deep"),
                    "move inner blocks into a partial, or simplify the template",
                ));
            }
            stack.push(Open {
                inline: inline.clone(),
                base: stack.len() + 1,
            });
            if let Some(name) = inline {
                owners.push((name.clone(), stack.len()));
                nodes.entry(name).or_default().shown = source.shown.to_string();
            }
            note_depth(nodes, &owners, stack.len() - owners.last().map_or(0, |o| o.1));
        } else if tag.starts_with('/') {
            if let Some(open) = stack.pop() {
                if open.inline.is_some() && owners.len() > 1 && owners.last().is_some_and(|o| o.1 == open.base) {
                    owners.pop();
                }
            }
        } else if let Some(partial) = tag.strip_prefix('>') {
            record_call(source, nodes, &owners, partial, depth, at(start))?;
        } else if let Some(inverse) = tag.strip_prefix('^') {
            if !inverse.trim().is_empty() {
                if stack.len() + 1 > MAX_BLOCK_DEPTH {
                    return Err(limit(
                        source.shown,
                        at(start),
                        format!("blocks are nested more than {MAX_BLOCK_DEPTH} deep"),
                        "move inner blocks into a partial, or simplify the template",
                    ));
                }
                stack.push(Open {
                    inline: None,
                    base: stack.len() + 1,
                });
                note_depth(nodes, &owners, stack.len() - owner_base);
            }
        }
    }
    let node = nodes.entry(source.name.to_string()).or_default();
    node.shown = source.shown.to_string();
    Ok(())
}

fn note_depth(nodes: &mut BTreeMap<String, Node>, owners: &[(String, usize)], depth: usize) {
    if let Some((owner, _)) = owners.last() {
        let node = nodes.entry(owner.clone()).or_default();
        node.depth = node.depth.max(depth);
    }
}

fn unquote(word: &str) -> &str {
    word.trim_matches(|c| c == '"' || c == '\'' || c == '[' || c == ']')
}

fn record_call(
    source: &Source<'_>,
    nodes: &mut BTreeMap<String, Node>,
    owners: &[(String, usize)],
    partial: &str,
    depth: usize,
    (line, column): (usize, usize),
) -> Result<(), ReportError> {
    let partial = partial.trim_start();
    if partial.starts_with('(') {
        return Err(limit(
            source.shown,
            (line, column),
            "a partial named by an expression cannot be checked for recursion".into(),
            "name the partial: `{{> NAME}}`",
        ));
    }
    let Some(word) = partial.split_whitespace().next() else {
        return Ok(());
    };
    let target = unquote(word);
    if target.starts_with('@') {
        // `@partial-block` writes what the caller rendered already.
        return Ok(());
    }
    if let Some((owner, _)) = owners.last() {
        nodes.entry(owner.clone()).or_default().calls.push(Call {
            target: target.to_string(),
            depth,
            line,
            column,
        });
    }
    Ok(())
}

/// No cycle of partial calls, and blocks and calls nested at most
/// [`MAX_NESTING`] deep along any chain of calls.
fn check_calls(nodes: &BTreeMap<String, Node>) -> Result<(), ReportError> {
    // Kahn's algorithm on the reversed graph: a node is done once every
    // partial it calls is done; what is never done lies on or leads to a cycle.
    let names: Vec<&String> = nodes.keys().collect();
    let index: BTreeMap<&str, usize> = names.iter().enumerate().map(|(i, n)| (n.as_str(), i)).collect();
    let edges: Vec<Vec<(usize, &Call)>> = names
        .iter()
        .map(|n| {
            nodes[*n]
                .calls
                .iter()
                .filter_map(|c| index.get(c.target.as_str()).map(|&t| (t, c)))
                .collect()
        })
        .collect();
    let mut callers: Vec<Vec<usize>> = vec![Vec::new(); names.len()];
    let mut pending: Vec<usize> = edges.iter().map(Vec::len).collect();
    for (from, out) in edges.iter().enumerate() {
        for (to, _) in out {
            callers[*to].push(from);
        }
    }
    let mut ready: Vec<usize> = (0..names.len()).filter(|&i| pending[i] == 0).collect();
    let mut nesting: Vec<usize> = vec![0; names.len()];
    let mut done = vec![false; names.len()];
    while let Some(node) = ready.pop() {
        done[node] = true;
        let own = nodes[names[node]].depth;
        let mut deepest = own;
        for (to, call) in &edges[node] {
            let through = call.depth + 1 + nesting[*to];
            if through > MAX_NESTING {
                return Err(limit(
                    &nodes[names[node]].shown,
                    (call.line, call.column),
                    format!(
                        "blocks and partials nest {through} deep through partial `{}`, over the limit of {MAX_NESTING}",
                        call.target
                    ),
                    "flatten the partials, or call fewer partials inside one another",
                ));
            }
            deepest = deepest.max(through);
        }
        nesting[node] = deepest;
        for &caller in &callers[node] {
            pending[caller] -= 1;
            if pending[caller] == 0 {
                ready.push(caller);
            }
        }
    }
    // A node on a cycle: follow undone calls until a node repeats.
    let Some(first) = (0..names.len()).find(|&i| !done[i]) else {
        return Ok(());
    };
    let mut path = vec![first];
    let mut node = first;
    loop {
        let Some((to, call)) = edges[node].iter().find(|(to, _)| !done[*to]) else {
            return Ok(());
        };
        if let Some(at) = path.iter().position(|n| n == to) {
            let cycle: Vec<String> = path[at..]
                .iter()
                .chain(std::iter::once(to))
                .map(|n| format!("`{}`", names[*n]))
                .collect();
            let message = if path.len() - at == 1 {
                format!("partial `{}` calls itself", names[*to])
            } else {
                format!("partials call one another in a cycle: {}", cycle.join(" -> "))
            };
            return Err(limit(
                &nodes[names[node]].shown,
                (call.line, call.column),
                message,
                "a partial may not call itself, directly or through other partials: templates cannot recurse",
            ));
        }
        path.push(*to);
        node = *to;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(files: &[(&str, &str)]) -> Result<(), ReportError> {
        let sources: Vec<Source<'_>> = files
            .iter()
            .map(|(name, text)| Source {
                name,
                shown: name,
                text,
            })
            .collect();
        check(&sources)
    }

    fn message(files: &[(&str, &str)]) -> String {
        run(files).expect_err("refused").to_string()
    }

    #[test]
    fn a_partial_calling_itself_under_with_is_refused() {
        let text = "x\n{{#with a}}{{> report}}{{/with}}";
        assert_eq!(
            message(&[("report", text)]),
            "report:2:12: template exceeds a limit: partial `report` calls itself"
        );
    }

    #[test]
    fn mutual_recursion_names_the_cycle() {
        let m = message(&[
            ("report", "{{> a}}"),
            ("a", "{{> b}}"),
            ("b", "{{#if x}}{{> a}}{{/if}}"),
        ]);
        assert!(
            m.contains("`a` -> `b` -> `a`") || m.contains("`b` -> `a` -> `b`"),
            "{m}"
        );
    }

    #[test]
    fn a_chain_of_partials_is_fine_and_a_deep_one_is_not() {
        assert!(run(&[("report", "{{#if x}}{{> a}}{{/if}}"), ("a", "{{> b}}"), ("b", "{{x}}")]).is_ok());
        let mut files: Vec<(String, String)> = (0..70)
            .map(|i| (format!("p{i}"), format!("{{{{> p{}}}}}", i + 1)))
            .collect();
        files.push(("p70".into(), "end".into()));
        let refs: Vec<(&str, &str)> = files.iter().map(|(a, b)| (a.as_str(), b.as_str())).collect();
        assert!(message(&refs).contains("over the limit of 64"));
    }

    #[test]
    fn deep_blocks_are_refused_at_their_line() {
        let text = "{{#if x}}\n".repeat(40);
        assert_eq!(
            message(&[("report", &text)]),
            "report:33:1: template exceeds a limit: blocks are nested more than 32 deep"
        );
    }

    #[test]
    fn comments_raw_blocks_and_escapes_hold_no_calls() {
        assert!(run(&[(
            "report",
            "{{!-- {{> report}} --}}\\{{> report}}{{{{raw}}}}{{> report}}{{{{/raw}}}}"
        )])
        .is_ok());
    }

    #[test]
    fn dynamic_partial_names_are_refused() {
        assert!(message(&[("report", "{{> (lookup . \"x\")}}")]).contains("named by an expression"));
    }

    #[test]
    fn inline_partials_may_not_recurse() {
        let text = "{{#*inline \"row\"}}{{#each items}}{{> row}}{{/each}}{{/inline}}{{> row}}";
        assert!(message(&[("report", text)]).contains("partial `row` calls itself"));
        let fine = "{{#*inline \"row\"}}{{x}}{{/inline}}{{#each items}}{{> row}}{{/each}}";
        assert!(run(&[("report", fine)]).is_ok());
    }
}
