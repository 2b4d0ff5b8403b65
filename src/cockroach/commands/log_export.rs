//! `dbcloud crdb log-export`: sending a dedicated cluster's logs to AWS CloudWatch, GCP Cloud Logging or
//! Azure Log Analytics.

use std::path::PathBuf;

use clap::Subcommand;
use clap::builder::BoolishValueParser;
use serde_json::Value;

use super::common::{ClusterArg, explain_dedicated_only, report_deleted};
use crate::cockroach::api::exports::LogExportRequest;
use crate::cockroach::{input, once, waits};
use crate::context::Ctx;
use crate::error::{Error, Result};
use crate::output::Column;
use crate::spec_values;
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
    Enable(EnableArgs),
    /// Stop exporting the cluster's logs
    #[command(after_help = "Example:\n  dbcloud crdb log-export disable -c analytics --yes")]
    Disable {
        #[command(flatten)]
        wait: WaitArgs,
    },
}

#[derive(clap::Args, Debug)]
#[command(after_help = "\
Examples:
  dbcloud crdb log-export enable -c analytics --type aws_cloudwatch --log-name crdb \\
      --auth-principal arn:aws:iam::123456789012:role/crdb-logs --region us-east-1 --wait
  dbcloud crdb log-export enable -c analytics --type gcp_cloud_logging --log-name crdb \\
      --auth-principal my-gcp-project --redact true --omit-channel SQL_PERF --groups-file groups.json
  printf '%s' \"$KEY\" | dbcloud crdb log-export enable -c analytics --type azure_log_analytics \\
      --log-name crdb --auth-principal WORKSPACE_ID --azure-shared-key-stdin

--groups-file holds the JSON array of channel groups exported separately, for example:
  [{\"log_name\": \"sql\", \"channels\": [\"SQL_SCHEMA\", \"SQL_EXEC\"], \"min_level\": \"WARNING\"}]")]
struct EnableArgs {
    /// Where the logs go
    #[arg(long = "type", value_name = "TYPE", value_parser = spec_values::crdb_enum("CockroachCloud_EnableLogExport.body.type"))]
    kind: String,
    /// Name of the log group (CloudWatch), log (Cloud Logging) or table prefix (Log Analytics)
    #[arg(long, value_parser = crate::validate::name)]
    log_name: String,
    /// Who CockroachDB Cloud acts as: an IAM role ARN (AWS), a project ID (GCP), a workspace ID (Azure)
    #[arg(long, value_name = "PRINCIPAL", value_parser = crate::validate::name)]
    auth_principal: String,
    /// The region of the log sink [default: the service's]
    #[arg(long, value_parser = crate::validate::name)]
    region: Option<String>,
    /// Redact sensitive data from the logs (true or false) [default: the service's]
    #[arg(long, value_name = "BOOL", value_parser = BoolishValueParser::new())]
    redact: Option<bool>,
    /// A log channel not to export (repeatable)
    #[arg(long = "omit-channel", value_name = "CHANNEL", value_parser = crate::validate::name)]
    omitted_channels: Vec<String>,
    /// AWS: the external ID the role's trust policy requires
    #[arg(long, value_name = "ID", value_parser = crate::validate::name)]
    aws_external_id: Option<String>,
    /// Azure: read the Log Analytics workspace's shared key from stdin
    #[arg(long)]
    azure_shared_key_stdin: bool,
    /// A JSON file with the array of channel groups to export separately
    #[arg(long, value_name = "FILE")]
    groups_file: Option<PathBuf>,
    #[command(flatten)]
    wait: WaitArgs,
}

