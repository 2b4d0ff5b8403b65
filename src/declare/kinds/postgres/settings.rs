//! A Postgres service's settings as a file writes them: `settings`, a table of Postgres' own (`pgConfig`),
//! and `pgbouncer_settings`, a table of its PgBouncer's (`pgBouncerConfig`).
//!
//! Values are typed as `dbcloud ch postgres config set` types them: a Postgres setting must be one the spec
//! lists (names any case); an enum value is matched in any case and kept as the spec spells it; a value of
//! a setting that takes numbers is a number when the spec allows it as one, and text otherwise (`64MB`,
//! `2min`, `-1`), which the spec leaves to the service to judge. PgBouncer settings are any name, with text
//! values (a number is written as its text). Live values are brought to the same form, so a comparison is an
//! equality.

use dbcloud_spec::Provider;
use dbcloud_spec::rules;
use serde_json::{Map, Value, json};

use crate::declare::fields;

const CH: Provider = Provider::ClickHouse;

/// The Postgres settings the spec defines (`pgConfig.*`), from the generated rules.
fn postgres_names() -> Vec<&'static str> {
    rules::all(CH)
        .iter()
        .filter_map(|r| r.key.strip_prefix("pgConfig."))
        .collect()
}

/// The JSON types the spec allows for a Postgres setting (`["string", "integer"]`).
fn types(name: &str) -> Vec<String> {
    let spec = dbcloud_spec::spec_for(CH);
    match &spec.components["schemas"]["pgConfig"]["properties"][name]["type"] {
        Value::String(t) => vec![t.clone()],
        Value::Array(ts) => ts
            .iter()
            .filter_map(|t| t.as_str().map(str::to_string))
            .collect(),
        _ => Vec::new(),
    }
}

/// A value as text: a string as written (trimmed), a number as its digits.
fn text(value: &Value) -> Result<String, String> {
    let t = match value {
        Value::String(s) => s.trim().to_string(),
        Value::Number(n) => n.to_string(),
        other => {
            return Err(format!(
                "expected a string or a number, found {}",
                fields::shown(other)
            ));
        }
    };
    if t.is_empty() {
        return Err("the value is empty".into());
    }
    Ok(t)
}

/// One Postgres setting's value, typed as the API takes it (the module's rules).
pub fn postgres_value(name: &str, value: &Value) -> Result<Value, String> {
    let Some(rule) = rules::find(CH, &format!("pgConfig.{name}")) else {
        return Err(format!(
            "'{name}' is not a Postgres setting the API takes (PgBouncer settings go in pgbouncer_settings); settings: {}",
            postgres_names().join(", ")
        ));
    };
    let text = text(value)?;
    if !rule.values.is_empty() {
        return rule.parse_value(&text).map(|v| json!(v));
    }
    let types = types(name);
    let allows = |t: &str| types.iter().any(|x| x == t);
    let number = if allows("integer") || allows("number") {
        text.parse::<i64>()
            .ok()
            .filter(|n| rule.check_number(*n as f64).is_ok())
            .map(Value::from)
            .or_else(|| {
                text.parse::<f64>()
                    .ok()
                    .filter(|n| n.is_finite() && allows("number"))
                    .filter(|n| rule.check_number(*n).is_ok())
                    .and_then(|n| serde_json::Number::from_f64(n).map(Value::Number))
            })
    } else {
        None
    };
    Ok(number.unwrap_or(Value::String(text)))
}

/// A PgBouncer setting's name (any the service knows: only its form is checked) and its value, as text.
pub fn bouncer_value(name: &str, value: &Value) -> Result<Value, String> {
    if name.is_empty() || name.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return Err(format!("'{name}' is not a PgBouncer setting name"));
    }
    text(value).map(Value::String)
}

/// How many PgBouncer settings the API takes at most (`pgBouncerConfig.maxProperties`).
pub fn bouncer_max() -> Option<u64> {
    dbcloud_spec::spec_for(CH).components["schemas"]["pgBouncerConfig"]["maxProperties"].as_u64()
}

/// A live section in the file's form: each value typed as the file's would be (one the file could not
/// write, kept as it is).
pub fn observed(section: Option<&Value>, bouncer: bool) -> Value {
    let mut out: Vec<(String, Value)> = section
        .and_then(Value::as_object)
        .into_iter()
        .flatten()
        .map(|(k, v)| {
            let name = k.to_ascii_lowercase();
            let typed = if bouncer {
                bouncer_value(&name, v)
            } else {
                postgres_value(&name, v)
            };
            (name, typed.unwrap_or_else(|_| v.clone()))
        })
        .collect();
    out.sort_by(|a, b| a.0.cmp(&b.0));
    Value::Object(out.into_iter().collect())
}

