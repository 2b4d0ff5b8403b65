//! Dashboards (their tiles, filters and containers, checked as the service checks them, also by the
//! validate operation) and alerts (on a dashboard tile or a saved search, sent to a webhook or by e-mail).

use serde_json::{Map, Value, json};

use super::{ALERTS, DASHBOARDS, SAVED_SEARCHES, Store, WEBHOOKS, new_id, source_ids, team_id};
use crate::clickhouse::bad;
use crate::engine::{ApiError, Ctx, Reply};
use crate::store::rfc3339_millis;

/// `POST .../dashboards/validate`: what is wrong with a dashboard beyond its schema, as `{path, message}`
/// errors (`tiles.0.config.sourceId`), and when nothing is, the dashboard as it would be stored.
pub(super) fn validate(ctx: &mut Ctx<'_>, store: &Store) -> Result<Reply, ApiError> {
    let body = match &ctx.body {
        Value::Object(m) => m.clone(),
        _ => Map::new(),
    };
    let problems = dashboard_problems(&source_ids(ctx, store), &body);
    let valid = problems.is_empty();
    let errors: Vec<Value> = problems
        .into_iter()
        .map(|(path, message)| json!({"path": path, "message": message}))
        .collect();
    let normalized = if valid {
        Value::Object(normalized(ctx, body))
    } else {
        Value::Null
    };
    Ok(Reply::Json(
        json!({"valid": valid, "errors": errors, "normalized": normalized}),
    ))
}

/// A dashboard from a create or replace body, refused (400) when the service finds it wrong.
pub(super) fn build_dashboard(
    ctx: &mut Ctx<'_>,
    store: &Store,
    id: String,
    body: Map<String, Value>,
) -> Result<Value, ApiError> {
    let problems = dashboard_problems(&source_ids(ctx, store), &body);
    if !problems.is_empty() {
        return Err(bad(problems
            .iter()
            .map(|(path, message)| format!("{path}: {message}"))
            .collect::<Vec<_>>()
            .join("; ")));
    }
    let mut dashboard = Map::new();
    dashboard.insert("id".into(), json!(id));
    dashboard.extend(normalized(ctx, body));
    Ok(Value::Object(dashboard))
}

/// A dashboard as the service keeps it: every tile and filter with an ID, tags as a list, the deprecated
/// tile fields (`series`, `asRatio`) dropped.
fn normalized(ctx: &Ctx<'_>, mut out: Map<String, Value>) -> Map<String, Value> {
    for list in ["tiles", "filters"] {
        if let Some(Value::Array(items)) = out.get_mut(list) {
            for item in items.iter_mut().filter_map(Value::as_object_mut) {
                if item.get("id").and_then(Value::as_str).is_none() {
                    item.insert("id".into(), json!(new_id(ctx.now)));
                }
                item.remove("series");
                item.remove("asRatio");
            }
        }
    }
    out.entry("tags").or_insert_with(|| json!([]));
    out.entry("filters").or_insert_with(|| json!([]));
    out
}

