//! Roles (roles v2): the organization's system roles, seeded, and its custom roles, created through the
//! API; the roles assigned to keys, members and invitations (`assignedRoles`), set by role ID
//! (`assignedRoleIds`) or by the deprecated legacy roles (`roles`, `role`), which map onto system roles.
//! A role's `actors` follow the keys and members it is assigned to.

use serde_json::{Value, json};

use super::{INVITATIONS, KEYS, MEMBERS, ROLES, TAG_ROLE, bad, path};
use crate::engine::{ApiError, Ctx, Reply, generic, shown};
use crate::store::{Millis, State, det_uuid, new_uuid, rfc3339};

/// The system roles every organization has: name, the legacy role it stands for, permissions, and the
/// resources they apply to.
const SYSTEM_ROLES: &[(&str, Option<&str>, &[&str], &str)] = &[
    (
        "Admin",
        Some("admin"),
        &[
            "control-plane:organization:manage",
            "control-plane:organization:manage-billing",
            "control-plane:service:manage",
        ],
        "organization",
    ),
    (
        "Developer",
        Some("developer"),
        &[
            "control-plane:organization:view",
            "control-plane:service:view",
        ],
        "organization",
    ),
    (
        "Member",
        None,
        &["control-plane:organization:view"],
        "organization",
    ),
    (
        "Billing Admin",
        None,
        &[
            "control-plane:organization:view",
            "control-plane:organization:manage-billing",
        ],
        "organization",
    ),
    (
        "Service Admin",
        None,
        &["control-plane:service:manage"],
        "instance",
    ),
    (
        "Service Read Only",
        None,
        &["control-plane:service:view"],
        "instance",
    ),
    (
        "Query Endpoints",
        Some("query_endpoints"),
        &["control-plane:service:view-query-api-endpoints"],
        "instance",
    ),
];

/// The permissions a policy can name (those of ClickHouse Cloud's console).
const PERMISSIONS: &[&str] = &[
    "control-plane:organization:view",
    "control-plane:organization:manage",
    "control-plane:organization:manage-billing",
    "control-plane:organization:view-billing",
    "control-plane:organization:view-api-keys",
    "control-plane:organization:create-api-keys",
    "control-plane:organization:update-api-keys",
    "control-plane:organization:delete-api-keys",
    "control-plane:support:manage",
    "control-plane:service:view",
    "control-plane:service:manage",
    "control-plane:service:view-backups",
    "control-plane:service:manage-backups",
    "control-plane:service:manage-ip-access-list",
    "control-plane:service:manage-generative-ai",
    "control-plane:service:view-query-api-endpoints",
    "control-plane:service:manage-query-api-endpoints",
    "control-plane:service:view-private-endpoints",
    "control-plane:service:manage-private-endpoints",
    "control-plane:service:manage-clickpipes",
    "control-plane:service:view-scaling-config",
    "control-plane:service:manage-scaling-config",
    "control-plane:service:manage-clickstack-api",
    "sql-console:database:access",
];

/// The SQL console permission, which a policy names only with its SQL console role (`tags.roleV2`).
const SQL_CONSOLE: &str = "sql-console:database:access";

/// The ID of the seeded Admin role (the organization must keep a member with it).
pub(super) fn admin_role_id() -> String {
    det_uuid(TAG_ROLE, 1)
}

pub(super) fn seed(state: &mut State, org: &str, created: Millis) {
    let roles = state.collection_mut(&path(ROLES, org, None), ROLES);
    for (n, (name, _, permissions, scope)) in SYSTEM_ROLES.iter().enumerate() {
        let id = det_uuid(TAG_ROLE, n as u64 + 1);
        let resource = match *scope {
            "organization" => format!("organization/{org}"),
            _ => "instance/*".to_string(),
        };
        roles.insert(
            &id,
            json!({
                "id": id,
                "tenantId": format!("organization/{org}"),
                "ownerId": format!("organization/{org}"),
                "name": name,
                "type": "system",
                "actors": [],
                "policies": [{
                    "id": det_uuid(TAG_ROLE, 100 + n as u64),
                    "roleId": id,
                    "tenantId": format!("organization/{org}"),
                    "allowDeny": "ALLOW",
                    "permissions": permissions,
                    "resources": [resource],
                }],
                "createdAt": rfc3339(created),
                "updatedAt": rfc3339(created),
            }),
        );
    }
}

