//! Organizations: list, get, update (name, private endpoints), and the private endpoint configuration of a
//! cloud region.

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use super::{AddRemove, Api, org_path};
use crate::error::Result;
use crate::http::{List, Request, to_json};

#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Organization {
    pub id: String,
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub private_endpoints: Option<Vec<OrganizationPrivateEndpoint>>,
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// A private endpoint registered with the organization (as listed, and as sent in a patch).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct OrganizationPrivateEndpoint {
    pub id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cloud_provider: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub region: Option<String>,
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

#[derive(Clone, Debug, Default, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct OrganizationPatch {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(skip_serializing_if = "AddRemove::is_empty")]
    pub private_endpoints: AddRemove<OrganizationPrivateEndpoint>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub enable_core_dumps: Option<bool>,
}

impl Api {
    pub fn organizations(&self) -> List<'_, Organization> {
        self.list(Request::get("/v1/organizations"))
    }

    pub async fn organization(&self, org: &str) -> Result<Organization> {
        self.call(Request::get(org_path(org))).await
    }

    pub async fn update_organization(
        &self,
        org: &str,
        patch: &OrganizationPatch,
    ) -> Result<Organization> {
        self.call(Request::patch(org_path(org), to_json(patch)?))
            .await
    }

    /// What is needed to set up a private endpoint in a provider's region (deprecated by the API: the
    /// configuration is now per service, `service_private_endpoint_config`).
    pub async fn org_private_endpoint_config(
        &self,
        org: &str,
        provider: &str,
        region: &str,
    ) -> Result<Value> {
        let req = Request::get(format!("{}/privateEndpointConfig", org_path(org)))
            .query("cloud_provider", provider)
            .query("region_id", region);
        self.call(req).await
    }
}
