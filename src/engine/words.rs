//! Evidence written for people: what a fact path is about, and its value
//! in words instead of JSON.

use serde_json::Value;

/// What a fact path is about: `legislation.16` -> `Legislation, Art. 16`.
/// In the language of the rendering under way (see [`crate::i18n::scoped`]).
pub fn label(path: &str) -> String {
    let parts: Vec<&str> = path.split(['.', '[', ']']).filter(|p| !p.is_empty()).collect();
    let rest = |from: usize| {
        parts
            .get(from..)
            .unwrap_or_default()
            .iter()
            .map(|p| field_words(p))
            .collect::<Vec<_>>()
            .join(" ")
    };
    let tail = |from: usize| {
        let r = rest(from);
        if r.is_empty() {
            String::new()
        } else {
            format!("{}{r}", crate::i18n::tr("words.colon", ": ", &[]))
        }
    };
    let tr =
        |key: &str, english: &str, params: &[(&str, &str)]| crate::i18n::tr(&format!("labels.{key}"), english, params);
    let treaty = || tr("budapest", "Budapest Convention", &[]);
    match parts.as_slice() {
        ["budapest", "status"] => tr(
            "budapest_status",
            "Budapest Convention: status stated by the source",
            &[],
        ),
        ["budapest", "observer"] => tr("budapest_observer", "Budapest Convention: observer in the T-CY", &[]),
        ["budapest", "events", event, ..] => format!("{}{}{}", treaty(), colon(), event_words(event)),
        ["budapest", "protocols", which, "events", event, ..] => {
            format!("{}{}{}", protocol_name(which), colon(), event_words(event))
        }
        ["budapest", "protocols", which, ..] => format!("{}{}", protocol_name(which), tail(3)),
        ["budapest", list] => format!("{}{}{}", treaty(), colon(), field_words(list)),
        ["legislation", article, ..] => format!(
            "{}{}",
            tr("legislation", "Legislation, Art. {article}", &[("article", article)]),
            tail(2)
        ),
        ["laws", i, ..] => format!("{}{}", tr("law", "Law {n}", &[("n", &index(i))]), tail(2)),
        ["contact_point", ..] => format!(
            "{}{}",
            tr("contact_point", "24/7 point of contact (Art. 35)", &[]),
            tail(1)
        ),
        ["central_authorities", "mutual_assistance", ..] => format!(
            "{}{}",
            tr(
                "central_authority",
                "Central authority for mutual assistance (Art. 27(2))",
                &[]
            ),
            tail(2)
        ),
        ["central_authorities", "extradition", ..] => {
            format!(
                "{}{}",
                tr("extradition_authority", "Authority for extradition (Art. 24(7))", &[]),
                tail(2)
            )
        }
        ["safeguards", "by_power", power, ..] => format!(
            "{}{}",
            tr(
                "safeguards_power",
                "Safeguards of the Art. {power} power",
                &[("power", power)]
            ),
            tail(3)
        ),
        ["safeguards", ..] => format!("{}{}", tr("safeguards", "Safeguards (Art. 15)", &[]), tail(1)),
        ["jurisprudence", i, ..] => format!(
            "{}{}",
            tr("decision", "Court decision {n}", &[("n", &index(i))]),
            tail(2)
        ),
        ["institutions", i, ..] => format!(
            "{}{}",
            tr("institution", "Institution {n}", &[("n", &index(i))]),
            tail(2)
        ),
        ["strategies", which, ..] => format!(
            "{}{}",
            tr(
                &format!("strategy_{which}"),
                "{which} strategy",
                &[("which", &capitalise(&words(which)))]
            ),
            tail(2)
        ),
        ["capacity", topic, ..] => format!("{}{}", capacity_topic(topic), tail(2)),
        ["country", ..] => format!("{}{}", tr("country", "Country", &[]), tail(1)),
        ["treaty", ..] => format!(
            "{}{}",
            tr("treaty", "Treaty standing at the assessment date", &[]),
            tail(1)
        ),
        _ => capitalise(&words(path)),
    }
}

/// `: ` in the language of the rendering (` : ` in French).
fn colon() -> String {
    crate::i18n::tr("words.colon", ": ", &[])
}

/// `First Protocol`, `Second Protocol`.
fn protocol_name(which: &str) -> String {
    crate::i18n::tr(
        &format!("labels.protocol_{which}"),
        "{which} Protocol",
        &[("which", &capitalise(&words(which)))],
    )
}

