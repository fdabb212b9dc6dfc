//! Handlebars helpers the templates may call. Helpers that write markup
//! (`code`, `link`, `bar_chart`) escape every piece of data themselves;
//! helpers that return text (`percent`, `plural`) go through the format's
//! escape like any `{{value}}`.
//!
//! | helper | Markdown | HTML |
//! |---|---|---|
//! | `{{code x}}` | a code span | `<code>` |
//! | `{{link url text}}` | `[text](url)` for http(s) URLs, else text | `<a href>` for http(s) URLs, else text |
//! | `{{bar_chart areas pack=pack.id}}` | (not available) | inline SVG of area scores (`pack` keeps its ids unique) |
//! | `{{css_string a b ...}}` | (not available) | the texts joined, as a quoted CSS string (print footers) |
//! | `{{percent x}}` | `62.5%` or `n/a` | same |
//! | `{{plural n "criterion" "criteria"}}` | `1 criterion`, `2 criteria` | same |
//! | `{{t "key" "English text {name}" name=value}}` | the text of `key` in the report's language (`reports/i18n/fr.yaml`), else the English given, each `{name}` replaced | same |
//! | `{{lang_date x}}` | `2014-11-23` in the report's language (`23 novembre 2014`) | same |
//! | `{{translation_note}}` | where English stood in for a missing translation, so far; empty in English | same |
//! | `{{tv "severity" x}}` | the value `x` in the report's language (`severity.high`), else as it is | same |
//! | `{{lang_code}}` | the report's language code (`en`, `fr`, `es`) | same |
//! | `{{plural n "waiver" "waivers" key="report.waiver"}}` | with `key`, the words of the report's language (`report.waiver_one`, `report.waiver_many`) | same |
//!
//! `{{#if}}` and `{{#unless}}` are replaced by versions that, in keeping with
//! strict mode, fail on a field that does not exist.

use handlebars::{
    Context, Handlebars, Helper, HelperDef, HelperResult, JsonTruthy, Output, PathAndJson, RenderContext, RenderError,
    RenderErrorReason, Renderable, ScopedJson,
};
use serde_json::Value;

use super::escape;
use super::svg::{bar_chart, Bar};
use super::words;

/// The output format a registry renders, for the helpers that write markup.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Markup {
    Markdown,
    Html,
}

/// Registers the helpers for one format.
pub fn register(hb: &mut Handlebars<'static>, markup: Markup) {
    hb.register_helper("if", Box::new(StrictIf { positive: true }));
    hb.register_helper("unless", Box::new(StrictIf { positive: false }));
    hb.register_helper("percent", Box::new(percent));
    hb.register_helper("plural", Box::new(plural));
    hb.register_helper("t", Box::new(Translate));
    hb.register_helper("tv", Box::new(TranslateValue));
    hb.register_helper("lang_date", Box::new(LangDate));
    hb.register_helper("translation_note", Box::new(TranslationNote));
    hb.register_helper("lang_code", Box::new(lang_code));
    match markup {
        Markup::Markdown => {
            hb.register_helper("code", Box::new(code_md));
            hb.register_helper("link", Box::new(link_md));
        }
        Markup::Html => {
            hb.register_helper("code", Box::new(code_html));
            hb.register_helper("link", Box::new(link_html));
            hb.register_helper("bar_chart", Box::new(chart));
            hb.register_helper("css_string", Box::new(css_string));
            hb.register_helper("progress_chart", Box::new(super::progress::chart_helper));
        }
    }
}

/// `{{#if}}` and `{{#unless}}` that, like every other use of a field in
/// strict mode, fail on a field that does not exist instead of reading it
/// as false (the built-in ones do not check).
#[derive(Clone, Copy)]
struct StrictIf {
    positive: bool,
}

impl HelperDef for StrictIf {
    fn call<'reg: 'rc, 'rc>(
        &self,
        h: &Helper<'rc>,
        r: &'reg Handlebars<'reg>,
        ctx: &'rc Context,
        rc: &mut RenderContext<'reg, 'rc>,
        out: &mut dyn Output,
    ) -> HelperResult {
        let value = param(h, 0, "condition")?;
        let include_zero = h
            .hash_get("includeZero")
            .and_then(|v| v.value().as_bool())
            .unwrap_or(false);
        let truthy = value.is_truthy(include_zero) == self.positive;
        match if truthy { h.template() } else { h.inverse() } {
            Some(t) => t.render(r, ctx, rc, out),
            None => Ok(()),
        }
    }
}

/// The helper's parameter `index`; a missing value is an error, as in strict mode.
pub(super) fn param<'a>(h: &'a Helper<'_>, index: usize, name: &'static str) -> Result<&'a Value, RenderError> {
    match h.param(index) {
        Some(p) if !p.is_value_missing() => Ok(p.value()),
        Some(p) => Err(missing(p)),
        None => Err(RenderErrorReason::ParamNotFoundForName(
            "helper",
            format!("{name} (parameter {} of `{}`)", index + 1, h.name()),
        )
        .into()),
    }
}

