//! `dbcloud ch service private-endpoint`: private endpoints (AWS PrivateLink, GCP Private Service Connect,
//! Azure Private Link) registered with a service.

use clap::Subcommand;

use crate::clickhouse::api::NewPrivateEndpoint;
use crate::clickhouse::service_id;
use crate::confirm;
use crate::context::Ctx;
use crate::error::Result;
use crate::output::Column;

#[derive(Subcommand, Debug)]
pub(crate) enum Command {
    /// Register a private endpoint with a service (and its organization)
    #[command(after_help = "\
Examples:
  dbcloud ch service private-endpoint create web --endpoint-id vpce-0123456789abcdef0 \\
      --description \"app VPC\"

`dbcloud ch service private-endpoint-config web` shows what to create the endpoint with on the
cloud's side; `dbcloud ch service update web --remove-private-endpoint ID` detaches one.")]
    Create {
        /// Service ID or exact name
        service: String,
        /// The endpoint's ID at the cloud provider (an AWS VPC endpoint ID, ...)
        #[arg(long, value_name = "ID", value_parser = crate::validate::id)]
        endpoint_id: String,
        /// What the endpoint is for
        #[arg(long, value_name = "TEXT")]
        description: Option<String>,
    },
}

const COLUMNS: &[Column] = &[
    Column::field("ID", "id"),
    Column::field("DESCRIPTION", "description"),
    Column::field("CLOUD", "cloudProvider"),
    Column::field("REGION", "region"),
];

pub(crate) async fn run(ctx: &Ctx, org: &str, command: Command) -> Result<()> {
    let api = ctx.clickhouse()?;
    match command {
        Command::Create {
            service,
            endpoint_id,
            description,
        } => {
            let id = service_id(ctx, org, &service).await?;
            let endpoint = NewPrivateEndpoint {
                id: endpoint_id,
                description,
            };
            let what = format!("private endpoint {} of service {service}", endpoint.id);
            // Attached or not: the service's list tells.
            let created = confirm::write(
                ctx,
                &what,
                || api.create_private_endpoint(org, &id, &endpoint),
                || async {
                    let attached = api
                        .service(org, &id)
                        .await?
                        .extra
                        .get("privateEndpointIds")
                        .and_then(serde_json::Value::as_array)
                        .is_some_and(|l| l.iter().any(|e| e == endpoint.id.as_str()));
                    Ok(attached.then(|| crate::clickhouse::api::PrivateEndpoint {
                        id: endpoint.id.clone(),
                        extra: Default::default(),
                    }))
                },
            )
            .await?
            .into_inner();
            ctx.out.status(&format!(
                "Added private endpoint {} to service {service}.",
                created.id
            ));
            ctx.out.item(&created, COLUMNS)
        }
    }
}
