//! The organization: API keys and service accounts, role grants, person users, invoices, the audit
//! log, JWT issuers.

use serde_json::{Value, json};

use super::clusters::CLUSTERS;
use super::folders::FOLDERS;
use super::{Area, bad};
use crate::engine::{
    ApiError, Ctx, Reply, generic, list_body, list_items, page_params, paginate_collection, shown,
};
use crate::store::{new_uuid, parse_rfc3339, public, random_token, rfc3339_millis};

pub const ORGANIZATION: &str = "/api/v1/organization";
pub const API_KEYS: &str = "/api/v1/api-keys";
pub const SERVICE_ACCOUNTS: &str = "/api/v1/service-accounts";
pub const ROLES: &str = "/api/v1/roles";
/// Person users (not an API collection: `persons-by-email` and role grants read it).
pub const USERS: &str = "/api/v1/users";
pub const INVOICES: &str = "/api/v1/invoices";
pub const AUDIT_LOG: &str = "/api/v1/auditlogevents";
pub const JWT_ISSUERS: &str = "/api/v1/jwt-issuers";

pub(super) const AREA: Area = Area::new(dispatch);

fn dispatch(ctx: &mut Ctx<'_>, op_id: &str) -> Option<Result<Reply, ApiError>> {
    Some(match op_id {
        "GetOrganizationInfo" => Ok(Reply::Json(public(
            ctx.state.singletons.get(ORGANIZATION).unwrap_or(&json!({})),
        ))),
        "ListApiKeys" => list_api_keys(ctx),
        "CreateApiKey" => create_api_key(ctx),
        "CreateServiceAccount" => create_service_account(ctx),
        "DeleteServiceAccount" => delete_service_account(ctx),
        "ListRoleGrants" => list_role_grants(ctx),
        "GetAllRolesForUser" => roles_for_user(ctx),
        "SetRolesForUser" => set_roles(ctx),
        "AddUserToRole" => add_role(ctx),
        "RemoveUserFromRole" => remove_role(ctx),
        "GetPersonUsersByEmail" => persons_by_email(ctx),
        "ListInvoices" => list_invoices(ctx),
        "ListAuditLogs" => list_audit_logs(ctx),
        "AddJWTIssuer" => add_jwt_issuer(ctx),
        _ => return None,
    })
}

fn list_api_keys(ctx: &mut Ctx<'_>) -> Result<Reply, ApiError> {
    let account = ctx.query("service_account_id").map(str::to_string);
    let page = page_params(ctx)?;
    let (items, next) = paginate_collection(ctx.state.collection(API_KEYS), &page, |k| {
        account
            .as_deref()
            .is_none_or(|a| k["service_account_id"] == a)
            .then(|| public(k))
    });
    Ok(Reply::Json(list_body("api_keys", items, next)))
}

fn create_api_key(ctx: &mut Ctx<'_>) -> Result<Reply, ApiError> {
    let account = ctx
        .body_str("service_account_id")
        .unwrap_or_default()
        .to_string();
    if ctx.state.item(SERVICE_ACCOUNTS, &account).is_none() {
        return Err(ApiError::not_found(format!(
            "service account {account:?} not found"
        )));
    }
    let id = random_token(22);
    let secret = format!("CCDB1_{id}_{}", random_token(40));
    let key = json!({
        "id": id,
        "name": ctx.body["name"],
        "service_account_id": account,
        "created_at": rfc3339_millis(ctx.now),
        "_secret": secret,
    });
    ctx.state
        .collection_mut(API_KEYS, API_KEYS)
        .insert(&id, key);
    let api_key = shown(ctx, API_KEYS, API_KEYS, &id)?;
    // The secret is returned by this answer only.
    Ok(Reply::Json(json!({"api_key": api_key, "secret": secret})))
}

fn delete_service_account(ctx: &mut Ctx<'_>) -> Result<Reply, ApiError> {
    let id = ctx.param("id").to_string();
    let reply = generic(ctx)?;
    // Its API keys are revoked with it, and its role grants go.
    if let Some(keys) = ctx.state.collections.get_mut(API_KEYS) {
        let doomed: Vec<String> = keys
            .iter()
            .filter(|k| k["service_account_id"] == id.as_str())
            .filter_map(|k| k["_key"].as_str().map(str::to_string))
            .collect();
        for k in doomed {
            keys.remove(&k);
        }
    }
    if let Some(roles) = ctx.state.collections.get_mut(ROLES) {
        roles.remove(&id);
    }
    Ok(reply)
}

/// The name of the service account whose API key made the request.
fn actor_name(ctx: &Ctx<'_>) -> String {
    ctx.state
        .item(API_KEYS, &ctx.actor)
        .and_then(|k| k["service_account_id"].as_str())
        .and_then(|a| ctx.state.item(SERVICE_ACCOUNTS, a))
        .and_then(|a| a["name"].as_str())
        .unwrap_or_default()
        .to_string()
}

