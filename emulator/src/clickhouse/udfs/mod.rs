//! User-defined functions: an archive uploaded to a presigned URL (`uploads.rs`), then a UDF created from it
//! (version 1) or a new version of one; each version builds over time (`building` → `ready`, or `error` for
//! an archive that is not a zip or a failed transition); versions are attached to running services
//! (`attachments.rs`).
//!
//! Stored: an index of the UDFs (`.../udfs`, keyed by name), each UDF's versions (`.../udfs/NAME/versions`,
//! keyed by number, in order) and its attachments (`.../udfs/NAME/attachments`, keyed by service).

mod attachments;
mod uploads;

pub use uploads::{UPLOADS, receive_upload};

use serde_json::{Map, Value, json};

use super::bad;
use crate::engine::{ApiError, Ctx, Reply};
use crate::store::{Millis, public, rfc3339};

const UDFS: &str = "/v1/organizations/{organizationId}/udfs";
const UDF: &str = "/v1/organizations/{organizationId}/udfs/{functionName}";
const VERSIONS: &str = "/v1/organizations/{organizationId}/udfs/{functionName}/versions";
const ATTACHMENTS: &str = "/v1/organizations/{organizationId}/udfs/{functionName}/attachments";
const UPLOAD_URL: &str = "/v1/organizations/{organizationId}/udfUploads/url";

/// The page size when the request names none (the spec's default).
const DEFAULT_LIMIT: usize = 100;

pub(super) fn dispatch(ctx: &mut Ctx<'_>, org: &str) -> Option<Result<Reply, ApiError>> {
    let template = ctx.op.template.clone();
    let method = ctx.op.method.clone();
    let (version, attachment) = (
        format!("{VERSIONS}/{{version}}"),
        format!("{ATTACHMENTS}/{{serviceId}}"),
    );
    Some(match (method.as_str(), template.as_str()) {
        ("POST", UPLOAD_URL) => uploads::create_session(ctx, org),
        ("GET", UDFS) => list(ctx, org),
        ("POST", UDFS) => create(ctx, org),
        ("GET", UDF) => latest(ctx, org, ctx.param("functionName")).map(Reply::Json),
        ("DELETE", UDF) => delete(ctx, org),
        ("GET", VERSIONS) => list_versions(ctx, org),
        ("POST", VERSIONS) => create_version(ctx, org),
        ("DELETE", t) if t == version => delete_version(ctx, org),
        ("GET", ATTACHMENTS) => attachments::list(ctx, org),
        ("GET", t) if t == attachment => attachments::get(ctx, org),
        ("PUT", t) if t == attachment => attachments::attach(ctx, org),
        ("DELETE", t) if t == attachment => attachments::detach(ctx, org),
        _ => return None,
    })
}

/// Versions and attachments as shown now (states from timestamps); `None` for the other templates.
pub(super) fn render(template: &str, item: &Value, now: Millis) -> Option<Option<Value>> {
    match template {
        VERSIONS => Some(Some(shown_version(item, now))),
        ATTACHMENTS => Some(attachments::shown(item, now)),
        _ => None,
    }
}

/// `/v1/organizations/ORG/udfs[/NAME/<what>]`.
fn udf_path(org: &str, name: Option<&str>, what: &str) -> String {
    match name {
        Some(name) => format!("/v1/organizations/{org}/udfs/{name}/{what}"),
        None => format!("/v1/organizations/{org}/udfs"),
    }
}

fn not_found(name: &str) -> ApiError {
    ApiError::not_found(format!("UDF {name} not found"))
}

fn exists(ctx: &Ctx<'_>, org: &str, name: &str) -> bool {
    ctx.state.item(&udf_path(org, None, ""), name).is_some()
}

/// A version as the API shows it: `building` until its build time has passed, then `ready` or `error`.
fn shown_version(item: &Value, now: Millis) -> Value {
    let mut v = public(item);
    let done = item["_since"].as_u64().unwrap_or(0) + item["_duration"].as_u64().unwrap_or(0);
    if now < done {
        v["status"] = json!("building");
        return v;
    }
    v["updatedAt"] = json!(rfc3339(done));
    if item["_bad_archive"] == true {
        v["status"] = json!("error");
        v["error"] = json!("the source archive is not a zip file");
    } else if item["_fails"] == true {
        v["status"] = json!("error");
        v["error"] = json!("the build failed: the function's command could not be installed");
    } else {
        v["status"] = json!("ready");
    }
    v
}

/// Every version of a UDF as shown now, oldest first.
fn versions(ctx: &Ctx<'_>, org: &str, name: &str) -> Vec<Value> {
    ctx.state
        .collection(&udf_path(org, Some(name), "versions"))
        .map(|c| c.iter().map(|v| shown_version(v, ctx.now)).collect())
        .unwrap_or_default()
}

