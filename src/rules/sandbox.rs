//! The one place a rule engine is built: sandboxed, from one [`Limits`] value.
//!
//! Scripts get Rhai's core language and the rule API, and nothing else: no
//! `eval`, no modules or files, `print` and `debug` go to the log. Every
//! call runs under an operation budget and a wall-clock deadline.

use std::cell::Cell;
use std::time::Instant;

use rhai::module_resolvers::DummyModuleResolver;
use rhai::{Dynamic, Engine};

use super::api;
use super::limits::Limits;

thread_local! {
    static DEADLINE: Cell<Option<Instant>> = const { Cell::new(None) };
}

/// Marker a terminated call carries, to tell a timeout from other errors.
pub const TIMEOUT_TOKEN: &str = "gapwise:timeout";

/// Runs `f` with a wall-clock deadline for rule code on this thread.
pub fn with_deadline<T>(limits: &Limits, f: impl FnOnce() -> T) -> T {
    let previous = DEADLINE.with(|d| d.replace(Some(Instant::now() + limits.timeout())));
    let result = f();
    DEADLINE.with(|d| d.set(previous));
    result
}

/// Builds the sandboxed engine rules run in.
pub fn build_engine(limits: &Limits) -> Engine {
    let mut engine = Engine::new();
    engine.set_max_operations(limits.max_operations);
    engine.set_max_call_levels(limits.max_call_levels);
    engine.set_max_expr_depths(limits.max_expr_depth, limits.max_expr_depth);
    engine.set_max_string_size(limits.max_string_size);
    engine.set_max_array_size(limits.max_array_size);
    engine.set_max_map_size(limits.max_map_size);
    engine.set_max_strings_interned(0);
    engine.set_max_variables(1_000);
    engine.set_max_functions(1_000);
    engine.set_max_modules(0);
    engine.set_module_resolver(DummyModuleResolver::new());
    engine.disable_symbol("eval");
    // Modules are off (`set_max_modules(0)`), but an `import` at the top of a
    // script never runs (only `meta` and `check` are called), so it would
    // pass silently: reject the keyword when the rule is compiled.
    engine.disable_symbol("import");
    engine.set_strict_variables(true);
    engine.set_fail_on_invalid_map_property(false);
    engine.on_print(|text| log::info!(target: "gapwise::rule", "{text}"));
    engine
        .on_debug(|text, source, pos| log::debug!(target: "gapwise::rule", "{}{pos:?}: {text}", source.unwrap_or("")));
    engine.on_progress(|ops| {
        if ops % 256 != 0 {
            return None;
        }
        let expired = DEADLINE.with(|d| d.get().is_some_and(|deadline| Instant::now() > deadline));
        expired.then(|| Dynamic::from(TIMEOUT_TOKEN))
    });
    api::register(&mut engine);
    engine
}
