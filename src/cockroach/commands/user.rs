//! `dbcloud crdb user`: person users of the organization.

use clap::Subcommand;

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
    /// Find the person users with an e-mail address (exit 3 when there is none)
    #[command(after_help = "\
Examples:
  dbcloud crdb user find --email alice@example.com
  dbcloud crdb user find --email alice@example.com --jq '.[0].id'")]
    Find {
        /// The e-mail address
        #[arg(long, value_parser = crate::validate::email)]
        email: String,
    },
}

const COLUMNS: &[Column] = &[
    Column::field("ID", "id"),
    Column::field("EMAIL", "email"),
    Column::field("NAME", "name"),
];

pub async fn run(ctx: &Ctx, args: Args) -> Result<()> {
    match args.command {
        Command::Find { email } => {
            let users = ctx.cockroach()?.persons_by_email(&email).await?;
            if users.is_empty() {
                return Err(Error::NotFound(format!("no user with e-mail {email}")));
            }
            ctx.out.list(&users, COLUMNS)
        }
    }
}
