//! The IP allowlist of a cluster. Entries are addressed by their CIDR, split into `cidr_ip` and `cidr_mask`.

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use super::{Api, cluster_path};
use crate::error::Result;
use crate::http::{List, Request, segment};

#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
pub struct AllowlistEntry {
    pub cidr_ip: String,
    pub cidr_mask: u8,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sql: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ui: Option<bool>,
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

impl AllowlistEntry {
    pub fn new(cidr_ip: String, cidr_mask: u8) -> AllowlistEntry {
        AllowlistEntry {
            cidr_ip,
            cidr_mask,
            name: None,
            sql: None,
            ui: None,
            extra: Map::new(),
        }
    }

    pub fn cidr(&self) -> String {
        format!("{}/{}", self.cidr_ip, self.cidr_mask)
    }
}

fn allowlist_path(cluster: &str) -> String {
    format!("{}/networking/allowlist", cluster_path(cluster))
}

fn entry_path(cluster: &str, cidr_ip: &str, cidr_mask: u8) -> String {
    format!(
        "{}/{}/{cidr_mask}",
        allowlist_path(cluster),
        segment(cidr_ip)
    )
}

fn body(entry: &AllowlistEntry) -> Result<Value> {
    crate::http::to_json(entry)
}

impl Api {
    pub fn allowlist(&self, cluster: &str, limit: Option<usize>) -> List<'_, AllowlistEntry> {
        self.list_all(Request::get(allowlist_path(cluster)), "allowlist", limit)
    }

    pub async fn add_allowlist_entry(
        &self,
        cluster: &str,
        entry: &AllowlistEntry,
    ) -> Result<AllowlistEntry> {
        self.call(Request::post(allowlist_path(cluster), body(entry)?))
            .await
    }

    /// Replaces the entry with the same CIDR by `entry` (the path names the CIDR; the body carries the
    /// rest: the spec requires `sql` and `ui`).
    pub async fn update_allowlist_entry(
        &self,
        cluster: &str,
        entry: &AllowlistEntry,
    ) -> Result<AllowlistEntry> {
        let path = entry_path(cluster, &entry.cidr_ip, entry.cidr_mask);
        let mut changes = body(entry)?;
        if let Value::Object(m) = &mut changes {
            m.remove("cidr_ip");
            m.remove("cidr_mask");
        }
        self.call(Request::patch(path, changes)).await
    }

    pub async fn delete_allowlist_entry(
        &self,
        cluster: &str,
        cidr_ip: &str,
        cidr_mask: u8,
    ) -> Result<AllowlistEntry> {
        self.call(Request::delete(entry_path(cluster, cidr_ip, cidr_mask)))
            .await
    }
}

// --- private endpoints ---