fn missing(p: &PathAndJson<'_>) -> RenderError {
    RenderError::strict_error(p.relative_path())
}

/// Text of a value: strings bare, `null` empty, others as JSON.
fn text(value: &Value) -> String {
    match value {
        Value::Null => String::new(),
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

/// `{{t "key" "English {name}" name=value}}`: the key's text in the
/// report's language, escaped for the format like any value; also usable as
/// a subexpression (`{{link url (t "evidence.link" "link")}}`).
struct Translate;

impl HelperDef for Translate {
    fn call_inner<'reg: 'rc, 'rc>(
        &self,
        h: &Helper<'rc>,
        _: &'reg Handlebars<'reg>,
        _: &'rc Context,
        _: &mut RenderContext<'reg, 'rc>,
    ) -> Result<ScopedJson<'rc>, RenderError> {
        let key = text(param(h, 0, "key")?);
        let english = text(param(h, 1, "English text")?);
        let mut params: Vec<(String, String)> = Vec::new();
        for (name, value) in h.hash() {
            if value.is_value_missing() {
                return Err(missing(value));
            }
            params.push((name.to_string(), text(value.value())));
        }
        let refs: Vec<(&str, &str)> = params.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
        Ok(ScopedJson::Derived(Value::String(crate::i18n::tr(
            &key, &english, &refs,
        ))))
    }
}

/// `{{tv "severity" x}}`: a value the templates show as it is in English
/// (`high`), in the report's language (`severity.high`).
struct TranslateValue;

impl HelperDef for TranslateValue {
    fn call_inner<'reg: 'rc, 'rc>(
        &self,
        h: &Helper<'rc>,
        _: &'reg Handlebars<'reg>,
        _: &'rc Context,
        _: &mut RenderContext<'reg, 'rc>,
    ) -> Result<ScopedJson<'rc>, RenderError> {
        let prefix = text(param(h, 0, "kind")?);
        let value = text(param(h, 1, "value")?);
        let key = format!("{prefix}.{value}");
        Ok(ScopedJson::Derived(Value::String(crate::i18n::tr(&key, &value, &[]))))
    }
}

/// `{{lang_date x}}`: a date in the report's language.
struct LangDate;

impl HelperDef for LangDate {
    fn call_inner<'reg: 'rc, 'rc>(
        &self,
        h: &Helper<'rc>,
        _: &'reg Handlebars<'reg>,
        _: &'rc Context,
        _: &mut RenderContext<'reg, 'rc>,
    ) -> Result<ScopedJson<'rc>, RenderError> {
        let value = text(param(h, 0, "date")?);
        Ok(ScopedJson::Derived(Value::String(crate::i18n::date_text(&value))))
    }
}

/// `{{translation_note}}`: what was written in English for lack of a
/// translation, as far as the report has rendered (the methodology annex
/// comes last); empty in English. A value, so that `{{#if
/// (translation_note)}}` can leave out its line.
struct TranslationNote;

impl HelperDef for TranslationNote {
    fn call_inner<'reg: 'rc, 'rc>(
        &self,
        _: &Helper<'rc>,
        _: &'reg Handlebars<'reg>,
        _: &'rc Context,
        _: &mut RenderContext<'reg, 'rc>,
    ) -> Result<ScopedJson<'rc>, RenderError> {
        Ok(ScopedJson::Derived(Value::String(crate::i18n::fallback_note())))
    }
}

/// `{{lang_code}}`: the report's language code (`fr`), for `<html lang>`.
fn lang_code(
    _: &Helper<'_>,
    _: &Handlebars<'_>,
    _: &Context,
    _: &mut RenderContext<'_, '_>,
    out: &mut dyn Output,
) -> HelperResult {
    out.write(crate::i18n::lang().code())?;
    Ok(())
}

fn percent(
    h: &Helper<'_>,
    r: &Handlebars<'_>,
    _: &Context,
    _: &mut RenderContext<'_, '_>,
    out: &mut dyn Output,
) -> HelperResult {
    let value = param(h, 0, "value")?;
    out.write(&(r.get_escape_fn())(&words::percent(value.as_f64())))?;
    Ok(())
}

fn plural(
    h: &Helper<'_>,
    r: &Handlebars<'_>,
    _: &Context,
    _: &mut RenderContext<'_, '_>,
    out: &mut dyn Output,
) -> HelperResult {
    let n = param(h, 0, "count")?.as_f64().unwrap_or(0.0);
    let one = text(param(h, 1, "singular")?);
    let many = text(param(h, 2, "plural")?);
    // `key="report.waiver"`: the words of the report's language
    // (`report.waiver_one`, `report.waiver_many`).
    let key = h.hash_get("key").map(|k| text(k.value()));
    let word = match (n == 1.0, key) {
        (true, Some(k)) => crate::i18n::tr(&format!("{k}_one"), &one, &[]),
        (false, Some(k)) => crate::i18n::tr(&format!("{k}_many"), &many, &[]),
        (true, None) => one,
        (false, None) => many,
    };
    let phrase = format!("{} {word}", words::number(n));
    out.write(&(r.get_escape_fn())(&phrase))?;
    Ok(())
}

