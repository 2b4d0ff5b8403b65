//! Plans and outcomes as text: a compact tree (by profile and provider, a cluster's resources under it) for
//! a terminal, with colours when it takes them; one line per change otherwise, for logs and grep.

use serde_json::Value;

use super::apply::{Outcome, Report};
use super::plan::{Action, Node, Plan};
use super::{KindId, ResKey};

/// A value as plans show it: JSON on one line (a space after `:` and `,`); nothing as `(none)`.
pub fn value(v: &Value) -> String {
    match v {
        Value::Null => "(none)".into(),
        Value::Array(items) => format!(
            "[{}]",
            items.iter().map(value).collect::<Vec<_>>().join(", ")
        ),
        Value::Object(m) => format!(
            "{{{}}}",
            m.iter()
                .map(|(k, v)| format!("{}: {}", Value::String(k.clone()), value(v)))
                .collect::<Vec<_>>()
                .join(", ")
        ),
        other => other.to_string(),
    }
}

fn paint(text: &str, code: &str, color: bool) -> String {
    if color {
        format!("\x1b[{code}m{text}\x1b[0m")
    } else {
        text.to_string()
    }
}

fn action_color(a: Action) -> &'static str {
    match a {
        Action::Create => "32",
        Action::Update => "33",
        Action::Delete => "31",
    }
}

/// "service web", "database shop" (under its cluster in a tree).
fn own_name(key: &ResKey) -> String {
    match key.kind {
        KindId::MaintenanceWindow => "maintenance_window".into(),
        k => format!("{} {}", k.name(), key.name),
    }
}

/// "service web (profile prod)", "database shop of cluster analytics (profile prod)".
pub fn label(key: &ResKey) -> String {
    format!("{} (profile {})", key.describe(), key.profile)
}

fn diff_lines(n: &Node, indent: &str, out: &mut String) {
    for d in &n.diffs {
        if n.action == Some(Action::Create) {
            out.push_str(&format!("{indent}{}: {}\n", d.key, value(&d.to)));
        } else {
            out.push_str(&format!(
                "{indent}{}: {} → {}\n",
                d.key,
                value(&d.from),
                value(&d.to)
            ));
        }
    }
}

/// The plan, with its summary line last.
pub fn plan_text(plan: &Plan, tree: bool, color: bool) -> String {
    let mut out = String::new();
    if tree {
        let mut group: Option<(String, &str)> = None;
        for n in plan
            .nodes
            .iter()
            .filter(|n| n.action.is_some() || n.children.iter().any(|c| c.action.is_some()))
        {
            let this = (n.key.profile.clone(), n.key.provider().key());
            if group.as_ref() != Some(&this) {
                out.push_str(&paint(
                    &format!("{} (profile {})", this.1, this.0),
                    "1",
                    color,
                ));
                out.push('\n');
                group = Some(this);
            }
            tree_node(n, "  ", color, &mut out);
        }
    } else {
        for n in plan.changes() {
            let a = n.action.unwrap_or(Action::Update);
            let head = format!("{} {} {}", a.sign(), n.key.provider().key(), label(&n.key));
            out.push_str(&paint(&head, action_color(a), color));
            out.push('\n');
            diff_lines(n, "    ", &mut out);
        }
    }
    out.push_str(&summary(plan));
    out.push('\n');
    out
}

fn tree_node(n: &Node, indent: &str, color: bool, out: &mut String) {
    match n.action {
        Some(a) => {
            let head = format!("{}{} {}", indent, a.sign(), own_name(&n.key));
            out.push_str(&paint(&head, action_color(a), color));
        }
        None => out.push_str(&format!("{indent}  {}", own_name(&n.key))),
    }
    out.push('\n');
    diff_lines(n, &format!("{indent}    "), out);
    for c in n.children.iter().filter(|c| c.action.is_some()) {
        tree_node(c, &format!("{indent}  "), color, out);
    }
}

