//! A UDF version attached to a service: `provisioning` → `deployed` (or `error`, the `failed_transitions`
//! fault), `standby` while the service does not run, `deprovisioning` after a detach, then gone. Only a
//! running service takes an attachment (424 otherwise, as the real API answers an idle one); one transition
//! at a time per attachment (409); at most `MAX_PER_SERVICE` UDFs per service (422).

use serde_json::{Value, json};

use super::{ATTACHMENTS, latest, page, udf_path, versions};
use crate::clickhouse::{SERVICES, path};
use crate::engine::{ApiError, Ctx, Reply};
use crate::store::{Millis, public};

/// UDFs a service can have attached at once.
const MAX_PER_SERVICE: usize = 10;

/// An attachment as shown now, `None` once a detach has finished.
pub(super) fn shown(item: &Value, now: Millis) -> Option<Value> {
    let duration = item["_duration"].as_u64().unwrap_or(0);
    let status = match item["_detached_at"].as_u64() {
        Some(at) if now >= at + duration => return None,
        Some(_) => "deprovisioning",
        None if now < item["_since"].as_u64().unwrap_or(0) + duration => "provisioning",
        None if item["_fails"] == true => "error",
        None => "deployed",
    };
    let mut v = public(item);
    v["status"] = json!(status);
    Some(v)
}

/// The state of a service that exists now (`None`: it does not).
fn service_state(ctx: &Ctx<'_>, org: &str, id: &str) -> Option<String> {
    ctx.state
        .item(&path(SERVICES, org, None), id)
        .and_then(|s| ctx.render(SERVICES, s))
        .map(|s| s["state"].as_str().unwrap_or_default().to_string())
}

/// An attachment as the API shows it: `standby` where a deployed UDF's service does not run; `None` where
/// the attachment is gone or its service no longer exists.
fn answer(ctx: &Ctx<'_>, org: &str, item: &Value) -> Option<Value> {
    let mut v = shown(item, ctx.now)?;
    let state = service_state(ctx, org, v["serviceId"].as_str().unwrap_or_default())?;
    if v["status"] == "deployed" && state != "running" {
        v["status"] = json!("standby");
    }
    Some(v)
}

/// The attachments of a UDF as shown now, by service ID.
fn all(ctx: &Ctx<'_>, org: &str, name: &str) -> Vec<Value> {
    let mut items: Vec<Value> = ctx
        .state
        .collection(&udf_path(org, Some(name), "attachments"))
        .map(|c| c.iter().filter_map(|a| answer(ctx, org, a)).collect())
        .unwrap_or_default();
    items.sort_by(|a, b| a["serviceId"].as_str().cmp(&b["serviceId"].as_str()));
    items
}

/// The services a version of a UDF is attached to (in any status but gone).
pub(super) fn services_with(ctx: &Ctx<'_>, org: &str, name: &str, version: &Value) -> Vec<String> {
    all(ctx, org, name)
        .into_iter()
        .filter(|a| &a["version"] == version)
        .filter_map(|a| a["serviceId"].as_str().map(str::to_string))
        .collect()
}

/// The attachment of the path's UDF to the path's service, or 404.
fn current(ctx: &Ctx<'_>, org: &str) -> Result<Value, ApiError> {
    let (name, service) = (ctx.param("functionName"), ctx.param("serviceId"));
    latest(ctx, org, name)?;
    ctx.state
        .item(&udf_path(org, Some(name), "attachments"), service)
        .and_then(|a| answer(ctx, org, a))
        .ok_or_else(|| {
            ApiError::not_found(format!("UDF {name} is not attached to service {service}"))
        })
}

pub(super) fn list(ctx: &mut Ctx<'_>, org: &str) -> Result<Reply, ApiError> {
    let name = ctx.param("functionName").to_string();
    latest(ctx, org, &name)?;
    let items = all(ctx, org, &name);
    Ok(Reply::Json(page(ctx, items, |a| {
        a["serviceId"].as_str().unwrap_or_default().to_string()
    })))
}

pub(super) fn get(ctx: &mut Ctx<'_>, org: &str) -> Result<Reply, ApiError> {
    current(ctx, org).map(Reply::Json)
}

