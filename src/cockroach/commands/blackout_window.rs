//! `dbcloud crdb blackout-window`: periods (up to 14 days, scheduled at least 7 days ahead) in which the
//! service holds back operations on an ADVANCED cluster that would restart its nodes, such as upgrades.

use std::time::SystemTime;

use clap::Subcommand;
use serde_json::Value;

use super::common::{ClusterArg, LimitArg, report_deleted};
use crate::cockroach::api::blackout::{BlackoutWindow, WindowTimes};
use crate::cockroach::once;
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
    /// List the blackout windows of a cluster
    #[command(after_help = "Example:\n  dbcloud crdb blackout-window list -c orders")]
    List {
        #[command(flatten)]
        limit: LimitArg,
    },
    /// Show a blackout window
    #[command(
        after_help = "Example:\n  dbcloud crdb blackout-window get 6c8e0f3a-1b2d-4c5e-8f9a-0b1c2d3e4f5a -c orders"
    )]
    Get {
        /// Blackout window ID
        #[arg(value_parser = crate::validate::id)]
        id: String,
    },
    /// Schedule a blackout window
    #[command(after_help = "\
Example:
  dbcloud crdb blackout-window create -c orders \\
      --start 2026-12-20T00:00:00Z --end 2027-01-02T00:00:00Z

Times are RFC 3339. The service takes windows of ADVANCED clusters only, of at most 14 days,
starting at least 7 days ahead and ending within three months.")]
    Create {
        /// When the window starts, RFC 3339
        #[arg(long, value_name = "TIME", value_parser = crate::validate::rfc3339)]
        start: String,
        /// When the window ends, RFC 3339
        #[arg(long, value_name = "TIME", value_parser = crate::validate::rfc3339)]
        end: String,
        #[command(flatten)]
        wait: WaitArgs,
    },
    /// Move a blackout window
    #[command(after_help = "\
Example:
  dbcloud crdb blackout-window update 6c8e0f3a-1b2d-4c5e-8f9a-0b1c2d3e4f5a -c orders \\
      --end 2027-01-03T00:00:00Z")]
    Update {
        /// Blackout window ID
        #[arg(value_parser = crate::validate::id)]
        id: String,
        /// A new start, RFC 3339
        #[arg(long, value_name = "TIME", value_parser = crate::validate::rfc3339)]
        start: Option<String>,
        /// A new end, RFC 3339
        #[arg(long, value_name = "TIME", value_parser = crate::validate::rfc3339)]
        end: Option<String>,
        #[command(flatten)]
        wait: WaitArgs,
    },
    /// Remove a blackout window (one in effect ends now)
    #[command(
        after_help = "Example:\n  dbcloud crdb blackout-window delete 6c8e0f3a-1b2d-4c5e-8f9a-0b1c2d3e4f5a -c orders --yes"
    )]
    Delete {
        /// Blackout window ID
        #[arg(value_parser = crate::validate::id)]
        id: String,
        #[command(flatten)]
        wait: WaitArgs,
    },
}

const COLUMNS: &[Column] = &[
    Column::field("ID", "id"),
    Column::field("START", "start_time"),
    Column::field("END", "end_time"),
    Column::computed("WHEN", when),
];

/// Whether the window is ahead, in effect or over (by this machine's clock).
fn when(window: &Value) -> String {
    let at = |k: &str| {
        window
            .get(k)
            .and_then(Value::as_str)
            .and_then(|t| humantime::parse_rfc3339_weak(t.trim_end_matches('Z')).ok())
    };
    let (Some(start), Some(end)) = (at("start_time"), at("end_time")) else {
        return String::new();
    };
    let now = SystemTime::now();
    if now < start {
        "scheduled"
    } else if now < end {
        "in effect"
    } else {
        "over"
    }
    .to_string()
}

pub async fn run(ctx: &Ctx, args: Args) -> Result<()> {
    let reference = args.cluster.reference(ctx)?;
    match &args.command {
        Command::Update {
            start: None,
            end: None,
            ..
        } => return Err(Error::usage("nothing to change: give --start or --end")),
        Command::Delete { id, .. } => ctx.prompt.confirm(&format!(
            "delete blackout window {id} of cluster {reference}"
        ))?,
        _ => {}
    }
    let cluster = args.cluster.resolve(ctx).await?;
    let api = ctx.cockroach()?;
    match args.command {
        Command::List { limit } => {
            let windows = api.blackout_windows(&cluster.id, limit.get());
            ctx.out.list_pages(windows, COLUMNS).await
        }
        Command::Get { id } => {
            let window = api.blackout_window(&cluster.id, &id).await?;
            ctx.out.item(&window, COLUMNS)
        }
        Command::Create { start, end, wait } => {
            let times = WindowTimes {
                start_time: Some(start.clone()),
                end_time: Some(end.clone()),
            };
            // Read back by its times: two windows cannot overlap.
            let what = format!("the blackout window from {start} to {end}");
            let at = |t: &str| humantime::parse_rfc3339_weak(t).ok();
            let window = once::write(
                ctx,
                &cluster,
                &wait,
                &what,
                || api.create_blackout_window(&cluster.id, &times),
                || async {
                    let all = api.blackout_windows(&cluster.id, None).await?;
                    let same = |w: &BlackoutWindow| {
                        at(&w.start_time) == at(&start) && at(&w.end_time) == at(&end)
                    };
                    once::found(all, same, &what)
                },
            )
            .await?
            .into_inner();
            ctx.out.status(&format!(
                "Scheduled blackout window {} on cluster {}.",
                window.id, cluster.name
            ));
            ctx.out.item(&window, COLUMNS)
        }
        Command::Update {
            id,
            start,
            end,
            wait,
        } => {
            let times = WindowTimes {
                start_time: start,
                end_time: end,
            };
            let what = format!("blackout window {id}");
            let window = once::repeat(ctx, &cluster, &wait, &what, || {
                api.update_blackout_window(&cluster.id, &id, &times)
            })
            .await?;
            ctx.out.status(&format!(
                "Updated blackout window {id} of cluster {}.",
                cluster.name
            ));
            ctx.out.item(&window, COLUMNS)
        }
        Command::Delete { id, wait } => {
            let what = format!("blackout window {id}");
            let removed = once::delete(ctx, &cluster, &wait, &what, || {
                api.delete_blackout_window(&cluster.id, &id)
            })
            .await?;
            report_deleted(
                ctx,
                &format!("Deleted blackout window {id} of cluster {}.", cluster.name),
                &once::answer_or(removed, serde_json::json!({ "id": id }))?,
            )
        }
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    #[test]
    fn when_column() {
        let w = |s: &str, e: &str| super::when(&json!({"start_time": s, "end_time": e}));
        assert_eq!(w("2000-01-01T00:00:00Z", "2000-01-02T00:00:00Z"), "over");
        assert_eq!(
            w("2000-01-01T00:00:00Z", "2999-01-02T00:00:00Z"),
            "in effect"
        );
        assert_eq!(
            w("2999-01-01T00:00:00Z", "2999-01-02T00:00:00Z"),
            "scheduled"
        );
        assert_eq!(super::when(&json!({})), "");
    }
}
