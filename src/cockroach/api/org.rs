//! The organization's people and machines: API keys, service accounts, folders, role grants, person users.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value, json};

use super::Api;
use crate::error::Result;
use crate::http::{List, Request, segment};

const API_KEYS: &str = "/api/v1/api-keys";
const SERVICE_ACCOUNTS: &str = "/api/v1/service-accounts";
const FOLDERS: &str = "/api/v1/folders";
const ROLES: &str = "/api/v1/roles";

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct ApiKey {
    pub id: String,
    #[serde(default)]
    pub name: String,
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// The answer to a create: the key and its secret, which the API returns this once.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct CreatedApiKey {
    pub api_key: ApiKey,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub secret: Option<String>,
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct ServiceAccount {
    pub id: String,
    #[serde(default)]
    pub name: String,
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// What `service-account update` changes; `None` leaves a value as it is.
#[derive(Clone, Debug, Default)]
pub struct ServiceAccountChanges {
    pub name: Option<String>,
    pub description: Option<String>,
}

/// A folder (a FolderResource): `path` lists its ancestors, from the top down.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Folder {
    pub resource_id: String,
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub path: Vec<PathSegment>,
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// One ancestor of a folder or cluster.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct PathSegment {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

impl Folder {
    /// The folder's absolute path: its ancestors' names and its own, `/team/prod`.
    pub fn absolute_path(&self) -> String {
        let mut path: String = self
            .path
            .iter()
            .map(|s| format!("/{}", s.name.as_deref().unwrap_or_default()))
            .collect();
        path.push('/');
        path.push_str(&self.name);
        path
    }
}

/// A cluster or folder inside a folder (a FolderResource; every field is kept as the API sent it).
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct FolderEntry {
    #[serde(flatten)]
    pub fields: Map<String, Value>,
}

/// The parent ID of a folder at the top of the tree.
pub const ROOT_FOLDER: &str = "root";

/// A role on a resource (the spec's BuiltInRole: `{"name": "CLUSTER_ADMIN", "resource": {"type":
/// "CLUSTER", "id": "..."}}`; older API versions called the role `role_name`).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct RoleGrant {
    #[serde(alias = "role_name")]
    pub name: String,
    pub resource: GrantResource,
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct GrantResource {
    /// `ORGANIZATION`, `FOLDER` or `CLUSTER`.
    #[serde(rename = "type")]
    pub kind: String,
    #[serde(default)]
    pub id: String,
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

impl RoleGrant {
    pub fn new(role: &str, kind: &str, resource_id: &str) -> RoleGrant {
        RoleGrant {
            name: role.to_string(),
            resource: GrantResource {
                kind: kind.to_string(),
                id: resource_id.to_string(),
                extra: Map::new(),
            },
            extra: Map::new(),
        }
    }

    /// "CLUSTER_ADMIN on CLUSTER 1f2e..." for messages.
    pub fn describe(&self) -> String {
        format!(
            "{} on {} {}",
            self.name, self.resource.kind, self.resource.id
        )
    }
}

/// One user's grants, as `ListRoleGrants` returns them.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct UserGrants {
    pub user_id: String,
    #[serde(default)]
    pub roles: Vec<RoleGrant>,
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

#[derive(Clone, Debug, Deserialize)]
struct Roles {
    #[serde(default)]
    roles: Vec<RoleGrant>,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct PersonUser {
    pub id: String,
    #[serde(default)]
    pub email: String,
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// The spec's answer defines one `user` yet requires `users`: either is read.
#[derive(Clone, Debug, Deserialize)]
struct PersonUsers {
    #[serde(default)]
    users: Option<Vec<PersonUser>>,
    #[serde(default)]
    user: Option<PersonUser>,
}

fn item_path(collection: &str, id: &str) -> String {
    format!("{collection}/{}", segment(id))
}

/// The `/api/v1/roles/{user_id}/{resource_type}/{resource_id}/{role_name}` of one grant.
fn grant_path(user: &str, grant: &RoleGrant) -> String {
    format!(
        "{ROLES}/{}/{}/{}/{}",
        segment(user),
        segment(&grant.resource.kind),
        segment(&grant.resource.id),
        segment(&grant.name)
    )
}

impl Api {
    pub fn api_keys(
        &self,
        service_account: Option<&str>,
        limit: Option<usize>,
    ) -> List<'_, ApiKey> {
        let req = Request::get(API_KEYS).query_opt("service_account_id", service_account);
        self.list_all(req, "api_keys", limit)
    }

    pub async fn create_api_key(&self, name: &str, service_account: &str) -> Result<CreatedApiKey> {
        let body = json!({ "name": name, "service_account_id": service_account });
        self.call(Request::post(API_KEYS, body)).await
    }

    pub async fn api_key(&self, id: &str) -> Result<ApiKey> {
        self.call(Request::get(item_path(API_KEYS, id))).await
    }

    pub async fn rename_api_key(&self, id: &str, name: &str) -> Result<ApiKey> {
        self.call(Request::patch(
            item_path(API_KEYS, id),
            json!({ "name": name }),
        ))
        .await
    }

    pub async fn delete_api_key(&self, id: &str) -> Result<ApiKey> {
        self.call(Request::delete(item_path(API_KEYS, id))).await
    }

    pub fn service_accounts(&self, limit: Option<usize>) -> List<'_, ServiceAccount> {
        self.list_all(Request::get(SERVICE_ACCOUNTS), "service_accounts", limit)
    }

    /// A service account with its roles (the spec requires a description and the list of roles, both
    /// possibly empty).
    pub async fn create_service_account(
        &self,
        name: &str,
        description: &str,
        roles: &[RoleGrant],
    ) -> Result<ServiceAccount> {
        let body = json!({ "name": name, "description": description, "roles": roles });
        self.call(Request::post(SERVICE_ACCOUNTS, body)).await
    }

    pub async fn service_account(&self, id: &str) -> Result<ServiceAccount> {
        self.call(Request::get(item_path(SERVICE_ACCOUNTS, id)))
            .await
    }

    pub async fn update_service_account(
        &self,
        id: &str,
        changes: &ServiceAccountChanges,
    ) -> Result<ServiceAccount> {
        let mut body = Map::new();
        if let Some(n) = &changes.name {
            body.insert("name".into(), json!(n));
        }
        if let Some(d) = &changes.description {
            body.insert("description".into(), json!(d));
        }
        self.call(Request::patch(
            item_path(SERVICE_ACCOUNTS, id),
            Value::Object(body),
        ))
        .await
    }

    pub async fn delete_service_account(&self, id: &str) -> Result<ServiceAccount> {
        self.call(Request::delete(item_path(SERVICE_ACCOUNTS, id)))
            .await
    }

    /// Folders, or only the one at `path` (an absolute path like `/team/prod`).
    pub fn folders(&self, path: Option<&str>, limit: Option<usize>) -> List<'_, Folder> {
        let req = Request::get(FOLDERS).query_opt("path", path);
        self.list_all(req, "folders", limit)
    }

    /// A new folder, under `parent` (an ID) or at the top, with labels.
    pub async fn create_folder(
        &self,
        name: &str,
        parent: Option<&str>,
        labels: &BTreeMap<String, String>,
    ) -> Result<Folder> {
        let mut body = json!({ "name": name });
        if let Some(p) = parent {
            body["parent_id"] = json!(p);
        }
        if !labels.is_empty() {
            body["labels"] = json!(labels);
        }
        self.call(Request::post(FOLDERS, body)).await
    }

    pub async fn folder(&self, id: &str) -> Result<Folder> {
        self.call(Request::get(item_path(FOLDERS, id))).await
    }

    /// Renames and/or moves a folder (`parent` is an ID, [`ROOT_FOLDER`] for the top), or replaces its
    /// labels.
    pub async fn update_folder(
        &self,
        id: &str,
        name: Option<&str>,
        parent: Option<&str>,
        labels: Option<&BTreeMap<String, String>>,
    ) -> Result<Folder> {
        let mut body = Map::new();
        if let Some(n) = name {
            body.insert("name".into(), json!(n));
        }
        if let Some(p) = parent {
            body.insert("parent_id".into(), json!(p));
        }
        if let Some(l) = labels {
            body.insert("labels".into(), json!(l));
        }
        self.call(Request::patch(item_path(FOLDERS, id), Value::Object(body)))
            .await
    }

    /// The current API answers an empty object (the seed answered the folder): whatever came is returned.
    pub async fn delete_folder(&self, id: &str) -> Result<serde_json::Value> {
        self.call(Request::delete(item_path(FOLDERS, id))).await
    }

    pub fn folder_contents(&self, id: &str, limit: Option<usize>) -> List<'_, FolderEntry> {
        let req = Request::get(format!("{}/contents", item_path(FOLDERS, id)));
        self.list_all(req, "resources", limit)
    }

    pub fn role_grants(&self, limit: Option<usize>) -> List<'_, UserGrants> {
        self.list_all(Request::get(ROLES), "grants", limit)
    }

    pub async fn user_roles(&self, user: &str) -> Result<Vec<RoleGrant>> {
        let answer: Roles = self.call(Request::get(item_path(ROLES, user))).await?;
        Ok(answer.roles)
    }

    /// Replaces all of a user's grants with `grants`; returns the user's grants after the change.
    pub async fn set_user_roles(&self, user: &str, grants: &[RoleGrant]) -> Result<Vec<RoleGrant>> {
        let body = json!({ "roles": grants });
        let answer: Roles = self
            .call(Request::put(item_path(ROLES, user), body))
            .await?;
        Ok(answer.roles)
    }

    pub async fn add_user_role(&self, user: &str, grant: &RoleGrant) -> Result<Vec<RoleGrant>> {
        let req = Request::new(reqwest::Method::POST, grant_path(user, grant));
        let answer: Roles = self.call(req).await?;
        Ok(answer.roles)
    }

    pub async fn remove_user_role(&self, user: &str, grant: &RoleGrant) -> Result<Vec<RoleGrant>> {
        let answer: Roles = self.call(Request::delete(grant_path(user, grant))).await?;
        Ok(answer.roles)
    }

    /// The person users with this e-mail address (the API compares it case-insensitively).
    pub async fn persons_by_email(&self, email: &str) -> Result<Vec<PersonUser>> {
        let req = Request::get("/api/v1/users/persons-by-email").query("email", email);
        let answer: PersonUsers = self.call(req).await?;
        Ok(answer
            .users
            .unwrap_or_else(|| answer.user.into_iter().collect()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn grants_have_the_documented_shape_and_path() {
        let g = RoleGrant::new("CLUSTER_ADMIN", "CLUSTER", "c-1");
        assert_eq!(
            serde_json::to_value(&g).unwrap(),
            json!({"name": "CLUSTER_ADMIN", "resource": {"type": "CLUSTER", "id": "c-1"}})
        );
        // Older API versions wrote `role_name`.
        let old: RoleGrant = serde_json::from_value(
            json!({"role_name": "ORG_ADMIN", "resource": {"type": "ORGANIZATION", "id": "o"}}),
        )
        .unwrap();
        assert_eq!(old.name, "ORG_ADMIN");
        assert_eq!(serde_json::to_value(&old).unwrap()["name"], "ORG_ADMIN");
        assert_eq!(
            grant_path("u 1", &g),
            "/api/v1/roles/u%201/CLUSTER/c-1/CLUSTER_ADMIN"
        );
    }
}
