//! The table columns of each ClickStack kind.

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

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

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
