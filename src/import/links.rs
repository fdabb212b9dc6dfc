//! Links on the page. Each distinct link becomes a source of the profile
//! (`link-1`, `link-2`, ... in page order); a link inside a court decision
//! is also that decision's `url`.

use crate::profile::Source;

/// The links in a text, in order, without trailing punctuation.
pub fn find(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    for word in text.split_whitespace() {
        let start = word
            .find("http://")
            .or_else(|| word.find("https://"))
            .or_else(|| word.starts_with("www.").then_some(0));
        let Some(start) = start else { continue };
        let url = word
            .get(start..)
            .unwrap_or("")
            .trim_end_matches(['.', ',', ';', ':', ')', ']', '\'', '"', '»', '”']);
        if url.len() > 8 && !out.iter().any(|u| u == url) {
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
