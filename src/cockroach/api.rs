//! Typed wrappers over the CockroachDB Cloud API (`/api/v1/...`). No clap, no terminal. Lists follow
//! `pagination.page` to the last page (the next token is `next` in the spec, `next_page` on the live API:
//! both are read), because a client that reads only the first page silently loses data.

use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::error::{Error, Result};
use crate::http::{Client, Request, segment};

pub mod backups;
pub mod clusters;
pub mod networking;
pub mod sql;
// Organization-level resources.
pub mod billing;
pub mod identity;
pub mod org;
pub mod scim;

// Cluster-scoped extras: log and metric export, maintenance, CMEK.
pub mod exports;
pub mod maintenance;
pub mod security;

// The current API beyond the seed: replication, blackout windows, client CA certificates, disruption
// drills, private links, and the current forms of two seed operations.
pub mod blackout;
pub mod client_ca;
pub mod current_forms;
pub mod disruption;
pub mod private_links;
pub mod replication;

/// The page size asked for when the caller wants everything, to send the fewest requests: the largest
/// page the live API serves (specs/NOTES.md; the current spec states no bound).
pub const MAX_PAGE: usize = 500;

/// The plan of clusters on dedicated hardware (the spec's `Plan.Type`: ADVANCED brings "support for
/// dedicated hardware"); BASIC and STANDARD clusters are serverless.
pub const DEDICATED_PLAN: &str = "ADVANCED";

pub struct Api {
    client: Client,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Organization {
    pub id: String,
    pub name: String,
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Cluster {
    pub id: String,
    pub name: String,
    pub state: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub operation_status: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub plan: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub regions: Option<Vec<Region>>,
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Region {
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub node_count: Option<u32>,
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

impl Cluster {
    /// The state without the `CLUSTER_STATE_` prefix older API versions use.
    pub fn state(&self) -> &str {
        self.state
            .strip_prefix("CLUSTER_STATE_")
            .unwrap_or(&self.state)
    }

    /// Another operation runs on the cluster; writes are refused until it ends.
    pub fn is_locked(&self) -> bool {
        self.state() == "LOCKED"
    }

    /// Writes other than a delete are refused: LOCKED, or still CREATING.
    pub fn is_busy(&self) -> bool {
        self.is_locked() || self.state() == "CREATING"
    }

    pub fn operation_status(&self) -> &str {
        self.operation_status.as_deref().unwrap_or_default()
    }

    /// On dedicated hardware: the ADVANCED plan (DEDICATED in older API versions), or a cluster whose
    /// configuration is `dedicated`.
    pub fn is_dedicated(&self) -> bool {
        self.plan.as_deref().is_some_and(|p| {
            p.eq_ignore_ascii_case(DEDICATED_PLAN) || p.eq_ignore_ascii_case("DEDICATED")
        }) || self.config_has("dedicated")
    }

    /// Serverless: the BASIC and STANDARD plans (SERVERLESS in older API versions), or a cluster whose
    /// configuration is `serverless`.
    pub fn is_serverless(&self) -> bool {
        !self.is_dedicated()
            && (self.plan.as_deref().is_some_and(|p| {
                ["BASIC", "STANDARD", "SERVERLESS"]
                    .iter()
                    .any(|s| p.eq_ignore_ascii_case(s))
            }) || self.config_has("serverless"))
    }

    fn config_has(&self, kind: &str) -> bool {
        self.extra
            .get("config")
            .and_then(|c| c.get(kind))
            .is_some_and(|v| !v.is_null())
    }

    /// "LOCKED (CRDB_SCALE_RUNNING)": the state and, when there is one, the operation, for progress.
    pub fn progress(&self) -> String {
        match self.operation_status() {
            op if op.is_empty() || op.ends_with("UNSPECIFIED") => self.state().to_string(),
            op => format!("{} ({op})", self.state()),
        }
    }
}

impl Api {
    pub fn new(client: Client) -> Api {
        Api { client }
    }

    pub fn client(&self) -> &Client {
        &self.client
    }

    pub async fn call<T: DeserializeOwned>(&self, req: Request) -> Result<T> {
        self.client.send(&req).await?.json()
    }

    /// Fetches every page of a list (or the first `limit` items), merging the `key` arrays.
    pub async fn list_all<T: DeserializeOwned>(
        &self,
        req: Request,
        key: &str,
        limit: Option<usize>,
    ) -> Result<Vec<T>> {
        let mut items: Vec<T> = Vec::new();
        let mut token: Option<String> = None;
        loop {
            let wanted = limit.map(|l| l.saturating_sub(items.len()));
            if wanted == Some(0) {
                break;
            }
            let page_size = wanted.unwrap_or(MAX_PAGE).min(MAX_PAGE);
            let mut page_req = req.clone().query("pagination.limit", page_size);
            if let Some(t) = &token {
                page_req = page_req.query("pagination.page", t);
            }
            let resp = self.client.send(&page_req).await?;
            let mut page: Map<String, Value> = resp.json()?;
            let batch = match page.remove(key) {
                Some(Value::Array(batch)) => batch,
                None | Some(Value::Null) => Vec::new(),
                Some(other) => {
                    return Err(Error::BadResponse {
                        provider: resp.provider,
                        status: resp.status,
                        detail: format!("'{key}' is not a list but {other}"),
                    });
                }
            };
            let got = batch.len();
            for item in batch {
                let excerpt = crate::http::excerpt(item.to_string().as_bytes());
                items.push(
                    serde_json::from_value(item).map_err(|e| Error::BadResponse {
                        provider: resp.provider,
                        status: resp.status,
                        detail: format!(
                            "an entry of '{key}' is not as documented: {e} in {excerpt}"
                        ),
                    })?,
                );
            }
            let next = next_page_token(&page);
            // A repeated token or an empty page with a token would loop forever: stop there.
            match next {
                Some(n) if got > 0 && token.as_deref() != Some(n.as_str()) => token = Some(n),
                _ => break,
            }
        }
        if let Some(limit) = limit {
            items.truncate(limit);
        }
        Ok(items)
    }

    pub async fn organization(&self) -> Result<Organization> {
        self.call(Request::get("/api/v1/organization")).await
    }

    pub async fn clusters(
        &self,
        show_inactive: bool,
        limit: Option<usize>,
    ) -> Result<Vec<Cluster>> {
        let mut req = Request::get("/api/v1/clusters");
        if show_inactive {
            req = req.query("show_inactive", true);
        }
        self.list_all(req, "clusters", limit).await
    }

    pub async fn cluster(&self, id: &str) -> Result<Cluster> {
        self.call(Request::get(cluster_path(id))).await
    }
}

/// The token of the next page, under the spec's name (`next`) or the live API's (`next_page`).
pub fn next_page_token(page: &Map<String, Value>) -> Option<String> {
    page.get("pagination")
        .and_then(|p| p.get("next_page").or_else(|| p.get("next")))
        .and_then(Value::as_str)
        .filter(|t| !t.is_empty())
        .map(str::to_string)
}

pub fn cluster_path(id: &str) -> String {
    format!("/api/v1/clusters/{}", segment(id))
}
