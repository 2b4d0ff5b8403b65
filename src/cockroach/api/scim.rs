//! SCIM 2.0 (`/api/scim/v2/...`, RFC 7643/7644): the users and groups an identity provider provisions into
//! the organization, and the discovery documents. Authenticated with the same bearer API key as the rest of
//! the API; users and groups need a service account with the ORG_ADMIN role.
//!
//! Lists page by `startIndex`/`count` until `totalResults` (every page unless a limit is given). The
//! `.search` forms are POSTs; a server that refuses them (404/405) gets the deprecated PUT form instead.
//! SCIM errors (`detail`, `scimType`) are read beside the API's usual `message` and `code`.

use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value, json};

use super::Api;
use crate::error::{ApiError, Error, Result};
use crate::http::{List, Page, PageFuture, PageSource, Request, Response, parse_error, segment};

const BASE: &str = "/api/scim/v2";
pub const USER_SCHEMA: &str = "urn:ietf:params:scim:schemas:core:2.0:User";
pub const GROUP_SCHEMA: &str = "urn:ietf:params:scim:schemas:core:2.0:Group";
pub const PATCH_SCHEMA: &str = "urn:ietf:params:scim:api:messages:2.0:PatchOp";
/// The page size asked for when the caller names none (the API's own default is 20).
pub const DEFAULT_PAGE: i32 = 100;

/// What a 403 on users or groups means.
pub const ORG_ADMIN_HINT: &str = "SCIM users and groups need an API key whose service account holds the \
    ORG_ADMIN role: grant it with `dbcloud crdb role grant SERVICE_ACCOUNT_ID ORG_ADMIN --resource-type \
    organization`, or use such a key";

/// Users or groups: the two SCIM resources that can be written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ScimKind {
    User,
    Group,
}

impl ScimKind {
    pub fn collection(self) -> &'static str {
        match self {
            ScimKind::User => "/api/scim/v2/Users",
            ScimKind::Group => "/api/scim/v2/Groups",
        }
    }

    /// The core schema URN a resource of the kind lists in its `schemas`.
    pub fn schema(self) -> &'static str {
        match self {
            ScimKind::User => USER_SCHEMA,
            ScimKind::Group => GROUP_SCHEMA,
        }
    }

    /// "SCIM user", for messages.
    pub fn noun(self) -> &'static str {
        match self {
            ScimKind::User => "SCIM user",
            ScimKind::Group => "SCIM group",
        }
    }

    /// The attribute users name a resource by: `userName` or `displayName`.
    pub fn name_attribute(self) -> &'static str {
        match self {
            ScimKind::User => "userName",
            ScimKind::Group => "displayName",
        }
    }

    pub fn create_operation(self) -> &'static str {
        match self {
            ScimKind::User => "CockroachCloud_CreateUser",
            ScimKind::Group => "CockroachCloud_CreateGroup",
        }
    }

    pub fn replace_operation(self) -> &'static str {
        match self {
            ScimKind::User => "CockroachCloud_UpdateUser",
            ScimKind::Group => "CockroachCloud_UpdateGroup",
        }
    }

    pub fn patch_operation(self) -> &'static str {
        match self {
            ScimKind::User => "CockroachCloud_PatchUser",
            ScimKind::Group => "CockroachCloud_PatchGroup",
        }
    }

    fn item(self, id: &str) -> String {
        format!("{}/{}", self.collection(), segment(id))
    }
}

/// A SCIM resource (a user, a group, a resource type, a schema) with every field the API sent.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct ScimObject {
    #[serde(default)]
    pub id: String,
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

impl ScimObject {
    pub fn text(&self, field: &str) -> Option<&str> {
        self.extra.get(field).and_then(Value::as_str)
    }

    /// The name users know a user or group by (its `userName` / `displayName`), else its ID.
    pub fn name(&self, kind: ScimKind) -> &str {
        self.text(kind.name_attribute()).unwrap_or(&self.id)
    }
}

