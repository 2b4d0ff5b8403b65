//! Backups, the backup configuration and restores of a cluster.

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value, json};

use super::{Api, cluster_path};
use crate::error::Result;
use crate::http::{Request, segment};

/// A backup (untyped in the spec: every field is kept as the API sent it).
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Backup {
    #[serde(flatten)]
    pub fields: Map<String, Value>,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct BackupConfiguration {
    #[serde(flatten)]
    pub fields: Map<String, Value>,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Restore {
    pub id: String,
    #[serde(default)]
    pub status: String,
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

impl Restore {
    /// The status without a `RESTORE_STATUS_` prefix, should the API send one.
    pub fn status(&self) -> &str {
        self.status
            .strip_prefix("RESTORE_STATUS_")
            .unwrap_or(&self.status)
    }
}

/// An optional RFC 3339 window for lists of backups and restores.
#[derive(Clone, Debug, Default)]
pub struct TimeWindow {
    pub start_time: Option<String>,
    pub end_time: Option<String>,
}

impl TimeWindow {
    fn apply(&self, req: Request) -> Request {
        req.query_opt("start_time", self.start_time.as_deref())
            .query_opt("end_time", self.end_time.as_deref())
    }
}

fn restores_path(cluster: &str) -> String {
    format!("{}/restores", cluster_path(cluster))
}

impl Api {
    pub async fn backups(
        &self,
        cluster: &str,
        window: &TimeWindow,
        limit: Option<usize>,
    ) -> Result<Vec<Backup>> {
        let req = window.apply(Request::get(format!("{}/backups", cluster_path(cluster))));
        self.list_all(req, "backups", limit).await
    }

    pub async fn backup_configuration(&self, cluster: &str) -> Result<BackupConfiguration> {
        self.call(Request::get(format!(
            "{}/backups-config",
            cluster_path(cluster)
        )))
        .await
    }

    pub async fn update_backup_configuration(
        &self,
        cluster: &str,
        frequency_minutes: Option<u32>,
        retention_days: Option<u32>,
    ) -> Result<BackupConfiguration> {
        let mut body = Map::new();
        if let Some(f) = frequency_minutes {
            body.insert("frequency_minutes".into(), json!(f));
        }
        if let Some(r) = retention_days {
            body.insert("retention_days".into(), json!(r));
        }
        let path = format!("{}/backups-config", cluster_path(cluster));
        self.call(Request::patch(path, Value::Object(body))).await
    }

    pub async fn restores(
        &self,
        cluster: &str,
        window: &TimeWindow,
        limit: Option<usize>,
    ) -> Result<Vec<Restore>> {
        let req = window.apply(Request::get(restores_path(cluster)));
        self.list_all(req, "restores", limit).await
    }

    pub async fn create_restore(
        &self,
        cluster: &str,
        backup_id: &str,
        target: Option<&Value>,
    ) -> Result<Restore> {
        let mut body = json!({ "backup_id": backup_id });
        if let Some(t) = target {
            body["target"] = t.clone();
        }
        self.call(Request::post(restores_path(cluster), body)).await
    }

    pub async fn restore(&self, cluster: &str, id: &str) -> Result<Restore> {
        self.call(Request::get(format!(
            "{}/{}",
            restores_path(cluster),
            segment(id)
        )))
        .await
    }
}
