//! Progress as CSV: one row per (pack, step, criterion) and per (pack,
//! step, area or overall score), countries in order, packs in the order of
//! the run.

use crate::engine::progress::Progress;

use super::csv::record;

/// The CSV columns, in order.
pub const COLUMNS: [&str; 20] = [
    "country",
    "iso2",
    "pack",
    "from",
    "to",
    "kind",
    "id",
    "title",
    "area",
    "from_outcome",
    "to_outcome",
    "transition",
    "score_from",
    "score_to",
    "change",
    "real_change",
    "new_evidence",
    "coverage_from",
    "coverage_to",
    "reference",
];

fn num(v: Option<f64>) -> String {
    v.map(super::words::number).unwrap_or_default()
}

/// One row per (pack, step, criterion) and per (pack, step, area or overall score).
pub fn table(p: &Progress) -> String {
    let mut out = String::new();
    let mut line = |fields: Vec<String>| record(&mut out, &fields);
    line(COLUMNS.iter().map(|c| c.to_string()).collect());
    for c in &p.countries {
        for s in c
            .packs
            .iter()
            .flat_map(|series| series.steps.iter().map(move |s| (series, s)))
        {
            let (series, s) = s;
            let head = || {
                vec![
                    c.country.name.clone(),
                    c.country.iso2.clone(),
                    series.pack.clone(),
                    s.from.clone(),
                    s.to.clone(),
                ]
            };
            for x in std::iter::once(&s.overall).chain(s.areas.iter()) {
                let mut row = head();
                let kind = if x.id == "overall" { "overall" } else { "area" };
                row.extend([kind.into(), x.id.clone(), x.title.clone(), String::new()]);
                row.extend([String::new(), String::new(), String::new()]);
                row.extend([
                    num(x.from),
                    num(x.to),
                    num(x.change),
                    num(x.real_change),
                    num(x.new_evidence),
                ]);
                row.extend([num(Some(x.coverage_from)), num(Some(x.coverage_to)), String::new()]);
                line(row);
            }
            for k in &s.criteria {
                let mut row = head();
                row.extend(["criterion".into(), k.id.clone(), k.title.clone(), k.area.clone()]);
                row.extend([
                    k.from.as_str().into(),
                    k.to.as_str().into(),
                    k.transition.as_str().into(),
                ]);
                row.extend(std::iter::repeat_n(String::new(), 7));
                row.push(k.reference.clone());
                line(row);
            }
        }
    }
    out
}
