//! `dbcloud crdb egress-rule`: the destinations a cluster may connect out to (host names or CIDR ranges,
//! optionally limited to some ports).

use clap::Subcommand;

use super::common::{ClusterArg, LimitArg, report_deleted};
use crate::cockroach::api::networking::{EgressRule, EgressRuleFields};
use crate::cockroach::input::{self, Destination};
use crate::cockroach::{ClusterRef, once, waits};
use crate::context::Ctx;
use crate::error::{Error, Result};
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
    /// List the egress rules of a cluster
    #[command(after_help = "Example:\n  dbcloud crdb egress-rule list -c analytics")]
    List {
        #[command(flatten)]
        limit: LimitArg,
    },
    /// Allow the cluster to connect to a host name or a CIDR range
    #[command(after_help = "\
Examples:
  dbcloud crdb egress-rule add -c analytics --name kafka --destination kafka.example.com --port 9092 \\
      --description 'Kafka brokers'
  dbcloud crdb egress-rule add -c analytics --name office --destination 203.0.113.0/24 --wait

The type is FQDN for a host name and CIDR for a range, unless --type says otherwise.")]
    Add {
        /// A name for the rule
        #[arg(long, value_parser = crate::validate::name)]
        name: String,
        /// What the rule is for [default: empty]
        #[arg(long, default_value = "")]
        description: String,
        /// Host name (api.example.com, *.example.com) or CIDR range (203.0.113.0/24)
        #[arg(long, value_name = "DESTINATION", value_parser = input::destination)]
        destination: Destination,
        /// A port to allow (1-65535); repeat for several [default: all]
        #[arg(long = "port", value_name = "PORT", value_parser = clap::value_parser!(u16).range(1..))]
        ports: Vec<u16>,
        /// A URL path to allow (HTTP destinations); repeat for several [default: all]
        #[arg(long = "path", value_name = "PATH")]
        paths: Vec<String>,
        /// The rule's type, as the API names it [default: FQDN or CIDR, from the destination's form]
        #[arg(long = "type", value_name = "TYPE")]
        kind: Option<String>,
        #[command(flatten)]
        wait: WaitArgs,
    },
    /// Show an egress rule
    #[command(after_help = "Example:\n  dbcloud crdb egress-rule get kafka -c analytics")]
    Get {
        /// Rule ID or exact name
        rule: String,
    },
    /// Change the description, destination, type, ports or paths of an egress rule
    #[command(after_help = "\
Examples:
  dbcloud crdb egress-rule update kafka -c analytics --port 9092 --port 9093
  dbcloud crdb egress-rule update kafka -c analytics --destination broker.example.com
  dbcloud crdb egress-rule update office -c analytics --destination 198.51.100.0/24 --description VPN

--port and --path replace the rule's ports and paths. A destination of the other form (host name or
CIDR range) changes the rule's type with it, unless --type says otherwise.")]
    Update {
        /// Rule ID or exact name
        rule: String,
        /// A new description
        #[arg(long)]
        description: Option<String>,
        /// A new destination
        #[arg(long, value_name = "DESTINATION", value_parser = input::destination)]
        destination: Option<Destination>,
        /// A new type, as the API names it
        #[arg(long = "type", value_name = "TYPE")]
        kind: Option<String>,
        /// The ports to allow (1-65535), replacing the current ones; repeat for several
        #[arg(long = "port", value_name = "PORT", value_parser = clap::value_parser!(u16).range(1..))]
        ports: Vec<u16>,
        /// The URL paths to allow, replacing the current ones; repeat for several
        #[arg(long = "path", value_name = "PATH")]
        paths: Vec<String>,
        #[command(flatten)]
        wait: WaitArgs,
    },
    /// Remove an egress rule
    #[command(after_help = "Example:\n  dbcloud crdb egress-rule delete kafka -c analytics --yes")]
    Delete {
        /// Rule ID or exact name
        rule: String,
        #[command(flatten)]
        wait: WaitArgs,
    },
    /// The egress traffic policy: allow all outbound traffic, or only what the rules allow
    Policy(super::egress_policy::Args),
}

/// The type of a rule to a destination of this form (the spec leaves the type a string; the service's
/// types are FQDN and CIDR).
fn type_of(destination: &Destination) -> &'static str {
    match destination {
        Destination::Cidr(_) => "CIDR",
        Destination::Fqdn(_) => "FQDN",
    }
}

const COLUMNS: &[Column] = &[
    Column::field("ID", "id"),
    Column::field("NAME", "name"),
    Column::field("TYPE", "type"),
    Column::field("DESTINATION", "destination"),
    Column::field("PORTS", "ports"),
    Column::field("STATE", "state"),
    Column::field("DESCRIPTION", "description"),
];

