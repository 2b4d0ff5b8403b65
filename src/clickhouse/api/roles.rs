//! Roles (roles v2): the organization's system and custom roles, which keys, members and invitations are
//! assigned by ID.

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use super::{Api, org_path};
use crate::error::Result;
use crate::http::Request;

#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Role {
    pub id: String,
    pub name: String,
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

impl Api {
    /// Every role of the organization: the system roles and its custom ones.
    pub async fn roles(&self, org: &str) -> Result<Vec<Role>> {
        self.call(Request::get(format!("{}/roles", org_path(org))))
            .await
    }
}
