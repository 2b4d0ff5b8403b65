//! The client CA certificate of a cluster: the CA whose certificates SQL clients may log in with.

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value, json};

use super::{Api, cluster_path};
use crate::error::Result;
use crate::http::Request;

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct ClientCaCert {
    /// NOT_SET, IS_SET, PENDING or FAILED.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub x509_pem_cert: Option<String>,
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

fn cert_path(cluster: &str) -> String {
    format!("{}/client-ca-cert", cluster_path(cluster))
}

impl Api {
    pub async fn client_ca_cert(&self, cluster: &str) -> Result<ClientCaCert> {
        self.call(Request::get(cert_path(cluster))).await
    }

    /// Sets the certificate of a cluster that has none (POST).
    pub async fn set_client_ca_cert(&self, cluster: &str, pem: &str) -> Result<ClientCaCert> {
        let body = json!({ "x509_pem_cert": pem });
        self.call(Request::post(cert_path(cluster), body)).await
    }

    /// Replaces the certificate of a cluster that has one (PATCH).
    pub async fn update_client_ca_cert(&self, cluster: &str, pem: &str) -> Result<ClientCaCert> {
        let body = json!({ "x509_pem_cert": pem });
        self.call(Request::patch(cert_path(cluster), body)).await
    }

    pub async fn delete_client_ca_cert(&self, cluster: &str) -> Result<ClientCaCert> {
        self.call(Request::delete(cert_path(cluster))).await
    }
}
