//! The request context, the errors in each provider's shape, and the generic resource engine: one
//! spec-driven create/list/get/update/delete over the store for every plain resource, so that only
//! real behaviour needs code of its own (clickhouse.rs, cockroach.rs).

use std::collections::BTreeMap;

use base64::Engine as _;
use serde_json::{Map, Value, json};

use crate::spec::{Operation, Provider, Shape, spec_for};
use crate::store::{Collection, Millis, State, new_uuid, rfc3339, rfc3339_millis};

/// An error answer. `code` is the gRPC code CockroachDB puts in its body; `kind` the prefix
/// ClickHouse puts before its message.
#[derive(Clone, Debug)]
pub struct ApiError {
    pub status: u16,
    pub code: u16,
    pub kind: &'static str,
    pub message: String,
}

impl ApiError {
    pub fn new(status: u16, code: u16, kind: &'static str, message: impl Into<String>) -> ApiError {
        ApiError {
            status,
            code,
            kind,
            message: message.into(),
        }
    }
    pub fn bad_request(m: impl Into<String>) -> ApiError {
        ApiError::new(400, 3, "BAD_REQUEST", m)
    }
    pub fn not_found(m: impl Into<String>) -> ApiError {
        ApiError::new(404, 5, "NOT_FOUND", m)
    }
    pub fn already_exists(m: impl Into<String>) -> ApiError {
        ApiError::new(409, 6, "CONFLICT", m)
    }
    /// A write refused because of the resource's state (a locked cluster, a running service).
    pub fn failed_precondition(m: impl Into<String>) -> ApiError {
        ApiError::new(409, 9, "CONFLICT", m)
    }
    pub fn unauthenticated(m: impl Into<String>) -> ApiError {
        ApiError::new(401, 16, "UNAUTHORIZED", m)
    }
    pub fn internal(m: impl Into<String>) -> ApiError {
        ApiError::new(500, 13, "INTERNAL_SERVER_ERROR", m)
    }

    /// The error body: ClickHouse `{status, error, requestId}`, CockroachDB `{code, message, details}`.
    pub fn body(&self, provider: Option<Provider>, request_id: &str) -> Value {
        match provider {
            Some(Provider::Cockroach) => {
                let mut body = json!({"code": self.code, "message": self.message, "details": []});
                // SCIM answers (kind `SCIM` or `SCIM:<scimType>`) add the members of RFC 7644 §3.12.
                if let Some(scim_type) = self.kind.strip_prefix("SCIM") {
                    body["schemas"] = json!(["urn:ietf:params:scim:api:messages:2.0:Error"]);
                    body["status"] = json!(self.status.to_string());
                    body["detail"] = json!(self.message);
                    if let Some(t) = scim_type.strip_prefix(':') {
                        body["scimType"] = json!(t);
                    }
                }
                body
            }
            _ => json!({
                "status": self.status,
                "error": format!("{}: {}", self.kind, self.message),
                "requestId": request_id,
            }),
        }
    }
}

/// A successful answer, before the provider's framing (the ClickHouse envelope) is applied.
pub enum Reply {
    Json(Value),
    /// ClickHouse: an envelope without `result` (deletes); CockroachDB: `{}`.
    Empty,
    Text(String, &'static str),
    /// A file to save (`Content-Disposition: attachment`), as the spec's answer declares: its text, media
    /// type and file name.
    File(String, &'static str, &'static str),
}

/// What the running emulator knows beyond its state: its configuration.
#[derive(Clone, Debug)]
pub struct Env {
    pub transition_ms: u64,
    /// `http://HOST:PORT`: where the emulator is reached, for URLs it hands out (UDF upload URLs).
    pub base_url: String,
}

/// One request being handled: the matched operation, its parameters, and the state.
pub struct Ctx<'a> {
    pub op: &'static Operation,
    pub params: BTreeMap<String, String>,
    /// Each query parameter's values, in order (an array parameter repeats its name).
    pub query: BTreeMap<String, Vec<String>>,
    /// The JSON body, `Null` when there was none.
    pub body: Value,
    pub now: Millis,
    pub state: &'a mut State,
    pub env: &'a Env,
    /// ID of the API key (record) that authenticated the request.
    pub actor: String,
    /// How many more transitions are to fail (the `failed_transitions` fault) when this request
    /// starts one; `transition_fails` counts it down.
    pub failures_left: u64,
    /// How many transitions this request made fail (taken off the fault when it succeeds).
    pub failures_used: u64,
}