/// A field name of the profile in words (`available_24_7` -> `available 24/7`),
/// in the language of the rendering.
fn field_words(field: &str) -> String {
    crate::i18n::tr(&format!("fields.{field}"), &words(field), &[])
}

/// The topic of a `capacity` fact, for people.
fn capacity_topic(topic: &str) -> String {
    let english: String = match topic {
        "lead_agency" => "Lead cybersecurity agency".into(),
        "sectoral_csirts" => "Government or sector CSIRTs".into(),
        "incident_registry" => "National incident registry".into(),
        "critical_infrastructure" => "Critical infrastructure".into(),
        "reporting_channel" => "Cybercrime reporting channel for the public".into(),
        "awareness" => "Awareness campaigns".into(),
        "education" => "Cybersecurity education".into(),
        "training" => "Training on cybercrime".into(),
        "police_unit" => "Specialised police unit".into(),
        "forensics" => "Digital forensics capability".into(),
        "specialised_prosecution" => "Specialised prosecutors or courts".into(),
        "data_protection" => "Data protection".into(),
        "child_online_protection" => "Child online protection".into(),
        "provider_cooperation" => "Co-operation with service providers".into(),
        "interpol" => "Interpol channel".into(),
        "foreign_law_enforcement" => "Direct channel to foreign law enforcement".into(),
        "agreements" => "International agreements".into(),
        "partnerships" => "Public-private partnerships".into(),
        "standards" => "Security standards".into(),
        "disclosure_policy" => "Vulnerability disclosure policy".into(),
        other => capitalise(&words(other)),
    };
    crate::i18n::tr(&format!("labels.capacity_{topic}"), &english, &[])
}

fn index(i: &str) -> String {
    i.parse::<usize>()
        .map(|n| (n + 1).to_string())
        .unwrap_or_else(|_| i.to_string())
}

fn event_words(event: &str) -> String {
    let english: String = match event {
        "invited" => "invitation to accede".into(),
        "invitation_expires" => "invitation valid until".into(),
        "signed" => "signature".into(),
        "ratified" => "deposit of the instrument of ratification".into(),
        "acceded" => "deposit of the instrument of accession".into(),
        "entry_into_force" => "entry into force".into(),
        other => words(other),
    };
    crate::i18n::tr(&format!("events.{event}"), &english, &[])
}

