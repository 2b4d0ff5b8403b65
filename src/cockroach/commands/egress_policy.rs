//! `dbcloud crdb egress-rule policy set`: whether an ADVANCED cluster may connect out anywhere (allow-all)
//! or only where its egress rules allow (default-deny).

use clap::Subcommand;

use crate::cockroach::api::Cluster;
use crate::cockroach::{ClusterRef, once, waits};
use crate::context::Ctx;
use crate::error::Result;
use crate::output::Column;
use crate::wait::{self, Poll, Settings, WaitArgs};

#[derive(clap::Args, Debug)]
pub struct Args {
    #[command(subcommand)]
    command: Command,
}

/// The policies, as `allow_all` sets them.
#[derive(clap::ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum Policy {
    /// Any destination (allow_all true)
    AllowAll,
    /// Only the destinations the egress rules allow (allow_all false)
    DefaultDeny,
}

impl Policy {
    /// The cluster's `egress_traffic_policy` once the policy applies.
    fn shown_as(self) -> &'static str {
        match self {
            Policy::AllowAll => "ALLOW_ALL",
            Policy::DefaultDeny => "DEFAULT_DENY",
        }
    }
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Set the egress traffic policy of a cluster
    #[command(after_help = "\
Examples:
  dbcloud crdb egress-rule policy set default-deny -c orders --wait
  dbcloud crdb egress-rule policy set allow-all -c orders

default-deny lets the cluster connect only to the destinations of its egress rules (`dbcloud
crdb egress-rule add`); allow-all lets it connect anywhere. With --wait, returns once the
cluster's egress_traffic_policy shows the new policy (ERROR is exit 1).")]
    Set {
        /// The policy
        #[arg(value_enum)]
        policy: Policy,
        #[command(flatten)]
        wait: WaitArgs,
    },
}

const COLUMNS: &[Column] = &[
    Column::field("ID", "id"),
    Column::field("NAME", "name"),
    Column::field("EGRESS TRAFFIC POLICY", "egress_traffic_policy"),
];

fn policy_of(cluster: &Cluster) -> &str {
    cluster
        .extra
        .get("egress_traffic_policy")
        .and_then(serde_json::Value::as_str)
        .unwrap_or_default()
}

pub async fn run(ctx: &Ctx, cluster: &ClusterRef, args: Args) -> Result<()> {
    let Command::Set { policy, wait } = args.command;
    let api = ctx.cockroach()?;
    // A repeated request (after an unknown outcome) carries the same idempotency key: it changes
    // nothing more.
    let key = uuid::Uuid::new_v4().to_string();
    let what = format!("the egress traffic policy of cluster {}", cluster.name);
    once::repeat(ctx, cluster, &wait, &what, || {
        api.set_egress_traffic_policy(&cluster.id, policy == Policy::AllowAll, &key)
    })
    .await?;
    let target = policy.shown_as();
    let shown = if wait.wait {
        let what = format!(
            "the egress traffic policy of cluster {} to be {target}",
            cluster.name
        );
        let id = cluster.id.as_str();
        wait::until(
            &ctx.out,
            &Settings::new(&wait, waits::SETTING_TIMEOUT),
            &what,
            || async move {
                let c = api.cluster(id).await?;
                Ok(match policy_of(&c) {
                    p if p == target => Poll::Done(c),
                    "ERROR" => Poll::Failed("ERROR".into()),
                    p => Poll::Pending(p.to_string()),
                })
            },
        )
        .await?
    } else {
        api.cluster(&cluster.id).await?
    };
    ctx.out.status(&format!(
        "Set the egress traffic policy of cluster {} to {target} (now {}).",
        cluster.name,
        policy_of(&shown)
    ));
    ctx.out.item(&shown, COLUMNS)
}
