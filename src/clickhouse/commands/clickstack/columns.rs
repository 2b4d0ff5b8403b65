//! The table columns of each ClickStack kind, and the fields of a document only the API sets.

use std::collections::BTreeSet;

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

/// Removes from a document the top-level fields the operation's answer has and its request does not (an
/// ID, timestamps, a state: only the API sets them), returning their names.
pub fn strip_server_fields(operation: &str, body: &mut Value) -> Vec<String> {
    let spec = dbcloud_spec::spec_for(Provider::ClickHouse);
    let op = spec
        .by_id(operation)
        .unwrap_or_else(|| panic!("the vendored ClickHouse spec has no operation {operation}"));
    let mut takes = BTreeSet::new();
    if let Some(schema) = &op.body_schema {
        fields(spec, schema, &mut takes, 0);
    }
    let mut answers = BTreeSet::new();
    if let Some(result) = op
        .response_schema
        .as_ref()
        .and_then(|s| s["properties"].get("result"))
    {
        fields(spec, result, &mut answers, 0);
    }
    let Value::Object(document) = body else {
        return Vec::new();
    };
    if takes.is_empty() {
        return Vec::new();
    }
    let server: Vec<String> = document
        .keys()
        .filter(|k| answers.contains(*k) && !takes.contains(*k))
        .cloned()
        .collect();
    for k in &server {
        document.remove(k);
    }
    server
}

/// The top-level field names of a schema: its properties, and those of every alternative it composes.
fn fields(spec: &Spec, schema: &Value, out: &mut BTreeSet<String>, depth: u8) {
    if depth > 8 {
        return;
    }
    if let Some(name) = schema["$ref"]
        .as_str()
        .and_then(|r| r.strip_prefix("#/components/schemas/"))
    {
        return fields(spec, &spec.components["schemas"][name], out, depth + 1);
    }
    if let Some(props) = schema["properties"].as_object() {
        out.extend(props.keys().cloned());
    }
    for combinator in ["oneOf", "anyOf", "allOf"] {
        for part in schema[combinator].as_array().into_iter().flatten() {
            fields(spec, part, out, depth + 1);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn only_the_fields_the_api_sets_are_left_out() {
        let mut alert =
            json!({"id": "a1", "name": "x", "state": "OK", "threshold": 5, "createdAt": "t"});
        let left = strip_server_fields("clickStackUpdateAlert", &mut alert);
        assert_eq!(left, ["id", "state", "createdAt"]);
        assert_eq!(alert, json!({"name": "x", "threshold": 5}));
        // A source's ID is part of what the API takes.
        let mut source = json!({"id": "s1", "name": "Logs"});
        assert!(strip_server_fields("clickStackUpdateSource", &mut source).is_empty());
        // A field nobody knows is left for the schema check to name.
        let mut role = json!({"id": "r1", "colour": "red", "permissions": []});
        assert_eq!(
            strip_server_fields("clickStackCreateRole", &mut role),
            ["id"]
        );
        assert_eq!(role, json!({"colour": "red", "permissions": []}));
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