impl Ctx<'_> {
    pub fn param(&self, name: &str) -> &str {
        self.params
            .get(name)
            .map(String::as_str)
            .unwrap_or_default()
    }

    pub fn query(&self, name: &str) -> Option<&str> {
        self.query
            .get(name)
            .and_then(|v| v.first())
            .map(String::as_str)
    }

    /// Every value of a repeated query parameter (`filter=a&filter=b`), in order.
    pub fn query_all(&self, name: &str) -> &[String] {
        self.query.get(name).map(Vec::as_slice).unwrap_or_default()
    }

    pub fn transition(&self) -> u64 {
        self.env.transition_ms
    }

    /// Whether the transition this request starts now is to end in its failed state (the
    /// `failed_transitions` fault), counting the fault down. Call it once per transition, when the
    /// request is known to start it.
    pub fn transition_fails(&mut self) -> bool {
        if self.failures_left == 0 {
            return false;
        }
        self.failures_left -= 1;
        self.failures_used += 1;
        true
    }

    /// A path template with this request's parameters substituted.
    pub fn path_of(&self, template: &str) -> String {
        concrete(template, &self.params)
    }

    /// The timestamp format of this request's provider.
    pub fn ts(&self, ms: Millis) -> String {
        timestamp(self.op.provider, ms)
    }

    pub fn render(&self, template: &str, item: &Value) -> Option<Value> {
        render(self.op.provider, template, item, self.now, self.env)
    }

    pub fn body_str(&self, field: &str) -> Option<&str> {
        self.body.get(field).and_then(Value::as_str)
    }
}

pub fn timestamp(provider: Provider, ms: Millis) -> String {
    match provider {
        Provider::ClickHouse => rfc3339(ms),
        Provider::Cockroach => rfc3339_millis(ms),
    }
}

pub fn concrete(template: &str, params: &BTreeMap<String, String>) -> String {
    template
        .split('/')
        .map(
            |s| match s.strip_prefix('{').and_then(|s| s.strip_suffix('}')) {
                Some(name) => params.get(name).cloned().unwrap_or_default(),
                None => s.to_string(),
            },
        )
        .collect::<Vec<_>>()
        .join("/")
}

/// How a stored item is shown: the provider computes states from timestamps; `None` hides it.
pub fn render(
    provider: Provider,
    template: &str,
    item: &Value,
    now: Millis,
    env: &Env,
) -> Option<Value> {
    match provider {
        Provider::ClickHouse => crate::clickhouse::render(template, item, now, env),
        Provider::Cockroach => crate::cockroach::render(template, item, now, env),
    }
}

/// Only the members the resource's schema knows (so write-only input such as passwords is never
/// stored into, nor echoed by, a resource whose schema does not show it).
pub fn filter_props(body: &Value, props: &[String]) -> Map<String, Value> {
    let mut out = Map::new();
    if let Value::Object(m) = body {
        for (k, v) in m {
            if props.is_empty() || props.iter().any(|p| p == k) {
                out.insert(k.clone(), v.clone());
            }
        }
    }
    out
}

// ---------------------------------------------------------------------------------------------
// Pagination (CockroachDB): `pagination.page` is an opaque token, `pagination.limit` 1..=500
// (default 100), `pagination.sort_order` ASC/DESC.
// ---------------------------------------------------------------------------------------------

pub const DEFAULT_PAGE_LIMIT: usize = 100;

#[derive(Clone, Debug, Default)]
pub struct Page {
    pub limit: usize,
    pub cursor: Option<u64>,
    pub offset: usize,
    pub descending: bool,
}

