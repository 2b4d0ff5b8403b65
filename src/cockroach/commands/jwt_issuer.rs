//! `dbcloud crdb jwt-issuer`: identity providers whose JSON Web Tokens the organization's clusters accept.

use clap::Subcommand;

use super::common::{LimitArg, report_deleted};
use crate::cockroach::api::identity::JwtIssuerChanges;
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
    /// List JWT issuers
    #[command(after_help = "Example:\n  dbcloud crdb jwt-issuer list")]
    List {
        #[command(flatten)]
        limit: LimitArg,
    },
    /// Add a JWT issuer
    #[command(after_help = "\
Example:
  dbcloud crdb jwt-issuer add --issuer-url https://accounts.example.com --jwks-id example-keys")]
    Add {
        /// URL of the issuer (the identity provider)
        #[arg(long, value_name = "URL", value_parser = crate::validate::http_url)]
        issuer_url: String,
        /// Identifier of the issuer's JSON Web Key Set
        #[arg(long, value_name = "ID", value_parser = crate::validate::name)]
        jwks_id: String,
    },
    /// Show a JWT issuer
    #[command(
        after_help = "Example:\n  dbcloud crdb jwt-issuer get 5b9e0c2d-1f3a-4e6b-8c7d-9a0b1c2d3e4f"
    )]
    Get {
        /// JWT issuer ID
        #[arg(value_parser = crate::validate::uuid)]
        id: String,
    },
    /// Change a JWT issuer's URL or key set
    #[command(after_help = "\
Example:
  dbcloud crdb jwt-issuer update 5b9e0c2d-1f3a-4e6b-8c7d-9a0b1c2d3e4f --jwks-id rotated-keys")]
    Update {
        /// JWT issuer ID
        #[arg(value_parser = crate::validate::uuid)]
        id: String,
        /// The new issuer URL
        #[arg(long, value_name = "URL", value_parser = crate::validate::http_url)]
        issuer_url: Option<String>,
        /// The new JSON Web Key Set identifier
        #[arg(long, value_name = "ID", value_parser = crate::validate::name)]
        jwks_id: Option<String>,
    },
    /// Delete a JWT issuer: its tokens stop being accepted
    #[command(
        after_help = "Example:\n  dbcloud crdb jwt-issuer delete 5b9e0c2d-1f3a-4e6b-8c7d-9a0b1c2d3e4f --yes"
    )]
    Delete {
        /// JWT issuer ID
        #[arg(value_parser = crate::validate::uuid)]
        id: String,
    },
}

const COLUMNS: &[Column] = &[
    Column::field("ID", "id"),
    Column::field("ISSUER URL", "issuer_url"),
    Column::field("JWKS ID", "jwks_id"),
];

pub async fn run(ctx: &Ctx, args: Args) -> Result<()> {
    match args.command {
        Command::List { limit } => {
            let issuers = ctx.cockroach()?.jwt_issuers(limit.get()).await?;
            ctx.out.list(&issuers, COLUMNS)
        }
        Command::Add {
            issuer_url,
            jwks_id,
        } => {
            let issuer = ctx
                .cockroach()?
                .add_jwt_issuer(&issuer_url, &jwks_id)
                .await?;
            ctx.out
                .status(&format!("Added JWT issuer {issuer_url} ({}).", issuer.id));
            ctx.out.item(&issuer, COLUMNS)
        }
        Command::Get { id } => {
            let issuer = ctx.cockroach()?.jwt_issuer(&id).await?;
            ctx.out.item(&issuer, COLUMNS)
        }
        Command::Update {
            id,
            issuer_url,
            jwks_id,
        } => {
            if issuer_url.is_none() && jwks_id.is_none() {
                return Err(Error::usage(
                    "nothing to change: pass --issuer-url and/or --jwks-id",
                ));
            }
            let changes = JwtIssuerChanges {
                issuer_url,
                jwks_id,
            };
            let issuer = ctx.cockroach()?.update_jwt_issuer(&id, &changes).await?;
            ctx.out
                .status(&format!("Updated JWT issuer {}.", issuer.issuer_url));
            ctx.out.item(&issuer, COLUMNS)
        }
        Command::Delete { id } => {
            ctx.prompt.confirm(&format!(
                "delete JWT issuer {id} (its tokens stop being accepted)"
            ))?;
            let issuer = ctx.cockroach()?.delete_jwt_issuer(&id).await?;
            report_deleted(
                ctx,
                &format!("Deleted JWT issuer {} ({id}).", issuer.issuer_url),
                &to_json(&issuer)?,
            )
        }
    }
}
