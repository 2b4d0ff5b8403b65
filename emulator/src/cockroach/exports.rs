//! Log and metric exports (CloudWatch, Datadog, Prometheus) and CMEK: dedicated clusters only.

use serde_json::{Map, Value, json};

use super::clusters::cluster_view;
use super::{Area, bad, progress};
use crate::engine::{ApiError, Ctx, Reply, generic};
use crate::store::{Millis, rfc3339_millis};

pub const LOG_EXPORT: &str = "/api/v1/clusters/{cluster_id}/logexport";
pub const CLOUDWATCH: &str = "/api/v1/clusters/{cluster_id}/metricexport/cloudwatch";
pub const DATADOG: &str = "/api/v1/clusters/{cluster_id}/metricexport/datadog";
pub const PROMETHEUS: &str = "/api/v1/clusters/{cluster_id}/metricexport/prometheus";
pub const CMEK: &str = "/api/v1/clusters/{cluster_id}/cmek";

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
        "DeleteLogExport"
        | "DeleteCloudWatchMetricExport"
        | "DeleteDatadogMetricExport"
        | "DeletePrometheusMetricExport" => disable_export(ctx),
        "EnableCMEKSpec" => enable_cmek(ctx),
        "UpdateCMEKSpec" => update_cmek_spec(ctx),
        "UpdateCMEKStatus" => update_cmek_status(ctx),
        _ => return None,
    })
}

fn render(template: &str, item: &Value, now: Millis, v: &mut Value) {
    match template {
        LOG_EXPORT | CLOUDWATCH | DATADOG | PROMETHEUS => {
            let status = progress(item, now, "ENABLING", "ENABLED", "ENABLE_FAILED");
            if status == "ENABLE_FAILED" {
                v["user_message"] =
                    json!("the export could not be enabled (emulated failure: failed_transitions)");
            }
            v["status"] = json!(status);
        }
        CMEK if item.get("_since").is_some() => {
            let pending = item["_pending_status"].as_str().unwrap_or("ENABLING");
            let done = item["_done_status"].as_str().unwrap_or("ENABLED");
            let failed = cmek_failed_status(pending);
            v["status"] = json!(progress(item, now, pending, done, &failed));
        }
        _ => {}
    }
}

/// The status a CMEK change that fails ends in, from the status it shows while it runs.
fn cmek_failed_status(pending: &str) -> String {
    match pending {
        "ROTATING" => "ROTATE_FAILED",
        "REVOKING" => "REVOKE_FAILED",
        _ => "ENABLE_FAILED",
    }
    .to_string()
}

fn require_dedicated(ctx: &Ctx<'_>, what: &str) -> Result<(), ApiError> {
    let c = cluster_view(ctx)?;
    if c["plan"] != "DEDICATED" {
        return Err(bad(format!(
            "invalid request: {what} is available for dedicated clusters only"
        )));
    }
    Ok(())
}

fn set_singleton(ctx: &mut Ctx<'_>, template: &str, value: Value) -> Result<Reply, ApiError> {
    let path = ctx.path_of(template);
    ctx.state.singletons.insert(path, value.clone());
    ctx.render(template, &value)
        .map(Reply::Json)
        .ok_or_else(|| ApiError::internal("configuration hidden"))
}

fn enable_log_export(ctx: &mut Ctx<'_>) -> Result<Reply, ApiError> {
    require_dedicated(ctx, "log export")?;
    let cluster = ctx.param("cluster_id").to_string();
    let mut spec = ctx.body.clone();
    if spec.get("log_name").is_none() {
        spec["log_name"] = json!("crdb");
    }
    let value = json!({
        "cluster_id": cluster,
        "status": "ENABLING",
        "spec": spec,
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
            value["log_group_name"] = json!(format!("/crdb/{cluster}"));
        }
        DATADOG => {
            // The Datadog API key is write-only.
            value["site"] = ctx.body.get("site").cloned().unwrap_or(json!("US1"));
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

/// Disabling an export removes it at once; the answer shows it as it is now, DISABLED.
fn disable_export(ctx: &mut Ctx<'_>) -> Result<Reply, ApiError> {
    match generic(ctx)? {
        Reply::Json(mut v) => {
            v["status"] = json!("DISABLED");
            Ok(Reply::Json(v))
        }
        other => Ok(other),
    }
}

fn enable_cmek(ctx: &mut Ctx<'_>) -> Result<Reply, ApiError> {
    require_dedicated(ctx, "CMEK")?;
    let path = ctx.path_of(CMEK);
    if ctx.state.singletons.contains_key(&path) {
        return Err(ApiError::already_exists(
            "CMEK is already enabled on this cluster; use PUT to change it",
        ));
    }
    let value = json!({
        "cluster_id": ctx.param("cluster_id"),
        "status": "ENABLING",
        "spec": ctx.body,
        "_since": ctx.now,
        "_duration": ctx.transition(),
        "_pending_status": "ENABLING",
        "_done_status": "ENABLED",
        "_fails": ctx.transition_fails(),
    });
    set_singleton(ctx, CMEK, value)
}

fn current_cmek(ctx: &Ctx<'_>) -> Result<Value, ApiError> {
    ctx.state
        .singletons
        .get(&ctx.path_of(CMEK))
        .cloned()
        .ok_or_else(|| ApiError::not_found("CMEK is not enabled on this cluster"))
}

fn update_cmek_spec(ctx: &mut Ctx<'_>) -> Result<Reply, ApiError> {
    require_dedicated(ctx, "CMEK")?;
    let mut value = current_cmek(ctx)?;
    value["spec"] = ctx.body.clone();
    value["_since"] = json!(ctx.now);
    value["_duration"] = json!(ctx.transition());
    value["_pending_status"] = json!("ENABLING");
    value["_done_status"] = json!("ENABLED");
    value["_fails"] = json!(ctx.transition_fails());
    set_singleton(ctx, CMEK, value)
}

fn update_cmek_status(ctx: &mut Ctx<'_>) -> Result<Reply, ApiError> {
    require_dedicated(ctx, "CMEK")?;
    let mut value = current_cmek(ctx)?;
    let (pending, done) = match ctx
        .body_str("status")
        .unwrap_or_default()
        .to_uppercase()
        .as_str()
    {
        "REVOKE" | "REVOKED" => ("REVOKING", "REVOKED"),
        "ROTATE" | "ROTATED" => ("ROTATING", "ENABLED"),
        other => {
            return Err(bad(format!(
                "invalid request: body.status: {other:?} is not one of REVOKE, ROTATE"
            )));
        }
    };
    if value["_done_status"] == "REVOKED" && value["_fails"] != true && done == "REVOKED" {
        return Err(ApiError::failed_precondition(
            "the CMEK key is already revoked",
        ));
    }
    value["_since"] = json!(ctx.now);
    value["_duration"] = json!(ctx.transition());
    value["_pending_status"] = json!(pending);
    value["_done_status"] = json!(done);
    value["_fails"] = json!(ctx.transition_fails());
    set_singleton(ctx, CMEK, value)
}
