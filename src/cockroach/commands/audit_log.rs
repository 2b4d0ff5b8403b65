//! `dbcloud crdb audit-log`: what was changed in the organization, when and by whom.

use clap::Subcommand;

use super::common::LimitArg;
use crate::cockroach::api::billing::AuditLogQuery;
use crate::context::Ctx;
use crate::error::Result;
use crate::output::Column;
use crate::spec_values;

#[derive(clap::Args, Debug)]
pub struct Args {
    #[command(subcommand)]
    command: Command,
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
        #[arg(long, value_name = "ORDER", value_parser = spec_values::crdb_enum("CockroachCloud_ListAuditLogs.sort_order"))]
        sort_order: Option<String>,
        #[command(flatten)]
        limit: LimitArg,
    },
}

const COLUMNS: &[Column] = &[
    Column::field("TIME", "created_at"),
    Column::field("ACTION", "action"),
    Column::computed("BY", actor),
    Column::field("SOURCE", "source"),
    Column::field("CLUSTER", "cluster_name"),
];

/// Who made the change: a person's e-mail address or a service account's name.
fn actor(entry: &serde_json::Value) -> String {
    ["user_email", "service_account_name"]
        .iter()
        .filter_map(|k| entry.get(*k).and_then(serde_json::Value::as_str))
        .find(|s| !s.is_empty())
        .unwrap_or_default()
        .to_string()
}

pub async fn run(ctx: &Ctx, args: Args) -> Result<()> {
    match args.command {
        Command::List {
            starting_from,
            sort_order,
            limit,
        } => {
            let query = AuditLogQuery {
                starting_from,
                sort_order,
            };
            let entries = ctx.cockroach()?.audit_log(&query, limit.get());
            ctx.out.list_pages(entries, COLUMNS).await
        }
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    #[test]
    fn the_actor_is_a_person_or_a_service_account() {
        assert_eq!(
            super::actor(&json!({"user_email": "a@example.com"})),
            "a@example.com"
        );
        assert_eq!(
            super::actor(&json!({"user_email": "", "service_account_name": "ci"})),
            "ci"
        );
        assert_eq!(super::actor(&json!({})), "");
    }
}
