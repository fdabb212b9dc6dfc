//! `gapwise rules new`: a rule file and a test file that already pass lint
//! and test, ready to edit.

use std::path::{Path, PathBuf};

use super::meta::PackMeta;

/// The files a new rule needs.
#[derive(Debug, Clone, PartialEq)]
pub struct Scaffold {
    pub rule_path: PathBuf,
    pub rule: String,
    pub test_path: PathBuf,
    pub test: String,
}

#[derive(Debug, thiserror::Error)]
pub enum ScaffoldError {
    #[error("id `{0}` may use letters, digits, `.`, `_` and `-` only, and must not be empty")]
    BadId(String),
    #[error("`{0}` already exists; choose another id or edit that file")]
    Exists(String),
}

/// The file stem for a rule id: its last two dotted parts (`budapest.art12.liability` -> `art12_liability`).
pub fn stem(id: &str) -> String {
    let parts: Vec<&str> = id.split('.').collect();
    let tail = if parts.len() > 2 {
        &parts[parts.len() - 2..]
    } else {
        &parts[..]
    };
    tail.join("_").replace('-', "_")
}

/// Plans the files for a new rule in a pack folder; writes nothing.
pub fn plan(dir: &Path, pack: &PackMeta, id: &str) -> Result<Scaffold, ScaffoldError> {
    if id.is_empty() || !id.chars().all(|c| c.is_ascii_alphanumeric() || "._-".contains(c)) {
        return Err(ScaffoldError::BadId(id.to_string()));
    }
    let stem = stem(id);
    let rule_path = dir.join(format!("{stem}.rhai"));
    let test_path = dir.join("tests").join(format!("{stem}.yaml"));
    for path in [&rule_path, &test_path] {
        if path.exists() {
            return Err(ScaffoldError::Exists(path.display().to_string()));
        }
    }
    let area = pack.areas.first().map(|a| a.id.as_str()).unwrap_or("policy");
    let stage = pack
        .maturity
        .stages
        .first()
        .map(|s| format!("        stage: \"{s}\",\n"))
        .unwrap_or_default();
    let rule = format!(
        r#"// {id}: say in one line what this criterion checks.

fn meta() {{
    #{{
        id: "{id}",
        title: "State the criterion as a sentence that is true when it is met",
        reference: "Art. 1",
        area: "{area}",
        severity: "medium",
        weight: 1,
{stage}        recommendation: "Say what the country should do when the criterion is not met.",
    }}
}}

fn check(p) {{
    // Read facts from `p`; an unknown fact is `()`, never `false`.
    let fact = p.contact_point.designated;
    if fact == () {{
        return no_data("nothing is known of the fact this rule needs", ["contact_point.designated"]);
    }}
    if fact {{
        met("the fact is stated", ["contact_point.designated"])
    }} else {{
        not_met("the fact is stated absent", ["contact_point.designated"])
    }}
}}
"#
    );
    let test = format!(
        r#"# Cases for {id}: one per outcome the rule can return.
cases:
  - name: the fact stated is met
    profile:
      contact_point: {{designated: true}}
    expect:
      {id}: met
  - name: the fact stated absent is not met
    profile:
      contact_point: {{designated: false}}
    expect:
      {id}: not_met
  - name: an unknown fact is no data, not a gap
    profile: {{}}
    expect:
      {id}: {{outcome: no_data, message: "nothing is known"}}
"#
    );
    Ok(Scaffold {
        rule_path,
        rule,
        test_path,
        test,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stems_come_from_the_last_two_parts() {
        assert_eq!(stem("budapest.art12.corporate-liability"), "art12_corporate_liability");
        assert_eq!(stem("mine"), "mine");
    }
}
