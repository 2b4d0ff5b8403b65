//! The settings of a Postgres service: Postgres' own (`pgConfig`) and its PgBouncer's (`pgBouncerConfig`).
//! A service starts with defaults; PATCH changes the settings it names, POST replaces both sections. Beyond
//! the schema (checked at the gate), values are checked as the service does: text values of numeric
//! settings must be a number with a unit, at least the spec's minimum (or the -1 some settings document),
//! parallel workers within the worker processes, and PgBouncer's pool mode and counts.

use serde_json::{Map, Value, json};

use super::{collection_path, stored, wrong_state};
use crate::clickhouse::bad;
use crate::engine::{ApiError, Ctx, Reply};
use crate::spec::{Provider, rules};

/// Settings that take effect only after a restart.
const NEEDS_RESTART: &[&str] = &[
    "max_connections",
    "max_worker_processes",
    "autovacuum_max_workers",
];

/// Settings whose documentation gives -1 a meaning below their minimum (unlimited, inherit).
const MINUS_ONE_ALLOWED: &[&str] = &[
    "max_slot_wal_keep_size",
    "autovacuum_work_mem",
    "autovacuum_vacuum_cost_limit",
];

/// Units Postgres reads after a number (and the short forms the API's examples use).
const UNITS: &[&str] = &[
    "", "B", "kB", "MB", "GB", "TB", "us", "ms", "s", "m", "min", "h", "d",
];

fn defaults() -> Value {
    json!({
        "pgConfig": {
            "max_connections": 100,
            "default_transaction_isolation": "read committed",
            "ssl_min_protocol_version": "TLSv1.2",
            "work_mem": "4MB",
            "maintenance_work_mem": "64MB",
            "effective_cache_size": "4GB",
            "random_page_cost": 1.1,
            "max_worker_processes": 8,
            "max_parallel_workers": 8,
            "statement_timeout": "0",
            "wal_compression": "off",
            "autovacuum_max_workers": 3,
        },
        "pgBouncerConfig": {
            "pool_mode": "transaction",
            "default_pool_size": "20",
            "max_client_conn": "1000",
        },
    })
}

/// The settings of a new service: `base` (the defaults, or the source's for a replica or a restore) with
/// the body's settings on top.
pub(super) fn initial(body: &Value, base: Option<Value>) -> Result<Value, ApiError> {
    let mut config = base.unwrap_or_else(defaults);
    merge(&mut config, body);
    check(&config)?;
    Ok(config)
}

/// The settings of a stored service.
pub(super) fn of(ctx: &Ctx<'_>, org: &str, id: &str) -> Value {
    ctx.state
        .item(&collection_path(org), id)
        .map(|i| i["_config"].clone())
        .filter(Value::is_object)
        .unwrap_or_else(defaults)
}

fn merge(config: &mut Value, body: &Value) {
    for section in ["pgConfig", "pgBouncerConfig"] {
        if let Some(Value::Object(changes)) = body.get(section) {
            if !config[section].is_object() {
                config[section] = json!({});
            }
            if let Value::Object(current) = &mut config[section] {
                current.extend(changes.clone());
            }
        }
    }
}

/// A number with an optional unit (`64MB`, `2min`, `-1`, `1.5`): the number and the unit.
fn number_with_unit(s: &str) -> Option<(f64, &str)> {
    let s = s.trim();
    let split = s
        .char_indices()
        .find(|(i, c)| !(c.is_ascii_digit() || *c == '.' || (*i == 0 && *c == '-')))
        .map_or(s.len(), |(i, _)| i);
    let (number, unit) = s.split_at(split);
    let n: f64 = number.parse().ok()?;
    UNITS.contains(&unit.trim()).then_some((n, unit.trim()))
}

fn as_number(v: &Value) -> Option<f64> {
    match v {
        Value::Number(n) => n.as_f64(),
        Value::String(s) => number_with_unit(s).map(|(n, _)| n),
        _ => None,
    }
}