/// A service account and its roles (granted as SetRolesForUser grants them).
fn create_service_account(ctx: &mut Ctx<'_>) -> Result<Reply, ApiError> {
    let roles = grants_from(ctx, &ctx.body["roles"].clone())?;
    let id = new_uuid();
    let account = json!({
        "id": id,
        "name": ctx.body["name"],
        "description": ctx.body["description"],
        "created_at": rfc3339_millis(ctx.now),
        "creator_name": actor_name(ctx),
        "roles": [],
        "group_roles": [],
    });
    ctx.state
        .collection_mut(SERVICE_ACCOUNTS, SERVICE_ACCOUNTS)
        .insert(&id, account);
    store_grants(ctx, &id, roles);
    Ok(Reply::Json(shown(
        ctx,
        SERVICE_ACCOUNTS,
        SERVICE_ACCOUNTS,
        &id,
    )?))
}

// --- roles ---

fn user_known(ctx: &Ctx<'_>, user: &str) -> bool {
    ctx.state.item(USERS, user).is_some() || ctx.state.item(SERVICE_ACCOUNTS, user).is_some()
}

fn grants_of(ctx: &Ctx<'_>, user: &str) -> Vec<Value> {
    ctx.state
        .item(ROLES, user)
        .and_then(|g| g["roles"].as_array().cloned())
        .unwrap_or_default()
}

/// The resource a grant names exists (the role names and resource types are the spec's enums,
/// which its validation checks).
fn check_grant(ctx: &Ctx<'_>, kind: &str, resource: &str) -> Result<(), ApiError> {
    let exists = match kind {
        "CLUSTER" => ctx
            .state
            .item(CLUSTERS, resource)
            .is_some_and(|c| c["_deleted"] != true),
        "FOLDER" => ctx.state.item(FOLDERS, resource).is_some(),
        _ => true,
    };
    if !exists {
        return Err(ApiError::not_found(format!(
            "{} {resource:?} not found",
            kind.to_lowercase()
        )));
    }
    Ok(())
}

/// A grant (BuiltInRole) as the API shows it; the organization's ID is filled in.
fn grant(ctx: &Ctx<'_>, role: &str, kind: &str, resource: &str) -> Value {
    let id = if kind == "ORGANIZATION" {
        ctx.state.meta_str("cockroach_org_id")
    } else {
        resource.to_string()
    };
    json!({"name": role, "resource": {"type": kind, "id": id}})
}

/// The grants of a list of BuiltInRoles, each checked, without repetitions.
fn grants_from(ctx: &Ctx<'_>, list: &Value) -> Result<Vec<Value>, ApiError> {
    let mut roles = Vec::new();
    for r in list.as_array().into_iter().flatten() {
        let name = r["name"].as_str().unwrap_or_default();
        let kind = r["resource"]["type"].as_str().unwrap_or("ORGANIZATION");
        let id = r["resource"]["id"].as_str().unwrap_or_default();
        check_grant(ctx, kind, id)?;
        let g = grant(ctx, name, kind, id);
        if !roles.contains(&g) {
            roles.push(g);
        }
    }
    Ok(roles)
}

/// Stores a user's grants (and a service account's copy of them).
fn store_grants(ctx: &mut Ctx<'_>, user: &str, roles: Vec<Value>) {
    if let Some(account) = ctx.state.item_mut(SERVICE_ACCOUNTS, user) {
        account["roles"] = json!(roles);
    }
    ctx.state
        .collection_mut(ROLES, ROLES)
        .insert(user, json!({"user_id": user, "roles": roles}));
}

/// The answer of the role operations: the user's grants (the emulator has no groups).
fn roles_answer(roles: Vec<Value>) -> Result<Reply, ApiError> {
    Ok(Reply::Json(json!({"roles": roles, "group_roles": []})))
}

fn list_role_grants(ctx: &mut Ctx<'_>) -> Result<Reply, ApiError> {
    let page = page_params(ctx)?;
    let (items, next) =
        paginate_collection(ctx.state.collection(ROLES), &page, |g| Some(public(g)));
    Ok(Reply::Json(list_body("grants", items, next)))
}

fn known_user(ctx: &Ctx<'_>) -> Result<String, ApiError> {
    let user = ctx.param("user_id").to_string();
    if !user_known(ctx, &user) {
        return Err(ApiError::not_found(format!("user {user:?} not found")));
    }
    Ok(user)
}

fn roles_for_user(ctx: &mut Ctx<'_>) -> Result<Reply, ApiError> {
    let user = known_user(ctx)?;
    roles_answer(grants_of(ctx, &user))
}

fn set_roles(ctx: &mut Ctx<'_>) -> Result<Reply, ApiError> {
    let user = known_user(ctx)?;
    let roles = grants_from(ctx, &ctx.body["roles"].clone())?;
    store_grants(ctx, &user, roles.clone());
    roles_answer(roles)
}

