//! `dbcloud apply -f FILE`: makes the live state what the file declares.

use std::collections::HashMap;
use std::path::PathBuf;

use serde_json::{Value, json};

use super::plan::{prepare, refused};
use crate::clickhouse::commands::SecretFile;
use crate::context::Ctx;
use crate::declare::apply::{Options, Outcome, Report};
use crate::declare::plan::{Action, Plan};
use crate::declare::{self, Reporter, ResKey, Secret, view};
use crate::error::{Error, Result};
use crate::output::{Format, Lines};
use crate::wait::WaitArgs;

#[derive(clap::Args, Debug)]
#[command(after_help = "\
Examples:
  dbcloud apply -f databases.toml                 # shows the plan, asks, applies
  dbcloud apply -f databases.toml --yes --wait    # in CI: no question; wait until all is ready
  dbcloud apply -f databases.yaml --prune --yes   # also delete what the file does not list

Changes run in dependency order (a cluster before its databases, a service running before it is
scaled), independent resources at the same time. A failed change fails only what depends on it; the
run ends with exit 1 and says what did not happen; running apply again finishes the job. A second
apply of the same file changes nothing.")]
pub struct Args {
    /// The declaration file: TOML, or YAML when it ends in .yaml or .yml
    #[arg(short, long, value_name = "FILE")]
    pub file: PathBuf,
    /// Also delete what the file does not list, of the kinds and profiles it declares (asks first)
    #[arg(long)]
    pub prune: bool,
    #[command(flatten)]
    pub wait: WaitArgs,
}

/// Apply's progress as a line per resource (`output::Lines`).
struct Progress {
    lines: Lines,
    styled: bool,
}

impl Reporter for Progress {
    fn progress(&self, key: &ResKey, message: &str) {
        self.lines
            .update(&format!("{key:?}"), &view::progress(key, message));
    }

    fn finished(&self, key: &ResKey, action: Action, outcome: &Outcome) {
        let text = view::finished(key, action, outcome, self.styled);
        self.lines.finish(&format!("{key:?}"), &text);
    }

    fn idle(&self, key: &ResKey) {
        self.lines.clear(&format!("{key:?}"));
    }

    fn note(&self, message: &str) {
        self.lines.note(message);
    }
}

pub async fn run(ctx: &Ctx, args: Args) -> Result<()> {
    let prepared = prepare(ctx, &args.file, args.prune).await?;
    let plan = &prepared.plan;
    if plan.is_empty() && plan.problems.is_empty() {
        return match ctx.out.format() {
            Format::Table | Format::Toml => ctx.out.text("No changes."),
            _ => ctx.out.value(&result_json(plan, &Report::default())),
        };
    }
    ctx.out.status(
        view::plan_text(plan, ctx.out.stderr_is_terminal(), ctx.out.stderr_styled()).trim_end(),
    );
    refused(plan)?;
    let files = password_files(&prepared)?;
    ctx.prompt.confirm(&question(plan))?;
    let progress = Progress {
        lines: Lines::new(&ctx.out),
        styled: ctx.out.stderr_styled(),
    };
    let options = Options {
        wait: args.wait.wait,
        wait_timeout: args.wait.wait_timeout,
    };
    let report = declare::apply::apply(
        plan,
        &prepared.decl,
        &prepared.accounts,
        &progress,
        &options,
        files,
    )
    .await;
    let (summary, missing) = view::report(&report);
    match ctx.out.format() {
        Format::Table | Format::Toml if missing.is_empty() => ctx.out.text(&summary)?,
        Format::Table | Format::Toml => {}
        _ => ctx.out.value(&result_json(plan, &report))?,
    }
    if missing.is_empty() {
        Ok(())
    } else {
        Err(Error::Failed(format!(
            "{summary}\n  {}",
            missing.join("\n  ")
        )))
    }
}

/// "apply these 4 changes", naming what is deleted.
fn question(plan: &Plan) -> String {
    let changes = plan.changes();
    let deleted: Vec<String> = changes
        .iter()
        .filter(|n| n.action == Some(Action::Delete))
        .map(|n| view::label(&n.key))
        .collect();
    let mut q = format!(
        "apply {} change{}",
        changes.len(),
        if changes.len() == 1 { "" } else { "s" }
    );
    if !deleted.is_empty() {
        q.push_str(&format!(", deleting {}", deleted.join(", ")));
    }
    q
}

/// The files new services' passwords go to, created now (empty, mode 0600): one that exists is refused
/// before anything is sent, since it is never overwritten.
fn password_files(prepared: &declare::Prepared) -> Result<HashMap<ResKey, SecretFile>> {
    let mut out = HashMap::new();
    for n in prepared.plan.changes() {
        if n.action != Some(Action::Create) {
            continue;
        }
        let Some(d) = n.desired.map(|i| &prepared.decl.resources[i]) else {
            continue;
        };
        if let Secret::PasswordFile(path) = &d.secret {
            let file = SecretFile::create(path, "password_file").map_err(|e| {
                Error::usage(format!(
                    "{}: {}: {e}",
                    prepared.decl.at(d),
                    view::label(&d.key)
                ))
            })?;
            out.insert(d.key.clone(), file);
        }
    }
    Ok(out)
}

/// `-o json`: the plan's changes, each with what became of it, and the counts.
fn result_json(plan: &Plan, report: &Report) -> Value {
    let changes: Vec<Value> = plan
        .changes()
        .iter()
        .map(|n| {
            let mut c = declare::plan::change_json(n);
            let outcome = report
                .results
                .iter()
                .find(|(k, _, _)| *k == n.key)
                .map(|r| &r.2);
            let (result, error) = match outcome {
                Some(Outcome::Done) => ("done", Value::Null),
                Some(Outcome::Failed(e)) => ("failed", json!(e)),
                Some(Outcome::Skipped(e)) => ("skipped", json!(e)),
                None => ("not tried", Value::Null),
            };
            c["result"] = json!(result);
            c["error"] = error;
            c
        })
        .collect();
    json!({
        "changes": changes,
        "summary": {
            "create": report.count(Action::Create),
            "update": report.count(Action::Update),
            "delete": report.count(Action::Delete),
            "not_done": report.not_done().len(),
        },
    })
}
