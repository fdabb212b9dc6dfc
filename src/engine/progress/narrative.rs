//! The narrative of a step: the facts that changed, in words, with their
//! dates and sources. Treaty standing comes first (from the dated events at
//! each date), then the facts of the two profiles that differ.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::wording::{self, Event, FactValue, Subject, Wording};
use crate::engine::results::{Assessment, SourceRef};
use crate::profile::{PartialDate, Profile, TreatyState};

/// Whether a fact changed, became known, or was lost.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum NarrativeKind {
    /// Known at both dates, with different values.
    Change,
    /// Unknown before: new evidence, not necessarily change.
    NewEvidence,
    /// Known before, unknown now.
    EvidenceLost,
}

/// One fact that changed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct NarrativeItem {
    pub kind: NarrativeKind,
    /// What the fact is about (`Budapest status`, `cybersecurity strategy`).
    pub topic: String,
    pub from: String,
    pub to: String,
    /// Dates and articles (`accession deposited 2018-06-29, in force 2018-10-01 (Art. 37(2))`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub detail: Option<String>,
    /// The whole line: `Budapest status: invited -> party; accession deposited ...`.
    pub text: String,
    #[serde(default)]
    pub sources: Vec<SourceRef>,
    /// The same as data, for a report to write in its language; the JSON
    /// keeps the English words above.
    #[serde(skip)]
    pub wording: Wording,
}

fn item(wording: Wording, sources: Vec<SourceRef>) -> NarrativeItem {
    let kind = if wording.from == FactValue::Unknown {
        NarrativeKind::NewEvidence
    } else if wording.to == FactValue::Unknown {
        NarrativeKind::EvidenceLost
    } else {
        NarrativeKind::Change
    };
    NarrativeItem {
        kind,
        topic: wording::subject(&wording.subject),
        from: wording::value(&wording.from),
        to: wording::value(&wording.to),
        detail: wording::detail(&wording),
        text: wording::line(&wording),
        sources,
        wording,
    }
}

fn source(profile: &Profile, id: Option<&str>) -> Vec<SourceRef> {
    let Some(id) = id else { return Vec::new() };
    let known = profile.snapshot.sources.iter().find(|s| s.id == id);
    vec![SourceRef {
        id: id.to_string(),
        title: known.map(|s| s.title.clone()),
        url: known.and_then(|s| s.url.clone()),
        date: known.and_then(|s| s.date).map(|d| d.to_string()),
    }]
}

fn push_unique(into: &mut Vec<SourceRef>, more: Vec<SourceRef>) {
    for s in more {
        if !into.iter().any(|x| x.id == s.id) {
            into.push(s);
        }
    }
}

/// The treaty standings that differ between two assessments; the later
/// profile, when there is one, gives the events' sources.
pub fn treaty(from: &Assessment, to: &Assessment, profile: Option<&Profile>) -> Vec<NarrativeItem> {
    let mut out = Vec::new();
    let (a, b) = (&from.budapest, &to.budapest);
    if a.standing != b.standing {
        let after: Option<PartialDate> = from.as_of.parse().ok();
        let (events, sources) = match &b.state {
            Some(state) => events_between(state, after, profile),
            None => (Vec::new(), Vec::new()),
        };
        out.push(item(
            Wording {
                subject: Subject::Budapest,
                from: standing(&a.standing),
                to: standing(&b.standing),
                events,
                year: None,
            },
            sources,
        ));
    }
    for (subject, x, y) in [
        (Subject::FirstProtocol, &a.first_protocol, &b.first_protocol),
        (Subject::SecondProtocol, &a.second_protocol, &b.second_protocol),
    ] {
        if x != y {
            out.push(item(
                Wording {
                    subject,
                    from: standing(x),
                    to: standing(y),
                    ..Wording::default()
                },
                Vec::new(),
            ));
        }
    }
    out
}

fn standing(s: &str) -> FactValue {
    if s.is_empty() {
        FactValue::Unknown
    } else {
        FactValue::Standing(s.to_string())
    }
}

