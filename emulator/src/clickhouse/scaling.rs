//! Service scaling: the autoscaling settings and the rules the spec describes in words.

use super::activities::activity;
use super::services::service_for_change;
use super::{SERVICES, bad, path};
use crate::engine::{ApiError, Ctx, Reply, shown};

/// The scaling rules the spec describes in words: min ≤ max, idle timeout ≥ 5 minutes.
pub(super) fn check_scaling(
    min: Option<i64>,
    max: Option<i64>,
    idle_timeout: Option<f64>,
) -> Result<(), ApiError> {
    if let (Some(min), Some(max)) = (min, max)
        && min > max
    {
        return Err(bad(format!(
            "minTotalMemoryGb ({min}) must be less than or equal to maxTotalMemoryGb ({max})"
        )));
    }
    if let Some(t) = idle_timeout
        && t < 5.0
    {
        return Err(bad(format!(
            "idleTimeoutMinutes must be at least 5, not {t}"
        )));
    }
    Ok(())
}

pub(super) fn scale(ctx: &mut Ctx<'_>, org: &str) -> Result<Reply, ApiError> {
    let body = ctx.body.clone();
    let (id, item) = service_for_change(ctx, org)?;
    let memory_change =
        body.get("minTotalMemoryGb").is_some() || body.get("maxTotalMemoryGb").is_some();
    if memory_change && item["tier"] == "development" {
        return Err(bad(
            "Memory autoscaling is available only for 'production' services",
        ));
    }
    let merged = |f: &str| body.get(f).cloned().unwrap_or_else(|| item[f].clone());
    check_scaling(
        merged("minTotalMemoryGb").as_i64(),
        merged("maxTotalMemoryGb").as_i64(),
        merged("idleTimeoutMinutes").as_f64(),
    )?;
    let mut kinds = Vec::new();
    for f in [
        "minTotalMemoryGb",
        "maxTotalMemoryGb",
        "numReplicas",
        "idleScaling",
        "idleTimeoutMinutes",
    ] {
        if let Some(v) = body.get(f) {
            item[f] = v.clone();
        }
    }
    if memory_change || body.get("numReplicas").is_some() {
        kinds.push("service_update_autoscaling_memory");
    }
    if body.get("idleScaling").is_some() || body.get("idleTimeoutMinutes").is_some() {
        kinds.push("service_update_autoscaling_idling");
    }
    for k in kinds {
        activity(ctx, org, k, Some(&id));
    }
    Ok(Reply::Json(shown(
        ctx,
        &path(SERVICES, org, None),
        SERVICES,
        &id,
    )?))
}
