//! `dbcloud crdb audit-log`: what was changed in the organization, when and by whom.

use clap::Subcommand;

use super::common::LimitArg;
use crate::cockroach::api::billing::AuditLogQuery;
use crate::cockroach::input::wire_name;
use crate::context::Ctx;
use crate::error::Result;
use crate::output::Column;

#[derive(clap::Args, Debug)]
pub struct Args {
    #[command(subcommand)]
    command: Command,
}

/// The spec's `sort_order`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
#[value(rename_all = "SCREAMING_SNAKE_CASE")]
enum SortOrder {
    Asc,
    Desc,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// List audit log entries, oldest first unless --sort-order desc
    #[command(after_help = "\
Examples:
  dbcloud crdb audit-log list --starting-from 2026-01-01T00:00:00Z
  dbcloud crdb audit-log list --sort-order desc --limit 20")]
    List {
        /// Only entries after this RFC 3339 time (before it with --sort-order desc)
        #[arg(long, value_name = "TIME", value_parser = crate::validate::rfc3339)]
        starting_from: Option<String>,
        /// asc (oldest first) or desc (newest first)
        #[arg(long, value_enum, ignore_case = true, value_name = "ORDER")]
        sort_order: Option<SortOrder>,
        #[command(flatten)]
        limit: LimitArg,
    },
}

const COLUMNS: &[Column] = &[
    Column::field("TIME", "created_at"),
    Column::field("ACTION", "action"),
    Column::field("USER", "user_id"),
    Column::field("SOURCE", "source"),
    Column::field("CLUSTER", "cluster_id"),
];

pub async fn run(ctx: &Ctx, args: Args) -> Result<()> {
    match args.command {
        Command::List {
            starting_from,
            sort_order,
            limit,
        } => {
            let query = AuditLogQuery {
                starting_from,
                sort_order: sort_order.map(wire_name),
            };
            let entries = ctx.cockroach()?.audit_log(&query, limit.get()).await?;
            ctx.out.list(&entries, COLUMNS)
        }
    }
}
