//! Inline SVG charts of a country's progress: one small panel per area (and
//! one for the overall score), score as a solid line with round markers,
//! coverage as a dashed line with square markers, so that the two differ by
//! shape and not only by colour. Each panel is an `<svg role="img">` with a
//! title and a text description of every value; labels are escaped.

use std::fmt::Write;

use super::escape::xml;
use super::words::percent;

/// One line of values across the points.
#[derive(Debug, Clone, PartialEq)]
pub struct Panel {
    pub title: String,
    pub scores: Vec<Option<f64>>,
    pub coverage: Vec<f64>,
}

const W: f64 = 340.0;
const H: f64 = 170.0;
const LEFT: f64 = 34.0;
const RIGHT: f64 = 14.0;
const TOP: f64 = 30.0;
const BOTTOM: f64 = 30.0;
const SCORE: &str = "#2b6cb0";
const COVERAGE: &str = "#a05a00";

fn y_of(v: f64) -> f64 {
    TOP + (H - TOP - BOTTOM) * (1.0 - v.clamp(0.0, 100.0) / 100.0)
}

fn x_of(i: usize, n: usize) -> f64 {
    if n <= 1 {
        return (LEFT + W - RIGHT) / 2.0;
    }
    LEFT + (W - LEFT - RIGHT) * i as f64 / (n - 1) as f64
}

/// Short date labels: the year alone when every point falls in a distinct year.
fn labels(dates: &[String]) -> Vec<String> {
    let years: Vec<&str> = dates.iter().map(|d| d.get(..4).unwrap_or(d)).collect();
    let mut distinct = years.clone();
    distinct.dedup();
    if distinct.len() == years.len() {
        years.iter().map(|y| y.to_string()).collect()
    } else {
        dates.to_vec()
    }
}

/// The legend, once above the panels, in the report's language; each entry
/// placed after the text before it.
pub fn legend() -> String {
    use crate::i18n::tr;
    let score = tr("chart.progress_score", "score", &[]);
    let coverage = tr("chart.progress_coverage", "coverage (criteria with data)", &[]);
    let label = tr(
        "chart.progress_legend",
        "Legend: solid line with round markers is the score; dashed line with square markers is the coverage",
        &[],
    );
    // About 7 px a character at 12 px.
    let second = 32 + score.chars().count() * 7 + 20;
    let width = second + 30 + coverage.chars().count() * 7;
    format!(
        r##"<svg class="legend" role="img" aria-label="{}" viewBox="0 0 {width} 22" width="100%" style="max-width:{width}px" font-family="system-ui, sans-serif" font-size="12"><line x1="2" y1="11" x2="26" y2="11" stroke="{SCORE}" stroke-width="2.5"/><circle cx="14" cy="11" r="4" fill="{SCORE}"/><text x="32" y="15" fill="#222">{}</text><line x1="{}" y1="11" x2="{}" y2="11" stroke="{COVERAGE}" stroke-width="2" stroke-dasharray="5 3"/><rect x="{}" y="7" width="8" height="8" fill="{COVERAGE}"/><text x="{}" y="15" fill="#222">{}</text></svg>"##,
        xml(&label),
        xml(&score),
        second,
        second + 24,
        second + 8,
        second + 30,
        xml(&coverage),
    )
}

