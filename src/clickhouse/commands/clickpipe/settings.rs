//! `dbcloud ch clickpipe scale|settings|cdc-scaling`: a pipe's replicas, its settings, and the size of the
//! replicas of a service's database (CDC) pipes. Every name, range and step comes from the spec.

use clap::Subcommand;
use dbcloud_spec::Provider;
use dbcloud_spec::rules::{self, Rule};
use serde_json::{Map, Value, json};

use super::{DETAIL_COLUMNS, ServiceArg, pipe_id};
use crate::clickhouse::api::{CdcScaling, PipeScaling};
use crate::clickhouse::commands::deprecated;
use crate::clickhouse::service_id;
use crate::confirm;
use crate::context::Ctx;
use crate::error::Result;
use crate::output::{Column, Format};
use crate::spec_values::{ch_gib, ch_number, ch_u32};

/// The schema of the settings a pipe takes (`PUT .../settings`).
const SETTINGS: &str = "ClickPipeSettingsPutRequest";

#[derive(clap::Args, Debug)]
#[command(group = clap::ArgGroup::new("change").required(true).multiple(true))]
pub(super) struct ScaleArgs {
    /// ClickPipe ID or exact name
    pipe: String,
    #[command(flatten)]
    service: ServiceArg,
    /// Number of replicas
    #[arg(long, value_name = "N", group = "change",
          value_parser = ch_u32("ClickPipeScalingPatchRequest.replicas"))]
    replicas: Option<u32>,
    /// CPU of each replica, in millicores
    #[arg(long, value_name = "MILLICORES", group = "change",
          value_parser = ch_u32("ClickPipeScalingPatchRequest.replicaCpuMillicores"))]
    replica_cpu_millicores: Option<u32>,
    /// Memory of each replica, in GB (fractions allowed, e.g. 0.5)
    #[arg(long, value_name = "GB", group = "change",
          value_parser = ch_number("ClickPipeScalingPatchRequest.replicaMemoryGb"))]
    replica_memory_gb: Option<f64>,
    /// Consumers per replica (deprecated by the API: use --replicas)
    #[arg(long, value_name = "N", group = "change",
          value_parser = ch_u32("ClickPipeScalingPatchRequest.concurrency"))]
    concurrency: Option<u32>,
}

#[derive(clap::Args, Debug)]
pub(super) struct SettingsArgs {
    #[command(subcommand)]
    command: SettingsCommand,
}

#[derive(Subcommand, Debug)]
enum SettingsCommand {
    /// Show a ClickPipe's settings (every setting the API knows; empty ones use the default)
    #[command(after_help = "Example:\n  dbcloud ch clickpipe settings get events --service web")]
    Get {
        /// ClickPipe ID or exact name
        pipe: String,
        #[command(flatten)]
        service: ServiceArg,
    },
    /// Change some of a ClickPipe's settings, keeping the others
    #[command(after_help = "\
Examples:
  dbcloud ch clickpipe settings set events --service web streaming_max_insert_wait_ms=2000
  dbcloud ch clickpipe settings set logs --service web object_storage_concurrency=8 clickhouse_max_threads=null

NAME=null returns a setting to its default. `settings get` lists the names; their ranges are the API's.")]
    Set {
        /// ClickPipe ID or exact name
        pipe: String,
        #[command(flatten)]
        service: ServiceArg,
        /// A setting and its value (NAME=null for the default) (repeatable)
        #[arg(value_name = "NAME=VALUE", required = true, value_parser = setting)]
        settings: Vec<(String, Value)>,
    },
}

#[derive(clap::Args, Debug)]
pub(super) struct CdcScalingArgs {
    #[command(subcommand)]
    command: CdcScalingCommand,
}

