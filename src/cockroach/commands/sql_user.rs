//! `dbcloud crdb sql-user`: SQL users of a cluster. Passwords come from a hidden prompt or stdin, never from
//! the command line.

use clap::Subcommand;

use super::common::{ClusterArg, LimitArg, new_password, report_deleted};
use crate::cockroach::once;
use crate::context::Ctx;
use crate::error::Result;
use crate::output::Column;
use crate::wait::WaitArgs;

#[derive(clap::Args, Debug)]
pub struct Args {
    #[command(flatten)]
    cluster: ClusterArg,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// List the SQL users of a cluster
    #[command(after_help = "Example:\n  dbcloud crdb sql-user list -c analytics")]
    List {
        #[command(flatten)]
        limit: LimitArg,
    },
    /// Create a SQL user (the password is asked for twice, or read from stdin)
    #[command(after_help = "\
Examples:
  dbcloud crdb sql-user create app -c analytics
  printf '%s' \"$APP_PASSWORD\" | dbcloud crdb sql-user create app -c analytics --password-stdin")]
    Create {
        /// SQL user name
        #[arg(value_parser = crate::validate::name)]
        name: String,
        /// Read the password from stdin instead of prompting
        #[arg(long)]
        password_stdin: bool,
        #[command(flatten)]
        wait: WaitArgs,
    },
    /// Delete a SQL user
    #[command(after_help = "Example:\n  dbcloud crdb sql-user delete app -c analytics --yes")]
    Delete {
        /// SQL user name
        #[arg(value_parser = crate::validate::name)]
        name: String,
        #[command(flatten)]
        wait: WaitArgs,
    },
    /// Set a new password for a SQL user
    #[command(after_help = "\
Examples:
  dbcloud crdb sql-user set-password app -c analytics
  printf '%s' \"$NEW_PASSWORD\" | dbcloud crdb sql-user set-password app -c analytics --password-stdin --yes")]
    SetPassword {
        /// SQL user name
        #[arg(value_parser = crate::validate::name)]
        name: String,
        /// Read the password from stdin instead of prompting
        #[arg(long)]
        password_stdin: bool,
        #[command(flatten)]
        wait: WaitArgs,
    },
}

const COLUMNS: &[Column] = &[Column::field("NAME", "name")];

pub async fn run(ctx: &Ctx, args: Args) -> Result<()> {
    let reference = args.cluster.reference(ctx)?;
    // Everything asked of the user comes first: nothing is sent before it is all known.
    let password = match &args.command {
        Command::Create {
            name,
            password_stdin,
            ..
        } => Some(new_password(ctx, *password_stdin, name)?),
        Command::SetPassword {
            name,
            password_stdin,
            ..
        } => {
            ctx.prompt.confirm(&format!(
                "change the password of SQL user {name} on cluster {reference}"
            ))?;
            Some(new_password(ctx, *password_stdin, name)?)
        }
        Command::Delete { name, .. } => {
            ctx.prompt
                .confirm(&format!("delete SQL user {name} from cluster {reference}"))?;
            None
        }
        Command::List { .. } => None,
    };
    let password = password.unwrap_or_default();
    let cluster = args.cluster.resolve(ctx).await?;
    let api = ctx.cockroach()?;
    match args.command {
        Command::List { limit } => {
            let users = api.sql_users(&cluster.id, limit.get());
            ctx.out.list_pages(users, COLUMNS).await
        }
        Command::Create { name, wait, .. } => {
            let what = format!("SQL user {name}");
            let user = once::write(
                ctx,
                &cluster,
                &wait,
                &what,
                || api.create_sql_user(&cluster.id, &name, &password),
                || async {
                    let all = api.sql_users(&cluster.id, None).await?;
                    once::found(all, |u| u.name == name, &what)
                },
            )
            .await?
            .into_inner();
            ctx.out.status(&format!(
                "Created SQL user {name} on cluster {}.",
                cluster.name
            ));
            ctx.out.item(&user, COLUMNS)
        }
        Command::SetPassword { name, wait, .. } => {
            let what = format!("the password of SQL user {name}");
            let user = once::repeat(ctx, &cluster, &wait, &what, || {
                api.set_sql_user_password(&cluster.id, &name, &password)
            })
            .await?;
            ctx.out.status(&format!(
                "Set a new password for SQL user {name} on cluster {}.",
                cluster.name
            ));
            ctx.out.item(&user, COLUMNS)
        }
        Command::Delete { name, wait } => {
            let what = format!("SQL user {name}");
            let user = once::delete(ctx, &cluster, &wait, &what, || {
                api.delete_sql_user(&cluster.id, &name)
            })
            .await?;
            report_deleted(
                ctx,
                &format!("Deleted SQL user {name} from cluster {}.", cluster.name),
                &once::answer_or(user, serde_json::json!({ "name": name }))?,
            )
        }
    }
}
