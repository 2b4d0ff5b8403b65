//! `dbcloud ch byoc`: BYOC (bring your own cloud) infrastructure, where services run in the organization's
//! own cloud account. The API lists them in the organization's answer (`byocConfig`); `list` and `get` read
//! them from there.

use std::time::Duration;

use clap::Subcommand;
use serde_json::Value;

use super::{ListArgs, print_list};
use crate::clickhouse::api::{ByocInfrastructure, ByocInfrastructurePatch, NewByocInfrastructure};
use crate::clickhouse::{Named, pick};
use crate::confirm;
use crate::context::Ctx;
use crate::error::{Error, Result};
use crate::output::Column;
use crate::spec_values;
use crate::wait::{self, Poll, WaitArgs};

/// Provisioning infrastructure in a cloud account takes long; so does taking it down.
const TIMEOUT: Duration = Duration::from_secs(90 * 60);

#[derive(clap::Args, Debug)]
pub struct Args {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// List the organization's BYOC infrastructures (from the organization's details)
    #[command(after_help = "Example:\n  dbcloud ch byoc list")]
    List(ListArgs),
    /// Show a BYOC infrastructure (from the organization's details)
    #[command(after_help = "Example:\n  dbcloud ch byoc get prod-eu")]
    Get {
        /// Infrastructure ID or exact name
        byoc: String,
    },
    /// Set up BYOC infrastructure in a cloud account and region
    #[command(after_help = "\
Examples:
  dbcloud ch byoc create --region us-east-2 --account 123456789012 --zone a --zone b --zone c \\
      --vpc-cidr 10.1.0.0/16 --name prod-us --wait
  dbcloud ch byoc create --provider gcp --region europe-west4 --account my-gcp-project --name prod-eu")]
    Create(CreateArgs),
    /// Rename a BYOC infrastructure
    #[command(after_help = "Example:\n  dbcloud ch byoc update prod-eu --name prod-europe")]
    Update {
        /// Infrastructure ID or exact name
        byoc: String,
        /// New name
        #[arg(long, value_parser = spec_values::ch_name("ByocInfrastructurePatchRequest.displayName"))]
        name: String,
    },
    /// Remove a BYOC infrastructure (its services must be deleted first)
    #[command(after_help = "Example:\n  dbcloud ch byoc delete prod-eu --yes --wait")]
    Delete {
        /// Infrastructure ID or exact name
        byoc: String,
        #[command(flatten)]
        wait: WaitArgs,
    },
}

#[derive(clap::Args, Debug)]
struct CreateArgs {
    /// Cloud provider; checked against the region's [default: the region's]
    #[arg(long, value_parser = spec_values::ch_enum("ServicePostRequest.provider"))]
    provider: Option<String>,
    /// Region of the infrastructure
    #[arg(long, value_parser = spec_values::ch_enum("ByocInfrastructurePostRequest.regionId"))]
    region: String,
    /// The cloud account it is set up in (AWS account ID, GCP project, Azure subscription)
    #[arg(long, value_name = "ACCOUNT", value_parser = crate::validate::id)]
    account: String,
    /// Availability zone suffix to use (repeatable, or comma-separated: a,b,c)
    #[arg(
        long = "zone",
        value_name = "SUFFIX",
        value_delimiter = ',',
        value_parser = spec_values::ch_enum("ByocInfrastructurePostRequest.availabilityZoneSuffixes[]")
    )]
    zones: Vec<String>,
    /// CIDR range of the VPC it creates
    #[arg(long, value_name = "CIDR", value_parser = crate::validate::cidr)]
    vpc_cidr: Option<ipnet::IpNet>,
    /// Name of the infrastructure
    #[arg(long, value_parser = spec_values::ch_name("ByocInfrastructurePostRequest.displayName"))]
    name: Option<String>,
    #[command(flatten)]
    wait: WaitArgs,
}

const COLUMNS: &[Column] = &[
    Column::field("NAME", "displayName"),
    Column::field("ID", "id"),
    Column::field("STATE", "state"),
    Column::field("PROVIDER", "cloudProvider"),
    Column::field("REGION", "regionId"),
    Column::field("ACCOUNT", "accountName"),
];

impl Named for ByocInfrastructure {
    const KIND: &'static str = "BYOC infrastructure";
    const LABEL: &'static str = "name";
    fn id(&self) -> &str {
        &self.id
    }
    fn label(&self) -> &str {
        self.display_name.as_deref().unwrap_or_default()
    }
    // There is no get by ID: the ID is looked up in the list like the name.
    fn is_called(&self, reference: &str) -> bool {
        self.id == reference || self.label() == reference
    }
    fn detail(&self) -> String {
        self.state.clone().unwrap_or_default()
    }
}

async fn find(ctx: &Ctx, org: &str, reference: &str) -> Result<ByocInfrastructure> {
    pick(
        reference,
        ctx.clickhouse()?.byoc_infrastructures(org).await?,
    )
}

