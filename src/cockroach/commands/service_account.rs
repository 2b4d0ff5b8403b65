//! `dbcloud crdb service-account`: the organization's machine users, which API keys act as.

use clap::Subcommand;

use super::common::{LimitArg, report_deleted};
use crate::cockroach::api::org::ServiceAccountChanges;
use crate::context::Ctx;
use crate::error::{Error, Result};
use crate::output::{Column, to_json};

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
    /// Create a service account (then give it roles with `crdb role grant` and keys with `crdb api-key create`)
    #[command(after_help = "\
Example:
  dbcloud crdb service-account create --name deployer --description 'CI deployments'")]
    Create {
        /// Name of the service account
        #[arg(long, value_parser = crate::validate::name)]
        name: String,
        /// What it is for
        #[arg(long)]
        description: Option<String>,
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
    Column::field("CREATED", "created_at"),
];

pub async fn run(ctx: &Ctx, args: Args) -> Result<()> {
    match args.command {
        Command::List { limit } => {
            let accounts = ctx.cockroach()?.service_accounts(limit.get()).await?;
            ctx.out.list(&accounts, COLUMNS)
        }
        Command::Create { name, description } => {
            let account = ctx
                .cockroach()?
                .create_service_account(&name, description.as_deref())
                .await?;
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
            let account = ctx
                .cockroach()?
                .update_service_account(&id, &changes)
                .await?;
            ctx.out
                .status(&format!("Updated service account {}.", account.name));
            ctx.out.item(&account, COLUMNS)
        }
        Command::Delete { id } => {
            ctx.prompt.confirm(&format!(
                "delete service account {id} and revoke its API keys"
            ))?;
            let account = ctx.cockroach()?.delete_service_account(&id).await?;
            report_deleted(
                ctx,
                &format!("Deleted service account {} ({id}).", account.name),
                &to_json(&account)?,
            )
        }
    }
}
