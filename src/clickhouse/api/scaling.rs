//! Service scaling: per replica (`PATCH .../replicaScaling`, the current way) and by total memory
//! (`PATCH .../scaling`, deprecated by the API).

use serde::Serialize;

use super::{Api, Service, service_path};
use crate::error::Result;
use crate::http::{Request, to_json};

/// `ServiceReplicaScalingPatchRequest`; its fields are also those of a create.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ReplicaScaling {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub min_replica_memory_gb: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub max_replica_memory_gb: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub autoscaling_mode: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub num_replicas: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub min_replicas: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub max_replicas: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub idle_scaling: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub idle_timeout_minutes: Option<u32>,
}

/// `ServiceScalingPatchRequest` (deprecated): total memory, that of three replicas.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct TotalScaling {
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

impl Api {
    pub async fn scale_service_replicas(
        &self,
        org: &str,
        id: &str,
        scaling: &ReplicaScaling,
    ) -> Result<Service> {
        let path = format!("{}/replicaScaling", service_path(org, id));
        self.call(Request::patch(path, to_json(scaling)?)).await
    }

    /// The deprecated total-memory scaling.
    pub async fn scale_service_total(
        &self,
        org: &str,
        id: &str,
        scaling: &TotalScaling,
    ) -> Result<Service> {
        let path = format!("{}/scaling", service_path(org, id));
        self.call(Request::patch(path, to_json(scaling)?)).await
    }
}
