//! `gapwise rules new`: a rule file and a test file that already pass lint
//! and test, ready to edit.

use std::path::{Path, PathBuf};

use super::Pack;

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

/// The article an id names: `budapest.art12.corporate_liability` -> `12`
/// (`art33_34` -> `33`).
pub fn article_of(id: &str) -> Option<String> {
    id.split(['.', '_', '-']).find_map(|part| {
        let digits = part.strip_prefix("art")?;
        let number: String = digits.chars().take_while(char::is_ascii_digit).collect();
        (!number.is_empty() && number.len() == digits.len()).then_some(number)
    })
}

/// The articles a reference covers: `Art. 2-10` covers 2 to 10, `Art. 16, 17` both.
fn articles_in(reference: &str) -> Vec<u32> {
    let Some(rest) = reference.strip_prefix("Art. ") else {
        return Vec::new();
    };
    let number = |s: &str| {
        s.trim()
            .chars()
            .take_while(char::is_ascii_digit)
            .collect::<String>()
            .parse::<u32>()
            .ok()
    };
    let mut found = Vec::new();
    for part in rest.split(',') {
        match part.split_once('-') {
            Some((a, b)) => {
                if let (Some(a), Some(b)) = (number(a), number(b)) {
                    found.extend(a..=b.min(a + 100));
                } else if let Some(a) = number(a) {
                    found.push(a);
                }
            }
            None => found.extend(number(part)),
        }
    }
    found
}

/// The area of the pack's criteria on `article`: the most common one, the
/// first declared on a tie.
pub fn area_for(pack: &Pack, article: &str) -> Option<String> {
    let wanted: u32 = article.parse().ok()?;
    pack.meta
        .areas
        .iter()
        .map(|area| {
            let count = pack
                .rules
                .iter()
                .filter(|r| r.meta.area == area.id && articles_in(&r.meta.reference).contains(&wanted))
                .count();
            (count, &area.id)
        })
        .filter(|(count, _)| *count > 0)
        .fold(None, |best: Option<(usize, &String)>, (count, id)| match best {
            Some((b, _)) if b >= count => best,
            _ => Some((count, id)),
        })
        .map(|(_, id)| id.clone())
}

/// Plans the files for a new rule in a pack folder; writes nothing. The
/// article comes from the id, the area from the pack's criteria on that
/// article (else the first area), the stage is the pack's first. Text the
/// author must write is marked `TODO`, which `rules lint` refuses.
pub fn plan(dir: &Path, pack: &Pack, id: &str) -> Result<Scaffold, ScaffoldError> {
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
    let article = article_of(id);
    let first_area = pack.meta.areas.first().map(|a| a.id.clone()).unwrap_or_default();
    let area = article.as_deref().and_then(|a| area_for(pack, a)).unwrap_or(first_area);
    let stage = pack
        .meta
        .maturity
        .stages
        .first()
        .map(|s| format!("        stage: \"{s}\",\n"))
        .unwrap_or_default();
    let (reference, key) = match &article {
        Some(a) => (format!("Art. {a}"), a.clone()),
        None => ("TODO the article or other reference".to_string(), "1".to_string()),
    };
    let read = if article.is_some() {
        "    // The legislation entry for the article (or its paragraph); an unknown\n    // fact is `()`, never `false`.\n"
    } else {
        "    // TODO read the facts this criterion needs (`gapwise schema` lists them);\n    // an unknown fact is `()`, never `false`.\n"
    };
    let rule = format!(
        r#"// {id}: TODO say in one line what this criterion checks.

fn meta() {{
    #{{
        id: "{id}",
        title: "TODO state the criterion as a sentence that is true when it is met",
        reference: "{reference}",
        area: "{area}",
        severity: "medium",
        weight: 1,
{stage}        recommendation: "TODO say what the country should do when the criterion is not met.",
    }}
}}

fn check(p) {{
{read}    let entry = law(p, "{key}");
    if entry == () {{
        return no_data("TODO nothing is known of ...", ["legislation.{key}"]);
    }}
    switch entry.status {{
        "in_place" => met(`TODO provided by ${{entry.instrument}}`, ["legislation.{key}"]),
        "partial" => partly_met("TODO partly provided", ["legislation.{key}"]),
        _ => not_met("TODO not provided", ["legislation.{key}"]),
    }}
}}
"#
    );
    let test = format!(
        r#"# Cases for {id}: one per outcome the rule can return.
cases:
  - name: in place is met
    profile:
      legislation:
        "{key}": {{status: in_place, instrument: Penal Code}}
    expect:
      {id}: met
  - name: partly in place is partly met
    profile:
      legislation:
        "{key}": {{status: partial}}
    expect:
      {id}: partly_met
  - name: not in place is not met
    profile:
      legislation:
        "{key}": {{status: not_in_place}}
    expect:
      {id}: not_met
  - name: an unknown fact is no data, not a gap
    profile: {{}}
    expect:
      {id}: no_data
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

    #[test]
    fn the_article_comes_from_the_id_and_the_area_from_the_pack() {
        assert_eq!(article_of("budapest.art12.corporate_liability").as_deref(), Some("12"));
        assert_eq!(article_of("budapest.art33_34.real_time").as_deref(), Some("33"));
        assert_eq!(article_of("budapest.treaty.party"), None);
        assert_eq!(articles_in("Art. 2-4, 9(1)"), vec![2, 3, 4, 9]);
        let pack = Pack::bundled_default().expect("bundled pack");
        assert_eq!(area_for(&pack, "12").as_deref(), Some("substantive"));
        assert_eq!(area_for(&pack, "19").as_deref(), Some("procedural"));
        assert_eq!(area_for(&pack, "35").as_deref(), Some("co-operation"));
        let plan = plan(Path::new("/nonexistent"), &pack, "budapest.art12.corporate_liability").expect("plan");
        assert!(plan.rule.contains("reference: \"Art. 12\""), "{}", plan.rule);
        assert!(plan.rule.contains("area: \"substantive\""), "{}", plan.rule);
        assert!(plan.rule.contains("stage: \"foundational\""), "{}", plan.rule);
    }
}
