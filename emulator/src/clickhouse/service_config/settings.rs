//! ClickHouse settings of a service: the schema of the configurable ones (served, and every change checked
//! against it), the values set (kept as the strings the API shows), one value with its platform default,
//! resets. The API records no activity for these.

use serde_json::{Map, Value, json};

use super::super::SERVICE;
use super::super::bad;
use super::config_path;
use crate::engine::{ApiError, Ctx, Reply};

const SETTINGS: &str = "clickhouseSettings";
const RESTARTS: &str =
    "Changing this setting restarts the service's ClickHouse servers (a rolling restart).";

/// A configurable setting: name, type, description, allowed values, warning, deprecation notice, an
/// example and the platform default.
struct Setting {
    name: &'static str,
    kind: &'static str,
    description: &'static str,
    allowed: &'static [i64],
    warning: Option<&'static str>,
    deprecation: Option<&'static str>,
    example: &'static str,
    default: &'static str,
}

const fn setting(
    name: &'static str,
    kind: &'static str,
    description: &'static str,
    example: &'static str,
    default: &'static str,
) -> Setting {
    Setting {
        name,
        kind,
        description,
        allowed: &[],
        warning: None,
        deprecation: None,
        example,
        default,
    }
}

const SCHEMA: &[Setting] = &[
    Setting {
        warning: Some("Changing this setting without comprehensive testing can cause instability."),
        ..setting(
            "compatibility",
            "string",
            "The ClickHouse version whose setting defaults queries follow.",
            "24.8",
            "25.8",
        )
    },
    setting(
        "max_threads",
        "integer",
        "The most threads one query uses.",
        "16",
        "16",
    ),
    setting(
        "max_memory_usage",
        "integer",
        "The most memory, in bytes, one query may use on a replica (0: no limit).",
        "10000000000",
        "0",
    ),
    setting(
        "max_execution_time",
        "integer",
        "The longest a query may run, in seconds (0: no limit).",
        "300",
        "0",
    ),
    setting(
        "max_query_size",
        "integer",
        "The largest query text parsed, in bytes.",
        "1048576",
        "262144",
    ),
    Setting {
        allowed: &[0, 1],
        ..setting(
            "async_insert",
            "integer",
            "Buffer small inserts on the server and write them in batches.",
            "1",
            "0",
        )
    },
    Setting {
        allowed: &[0, 1],
        ..setting(
            "wait_for_async_insert",
            "integer",
            "Answer an asynchronous insert only once its batch is written.",
            "1",
            "1",
        )
    },
    setting(
        "join_algorithm",
        "string",
        "The join algorithms queries may use.",
        "parallel_hash",
        "default",
    ),
    setting(
        "max_bytes_ratio_before_external_sort",
        "number",
        "The share of the memory limit a sort may use before it spills to disk.",
        "0.5",
        "0.5",
    ),
    Setting {
        warning: Some(RESTARTS),
        ..setting(
            "keep_alive_timeout",
            "integer",
            "Seconds an idle HTTP connection is kept open.",
            "30",
            "30",
        )
    },
    Setting {
        allowed: &[0, 1],
        deprecation: Some("This setting may become obsolete with Cloud v2 stateless workers."),
        ..setting(
            "allow_experimental_analyzer",
            "integer",
            "Use the new query analyzer.",
            "1",
            "1",
        )
    },
];

fn schema_of(name: &str) -> Option<&'static Setting> {
    SCHEMA.iter().find(|s| s.name == name)
}

fn schema_entry(s: &Setting) -> Value {
    let mut v =
        json!({"name": s.name, "type": s.kind, "description": s.description, "example": s.example});
    if !s.allowed.is_empty() {
        v["enum"] = json!(s.allowed);
    }
    if let Some(w) = s.warning {
        v["warning"] = json!(w);
    }
    if let Some(d) = s.deprecation {
        v["deprecationNotice"] = json!(d);
    }
    v
}

