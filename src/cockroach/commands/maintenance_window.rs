//! `dbcloud crdb maintenance-window`: the weekly window in which CockroachDB Cloud may patch a cluster.

use std::time::Duration;

use clap::Subcommand;
use serde_json::Value;

use super::common::{ClusterArg, report_deleted};
use crate::cockroach::api::maintenance::parse_api_duration;
use crate::cockroach::{input, once};
use crate::context::Ctx;
use crate::error::Result;
use crate::output::Column;
use crate::wait::WaitArgs;

const HOUR: u64 = 3600;
const DAY: u64 = 24 * HOUR;

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
    /// Set the day and hour (UTC) maintenance starts, and how long it may last
    #[command(after_help = "\
Examples:
  dbcloud crdb maintenance-window set -c analytics --day sunday --start-hour 3
  dbcloud crdb maintenance-window set -c analytics --day Tue --start-hour 22 --window-duration 8h

The API takes the window as an offset from Monday 00:00 UTC and a length; the service asks for at
least 6 hours and less than a week.")]
    Set {
        /// Day of the week: monday ... sunday, or mon ... sun
        #[arg(long, value_name = "DAY", value_parser = input::day_of_week)]
        day: u8,
        /// Hour of the day maintenance starts, UTC (0-23)
        #[arg(long, value_name = "HOUR", value_parser = clap::value_parser!(u8).range(0..=23))]
        start_hour: u8,
        /// How long the window lasts: 6h, 90m, 1d, or seconds
        #[arg(long, value_name = "DURATION", default_value = "6h", value_parser = crate::validate::duration)]
        window_duration: Duration,
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
    Column::computed("LENGTH", length),
];

fn seconds(window: &Value, field: &str) -> Option<u64> {
    window
        .get(field)
        .and_then(Value::as_str)
        .and_then(parse_api_duration)
        .map(|s| s as u64)
}

/// The day the window starts (its offset counts from Monday 00:00 UTC).
fn day(window: &Value) -> String {
    seconds(window, "offset_duration")
        .and_then(|s| input::DAYS.get(usize::try_from(s / DAY).ok()?))
        .copied()
        .unwrap_or_default()
        .to_string()
}

fn start(window: &Value) -> String {
    seconds(window, "offset_duration")
        .map(|s| format!("{:02}:{:02}", s % DAY / HOUR, s % HOUR / 60))
        .unwrap_or_default()
}

fn length(window: &Value) -> String {
    seconds(window, "window_duration")
        .map(|s| humantime::format_duration(Duration::from_secs(s)).to_string())
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
            window_duration,
            wait,
        } => {
            let offset = Duration::from_secs(u64::from(day) * DAY + u64::from(start_hour) * HOUR);
            let what = format!("the maintenance window of cluster {}", cluster.name);
            let window = once::repeat(ctx, &cluster, &wait, &what, || {
                api.set_maintenance_window(&cluster.id, offset, window_duration)
            })
            .await?;
            ctx.out.status(&format!(
                "Maintenance of cluster {} starts on {} at {start_hour:02}:00 UTC and lasts {}.",
                cluster.name,
                input::DAYS[usize::from(day)],
                humantime::format_duration(window_duration)
            ));
            ctx.out.item(&window, COLUMNS)
        }
        Command::Delete { wait } => {
            let what = format!("the maintenance window of cluster {}", cluster.name);
            let old = once::delete(ctx, &cluster, &wait, &what, || {
                api.delete_maintenance_window(&cluster.id)
            })
            .await?;
            report_deleted(
                ctx,
                &format!(
                    "Removed the maintenance window of cluster {}.",
                    cluster.name
                ),
                &once::answer_or(old, serde_json::json!({}))?,
            )
        }
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    #[test]
    fn cells() {
        // Wednesday 03:30, for 6 hours.
        let w = json!({"offset_duration": "185400s", "window_duration": "21600s"});
        assert_eq!(super::day(&w), "Wednesday");
        assert_eq!(super::start(&w), "03:30");
        assert_eq!(super::length(&w), "6h");
        assert_eq!(super::day(&json!({"offset_duration": "9999999s"})), "");
        assert_eq!(super::day(&json!({"offset_duration": "soon"})), "");
    }
}
