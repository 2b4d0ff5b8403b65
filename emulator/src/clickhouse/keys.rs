//! API keys: authentication of requests and key creation (the ID and secret shown once).

use serde_json::{Map, Value, json};

use super::activities::activity;
use super::{KEYS, path};
use crate::Config;
use crate::engine::{ApiError, Ctx, Reply, shown};
use crate::store::{Millis, State, new_uuid, parse_rfc3339, random_token, rfc3339};

pub(super) fn suffix(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    chars[chars.len().saturating_sub(4)..].iter().collect()
}

/// The key record ID for credentials, when they are those of an enabled, unexpired key.
pub fn authenticate(
    state: &State,
    config: &Config,
    id: &str,
    secret: &str,
    now: Millis,
) -> Option<String> {
    let org = state.meta_str("clickhouse_org_id");
    let keys = state.collection(&path(KEYS, &org, None))?;
    keys.iter().find_map(|k| {
        let matches = if k["_configured"] == true {
            id == config.clickhouse_key_id && secret == config.clickhouse_key_secret
        } else {
            k["_key_id"].as_str() == Some(id) && k["_key_secret"].as_str() == Some(secret)
        };
        let expired = k["expireAt"]
            .as_str()
            .and_then(parse_rfc3339)
            .is_some_and(|t| t <= now);
        (matches && k["state"] == "enabled" && !expired)
            .then(|| k["id"].as_str().unwrap_or_default().to_string())
    })
}

pub(super) fn create_key(ctx: &mut Ctx<'_>, org: &str) -> Result<Reply, ApiError> {
    let body = ctx.body.clone();
    let id = new_uuid();
    let mut key = json!({
        "id": id,
        "name": body["name"],
        "state": body.get("state").cloned().unwrap_or(json!("enabled")),
        "roles": body["roles"],
        "createdAt": rfc3339(ctx.now),
    });
    if let Some(e) = body.get("expireAt") {
        key["expireAt"] = e.clone();
    }
    let mut answer = Map::new();
    match body.get("hashData") {
        Some(hash) => {
            key["keySuffix"] = hash.get("keyIdSuffix").cloned().unwrap_or(json!(""));
            key["_hash_data"] = hash.clone();
        }
        None => {
            let key_id = random_token(20);
            let secret = format!("4b1d{}", random_token(38));
            key["keySuffix"] = json!(suffix(&key_id));
            key["_key_id"] = json!(key_id);
            key["_key_secret"] = json!(secret);
            // The key ID and secret are shown here only.
            answer.insert("keyId".into(), json!(key_id));
            answer.insert("keySecret".into(), json!(secret));
        }
    }
    ctx.state
        .collection_mut(&path(KEYS, org, None), KEYS)
        .insert(&id, key);
    activity(ctx, org, "key_create", None);
    let shown_key = shown(ctx, &path(KEYS, org, None), KEYS, &id)?;
    let mut out = Map::new();
    out.insert("key".into(), shown_key);
    out.extend(answer);
    Ok(Reply::Json(Value::Object(out)))
}
