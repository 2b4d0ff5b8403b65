//! Typed wrappers over the ClickHouse Cloud API (`/v1/...`). No clap, no terminal: this module could be a
//! library crate of its own. Every answer comes in the envelope `{status, requestId, result}`; the wrappers
//! return `result`. Models type the fields the CLI reads and keep every other field in `extra`, so JSON output
//! shows all the API returned. Request bodies are typed too; a field left `None` is not sent.

use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::error::Result;
use crate::http::{Client, Request, segment, to_json};

pub struct Api {
    client: Client,
}

#[derive(Deserialize)]
struct Envelope<T> {
    result: T,
}

// ----------------------------------------------------------------------------------------------------------
// Models (answers)
// ----------------------------------------------------------------------------------------------------------

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

#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Service {
    pub id: String,
    pub name: String,
    pub state: String,
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// The answer to a create: the service, and its password, shown this once.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct CreatedService {
    pub service: Service,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub password: Option<String>,
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// The answer to a password change: the generated password, unless a hash was sent.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct PasswordChanged {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub password: Option<String>,
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Backup {
    pub id: String,
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

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

#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Member {
    pub user_id: String,
    #[serde(default)]
    pub email: String,
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Invitation {
    pub id: String,
    #[serde(default)]
    pub email: String,
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Activity {
    pub id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<String>,
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

// ----------------------------------------------------------------------------------------------------------
// Request bodies
// ----------------------------------------------------------------------------------------------------------

/// One entry of a service's IP access list.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct IpAccessEntry {
    pub source: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
}

/// `{add, remove}`: the API processes `remove` before `add`.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct AddRemove<T> {
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub add: Vec<T>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub remove: Vec<T>,
}

impl<T> Default for AddRemove<T> {
    fn default() -> Self {
        AddRemove {
            add: Vec::new(),
            remove: Vec::new(),
        }
    }
}

impl<T> AddRemove<T> {
    pub fn is_empty(&self) -> bool {
        self.add.is_empty() && self.remove.is_empty()
    }
}

#[derive(Clone, Debug, Default, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct OrganizationPatch {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(skip_serializing_if = "AddRemove::is_empty")]
    pub private_endpoints: AddRemove<OrganizationPrivateEndpoint>,
}

/// The autoscaling settings, shared by create and scale.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Scaling {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub min_total_memory_gb: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub max_total_memory_gb: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub num_replicas: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub idle_scaling: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub idle_timeout_minutes: Option<u32>,
}

#[derive(Clone, Debug, Default, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct NewService {
    pub name: String,
    pub provider: String,
    pub region: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tier: Option<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub ip_access_list: Vec<IpAccessEntry>,
    #[serde(flatten)]
    pub scaling: Scaling,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub backup_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub encryption_key: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub encryption_assumed_role_identifier: Option<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub private_endpoint_ids: Vec<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub private_preview_terms_checked: Option<bool>,
}

#[derive(Clone, Debug, Default, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ServicePatch {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(skip_serializing_if = "AddRemove::is_empty")]
    pub ip_access_list: AddRemove<IpAccessEntry>,
    #[serde(skip_serializing_if = "AddRemove::is_empty")]
    pub private_endpoint_ids: AddRemove<String>,
}

/// `PATCH .../state` commands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StateCommand {
    Start,
    Stop,
}

impl StateCommand {
    pub fn as_str(self) -> &'static str {
        match self {
            StateCommand::Start => "start",
            StateCommand::Stop => "stop",
        }
    }
}

/// A new service password given as hashes, so the password itself never crosses the network.
#[derive(Clone, Debug, Default, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct PasswordHashes {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub new_password_hash: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub new_double_sha1_hash: Option<String>,
}

impl PasswordHashes {
    /// `newPasswordHash` = base64(sha256(password)); with `mysql`, also `newDoubleSha1Hash` =
    /// hex(sha1(sha1(password))) for the MySQL protocol (the algorithms the spec gives).
    pub fn of(password: &str, mysql: bool) -> PasswordHashes {
        use base64::Engine;
        use sha1::Digest;
        let sha256 = sha2::Sha256::digest(password.as_bytes());
        let double_sha1 = sha1::Sha1::digest(sha1::Sha1::digest(password.as_bytes()));
        PasswordHashes {
            new_password_hash: Some(base64::engine::general_purpose::STANDARD.encode(sha256)),
            new_double_sha1_hash: mysql.then(|| hex::encode(double_sha1)),
        }
    }
}

