//! The organization's activities (its audit log).

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use super::{Api, child_path, org_path};
use crate::error::Result;
use crate::http::{List, Request};

#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Activity {
    pub id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<String>,
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

impl Api {
    /// The organization's activities, between two RFC 3339 times when given. The vendored spec documents
    /// no filter; the live API takes `from_date` and `to_date`.
    pub fn activities(
        &self,
        org: &str,
        from: Option<&str>,
        to: Option<&str>,
    ) -> List<'_, Activity> {
        let req = Request::get(format!("{}/activities", org_path(org)))
            .query_opt("from_date", from)
            .query_opt("to_date", to);
        self.list(req)
    }

    pub async fn activity(&self, org: &str, id: &str) -> Result<Activity> {
        self.call(Request::get(child_path(org, "activities", id)))
            .await
    }
}