/// The dated events after `after` (all when `None`), and their sources.
fn events_between(
    state: &TreatyState,
    after: Option<PartialDate>,
    profile: Option<&Profile>,
) -> (Vec<Event>, Vec<SourceRef>) {
    let is_new = |d: &PartialDate| after.is_none_or(|a| d.latest() > a.latest());
    let src = |pick: fn(&crate::profile::TreatyEvents) -> &Option<crate::profile::Fact<PartialDate>>| match profile {
        Some(p) => source(p, pick(&p.budapest.events).as_ref().and_then(|f| f.source())),
        None => Vec::new(),
    };
    let mut events = Vec::new();
    let mut sources = Vec::new();
    if let Some(d) = state.invited.filter(is_new) {
        events.push(Event::Invited(d.to_string()));
        push_unique(&mut sources, src(|e| &e.invited));
    }
    if let Some(d) = state.signed.filter(is_new) {
        events.push(Event::Signed(d.to_string()));
        push_unique(&mut sources, src(|e| &e.signed));
    }
    let accession = state.deposit_kind.as_deref() == Some("accession");
    if let Some(d) = state.deposit.filter(is_new) {
        events.push(Event::Deposited {
            accession,
            date: d.to_string(),
        });
        push_unique(
            &mut sources,
            src(if accession { |e| &e.acceded } else { |e| &e.ratified }),
        );
    }
    if let Some(d) = state.in_force.filter(is_new) {
        events.push(Event::InForce {
            accession,
            derived: state.in_force_derived,
            date: d.to_string(),
        });
        push_unique(&mut sources, src(|e| &e.entry_into_force));
    }
    (events, sources)
}

/// A fact's value and its source id.
type Leaf = (FactValue, Option<String>);

fn leaves(prefix: &str, value: &Value, out: &mut BTreeMap<String, Leaf>) {
    match value {
        Value::Null => {}
        Value::Object(map) if map.contains_key("value") => {
            let src = map.get("source").and_then(Value::as_str).map(str::to_string);
            out.insert(prefix.to_string(), (FactValue::Value(map["value"].clone()), src));
        }
        Value::Object(map) => {
            for (k, v) in map {
                if matches!(k.as_str(), "source" | "quote" | "evidence") {
                    continue;
                }
                leaves(&format!("{prefix}.{k}"), v, out);
            }
        }
        other => {
            out.insert(prefix.to_string(), (FactValue::Value(other.clone()), None));
        }
    }
}

/// Every fact of the sections the narrative follows, by path.
fn fact_map(profile: &Profile) -> BTreeMap<String, Leaf> {
    let mut out = BTreeMap::new();
    let Ok(tree) = serde_json::to_value(profile) else {
        return out;
    };
    for section in ["contact_point", "central_authorities", "safeguards"] {
        if let Some(v) = tree.get(section) {
            leaves(section, v, &mut out);
        }
    }
    for (section, key) in [
        ("budapest", "observer"),
        ("budapest", "declarations"),
        ("budapest", "reservations"),
        ("country", "federal"),
    ] {
        if let Some(v) = tree.get(section).and_then(|s| s.get(key)) {
            leaves(&format!("{section}.{key}"), v, &mut out);
        }
    }
    if let Some(Value::Object(articles)) = tree.get("legislation") {
        for (article, entry) in articles {
            let src = entry.get("source").and_then(Value::as_str).map(str::to_string);
            out.insert(format!("legislation.{article}"), (FactValue::Value(entry.clone()), src));
        }
    }
    for i in &profile.institutions {
        let kind = serde_json::to_value(i.kind).unwrap_or_default();
        out.insert(
            format!("institution:{}", i.name),
            (FactValue::Institution(kind), i.source.clone()),
        );
    }
    for law in &profile.laws {
        let value = FactValue::Law {
            status: law.status.and_then(|s| serde_json::to_value(s).ok()),
            date: law.date.map(|d| d.to_string()),
        };
        out.insert(format!("law:{}", law.title), (value, law.source.clone()));
    }
    out
}

