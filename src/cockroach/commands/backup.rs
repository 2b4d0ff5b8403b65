//! `dbcloud crdb backup`: backups of a cluster and their configuration.

use clap::Subcommand;
use clap::builder::BoolishValueParser;

use super::common::{ClusterArg, LimitArg};
use crate::cockroach::api::backups::{BackupChanges, TimeWindow};
use crate::cockroach::once;
use crate::context::Ctx;
use crate::error::{Error, Result};
use crate::output::Column;
use crate::spec_values;
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
    /// List the backups of a cluster
    #[command(after_help = "\
Examples:
  dbcloud crdb backup list -c analytics
  dbcloud crdb backup list -c analytics --start-time 2026-01-01T00:00:00Z --limit 5")]
    List {
        #[command(flatten)]
        window: WindowArgs,
        #[command(flatten)]
        limit: LimitArg,
    },
    /// The backup schedule and retention
    Config(ConfigArgs),
}

/// `--start-time` / `--end-time` of the backup and restore lists.
#[derive(clap::Args, Debug, Clone)]
pub struct WindowArgs {
    /// Only those created at or after this RFC 3339 time
    #[arg(long, value_name = "TIME", value_parser = crate::validate::rfc3339)]
    start_time: Option<String>,
    /// Only those created before this RFC 3339 time
    #[arg(long, value_name = "TIME", value_parser = crate::validate::rfc3339)]
    end_time: Option<String>,
}

impl WindowArgs {
    pub fn window(&self) -> TimeWindow {
        TimeWindow {
            start_time: self.start_time.clone(),
            end_time: self.end_time.clone(),
        }
    }
}

#[derive(clap::Args, Debug)]
struct ConfigArgs {
    #[command(subcommand)]
    command: ConfigCommand,
}

#[derive(Subcommand, Debug)]
enum ConfigCommand {
    /// Show how often backups are taken and how long they are kept
    #[command(after_help = "Example:\n  dbcloud crdb backup config get -c analytics")]
    Get,
    /// Turn backups on or off, or change how often they are taken or how long they are kept
    #[command(after_help = "\
Examples:
  dbcloud crdb backup config update -c analytics --frequency-minutes 60
  dbcloud crdb backup config update -c analytics --retention-days 30
  dbcloud crdb backup config update -c analytics --enabled false

The service offers frequencies of 5, 10, 15, 30, 60, 240 and 1440 minutes and retentions of 2, 7, 30,
90 and 365 days; the retention can be set once (later changes go through support).")]
    Update {
        /// Take backups (true) or not (false)
        #[arg(long, value_name = "BOOL", value_parser = BoolishValueParser::new())]
        enabled: Option<bool>,
        /// Minutes between backups
        #[arg(long, value_name = "MINUTES", value_parser = spec_values::crdb_u32("UpdateBackupConfigurationSpec.frequency_minutes"))]
        frequency_minutes: Option<u32>,
        /// Days a backup is kept
        #[arg(long, value_name = "DAYS", value_parser = spec_values::crdb_u32("UpdateBackupConfigurationSpec.retention_days"))]
        retention_days: Option<u32>,
        #[command(flatten)]
        wait: WaitArgs,
    },
}

const COLUMNS: &[Column] = &[
    Column::field("ID", "id"),
    Column::field("AS OF", "as_of_time"),
];

const CONFIG_COLUMNS: &[Column] = &[
    Column::field("ENABLED", "enabled"),
    Column::field("FREQUENCY (MIN)", "frequency_minutes"),
    Column::field("RETENTION (DAYS)", "retention_days"),
];

pub async fn run(ctx: &Ctx, args: Args) -> Result<()> {
    args.cluster.reference(ctx)?;
    if let Command::Config(ConfigArgs {
        command:
            ConfigCommand::Update {
                enabled: None,
                frequency_minutes: None,
                retention_days: None,
                ..
            },
    }) = &args.command
    {
        return Err(Error::usage(
            "nothing to change: give --enabled, --frequency-minutes or --retention-days",
        ));
    }
    let cluster = args.cluster.resolve(ctx).await?;
    let api = ctx.cockroach()?;
    match args.command {
        Command::List { window, limit } => {
            let backups = api.backups(&cluster.id, &window.window(), limit.get());
            ctx.out.list_pages(backups, COLUMNS).await
        }
        Command::Config(ConfigArgs {
            command: ConfigCommand::Get,
        }) => {
            let config = api.backup_configuration(&cluster.id).await?;
            ctx.out.item(&config, CONFIG_COLUMNS)
        }
        Command::Config(ConfigArgs {
            command:
                ConfigCommand::Update {
                    enabled,
                    frequency_minutes,
                    retention_days,
                    wait,
                },
        }) => {
            let changes = BackupChanges {
                enabled,
                frequency_minutes,
                retention_days,
            };
            let what = format!("the backup configuration of cluster {}", cluster.name);
            let config = once::repeat(ctx, &cluster, &wait, &what, || {
                api.update_backup_configuration(&cluster.id, &changes)
            })
            .await?;
            ctx.out.status(&format!(
                "Updated the backup configuration of cluster {}.",
                cluster.name
            ));
            ctx.out.item(&config, CONFIG_COLUMNS)
        }
    }
}