/// What a list or search asks for: a filter, the attributes, and where the pages start and how long they are.
#[derive(Clone, Debug, Default)]
pub struct ScimQuery {
    pub filter: Option<String>,
    pub attributes: Option<String>,
    pub excluded_attributes: Option<String>,
    /// The 1-based index of the first resource (default 1).
    pub start_index: Option<i32>,
    /// Resources per page (default [`DEFAULT_PAGE`]).
    pub count: Option<i32>,
}

/// The `attributes` / `excludedAttributes` of a single read.
#[derive(Clone, Debug, Default)]
pub struct ScimSelect {
    pub attributes: Option<String>,
    pub excluded_attributes: Option<String>,
}

impl ScimSelect {
    pub fn is_empty(&self) -> bool {
        self.attributes.is_none() && self.excluded_attributes.is_none()
    }

    fn query(&self, req: Request) -> Request {
        req.query_opt("attributes", self.attributes.as_deref())
            .query_opt("excludedAttributes", self.excluded_attributes.as_deref())
    }

    fn body(&self) -> Value {
        let mut body = Map::new();
        if let Some(a) = &self.attributes {
            body.insert("attributes".into(), json!(a));
        }
        if let Some(a) = &self.excluded_attributes {
            body.insert("excludedAttributes".into(), json!(a));
        }
        Value::Object(body)
    }
}

/// A SCIM error body read on top of the API's: `detail` is the message, `scimType` the code when there is
/// no other.
fn scim_error(resp: &Response) -> ApiError {
    let mut e = parse_error(resp);
    if let Ok(body) = serde_json::from_slice::<Value>(&resp.body) {
        if let Some(detail) = body
            .get("detail")
            .and_then(Value::as_str)
            .map(str::trim)
            .filter(|d| !d.is_empty())
        {
            e.message = detail.to_string();
        }
        if e.api_code.is_none() {
            e.api_code = body
                .get("scimType")
                .and_then(Value::as_str)
                .map(str::to_string);
        }
    }
    e
}

/// The POST `.search` form is refused by this server (it predates it): use the deprecated PUT form.
fn search_refused(e: &Error) -> bool {
    matches!(e.status(), Some(404 | 405))
}

fn bad_page(resp: &Response, detail: String) -> Error {
    Error::BadResponse {
        provider: resp.provider,
        status: resp.status,
        detail,
    }
}

impl Api {
    /// Sends a SCIM request; a 403 on users or groups (`kind`) says which role is missing.
    async fn scim_send(&self, req: &Request, kind: Option<ScimKind>) -> Result<Response> {
        let resp = self.client().send_raw(req).await?;
        if (200..300).contains(&resp.status) {
            return Ok(resp);
        }
        let err = Error::Api(scim_error(&resp));
        Err(match kind {
            Some(_) if resp.status == 403 => err.with_hint(ORG_ADMIN_HINT),
            _ => err,
        })
    }

    async fn scim_call<T: DeserializeOwned>(
        &self,
        req: Request,
        kind: Option<ScimKind>,
    ) -> Result<T> {
        self.scim_send(&req, kind).await?.json()
    }

    /// A `.search` request: POST, or PUT where POST is refused (`put` remembers that across pages).
    async fn scim_search_send(
        &self,
        path: &str,
        body: Value,
        kind: ScimKind,
        put: &mut bool,
    ) -> Result<Response> {
        if !*put {
            match self
                .scim_send(&Request::post(path, body.clone()), Some(kind))
                .await
            {
                Err(e) if search_refused(&e) => *put = true,
                other => return other,
            }
        }
        self.scim_send(&Request::put(path, body), Some(kind)).await
    }

