//! `dbcloud crdb scim user`: SCIM users. USER is a user ID or an exact userName.

use clap::Subcommand;
use clap::builder::BoolishValueParser;
use serde_json::{Map, Value, json};

use super::common::{self, ListArgs, SelectArgs};
use crate::cockroach::api::scim::ScimKind;
use crate::context::Ctx;
use crate::error::Result;
use crate::output::Column;

const KIND: ScimKind = ScimKind::User;

#[derive(clap::Args, Debug)]
pub struct Args {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// List SCIM users (every page), optionally filtered
    #[command(after_help = "\
Examples:
  dbcloud crdb scim user list
  dbcloud crdb scim user list --filter 'emails.value co \"@example.com\" and active eq true'
  dbcloud crdb scim user list --attributes userName,emails --json

FILTER is SCIM filter syntax (RFC 7644), passed to the server as written: attributes (userName, displayName,
emails.value, active, externalId, ...), operators eq ne co sw ew gt ge lt le pr, and/or/not, parentheses.")]
    List {
        /// SCIM filter (like: userName sw "a")
        #[arg(long, value_name = "FILTER", value_parser = common::filter_expr)]
        filter: Option<String>,
        #[command(flatten)]
        list: ListArgs,
    },
    /// Search SCIM users with a filter (sent in the body of a .search request)
    #[command(after_help = "\
Examples:
  dbcloud crdb scim user search --filter 'userName eq \"ada@example.com\"'
  dbcloud crdb scim user search --filter 'active eq false' --jq '.[].id'")]
    Search {
        /// SCIM filter (like: userName eq "ada@example.com")
        #[arg(long, value_name = "FILTER", value_parser = common::filter_expr)]
        filter: String,
        #[command(flatten)]
        list: ListArgs,
    },
    /// Show a SCIM user (with --attributes or --excluded-attributes: only some of it)
    #[command(after_help = "\
Examples:
  dbcloud crdb scim user get ada@example.com
  dbcloud crdb scim user get 0f5e0e7c-55f3-4c5e-9a7a-3c1d4c0c9b1e --attributes userName,active")]
    Get {
        /// User ID or exact userName
        #[arg(value_name = "USER", value_parser = crate::validate::name)]
        user: String,
        #[command(flatten)]
        select: SelectArgs,
    },
    /// Create a SCIM user from a document (--file) or from flags
    #[command(after_help = "\
Examples:
  dbcloud crdb scim user create --email ada@example.com --given-name Ada --family-name Lovelace
  dbcloud crdb scim user create --file docs/examples/scim-user.yaml
  cat user.json | dbcloud crdb scim user create --file -")]
    Create {
        #[command(flatten)]
        fields: UserFields,
    },
    /// Replace a SCIM user whole (PUT): what the document or flags leave out is cleared
    #[command(after_help = "\
Examples:
  dbcloud crdb scim user replace ada@example.com --file ada.yaml
  dbcloud crdb scim user replace ada --email ada@example.com --given-name Ada --active false

Use `update` to change single attributes.")]
    Replace {
        /// User ID or exact userName
        #[arg(value_name = "USER", value_parser = crate::validate::name)]
        user: String,
        #[command(flatten)]
        fields: UserFields,
    },
    /// Change a SCIM user with PATCH operations (applied in order, all or none)
    #[command(after_help = "\
Examples:
  dbcloud crdb scim user update ada@example.com --op replace:active=false
  dbcloud crdb scim user update ada --op replace:name.givenName=Ada --op add:displayName=Ada
  dbcloud crdb scim user update ada --op 'replace:emails[primary eq true].value=ada@example.org'

An operation is OP:PATH[=VALUE] (or OP=VALUE without a path): OP is add, replace or remove; PATH a SCIM path
(attribute, attribute.sub, attribute[filter], attribute[filter].sub); VALUE is JSON when it parses as JSON
(false, 42, [..], {..}, \"quoted\"), else a string.")]
    Update {
        /// User ID or exact userName
        #[arg(value_name = "USER", value_parser = crate::validate::name)]
        user: String,
        /// A PATCH operation, OP:PATH[=VALUE] (repeatable)
        #[arg(long = "op", value_name = "OP:PATH[=VALUE]", required = true, value_parser = common::patch_op)]
        operations: Vec<Value>,
    },
    /// Delete a SCIM user: they lose access to the organization and leave their groups
    #[command(after_help = "Example:\n  dbcloud crdb scim user delete ada@example.com --yes")]
    Delete {
        /// User ID or exact userName
        #[arg(value_name = "USER", value_parser = crate::validate::name)]
        user: String,
    },
}

