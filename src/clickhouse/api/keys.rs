//! API keys of the organization.

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use super::{Api, IpAccessEntry, child_path, org_path};
use crate::error::Result;
use crate::http::{List, Request, to_json};

#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ApiKey {
    pub id: String,
    pub name: String,
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// The answer to a key create: the key, and its ID and secret, shown this once.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct CreatedKey {
    pub key: ApiKey,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub key_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub key_secret: Option<String>,
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// A new key. Its roles are sent by ID (`assignedRoleIds`), not by the deprecated legacy names.
#[derive(Clone, Debug, Default, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct NewKey {
    pub name: String,
    pub assigned_role_ids: Vec<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub expire_at: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub state: Option<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub ip_access_list: Vec<IpAccessEntry>,
}

#[derive(Clone, Debug, Default, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct KeyPatch {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub assigned_role_ids: Option<Vec<String>>,
    /// `Some(None)` sends `null`: the key never expires.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub expire_at: Option<Option<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub state: Option<String>,
    /// Replaces the key's list.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ip_access_list: Option<Vec<IpAccessEntry>>,
}

impl Api {
    pub fn keys(&self, org: &str) -> List<'_, ApiKey> {
        self.list(Request::get(format!("{}/keys", org_path(org))))
    }

    pub async fn key(&self, org: &str, id: &str) -> Result<ApiKey> {
        self.call(Request::get(child_path(org, "keys", id))).await
    }

    pub async fn create_key(&self, org: &str, key: &NewKey) -> Result<CreatedKey> {
        let req = Request::post(format!("{}/keys", org_path(org)), to_json(key)?);
        self.call(req).await
    }

    pub async fn update_key(&self, org: &str, id: &str, patch: &KeyPatch) -> Result<ApiKey> {
        let req = Request::patch(child_path(org, "keys", id), to_json(patch)?);
        self.call(req).await
    }

    pub async fn delete_key(&self, org: &str, id: &str) -> Result<()> {
        self.call_empty(Request::delete(child_path(org, "keys", id)))
            .await
    }
}
