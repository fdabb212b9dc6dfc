//! Checks every property path a rule reads from the profile against the
//! view's shape: `law.provison` or `p.legislaton["11"]` read `()` at run time
//! (silently, or with an error far from the typo), so lint names them first.
//!
//! Walks each function of the compiled rule (except `meta`), following
//! values bound from `p`: `let law = p.legislation["12"]`, `law(p, "12")`,
//! `institutions(p, kind)`, `for (d, i) in p.jurisprudence`, and literal
//! paths given to `get(p, "...")`. A parameter named `p` is the profile in
//! every function. Anything else (values the rule builds, other parameters)
//! is not checked, so lint never guesses.

use rhai::{ASTFlags, ASTNode, Expr, Stmt, AST};

use crate::diag::{did_you_mean, Problem};

use super::shape::{root, Shape};

/// A property the profile view does not have.
#[derive(Debug, Clone, PartialEq)]
pub struct BadPath {
    pub position: crate::diag::Position,
    /// What was read (`law.provison`).
    pub read: String,
    /// The record it was read on (`legislation[..]`).
    pub record: String,
    pub key: String,
    pub suggestion: Option<String>,
}

impl BadPath {
    pub fn problem(&self, file: &str) -> Problem {
        let message = format!(
            "`{}` has no field `{}`: `{}` is always `()`",
            self.record, self.key, self.read
        );
        let help = match &self.suggestion {
            Some(s) => format!("did you mean `{s}`? (`gapwise schema` prints every field)"),
            None => "`gapwise schema` prints every field of the profile".to_string(),
        };
        Problem::error(file, self.position, message).with_help(help)
    }
}

/// Every property path of the rule that the profile view does not have.
pub fn check(ast: &AST) -> Vec<BadPath> {
    // The top-level statements of every function body, in the order the
    // walk visits them; each belongs to the innermost function whose body
    // spans it (a closure's body lies inside its enclosing function's).
    let mut roots: Vec<Stmt> = Vec::new();
    ast.walk(&mut |path: &[ASTNode]| {
        if let [ASTNode::Stmt(stmt)] = path {
            roots.push((*stmt).clone());
        }
        true
    });
    let key = |p: rhai::Position| (p.line().unwrap_or(0), p.position().unwrap_or(0));
    let functions: Vec<_> = ast
        .iter_fn_def()
        .map(|f| {
            let start = key(f.body.start_position());
            let end = f.body.end_position();
            let end = if end.is_none() { start } else { key(end) };
            (
                f.name.to_string(),
                f.params.iter().map(|p| p.to_string()).collect::<Vec<_>>(),
                start,
                end,
            )
        })
        .collect();
    let mut bodies: Vec<Vec<Stmt>> = vec![Vec::new(); functions.len()];
    for stmt in roots {
        let at = key(stmt.position());
        let owner = functions
            .iter()
            .enumerate()
            .filter(|(_, (_, _, start, end))| *start <= at && at <= *end)
            .max_by_key(|(_, (_, _, start, _))| *start)
            .map(|(i, _)| i);
        if let Some(i) = owner {
            bodies[i].push(stmt);
        }
    }
    let mut walker = Walker::default();
    for ((name, params, ..), body) in functions.iter().zip(&bodies) {
        if name == "meta" {
            continue;
        }
        walker.scope.clear();
        for param in params {
            let shape = if param == "p" { root().clone() } else { Shape::Unknown };
            walker.scope.push((param.clone(), shape, param.clone()));
        }
        walker.block(body);
    }
    walker.found.sort_by_key(|b| (b.position.line, b.position.column));
    walker.found.dedup();
    walker.found
}

#[derive(Default)]
struct Walker {
    /// Variables in scope: (name, shape, how to show it).
    scope: Vec<(String, Shape, String)>,
    found: Vec<BadPath>,
}

