//! How a service is backed up: its backup configuration (a period and retention in hours, an optional daily
//! start time) and its own backup bucket (AWS, GCP or Azure; the secret kept, never shown).

use serde_json::{Map, Value, json};

use super::super::activities::activity;
use super::super::bad;
use super::{config_path, not_configured};
use crate::engine::{ApiError, Ctx, Reply};
use crate::store::{new_uuid, public};

const CONFIGURATION: &str = "backupConfiguration";
const BUCKET: &str = "backupBucket";
/// What a service starts with: a backup a day, kept a day.
const DEFAULT_HOURS: u64 = 24;
/// Retention: whole days, from one to 45 (the spec's description says so).
const MAX_RETENTION_HOURS: u64 = 45 * 24;

pub(super) fn configuration(ctx: &mut Ctx<'_>, org: &str) -> Result<Reply, ApiError> {
    let at = config_path(ctx, CONFIGURATION);
    let mut config = ctx.state.singletons.get(&at).cloned().unwrap_or_else(|| {
        json!({"backupPeriodInHours": DEFAULT_HOURS, "backupRetentionPeriodInHours": DEFAULT_HOURS})
    });
    if ctx.op.method == "GET" {
        return Ok(Reply::Json(config));
    }
    let body = ctx.body.clone();
    let whole = |field: &str| -> Result<Option<u64>, ApiError> {
        match body.get(field).and_then(Value::as_f64) {
            None => Ok(None),
            Some(n) if n.fract() == 0.0 && n >= 1.0 => Ok(Some(n as u64)),
            Some(n) => Err(bad(format!("{field}: {n} is not a whole number of hours"))),
        }
    };
    let period = whole("backupPeriodInHours")?;
    let retention = whole("backupRetentionPeriodInHours")?;
    if let Some(p) = period.filter(|p| *p > DEFAULT_HOURS) {
        return Err(bad(format!(
            "backupPeriodInHours: {p} is more than {DEFAULT_HOURS}: a service is backed up at least once a day"
        )));
    }
    if let Some(r) = retention.filter(|r| r % 24 != 0 || *r > MAX_RETENTION_HOURS) {
        return Err(bad(format!(
            "backupRetentionPeriodInHours: {r} is not a whole number of days from 24 to {MAX_RETENTION_HOURS}"
        )));
    }
    let start = body.get("backupStartTime").and_then(Value::as_str);
    if let Some(t) = start
        && !is_time_of_day(t)
    {
        return Err(bad(format!("backupStartTime: {t:?} is not a time HH:MM")));
    }
    if start.is_some() && period.is_some_and(|p| p != DEFAULT_HOURS) {
        return Err(bad(
            "backupPeriodInHours: with a backupStartTime, backups run once a day (every 24 hours)",
        ));
    }
    if let Some(p) = period {
        config["backupPeriodInHours"] = json!(p);
        // A period other than a day leaves no daily start time.
        if p != DEFAULT_HOURS
            && let Value::Object(m) = &mut config
        {
            m.remove("backupStartTime");
        }
    }
    if let Some(r) = retention {
        config["backupRetentionPeriodInHours"] = json!(r);
    }
    if let Some(t) = start {
        config["backupStartTime"] = json!(t);
        config["backupPeriodInHours"] = json!(DEFAULT_HOURS);
    }
    ctx.state.singletons.insert(at, config.clone());
    let service = ctx.param("serviceId").to_string();
    activity(
        ctx,
        org,
        "service_update_backup_configuration",
        Some(&service),
    );
    Ok(Reply::Json(config))
}

fn is_time_of_day(t: &str) -> bool {
    let b = t.as_bytes();
    b.len() == 5
        && b[2] == b':'
        && [b[0], b[1], b[3], b[4]].iter().all(u8::is_ascii_digit)
        && t[..2].parse::<u8>().is_ok_and(|h| h < 24)
        && t[3..].parse::<u8>().is_ok_and(|m| m < 60)
}

/// Each provider's fields: those required, those allowed besides, and the secret one.
fn fields_of(provider: &str) -> (&'static [&'static str], &'static [&'static str]) {
    match provider {
        "AWS" => (&["bucketPath", "iamRoleArn"], &["iamRoleSessionName"]),
        "GCP" => (&["bucketPath", "accessKeyId", "secretAccessKey"], &[]),
        _ => (&["containerName", "connectionString"], &[]),
    }
}

const SECRETS: [&str; 2] = ["secretAccessKey", "connectionString"];

