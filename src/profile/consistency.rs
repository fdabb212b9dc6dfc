//! Checks beyond types: dates in order, status backed by events, reservations
//! the Convention allows, references that resolve.

use std::cmp::Ordering;
use std::collections::BTreeSet;

use crate::diag::{did_you_mean, Position, Problem};

use super::date::PartialDate;
use super::fact::Fact;
use super::shape::PositionIndex;
use super::treaty;
use super::types::{Profile, TreatyEvents, TreatyStatus, SCHEMA_V1};

struct Check<'a> {
    file: &'a str,
    positions: &'a PositionIndex,
    problems: Vec<Problem>,
}

impl Check<'_> {
    fn at(&self, path: &str) -> Position {
        let mut path = path;
        loop {
            if let Some(p) = self.positions.get(path) {
                return *p;
            }
            match path.rfind(['.', '[']) {
                Some(i) => path = &path[..i],
                None => return Position::default(),
            }
        }
    }

    fn error(&mut self, path: &str, message: String, help: Option<&str>) {
        let mut p = Problem::error(self.file, self.at(path), message);
        p.help = help.map(str::to_string);
        self.problems.push(p);
    }

    fn warning(&mut self, path: &str, message: String, help: Option<&str>) {
        let mut p = Problem::warning(self.file, self.at(path), message);
        p.help = help.map(str::to_string);
        self.problems.push(p);
    }
}

/// Runs every consistency check on a profile whose shape is already valid.
pub fn check(profile: &Profile, file: &str, positions: &PositionIndex) -> Vec<Problem> {
    let mut c = Check {
        file,
        positions,
        problems: Vec::new(),
    };
    if profile.schema != SCHEMA_V1 {
        c.error(
            "schema",
            format!("unknown schema `{}`", profile.schema),
            Some("this version of gapwise reads `schema: gapwise/profile/v1`"),
        );
    }
    let iso = &profile.country.iso2;
    if iso.len() != 2 || !iso.bytes().all(|b| b.is_ascii_uppercase()) {
        c.error(
            "country.iso2",
            format!("`{iso}` is not an ISO 3166-1 alpha-2 code"),
            Some("write two upper-case letters, such as `MX`"),
        );
    }
    check_events(
        &mut c,
        &profile.budapest.events,
        "budapest.events",
        &profile.snapshot.as_of,
    );
    check_status(&mut c, profile);
    check_articles(&mut c, profile);
    check_references(&mut c, profile);
    c.problems
}

fn check_events(c: &mut Check, events: &TreatyEvents, path: &str, as_of: &PartialDate) {
    let named = [
        ("invited", &events.invited),
        ("signed", &events.signed),
        ("ratified", &events.ratified),
        ("acceded", &events.acceded),
        ("entry_into_force", &events.entry_into_force),
    ];
    for (name, event) in named {
        if let Some(date) = event.as_ref().map(Fact::value) {
            if date.certain_cmp(as_of) == Some(Ordering::Greater) {
                c.warning(
                    &format!("{path}.{name}"),
                    format!("`{name}` ({date}) is after the snapshot date {as_of}"),
                    Some("check the date, or move `snapshot.as_of` forward"),
                );
            }
        }
    }
    if events.ratified.is_some() && events.acceded.is_some() {
        c.error(
            &format!("{path}.acceded"),
            "a State either ratifies (Art. 36) or accedes (Art. 37), not both".into(),
            Some("keep the event the source states"),
        );
    }
    let deposit = events.ratified.as_ref().or(events.acceded.as_ref()).map(Fact::value);
    let force = events.entry_into_force.as_ref().map(Fact::value);
    if let (Some(deposit), Some(force)) = (deposit, force) {
        if force.certain_cmp(deposit) != Some(Ordering::Greater) && force.certain_cmp(deposit).is_some() {
            c.error(
                &format!("{path}.entry_into_force"),
                format!("entry into force ({force}) is not after the deposit of the instrument ({deposit})"),
                Some("the Convention enters into force for a State three months after deposit (Art. 36(4), 37(2))"),
            );
        } else if let Some(expected) = treaty::entry_into_force(deposit) {
            if force.is_exact() && *force != expected {
                c.warning(
                    &format!("{path}.entry_into_force"),
                    format!("entry into force is {force}, but a deposit on {deposit} gives {expected}"),
                    Some("Art. 36(4): the first day of the month after three months from deposit"),
                );
            }
        }
    }
    if let (Some(signed), Some(ratified)) = (
        events.signed.as_ref().map(Fact::value),
        events.ratified.as_ref().map(Fact::value),
    ) {
        if ratified.certain_cmp(signed) == Some(Ordering::Less) {
            c.error(
                &format!("{path}.ratified"),
                format!("ratification ({ratified}) is before signature ({signed})"),
                None,
            );
        }
    }
}