/// A value being followed: its shape and how it was read (`p.legislation["12"]`).
#[derive(Clone)]
struct Value {
    shape: Shape,
    read: String,
}

impl Value {
    fn unknown() -> Self {
        Value {
            shape: Shape::Unknown,
            read: String::new(),
        }
    }
}

#[derive(Clone, Copy, PartialEq)]
enum Via {
    Dot,
    Index,
}

impl Walker {
    fn block(&mut self, statements: &[Stmt]) {
        let depth = self.scope.len();
        for s in statements {
            self.stmt(s);
        }
        self.scope.truncate(depth);
    }

    fn stmt(&mut self, stmt: &Stmt) {
        match stmt {
            Stmt::Var(x, ..) => {
                let value = self.expr(&x.1);
                let name = x.0.name.to_string();
                let shown = if value.read.is_empty() {
                    name.clone()
                } else {
                    value.read
                };
                self.scope.push((name, value.shape, shown));
            }
            Stmt::If(x, ..) | Stmt::While(x, ..) | Stmt::Do(x, ..) | Stmt::TryCatch(x, ..) => {
                self.expr(&x.expr);
                self.block(x.body.statements());
                self.block(x.branch.statements());
            }
            Stmt::Switch(x, ..) => {
                self.expr(&x.0);
                for case in &x.1.expressions {
                    self.expr(&case.lhs);
                    self.expr(&case.rhs);
                }
            }
            Stmt::For(x, ..) => {
                let list = self.expr(&x.2.expr);
                let depth = self.scope.len();
                let item = match list.shape {
                    Shape::List(entry) => *entry,
                    _ => Shape::Unknown,
                };
                let name = x.0.name.to_string();
                let shown = format!("{}[..]", list.read);
                self.scope
                    .push((name.clone(), item, if list.read.is_empty() { name } else { shown }));
                if let Some(counter) = &x.1 {
                    self.scope
                        .push((counter.name.to_string(), Shape::Value, counter.name.to_string()));
                }
                self.block(x.2.body.statements());
                self.scope.truncate(depth);
            }
            Stmt::Assignment(x) => {
                let value = self.expr(&x.1.rhs);
                if let Expr::Variable(v, ..) = &x.1.lhs {
                    let name = v.1.as_str();
                    if let Some(slot) = self.scope.iter_mut().rev().find(|(n, ..)| n == name) {
                        // A variable given several shapes is no longer followed.
                        if slot.1 != value.shape || !x.0.is_op_assignment() && slot.1 == Shape::Unknown {
                            slot.1 = Shape::Unknown;
                        }
                    }
                } else {
                    self.expr(&x.1.lhs);
                }
            }
            Stmt::FnCall(call, ..) => {
                self.call(call);
            }
            Stmt::Block(b) => self.block(b.statements()),
            Stmt::Expr(e) => {
                self.expr(e);
            }
            Stmt::BreakLoop(Some(e), ..) | Stmt::Return(Some(e), ..) => {
                self.expr(e);
            }
            _ => {}
        }
    }

    fn lookup(&self, name: &str) -> Value {
        match self.scope.iter().rev().find(|(n, ..)| n == name) {
            Some((_, shape, shown)) => Value {
                shape: shape.clone(),
                read: shown.clone(),
            },
            None => Value::unknown(),
        }
    }