/// "Plan: 2 to create, 1 to update, 0 to delete." or "No changes." (not when changes were refused: the plan
/// is then not what the file asks for).
pub fn summary(plan: &Plan) -> String {
    let (c, u, d) = plan.summary();
    if c + u + d == 0 && plan.problems.is_empty() {
        "No changes.".into()
    } else {
        format!("Plan: {c} to create, {u} to update, {d} to delete.")
    }
}

/// The progress line of a resource at a step.
pub fn progress(key: &ResKey, message: &str) -> String {
    format!("{}: {message}", label(key))
}

fn past(a: Action) -> &'static str {
    match a {
        Action::Create => "created",
        Action::Update => "updated",
        Action::Delete => "deleted",
    }
}

/// The last line of a resource: how its change ended.
pub fn finished(key: &ResKey, action: Action, outcome: &Outcome, styled: bool) -> String {
    let (mark, text, code) = match outcome {
        Outcome::Done => ("✓", past(action).to_string(), "32"),
        Outcome::Failed(e) => ("✗", format!("{} failed: {e}", action.name()), "31"),
        Outcome::Skipped(why) => ("-", format!("{} skipped: {why}", action.name()), "33"),
    };
    if styled {
        format!("{} {}: {text}", paint(mark, code, true), label(key))
    } else {
        format!("{}: {text}", label(key))
    }
}

/// "Applied: 2 created, 1 updated, 0 deleted." and, when something did not happen, what and why.
pub fn report(report: &Report) -> (String, Vec<String>) {
    let done = format!(
        "{} created, {} updated, {} deleted",
        report.count(Action::Create),
        report.count(Action::Update),
        report.count(Action::Delete)
    );
    let missing: Vec<String> = report
        .not_done()
        .iter()
        .map(|(key, action, outcome)| match outcome {
            Outcome::Failed(e) => format!("{} {}: failed: {e}", action.name(), label(key)),
            Outcome::Skipped(why) => format!("{} {}: not tried: {why}", action.name(), label(key)),
            Outcome::Done => String::new(),
        })
        .collect();
    if missing.is_empty() {
        (format!("Apply complete: {done}."), missing)
    } else {
        (
            format!(
                "Apply incomplete: {done}; {} change(s) did not happen (run apply again to finish):",
                missing.len()
            ),
            missing,
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::declare::plan::Diff;
    use serde_json::json;

    fn node(kind: KindId, name: &str, parent: Option<&str>, action: Option<Action>) -> Node {
        Node {
            key: ResKey {
                profile: "prod".into(),
                kind,
                parent: parent.map(str::to_string),
                name: name.into(),
            },
            action,
            diffs: Vec::new(),
            desired: None,
            live: None,
            account: 0,
            children: Vec::new(),
        }
    }

    #[test]
    fn plans_read_as_trees_and_as_lines() {
        let mut cluster = node(KindId::Cluster, "analytics", None, Some(Action::Update));
        cluster.diffs.push(Diff {
            key: "vcpus",
            from: json!(4),
            to: json!(8),
        });
        cluster.children.push(node(
            KindId::Database,
            "shop",
            Some("analytics"),
            Some(Action::Create),
        ));
        let plan = Plan {
            nodes: vec![cluster],
            problems: Vec::new(),
        };
        assert_eq!(
            plan_text(&plan, true, false),
            "cockroach (profile prod)\n  ~ cluster analytics\n      vcpus: 4 → 8\n    + database shop\nPlan: 1 to create, 1 to update, 0 to delete.\n"
        );
        assert_eq!(
            plan_text(&plan, false, false),
            "~ cockroach cluster analytics (profile prod)\n    vcpus: 4 → 8\n+ cockroach database shop of cluster analytics (profile prod)\nPlan: 1 to create, 1 to update, 0 to delete.\n"
        );
        assert_eq!(summary(&Plan::default()), "No changes.");
        let refused = Plan {
            nodes: Vec::new(),
            problems: vec!["a change the API cannot make".into()],
        };
        assert_eq!(
            summary(&refused),
            "Plan: 0 to create, 0 to update, 0 to delete."
        );
    }
}