/// Brings a state written by an older emulator (before roles v2) up to date: the system roles, and
/// assigned roles for keys, members and invitations from their legacy role names.
pub(super) fn upgrade(state: &mut State, org: &str, now: Millis) {
    if state.collection(&path(ROLES, org, None)).is_some() {
        return;
    }
    seed(state, org, now);
    for collection in [KEYS, MEMBERS, INVITATIONS] {
        let legacy: Vec<(String, Vec<String>)> = state
            .collection(&path(collection, org, None))
            .into_iter()
            .flat_map(|c| c.iter())
            .filter(|item| item.get("assignedRoles").is_none())
            .map(|item| {
                let names = match item.get("roles").or_else(|| item.get("role")) {
                    Some(Value::Array(a)) => a
                        .iter()
                        .filter_map(Value::as_str)
                        .map(str::to_string)
                        .collect(),
                    Some(Value::String(one)) => vec![one.clone()],
                    _ => Vec::new(),
                };
                (item["_key"].as_str().unwrap_or_default().to_string(), names)
            })
            .collect();
        for (key, names) in legacy {
            let names: Vec<&str> = names.iter().map(String::as_str).collect();
            let assigned = from_legacy(state, org, &names);
            if let Some(item) = state.item_mut(&path(collection, org, None), &key) {
                item["assignedRoles"] = json!(assigned);
            }
        }
    }
    sync_actors(state, org);
}

/// An `AssignedRole` for each role ID, in the order given, each once; an unknown ID is a 400 naming it.
pub(super) fn assigned(
    state: &State,
    org: &str,
    field: &str,
    ids: &[Value],
) -> Result<Vec<Value>, ApiError> {
    let roles = path(ROLES, org, None);
    let mut out: Vec<Value> = Vec::new();
    for id in ids {
        let id = id.as_str().unwrap_or_default().to_lowercase();
        let role = state
            .item(&roles, &id)
            .ok_or_else(|| bad(format!("{field}: role {id} not found")))?;
        if !out.iter().any(|r| r["roleId"] == id.as_str()) {
            out.push(json!({"roleId": id, "roleName": role["name"], "roleType": role["type"]}));
        }
    }
    Ok(out)
}

/// The system roles the legacy role names stand for (`admin` → Admin, ...).
pub(super) fn from_legacy(state: &State, org: &str, legacy: &[&str]) -> Vec<Value> {
    let ids: Vec<Value> = SYSTEM_ROLES
        .iter()
        .enumerate()
        .filter(|(_, (_, old, _, _))| old.is_some_and(|o| legacy.contains(&o)))
        .map(|(n, _)| json!(det_uuid(TAG_ROLE, n as u64 + 1)))
        .collect();
    assigned(state, org, "roles", &ids).unwrap_or_default()
}

/// The legacy role names of assigned roles, for the deprecated `roles`/`role` fields.
pub(super) fn legacy_of(assigned: &Value) -> Vec<&'static str> {
    let ids: Vec<&str> = assigned
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|r| r["roleId"].as_str())
        .collect();
    SYSTEM_ROLES
        .iter()
        .enumerate()
        .filter_map(|(n, (_, old, _, _))| {
            let id = det_uuid(TAG_ROLE, n as u64 + 1);
            old.filter(|_| ids.contains(&id.as_str()))
        })
        .collect()
}

/// The roles a request assigns: `assignedRoleIds` when given, else the legacy `roles` (a list) or `role`
/// (one); `None` when it assigns none.
pub(super) fn requested(
    ctx: &Ctx<'_>,
    org: &str,
    legacy_field: &str,
) -> Result<Option<Vec<Value>>, ApiError> {
    if let Some(ids) = ctx.body.get("assignedRoleIds").and_then(Value::as_array) {
        return assigned(ctx.state, org, "assignedRoleIds", ids).map(Some);
    }
    let legacy: Vec<&str> = match ctx.body.get(legacy_field) {
        Some(Value::Array(a)) => a.iter().filter_map(Value::as_str).collect(),
        Some(Value::String(s)) => vec![s.as_str()],
        _ => return Ok(None),
    };
    Ok(Some(from_legacy(ctx.state, org, &legacy)))
}

