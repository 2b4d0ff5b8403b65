//! ClickStack, the observability UI of a service: its dashboards, alerts, sources, webhooks, roles and
//! saved searches, each a collection under `.../services/{serviceId}/clickstack/`. Create, get, replace (PUT)
//! and delete, with what the service checks beyond the schema: objects refer to objects of the same service
//! (a dashboard tile to a source, an alert to a dashboard tile or a saved search and to a webhook, a saved
//! search to a source), the predefined roles cannot be changed, a webhook URL is registered once per kind of
//! webhook. Deleting a dashboard or a saved search deletes its alerts; replacing a dashboard deletes the
//! alerts of the tiles it no longer has. IDs are 24 hex digits, as the service writes them.
//!
//! An alert is `PENDING` until its first evaluation, one transition after it was created or replaced, then
//! `OK`; with the `failed_transitions` fault, that evaluation fails (`INSUFFICIENT_DATA` with an execution
//! error). Webhook headers and query parameters are kept but never shown. Dashboards and alerts:
//! `dashboards.rs`.

mod dashboards;

use serde_json::{Map, Value, json};

use super::{SERVICE, SERVICES, bad, path};
use crate::engine::{ApiError, Ctx, Reply};
use crate::store::{Millis, public, rfc3339_millis};

/// A kind of ClickStack object: its collection in the path, its name in messages, its path parameter.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(super) struct Kind {
    collection: &'static str,
    noun: &'static str,
}

const DASHBOARDS: Kind = Kind {
    collection: "dashboards",
    noun: "Dashboard",
};
const ALERTS: Kind = Kind {
    collection: "alerts",
    noun: "Alert",
};
const SOURCES: Kind = Kind {
    collection: "sources",
    noun: "Source",
};
const WEBHOOKS: Kind = Kind {
    collection: "webhooks",
    noun: "Webhook",
};
const ROLES: Kind = Kind {
    collection: "roles",
    noun: "Role",
};
const SAVED_SEARCHES: Kind = Kind {
    collection: "saved-searches",
    noun: "Saved search",
};
const KINDS: [Kind; 6] = [DASHBOARDS, ALERTS, SOURCES, WEBHOOKS, ROLES, SAVED_SEARCHES];

/// The roles every service's ClickStack has: ID, name, description, the action they allow on everything.
const PREDEFINED_ROLES: [(&str, &str, &str, &str); 2] = [
    (
        "000000000000000000000a01",
        "Admin",
        "Full access to every ClickStack resource",
        "manage",
    ),
    (
        "000000000000000000000a02",
        "Read Only",
        "Read-only access to every ClickStack resource",
        "read",
    ),
];

pub(super) fn handle(ctx: &mut Ctx<'_>, org: &str) -> Result<Reply, ApiError> {
    let prefix = format!("{SERVICE}/clickstack/");
    let rest = ctx.op.template.strip_prefix(&prefix).unwrap_or_default();
    let (collection, item) = match rest.split_once('/') {
        Some((c, i)) => (c, Some(i)),
        None => (rest, None),
    };
    let kind = *KINDS
        .iter()
        .find(|k| k.collection == collection)
        .ok_or_else(|| ApiError::internal(format!("no ClickStack behaviour for {}", ctx.op.id)))?;
    let service = ctx.param("serviceId").to_string();
    let store = Store::new(org, &service, kind);
    match (ctx.op.method.as_str(), item) {
        ("POST", Some("validate")) => dashboards::validate(ctx, &store),
        ("GET", None) => Ok(Reply::Json(Value::Array(store.list(ctx)))),
        ("GET", Some(_)) => {
            let id = item_id(ctx);
            store.shown(ctx, &id).map(Reply::Json)
        }
        ("POST", None) => {
            let new = build(ctx, &store, None)?;
            let id = new["id"].as_str().unwrap_or_default().to_string();
            ctx.state
                .collection_mut(&store.path, &store.template)
                .insert(&id, new);
            store.shown(ctx, &id).map(Reply::Json)
        }
        ("PUT", Some(_)) => {
            let id = item_id(ctx);
            let old = store.stored(ctx, &id)?;
            let new = build(ctx, &store, Some(&old))?;
            if kind == DASHBOARDS {
                dashboards::forget_removed_tiles(ctx, &store, &old, &new);
            }
            ctx.state
                .collection_mut(&store.path, &store.template)
                .insert(&id, new);
            store.shown(ctx, &id).map(Reply::Json)
        }
        ("DELETE", Some(_)) => {
            let id = item_id(ctx);
            store.stored(ctx, &id)?;
            if let Some(c) = ctx.state.collections.get_mut(&store.path) {
                c.remove(&id);
            }
            match kind {
                DASHBOARDS => dashboards::delete_alerts(ctx, &store, "dashboardId", &id),
                SAVED_SEARCHES => dashboards::delete_alerts(ctx, &store, "savedSearchId", &id),
                _ => {}
            }
            Ok(Reply::Empty)
        }
        _ => Err(ApiError::internal(format!(
            "no ClickStack behaviour for {}",
            ctx.op.id
        ))),
    }
}

