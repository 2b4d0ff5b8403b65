//! `dbcloud ch service query-endpoint`: the service's query API endpoint, which runs SQL sent over HTTP with
//! the API keys and database roles it allows.

use clap::Subcommand;

use crate::clickhouse::api::QueryEndpointSpec;
use crate::clickhouse::commands::role::ids_of;
use crate::clickhouse::service_id;
use crate::confirm;
use crate::context::Ctx;
use crate::error::Result;
use crate::output::Column;
use crate::spec_values::ch_enum;

#[derive(Subcommand, Debug)]
pub(crate) enum Command {
    /// Show the query API endpoint of a service
    #[command(after_help = "Example:\n  dbcloud ch service query-endpoint get web")]
    Get {
        /// Service ID or exact name
        service: String,
    },
    /// Create the query API endpoint of a service, or replace it
    #[command(after_help = "\
Examples:
  dbcloud ch service query-endpoint set web --role sql_console_read_only --open-api-key ci
  dbcloud ch service query-endpoint set web --role sql_console_admin --open-api-key ci \\
      --open-api-key 3f1c2a9e-8d4b-4c7a-9e2f-1b0d6c5a4e3f --allowed-origin app.example.com

The flags given replace the whole endpoint: keys and origins left out are no longer allowed.")]
    Set(SetArgs),
    /// Delete the query API endpoint of a service
    #[command(after_help = "Example:\n  dbcloud ch service query-endpoint delete web --yes")]
    Delete {
        /// Service ID or exact name
        service: String,
    },
}

#[derive(clap::Args, Debug)]
pub(crate) struct SetArgs {
    /// Service ID or exact name
    service: String,
    /// A database role the endpoint's queries run with (repeatable)
    #[arg(long = "role", value_name = "ROLE", required = true,
          value_parser = ch_enum("InstanceServiceQueryApiEndpointsPostRequest.roles[]"))]
    roles: Vec<String>,
    /// An API key that may use the endpoint: name or ID (repeatable)
    #[arg(long = "open-api-key", value_name = "KEY")]
    keys: Vec<String>,
    /// A domain browsers may call the endpoint from (repeatable)
    #[arg(long = "allowed-origin", value_name = "ORIGIN", value_parser = origin)]
    origins: Vec<String>,
}

/// An allowed origin: the API takes them as one comma-separated list, so one holds no comma or space.
fn origin(s: &str) -> std::result::Result<String, String> {
    let t = s.trim();
    if t.is_empty() || t.contains(',') || t.chars().any(char::is_whitespace) {
        return Err(format!(
            "'{s}' is not an origin (like app.example.com or https://app.example.com); give one per flag"
        ));
    }
    Ok(t.to_string())
}

const COLUMNS: &[Column] = &[
    Column::field("ID", "id"),
    Column::field("ROLES", "roles"),
    Column::field("OPEN API KEYS", "openApiKeys"),
    Column::field("ALLOWED ORIGINS", "allowedOrigins"),
];

impl Command {
    pub(crate) fn prepare(&self, ctx: &Ctx) -> Result<()> {
        match self {
            Command::Delete { service } => ctx
                .prompt
                .confirm(&format!("delete the query endpoint of service {service}")),
            _ => Ok(()),
        }
    }
}

pub(crate) async fn run(ctx: &Ctx, org: &str, command: Command) -> Result<()> {
    let api = ctx.clickhouse()?;
    match command {
        Command::Get { service } => {
            let id = service_id(ctx, org, &service).await?;
            ctx.out.item(&api.query_endpoint(org, &id).await?, COLUMNS)
        }
        Command::Set(args) => {
            let id = service_id(ctx, org, &args.service).await?;
            let spec = QueryEndpointSpec {
                roles: args.roles,
                open_api_keys: ids_of(&args.keys, api.keys(org)).await?,
                allowed_origins: (!args.origins.is_empty()).then(|| args.origins.join(",")),
            };
            let what = format!("the query endpoint of service {}", args.service);
            let endpoint =
                confirm::repeat(ctx, &what, || api.set_query_endpoint(org, &id, &spec)).await?;
            ctx.out.status(&format!(
                "Set the query endpoint of service {}.",
                args.service
            ));
            ctx.out.item(&endpoint, COLUMNS)
        }
        Command::Delete { service } => {
            let id = service_id(ctx, org, &service).await?;
            let what = format!("the query endpoint of service {service}");
            confirm::delete(ctx, &what, || api.delete_query_endpoint(org, &id)).await?;
            ctx.out
                .status(&format!("Deleted the query endpoint of service {service}."));
            Ok(())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn origins_are_one_each() {
        assert_eq!(origin(" app.example.com ").unwrap(), "app.example.com");
        assert!(origin("a.com,b.com").is_err());
        assert!(origin("").is_err());
    }
}
