//! Customer-managed encryption keys (CMEK) of ADVANCED clusters: enabled with a key per region,
//! rotated by giving new keys (PUT), revoked (PATCH `action: REVOKE`). Each change takes a
//! transition: ENABLING, ROTATING or REVOKING, then ENABLED or REVOKED (or its `*_FAILED`).

use serde_json::{Value, json};

use super::clusters::cluster_view;
use super::exports::{require_dedicated, set_singleton};
use super::{Area, bad, progress};
use crate::engine::{ApiError, Ctx, Reply};
use crate::store::{Millis, rfc3339_millis};

pub const CMEK: &str = "/api/v1/clusters/{cluster_id}/cmek";

pub(super) const AREA: Area = Area {
    dispatch,
    render,
    singleton_default: |_| None,
};

fn dispatch(ctx: &mut Ctx<'_>, op_id: &str) -> Option<Result<Reply, ApiError>> {
    Some(match op_id {
        "GetCMEKClusterInfo" => get(ctx),
        "EnableCMEKSpec" => enable(ctx),
        "UpdateCMEKSpec" => update_spec(ctx),
        "UpdateCMEKStatus" => update_status(ctx),
        _ => return None,
    })
}

/// The status a CMEK change that fails ends in, from the status it shows while it runs.
fn failed_status(pending: &str) -> String {
    match pending {
        "ROTATING" => "ROTATE_FAILED",
        "REVOKING" => "REVOKE_FAILED",
        _ => "ENABLE_FAILED",
    }
    .to_string()
}

/// The cluster's status and, per region, its key and that key's status.
fn render(template: &str, item: &Value, now: Millis, v: &mut Value) {
    if template != CMEK {
        return;
    }
    let pending = item["_pending_status"].as_str().unwrap_or("ENABLING");
    let done = item["_done_status"].as_str().unwrap_or("ENABLED");
    let failed = failed_status(pending);
    let status = progress(item, now, pending, done, &failed);
    let changed = rfc3339_millis(item["_since"].as_u64().unwrap_or(0));
    let infos: Vec<Value> = item["_region_specs"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|r| {
            let mut key = json!({
                "spec": r["key_spec"],
                "status": status,
                "created_at": item["_created_at"],
                "updated_at": changed,
            });
            if status == failed {
                key["user_message"] =
                    json!("the key change failed (emulated failure: failed_transitions)");
            }
            json!({"region": r["region"], "status": status, "key_infos": [key]})
        })
        .collect();
    *v = json!({"status": status, "region_infos": infos});
}

/// The region specs of the body: one key for each region of the cluster, no other region.
fn region_specs(ctx: &Ctx<'_>) -> Result<Value, ApiError> {
    let cluster = cluster_view(ctx)?;
    let regions: Vec<&str> = cluster["regions"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|r| r["name"].as_str())
        .collect();
    let specs = ctx.body["region_specs"]
        .as_array()
        .cloned()
        .unwrap_or_default();
    for (i, s) in specs.iter().enumerate() {
        let region = s["region"].as_str().unwrap_or_default();
        if !regions.contains(&region) {
            return Err(bad(format!(
                "invalid request: body.region_specs[{i}].region: {region:?} is not a region of the cluster ({})",
                regions.join(", ")
            )));
        }
        if s["key_spec"]["uri"].as_str().is_none_or(str::is_empty) {
            return Err(bad(format!(
                "invalid request: body.region_specs[{i}].key_spec.uri: the key's URI is required"
            )));
        }
    }
    if let Some(missing) = regions
        .iter()
        .find(|r| !specs.iter().any(|s| s["region"] == **r))
    {
        return Err(bad(format!(
            "invalid request: body.region_specs: region {missing} of the cluster has no key"
        )));
    }
    Ok(Value::Array(specs))
}

fn current(ctx: &Ctx<'_>) -> Option<Value> {
    ctx.state.singletons.get(&ctx.path_of(CMEK)).cloned()
}

/// Starts a change: `pending` for a transition, then `done` (or its failure).
fn start(
    ctx: &mut Ctx<'_>,
    mut value: Value,
    pending: &str,
    done: &str,
) -> Result<Reply, ApiError> {
    value["_since"] = json!(ctx.now);
    value["_duration"] = json!(ctx.transition());
    value["_pending_status"] = json!(pending);
    value["_done_status"] = json!(done);
    value["_fails"] = json!(ctx.transition_fails());
    set_singleton(ctx, CMEK, value)
}

/// (The engine would take this path for a list of `region_infos`: the configuration is shown here.)
fn get(ctx: &mut Ctx<'_>) -> Result<Reply, ApiError> {
    let value =
        current(ctx).ok_or_else(|| ApiError::not_found("CMEK is not enabled on this cluster"))?;
    ctx.render(CMEK, &value)
        .map(Reply::Json)
        .ok_or_else(|| ApiError::internal("configuration hidden"))
}

fn enable(ctx: &mut Ctx<'_>) -> Result<Reply, ApiError> {
    require_dedicated(ctx, "CMEK")?;
    if current(ctx).is_some() {
        return Err(ApiError::already_exists(
            "CMEK is already enabled on this cluster; use PUT to change its keys",
        ));
    }
    let specs = region_specs(ctx)?;
    let value = json!({"_region_specs": specs, "_created_at": rfc3339_millis(ctx.now)});
    start(ctx, value, "ENABLING", "ENABLED")
}

/// Enables CMEK, or, when its keys are in use, rotates to the keys given.
fn update_spec(ctx: &mut Ctx<'_>) -> Result<Reply, ApiError> {
    require_dedicated(ctx, "CMEK")?;
    let specs = region_specs(ctx)?;
    match current(ctx) {
        None => {
            let value = json!({"_region_specs": specs, "_created_at": rfc3339_millis(ctx.now)});
            start(ctx, value, "ENABLING", "ENABLED")
        }
        Some(mut value) => {
            // Keys in use are rotated; after a failed enabling or a revocation, CMEK is enabled again.
            let failed_enabling = value["_fails"] == true && value["_pending_status"] == "ENABLING";
            let in_use = value["_done_status"] == "ENABLED" && !failed_enabling;
            value["_region_specs"] = specs;
            match in_use {
                true => start(ctx, value, "ROTATING", "ENABLED"),
                false => start(ctx, value, "ENABLING", "ENABLED"),
            }
        }
    }
}

fn update_status(ctx: &mut Ctx<'_>) -> Result<Reply, ApiError> {
    require_dedicated(ctx, "CMEK")?;
    let value =
        current(ctx).ok_or_else(|| ApiError::not_found("CMEK is not enabled on this cluster"))?;
    // The spec's only action is REVOKE (its validation refuses others).
    if value["_done_status"] == "REVOKED" && value["_fails"] != true {
        return Err(ApiError::failed_precondition(
            "the CMEK keys are already revoked",
        ));
    }
    start(ctx, value, "REVOKING", "REVOKED")
}