/// The ID in the path (the operation's one ClickStack parameter).
fn item_id(ctx: &Ctx<'_>) -> String {
    ctx.params
        .iter()
        .find(|(k, _)| k.starts_with("clickStack"))
        .map(|(_, v)| v.clone())
        .unwrap_or_default()
}

/// Where one kind's objects of one service are kept, and how they are read.
pub(super) struct Store {
    pub kind: Kind,
    pub org: String,
    pub service: String,
    pub path: String,
    pub template: String,
}

impl Store {
    /// The store of another kind of the same service.
    pub fn sibling(&self, kind: Kind) -> Store {
        Store::new(&self.org, &self.service, kind)
    }

    fn new(org: &str, service: &str, kind: Kind) -> Store {
        let template = format!("{SERVICE}/clickstack/{}", kind.collection);
        Store {
            kind,
            org: org.to_string(),
            service: service.to_string(),
            path: path(&template, org, Some(service)),
            template,
        }
    }

    /// Every object, as shown (the predefined roles first).
    pub fn list(&self, ctx: &Ctx<'_>) -> Vec<Value> {
        let mut out: Vec<Value> = if self.kind == ROLES {
            predefined_roles(ctx, self)
        } else {
            Vec::new()
        };
        out.extend(
            ctx.state
                .collection(&self.path)
                .into_iter()
                .flat_map(|c| c.iter())
                .map(|item| show(self.kind, item, ctx)),
        );
        out
    }

    /// One stored object (with its bookkeeping), or 404.
    pub fn stored(&self, ctx: &Ctx<'_>, id: &str) -> Result<Value, ApiError> {
        if self.kind == ROLES && PREDEFINED_ROLES.iter().any(|r| r.0 == id) {
            return Err(bad(format!(
                "role {id} is predefined: it cannot be changed or deleted"
            )));
        }
        ctx.state
            .item(&self.path, id)
            .cloned()
            .ok_or_else(|| self.not_found(id))
    }

    /// One object as shown, or 404.
    pub fn shown(&self, ctx: &Ctx<'_>, id: &str) -> Result<Value, ApiError> {
        self.list(ctx)
            .into_iter()
            .find(|o| o["id"] == id)
            .ok_or_else(|| self.not_found(id))
    }

    pub fn exists(&self, ctx: &Ctx<'_>, id: &str) -> bool {
        ctx.state.item(&self.path, id).is_some()
    }

    fn not_found(&self, id: &str) -> ApiError {
        ApiError::not_found(format!("{} {id} not found", self.kind.noun))
    }
}

/// A new object ID: 24 hex digits, the creation time in seconds first (as the service's IDs are made).
pub(super) fn new_id(now: Millis) -> String {
    format!("{:08x}{:016x}", now / 1000, fastrand::u64(..))
}

/// The team (the service's ClickStack tenant) objects belong to: an ID derived from the service's.
fn team_id(service: &str) -> String {
    let hex: String = service.chars().filter(char::is_ascii_hexdigit).collect();
    hex[hex.len().saturating_sub(24)..].to_string()
}

/// How a stored object is shown: without bookkeeping; an alert with the state of its evaluation; a
/// webhook with only what its kind shows.
fn show(kind: Kind, item: &Value, ctx: &Ctx<'_>) -> Value {
    let mut v = public(item);
    match kind {
        ALERTS => dashboards::show_alert(&mut v, item, ctx),
        WEBHOOKS if v["service"] != "generic" => {
            if let Value::Object(m) = &mut v {
                m.remove("body");
            }
        }
        _ => {}
    }
    v
}

fn predefined_roles(ctx: &Ctx<'_>, store: &Store) -> Vec<Value> {
    let created = ctx
        .state
        .item(&path(SERVICES, &store.org, None), &store.service)
        .and_then(|s| s["createdAt"].as_str())
        .map(str::to_string)
        .unwrap_or_else(|| rfc3339_millis(0));
    PREDEFINED_ROLES
        .iter()
        .map(|(id, name, description, action)| {
            json!({
                "id": id,
                "name": name,
                "description": description,
                "permissions": [{"action": action, "subject": "all"}],
                "isPredefined": true,
                "createdAt": created,
                "updatedAt": created,
            })
        })
        .collect()
}