#[derive(Clone, Debug, Default, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct NewKey {
    pub name: String,
    pub roles: Vec<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub expire_at: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub state: Option<String>,
}

#[derive(Clone, Debug, Default, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct KeyPatch {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub roles: Option<Vec<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub expire_at: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub state: Option<String>,
}

// ----------------------------------------------------------------------------------------------------------
// Operations
// ----------------------------------------------------------------------------------------------------------

impl Api {
    pub fn new(client: Client) -> Api {
        Api { client }
    }

    pub fn client(&self) -> &Client {
        &self.client
    }

    /// Sends a request and returns the envelope's `result`.
    pub async fn call<T: DeserializeOwned>(&self, req: Request) -> Result<T> {
        let resp = self.client.send(&req).await?;
        let envelope: Envelope<T> = resp.json()?;
        Ok(envelope.result)
    }

    /// Sends a request whose answer carries nothing to read (deletes).
    async fn call_empty(&self, req: Request) -> Result<()> {
        self.client.send(&req).await.map(drop)
    }

    /// Sends a request answered with plain text (Prometheus metrics), returned unchanged.
    pub async fn call_text(&self, req: Request) -> Result<String> {
        Ok(self.client.send(&req).await?.text())
    }

    // Organizations

    pub async fn organizations(&self) -> Result<Vec<Organization>> {
        self.call(Request::get("/v1/organizations")).await
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

    /// What is needed to set up a private endpoint in a provider's region. The spec names the query
    /// parameters in words; on the wire they are `cloud_provider` and `region_id` (NOTES.md).
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

    // Services

    pub async fn services(&self, org: &str) -> Result<Vec<Service>> {
        self.call(Request::get(format!("{}/services", org_path(org))))
            .await
    }

    pub async fn service(&self, org: &str, id: &str) -> Result<Service> {
        self.call(Request::get(service_path(org, id))).await
    }

    pub async fn create_service(&self, org: &str, spec: &NewService) -> Result<CreatedService> {
        let req = Request::post(format!("{}/services", org_path(org)), to_json(spec)?);
        self.call(req).await
    }

    pub async fn update_service(
        &self,
        org: &str,
        id: &str,
        patch: &ServicePatch,
    ) -> Result<Service> {
        self.call(Request::patch(service_path(org, id), to_json(patch)?))
            .await
    }

    pub async fn delete_service(&self, org: &str, id: &str) -> Result<()> {
        self.call_empty(Request::delete(service_path(org, id)))
            .await
    }

    pub async fn service_private_endpoint_config(&self, org: &str, id: &str) -> Result<Value> {
        let path = format!("{}/privateEndpointConfig", service_path(org, id));
        self.call(Request::get(path)).await
    }

    pub async fn change_service_state(
        &self,
        org: &str,
        id: &str,
        command: StateCommand,
    ) -> Result<Service> {
        let body = serde_json::json!({ "command": command.as_str() });
        let path = format!("{}/state", service_path(org, id));
        self.call(Request::patch(path, body)).await
    }

    pub async fn scale_service(&self, org: &str, id: &str, scaling: &Scaling) -> Result<Service> {
        let path = format!("{}/scaling", service_path(org, id));
        self.call(Request::patch(path, to_json(scaling)?)).await
    }

    /// Sets a new password: from hashes, or (with none) a generated one returned in the answer.
    pub async fn change_service_password(
        &self,
        org: &str,
        id: &str,
        hashes: &PasswordHashes,
    ) -> Result<PasswordChanged> {
        let path = format!("{}/password", service_path(org, id));
        self.call(Request::patch(path, to_json(hashes)?)).await
    }

    pub async fn service_metrics(&self, org: &str, id: &str) -> Result<String> {
        let path = format!("{}/prometheus", service_path(org, id));
        self.call_text(Request::get(path)).await
    }

    // Backups

    pub async fn backups(&self, org: &str, service: &str) -> Result<Vec<Backup>> {
        let path = format!("{}/backups", service_path(org, service));
        self.call(Request::get(path)).await
    }

    pub async fn backup(&self, org: &str, service: &str, id: &str) -> Result<Backup> {
        let path = format!("{}/backups/{}", service_path(org, service), segment(id));
        self.call(Request::get(path)).await
    }

    // API keys

    pub async fn keys(&self, org: &str) -> Result<Vec<ApiKey>> {
        self.call(Request::get(format!("{}/keys", org_path(org))))
            .await
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

    // Members

    pub async fn members(&self, org: &str) -> Result<Vec<Member>> {
        self.call(Request::get(format!("{}/members", org_path(org))))
            .await
    }

    pub async fn member(&self, org: &str, user: &str) -> Result<Member> {
        self.call(Request::get(child_path(org, "members", user)))
            .await
    }

    pub async fn update_member(&self, org: &str, user: &str, role: &str) -> Result<Member> {
        let body = serde_json::json!({ "role": role });
        self.call(Request::patch(child_path(org, "members", user), body))
            .await
    }

    pub async fn remove_member(&self, org: &str, user: &str) -> Result<()> {
        self.call_empty(Request::delete(child_path(org, "members", user)))
            .await
    }

    // Invitations

    pub async fn invitations(&self, org: &str) -> Result<Vec<Invitation>> {
        self.call(Request::get(format!("{}/invitations", org_path(org))))
            .await
    }

    pub async fn invitation(&self, org: &str, id: &str) -> Result<Invitation> {
        self.call(Request::get(child_path(org, "invitations", id)))
            .await
    }

    pub async fn create_invitation(
        &self,
        org: &str,
        email: &str,
        role: &str,
    ) -> Result<Invitation> {
        let body = serde_json::json!({ "email": email, "role": role });
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

    // Activities

    /// The organization's activities, between two RFC 3339 times when given. The vendored spec documents
    /// no filter; the live API takes `from_date` and `to_date`.
    pub async fn activities(
        &self,
        org: &str,
        from: Option<&str>,
        to: Option<&str>,
    ) -> Result<Vec<Activity>> {
        let req = Request::get(format!("{}/activities", org_path(org)))
            .query_opt("from_date", from)
            .query_opt("to_date", to);
        self.call(req).await
    }

    pub async fn activity(&self, org: &str, id: &str) -> Result<Activity> {
        self.call(Request::get(child_path(org, "activities", id)))
            .await
    }
}

pub fn org_path(org: &str) -> String {
    format!("/v1/organizations/{}", segment(org))
}

pub fn service_path(org: &str, id: &str) -> String {
    child_path(org, "services", id)
}

/// `/v1/organizations/{org}/{collection}/{id}`.
fn child_path(org: &str, collection: &str, id: &str) -> String {
    format!("{}/{collection}/{}", org_path(org), segment(id))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn password_hashes_follow_the_spec() {
        // echo -n "password" | sha256sum | xxd -r -p | base64
        let h = PasswordHashes::of("password", false);
        assert_eq!(
            h.new_password_hash.as_deref(),
            Some("XohImNooBHFR0OVvjcYpJ3NgPQ1qq73WKhHvch0VQtg=")
        );
        assert_eq!(h.new_double_sha1_hash, None);
        // MySQL's PASSWORD('password') without its leading '*'.
        let h = PasswordHashes::of("password", true);
        assert_eq!(
            h.new_double_sha1_hash.as_deref(),
            Some("2470c0c06dee42fd1618bb99005adca2ec9d1e19")
        );
    }

    #[test]
    fn unset_fields_are_not_sent() {
        let patch = ServicePatch {
            ip_access_list: AddRemove {
                add: vec![IpAccessEntry {
                    source: "10.0.0.0/8".into(),
                    description: None,
                }],
                remove: vec![],
            },
            ..ServicePatch::default()
        };
        assert_eq!(
            to_json(&patch).unwrap(),
            serde_json::json!({"ipAccessList": {"add": [{"source": "10.0.0.0/8"}]}})
        );
        let spec = NewService {
            name: "web".into(),
            provider: "aws".into(),
            region: "us-east-1".into(),
            scaling: Scaling {
                min_total_memory_gb: Some(24),
                ..Scaling::default()
            },
            ..NewService::default()
        };
        assert_eq!(
            to_json(&spec).unwrap(),
            serde_json::json!({"name": "web", "provider": "aws", "region": "us-east-1", "minTotalMemoryGb": 24})
        );
    }
}
