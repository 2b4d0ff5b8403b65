//! `dbcloud crdb version-deferral`: whether automatic CockroachDB upgrades of a cluster are deferred.

use clap::Subcommand;

use super::common::ClusterArg;
use crate::cockroach::waits;
use crate::context::Ctx;
use crate::error::Result;
use crate::output::Column;
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
  dbcloud crdb version-deferral set -c analytics --policy fixed-deferral
  dbcloud crdb version-deferral set -c analytics --policy not-deferred")]
    Set {
        /// not-deferred: upgrades apply as released; fixed-deferral: they are delayed
        #[arg(long, value_enum, ignore_case = true)]
        policy: Policy,
        #[command(flatten)]
        wait: WaitArgs,
    },
}

/// The values of ClusterVersionDeferral.deferral_policy.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
enum Policy {
    #[value(alias = "not_deferred")]
    NotDeferred,
    #[value(alias = "fixed_deferral")]
    FixedDeferral,
}

impl Policy {
    fn api_name(self) -> &'static str {
        match self {
            Policy::NotDeferred => "NOT_DEFERRED",
            Policy::FixedDeferral => "FIXED_DEFERRAL",
        }
    }
}

const COLUMNS: &[Column] = &[Column::field("POLICY", "deferral_policy")];

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
            let deferral = waits::write(ctx, &cluster, &wait, || {
                api.set_version_deferral(&cluster.id, policy.api_name())
            })
            .await?;
            ctx.out.status(&format!(
                "The version deferral policy of cluster {} is {}.",
                cluster.name,
                policy.api_name()
            ));
            ctx.out.item(&deferral, COLUMNS)
        }
    }
}