pub(crate) fn capitalise(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// `not_in_place` -> `not in place`; `available_24_7` -> `available 24/7`.
fn words(text: &str) -> String {
    text.replace("24_7", "24/7").replace('_', " ")
}

/// A value in words: `true` -> `yes`, a legislation entry -> `in place
/// (Penal Code, Art. 211 bis)`, a court decision -> its court, reference and date.
pub fn text(value: &Value) -> String {
    let tr = |key: &str, english: &str| crate::i18n::tr(key, english, &[]);
    match value {
        Value::Null => tr("values.unknown", "unknown"),
        Value::Bool(true) => tr("values.yes", "yes"),
        Value::Bool(false) => tr("values.no", "no"),
        Value::Number(n) => n.to_string(),
        Value::String(s) => words_if_code(s),
        Value::Array(items) => items.iter().map(text).collect::<Vec<_>>().join(", "),
        Value::Object(map) if map.contains_key("value") => text(&map["value"]),
        Value::Object(map) => object_text(map),
    }
}

/// Enumerated values (`in_preparation`) read as words; free text is kept.
fn words_if_code(s: &str) -> String {
    if !s.is_empty() && s.chars().all(|c| c.is_ascii_lowercase() || c == '_') {
        crate::i18n::tr(&format!("values.{s}"), &words(s), &[])
    } else {
        crate::i18n::date_text(s)
    }
}

fn field(map: &serde_json::Map<String, Value>, key: &str) -> Option<String> {
    map.get(key).filter(|v| !v.is_null()).map(text)
}

fn object_text(map: &serde_json::Map<String, Value>) -> String {
    // A legislation entry.
    if let Some(status) = field(map, "status").filter(|_| map.contains_key("instrument") || map.len() <= 6) {
        let mut basis: Vec<String> = ["instrument", "provision"]
            .iter()
            .filter_map(|k| field(map, k))
            .collect();
        if let Some(since) = field(map, "since") {
            basis.push(crate::i18n::tr("values.since", "since {date}", &[("date", &since)]));
        }
        let mut out = status;
        if !basis.is_empty() {
            out.push_str(&format!(" ({})", basis.join(", ")));
        }
        if let Some(missing) = field(map, "missing") {
            out.push_str(&crate::i18n::tr(
                "values.not_covered",
                "; not covered: {list}",
                &[("list", &missing)],
            ));
        }
        if let Some(penalty) = field(map, "penalty") {
            out.push_str(&crate::i18n::tr(
                "values.penalty",
                "; penalty: {penalty}",
                &[("penalty", &penalty)],
            ));
        }
        return out;
    }
    // A court decision.
    if let Some(court) = field(map, "court") {
        let details: Vec<String> = ["reference", "date"].iter().filter_map(|k| field(map, k)).collect();
        let mut out = court;
        if !details.is_empty() {
            out.push_str(&format!(", {}", details.join(", ")));
        }
        if let Some(holding) = field(map, "holding") {
            out.push_str(&format!("{}{holding}", colon()));
        }
        return out;
    }
    // An institution.
    if let Some(name) = field(map, "name") {
        return match field(map, "parent") {
            Some(parent) => format!("{name} ({parent})"),
            None => name,
        };
    }
    map.iter()
        .filter(|(k, v)| !v.is_null() && !matches!(k.as_str(), "source" | "quote"))
        .map(|(k, v)| format!("{}{}{}", field_words(k), colon(), text(v)))
        .collect::<Vec<_>>()
        .join(&crate::i18n::tr("words.semicolon", "; ", &[]))
}

/// A court decision's holding is often the very sentence another fact of the
/// same verdict quotes: then the decision is named by court, reference and
/// date only, so that a reader sees the sentence once.
pub fn drop_repeated_holdings(evidence: &mut [super::results::Evidence]) {
    let quotes: Vec<String> = evidence.iter().filter_map(|e| e.quote.clone()).collect();
    for e in evidence.iter_mut() {
        let Some(Value::Object(map)) = &e.value else {
            continue;
        };
        let repeated = map
            .get("holding")
            .and_then(Value::as_str)
            .is_some_and(|h| quotes.iter().any(|q| q.trim() == h.trim()));
        if repeated && map.contains_key("court") {
            let mut shorter = map.clone();
            shorter.remove("holding");
            e.text = Some(object_text(&shorter));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn paths_read_as_words() {
        assert_eq!(label("legislation.16"), "Legislation, Art. 16");
        assert_eq!(
            label("central_authorities.mutual_assistance.designated"),
            "Central authority for mutual assistance (Art. 27(2)): designated"
        );
        assert_eq!(
            label("budapest.events.invited"),
            "Budapest Convention: invitation to accede"
        );
        assert_eq!(label("jurisprudence[1]"), "Court decision 2");
        assert_eq!(
            label("contact_point.available_24_7"),
            "24/7 point of contact (Art. 35): available 24/7"
        );
        assert_eq!(label("capacity.interpol.body"), "Interpol channel: body");
        assert_eq!(label("capacity.training.judges"), "Training on cybercrime: judges");
        assert_eq!(label("capacity.awareness"), "Awareness campaigns");
    }

    #[test]
    fn a_holding_already_quoted_is_not_repeated() {
        use crate::engine::results::Evidence;
        let holding = "A judge must authorise it.";
        let fact = Evidence {
            path: "safeguards.by_power.19.supervision".into(),
            label: None,
            value: Some(json!(true)),
            text: Some("yes".into()),
            url: None,
            quote: Some(holding.into()),
            source: None,
        };
        let case = json!({"court": "Supreme Court", "reference": "1/2012", "holding": holding});
        let decision = Evidence {
            path: "jurisprudence[0]".into(),
            text: Some(text(&case)),
            value: Some(case),
            quote: Some("Supreme Court (1/2012)".into()),
            ..fact.clone()
        };
        let mut evidence = vec![fact, decision];
        drop_repeated_holdings(&mut evidence);
        assert_eq!(evidence[1].text.as_deref(), Some("Supreme Court, 1/2012"));
    }

    #[test]
    fn values_read_as_words_not_json() {
        assert_eq!(text(&json!({"status": "not_in_place"})), "not in place");
        assert_eq!(
            text(&json!({"status": "in_place", "instrument": "Penal Code", "provision": "Art. 211"})),
            "in place (Penal Code, Art. 211)"
        );
        assert_eq!(text(&json!(true)), "yes");
        assert_eq!(text(&json!(["6(3)", "9(4)"])), "6(3), 9(4)");
        assert_eq!(
            text(&json!({"court": "Supreme Court", "reference": "1a./J. 115/2012", "date": "2012-10-17"})),
            "Supreme Court, 1a./J. 115/2012, 2012-10-17"
        );
    }
}
