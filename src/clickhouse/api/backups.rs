//! Backups of a service.

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use super::{Api, service_path};
use crate::error::Result;
use crate::http::{List, Request, segment};

#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Backup {
    pub id: String,
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

impl Api {
    pub fn backups(&self, org: &str, service: &str) -> List<'_, Backup> {
        let path = format!("{}/backups", service_path(org, service));
        self.list(Request::get(path))
    }

    pub async fn backup(&self, org: &str, service: &str, id: &str) -> Result<Backup> {
        let path = format!("{}/backups/{}", service_path(org, service), segment(id));
        self.call(Request::get(path)).await
    }
}
