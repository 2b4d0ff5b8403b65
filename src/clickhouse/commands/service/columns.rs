//! How services show in a table: the scaling as applied (`currentScaling`, per replica), falling back to
//! the configured fields when an answer lacks it.

use serde_json::Value;

use crate::output::{Column, display, lookup};

/// The list's columns.
pub const COLUMNS: &[Column] = &[
    Column::field("NAME", "name"),
    Column::field("ID", "id"),
    Column::field("STATE", "state"),
    Column::field("PROVIDER", "provider"),
    Column::field("REGION", "region"),
    Column::computed("REPLICAS", replicas),
    Column::computed("MEMORY/REPLICA", memory_per_replica),
    Column::field("RELEASE", "releaseChannel"),
    Column::computed("HOST", https_host),
];

/// One service in detail: the list's columns and its scaling, access and other settings.
pub const DETAIL_COLUMNS: &[Column] = &[
    Column::field("NAME", "name"),
    Column::field("ID", "id"),
    Column::field("STATE", "state"),
    Column::field("PROVIDER", "provider"),
    Column::field("REGION", "region"),
    Column::field("TIER", "tier"),
    Column::computed("AUTOSCALING", autoscaling),
    Column::computed("REPLICAS", replicas),
    Column::computed("MEMORY/REPLICA", memory_per_replica),
    Column::computed("IDLING", idling),
    Column::field("RELEASE CHANNEL", "releaseChannel"),
    Column::field("VERSION", "clickhouseVersion"),
    Column::computed("TAGS", tags),
    Column::computed("HOST", https_host),
    Column::computed("IP ACCESS", ip_access),
    Column::field("PRIVATE ENDPOINTS", "privateEndpointIds"),
    Column::field("CREATED", "createdAt"),
];

/// The first of these fields the service has.
fn first<'a>(service: &'a Value, fields: &[&str]) -> Option<&'a Value> {
    fields
        .iter()
        .find_map(|f| lookup(service, f).filter(|v| !v.is_null()))
}

/// "8-120" from two bounds, "8" when they are equal.
fn range(min: Option<&Value>, max: Option<&Value>) -> String {
    match (min.map(display), max.map(display)) {
        (Some(min), Some(max)) if min == max => min,
        (Some(min), Some(max)) => format!("{min}-{max}"),
        (Some(one), None) | (None, Some(one)) => one,
        (None, None) => String::new(),
    }
}

/// "16-64 GiB": the memory of each replica, as applied.
fn memory_per_replica(service: &Value) -> String {
    let min = first(
        service,
        &[
            "currentScaling.effectiveMinReplicaMemoryGb",
            "minReplicaMemoryGb",
            "replicaMemoryGb",
        ],
    );
    let max = first(
        service,
        &[
            "currentScaling.effectiveMaxReplicaMemoryGb",
            "maxReplicaMemoryGb",
            "replicaMemoryGb",
        ],
    );
    match range(min, max) {
        r if r.is_empty() => r,
        r => format!("{r} GiB"),
    }
}

/// "3", or "2-6" for a horizontal band, as applied.
fn replicas(service: &Value) -> String {
    let min = first(
        service,
        &[
            "currentScaling.effectiveMinReplicas",
            "minReplicas",
            "numReplicas",
        ],
    );
    let max = first(
        service,
        &[
            "currentScaling.effectiveMaxReplicas",
            "maxReplicas",
            "numReplicas",
        ],
    );
    range(min, max)
}

/// "vertical", or "horizontal (configured: vertical)" while a schedule applies another mode.
fn autoscaling(service: &Value) -> String {
    let configured = lookup(service, "autoscalingMode").map(display);
    let applied = lookup(service, "currentScaling.effectiveAutoscalingMode").map(display);
    match (applied, configured) {
        (Some(a), Some(c)) if a != c => format!("{a} (configured: {c})"),
        (Some(one), _) | (None, Some(one)) => one,
        (None, None) => String::new(),
    }
}

/// The HTTPS endpoint's host (the one clients and the SQL console use).
pub fn https_host(service: &Value) -> String {
    let endpoints = lookup(service, "endpoints").and_then(Value::as_array);
    endpoints
        .into_iter()
        .flatten()
        .find(|e| e.get("protocol").and_then(Value::as_str) == Some("https"))
        .or_else(|| endpoints.and_then(|e| e.first()))
        .and_then(|e| e.get("host"))
        .map(display)
        .unwrap_or_default()
}

/// "after 15 min" or "off", as applied.
fn idling(service: &Value) -> String {
    let on = first(
        service,
        &["currentScaling.effectiveIdleScaling", "idleScaling"],
    );
    match on.and_then(Value::as_bool) {
        Some(true) => match first(
            service,
            &[
                "currentScaling.effectiveIdleTimeoutMinutes",
                "idleTimeoutMinutes",
            ],
        ) {
            Some(t) => format!("after {} min", display(t)),
            None => "on".into(),
        },
        Some(false) => "off".into(),
        None => String::new(),
    }
}

/// "team=data, env".
fn tags(service: &Value) -> String {
    lookup(service, "tags")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .map(|t| {
            let key = t.get("key").map(display).unwrap_or_default();
            match t.get("value").map(display) {
                Some(v) => format!("{key}={v}"),
                None => key,
            }
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// "0.0.0.0/0 (anywhere), 10.0.0.0/8".
fn ip_access(service: &Value) -> String {
    lookup(service, "ipAccessList")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .map(|e| {
            let source = e.get("source").map(display).unwrap_or_default();
            match e.get("description").map(display).filter(|d| !d.is_empty()) {
                Some(d) => format!("{source} ({d})"),
                None => source,
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
    fn computed_columns() {
        let s = json!({
            "autoscalingMode": "vertical", "minReplicaMemoryGb": 16, "maxReplicaMemoryGb": 64, "numReplicas": 3,
            "currentScaling": {"effectiveAutoscalingMode": "vertical", "effectiveMinReplicaMemoryGb": 8,
                               "effectiveMaxReplicaMemoryGb": 120, "effectiveMinReplicas": 3,
                               "effectiveMaxReplicas": 3, "effectiveIdleScaling": true,
                               "effectiveIdleTimeoutMinutes": 15},
            "endpoints": [{"protocol": "nativesecure", "host": "n.example", "port": 9440},
                          {"protocol": "https", "host": "h.example", "port": 8443}],
            "tags": [{"key": "team", "value": "data"}, {"key": "env"}],
            "ipAccessList": [{"source": "0.0.0.0/0", "description": "anywhere"}, {"source": "10.0.0.0/8"}]
        });
        // What is applied, not what is configured.
        assert_eq!(memory_per_replica(&s), "8-120 GiB");
        assert_eq!(replicas(&s), "3");
        assert_eq!(autoscaling(&s), "vertical");
        assert_eq!(https_host(&s), "h.example");
        assert_eq!(idling(&s), "after 15 min");
        assert_eq!(tags(&s), "team=data, env");
        assert_eq!(ip_access(&s), "0.0.0.0/0 (anywhere), 10.0.0.0/8");
        assert_eq!(memory_per_replica(&json!({})), "");
        // Without currentScaling: the configured fields (a horizontal band).
        let h = json!({"autoscalingMode": "horizontal", "minReplicas": 2, "maxReplicas": 6, "replicaMemoryGb": 32});
        assert_eq!(replicas(&h), "2-6");
        assert_eq!(memory_per_replica(&h), "32 GiB");
    }
}
