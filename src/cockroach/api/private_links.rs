//! Private links beyond the seed's: egress private endpoints (from a cluster to your private services),
//! the trusted owners of a cluster's private endpoint services, the AWS view of the endpoint connections
//! (accepted or rejected on the service side), and the egress traffic policy.

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value, json};

use super::{Api, cluster_path};
use crate::error::{Error, Result};
use crate::http::{List, Request, segment};

// --- egress private endpoints ---

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct EgressEndpoint {
    pub id: String,
    /// PENDING, PENDING_ACCEPTANCE, AVAILABLE, DELETING, ... (EgressPrivateEndpointState).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub state: Option<String>,
    /// EMPTY, PENDING, AVAILABLE or FAILED.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub domain_names_state: Option<String>,
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// The body of CreateEgressPrivateEndpoint.
#[derive(Clone, Debug, Serialize)]
pub struct NewEgressEndpoint {
    pub region: String,
    pub target_service_identifier: String,
    pub target_service_type: String,
}

fn endpoints_path(cluster: &str) -> String {
    format!(
        "{}/networking/egress-private-endpoints",
        cluster_path(cluster)
    )
}

fn endpoint_path(cluster: &str, id: &str) -> String {
    format!("{}/{}", endpoints_path(cluster), segment(id))
}

/// The server does not offer the current form of an operation (it predates it): use the older one.
pub fn form_refused(e: &Error) -> bool {
    matches!(e.status(), Some(404 | 405))
}

// --- trusted owners ---

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct TrustedOwner {
    pub id: String,
    /// AWS_ACCOUNT_ID.
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    #[serde(default)]
    pub external_owner_id: String,
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// Add, get and remove answer the owner under `trusted_owner`.
#[derive(Deserialize)]
struct OwnerAnswer {
    trusted_owner: TrustedOwner,
}

fn owners_path(cluster: &str) -> String {
    format!(
        "{}/networking/private-endpoint-trusted-owners",
        cluster_path(cluster)
    )
}

// --- AWS endpoint connections ---

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct AwsEndpointConnection {
    pub endpoint_id: String,
    /// PENDING, PENDING_ACCEPTANCE, AVAILABLE, REJECTED, ... (AWSEndpointConnectionStatus).
    #[serde(default)]
    pub status: String,
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

fn aws_connections_path(cluster: &str) -> String {
    format!(
        "{}/networking/aws-endpoint-connections",
        cluster_path(cluster)
    )
}

impl Api {
    pub fn egress_endpoints(
        &self,
        cluster: &str,
        limit: Option<usize>,
    ) -> List<'_, EgressEndpoint> {
        let req = Request::get(endpoints_path(cluster));
        self.list_all(req, "egress_private_endpoints", limit)
    }

    pub async fn egress_endpoint(&self, cluster: &str, id: &str) -> Result<EgressEndpoint> {
        self.call(Request::get(endpoint_path(cluster, id))).await
    }

    pub async fn create_egress_endpoint(
        &self,
        cluster: &str,
        endpoint: &NewEgressEndpoint,
    ) -> Result<EgressEndpoint> {
        let body = crate::http::to_json(endpoint)?;
        self.call(Request::post(endpoints_path(cluster), body))
            .await
    }

    /// Sets the endpoint's domain names with the current PATCH; a server that refuses it (404/405) gets the
    /// deprecated `.../domain-names` form, which answers nothing, so the endpoint is read back.
    pub async fn set_egress_endpoint_domain_names(
        &self,
        cluster: &str,
        id: &str,
        names: &[String],
    ) -> Result<EgressEndpoint> {
        let body = json!({ "domain_names": names });
        let path = endpoint_path(cluster, id);
        match self.call(Request::patch(&path, body.clone())).await {
            Err(e) if form_refused(&e) => {
                let _: Value = self
                    .call(Request::patch(format!("{path}/domain-names"), body))
                    .await?;
                self.egress_endpoint(cluster, id).await
            }
            other => other,
        }
    }

    pub async fn delete_egress_endpoint(&self, cluster: &str, id: &str) -> Result<Value> {
        self.call(Request::delete(endpoint_path(cluster, id))).await
    }

    pub fn trusted_owners(&self, cluster: &str) -> List<'_, TrustedOwner> {
        self.list_one(Request::get(owners_path(cluster)), "trusted_owners")
    }

    pub async fn trusted_owner(&self, cluster: &str, id: &str) -> Result<TrustedOwner> {
        let path = format!("{}/{}", owners_path(cluster), segment(id));
        let answer: OwnerAnswer = self.call(Request::get(path)).await?;
        Ok(answer.trusted_owner)
    }

    pub async fn add_trusted_owner(
        &self,
        cluster: &str,
        kind: &str,
        external_owner_id: &str,
    ) -> Result<TrustedOwner> {
        let body = json!({ "type": kind, "external_owner_id": external_owner_id });
        let answer: OwnerAnswer = self.call(Request::post(owners_path(cluster), body)).await?;
        Ok(answer.trusted_owner)
    }

    pub async fn remove_trusted_owner(&self, cluster: &str, id: &str) -> Result<TrustedOwner> {
        let path = format!("{}/{}", owners_path(cluster), segment(id));
        let answer: OwnerAnswer = self.call(Request::delete(path)).await?;
        Ok(answer.trusted_owner)
    }

    pub fn aws_endpoint_connections(&self, cluster: &str) -> List<'_, AwsEndpointConnection> {
        self.list_one(Request::get(aws_connections_path(cluster)), "connections")
    }

    /// Accepts (`AVAILABLE`) or rejects (`REJECTED`) a connection; the answer shows its status before the
    /// change.
    pub async fn set_aws_endpoint_connection(
        &self,
        cluster: &str,
        endpoint_id: &str,
        status: &str,
    ) -> Result<AwsEndpointConnection> {
        let path = format!("{}/{}", aws_connections_path(cluster), segment(endpoint_id));
        self.call(Request::patch(path, json!({ "status": status })))
            .await
    }

    /// Allows all outbound traffic (`allow_all`) or only what the egress rules allow. The key makes a
    /// repeated request change nothing more.
    pub async fn set_egress_traffic_policy(
        &self,
        cluster: &str,
        allow_all: bool,
        idempotency_key: &str,
    ) -> Result<Value> {
        let path = format!(
            "{}/networking/egress-rules/egress-traffic-policy",
            cluster_path(cluster)
        );
        let body = json!({ "allow_all": allow_all, "idempotency_key": idempotency_key });
        self.call(Request::post(path, body)).await
    }
}
