//! `dbcloud crdb scim group`: SCIM groups and their members. GROUP is a group ID or an exact displayName;
//! members (USER) are user IDs or exact userNames.

use clap::Subcommand;
use serde_json::{Map, Value, json};

use super::common::{self, ListArgs, SelectArgs};
use crate::cockroach::api::scim::ScimKind;
use crate::context::Ctx;
use crate::error::Result;
use crate::output::Column;

const KIND: ScimKind = ScimKind::Group;

#[derive(clap::Args, Debug)]
pub struct Args {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// List SCIM groups (every page), optionally filtered
    #[command(after_help = "\
Examples:
  dbcloud crdb scim group list
  dbcloud crdb scim group list --filter 'displayName sw \"eng\"'
  dbcloud crdb scim group list --excluded-attributes members --json

FILTER is SCIM filter syntax (RFC 7644), passed to the server as written: attributes (displayName, externalId,
members.value, ...), operators eq ne co sw ew gt ge lt le pr, and/or/not, parentheses.")]
    List {
        /// SCIM filter (like: displayName eq "engineering")
        #[arg(long, value_name = "FILTER", value_parser = common::filter_expr)]
        filter: Option<String>,
        #[command(flatten)]
        list: ListArgs,
    },
    /// Search SCIM groups with a filter (sent in the body of a .search request)
    #[command(after_help = "\
Examples:
  dbcloud crdb scim group search --filter 'displayName eq \"engineering\"'
  dbcloud crdb scim group search --filter 'members.value eq \"0f5e0e7c-55f3-4c5e-9a7a-3c1d4c0c9b1e\"'")]
    Search {
        /// SCIM filter (like: displayName co "eng")
        #[arg(long, value_name = "FILTER", value_parser = common::filter_expr)]
        filter: String,
        #[command(flatten)]
        list: ListArgs,
    },
    /// Show a SCIM group (with --attributes or --excluded-attributes: only some of it)
    #[command(after_help = "\
Examples:
  dbcloud crdb scim group get engineering
  dbcloud crdb scim group get engineering --excluded-attributes members")]
    Get {
        /// Group ID or exact displayName
        #[arg(value_name = "GROUP", value_parser = crate::validate::name)]
        group: String,
        #[command(flatten)]
        select: SelectArgs,
    },
    /// Create a SCIM group from a document (--file) or from flags
    #[command(after_help = "\
Examples:
  dbcloud crdb scim group create --display-name engineering --member ada@example.com
  dbcloud crdb scim group create --file docs/examples/scim-group.yaml")]
    Create {
        #[command(flatten)]
        fields: GroupFields,
    },
    /// Replace a SCIM group whole (PUT): its members become exactly the ones given
    #[command(after_help = "\
Examples:
  dbcloud crdb scim group replace engineering --file engineering.yaml
  dbcloud crdb scim group replace engineering --display-name engineering --member ada@example.com

Use `update` to add or remove single members.")]
    Replace {
        /// Group ID or exact displayName
        #[arg(value_name = "GROUP", value_parser = crate::validate::name)]
        group: String,
        #[command(flatten)]
        fields: GroupFields,
    },
    /// Change a SCIM group with PATCH operations (applied in order, all or none)
    #[command(after_help = "\
Examples:
  dbcloud crdb scim group update engineering --add-member ada@example.com
  dbcloud crdb scim group update engineering --remove-member bob --op replace:displayName=eng
  dbcloud crdb scim group update engineering --op 'add:members=[{\"value\":\"USER_ID\"}]'

An operation is OP:PATH[=VALUE] (or OP=VALUE without a path): OP is add, replace or remove; PATH a SCIM path
(attribute, attribute[filter], ...); VALUE is JSON when it parses as JSON, else a string. --add-member and
--remove-member are sent after the --op operations.")]
    Update {
        /// Group ID or exact displayName
        #[arg(value_name = "GROUP", value_parser = crate::validate::name)]
        group: String,
        /// A PATCH operation, OP:PATH[=VALUE] (repeatable)
        #[arg(long = "op", value_name = "OP:PATH[=VALUE]", value_parser = common::patch_op,
              required_unless_present_any = ["add_members", "remove_members"])]
        operations: Vec<Value>,
        /// Add a member: a user ID or exact userName (repeatable)
        #[arg(long = "add-member", value_name = "USER", value_parser = crate::validate::name)]
        add_members: Vec<String>,
        /// Remove a member: a user ID or exact userName (repeatable)
        #[arg(long = "remove-member", value_name = "USER", value_parser = crate::validate::name)]
        remove_members: Vec<String>,
    },
    /// Delete a SCIM group (its users stay)
    #[command(after_help = "Example:\n  dbcloud crdb scim group delete engineering --yes")]
    Delete {
        /// Group ID or exact displayName
        #[arg(value_name = "GROUP", value_parser = crate::validate::name)]
        group: String,
    },
}

