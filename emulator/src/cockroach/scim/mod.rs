//! SCIM 2.0 (`/api/scim/v2/...`, RFC 7643/7644): the users and groups an identity provider
//! provisions into the organization. Users and groups persist; lists filter (`eq`, `co`, `sw`, `and`,
//! `or`, ... on any attribute), page (`startIndex`/`count`, `totalResults`) and project
//! (`attributes`/`excludedAttributes`); PATCH applies `add`/`replace`/`remove` atomically; a taken
//! userName is a 409. Users and groups need an API key whose service account holds ORG_ADMIN (403
//! otherwise); the discovery endpoints (`discovery.rs`) any key. Errors carry the SCIM members
//! (`schemas`, `status`, `scimType`, `detail`) beside the API's usual `code` and `message`.

use serde_json::{Map, Value, json};

use super::Area;
use super::org::{API_KEYS, ROLES};
use crate::engine::{ApiError, Ctx, Reply};
use crate::spec::{Provider, spec_for};
use crate::store::{State, new_uuid, public, rfc3339_millis};

mod discovery;
mod filter;
mod patch;

pub const SCIM: &str = "/api/scim/v2";
pub const USERS: &str = "/api/scim/v2/Users";
pub const GROUPS: &str = "/api/scim/v2/Groups";
pub const USER_SCHEMA: &str = "urn:ietf:params:scim:schemas:core:2.0:User";
pub const GROUP_SCHEMA: &str = "urn:ietf:params:scim:schemas:core:2.0:Group";
pub const LIST_SCHEMA: &str = "urn:ietf:params:scim:api:messages:2.0:ListResponse";
pub const PATCH_SCHEMA: &str = "urn:ietf:params:scim:api:messages:2.0:PatchOp";
/// The most resources one list answer holds (`count` above it is lowered to it).
pub const MAX_RESULTS: usize = 100;
/// The page size when `count` is not given (the spec's documented default).
const DEFAULT_COUNT: i64 = 20;

pub(super) const AREA: Area = Area::new(dispatch);

#[derive(Clone, Copy, PartialEq)]
enum Kind {
    User,
    Group,
}

impl Kind {
    fn path(self) -> &'static str {
        match self {
            Kind::User => USERS,
            Kind::Group => GROUPS,
        }
    }
    fn schema(self) -> &'static str {
        match self {
            Kind::User => USER_SCHEMA,
            Kind::Group => GROUP_SCHEMA,
        }
    }
    fn name(self) -> &'static str {
        match self {
            Kind::User => "User",
            Kind::Group => "Group",
        }
    }
    /// The operation whose body schema a whole resource of the kind must satisfy (its PUT).
    fn body_op(self) -> &'static str {
        match self {
            Kind::User => "UpdateUser",
            Kind::Group => "UpdateGroup",
        }
    }
    /// The attributes a resource takes from a request.
    fn writable(self) -> &'static [&'static str] {
        match self {
            Kind::User => &[
                "schemas",
                "userName",
                "name",
                "displayName",
                "emails",
                "active",
                "externalId",
            ],
            Kind::Group => &["schemas", "displayName", "externalId", "members"],
        }
    }
    /// Attributes every answer keeps whatever `attributes` asks (the spec requires them).
    fn always(self) -> &'static [&'static str] {
        match self {
            Kind::User => &["schemas", "id"],
            Kind::Group => &["schemas", "id", "displayName"],
        }
    }
    fn read_only(self) -> &'static [&'static str] {
        match self {
            Kind::User => &["id", "meta", "groups"],
            Kind::Group => &["id", "meta"],
        }
    }
}

/// Where a list's or a get's parameters come from: the query (GET) or the body (`.search`).
#[derive(Clone, Copy)]
enum Form {
    Query,
    Body,
}

// --- errors in SCIM's words ---

/// The `kind` of an error answered with SCIM's error members (see `ApiError::body`).
fn scim_kind(scim_type: &str) -> &'static str {
    match scim_type {
        "invalidFilter" => "SCIM:invalidFilter",
        "invalidSyntax" => "SCIM:invalidSyntax",
        "invalidPath" => "SCIM:invalidPath",
        "invalidValue" => "SCIM:invalidValue",
        "noTarget" => "SCIM:noTarget",
        "mutability" => "SCIM:mutability",
        "uniqueness" => "SCIM:uniqueness",
        _ => "SCIM",
    }
}

fn bad(scim_type: &str, detail: impl Into<String>) -> ApiError {
    ApiError::new(400, 3, scim_kind(scim_type), detail)
}

