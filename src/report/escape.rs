//! Escapes that keep text from a profile from becoming markup: one per
//! output format, plus the pieces helpers need (code spans, link targets).

/// Escapes text for HTML element content and quoted attribute values.
/// Bidirectional embedding, override and isolate controls are dropped: left
/// open in a fact, one would reverse the rest of its paragraph, dates and
/// addresses included (right-to-left letters need no control to show).
pub fn html(text: &str) -> String {
    if text.chars().any(is_bidi_control) {
        let kept: String = text.chars().filter(|c| !is_bidi_control(*c)).collect();
        handlebars::html_escape(&kept)
    } else {
        handlebars::html_escape(text)
    }
}

/// U+202A to U+202E (embeddings, overrides, their end) and U+2066 to U+2069 (isolates).
fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// Escapes text for SVG (XML) content and attribute values.
pub fn xml(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c if is_break(c) => out.push(' '),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// A quoted CSS string (`"..."`) holding `text`, for a `content:` in an
/// inline `<style>`: quotes, backslashes, `<`, `>`, `&` and control
/// characters become CSS escapes (`\\3C `), so the text can neither end the
/// string nor the `<style>` element. Line breaks become spaces.
pub fn css_string(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            c if is_break(c) => out.push(' '),
            '"' | '\'' | '\\' | '<' | '>' | '&' => out.push_str(&format!("\\{:X} ", u32::from(c))),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

fn is_break(c: char) -> bool {
    matches!(c, '\n' | '\r' | '\t' | '\u{2028}' | '\u{2029}' | '\u{85}')
}

/// Escapes text for Markdown, inline and inside a table cell: a `|` cannot end
/// the cell, raw HTML shows as text, a newline cannot end the line (it becomes
/// a space), and the characters that start emphasis, code, links or a heading
/// are backslash-escaped.
pub fn markdown(text: &str) -> String {
    let text = text.replace("\r\n", "\n");
    let mut out = String::with_capacity(text.len() + 8);
    for (i, c) in text.chars().enumerate() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '\\' | '`' | '*' | '_' | '[' | ']' | '|' | '~' => {
                out.push('\\');
                out.push(c);
            }
            '#' | '+' | '-' | '=' if i == 0 => {
                out.push('\\');
                out.push(c);
            }
            c if is_break(c) => out.push(' '),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// A Markdown code span holding `text` verbatim, safe inside a table cell.
pub fn markdown_code(text: &str) -> String {
    let flat: String = text
        .replace("\r\n", "\n")
        .chars()
        .filter_map(|c| match c {
            c if is_break(c) => Some(' '),
            c if c.is_control() => None,
            c => Some(c),
        })
        .collect();
    // GitHub tables split cells on `|` even inside code spans; `\|` keeps it
    // (after an even run of backslashes, so that none of them escapes it).
    let mut body = String::with_capacity(flat.len());
    for c in flat.chars() {
        if c == '|' {
            let run = body.chars().rev().take_while(|b| *b == '\\').count();
            if run % 2 == 1 {
                body.push('\\');
            }
            body.push('\\');
        }
        body.push(c);
    }
    let longest = longest_run(&body, '`');
    let fence = "`".repeat(longest + 1);
    let pad = if body.starts_with('`') || body.ends_with('`') || body.is_empty() {
        " "
    } else {
        ""
    };
    format!("{fence}{pad}{body}{pad}{fence}")
}

fn longest_run(text: &str, needle: char) -> usize {
    let (mut best, mut run) = (0, 0);
    for c in text.chars() {
        run = if c == needle { run + 1 } else { 0 };
        best = best.max(run);
    }
    best
}

/// The URL if it is an absolute `http` or `https` URL that can be linked to;
/// anything else (`javascript:`, `data:`, relative paths) is shown as text.
pub fn web_url(url: &str) -> Option<&str> {
    let url = url.trim();
    let lower = url.get(..8).unwrap_or(url).to_ascii_lowercase();
    let web = lower.starts_with("http://") || lower.starts_with("https://");
    let host = url.split_once("//").map_or("", |(_, rest)| rest);
    let clean = !url.chars().any(|c| c.is_whitespace() || c.is_control());
    (web && clean && !host.is_empty()).then_some(url)
}

/// A URL made safe as a Markdown link destination: characters that would end
/// the destination, the link or a table cell are percent-encoded.
pub fn markdown_url(url: &str) -> String {
    let mut out = String::with_capacity(url.len());
    for c in url.chars() {
        match c {
            ' ' => out.push_str("%20"),
            '<' => out.push_str("%3C"),
            '>' => out.push_str("%3E"),
            '(' => out.push_str("%28"),
            ')' => out.push_str("%29"),
            '|' => out.push_str("%7C"),
            '\\' => out.push_str("%5C"),
            '`' => out.push_str("%60"),
            '"' => out.push_str("%22"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn html_drops_bidi_controls_and_keeps_right_to_left_letters() {
        assert_eq!(super::html("abc \u{202e}def\u{2066} مرحبا"), "abc def مرحبا");
        assert_eq!(super::html("<b>"), "&lt;b&gt;");
    }

    #[test]
    fn css_strings_cannot_end_the_string_or_the_style_element() {
        assert_eq!(super::css_string("Mexico · 2014"), "\"Mexico · 2014\"");
        assert_eq!(
            super::css_string("a\"b\\</style><script>"),
            "\"a\\22 b\\5C \\3C /style\\3E \\3C script\\3E \""
        );
        assert_eq!(super::css_string("two\nlines\u{0}"), "\"two lines\"");
    }

    use super::*;
    use proptest::prelude::*;

    /// Whether every `|` is escaped: preceded by an odd run of backslashes.
    fn pipes_escaped(text: &str) -> bool {
        let chars: Vec<char> = text.chars().collect();
        chars
            .iter()
            .enumerate()
            .all(|(i, c)| *c != '|' || chars[..i].iter().rev().take_while(|b| **b == '\\').count() % 2 == 1)
    }

    proptest! {
        #[test]
        fn markdown_never_breaks_a_table_or_lets_html_through(text in "\\PC*|[|<>&\\\\`*_\\[\\]\n\r#a ]*") {
            let out = markdown(&text);
            prop_assert!(!out.contains(['<', '>', '\n', '\r']));
            prop_assert!(pipes_escaped(&out), "{out}");
            let code = markdown_code(&text);
            prop_assert!(!code.contains(['\n', '\r']));
            prop_assert!(pipes_escaped(&code), "{code}");
        }

        #[test]
        fn html_and_xml_never_let_markup_through(text in "\\PC*|[<>&\"'a ]*") {
            for out in [html(&text), xml(&text)] {
                prop_assert!(!out.contains(['<', '>', '"']));
            }
        }
    }

    #[test]
    fn markdown_keeps_tables_and_html_inert() {
        assert_eq!(markdown("a | b"), "a \\| b");
        assert_eq!(
            markdown("<script>alert(1)</script>"),
            "&lt;script&gt;alert(1)&lt;/script&gt;"
        );
        assert_eq!(markdown("one\ntwo\r\nthree"), "one two three");
        assert_eq!(markdown("*bold* [x](y) `c`"), "\\*bold\\* \\[x\\](y) \\`c\\`");
        assert_eq!(markdown("# not a heading"), "\\# not a heading");
        assert_eq!(markdown("AT&T"), "AT&amp;T");
        assert_eq!(markdown("C:\\path"), "C:\\\\path");
    }

    #[test]
    fn markdown_code_spans_hold_any_text() {
        assert_eq!(markdown_code("contact_point.designated"), "`contact_point.designated`");
        assert_eq!(markdown_code("a`b"), "``a`b``");
        assert_eq!(markdown_code("`x"), "`` `x ``");
        assert_eq!(markdown_code("a|b\nc"), "`a\\|b c`");
    }

    #[test]
    fn only_web_urls_are_links() {
        assert_eq!(web_url("https://example.org/a"), Some("https://example.org/a"));
        assert_eq!(web_url(" HTTP://example.org "), Some("HTTP://example.org"));
        assert_eq!(web_url("javascript:alert(1)"), None);
        assert_eq!(web_url("data:text/html,<b>"), None);
        assert_eq!(web_url("/etc/passwd"), None);
        assert_eq!(web_url("https://"), None);
        assert_eq!(web_url("https://a b"), None);
        assert_eq!(web_url("http"), None);
    }

    #[test]
    fn xml_escapes_attributes_and_content() {
        assert_eq!(xml("a<b>&\"'\n"), "a&lt;b&gt;&amp;&quot;&#39; ");
    }

    #[test]
    fn markdown_urls_cannot_break_out() {
        assert_eq!(
            markdown_url("https://x.org/a b)(|<>"),
            "https://x.org/a%20b%29%28%7C%3C%3E"
        );
    }
}
