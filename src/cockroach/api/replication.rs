//! Physical cluster replication streams: from a primary ADVANCED cluster to a standby, failed over or
//! canceled with a PATCH of the stream's `status`.

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use super::Api;
use crate::error::Result;
use crate::http::{List, Request, segment};

const STREAMS: &str = "/api/v1/physical-replication-streams";

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct ReplicationStream {
    pub id: String,
    /// STARTING, REPLICATING, FAILING_OVER, COMPLETED or CANCELED.
    pub status: String,
    pub primary_cluster_id: String,
    pub standby_cluster_id: String,
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// Which streams a list returns (each filter a cluster ID).
#[derive(Clone, Debug, Default)]
pub struct StreamFilter {
    pub primary: Option<String>,
    pub standby: Option<String>,
    /// Streams with this cluster as the primary or the standby.
    pub cluster: Option<String>,
    /// Also the streams that have completed (failed over).
    pub show_completed: bool,
}

/// A PATCH of a stream: its new `status` (FAILING_OVER or CANCELED) and, for a failover, its time.
#[derive(Clone, Debug, Serialize)]
pub struct StreamUpdate {
    pub status: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub failover_at: Option<String>,
}

fn stream_path(id: &str) -> String {
    format!("{STREAMS}/{}", segment(id))
}

impl Api {
    pub fn replication_streams(
        &self,
        filter: &StreamFilter,
        limit: Option<usize>,
    ) -> List<'_, ReplicationStream> {
        let mut req = Request::get(STREAMS)
            .query_opt("primary_cluster_id", filter.primary.as_deref())
            .query_opt("standby_cluster_id", filter.standby.as_deref())
            .query_opt("cluster_id", filter.cluster.as_deref());
        if filter.show_completed {
            req = req.query("show_completed", true);
        }
        self.list_all(req, "physical_replication_streams", limit)
    }

    pub async fn replication_stream(&self, id: &str) -> Result<ReplicationStream> {
        self.call(Request::get(stream_path(id))).await
    }

    pub async fn create_replication_stream(
        &self,
        primary: &str,
        standby: &str,
    ) -> Result<ReplicationStream> {
        let body = serde_json::json!({
            "primary_cluster_id": primary,
            "standby_cluster_id": standby,
        });
        self.call(Request::post(STREAMS, body)).await
    }

    pub async fn update_replication_stream(
        &self,
        id: &str,
        update: &StreamUpdate,
    ) -> Result<ReplicationStream> {
        let body = crate::http::to_json(update)?;
        self.call(Request::patch(stream_path(id), body)).await
    }
}
