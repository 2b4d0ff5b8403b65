//! The maintenance window and the version deferral policy of a cluster.

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value, json};

use super::{Api, cluster_path};
use crate::error::Result;
use crate::http::Request;

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct MaintenanceWindow {
    /// 0 = Sunday ... 6 = Saturday.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub day_of_week: Option<u8>,
    /// Hour of the day, UTC.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start_hour: Option<u8>,
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct VersionDeferral {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deferral_policy: Option<String>,
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

fn window_path(cluster: &str) -> String {
    format!("{}/maintenance-window", cluster_path(cluster))
}

fn deferral_path(cluster: &str) -> String {
    format!("{}/version-deferral", cluster_path(cluster))
}

impl Api {
    pub async fn maintenance_window(&self, cluster: &str) -> Result<MaintenanceWindow> {
        self.call(Request::get(window_path(cluster))).await
    }

    pub async fn set_maintenance_window(
        &self,
        cluster: &str,
        day_of_week: u8,
        start_hour: u8,
    ) -> Result<MaintenanceWindow> {
        let body = json!({ "day_of_week": day_of_week, "start_hour": start_hour });
        self.call(Request::put(window_path(cluster), body)).await
    }

    pub async fn delete_maintenance_window(&self, cluster: &str) -> Result<MaintenanceWindow> {
        self.call(Request::delete(window_path(cluster))).await
    }

    pub async fn version_deferral(&self, cluster: &str) -> Result<VersionDeferral> {
        self.call(Request::get(deferral_path(cluster))).await
    }

    /// `policy` is `NOT_DEFERRED` or `FIXED_DEFERRAL`.
    pub async fn set_version_deferral(
        &self,
        cluster: &str,
        policy: &str,
    ) -> Result<VersionDeferral> {
        let body = json!({ "deferral_policy": policy });
        self.call(Request::put(deferral_path(cluster), body)).await
    }
}