/// Recomputes every role's `actors` from the keys and members it is assigned to.
pub(super) fn sync_actors(state: &mut State, org: &str) {
    let mut pairs: Vec<(String, String)> = Vec::new();
    for (collection, id_field, kind) in [(KEYS, "id", "apiKey"), (MEMBERS, "userId", "user")] {
        for item in state
            .collection(&path(collection, org, None))
            .into_iter()
            .flat_map(|c| c.iter())
        {
            let actor = format!("{kind}/{}", item[id_field].as_str().unwrap_or_default());
            for r in item["assignedRoles"].as_array().into_iter().flatten() {
                if let Some(role) = r["roleId"].as_str() {
                    pairs.push((role.to_string(), actor.clone()));
                }
            }
        }
    }
    if let Some(roles) = state.collections.get_mut(&path(ROLES, org, None)) {
        for role in roles.iter_mut() {
            let id = role["id"].as_str().unwrap_or_default().to_string();
            let actors: Vec<&String> = pairs
                .iter()
                .filter(|(r, _)| *r == id)
                .map(|(_, a)| a)
                .collect();
            role["actors"] = json!(actors);
        }
    }
}

/// Changes every assignment of a role: its new name, or (`None`) its removal.
fn reassign(state: &mut State, org: &str, role: &str, name: Option<&Value>) {
    for collection in [KEYS, MEMBERS, INVITATIONS] {
        let Some(c) = state.collections.get_mut(&path(collection, org, None)) else {
            continue;
        };
        for item in c.iter_mut() {
            let Some(list) = item["assignedRoles"].as_array_mut() else {
                continue;
            };
            match name {
                Some(name) => list
                    .iter_mut()
                    .filter(|r| r["roleId"] == role)
                    .for_each(|r| r["roleName"] = name.clone()),
                None => list.retain(|r| r["roleId"] != role),
            }
        }
    }
}

fn role_of<'c>(ctx: &'c Ctx<'_>, org: &str) -> Result<(String, &'c Value), ApiError> {
    let id = ctx.param("roleId").to_lowercase();
    let role = ctx
        .state
        .item(&path(ROLES, org, None), &id)
        .ok_or_else(|| ApiError::not_found(format!("Role {id} not found")))?;
    Ok((id, role))
}

/// A custom role; its name must be new (case-insensitively), its policies name known permissions on
/// resources of the organization, and its actors (keys, members) are assigned the role.
pub(super) fn create(ctx: &mut Ctx<'_>, org: &str) -> Result<Reply, ApiError> {
    let name = ctx.body_str("name").unwrap_or_default().trim().to_string();
    if name.is_empty() {
        return Err(bad("name: the role name cannot be empty"));
    }
    check_name_free(ctx, org, &name, None)?;
    check_policies(ctx, org)?;
    let actors = requested_actors(ctx, org)?.unwrap_or_default();
    let id = new_uuid();
    let tenant = format!("organization/{org}");
    let now = rfc3339(ctx.now);
    let role = json!({
        "id": id, "tenantId": tenant, "ownerId": tenant, "name": name, "type": "custom",
        "actors": [], "policies": stored_policies(ctx, org, &id), "createdAt": now, "updatedAt": now,
    });
    let roles = path(ROLES, org, None);
    ctx.state.collection_mut(&roles, ROLES).insert(&id, role);
    assign(ctx.state, org, &id, &actors);
    Ok(Reply::Json(shown(ctx, &roles, ROLES, &id)?))
}

/// The request's policies as stored: each with its ID, role and tenant.
fn stored_policies(ctx: &Ctx<'_>, org: &str, role: &str) -> Vec<Value> {
    ctx.body["policies"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|p| {
            let mut p = p.clone();
            p["id"] = json!(new_uuid());
            p["roleId"] = json!(role);
            p["tenantId"] = json!(format!("organization/{org}"));
            p
        })
        .collect()
}

