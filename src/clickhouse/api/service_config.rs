//! A service's configuration beyond its own fields: its query API endpoint, private endpoints, autoscaling
//! schedule and upgrade window.

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use super::{Api, service_path};
use crate::error::Result;
use crate::http::{Request, to_json};

/// The service's query API endpoint (`ServiceQueryAPIEndpoint`).
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct QueryEndpoint {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// `InstanceServiceQueryApiEndpointsPostRequest`: the whole endpoint, replacing what there was.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct QueryEndpointSpec {
    pub roles: Vec<String>,
    pub open_api_keys: Vec<String>,
    /// A comma-separated list of origins.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub allowed_origins: Option<String>,
}

/// A private endpoint of a service (`InstancePrivateEndpoint`).
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct PrivateEndpoint {
    pub id: String,
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// `ServicPrivateEndpointePostRequest` (sic).
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct NewPrivateEndpoint {
    pub id: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
}

/// The autoscaling schedule (`ScalingSchedule`): its entries, the base configuration in effect outside them
/// and the entry active now.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ScalingSchedule {
    #[serde(default)]
    pub entries: Vec<Value>,
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// The upgrade window (`UpgradeWindow`): a weekday (0 = Sunday) and a start hour (UTC).
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct UpgradeWindow {
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// `UpgradeWindowPutRequest`.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct UpgradeWindowSpec {
    pub weekday: u32,
    pub start_hour_utc: u32,
}

fn config_path(org: &str, service: &str, what: &str) -> String {
    format!("{}/{what}", service_path(org, service))
}

impl Api {
    pub async fn query_endpoint(&self, org: &str, service: &str) -> Result<QueryEndpoint> {
        let path = config_path(org, service, "serviceQueryEndpoint");
        self.call(Request::get(path)).await
    }

    /// Creates the query endpoint, or replaces it.
    pub async fn set_query_endpoint(
        &self,
        org: &str,
        service: &str,
        spec: &QueryEndpointSpec,
    ) -> Result<QueryEndpoint> {
        let path = config_path(org, service, "serviceQueryEndpoint");
        self.call(Request::post(path, to_json(spec)?)).await
    }

    pub async fn delete_query_endpoint(&self, org: &str, service: &str) -> Result<()> {
        let path = config_path(org, service, "serviceQueryEndpoint");
        self.call_empty(Request::delete(path)).await
    }

    pub async fn create_private_endpoint(
        &self,
        org: &str,
        service: &str,
        endpoint: &NewPrivateEndpoint,
    ) -> Result<PrivateEndpoint> {
        let path = config_path(org, service, "privateEndpoint");
        self.call(Request::post(path, to_json(endpoint)?)).await
    }

    pub async fn scaling_schedule(&self, org: &str, service: &str) -> Result<ScalingSchedule> {
        let path = config_path(org, service, "scalingSchedule");
        self.call(Request::get(path)).await
    }

    /// Creates or replaces the schedule from a `ScalingSchedulePostRequest` (empty `entries` clear it).
    pub async fn set_scaling_schedule(
        &self,
        org: &str,
        service: &str,
        schedule: &Value,
    ) -> Result<ScalingSchedule> {
        let path = config_path(org, service, "scalingSchedule");
        self.call(Request::post(path, schedule.clone())).await
    }

    pub async fn delete_scaling_schedule(&self, org: &str, service: &str) -> Result<()> {
        let path = config_path(org, service, "scalingSchedule");
        self.call_empty(Request::delete(path)).await
    }

    pub async fn upgrade_window(&self, org: &str, service: &str) -> Result<UpgradeWindow> {
        let path = config_path(org, service, "upgradeWindow");
        self.call(Request::get(path)).await
    }

    pub async fn set_upgrade_window(
        &self,
        org: &str,
        service: &str,
        window: &UpgradeWindowSpec,
    ) -> Result<UpgradeWindow> {
        let path = config_path(org, service, "upgradeWindow");
        self.call(Request::put(path, to_json(window)?)).await
    }

    pub async fn delete_upgrade_window(&self, org: &str, service: &str) -> Result<()> {
        let path = config_path(org, service, "upgradeWindow");
        self.call_empty(Request::delete(path)).await
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn bodies_are_the_spec_shapes() {
        let spec = QueryEndpointSpec {
            roles: vec!["sql_console_read_only".into()],
            open_api_keys: vec![],
            allowed_origins: None,
        };
        assert_eq!(
            to_json(&spec).unwrap(),
            json!({"roles": ["sql_console_read_only"], "openApiKeys": []})
        );
        let window = UpgradeWindowSpec {
            weekday: 3,
            start_hour_utc: 12,
        };
        assert_eq!(
            to_json(&window).unwrap(),
            json!({"weekday": 3, "startHourUtc": 12})
        );
    }
}
