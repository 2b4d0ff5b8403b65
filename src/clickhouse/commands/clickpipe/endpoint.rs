//! `dbcloud ch clickpipe reverse-endpoint`: private connections from a service's ClickPipes to sources in
//! the user's network (an AWS VPC endpoint service or resource, an MSK cluster, a GCP service attachment).

use std::time::Duration;

use clap::Subcommand;
use serde_json::Value;

use super::{ServiceArg, is_gone};
use crate::clickhouse::api::{
    NewReverseEndpoint, PrivateDnsMapping, ReverseEndpointPatch, ReversePrivateEndpoint,
};
use crate::clickhouse::commands::{ListArgs, print_pages};
use crate::clickhouse::{Named, as_uuid, resolve, resolve_id, service_id};
use crate::confirm;
use crate::context::Ctx;
use crate::error::Result;
use crate::output::Column;
use crate::spec_values::ch_enum;
use crate::wait::{self, Poll, WaitArgs};

/// Provisioning an endpoint, and deleting one.
const TIMEOUT: Duration = Duration::from_secs(20 * 60);

#[derive(clap::Args, Debug)]
pub(super) struct Args {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// List a service's reverse private endpoints
    #[command(after_help = "Example:\n  dbcloud ch clickpipe reverse-endpoint list --service web")]
    List {
        #[command(flatten)]
        service: ServiceArg,
        #[command(flatten)]
        list: ListArgs,
    },
    /// Show a reverse private endpoint
    #[command(
        after_help = "Example:\n  dbcloud ch clickpipe reverse-endpoint get \"orders MSK\" --service web"
    )]
    Get {
        /// Endpoint ID or exact description
        endpoint: String,
        #[command(flatten)]
        service: ServiceArg,
    },
    /// Create a reverse private endpoint; it is ready once the cloud has provisioned it
    #[command(after_help = "\
Examples:
  dbcloud ch clickpipe reverse-endpoint create --service web --type VPC_ENDPOINT_SERVICE \\
      --vpc-endpoint-service-name com.amazonaws.vpce.us-east-1.vpce-svc-0123456789abcdef0 \\
      --description \"orders Kafka\" --wait
  dbcloud ch clickpipe reverse-endpoint create --service web --type MSK_MULTI_VPC \\
      --msk-cluster-arn arn:aws:kafka:us-east-1:123456789012:cluster/orders/abc --msk-authentication SASL_IAM

Each type needs its own target: VPC_ENDPOINT_SERVICE --vpc-endpoint-service-name; VPC_RESOURCE
--vpc-resource-configuration-id and --vpc-resource-share-arn; MSK_MULTI_VPC --msk-cluster-arn and
--msk-authentication; GCP_PSC_SERVICE_ATTACHMENT --gcp-service-attachment.")]
    Create(CreateArgs),
    /// Replace the custom private DNS names of a reverse private endpoint
    #[command(after_help = "\
Examples:
  dbcloud ch clickpipe reverse-endpoint update \"orders Kafka\" --service web --private-dns-name '*.kafka.internal'
  dbcloud ch clickpipe reverse-endpoint update \"orders Kafka\" --service web --no-private-dns-names")]
    #[command(group = clap::ArgGroup::new("change").required(true))]
    Update {
        /// Endpoint ID or exact description
        endpoint: String,
        #[command(flatten)]
        service: ServiceArg,
        /// A private DNS name the endpoint answers for, replacing the current ones (repeatable)
        #[arg(long = "private-dns-name", value_name = "NAME", group = "change",
              value_parser = crate::validate::name)]
        private_dns_names: Vec<String>,
        /// Remove every custom private DNS name
        #[arg(long, group = "change")]
        no_private_dns_names: bool,
    },
    /// Delete a reverse private endpoint (pipes that use it lose their connection)
    #[command(after_help = "\
Example:
  dbcloud ch clickpipe reverse-endpoint delete \"orders Kafka\" --service web --yes --wait")]
    Delete {
        /// Endpoint ID or exact description
        endpoint: String,
        #[command(flatten)]
        service: ServiceArg,
        #[command(flatten)]
        wait: WaitArgs,
    },
}

