//! The one place a rule engine is built: sandboxed, from one [`Limits`] value.
//!
//! Scripts get Rhai's core language and the rule API, and nothing else: no
//! `eval`, no modules or files, `print` and `debug` go to the log. Every
//! call runs under an operation budget and a time budget.
//!
//! The time budget counts the processor time of the thread running the rule
//! where the system can tell it (Unix), so that a busy machine, which keeps
//! the thread waiting, never turns a verdict into a timeout: the same
//! profile gives the same results under any load. A wall-clock deadline of
//! [`WALL_FACTOR`] times the budget stays as a backstop; where the thread's
//! processor time is not available, the budget is wall-clock time.

use std::cell::Cell;
use std::time::{Duration, Instant};

use rhai::module_resolvers::DummyModuleResolver;
use rhai::{Dynamic, Engine};

use super::api;
use super::limits::Limits;

/// The wall-clock backstop, as a multiple of the processor-time budget.
pub const WALL_FACTOR: u32 = 10;

/// The budget of the rule call running on this thread.
#[derive(Clone, Copy)]
struct Budget {
    /// The thread's processor time when the call started, where known.
    cpu_start: Option<Duration>,
    cpu_limit: Duration,
    wall_deadline: Instant,
}

impl Budget {
    fn start(limit: Duration) -> Budget {
        let cpu_start = thread_cpu_time();
        let wall = if cpu_start.is_some() {
            limit.saturating_mul(WALL_FACTOR)
        } else {
            limit
        };
        Budget {
            cpu_start,
            cpu_limit: limit,
            wall_deadline: Instant::now() + wall,
        }
    }

    fn expired(&self) -> bool {
        let cpu_spent = match (self.cpu_start, thread_cpu_time()) {
            (Some(start), Some(now)) => now.saturating_sub(start) > self.cpu_limit,
            _ => false,
        };
        cpu_spent || Instant::now() > self.wall_deadline
    }
}

/// The processor time this thread has used, where the system tells it.
#[cfg(unix)]
fn thread_cpu_time() -> Option<Duration> {
    use nix::time::{clock_gettime, ClockId};
    let spec = clock_gettime(ClockId::CLOCK_THREAD_CPUTIME_ID).ok()?;
    let secs = u64::try_from(spec.tv_sec()).ok()?;
    let nanos = u32::try_from(spec.tv_nsec()).ok()?;
    Some(Duration::new(secs, nanos))
}

#[cfg(not(unix))]
fn thread_cpu_time() -> Option<Duration> {
    None
}

thread_local! {
    static BUDGET: Cell<Option<Budget>> = const { Cell::new(None) };
}

/// Marker a terminated call carries, to tell a timeout from other errors.
pub const TIMEOUT_TOKEN: &str = "gapwise:timeout";

/// Runs `f` under the time budget of `limits` for rule code on this thread.
pub fn with_deadline<T>(limits: &Limits, f: impl FnOnce() -> T) -> T {
    let previous = BUDGET.with(|b| b.replace(Some(Budget::start(limits.timeout()))));
    let result = f();
    BUDGET.with(|b| b.set(previous));
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
        let expired = BUDGET.with(|b| b.get().is_some_and(|budget| budget.expired()));
        expired.then(|| Dynamic::from(TIMEOUT_TOKEN))
    });
    api::register(&mut engine);
    engine
}

#[cfg(test)]
mod tests {
    use super::*;

    fn expired_now() -> bool {
        BUDGET.with(|b| b.get().is_some_and(|budget| budget.expired()))
    }

    fn limits(timeout_ms: u64) -> Limits {
        Limits {
            timeout_ms,
            ..Limits::default()
        }
    }

    /// Waiting (as a thread kept off a busy processor does) spends no
    /// processor time: the budget is not used up until the wall backstop.
    #[cfg(unix)]
    #[test]
    fn time_spent_waiting_is_not_counted() {
        let expired = with_deadline(&limits(20), || {
            std::thread::sleep(Duration::from_millis(60));
            expired_now()
        });
        assert!(!expired, "60 ms asleep used up a budget of 20 ms of processor time");
    }

    #[test]
    fn time_spent_computing_is_counted() {
        // Spin until the thread has used 30 ms of processor time (wall time
        // where the system cannot tell), however busy the machine is.
        let clock = |start: Instant| match thread_cpu_time() {
            Some(now) => now,
            None => start.elapsed(),
        };
        let expired = with_deadline(&limits(20), || {
            let wall = Instant::now();
            let start = clock(wall);
            let mut x = 0u64;
            while clock(wall).saturating_sub(start) < Duration::from_millis(30) {
                x = std::hint::black_box(x.wrapping_add(1));
            }
            expired_now()
        });
        assert!(expired, "30 ms of computing stayed within a budget of 20 ms");
    }

    #[test]
    fn the_wall_clock_backstop_stops_a_call_that_waits_too_long() {
        let expired = with_deadline(&limits(5), || {
            std::thread::sleep(Duration::from_millis(5 * u64::from(WALL_FACTOR) + 30));
            expired_now()
        });
        assert!(expired);
    }

    #[test]
    fn no_budget_outside_a_call() {
        assert!(!expired_now());
        with_deadline(&limits(1), || ());
        assert!(!expired_now());
    }
}
