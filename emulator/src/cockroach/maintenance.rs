//! Maintenance: the weekly maintenance window (an offset from Monday 00:00 UTC and a length, both
//! durations as the API writes them: `"172800s"`) and the version deferral policy.

use serde_json::{Value, json};

use super::{Area, bad};
use crate::engine::{ApiError, Ctx, Reply, generic};

pub const VERSION_DEFERRAL: &str = "/api/v1/clusters/{cluster_id}/version-deferral";

const HOUR_S: f64 = 3600.0;
const WEEK_S: f64 = 7.0 * 24.0 * HOUR_S;
/// The shortest maintenance window the service accepts.
const MIN_WINDOW_S: f64 = 6.0 * HOUR_S;

pub(super) const AREA: Area = Area {
    dispatch,
    render: |_, _, _, _| {},
    singleton_default,
};

fn dispatch(ctx: &mut Ctx<'_>, op_id: &str) -> Option<Result<Reply, ApiError>> {
    Some(match op_id {
        "SetMaintenanceWindow" => set_maintenance_window(ctx),
        _ => return None,
    })
}

/// Configurations that exist with defaults before they are written.
fn singleton_default(ctx: &Ctx<'_>) -> Option<Value> {
    (ctx.op.template == VERSION_DEFERRAL).then(|| json!({"deferral_policy": "NOT_DEFERRED"}))
}

/// A duration as protobuf's JSON writes it: decimal seconds and `s` (`"21600s"`, `"1.5s"`).
fn parse_duration(s: &str) -> Option<f64> {
    s.strip_suffix('s')
        .and_then(|n| n.parse::<f64>().ok())
        .filter(|n| n.is_finite() && *n >= 0.0)
}

fn duration_field(ctx: &Ctx<'_>, field: &str) -> Result<f64, ApiError> {
    let raw = ctx.body_str(field).unwrap_or_default();
    parse_duration(raw).ok_or_else(|| {
        bad(format!(
            "invalid request: body.{field}: {raw:?} is not a duration in seconds (like \"21600s\")"
        ))
    })
}

fn set_maintenance_window(ctx: &mut Ctx<'_>) -> Result<Reply, ApiError> {
    let offset = duration_field(ctx, "offset_duration")?;
    let window = duration_field(ctx, "window_duration")?;
    if offset >= WEEK_S {
        return Err(bad(
            "invalid request: body.offset_duration: must be less than a week (604800s)",
        ));
    }
    if !(MIN_WINDOW_S..WEEK_S).contains(&window) {
        return Err(bad(
            "invalid request: body.window_duration: must be at least 6 hours (21600s) and less than a week (604800s)",
        ));
    }
    generic(ctx)
}