const COLUMNS: &[Column] = &[
    Column::field("STATUS", "status"),
    Column::field("TYPE", "spec.type"),
    Column::field("LOG NAME", "spec.log_name"),
    Column::field("PRINCIPAL", "spec.auth_principal"),
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

const LOG_EXPORT_TEMPLATE: &str = "/api/v1/clusters/{cluster_id}/logexport";

impl EnableArgs {
    /// The request the flags and files describe, checked against the spec's schema (the groups
    /// file's mistakes are named by their field, like `groups[0].min_level`). Reads the Azure key.
    fn request(&self) -> Result<LogExportRequest> {
        let groups = match &self.groups_file {
            Some(path) => {
                let groups = input::read_json_file("--groups-file", path)?;
                let Value::Array(groups) = groups else {
                    return Err(Error::usage(format!(
                        "--groups-file {}: not a JSON array; it must hold one like [{{\"log_name\": \"sql\", \"channels\": [\"SQL_EXEC\"]}}]",
                        path.display()
                    )));
                };
                Some(groups)
            }
            None => None,
        };
        let azure_shared_key = if self.azure_shared_key_stdin {
            Some(crate::prompt::read_stdin_secret(
                "the Azure Log Analytics shared key",
            )?)
        } else {
            None
        };
        let request = LogExportRequest {
            kind: self.kind.clone(),
            log_name: self.log_name.clone(),
            auth_principal: self.auth_principal.clone(),
            region: self.region.clone(),
            redact: self.redact,
            omitted_channels: self.omitted_channels.clone(),
            aws_external_id: self.aws_external_id.clone(),
            azure_shared_key,
            groups,
        };
        if let Some(path) = &self.groups_file {
            let body = crate::http::to_json(&request)?;
            input::check_body("--groups-file", path, "POST", LOG_EXPORT_TEMPLATE, &body)?;
        }
        Ok(request)
    }
}

pub async fn run(ctx: &Ctx, args: Args) -> Result<()> {
    let reference = args.cluster.reference(ctx)?;
    // What can fail without the API (files, secrets, the confirmation) comes before any request.
    let request = match &args.command {
        Command::Enable(enable) => Some(enable.request()?),
        Command::Disable { .. } => {
            ctx.prompt
                .confirm(&format!("disable the log export of cluster {reference}"))?;
            None
        }
        Command::Get => None,
    };
    let cluster = args.cluster.resolve(ctx).await?;
    let api = ctx.cockroach()?;
    match args.command {
        Command::Get => {
            let info = api.log_export(&cluster.id).await?;
            ctx.out.item(&info, COLUMNS)
        }
        Command::Enable(EnableArgs { wait, .. }) => {
            let request = request.unwrap_or_default();
            // The whole configuration: a repeat sets the same.
            let what = format!("the log export of cluster {}", cluster.name);
            let sent = once::repeat(ctx, &cluster, &wait, &what, || {
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
            let what = format!("the log export of cluster {}", cluster.name);
            let info = once::delete(ctx, &cluster, &wait, &what, || {
                api.disable_log_export(&cluster.id)
            })
            .await?;
            report_deleted(
                ctx,
                &format!("Disabled the log export of cluster {}.", cluster.name),
                &once::answer_or(info, serde_json::json!({ "cluster_id": cluster.id }))?,
            )
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::Parser;
    use serde_json::json;

    #[test]
    fn group_names() {
        let info = json!({"spec": {"groups": [{"log_name": "sql"}, {"log_name": "ops"}]}});
        assert_eq!(super::groups(&info), "sql, ops");
        assert_eq!(super::groups(&json!({"spec": {}})), "");
    }

    #[derive(Parser, Debug)]
    struct Probe {
        #[command(flatten)]
        args: EnableArgs,
    }

    fn request_with_groups(groups: &Value) -> Result<LogExportRequest> {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("groups.json");
        std::fs::write(&path, groups.to_string()).unwrap();
        let probe = Probe::try_parse_from([
            "enable",
            "--type",
            "gcp_cloud_logging",
            "--log-name",
            "crdb",
            "--auth-principal",
            "project",
            "--groups-file",
            path.to_str().unwrap(),
        ])
        .expect("parses");
        probe.args.request()
    }

    #[test]
    fn groups_are_checked_against_the_spec() {
        let ok = request_with_groups(
            &json!([{"log_name": "sql", "channels": ["SQL_EXEC"], "min_level": "WARNING"}]),
        )
        .unwrap();
        assert_eq!(ok.kind, "GCP_CLOUD_LOGGING");
        assert_eq!(ok.groups.unwrap().len(), 1);
        for (bad, needle) in [
            (json!({"log_name": "sql"}), "not a JSON array"),
            (json!([{"channels": ["SQL_EXEC"]}]), "groups[0]"),
            (
                json!([{"log_name": "sql", "channels": ["SQL_EXEC"], "min_level": "INFO"}]),
                "groups[0].min_level",
            ),
            (
                json!([{"log_name": "sql", "channels": [1]}]),
                "groups[0].channels[0]",
            ),
            (
                json!([{"log_name": "sql", "channels": [], "level": "x"}]),
                "groups[0].level",
            ),
        ] {
            let e = request_with_groups(&bad)
                .err()
                .expect("refused")
                .to_string();
            assert!(e.contains(needle), "{bad}: {e}");
        }
    }
}
