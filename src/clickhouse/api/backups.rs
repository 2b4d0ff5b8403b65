//! Backups of a service.

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use super::{Api, service_path};
use crate::error::Result;
use crate::http::{Request, segment};

#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Backup {
    pub id: String,
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

impl Api {
    pub async fn backups(&self, org: &str, service: &str) -> Result<Vec<Backup>> {
        let path = format!("{}/backups", service_path(org, service));
        self.call(Request::get(path)).await
    }

    pub async fn backup(&self, org: &str, service: &str, id: &str) -> Result<Backup> {
        let path = format!("{}/backups/{}", service_path(org, service), segment(id));
        self.call(Request::get(path)).await
    }
}