/// One panel as an `<svg>` element.
pub fn panel(p: &Panel, dates: &[String], id: &str) -> String {
    let n = dates.len();
    let shown = labels(dates);
    let desc: Vec<String> = dates
        .iter()
        .enumerate()
        .map(|(i, d)| {
            crate::i18n::tr(
                "chart.progress_point",
                "{date}: score {score}, coverage {coverage}",
                &[
                    ("date", &crate::i18n::date_text(d)),
                    ("score", &percent(p.scores.get(i).copied().flatten())),
                    ("coverage", &percent(p.coverage.get(i).copied())),
                ],
            )
        })
        .collect();
    let mut svg = String::new();
    let _ = write!(
        svg,
        r##"<svg class="panel" role="img" aria-labelledby="{id}-t {id}-d" viewBox="0 0 {W} {H}" width="100%" preserveAspectRatio="xMinYMin meet" font-family="system-ui, sans-serif" font-size="11"><title id="{id}-t">{}</title><desc id="{id}-d">{}</desc><text x="0" y="14" font-size="13" font-weight="600" fill="#111">{}</text>"##,
        xml(&p.title),
        xml(&desc.join("; ")),
        xml(&p.title)
    );
    for step in [0.0, 50.0, 100.0] {
        let y = y_of(step);
        let _ = write!(
            svg,
            r##"<line x1="{LEFT}" y1="{y:.1}" x2="{}" y2="{y:.1}" stroke="#e2e5ea"/><text x="{}" y="{:.1}" fill="#555" text-anchor="end">{}</text>"##,
            W - RIGHT,
            LEFT - 4.0,
            y + 4.0,
            xml(&crate::i18n::percent_text(Some(step)))
        );
    }
    let every = n.div_ceil(6).max(1);
    for (i, label) in shown.iter().enumerate() {
        if i % every != 0 && i + 1 != n {
            continue;
        }
        let anchor = if n > 1 && i == 0 {
            "start"
        } else if n > 1 && i + 1 == n {
            "end"
        } else {
            "middle"
        };
        let _ = write!(
            svg,
            r##"<text x="{:.1}" y="{}" fill="#333" text-anchor="{anchor}">{}</text>"##,
            x_of(i, n),
            H - 10.0,
            xml(label)
        );
    }
    // Coverage: dashed line, square markers.
    let cov: Vec<String> = p
        .coverage
        .iter()
        .enumerate()
        .map(|(i, v)| format!("{:.1},{:.1}", x_of(i, n), y_of(*v)))
        .collect();
    if cov.len() > 1 {
        let _ = write!(
            svg,
            r##"<polyline points="{}" fill="none" stroke="{COVERAGE}" stroke-width="2" stroke-dasharray="5 3"/>"##,
            cov.join(" ")
        );
    }
    for (i, v) in p.coverage.iter().enumerate() {
        let _ = write!(
            svg,
            r##"<rect x="{:.1}" y="{:.1}" width="7" height="7" fill="{COVERAGE}"/>"##,
            x_of(i, n) - 3.5,
            y_of(*v) - 3.5
        );
    }
    // Score: solid line (broken where there is no score), round markers, values.
    let mut run: Vec<String> = Vec::new();
    let mut runs: Vec<Vec<String>> = Vec::new();
    for (i, v) in p.scores.iter().enumerate() {
        match v {
            Some(v) => run.push(format!("{:.1},{:.1}", x_of(i, n), y_of(*v))),
            None => runs.push(std::mem::take(&mut run)),
        }
    }
    runs.push(run);
    for r in runs.iter().filter(|r| r.len() > 1) {
        let _ = write!(
            svg,
            r##"<polyline points="{}" fill="none" stroke="{SCORE}" stroke-width="2.5"/>"##,
            r.join(" ")
        );
    }
    let label_every = n.div_ceil(6).max(1);
    for (i, v) in p.scores.iter().enumerate() {
        let Some(v) = v else { continue };
        let (x, y) = (x_of(i, n), y_of(*v));
        let _ = write!(svg, r##"<circle cx="{x:.1}" cy="{y:.1}" r="4" fill="{SCORE}"/>"##);
        if i % label_every == 0 || i + 1 == n {
            let anchor = if n > 1 && i + 1 == n {
                "end"
            } else if n > 1 && i == 0 {
                "start"
            } else {
                "middle"
            };
            let _ = write!(
                svg,
                r##"<text x="{x:.1}" y="{:.1}" fill="{SCORE}" font-weight="600" text-anchor="{anchor}">{}</text>"##,
                y - 8.0,
                xml(&percent(Some(*v)))
            );
        }
    }
    svg.push_str("</svg>");
    svg
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn panels_escape_and_describe() {
        let p = Panel {
            title: "<b>Law</b>".into(),
            scores: vec![None, Some(50.0), Some(75.0)],
            coverage: vec![0.0, 50.0, 100.0],
        };
        let svg = panel(
            &p,
            &["2014-11-23".into(), "2016-12-31".into(), "2020-06-30".into()],
            "p1",
        );
        assert!(svg.contains("&lt;b&gt;Law&lt;/b&gt;"));
        assert!(!svg.contains("<b>"));
        assert!(svg.contains("2014-11-23: score n/a, coverage 0%"));
        assert!(svg.contains(">2016<"));
        assert!(svg.contains("stroke-dasharray"));
    }
}