fn check_status(c: &mut Check, profile: &Profile) {
    let b = &profile.budapest;
    let Some(status) = b.status.as_ref().map(Fact::value) else {
        return;
    };
    let events = &b.events;
    match status {
        TreatyStatus::Party if events.ratified.is_none() && events.acceded.is_none() => {
            c.warning(
                "budapest.status",
                "status is `party` but no ratification or accession date is given".into(),
                Some("add `budapest.events.ratified` or `budapest.events.acceded`"),
            );
        }
        TreatyStatus::Signatory if events.signed.is_none() => {
            c.warning(
                "budapest.status",
                "status is `signatory` but no signature date is given".into(),
                Some("add `budapest.events.signed`"),
            );
        }
        TreatyStatus::Invited | TreatyStatus::Signatory | TreatyStatus::None if events.entry_into_force.is_some() => {
            c.warning(
                "budapest.status",
                format!(
                    "status is `{}` but an entry into force is recorded",
                    status_name(*status)
                ),
                Some("a State for which the Convention is in force is a `party`"),
            );
        }
        _ => {}
    }
}

fn status_name(status: TreatyStatus) -> &'static str {
    match status {
        TreatyStatus::Party => "party",
        TreatyStatus::Signatory => "signatory",
        TreatyStatus::Invited => "invited",
        TreatyStatus::None => "none",
        TreatyStatus::Unknown => "unknown",
    }
}

fn check_articles(c: &mut Check, profile: &Profile) {
    if let Some(reservations) = &profile.budapest.reservations {
        for (i, article) in reservations.value().iter().enumerate() {
            if !treaty::reservation_allowed(&article.0) {
                c.error(
                    &format!("budapest.reservations[{i}]"),
                    format!("Art. 42 allows no reservation on article `{article}`"),
                    Some("reservations are allowed under Art. 4(2), 6(3), 9(4), 10(3), 11(3), 14(3), 22(2), 29(4) and 41(1) only; name the clause or the provision it affects, such as `6(1)(b)`, `9(2)(b)` or `22(1)(d)`"),
                );
            }
        }
    }
    if let Some(declarations) = &profile.budapest.declarations {
        for (i, article) in declarations.value().iter().enumerate() {
            if !treaty::declaration_allowed(&article.0) {
                c.warning(
                    &format!("budapest.declarations[{i}]"),
                    format!("the Convention provides for no declaration on article `{article}`"),
                    Some("declarations are provided for in Art. 2, 3, 6(1)(b), 7, 9(3), 27(9)(e), and designations under Art. 24, 27, 35"),
                );
            }
        }
    }
    for key in profile.legislation.keys() {
        let number = treaty::article_number(key);
        let valid = number.is_some_and(|n| (1..=48).contains(&n))
            && treaty::normalise_article(key).as_deref() == Some(key.as_str())
            && !key.starts_with('0');
        if !valid {
            c.error(
                &format!("legislation.{key}"),
                format!("`{key}` is not an article or paragraph of the Convention"),
                Some(
                    "legislation is keyed by article (`\"2\"` to `\"48\"`) or paragraph (`\"19(2)\"`, `\"18(1)(b)\"`)",
                ),
            );
        }
    }
    for key in profile.safeguards.by_power.keys() {
        if !POWERS.contains(&key.as_str()) {
            c.error(
                &format!("safeguards.by_power.{key}"),
                format!("`{key}` is not a procedural power of Art. 16-21"),
                Some("safeguards are kept per power, keyed `\"16\"` to `\"21\"`"),
            );
        }
    }
    for (i, case) in profile.jurisprudence.iter().enumerate() {
        for (j, power) in case.powers.iter().enumerate() {
            let norm = treaty::normalise_article(&power.0);
            if !norm.as_deref().is_some_and(|n| POWERS.contains(&n)) {
                c.error(
                    &format!("jurisprudence[{i}].powers[{j}]"),
                    format!("`{power}` is not a procedural power of Art. 16-21"),
                    Some("name the powers a decision concerns by article: 16 to 21"),
                );
            }
        }
    }
    let law_ids: Vec<&str> = profile.laws.iter().filter_map(|l| l.id.as_deref()).collect();
    for (key, entry) in &profile.legislation {
        if let Some(id) = entry.law.as_deref().filter(|id| !law_ids.contains(id)) {
            let help = did_you_mean(id, law_ids.iter().copied())
                .map(|s| format!("did you mean `{s}`?"))
                .unwrap_or_else(|| "add it to `laws` with this `id`".to_string());
            c.error(
                &format!("legislation.{key}.law"),
                format!("`{id}` is not the id of a law of this profile"),
                Some(&help),
            );
        }
    }
    let mut seen = BTreeSet::new();
    for (i, id) in profile
        .laws
        .iter()
        .enumerate()
        .filter_map(|(i, l)| l.id.as_deref().map(|id| (i, id)))
    {
        if !seen.insert(id) {
            c.error(&format!("laws[{i}].id"), format!("law id `{id}` is used twice"), None);
        }
    }
}