/// A value as the setting's type takes it (a number, or a string of one, for numeric settings), as the
/// string the API shows.
fn checked(s: &Setting, value: &Value) -> Result<String, String> {
    let text = match value {
        Value::String(t) => t.clone(),
        Value::Number(n) => n.to_string(),
        Value::Bool(b) => b.to_string(),
        other => return Err(format!("{} takes a {}, not {other}", s.name, s.kind)),
    };
    let ok = match s.kind {
        "integer" => text.trim().parse::<i64>().is_ok(),
        "number" => text.trim().parse::<f64>().is_ok_and(f64::is_finite),
        _ => true,
    };
    if !ok {
        return Err(format!("{} takes an {}, not {value}", s.name, s.kind));
    }
    if !s.allowed.is_empty() && !s.allowed.iter().any(|a| a.to_string() == text.trim()) {
        return Err(format!(
            "{} allows {}, not {value}",
            s.name,
            s.allowed
                .iter()
                .map(i64::to_string)
                .collect::<Vec<_>>()
                .join(", ")
        ));
    }
    Ok(text.trim().to_string())
}

pub(super) fn handle(ctx: &mut Ctx<'_>) -> Result<Reply, ApiError> {
    let at = config_path(ctx, SETTINGS);
    let template = ctx.op.template.clone();
    let method = ctx.op.method.clone();
    let set: Map<String, Value> = ctx
        .state
        .singletons
        .get(&at)
        .and_then(|v| v.as_object().cloned())
        .unwrap_or_default();
    if template == format!("{SERVICE}/{SETTINGS}/schema") {
        let entries: Vec<Value> = SCHEMA.iter().map(schema_entry).collect();
        return Ok(Reply::Json(json!({ "settings": entries })));
    }
    if template == format!("{SERVICE}/{SETTINGS}") {
        return match method.as_str() {
            "GET" => {
                let list: Vec<Value> = set
                    .iter()
                    .map(|(name, value)| json!({"name": name, "value": value}))
                    .collect();
                Ok(Reply::Json(json!({ "settings": list })))
            }
            _ => update(ctx, &at, set),
        };
    }
    let name = ctx.param("settingName").to_string();
    let s = schema_of(&name).ok_or_else(|| {
        ApiError::not_found(format!(
            "Setting {name} not found: it is not a configurable setting"
        ))
    })?;
    if method == "GET" {
        let value = set.get(&name).cloned().unwrap_or(json!(s.default));
        return Ok(Reply::Json(json!({"name": name, "value": value})));
    }
    // Resetting a setting that was never set changes nothing.
    let mut set = set;
    if set.remove(&name).is_some() {
        ctx.state.singletons.insert(at, Value::Object(set));
    }
    Ok(Reply::Empty)
}

/// `settings` is a JSON object in a string: each name configurable, each value of its type.
fn update(ctx: &mut Ctx<'_>, at: &str, mut set: Map<String, Value>) -> Result<Reply, ApiError> {
    let text = ctx.body_str("settings").unwrap_or_default().to_string();
    let changes: Map<String, Value> = match serde_json::from_str(&text) {
        Ok(Value::Object(m)) => m,
        _ => {
            return Err(bad(format!(
                "settings: {text:?} is not a JSON object of setting names to values"
            )));
        }
    };
    if changes.is_empty() {
        return Err(bad("settings: the object names no setting"));
    }
    let mut warnings = Vec::new();
    for (name, value) in &changes {
        let s = schema_of(name)
            .ok_or_else(|| bad(format!("settings: {name} is not a configurable setting")))?;
        let value = checked(s, value).map_err(|e| bad(format!("settings: {e}")))?;
        set.insert(name.clone(), json!(value));
        if let Some(w) = s.warning {
            warnings.push(json!({"name": name, "message": w}));
        }
    }
    ctx.state
        .singletons
        .insert(at.to_string(), Value::Object(set));
    Ok(Reply::Json(json!({
        "settings": Value::Object(changes).to_string(),
        "warnings": warnings,
    })))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_are_checked_against_the_schema() {
        let threads = schema_of("max_threads").unwrap();
        assert_eq!(checked(threads, &json!(8)), Ok("8".into()));
        assert_eq!(checked(threads, &json!("8")), Ok("8".into()));
        assert!(checked(threads, &json!("eight")).is_err());
        let flag = schema_of("async_insert").unwrap();
        assert!(checked(flag, &json!(2)).unwrap_err().contains("0, 1"));
        let ratio = schema_of("max_bytes_ratio_before_external_sort").unwrap();
        assert_eq!(checked(ratio, &json!(0.25)), Ok("0.25".into()));
        assert!(checked(schema_of("compatibility").unwrap(), &json!([1])).is_err());
    }
}
