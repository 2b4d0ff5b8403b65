//! `dbcloud crdb scim resource-type|schema|config`: the SCIM discovery documents (RFC 7643 §5-7), readable
//! with any API key of the organization.

use clap::Subcommand;
use serde_json::Value;

use super::common::SelectArgs;
use crate::context::Ctx;
use crate::error::Result;
use crate::output::Column;

#[derive(clap::Args, Debug)]
pub struct ResourceTypeArgs {
    #[command(subcommand)]
    command: ResourceTypeCommand,
}

#[derive(Subcommand, Debug)]
enum ResourceTypeCommand {
    /// List the SCIM resource types
    #[command(after_help = "\
Examples:
  dbcloud crdb scim resource-type list
  dbcloud crdb scim resource-type list --json --jq '.[].endpoint'")]
    List {
        #[command(flatten)]
        select: SelectArgs,
    },
    /// Show a SCIM resource type
    #[command(after_help = "Example:\n  dbcloud crdb scim resource-type get User")]
    Get {
        /// Resource type ID (User, Group)
        #[arg(value_name = "ID", value_parser = crate::validate::id)]
        id: String,
        #[command(flatten)]
        select: SelectArgs,
    },
}

#[derive(clap::Args, Debug)]
pub struct SchemaArgs {
    #[command(subcommand)]
    command: SchemaCommand,
}

#[derive(Subcommand, Debug)]
enum SchemaCommand {
    /// List the SCIM schemas
    #[command(after_help = "\
Examples:
  dbcloud crdb scim schema list
  dbcloud crdb scim schema list --attributes name --json")]
    List {
        #[command(flatten)]
        select: SelectArgs,
    },
    /// Show a SCIM schema and its attributes
    #[command(after_help = "\
Examples:
  dbcloud crdb scim schema get urn:ietf:params:scim:schemas:core:2.0:User
  dbcloud crdb scim schema get urn:ietf:params:scim:schemas:core:2.0:Group -o yaml")]
    Get {
        /// Schema ID (its URN)
        #[arg(value_name = "ID", value_parser = crate::validate::id)]
        id: String,
        #[command(flatten)]
        select: SelectArgs,
    },
}

const RESOURCE_TYPE_COLUMNS: &[Column] = &[
    Column::field("ID", "id"),
    Column::field("NAME", "name"),
    Column::field("ENDPOINT", "endpoint"),
    Column::field("SCHEMA", "schema"),
];

const RESOURCE_TYPE_DETAIL: &[Column] = &[
    Column::field("ID", "id"),
    Column::field("NAME", "name"),
    Column::field("ENDPOINT", "endpoint"),
    Column::field("SCHEMA", "schema"),
    Column::field("DESCRIPTION", "description"),
];

/// The names of a schema's attributes.
fn attribute_names(v: &Value) -> String {
    v["attributes"]
        .as_array()
        .map(|a| {
            a.iter()
                .filter_map(|a| a["name"].as_str())
                .collect::<Vec<_>>()
                .join(", ")
        })
        .unwrap_or_default()
}

const SCHEMA_COLUMNS: &[Column] = &[
    Column::field("ID", "id"),
    Column::field("NAME", "name"),
    Column::computed("ATTRIBUTES", attribute_names),
];

const SCHEMA_DETAIL: &[Column] = &[
    Column::field("ID", "id"),
    Column::field("NAME", "name"),
    Column::field("DESCRIPTION", "description"),
    Column::computed("ATTRIBUTES", attribute_names),
];

/// "yes", "yes (at most 100)" or "no" for one of the features of the service provider configuration.
fn feature(v: &Value, limit: &str, unit: &str) -> String {
    match v["supported"].as_bool() {
        Some(true) => match v[limit].as_i64() {
            Some(n) if n > 0 => format!("yes (at most {n} {unit})"),
            _ => "yes".to_string(),
        },
        Some(false) => "no".to_string(),
        None => String::new(),
    }
}

const CONFIG_COLUMNS: &[Column] = &[
    Column::computed("FILTER", |v| feature(&v["filter"], "maxResults", "results")),
    Column::computed("BULK", |v| {
        feature(&v["bulk"], "maxOperations", "operations")
    }),
    Column::computed("SORT", |v| feature(&v["sort"], "", "")),
    Column::computed("ETAG", |v| feature(&v["etag"], "", "")),
    Column::computed("CHANGE PASSWORD", |v| feature(&v["changePassword"], "", "")),
    Column::computed("AUTHENTICATION", |v| {
        v["authenticationSchemes"]
            .as_array()
            .map(|a| {
                a.iter()
                    .filter_map(|s| s["name"].as_str())
                    .collect::<Vec<_>>()
                    .join(", ")
            })
            .unwrap_or_default()
    }),
];

pub async fn resource_type(ctx: &Ctx, args: ResourceTypeArgs) -> Result<()> {
    let api = ctx.cockroach()?;
    match args.command {
        ResourceTypeCommand::List { select } => {
            let types = api.scim_resource_types(&select.select()).await?;
            ctx.out.list(&types, RESOURCE_TYPE_COLUMNS)
        }
        ResourceTypeCommand::Get { id, select } => {
            let t = api.scim_resource_type(&id, &select.select()).await?;
            ctx.out.item(&t, RESOURCE_TYPE_DETAIL)
        }
    }
}

pub async fn schema(ctx: &Ctx, args: SchemaArgs) -> Result<()> {
    let api = ctx.cockroach()?;
    match args.command {
        SchemaCommand::List { select } => {
            let schemas = api.scim_schemas(&select.select()).await?;
            ctx.out.list(&schemas, SCHEMA_COLUMNS)
        }
        SchemaCommand::Get { id, select } => {
            let s = api.scim_schema(&id, &select.select()).await?;
            ctx.out.item(&s, SCHEMA_DETAIL)
        }
    }
}

pub async fn config(ctx: &Ctx) -> Result<()> {
    let config = ctx.cockroach()?.scim_service_provider_config().await?;
    ctx.out.item(&config, CONFIG_COLUMNS)
}