#[derive(clap::Args, Debug)]
struct CreateArgs {
    #[command(flatten)]
    service: ServiceArg,
    /// What the endpoint connects to
    #[arg(long = "type", value_name = "TYPE",
          value_parser = ch_enum("CreateReversePrivateEndpoint.type"))]
    kind: String,
    /// A description, by which commands can name the endpoint
    #[arg(long, value_parser = crate::validate::name)]
    description: Option<String>,
    /// AWS VPC endpoint service name (VPC_ENDPOINT_SERVICE)
    #[arg(long, value_name = "NAME", value_parser = crate::validate::id)]
    vpc_endpoint_service_name: Option<String>,
    /// AWS VPC Lattice resource configuration ID (VPC_RESOURCE)
    #[arg(long, value_name = "ID", value_parser = crate::validate::id)]
    vpc_resource_configuration_id: Option<String>,
    /// ARN of the AWS RAM resource share of the resource configuration (VPC_RESOURCE)
    #[arg(long, value_name = "ARN", value_parser = crate::validate::id)]
    vpc_resource_share_arn: Option<String>,
    /// ARN of the Amazon MSK cluster (MSK_MULTI_VPC)
    #[arg(long, value_name = "ARN", value_parser = crate::validate::id)]
    msk_cluster_arn: Option<String>,
    /// How ClickPipes authenticate to the MSK cluster (MSK_MULTI_VPC)
    #[arg(long, value_name = "METHOD",
          value_parser = ch_enum("CreateReversePrivateEndpoint.mskAuthentication"))]
    msk_authentication: Option<String>,
    /// GCP Private Service Connect service attachment (GCP_PSC_SERVICE_ATTACHMENT)
    #[arg(long, value_name = "ATTACHMENT", value_parser = crate::validate::id)]
    gcp_service_attachment: Option<String>,
    /// A custom private DNS name the endpoint answers for (repeatable)
    #[arg(long = "private-dns-name", value_name = "NAME", value_parser = crate::validate::name)]
    private_dns_names: Vec<String>,
    #[command(flatten)]
    wait: WaitArgs,
}

/// What the endpoint points at, whatever its type.
fn target(e: &Value) -> String {
    [
        "vpcEndpointServiceName",
        "vpcResourceConfigurationId",
        "mskClusterArn",
        "gcpServiceAttachment",
    ]
    .iter()
    .find_map(|f| e[*f].as_str().filter(|s| !s.is_empty()))
    .unwrap_or_default()
    .to_string()
}

fn custom_dns_names(e: &Value) -> String {
    e["customPrivateDnsMappings"]
        .as_array()
        .map(|m| {
            m.iter()
                .filter_map(|m| m["privateDnsName"].as_str())
                .collect::<Vec<_>>()
                .join(", ")
        })
        .unwrap_or_default()
}

const COLUMNS: &[Column] = &[
    Column::field("DESCRIPTION", "description"),
    Column::field("ID", "id"),
    Column::field("TYPE", "type"),
    Column::field("STATUS", "status"),
    Column::field("ENDPOINT ID", "endpointId"),
    Column::computed("TARGET", target),
];

const DETAIL_COLUMNS: &[Column] = &[
    Column::field("DESCRIPTION", "description"),
    Column::field("ID", "id"),
    Column::field("SERVICE ID", "serviceId"),
    Column::field("TYPE", "type"),
    Column::field("STATUS", "status"),
    Column::computed("TARGET", target),
    Column::field("VPC RESOURCE SHARE", "vpcResourceShareArn"),
    Column::field("MSK AUTHENTICATION", "mskAuthentication"),
    Column::field("ENDPOINT ID", "endpointId"),
    Column::field("DNS NAMES", "dnsNames"),
    Column::field("PRIVATE DNS NAMES", "privateDnsNames"),
    Column::computed("CUSTOM PRIVATE DNS NAMES", custom_dns_names),
];

impl Named for ReversePrivateEndpoint {
    const KIND: &'static str = "reverse private endpoint";
    const LABEL: &'static str = "description";
    fn id(&self) -> &str {
        &self.id
    }
    fn label(&self) -> &str {
        &self.description
    }
    fn detail(&self) -> String {
        self.status.clone()
    }
}

impl Args {
    /// A deletion is confirmed before anything is sent.
    pub(super) fn prepare(&self, ctx: &Ctx) -> Result<()> {
        if let Command::Delete { endpoint, .. } = &self.command {
            ctx.prompt
                .confirm(&format!("delete reverse private endpoint {endpoint}"))?;
        }
        Ok(())
    }
}

async fn find(
    ctx: &Ctx,
    org: &str,
    service: &str,
    reference: &str,
) -> Result<ReversePrivateEndpoint> {
    let api = ctx.clickhouse()?;
    let id = as_uuid(reference);
    resolve(
        reference,
        id.is_some(),
        api.reverse_endpoint(org, service, id.as_deref().unwrap_or(reference)),
        api.reverse_endpoints(org, service),
    )
    .await
}

fn mappings(names: Vec<String>) -> Vec<PrivateDnsMapping> {
    names
        .into_iter()
        .map(|private_dns_name| PrivateDnsMapping { private_dns_name })
        .collect()
}

