//! API keys: authentication of requests, creation (the ID and secret shown once), changes, deletion.

use serde_json::{Map, Value, json};

use super::activities::activity_with;
use super::roles;
use super::{KEYS, path};
use crate::Config;
use crate::engine::{ApiError, Ctx, Reply, generic, shown};
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

/// A new key: its roles by ID (`assignedRoleIds`) or by the deprecated legacy names (`roles`); the key
/// ID and secret are in this answer only.
pub(super) fn create_key(ctx: &mut Ctx<'_>, org: &str) -> Result<Reply, ApiError> {
    let body = ctx.body.clone();
    let assigned = roles::requested(ctx, org, "roles")?.unwrap_or_default();
    let id = new_uuid();
    let mut key = json!({
        "id": id,
        "name": body["name"],
        "state": body.get("state").cloned().unwrap_or(json!("enabled")),
        "roles": roles::legacy_of(&json!(assigned)),
        "assignedRoles": assigned,
        "createdAt": rfc3339(ctx.now),
    });
    for f in ["expireAt", "ipAccessList"] {
        if let Some(v) = body.get(f).filter(|v| !v.is_null()) {
            key[f] = v.clone();
        }
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
    roles::sync_actors(ctx.state, org);
    activity_with(
        ctx,
        org,
        "key_create",
        None,
        json!({"targetKeyId": id, "keyUpdateType": "created"}),
    );
    let shown_key = shown(ctx, &path(KEYS, org, None), KEYS, &id)?;
    let mut out = Map::new();
    out.insert("key".into(), shown_key);
    out.extend(answer);
    Ok(Reply::Json(Value::Object(out)))
}

/// A key's name, roles, expiry (`null`: never), state or IP access list; each change is an activity.
pub(super) fn update_key(ctx: &mut Ctx<'_>, org: &str) -> Result<Reply, ApiError> {
    let id = ctx.param("keyId").to_lowercase();
    let keys = path(KEYS, org, None);
    shown(ctx, &keys, KEYS, &id)?;
    let body = ctx.body.clone();
    let assigned = roles::requested(ctx, org, "roles")?;
    let mut changes = Vec::new();
    let Some(key) = ctx.state.item_mut(&keys, &id) else {
        return Err(ApiError::not_found(format!("Key {id} not found")));
    };
    if let Some(name) = body.get("name") {
        key["name"] = name.clone();
        changes.push("name-changed");
    }
    if let Some(assigned) = assigned {
        key["roles"] = json!(roles::legacy_of(&json!(assigned)));
        key["assignedRoles"] = json!(assigned);
        changes.push("roles-v2-changed");
    }
    match body.get("expireAt") {
        Some(Value::Null) => {
            if let Value::Object(m) = key {
                m.remove("expireAt");
            }
            changes.push("date-changed");
        }
        Some(at) => {
            key["expireAt"] = at.clone();
            changes.push("date-changed");
        }
        None => {}
    }
    if let Some(state) = body.get("state") {
        key["state"] = state.clone();
        changes.push("state-changed");
    }
    if let Some(list) = body.get("ipAccessList") {
        key["ipAccessList"] = list.clone();
        changes.push("ip-access-list-changed");
    }
    roles::sync_actors(ctx.state, org);
    for change in changes {
        activity_with(
            ctx,
            org,
            "openapi_key_update",
            None,
            json!({"targetKeyId": id, "keyUpdateType": change}),
        );
    }
    Ok(Reply::Json(shown(ctx, &keys, KEYS, &id)?))
}

pub(super) fn delete_key(ctx: &mut Ctx<'_>, org: &str) -> Result<Reply, ApiError> {
    let id = ctx.param("keyId").to_lowercase();
    let reply = generic(ctx)?;
    roles::sync_actors(ctx.state, org);
    activity_with(
        ctx,
        org,
        "key_delete",
        None,
        json!({"targetKeyId": id, "keyUpdateType": "deleted"}),
    );
    Ok(reply)
}