/// The object a create (`old` is `None`) or a replace makes of the request body, after the checks the
/// service makes beyond the schema. A replace keeps the ID, the creation time and the team.
fn build(ctx: &mut Ctx<'_>, store: &Store, old: Option<&Value>) -> Result<Value, ApiError> {
    let mut body = match &ctx.body {
        Value::Object(m) => m.clone(),
        _ => Map::new(),
    };
    body.remove("id");
    let now = rfc3339_millis(ctx.now);
    let id = old
        .and_then(|o| o["id"].as_str())
        .map(str::to_string)
        .unwrap_or_else(|| new_id(ctx.now));
    let created = old
        .and_then(|o| o.get("createdAt").cloned())
        .unwrap_or_else(|| json!(now));
    let mut item = Map::new();
    item.insert("id".into(), json!(id));
    match store.kind {
        DASHBOARDS => return dashboards::build_dashboard(ctx, store, id, body),
        ALERTS => return dashboards::build_alert(ctx, store, id, body, created),
        SOURCES => {
            check_source_links(ctx, store, &body, &id)?;
            item.extend(body);
        }
        WEBHOOKS => {
            let service = body["service"].as_str().unwrap_or_default().to_string();
            let url = body["url"].as_str().unwrap_or_default().to_string();
            let taken = ctx
                .state
                .collection(&store.path)
                .into_iter()
                .flat_map(|c| c.iter())
                .any(|w| w["id"] != id.as_str() && w["service"] == service && w["url"] == url);
            if taken {
                return Err(bad(format!(
                    "url: a {service} webhook with this URL already exists"
                )));
            }
            for (secret, kept) in [("headers", "_headers"), ("queryParams", "_queryParams")] {
                if let Some(v) = body.remove(secret) {
                    item.insert(kept.into(), v);
                }
            }
            item.extend(body);
            item.insert("createdAt".into(), created);
            item.insert("updatedAt".into(), json!(now));
        }
        ROLES => {
            let name = body
                .get("name")
                .and_then(Value::as_str)
                .or_else(|| old.and_then(|o| o["name"].as_str()))
                .unwrap_or_default()
                .trim()
                .to_string();
            if name.is_empty() {
                return Err(bad("name: a role needs a name"));
            }
            let taken = store
                .list(ctx)
                .iter()
                .any(|r| r["id"] != id.as_str() && r["name"].as_str() == Some(name.as_str()));
            if taken {
                return Err(bad(format!("name: a role named {name:?} already exists")));
            }
            item.extend(body);
            item.insert("name".into(), json!(name));
            item.insert("isPredefined".into(), json!(false));
            item.insert("createdAt".into(), created);
            item.insert("updatedAt".into(), json!(now));
        }
        SAVED_SEARCHES => {
            let source = body["sourceId"].as_str().unwrap_or_default();
            if !store.sibling(SOURCES).exists(ctx, source) {
                return Err(bad(format!("sourceId: source {source} not found")));
            }
            item.extend(body);
            item.insert("teamId".into(), json!(team_id(&store.service)));
            item.insert("createdAt".into(), created);
            item.insert("updatedAt".into(), json!(now));
        }
        _ => unreachable!("every kind is handled"),
    }
    Ok(Value::Object(item))
}

/// The sources a source links to (its traces, logs, metrics, sessions) are sources of the same service,
/// and a session source's traces are a trace source.
fn check_source_links(
    ctx: &Ctx<'_>,
    store: &Store,
    body: &Map<String, Value>,
    id: &str,
) -> Result<(), ApiError> {
    for (field, kind) in [
        ("logSourceId", "log"),
        ("traceSourceId", "trace"),
        ("metricSourceId", "metric"),
        ("sessionSourceId", "session"),
    ] {
        let Some(linked) = body.get(field).and_then(Value::as_str) else {
            continue;
        };
        let found = ctx.state.item(&store.path, linked).filter(|_| linked != id);
        match found {
            None => return Err(bad(format!("{field}: source {linked} not found"))),
            Some(s) if s["kind"] != kind => {
                return Err(bad(format!(
                    "{field}: source {linked} is a {} source, not a {kind} source",
                    s["kind"].as_str().unwrap_or("other")
                )));
            }
            Some(_) => {}
        }
    }
    Ok(())
}

/// The IDs of the service's sources.
pub(super) fn source_ids(ctx: &Ctx<'_>, store: &Store) -> Vec<String> {
    ctx.state
        .collection(&store.sibling(SOURCES).path)
        .into_iter()
        .flat_map(|c| c.iter())
        .filter_map(|s| s["id"].as_str().map(str::to_string))
        .collect()
}
