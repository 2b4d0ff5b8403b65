//! `dbcloud crdb allowlist`: the IP allowlist of a cluster (IPv4 CIDR ranges allowed to connect).

use clap::Subcommand;
use clap::builder::BoolishValueParser;
use serde_json::Value;

use super::common::{ClusterArg, LimitArg, report_deleted};
use crate::cockroach::api::networking::AllowlistEntry;
use crate::cockroach::{input, once};
use crate::context::Ctx;
use crate::error::{Error, Result};
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
    /// List the allowlist entries of a cluster
    #[command(after_help = "Example:\n  dbcloud crdb allowlist list -c analytics")]
    List {
        #[command(flatten)]
        limit: LimitArg,
    },
    /// Allow an IPv4 range to connect (SQL by default)
    #[command(after_help = "\
Examples:
  dbcloud crdb allowlist add 203.0.113.0/24 -c analytics --name office
  dbcloud crdb allowlist add 198.51.100.7/32 -c analytics --sql true --ui true")]
    Add {
        /// IPv4 CIDR range (like 203.0.113.0/24)
        #[arg(value_parser = input::ipv4_cidr)]
        cidr: (String, u8),
        /// A label for the entry
        #[arg(long)]
        name: Option<String>,
        /// Allow SQL connections [default: true]
        #[arg(long, value_name = "BOOL", value_parser = BoolishValueParser::new())]
        sql: Option<bool>,
        /// Allow the DB Console (UI) [default: false]
        #[arg(long, value_name = "BOOL", value_parser = BoolishValueParser::new())]
        ui: Option<bool>,
        #[command(flatten)]
        wait: WaitArgs,
    },
    /// Change the label or access of an entry
    #[command(after_help = "\
Examples:
  dbcloud crdb allowlist update 203.0.113.0/24 -c analytics --ui true
  dbcloud crdb allowlist update 203.0.113.0/24 -c analytics --name vpn --sql false")]
    Update {
        /// IPv4 CIDR range of the entry
        #[arg(value_parser = input::ipv4_cidr)]
        cidr: (String, u8),
        /// A new label
        #[arg(long)]
        name: Option<String>,
        /// Allow SQL connections
        #[arg(long, value_name = "BOOL", value_parser = BoolishValueParser::new())]
        sql: Option<bool>,
        /// Allow the DB Console (UI)
        #[arg(long, value_name = "BOOL", value_parser = BoolishValueParser::new())]
        ui: Option<bool>,
        #[command(flatten)]
        wait: WaitArgs,
    },
    /// Remove an entry
    #[command(
        after_help = "Example:\n  dbcloud crdb allowlist delete 203.0.113.0/24 -c analytics --yes"
    )]
    Delete {
        /// IPv4 CIDR range of the entry
        #[arg(value_parser = input::ipv4_cidr)]
        cidr: (String, u8),
        #[command(flatten)]
        wait: WaitArgs,
    },
}

const COLUMNS: &[Column] = &[
    Column::computed("CIDR", cidr),
    Column::field("NAME", "name"),
    Column::field("SQL", "sql"),
    Column::field("UI", "ui"),
];

fn cidr(entry: &Value) -> String {
    match (entry.get("cidr_ip"), entry.get("cidr_mask")) {
        (Some(Value::String(ip)), Some(mask)) => format!("{ip}/{mask}"),
        _ => String::new(),
    }
}

pub async fn run(ctx: &Ctx, args: Args) -> Result<()> {
    let reference = args.cluster.reference(ctx)?;
    match &args.command {
        Command::Update {
            name: None,
            sql: None,
            ui: None,
            ..
        } => {
            return Err(Error::usage(
                "nothing to change: give --name, --sql or --ui",
            ));
        }
        Command::Delete {
            cidr: (ip, mask), ..
        } => {
            ctx.prompt.confirm(&format!(
                "remove {ip}/{mask} from the allowlist of cluster {reference}"
            ))?;
        }
        _ => {}
    }
    let cluster = args.cluster.resolve(ctx).await?;
    let api = ctx.cockroach()?;
    match args.command {
        Command::List { limit } => {
            let entries = api.allowlist(&cluster.id, limit.get());
            ctx.out.list_pages(entries, COLUMNS).await
        }
        Command::Add {
            cidr: (ip, mask),
            name,
            sql,
            ui,
            wait,
        } => {
            let entry = AllowlistEntry {
                name,
                // An entry allowing nothing would be useless: SQL unless told otherwise.
                sql: Some(sql.unwrap_or(true)),
                ui: Some(ui.unwrap_or(false)),
                ..AllowlistEntry::new(ip, mask)
            };
            let what = format!("allowlist entry {}", entry.cidr());
            let added = once::write(
                ctx,
                &cluster,
                &wait,
                &what,
                || api.put_allowlist_entry(&cluster.id, &entry),
                || async {
                    let all = api.allowlist(&cluster.id, None).await?;
                    once::found(all, |e| e.cidr() == entry.cidr(), &what)
                },
            )
            .await?
            .into_inner();
            ctx.out.status(&format!(
                "Allowed {} on cluster {}.",
                entry.cidr(),
                cluster.name
            ));
            ctx.out.item(&added, COLUMNS)
        }
        Command::Update {
            cidr: (ip, mask),
            name,
            sql,
            ui,
            wait,
        } => {
            // The whole entry is sent, so fields not changed keep their values whatever the server's PATCH
            // semantics are.
            let current = api
                .allowlist(&cluster.id, None)
                .await?
                .into_iter()
                .find(|e| e.cidr_ip == ip && e.cidr_mask == mask)
                .ok_or_else(|| {
                    Error::NotFound(format!(
                        "{ip}/{mask} is not in the allowlist of cluster {}",
                        cluster.name
                    ))
                })?;
            let entry = AllowlistEntry {
                name: name.or(current.name),
                sql: sql.or(current.sql),
                ui: ui.or(current.ui),
                ..AllowlistEntry::new(ip, mask)
            };
            // The whole entry: a repeat sets the same values.
            let what = format!("allowlist entry {}", entry.cidr());
            let updated = once::repeat(ctx, &cluster, &wait, &what, || {
                api.update_allowlist_entry(&cluster.id, &entry)
            })
            .await?;
            ctx.out.status(&format!(
                "Updated {} on cluster {}.",
                entry.cidr(),
                cluster.name
            ));
            ctx.out.item(&updated, COLUMNS)
        }
        Command::Delete {
            cidr: (ip, mask),
            wait,
        } => {
            let what = format!("allowlist entry {ip}/{mask}");
            let removed = once::delete(ctx, &cluster, &wait, &what, || {
                api.delete_allowlist_entry(&cluster.id, &ip, mask)
            })
            .await?;
            report_deleted(
                ctx,
                &format!(
                    "Removed {ip}/{mask} from the allowlist of cluster {}.",
                    cluster.name
                ),
                &once::answer_or(
                    removed,
                    serde_json::json!({ "cidr_ip": ip, "cidr_mask": mask }),
                )?,
            )
        }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn cidr_column() {
        let e = serde_json::json!({"cidr_ip": "10.0.0.0", "cidr_mask": 8});
        assert_eq!(super::cidr(&e), "10.0.0.0/8");
    }
}
