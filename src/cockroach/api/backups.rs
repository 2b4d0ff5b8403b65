//! Backups, the backup configuration and restores of a cluster.

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value, json};

use super::{Api, cluster_path};
use crate::error::Result;
use crate::http::{List, Request, segment};

/// A backup (`id` and `as_of_time`; every field is kept as the API sent it).
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

/// A restore to start (the body of CreateRestore).
#[derive(Clone, Debug, Default, Serialize)]
pub struct NewRestore {
    /// `CLUSTER`, `DATABASE` or `TABLE` (the spec's `RestoreType.Type`).
    #[serde(rename = "type")]
    pub kind: String,
    /// The backup to restore [default: the source cluster's latest].
    #[serde(skip_serializing_if = "Option::is_none")]
    pub backup_id: Option<String>,
    /// The cluster whose backup is restored [default: the destination].
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source_cluster_id: Option<String>,
    /// The databases or tables of a DATABASE or TABLE restore.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub objects: Vec<RestoreItem>,
    #[serde(skip_serializing_if = "RestoreOpts::is_empty")]
    pub restore_opts: RestoreOpts,
}

/// A database, or a table of one (`RestoreItem`).
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct RestoreItem {
    pub database: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub schema: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub table: Option<String>,
}

/// How the restore runs (`RestoreOpts`); unset options are the service's defaults.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct RestoreOpts {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub into_db: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub new_db_name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub schema_only: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub skip_localities_check: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub skip_missing_foreign_keys: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub skip_missing_sequences: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub skip_missing_views: Option<bool>,
}

impl RestoreOpts {
    pub fn is_empty(&self) -> bool {
        *self == RestoreOpts::default()
    }
}

/// What `backup config update` changes (`UpdateBackupConfigurationSpec`); `None` leaves it as it is.
#[derive(Clone, Debug, Default)]
pub struct BackupChanges {
    pub enabled: Option<bool>,
    pub frequency_minutes: Option<u32>,
    pub retention_days: Option<u32>,
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
    pub fn backups(
        &self,
        cluster: &str,
        window: &TimeWindow,
        limit: Option<usize>,
    ) -> List<'_, Backup> {
        let req = window.apply(Request::get(format!("{}/backups", cluster_path(cluster))));
        self.list_all(req, "backups", limit)
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
        changes: &BackupChanges,
    ) -> Result<BackupConfiguration> {
        let mut body = Map::new();
        if let Some(e) = changes.enabled {
            body.insert("enabled".into(), json!(e));
        }
        if let Some(f) = changes.frequency_minutes {
            body.insert("frequency_minutes".into(), json!(f));
        }
        if let Some(r) = changes.retention_days {
            body.insert("retention_days".into(), json!(r));
        }
        let path = format!("{}/backups-config", cluster_path(cluster));
        self.call(Request::patch(path, Value::Object(body))).await
    }

    pub fn restores(
        &self,
        cluster: &str,
        window: &TimeWindow,
        limit: Option<usize>,
    ) -> List<'_, Restore> {
        let req = window.apply(Request::get(restores_path(cluster)));
        self.list_all(req, "restores", limit)
    }

    /// Starts a restore into the `destination` cluster.
    pub async fn create_restore(&self, destination: &str, restore: &NewRestore) -> Result<Restore> {
        let body = crate::http::to_json(restore)?;
        self.call(Request::post(restores_path(destination), body))
            .await
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
