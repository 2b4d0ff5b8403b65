//! Log export and metric export (CloudWatch, Datadog, Prometheus) of a dedicated cluster. Each is one
//! configuration per cluster: GET shows it (404 when not enabled), POST enables or replaces it, DELETE disables it.

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value, json};

use super::{Api, cluster_path};
use crate::error::Result;
use crate::http::Request;

/// A log or metric export configuration: its status, the rest as the API sent it.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct ExportInfo {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

impl ExportInfo {
    pub fn status(&self) -> &str {
        self.status.as_deref().unwrap_or_default()
    }
}

/// The body of EnableLogExport. No `Debug`: it may hold the Azure shared key (redacted in the `--verbose`
/// log by http.rs `SECRET_FIELDS`).
#[derive(Clone, Default, Serialize)]
pub struct LogExportRequest {
    /// A value of the spec's `LogExportType` (`AWS_CLOUDWATCH`, `GCP_CLOUD_LOGGING`, ...).
    #[serde(rename = "type")]
    pub kind: String,
    /// The log group (CloudWatch), log (Cloud Logging) or table prefix the logs go to.
    pub log_name: String,
    /// Who CockroachDB Cloud acts as: an IAM role ARN, a GCP project ID, an Azure workspace ID.
    pub auth_principal: String,
    /// The cloud region of the log sink.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub region: Option<String>,
    /// Whether logs are redacted.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub redact: Option<bool>,
    /// Channels not to export.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub omitted_channels: Vec<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub aws_external_id: Option<String>,
    /// A secret (Azure Log Analytics).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub azure_shared_key: Option<String>,
    /// Channel groups exported separately (`LogExportGroup`s).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub groups: Option<Vec<Value>>,
}

/// Where metrics go; each has its own path under `.../metricexport/`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MetricSink {
    CloudWatch,
    Datadog,
    Prometheus,
}

impl MetricSink {
    pub fn path_name(self) -> &'static str {
        match self {
            MetricSink::CloudWatch => "cloudwatch",
            MetricSink::Datadog => "datadog",
            MetricSink::Prometheus => "prometheus",
        }
    }

    /// For messages: "CloudWatch metric export".
    pub fn title(self) -> &'static str {
        match self {
            MetricSink::CloudWatch => "CloudWatch",
            MetricSink::Datadog => "Datadog",
            MetricSink::Prometheus => "Prometheus",
        }
    }
}

/// The body of an enable request: the sink's own fields.
/// No `Debug`: it holds the Datadog API key.
#[derive(Clone)]
pub enum MetricExportRequest {
    CloudWatch {
        role_arn: String,
        target_region: Option<String>,
        log_group_name: Option<String>,
        external_id: Option<String>,
    },
    /// `api_key` is a secret: redacted in the `--verbose` log (http.rs `SECRET_FIELDS`).
    Datadog { api_key: String, site: String },
    /// The operation takes no body.
    Prometheus,
}

impl MetricExportRequest {
    pub fn sink(&self) -> MetricSink {
        match self {
            MetricExportRequest::CloudWatch { .. } => MetricSink::CloudWatch,
            MetricExportRequest::Datadog { .. } => MetricSink::Datadog,
            MetricExportRequest::Prometheus => MetricSink::Prometheus,
        }
    }

    fn body(&self) -> Option<Value> {
        let mut body = Map::new();
        match self {
            MetricExportRequest::CloudWatch {
                role_arn,
                target_region,
                log_group_name,
                external_id,
            } => {
                body.insert("role_arn".into(), json!(role_arn));
                for (key, value) in [
                    ("target_region", target_region),
                    ("log_group_name", log_group_name),
                    ("external_id", external_id),
                ] {
                    if let Some(v) = value {
                        body.insert(key.into(), json!(v));
                    }
                }
            }
            MetricExportRequest::Datadog { api_key, site } => {
                body.insert("api_key".into(), json!(api_key));
                body.insert("site".into(), json!(site));
            }
            MetricExportRequest::Prometheus => return None,
        }
        Some(Value::Object(body))
    }
}

fn log_export_path(cluster: &str) -> String {
    format!("{}/logexport", cluster_path(cluster))
}

fn metric_export_path(cluster: &str, sink: MetricSink) -> String {
    format!(
        "{}/metricexport/{}",
        cluster_path(cluster),
        sink.path_name()
    )
}

impl Api {
    pub async fn log_export(&self, cluster: &str) -> Result<ExportInfo> {
        self.call(Request::get(log_export_path(cluster))).await
    }

    pub async fn enable_log_export(
        &self,
        cluster: &str,
        request: &LogExportRequest,
    ) -> Result<ExportInfo> {
        let body = crate::http::to_json(request)?;
        self.call(Request::post(log_export_path(cluster), body))
            .await
    }

    pub async fn disable_log_export(&self, cluster: &str) -> Result<ExportInfo> {
        self.call(Request::delete(log_export_path(cluster))).await
    }

    pub async fn metric_export(&self, cluster: &str, sink: MetricSink) -> Result<ExportInfo> {
        self.call(Request::get(metric_export_path(cluster, sink)))
            .await
    }

    pub async fn enable_metric_export(
        &self,
        cluster: &str,
        request: &MetricExportRequest,
    ) -> Result<ExportInfo> {
        let mut req = Request::new(
            reqwest::Method::POST,
            metric_export_path(cluster, request.sink()),
        );
        if let Some(body) = request.body() {
            req = req.json(body);
        }
        self.call(req).await
    }

    pub async fn disable_metric_export(
        &self,
        cluster: &str,
        sink: MetricSink,
    ) -> Result<ExportInfo> {
        self.call(Request::delete(metric_export_path(cluster, sink)))
            .await
    }
}
