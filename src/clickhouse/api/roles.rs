//! Roles (roles v2): the organization's system and custom roles, which keys, members and invitations are
//! assigned by ID. A role is a name, its actors (`user/ID`, `apiKey/ID`) and its policies (permissions
//! allowed or denied on resources); only custom roles can be changed or deleted.

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use super::{Api, child_path, org_path};
use crate::error::Result;
use crate::http::{List, Request, to_json};

#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Role {
    pub id: String,
    pub name: String,
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

impl Role {
    /// The role's policies as a request sends them (`RBACPolicyCreateRequest`): the answer's own fields
    /// (`id`, `roleId`, `tenantId`) left out.
    pub fn policies(&self) -> Vec<Policy> {
        self.extra
            .get("policies")
            .and_then(|p| serde_json::from_value(p.clone()).ok())
            .unwrap_or_default()
    }

    /// The role's actors (`user/ID`, `apiKey/ID`).
    pub fn actors(&self) -> Vec<String> {
        self.extra
            .get("actors")
            .and_then(|a| serde_json::from_value(a.clone()).ok())
            .unwrap_or_default()
    }
}

/// One policy of a role: permissions allowed (`ALLOW`) or denied (`DENY`) on resources
/// (`organization/ID`, `instance/ID`, `instance/*`).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Policy {
    pub allow_deny: String,
    #[serde(default)]
    pub permissions: Vec<String>,
    #[serde(default)]
    pub resources: Vec<String>,
    /// SQL console access (`roleV2`, `grants`): kept as the API sent it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Value>,
}

/// `RoleCreateRequest`.
#[derive(Clone, Debug, Default, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct NewRole {
    pub name: String,
    pub actors: Vec<String>,
    pub policies: Vec<Policy>,
}

/// `RoleUpdateRequest`: each field given replaces the role's.
#[derive(Clone, Debug, Default, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct RolePatch {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub actors: Option<Vec<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub policies: Option<Vec<Policy>>,
}

impl Api {
    /// Every role of the organization: the system roles and its custom ones.
    pub fn roles(&self, org: &str) -> List<'_, Role> {
        self.list(Request::get(format!("{}/roles", org_path(org))))
    }

    pub async fn role(&self, org: &str, id: &str) -> Result<Role> {
        self.call(Request::get(child_path(org, "roles", id))).await
    }

    /// Creates a custom role from a `RoleCreateRequest` (a [`NewRole`], or a document checked against it).
    pub async fn create_role(&self, org: &str, role: &impl Serialize) -> Result<Role> {
        let req = Request::post(format!("{}/roles", org_path(org)), to_json(role)?);
        self.call(req).await
    }

    /// Changes a custom role with a `RoleUpdateRequest` (a [`RolePatch`], or a checked document).
    pub async fn update_role(&self, org: &str, id: &str, patch: &impl Serialize) -> Result<Role> {
        let req = Request::patch(child_path(org, "roles", id), to_json(patch)?);
        self.call(req).await
    }

    pub async fn delete_role(&self, org: &str, id: &str) -> Result<()> {
        self.call_empty(Request::delete(child_path(org, "roles", id)))
            .await
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn answer_policies_become_request_policies() {
        let role: Role = serde_json::from_value(json!({
            "id": "r", "name": "Auditors", "actors": ["user/u1"],
            "policies": [{"id": "p", "roleId": "r", "tenantId": "organization/o", "allowDeny": "ALLOW",
                          "permissions": ["control-plane:organization:view"], "resources": ["organization/o"]}]
        }))
        .unwrap();
        let policies = role.policies();
        assert_eq!(
            to_json(&policies).unwrap(),
            json!([{"allowDeny": "ALLOW", "permissions": ["control-plane:organization:view"],
                    "resources": ["organization/o"]}])
        );
        assert_eq!(role.actors(), ["user/u1"]);
        let patch = RolePatch {
            name: Some("Readers".into()),
            ..RolePatch::default()
        };
        assert_eq!(to_json(&patch).unwrap(), json!({"name": "Readers"}));
    }
}
