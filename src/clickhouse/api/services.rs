//! Services: create, get, update, delete, state, password, metrics, private endpoint configuration.

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use super::{AddRemove, Api, IpAccessEntry, ReplicaScaling, Tag, org_path, service_path};
use crate::error::Result;
use crate::http::{List, Request, to_json};

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

/// Enables or disables an optional endpoint of a service (`ServiceEndpointChange`: the MySQL one).
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct EndpointChange {
    pub protocol: String,
    pub enabled: bool,
}

/// `ServicePostRequest`: every field of the current spec; a field left `None` (or empty) is not sent.
#[derive(Clone, Debug, Default, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct NewService {
    pub name: String,
    pub provider: String,
    pub region: String,
    /// Deprecated by the API in favour of the per-replica scaling.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tier: Option<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub ip_access_list: Vec<IpAccessEntry>,
    #[serde(flatten)]
    pub scaling: ReplicaScaling,
    /// Deprecated: the total memory of three replicas.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub min_total_memory_gb: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub max_total_memory_gb: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub is_readonly: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub data_warehouse_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub backup_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub encryption_key: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub encryption_assumed_role_identifier: Option<String>,
    /// Deprecated: attach private endpoints with an update after creation.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub private_endpoint_ids: Vec<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub private_preview_terms_checked: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub release_channel: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub byoc_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub has_transparent_data_encryption: Option<bool>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub endpoints: Vec<EndpointChange>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub profile: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub compliance_type: Option<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub tags: Vec<Tag>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub enable_core_dumps: Option<bool>,
}

/// `ServicePatchRequest`.
#[derive(Clone, Debug, Default, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ServicePatch {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(skip_serializing_if = "AddRemove::is_empty")]
    pub ip_access_list: AddRemove<IpAccessEntry>,
    #[serde(skip_serializing_if = "AddRemove::is_empty")]
    pub private_endpoint_ids: AddRemove<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub release_channel: Option<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub endpoints: Vec<EndpointChange>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub transparent_data_encryption_key_id: Option<String>,
    #[serde(skip_serializing_if = "AddRemove::is_empty")]
    pub tags: AddRemove<Tag>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub enable_core_dumps: Option<bool>,
}

/// `PATCH .../state` commands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StateCommand {
    Start,
    Stop,
    /// Wakes an idle service (it does not start a stopped one).
    Awake,
}

impl StateCommand {
    pub fn as_str(self) -> &'static str {
        match self {
            StateCommand::Start => "start",
            StateCommand::Stop => "stop",
            StateCommand::Awake => "awake",
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

impl Api {
    pub fn services(&self, org: &str) -> List<'_, Service> {
        self.services_tagged(org, &[])
    }

    /// The services carrying every tag of `filters` (`tag:KEY` or `tag:KEY=VALUE`, the API's `filter`).
    pub fn services_tagged(&self, org: &str, filters: &[String]) -> List<'_, Service> {
        let mut req = Request::get(format!("{}/services", org_path(org)));
        for f in filters {
            req = req.query("filter", f);
        }
        self.list(req)
    }

    pub async fn service(&self, org: &str, id: &str) -> Result<Service> {
        self.call(Request::get(service_path(org, id))).await
    }

    pub async fn create_service(&self, org: &str, spec: &NewService) -> Result<CreatedService> {
        let req = Request::post(format!("{}/services", org_path(org)), to_json(spec)?);
        self.call(req).await
    }

    /// A service this create made, read back after its answer was lost: same name, provider and region,
    /// created since `since` (`crate::confirm::created_since`).
    pub async fn created_service(
        &self,
        org: &str,
        spec: &NewService,
        since: std::time::SystemTime,
    ) -> Result<Option<CreatedService>> {
        let found = self
            .services(org)
            .await?
            .into_iter()
            .filter(|s| {
                s.name == spec.name
                    && s.extra.get("provider").and_then(Value::as_str) == Some(&spec.provider)
                    && s.extra.get("region").and_then(Value::as_str) == Some(&spec.region)
                    && crate::confirm::created_since(s.extra.get("createdAt"), since)
            })
            .collect();
        let found = crate::confirm::only(found, &format!("service {}", spec.name))?;
        Ok(found.map(|service| CreatedService {
            service,
            password: None,
            extra: Map::new(),
        }))
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

    /// The service's metrics in the Prometheus text format, as the API sends them; `filtered` asks for
    /// the API's curated set only.
    pub async fn service_metrics(&self, org: &str, id: &str, filtered: bool) -> Result<String> {
        let path = format!("{}/prometheus", service_path(org, id));
        let req = Request::get(path)
            .accept("text/plain")
            .query_opt("filtered_metrics", filtered.then_some("true"));
        self.call_text(req).await
    }
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
            scaling: ReplicaScaling {
                min_replica_memory_gb: Some(8),
                ..ReplicaScaling::default()
            },
            tags: vec![Tag {
                key: "team".into(),
                value: None,
            }],
            ..NewService::default()
        };
        assert_eq!(
            to_json(&spec).unwrap(),
            serde_json::json!({"name": "web", "provider": "aws", "region": "us-east-1", "minReplicaMemoryGb": 8,
                               "tags": [{"key": "team"}]})
        );
    }
}
