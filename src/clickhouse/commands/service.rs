//! `dbcloud ch service`: services.

use clap::Subcommand;
use serde_json::Value;

use crate::clickhouse::api::to_json;
use crate::context::Ctx;
use crate::error::Result;
use crate::output::{Column, display, lookup};

#[derive(clap::Args, Debug)]
pub struct Args {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// List the organization's services
    #[command(
        after_help = "Examples:\n  dbcloud ch service list\n  dbcloud ch service list --jq '.[] | select(.state == \"running\") | .name'"
    )]
    List,
    /// Show a service
    #[command(
        after_help = "Examples:\n  dbcloud ch service get web\n  dbcloud ch service get web --jq .state"
    )]
    Get {
        /// Service ID or exact name
        service: String,
    },
}

pub const COLUMNS: &[Column] = &[
    Column::field("NAME", "name"),
    Column::field("ID", "id"),
    Column::field("STATE", "state"),
    Column::field("PROVIDER", "provider"),
    Column::field("REGION", "region"),
    Column::field("TIER", "tier"),
    Column::computed("MEMORY", memory_range),
    Column::computed("HOST", https_host),
];

/// "24-48 GiB" from the autoscaling bounds.
fn memory_range(service: &Value) -> String {
    let min = lookup(service, "minTotalMemoryGb").map(display);
    let max = lookup(service, "maxTotalMemoryGb").map(display);
    match (min, max) {
        (Some(min), Some(max)) if min == max => format!("{min} GiB"),
        (Some(min), Some(max)) => format!("{min}-{max} GiB"),
        (Some(one), None) | (None, Some(one)) => format!("{one} GiB"),
        (None, None) => String::new(),
    }
}

/// The HTTPS endpoint's host (the one clients and the SQL console use).
fn https_host(service: &Value) -> String {
    let endpoints = lookup(service, "endpoints").and_then(Value::as_array);
    endpoints
        .into_iter()
        .flatten()
        .find(|e| e.get("protocol").and_then(Value::as_str) == Some("https"))
        .or_else(|| endpoints.and_then(|e| e.first()))
        .and_then(|e| e.get("host"))
        .map(display)
        .unwrap_or_default()
}

pub async fn run(ctx: &Ctx, args: Args) -> Result<()> {
    let api = ctx.clickhouse()?;
    let org = ctx.clickhouse_org().await?;
    match args.command {
        Command::List => {
            let services = api.services(&org).await?;
            let items = services.iter().map(to_json).collect::<Result<Vec<_>>>()?;
            ctx.out.list(&items, COLUMNS)
        }
        Command::Get { service } => {
            let service = crate::clickhouse::find_service(ctx, &org, &service).await?;
            ctx.out.item(&to_json(&service)?, COLUMNS)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn computed_columns() {
        let s = serde_json::json!({
            "minTotalMemoryGb": 24, "maxTotalMemoryGb": 48,
            "endpoints": [{"protocol": "nativesecure", "host": "n.example", "port": 9440},
                          {"protocol": "https", "host": "h.example", "port": 8443}]
        });
        assert_eq!(memory_range(&s), "24-48 GiB");
        assert_eq!(https_host(&s), "h.example");
        assert_eq!(memory_range(&serde_json::json!({})), "");
    }
}
