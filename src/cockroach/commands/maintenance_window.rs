//! `dbcloud crdb maintenance-window`: the weekly hour in which CockroachDB Cloud may patch a cluster.

use clap::Subcommand;
use serde_json::Value;

use super::common::{ClusterArg, report_deleted};
use crate::cockroach::{input, waits};
use crate::context::Ctx;
use crate::error::Result;
use crate::output::{Column, to_json};
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
    /// Show the maintenance window of a cluster
    #[command(after_help = "Example:\n  dbcloud crdb maintenance-window get -c analytics")]
    Get,
    /// Set the day and hour (UTC) maintenance starts
    #[command(after_help = "\
Examples:
  dbcloud crdb maintenance-window set -c analytics --day sunday --start-hour 3
  dbcloud crdb maintenance-window set -c analytics --day Tue --start-hour 22")]
    Set {
        /// Day of the week: monday ... sunday, mon ... sun, or 0 (Sunday) ... 6 (Saturday)
        #[arg(long, value_name = "DAY", value_parser = input::day_of_week)]
        day: u8,
        /// Hour of the day maintenance starts, UTC (0-23)
        #[arg(long, value_name = "HOUR", value_parser = clap::value_parser!(u8).range(0..=23))]
        start_hour: u8,
        #[command(flatten)]
        wait: WaitArgs,
    },
    /// Remove the maintenance window (maintenance may then happen at any time)
    #[command(after_help = "Example:\n  dbcloud crdb maintenance-window delete -c analytics --yes")]
    Delete {
        #[command(flatten)]
        wait: WaitArgs,
    },
}

const COLUMNS: &[Column] = &[
    Column::computed("DAY", day),
    Column::computed("START (UTC)", start),
];

fn day(window: &Value) -> String {
    window
        .get("day_of_week")
        .and_then(Value::as_u64)
        .and_then(|d| u8::try_from(d).ok())
        .and_then(input::day_name)
        .unwrap_or_default()
        .to_string()
}

fn start(window: &Value) -> String {
    window
        .get("start_hour")
        .and_then(Value::as_u64)
        .map(|h| format!("{h:02}:00"))
        .unwrap_or_default()
}

pub async fn run(ctx: &Ctx, args: Args) -> Result<()> {
    let reference = args.cluster.reference(ctx)?;
    if let Command::Delete { .. } = args.command {
        ctx.prompt.confirm(&format!(
            "remove the maintenance window of cluster {reference}"
        ))?;
    }
    let cluster = args.cluster.resolve(ctx).await?;
    let api = ctx.cockroach()?;
    match args.command {
        Command::Get => {
            let window = api.maintenance_window(&cluster.id).await?;
            ctx.out.item(&window, COLUMNS)
        }
        Command::Set {
            day,
            start_hour,
            wait,
        } => {
            let window = waits::write(ctx, &cluster, &wait, || {
                api.set_maintenance_window(&cluster.id, day, start_hour)
            })
            .await?;
            ctx.out.status(&format!(
                "Maintenance of cluster {} starts on {} at {start_hour:02}:00 UTC.",
                cluster.name,
                input::day_name(day).unwrap_or_default()
            ));
            ctx.out.item(&window, COLUMNS)
        }
        Command::Delete { wait } => {
            let old = waits::write(ctx, &cluster, &wait, || {
                api.delete_maintenance_window(&cluster.id)
            })
            .await?;
            report_deleted(
                ctx,
                &format!(
                    "Removed the maintenance window of cluster {}.",
                    cluster.name
                ),
                &to_json(&old)?,
            )
        }
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    #[test]
    fn cells() {
        let w = json!({"day_of_week": 0, "start_hour": 3});
        assert_eq!(super::day(&w), "Sunday");
        assert_eq!(super::start(&w), "03:00");
        assert_eq!(super::day(&json!({"day_of_week": 9})), "");
    }
}
