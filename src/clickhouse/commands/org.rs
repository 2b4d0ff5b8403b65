//! `dbcloud ch org`: organizations.

use clap::Subcommand;
use serde_json::Value;

use super::{ListArgs, check_region, deprecated, print_pages};
use crate::clickhouse::api::{OrganizationPatch, OrganizationPrivateEndpoint};
use crate::confirm;
use crate::context::Ctx;
use crate::error::{Error, Result};
use crate::output::{Column, lookup};
use crate::spec_values::ch_enum;

#[derive(clap::Args, Debug)]
pub struct Args {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// List the organizations the API key can see
    #[command(after_help = "Example:\n  dbcloud ch org list --json")]
    List(ListArgs),
    /// Show an organization (default: the one in effect)
    #[command(
        after_help = "Example:\n  dbcloud ch org get\n  dbcloud ch org get 6f0c8a1e-3f5e-4a8e-9a31-0c2b1d2e3f40"
    )]
    Get {
        /// Organization ID [default: --org, CLICKHOUSE_ORG_ID, the profile's, or the only one]
        #[arg(value_parser = crate::validate::uuid)]
        org: Option<String>,
    },
    /// Rename an organization, register or remove its private endpoints, or turn core dumps on or off
    #[command(after_help = "\
Examples:
  dbcloud ch org update --name \"Acme Analytics\"
  dbcloud ch org update --add-private-endpoint vpce-0123456789abcdef0,aws,us-east-1,office
  dbcloud ch org update --remove-private-endpoint vpce-0123456789abcdef0
  dbcloud ch org update --core-dumps false")]
    Update(UpdateArgs),
    /// What you need to create a private endpoint to ClickHouse Cloud in a cloud region (deprecated by
    /// the API: use `dbcloud ch service private-endpoint-config SERVICE`)
    #[command(
        name = "private-endpoint-config",
        after_help = "Example:\n  dbcloud ch org private-endpoint-config --cloud-provider aws --region us-east-1"
    )]
    PrivateEndpointConfig {
        /// The cloud provider
        #[arg(long, value_name = "PROVIDER",
              value_parser = ch_enum("OrganizationPatchPrivateEndpoint.cloudProvider"))]
        cloud_provider: String,
        /// The provider's region
        #[arg(long, value_name = "REGION",
              value_parser = ch_enum("OrganizationPatchPrivateEndpoint.region"))]
        region: String,
    },
    /// Print the Prometheus metrics of all the organization's services, as the API sends them
    #[command(after_help = "\
Examples:
  dbcloud ch org metrics | grep ClickHouseMetrics_TCPConnection
  dbcloud ch org metrics --filtered-metrics")]
    Metrics {
        /// Organization ID [default: the one in effect]
        #[arg(value_parser = crate::validate::uuid)]
        org: Option<String>,
        /// Only the curated set of metrics the API offers for monitoring
        #[arg(long)]
        filtered_metrics: bool,
    },
}

#[derive(clap::Args, Debug)]
#[command(group = clap::ArgGroup::new("change").required(true).multiple(true))]
struct UpdateArgs {
    /// Organization ID [default: the one in effect]
    #[arg(value_parser = crate::validate::uuid)]
    org: Option<String>,
    /// New name
    #[arg(long, group = "change", value_parser = crate::validate::name)]
    name: Option<String>,
    /// Register a private endpoint: ID,PROVIDER,REGION[,DESCRIPTION] (repeatable)
    #[arg(long, group = "change", value_name = "ID,PROVIDER,REGION[,DESC]",
          value_parser = super::org_private_endpoint)]
    add_private_endpoint: Vec<OrganizationPrivateEndpoint>,
    /// Remove a registered private endpoint by its ID (repeatable)
    #[arg(long, group = "change", value_name = "ID", value_parser = crate::validate::name)]
    remove_private_endpoint: Vec<String>,
    /// Let the infrastructure of the organization's services collect core dumps
    #[arg(long, group = "change", value_name = "BOOL", action = clap::ArgAction::Set)]
    core_dumps: Option<bool>,
}