/// The procedural powers Art. 15 safeguards apply to.
const POWERS: &[&str] = &["16", "17", "18", "19", "20", "21"];

fn check_references(c: &mut Check, profile: &Profile) {
    let sources: Vec<&str> = profile.snapshot.sources.iter().map(|s| s.id.as_str()).collect();
    let mut seen = BTreeSet::new();
    for (i, s) in profile.snapshot.sources.iter().enumerate() {
        if !seen.insert(s.id.as_str()) {
            c.error(
                &format!("snapshot.sources[{i}].id"),
                format!("source id `{}` is used twice", s.id),
                None,
            );
        }
    }
    let urls = profile
        .snapshot
        .sources
        .iter()
        .enumerate()
        .map(|(i, s)| (format!("snapshot.sources[{i}].url"), &s.url));
    let case_urls = profile
        .jurisprudence
        .iter()
        .enumerate()
        .map(|(i, c)| (format!("jurisprudence[{i}].url"), &c.url));
    for (path, url) in urls.chain(case_urls) {
        if let Some(url) = url
            .as_deref()
            .filter(|u| !(u.starts_with("https://") || u.starts_with("http://")))
        {
            c.warning(
                &path,
                format!("`{url}` is not a web address"),
                Some("reports link only `http://` and `https://` addresses; others are shown as text"),
            );
        }
    }
    let mut cases = BTreeSet::new();
    for (i, case) in profile.jurisprudence.iter().enumerate() {
        if !cases.insert(case.id.as_str()) {
            c.error(
                &format!("jurisprudence[{i}].id"),
                format!("case id `{}` is used twice", case.id),
                None,
            );
        }
    }
    let citations = collect_sources(profile);
    for (path, id) in citations {
        if !sources.contains(&id.as_str()) {
            let help = did_you_mean(&id, sources.iter().copied())
                .map(|s| format!("did you mean `{s}`?"))
                .unwrap_or_else(|| "add it to `snapshot.sources`".to_string());
            c.error(&path, format!("`{id}` is not a source of this profile"), Some(&help));
        }
    }
}

/// Every `source` a profile cites, with its path.
fn collect_sources(profile: &Profile) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let Ok(tree) = serde_json::to_value(profile) else {
        return out;
    };
    walk(&tree, String::new(), &mut out);
    out
}

fn walk(value: &serde_json::Value, path: String, out: &mut Vec<(String, String)>) {
    match value {
        serde_json::Value::Object(map) => {
            for (k, v) in map {
                let child = if path.is_empty() {
                    k.clone()
                } else {
                    format!("{path}.{k}")
                };
                if k == "source" && path != "snapshot" {
                    if let Some(id) = v.as_str() {
                        out.push((child.clone(), id.to_string()));
                    }
                }
                walk(v, child, out);
            }
        }
        serde_json::Value::Array(items) => {
            for (i, v) in items.iter().enumerate() {
                walk(v, format!("{path}[{i}]"), out);
            }
        }
        _ => {}
    }
}
