//! User-defined functions: upload sessions (a presigned URL that takes the archive), UDFs and their
//! versions, and their attachments to services. The lists page with a cursor (`pagination.nextCursor`).

use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value, json};

use super::{Api, org_path};
use crate::error::Result;
use crate::http::{Items, List, QueryPaging, Request, segment, to_json};

/// One version of a UDF (the API shows the latest one as the UDF).
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Udf {
    pub function_name: String,
    pub version: u64,
    pub status: String,
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct UdfAttachment {
    pub function_name: String,
    pub service_id: String,
    pub status: String,
    pub version: u64,
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// Where to upload an archive, once, before it expires.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct UdfUploadSession {
    pub upload_id: String,
    pub upload_url: String,
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct UdfArgument {
    pub name: String,
    #[serde(rename = "type")]
    pub ty: String,
}

/// A version's code and configuration (a new UDF adds its name). Left out, a setting takes the API's
/// default, not the previous version's.
#[derive(Clone, Debug, Default, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct NewUdfVersion {
    pub upload_id: String,
    pub runtime: String,
    #[serde(rename = "type")]
    pub ty: String,
    pub arguments: Vec<UdfArgument>,
    pub return_type: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub return_name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pool_size: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub max_command_execution_time: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub command_read_timeout: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub command_write_timeout: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub send_chunk_header: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub format: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sandbox_type: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sandbox_version: Option<String>,
}

#[derive(Clone, Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct NewUdf {
    pub function_name: String,
    #[serde(flatten)]
    pub version: NewUdfVersion,
}

/// How the UDF lists page: `limit` and `cursor`, the next cursor in `pagination.nextCursor`, up to the
/// API's largest page.
const PAGING: QueryPaging = QueryPaging {
    size: "limit",
    token: "cursor",
    max_page: 100,
    next: &[&["result", "pagination", "nextCursor"]],
};

fn udf_path(org: &str, name: &str) -> String {
    format!("{}/udfs/{}", org_path(org), segment(name))
}

fn attachment_path(org: &str, name: &str, service: &str) -> String {
    format!("{}/attachments/{}", udf_path(org, name), segment(service))
}

impl Api {
    /// Every item of a cursor-paged list, or the first `limit`.
    fn pages<T: DeserializeOwned + 'static>(
        &self,
        path: &str,
        limit: Option<usize>,
    ) -> List<'_, T> {
        let items = Items::required(vec!["result", "items"]);
        self.client()
            .list(Request::get(path), items, Some(PAGING))
            .limit(limit)
    }

    /// An upload URL for an archive, usable for one create.
    pub async fn udf_upload_session(&self, org: &str) -> Result<UdfUploadSession> {
        let path = format!("{}/udfUploads/url", org_path(org));
        self.call(Request::new(reqwest::Method::POST, path)).await
    }

    /// Uploads a zip archive to an upload session's URL.
    pub async fn upload_udf_archive(&self, session: &UdfUploadSession, zip: Vec<u8>) -> Result<()> {
        self.client()
            .upload(&session.upload_url, "application/zip", zip)
            .await
    }

    /// The UDFs (each as its latest version).
    pub fn udfs(&self, org: &str, limit: Option<usize>) -> List<'_, Udf> {
        self.pages(&format!("{}/udfs", org_path(org)), limit)
    }

    pub async fn udf(&self, org: &str, name: &str) -> Result<Udf> {
        self.call(Request::get(udf_path(org, name))).await
    }

    pub async fn create_udf(&self, org: &str, new: &NewUdf) -> Result<Udf> {
        let path = format!("{}/udfs", org_path(org));
        self.call(Request::post(path, to_json(new)?)).await
    }

    pub async fn delete_udf(&self, org: &str, name: &str) -> Result<()> {
        self.call_empty(Request::delete(udf_path(org, name))).await
    }

    pub fn udf_versions(&self, org: &str, name: &str, limit: Option<usize>) -> List<'_, Udf> {
        self.pages(&format!("{}/versions", udf_path(org, name)), limit)
    }

    pub async fn create_udf_version(
        &self,
        org: &str,
        name: &str,
        new: &NewUdfVersion,
    ) -> Result<Udf> {
        let path = format!("{}/versions", udf_path(org, name));
        self.call(Request::post(path, to_json(new)?)).await
    }

    pub async fn delete_udf_version(&self, org: &str, name: &str, version: u64) -> Result<()> {
        let path = format!("{}/versions/{version}", udf_path(org, name));
        self.call_empty(Request::delete(path)).await
    }

    /// Attaches a version (the latest ready one when `None`) to a service, replacing the one attached.
    pub async fn attach_udf(
        &self,
        org: &str,
        name: &str,
        service: &str,
        version: Option<u64>,
    ) -> Result<UdfAttachment> {
        let body = match version {
            Some(v) => json!({ "version": v }),
            None => json!({}),
        };
        self.call(Request::put(attachment_path(org, name, service), body))
            .await
    }

    pub async fn udf_attachment(
        &self,
        org: &str,
        name: &str,
        service: &str,
    ) -> Result<UdfAttachment> {
        self.call(Request::get(attachment_path(org, name, service)))
            .await
    }

    pub async fn detach_udf(&self, org: &str, name: &str, service: &str) -> Result<()> {
        self.call_empty(Request::delete(attachment_path(org, name, service)))
            .await
    }

    pub fn udf_attachments(
        &self,
        org: &str,
        name: &str,
        limit: Option<usize>,
    ) -> List<'_, UdfAttachment> {
        self.pages(&format!("{}/attachments", udf_path(org, name)), limit)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_new_udf_is_one_flat_body() {
        let new = NewUdf {
            function_name: "geocode".into(),
            version: NewUdfVersion {
                upload_id: "u".into(),
                runtime: "python3.11".into(),
                ty: "executable_pool".into(),
                arguments: vec![UdfArgument {
                    name: "address".into(),
                    ty: "String".into(),
                }],
                return_type: "String".into(),
                pool_size: Some(4),
                ..NewUdfVersion::default()
            },
        };
        assert_eq!(
            to_json(&new).unwrap(),
            json!({"functionName": "geocode", "uploadId": "u", "runtime": "python3.11",
                   "type": "executable_pool", "arguments": [{"name": "address", "type": "String"}],
                   "returnType": "String", "poolSize": 4})
        );
    }
}
