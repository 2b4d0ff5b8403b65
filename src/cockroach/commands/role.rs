//! `dbcloud crdb role`: who holds which role on the organization, its folders and its clusters. USER is a user
//! or service account ID, or a person's e-mail address.

use clap::Subcommand;
use serde_json::{Value, json};

use super::common::LimitArg;
use crate::cockroach::api::Api;
use crate::cockroach::api::org::{RoleGrant, UserGrants};
use crate::cockroach::input::{self, GrantArg, Scope};
use crate::cockroach::{find_folder_id, resolve_cluster};
use crate::confirm;
use crate::context::Ctx;
use crate::error::{Error, Result};
use crate::http::List;
use crate::output::{Column, Format};
use crate::spec_values;

#[derive(clap::Args, Debug)]
pub struct Args {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// List every role grant of the organization
    #[command(after_help = "\
Examples:
  dbcloud crdb role list
  dbcloud crdb role list --json --jq '.[] | select(.roles[].name == \"ORG_ADMIN\") | .user_id'")]
    List {
        #[command(flatten)]
        limit: LimitArg,
    },
    /// Show a user's roles
    #[command(after_help = "\
Examples:
  dbcloud crdb role get alice@example.com
  dbcloud crdb role get 3f0e8c1a-6b1f-4a3e-9d7c-2a5b8e4f1c90 --json")]
    Get {
        /// User or service account ID, or a person's e-mail address
        #[arg(value_parser = user_ref)]
        user: UserRef,
    },
    /// Replace all of a user's roles with the ones given (asks first: roles left out are removed)
    #[command(after_help = "\
Examples:
  dbcloud crdb role set alice@example.com --grant ORG_MEMBER --grant CLUSTER_ADMIN:CLUSTER:web --yes
  dbcloud crdb role set 3f0e8c1a-6b1f-4a3e-9d7c-2a5b8e4f1c90 --grant FOLDER_ADMIN:FOLDER:/team/prod

A grant is ROLE[:TYPE[:RESOURCE]]. TYPE is ORGANIZATION (the default), FOLDER or CLUSTER; RESOURCE is the folder (ID, path or name) or the cluster (ID or name).")]
    Set {
        /// User or service account ID, or a person's e-mail address
        #[arg(value_parser = user_ref)]
        user: UserRef,
        /// A role to hold (repeatable). ROLE is one of the API's roles (ORG_ADMIN, ORG_MEMBER,
        /// CLUSTER_ADMIN, ...: see `dbcloud crdb role grant --help`)
        #[arg(long = "grant", value_name = "ROLE[:TYPE[:RESOURCE]]", required = true, value_parser = input::grant)]
        grants: Vec<GrantArg>,
    },
    /// Give a user a role on the organization, a folder or a cluster
    #[command(after_help = "\
Examples:
  dbcloud crdb role grant alice@example.com CLUSTER_ADMIN --resource-type cluster --resource-id web
  dbcloud crdb role grant alice@example.com ORG_MEMBER --resource-type organization")]
    Grant(GrantArgs),
    /// Take a role away from a user (asks first)
    #[command(after_help = "\
Example:
  dbcloud crdb role revoke bob@example.com CLUSTER_ADMIN --resource-type cluster \\\n    --resource-id web --yes")]
    Revoke(GrantArgs),
}

#[derive(clap::Args, Debug)]
struct GrantArgs {
    /// User or service account ID, or a person's e-mail address
    #[arg(value_parser = user_ref)]
    user: UserRef,
    /// The role
    #[arg(value_parser = spec_values::crdb_enum("BuiltInRole.name"))]
    role: String,
    /// What the role applies to
    #[arg(long, value_name = "TYPE", value_parser = spec_values::crdb_enum("Resource.type"))]
    resource_type: String,
    /// The folder (ID, path or name) or cluster (ID or name); for the organization, its ID [default: yours]
    #[arg(long, value_name = "ID")]
    resource_id: Option<String>,
}

impl GrantArgs {
    fn grant(&self) -> Result<GrantArg> {
        let scope = Scope::new(&self.resource_type, self.resource_id.clone())
            .map_err(|e| Error::usage(format!("--resource-id is missing: {e}")))?;
        Ok(GrantArg {
            role: self.role.clone(),
            scope,
        })
    }
}

/// A user as given on the command line: an ID is used as it is; an e-mail is looked up.
#[derive(Clone, Debug)]
enum UserRef {
    Id(String),
    Email(String),
}

impl std::fmt::Display for UserRef {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            UserRef::Id(s) | UserRef::Email(s) => f.write_str(s),
        }
    }
}

fn user_ref(s: &str) -> std::result::Result<UserRef, String> {
    let t = s.trim();
    if crate::validate::is_uuid(t) {
        return crate::validate::uuid(t).map(UserRef::Id);
    }
    if t.contains('@') {
        return crate::validate::email(t).map(UserRef::Email);
    }
    Err(format!(
        "'{s}' is neither a user ID (a UUID) nor an e-mail address"
    ))
}

/// The user's ID (one lookup by e-mail when an address was given).
async fn user_id(ctx: &Ctx, user: &UserRef) -> Result<String> {
    let email = match user {
        UserRef::Id(id) => return Ok(id.clone()),
        UserRef::Email(email) => email,
    };
    let users = ctx.cockroach()?.persons_by_email(email).await?;
    crate::lookup::one_match(
        users,
        || format!("no user with e-mail {email}"),
        |n| format!("{n} users have the e-mail {email}; use the ID"),
        |u| u.id.clone(),
    )
    .map(|u| u.id)
}

