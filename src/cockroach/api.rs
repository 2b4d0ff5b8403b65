//! Typed wrappers over the CockroachDB Cloud API (`/api/v1/...`). No clap, no terminal. Lists follow
//! `pagination.page` to the last page (the next token is `next` in the spec, `next_page` on the live API:
//! both are read), because a client that reads only the first page silently loses data.

use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::error::Result;
use crate::http::{Client, Items, List, QueryPaging, Request, segment};

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

    /// A list at `req`, its items under `key` in each page, followed page after page (or only to the first
    /// `limit` items): read it whole with `.await`, or page by page (see [`List`]).
    pub fn list_all<T: DeserializeOwned + 'static>(
        &self,
        req: Request,
        key: &'static str,
        limit: Option<usize>,
    ) -> List<'_, T> {
        self.client
            .list(req, Items::at(vec![key]), Some(PAGING))
            .limit(limit)
    }

    /// A list the API answers in one piece, its items under `key`.
    pub fn list_one<T: DeserializeOwned + 'static>(
        &self,
        req: Request,
        key: &'static str,
    ) -> List<'_, T> {
        self.client.list(req, Items::at(vec![key]), None)
    }

    pub async fn organization(&self) -> Result<Organization> {
        self.call(Request::get("/api/v1/organization")).await
    }

    pub fn clusters(&self, show_inactive: bool, limit: Option<usize>) -> List<'_, Cluster> {
        let mut req = Request::get("/api/v1/clusters");
        if show_inactive {
            req = req.query("show_inactive", true);
        }
        self.list_all(req, "clusters", limit)
    }

    pub async fn cluster(&self, id: &str) -> Result<Cluster> {
        self.call(Request::get(cluster_path(id))).await
    }
}

/// How lists page: `pagination.limit` and `pagination.page`, the next token under the live API's name
/// (`next_page`) or the spec's (`next`).
pub const PAGING: QueryPaging = QueryPaging {
    size: "pagination.limit",
    token: "pagination.page",
    max_page: MAX_PAGE,
    next: &[&["pagination", "next_page"], &["pagination", "next"]],
};

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
