//! `dbcloud crdb metric-export`: sending a dedicated cluster's metrics to AWS CloudWatch or Datadog, or
//! exposing them to Prometheus.

use clap::Subcommand;
use serde_json::Value;

use super::common::{ClusterArg, explain_dedicated_only, report_deleted};
use crate::cockroach::api::exports::{MetricExportRequest, MetricSink};
use crate::cockroach::{ClusterRef, input, once, waits};
use crate::context::Ctx;
use crate::error::Result;
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
    /// Show one metric export of a cluster and its status
    #[command(after_help = "\
Examples:
  dbcloud crdb metric-export get datadog -c analytics
  dbcloud crdb metric-export get prometheus -c analytics --jq .targets")]
    Get {
        /// Where the metrics go
        #[arg(value_enum, ignore_case = true)]
        sink: Sink,
    },
    /// Export the cluster's metrics (dedicated clusters); replaces the current configuration
    Enable(EnableArgs),
    /// Stop one metric export
    #[command(
        after_help = "Example:\n  dbcloud crdb metric-export disable datadog -c analytics --yes"
    )]
    Disable {
        /// Where the metrics go
        #[arg(value_enum, ignore_case = true)]
        sink: Sink,
        #[command(flatten)]
        wait: WaitArgs,
    },
}

#[derive(clap::Args, Debug)]
struct EnableArgs {
    #[command(subcommand)]
    sink: EnableCommand,
}

#[derive(Subcommand, Debug)]
enum EnableCommand {
    /// To AWS CloudWatch, through an IAM role CockroachDB Cloud assumes
    #[command(after_help = "\
Example:
  dbcloud crdb metric-export enable cloudwatch -c analytics \\
      --role-arn arn:aws:iam::123456789012:role/crdb-metrics --target-region us-east-1 --wait")]
    Cloudwatch {
        /// The IAM role to assume (arn:aws:iam::ACCOUNT:role/NAME)
        #[arg(long, value_name = "ARN", value_parser = input::role_arn)]
        role_arn: String,
        /// The AWS region to send the metrics to [default: the cluster's first region]
        #[arg(long, value_name = "REGION", value_parser = crate::validate::name)]
        target_region: Option<String>,
        /// The CloudWatch log group [default: the service's]
        #[arg(long, value_name = "NAME", value_parser = crate::validate::name)]
        log_group_name: Option<String>,
        /// The external ID the role's trust policy requires
        #[arg(long, value_name = "ID", value_parser = crate::validate::name)]
        external_id: Option<String>,
        #[command(flatten)]
        wait: WaitArgs,
    },
    /// To Datadog; the API key is read from stdin or a hidden prompt, never from the command line
    #[command(after_help = "\
Examples:
  printf '%s' \"$DD_API_KEY\" |
      dbcloud crdb metric-export enable datadog -c analytics --api-key-stdin --site eu1
  dbcloud crdb metric-export enable datadog -c analytics --site us1  # prompts for the key on a terminal")]
    Datadog {
        /// Read the Datadog API key from stdin
        #[arg(long)]
        api_key_stdin: bool,
        /// The Datadog site of your account
        #[arg(long, value_parser = spec_values::crdb_enum("CockroachCloud_EnableDatadogMetricExport.body.site"))]
        site: String,
        #[command(flatten)]
        wait: WaitArgs,
    },
    /// For Prometheus to scrape from the cluster's nodes
    #[command(
        after_help = "Example:\n  dbcloud crdb metric-export enable prometheus -c analytics --wait"
    )]
    Prometheus {
        #[command(flatten)]
        wait: WaitArgs,
    },
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
enum Sink {
    Cloudwatch,
    Datadog,
    Prometheus,
}

impl From<Sink> for MetricSink {
    fn from(s: Sink) -> MetricSink {
        match s {
            Sink::Cloudwatch => MetricSink::CloudWatch,
            Sink::Datadog => MetricSink::Datadog,
            Sink::Prometheus => MetricSink::Prometheus,
        }
    }
}

const CLOUDWATCH_COLUMNS: &[Column] = &[
    Column::field("STATUS", "status"),
    Column::field("ROLE ARN", "role_arn"),
    Column::field("TARGET REGION", "target_region"),
    Column::field("LOG GROUP", "log_group_name"),
    Column::field("MESSAGE", "user_message"),
];

const DATADOG_COLUMNS: &[Column] = &[
    Column::field("STATUS", "status"),
    Column::field("SITE", "site"),
    Column::field("MESSAGE", "user_message"),
];

const PROMETHEUS_COLUMNS: &[Column] = &[
    Column::field("STATUS", "status"),
    Column::computed("TARGETS", targets),
    Column::field("MESSAGE", "user_message"),
];

