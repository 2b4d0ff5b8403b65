//! `dbcloud ch activity`: the organization's audit log.

use std::time::{Duration, SystemTime};

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
    /// List the organization's activities, optionally between two dates or times
    #[command(after_help = "\
Examples:
  dbcloud ch activity list --from 2026-11-01
  dbcloud ch activity list --from 2026-11-01 --to 2026-11-02   # both days, whole
  dbcloud ch activity list --from 2026-11-01T08:00:00+01:00 --jq '.[] | select(.type == \"service_delete\")'")]
    List {
        /// Only activities at or after this date (its start, UTC) or RFC 3339 time
        #[arg(long, value_name = "DATE|TIME", value_parser = date_or_time)]
        from: Option<String>,
        /// Only activities at or before this date (its end, UTC) or RFC 3339 time
        #[arg(long, value_name = "DATE|TIME", value_parser = date_or_time)]
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

/// A date (`2026-11-01`) or an RFC 3339 time.
fn date_or_time(s: &str) -> std::result::Result<String, String> {
    let s = s.trim();
    if is_date(s) {
        return humantime::parse_rfc3339_weak(&format!("{s}T00:00:00"))
            .map(|_| s.to_string())
            .map_err(|_| format!("'{s}' is not a date (like 2026-11-01)"));
    }
    crate::validate::rfc3339(s)
        .map_err(|_| format!("'{s}' is neither a date (like 2026-11-01) nor an RFC 3339 time (like 2026-11-01T10:00:00Z)"))
}

/// `YYYY-MM-DD` by its shape (its values are checked by parsing).
fn is_date(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && b.iter()
            .enumerate()
            .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit())
}

/// Which end of a range a date stands for.
#[derive(Clone, Copy)]
enum End {
    Start,
    Finish,
}

/// A `--from`/`--to` value as an instant: a date is its first moment (UTC) as a start, its last
/// millisecond as a finish.
fn bound(value: &str, end: End) -> Option<SystemTime> {
    if is_date(value) {
        let start = humantime::parse_rfc3339_weak(&format!("{value}T00:00:00")).ok()?;
        return match end {
            End::Start => Some(start),
            End::Finish => start.checked_add(Duration::from_millis(24 * 3600 * 1000 - 1)),
        };
    }
    instant(value)
}

/// An instant as the spec's `date-time`, in UTC (`Z` is the form every ISO-8601 parser takes), to the
/// second or, when it has a fraction, to the millisecond.
fn utc(at: SystemTime) -> String {
    let whole = at
        .duration_since(SystemTime::UNIX_EPOCH)
        .is_ok_and(|d| d.subsec_nanos() == 0);
    if whole {
        humantime::format_rfc3339_seconds(at).to_string()
    } else {
        humantime::format_rfc3339_millis(at).to_string()
    }
}

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
fn between(
    activities: Vec<Activity>,
    from: Option<SystemTime>,
    to: Option<SystemTime>,
) -> Vec<Activity> {
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
            let from_at = from.as_deref().and_then(|f| bound(f, End::Start));
            let to_at = to.as_deref().and_then(|t| bound(t, End::Finish));
            if let (Some(f), Some(t)) = (from_at, to_at)
                && f > t
            {
                return Err(Error::usage(format!(
                    "--from {} is after --to {}",
                    from.unwrap_or_default(),
                    to.unwrap_or_default()
                )));
            }
            let org = ctx.clickhouse_org().await?;
            let utc = |t: Option<SystemTime>| t.map(utc);
            let activities = api
                .activities(&org, utc(from_at).as_deref(), utc(to_at).as_deref())
                .await?;
            let activities = between(activities, from_at, to_at);
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
    fn dates_are_whole_days() {
        assert_eq!(date_or_time("2026-11-01").unwrap(), "2026-11-01");
        assert!(date_or_time("2026-13-01").is_err());
        assert!(date_or_time("2026-11-01T10:00:00Z").is_ok());
        assert!(date_or_time("yesterday").is_err());
        let from = bound("2026-11-01", End::Start).unwrap();
        let to = bound("2026-11-01", End::Finish).unwrap();
        assert_eq!(utc(from), "2026-11-01T00:00:00Z");
        assert_eq!(utc(to), "2026-11-01T23:59:59.999Z");
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
            instant("2026-11-02T00:00:00Z"),
            instant("2026-11-03T01:00:00+01:00"),
        );
        let ids: Vec<&str> = kept.iter().map(|a| a.id.as_str()).collect();
        assert_eq!(ids, vec!["2026-11-02T00:00:00Z"]);
    }
}