/// What the service checks beyond the schema.
fn check(config: &Value) -> Result<(), ApiError> {
    let empty = Map::new();
    let pg = config["pgConfig"].as_object().unwrap_or(&empty);
    for (name, value) in pg {
        let Value::String(text) = value else { continue };
        let rule = rules::find(Provider::ClickHouse, &format!("pgConfig.{name}"));
        if rule.is_some_and(|r| !r.values.is_empty()) {
            continue;
        }
        let Some((n, unit)) = number_with_unit(text) else {
            return Err(bad(format!(
                "pgConfig.{name}: {text:?} is not a valid value: a number, optionally with a unit (like 64MB or 30s)"
            )));
        };
        // The spec's minimums are in Postgres' base units: kB for memory; a time is only checked for sign.
        let n = match unit {
            "" => n,
            "B" => n / 1024.0,
            "kB" => n,
            "MB" => n * 1024.0,
            "GB" => n * 1024.0 * 1024.0,
            "TB" => n * 1024.0 * 1024.0 * 1024.0,
            _ if n < 0.0 => n,
            _ => continue,
        };
        let minimum = rule.and_then(|r| r.minimum);
        let allowed_minus_one = n == -1.0 && MINUS_ONE_ALLOWED.contains(&name.as_str());
        if let Some(min) = minimum
            && n < min
            && !allowed_minus_one
        {
            return Err(bad(format!(
                "pgConfig.{name}: {text:?} is below the minimum {min}"
            )));
        }
    }
    if let (Some(parallel), Some(workers)) = (
        pg.get("max_parallel_workers").and_then(as_number),
        pg.get("max_worker_processes").and_then(as_number),
    ) && parallel > workers
    {
        return Err(bad(format!(
            "pgConfig.max_parallel_workers: {parallel} cannot exceed max_worker_processes ({workers})"
        )));
    }
    let bouncer = config["pgBouncerConfig"].as_object().unwrap_or(&empty);
    for (name, value) in bouncer {
        let text = value.as_str().unwrap_or_default();
        if name.is_empty() || !name.chars().all(|c| c.is_ascii_lowercase() || c == '_') {
            return Err(bad(format!(
                "pgBouncerConfig.{name}: not a PgBouncer setting name"
            )));
        }
        if name == "pool_mode" && !matches!(text, "session" | "transaction" | "statement") {
            return Err(bad(format!(
                "pgBouncerConfig.pool_mode: {text:?} is not one of session, transaction, statement"
            )));
        }
        let counted = ["_size", "_conn", "_connections", "_timeout", "_lifetime"]
            .iter()
            .any(|s| name.ends_with(s));
        if counted && text.parse::<u64>().is_err() {
            return Err(bad(format!(
                "pgBouncerConfig.{name}: {text:?} is not a whole number"
            )));
        }
    }
    Ok(())
}

/// The stored settings of the request's service, with `change` applied to them, checked and saved; the
/// answer says when some take effect only after a restart.
fn write(
    ctx: &mut Ctx<'_>,
    org: &str,
    change: impl FnOnce(&mut Value, &Value),
) -> Result<Reply, ApiError> {
    let body = ctx.body.clone();
    let (current, item) = stored(ctx, org)?;
    let id = item["id"].as_str().unwrap_or_default().to_string();
    if current == "deleting" {
        return Err(wrong_state(&id, &current, "configured"));
    }
    let before = if item["_config"].is_object() {
        item["_config"].clone()
    } else {
        defaults()
    };
    let mut config = before.clone();
    change(&mut config, &body);
    check(&config)?;
    item["_config"] = config.clone();
    let restart: Vec<&str> = NEEDS_RESTART
        .iter()
        .copied()
        .filter(|s| config["pgConfig"].get(*s) != before["pgConfig"].get(*s))
        .collect();
    let message = if restart.is_empty() {
        "The configuration was updated.".to_string()
    } else {
        format!(
            "The configuration was updated; {} {} effect after the service restarts.",
            restart.join(", "),
            if restart.len() == 1 { "takes" } else { "take" }
        )
    };
    config["message"] = json!(message);
    Ok(Reply::Json(config))
}

pub(super) fn get(ctx: &mut Ctx<'_>, org: &str) -> Result<Reply, ApiError> {
    let (_, item) = stored(ctx, org)?;
    let config = if item["_config"].is_object() {
        item["_config"].clone()
    } else {
        defaults()
    };
    Ok(Reply::Json(config))
}

pub(super) fn patch(ctx: &mut Ctx<'_>, org: &str) -> Result<Reply, ApiError> {
    write(ctx, org, merge)
}

pub(super) fn replace(ctx: &mut Ctx<'_>, org: &str) -> Result<Reply, ApiError> {
    write(ctx, org, |config, body| {
        for section in ["pgConfig", "pgBouncerConfig"] {
            config[section] = body[section].clone();
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_are_checked_as_the_service_does() {
        assert!(check(&defaults()).is_ok());
        let with = |pg: Value| json!({"pgConfig": pg, "pgBouncerConfig": {"pool_mode": "session"}});
        assert!(
            check(&with(
                json!({"work_mem": "64MB", "statement_timeout": "2min"})
            ))
            .is_ok()
        );
        assert!(check(&with(json!({"work_mem": "lots"}))).is_err());
        assert!(check(&with(json!({"work_mem": "32kB"}))).is_err());
        assert!(
            check(&with(
                json!({"min_wal_size": "80MB", "lock_timeout": "10s"})
            ))
            .is_ok()
        );
        assert!(check(&with(json!({"max_connections": "0"}))).is_err());
        assert!(check(&with(json!({"max_slot_wal_keep_size": "-1"}))).is_ok());
        assert!(
            check(&with(
                json!({"max_parallel_workers": 16, "max_worker_processes": "8"})
            ))
            .is_err()
        );
        assert!(
            check(&json!({"pgConfig": {}, "pgBouncerConfig": {"pool_mode": "eager"}})).is_err()
        );
        assert!(
            check(&json!({"pgConfig": {}, "pgBouncerConfig": {"default_pool_size": "many"}}))
                .is_err()
        );
    }

    #[test]
    fn numbers_and_units() {
        assert_eq!(number_with_unit("64MB"), Some((64.0, "MB")));
        assert_eq!(number_with_unit("-1"), Some((-1.0, "")));
        assert_eq!(number_with_unit("1.5"), Some((1.5, "")));
        assert_eq!(number_with_unit("5 parsecs"), None);
    }
}