/// A request's policies: each names at least one permission, each one ClickHouse Cloud has (the SQL
/// console one with a SQL console role), on resources of the organization: itself, every service
/// (`instance/*`) or one of its services (`instance/ID`).
fn check_policies(ctx: &Ctx<'_>, org: &str) -> Result<(), ApiError> {
    let services = path(super::SERVICES, org, None);
    for (i, p) in ctx.body["policies"]
        .as_array()
        .into_iter()
        .flatten()
        .enumerate()
    {
        let at = format!("policies[{i}]");
        let permissions: Vec<&str> = p["permissions"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(Value::as_str)
            .collect();
        if permissions.is_empty() {
            return Err(bad(format!(
                "{at}.permissions: a policy needs a permission"
            )));
        }
        if let Some(unknown) = permissions.iter().find(|p| !PERMISSIONS.contains(p)) {
            return Err(bad(format!(
                "{at}.permissions: {unknown:?} is not a permission of ClickHouse Cloud"
            )));
        }
        if permissions.contains(&SQL_CONSOLE) && p["tags"]["roleV2"].is_null() {
            return Err(bad(format!(
                "{at}.tags.roleV2: {SQL_CONSOLE} needs a SQL console role (sql-console-readonly or sql-console-admin)"
            )));
        }
        let resources: Vec<&str> = p["resources"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(Value::as_str)
            .collect();
        if resources.is_empty() {
            return Err(bad(format!(
                "{at}.resources: a policy applies to a resource"
            )));
        }
        for r in resources {
            let ok = r == format!("organization/{org}")
                || r == "instance/*"
                || r.strip_prefix("instance/")
                    .is_some_and(|s| ctx.state.item(&services, &s.to_lowercase()).is_some());
            if !ok {
                return Err(bad(format!(
                    "{at}.resources: {r:?} is neither organization/{org}, instance/* nor instance/ID of one of its services"
                )));
            }
        }
    }
    Ok(())
}

/// The keys and members a request's `actors` name (`apiKey/ID`, `user/ID`), as (collection, ID); `None`
/// when it names none. Another kind of actor, or one not in the organization, is a 400.
fn requested_actors(
    ctx: &Ctx<'_>,
    org: &str,
) -> Result<Option<Vec<(&'static str, String)>>, ApiError> {
    let Some(list) = ctx.body.get("actors").and_then(Value::as_array) else {
        return Ok(None);
    };
    let mut out = Vec::new();
    for a in list {
        let a = a.as_str().unwrap_or_default();
        let found = match a.split_once('/') {
            Some(("apiKey", id)) => Some((KEYS, id.to_lowercase())),
            Some(("user", id)) => Some((MEMBERS, id.to_lowercase())),
            _ => None,
        }
        .filter(|(collection, id)| ctx.state.item(&path(collection, org, None), id).is_some());
        match found {
            Some(actor) => out.push(actor),
            None => {
                return Err(bad(format!(
                    "actors: {a:?} is no API key (apiKey/ID) or member (user/ID) of the organization"
                )));
            }
        }
    }
    Ok(Some(out))
}

/// Gives the role to exactly these keys and members (and takes it from the others), then brings every
/// role's actors in line.
fn assign(state: &mut State, org: &str, role: &str, actors: &[(&'static str, String)]) {
    let Some(r) = state.item(&path(ROLES, org, None), role) else {
        return;
    };
    let entry = json!({"roleId": role, "roleName": r["name"], "roleType": r["type"]});
    for (collection, id_field) in [(KEYS, "id"), (MEMBERS, "userId")] {
        let Some(c) = state.collections.get_mut(&path(collection, org, None)) else {
            continue;
        };
        for item in c.iter_mut() {
            let id = item[id_field].as_str().unwrap_or_default().to_string();
            let wanted = actors.iter().any(|(k, a)| *k == collection && *a == id);
            let mut list: Vec<Value> = item["assignedRoles"]
                .as_array()
                .cloned()
                .unwrap_or_default();
            let has = list.iter().any(|e| e["roleId"] == role);
            if wanted && !has {
                list.push(entry.clone());
            } else if !wanted && has {
                list.retain(|e| e["roleId"] != role);
            } else {
                continue;
            }
            item["assignedRoles"] = Value::Array(list);
        }
    }
    sync_actors(state, org);
}

fn check_name_free(
    ctx: &Ctx<'_>,
    org: &str,
    name: &str,
    except: Option<&str>,
) -> Result<(), ApiError> {
    let taken = ctx
        .state
        .collection(&path(ROLES, org, None))
        .is_some_and(|c| {
            c.iter().any(|r| {
                r["id"].as_str() != except
                    && r["name"]
                        .as_str()
                        .is_some_and(|n| n.eq_ignore_ascii_case(name))
            })
        });
    if taken {
        return Err(ApiError::already_exists(format!(
            "a role named {name:?} already exists"
        )));
    }
    Ok(())
}

/// System roles cannot be changed. Each field given replaces the role's: a new name is also the name of
/// its assignments; new actors are given the role, and the others lose it.
pub(super) fn update(ctx: &mut Ctx<'_>, org: &str) -> Result<Reply, ApiError> {
    let (id, role) = role_of(ctx, org)?;
    if role["type"] == "system" {
        return Err(bad("System roles cannot be updated"));
    }
    let renamed = match ctx.body_str("name").map(str::trim) {
        Some("") => return Err(bad("name: the role name cannot be empty")),
        Some(name) => {
            check_name_free(ctx, org, name, Some(&id))?;
            Some(json!(name))
        }
        None => None,
    };
    check_policies(ctx, org)?;
    let actors = requested_actors(ctx, org)?;
    let policies = ctx
        .body
        .get("policies")
        .map(|_| stored_policies(ctx, org, &id));
    let roles = path(ROLES, org, None);
    if let Some(item) = ctx.state.item_mut(&roles, &id) {
        if let Some(name) = &renamed {
            item["name"] = name.clone();
        }
        if let Some(policies) = policies {
            item["policies"] = json!(policies);
        }
        item["updatedAt"] = json!(rfc3339(ctx.now));
    }
    if let Some(name) = &renamed {
        reassign(ctx.state, org, &id, Some(name));
    }
    if let Some(actors) = actors {
        assign(ctx.state, org, &id, &actors);
    }
    Ok(Reply::Json(shown(ctx, &roles, ROLES, &id)?))
}

/// System roles cannot be deleted; a deleted custom role leaves every assignment.
pub(super) fn delete(ctx: &mut Ctx<'_>, org: &str) -> Result<Reply, ApiError> {
    let (id, role) = role_of(ctx, org)?;
    if role["type"] == "system" {
        return Err(bad("System roles cannot be deleted"));
    }
    let reply = generic(ctx)?;
    reassign(ctx.state, org, &id, None);
    sync_actors(ctx.state, org);
    Ok(reply)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_state_from_before_roles_v2_gets_them() {
        let mut state = State::default();
        let org = "o";
        state
            .collection_mut(&path(MEMBERS, org, None), MEMBERS)
            .insert("u1", json!({"userId": "u1", "role": "admin"}));
        state
            .collection_mut(&path(KEYS, org, None), KEYS)
            .insert("k1", json!({"id": "k1", "roles": ["developer"]}));
        upgrade(&mut state, org, 0);
        let member = state.item(&path(MEMBERS, org, None), "u1").unwrap();
        assert_eq!(member["assignedRoles"][0]["roleName"], "Admin");
        let key = state.item(&path(KEYS, org, None), "k1").unwrap();
        assert_eq!(key["assignedRoles"][0]["roleName"], "Developer");
        let admin = state
            .item(&path(ROLES, org, None), &admin_role_id())
            .unwrap();
        assert_eq!(admin["actors"], json!(["user/u1"]));
        // Once only.
        upgrade(&mut state, org, 0);
        assert_eq!(
            state.collection(&path(ROLES, org, None)).unwrap().len(),
            SYSTEM_ROLES.len()
        );
    }
}