/// A user from `--file`, or from flags for the common fields.
#[derive(clap::Args, Debug)]
struct UserFields {
    /// JSON or YAML document with the whole user (`-` reads stdin), checked against the API's schema before
    /// it is sent; `schemas` is added when missing
    #[arg(long, short = 'f', value_name = "FILE", conflicts_with_all = ["user_name", "given_name", "family_name", "display_name", "emails", "active", "external_id"])]
    file: Option<String>,
    /// Unique name of the user [default: the server's choice, the primary e-mail address]
    #[arg(long, value_name = "NAME", value_parser = crate::validate::name)]
    user_name: Option<String>,
    /// Given (first) name
    #[arg(long, value_name = "NAME", value_parser = crate::validate::name)]
    given_name: Option<String>,
    /// Family (last) name
    #[arg(long, value_name = "NAME", value_parser = crate::validate::name)]
    family_name: Option<String>,
    /// Name for display
    #[arg(long, value_name = "NAME", value_parser = crate::validate::name)]
    display_name: Option<String>,
    /// E-mail address (repeatable; the first is the primary one)
    #[arg(long = "email", value_name = "EMAIL", value_parser = crate::validate::email, required_unless_present = "file")]
    emails: Vec<String>,
    /// Whether the user may sign in [default: true]
    #[arg(long, value_name = "BOOL", value_parser = BoolishValueParser::new())]
    active: Option<bool>,
    /// The identifier the identity provider gives the user
    #[arg(long, value_name = "ID", value_parser = crate::validate::id)]
    external_id: Option<String>,
}

impl UserFields {
    fn body(self, operation: &str) -> Result<Value> {
        if let Some(path) = &self.file {
            return common::read_document(KIND, path, operation);
        }
        let mut body = Map::new();
        body.insert("schemas".into(), json!([KIND.schema()]));
        if let Some(n) = self.user_name {
            body.insert("userName".into(), json!(n));
        }
        let mut name = Map::new();
        if let Some(n) = self.given_name {
            name.insert("givenName".into(), json!(n));
        }
        if let Some(n) = self.family_name {
            name.insert("familyName".into(), json!(n));
        }
        if !name.is_empty() {
            body.insert("name".into(), Value::Object(name));
        }
        if let Some(n) = self.display_name {
            body.insert("displayName".into(), json!(n));
        }
        let emails: Vec<Value> = self
            .emails
            .iter()
            .enumerate()
            .map(|(i, e)| {
                if i == 0 {
                    json!({"value": e, "primary": true})
                } else {
                    json!({"value": e})
                }
            })
            .collect();
        body.insert("emails".into(), Value::Array(emails));
        if let Some(a) = self.active {
            body.insert("active".into(), json!(a));
        }
        if let Some(e) = self.external_id {
            body.insert("externalId".into(), json!(e));
        }
        common::checked(operation, Value::Object(body))
    }
}

fn full_name(v: &Value) -> String {
    [&v["name"]["givenName"], &v["name"]["familyName"]]
        .iter()
        .filter_map(|n| n.as_str())
        .collect::<Vec<_>>()
        .join(" ")
}

/// The primary e-mail address, else the first.
fn email(v: &Value) -> String {
    let emails = v["emails"].as_array();
    emails
        .and_then(|e| e.iter().find(|e| e["primary"] == true).or(e.first()))
        .and_then(|e| e["value"].as_str())
        .unwrap_or_default()
        .to_string()
}

fn emails(v: &Value) -> String {
    v["emails"]
        .as_array()
        .map(|e| {
            e.iter()
                .filter_map(|e| e["value"].as_str())
                .collect::<Vec<_>>()
                .join(", ")
        })
        .unwrap_or_default()
}

const COLUMNS: &[Column] = &[
    Column::field("ID", "id"),
    Column::field("USER NAME", "userName"),
    Column::computed("NAME", full_name),
    Column::computed("EMAIL", email),
    Column::field("ACTIVE", "active"),
];

const DETAIL: &[Column] = &[
    Column::field("ID", "id"),
    Column::field("USER NAME", "userName"),
    Column::computed("NAME", full_name),
    Column::field("DISPLAY NAME", "displayName"),
    Column::computed("EMAILS", emails),
    Column::field("ACTIVE", "active"),
    Column::field("EXTERNAL ID", "externalId"),
    Column::computed("GROUPS", |v| common::displays(&v["groups"])),
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
        Command::Get { user, select } => common::get(ctx, KIND, &user, &select, DETAIL).await,
        Command::Create { fields } => {
            let body = fields.body(KIND.create_operation())?;
            common::create(ctx, KIND, body, DETAIL).await
        }
        Command::Replace { user, fields } => {
            let body = fields.body(KIND.replace_operation())?;
            let target = common::resolve(ctx, KIND, &user).await?;
            common::replace(ctx, KIND, &target, body, DETAIL).await
        }
        Command::Update { user, operations } => {
            common::check_operations(KIND, &operations)?;
            let target = common::resolve(ctx, KIND, &user).await?;
            common::update(ctx, KIND, &target, operations, DETAIL).await
        }
        Command::Delete { user } => {
            common::delete(
                ctx,
                KIND,
                &user,
                "they lose access to the organization and leave their groups",
            )
            .await
        }
    }
}