pub(super) async fn run(ctx: &Ctx, org: &str, args: Args) -> Result<()> {
    let api = ctx.clickhouse()?;
    match args.command {
        Command::List { service, list } => {
            let service = service_id(ctx, org, &service.service).await?;
            let endpoints = api.reverse_endpoints(org, &service);
            print_pages(ctx, endpoints, &list, COLUMNS).await
        }
        Command::Get { endpoint, service } => {
            let service = service_id(ctx, org, &service.service).await?;
            let endpoint = find(ctx, org, &service, &endpoint).await?;
            ctx.out.item(&endpoint, DETAIL_COLUMNS)
        }
        Command::Create(args) => create(ctx, org, args).await,
        Command::Update {
            endpoint,
            service,
            private_dns_names,
            no_private_dns_names: _,
        } => {
            let service = service_id(ctx, org, &service.service).await?;
            let id = resolve_id(&endpoint, api.reverse_endpoints(org, &service)).await?;
            let patch = ReverseEndpointPatch {
                custom_private_dns_mappings: mappings(private_dns_names),
            };
            let what = format!("reverse private endpoint {endpoint}");
            let updated = confirm::repeat(ctx, &what, || {
                api.update_reverse_endpoint(org, &service, &id, &patch)
            })
            .await?;
            ctx.out
                .status(&format!("Updated reverse private endpoint {endpoint}."));
            ctx.out.item(&updated, DETAIL_COLUMNS)
        }
        Command::Delete {
            endpoint,
            service,
            wait,
        } => {
            let service = service_id(ctx, org, &service.service).await?;
            let id = resolve_id(&endpoint, api.reverse_endpoints(org, &service)).await?;
            let what = format!("reverse private endpoint {endpoint}");
            confirm::delete(ctx, &what, || {
                api.delete_reverse_endpoint(org, &service, &id)
            })
            .await?;
            if wait.wait {
                let settings = wait::Settings::new(&wait, TIMEOUT);
                let what = format!("reverse private endpoint {endpoint} to be deleted");
                let service = service.as_str();
                let id = id.as_str();
                wait::until(&ctx.out, &settings, &what, || async move {
                    match api.reverse_endpoint(org, service, id).await {
                        Ok(e) => Ok(Poll::Pending(e.status)),
                        Err(e) if is_gone(&e) => Ok(Poll::Done(())),
                        Err(e) => Err(e),
                    }
                })
                .await?;
                ctx.out
                    .status(&format!("Deleted reverse private endpoint {endpoint}."));
            } else {
                ctx.out
                    .status(&format!("Deleting reverse private endpoint {endpoint}."));
            }
            Ok(())
        }
    }
}

async fn create(ctx: &Ctx, org: &str, args: CreateArgs) -> Result<()> {
    let api = ctx.clickhouse()?;
    let service = service_id(ctx, org, &args.service.service).await?;
    let new = NewReverseEndpoint {
        description: args.description,
        kind: args.kind,
        vpc_endpoint_service_name: args.vpc_endpoint_service_name,
        vpc_resource_configuration_id: args.vpc_resource_configuration_id,
        vpc_resource_share_arn: args.vpc_resource_share_arn,
        msk_cluster_arn: args.msk_cluster_arn,
        msk_authentication: args.msk_authentication,
        gcp_service_attachment: args.gcp_service_attachment,
        custom_private_dns_mappings: mappings(args.private_dns_names),
    };
    let what = "the new reverse private endpoint";
    // Found again by what it points at and how (its type, service name or resource, description...).
    let mut endpoint = confirm::write(
        ctx,
        what,
        || api.create_reverse_endpoint(org, &service, &new),
        || async { confirm::with_values(api.reverse_endpoints(org, &service).await?, &new, what) },
    )
    .await?
    .into_inner();
    ctx.out.status(&format!(
        "Created reverse private endpoint {}; it is {}.",
        endpoint.id, endpoint.status
    ));
    if args.wait.wait {
        let settings = wait::Settings::new(&args.wait, TIMEOUT);
        let name = if endpoint.description.is_empty() {
            &endpoint.id
        } else {
            &endpoint.description
        };
        let what = format!("reverse private endpoint {name} to be ready");
        let (service, id) = (service.as_str(), endpoint.id.clone());
        let id = id.as_str();
        endpoint = wait::until(&ctx.out, &settings, &what, || async move {
            Ok(classify(api.reverse_endpoint(org, service, id).await?))
        })
        .await?;
    }
    ctx.out.item(&endpoint, DETAIL_COLUMNS)
}

/// Ready is the target; Failed, Rejected and Expired never get there.
fn classify(endpoint: ReversePrivateEndpoint) -> Poll<ReversePrivateEndpoint> {
    match endpoint.status.as_str() {
        "Ready" => Poll::Done(endpoint),
        "Failed" | "Rejected" | "Expired" => Poll::Failed(endpoint.status),
        _ => Poll::Pending(endpoint.status),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn targets_and_states() {
        let e = json!({"type": "MSK_MULTI_VPC", "vpcEndpointServiceName": null, "mskClusterArn": "arn:x"});
        assert_eq!(target(&e), "arn:x");
        let e =
            json!({"customPrivateDnsMappings": [{"privateDnsName": "a"}, {"privateDnsName": "b"}]});
        assert_eq!(custom_dns_names(&e), "a, b");
        let endpoint = |status: &str| ReversePrivateEndpoint {
            id: "i".into(),
            description: String::new(),
            status: status.into(),
            extra: Default::default(),
        };
        assert!(matches!(classify(endpoint("Ready")), Poll::Done(_)));
        assert!(matches!(
            classify(endpoint("Provisioning")),
            Poll::Pending(_)
        ));
        assert!(matches!(classify(endpoint("Rejected")), Poll::Failed(_)));
    }
}
