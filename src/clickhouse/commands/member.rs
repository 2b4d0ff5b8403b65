//! `dbcloud ch member`: the organization's members.

use clap::Subcommand;

use super::{ListArgs, print_pages, role_reference};
use crate::clickhouse::api::Member;
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
    /// List the organization's members
    #[command(after_help = "Example:\n  dbcloud ch member list")]
    List(ListArgs),
    /// Show a member
    #[command(after_help = "Example:\n  dbcloud ch member get ada@example.com")]
    Get {
        /// User ID or e-mail address
        #[arg(value_parser = user_reference)]
        user: String,
    },
    /// Change a member's roles
    #[command(after_help = "\
Examples:
  dbcloud ch member update ada@example.com --role Admin
  dbcloud ch member update ada@example.com --role Developer --role \"Billing Admin\"")]
    Update {
        /// User ID or e-mail address
        #[arg(value_parser = user_reference)]
        user: String,
        /// A role, by ID or name (case-insensitive); the given roles replace the member's (repeatable)
        #[arg(long = "role", value_name = "ROLE", required = true, value_parser = role_reference)]
        roles: Vec<String>,
    },
    /// Remove a member from the organization
    #[command(after_help = "Example:\n  dbcloud ch member remove ada@example.com --yes")]
    Remove {
        /// User ID or e-mail address
        #[arg(value_parser = user_reference)]
        user: String,
    },
}

const COLUMNS: &[Column] = &[
    Column::field("NAME", "name"),
    Column::field("EMAIL", "email"),
    Column::computed("ROLES", assigned_roles),
    Column::field("USER ID", "userId"),
    Column::field("JOINED", "joinedAt"),
];

/// A user ID (UUID) or an e-mail address.
pub fn user_reference(s: &str) -> std::result::Result<String, String> {
    as_uuid(s)
        .or_else(|| crate::validate::email(s).ok())
        .ok_or_else(|| format!("'{s}' is neither a user ID (a UUID) nor an e-mail address"))
}

async fn find_member(ctx: &Ctx, org: &str, reference: &str) -> Result<Member> {
    let api = ctx.clickhouse()?;
    let id = as_uuid(reference);
    resolve(
        reference,
        id.is_some(),
        api.member(org, id.as_deref().unwrap_or(reference)),
        api.members(org),
    )
    .await
}

pub async fn run(ctx: &Ctx, args: Args) -> Result<()> {
    let api = ctx.clickhouse()?;
    if let Command::Remove { user } = &args.command {
        ctx.prompt
            .confirm(&format!("remove member {user} from the organization"))?;
    }
    let org = ctx.clickhouse_org().await?;
    match args.command {
        Command::List(list) => print_pages(ctx, api.members(&org), &list, COLUMNS).await,
        Command::Get { user } => ctx
            .out
            .item(&to_json(&find_member(ctx, &org, &user).await?)?, COLUMNS),
        Command::Update { user, roles } => {
            let id = resolve_id(&user, api.members(&org)).await?;
            let roles = role_ids(ctx, &org, &roles, "--role").await?;
            let what = format!("the roles of {user}");
            let member =
                confirm::repeat(ctx, &what, || api.update_member(&org, &id, &roles)).await?;
            let shown = to_json(&member)?;
            ctx.out.status(&format!(
                "{user} now has the roles: {}.",
                assigned_roles(&shown)
            ));
            ctx.out.item(&shown, COLUMNS)
        }
        Command::Remove { user } => {
            let id = resolve_id(&user, api.members(&org)).await?;
            let what = format!("the membership of {user}");
            confirm::delete(ctx, &what, || api.remove_member(&org, &id)).await?;
            ctx.out
                .status(&format!("Removed {user} from the organization."));
            Ok(())
        }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn users_are_ids_or_addresses() {
        assert!(super::user_reference("ada@example.com").is_ok());
        assert_eq!(
            super::user_reference("0F5E0E7C-55F3-4C5E-9A7A-3C1D4C0C9B1E").unwrap(),
            "0f5e0e7c-55f3-4c5e-9a7a-3c1d4c0c9b1e"
        );
        assert!(super::user_reference("ada").is_err());
    }
}
