//! ClickPipes of a service (ingestion from Kafka, object storage, Kinesis, Pub/Sub and database CDC), their
//! settings, scaling and state, the service's CDC scaling, and the reverse private endpoints pipes reach their
//! sources through.
//!
//! Pipe documents are deep and vary by source: creates and updates take the body as JSON (read from the
//! user's file and checked against the spec by the caller); the answers are typed where the CLI reads them.

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use super::{Api, service_path};
use crate::error::Result;
use crate::http::{List, Request, segment, to_json};

#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ClickPipe {
    pub id: String,
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub state: String,
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ReversePrivateEndpoint {
    pub id: String,
    #[serde(default)]
    pub description: String,
    #[serde(default)]
    pub status: String,
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// A pipe's settings, a schema discovery answer, a service's CDC scaling: objects shown as the API sent them.
pub type Object = Map<String, Value>;

/// `PATCH .../clickpipes/{id}/state`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PipeCommand {
    Start,
    Stop,
    Resync,
}

impl PipeCommand {
    pub fn as_str(self) -> &'static str {
        match self {
            PipeCommand::Start => "start",
            PipeCommand::Stop => "stop",
            PipeCommand::Resync => "resync",
        }
    }
}

/// `PATCH .../clickpipes/{id}/scaling`; a field left `None` is not sent.
#[derive(Clone, Debug, Default, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct PipeScaling {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub replicas: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub concurrency: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub replica_cpu_millicores: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub replica_memory_gb: Option<f64>,
}

/// `PATCH .../clickpipesCdcScaling`.
#[derive(Clone, Debug, Default, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct CdcScaling {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub replica_cpu_millicores: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub replica_memory_gb: Option<u32>,
}

/// `privateDnsName` of a custom private DNS mapping.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct PrivateDnsMapping {
    pub private_dns_name: String,
}

/// `POST .../clickpipesReversePrivateEndpoints`; a field left `None` is not sent.
#[derive(Clone, Debug, Default, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct NewReverseEndpoint {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    #[serde(rename = "type")]
    pub kind: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub vpc_endpoint_service_name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub vpc_resource_configuration_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub vpc_resource_share_arn: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub msk_cluster_arn: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub msk_authentication: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub gcp_service_attachment: Option<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub custom_private_dns_mappings: Vec<PrivateDnsMapping>,
}

/// `PATCH .../clickpipesReversePrivateEndpoints/{id}`: the mappings replace the endpoint's.
#[derive(Clone, Debug, Default, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ReverseEndpointPatch {
    pub custom_private_dns_mappings: Vec<PrivateDnsMapping>,
}

fn pipes_path(org: &str, service: &str) -> String {
    format!("{}/clickpipes", service_path(org, service))
}

fn pipe_path(org: &str, service: &str, id: &str) -> String {
    format!("{}/{}", pipes_path(org, service), segment(id))
}

fn endpoints_path(org: &str, service: &str) -> String {
    format!(
        "{}/clickpipesReversePrivateEndpoints",
        service_path(org, service)
    )
}

fn endpoint_path(org: &str, service: &str, id: &str) -> String {
    format!("{}/{}", endpoints_path(org, service), segment(id))
}