pub fn page_params(ctx: &Ctx<'_>) -> Result<Page, ApiError> {
    let limit = match ctx.query("pagination.limit") {
        Some(l) => l
            .parse::<usize>()
            .ok()
            .filter(|l| (1..=500).contains(l))
            .ok_or_else(|| {
                ApiError::bad_request(format!(
                    "invalid request: query.pagination.limit: {l} must be between 1 and 500"
                ))
            })?,
        None => DEFAULT_PAGE_LIMIT,
    };
    let mut page = Page {
        limit,
        descending: ctx.query("pagination.sort_order") == Some("DESC"),
        ..Page::default()
    };
    if let Some(token) = ctx.query("pagination.page").filter(|t| !t.is_empty()) {
        let bad = || {
            ApiError::bad_request(format!(
                "invalid request: query.pagination.page: {token:?} is not a page token of this API"
            ))
        };
        let raw = base64::engine::general_purpose::URL_SAFE_NO_PAD
            .decode(token)
            .map_err(|_| bad())?;
        let raw = String::from_utf8(raw).map_err(|_| bad())?;
        match raw.split_once(':') {
            Some(("c", n)) => page.cursor = Some(n.parse().map_err(|_| bad())?),
            Some(("o", n)) => page.offset = n.parse().map_err(|_| bad())?,
            _ => return Err(bad()),
        }
    }
    Ok(page)
}

fn token(kind: &str, n: u64) -> String {
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(format!("{kind}:{n}"))
}

/// One page of a stored collection, shown through `show` (which may hide items): O(page).
pub fn paginate_collection(
    coll: Option<&Collection>,
    page: &Page,
    mut show: impl FnMut(&Value) -> Option<Value>,
) -> (Vec<Value>, Option<String>) {
    let Some(coll) = coll else {
        return (Vec::new(), None);
    };
    let mut out = Vec::new();
    let mut last_seq = None;
    for (seq, item) in coll.iter_after(page.cursor, page.descending) {
        let Some(v) = show(item) else { continue };
        if out.len() == page.limit {
            return (out, last_seq.map(|s| token("c", s)));
        }
        out.push(v);
        last_seq = Some(seq);
    }
    (out, None)
}

/// One page of a computed list (offset tokens).
pub fn paginate_vec(mut items: Vec<Value>, page: &Page) -> (Vec<Value>, Option<String>) {
    if page.descending {
        items.reverse();
    }
    let total = items.len();
    let start = page.offset.min(total);
    let end = (start + page.limit).min(total);
    let next = (end < total).then(|| token("o", end as u64));
    (items.drain(start..end).collect(), next)
}

/// A CockroachDB list answer: `{<key>: [...], "pagination": {"next_page": t}}`, the pagination
/// object present only when there is a further page.
pub fn list_body(array_key: &str, items: Vec<Value>, next: Option<String>) -> Value {
    let mut m = Map::new();
    m.insert(array_key.to_string(), Value::Array(items));
    if let Some(t) = next {
        // The seed spec named the token `next`; the live API and the current spec `next_page`.
        m.insert("pagination".into(), json!({ "next_page": t }));
    }
    Value::Object(m)
}

/// A list answer for the current operation, paginated when the operation is.
pub fn list_reply(
    ctx: &Ctx<'_>,
    array_key: Option<&str>,
    items: Vec<Value>,
) -> Result<Reply, ApiError> {
    match array_key {
        None => Ok(Reply::Json(Value::Array(items))),
        Some(key) if ctx.op.paginated => {
            let page = page_params(ctx)?;
            let (items, next) = paginate_vec(items, &page);
            Ok(Reply::Json(list_body(key, items, next)))
        }
        Some(key) => Ok(Reply::Json(list_body(key, items, None))),
    }
}

// ---------------------------------------------------------------------------------------------
// The generic engine
// ---------------------------------------------------------------------------------------------

