//! `dbcloud plan -f FILE`: what `apply` would change to make the live state what the file declares.

use std::path::PathBuf;

use crate::context::Ctx;
use crate::declare;
use crate::error::{Error, Result};
use crate::output::Format;

#[derive(clap::Args, Debug)]
#[command(after_help = "\
Examples:
  dbcloud plan -f databases.toml
  dbcloud plan -f databases.yaml --prune --json
  dbcloud plan -f databases.toml --detailed-exitcode   # in CI: exit 10 when there are changes

The file declares resources by name across both clouds and profiles (see docs/declare.md). plan only
reads: nothing is changed. A change the API cannot make in place (a provider, a service's region, a
cluster's hardware) is refused with its reason (exit 2).")]
pub struct Args {
    /// The declaration file: TOML, or YAML when it ends in .yaml or .yml
    #[arg(short, long, value_name = "FILE")]
    pub file: PathBuf,
    /// Also plan to delete what the file does not list, of the kinds and profiles it declares
    #[arg(long)]
    pub prune: bool,
    /// Exit 10 when there are changes (0 when there are none)
    #[arg(long)]
    pub detailed_exitcode: bool,
}

pub async fn run(ctx: &Ctx, args: Args) -> Result<()> {
    let prepared = prepare(ctx, &args.file, args.prune).await?;
    let plan = &prepared.plan;
    match ctx.out.format() {
        Format::Table | Format::Toml => ctx.out.text(&declare::view::plan_text(
            plan,
            ctx.out.stdout_is_terminal(),
            ctx.out.stdout_styled(),
        ))?,
        _ => ctx.out.value(&plan.to_json())?,
    }
    refused(plan)?;
    if args.detailed_exitcode && !plan.is_empty() {
        return Err(Error::PlanHasChanges);
    }
    Ok(())
}

/// The file compared with the live state (`plan` and `apply` alike).
pub(crate) async fn prepare(
    ctx: &Ctx,
    file: &std::path::Path,
    prune: bool,
) -> Result<declare::Prepared> {
    let client = |p, url: &str, auth| ctx.client(p, url, auth);
    declare::prepare(
        file,
        &ctx.profile.value,
        &crate::config::process_env,
        &ctx.all_profiles(),
        &client,
        prune,
    )
    .await
}

/// What the plan cannot do, as one usage error (exit 2): nothing is sent.
pub(crate) fn refused(plan: &declare::plan::Plan) -> Result<()> {
    match plan.problems.as_slice() {
        [] => Ok(()),
        [one] => Err(Error::usage(one.clone())),
        many => Err(Error::usage(format!(
            "{} changes cannot be made; nothing was changed:\n  {}",
            many.len(),
            many.join("\n  ")
        ))),
    }
}