#[derive(Subcommand, Debug)]
enum CdcScalingCommand {
    /// Show the size of the replicas that run the service's database (CDC) pipes
    #[command(after_help = "Example:\n  dbcloud ch clickpipe cdc-scaling get --service web")]
    Get {
        #[command(flatten)]
        service: ServiceArg,
    },
    /// Change the size of the replicas that run the service's database (CDC) pipes
    #[command(after_help = "\
Example:
  dbcloud ch clickpipe cdc-scaling set --service web --replica-cpu-millicores 4000 --replica-memory-gb 16")]
    #[command(group = clap::ArgGroup::new("change").required(true).multiple(true))]
    Set {
        #[command(flatten)]
        service: ServiceArg,
        /// CPU of each replica, in millicores
        #[arg(long, value_name = "MILLICORES", group = "change",
              value_parser = ch_u32("ClickPipesCdcScalingPatchRequest.replicaCpuMillicores"))]
        replica_cpu_millicores: Option<u32>,
        /// Memory of each replica, in GB
        #[arg(long, value_name = "GB", group = "change",
              value_parser = ch_gib("ClickPipesCdcScalingPatchRequest.replicaMemoryGb"))]
        replica_memory_gb: Option<u32>,
    },
}

const CDC_COLUMNS: &[Column] = &[
    Column::field("CPU PER REPLICA (MILLICORES)", "replicaCpuMillicores"),
    Column::field("MEMORY PER REPLICA (GB)", "replicaMemoryGb"),
];

/// The settings the spec defines, with their rules, by name.
fn setting_rules() -> impl Iterator<Item = (&'static str, &'static Rule)> {
    let prefix = format!("{SETTINGS}.");
    rules::all(Provider::ClickHouse)
        .iter()
        .filter_map(move |r| {
            let name = r.key.strip_prefix(prefix.as_str())?;
            (!name.contains(['.', '['])).then_some((name, r))
        })
}

/// `NAME=VALUE`: a setting the spec defines, with a value of its type within its range; `null` for the
/// default.
fn setting(s: &str) -> std::result::Result<(String, Value), String> {
    let Some((name, value)) = s.split_once('=') else {
        return Err(format!("'{s}' is not NAME=VALUE"));
    };
    let (name, value) = (name.trim(), value.trim());
    let Some((name, rule)) = setting_rules().find(|(n, _)| n.eq_ignore_ascii_case(name)) else {
        let names: Vec<&str> = setting_rules().map(|(n, _)| n).collect();
        return Err(format!(
            "'{name}' is not a ClickPipe setting; the settings: {}",
            names.join(", ")
        ));
    };
    if value.eq_ignore_ascii_case("null") {
        return Ok((name.to_string(), Value::Null));
    }
    let parsed = match rule.ty {
        "boolean" => match value.to_ascii_lowercase().as_str() {
            "true" => json!(true),
            "false" => json!(false),
            _ => return Err(format!("{name}: '{value}' is not true, false or null")),
        },
        "integer" => {
            let n = rule
                .parse_number(value)
                .map_err(|e| format!("{name}: {e}"))?;
            json!(n as i64)
        }
        "number" => json!(
            rule.parse_number(value)
                .map_err(|e| format!("{name}: {e}"))?
        ),
        _ => json!(value),
    };
    Ok((name.to_string(), parsed))
}

/// A FIELD/VALUE table of every setting the spec defines.
fn settings_columns() -> Vec<Column> {
    setting_rules()
        .map(|(name, _)| Column::field(name, name))
        .collect()
}

/// A pipe's settings: in a table every setting the spec defines, "(default)" where none is set; otherwise
/// what the API sent.
fn print_settings(ctx: &Ctx, settings: &Map<String, Value>) -> Result<()> {
    if ctx.out.format() != Format::Table {
        return ctx.out.item(settings, &settings_columns());
    }
    let mut shown = settings.clone();
    for (name, _) in setting_rules() {
        if shown.get(name).is_none_or(Value::is_null) {
            shown.insert(name.to_string(), json!("(default)"));
        }
    }
    ctx.out.item(&shown, &settings_columns())
}

pub(super) async fn scale(ctx: &Ctx, org: &str, args: ScaleArgs) -> Result<()> {
    if args.concurrency.is_some() {
        deprecated(ctx, "--concurrency", "--replicas");
    }
    let api = ctx.clickhouse()?;
    let service = service_id(ctx, org, &args.service.service).await?;
    let id = pipe_id(ctx, org, &service, &args.pipe).await?;
    let scaling = PipeScaling {
        replicas: args.replicas,
        concurrency: args.concurrency,
        replica_cpu_millicores: args.replica_cpu_millicores,
        replica_memory_gb: args.replica_memory_gb,
    };
    let what = format!("the scaling of ClickPipe {}", args.pipe);
    let pipe = confirm::repeat(ctx, &what, || {
        api.scale_clickpipe(org, &service, &id, &scaling)
    })
    .await?;
    ctx.out.status(&format!("Scaled ClickPipe {}.", pipe.name));
    ctx.out.item(&pipe, DETAIL_COLUMNS)
}