/// Key fields of the items of the collection at `template`, from the spec's item operations.
pub fn key_fields_of(provider: Provider, template: &str) -> Vec<String> {
    spec_for(provider)
        .operations
        .iter()
        .find_map(|o| match &o.shape {
            Shape::Item {
                collection,
                key_fields,
                ..
            } if collection == template => Some(key_fields.clone()),
            _ => None,
        })
        .unwrap_or_else(|| vec!["id".to_string()])
}

const GENERATED_KEYS: [&str; 3] = ["id", "resource_id", "userId"];

/// Handles the operation by its shape alone.
pub fn generic(ctx: &mut Ctx<'_>) -> Result<Reply, ApiError> {
    let op = ctx.op;
    match (&op.shape, op.method.as_str()) {
        (Shape::Collection { array_key }, "GET") => {
            let path = ctx.path_of(&op.template);
            let template = op.template.clone();
            match array_key {
                Some(key) if op.paginated => {
                    let page = page_params(ctx)?;
                    let (items, next) =
                        paginate_collection(ctx.state.collection(&path), &page, |i| {
                            ctx.render(&template, i)
                        });
                    Ok(Reply::Json(list_body(key, items, next)))
                }
                _ => {
                    let items = list_items(ctx, &path, &template);
                    list_reply(ctx, array_key.as_deref(), items)
                }
            }
        }
        (Shape::Collection { .. }, "POST") => {
            let item = new_item(ctx, &op.template, &op.item_properties)?;
            let (path, key) = (
                ctx.path_of(&op.template),
                item_key(ctx.op.provider, &op.template, &item)?,
            );
            insert_new(ctx, &path, &op.template, &key, item)
        }
        (
            Shape::Item {
                collection,
                key_params,
                ..
            },
            method,
        ) => {
            let path = ctx.path_of(collection);
            let key = key_params
                .iter()
                .map(|p| ctx.param(p))
                .collect::<Vec<_>>()
                .join("/");
            let visible = ctx
                .state
                .item(&path, &key)
                .and_then(|i| ctx.render(collection, i))
                .is_some();
            if !visible {
                return Err(not_found_item(ctx.op.provider, collection, &key));
            }
            match method {
                "GET" => Ok(Reply::Json(shown(ctx, &path, collection, &key)?)),
                "PATCH" | "PUT" => {
                    let Shape::Item { key_fields, .. } = &op.shape else {
                        unreachable!()
                    };
                    let mut changes = filter_props(&ctx.body, &op.item_properties);
                    for f in key_fields {
                        changes.remove(f);
                    }
                    let now = ctx.ts(ctx.now);
                    let has_updated_at = op.item_properties.iter().any(|p| p == "updated_at");
                    if let Some(Value::Object(item)) = ctx.state.item_mut(&path, &key) {
                        if method == "PUT" {
                            let kept: Vec<String> = op
                                .item_properties
                                .iter()
                                .filter(|p| !key_fields.contains(p))
                                .cloned()
                                .collect();
                            for p in kept {
                                item.remove(&p);
                            }
                        }
                        item.extend(changes);
                        if has_updated_at {
                            item.insert("updated_at".into(), json!(now));
                        }
                    }
                    Ok(Reply::Json(shown(ctx, &path, collection, &key)?))
                }
                "DELETE" => {
                    let shown_before = shown(ctx, &path, collection, &key)?;
                    if let Some(c) = ctx.state.collections.get_mut(&path) {
                        c.remove(&key);
                    }
                    Ok(match ctx.op.provider {
                        Provider::ClickHouse => Reply::Empty,
                        Provider::Cockroach => Reply::Json(shown_before),
                    })
                }
                _ => Err(ApiError::internal(format!(
                    "no generic behaviour for {}",
                    op.id
                ))),
            }
        }
        (Shape::Singleton, method) => {
            let path = ctx.path_of(&op.template);
            let current = ctx
                .state
                .singletons
                .get(&path)
                .cloned()
                .or_else(|| singleton_default(ctx));
            match method {
                "GET" => current
                    .and_then(|v| ctx.render(&op.template, &v))
                    .map(Reply::Json)
                    .ok_or_else(|| {
                        ApiError::not_found(format!("{} is not configured", describe(&op.template)))
                    }),
                "PUT" | "POST" | "PATCH" => {
                    let mut value = match (method, current) {
                        ("PATCH", Some(Value::Object(m))) => m,
                        ("PATCH", _) => {
                            return Err(ApiError::not_found(format!(
                                "{} is not configured",
                                describe(&op.template)
                            )));
                        }
                        _ => Map::new(),
                    };
                    value.extend(filter_props(&ctx.body, &op.item_properties));
                    if op.item_properties.iter().any(|p| p == "cluster_id") {
                        value.insert("cluster_id".into(), json!(ctx.param("cluster_id")));
                    }
                    let value = Value::Object(value);
                    ctx.state.singletons.insert(path, value.clone());
                    ctx.render(&op.template, &value)
                        .map(Reply::Json)
                        .ok_or_else(|| ApiError::internal("configuration hidden after write"))
                }
                "DELETE" => {
                    let old = ctx.state.singletons.remove(&path).ok_or_else(|| {
                        ApiError::not_found(format!("{} is not configured", describe(&op.template)))
                    })?;
                    Ok(Reply::Json(ctx.render(&op.template, &old).unwrap_or(old)))
                }
                _ => Err(ApiError::internal(format!(
                    "no generic behaviour for {}",
                    op.id
                ))),
            }
        }
        _ => Err(ApiError::internal(format!(
            "no generic behaviour for {}",
            op.id
        ))),
    }
}

