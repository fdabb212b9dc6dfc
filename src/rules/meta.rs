//! Rule metadata (`fn meta()`) and pack metadata (`pack.yaml`).

use rhai::Dynamic;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::limits::Limits;

/// Tag of the pack format.
pub const PACK_V1: &str = "gapwise/pack/v1";

/// Severities, from least to most urgent.
pub const SEVERITIES: &[&str] = &["info", "low", "medium", "high", "critical"];

/// `pack.yaml`.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct PackMeta {
    /// Always `gapwise/pack/v1`.
    pub schema: String,
    pub id: String,
    pub name: String,
    pub version: String,
    #[serde(default)]
    pub description: Option<String>,
    pub areas: Vec<Area>,
    #[serde(default)]
    pub maturity: Maturity,
    /// Areas whose coverage decides whether the evidence suffices for a
    /// headline score (for the Budapest pack: substantive, procedural,
    /// co-operation). Empty: every area.
    #[serde(default)]
    pub core_areas: Vec<String>,
    /// Share of the core areas' criteria, in percent, that must have data
    /// before the report shows a headline score rather than "insufficient evidence".
    #[serde(default = "fifty")]
    pub evidence_threshold: f64,
    /// Questions that turn the facts a criterion lacks into something a
    /// researcher can ask, in article order.
    #[serde(default)]
    pub questions: Vec<Question>,
    #[serde(default)]
    pub limits: Limits,
    /// Pillars of a composite index (ITU GCI) that rules tag with `pillar`;
    /// each pillar gets a 0-100 score.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub pillars: Vec<super::index::Pillar>,
    /// Factors of a maturity model (Oxford CMM) that rules tag with
    /// `factor`, each in a dimension that is an area of the pack.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub factors: Vec<super::index::Factor>,
    /// Bands of the overall index score, highest first.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tiers: Vec<super::index::Tier>,
}

/// A question to ask when facts are unknown.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Question {
    /// Fact paths (or their leading parts) the question covers: `legislation.2`,
    /// `central_authorities.mutual_assistance`.
    pub about: Vec<String>,
    /// `Is there a central authority for mutual assistance (Art. 27(2))? Which body?`
    pub ask: String,
    /// The article it is about, for ordering (`Art. 27(2)`).
    pub reference: String,
}

fn fifty() -> f64 {
    50.0
}

#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Area {
    pub id: String,
    pub title: String,
    /// Weight of the area in the overall score.
    #[serde(default = "one")]
    pub weight: f64,
    #[serde(default)]
    pub description: Option<String>,
}

fn one() -> f64 {
    1.0
}

/// Cumulative stages: a stage is reached when every criterion of it and of
/// the stages below is met.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Maturity {
    pub stages: Vec<String>,
    /// The stage an area stands at when it reaches no stage its criteria
    /// speak of but some criterion has data (the Oxford CMM's `start-up`:
    /// every State is at least there). None: no such floor.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub baseline: Option<String>,
}

impl Default for Maturity {
    fn default() -> Self {
        Maturity {
            stages: ["start-up", "formative", "established", "strategic", "dynamic"]
                .map(String::from)
                .to_vec(),
            baseline: None,
        }
    }
}

/// What `fn meta()` of a rule returns.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RuleMeta {
    pub id: String,
    pub title: String,
    /// Article or other reference it implements (`Art. 35(1)`).
    pub reference: String,
    pub area: String,
    pub severity: String,
    pub weight: f64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stage: Option<String>,
    pub recommendation: String,
    /// Caveats for readers (a fact not confirmed against a primary text, say).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// False for a criterion that informs without scoring (a treaty step
    /// that is another body's decision, say): it is reported, never counted
    /// in scores, coverage, stages or gaps.
    #[serde(default = "yes", skip_serializing_if = "Clone::clone")]
    pub scored: bool,
    /// The stage a `partly_met` outcome reaches, below `stage` (a strategy
    /// in preparation is formative evidence; adopted, established).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub partial_stage: Option<String>,
    /// The index pillar the criterion counts in (`pack.yaml` `pillars`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pillar: Option<String>,
    /// The maturity-model factor it grades (`pack.yaml` `factors`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub factor: Option<String>,
    /// The English texts of the messages `check` returns by key
    /// (`msg("partial", #{law: ...})`), with `{name}` placeholders.
    #[serde(default, skip_serializing_if = "std::collections::BTreeMap::is_empty")]
    pub messages: std::collections::BTreeMap<String, String>,
}