/// A group from `--file`, or from flags.
#[derive(clap::Args, Debug)]
struct GroupFields {
    /// JSON or YAML document with the whole group (`-` reads stdin), checked against the API's schema before
    /// it is sent; `schemas` is added when missing
    #[arg(long, short = 'f', value_name = "FILE", conflicts_with_all = ["display_name", "members", "external_id"])]
    file: Option<String>,
    /// Name of the group
    #[arg(long, value_name = "NAME", value_parser = crate::validate::name, required_unless_present = "file")]
    display_name: Option<String>,
    /// A member: a user ID or exact userName (repeatable)
    #[arg(long = "member", value_name = "USER", value_parser = crate::validate::name)]
    members: Vec<String>,
    /// The identifier the identity provider gives the group
    #[arg(long, value_name = "ID", value_parser = crate::validate::id)]
    external_id: Option<String>,
}

impl GroupFields {
    /// The body; members named by userName are looked up (so this may send requests, after every local check).
    async fn body(self, ctx: &Ctx, operation: &str) -> Result<Value> {
        if let Some(path) = &self.file {
            return common::read_document(KIND, path, operation);
        }
        let mut body = Map::new();
        body.insert("schemas".into(), json!([KIND.schema()]));
        body.insert("displayName".into(), json!(self.display_name));
        if let Some(e) = self.external_id {
            body.insert("externalId".into(), json!(e));
        }
        // Checked once without the members, before looking them up.
        common::checked(operation, Value::Object(body.clone()))?;
        if !self.members.is_empty() {
            let mut members = Vec::new();
            for m in &self.members {
                let user = common::resolve(ctx, ScimKind::User, m).await?;
                members.push(json!({"value": user.id}));
            }
            body.insert("members".into(), Value::Array(members));
        }
        common::checked(operation, Value::Object(body))
    }
}

fn member_count(v: &Value) -> String {
    v["members"].as_array().map_or(0, Vec::len).to_string()
}

const COLUMNS: &[Column] = &[
    Column::field("ID", "id"),
    Column::field("DISPLAY NAME", "displayName"),
    Column::computed("MEMBERS", member_count),
    Column::field("EXTERNAL ID", "externalId"),
];

const DETAIL: &[Column] = &[
    Column::field("ID", "id"),
    Column::field("DISPLAY NAME", "displayName"),
    Column::field("EXTERNAL ID", "externalId"),
    Column::computed("MEMBERS", |v| common::displays(&v["members"])),
    Column::computed("CREATED", common::created),
    Column::computed("MODIFIED", common::modified),
];

pub async fn run(ctx: &Ctx, args: Args) -> Result<()> {
    match args.command {
        Command::List { filter, list } => {
            common::list(ctx, KIND, filter, &list, false, COLUMNS).await
        }
        Command::Search { filter, list } => {
            common::list(ctx, KIND, Some(filter), &list, true, COLUMNS).await
        }
        Command::Get { group, select } => common::get(ctx, KIND, &group, &select, DETAIL).await,
        Command::Create { fields } => {
            let body = fields.body(ctx, KIND.create_operation()).await?;
            common::create(ctx, KIND, body, DETAIL).await
        }
        Command::Replace { group, fields } => {
            let body = fields.body(ctx, KIND.replace_operation()).await?;
            let target = common::resolve(ctx, KIND, &group).await?;
            common::replace(ctx, KIND, &target, body, DETAIL).await
        }
        Command::Update {
            group,
            mut operations,
            add_members,
            remove_members,
        } => {
            common::check_operations(KIND, &operations)?;
            let target = common::resolve(ctx, KIND, &group).await?;
            for m in &add_members {
                let user = common::resolve(ctx, ScimKind::User, m).await?;
                operations
                    .push(json!({"op": "add", "path": "members", "value": [{"value": user.id}]}));
            }
            for m in &remove_members {
                let user = common::resolve(ctx, ScimKind::User, m).await?;
                let id = serde_json::to_string(&user.id).unwrap_or_default();
                operations.push(json!({"op": "remove", "path": format!("members[value eq {id}]")}));
            }
            common::update(ctx, KIND, &target, operations, DETAIL).await
        }
        Command::Delete { group } => common::delete(ctx, KIND, &group, "its users stay").await,
    }
}
