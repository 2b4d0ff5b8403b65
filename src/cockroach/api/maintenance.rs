//! The maintenance window and the version deferral policy of a cluster.

use std::time::Duration;

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value, json};

use super::{Api, cluster_path};
use crate::error::Result;
use crate::http::Request;

/// A weekly maintenance window: it starts `offset_duration` after Monday 00:00 UTC and lasts
/// `window_duration` (durations as the API writes them: `"172800s"`).
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct MaintenanceWindow {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub offset_duration: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub window_duration: Option<String>,
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// A duration as the API writes it: whole seconds and `s`.
pub fn api_duration(d: Duration) -> String {
    format!("{}s", d.as_secs())
}

/// A duration the API wrote (`"21600s"`, `"1.5s"`), in seconds.
pub fn parse_api_duration(s: &str) -> Option<f64> {
    s.trim()
        .strip_suffix('s')
        .and_then(|n| n.parse::<f64>().ok())
        .filter(|n| n.is_finite() && *n >= 0.0)
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

    /// `offset`: from Monday 00:00 UTC; `length`: how long the window lasts.
    pub async fn set_maintenance_window(
        &self,
        cluster: &str,
        offset: Duration,
        length: Duration,
    ) -> Result<MaintenanceWindow> {
        let body = json!({
            "offset_duration": api_duration(offset),
            "window_duration": api_duration(length),
        });
        self.call(Request::put(window_path(cluster), body)).await
    }

    pub async fn delete_maintenance_window(&self, cluster: &str) -> Result<MaintenanceWindow> {
        self.call(Request::delete(window_path(cluster))).await
    }

    pub async fn version_deferral(&self, cluster: &str) -> Result<VersionDeferral> {
        self.call(Request::get(deferral_path(cluster))).await
    }

    /// `policy` is a value of the spec's `ClusterVersionDeferralPolicy.Type`.
    pub async fn set_version_deferral(
        &self,
        cluster: &str,
        policy: &str,
    ) -> Result<VersionDeferral> {
        let body = json!({ "deferral_policy": policy });
        self.call(Request::put(deferral_path(cluster), body)).await
    }
}