    /// Every user or group the query selects (`search`: through the `.search` form), page after page, or the
    /// first `limit`.
    pub fn scim_list(
        &self,
        kind: ScimKind,
        query: &ScimQuery,
        limit: Option<usize>,
        search: bool,
    ) -> List<'_, ScimObject> {
        List::new(ScimPages {
            api: self,
            kind,
            query: query.clone(),
            search,
            put: false,
        })
        .limit(limit)
    }

    pub async fn scim_get(&self, kind: ScimKind, id: &str) -> Result<ScimObject> {
        self.scim_call(Request::get(kind.item(id)), Some(kind))
            .await
    }

    /// One user or group with only (or without) some attributes, through the `{id}/.search` form.
    pub async fn scim_get_selected(
        &self,
        kind: ScimKind,
        id: &str,
        select: &ScimSelect,
    ) -> Result<ScimObject> {
        let path = format!("{}/.search", kind.item(id));
        let mut put = false;
        self.scim_search_send(&path, select.body(), kind, &mut put)
            .await?
            .json()
    }

    pub async fn scim_create(&self, kind: ScimKind, body: Value) -> Result<ScimObject> {
        self.scim_call(Request::post(kind.collection(), body), Some(kind))
            .await
    }

    /// Replaces a user or group whole (PUT): what the body leaves out is cleared.
    pub async fn scim_replace(&self, kind: ScimKind, id: &str, body: Value) -> Result<ScimObject> {
        self.scim_call(Request::put(kind.item(id), body), Some(kind))
            .await
    }

    /// Applies PATCH operations (`{"op", "path", "value"}`) in order; the server applies all or none.
    pub async fn scim_patch(
        &self,
        kind: ScimKind,
        id: &str,
        operations: Vec<Value>,
    ) -> Result<ScimObject> {
        let body = patch_body(operations);
        self.scim_call(Request::patch(kind.item(id), body), Some(kind))
            .await
    }

    pub async fn scim_delete(&self, kind: ScimKind, id: &str) -> Result<Value> {
        self.scim_call(Request::delete(kind.item(id)), Some(kind))
            .await
    }

    pub async fn scim_resource_types(&self, select: &ScimSelect) -> Result<Vec<ScimObject>> {
        self.scim_discovery_list("ResourceTypes", select).await
    }

    pub async fn scim_resource_type(&self, id: &str, select: &ScimSelect) -> Result<ScimObject> {
        let req = select.query(Request::get(format!(
            "{BASE}/ResourceTypes/{}",
            segment(id)
        )));
        self.scim_call(req, None).await
    }

    pub async fn scim_schemas(&self, select: &ScimSelect) -> Result<Vec<ScimObject>> {
        self.scim_discovery_list("Schemas", select).await
    }

    pub async fn scim_schema(&self, id: &str, select: &ScimSelect) -> Result<ScimObject> {
        let req = select.query(Request::get(format!("{BASE}/Schemas/{}", segment(id))));
        self.scim_call(req, None).await
    }

    pub async fn scim_service_provider_config(&self) -> Result<ScimObject> {
        self.scim_call(Request::get(format!("{BASE}/ServiceProviderConfig")), None)
            .await
    }

    /// The discovery lists are short and not paged.
    async fn scim_discovery_list(
        &self,
        what: &str,
        select: &ScimSelect,
    ) -> Result<Vec<ScimObject>> {
        #[derive(Deserialize)]
        struct Listed {
            #[serde(rename = "Resources", default)]
            resources: Vec<ScimObject>,
        }
        let req = select.query(Request::get(format!("{BASE}/{what}")));
        let listed: Listed = self.scim_call(req, None).await?;
        Ok(listed.resources)
    }
}

/// The body of a PATCH.
pub fn patch_body(operations: Vec<Value>) -> Value {
    json!({"schemas": [PATCH_SCHEMA], "Operations": operations})
}

/// SCIM pages: by `startIndex` and `count` until `totalResults`; the token is the index of the next page.
struct ScimPages<'c> {
    api: &'c Api,
    kind: ScimKind,
    query: ScimQuery,
    search: bool,
    /// The server refused the POST `.search` form: the PUT form for the next pages too.
    put: bool,
}