fn subject_of(path: &str) -> Subject {
    if let Some(name) = path.strip_prefix("institution:") {
        return Subject::Institution(name.to_string());
    }
    if let Some(title) = path.strip_prefix("law:") {
        return Subject::Law(title.to_string());
    }
    Subject::Fact(path.to_string())
}

fn strategy_value(s: &crate::profile::Strategy) -> FactValue {
    s.status
        .as_ref()
        .and_then(|f| serde_json::to_value(f.value()).ok())
        .map_or(FactValue::Unknown, FactValue::Value)
}

/// Two values that read the same (in English) are the same fact: a source
/// that changed alone is no change.
fn same(x: &FactValue, y: &FactValue) -> bool {
    wording::value(x) == wording::value(y)
}

/// The facts of two snapshots of a country that differ, strategies first.
pub fn facts(old: &Profile, new: &Profile) -> Vec<NarrativeItem> {
    let mut out = Vec::new();
    for (name, a, b) in [
        (
            "cybersecurity",
            &old.strategies.cybersecurity,
            &new.strategies.cybersecurity,
        ),
        ("cybercrime", &old.strategies.cybercrime, &new.strategies.cybercrime),
    ] {
        let (x, y) = (strategy_value(a), strategy_value(b));
        if !same(&x, &y) {
            let (holder, profile) = if b.status.is_some() { (b, new) } else { (a, old) };
            let year = holder.year.as_ref().map(|f| f.value().to_string());
            let src = source(profile, holder.status.as_ref().and_then(|f| f.source()));
            out.push(item(
                Wording {
                    subject: Subject::Strategy(name.into()),
                    from: x,
                    to: y,
                    events: Vec::new(),
                    year,
                },
                src,
            ));
        }
    }
    let (before, after) = (fact_map(old), fact_map(new));
    let mut paths: Vec<&String> = before.keys().chain(after.keys()).collect();
    paths.sort();
    paths.dedup();
    for path in paths {
        let (x, y) = (before.get(path), after.get(path));
        let value = |l: Option<&Leaf>| l.map_or(FactValue::Unknown, |l| l.0.clone());
        if same(&value(x), &value(y)) {
            continue;
        }
        let src = match (y, x) {
            (Some((_, Some(id))), _) => source(new, Some(id)),
            (_, Some((_, Some(id)))) => source(old, Some(id)),
            _ => Vec::new(),
        };
        out.push(item(
            Wording {
                subject: subject_of(path),
                from: value(x),
                to: value(y),
                ..Wording::default()
            },
            src,
        ));
    }
    out
}

/// Facts that carry no date, which a timeline assumes constant: each as
/// what it is about and its value (written by [`wording::fact_line`]).
pub fn undated_facts(profile: &Profile) -> Vec<(Subject, FactValue)> {
    let mut out = Vec::new();
    for (name, s) in [
        ("cybersecurity", &profile.strategies.cybersecurity),
        ("cybercrime", &profile.strategies.cybercrime),
    ] {
        if s.status.is_some() && s.year.is_none() {
            out.push((Subject::Strategy(name.into()), strategy_value(s)));
        }
    }
    for (path, (value, _)) in fact_map(profile) {
        if path.starts_with("law:") {
            continue;
        }
        if let Some(article) = path.strip_prefix("legislation.") {
            if profile.legislation.get(article).is_some_and(|l| l.since.is_some()) {
                continue;
            }
        }
        out.push((subject_of(&path), value));
    }
    out
}

/// The year of the earliest dated treaty event of a profile.
pub fn earliest_event_year(profile: &Profile) -> Option<i16> {
    let b = &profile.budapest;
    [&b.events, &b.protocols.first.events, &b.protocols.second.events]
        .iter()
        .flat_map(|e| [&e.invited, &e.signed, &e.ratified, &e.acceded, &e.entry_into_force])
        .filter_map(|f| f.as_ref().map(|f| f.value().year))
        .min()
}