fn yes() -> bool {
    true
}

/// Keys `meta()` may return: (name, required).
pub const META_KEYS: &[(&str, bool)] = &[
    ("id", true),
    ("title", true),
    ("reference", true),
    ("area", true),
    ("severity", true),
    ("weight", true),
    ("recommendation", true),
    ("stage", false),
    ("note", false),
    ("scored", false),
    ("partial_stage", false),
    ("pillar", false),
    ("factor", false),
    ("messages", false),
];

/// A problem with a meta map: the key it is about and what is wrong.
#[derive(Debug, Clone, PartialEq)]
pub struct MetaProblem {
    pub key: Option<String>,
    pub message: String,
    pub help: Option<String>,
}

fn problem(key: &str, message: String, help: Option<String>) -> MetaProblem {
    MetaProblem {
        key: Some(key.to_string()),
        message,
        help,
    }
}

/// Reads a meta map, checking it against the pack; gives every problem.
pub fn read_meta(value: &Dynamic, pack: &PackMeta) -> Result<RuleMeta, Vec<MetaProblem>> {
    let Some(map) = value.read_lock::<rhai::Map>() else {
        return Err(vec![MetaProblem {
            key: None,
            message: "`meta()` must return an object map `#{ ... }`".into(),
            help: None,
        }]);
    };
    let mut problems = Vec::new();
    for key in map.keys() {
        if !META_KEYS.iter().any(|(k, _)| *k == key.as_str()) {
            let help = crate::diag::did_you_mean(key, META_KEYS.iter().map(|(k, _)| *k))
                .map(|k| format!("did you mean `{k}`?"));
            problems.push(problem(key, format!("unknown key `{key}` in `meta()`"), help));
        }
    }
    let text = |key: &str, problems: &mut Vec<MetaProblem>| -> Option<String> {
        match map.get(key) {
            None => None,
            Some(v) if v.is_string() => Some(v.to_string()),
            Some(_) => {
                problems.push(problem(key, format!("`{key}` must be a string"), None));
                None
            }
        }
    };
    let required = |key: &str, problems: &mut Vec<MetaProblem>| -> String {
        let value = text(key, problems);
        if value.is_none() && !map.contains_key(key) {
            problems.push(problem(key, format!("`meta()` has no `{key}`"), None));
        }
        value.unwrap_or_default()
    };
    let id = required("id", &mut problems);
    let title = required("title", &mut problems);
    let reference = required("reference", &mut problems);
    let area = required("area", &mut problems);
    let severity = required("severity", &mut problems);
    let recommendation = required("recommendation", &mut problems);
    let stage = text("stage", &mut problems);
    let note = text("note", &mut problems);
    let scored = match map.get("scored") {
        None => true,
        Some(v) => v.as_bool().unwrap_or_else(|_| {
            problems.push(problem("scored", "`scored` must be `true` or `false`".into(), None));
            true
        }),
    };
    let weight = match map.get("weight") {
        None => {
            problems.push(problem("weight", "`meta()` has no `weight`".into(), None));
            0.0
        }
        Some(w) => w
            .as_int()
            .map(|i| i as f64)
            .or_else(|_| w.as_float())
            .unwrap_or(f64::NAN),
    };
    if map.contains_key("weight") && !(weight.is_finite() && weight > 0.0) {
        problems.push(problem("weight", "`weight` must be a positive number".into(), None));
    }
    if !id.is_empty() && !id.chars().all(|c| c.is_ascii_alphanumeric() || "._-".contains(c)) {
        problems.push(problem(
            "id",
            format!("id `{id}` may use letters, digits, `.`, `_` and `-` only"),
            None,
        ));
    }
    if !area.is_empty() && !pack.areas.iter().any(|a| a.id == area) {
        let help = crate::diag::did_you_mean(&area, pack.areas.iter().map(|a| a.id.as_str()))
            .map(|a| format!("did you mean `{a}`?"))
            .or_else(|| {
                Some(format!(
                    "areas of this pack: {}",
                    pack.areas
                        .iter()
                        .map(|a| format!("`{}`", a.id))
                        .collect::<Vec<_>>()
                        .join(", ")
                ))
            });
        problems.push(problem(
            "area",
            format!("area `{area}` is not declared in `pack.yaml`"),
            help,
        ));
    }
    if !severity.is_empty() && !SEVERITIES.contains(&severity.as_str()) {
        problems.push(problem(
            "severity",
            format!("severity `{severity}` is not known"),
            Some(format!("use one of: {}", SEVERITIES.join(", "))),
        ));
    }
    if let Some(stage) = &stage {
        if !pack.maturity.stages.contains(stage) {
            problems.push(problem(
                "stage",
                format!("stage `{stage}` is not a maturity stage of the pack"),
                Some(format!("stages: {}", pack.maturity.stages.join(", "))),
            ));
        }
    }
    let messages = read_messages(map.get("messages"), &mut problems);
    let partial_stage = text("partial_stage", &mut problems);
    let pillar = text("pillar", &mut problems);
    let factor = text("factor", &mut problems);
    problems.extend(super::index::check_tags(
        pack,
        &area,
        stage.as_deref(),
        partial_stage.as_deref(),
        pillar.as_deref(),
        factor.as_deref(),
    ));
    if !reference.is_empty() && !reference_well_formed(&reference) {
        problems.push(problem(
            "reference",
            format!("reference `{reference}` is not well formed"),
            Some("write `Art. 35`, `Art. 35(1)`, `Art. 2-10` or `Art. 16, 17`".into()),
        ));
    }
    if problems.is_empty() {
        Ok(RuleMeta {
            id,
            title,
            reference,
            area,
            severity,
            weight,
            stage,
            recommendation,
            note,
            scored,
            partial_stage,
            pillar,
            factor,
            messages,
        })
    } else {
        Err(problems)
    }
}

