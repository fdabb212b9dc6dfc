//! The words of the progress narrative, kept as data so that a report can
//! write them in its language: what a fact is about ([`Subject`]), its value
//! at one date ([`FactValue`]) and the dated treaty events of a step
//! ([`Event`]). Each is written with message keys (`narrative.*`, `values.*`,
//! `labels.*`) in the language of the rendering under way (see
//! [`crate::i18n::scoped`]); outside any, in English, which is what the
//! progress JSON keeps.

use serde_json::Value;

use crate::engine::words::{capitalise, label, text};
use crate::i18n::{date_text, tr};

/// What a fact of the narrative is about.
#[derive(Debug, Clone, PartialEq, Default)]
pub enum Subject {
    /// The Convention's standing.
    #[default]
    Budapest,
    FirstProtocol,
    SecondProtocol,
    /// `cybersecurity` or `cybercrime`.
    Strategy(String),
    /// A fact of the profile by its path (`contact_point.designated`).
    Fact(String),
    /// An institution, by name.
    Institution(String),
    /// A law, by title.
    Law(String),
}

/// A fact's value at one date.
#[derive(Debug, Clone, PartialEq, Default)]
pub enum FactValue {
    #[default]
    Unknown,
    /// A treaty standing (`invited`, `party`).
    Standing(String),
    /// A value of the profile, written as [`text`] writes it.
    Value(Value),
    /// An institution recorded, with its kind.
    Institution(Value),
    /// A law recorded, with its status and date when known.
    Law {
        status: Option<Value>,
        date: Option<String>,
    },
}

/// A dated treaty event.
#[derive(Debug, Clone, PartialEq)]
pub enum Event {
    Invited(String),
    Signed(String),
    Deposited {
        accession: bool,
        date: String,
    },
    InForce {
        accession: bool,
        derived: bool,
        date: String,
    },
}

/// What a report needs to write a narrative line again in its language.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Wording {
    pub subject: Subject,
    pub from: FactValue,
    pub to: FactValue,
    /// Treaty events of the step.
    pub events: Vec<Event>,
    /// A strategy's year.
    pub year: Option<String>,
}

/// What `subject` is about, in words.
pub fn subject(s: &Subject) -> String {
    match s {
        Subject::Budapest => tr("narrative.budapest", "Budapest status", &[]),
        Subject::FirstProtocol => tr("narrative.first_protocol", "First Protocol (ETS 189) status", &[]),
        Subject::SecondProtocol => tr("narrative.second_protocol", "Second Protocol (CETS 224) status", &[]),
        Subject::Strategy(which) => tr(
            &format!("narrative.strategy_{which}"),
            "{which} strategy",
            &[("which", which)],
        ),
        Subject::Fact(path) => label(path),
        Subject::Institution(name) => tr("narrative.institution", "Institution {name}", &[("name", name)]),
        Subject::Law(title) => tr("narrative.law", "Law {title}", &[("title", title)]),
    }
}

/// A value in words.
pub fn value(v: &FactValue) -> String {
    match v {
        FactValue::Unknown => tr("values.unknown", "unknown", &[]),
        FactValue::Standing(s) => tr(&format!("values.{s}"), &s.replace('_', " "), &[]),
        FactValue::Value(v) => text(v),
        FactValue::Institution(kind) => tr("narrative.recorded_kind", "recorded ({kind})", &[("kind", &text(kind))]),
        FactValue::Law { status, date } => {
            let status = status
                .as_ref()
                .map_or_else(|| tr("narrative.recorded", "recorded", &[]), text);
            match date {
                Some(d) => tr(
                    "narrative.law_value",
                    "{status} ({date})",
                    &[("status", &status), ("date", &date_text(d))],
                ),
                None => status,
            }
        }
    }
}

fn event(e: &Event) -> String {
    let article = |accession: bool| if accession { "Art. 37(2)" } else { "Art. 36(4)" };
    match e {
        Event::Invited(d) => tr(
            "narrative.invited",
            "invited to accede {date}",
            &[("date", &date_text(d))],
        ),
        Event::Signed(d) => tr("narrative.signed", "signed {date}", &[("date", &date_text(d))]),
        Event::Deposited { accession: true, date } => tr(
            "narrative.accession_deposited",
            "accession deposited {date}",
            &[("date", &date_text(date))],
        ),
        Event::Deposited { accession: false, date } => tr(
            "narrative.ratification_deposited",
            "ratification deposited {date}",
            &[("date", &date_text(date))],
        ),
        Event::InForce {
            accession,
            derived: false,
            date,
        } => tr(
            "narrative.in_force",
            "in force {date} ({article})",
            &[("date", &date_text(date)), ("article", article(*accession))],
        ),
        Event::InForce {
            accession,
            derived: true,
            date,
        } => tr(
            "narrative.in_force_derived",
            "in force {date} (derived from the deposit, {article})",
            &[("date", &date_text(date)), ("article", article(*accession))],
        ),
    }
}

/// The dates and articles of a line (`accession deposited 2018-06-29, in
/// force 2018-10-01 (Art. 37(2))`), or a strategy's year (`(2017)`).
pub fn detail(w: &Wording) -> Option<String> {
    if !w.events.is_empty() {
        let parts: Vec<String> = w.events.iter().map(event).collect();
        return Some(parts.join(", "));
    }
    w.year.as_ref().map(|y| format!("({y})"))
}

/// The whole line: `Budapest status: invited → party; accession deposited ...`.
pub fn line(w: &Wording) -> String {
    let change = tr(
        "narrative.line",
        "{topic}: {from} → {to}",
        &[
            ("topic", &subject(&w.subject)),
            ("from", &value(&w.from)),
            ("to", &value(&w.to)),
        ],
    );
    match detail(w) {
        Some(d) if w.events.is_empty() => format!("{change} {d}"),
        Some(d) => tr(
            "narrative.line_detail",
            "{change}; {detail}",
            &[("change", &change), ("detail", &d)],
        ),
        None => change,
    }
}

/// A fact assumed constant: `Cybersecurity strategy: adopted`.
pub fn fact_line(s: &Subject, v: &FactValue) -> String {
    let topic = match s {
        Subject::Strategy(which) => tr(
            &format!("labels.strategy_{which}"),
            "{which} strategy",
            &[("which", &capitalise(which))],
        ),
        other => subject(other),
    };
    tr(
        "narrative.fact",
        "{topic}: {value}",
        &[("topic", &topic), ("value", &value(v))],
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn lines_read_in_english_outside_a_rendering() {
        let w = Wording {
            subject: Subject::Budapest,
            from: FactValue::Standing("invited".into()),
            to: FactValue::Standing("party".into()),
            events: vec![
                Event::Deposited {
                    accession: true,
                    date: "2018-06-29".into(),
                },
                Event::InForce {
                    accession: true,
                    derived: false,
                    date: "2018-10-01".into(),
                },
            ],
            year: None,
        };
        assert_eq!(
            line(&w),
            "Budapest status: invited → party; accession deposited 2018-06-29, in force 2018-10-01 (Art. 37(2))"
        );
        let s = Wording {
            subject: Subject::Strategy("cybersecurity".into()),
            from: FactValue::Value(json!("in_preparation")),
            to: FactValue::Value(json!("adopted")),
            events: vec![],
            year: Some("2017".into()),
        };
        assert_eq!(line(&s), "cybersecurity strategy: in preparation → adopted (2017)");
        assert_eq!(
            fact_line(&Subject::Strategy("cybercrime".into()), &FactValue::Unknown),
            "Cybercrime strategy: unknown"
        );
    }
}
