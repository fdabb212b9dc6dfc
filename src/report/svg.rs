//! An inline SVG bar chart of area scores, for the HTML report: one row per
//! area, a solid bar for the score and a thin light bar for the coverage,
//! values written out beside them. Labels are escaped; the chart carries a
//! title and a text description for screen readers.

use crate::i18n::tr;
use std::fmt::Write;

use super::escape::xml;
use super::words::percent;

/// One row of the chart.
#[derive(Debug, Clone, PartialEq)]
pub struct Bar {
    pub label: String,
    /// Score in percent, `None` when no criterion has data.
    pub score: Option<f64>,
    /// The score with unknown criteria counted as not met.
    pub lower_bound: Option<f64>,
    /// Coverage in percent.
    pub coverage: f64,
    /// False when the pack has no criterion in the area.
    pub has_criteria: bool,
}

const WIDTH: f64 = 420.0;
const BAR_WIDTH: f64 = 330.0;
const ROW: f64 = 46.0;
const TOP: f64 = 26.0;
const MAX_LABEL: usize = 26;

fn x_of(percent: f64) -> f64 {
    BAR_WIDTH * percent.clamp(0.0, 100.0) / 100.0
}

fn short(label: &str) -> String {
    if label.chars().count() <= MAX_LABEL {
        label.to_string()
    } else {
        let cut: String = label.chars().take(MAX_LABEL - 1).collect();
        format!("{}…", cut.trim_end())
    }
}

fn describe(bar: &Bar) -> String {
    if bar.has_criteria {
        tr(
            "chart.describe",
            "{area}: score {score}, lower bound {lower_bound}, coverage {coverage}",
            &[
                ("area", &bar.label),
                ("score", &percent(bar.score)),
                ("lower_bound", &percent(bar.lower_bound)),
                ("coverage", &percent(Some(bar.coverage))),
            ],
        )
    } else {
        tr(
            "chart.no_criteria",
            "{area}: no criteria in this pack",
            &[("area", &bar.label)],
        )
    }
}

