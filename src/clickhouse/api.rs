//! Typed wrappers over the ClickHouse Cloud API (`/v1/...`). No clap, no terminal: this module could be a
//! library crate of its own. Every answer comes in the envelope `{status, requestId, result}`; the wrappers
//! return `result`. Models type the fields the CLI reads and keep every other field in `extra`, so JSON output
//! shows all the API returned.

use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::error::{Error, Result};
use crate::http::{Client, Request, segment};

pub struct Api {
    client: Client,
}

#[derive(Deserialize)]
struct Envelope<T> {
    result: T,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Organization {
    pub id: String,
    pub name: String,
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Service {
    pub id: String,
    pub name: String,
    pub state: String,
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

impl Api {
    pub fn new(client: Client) -> Api {
        Api { client }
    }

    pub fn client(&self) -> &Client {
        &self.client
    }

    /// Sends a request and returns the envelope's `result`.
    pub async fn call<T: DeserializeOwned>(&self, req: Request) -> Result<T> {
        let resp = self.client.send(&req).await?;
        let envelope: Envelope<T> = resp.json()?;
        Ok(envelope.result)
    }

    pub async fn organizations(&self) -> Result<Vec<Organization>> {
        self.call(Request::get("/v1/organizations")).await
    }

    pub async fn organization(&self, org: &str) -> Result<Organization> {
        self.call(Request::get(org_path(org))).await
    }

    pub async fn services(&self, org: &str) -> Result<Vec<Service>> {
        self.call(Request::get(format!("{}/services", org_path(org))))
            .await
    }

    pub async fn service(&self, org: &str, id: &str) -> Result<Service> {
        self.call(Request::get(service_path(org, id))).await
    }
}

pub fn org_path(org: &str) -> String {
    format!("/v1/organizations/{}", segment(org))
}

pub fn service_path(org: &str, id: &str) -> String {
    format!("{}/services/{}", org_path(org), segment(id))
}

/// Serializes a model for output (models hold only JSON values, so this cannot fail in practice).
pub fn to_json<T: Serialize>(value: &T) -> Result<Value> {
    serde_json::to_value(value).map_err(|e| Error::Failed(format!("cannot render the answer: {e}")))
}