/// Every visible item of a collection, rendered.
pub fn list_items(ctx: &Ctx<'_>, path: &str, template: &str) -> Vec<Value> {
    ctx.state
        .collection(path)
        .map(|c| c.iter().filter_map(|i| ctx.render(template, i)).collect())
        .unwrap_or_default()
}

/// A stored item, rendered, or 404.
pub fn shown(ctx: &Ctx<'_>, path: &str, template: &str, key: &str) -> Result<Value, ApiError> {
    ctx.state
        .item(path, key)
        .and_then(|i| ctx.render(template, i))
        .ok_or_else(|| not_found_item(ctx.op.provider, template, key))
}

/// A new item from the request body: the schema's members, a generated key where the key is an
/// ID, and the server-side fields the schema declares (creation time, cluster, creator).
pub fn new_item(
    ctx: &Ctx<'_>,
    template: &str,
    props: &[String],
) -> Result<Map<String, Value>, ApiError> {
    let mut item = filter_props(&ctx.body, props);
    for f in key_fields_of(ctx.op.provider, template) {
        if !item.contains_key(&f) {
            if GENERATED_KEYS.contains(&f.as_str()) {
                item.insert(f, json!(new_uuid()));
            } else {
                return Err(ApiError::bad_request(format!(
                    "invalid request: body.{f}: is required"
                )));
            }
        }
    }
    let now = ctx.ts(ctx.now);
    for f in ["created_at", "createdAt", "updated_at"] {
        if props.iter().any(|p| p == f) {
            item.insert(f.into(), json!(now));
        }
    }
    if props.iter().any(|p| p == "cluster_id") && ctx.params.contains_key("cluster_id") {
        item.insert("cluster_id".into(), json!(ctx.param("cluster_id")));
    }
    if props.iter().any(|p| p == "creator_id") {
        item.insert("creator_id".into(), json!(ctx.actor));
    }
    Ok(item)
}

pub fn item_key(
    provider: Provider,
    template: &str,
    item: &Map<String, Value>,
) -> Result<String, ApiError> {
    let parts: Vec<String> = key_fields_of(provider, template)
        .iter()
        .map(|f| match item.get(f) {
            Some(Value::String(s)) => s.clone(),
            Some(v) => v.to_string(),
            None => String::new(),
        })
        .collect();
    Ok(parts.join("/"))
}