fn add_role(ctx: &mut Ctx<'_>) -> Result<Reply, ApiError> {
    let user = known_user(ctx)?;
    let (role, kind, resource) = (
        ctx.param("role_name"),
        ctx.param("resource_type"),
        ctx.param("resource_id"),
    );
    check_grant(ctx, kind, resource)?;
    let g = grant(ctx, role, kind, resource);
    let mut roles = grants_of(ctx, &user);
    if !roles.contains(&g) {
        roles.push(g);
    }
    store_grants(ctx, &user, roles.clone());
    roles_answer(roles)
}

fn remove_role(ctx: &mut Ctx<'_>) -> Result<Reply, ApiError> {
    let user = known_user(ctx)?;
    let g = grant(
        ctx,
        ctx.param("role_name"),
        ctx.param("resource_type"),
        ctx.param("resource_id"),
    );
    let mut roles = grants_of(ctx, &user);
    let before = roles.len();
    roles.retain(|r| r != &g);
    if roles.len() == before {
        return Err(ApiError::not_found(format!(
            "user {user} has no role {} on {} {}",
            ctx.param("role_name"),
            ctx.param("resource_type"),
            ctx.param("resource_id")
        )));
    }
    store_grants(ctx, &user, roles.clone());
    roles_answer(roles)
}

fn persons_by_email(ctx: &mut Ctx<'_>) -> Result<Reply, ApiError> {
    let email = ctx.query("email").unwrap_or_default().to_lowercase();
    let users: Vec<Value> = ctx
        .state
        .collection(USERS)
        .map(|c| {
            c.iter()
                .filter(|u| {
                    u["email"].as_str().map(str::to_lowercase).as_deref() == Some(email.as_str())
                })
                .map(public)
                .collect()
        })
        .unwrap_or_default();
    // The spec requires `users` (without defining it) beside the one `user` it defines.
    let mut answer = json!({ "users": users });
    if let Some(first) = users.first() {
        answer["user"] = json!({"id": first["id"], "email": first["email"]});
    }
    Ok(Reply::Json(answer))
}

/// Invoices with a status, and of the periods that end after `start_time` and start before
/// `end_time`.
fn list_invoices(ctx: &mut Ctx<'_>) -> Result<Reply, ApiError> {
    let status = ctx.query("status").map(str::to_string);
    let start = ctx.query("start_time").and_then(parse_rfc3339);
    let end = ctx.query("end_time").and_then(parse_rfc3339);
    let time = |i: &Value, f: &str| i[f].as_str().and_then(parse_rfc3339).unwrap_or(0);
    let invoices: Vec<Value> = list_items(ctx, INVOICES, INVOICES)
        .into_iter()
        .filter(|i| status.as_deref().is_none_or(|s| i["status"] == s))
        .filter(|i| start.is_none_or(|s| time(i, "period_end") > s))
        .filter(|i| end.is_none_or(|e| time(i, "period_start") < e))
        .collect();
    Ok(Reply::Json(json!({"invoices": invoices})))
}

fn list_audit_logs(ctx: &mut Ctx<'_>) -> Result<Reply, ApiError> {
    let from = ctx.query("starting_from").and_then(parse_rfc3339);
    let descending = ctx.query("sort_order") == Some("DESC");
    let limit = ctx
        .query("limit")
        .and_then(|l| l.parse::<usize>().ok())
        .unwrap_or(200);
    let mut entries: Vec<Value> = list_items(ctx, AUDIT_LOG, AUDIT_LOG);
    if descending {
        entries.reverse();
    }
    let entries: Vec<Value> = entries
        .into_iter()
        .filter(|e| {
            let t = e["created_at"]
                .as_str()
                .and_then(parse_rfc3339)
                .unwrap_or(0);
            from.is_none_or(|f| if descending { t < f } else { t > f })
        })
        .take(limit)
        .collect();
    let next = (entries.len() == limit)
        .then(|| entries.last().map(|e| e["created_at"].clone()))
        .flatten();
    let mut answer = json!({"entries": entries});
    if let Some(next) = next {
        answer["next_starting_from"] = next;
    }
    Ok(Reply::Json(answer))
}

fn add_jwt_issuer(ctx: &mut Ctx<'_>) -> Result<Reply, ApiError> {
    let url = ctx.body_str("issuer_url").unwrap_or_default().to_string();
    if !(url.starts_with("https://") || url.starts_with("http://")) {
        return Err(bad(format!(
            "invalid request: body.issuer_url: {url:?} is not an http(s) URL"
        )));
    }
    let taken = ctx
        .state
        .collection(JWT_ISSUERS)
        .is_some_and(|c| c.iter().any(|i| i["issuer_url"] == url.as_str()));
    if taken {
        return Err(ApiError::already_exists(format!(
            "a JWT issuer for {url} already exists"
        )));
    }
    generic(ctx)
}
