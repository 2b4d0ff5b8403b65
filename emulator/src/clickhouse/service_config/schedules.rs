//! Time-based configuration of a service: its autoscaling schedule (entries by weekday and UTC hour, the
//! one active now computed from the clock when shown) and its upgrade window (primary services only; the
//! secondary services of a warehouse show their primary's).

use serde_json::{Map, Value, json};

use super::super::scaling::Baseline;
use super::super::{SERVICES, bad, path};
use super::{config_path, not_configured, service};
use crate::engine::{ApiError, Ctx, Reply};
use crate::store::{Millis, new_uuid};

const SCHEDULE: &str = "scalingSchedule";
const WINDOW: &str = "upgradeWindow";
/// How long an upgrade window lasts, in hours (`UpgradeWindow.duration`).
const WINDOW_HOURS: u64 = 6;
const HOUR: Millis = 3600 * 1000;
const WEEK_HOURS: u64 = 7 * 24;
const DAY_NAMES: [&str; 7] = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];

/// The hour of the week (0 = Sunday 00:00 UTC) of a time. 1970-01-01 was a Thursday.
fn hour_of_week(now: Millis) -> u64 {
    (now / HOUR + 4 * 24) % WEEK_HOURS
}

/// The hours of the week an entry covers: from its start hour to its end hour (the next day's when the
/// end comes first) on each of its weekdays.
fn covered(entry: &Value) -> Vec<u64> {
    let start = entry["startHourUtc"].as_u64().unwrap_or(0);
    let end = entry["endHourUtc"].as_u64().unwrap_or(0);
    let length = if end > start {
        end - start
    } else {
        end + 24 - start
    };
    entry["weekdays"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(Value::as_u64)
        .flat_map(|day| (0..length).map(move |h| (day * 24 + start + h) % WEEK_HOURS))
        .collect()
}

/// The base scaling (what applies outside the entries): the service's own.
fn base_config(s: &Value) -> Value {
    let b = Baseline::of(s);
    let mut v = json!({
        "autoscalingMode": if b.horizontal { "horizontal" } else { "vertical" },
        "minReplicaMemoryGb": b.min_memory,
        "maxReplicaMemoryGb": b.max_memory,
        "minReplicas": b.min_replicas,
        "maxReplicas": b.max_replicas,
        "idleScaling": b.idle_scaling,
    });
    if b.idle_timeout.is_number() {
        v["idleTimeoutMinutes"] = b.idle_timeout;
    }
    v
}

fn render_schedule(ctx: &Ctx<'_>, org: &str, stored: &Value) -> Result<Value, ApiError> {
    let now = hour_of_week(ctx.now);
    let mut active = None;
    let entries: Vec<Value> = stored["entries"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|e| {
            let mut e = e.clone();
            let on = covered(&e).contains(&now);
            if on {
                active = e["id"].as_str().map(str::to_string);
            }
            e["isActiveNow"] = json!(on);
            e
        })
        .collect();
    let mut v = json!({"entries": entries, "baseConfig": base_config(service(ctx, org)?)});
    if let Some(id) = active {
        v["activeEntryId"] = json!(id);
    }
    Ok(v)
}

pub(super) fn get_schedule(ctx: &mut Ctx<'_>, org: &str) -> Result<Reply, ApiError> {
    let stored = ctx
        .state
        .singletons
        .get(&config_path(ctx, SCHEDULE))
        .cloned()
        .ok_or_else(|| not_configured(ctx, "scaling schedule"))?;
    Ok(Reply::Json(render_schedule(ctx, org, &stored)?))
}

/// Creates or replaces the schedule (each entry a new ID); no entries clears it.
pub(super) fn set_schedule(ctx: &mut Ctx<'_>, org: &str) -> Result<Reply, ApiError> {
    let at = config_path(ctx, SCHEDULE);
    let requested = ctx.body["entries"].as_array().cloned().unwrap_or_default();
    if requested.is_empty() {
        ctx.state.singletons.remove(&at);
        return Ok(Reply::Json(json!({"entries": [], "baseConfig": {}})));
    }
    let mut entries: Vec<Value> = Vec::new();
    for (i, e) in requested.iter().enumerate() {
        let entry = checked_entry(&format!("entries[{i}]"), e)?;
        let hours = covered(&entry);
        if let Some((j, hour)) = entries.iter().enumerate().find_map(|(j, other)| {
            let theirs = covered(other);
            hours.iter().find(|h| theirs.contains(h)).map(|h| (j, *h))
        }) {
            return Err(bad(format!(
                "entries[{i}]: overlaps entries[{j}] ({} {:02}:00 UTC); entries may not overlap",
                DAY_NAMES[(hour / 24) as usize],
                hour % 24
            )));
        }
        entries.push(entry);
    }
    let stored = json!({ "entries": entries });
    ctx.state.singletons.insert(at, stored.clone());
    Ok(Reply::Json(render_schedule(ctx, org, &stored)?))
}

/// An entry as stored, from a request's (`ScalingScheduleEntryRequest`), with the checks the schema
/// cannot make.
fn checked_entry(at: &str, e: &Value) -> Result<Value, ApiError> {
    let mut days: Vec<u64> = Vec::new();
    for d in e["weekdays"].as_array().into_iter().flatten() {
        match d.as_u64().filter(|d| *d < 7) {
            Some(d) if !days.contains(&d) => days.push(d),
            Some(d) => return Err(bad(format!("{at}.weekdays: day {d} is given twice"))),
            None => {
                return Err(bad(format!(
                    "{at}.weekdays: {d} is not a day (0 = Sunday ... 6 = Saturday)"
                )));
            }
        }
    }
    if e["startHourUtc"] == e["endHourUtc"] {
        return Err(bad(format!(
            "{at}.endHourUtc: must differ from startHourUtc"
        )));
    }
    let mode = e["autoscalingMode"].as_str().unwrap_or("vertical");
    let num = |f: &str| e[f].as_f64();
    let (min_mem, max_mem) = (num("minReplicaMemoryGb"), num("maxReplicaMemoryGb"));
    let (mut min_rep, mut max_rep) = (num("minReplicas"), num("maxReplicas"));
    if min_mem.is_some() != max_mem.is_some() {
        return Err(bad(format!(
            "{at}: give both minReplicaMemoryGb and maxReplicaMemoryGb, or neither"
        )));
    }
    if let (Some(a), Some(b)) = (min_mem, max_mem)
        && a > b
    {
        return Err(bad(format!(
            "{at}.minReplicaMemoryGb: {a} is more than maxReplicaMemoryGb {b}"
        )));
    }
    if let Some(n) = num("numReplicas") {
        if min_rep.is_some() || max_rep.is_some() {
            return Err(bad(format!(
                "{at}.numReplicas: not with minReplicas/maxReplicas"
            )));
        }
        if mode == "horizontal" {
            return Err(bad(format!(
                "{at}.numReplicas: a horizontal entry scales between minReplicas and maxReplicas"
            )));
        }
        (min_rep, max_rep) = (Some(n), Some(n));
    }
    if min_rep.is_some() != max_rep.is_some() {
        return Err(bad(format!(
            "{at}: give minReplicas and maxReplicas together"
        )));
    }
    if let (Some(a), Some(b)) = (min_rep, max_rep)
        && a > b
    {
        return Err(bad(format!(
            "{at}.minReplicas: {a} is more than maxReplicas {b}"
        )));
    }
    match mode {
        "horizontal" if min_mem.is_none() || min_mem != max_mem => {
            return Err(bad(format!(
                "{at}: a horizontal entry has a fixed memory per replica: minReplicaMemoryGb equal to maxReplicaMemoryGb"
            )));
        }
        "horizontal" if min_rep.is_none() => {
            return Err(bad(format!(
                "{at}: a horizontal entry needs minReplicas and maxReplicas"
            )));
        }
        "vertical" if min_rep != max_rep => {
            return Err(bad(format!(
                "{at}: a vertical entry has a fixed number of replicas (numReplicas, or minReplicas equal to maxReplicas)"
            )));
        }
        _ => {}
    }
    let mut out = Map::new();
    out.insert("id".into(), json!(new_uuid()));
    for f in ["name", "weekdays", "startHourUtc", "endHourUtc"] {
        out.insert(f.into(), e[f].clone());
    }
    out.insert("weekdays".into(), json!(days));
    out.insert("autoscalingMode".into(), json!(mode));
    for f in [
        "minReplicaMemoryGb",
        "maxReplicaMemoryGb",
        "idleScaling",
        "idleTimeoutMinutes",
    ] {
        if let Some(v) = e.get(f) {
            out.insert(f.into(), v.clone());
        }
    }
    if let (Some(a), Some(b)) = (min_rep, max_rep) {
        out.insert("minReplicas".into(), json!(a as u64));
        out.insert("maxReplicas".into(), json!(b as u64));
    }
    Ok(Value::Object(out))
}

pub(super) fn delete_schedule(ctx: &mut Ctx<'_>) -> Result<Reply, ApiError> {
    match ctx.state.singletons.remove(&config_path(ctx, SCHEDULE)) {
        Some(_) => Ok(Reply::Empty),
        None => Err(not_configured(ctx, "scaling schedule")),
    }
}

/// The upgrade window: set and deleted on a primary service only; a secondary one shows its primary's.
pub(super) fn upgrade_window(ctx: &mut Ctx<'_>, org: &str) -> Result<Reply, ApiError> {
    let s = service(ctx, org)?;
    let primary = s["isPrimary"] != false;
    let warehouse = s["dataWarehouseId"].clone();
    let id = ctx.param("serviceId").to_string();
    let method = ctx.op.method.clone();
    if !primary && method != "GET" {
        return Err(bad(format!(
            "Service {id} is a secondary service: it follows the upgrade window of its warehouse's primary service"
        )));
    }
    let at = config_path(ctx, WINDOW);
    match method.as_str() {
        "GET" => {
            let at = if primary {
                at
            } else {
                let primary_id = ctx
                    .state
                    .collection(&path(SERVICES, org, None))
                    .and_then(|c| {
                        c.iter()
                            .find(|o| o["dataWarehouseId"] == warehouse && o["isPrimary"] == true)
                    })
                    .and_then(|o| o["id"].as_str())
                    .unwrap_or_default()
                    .to_string();
                at.replace(&id, &primary_id)
            };
            ctx.state
                .singletons
                .get(&at)
                .cloned()
                .map(Reply::Json)
                .ok_or_else(|| not_configured(ctx, "upgrade window"))
        }
        "PUT" => {
            let window = json!({
                "weekday": ctx.body["weekday"],
                "startHourUtc": ctx.body["startHourUtc"],
                "duration": WINDOW_HOURS,
            });
            ctx.state.singletons.insert(at, window.clone());
            Ok(Reply::Json(window))
        }
        _ => match ctx.state.singletons.remove(&at) {
            Some(_) => Ok(Reply::Empty),
            None => Err(not_configured(ctx, "upgrade window")),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hours_of_the_week() {
        // 1970-01-01T00:00Z was a Thursday.
        assert_eq!(hour_of_week(0), 4 * 24);
        assert_eq!(hour_of_week(3 * 24 * HOUR + 5 * HOUR), 5);
        let overnight = json!({"weekdays": [6], "startHourUtc": 22, "endHourUtc": 2});
        assert_eq!(covered(&overnight), [6 * 24 + 22, 6 * 24 + 23, 0, 1]);
        let day = json!({"weekdays": [1], "startHourUtc": 9, "endHourUtc": 11});
        assert_eq!(covered(&day), [33, 34]);
    }

    #[test]
    fn entries_are_checked_beyond_the_schema() {
        let ok = json!({"name": "n", "weekdays": [1, 2], "startHourUtc": 9, "endHourUtc": 17, "numReplicas": 2});
        let e = checked_entry("entries[0]", &ok).unwrap();
        assert_eq!(e["minReplicas"], 2);
        assert_eq!(e["autoscalingMode"], "vertical");
        for bad_entry in [
            json!({"weekdays": [7], "startHourUtc": 9, "endHourUtc": 17}),
            json!({"weekdays": [1], "startHourUtc": 9, "endHourUtc": 9}),
            json!({"weekdays": [1], "startHourUtc": 9, "endHourUtc": 17, "minReplicaMemoryGb": 16}),
            json!({"weekdays": [1], "startHourUtc": 9, "endHourUtc": 17, "autoscalingMode": "horizontal",
                   "minReplicaMemoryGb": 16, "maxReplicaMemoryGb": 32, "minReplicas": 1, "maxReplicas": 3}),
            json!({"weekdays": [1], "startHourUtc": 9, "endHourUtc": 17, "minReplicas": 1, "maxReplicas": 3}),
        ] {
            assert!(checked_entry("e", &bad_entry).is_err(), "{bad_entry}");
        }
    }
}
