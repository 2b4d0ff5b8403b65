//! `dbcloud ch activity`: the organization's audit log.

use std::time::SystemTime;

use clap::Subcommand;

use super::{ListArgs, print_list};
use crate::clickhouse::api::Activity;
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
    /// List the organization's activities, optionally between two times
    #[command(after_help = "\
Examples:
  dbcloud ch activity list --from 2026-11-01T00:00:00Z
  dbcloud ch activity list --from 2026-11-01T00:00:00Z --to 2026-11-02T00:00:00Z --jq '.[] | select(.type == \"service_delete\")'")]
    List {
        /// Only activities at or after this time (RFC 3339)
        #[arg(long, value_name = "TIME", value_parser = crate::validate::rfc3339)]
        from: Option<String>,
        /// Only activities at or before this time (RFC 3339)
        #[arg(long, value_name = "TIME", value_parser = crate::validate::rfc3339)]
        to: Option<String>,
        #[command(flatten)]
        list: ListArgs,
    },
    /// Show an activity
    #[command(
        after_help = "Example:\n  dbcloud ch activity get 8a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d"
    )]
    Get {
        /// Activity ID
        #[arg(value_parser = crate::validate::name)]
        activity: String,
    },
}

const COLUMNS: &[Column] = &[
    Column::field("TIME", "createdAt"),
    Column::field("TYPE", "type"),
    Column::field("ACTOR", "actorDetails"),
    Column::field("ACTOR TYPE", "actorType"),
    Column::field("SERVICE", "serviceId"),
    Column::field("ID", "id"),
];

/// An RFC 3339 time (as `validate::rfc3339` accepts it) as an instant, its offset applied.
fn instant(time: &str) -> Option<SystemTime> {
    let upper = time.trim().to_ascii_uppercase();
    if let Some(local) = upper.strip_suffix('Z') {
        return humantime::parse_rfc3339_weak(local).ok();
    }
    let (local, offset) = upper.split_at(upper.len().checked_sub(6)?);
    let sign = match offset.as_bytes().first()? {
        b'+' => 1i64,
        b'-' => -1,
        _ => return humantime::parse_rfc3339_weak(&upper).ok(),
    };
    let hours: i64 = offset.get(1..3)?.parse().ok()?;
    let minutes: i64 = offset.get(4..6)?.parse().ok()?;
    let shift = std::time::Duration::from_secs(((hours * 60 + minutes) * 60) as u64);
    let local = humantime::parse_rfc3339_weak(local).ok()?;
    // Local time = UTC + offset, so UTC = local - offset.
    if sign > 0 {
        local.checked_sub(shift)
    } else {
        local.checked_add(shift)
    }
}

/// Keeps the activities between the bounds. The server is asked to filter too; this makes sure of it.
fn between(activities: Vec<Activity>, from: Option<&str>, to: Option<&str>) -> Vec<Activity> {
    let (from, to) = (from.and_then(instant), to.and_then(instant));
    activities
        .into_iter()
        .filter(|a| {
            let Some(at) = a.created_at.as_deref().and_then(instant) else {
                return true;
            };
            from.is_none_or(|f| at >= f) && to.is_none_or(|t| at <= t)
        })
        .collect()
}

pub async fn run(ctx: &Ctx, args: Args) -> Result<()> {
    let api = ctx.clickhouse()?;
    match args.command {
        Command::List { from, to, list } => {
            if let (Some(f), Some(t)) = (
                from.as_deref().and_then(instant),
                to.as_deref().and_then(instant),
            ) && f > t
            {
                return Err(Error::usage(format!(
                    "--from {} is after --to {}",
                    from.unwrap_or_default(),
                    to.unwrap_or_default()
                )));
            }
            let org = ctx.clickhouse_org().await?;
            // Sent as UTC: `Z` is the form every ISO-8601 parser takes.
            let utc = |t: &Option<String>| {
                t.as_deref()
                    .and_then(instant)
                    .map(|i| humantime::format_rfc3339(i).to_string())
            };
            let activities = api
                .activities(&org, utc(&from).as_deref(), utc(&to).as_deref())
                .await?;
            let activities = between(activities, from.as_deref(), to.as_deref());
            print_list(ctx, &activities, &list, COLUMNS)
        }
        Command::Get { activity } => {
            let org = ctx.clickhouse_org().await?;
            let activity = api.activity(&org, &activity).await?;
            ctx.out.item(&activity, COLUMNS)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn activity(at: &str) -> Activity {
        Activity {
            id: at.into(),
            created_at: Some(at.into()),
            extra: Default::default(),
        }
    }

    #[test]
    fn offsets_are_applied() {
        assert_eq!(
            instant("2026-11-22T10:00:00+01:00"),
            instant("2026-11-22T09:00:00Z")
        );
        assert_eq!(
            instant("2026-11-22T10:00:00-02:30"),
            instant("2026-11-22T12:30:00Z")
        );
        assert!(instant("yesterday").is_none());
    }

    #[test]
    fn bounds_are_inclusive() {
        let all = vec![
            activity("2026-11-01T00:00:00Z"),
            activity("2026-11-02T00:00:00Z"),
            activity("2026-11-03T00:00:00.5Z"),
        ];
        let kept = between(
            all,
            Some("2026-11-02T00:00:00Z"),
            Some("2026-11-03T01:00:00+01:00"),
        );
        let ids: Vec<&str> = kept.iter().map(|a| a.id.as_str()).collect();
        assert_eq!(ids, vec!["2026-11-02T00:00:00Z"]);
    }
}