impl PageSource<ScimObject> for ScimPages<'_> {
    fn fetch<'a>(
        &'a mut self,
        token: Option<&'a str>,
        want: Option<usize>,
    ) -> PageFuture<'a, ScimObject> {
        Box::pin(async move {
            let query = &self.query;
            let start = token
                .and_then(|t| t.parse::<i64>().ok())
                .unwrap_or_else(|| i64::from(query.start_index.unwrap_or(1)).max(1));
            let page_size = query.count.unwrap_or(DEFAULT_PAGE).max(1);
            let count = want.map_or(page_size, |w| {
                page_size.min(i32::try_from(w).unwrap_or(i32::MAX))
            });
            let index = i32::try_from(start).unwrap_or(i32::MAX);
            let (kind, api) = (self.kind, self.api);
            let resp = if self.search {
                let mut body = Map::new();
                for (k, v) in [
                    ("filter", &query.filter),
                    ("attributes", &query.attributes),
                    ("excludedAttributes", &query.excluded_attributes),
                ] {
                    if let Some(v) = v {
                        body.insert(k.into(), json!(v));
                    }
                }
                body.insert("startIndex".into(), json!(index));
                body.insert("count".into(), json!(count));
                let path = format!("{}/.search", kind.collection());
                api.scim_search_send(&path, Value::Object(body), kind, &mut self.put)
                    .await?
            } else {
                let req = Request::get(kind.collection())
                    .query_opt("filter", query.filter.as_deref())
                    .query_opt("attributes", query.attributes.as_deref())
                    .query_opt("excludedAttributes", query.excluded_attributes.as_deref())
                    .query("startIndex", index)
                    .query("count", count);
                api.scim_send(&req, Some(kind)).await?
            };
            let mut page: Map<String, Value> = resp.json()?;
            let batch = match page.remove("Resources") {
                Some(Value::Array(batch)) => batch,
                None | Some(Value::Null) => Vec::new(),
                Some(other) => {
                    return Err(bad_page(
                        &resp,
                        format!("'Resources' is not a list but {other}"),
                    ));
                }
            };
            // A server that ignores startIndex would serve the same page again and again.
            match page.get("startIndex").and_then(Value::as_i64) {
                Some(served) if served != start && !batch.is_empty() => {
                    return Err(bad_page(
                        &resp,
                        format!(
                            "asked for the resources from index {start}, it sent those from {served}: its pages cannot be followed"
                        ),
                    ));
                }
                _ => {}
            }
            let got = batch.len() as i64;
            let items = batch
                .into_iter()
                .map(|item| {
                    serde_json::from_value(item).map_err(|e| {
                        bad_page(
                            &resp,
                            format!("an entry of 'Resources' is not as documented: {e}"),
                        )
                    })
                })
                .collect::<Result<Vec<ScimObject>>>()?;
            let total = page.get("totalResults").and_then(Value::as_i64);
            let next = start + got;
            let next = (got > 0 && total.is_some_and(|t| next <= t)).then(|| next.to_string());
            Ok(Page { items, next })
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::provider::Provider;
    use reqwest::header::HeaderMap;

    #[test]
    fn scim_errors_read_detail_and_type() {
        let resp = Response {
            provider: Provider::Cockroach,
            status: 409,
            headers: HeaderMap::new(),
            body: br#"{"schemas":["urn:ietf:params:scim:api:messages:2.0:Error"],"status":"409","scimType":"uniqueness","detail":"userName taken"}"#.to_vec(),
        };
        let e = scim_error(&resp);
        assert_eq!(e.message, "userName taken");
        assert_eq!(e.api_code.as_deref(), Some("uniqueness"));
        let resp = Response {
            body: br#"{"code":6,"message":"m","details":[]}"#.to_vec(),
            ..resp
        };
        let e = scim_error(&resp);
        assert_eq!(
            (e.message.as_str(), e.api_code.as_deref()),
            ("m", Some("6"))
        );
    }
}