pub(super) fn attach(ctx: &mut Ctx<'_>, org: &str) -> Result<Reply, ApiError> {
    let name = ctx.param("functionName").to_string();
    let service = ctx.param("serviceId").to_string();
    latest(ctx, org, &name)?;
    let all_versions = versions(ctx, org, &name);
    let version = match ctx.body.get("version").and_then(Value::as_u64) {
        Some(n) => all_versions
            .into_iter()
            .find(|v| v["version"] == n)
            .ok_or_else(|| ApiError::not_found(format!("version {n} of UDF {name} not found")))?,
        None => all_versions
            .into_iter()
            .rev()
            .find(|v| v["status"] == "ready")
            .ok_or_else(|| {
                ApiError::failed_precondition(format!("UDF {name} has no ready version yet"))
            })?,
    };
    if version["status"] != "ready" {
        return Err(ApiError::failed_precondition(format!(
            "version {} of UDF {name} is not ready ({})",
            version["version"], version["status"]
        )));
    }
    let state = service_state(ctx, org, &service).unwrap_or_default();
    if state != "running" {
        return Err(ApiError::new(
            424,
            9,
            "FAILED_DEPENDENCY",
            format!(
                "The service must be running before the UDF can be attached. Current state: {state}"
            ),
        ));
    }
    let existing = current(ctx, org).ok();
    if let Some(a) = &existing {
        if matches!(
            a["status"].as_str(),
            Some("provisioning" | "deprovisioning")
        ) {
            return Err(ApiError::failed_precondition(format!(
                "UDF {name} is {} on service {service}; try again when that is done",
                a["status"].as_str().unwrap_or_default()
            )));
        }
        if a["version"] == version["version"] && a["status"] == "deployed" {
            return Ok(Reply::Json(a.clone()));
        }
    } else {
        let index = ctx.state.collection(&udf_path(org, None, ""));
        let attached = index
            .into_iter()
            .flat_map(|c| c.iter())
            .filter_map(|u| u["functionName"].as_str())
            .filter(|n| {
                ctx.state
                    .item(&udf_path(org, Some(n), "attachments"), &service)
                    .is_some_and(|a| shown(a, ctx.now).is_some())
            })
            .count();
        if attached >= MAX_PER_SERVICE {
            return Err(ApiError::new(
                422,
                9,
                "UNPROCESSABLE_ENTITY",
                format!("service {service} has {attached} UDFs attached, the most it can have"),
            ));
        }
    }
    let fails = ctx.transition_fails();
    let item = json!({
        "functionName": name,
        "serviceId": service,
        "status": "provisioning",
        "version": version["version"],
        "_since": ctx.now,
        "_duration": ctx.transition(),
        "_fails": fails,
    });
    let shown_now = shown(&item, ctx.now);
    ctx.state
        .collection_mut(&udf_path(org, Some(&name), "attachments"), ATTACHMENTS)
        .insert(&service, item);
    shown_now
        .map(Reply::Json)
        .ok_or_else(|| ApiError::internal("new attachment hidden"))
}

pub(super) fn detach(ctx: &mut Ctx<'_>, org: &str) -> Result<Reply, ApiError> {
    let current = current(ctx, org)?;
    let (name, service) = (
        ctx.param("functionName").to_string(),
        ctx.param("serviceId").to_string(),
    );
    if matches!(
        current["status"].as_str(),
        Some("provisioning" | "deprovisioning")
    ) {
        return Err(ApiError::failed_precondition(format!(
            "UDF {name} is {} on service {service}; try again when that is done",
            current["status"].as_str().unwrap_or_default()
        )));
    }
    let (now, duration) = (ctx.now, ctx.transition());
    if let Some(a) = ctx
        .state
        .item_mut(&udf_path(org, Some(&name), "attachments"), &service)
    {
        a["_detached_at"] = json!(now);
        a["_duration"] = json!(duration);
    }
    Ok(Reply::Empty)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn attachments_over_time() {
        let a = json!({"functionName": "f", "serviceId": "s", "version": 1, "status": "provisioning",
                       "_since": 1000, "_duration": 100, "_fails": false});
        assert_eq!(shown(&a, 1050).unwrap()["status"], "provisioning");
        assert_eq!(shown(&a, 1100).unwrap()["status"], "deployed");
        let mut failed = a.clone();
        failed["_fails"] = json!(true);
        assert_eq!(shown(&failed, 1100).unwrap()["status"], "error");
        let mut detached = a.clone();
        detached["_detached_at"] = json!(2000);
        assert_eq!(shown(&detached, 2000).unwrap()["status"], "deprovisioning");
        assert!(shown(&detached, 2100).is_none());
    }
}