fn columns(sink: MetricSink) -> &'static [Column] {
    match sink {
        MetricSink::CloudWatch => CLOUDWATCH_COLUMNS,
        MetricSink::Datadog => DATADOG_COLUMNS,
        MetricSink::Prometheus => PROMETHEUS_COLUMNS,
    }
}

/// The scrape URLs by region: "us-east1=https://...".
fn targets(info: &Value) -> String {
    info.get("targets")
        .and_then(Value::as_object)
        .map(|t| {
            t.iter()
                .map(|(region, url)| format!("{region}={}", url.as_str().unwrap_or_default()))
                .collect::<Vec<_>>()
                .join("\n")
        })
        .unwrap_or_default()
}

pub async fn run(ctx: &Ctx, args: Args) -> Result<()> {
    let reference = args.cluster.reference(ctx)?;
    match args.command {
        Command::Get { sink } => {
            let sink = MetricSink::from(sink);
            let cluster = args.cluster.resolve(ctx).await?;
            let info = ctx.cockroach()?.metric_export(&cluster.id, sink).await?;
            ctx.out.item(&info, columns(sink))
        }
        Command::Enable(EnableArgs { sink }) => {
            // The key is read before any request: a missing one is exit 2 with nothing sent.
            let (request, wait) = enable_request(ctx, sink)?;
            let cluster = args.cluster.resolve(ctx).await?;
            enable(ctx, &cluster, &request, &wait).await
        }
        Command::Disable { sink, wait } => {
            let sink = MetricSink::from(sink);
            ctx.prompt.confirm(&format!(
                "disable the {} metric export of cluster {reference}",
                sink.title()
            ))?;
            let cluster = args.cluster.resolve(ctx).await?;
            let api = ctx.cockroach()?;
            let what = format!(
                "the {} metric export of cluster {}",
                sink.title(),
                cluster.name
            );
            let info = once::delete(ctx, &cluster, &wait, &what, || {
                api.disable_metric_export(&cluster.id, sink)
            })
            .await?;
            report_deleted(
                ctx,
                &format!(
                    "Disabled the {} metric export of cluster {}.",
                    sink.title(),
                    cluster.name
                ),
                &once::answer_or(info, serde_json::json!({ "cluster_id": cluster.id }))?,
            )
        }
    }
}

fn enable_request(ctx: &Ctx, command: EnableCommand) -> Result<(MetricExportRequest, WaitArgs)> {
    Ok(match command {
        EnableCommand::Cloudwatch {
            role_arn,
            target_region,
            log_group_name,
            external_id,
            wait,
        } => (
            MetricExportRequest::CloudWatch {
                role_arn,
                target_region,
                log_group_name,
                external_id,
            },
            wait,
        ),
        EnableCommand::Datadog {
            api_key_stdin,
            site,
            wait,
        } => {
            let api_key = if api_key_stdin {
                crate::prompt::read_stdin_secret("the Datadog API key")?
            } else {
                ctx.prompt
                    .secret("Datadog API key", false, "--api-key-stdin")?
            };
            (MetricExportRequest::Datadog { api_key, site }, wait)
        }
        EnableCommand::Prometheus { wait } => (MetricExportRequest::Prometheus, wait),
    })
}

async fn enable(
    ctx: &Ctx,
    cluster: &ClusterRef,
    request: &MetricExportRequest,
    wait: &WaitArgs,
) -> Result<()> {
    let sink = request.sink();
    let api = ctx.cockroach()?;
    let feature = format!("{} metric export", sink.title());
    // The whole configuration: a repeat sets the same.
    let what = format!("the {feature} of cluster {}", cluster.name);
    let sent = once::repeat(ctx, cluster, wait, &what, || {
        api.enable_metric_export(&cluster.id, request)
    })
    .await;
    let mut info = match sent {
        Ok(info) => info,
        Err(e) => return Err(explain_dedicated_only(ctx, cluster, &feature, e).await),
    };
    if wait.wait {
        let what = format!("the {feature} of cluster {} to be enabled", cluster.name);
        info = waits::until_status(ctx, wait, &what, "ENABLED", || async {
            let info = api.metric_export(&cluster.id, sink).await?;
            let status = info.status().to_string();
            Ok((info, status))
        })
        .await?;
        ctx.out.status(&format!(
            "Exporting the metrics of cluster {} to {}.",
            cluster.name,
            sink.title()
        ));
    } else {
        ctx.out.status(&format!(
            "Enabling the {feature} of cluster {} (status {}); follow it with `dbcloud crdb metric-export get {} -c {}`.",
            cluster.name,
            info.status(),
            sink.path_name(),
            cluster.id
        ));
    }
    ctx.out.item(&info, columns(sink))
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    #[test]
    fn prometheus_targets() {
        let info = json!({"targets": {"us-east1": "https://a:8080/_status/vars"}});
        assert_eq!(
            super::targets(&info),
            "us-east1=https://a:8080/_status/vars"
        );
        assert_eq!(super::targets(&json!({})), "");
    }
}