/// The latest version of a UDF, or 404.
fn latest(ctx: &Ctx<'_>, org: &str, name: &str) -> Result<Value, ApiError> {
    versions(ctx, org, name)
        .pop()
        .filter(|_| exists(ctx, org, name))
        .ok_or_else(|| not_found(name))
}

/// One page of `items` (sorted by `key`): those after `cursor` (the key of the last item of the previous
/// page), at most `limit`, with the `Pagination` object.
fn page(ctx: &Ctx<'_>, items: Vec<Value>, key: impl Fn(&Value) -> String) -> Value {
    let limit = ctx
        .query("limit")
        .and_then(|l| l.parse::<usize>().ok())
        .unwrap_or(DEFAULT_LIMIT);
    let cursor = ctx.query("cursor").filter(|c| !c.is_empty());
    let total = items.len();
    let after: Vec<Value> = items
        .into_iter()
        .filter(|i| cursor.is_none_or(|c| key(i).as_str() > c))
        .collect();
    let more = after.len() > limit;
    let shown: Vec<Value> = after.into_iter().take(limit).collect();
    let next = more.then(|| shown.last().map(&key)).flatten();
    json!({
        "items": shown,
        "pagination": {
            "totalRecords": total,
            "currentCursor": cursor,
            "nextCursor": next,
            "limit": limit,
        },
    })
}

/// A version's sort key and cursor: its number, zero-padded so that text order is number order.
fn version_key(v: &Value) -> String {
    format!("{:010}", v["version"].as_u64().unwrap_or(0))
}

fn list(ctx: &mut Ctx<'_>, org: &str) -> Result<Reply, ApiError> {
    let mut names: Vec<String> = ctx
        .state
        .collection(&udf_path(org, None, ""))
        .map(|c| {
            c.iter()
                .filter_map(|u| u["functionName"].as_str().map(str::to_string))
                .collect()
        })
        .unwrap_or_default();
    names.sort();
    let items = names
        .iter()
        .filter_map(|n| latest(ctx, org, n).ok())
        .collect();
    Ok(Reply::Json(page(ctx, items, |u| {
        u["functionName"].as_str().unwrap_or_default().to_string()
    })))
}

/// The arguments of a create request, each name once.
fn arguments(body: &Value) -> Result<Vec<Value>, ApiError> {
    let mut arguments: Vec<Value> = Vec::new();
    for a in body["arguments"].as_array().into_iter().flatten() {
        if arguments.iter().any(|b| b["name"] == a["name"]) {
            return Err(bad(format!(
                "arguments: the argument name {} is used twice",
                a["name"]
            )));
        }
        arguments.push(json!({"name": a["name"], "type": a["type"]}));
    }
    Ok(arguments)
}

/// A new version's record from a create request: the request's configuration, the spec's defaults for what
/// it leaves out (nothing is inherited from earlier versions).
fn new_version(
    ctx: &mut Ctx<'_>,
    name: &str,
    number: u64,
    arguments: Vec<Value>,
    zip: bool,
) -> Value {
    let body = ctx.body.clone();
    let pool = body["type"] == "executable_pool";
    let field = |k: &str, default: Value| body.get(k).cloned().unwrap_or(default);
    let now = ctx.now;
    let mut v = Map::new();
    v.insert("functionName".into(), json!(name));
    v.insert("version".into(), json!(number));
    v.insert("status".into(), json!("building"));
    v.insert("runtime".into(), body["runtime"].clone());
    v.insert("type".into(), body["type"].clone());
    v.insert("arguments".into(), Value::Array(arguments));
    v.insert("returnType".into(), body["returnType"].clone());
    v.insert("returnName".into(), field("returnName", Value::Null));
    v.insert(
        "poolSize".into(),
        if pool {
            field("poolSize", json!(3))
        } else {
            Value::Null
        },
    );
    v.insert(
        "commandReadTimeout".into(),
        field("commandReadTimeout", json!(10_000)),
    );
    v.insert(
        "commandWriteTimeout".into(),
        field("commandWriteTimeout", json!(10_000)),
    );
    v.insert(
        "maxCommandExecutionTime".into(),
        field("maxCommandExecutionTime", json!(10)),
    );
    v.insert(
        "sendChunkHeader".into(),
        field("sendChunkHeader", json!(false)),
    );
    v.insert("format".into(), field("format", json!("TabSeparated")));
    v.insert("sandboxType".into(), field("sandboxType", json!("basic")));
    v.insert(
        "sandboxVersion".into(),
        field("sandboxVersion", json!("v2")),
    );
    v.insert("error".into(), Value::Null);
    v.insert("createdAt".into(), json!(rfc3339(now)));
    v.insert("updatedAt".into(), json!(rfc3339(now)));
    v.insert("_since".into(), json!(now));
    v.insert("_duration".into(), json!(ctx.transition()));
    v.insert("_bad_archive".into(), json!(!zip));
    // A bad archive fails on its own; the fault is kept for a build that would succeed.
    v.insert("_fails".into(), json!(zip && ctx.transition_fails()));
    Value::Object(v)
}

