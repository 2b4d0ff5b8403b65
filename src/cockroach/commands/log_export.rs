//! `dbcloud crdb log-export`: sending a dedicated cluster's logs to AWS CloudWatch or GCP Cloud Logging.

use std::path::PathBuf;

use clap::Subcommand;
use serde_json::Value;

use super::common::{ClusterArg, explain_dedicated_only, report_deleted};
use crate::cockroach::api::exports::LogExportRequest;
use crate::cockroach::{input, waits};
use crate::context::Ctx;
use crate::error::{Error, Result};
use crate::output::{Column, to_json};
use crate::wait::WaitArgs;

const FEATURE: &str = "log export";

#[derive(clap::Args, Debug)]
pub struct Args {
    #[command(flatten)]
    cluster: ClusterArg,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Show the log export of a cluster and its status
    #[command(after_help = "Example:\n  dbcloud crdb log-export get -c analytics")]
    Get,
    /// Export the cluster's logs (dedicated clusters); replaces the current configuration
    #[command(after_help = "\
Examples:
  dbcloud crdb log-export enable -c analytics --type aws-cloudwatch --log-name crdb --wait
  dbcloud crdb log-export enable -c analytics --type gcp-cloud-logging --groups-file groups.json

--groups-file holds the JSON array of channel groups, for example:
  [{\"log_name\": \"sql\", \"channels\": [\"SQL_SCHEMA\", \"SQL_EXEC\"], \"min_level\": \"INFO\"}]")]
    Enable {
        /// Where the logs go
        #[arg(long = "type", value_name = "TYPE", value_enum, ignore_case = true)]
        kind: LogSink,
        /// Name of the log group (CloudWatch) or log (Cloud Logging) [default: the service's]
        #[arg(long, value_parser = crate::validate::name)]
        log_name: Option<String>,
        /// A JSON file with the array of channel groups to export separately
        #[arg(long, value_name = "FILE")]
        groups_file: Option<PathBuf>,
        #[command(flatten)]
        wait: WaitArgs,
    },
    /// Stop exporting the cluster's logs
    #[command(after_help = "Example:\n  dbcloud crdb log-export disable -c analytics --yes")]
    Disable {
        #[command(flatten)]
        wait: WaitArgs,
    },
}

/// The types of EnableLogExportRequest.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
enum LogSink {
    #[value(alias = "aws_cloudwatch")]
    AwsCloudwatch,
    #[value(alias = "gcp_cloud_logging")]
    GcpCloudLogging,
}

impl LogSink {
    fn api_name(self) -> &'static str {
        match self {
            LogSink::AwsCloudwatch => "AWS_CLOUDWATCH",
            LogSink::GcpCloudLogging => "GCP_CLOUD_LOGGING",
        }
    }
}

const COLUMNS: &[Column] = &[
    Column::field("STATUS", "status"),
    Column::field("TYPE", "spec.type"),
    Column::field("LOG NAME", "spec.log_name"),
    Column::computed("GROUPS", groups),
    Column::field("MESSAGE", "user_message"),
    Column::field("UPDATED", "updated_at"),
];

/// The log names of the channel groups.
fn groups(info: &Value) -> String {
    info.pointer("/spec/groups")
        .and_then(Value::as_array)
        .map(|groups| {
            groups
                .iter()
                .map(|g| g.get("log_name").and_then(Value::as_str).unwrap_or("?"))
                .collect::<Vec<_>>()
                .join(", ")
        })
        .unwrap_or_default()
}

/// The `groups` array from `--groups-file`.
fn read_groups(path: &std::path::Path) -> Result<Vec<Value>> {
    let groups = input::read_json_file("--groups-file", path)?;
    check_groups(&groups).map_err(|problem| {
        Error::usage(format!(
            "--groups-file {}: {problem}; it must hold a JSON array like [{{\"log_name\": \"sql\", \"channels\": [\"SQL_EXEC\"]}}]",
            path.display()
        ))
    })?;
    Ok(groups.as_array().cloned().unwrap_or_default())
}

