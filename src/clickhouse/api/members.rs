//! Members of the organization and invitations to join it.

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use super::{Api, child_path, org_path};
use crate::error::Result;
use crate::http::{List, Request};

#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Member {
    pub user_id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Invitation {
    pub id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

impl Api {
    pub fn members(&self, org: &str) -> List<'_, Member> {
        self.list(Request::get(format!("{}/members", org_path(org))))
    }

    pub async fn member(&self, org: &str, user: &str) -> Result<Member> {
        self.call(Request::get(child_path(org, "members", user)))
            .await
    }

    /// Sets a member's roles, by ID (`assignedRoleIds`, replacing the current ones).
    pub async fn update_member(
        &self,
        org: &str,
        user: &str,
        role_ids: &[String],
    ) -> Result<Member> {
        let body = serde_json::json!({ "assignedRoleIds": role_ids });
        self.call(Request::patch(child_path(org, "members", user), body))
            .await
    }

    pub async fn remove_member(&self, org: &str, user: &str) -> Result<()> {
        self.call_empty(Request::delete(child_path(org, "members", user)))
            .await
    }

    // Invitations

    pub fn invitations(&self, org: &str) -> List<'_, Invitation> {
        self.list(Request::get(format!("{}/invitations", org_path(org))))
    }

    pub async fn invitation(&self, org: &str, id: &str) -> Result<Invitation> {
        self.call(Request::get(child_path(org, "invitations", id)))
            .await
    }

    pub async fn create_invitation(
        &self,
        org: &str,
        email: &str,
        role_ids: &[String],
    ) -> Result<Invitation> {
        let body = serde_json::json!({ "email": email, "assignedRoleIds": role_ids });
        self.call(Request::post(
            format!("{}/invitations", org_path(org)),
            body,
        ))
        .await
    }

    pub async fn delete_invitation(&self, org: &str, id: &str) -> Result<()> {
        self.call_empty(Request::delete(child_path(org, "invitations", id)))
            .await
    }
}