impl Api {
    pub fn clickpipes(&self, org: &str, service: &str) -> List<'_, ClickPipe> {
        self.list(Request::get(pipes_path(org, service)))
    }

    pub async fn clickpipe(&self, org: &str, service: &str, id: &str) -> Result<ClickPipe> {
        self.call(Request::get(pipe_path(org, service, id))).await
    }

    /// `body` is a `ClickPipePostRequest`.
    pub async fn create_clickpipe(
        &self,
        org: &str,
        service: &str,
        body: Value,
    ) -> Result<ClickPipe> {
        self.call(Request::post(pipes_path(org, service), body))
            .await
    }

    /// `body` is a `ClickPipePatchRequest`.
    pub async fn update_clickpipe(
        &self,
        org: &str,
        service: &str,
        id: &str,
        body: Value,
    ) -> Result<ClickPipe> {
        self.call(Request::patch(pipe_path(org, service, id), body))
            .await
    }

    pub async fn delete_clickpipe(&self, org: &str, service: &str, id: &str) -> Result<()> {
        self.call_empty(Request::delete(pipe_path(org, service, id)))
            .await
    }

    pub async fn change_clickpipe_state(
        &self,
        org: &str,
        service: &str,
        id: &str,
        command: PipeCommand,
    ) -> Result<ClickPipe> {
        let path = format!("{}/state", pipe_path(org, service, id));
        let body = serde_json::json!({ "command": command.as_str() });
        self.call(Request::patch(path, body)).await
    }

    pub async fn scale_clickpipe(
        &self,
        org: &str,
        service: &str,
        id: &str,
        scaling: &PipeScaling,
    ) -> Result<ClickPipe> {
        let path = format!("{}/scaling", pipe_path(org, service, id));
        self.call(Request::patch(path, to_json(scaling)?)).await
    }

    pub async fn clickpipe_settings(&self, org: &str, service: &str, id: &str) -> Result<Object> {
        let path = format!("{}/settings", pipe_path(org, service, id));
        self.call(Request::get(path)).await
    }

    /// Replaces the pipe's settings (`PUT`): `settings` is a `ClickPipeSettingsPutRequest`.
    pub async fn put_clickpipe_settings(
        &self,
        org: &str,
        service: &str,
        id: &str,
        settings: &Object,
    ) -> Result<Object> {
        let path = format!("{}/settings", pipe_path(org, service, id));
        self.call(Request::put(path, Value::Object(settings.clone())))
            .await
    }

    /// `body` is a `ClickPipeSchemaDiscoveryRequest`.
    pub async fn discover_clickpipe_schema(
        &self,
        org: &str,
        service: &str,
        body: Value,
    ) -> Result<Object> {
        let path = format!("{}/schemaDiscovery", pipes_path(org, service));
        self.call(Request::post(path, body)).await
    }

    pub async fn clickpipes_cdc_scaling(&self, org: &str, service: &str) -> Result<Object> {
        let path = format!("{}/clickpipesCdcScaling", service_path(org, service));
        self.call(Request::get(path)).await
    }

    pub async fn update_clickpipes_cdc_scaling(
        &self,
        org: &str,
        service: &str,
        scaling: &CdcScaling,
    ) -> Result<Object> {
        let path = format!("{}/clickpipesCdcScaling", service_path(org, service));
        self.call(Request::patch(path, to_json(scaling)?)).await
    }

    pub fn reverse_endpoints(&self, org: &str, service: &str) -> List<'_, ReversePrivateEndpoint> {
        self.list(Request::get(endpoints_path(org, service)))
    }

    pub async fn reverse_endpoint(
        &self,
        org: &str,
        service: &str,
        id: &str,
    ) -> Result<ReversePrivateEndpoint> {
        self.call(Request::get(endpoint_path(org, service, id)))
            .await
    }

    pub async fn create_reverse_endpoint(
        &self,
        org: &str,
        service: &str,
        endpoint: &NewReverseEndpoint,
    ) -> Result<ReversePrivateEndpoint> {
        let req = Request::post(endpoints_path(org, service), to_json(endpoint)?);
        self.call(req).await
    }

    pub async fn update_reverse_endpoint(
        &self,
        org: &str,
        service: &str,
        id: &str,
        patch: &ReverseEndpointPatch,
    ) -> Result<ReversePrivateEndpoint> {
        let req = Request::patch(endpoint_path(org, service, id), to_json(patch)?);
        self.call(req).await
    }

    pub async fn delete_reverse_endpoint(&self, org: &str, service: &str, id: &str) -> Result<()> {
        self.call_empty(Request::delete(endpoint_path(org, service, id)))
            .await
    }
}
