//! What the organization uses: its quotas, its usage costs, and the Prometheus metrics of all its services.

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use super::{Api, org_path};
use crate::error::Result;
use crate::http::{List, Request, segment};

/// A limit the organization has, with its current usage where the API reports one.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Quota {
    pub quota_code: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub usage: Option<i64>,
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// The usage cost report of a period: a grand total and daily records per entity.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct UsageCost {
    #[serde(
        rename = "grandTotalCHC",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub grand_total_chc: Option<f64>,
    #[serde(default)]
    pub costs: Vec<UsageCostRecord>,
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// The cost of one entity (a warehouse, a service, a ClickPipe) on one day, in ClickHouse Credits.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct UsageCostRecord {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub data_warehouse_id: Option<String>,
    /// Null for a warehouse: it is not a service.
    #[serde(default)]
    pub service_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub entity_type: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub entity_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub entity_name: Option<String>,
    /// Costs by kind (`computeCHC`, `storageCHC`, ...).
    #[serde(default)]
    pub metrics: Map<String, Value>,
    #[serde(rename = "totalCHC", default, skip_serializing_if = "Option::is_none")]
    pub total_chc: Option<f64>,
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

impl Api {
    pub fn quotas(&self, org: &str) -> List<'_, Quota> {
        self.list(Request::get(format!("{}/quotas", org_path(org))))
    }

    pub async fn quota(&self, org: &str, code: &str) -> Result<Quota> {
        let path = format!("{}/quotas/{}", org_path(org), segment(code));
        self.call(Request::get(path)).await
    }

    /// The costs from `from` to `to` (dates, both included), of the resources carrying every tag of
    /// `filters` (`tag:KEY` or `tag:KEY=VALUE`).
    pub async fn usage_cost(
        &self,
        org: &str,
        from: &str,
        to: &str,
        filters: &[String],
    ) -> Result<UsageCost> {
        let mut req = Request::get(format!("{}/usageCost", org_path(org)))
            .query("from_date", from)
            .query("to_date", to);
        for f in filters {
            req = req.query("filter", f);
        }
        self.call(req).await
    }

    /// The Prometheus metrics of every service of the organization, as text.
    pub async fn org_metrics(&self, org: &str, filtered: bool) -> Result<String> {
        let req = Request::get(format!("{}/prometheus", org_path(org)))
            .query_opt("filtered_metrics", filtered.then_some("true"))
            .accept("text/plain");
        self.call_text(req).await
    }
}