    /// Checks an expression; gives the shape of its value.
    fn expr(&mut self, expr: &Expr) -> Value {
        match expr {
            Expr::Variable(v, ..) => self.lookup(v.1.as_str()),
            Expr::Dot(x, flags, _) | Expr::Index(x, flags, _) => {
                let base = self.expr(&x.lhs);
                let via = if matches!(expr, Expr::Dot(..)) {
                    Via::Dot
                } else {
                    Via::Index
                };
                self.chain(base, &x.rhs, via, flags.contains(ASTFlags::BREAK))
            }
            Expr::FnCall(call, _) => self.call(call),
            Expr::MethodCall(call, _) => {
                for arg in call.args.iter() {
                    self.expr(arg);
                }
                Value::unknown()
            }
            Expr::InterpolatedString(items, _) | Expr::Array(items, _) => {
                for item in items.iter() {
                    self.expr(item);
                }
                Value::unknown()
            }
            Expr::Map(x, _) => {
                for (_, e) in x.0.iter() {
                    self.expr(e);
                }
                Value::unknown()
            }
            Expr::And(items, _) | Expr::Or(items, _) | Expr::Coalesce(items, _) => {
                for item in items.iter() {
                    self.expr(item);
                }
                Value::unknown()
            }
            Expr::Stmt(block) => {
                self.block(block.statements());
                Value::unknown()
            }
            _ => Value::unknown(),
        }
    }

    /// A call of a function: the rule API's lookups give shapes.
    fn call(&mut self, call: &rhai::FnCallExpr) -> Value {
        let args: Vec<Value> = call.args.iter().map(|a| self.expr(a)).collect();
        let on_profile = args.first().is_some_and(|a| a.read == "p");
        let legislation = || match root() {
            Shape::Record { fields, .. } => match fields.get("legislation") {
                Some(Shape::Keyed(entry)) => (**entry).clone(),
                _ => Shape::Unknown,
            },
            _ => Shape::Unknown,
        };
        match (call.name.as_str(), on_profile) {
            ("law", true) => Value {
                shape: legislation(),
                read: "law(p, ..)".into(),
            },
            ("institutions", true) => Value {
                shape: match root() {
                    Shape::Record { fields, .. } => fields.get("institutions").cloned().unwrap_or(Shape::Unknown),
                    _ => Shape::Unknown,
                },
                read: "institutions(p, ..)".into(),
            },
            ("get", true) => {
                if let Some(Expr::StringConstant(path, pos)) = call.args.get(1) {
                    self.literal_path(path, *pos);
                }
                Value::unknown()
            }
            _ => Value::unknown(),
        }
    }

    /// Checks a literal dotted path given to `get(p, "a.b[0].c")`.
    fn literal_path(&mut self, path: &str, pos: rhai::Position) {
        let mut current = Value {
            shape: root().clone(),
            read: format!("get(p, {path:?})"),
        };
        let parts = path.replace('[', ".[");
        for part in parts.split('.').filter(|s| !s.is_empty()) {
            current = match part.strip_prefix('[') {
                Some(_) => self.step_index(current, None),
                None => self.step_key(current, part, pos, true),
            };
            if current.shape == Shape::Unknown {
                return;
            }
        }
    }

    /// Follows a chain after `base`: `node` is the rest, reached through `via`.
    fn chain(&mut self, base: Value, node: &Expr, via: Via, terminal: bool) -> Value {
        let (item, rest) = match node {
            Expr::Dot(x, flags, _) | Expr::Index(x, flags, _) if !terminal => {
                let next = if matches!(node, Expr::Dot(..)) {
                    Via::Dot
                } else {
                    Via::Index
                };
                (&x.lhs, Some((&x.rhs, next, flags.contains(ASTFlags::BREAK))))
            }
            _ => (node, None),
        };
        let value = self.step(base, item, via);
        match rest {
            Some((rest, next, terminal)) => self.chain(value, rest, next, terminal),
            None => value,
        }
    }

    /// One step of a chain: `.name`, `.method(..)` or `[index]`.
    fn step(&mut self, base: Value, item: &Expr, via: Via) -> Value {
        match (via, item) {
            (Via::Dot, Expr::Property(p, pos)) => self.step_key(base, p.2.as_str(), *pos, false),
            (Via::Dot, Expr::MethodCall(call, _)) => {
                for arg in call.args.iter() {
                    self.expr(arg);
                }
                Value::unknown()
            }
            (Via::Index, Expr::StringConstant(key, pos)) => self.step_key(base, key.as_str(), *pos, false),
            (Via::Index, Expr::IntegerConstant(..)) => self.step_index(base, None),
            (Via::Index, other) => {
                self.expr(other);
                self.step_index(base, Some(()))
            }
            (Via::Dot, other) => {
                self.expr(other);
                Value::unknown()
            }
        }
    }