pub async fn run(ctx: &Ctx, args: Args) -> Result<()> {
    let api = ctx.clickhouse()?;
    match &args.command {
        Command::Create(create) => check_provider(create)?,
        Command::Delete { byoc, .. } => ctx
            .prompt
            .confirm(&format!("remove BYOC infrastructure {byoc}"))?,
        _ => {}
    }
    let org = ctx.clickhouse_org().await?;
    match args.command {
        Command::List(list) => {
            print_list(ctx, &api.byoc_infrastructures(&org).await?, &list, COLUMNS)
        }
        Command::Get { byoc } => ctx.out.item(&find(ctx, &org, &byoc).await?, COLUMNS),
        Command::Create(args) => create(ctx, &org, args).await,
        Command::Update { byoc, name } => {
            let id = find(ctx, &org, &byoc).await?.id;
            let patch = ByocInfrastructurePatch {
                display_name: Some(name),
            };
            let what = format!("BYOC infrastructure {byoc}");
            let updated = confirm::repeat(ctx, &what, || {
                api.update_byoc_infrastructure(&org, &id, &patch)
            })
            .await?;
            ctx.out
                .status(&format!("Renamed BYOC infrastructure {byoc}."));
            ctx.out.item(&updated, COLUMNS)
        }
        Command::Delete { byoc, wait } => {
            let id = find(ctx, &org, &byoc).await?.id;
            let what = format!("BYOC infrastructure {byoc}");
            confirm::delete(ctx, &what, || api.delete_byoc_infrastructure(&org, &id)).await?;
            if wait.wait {
                let settings = wait::Settings::new(&wait, TIMEOUT);
                wait_gone(ctx, &org, &id, &byoc, &settings).await?;
                ctx.out
                    .status(&format!("Removed BYOC infrastructure {byoc}."));
            } else {
                ctx.out.status(&format!(
                    "Removing BYOC infrastructure {byoc} (use --wait to wait until it is gone)."
                ));
            }
            Ok(())
        }
    }
}

/// `--provider`, when given, must be the region's cloud.
fn check_provider(args: &CreateArgs) -> Result<()> {
    let (Some(provider), Some(cloud)) = (
        &args.provider,
        dbcloud_spec::regions::clickhouse_region_cloud(&args.region),
    ) else {
        return Ok(());
    };
    if provider == cloud {
        return Ok(());
    }
    Err(Error::usage(format!(
        "invalid value '{}' for '--region': it is a region of {cloud}, not {provider}",
        args.region
    )))
}

async fn create(ctx: &Ctx, org: &str, args: CreateArgs) -> Result<()> {
    let new = NewByocInfrastructure {
        region_id: args.region,
        account_id: args.account,
        availability_zone_suffixes: args.zones,
        vpc_cidr_range: args.vpc_cidr.map(|c| c.to_string()),
        display_name: args.name,
    };
    let api = ctx.clickhouse()?;
    let what = format!(
        "BYOC infrastructure of account {} in {}",
        new.account_id, new.region_id
    );
    // One infrastructure per account and region, but the API does not show the account: read back as the
    // one still provisioning in that region (with that display name, when given).
    let mut created = confirm::write(
        ctx,
        &what,
        || api.create_byoc_infrastructure(org, &new),
        || async {
            let found = api
                .byoc_infrastructures(org)
                .await?
                .into_iter()
                .filter(|b| {
                    b.extra.get("regionId").and_then(Value::as_str) == Some(&new.region_id)
                        && b.state.as_deref() == Some("infra-provisioning")
                        && (new.display_name.is_none() || b.display_name == new.display_name)
                })
                .collect();
            confirm::only(found, &what)
        },
    )
    .await?
    .into_inner();
    ctx.out.status(&format!(
        "Creating BYOC infrastructure {} in {}.",
        created.id, new.region_id
    ));
    if args.wait.wait {
        let settings = wait::Settings::new(&args.wait, TIMEOUT);
        created = wait_ready(ctx, org, &created.id, &settings).await?;
    }
    ctx.out.item(&created, COLUMNS)
}

/// Polls the organization until the infrastructure is `infra-ready` (`infra-terminated`: it failed).
async fn wait_ready(
    ctx: &Ctx,
    org: &str,
    id: &str,
    settings: &wait::Settings,
) -> Result<ByocInfrastructure> {
    let api = ctx.clickhouse()?;
    let what = format!("BYOC infrastructure {id} to be ready");
    wait::until(&ctx.out, settings, &what, || async move {
        let all = api.byoc_infrastructures(org).await?;
        let Some(b) = all.into_iter().find(|b| b.id == id) else {
            return Err(Error::NotFound(format!(
                "BYOC infrastructure {id} is no longer in the organization"
            )));
        };
        let state = b.state.clone().unwrap_or_default();
        Ok(match state.as_str() {
            "infra-ready" => Poll::Done(b),
            "infra-terminated" => Poll::Failed(state),
            _ => Poll::Pending(state),
        })
    })
    .await
}

/// Polls the organization until the infrastructure is no longer in it.
async fn wait_gone(
    ctx: &Ctx,
    org: &str,
    id: &str,
    reference: &str,
    settings: &wait::Settings,
) -> Result<()> {
    let api = ctx.clickhouse()?;
    let what = format!("BYOC infrastructure {reference} to be removed");
    wait::until(&ctx.out, settings, &what, || async move {
        let all = api.byoc_infrastructures(org).await?;
        Ok(match all.into_iter().find(|b| b.id == id) {
            None => Poll::Done(()),
            Some(b) => Poll::Pending(b.state.unwrap_or_default()),
        })
    })
    .await
}
