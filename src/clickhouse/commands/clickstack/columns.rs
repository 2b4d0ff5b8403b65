//! The table columns of each ClickStack kind, and the fields of a document only the API sets.

use std::collections::BTreeMap;

use dbcloud_spec::{Provider, Spec};
use serde_json::Value;

use crate::clickhouse::api::StackKind;
use crate::output::{Column, display};

const DASHBOARD: &[Column] = &[
    Column::field("NAME", "name"),
    Column::field("ID", "id"),
    Column::computed("TILES", tiles),
    Column::field("TAGS", "tags"),
];

const ALERT: &[Column] = &[
    Column::field("NAME", "name"),
    Column::field("ID", "id"),
    Column::field("STATE", "state"),
    Column::computed("ON", watched),
    Column::computed("CONDITION", condition),
    Column::computed("CHANNEL", channel),
];

const SOURCE: &[Column] = &[
    Column::field("NAME", "name"),
    Column::field("ID", "id"),
    Column::field("KIND", "kind"),
    Column::computed("TABLE", table),
    Column::field("CONNECTION", "connection"),
];

const WEBHOOK: &[Column] = &[
    Column::field("NAME", "name"),
    Column::field("ID", "id"),
    Column::field("SERVICE", "service"),
    Column::field("URL", "url"),
    Column::field("UPDATED", "updatedAt"),
];

const ROLE: &[Column] = &[
    Column::field("NAME", "name"),
    Column::field("ID", "id"),
    Column::field("PREDEFINED", "isPredefined"),
    Column::computed("PERMISSIONS", permissions),
    Column::field("DESCRIPTION", "description"),
];

const SAVED_SEARCH: &[Column] = &[
    Column::field("NAME", "name"),
    Column::field("ID", "id"),
    Column::field("SOURCE", "sourceId"),
    Column::field("WHERE", "where"),
    Column::field("TAGS", "tags"),
];

pub fn of(kind: StackKind) -> &'static [Column] {
    match kind {
        StackKind::Dashboard => DASHBOARD,
        StackKind::Alert => ALERT,
        StackKind::Source => SOURCE,
        StackKind::Webhook => WEBHOOK,
        StackKind::Role => ROLE,
        StackKind::SavedSearch => SAVED_SEARCH,
    }
}

fn text<'a>(v: &'a Value, field: &str) -> &'a str {
    v.get(field).and_then(Value::as_str).unwrap_or_default()
}

/// "2: Error Rate, Latency"
fn tiles(d: &Value) -> String {
    let tiles = d["tiles"].as_array().map(Vec::as_slice).unwrap_or_default();
    let names: Vec<&str> = tiles.iter().map(|t| text(t, "name")).collect();
    if names.is_empty() {
        "0".to_string()
    } else {
        format!("{}: {}", names.len(), names.join(", "))
    }
}

/// What an alert watches: "tile T of dashboard D" or "saved search S".
fn watched(a: &Value) -> String {
    match text(a, "source") {
        "tile" => format!(
            "tile {} of dashboard {}",
            text(a, "tileId"),
            text(a, "dashboardId")
        ),
        "saved_search" => format!("saved search {}", text(a, "savedSearchId")),
        other => other.to_string(),
    }
}

/// "above 100 per 5m", "between 10 and 20 per 1h".
fn condition(a: &Value) -> String {
    let mut out = format!(
        "{} {}",
        text(a, "thresholdType").replace('_', " "),
        display(&a["threshold"])
    );
    if matches!(text(a, "thresholdType"), "between" | "not_between") {
        out.push_str(&format!(" and {}", display(&a["thresholdMax"])));
    }
    if !text(a, "interval").is_empty() {
        out.push_str(&format!(" per {}", text(a, "interval")));
    }
    out
}

/// "webhook W", "e-mail a@example.com, b@example.com".
fn channel(a: &Value) -> String {
    let c = &a["channel"];
    match text(c, "type") {
        "webhook" => format!("webhook {}", text(c, "webhookId")),
        "email" => format!("e-mail {}", display(&c["emailRecipients"])),
        other => other.to_string(),
    }
}

