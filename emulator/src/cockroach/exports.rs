//! Log and metric exports (CloudWatch, Datadog, Prometheus): ADVANCED (dedicated) clusters only.

use serde_json::{Map, Value, json};

use super::clusters::{DEDICATED_PLAN, cluster_view};
use super::{Area, bad, progress};
use crate::engine::{ApiError, Ctx, Reply, generic};
use crate::store::{Millis, rfc3339_millis};

pub const LOG_EXPORT: &str = "/api/v1/clusters/{cluster_id}/logexport";
pub const CLOUDWATCH: &str = "/api/v1/clusters/{cluster_id}/metricexport/cloudwatch";
pub const DATADOG: &str = "/api/v1/clusters/{cluster_id}/metricexport/datadog";
pub const PROMETHEUS: &str = "/api/v1/clusters/{cluster_id}/metricexport/prometheus";

/// Fields of a request that are secrets: used, never stored nor shown again.
const WRITE_ONLY: &[&str] = &["azure_shared_key", "api_key"];

pub(super) const AREA: Area = Area {
    dispatch,
    render,
    singleton_default: |_| None,
};

fn dispatch(ctx: &mut Ctx<'_>, op_id: &str) -> Option<Result<Reply, ApiError>> {
    Some(match op_id {
        "EnableLogExport" => enable_log_export(ctx),
        "EnableCloudWatchMetricExport"
        | "EnableDatadogMetricExport"
        | "EnablePrometheusMetricExport" => enable_metric_export(ctx),
        "DeleteLogExport" => disable_export(ctx, "DISABLED"),
        "DeleteCloudWatchMetricExport"
        | "DeleteDatadogMetricExport"
        | "DeletePrometheusMetricExport" => disable_metric_export(ctx),
        _ => return None,
    })
}

fn render(template: &str, item: &Value, now: Millis, v: &mut Value) {
    let failed = match template {
        LOG_EXPORT => "ENABLE_FAILED",
        CLOUDWATCH | DATADOG | PROMETHEUS => "ERROR",
        _ => return,
    };
    let status = progress(item, now, "ENABLING", "ENABLED", failed);
    if status == failed {
        v["user_message"] =
            json!("the export could not be enabled (emulated failure: failed_transitions)");
    }
    v["status"] = json!(status);
}

/// Exports, CMEK and other features of dedicated hardware exist on ADVANCED clusters only.
pub(super) fn require_dedicated(ctx: &Ctx<'_>, what: &str) -> Result<(), ApiError> {
    let c = cluster_view(ctx)?;
    if c["plan"] != DEDICATED_PLAN {
        return Err(bad(format!(
            "invalid request: {what} is available for {DEDICATED_PLAN} (dedicated) clusters only; this cluster is {}",
            c["plan"].as_str().unwrap_or("another plan")
        )));
    }
    Ok(())
}

pub(super) fn set_singleton(
    ctx: &mut Ctx<'_>,
    template: &str,
    value: Value,
) -> Result<Reply, ApiError> {
    let path = ctx.path_of(template);
    ctx.state.singletons.insert(path, value.clone());
    ctx.render(template, &value)
        .map(Reply::Json)
        .ok_or_else(|| ApiError::internal("configuration hidden"))
}

/// The request body without its write-only secrets.
fn stored_spec(body: &Value) -> Value {
    let mut spec = body.clone();
    if let Value::Object(m) = &mut spec {
        for secret in WRITE_ONLY {
            m.remove(*secret);
        }
    }
    spec
}

fn enable_log_export(ctx: &mut Ctx<'_>) -> Result<Reply, ApiError> {
    require_dedicated(ctx, "log export")?;
    if ctx.body_str("type") == Some("AZURE_LOG_ANALYTICS")
        && ctx.body_str("azure_shared_key").is_none_or(str::is_empty)
    {
        return Err(bad(
            "invalid request: body.azure_shared_key: required for AZURE_LOG_ANALYTICS",
        ));
    }
    for (i, g) in ctx.body["groups"]
        .as_array()
        .into_iter()
        .flatten()
        .enumerate()
    {
        if g["channels"].as_array().is_none_or(Vec::is_empty) {
            return Err(bad(format!(
                "invalid request: body.groups[{i}].channels: a group exports at least one channel"
            )));
        }
    }
    let cluster = ctx.param("cluster_id").to_string();
    let value = json!({
        "cluster_id": cluster,
        "status": "ENABLING",
        "spec": stored_spec(&ctx.body),
        "user_message": "",
        "created_at": rfc3339_millis(ctx.now),
        "updated_at": rfc3339_millis(ctx.now),
        "_since": ctx.now,
        "_duration": ctx.transition(),
        "_fails": ctx.transition_fails(),
    });
    set_singleton(ctx, LOG_EXPORT, value)
}

fn enable_metric_export(ctx: &mut Ctx<'_>) -> Result<Reply, ApiError> {
    require_dedicated(ctx, "metric export")?;
    let cluster = ctx.param("cluster_id").to_string();
    let template = ctx.op.template.clone();
    let mut value = json!({
        "cluster_id": cluster,
        "status": "ENABLING",
        "user_message": "",
        "_since": ctx.now,
        "_duration": ctx.transition(),
        "_fails": ctx.transition_fails(),
    });
    match template.as_str() {
        CLOUDWATCH => {
            value["role_arn"] = ctx.body["role_arn"].clone();
            let region = ctx
                .body_str("target_region")
                .map(str::to_string)
                .unwrap_or_else(|| {
                    cluster_view(ctx)
                        .ok()
                        .and_then(|c| c["regions"][0]["name"].as_str().map(str::to_string))
                        .unwrap_or_default()
                });
            value["target_region"] = json!(region);
            let group = ctx
                .body_str("log_group_name")
                .map(str::to_string)
                .unwrap_or_else(|| format!("/crdb/{cluster}"));
            value["log_group_name"] = json!(group);
            if let Some(external) = ctx.body.get("external_id") {
                value["external_id"] = external.clone();
            }
        }
        DATADOG => {
            // The Datadog API key is write-only.
            value["site"] = ctx.body["site"].clone();
        }
        _ => {
            let c = cluster_view(ctx)?;
            let targets: Map<String, Value> = c["regions"]
                .as_array()
                .into_iter()
                .flatten()
                .filter_map(|r| {
                    let name = r["name"].as_str()?;
                    Some((
                        name.to_string(),
                        json!(format!(
                            "https://{}:8080/_status/vars",
                            r["sql_dns"].as_str().unwrap_or_default()
                        )),
                    ))
                })
                .collect();
            value["targets"] = Value::Object(targets);
        }
    }
    set_singleton(ctx, &template, value)
}

/// A metric export's statuses have no DISABLED: once removed it is not deployed. The answer
/// (DeleteMetricExportResponse) is the cluster and that status only.
fn disable_metric_export(ctx: &mut Ctx<'_>) -> Result<Reply, ApiError> {
    Ok(match disable_export(ctx, "NOT_DEPLOYED")? {
        Reply::Json(v) => {
            Reply::Json(json!({"cluster_id": v["cluster_id"], "status": v["status"]}))
        }
        other => other,
    })
}

/// Disabling an export removes it at once; the answer shows it as it is now.
fn disable_export(ctx: &mut Ctx<'_>, status: &str) -> Result<Reply, ApiError> {
    match generic(ctx)? {
        Reply::Json(mut v) => {
            v["status"] = json!(status);
            if let Value::Object(m) = &mut v {
                m.remove("user_message");
            }
            Ok(Reply::Json(v))
        }
        other => Ok(other),
    }
}