    /// Reads `key` of a value: a record's field, a keyed lookup's entry.
    fn step_key(&mut self, base: Value, key: &str, pos: rhai::Position, literal: bool) -> Value {
        let read = if literal {
            base.read.clone()
        } else if base.read.is_empty() {
            key.to_string()
        } else {
            format!("{}.{key}", base.read)
        };
        match base.shape {
            Shape::Record { name, fields } => match fields.get(key) {
                Some(shape) => Value {
                    shape: shape.clone(),
                    read,
                },
                None => {
                    self.found.push(BadPath {
                        position: super::super::position(pos),
                        read,
                        record: name,
                        key: key.to_string(),
                        suggestion: did_you_mean(key, fields.keys().map(String::as_str)).map(str::to_string),
                    });
                    Value::unknown()
                }
            },
            Shape::Keyed(entry) => Value {
                shape: *entry,
                read: format!("{}[{key:?}]", base.read),
            },
            _ => Value::unknown(),
        }
    }

    /// Reads an entry by a number or a computed key.
    fn step_index(&mut self, base: Value, computed: Option<()>) -> Value {
        match base.shape {
            Shape::List(entry) | Shape::Keyed(entry) => Value {
                shape: *entry,
                read: format!("{}[..]", base.read),
            },
            // A record read by a computed key (`p.safeguards[name]`) is not followed.
            _ => {
                let _ = computed;
                Value::unknown()
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bad(source: &str) -> Vec<String> {
        let engine = crate::rules::sandbox::build_engine(&crate::rules::Limits::default());
        let ast = engine.compile(source).expect("compiles");
        check(&ast)
            .iter()
            .map(|b| {
                format!(
                    "{}:{} {} ({})",
                    b.position.line,
                    b.position.column,
                    b.read,
                    b.suggestion.clone().unwrap_or_default()
                )
            })
            .collect()
    }

    #[test]
    fn misspelt_fields_are_found_through_variables_and_indexes() {
        let source = "fn check(p) {\n    let law = p.legislation[\"12\"];\n    let x = law.provison;\n    let y = p.legislaton[\"11\"];\n    p.contact_point.designatd\n}";
        assert_eq!(
            bad(source),
            vec![
                "3:17 p.legislation[\"12\"].provison (provision)",
                "4:15 p.legislaton (legislation)",
                "5:21 p.contact_point.designatd (designated)",
            ]
        );
    }

    #[test]
    fn helpers_loops_and_get_paths_are_followed() {
        let source = "fn check(p) {\n    for (d, i) in p.jurisprudence { d.cout; }\n    let l = law(p, \"2\");\n    l.instrumnt;\n    get(p, \"contact_point.bdy\");\n    helper(p)\n}\nfn helper(p) { p.treaty.standng }";
        let found = bad(source);
        assert_eq!(found.len(), 4, "{found:#?}");
        assert!(found[0].starts_with("2:39 p.jurisprudence[..].cout"), "{found:#?}");
        assert!(found[1].contains("instrumnt (instrument)"), "{found:#?}");
        assert!(found[2].contains("get(p, \"contact_point.bdy\") (body)"), "{found:#?}");
        assert!(found[3].contains("p.treaty.standng (standing)"), "{found:#?}");
    }

    #[test]
    fn values_the_rule_builds_are_not_checked() {
        let source = "fn check(p) {\n    let m = #{ a: 1 };\n    let k = \"x\";\n    m.b + p.safeguards[k].anything + p.legislation[\"2\"].status.len()\n}";
        assert!(bad(source).is_empty(), "{:#?}", bad(source));
    }
}
