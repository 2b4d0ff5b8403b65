//! `dbcloud ch invitation`: invitations to join the organization.

use clap::Subcommand;

use super::member::user_reference;
use super::{ListArgs, print_pages, role_reference};
use crate::clickhouse::api::Invitation;
use crate::clickhouse::{as_uuid, assigned_roles, resolve, resolve_id, role_ids};
use crate::confirm;
use crate::context::Ctx;
use crate::error::Result;
use crate::output::Column;
use crate::output::to_json;

#[derive(clap::Args, Debug)]
pub struct Args {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// List pending invitations
    #[command(after_help = "Example:\n  dbcloud ch invitation list")]
    List(ListArgs),
    /// Invite someone to the organization
    #[command(after_help = "\
Examples:
  dbcloud ch invitation create --email ada@example.com --role Developer
  dbcloud ch invitation create --email ada@example.com --role Member --role \"Service Read Only\"")]
    Create {
        /// The invitee's e-mail address
        #[arg(long, value_parser = crate::validate::email)]
        email: String,
        /// A role they get on joining, by ID or name (case-insensitive) (repeatable)
        #[arg(long = "role", value_name = "ROLE", required = true, value_parser = role_reference)]
        roles: Vec<String>,
    },
    /// Show an invitation
    #[command(after_help = "Example:\n  dbcloud ch invitation get ada@example.com")]
    Get {
        /// Invitation ID or the invitee's e-mail address
        #[arg(value_parser = user_reference)]
        invitation: String,
    },
    /// Withdraw an invitation
    #[command(after_help = "Example:\n  dbcloud ch invitation delete ada@example.com --yes")]
    Delete {
        /// Invitation ID or the invitee's e-mail address
        #[arg(value_parser = user_reference)]
        invitation: String,
    },
}

const COLUMNS: &[Column] = &[
    Column::field("EMAIL", "email"),
    Column::computed("ROLES", assigned_roles),
    Column::field("ID", "id"),
    Column::field("CREATED", "createdAt"),
    Column::field("EXPIRES", "expireAt"),
];

async fn find_invitation(ctx: &Ctx, org: &str, reference: &str) -> Result<Invitation> {
    let api = ctx.clickhouse()?;
    let id = as_uuid(reference);
    resolve(
        reference,
        id.is_some(),
        api.invitation(org, id.as_deref().unwrap_or(reference)),
        api.invitations(org),
    )
    .await
}

pub async fn run(ctx: &Ctx, args: Args) -> Result<()> {
    let api = ctx.clickhouse()?;
    if let Command::Delete { invitation } = &args.command {
        ctx.prompt
            .confirm(&format!("delete the invitation {invitation}"))?;
    }
    let org = ctx.clickhouse_org().await?;
    match args.command {
        Command::List(list) => print_pages(ctx, api.invitations(&org), &list, COLUMNS).await,
        Command::Create { email, roles } => {
            let roles = role_ids(ctx, &org, &roles, "--role").await?;
            let since = std::time::SystemTime::now();
            let what = format!("the invitation of {email}");
            let invitation = confirm::write(
                ctx,
                &what,
                || api.create_invitation(&org, &email, &roles),
                || async {
                    let all = api.invitations(&org).await?;
                    confirm::created(all, "email", &email, since, &what)
                },
            )
            .await?
            .into_inner();
            ctx.out.status(&format!(
                "Invited {}.",
                invitation.email.as_deref().unwrap_or(&email)
            ));
            ctx.out.item(&invitation, COLUMNS)
        }
        Command::Get { invitation } => ctx.out.item(
            &to_json(&find_invitation(ctx, &org, &invitation).await?)?,
            COLUMNS,
        ),
        Command::Delete { invitation } => {
            let id = resolve_id(&invitation, api.invitations(&org)).await?;
            let what = format!("the invitation {invitation}");
            confirm::delete(ctx, &what, || api.delete_invitation(&org, &id)).await?;
            ctx.out
                .status(&format!("Deleted the invitation {invitation}."));
            Ok(())
        }
    }
}
