//! Typed wrappers over the ClickHouse Cloud API (`/v1/...`). No clap, no terminal: this module could be a
//! library crate of its own. Every answer comes in the envelope `{status, requestId, result}`; the wrappers
//! return `result`. Models type the fields the CLI reads and keep every other field in `extra`, so JSON output
//! shows all the API returned. Request bodies are typed too; a field left `None` is not sent.
//!
//! One file per area of the API (organizations, services, scaling, backups, keys, members and
//! invitations, roles, activities), each with its models and its own `impl Api` block: adding an area is a new
//! file and a line below. This module holds the `Api` type, the envelope, the paths and what areas share.

mod activities;
mod backup_config;
mod backups;
mod byoc;
mod clickhouse_settings;
mod clickpipes;
mod clickstack;
mod keys;
mod members;
mod organizations;
mod postgres;
mod roles;
mod scaling;
mod service_config;
mod services;
mod udfs;
mod usage;

pub use activities::*;
pub use backup_config::*;
pub use backups::*;
pub use byoc::*;
pub use clickhouse_settings::*;
pub use clickpipes::*;
pub use clickstack::*;
pub use keys::*;
pub use members::*;
pub use organizations::*;
pub use postgres::*;
pub use roles::*;
pub use scaling::*;
pub use service_config::*;
pub use services::*;
pub use udfs::*;
pub use usage::*;

use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};

use crate::error::Result;
use crate::http::{Client, Items, List, Request, segment};

pub struct Api {
    client: Client,
}

#[derive(Deserialize)]
struct Envelope<T> {
    result: T,
}

/// One entry of an IP access list (a service's, a key's).
/// A resource tag (`ResourceTagsV1`), shared by services and Postgres services: a list of these on create;
/// services take `{add, remove}` on update, Postgres services the whole list.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Tag {
    pub key: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct IpAccessEntry {
    pub source: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
}

/// `{add, remove}`: the API processes `remove` before `add`.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct AddRemove<T> {
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub add: Vec<T>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub remove: Vec<T>,
}

impl<T> Default for AddRemove<T> {
    fn default() -> Self {
        AddRemove {
            add: Vec::new(),
            remove: Vec::new(),
        }
    }
}

impl<T> AddRemove<T> {
    pub fn is_empty(&self) -> bool {
        self.add.is_empty() && self.remove.is_empty()
    }
}

impl Api {
    pub fn new(client: Client) -> Api {
        Api { client }
    }

    pub fn client(&self) -> &Client {
        &self.client
    }

    /// Sends a request and returns the envelope's `result`.
    pub async fn call<T: DeserializeOwned>(&self, req: Request) -> Result<T> {
        let resp = self.client.send(&req).await?;
        let envelope: Envelope<T> = resp.json()?;
        Ok(envelope.result)
    }

    /// A list the API answers in one piece (the envelope's `result`): read whole with `.await`, or page by
    /// page (one page) to print it as it is read (see [`List`]).
    pub fn list<T: DeserializeOwned + 'static>(&self, req: Request) -> List<'_, T> {
        self.client.list(req, Items::required(vec!["result"]), None)
    }

    /// Sends a request whose answer carries nothing to read (deletes).
    async fn call_empty(&self, req: Request) -> Result<()> {
        self.client.send(&req).await.map(drop)
    }

    /// Sends a request answered with plain text (Prometheus metrics), returned unchanged.
    pub async fn call_text(&self, req: Request) -> Result<String> {
        Ok(self.client.send(&req).await?.text())
    }
}

pub fn org_path(org: &str) -> String {
    format!("/v1/organizations/{}", segment(org))
}

pub fn service_path(org: &str, id: &str) -> String {
    child_path(org, "services", id)
}

/// `/v1/organizations/{org}/{collection}/{id}`.
fn child_path(org: &str, collection: &str, id: &str) -> String {
    format!("{}/{collection}/{}", org_path(org), segment(id))
}