/// A private endpoint service of one region (untyped in the spec: every field is kept as the API sent it).
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct PrivateEndpointService {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub region_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct PrivateEndpointConnection {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub endpoint_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

#[derive(Deserialize)]
struct ServicesAnswer {
    #[serde(default)]
    services: Vec<PrivateEndpointService>,
}

fn services_path(cluster: &str) -> String {
    format!(
        "{}/networking/private-endpoint-services",
        cluster_path(cluster)
    )
}

fn connections_path(cluster: &str) -> String {
    format!(
        "{}/networking/private-endpoint-connections",
        cluster_path(cluster)
    )
}

// --- egress rules ---

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct EgressRule {
    pub id: String,
    #[serde(default)]
    pub name: String,
    /// `FQDN` or `CIDR`.
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub state: Option<String>,
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// The body of AddEgressRule (name, description, type and destination required) and, with every field
/// optional, of EditEgressRule (which has no `name`).
#[derive(Clone, Debug, Default, Serialize)]
pub struct EgressRuleFields {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub destination: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ports: Option<Vec<u16>>,
    /// URL paths the rule allows (HTTP destinations).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub paths: Option<Vec<String>>,
    /// `FQDN` or `CIDR`.
    #[serde(rename = "type", skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    /// Makes a repeated add (after an unknown outcome) return the rule the first one created.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub idempotency_key: Option<String>,
}

/// The rule of an egress rule answer: under `rule` (the spec's Get answer and what its other answers
/// require), `Rule` (the property those answers name), or the answer itself (older API versions).
fn rule_of(mut answer: Map<String, Value>, resp: &crate::http::Response) -> Result<EgressRule> {
    let rule = match answer.remove("rule").or_else(|| answer.remove("Rule")) {
        Some(rule) => rule,
        None => Value::Object(answer),
    };
    let excerpt = crate::http::excerpt(rule.to_string().as_bytes());
    serde_json::from_value(rule).map_err(|e| crate::error::Error::BadResponse {
        provider: resp.provider,
        status: resp.status,
        detail: format!("the egress rule is not as documented: {e} in {excerpt}"),
    })
}

fn egress_rules_path(cluster: &str) -> String {
    format!("{}/networking/egress-rules", cluster_path(cluster))
}

fn egress_rule_path(cluster: &str, rule: &str) -> String {
    format!("{}/{}", egress_rules_path(cluster), segment(rule))
}

impl Api {
    pub fn private_endpoint_services(&self, cluster: &str) -> List<'_, PrivateEndpointService> {
        self.list_one(Request::get(services_path(cluster)), "services")
    }

    /// Creates the services of every region of the cluster (those that exist are kept) and returns them all.
    pub async fn create_private_endpoint_services(
        &self,
        cluster: &str,
    ) -> Result<Vec<PrivateEndpointService>> {
        let req = Request::new(reqwest::Method::POST, services_path(cluster));
        let answer: ServicesAnswer = self.call(req).await?;
        Ok(answer.services)
    }

    pub fn private_endpoint_connections(
        &self,
        cluster: &str,
    ) -> List<'_, PrivateEndpointConnection> {
        self.list_one(Request::get(connections_path(cluster)), "connections")
    }

    pub async fn add_private_endpoint_connection(
        &self,
        cluster: &str,
        endpoint_id: &str,
    ) -> Result<PrivateEndpointConnection> {
        let body = serde_json::json!({ "endpoint_id": endpoint_id });
        self.call(Request::post(connections_path(cluster), body))
            .await
    }

    pub async fn delete_private_endpoint_connection(
        &self,
        cluster: &str,
        endpoint_id: &str,
    ) -> Result<PrivateEndpointConnection> {
        let path = format!("{}/{}", connections_path(cluster), segment(endpoint_id));
        self.call(Request::delete(path)).await
    }

    pub fn egress_rules(&self, cluster: &str, limit: Option<usize>) -> List<'_, EgressRule> {
        self.list_all(Request::get(egress_rules_path(cluster)), "rules", limit)
    }

    async fn rule_call(&self, req: Request) -> Result<EgressRule> {
        let resp = self.client().send(&req).await?;
        rule_of(resp.json()?, &resp)
    }

    pub async fn egress_rule(&self, cluster: &str, rule: &str) -> Result<EgressRule> {
        self.rule_call(Request::get(egress_rule_path(cluster, rule)))
            .await
    }

    pub async fn add_egress_rule(
        &self,
        cluster: &str,
        rule: &EgressRuleFields,
    ) -> Result<EgressRule> {
        let body = crate::http::to_json(rule)?;
        self.rule_call(Request::post(egress_rules_path(cluster), body))
            .await
    }

    pub async fn edit_egress_rule(
        &self,
        cluster: &str,
        rule: &str,
        changes: &EgressRuleFields,
    ) -> Result<EgressRule> {
        let body = crate::http::to_json(changes)?;
        self.rule_call(Request::patch(egress_rule_path(cluster, rule), body))
            .await
    }

    pub async fn delete_egress_rule(&self, cluster: &str, rule: &str) -> Result<EgressRule> {
        self.rule_call(Request::delete(egress_rule_path(cluster, rule)))
            .await
    }
}
