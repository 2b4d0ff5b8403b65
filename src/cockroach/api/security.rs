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

/// The actions of UpdateCMEKStatusRequest.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CmekAction {
    Rotate,
    Revoke,
}

impl CmekAction {
    pub fn api_name(self) -> &'static str {
        match self {
            CmekAction::Rotate => "ROTATE",
            CmekAction::Revoke => "REVOKE",
        }
    }
}

fn cmek_path(cluster: &str) -> String {
    format!("{}/cmek", cluster_path(cluster))
}

impl Api {
    pub async fn cmek(&self, cluster: &str) -> Result<CmekInfo> {
        self.call(Request::get(cmek_path(cluster))).await
    }

    /// `spec` is a CMEKClusterSpecification (`{"region_specs": [...]}`).
    pub async fn enable_cmek(&self, cluster: &str, spec: &Value) -> Result<CmekInfo> {
        self.call(Request::post(cmek_path(cluster), spec.clone()))
            .await
    }

    pub async fn update_cmek(&self, cluster: &str, spec: &Value) -> Result<CmekInfo> {
        self.call(Request::put(cmek_path(cluster), spec.clone()))
            .await
    }

    pub async fn update_cmek_status(&self, cluster: &str, action: CmekAction) -> Result<CmekInfo> {
        let body = json!({ "status": action.api_name() });
        self.call(Request::patch(cmek_path(cluster), body)).await
    }
}
