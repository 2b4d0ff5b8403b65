//! Blackout windows of a cluster: periods in which the service holds back operations that would
//! restart the cluster's nodes.

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use super::{Api, cluster_path};
use crate::error::Result;
use crate::http::{List, Request, segment};

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct BlackoutWindow {
    pub id: String,
    pub start_time: String,
    pub end_time: String,
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// The body of a create (both times) or an update (either).
#[derive(Clone, Debug, Default, Serialize)]
pub struct WindowTimes {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub start_time: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub end_time: Option<String>,
}

fn windows_path(cluster: &str) -> String {
    format!("{}/blackout-windows", cluster_path(cluster))
}

fn window_path(cluster: &str, id: &str) -> String {
    format!("{}/{}", windows_path(cluster), segment(id))
}

impl Api {
    pub fn blackout_windows(
        &self,
        cluster: &str,
        limit: Option<usize>,
    ) -> List<'_, BlackoutWindow> {
        let req = Request::get(windows_path(cluster));
        self.list_all(req, "blackout_windows", limit)
    }

    pub async fn blackout_window(&self, cluster: &str, id: &str) -> Result<BlackoutWindow> {
        self.call(Request::get(window_path(cluster, id))).await
    }

    pub async fn create_blackout_window(
        &self,
        cluster: &str,
        times: &WindowTimes,
    ) -> Result<BlackoutWindow> {
        let body = crate::http::to_json(times)?;
        self.call(Request::post(windows_path(cluster), body)).await
    }

    pub async fn update_blackout_window(
        &self,
        cluster: &str,
        id: &str,
        times: &WindowTimes,
    ) -> Result<BlackoutWindow> {
        let body = crate::http::to_json(times)?;
        self.call(Request::patch(window_path(cluster, id), body))
            .await
    }

    pub async fn delete_blackout_window(&self, cluster: &str, id: &str) -> Result<BlackoutWindow> {
        self.call(Request::delete(window_path(cluster, id))).await
    }
}