/// The grant the API takes: names of folders and clusters resolved, the organization's ID filled in (fetched
/// once per command, kept in `org`).
pub(super) async fn resolve_grant(
    ctx: &Ctx,
    grant: &GrantArg,
    org: &mut Option<String>,
) -> Result<RoleGrant> {
    let id = match &grant.scope {
        Scope::Cluster(r) => resolve_cluster(ctx, r).await?.id,
        Scope::Folder(r) => find_folder_id(ctx, r).await?,
        Scope::Organization(Some(id)) | Scope::Other(_, id) => id.clone(),
        Scope::Organization(None) => match org {
            Some(id) => id.clone(),
            None => {
                let id = ctx.cockroach()?.organization().await?.id;
                *org = Some(id.clone());
                id
            }
        },
    };
    Ok(RoleGrant::new(&grant.role, grant.scope.kind(), &id))
}

const GRANT_COLUMNS: &[Column] = &[
    Column::field("ROLE", "name"),
    Column::field("RESOURCE TYPE", "resource.type"),
    Column::field("RESOURCE ID", "resource.id"),
];

const LIST_COLUMNS: &[Column] = &[
    Column::field("USER", "user_id"),
    Column::field("ROLE", "name"),
    Column::field("RESOURCE TYPE", "resource.type"),
    Column::field("RESOURCE ID", "resource.id"),
];

/// The table shows one row per grant; JSON and YAML show the grants per user as the API sent them.
async fn print_all(ctx: &Ctx, grants: List<'_, UserGrants>) -> Result<()> {
    if ctx.out.format() != Format::Table {
        return ctx.out.list_pages(grants, LIST_COLUMNS).await;
    }
    let grants = grants.await?;
    let rows: Vec<Value> = grants
        .iter()
        .flat_map(|g| {
            g.roles.iter().map(move |r| {
                json!({
                    "user_id": g.user_id,
                    "name": r.name,
                    "resource": {"type": r.resource.kind, "id": r.resource.id},
                })
            })
        })
        .collect();
    ctx.out.list(&rows, LIST_COLUMNS)
}

pub async fn run(ctx: &Ctx, args: Args) -> Result<()> {
    match args.command {
        Command::List { limit } => {
            let grants = ctx.cockroach()?.role_grants(limit.get());
            print_all(ctx, grants).await
        }
        Command::Get { user } => {
            let id = user_id(ctx, &user).await?;
            let roles = ctx.cockroach()?.user_roles(&id).await?;
            ctx.out.list(&roles, GRANT_COLUMNS)
        }
        Command::Set { user, grants } => {
            ctx.prompt.confirm(&format!(
                "replace all roles of user {user} with: {}",
                grants
                    .iter()
                    .map(ToString::to_string)
                    .collect::<Vec<_>>()
                    .join(", ")
            ))?;
            let id = user_id(ctx, &user).await?;
            let mut org = None;
            let mut wanted = Vec::new();
            for g in &grants {
                wanted.push(resolve_grant(ctx, g, &mut org).await?);
            }
            let api = ctx.cockroach()?;
            let what = format!("the roles of user {user}");
            let roles = confirm::repeat(ctx, &what, || api.set_user_roles(&id, &wanted)).await?;
            ctx.out
                .status(&format!("User {user} now holds {} role(s).", roles.len()));
            ctx.out.list(&roles, GRANT_COLUMNS)
        }
        Command::Grant(args) => {
            let grant = args.grant()?;
            let id = user_id(ctx, &args.user).await?;
            let resolved = resolve_grant(ctx, &grant, &mut None).await?;
            let api = ctx.cockroach()?;
            let what = format!("the grant of {grant} to user {}", args.user);
            let roles = confirm::write(
                ctx,
                &what,
                || api.add_user_role(&id, &resolved),
                || holds(api, &id, &resolved, true),
            )
            .await?
            .into_inner();
            ctx.out
                .status(&format!("Granted {} to user {}.", grant, args.user));
            ctx.out.list(&roles, GRANT_COLUMNS)
        }
        Command::Revoke(args) => {
            let grant = args.grant()?;
            ctx.prompt
                .confirm(&format!("revoke {} from user {}", grant, args.user))?;
            let id = user_id(ctx, &args.user).await?;
            let resolved = resolve_grant(ctx, &grant, &mut None).await?;
            let api = ctx.cockroach()?;
            let what = format!("the revocation of {grant} from user {}", args.user);
            let roles = confirm::write(
                ctx,
                &what,
                || api.remove_user_role(&id, &resolved),
                || holds(api, &id, &resolved, false),
            )
            .await?
            .into_inner();
            ctx.out
                .status(&format!("Revoked {} from user {}.", grant, args.user));
            ctx.out.list(&roles, GRANT_COLUMNS)
        }
    }
}

/// A grant or revocation read back: the user's grants when `grant` is among them (`held`) or not.
async fn holds(
    api: &Api,
    user: &str,
    grant: &RoleGrant,
    held: bool,
) -> Result<Option<Vec<RoleGrant>>> {
    let roles = api.user_roles(user).await?;
    let same = |r: &RoleGrant| {
        r.name == grant.name
            && r.resource.kind == grant.resource.kind
            && r.resource.id == grant.resource.id
    };
    Ok((roles.iter().any(same) == held).then_some(roles))
}
