//! Applying a plan: each top-level resource (a service, a cluster) with its own resources runs on its own,
//! all of them concurrently (the HTTP client keeps each key within its rate limit). Within one, the order is
//! that of dependency: a cluster is created (and waited for until it takes changes) before its databases,
//! users, allowlist and maintenance window, which then run concurrently. A failure fails only what depends
//! on it; everything else goes on, and the report says what did not happen.

use std::cell::RefCell;
use std::collections::HashMap;
use std::time::Duration;

use futures_util::future::join_all;

use super::file::Declaration;
use super::kinds::Scope;
use super::plan::{Action, Node, Plan};
use super::read::Account;
use super::write::{Run, refused_busy};
use super::{Live, Reporter, ResKey};
use crate::clickhouse::commands::SecretFile;
use crate::error::Result;

#[derive(Clone, Debug, Default)]
pub struct Options {
    /// Wait for each changed resource to settle (services running or stopped, clusters CREATED and
    /// unlocked).
    pub wait: bool,
    pub wait_timeout: Option<Duration>,
}

/// How one change ended.
#[derive(Clone, Debug, PartialEq)]
pub enum Outcome {
    Done,
    Failed(String),
    /// Not tried, because what it depends on failed.
    Skipped(String),
}

/// What apply did: every planned change and its outcome, in the plan's order.
#[derive(Debug, Default)]
pub struct Report {
    pub results: Vec<(ResKey, Action, Outcome)>,
}

impl Report {
    pub fn count(&self, action: Action) -> usize {
        self.results
            .iter()
            .filter(|(_, a, o)| *a == action && *o == Outcome::Done)
            .count()
    }

    /// The changes that did not happen.
    pub fn not_done(&self) -> Vec<&(ResKey, Action, Outcome)> {
        self.results
            .iter()
            .filter(|(_, _, o)| *o != Outcome::Done)
            .collect()
    }
}

struct Env<'a> {
    decl: &'a Declaration,
    accounts: &'a [Account],
    reporter: &'a dyn Reporter,
    options: &'a Options,
    password_files: RefCell<HashMap<ResKey, SecretFile>>,
}

impl Env<'_> {
    fn run<'a>(&'a self, key: &'a ResKey) -> Run<'a> {
        Run {
            key,
            reporter: self.reporter,
            wait: self.options.wait,
            wait_timeout: self.options.wait_timeout,
            password_file: RefCell::new(self.password_files.borrow_mut().remove(key)),
        }
    }
}

/// Makes the plan's changes. `password_files` are the files new services' passwords go to, created (empty,
/// mode 0600) before anything was sent.
pub async fn apply(
    plan: &Plan,
    decl: &Declaration,
    accounts: &[Account],
    reporter: &dyn Reporter,
    options: &Options,
    password_files: HashMap<ResKey, SecretFile>,
) -> Report {
    let env = Env {
        decl,
        accounts,
        reporter,
        options,
        password_files: RefCell::new(password_files),
    };
    let touched = plan.nodes.iter().filter(|n| changes_within(n));
    let results = join_all(touched.map(|n| top(&env, n))).await;
    // In the plan's order, whatever order they finished in.
    let mut report = Report::default();
    for r in results {
        report.results.extend(r);
    }
    report
}

fn changes_within(n: &Node) -> bool {
    n.action.is_some() || n.children.iter().any(changes_within)
}

