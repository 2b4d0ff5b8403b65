//! How a service is backed up: its backup configuration (period, retention, start time) and its own
//! backup bucket (AWS, GCP or Azure), whose credentials are written, never read back.

use serde::{Deserialize, Serialize};
use serde_json::{Map, Number, Value};

use super::{Api, service_path};
use crate::error::Result;
use crate::http::{Request, to_json};

/// `BackupConfiguration`.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct BackupConfiguration {
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// `BackupConfigurationPatchRequest`; a field left `None` is not sent.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct BackupConfigurationPatch {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub backup_period_in_hours: Option<Number>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub backup_retention_period_in_hours: Option<Number>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub backup_start_time: Option<String>,
}

/// The service's backup bucket (`BackupBucket`: an AWS, GCP or Azure one). Its secrets are never returned.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct BackupBucket {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bucket_provider: Option<String>,
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// A bucket to create or the changes to one (`BackupBucketPostRequest`/`BackupBucketPatchRequest`: one
/// provider's fields). It holds a secret (the GCP HMAC secret or the Azure connection string), so it has no
/// `Debug`.
#[derive(Clone, Default, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct BucketSpec {
    pub bucket_provider: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub bucket_path: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub iam_role_arn: Option<String>,
    /// `Some(None)` sends `null` (an update clearing it).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub iam_role_session_name: Option<Option<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub access_key_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub secret_access_key: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub container_name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub connection_string: Option<String>,
}

fn config_path(org: &str, service: &str, what: &str) -> String {
    format!("{}/{what}", service_path(org, service))
}

impl Api {
    pub async fn backup_configuration(
        &self,
        org: &str,
        service: &str,
    ) -> Result<BackupConfiguration> {
        let path = config_path(org, service, "backupConfiguration");
        self.call(Request::get(path)).await
    }

    pub async fn update_backup_configuration(
        &self,
        org: &str,
        service: &str,
        patch: &BackupConfigurationPatch,
    ) -> Result<BackupConfiguration> {
        let path = config_path(org, service, "backupConfiguration");
        self.call(Request::patch(path, to_json(patch)?)).await
    }

    pub async fn backup_bucket(&self, org: &str, service: &str) -> Result<BackupBucket> {
        let path = config_path(org, service, "backupBucket");
        self.call(Request::get(path)).await
    }

    pub async fn create_backup_bucket(
        &self,
        org: &str,
        service: &str,
        bucket: &BucketSpec,
    ) -> Result<BackupBucket> {
        let path = config_path(org, service, "backupBucket");
        self.call(Request::post(path, to_json(bucket)?)).await
    }

    pub async fn update_backup_bucket(
        &self,
        org: &str,
        service: &str,
        bucket: &BucketSpec,
    ) -> Result<BackupBucket> {
        let path = config_path(org, service, "backupBucket");
        self.call(Request::patch(path, to_json(bucket)?)).await
    }

    pub async fn delete_backup_bucket(&self, org: &str, service: &str) -> Result<()> {
        let path = config_path(org, service, "backupBucket");
        self.call_empty(Request::delete(path)).await
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn only_the_fields_given_are_sent() {
        let bucket = BucketSpec {
            bucket_provider: "GCP".into(),
            bucket_path: Some("https://storage.googleapis.com/b/p".into()),
            access_key_id: Some("GOOG1E".into()),
            secret_access_key: Some("s3cret".into()),
            ..BucketSpec::default()
        };
        assert_eq!(
            to_json(&bucket).unwrap(),
            json!({"bucketProvider": "GCP", "bucketPath": "https://storage.googleapis.com/b/p",
                   "accessKeyId": "GOOG1E", "secretAccessKey": "s3cret"})
        );
        let clear = BucketSpec {
            bucket_provider: "AWS".into(),
            iam_role_session_name: Some(None),
            ..BucketSpec::default()
        };
        assert_eq!(
            to_json(&clear).unwrap(),
            json!({"bucketProvider": "AWS", "iamRoleSessionName": null})
        );
        let patch = BackupConfigurationPatch {
            backup_retention_period_in_hours: Some(48.into()),
            ..BackupConfigurationPatch::default()
        };
        assert_eq!(
            to_json(&patch).unwrap(),
            json!({"backupRetentionPeriodInHours": 48})
        );
    }
}
