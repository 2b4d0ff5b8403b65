//! `dbcloud ch backup config`: how often a service is backed up, how long backups are kept, and when they
//! start.

use clap::Subcommand;
use serde_json::Number;

use crate::clickhouse::api::BackupConfigurationPatch;
use crate::clickhouse::service_id;
use crate::confirm;
use crate::context::Ctx;
use crate::error::Result;
use crate::output::Column;

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Show the backup configuration of a service
    #[command(after_help = "Example:\n  dbcloud ch backup config get --service web")]
    Get {
        /// Service ID or exact name
        #[arg(long, short = 's', value_name = "SERVICE")]
        service: String,
    },
    /// Change the backup configuration of a service
    #[command(after_help = "\
Examples:
  dbcloud ch backup config set --service web --retention-hours 168
  dbcloud ch backup config set --service web --start-time 02:30 --retention-hours 48

A start time makes the service back up once a day, at that time (UTC).")]
    Set(SetArgs),
}

#[derive(clap::Args, Debug)]
#[command(group = clap::ArgGroup::new("change").required(true).multiple(true))]
pub struct SetArgs {
    /// Service ID or exact name
    #[arg(long, short = 's', value_name = "SERVICE")]
    service: String,
    /// Hours between two backups
    #[arg(long, group = "change", value_name = "HOURS", value_parser = hours)]
    period_hours: Option<Number>,
    /// Hours a backup is kept
    #[arg(long, group = "change", value_name = "HOURS", value_parser = hours)]
    retention_hours: Option<Number>,
    /// When backups start, HH:MM in UTC
    #[arg(long, group = "change", value_name = "HH:MM", value_parser = time_of_day)]
    start_time: Option<String>,
}

/// A positive number of hours (whole ones sent as integers).
fn hours(s: &str) -> std::result::Result<Number, String> {
    let n: f64 = s
        .trim()
        .parse()
        .ok()
        .filter(|n: &f64| n.is_finite() && *n > 0.0)
        .ok_or_else(|| format!("'{s}' is not a number of hours (like 24)"))?;
    if n.fract() == 0.0 && n < u64::MAX as f64 {
        Ok(Number::from(n as u64))
    } else {
        Number::from_f64(n).ok_or_else(|| format!("'{s}' is not a number of hours"))
    }
}

/// `HH:MM`, a time of day.
fn time_of_day(s: &str) -> std::result::Result<String, String> {
    let t = s.trim();
    let ok = t.len() == 5
        && t.as_bytes()[2] == b':'
        && t[..2].parse::<u8>().is_ok_and(|h| h < 24)
        && t[3..].parse::<u8>().is_ok_and(|m| m < 60)
        && t[..2]
            .bytes()
            .chain(t[3..].bytes())
            .all(|b| b.is_ascii_digit());
    if ok {
        Ok(t.to_string())
    } else {
        Err(format!("'{s}' is not a time of day HH:MM (like 02:30)"))
    }
}

const COLUMNS: &[Column] = &[
    Column::field("PERIOD (HOURS)", "backupPeriodInHours"),
    Column::field("RETENTION (HOURS)", "backupRetentionPeriodInHours"),
    Column::field("START TIME (UTC)", "backupStartTime"),
];

pub async fn run(ctx: &Ctx, org: &str, command: Command) -> Result<()> {
    let api = ctx.clickhouse()?;
    match command {
        Command::Get { service } => {
            let id = service_id(ctx, org, &service).await?;
            ctx.out
                .item(&api.backup_configuration(org, &id).await?, COLUMNS)
        }
        Command::Set(args) => {
            let patch = BackupConfigurationPatch {
                backup_period_in_hours: args.period_hours,
                backup_retention_period_in_hours: args.retention_hours,
                backup_start_time: args.start_time,
            };
            let id = service_id(ctx, org, &args.service).await?;
            let what = format!("the backup configuration of service {}", args.service);
            let config = confirm::repeat(ctx, &what, || {
                api.update_backup_configuration(org, &id, &patch)
            })
            .await?;
            ctx.out.status(&format!(
                "Updated the backup configuration of service {}.",
                args.service
            ));
            ctx.out.item(&config, COLUMNS)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hours_and_times() {
        assert_eq!(hours("24").unwrap(), Number::from(24));
        assert_eq!(hours("1.5").unwrap().as_f64(), Some(1.5));
        assert!(hours("0").is_err());
        assert!(hours("a day").is_err());
        assert_eq!(time_of_day("02:30").unwrap(), "02:30");
        assert!(time_of_day("24:00").is_err());
        assert!(time_of_day("2:30").is_err());
        assert!(time_of_day("+1:30").is_err());
    }
}