/// Groups are untyped in the spec; the real API's shape (specs/NOTES.md) needs a `log_name` and `channels`.
fn check_groups(groups: &Value) -> std::result::Result<(), String> {
    let Some(groups) = groups.as_array() else {
        return Err("not a JSON array".into());
    };
    for (i, g) in groups.iter().enumerate() {
        if !g.is_object() {
            return Err(format!("group {i} is not an object"));
        }
        if !g.get("log_name").is_some_and(Value::is_string) {
            return Err(format!("group {i} has no `log_name`"));
        }
        let channels = g.get("channels").and_then(Value::as_array);
        if !channels.is_some_and(|c| !c.is_empty() && c.iter().all(Value::is_string)) {
            return Err(format!("group {i} has no `channels` list of channel names"));
        }
    }
    Ok(())
}

pub async fn run(ctx: &Ctx, args: Args) -> Result<()> {
    let reference = args.cluster.reference(ctx)?;
    let groups = match &args.command {
        Command::Enable {
            groups_file: Some(path),
            ..
        } => Some(read_groups(path)?),
        Command::Disable { .. } => {
            ctx.prompt
                .confirm(&format!("disable the log export of cluster {reference}"))?;
            None
        }
        _ => None,
    };
    let cluster = args.cluster.resolve(ctx).await?;
    let api = ctx.cockroach()?;
    match args.command {
        Command::Get => {
            let info = api.log_export(&cluster.id).await?;
            ctx.out.item(&info, COLUMNS)
        }
        Command::Enable {
            kind,
            log_name,
            wait,
            ..
        } => {
            let request = LogExportRequest {
                kind: kind.api_name(),
                log_name,
                groups,
            };
            let sent = waits::write(ctx, &cluster, &wait, || {
                api.enable_log_export(&cluster.id, &request)
            })
            .await;
            let mut info = match sent {
                Ok(info) => info,
                Err(e) => return Err(explain_dedicated_only(ctx, &cluster, FEATURE, e).await),
            };
            if wait.wait {
                let what = format!("the log export of cluster {} to be enabled", cluster.name);
                info = waits::until_status(ctx, &wait, &what, "ENABLED", || async {
                    let info = api.log_export(&cluster.id).await?;
                    let status = info.status().to_string();
                    Ok((info, status))
                })
                .await?;
                ctx.out
                    .status(&format!("Exporting the logs of cluster {}.", cluster.name));
            } else {
                ctx.out.status(&format!(
                    "Enabling the log export of cluster {} (status {}); follow it with `dbcloud crdb log-export get -c {}`.",
                    cluster.name,
                    info.status(),
                    cluster.id
                ));
            }
            ctx.out.item(&info, COLUMNS)
        }
        Command::Disable { wait } => {
            let info =
                waits::write(ctx, &cluster, &wait, || api.disable_log_export(&cluster.id)).await?;
            report_deleted(
                ctx,
                &format!("Disabled the log export of cluster {}.", cluster.name),
                &to_json(&info)?,
            )
        }
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    #[test]
    fn group_names() {
        let info = json!({"spec": {"groups": [{"log_name": "sql"}, {"log_name": "ops"}]}});
        assert_eq!(super::groups(&info), "sql, ops");
        assert_eq!(super::groups(&json!({"spec": {}})), "");
    }

    #[test]
    fn group_shape() {
        assert!(
            super::check_groups(&json!([{"log_name": "sql", "channels": ["SQL_EXEC"]}])).is_ok()
        );
        assert!(super::check_groups(&json!([])).is_ok());
        for bad in [
            json!({"log_name": "sql"}),
            json!([1]),
            json!([{"channels": ["SQL_EXEC"]}]),
            json!([{"log_name": "sql", "channels": []}]),
            json!([{"log_name": "sql", "channels": [1]}]),
        ] {
            assert!(super::check_groups(&bad).is_err(), "{bad}");
        }
    }
}