pub async fn run(ctx: &Ctx, args: Args) -> Result<()> {
    let reference = args.cluster.reference(ctx)?;
    match &args.command {
        Command::Update {
            description: None,
            destination: None,
            kind: None,
            ports,
            paths,
            ..
        } if ports.is_empty() && paths.is_empty() => {
            return Err(Error::usage(
                "nothing to change: give --description, --destination, --type, --port or --path",
            ));
        }
        Command::Delete { rule, .. } => {
            ctx.prompt
                .confirm(&format!("delete egress rule {rule} of cluster {reference}"))?;
        }
        _ => {}
    }
    let cluster = args.cluster.resolve(ctx).await?;
    let api = ctx.cockroach()?;
    match args.command {
        Command::Policy(policy) => super::egress_policy::run(ctx, &cluster, policy).await,
        Command::List { limit } => {
            let rules = api.egress_rules(&cluster.id, limit.get());
            ctx.out.list_pages(rules, COLUMNS).await
        }
        Command::Add {
            name,
            description,
            destination,
            ports,
            paths,
            kind,
            wait,
        } => {
            let fields = EgressRuleFields {
                name: Some(name),
                description: Some(description),
                kind: Some(kind.unwrap_or_else(|| type_of(&destination).to_string())),
                destination: Some(destination.as_str().to_string()),
                ports: (!ports.is_empty()).then_some(ports),
                paths: (!paths.is_empty()).then_some(paths),
                // A repeated request (after an unknown outcome) returns the rule this one created.
                idempotency_key: Some(uuid::Uuid::new_v4().to_string()),
            };
            // Read back by its name (unique in a cluster), then sent again with the same key.
            let name = fields.name.clone().unwrap_or_default();
            let what = format!("egress rule {name}");
            let mut rule = once::write(
                ctx,
                &cluster,
                &wait,
                &what,
                || api.add_egress_rule(&cluster.id, &fields),
                || async {
                    let all = api.egress_rules(&cluster.id, None).await?;
                    once::found(all, |r| r.name == name, &what)
                },
            )
            .await?
            .into_inner();
            if wait.wait {
                rule = until_active(ctx, &cluster, &rule.id, &wait).await?;
            }
            ctx.out.status(&format!(
                "Added egress rule {} to cluster {}.",
                rule.name, cluster.name
            ));
            ctx.out.item(&rule, COLUMNS)
        }
        Command::Get { rule } => {
            let rule = find_rule(ctx, &cluster, &rule).await?;
            ctx.out.item(&rule, COLUMNS)
        }
        Command::Update {
            rule,
            description,
            destination,
            kind,
            ports,
            paths,
            wait,
        } => {
            let current = find_rule(ctx, &cluster, &rule).await?;
            // A destination of the other form takes its type along, unless --type names one.
            let kind = kind.or_else(|| {
                let new = type_of(destination.as_ref()?);
                let old = current.kind.as_deref().unwrap_or_default();
                (!new.eq_ignore_ascii_case(old)).then(|| new.to_string())
            });
            let changes = EgressRuleFields {
                description,
                destination: destination.map(|d| d.as_str().to_string()),
                ports: (!ports.is_empty()).then_some(ports),
                paths: (!paths.is_empty()).then_some(paths),
                kind,
                ..EgressRuleFields::default()
            };
            let what = format!("egress rule {rule}");
            let mut updated = once::repeat(ctx, &cluster, &wait, &what, || {
                api.edit_egress_rule(&cluster.id, &current.id, &changes)
            })
            .await?;
            if wait.wait {
                updated = until_active(ctx, &cluster, &current.id, &wait).await?;
            }
            ctx.out.status(&format!(
                "Updated egress rule {} of cluster {}.",
                updated.name, cluster.name
            ));
            ctx.out.item(&updated, COLUMNS)
        }
        Command::Delete { rule, wait } => {
            let id = find_rule(ctx, &cluster, &rule).await?.id;
            let what = format!("egress rule {rule}");
            let removed = once::delete(ctx, &cluster, &wait, &what, || {
                api.delete_egress_rule(&cluster.id, &id)
            })
            .await?;
            report_deleted(
                ctx,
                &format!("Deleted egress rule {rule} of cluster {}.", cluster.name),
                &once::answer_or(removed, serde_json::json!({ "id": id }))?,
            )
        }
    }
}

/// A rule by ID (one GET), or by exact name among the cluster's rules (several: a usage error listing them).
async fn find_rule(ctx: &Ctx, cluster: &ClusterRef, reference: &str) -> Result<EgressRule> {
    let api = ctx.cockroach()?;
    if crate::validate::is_uuid(reference) {
        return api.egress_rule(&cluster.id, reference).await;
    }
    let matches: Vec<EgressRule> = api
        .egress_rules(&cluster.id, None)
        .await?
        .into_iter()
        .filter(|r| r.name == reference)
        .collect();
    crate::lookup::one_match(
        matches,
        || {
            format!(
                "cluster {} has no egress rule with ID or name '{reference}'",
                cluster.name
            )
        },
        |n| {
            format!(
                "{n} egress rules of cluster {} are named '{reference}'; use the ID",
                cluster.name
            )
        },
        |r| r.id.clone(),
    )
}

/// Until the rule is ACTIVE (a rule reporting no state has nothing to wait on).
async fn until_active(
    ctx: &Ctx,
    cluster: &ClusterRef,
    id: &str,
    wait: &WaitArgs,
) -> Result<EgressRule> {
    let api = ctx.cockroach()?;
    let what = format!("egress rule {id} to be active");
    waits::until_status(ctx, wait, &what, "ACTIVE", || async {
        let rule = api.egress_rule(&cluster.id, id).await?;
        let state = rule.state.clone().unwrap_or_default();
        Ok((rule, state))
    })
    .await
}