/// What the service finds wrong with a dashboard beyond its schema, as (path, message): a tile without a
/// chart, a place outside the grid, a source, container or tab that does not exist, an ID used twice.
fn dashboard_problems(sources: &[String], d: &Map<String, Value>) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let empty = Vec::new();
    let array = |name: &str| d.get(name).and_then(Value::as_array).unwrap_or(&empty);
    let mut source = |path: String, id: &Value| {
        if let Some(id) = id.as_str()
            && !sources.iter().any(|s| s == id)
        {
            out.push((path, format!("Source {id} not found")));
        }
    };
    let mut containers: Vec<(&str, Vec<&str>)> = Vec::new();
    let mut problems = Vec::new();
    for (i, c) in array("containers").iter().enumerate() {
        let id = c["id"].as_str().unwrap_or_default();
        if containers.iter().any(|(other, _)| *other == id) {
            problems.push((
                format!("containers.{i}.id"),
                format!("Duplicate container id {id:?}"),
            ));
        }
        let tabs: Vec<&str> = c["tabs"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|t| t["id"].as_str())
            .collect();
        containers.push((id, tabs));
    }
    let mut tile_ids: Vec<&str> = Vec::new();
    for (i, t) in array("tiles").iter().enumerate() {
        let at = |field: &str| format!("tiles.{i}.{field}");
        if let Some(id) = t["id"].as_str() {
            if tile_ids.contains(&id) {
                problems.push((at("id"), format!("Duplicate tile id {id:?}")));
            }
            tile_ids.push(id);
        }
        let has_series = t["series"].as_array().is_some_and(|s| !s.is_empty());
        if t.get("config").is_none() && !has_series {
            problems.push((at("config"), "Required".into()));
        }
        for (field, min) in [("x", 0), ("y", 0), ("w", 1), ("h", 1)] {
            if t[field].as_i64().is_some_and(|v| v < min) {
                problems.push((
                    at(field),
                    format!("Number must be greater than or equal to {min}"),
                ));
            }
        }
        let container = t["containerId"].as_str();
        match (container, t["tabId"].as_str()) {
            (Some(c), tab) => match containers.iter().find(|(id, _)| *id == c) {
                None => problems.push((at("containerId"), format!("Container {c:?} not found"))),
                Some((_, tabs)) => {
                    if let Some(tab) = tab
                        && !tabs.contains(&tab)
                    {
                        problems.push((
                            at("tabId"),
                            format!("Tab {tab:?} not found in container {c:?}"),
                        ));
                    }
                }
            },
            (None, Some(_)) => problems.push((at("tabId"), "A tab needs a containerId".into())),
            (None, None) => {}
        }
        source(at("config.sourceId"), &t["config"]["sourceId"]);
    }
    for (i, f) in array("filters").iter().enumerate() {
        source(format!("filters.{i}.sourceId"), &f["sourceId"]);
        for (j, s) in f["appliesToSourceIds"]
            .as_array()
            .into_iter()
            .flatten()
            .enumerate()
        {
            source(format!("filters.{i}.appliesToSourceIds.{j}"), s);
        }
    }
    out.extend(problems);
    out.sort_by_key(|(path, _)| path_order(path));
    out
}

/// Problems in document order: `tiles.2.x` before `tiles.10.id`.
fn path_order(path: &str) -> Vec<(u64, String)> {
    path.split('.')
        .map(|s| match s.parse::<u64>() {
            Ok(n) => (n, String::new()),
            Err(_) => (u64::MAX, s.to_string()),
        })
        .collect()
}

/// Replacing a dashboard deletes the alerts of the tiles it no longer has.
pub(super) fn forget_removed_tiles(ctx: &mut Ctx<'_>, store: &Store, old: &Value, new: &Value) {
    let kept: Vec<&str> = new["tiles"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|t| t["id"].as_str())
        .collect();
    let dashboard = old["id"].as_str().unwrap_or_default();
    let alerts = store.sibling(ALERTS).path;
    if let Some(c) = ctx.state.collections.get_mut(&alerts) {
        let gone: Vec<String> = c
            .iter()
            .filter(|a| {
                a["dashboardId"] == dashboard
                    && !a["tileId"].as_str().is_some_and(|t| kept.contains(&t))
            })
            .filter_map(|a| a["id"].as_str().map(str::to_string))
            .collect();
        for id in gone {
            c.remove(&id);
        }
    }
}

/// Deletes the alerts whose `field` (`dashboardId`, `savedSearchId`) is `id`.
pub(super) fn delete_alerts(ctx: &mut Ctx<'_>, store: &Store, field: &str, id: &str) {
    let alerts = store.sibling(ALERTS).path;
    if let Some(c) = ctx.state.collections.get_mut(&alerts) {
        let gone: Vec<String> = c
            .iter()
            .filter(|a| a[field] == id)
            .filter_map(|a| a["id"].as_str().map(str::to_string))
            .collect();
        for id in gone {
            c.remove(&id);
        }
    }
}

