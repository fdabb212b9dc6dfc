//! Links on the page. Each distinct link becomes a source of the profile
//! (`link-1`, `link-2`, ... in page order); a link inside a court decision
//! is also that decision's `url`.

use crate::profile::Source;

/// The links in a text, in order, without trailing punctuation: words
/// holding `http://` or `https://`, or starting with `www.`.
pub fn find(text: &str) -> Vec<String> {
    let mut starts: Vec<usize> = text.match_indices("http").map(|(i, _)| i).collect();
    starts.extend(text.match_indices("www.").map(|(i, _)| i).filter(|&i| {
        // `www.` only at the start of a word.
        text.get(..i)
            .and_then(|b| b.chars().next_back())
            .is_none_or(char::is_whitespace)
    }));
    starts.sort_unstable();
    let mut out: Vec<String> = Vec::new();
    let mut seen = std::collections::HashSet::new();
    let mut covered = 0;
    for start in starts {
        if start < covered {
            continue;
        }
        let rest = text.get(start..).unwrap_or("");
        if rest.starts_with("http") && !(rest.starts_with("http://") || rest.starts_with("https://")) {
            continue;
        }
        let end = rest.find(char::is_whitespace).unwrap_or(rest.len());
        covered = start + end;
        let url = rest
            .get(..end)
            .unwrap_or("")
            .trim_end_matches(['.', ',', ';', ':', ')', ']', '\'', '"', '»', '”']);
        if url.len() > 8 && seen.insert(url) {
            out.push(url.to_string());
        }
    }
    out
}

/// The sources for a page's links.
pub fn sources(links: &[String]) -> Vec<Source> {
    links
        .iter()
        .enumerate()
        .map(|(i, url)| {
            let host = url.split("://").nth(1).unwrap_or(url).split('/').next().unwrap_or(url);
            Source {
                id: format!("link-{}", i + 1),
                title: format!("Linked from the page: {host}"),
                url: Some(url.clone()),
                date: None,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_links_and_trims_punctuation() {
        let t = "validity. http://sjf.scjn.gob.mx/x?id=1&a=b. See (https://example.org/a), www.coe.int and again http://sjf.scjn.gob.mx/x?id=1&a=b";
        assert_eq!(
            find(t),
            [
                "http://sjf.scjn.gob.mx/x?id=1&a=b",
                "https://example.org/a",
                "www.coe.int"
            ]
        );
    }
}