pub(super) fn not_found(detail: impl Into<String>) -> ApiError {
    ApiError::new(404, 5, "SCIM", detail)
}

// --- dispatch ---

/// What answers one operation on users or groups.
type Handler = fn(&mut Ctx<'_>, Kind) -> Result<Reply, ApiError>;

fn dispatch(ctx: &mut Ctx<'_>, op_id: &str) -> Option<Result<Reply, ApiError>> {
    if let Some(reply) = discovery::dispatch(ctx, op_id) {
        return Some(reply);
    }
    use Kind::{Group, User};
    let (kind, action): (Kind, Handler) = match op_id {
        "GetUsers" => (User, |c, k| list(c, k, Form::Query)),
        "SearchUsers" | "GetUsers2" => (User, |c, k| list(c, k, Form::Body)),
        "GetUser" => (User, |c, k| get(c, k, Form::Query)),
        "SearchUser" | "GetUser2" => (User, |c, k| get(c, k, Form::Body)),
        "CreateUser" => (User, create),
        "UpdateUser" => (User, replace),
        "PatchUser" => (User, patch),
        "DeleteUser" => (User, delete),
        "GetGroups" => (Group, |c, k| list(c, k, Form::Query)),
        "SearchGroups" | "GetGroups2" => (Group, |c, k| list(c, k, Form::Body)),
        "GetGroup" => (Group, |c, k| get(c, k, Form::Query)),
        "SearchGroup" | "GetGroup2" => (Group, |c, k| get(c, k, Form::Body)),
        "CreateGroup" => (Group, create),
        "UpdateGroup" => (Group, replace),
        "PatchGroup" => (Group, patch),
        "DeleteGroup" => (Group, delete),
        _ => return None,
    };
    Some(require_org_admin(ctx).and_then(|()| action(ctx, kind)))
}

/// Users and groups are for keys whose service account holds ORG_ADMIN on the organization.
fn require_org_admin(ctx: &Ctx<'_>) -> Result<(), ApiError> {
    let account = ctx
        .state
        .item(API_KEYS, &ctx.actor)
        .and_then(|k| k["service_account_id"].as_str())
        .unwrap_or_default();
    let admin = ctx
        .state
        .item(ROLES, account)
        .and_then(|g| g["roles"].as_array())
        .is_some_and(|roles| {
            roles.iter().any(|r| {
                // Grants name their role `role_name` (seed spec) or `name` (current spec).
                (r["role_name"] == "ORG_ADMIN" || r["name"] == "ORG_ADMIN")
                    && r["resource"]["type"] == "ORGANIZATION"
            })
        });
    if admin {
        Ok(())
    } else {
        Err(ApiError::new(
            403,
            7,
            "SCIM",
            "permission denied: SCIM users and groups need the ORG_ADMIN role, which the service account of this API key does not hold",
        ))
    }
}

// --- showing ---

fn location(kind: Kind, id: &str) -> String {
    format!("{}/{id}", kind.path())
}

fn stored_id(item: &Value) -> &str {
    item["id"].as_str().unwrap_or_default()
}

/// A stored resource as answered: a user with the groups it belongs to, a group's members with
/// their current names.
fn show(state: &State, kind: Kind, item: &Value) -> Value {
    let mut v = public(item);
    let id = stored_id(item);
    match kind {
        Kind::User => {
            let groups: Vec<Value> = state
                .collection(GROUPS)
                .into_iter()
                .flat_map(|c| c.iter())
                .filter(|g| {
                    g["members"]
                        .as_array()
                        .is_some_and(|m| m.iter().any(|x| x["value"] == id))
                })
                .map(|g| {
                    json!({"value": g["id"], "display": g["displayName"], "type": "direct",
                           "ref": location(Kind::Group, stored_id(g))})
                })
                .collect();
            if !groups.is_empty() {
                v["groups"] = Value::Array(groups);
            }
        }
        Kind::Group => {
            let members: Vec<Value> = item["members"]
                .as_array()
                .into_iter()
                .flatten()
                .filter_map(|m| {
                    let uid = m["value"].as_str()?;
                    let user = state.item(USERS, uid)?;
                    let display = user["displayName"].as_str().or(user["userName"].as_str());
                    Some(json!({"value": uid, "display": display, "type": "User",
                                "ref": location(Kind::User, uid)}))
                })
                .collect();
            if let Value::Object(m) = &mut v {
                if members.is_empty() {
                    m.remove("members");
                } else {
                    m.insert("members".into(), Value::Array(members));
                }
            }
        }
    }
    v
}

type AttrList = Vec<(String, Option<String>)>;

fn attr_list(text: Option<&str>) -> AttrList {
    text.map(|s| {
        s.split(',')
            .filter_map(|a| filter::attr_path(a.trim()).ok())
            .map(|p| (p.attr, p.sub))
            .collect()
    })
    .unwrap_or_default()
}

/// Keeps (`keep`) or drops the listed sub-attributes of a complex or multi-valued attribute.
fn sub_filter(value: Value, subs: &[&String], keep: bool) -> Value {
    match value {
        Value::Object(m) => Value::Object(
            m.into_iter()
                .filter(|(k, _)| subs.iter().any(|s| s.eq_ignore_ascii_case(k)) == keep)
                .collect(),
        ),
        Value::Array(items) => Value::Array(
            items
                .into_iter()
                .map(|i| sub_filter(i, subs, keep))
                .collect(),
        ),
        other => other,
    }
}

/// `attributes` / `excludedAttributes` (RFC 7644 §3.9): only, or all but, the attributes named
/// (`userName`, `name.givenName`); `always` stay.
pub(super) fn project(
    v: Value,
    attributes: Option<&str>,
    excluded: Option<&str>,
    always: &[&str],
) -> Value {
    let Value::Object(m) = v else { return v };
    let (wanted, unwanted) = (attr_list(attributes), attr_list(excluded));
    let named = |list: &AttrList, k: &str| -> (bool, Vec<String>) {
        let hits: Vec<&Option<String>> = list
            .iter()
            .filter(|(a, _)| a.eq_ignore_ascii_case(k))
            .map(|(_, s)| s)
            .collect();
        let whole = hits.iter().any(|s| s.is_none());
        (whole, hits.into_iter().flatten().cloned().collect())
    };
    let mut out = Map::new();
    for (k, val) in m {
        if always.iter().any(|a| a.eq_ignore_ascii_case(&k)) {
            out.insert(k, val);
        } else if !wanted.is_empty() {
            match named(&wanted, &k) {
                (true, _) => {
                    out.insert(k, val);
                }
                (false, subs) if !subs.is_empty() => {
                    let subs: Vec<&String> = subs.iter().collect();
                    out.insert(k, sub_filter(val, &subs, true));
                }
                _ => {}
            }
        } else {
            match named(&unwanted, &k) {
                (true, _) => {}
                (false, subs) => {
                    let subs: Vec<&String> = subs.iter().collect();
                    out.insert(k, sub_filter(val, &subs, false));
                }
            }
        }
    }
    Value::Object(out)
}

// --- operations ---

struct Params {
    filter: Option<String>,
    attributes: Option<String>,
    excluded: Option<String>,
    start_index: Option<i64>,
    count: Option<i64>,
}

fn params(ctx: &Ctx<'_>, form: Form) -> Params {
    match form {
        Form::Query => {
            let s = |k: &str| ctx.query(k).map(str::to_string);
            let n = |k: &str| ctx.query(k).and_then(|v| v.parse::<i64>().ok());
            Params {
                filter: s("filter"),
                attributes: s("attributes"),
                excluded: s("excludedAttributes"),
                start_index: n("startIndex"),
                count: n("count"),
            }
        }
        Form::Body => {
            let s = |k: &str| ctx.body_str(k).map(str::to_string);
            let n = |k: &str| ctx.body.get(k).and_then(Value::as_i64);
            Params {
                filter: s("filter"),
                attributes: s("attributes"),
                excluded: s("excludedAttributes"),
                start_index: n("startIndex"),
                count: n("count"),
            }
        }
    }
}

fn list(ctx: &mut Ctx<'_>, kind: Kind, form: Form) -> Result<Reply, ApiError> {
    let p = params(ctx, form);
    let filter = match p.filter.as_deref().map(str::trim) {
        Some(f) if !f.is_empty() => {
            Some(filter::parse(f).map_err(|e| bad("invalidFilter", format!("filter {f:?}: {e}")))?)
        }
        _ => None,
    };
    let state = &*ctx.state;
    let matching: Vec<Value> = state
        .collection(kind.path())
        .into_iter()
        .flat_map(|c| c.iter())
        .map(|item| show(state, kind, item))
        .filter(|v| filter.as_ref().is_none_or(|f| filter::matches(f, v)))
        .collect();
    let total = matching.len();
    let start = p.start_index.unwrap_or(1).max(1);
    let count = p
        .count
        .unwrap_or(DEFAULT_COUNT)
        .clamp(0, MAX_RESULTS as i64) as usize;
    let page: Vec<Value> = matching
        .into_iter()
        .skip(usize::try_from(start - 1).unwrap_or(usize::MAX))
        .take(count)
        .map(|v| {
            project(
                v,
                p.attributes.as_deref(),
                p.excluded.as_deref(),
                kind.always(),
            )
        })
        .collect();
    Ok(Reply::Json(json!({
        "schemas": [LIST_SCHEMA],
        "totalResults": total,
        "startIndex": start,
        "itemsPerPage": page.len(),
        "Resources": page,
    })))
}

fn found<'a>(ctx: &'a Ctx<'_>, kind: Kind) -> Result<&'a Value, ApiError> {
    let id = ctx.param("id");
    ctx.state
        .item(kind.path(), id)
        .ok_or_else(|| not_found(format!("{} {id:?} not found", kind.name())))
}

fn get(ctx: &mut Ctx<'_>, kind: Kind, form: Form) -> Result<Reply, ApiError> {
    let p = params(ctx, form);
    let shown = show(ctx.state, kind, found(ctx, kind)?);
    Ok(Reply::Json(project(
        shown,
        p.attributes.as_deref(),
        p.excluded.as_deref(),
        kind.always(),
    )))
}

fn is_email(s: &str) -> bool {
    match s.split_once('@') {
        Some((local, domain)) => {
            !local.is_empty()
                && domain.contains('.')
                && !domain.starts_with('.')
                && !domain.ends_with('.')
                && !s.chars().any(char::is_whitespace)
        }
        None => false,
    }
}

/// Completes and checks a resource as the service would keep it (without `id` and `meta`):
/// its schema URN, a user's e-mail addresses, userName (the primary address when not given, and
/// unique: 409), `active` (true when not given), a group's name and members (existing users).
fn settle(
    ctx: &Ctx<'_>,
    kind: Kind,
    resource: &mut Map<String, Value>,
    own_id: Option<&str>,
) -> Result<(), ApiError> {
    let listed = resource
        .get("schemas")
        .and_then(Value::as_array)
        .is_some_and(|s| {
            s.iter().any(|u| {
                u.as_str()
                    .is_some_and(|u| u.eq_ignore_ascii_case(kind.schema()))
            })
        });
    if !listed {
        return Err(bad(
            "invalidValue",
            format!("schemas: must include {:?}", kind.schema()),
        ));
    }
    match kind {
        Kind::User => {
            let emails = resource
                .get("emails")
                .and_then(Value::as_array)
                .cloned()
                .unwrap_or_default();
            if emails.is_empty() {
                return Err(bad(
                    "invalidValue",
                    "emails: at least one e-mail address is required",
                ));
            }
            for (i, e) in emails.iter().enumerate() {
                let value = e["value"].as_str().unwrap_or_default();
                if !is_email(value) {
                    return Err(bad(
                        "invalidValue",
                        format!("emails[{i}].value: {value:?} is not an e-mail address"),
                    ));
                }
            }
            if resource.get("userName").is_none_or(Value::is_null) {
                let primary = emails
                    .iter()
                    .find(|e| e["primary"] == true)
                    .unwrap_or(&emails[0]);
                resource.insert("userName".into(), primary["value"].clone());
            }
            let name = resource["userName"]
                .as_str()
                .map(str::trim)
                .unwrap_or_default()
                .to_string();
            if name.is_empty() {
                return Err(bad("invalidValue", "userName: must not be empty"));
            }
            resource.entry("active").or_insert(Value::Bool(true));
            let taken = ctx.state.collection(USERS).is_some_and(|c| {
                c.iter().any(|u| {
                    Some(stored_id(u)) != own_id
                        && u["userName"]
                            .as_str()
                            .is_some_and(|n| n.eq_ignore_ascii_case(&name))
                })
            });
            if taken {
                return Err(ApiError::new(
                    409,
                    6,
                    scim_kind("uniqueness"),
                    format!("userName {name:?} is already taken by another user"),
                ));
            }
        }
        Kind::Group => {
            let name = resource
                .get("displayName")
                .and_then(Value::as_str)
                .map(str::trim)
                .unwrap_or_default();
            if name.is_empty() {
                return Err(bad("invalidValue", "displayName: must not be empty"));
            }
            let mut members: Vec<Value> = Vec::new();
            for (i, m) in resource
                .get("members")
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
                .enumerate()
            {
                let uid = m["value"].as_str().unwrap_or_default();
                if ctx.state.item(USERS, uid).is_none() {
                    return Err(bad(
                        "invalidValue",
                        format!("members[{i}].value: no user with ID {uid:?}"),
                    ));
                }
                let member = json!({"value": uid});
                if !members.contains(&member) {
                    members.push(member);
                }
            }
            if resource.contains_key("members") {
                resource.insert("members".into(), Value::Array(members));
            }
        }
    }
    // The types of every attribute, as the spec defines a whole resource.
    let op = spec_for(Provider::Cockroach)
        .by_id(kind.body_op())
        .ok_or_else(|| ApiError::internal(format!("the spec has no {}", kind.body_op())))?;
    op.validate_body(&Value::Object(resource.clone()))
        .map_err(|problems| bad("invalidValue", problems.join("; ")))
}

/// Stores a settled resource under `id` with its `meta` (creation time kept from `created`).
fn store(
    ctx: &mut Ctx<'_>,
    kind: Kind,
    id: &str,
    mut resource: Map<String, Value>,
    created: Option<Value>,
) -> Value {
    let now = json!(rfc3339_millis(ctx.now));
    resource.insert("id".into(), json!(id));
    resource.insert(
        "meta".into(),
        json!({"resourceType": kind.name(), "created": created.unwrap_or(now.clone()),
               "lastModified": now, "location": location(kind, id)}),
    );
    ctx.state
        .collection_mut(kind.path(), kind.path())
        .insert(id, Value::Object(resource));
    let item = ctx.state.item(kind.path(), id).cloned().unwrap_or_default();
    show(ctx.state, kind, &item)
}

fn writable(ctx: &Ctx<'_>, kind: Kind) -> Map<String, Value> {
    ctx.body
        .as_object()
        .map(|m| {
            m.iter()
                .filter(|(k, _)| kind.writable().contains(&k.as_str()))
                .map(|(k, v)| (k.clone(), v.clone()))
                .collect()
        })
        .unwrap_or_default()
}

fn create(ctx: &mut Ctx<'_>, kind: Kind) -> Result<Reply, ApiError> {
    let mut resource = writable(ctx, kind);
    settle(ctx, kind, &mut resource, None)?;
    let id = new_uuid();
    Ok(Reply::Json(store(ctx, kind, &id, resource, None)))
}

fn replace(ctx: &mut Ctx<'_>, kind: Kind) -> Result<Reply, ApiError> {
    let created = found(ctx, kind)?["meta"]["created"].clone();
    let id = ctx.param("id").to_string();
    let mut resource = writable(ctx, kind);
    settle(ctx, kind, &mut resource, Some(&id))?;
    Ok(Reply::Json(store(ctx, kind, &id, resource, Some(created))))
}

fn patch(ctx: &mut Ctx<'_>, kind: Kind) -> Result<Reply, ApiError> {
    let current = public(found(ctx, kind)?);
    let id = ctx.param("id").to_string();
    let is_patch = ctx.body["schemas"].as_array().is_some_and(|s| {
        s.iter().any(|u| {
            u.as_str()
                .is_some_and(|u| u.eq_ignore_ascii_case(PATCH_SCHEMA))
        })
    });
    if !is_patch {
        return Err(bad(
            "invalidSyntax",
            format!("schemas: must include {PATCH_SCHEMA:?}"),
        ));
    }
    let operations = ctx.body["Operations"]
        .as_array()
        .cloned()
        .unwrap_or_default();
    if operations.is_empty() {
        return Err(bad(
            "invalidSyntax",
            "Operations: at least one operation is required",
        ));
    }
    let Value::Object(mut resource) = current else {
        return Err(ApiError::internal(
            "a stored SCIM resource is not an object",
        ));
    };
    let created = resource.remove("meta").map(|m| m["created"].clone());
    resource.remove("id");
    patch::apply(&mut resource, &operations, kind.read_only())
        .map_err(|(scim_type, detail)| bad(scim_type, detail))?;
    settle(ctx, kind, &mut resource, Some(&id))?;
    Ok(Reply::Json(store(ctx, kind, &id, resource, created)))
}

fn delete(ctx: &mut Ctx<'_>, kind: Kind) -> Result<Reply, ApiError> {
    found(ctx, kind)?;
    let id = ctx.param("id").to_string();
    if let Some(c) = ctx.state.collections.get_mut(kind.path()) {
        c.remove(&id);
    }
    if kind == Kind::User
        && let Some(groups) = ctx.state.collections.get_mut(GROUPS)
    {
        // A deleted user leaves every group.
        let now = json!(rfc3339_millis(ctx.now));
        for g in groups.iter_mut() {
            if let Some(members) = g["members"].as_array_mut() {
                let before = members.len();
                members.retain(|m| m["value"] != id.as_str());
                if members.len() != before {
                    g["meta"]["lastModified"] = now.clone();
                }
            }
        }
    }
    Ok(Reply::Empty)
}
