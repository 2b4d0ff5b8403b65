//! The IP allowlist of a cluster. Entries are addressed by their CIDR, split into `cidr_ip` and `cidr_mask`.

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use super::{Api, cluster_path};
use crate::error::Result;
use crate::http::{Request, segment};

#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
pub struct AllowlistEntry {
    pub cidr_ip: String,
    pub cidr_mask: u8,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sql: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ui: Option<bool>,
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

impl AllowlistEntry {
    pub fn new(cidr_ip: String, cidr_mask: u8) -> AllowlistEntry {
        AllowlistEntry {
            cidr_ip,
            cidr_mask,
            name: None,
            sql: None,
            ui: None,
            extra: Map::new(),
        }
    }

    pub fn cidr(&self) -> String {
        format!("{}/{}", self.cidr_ip, self.cidr_mask)
    }
}

fn allowlist_path(cluster: &str) -> String {
    format!("{}/networking/allowlist", cluster_path(cluster))
}

fn entry_path(cluster: &str, cidr_ip: &str, cidr_mask: u8) -> String {
    format!(
        "{}/{}/{cidr_mask}",
        allowlist_path(cluster),
        segment(cidr_ip)
    )
}

fn body(entry: &AllowlistEntry) -> Result<Value> {
    crate::http::to_json(entry)
}

impl Api {
    pub async fn allowlist(
        &self,
        cluster: &str,
        limit: Option<usize>,
    ) -> Result<Vec<AllowlistEntry>> {
        self.list_all(Request::get(allowlist_path(cluster)), "allowlist", limit)
            .await
    }

    pub async fn add_allowlist_entry(
        &self,
        cluster: &str,
        entry: &AllowlistEntry,
    ) -> Result<AllowlistEntry> {
        self.call(Request::post(allowlist_path(cluster), body(entry)?))
            .await
    }

    /// Replaces the entry with the same CIDR by `entry`.
    pub async fn update_allowlist_entry(
        &self,
        cluster: &str,
        entry: &AllowlistEntry,
    ) -> Result<AllowlistEntry> {
        let path = entry_path(cluster, &entry.cidr_ip, entry.cidr_mask);
        self.call(Request::patch(path, body(entry)?)).await
    }

    pub async fn delete_allowlist_entry(
        &self,
        cluster: &str,
        cidr_ip: &str,
        cidr_mask: u8,
    ) -> Result<AllowlistEntry> {
        self.call(Request::delete(entry_path(cluster, cidr_ip, cidr_mask)))
            .await
    }
}
