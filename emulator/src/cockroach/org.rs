//! The organization: API keys and service accounts, folders, role grants, person users,
//! invoices, the audit log, JWT issuers.

use serde_json::{Value, json};

use super::clusters::CLUSTERS;
use super::{Area, bad};
use crate::engine::{
    ApiError, Ctx, Reply, generic, list_body, list_items, page_params, paginate_collection,
    paginate_vec, shown,
};
use crate::store::{new_uuid, parse_rfc3339, public, random_token, rfc3339_millis};

pub const ORGANIZATION: &str = "/api/v1/organization";
pub const API_KEYS: &str = "/api/v1/api-keys";
pub const SERVICE_ACCOUNTS: &str = "/api/v1/service-accounts";
pub const FOLDERS: &str = "/api/v1/folders";
pub const ROLES: &str = "/api/v1/roles";
/// Person users (not an API collection: `persons-by-email` and role grants read it).
pub const USERS: &str = "/api/v1/users";
pub const INVOICES: &str = "/api/v1/invoices";
pub const AUDIT_LOG: &str = "/api/v1/auditlogevents";
pub const JWT_ISSUERS: &str = "/api/v1/jwt-issuers";

pub const ROLE_NAMES: &[&str] = &[
    "ORG_ADMIN",
    "ORG_MEMBER",
    "BILLING_COORDINATOR",
    "CLUSTER_ADMIN",
    "CLUSTER_OPERATOR_WRITER",
    "CLUSTER_DEVELOPER",
    "CLUSTER_CREATOR",
    "FOLDER_ADMIN",
    "FOLDER_MOVER",
    "METRICS_VIEWER",
];

pub(super) const AREA: Area = Area::new(dispatch);

