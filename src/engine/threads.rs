//! Threads that run rules, with a native stack big enough for the hard
//! maxima of [`Limits`](crate::rules::Limits).
//!
//! Rhai walks a script recursively: at `max_call_levels` 128 with
//! expressions nested `max_expr_depth` 256 deep, one call of a rule can need
//! far more than the 2 MB of a spawned thread or the 8 MB of a main thread.
//! Evaluation therefore runs on threads with [`EVAL_STACK`] bytes of stack
//! (reserved address space; only the pages used are ever touched), so that a
//! deep rule is stopped by its limits and ends as `error`.

use std::sync::OnceLock;

/// Native stack of every thread that compiles or runs rules (256 MiB).
pub const EVAL_STACK: usize = 256 * 1024 * 1024;

/// The pool profiles are evaluated on; `None` if it could not be built, in
/// which case rayon's global pool is used.
fn pool() -> Option<&'static rayon::ThreadPool> {
    static POOL: OnceLock<Option<rayon::ThreadPool>> = OnceLock::new();
    POOL.get_or_init(|| {
        rayon::ThreadPoolBuilder::new()
            .stack_size(EVAL_STACK)
            .thread_name(|i| format!("gapwise-eval-{i}"))
            .build()
            .ok()
    })
    .as_ref()
}

/// Runs `f` (which may use rayon's parallel iterators) in the evaluation pool.
pub fn in_pool<R: Send>(f: impl FnOnce() -> R + Send) -> R {
    match pool() {
        Some(pool) => pool.install(f),
        None => f(),
    }
}

/// Runs `f` on a new thread with an [`EVAL_STACK`]-sized stack and gives
/// its result; fails only if the thread cannot be started.
pub fn with_eval_stack<R: Send>(f: impl FnOnce() -> R + Send) -> std::io::Result<R> {
    std::thread::scope(|scope| {
        let handle = std::thread::Builder::new()
            .name("gapwise-main".into())
            .stack_size(EVAL_STACK)
            .spawn_scoped(scope, f)?;
        match handle.join() {
            Ok(result) => Ok(result),
            Err(panic) => std::panic::resume_unwind(panic),
        }
    })
}