/// The chart as an `<svg>` element, its title and description ids starting
/// with `id` (`chart`: `chart-title`). Each area takes two lines (its name,
/// then its bars), so that the chart stays legible on a phone.
pub fn bar_chart(bars: &[Bar], id: &str) -> String {
    let id = xml(id);
    let bottom = TOP + ROW * bars.len() as f64;
    let height = bottom + 20.0;
    let desc: Vec<String> = bars.iter().map(describe).collect();
    let legend = [
        tr("chart.lower_bound", "lower bound", &[]),
        tr("chart.score_over_known", "score over known", &[]),
        tr("chart.coverage", "coverage", &[]),
    ];
    // Each legend entry starts after the text of the one before (about 6.6
    // px per character at 12 px), so that longer translations never overlap.
    let width = |text: &str| text.chars().count() as f64 * 6.6;
    let x2 = (19.0 + width(&legend[0]) + 14.0).round();
    let x3 = (x2 + 19.0 + width(&legend[1]) + 14.0).round();
    let mut svg = String::new();
    let _ = write!(
        svg,
        r##"<svg class="chart" role="img" aria-labelledby="{id}-title {id}-desc" viewBox="0 0 {WIDTH} {height}" width="100%" preserveAspectRatio="xMinYMin meet" font-family="system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif" font-size="13">
<title id="{id}-title">{title}</title>
<desc id="{id}-desc">{desc}</desc>
<g class="legend" font-size="12" fill="#333"><rect x="0" y="6" width="14" height="10" fill="#1e4e8c"/><text x="19" y="15">{lower_bound}</text><rect x="{x2}" y="6" width="14" height="10" fill="#a9c4e6"/><text x="{x2t}" y="15">{over_known}</text><rect x="{x3}" y="9" width="14" height="4" fill="#9aa5b1"/><text x="{x3t}" y="15">{coverage}</text></g>
"##,
        desc = xml(&desc.join("; ")),
        title = xml(&tr(
            "report.chart_title",
            "Score, lower bound and coverage by area",
            &[]
        )),
        lower_bound = xml(&legend[0]),
        over_known = xml(&legend[1]),
        coverage = xml(&legend[2]),
        x2 = x2,
        x2t = x2 + 19.0,
        x3 = x3,
        x3t = x3 + 19.0
    );
    for step in [0.0, 25.0, 50.0, 75.0, 100.0] {
        let x = x_of(step);
        let anchor = if step == 0.0 {
            "start"
        } else if step == 100.0 {
            "end"
        } else {
            "middle"
        };
        let _ = write!(
            svg,
            r##"<line x1="{x}" y1="{TOP}" x2="{x}" y2="{bottom}" stroke="#e2e5ea" stroke-width="1"/><text x="{x}" y="{}" font-size="11" fill="#555" text-anchor="{anchor}">{}</text>"##,
            bottom + 14.0,
            xml(&crate::i18n::percent_text(Some(step)))
        );
        svg.push('\n');
    }
    for (i, bar) in bars.iter().enumerate() {
        let y = TOP + ROW * i as f64;
        let _ = write!(
            svg,
            r##"<g class="row"><title>{}</title><text x="0" y="{}" fill="#111" font-weight="600">{}</text>"##,
            xml(&desc[i]),
            y + 15.0,
            xml(&short(&bar.label))
        );
        if !bar.has_criteria {
            let _ = write!(
                svg,
                r##"<text x="0" y="{}" fill="#666" font-size="12" font-style="italic">no criteria in this pack</text>"##,
                y + 33.0
            );
            svg.push_str("</g>\n");
            continue;
        }
        match bar.score {
            Some(score) => {
                let _ = write!(
                    svg,
                    r##"<rect x="0" y="{}" width="{:.1}" height="12" fill="#a9c4e6"/><rect x="0" y="{}" width="{:.1}" height="12" fill="#1e4e8c"/>"##,
                    y + 21.0,
                    x_of(score),
                    y + 21.0,
                    x_of(bar.lower_bound.unwrap_or(0.0).min(score))
                );
            }
            None => {
                let _ = write!(
                    svg,
                    r##"<text x="0" y="{}" fill="#666" font-size="12">{}</text>"##,
                    y + 31.0,
                    xml(&tr("chart.no_score", "no score: no criterion has data", &[]))
                );
            }
        }
        let _ = write!(
            svg,
            r##"<rect x="0" y="{}" width="{:.1}" height="4" fill="#9aa5b1"/><text x="{}" y="{}" fill="#111" font-weight="600">{}</text><text x="{BAR_WIDTH}" y="{}" fill="#555" font-size="11" text-anchor="end">{} {}</text></g>"##,
            y + 35.0,
            x_of(bar.coverage),
            BAR_WIDTH + 8.0,
            y + 32.0,
            percent(bar.score),
            y + 15.0,
            xml(&legend[2]),
            percent(Some(bar.coverage))
        );
        svg.push('\n');
    }
    svg.push_str("</svg>");
    svg
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_are_escaped_and_described() {
        let svg = bar_chart(
            &[
                Bar {
                    label: "<script>x</script> & co".into(),
                    score: Some(62.5),
                    lower_bound: Some(40.0),
                    coverage: 50.0,
                    has_criteria: true,
                },
                Bar {
                    label: "Empty".into(),
                    score: None,
                    lower_bound: None,
                    coverage: 0.0,
                    has_criteria: false,
                },
            ],
            "chart",
        );
        assert!(!svg.contains("<script"));
        assert!(svg.contains("&lt;script&gt;x&lt;/script&gt; &amp; co"));
        assert!(svg.contains(r#"role="img""#));
        assert!(svg.contains("<title id=\"chart-title\">"));
        assert!(svg.contains("score 62.5%, lower bound 40%, coverage 50%"));
        assert!(svg.contains("Empty: no criteria in this pack"));
    }

    #[test]
    fn long_labels_are_shortened() {
        assert_eq!(short("a".repeat(40).as_str()).chars().count(), MAX_LABEL);
        assert_eq!(short("Treaty status"), "Treaty status");
    }
}
