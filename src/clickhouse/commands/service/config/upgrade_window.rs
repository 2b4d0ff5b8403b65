//! `dbcloud ch service upgrade-window`: the weekly window in which ClickHouse Cloud may upgrade a service
//! (six hours from a start hour, UTC). Secondary services of a warehouse follow their primary's window.

use clap::Subcommand;
use dbcloud_spec::Provider;
use dbcloud_spec::rules;
use serde_json::Value;

use crate::clickhouse::api::UpgradeWindowSpec;
use crate::clickhouse::service_id;
use crate::confirm;
use crate::context::Ctx;
use crate::error::Result;
use crate::output::Column;
use crate::spec_values::ch_enum;

#[derive(Subcommand, Debug)]
pub(crate) enum Command {
    /// Show the upgrade window of a service
    #[command(after_help = "Example:\n  dbcloud ch service upgrade-window get web")]
    Get {
        /// Service ID or exact name
        service: String,
    },
    /// Set the upgrade window of a service
    #[command(after_help = "\
Examples:
  dbcloud ch service upgrade-window set web --day wednesday --start-hour 12
  dbcloud ch service upgrade-window set web --day 0 --start-hour 18

The window lasts six hours from the start hour (UTC). Only a primary service has one of its own.")]
    Set {
        /// Service ID or exact name
        service: String,
        /// The day the window starts: a name (sunday, mon, ...) or a number (0 = Sunday ... 6 = Saturday)
        #[arg(long, value_name = "DAY", value_parser = weekday)]
        day: u32,
        /// The hour the window starts, UTC
        #[arg(long, value_name = "HOUR", value_parser = ch_enum("UpgradeWindowPutRequest.startHourUtc"))]
        start_hour: String,
    },
    /// Delete the upgrade window of a service (upgrades are scheduled as by default)
    #[command(after_help = "Example:\n  dbcloud ch service upgrade-window delete web --yes")]
    Delete {
        /// Service ID or exact name
        service: String,
    },
}

/// The days as the API numbers them (`weekday`: 0 = Sunday).
const DAYS: [&str; 7] = [
    "Sunday",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
];

/// A weekday by name (or its first three letters) or by number, within the spec's range.
fn weekday(s: &str) -> std::result::Result<u32, String> {
    let t = s.trim().to_ascii_lowercase();
    let rule = rules::get(Provider::ClickHouse, "UpgradeWindowPutRequest.weekday");
    if let Some(n) = DAYS.iter().position(|d| {
        let d = d.to_ascii_lowercase();
        t.len() >= 3 && d.starts_with(&t)
    }) {
        return Ok(n as u32);
    }
    let n = rule
        .parse_number(&t)
        .map_err(|e| format!("{e}; or a day's name (sunday, monday, ...; 0 = Sunday)"))?;
    Ok(n as u32)
}

/// "Wednesday (3)".
fn day(window: &Value) -> String {
    match window["weekday"].as_u64() {
        Some(n) => match DAYS.get(n as usize) {
            Some(name) => format!("{name} ({n})"),
            None => n.to_string(),
        },
        None => String::new(),
    }
}

/// "12:00-18:00 UTC".
fn hours(window: &Value) -> String {
    match window["startHourUtc"].as_u64() {
        Some(start) => match window["duration"].as_u64() {
            Some(d) => format!("{start:02}:00-{:02}:00 UTC", (start + d) % 24),
            None => format!("from {start:02}:00 UTC"),
        },
        None => String::new(),
    }
}

const COLUMNS: &[Column] = &[
    Column::computed("DAY", day),
    Column::computed("HOURS", hours),
    Column::field("DURATION (HOURS)", "duration"),
];

impl Command {
    pub(crate) fn prepare(&self, ctx: &Ctx) -> Result<()> {
        match self {
            Command::Delete { service } => ctx
                .prompt
                .confirm(&format!("delete the upgrade window of service {service}")),
            _ => Ok(()),
        }
    }
}

pub(crate) async fn run(ctx: &Ctx, org: &str, command: Command) -> Result<()> {
    let api = ctx.clickhouse()?;
    match command {
        Command::Get { service } => {
            let id = service_id(ctx, org, &service).await?;
            ctx.out.item(&api.upgrade_window(org, &id).await?, COLUMNS)
        }
        Command::Set {
            service,
            day,
            start_hour,
        } => {
            let spec = UpgradeWindowSpec {
                weekday: day,
                start_hour_utc: start_hour.parse().expect("the spec's values are hours"),
            };
            let id = service_id(ctx, org, &service).await?;
            let what = format!("the upgrade window of service {service}");
            let window =
                confirm::repeat(ctx, &what, || api.set_upgrade_window(org, &id, &spec)).await?;
            ctx.out
                .status(&format!("Set the upgrade window of service {service}."));
            ctx.out.item(&window, COLUMNS)
        }
        Command::Delete { service } => {
            let id = service_id(ctx, org, &service).await?;
            let what = format!("the upgrade window of service {service}");
            confirm::delete(ctx, &what, || api.delete_upgrade_window(org, &id)).await?;
            ctx.out
                .status(&format!("Deleted the upgrade window of service {service}."));
            Ok(())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn days_by_name_or_number() {
        assert_eq!(weekday("Wednesday"), Ok(3));
        assert_eq!(weekday("sun"), Ok(0));
        assert_eq!(weekday("6"), Ok(6));
        let e = weekday("7").unwrap_err();
        assert!(e.contains("0 to 6"), "{e}");
        assert!(weekday("someday").is_err());
        assert!(weekday("we").is_err());
    }

    #[test]
    fn windows_read_well() {
        let w = json!({"weekday": 3, "startHourUtc": 18, "duration": 6});
        assert_eq!(day(&w), "Wednesday (3)");
        assert_eq!(hours(&w), "18:00-00:00 UTC");
    }
}
