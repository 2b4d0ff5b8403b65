//! The organization's activities: recorded for every change made through the API, listed by time.

use serde_json::{Value, json};

use super::{ACTIVITIES, MAX_ACTIVITIES, bad, path};
use crate::engine::{ApiError, Ctx, Reply, list_items};
use crate::store::{Millis, new_uuid, parse_rfc3339, rfc3339};

/// Records an activity (the organization's audit trail) for a change made through the API.
pub(super) fn activity(ctx: &mut Ctx<'_>, org: &str, kind: &str, service: Option<&str>) {
    activity_with(ctx, org, kind, service, json!({}));
}

/// Records an activity with more fields (`targetKeyId`, `keyUpdateType`, ...).
pub(super) fn activity_with(
    ctx: &mut Ctx<'_>,
    org: &str,
    kind: &str,
    service: Option<&str>,
    extra: Value,
) {
    let id = new_uuid();
    let mut a = json!({
        "id": id,
        "createdAt": rfc3339(ctx.now),
        "type": kind,
        "actorType": "api",
        "actorId": ctx.actor,
        "actorDetails": format!("API key {}", ctx.actor),
        "actorIpAddress": "127.0.0.1",
        "organizationId": org,
    });
    if let Some(s) = service {
        a["serviceId"] = json!(s);
    }
    if let (Value::Object(a), Value::Object(extra)) = (&mut a, extra) {
        a.extend(extra);
    }
    let log = ctx
        .state
        .collection_mut(&path(ACTIVITIES, org, None), ACTIVITIES);
    log.insert(&id, a);
    if log.len() > MAX_ACTIVITIES {
        let oldest = log
            .iter()
            .next()
            .and_then(|e| e["_key"].as_str().map(str::to_string));
        if let Some(k) = oldest {
            log.remove(&k);
        }
    }
}

/// Activities, optionally between `from_date` and `to_date` (query parameters the live API takes).
pub(super) fn list_activities(ctx: &mut Ctx<'_>, org: &str) -> Result<Reply, ApiError> {
    let bound = |name: &str| -> Result<Option<Millis>, ApiError> {
        match ctx.query(name) {
            None | Some("") => Ok(None),
            Some(v) => parse_rfc3339(v)
                .map(Some)
                .ok_or_else(|| bad(format!("{name}: {v:?} is not an ISO-8601 date-time"))),
        }
    };
    let (from, to) = (bound("from_date")?, bound("to_date")?);
    let items: Vec<Value> = list_items(ctx, &path(ACTIVITIES, org, None), ACTIVITIES)
        .into_iter()
        .filter(|a| {
            let t = a["createdAt"].as_str().and_then(parse_rfc3339).unwrap_or(0);
            from.is_none_or(|f| t >= f) && to.is_none_or(|e| t <= e)
        })
        .collect();
    Ok(Reply::Json(Value::Array(items)))
}