fn dispatch(ctx: &mut Ctx<'_>, op_id: &str) -> Option<Result<Reply, ApiError>> {
    Some(match op_id {
        "GetOrganizationInfo" => Ok(Reply::Json(public(
            ctx.state.singletons.get(ORGANIZATION).unwrap_or(&json!({})),
        ))),
        "ListApiKeys" => list_api_keys(ctx),
        "CreateApiKey" => create_api_key(ctx),
        "DeleteServiceAccount" => delete_service_account(ctx),
        "ListFolders" => list_folders(ctx),
        "CreateFolder" => create_folder(ctx),
        "UpdateFolder" => update_folder(ctx),
        "DeleteFolder" => delete_folder(ctx),
        "ListFolderContents" => folder_contents(ctx),
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

// --- folders ---

pub(super) fn folder_exists(ctx: &Ctx<'_>, id: &str) -> bool {
    id == "root" || ctx.state.item(FOLDERS, id).is_some()
}

fn folder_path(ctx: &Ctx<'_>, parent: &str, name: &str) -> String {
    if parent == "root" {
        format!("/{name}")
    } else {
        let parent_path = ctx
            .state
            .item(FOLDERS, parent)
            .and_then(|f| f["path"].as_str())
            .unwrap_or("");
        format!("{parent_path}/{name}")
    }
}

fn sibling_named(ctx: &Ctx<'_>, parent: &str, name: &str, except: Option<&str>) -> bool {
    ctx.state.collection(FOLDERS).is_some_and(|c| {
        c.iter().any(|f| {
            f["parent_id"] == parent && f["name"] == name && f["resource_id"].as_str() != except
        })
    })
}

fn list_folders(ctx: &mut Ctx<'_>) -> Result<Reply, ApiError> {
    let prefix = ctx.query("path").map(str::to_string);
    let page = page_params(ctx)?;
    let (items, next) = paginate_collection(ctx.state.collection(FOLDERS), &page, |f| {
        prefix
            .as_deref()
            .is_none_or(|p| f["path"].as_str().is_some_and(|fp| fp.starts_with(p)))
            .then(|| public(f))
    });
    Ok(Reply::Json(list_body("folders", items, next)))
}

fn create_folder(ctx: &mut Ctx<'_>) -> Result<Reply, ApiError> {
    let name = ctx.body_str("name").unwrap_or_default().to_string();
    if name.trim().is_empty() || name.contains('/') {
        return Err(bad(
            "invalid request: body.name: a folder name is not empty and has no '/'",
        ));
    }
    let parent = ctx.body_str("parent_id").unwrap_or("root").to_string();
    if !folder_exists(ctx, &parent) {
        return Err(bad(format!(
            "invalid request: body.parent_id: folder {parent:?} not found"
        )));
    }
    if sibling_named(ctx, &parent, &name, None) {
        return Err(ApiError::already_exists(format!(
            "a folder named {name:?} already exists there"
        )));
    }
    let id = new_uuid();
    let path = folder_path(ctx, &parent, &name);
    let folder = json!({"resource_id": id, "name": name, "parent_id": parent, "path": path});
    ctx.state
        .collection_mut(FOLDERS, FOLDERS)
        .insert(&id, folder);
    Ok(Reply::Json(shown(ctx, FOLDERS, FOLDERS, &id)?))
}

fn update_folder(ctx: &mut Ctx<'_>) -> Result<Reply, ApiError> {
    let id = ctx.param("folder_id").to_string();
    let current = shown(ctx, FOLDERS, FOLDERS, &id)?;
    let name = ctx
        .body_str("name")
        .unwrap_or(current["name"].as_str().unwrap_or_default())
        .to_string();
    let parent = ctx
        .body_str("parent_id")
        .unwrap_or(current["parent_id"].as_str().unwrap_or("root"))
        .to_string();
    if name.trim().is_empty() || name.contains('/') {
        return Err(bad(
            "invalid request: body.name: a folder name is not empty and has no '/'",
        ));
    }
    if !folder_exists(ctx, &parent) {
        return Err(bad(format!(
            "invalid request: body.parent_id: folder {parent:?} not found"
        )));
    }
    // No folder may become its own ancestor.
    let mut cursor = parent.clone();
    while cursor != "root" {
        if cursor == id {
            return Err(bad(
                "invalid request: body.parent_id: a folder cannot be moved into itself or its subfolders",
            ));
        }
        cursor = ctx
            .state
            .item(FOLDERS, &cursor)
            .and_then(|f| f["parent_id"].as_str())
            .unwrap_or("root")
            .to_string();
    }
    if sibling_named(ctx, &parent, &name, Some(&id)) {
        return Err(ApiError::already_exists(format!(
            "a folder named {name:?} already exists there"
        )));
    }
    let path = folder_path(ctx, &parent, &name);
    let old_path = current["path"].as_str().unwrap_or_default().to_string();
    if let Some(coll) = ctx.state.collections.get_mut(FOLDERS) {
        for f in coll.iter_mut() {
            if f["resource_id"] == id.as_str() {
                f["name"] = json!(name);
                f["parent_id"] = json!(parent);
                f["path"] = json!(path);
            } else if let Some(p) = f["path"]
                .as_str()
                .and_then(|p| p.strip_prefix(&format!("{old_path}/")))
            {
                f["path"] = json!(format!("{path}/{p}"));
            }
        }
    }
    Ok(Reply::Json(shown(ctx, FOLDERS, FOLDERS, &id)?))
}

fn folder_children(ctx: &Ctx<'_>, id: &str) -> Vec<Value> {
    let mut out: Vec<Value> = ctx
        .state
        .collection(FOLDERS)
        .map(|c| {
            c.iter()
                .filter(|f| f["parent_id"] == id)
                .map(|f| json!({"resource_type": "FOLDER", "id": f["resource_id"], "name": f["name"]}))
                .collect()
        })
        .unwrap_or_default();
    if let Some(c) = ctx.state.collection(CLUSTERS) {
        out.extend(
            c.iter()
                .filter(|x| x["parent_id"] == id && x["_deleted"] != true)
                .map(|x| json!({"resource_type": "CLUSTER", "id": x["id"], "name": x["name"]})),
        );
    }
    out
}

fn delete_folder(ctx: &mut Ctx<'_>) -> Result<Reply, ApiError> {
    let id = ctx.param("folder_id").to_string();
    shown(ctx, FOLDERS, FOLDERS, &id)?;
    if !folder_children(ctx, &id).is_empty() {
        return Err(ApiError::failed_precondition(format!(
            "folder {id} is not empty: move or delete its clusters and folders first"
        )));
    }
    generic(ctx)
}

fn folder_contents(ctx: &mut Ctx<'_>) -> Result<Reply, ApiError> {
    let id = ctx.param("folder_id").to_string();
    if !folder_exists(ctx, &id) {
        return Err(ApiError::not_found(format!("folder {id:?} not found")));
    }
    let items = folder_children(ctx, &id);
    let page = page_params(ctx)?;
    let (items, next) = paginate_vec(items, &page);
    Ok(Reply::Json(list_body("resources", items, next)))
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

fn check_grant(ctx: &Ctx<'_>, role: &str, kind: &str, resource: &str) -> Result<(), ApiError> {
    if !ROLE_NAMES.contains(&role) {
        return Err(bad(format!(
            "invalid request: role_name: {role:?} is not one of {}",
            ROLE_NAMES.join(", ")
        )));
    }
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

fn grant(ctx: &Ctx<'_>, role: &str, kind: &str, resource: &str) -> Value {
    let id = if kind == "ORGANIZATION" {
        ctx.state.meta_str("cockroach_org_id")
    } else {
        resource.to_string()
    };
    json!({"role_name": role, "resource": {"type": kind, "id": id}})
}

fn store_grants(ctx: &mut Ctx<'_>, user: &str, roles: Vec<Value>) -> Result<Reply, ApiError> {
    ctx.state
        .collection_mut(ROLES, ROLES)
        .insert(user, json!({"user_id": user, "roles": roles}));
    Ok(Reply::Json(json!({"roles": roles})))
}

fn list_role_grants(ctx: &mut Ctx<'_>) -> Result<Reply, ApiError> {
    let page = page_params(ctx)?;
    let (items, next) =
        paginate_collection(ctx.state.collection(ROLES), &page, |g| Some(public(g)));
    Ok(Reply::Json(list_body("grants", items, next)))
}

fn roles_for_user(ctx: &mut Ctx<'_>) -> Result<Reply, ApiError> {
    let user = ctx.param("user_id").to_string();
    if !user_known(ctx, &user) {
        return Err(ApiError::not_found(format!("user {user:?} not found")));
    }
    Ok(Reply::Json(json!({"roles": grants_of(ctx, &user)})))
}

fn set_roles(ctx: &mut Ctx<'_>) -> Result<Reply, ApiError> {
    let user = ctx.param("user_id").to_string();
    if !user_known(ctx, &user) {
        return Err(ApiError::not_found(format!("user {user:?} not found")));
    }
    let mut roles = Vec::new();
    for r in ctx.body["roles"].as_array().cloned().unwrap_or_default() {
        let name = r["role_name"].as_str().unwrap_or_default();
        let kind = r["resource"]["type"].as_str().unwrap_or("ORGANIZATION");
        let id = r["resource"]["id"].as_str().unwrap_or_default();
        check_grant(ctx, name, kind, id)?;
        let g = grant(ctx, name, kind, id);
        if !roles.contains(&g) {
            roles.push(g);
        }
    }
    store_grants(ctx, &user, roles)
}

fn add_role(ctx: &mut Ctx<'_>) -> Result<Reply, ApiError> {
    let user = ctx.param("user_id").to_string();
    if !user_known(ctx, &user) {
        return Err(ApiError::not_found(format!("user {user:?} not found")));
    }
    let (role, kind, resource) = (
        ctx.param("role_name"),
        ctx.param("resource_type"),
        ctx.param("resource_id"),
    );
    check_grant(ctx, role, kind, resource)?;
    let g = grant(ctx, role, kind, resource);
    let mut roles = grants_of(ctx, &user);
    if !roles.contains(&g) {
        roles.push(g);
    }
    store_grants(ctx, &user, roles)
}

fn remove_role(ctx: &mut Ctx<'_>) -> Result<Reply, ApiError> {
    let user = ctx.param("user_id").to_string();
    if !user_known(ctx, &user) {
        return Err(ApiError::not_found(format!("user {user:?} not found")));
    }
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
    store_grants(ctx, &user, roles)
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
    Ok(Reply::Json(json!({"users": users})))
}

fn list_invoices(ctx: &mut Ctx<'_>) -> Result<Reply, ApiError> {
    let status = ctx.query("status").map(str::to_string);
    let invoices: Vec<Value> = list_items(ctx, INVOICES, INVOICES)
        .into_iter()
        .filter(|i| status.as_deref().is_none_or(|s| i["status"] == s))
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