/// Stores a new version and answers it.
fn store_version(ctx: &mut Ctx<'_>, org: &str, name: &str, v: Value) -> Reply {
    let key = v["version"].to_string();
    let shown = shown_version(&v, ctx.now);
    ctx.state
        .collection_mut(&udf_path(org, Some(name), "versions"), VERSIONS)
        .insert(&key, v);
    Reply::Json(shown)
}

fn create(ctx: &mut Ctx<'_>, org: &str) -> Result<Reply, ApiError> {
    let name = ctx.body_str("functionName").unwrap_or_default().to_string();
    if exists(ctx, org, &name) {
        return Err(ApiError::already_exists(format!(
            "a UDF named {name} already exists"
        )));
    }
    // The request is checked before the archive is consumed: a refused request leaves it usable.
    let arguments = arguments(&ctx.body)?;
    let zip = uploads::consume(ctx, org)?;
    let v = new_version(ctx, &name, 1, arguments, zip);
    let now = rfc3339(ctx.now);
    ctx.state
        .collection_mut(&udf_path(org, None, ""), UDFS)
        .insert(&name, json!({"functionName": name, "createdAt": now}));
    Ok(store_version(ctx, org, &name, v))
}

fn create_version(ctx: &mut Ctx<'_>, org: &str) -> Result<Reply, ApiError> {
    let name = ctx.param("functionName").to_string();
    let last = latest(ctx, org, &name)?;
    if last["status"] == "building" {
        return Err(ApiError::failed_precondition(format!(
            "version {} of UDF {name} is still building; create the next one when it is done",
            last["version"]
        )));
    }
    let number = last["version"].as_u64().unwrap_or(0) + 1;
    let arguments = arguments(&ctx.body)?;
    let zip = uploads::consume(ctx, org)?;
    let v = new_version(ctx, &name, number, arguments, zip);
    Ok(store_version(ctx, org, &name, v))
}

fn list_versions(ctx: &mut Ctx<'_>, org: &str) -> Result<Reply, ApiError> {
    let name = ctx.param("functionName").to_string();
    latest(ctx, org, &name)?;
    let items = versions(ctx, org, &name);
    Ok(Reply::Json(page(ctx, items, version_key)))
}

fn delete(ctx: &mut Ctx<'_>, org: &str) -> Result<Reply, ApiError> {
    let name = ctx.param("functionName").to_string();
    latest(ctx, org, &name)?;
    if let Some(v) = versions(ctx, org, &name)
        .iter()
        .find(|v| v["status"] == "building")
    {
        return Err(ApiError::failed_precondition(format!(
            "version {} of UDF {name} is still building",
            v["version"]
        )));
    }
    // Every version goes, and the UDF is removed from every service.
    for what in ["versions", "attachments"] {
        ctx.state
            .collections
            .remove(&udf_path(org, Some(&name), what));
    }
    if let Some(index) = ctx.state.collections.get_mut(&udf_path(org, None, "")) {
        index.remove(&name);
    }
    Ok(Reply::Empty)
}

fn delete_version(ctx: &mut Ctx<'_>, org: &str) -> Result<Reply, ApiError> {
    let name = ctx.param("functionName").to_string();
    let number = ctx.param("version").to_string();
    let last = latest(ctx, org, &name)?;
    let v = versions(ctx, org, &name)
        .into_iter()
        .find(|v| v["version"].as_u64().map(|n| n.to_string()).as_deref() == Some(number.as_str()))
        .ok_or_else(|| ApiError::not_found(format!("version {number} of UDF {name} not found")))?;
    let refuse = |why: &str| {
        Err(ApiError::failed_precondition(format!(
            "version {number} of UDF {name} {why}"
        )))
    };
    if v["version"] == last["version"] {
        return refuse("is the latest version; delete the UDF instead");
    }
    if v["status"] == "building" {
        return refuse("is still building");
    }
    let services = attachments::services_with(ctx, org, &name, &v["version"]);
    if !services.is_empty() {
        return refuse(&format!("is attached to service {}", services.join(", ")));
    }
    if let Some(c) = ctx
        .state
        .collections
        .get_mut(&udf_path(org, Some(&name), "versions"))
    {
        c.remove(&number);
    }
    Ok(Reply::Empty)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn versions_build_over_time() {
        let v = json!({"version": 1, "status": "building", "error": null, "_since": 1000, "_duration": 100,
                       "_fails": false, "_bad_archive": false, "updatedAt": "x"});
        assert_eq!(shown_version(&v, 1050)["status"], "building");
        let done = shown_version(&v, 1100);
        assert_eq!(done["status"], "ready");
        assert!(done.get("_since").is_none());
        let mut bad = v.clone();
        bad["_bad_archive"] = json!(true);
        let shown = shown_version(&bad, 1100);
        assert_eq!(shown["status"], "error");
        assert!(shown["error"].as_str().unwrap().contains("zip"));
        assert_eq!(version_key(&json!({"version": 12})), "0000000012");
    }
}