/// Whether every setting `want` names has that value in `have` (the others are not the file's business).
pub fn within(want: &Value, have: &Value) -> bool {
    want.as_object()
        .into_iter()
        .flatten()
        .all(|(k, v)| have.get(k).is_some_and(|h| fields::same(v, h)))
}

/// The settings of `want` that `have` does not show so: (their live values, the wanted ones).
pub fn differing(want: &Value, have: &Value) -> (Value, Value) {
    let mut from = Map::new();
    let mut to = Map::new();
    for (k, v) in want.as_object().into_iter().flatten() {
        let h = have.get(k).cloned().unwrap_or(Value::Null);
        if !fields::same(v, &h) {
            from.insert(k.clone(), h);
            to.insert(k.clone(), v.clone());
        }
    }
    (Value::Object(from), Value::Object(to))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A resource's table checked as the file reader checks it: its fields, or the problems.
    fn checked(table: Value) -> Result<Value, String> {
        let (fields, problems) = crate::declare::fields::check_table(
            table.as_object().unwrap(),
            super::super::table::FIELDS,
            &[],
        );
        if problems.is_empty() {
            Ok(Value::Object(
                fields
                    .into_iter()
                    .map(|(k, v)| (k.to_string(), v))
                    .collect(),
            ))
        } else {
            Err(format!("{problems:?}"))
        }
    }

    #[test]
    fn settings_are_typed_as_the_command_types_them() {
        let t = checked(
            json!({"settings": {"MAX_CONNECTIONS": "200", "work_mem": "16MB",
            "wal_compression": "LZ4", "random_page_cost": 1.5, "max_slot_wal_keep_size": -1}}),
        )
        .unwrap();
        assert_eq!(
            t["settings"],
            json!({"max_connections": 200, "max_slot_wal_keep_size": "-1", "random_page_cost": 1.5,
                   "wal_compression": "lz4", "work_mem": "16MB"})
        );
        // Each entry that is wrong, at its own key.
        let e = checked(
            json!({"settings": {"wal_compression": "gzip", "shared_buffers": "1GB",
            "work_mem": true, "lock_timeout": " "}}),
        )
        .unwrap_err();
        for expected in [
            "(\"settings\", Some(Key(\"wal_compression\")), \"'gzip' is not allowed; allowed: off, on, lz4, zstd\")",
            "Some(Key(\"shared_buffers\")), \"'shared_buffers' is not a Postgres setting the API takes",
            "Some(Key(\"work_mem\")), \"expected a string or a number, found true/false (true)\")",
            "Some(Key(\"lock_timeout\")), \"the value is empty\")",
        ] {
            assert!(e.contains(expected), "missing «{expected}» in {e}");
        }
        assert!(checked(json!({"settings": ["work_mem"]})).is_err());
        assert_eq!(
            checked(
                json!({"pgbouncer_settings": {"default_pool_size": 20, "pool_mode": "session"}})
            )
            .unwrap()["pgbouncer_settings"],
            json!({"default_pool_size": "20", "pool_mode": "session"})
        );
        let many: Map<String, Value> = (0..65).map(|i| (format!("s{i}"), json!("1"))).collect();
        let f = vec![("pgbouncer_settings", Value::Object(many))];
        let e = super::super::table::check(&f);
        assert!(e[0].1.contains("the API takes at most 64"), "{e:?}");
    }

    #[test]
    fn only_the_settings_the_file_names_are_compared() {
        let have = observed(
            Some(&json!({"max_connections": "100", "work_mem": "4MB", "wal_compression": "off"})),
            false,
        );
        assert_eq!(
            have,
            json!({"max_connections": 100, "wal_compression": "off", "work_mem": "4MB"})
        );
        assert!(within(&json!({"max_connections": 100}), &have));
        assert!(!within(&json!({"work_mem": "16MB"}), &have));
        assert!(!within(&json!({"statement_timeout": "60s"}), &have));
        assert_eq!(
            differing(&json!({"max_connections": 100, "work_mem": "16MB"}), &have),
            (json!({"work_mem": "4MB"}), json!({"work_mem": "16MB"}))
        );
    }
}