/// One top-level resource, then its own resources.
async fn top(env: &Env<'_>, node: &Node) -> Vec<(ResKey, Action, Outcome)> {
    let account = &env.accounts[node.account];
    let scope = Scope {
        conn: &account.conn,
        catalog: &account.catalog,
        parent: None,
    };
    let run = env.run(&node.key);
    let kind = node.key.kind.kind();
    let children: Vec<&Node> = node
        .children
        .iter()
        .filter(|c| c.action.is_some())
        .collect();
    // Its own change; then, for its own resources, until it takes them; then (--wait) until it settles.
    let changed = change(env, node, scope, &run).await;
    let mut own = changed.as_ref().err().map(message);
    let mut parent: std::result::Result<Live, String> = match changed {
        Ok(Some(live)) => Ok(live),
        Ok(None) => Err(format!("{} is deleted", node.key.describe())),
        // It exists even though its update failed: its own resources are still made.
        Err(e) => match (&node.live, node.action) {
            (Some(live), Some(Action::Update)) => Ok(live.clone()),
            _ => Err(format!("{} failed: {}", node.key.describe(), message(&e))),
        },
    };
    if let Ok(live) = &parent
        && !children.is_empty()
    {
        match kind.ready_for_children(scope, live, &run).await {
            Ok(ready) => parent = Ok(ready),
            Err(e) => {
                let m = message(&e);
                parent = Err(format!("{} is not ready: {m}", node.key.describe()));
                if node.action.is_some() && own.is_none() {
                    own = Some(m);
                }
            }
        }
    }
    if env.options.wait
        && own.is_none()
        && matches!(node.action, Some(Action::Create | Action::Update))
        && let (Ok(live), Some(d)) = (&parent, node.desired.map(|i| &env.decl.resources[i]))
        && let Err(e) = kind.settle(scope, live, d, &run).await
    {
        own = Some(message(&e));
    }
    let mut out = Vec::new();
    match node.action {
        Some(action) => {
            let outcome = own.map_or(Outcome::Done, Outcome::Failed);
            env.reporter.finished(&node.key, action, &outcome);
            out.push((node.key.clone(), action, outcome));
        }
        None => env.reporter.idle(&node.key),
    }
    match parent {
        Ok(live) => {
            let scope = Scope {
                parent: Some(&live),
                ..scope
            };
            out.extend(join_all(children.iter().map(|c| child(env, c, scope, node))).await);
        }
        Err(reason) => {
            for c in children {
                let outcome = Outcome::Skipped(reason.clone());
                let action = c.action.unwrap_or(Action::Update);
                env.reporter.finished(&c.key, action, &outcome);
                out.push((c.key.clone(), action, outcome));
            }
        }
    }
    out
}

/// How many times a change refused because its parent is busy (a LOCKED cluster) is tried.
const BUSY_ATTEMPTS: usize = 3;

async fn child(
    env: &Env<'_>,
    node: &Node,
    scope: Scope<'_>,
    parent: &Node,
) -> (ResKey, Action, Outcome) {
    let run = env.run(&node.key);
    let action = node.action.unwrap_or(Action::Update);
    let mut attempt = 1;
    let outcome = loop {
        match change(env, node, scope, &run).await {
            Ok(_) => break Outcome::Done,
            // Locked meanwhile (by another operation): wait until it takes changes again, then retry.
            Err(e) if refused_busy(&e) && attempt < BUSY_ATTEMPTS => {
                attempt += 1;
                let Some(live) = scope.parent else {
                    break Outcome::Failed(message(&e));
                };
                let parent_scope = Scope {
                    parent: None,
                    ..scope
                };
                if let Err(wait) = parent
                    .key
                    .kind
                    .kind()
                    .ready_for_children(parent_scope, live, &run)
                    .await
                {
                    break Outcome::Failed(message(&wait));
                }
            }
            Err(e) => break Outcome::Failed(message(&e)),
        }
    };
    env.reporter.finished(&node.key, action, &outcome);
    (node.key.clone(), action, outcome)
}

/// The node's own change; the resource as it is afterwards (`None` once deleted).
async fn change(
    env: &Env<'_>,
    node: &Node,
    scope: Scope<'_>,
    run: &Run<'_>,
) -> Result<Option<Live>> {
    let kind = node.key.kind.kind();
    let desired = node.desired.map(|i| &env.decl.resources[i]);
    match (node.action, desired, &node.live) {
        (Some(Action::Create), Some(d), _) => kind.create(scope, d, run).await.map(Some),
        (Some(Action::Update), Some(d), Some(live)) => {
            kind.update(scope, live, d, &node.diffs, run).await?;
            Ok(Some(live.clone()))
        }
        (Some(Action::Delete), _, Some(live)) => kind.delete(scope, live, run).await.map(|_| None),
        (_, _, live) => Ok(live.clone()),
    }
}

fn message(e: &crate::error::Error) -> String {
    let mut m = e.to_string();
    if let Some(api) = e.api() {
        m.push_str(&format!(" (HTTP {})", api.status));
    }
    m
}
