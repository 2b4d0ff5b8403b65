//! `dbcloud crdb version-deferral`: whether automatic CockroachDB upgrades of a cluster are deferred.

use clap::Subcommand;

use super::common::ClusterArg;
use crate::cockroach::once;
use crate::context::Ctx;
use crate::error::Result;
use crate::output::Column;
use crate::spec_values;
use crate::wait::WaitArgs;

#[derive(clap::Args, Debug)]
pub struct Args {
    #[command(flatten)]
    cluster: ClusterArg,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Show the version deferral policy of a cluster
    #[command(after_help = "Example:\n  dbcloud crdb version-deferral get -c analytics")]
    Get,
    /// Set the version deferral policy of a cluster
    #[command(after_help = "\
Examples:
  dbcloud crdb version-deferral set -c analytics --policy deferral_60_days
  dbcloud crdb version-deferral set -c analytics --policy not_deferred")]
    Set {
        /// NOT_DEFERRED: patch upgrades apply as released; DEFERRAL_N_DAYS: at least N days after
        #[arg(long, value_parser = spec_values::crdb_enum("ClusterVersionDeferralUpdate.deferral_policy"))]
        policy: String,
        #[command(flatten)]
        wait: WaitArgs,
    },
}

const COLUMNS: &[Column] = &[
    Column::field("POLICY", "deferral_policy"),
    Column::field("DEFERRED UNTIL", "deferred_until"),
];

pub async fn run(ctx: &Ctx, args: Args) -> Result<()> {
    args.cluster.reference(ctx)?;
    let cluster = args.cluster.resolve(ctx).await?;
    let api = ctx.cockroach()?;
    match args.command {
        Command::Get => {
            let deferral = api.version_deferral(&cluster.id).await?;
            ctx.out.item(&deferral, COLUMNS)
        }
        Command::Set { policy, wait } => {
            let what = format!("the version deferral policy of cluster {}", cluster.name);
            let deferral = once::repeat(ctx, &cluster, &wait, &what, || {
                api.set_version_deferral(&cluster.id, &policy)
            })
            .await?;
            ctx.out.status(&format!(
                "The version deferral policy of cluster {} is {policy}.",
                cluster.name
            ));
            ctx.out.item(&deferral, COLUMNS)
        }
    }
}