/// The fields of a request for its provider: another provider's is refused; on a new bucket (`complete`)
/// every required one must be there, and the secret always.
fn checked_fields(body: &Value, complete: bool) -> Result<Map<String, Value>, ApiError> {
    let provider = body["bucketProvider"].as_str().unwrap_or_default();
    let (required, optional) = fields_of(provider);
    let mut out = Map::new();
    for (k, v) in body.as_object().into_iter().flatten() {
        if k == "bucketProvider" {
            continue;
        }
        if !required.contains(&k.as_str()) && !optional.contains(&k.as_str()) {
            return Err(bad(format!("{k}: {provider} buckets have no such field")));
        }
        if v.as_str().is_some_and(|s| s.trim().is_empty()) {
            return Err(bad(format!("{k}: cannot be empty")));
        }
        out.insert(k.clone(), v.clone());
    }
    for f in required {
        let secret = SECRETS.contains(f);
        if (complete || secret) && !out.contains_key(*f) {
            let why = if secret && !complete {
                "the secret of the bucket is required on every change"
            } else {
                "is required"
            };
            return Err(bad(format!("{f}: {why} ({provider} bucket)")));
        }
    }
    if let Some(arn) = out.get("iamRoleArn").and_then(Value::as_str)
        && !arn.starts_with("arn:aws:iam::")
    {
        return Err(bad(format!(
            "iamRoleArn: {arn:?} is not an IAM role ARN (arn:aws:iam::ACCOUNT:role/NAME)"
        )));
    }
    Ok(out)
}

/// The bucket as shown: its secret (kept as `_secret...`) left out.
fn shown(bucket: &Value) -> Value {
    public(bucket)
}

pub(super) fn bucket(ctx: &mut Ctx<'_>, org: &str) -> Result<Reply, ApiError> {
    let at = config_path(ctx, BUCKET);
    let current = ctx.state.singletons.get(&at).cloned();
    let method = ctx.op.method.clone();
    let body = ctx.body.clone();
    let store = |fields: Map<String, Value>, id: String, provider: &Value| {
        let mut b = json!({"id": id, "bucketProvider": provider});
        for (k, v) in fields {
            if SECRETS.contains(&k.as_str()) {
                b[format!("_{k}")] = v;
            } else if !v.is_null() {
                b[k] = v;
            }
        }
        b
    };
    let reply = match (method.as_str(), current) {
        ("GET", Some(b)) => return Ok(Reply::Json(shown(&b))),
        ("DELETE", Some(_)) => {
            ctx.state.singletons.remove(&at);
            Reply::Empty
        }
        ("POST", Some(_)) => {
            return Err(ApiError::already_exists(format!(
                "Service {} has a backup bucket already: update or delete it",
                ctx.param("serviceId")
            )));
        }
        ("POST", None) => {
            let b = store(
                checked_fields(&body, true)?,
                new_uuid(),
                &body["bucketProvider"],
            );
            ctx.state.singletons.insert(at, b.clone());
            Reply::Json(shown(&b))
        }
        ("PATCH", Some(old)) => {
            let same = old["bucketProvider"] == body["bucketProvider"];
            let fields = checked_fields(&body, !same)?;
            let id = old["id"].as_str().unwrap_or_default().to_string();
            let mut b = if same { old } else { json!({}) };
            let changes = store(fields.clone(), id, &body["bucketProvider"]);
            for (k, v) in changes.as_object().into_iter().flatten() {
                b[k] = v.clone();
            }
            // `iamRoleSessionName: null` removes it.
            if let Value::Object(m) = &mut b {
                for (k, v) in &fields {
                    if v.is_null() {
                        m.remove(k);
                    }
                }
            }
            ctx.state.singletons.insert(at, b.clone());
            Reply::Json(shown(&b))
        }
        _ => return Err(not_configured(ctx, "backup bucket")),
    };
    let service = ctx.param("serviceId").to_string();
    activity(
        ctx,
        org,
        "service_update_backup_configuration",
        Some(&service),
    );
    Ok(reply)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_provider_needs_its_fields() {
        let aws = json!({"bucketProvider": "AWS", "bucketPath": "s3://b/p",
                         "iamRoleArn": "arn:aws:iam::123456789012:role/r"});
        assert!(checked_fields(&aws, true).is_ok());
        let gcp_without_secret =
            json!({"bucketProvider": "GCP", "bucketPath": "https://x", "accessKeyId": "k"});
        let e = checked_fields(&gcp_without_secret, false).unwrap_err();
        assert!(e.message.contains("secretAccessKey"), "{}", e.message);
        let mixed = json!({"bucketProvider": "AZURE", "containerName": "c", "connectionString": "s",
                           "iamRoleArn": "arn:aws:iam::1:role/r"});
        let e = checked_fields(&mixed, true).unwrap_err();
        assert!(
            e.message.contains("iamRoleArn: AZURE buckets have no"),
            "{}",
            e.message
        );
        assert!(is_time_of_day("23:59") && !is_time_of_day("24:00") && !is_time_of_day("1:30"));
    }
}
