//! `dbcloud crdb service-account`: the organization's machine users, which API keys act as.

use std::time::SystemTime;

use clap::Subcommand;

use super::common::{LimitArg, report_deleted};
use crate::cockroach::api::org::{ServiceAccount, ServiceAccountChanges};
use crate::cockroach::input::{self, GrantArg};
use crate::cockroach::once;
use crate::confirm;
use crate::context::Ctx;
use crate::error::{Error, Result};
use crate::output::Column;

#[derive(clap::Args, Debug)]
pub struct Args {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// List service accounts
    #[command(after_help = "Example:\n  dbcloud crdb service-account list")]
    List {
        #[command(flatten)]
        limit: LimitArg,
    },
    /// Create a service account with its roles (then give it keys with `crdb api-key create`)
    #[command(after_help = "\
Examples:
  dbcloud crdb service-account create --name deployer --description 'CI deployments' \\
      --role CLUSTER_ADMIN:CLUSTER:analytics
  dbcloud crdb service-account create --name auditor --role BILLING_VIEWER

A role is ROLE[:TYPE[:RESOURCE]] as `dbcloud crdb role set --grant` takes it.")]
    Create {
        /// Name of the service account
        #[arg(long, value_parser = crate::validate::name)]
        name: String,
        /// What it is for [default: empty]
        #[arg(long, default_value = "")]
        description: String,
        /// A role to give it (repeatable): ROLE[:TYPE[:RESOURCE]], on the organization by default
        #[arg(long = "role", value_name = "ROLE[:TYPE[:RESOURCE]]", value_parser = input::grant)]
        roles: Vec<GrantArg>,
    },
    /// Show a service account
    #[command(
        after_help = "Example:\n  dbcloud crdb service-account get 3f0e8c1a-6b1f-4a3e-9d7c-2a5b8e4f1c90"
    )]
    Get {
        /// Service account ID
        #[arg(value_parser = crate::validate::uuid)]
        id: String,
    },
    /// Rename a service account or change its description
    #[command(after_help = "\
Example:
  dbcloud crdb service-account update 3f0e8c1a-6b1f-4a3e-9d7c-2a5b8e4f1c90 --description 'Releases'")]
    Update {
        /// Service account ID
        #[arg(value_parser = crate::validate::uuid)]
        id: String,
        /// The new name
        #[arg(long, value_parser = crate::validate::name)]
        name: Option<String>,
        /// The new description
        #[arg(long)]
        description: Option<String>,
    },
    /// Delete a service account; its API keys are revoked with it
    #[command(
        after_help = "Example:\n  dbcloud crdb service-account delete 3f0e8c1a-6b1f-4a3e-9d7c-2a5b8e4f1c90 --yes"
    )]
    Delete {
        /// Service account ID
        #[arg(value_parser = crate::validate::uuid)]
        id: String,
    },
}

const COLUMNS: &[Column] = &[
    Column::field("ID", "id"),
    Column::field("NAME", "name"),
    Column::field("DESCRIPTION", "description"),
    Column::computed("ROLES", roles),
    Column::field("CREATED", "created_at"),
];

/// "CLUSTER_ADMIN on CLUSTER 1f2e..., ORG_MEMBER on ORGANIZATION 9a0b...".
fn roles(account: &serde_json::Value) -> String {
    account
        .get("roles")
        .and_then(serde_json::Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(|r| {
            let name = r.get("name")?.as_str()?;
            let kind = r
                .pointer("/resource/type")
                .and_then(|t| t.as_str())
                .unwrap_or("");
            let id = r
                .pointer("/resource/id")
                .and_then(|i| i.as_str())
                .unwrap_or("");
            Some(format!("{name} on {kind} {id}").trim_end().to_string())
        })
        .collect::<Vec<_>>()
        .join(", ")
}

pub async fn run(ctx: &Ctx, args: Args) -> Result<()> {
    match args.command {
        Command::List { limit } => {
            let accounts = ctx.cockroach()?.service_accounts(limit.get());
            ctx.out.list_pages(accounts, COLUMNS).await
        }
        Command::Create {
            name,
            description,
            roles,
        } => {
            let mut org = None;
            let mut grants = Vec::new();
            for g in &roles {
                grants.push(super::role::resolve_grant(ctx, g, &mut org).await?);
            }
            let api = ctx.cockroach()?;
            let (since, what) = (SystemTime::now(), format!("service account {name}"));
            let account = confirm::write(
                ctx,
                &what,
                || api.create_service_account(&name, &description, &grants),
                || async {
                    let all = api.service_accounts(None).await?;
                    let stamp = |a: &ServiceAccount| a.extra.get("created_at").cloned();
                    once::found(
                        all,
                        |a| a.name == name && confirm::created_since(stamp(a).as_ref(), since),
                        &what,
                    )
                },
            )
            .await?
            .into_inner();
            ctx.out
                .status(&format!("Created service account {name} ({}).", account.id));
            ctx.out.item(&account, COLUMNS)
        }
        Command::Get { id } => {
            let account = ctx.cockroach()?.service_account(&id).await?;
            ctx.out.item(&account, COLUMNS)
        }
        Command::Update {
            id,
            name,
            description,
        } => {
            if name.is_none() && description.is_none() {
                return Err(Error::usage(
                    "nothing to change: pass --name and/or --description",
                ));
            }
            let changes = ServiceAccountChanges { name, description };
            let api = ctx.cockroach()?;
            let what = format!("service account {id}");
            let account =
                confirm::repeat(ctx, &what, || api.update_service_account(&id, &changes)).await?;
            ctx.out
                .status(&format!("Updated service account {}.", account.name));
            ctx.out.item(&account, COLUMNS)
        }
        Command::Delete { id } => {
            ctx.prompt.confirm(&format!(
                "delete service account {id} and revoke its API keys"
            ))?;
            let api = ctx.cockroach()?;
            let what = format!("service account {id}");
            let account = once::deleted(ctx, &what, || api.delete_service_account(&id)).await?;
            let name = account
                .as_ref()
                .map_or(String::new(), |a| format!("{} ", a.name));
            report_deleted(
                ctx,
                &format!("Deleted service account {name}({id})."),
                &once::answer_or(account, serde_json::json!({ "id": id }))?,
            )
        }
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    #[test]
    fn roles_column() {
        let a = json!({"roles": [{"name": "CLUSTER_ADMIN", "resource": {"type": "CLUSTER", "id": "c1"}},
                                 {"name": "ORG_MEMBER", "resource": {"type": "ORGANIZATION"}}]});
        assert_eq!(
            super::roles(&a),
            "CLUSTER_ADMIN on CLUSTER c1, ORG_MEMBER on ORGANIZATION"
        );
    }
}