const COLUMNS: &[Column] = &[
    Column::field("ID", "id"),
    Column::field("NAME", "name"),
    Column::field("CREATED", "createdAt"),
    Column::computed("PRIVATE ENDPOINTS", private_endpoints),
    Column::field("CORE DUMPS", "enableCoreDumps"),
];

/// "vpce-1 (aws us-east-1), ...".
fn private_endpoints(org: &Value) -> String {
    lookup(org, "privateEndpoints")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .map(|e| {
            let field = |f: &str| e.get(f).and_then(Value::as_str).unwrap_or_default();
            format!(
                "{} ({} {})",
                field("id"),
                field("cloudProvider"),
                field("region")
            )
        })
        .collect::<Vec<_>>()
        .join(", ")
}

pub async fn run(ctx: &Ctx, args: Args) -> Result<()> {
    let api = ctx.clickhouse()?;
    match args.command {
        Command::List(list) => print_pages(ctx, api.organizations(), &list, COLUMNS).await,
        Command::Get { org } => {
            let org = match org {
                Some(org) => org,
                None => ctx.clickhouse_org().await?,
            };
            let org = api.organization(&org).await?;
            ctx.out.item(&org, COLUMNS)
        }
        Command::Update(args) => update(ctx, args).await,
        Command::Metrics {
            org,
            filtered_metrics,
        } => {
            let org = match org {
                Some(org) => org,
                None => ctx.clickhouse_org().await?,
            };
            ctx.out
                .text(&api.org_metrics(&org, filtered_metrics).await?)
        }
        Command::PrivateEndpointConfig {
            cloud_provider,
            region,
        } => {
            check_region(
                &cloud_provider,
                &region,
                "--region",
                "OrganizationPatchPrivateEndpoint.region",
            )?;
            deprecated(
                ctx,
                "the organization's private endpoint configuration",
                "`dbcloud ch service private-endpoint-config SERVICE` (per service)",
            );
            let org = ctx.clickhouse_org().await?;
            let config = api
                .org_private_endpoint_config(&org, &cloud_provider, &region)
                .await?;
            ctx.out.item(
                &config,
                &[Column::field("ENDPOINT SERVICE ID", "endpointServiceId")],
            )
        }
    }
}

async fn update(ctx: &Ctx, args: UpdateArgs) -> Result<()> {
    let api = ctx.clickhouse()?;
    let org = match args.org {
        Some(org) => org,
        None => ctx.clickhouse_org().await?,
    };
    let mut patch = OrganizationPatch {
        name: args.name,
        enable_core_dumps: args.core_dumps,
        ..OrganizationPatch::default()
    };
    if !args.add_private_endpoint.is_empty() {
        deprecated(
            ctx,
            "registering private endpoints with the organization (--add-private-endpoint)",
            "`dbcloud ch service update SERVICE --add-private-endpoint ID`",
        );
    }
    patch.private_endpoints.add = args.add_private_endpoint;
    if !args.remove_private_endpoint.is_empty() {
        // The API's remove entries carry the endpoint's provider and region too: send them as registered.
        let current = api
            .organization(&org)
            .await?
            .private_endpoints
            .unwrap_or_default();
        for id in &args.remove_private_endpoint {
            let found = current.iter().find(|e| &e.id == id).ok_or_else(|| {
                Error::NotFound(format!(
                    "organization {org} has no private endpoint '{id}' (see `dbcloud ch org get`)"
                ))
            })?;
            patch.private_endpoints.remove.push(found.clone());
        }
    }
    // Values and sets (`remove` then `add`): a repeat is safe.
    let updated = confirm::repeat(ctx, "the organization", || {
        api.update_organization(&org, &patch)
    })
    .await?;
    ctx.out
        .status(&format!("Updated organization {}.", updated.name));
    ctx.out.item(&updated, COLUMNS)
}