/// Inserts a new item, refusing a key that exists.
pub fn insert_new(
    ctx: &mut Ctx<'_>,
    path: &str,
    template: &str,
    key: &str,
    item: Map<String, Value>,
) -> Result<Reply, ApiError> {
    let exists = ctx
        .state
        .item(path, key)
        .and_then(|i| ctx.render(template, i))
        .is_some();
    if exists {
        return Err(ApiError::already_exists(format!(
            "{} {key:?} already exists",
            describe(template)
        )));
    }
    ctx.state
        .collection_mut(path, template)
        .insert(key, Value::Object(item));
    Ok(Reply::Json(shown(ctx, path, template, key)?))
}

/// Configurations that exist before they are first written (with their defaults).
fn singleton_default(ctx: &Ctx<'_>) -> Option<Value> {
    match ctx.op.provider {
        Provider::Cockroach => crate::cockroach::singleton_default(ctx),
        Provider::ClickHouse => None,
    }
}

pub fn not_found_item(provider: Provider, template: &str, key: &str) -> ApiError {
    match provider {
        Provider::ClickHouse => ApiError::not_found(format!(
            "{} {key} not found",
            capitalize(&describe(template))
        )),
        Provider::Cockroach => {
            ApiError::not_found(format!("{} {key:?} not found", describe(template)))
        }
    }
}

/// A human name for the resource at a template: `/api/v1/clusters/{cluster_id}/networking/egress-rules`
/// → "egress rule".
pub fn describe(template: &str) -> String {
    let last = template
        .split('/')
        .rev()
        .find(|s| !s.starts_with('{') && !s.is_empty())
        .unwrap_or("resource");
    let words = last.replace(['-', '_'], " ");
    let mut s = match words.as_str() {
        "allowlist" => "allowlist entry".to_string(),
        "logexport" => "log export".to_string(),
        "cmek" => "CMEK".to_string(),
        "prometheus" => "Prometheus metric export".to_string(),
        "cloudwatch" => "CloudWatch metric export".to_string(),
        "datadog" => "Datadog metric export".to_string(),
        "activities" => "activity".to_string(),
        "backups config" => "backup configuration".to_string(),
        w if w.ends_with("ies") => format!("{}y", &w[..w.len() - 3]),
        w if w.ends_with("sses") => w[..w.len() - 2].to_string(),
        w if w.ends_with('s') && !w.ends_with("ss") => w[..w.len() - 1].to_string(),
        w => w.to_string(),
    };
    if s.is_empty() {
        s = "resource".into();
    }
    s
}

pub fn capitalize(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().collect::<String>() + c.as_str(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn describes_resources() {
        assert_eq!(
            describe("/api/v1/clusters/{cluster_id}/networking/egress-rules"),
            "egress rule"
        );
        assert_eq!(describe("/api/v1/clusters"), "cluster");
        assert_eq!(
            describe("/api/v1/clusters/{cluster_id}/metricexport/prometheus"),
            "Prometheus metric export"
        );
        assert_eq!(
            describe("/v1/organizations/{organizationId}/activities"),
            "activity"
        );
        assert_eq!(
            describe("/api/v1/clusters/{cluster_id}/networking/allowlist"),
            "allowlist entry"
        );
        assert_eq!(
            describe("/api/v1/clusters/{cluster_id}/sql-users"),
            "sql user"
        );
    }

    #[test]
    fn pages_of_a_vec() {
        let items: Vec<Value> = (0..5).map(|i| json!(i)).collect();
        let page = Page {
            limit: 2,
            ..Page::default()
        };
        let (a, next) = paginate_vec(items.clone(), &page);
        assert_eq!(a, vec![json!(0), json!(1)]);
        let raw = base64::engine::general_purpose::URL_SAFE_NO_PAD
            .decode(next.unwrap())
            .unwrap();
        assert_eq!(raw, b"o:2");
        let page = Page {
            limit: 2,
            offset: 4,
            ..Page::default()
        };
        let (b, next) = paginate_vec(items, &page);
        assert_eq!(b, vec![json!(4)]);
        assert!(next.is_none());
    }
}
