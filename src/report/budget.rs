//! A budget on the work and output of one rendering, so that a template
//! cannot stall the process: `{{#each}}` blocks nested inside one another
//! multiply their iterations (twelve deep over 51 criteria never ends), and
//! nothing in Handlebars stops them.
//!
//! `{{#each}}` is replaced by a version that behaves like the built-in one
//! and charges each pass through its body (one step per element of the
//! body) to the rendering's budget; the output is written through a writer
//! that stops past [`MAX_OUTPUT_BYTES`]. Both limits are counts, not time:
//! the same template on the same data fails or succeeds the same way.

use std::cell::Cell;

use handlebars::{
    BlockContext, BlockParams, Context, Handlebars, Helper, HelperDef, HelperResult, Output, RenderContext,
    RenderError, RenderErrorReason, Renderable,
};
use serde_json::Value;

/// Steps of `{{#each}}` bodies one rendering may take: every pass through
/// a body costs one step per element of it. The bundled report of a
/// 51-criterion pack takes about 10,000.
pub const MAX_STEPS: u64 = 5_000_000;

/// Bytes one rendering may write (64 MiB).
pub const MAX_OUTPUT_BYTES: usize = 64 * 1024 * 1024;

thread_local! {
    static STEPS_LEFT: Cell<u64> = const { Cell::new(u64::MAX) };
    static OVER: Cell<Option<Over>> = const { Cell::new(None) };
}

/// Which limit a rendering went over.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Over {
    Steps,
    Output,
}

impl Over {
    pub fn message(self) -> String {
        match self {
            Over::Steps => {
                format!("the template loops too much: `{{{{#each}}}}` blocks took more than {MAX_STEPS} steps")
            }
            Over::Output => format!("the report is larger than {} MB", MAX_OUTPUT_BYTES / (1024 * 1024)),
        }
    }
}

/// Runs a rendering with a fresh budget; says which limit, if any, it went over.
pub fn with_budget<T>(render: impl FnOnce() -> T) -> (T, Option<Over>) {
    let saved = STEPS_LEFT.with(|s| s.replace(MAX_STEPS));
    OVER.with(|o| o.set(None));
    let result = render();
    STEPS_LEFT.with(|s| s.set(saved));
    (result, OVER.with(|o| o.take()))
}

fn charge(steps: u64) -> Result<(), RenderError> {
    let left = STEPS_LEFT.with(|s| s.get());
    if left < steps {
        OVER.with(|o| o.set(Some(Over::Steps)));
        return Err(RenderErrorReason::Other(Over::Steps.message()).into());
    }
    STEPS_LEFT.with(|s| s.set(left - steps));
    Ok(())
}

/// A `String` that refuses to grow past [`MAX_OUTPUT_BYTES`].
#[derive(Default)]
pub struct Capped {
    pub text: Vec<u8>,
}

impl std::io::Write for Capped {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        if self.text.len() + buf.len() > MAX_OUTPUT_BYTES {
            OVER.with(|o| o.set(Some(Over::Output)));
            return Err(std::io::Error::other(Over::Output.message()));
        }
        self.text.extend_from_slice(buf);
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// Registers the budgeted `{{#each}}`.
pub fn register(hb: &mut Handlebars<'static>) {
    hb.register_helper("each", Box::new(Each));
}

/// `{{#each}}` as Handlebars has it (arrays and objects; `@index`,
/// `@first`, `@last`, `@key`; `as |item key|`; `{{else}}` when empty), with
/// each pass charged to the budget.
struct Each;

impl HelperDef for Each {
    fn call<'reg: 'rc, 'rc>(
        &self,
        h: &Helper<'rc>,
        r: &'reg Handlebars<'reg>,
        ctx: &'rc Context,
        rc: &mut RenderContext<'reg, 'rc>,
        out: &mut dyn Output,
    ) -> HelperResult {
        let value = h.param(0).ok_or(RenderErrorReason::ParamNotFoundForIndex("each", 0))?;
        let Some(body) = h.template() else {
            return Ok(());
        };
        let cost = 1 + body.elements.len() as u64;
        let items: Vec<(Value, &Value)> = match value.value() {
            Value::Array(list) if !list.is_empty() || h.inverse().is_none() => {
                list.iter().enumerate().map(|(i, v)| (Value::from(i), v)).collect()
            }
            Value::Object(map) if !map.is_empty() || h.inverse().is_none() => {
                map.iter().map(|(k, v)| (Value::from(k.as_str()), v)).collect()
            }
            _ => {
                return match h.inverse() {
                    Some(inverse) => inverse.render(r, ctx, rc, out),
                    None if r.strict_mode() => Err(RenderError::strict_error(value.relative_path())),
                    None => Ok(()),
                };
            }
        };
        let is_object = value.value().is_object();
        let base = value.context_path();
        let mut block = BlockContext::new();
        match base {
            Some(path) => block.base_path_mut().clone_from(path),
            None => block.set_base_value(value.value().clone()),
        }
        rc.push_block(block);
        let len = items.len();
        for (i, (key, item)) in items.iter().enumerate() {
            charge(cost)?;
            if let Some(block) = rc.block_mut() {
                block.set_local_var("first", Value::from(i == 0));
                block.set_local_var("last", Value::from(i + 1 == len));
                block.set_local_var("index", Value::from(i));
                if is_object {
                    block.set_local_var("key", key.clone());
                }
                let segment = match key {
                    Value::String(k) => k.clone(),
                    other => other.to_string(),
                };
                match base {
                    Some(path) => {
                        let mut here = path.clone();
                        here.push(segment);
                        *block.base_path_mut() = here;
                    }
                    None => block.set_base_value((*item).clone()),
                }
                let mut params = BlockParams::new();
                if let Some(name) = h.block_param() {
                    add_item(&mut params, name, base.is_some(), item)?;
                    block.set_block_params(params);
                } else if let Some((name, key_name)) = h.block_param_pair() {
                    add_item(&mut params, name, base.is_some(), item)?;
                    params.add_value(key_name, key.clone())?;
                    block.set_block_params(params);
                }
            }
            body.render(r, ctx, rc, out)?;
        }
        rc.pop_block();
        Ok(())
    }
}

fn add_item<'a>(params: &mut BlockParams<'a>, name: &'a str, by_path: bool, item: &Value) -> Result<(), RenderError> {
    if by_path {
        params.add_path(name, Vec::new())
    } else {
        params.add_value(name, item.clone())
    }
}