/// `database.table` (a metric source: its database and tables by metric type).
fn table(s: &Value) -> String {
    let from = &s["from"];
    let db = text(from, "databaseName");
    match from.get("tableName").and_then(Value::as_str) {
        Some(t) => format!("{db}.{t}"),
        None => {
            let tables: Vec<String> = s["metricTables"]
                .as_object()
                .into_iter()
                .flatten()
                .filter_map(|(_, t)| t.as_str().map(|t| format!("{db}.{t}")))
                .collect();
            tables.join(", ")
        }
    }
}

/// "manage all", "read dashboard, not delete alert".
fn permissions(r: &Value) -> String {
    r["permissions"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|p| {
            let rule = format!("{} {}", text(p, "action"), text(p, "subject"));
            if p["inverted"] == true {
                format!("not {rule}")
            } else {
                rule
            }
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// Removes from a document the fields the answer of operation `answers` has and the request of `operation`
/// does not take (an ID, timestamps, a state: only the API sets them), at any depth (a dashboard's
/// `filters[].id`), returning where they were (`id`, `filters[].id`).
pub fn strip_server_fields(operation: &str, answers: &str, body: &mut Value) -> Vec<String> {
    let spec = dbcloud_spec::spec_for(Provider::ClickHouse);
    let op = |id: &str| {
        spec.by_id(id)
            .unwrap_or_else(|| panic!("the vendored ClickHouse spec has no operation {id}"))
    };
    let takes: Vec<&Value> = op(operation).body_schema.iter().collect();
    let shown: Vec<&Value> = op(answers)
        .response_schema
        .iter()
        .filter_map(|s| s["properties"].get("result"))
        .collect();
    let mut out = Vec::new();
    strip(spec, &takes, &shown, body, "", &mut out, 0);
    out
}

fn strip<'a>(
    spec: &'a Spec,
    takes: &[&'a Value],
    shown: &[&'a Value],
    doc: &mut Value,
    at: &str,
    out: &mut Vec<String>,
    depth: u8,
) {
    if depth > 8 {
        return;
    }
    match doc {
        Value::Object(m) => {
            let (takes, shown) = (members(spec, takes), members(spec, shown));
            // An object whose fields the request does not list (a map) is left as it is.
            if takes.is_empty() {
                return;
            }
            let server: Vec<String> = m
                .keys()
                .filter(|k| shown.contains_key(*k) && !takes.contains_key(*k))
                .cloned()
                .collect();
            for k in server {
                m.remove(&k);
                let path = format!("{at}{k}");
                if !out.contains(&path) {
                    out.push(path);
                }
            }
            for (k, v) in m.iter_mut() {
                if let (Some(t), Some(s)) = (takes.get(k), shown.get(k)) {
                    strip(spec, t, s, v, &format!("{at}{k}."), out, depth + 1);
                }
            }
        }
        Value::Array(items) => {
            let (takes, shown) = (items_of(spec, takes), items_of(spec, shown));
            let at = format!("{}[].", at.trim_end_matches('.'));
            for item in items {
                strip(spec, &takes, &shown, item, &at, out, depth + 1);
            }
        }
        _ => {}
    }
}

/// The item schemas of array schemas (and of their alternatives).
fn items_of<'a>(spec: &'a Spec, schemas: &[&'a Value]) -> Vec<&'a Value> {
    schemas
        .iter()
        .flat_map(|s| alternatives(spec, s))
        .filter_map(|s| s.get("items"))
        .collect()
}

/// A schema and every alternative it composes (`oneOf`, `anyOf`, `allOf`), references resolved.
fn alternatives<'a>(spec: &'a Spec, schema: &'a Value) -> Vec<&'a Value> {
    let mut out = Vec::new();
    let mut todo = vec![(schema, 0u8)];
    while let Some((s, depth)) = todo.pop() {
        let s = match s["$ref"]
            .as_str()
            .and_then(|r| r.strip_prefix("#/components/schemas/"))
        {
            Some(name) => &spec.components["schemas"][name],
            None => s,
        };
        out.push(s);
        for combinator in ["oneOf", "anyOf", "allOf"] {
            for part in s[combinator].as_array().into_iter().flatten() {
                if depth < 8 {
                    todo.push((part, depth + 1));
                }
            }
        }
    }
    out
}

/// The fields of any of the schemas (and their alternatives), each with every schema it has there.
fn members<'a>(spec: &'a Spec, schemas: &[&'a Value]) -> BTreeMap<String, Vec<&'a Value>> {
    let mut out: BTreeMap<String, Vec<&Value>> = BTreeMap::new();
    for schema in schemas {
        for s in alternatives(spec, schema) {
            for (k, v) in s["properties"].as_object().into_iter().flatten() {
                out.entry(k.clone()).or_default().push(v);
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn only_the_fields_the_api_sets_are_left_out() {
        let mut alert =
            json!({"id": "a1", "name": "x", "state": "OK", "threshold": 5, "createdAt": "t"});
        let left =
            strip_server_fields("clickStackUpdateAlert", "clickStackUpdateAlert", &mut alert);
        assert_eq!(left, ["id", "state", "createdAt"]);
        assert_eq!(alert, json!({"name": "x", "threshold": 5}));
        // A source's ID is part of what the API takes.
        let mut source = json!({"id": "s1", "name": "Logs"});
        assert!(
            strip_server_fields("clickStackUpdateSource", "clickStackGetSource", &mut source)
                .is_empty()
        );
        // A field nobody knows is left for the schema check to name.
        let mut role = json!({"id": "r1", "colour": "red", "permissions": []});
        assert_eq!(
            strip_server_fields("clickStackCreateRole", "clickStackCreateRole", &mut role),
            ["id"]
        );
        assert_eq!(role, json!({"colour": "red", "permissions": []}));
        // A dashboard as `get` shows it, validated: its filters' IDs too; its tiles keep theirs.
        let mut dashboard = json!({"id": "d1", "name": "x",
            "tiles": [{"id": "t1", "name": "a", "x": 0, "y": 0, "w": 1, "h": 1}],
            "filters": [{"id": "f1", "name": "s"}, {"id": "f2", "name": "t"}]});
        let left = strip_server_fields(
            "clickStackValidateDashboard",
            "clickStackCreateDashboard",
            &mut dashboard,
        );
        assert_eq!(left, ["id", "filters[].id"]);
        assert_eq!(dashboard["tiles"][0]["id"], "t1");
        assert_eq!(dashboard["filters"], json!([{"name": "s"}, {"name": "t"}]));
        // An update keeps the filters' IDs.
        let mut dashboard = json!({"id": "d1", "filters": [{"id": "f1"}]});
        let left = strip_server_fields(
            "clickStackUpdateDashboard",
            "clickStackUpdateDashboard",
            &mut dashboard,
        );
        assert_eq!(left, ["id"]);
    }

    #[test]
    fn cells() {
        let alert = json!({"source": "tile", "tileId": "t", "dashboardId": "d", "thresholdType": "not_between",
                           "threshold": 1, "thresholdMax": 5.5, "interval": "5m",
                           "channel": {"type": "email", "emailRecipients": ["a@x.io", "b@x.io"]}});
        assert_eq!(watched(&alert), "tile t of dashboard d");
        assert_eq!(condition(&alert), "not between 1 and 5.5 per 5m");
        assert_eq!(channel(&alert), "e-mail a@x.io, b@x.io");
        let metric =
            json!({"from": {"databaseName": "otel"}, "metricTables": {"gauge": "g", "sum": "s"}});
        assert_eq!(table(&metric), "otel.g, otel.s");
        let role = json!({"permissions": [{"action": "read", "subject": "all"},
                                          {"action": "delete", "subject": "alert", "inverted": true}]});
        assert_eq!(permissions(&role), "read all, not delete alert");
        assert_eq!(
            tiles(&json!({"tiles": [{"name": "A"}, {"name": "B"}]})),
            "2: A, B"
        );
    }
}
