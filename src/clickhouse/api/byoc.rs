//! BYOC (bring your own cloud) infrastructure: created, renamed and removed through its own paths; the API
//! has no list or get of it, the organization's answer carries them (`byocConfig`).

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use super::{Api, child_path, org_path};
use crate::error::{Error, Result};
use crate::http::{Request, to_json};

#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ByocInfrastructure {
    pub id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub state: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub display_name: Option<String>,
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

#[derive(Clone, Debug, Default, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct NewByocInfrastructure {
    pub region_id: String,
    pub account_id: String,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub availability_zone_suffixes: Vec<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub vpc_cidr_range: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub display_name: Option<String>,
}

#[derive(Clone, Debug, Default, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ByocInfrastructurePatch {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub display_name: Option<String>,
}

fn byoc_path(org: &str, id: &str) -> String {
    child_path(org, "byocInfrastructure", id)
}

impl Api {
    /// The organization's BYOC infrastructures, from the organization's answer.
    pub async fn byoc_infrastructures(&self, org: &str) -> Result<Vec<ByocInfrastructure>> {
        let organization = self.organization(org).await?;
        match organization.extra.get("byocConfig") {
            None | Some(Value::Null) => Ok(Vec::new()),
            Some(list) => serde_json::from_value(list.clone()).map_err(|e| {
                Error::Failed(format!(
                    "the organization's byocConfig is not a list of BYOC infrastructures: {e}"
                ))
            }),
        }
    }

    pub async fn create_byoc_infrastructure(
        &self,
        org: &str,
        new: &NewByocInfrastructure,
    ) -> Result<ByocInfrastructure> {
        let path = format!("{}/byocInfrastructure", org_path(org));
        self.call(Request::post(path, to_json(new)?)).await
    }

    pub async fn update_byoc_infrastructure(
        &self,
        org: &str,
        id: &str,
        patch: &ByocInfrastructurePatch,
    ) -> Result<ByocInfrastructure> {
        self.call(Request::patch(byoc_path(org, id), to_json(patch)?))
            .await
    }

    pub async fn delete_byoc_infrastructure(&self, org: &str, id: &str) -> Result<()> {
        self.call_empty(Request::delete(byoc_path(org, id))).await
    }
}
