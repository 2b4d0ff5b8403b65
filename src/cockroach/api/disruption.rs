//! Disruption drills: regions, zones or nodes of a cluster made unavailable on purpose, to test how
//! an application lives through an outage.

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use super::{Api, cluster_path};
use crate::error::Result;
use crate::http::Request;

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct DisruptionInfo {
    /// One entry per disrupted region; none when the cluster is not disrupted.
    #[serde(default)]
    pub regional_disruptor_specifications: Vec<RegionalDisruption>,
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// How one region is disrupted: whole, or some of its availability zones or pods (nodes).
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
pub struct RegionalDisruption {
    pub region_code: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_whole_region: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub azs: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pods: Option<Vec<String>>,
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

fn disrupt_path(cluster: &str) -> String {
    format!("{}/disrupt", cluster_path(cluster))
}

impl Api {
    pub async fn disruption(&self, cluster: &str) -> Result<DisruptionInfo> {
        self.call(Request::get(disrupt_path(cluster))).await
    }

    /// Replaces the cluster's disruption with `body` (an empty list of specifications ends it).
    pub async fn set_disruption(&self, cluster: &str, body: Value) -> Result<DisruptionInfo> {
        self.call(Request::put(disrupt_path(cluster), body)).await
    }
}