/// `messages: #{ key: "English text with {placeholders}" }`.
fn read_messages(
    value: Option<&Dynamic>,
    problems: &mut Vec<MetaProblem>,
) -> std::collections::BTreeMap<String, String> {
    let mut out = std::collections::BTreeMap::new();
    let Some(value) = value else {
        return out;
    };
    let Some(map) = value.read_lock::<rhai::Map>() else {
        problems.push(problem(
            "messages",
            "`messages` must be a map of keys to texts: `#{ partial: \"... {law} ...\" }`".into(),
            None,
        ));
        return out;
    };
    for (key, text) in map.iter() {
        if !key.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
            problems.push(problem(
                "messages",
                format!("message key `{key}` may use letters, digits and `_` only"),
                None,
            ));
        } else if text.is_string() {
            out.insert(key.to_string(), text.to_string());
        } else {
            problems.push(problem("messages", format!("message `{key}` must be a text"), None));
        }
    }
    out
}

/// `Art. 35`, `Art. 35(1)`, `Art. 27(9)(e)`, `Art. 2-10`, `Art. 16, 17`,
/// or a reference outside the Convention that does not start with `Art`.
pub fn reference_well_formed(reference: &str) -> bool {
    let Some(rest) = reference.strip_prefix("Art. ") else {
        return !reference.trim().is_empty() && !reference.to_lowercase().starts_with("art");
    };
    rest.split([',', '-']).enumerate().all(|(i, part)| {
        let part = part.trim();
        let digits: String = part.chars().take_while(char::is_ascii_digit).collect();
        let mut tail = &part[digits.len()..];
        // `35(1)(a)-(c)`: the end of a range may give the paragraph alone.
        if digits.is_empty() && !(i > 0 && part.starts_with('(')) {
            return false;
        }
        while let Some(inner) = tail.strip_prefix('(') {
            match inner.find(')') {
                Some(end) if end > 0 && inner[..end].chars().all(|c| c.is_ascii_alphanumeric()) => {
                    tail = &inner[end + 1..]
                }
                _ => return false,
            }
        }
        tail.is_empty()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn references() {
        for good in [
            "Art. 35",
            "Art. 35(1)",
            "Art. 27(9)(e)",
            "Art. 2-10",
            "Art. 16, 17",
            "Art. 35(1)(a)-(c)",
            "GCI 2024 legal pillar",
        ] {
            assert!(reference_well_formed(good), "{good}");
        }
        for bad in ["Art 35", "art. 35", "Art. x", "Art. 35(", "", "Art. (1)"] {
            assert!(!reference_well_formed(bad), "{bad}");
        }
    }
}