fn code_md(
    h: &Helper<'_>,
    _: &Handlebars<'_>,
    _: &Context,
    _: &mut RenderContext<'_, '_>,
    out: &mut dyn Output,
) -> HelperResult {
    out.write(&escape::markdown_code(&text(param(h, 0, "text")?)))?;
    Ok(())
}

fn code_html(
    h: &Helper<'_>,
    _: &Handlebars<'_>,
    _: &Context,
    _: &mut RenderContext<'_, '_>,
    out: &mut dyn Output,
) -> HelperResult {
    let body = escape::html(&text(param(h, 0, "text")?));
    out.write(&format!("<code>{body}</code>"))?;
    Ok(())
}

/// `(url, text)`: the text defaults to the URL.
fn link_parts(h: &Helper<'_>) -> Result<(String, String), RenderError> {
    let url = text(param(h, 0, "url")?);
    let label = match h.param(1) {
        Some(_) => text(param(h, 1, "text")?),
        None => url.clone(),
    };
    let label = if label.trim().is_empty() { url.clone() } else { label };
    Ok((url, label))
}

fn link_md(
    h: &Helper<'_>,
    _: &Handlebars<'_>,
    _: &Context,
    _: &mut RenderContext<'_, '_>,
    out: &mut dyn Output,
) -> HelperResult {
    let (url, label) = link_parts(h)?;
    let rendered = match escape::web_url(&url) {
        Some(web) => format!("[{}]({})", escape::markdown(&label), escape::markdown_url(web)),
        None if url.is_empty() || url == label => escape::markdown(&label),
        None => format!("{} ({})", escape::markdown(&label), escape::markdown_code(&url)),
    };
    out.write(&rendered)?;
    Ok(())
}

fn link_html(
    h: &Helper<'_>,
    _: &Handlebars<'_>,
    _: &Context,
    _: &mut RenderContext<'_, '_>,
    out: &mut dyn Output,
) -> HelperResult {
    let (url, label) = link_parts(h)?;
    let rendered = match escape::web_url(&url) {
        // A link whose text is not its address is marked, so that print
        // styles can print the address after it.
        Some(web) => format!(
            r#"<a{} href="{}" rel="noopener noreferrer">{}</a>"#,
            if label == url { "" } else { r#" class="ext""# },
            escape::html(web),
            escape::html(&label)
        ),
        None if url.is_empty() || url == label => escape::html(&label),
        None => format!(
            "{} (<span class=\"url\">{}</span>)",
            escape::html(&label),
            escape::html(&url)
        ),
    };
    out.write(&rendered)?;
    Ok(())
}

/// `{{css_string a b ...}}`: the parameters' texts joined into one quoted
/// CSS string, escaped so that it cannot leave the string or the `<style>`.
fn css_string(
    h: &Helper<'_>,
    _: &Handlebars<'_>,
    _: &Context,
    _: &mut RenderContext<'_, '_>,
    out: &mut dyn Output,
) -> HelperResult {
    let mut joined = String::new();
    for p in h.params() {
        if p.is_value_missing() {
            return Err(missing(p));
        }
        joined.push_str(&text(p.value()));
    }
    out.write(&escape::css_string(&joined))?;
    Ok(())
}

fn chart(
    h: &Helper<'_>,
    _: &Handlebars<'_>,
    _: &Context,
    _: &mut RenderContext<'_, '_>,
    out: &mut dyn Output,
) -> HelperResult {
    let areas = param(h, 0, "areas")?;
    let Some(items) = areas.as_array() else {
        return Err(RenderErrorReason::InvalidParamType("a list of areas").into());
    };
    let bars: Vec<Bar> = items
        .iter()
        .map(|a| Bar {
            label: a.get("title").map(text).unwrap_or_default(),
            score: a.get("score_value").and_then(Value::as_f64),
            lower_bound: a.get("lower_bound_value").and_then(Value::as_f64),
            coverage: a.get("coverage_value").and_then(Value::as_f64).unwrap_or(0.0),
            has_criteria: a.get("has_criteria").and_then(Value::as_bool).unwrap_or(true),
        })
        .collect();
    // `{{bar_chart areas pack=pack.id}}`: ids unique in a report of several packs.
    let id = match h.hash_get("pack").map(|p| text(p.value())) {
        Some(pack) if !pack.is_empty() => format!("chart-{pack}"),
        _ => "chart".to_string(),
    };
    out.write(&bar_chart(&bars, &id))?;
    Ok(())
}
