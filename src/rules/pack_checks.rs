//! Checks of `pack.yaml` beyond its shape: unique area ids, weights that
//! are finite and positive.

use crate::diag::{Position, Problem};

use super::meta::PackMeta;

/// Area ids are unique, area weights finite and positive.
pub(super) fn check_areas(pack_file: &str, text: &str, meta: &PackMeta) -> Vec<Problem> {
    let mut problems = Vec::new();
    let mut seen = std::collections::BTreeSet::new();
    for (i, area) in meta.areas.iter().enumerate() {
        let at = area_position(text, i);
        if !seen.insert(area.id.as_str()) {
            problems.push(
                Problem::error(pack_file, at, format!("area id `{}` is used twice", area.id))
                    .with_help("area ids must be unique within a pack"),
            );
        }
        if !(area.weight.is_finite() && area.weight > 0.0) {
            problems.push(
                Problem::error(
                    pack_file,
                    at,
                    format!("area `{}` has weight `{}`", area.id, area.weight),
                )
                .with_help("a weight is a positive number, such as `1` or `2.5`"),
            );
        }
    }
    problems
}

/// Where the `index`-th `- id:` entry under `areas:` starts, if found.
fn area_position(text: &str, index: usize) -> Position {
    let start = text.find("\nareas:").map_or(0, |n| n + 1);
    text[start..]
        .lines()
        .enumerate()
        .filter(|(_, line)| line.trim_start().starts_with("- "))
        .nth(index)
        .map(|(n, line)| {
            let line_number = text[..start].matches('\n').count() + n + 1;
            Position::new(line_number, line.len() - line.trim_start().len() + 1)
        })
        .unwrap_or_default()
}