pub(super) async fn settings(ctx: &Ctx, org: &str, args: SettingsArgs) -> Result<()> {
    let api = ctx.clickhouse()?;
    match args.command {
        SettingsCommand::Get { pipe, service } => {
            let service = service_id(ctx, org, &service.service).await?;
            let id = pipe_id(ctx, org, &service, &pipe).await?;
            let current = api.clickpipe_settings(org, &service, &id).await?;
            print_settings(ctx, &current)
        }
        SettingsCommand::Set {
            pipe,
            service,
            settings,
        } => {
            let service = service_id(ctx, org, &service.service).await?;
            let id = pipe_id(ctx, org, &service, &pipe).await?;
            // The API replaces the settings as a whole: the ones not named keep their values.
            let current = api.clickpipe_settings(org, &service, &id).await?;
            let known: Vec<&str> = setting_rules().map(|(n, _)| n).collect();
            let mut next: Map<String, Value> = current
                .into_iter()
                .filter(|(k, v)| known.contains(&k.as_str()) && !v.is_null())
                .collect();
            for (name, value) in settings {
                if value.is_null() {
                    next.remove(&name);
                } else {
                    next.insert(name, value);
                }
            }
            let body = Value::Object(next.clone());
            crate::document::check(
                crate::provider::Provider::ClickHouse,
                "clickPipeSettingsUpdate",
                "the settings",
                &body,
            )?;
            let what = format!("the settings of ClickPipe {pipe}");
            let updated = confirm::repeat(ctx, &what, || {
                api.put_clickpipe_settings(org, &service, &id, &next)
            })
            .await?;
            ctx.out
                .status(&format!("Updated the settings of ClickPipe {pipe}."));
            print_settings(ctx, &updated)
        }
    }
}

pub(super) async fn cdc_scaling(ctx: &Ctx, org: &str, args: CdcScalingArgs) -> Result<()> {
    let api = ctx.clickhouse()?;
    match args.command {
        CdcScalingCommand::Get { service } => {
            let service = service_id(ctx, org, &service.service).await?;
            let scaling = api.clickpipes_cdc_scaling(org, &service).await?;
            ctx.out.item(&scaling, CDC_COLUMNS)
        }
        CdcScalingCommand::Set {
            service,
            replica_cpu_millicores,
            replica_memory_gb,
        } => {
            let reference = service.service;
            let service = service_id(ctx, org, &reference).await?;
            let patch = CdcScaling {
                replica_cpu_millicores,
                replica_memory_gb,
            };
            let what = format!("the CDC ClickPipes scaling of service {reference}");
            let scaling = confirm::repeat(ctx, &what, || {
                api.update_clickpipes_cdc_scaling(org, &service, &patch)
            })
            .await?;
            ctx.out.status(&format!(
                "Updated the CDC ClickPipes scaling of service {reference}."
            ));
            ctx.out.item(&scaling, CDC_COLUMNS)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn settings_come_from_the_spec() {
        assert_eq!(
            setting("streaming_max_insert_wait_ms=2000").unwrap(),
            ("streaming_max_insert_wait_ms".into(), json!(2000))
        );
        assert_eq!(
            setting("OBJECT_STORAGE_USE_CLUSTER_FUNCTION=True").unwrap(),
            ("object_storage_use_cluster_function".into(), json!(true))
        );
        assert_eq!(
            setting("clickhouse_max_threads=null").unwrap().1,
            Value::Null
        );
        let e = setting("streaming_max_insert_wait_ms=100").unwrap_err();
        assert!(e.contains("500 to 60000"), "{e}");
        let e = setting("no_such_setting=1").unwrap_err();
        assert!(e.contains("object_storage_concurrency"), "{e}");
        assert!(setting("clickhouse_max_threads").is_err());
        assert!(setting("clickhouse_max_threads=1.5").is_err());
        assert!(
            setting("clickhouse_parallel_view_processing=yes")
                .unwrap_err()
                .contains("not true")
        );
        assert_eq!(settings_columns().len(), 12);
    }
}