/// An alert from a create or replace body: what it watches (a tile of a dashboard, or a saved search)
/// and where it goes (a webhook, e-mail) must exist; a range needs both thresholds.
pub(super) fn build_alert(
    ctx: &mut Ctx<'_>,
    store: &Store,
    id: String,
    body: Map<String, Value>,
    created: Value,
) -> Result<Value, ApiError> {
    for field in [
        "source",
        "threshold",
        "thresholdType",
        "interval",
        "channel",
    ] {
        if body.get(field).is_none_or(Value::is_null) {
            return Err(bad(format!("{field}: is required")));
        }
    }
    let text = |field: &str| body.get(field).and_then(Value::as_str);
    match text("source") {
        Some("tile") => {
            let (Some(dashboard), Some(tile)) = (text("dashboardId"), text("tileId")) else {
                return Err(bad(
                    "dashboardId: an alert on a tile needs dashboardId and tileId",
                ));
            };
            let found = ctx
                .state
                .item(&store.sibling(DASHBOARDS).path, dashboard)
                .ok_or_else(|| bad(format!("dashboardId: dashboard {dashboard} not found")))?;
            let has_tile = found["tiles"]
                .as_array()
                .into_iter()
                .flatten()
                .any(|t| t["id"] == tile);
            if !has_tile {
                return Err(bad(format!(
                    "tileId: dashboard {dashboard} has no tile {tile}"
                )));
            }
        }
        _ => {
            let search = text("savedSearchId").ok_or_else(|| {
                bad("savedSearchId: an alert on a saved search needs savedSearchId")
            })?;
            if !store.sibling(SAVED_SEARCHES).exists(ctx, search) {
                return Err(bad(format!(
                    "savedSearchId: saved search {search} not found"
                )));
            }
        }
    }
    if matches!(text("thresholdType"), Some("between" | "not_between")) {
        let low = body["threshold"].as_f64().unwrap_or_default();
        match body.get("thresholdMax").and_then(Value::as_f64) {
            None => return Err(bad("thresholdMax: a range needs thresholdMax")),
            Some(high) if high < low => {
                return Err(bad(format!(
                    "thresholdMax: {high} is less than threshold {low}"
                )));
            }
            Some(_) => {}
        }
    }
    let channel = &body["channel"];
    match channel["type"].as_str() {
        Some("webhook") => {
            let webhook = channel["webhookId"].as_str().unwrap_or_default();
            if !store.sibling(WEBHOOKS).exists(ctx, webhook) {
                return Err(bad(format!(
                    "channel.webhookId: webhook {webhook} not found"
                )));
            }
        }
        _ => {
            if channel["emailRecipients"]
                .as_array()
                .is_none_or(|r| r.is_empty())
            {
                return Err(bad(
                    "channel.emailRecipients: an e-mail alert needs a recipient",
                ));
            }
        }
    }
    let mut alert = Map::new();
    alert.insert("id".into(), json!(id));
    alert.extend(body);
    alert.insert("teamId".into(), json!(team_id(&store.service)));
    alert.insert("silenced".into(), Value::Null);
    alert.insert("createdAt".into(), created);
    alert.insert("updatedAt".into(), json!(rfc3339_millis(ctx.now)));
    alert.insert("_evaluated_at".into(), json!(ctx.now + ctx.transition()));
    alert.insert("_evaluation_fails".into(), json!(ctx.transition_fails()));
    Ok(Value::Object(alert))
}

/// An alert's state: `PENDING` until its first evaluation, then `OK`, or `INSUFFICIENT_DATA` with the
/// error when the evaluation failed.
pub(super) fn show_alert(shown: &mut Value, stored: &Value, ctx: &Ctx<'_>) {
    let at = stored["_evaluated_at"].as_u64().unwrap_or_default();
    let (state, errors) = if ctx.now < at {
        ("PENDING", json!([]))
    } else if stored["_evaluation_fails"] == true {
        (
            "INSUFFICIENT_DATA",
            json!([{"timestamp": rfc3339_millis(at), "type": "QUERY_ERROR",
                    "message": "Query timed out after 30s"}]),
        )
    } else {
        ("OK", json!([]))
    };
    shown["state"] = json!(state);
    shown["executionErrors"] = errors;
}
