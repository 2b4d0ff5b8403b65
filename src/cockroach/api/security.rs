//! Customer-managed encryption keys (CMEK) of a dedicated cluster.

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value, json};

use super::{Api, cluster_path};
use crate::error::Result;
use crate::http::Request;

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct CmekInfo {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

impl CmekInfo {
    pub fn status(&self) -> &str {
        self.status.as_deref().unwrap_or_default()
    }
}

fn cmek_path(cluster: &str) -> String {
    format!("{}/cmek", cluster_path(cluster))
}

impl Api {
    pub async fn cmek(&self, cluster: &str) -> Result<CmekInfo> {
        self.call(Request::get(cmek_path(cluster))).await
    }

    /// `spec` is a CMEK specification (`{"region_specs": [{"region", "key_spec"}]}`).
    pub async fn enable_cmek(&self, cluster: &str, spec: &Value) -> Result<CmekInfo> {
        self.call(Request::post(cmek_path(cluster), spec.clone()))
            .await
    }

    /// Gives the cluster keys: enables CMEK, or rotates the keys in use to these.
    pub async fn update_cmek(&self, cluster: &str, spec: &Value) -> Result<CmekInfo> {
        self.call(Request::put(cmek_path(cluster), spec.clone()))
            .await
    }

    /// Revokes the cluster's access to its keys (`action: REVOKE`, the spec's only CMEK action).
    pub async fn revoke_cmek(&self, cluster: &str) -> Result<CmekInfo> {
        let body = json!({ "action": "REVOKE" });
        self.call(Request::patch(cmek_path(cluster), body)).await
    }
}
