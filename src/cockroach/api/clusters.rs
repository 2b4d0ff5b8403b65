//! Clusters: create, update, delete, connection strings, nodes; the catalog of regions and versions.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value, json};

use super::{Api, Cluster, cluster_path};
use crate::error::Result;
use crate::http::{List, Request};

/// Limits of a serverless cluster (`UsageLimits`; the API writes these 64-bit numbers as strings).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct UsageLimits {
    /// Request units a month (BASIC).
    pub request_unit_limit: Option<u64>,
    /// Storage in MiB (BASIC).
    pub storage_mib_limit: Option<u64>,
    /// vCPUs provisioned (STANDARD).
    pub provisioned_virtual_cpus: Option<u64>,
}

impl UsageLimits {
    pub fn is_empty(&self) -> bool {
        *self == UsageLimits::default()
    }

    fn body(&self) -> Value {
        let mut m = Map::new();
        for (key, value) in [
            ("request_unit_limit", self.request_unit_limit),
            ("storage_mib_limit", self.storage_mib_limit),
            ("provisioned_virtual_cpus", self.provisioned_virtual_cpus),
        ] {
            if let Some(v) = value {
                m.insert(key.into(), json!(v.to_string()));
            }
        }
        Value::Object(m)
    }
}

/// The hardware part of a new cluster (`CreateClusterSpecification.serverless` or `.dedicated`).
#[derive(Clone, Debug, PartialEq)]
pub enum ClusterSpec {
    Serverless {
        regions: Vec<String>,
        /// Required with several regions.
        primary_region: Option<String>,
        usage_limits: UsageLimits,
        /// `MANUAL` or `AUTOMATIC` (the spec's `UpgradeType.Type`).
        upgrade_type: Option<String>,
        with_empty_ip_allowlist: bool,
    },
    Dedicated {
        /// Regions and their node counts, in the order given.
        region_nodes: Vec<(String, u32)>,
        vcpus: u32,
        storage_gib: u32,
        disk_iops: Option<u32>,
        version: Option<String>,
        cidr_range: Option<String>,
        network_visibility: Option<String>,
        restrict_egress_traffic: bool,
    },
}

#[derive(Clone, Debug, PartialEq)]
pub struct NewCluster {
    pub name: String,
    /// `GCP`, `AWS` or `AZURE`.
    pub provider: String,
    /// `BASIC`, `STANDARD` or `ADVANCED`; the service's default for the hardware when `None`.
    pub plan: Option<String>,
    pub spec: ClusterSpec,
    /// The folder to create it in.
    pub parent_id: Option<String>,
    pub labels: BTreeMap<String, String>,
    /// `ENABLED` or `DISABLED`.
    pub delete_protection: Option<String>,
}

impl NewCluster {
    pub fn body(&self) -> Value {
        let mut spec = Map::new();
        match &self.spec {
            ClusterSpec::Serverless {
                regions,
                primary_region,
                usage_limits,
                upgrade_type,
                with_empty_ip_allowlist,
            } => {
                let mut s = json!({ "regions": regions });
                if let Some(p) = primary_region {
                    s["primary_region"] = json!(p);
                }
                if !usage_limits.is_empty() {
                    s["usage_limits"] = usage_limits.body();
                }
                if let Some(t) = upgrade_type {
                    s["upgrade_type"] = json!(t);
                }
                if *with_empty_ip_allowlist {
                    s["with_empty_ip_allowlist"] = json!(true);
                }
                spec.insert("serverless".into(), s);
            }
            ClusterSpec::Dedicated {
                region_nodes,
                vcpus,
                storage_gib,
                disk_iops,
                version,
                cidr_range,
                network_visibility,
                restrict_egress_traffic,
            } => {
                let mut d = json!({
                    "region_nodes": region_map(region_nodes),
                    "hardware": hardware(Some(*vcpus), Some(*storage_gib), *disk_iops),
                });
                for (key, value) in [
                    ("cockroach_version", version),
                    ("cidr_range", cidr_range),
                    ("network_visibility", network_visibility),
                ] {
                    if let Some(v) = value {
                        d[key] = json!(v);
                    }
                }
                if *restrict_egress_traffic {
                    d["restrict_egress_traffic"] = json!(true);
                }
                spec.insert("dedicated".into(), d);
            }
        }
        if let Some(plan) = &self.plan {
            spec.insert("plan".into(), json!(plan));
        }
        if let Some(parent) = &self.parent_id {
            spec.insert("parent_id".into(), json!(parent));
        }
        if !self.labels.is_empty() {
            spec.insert("labels".into(), json!(self.labels));
        }
        if let Some(p) = &self.delete_protection {
            spec.insert("delete_protection".into(), json!(p));
        }
        json!({ "name": self.name, "provider": self.provider, "spec": spec })
    }
}

/// What `cluster update` changes (`UpdateClusterSpecification`); `None` leaves a value as it is.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ClusterChanges {
    /// Dedicated: the complete new set of regions and node counts (regions left out are removed).
    pub region_nodes: Option<Vec<(String, u32)>>,
    pub vcpus: Option<u32>,
    pub storage_gib: Option<u32>,
    pub disk_iops: Option<u32>,
    /// Serverless: the complete new list of regions (regions cannot be removed).
    pub serverless_regions: Option<Vec<String>>,
    pub primary_region: Option<String>,
    pub usage_limits: UsageLimits,
    pub upgrade_type: Option<String>,
    pub version: Option<String>,
    pub plan: Option<String>,
    pub upgrade_status: Option<String>,
    pub delete_protection: Option<String>,
    /// The complete new set of labels (labels left out are removed).
    pub labels: Option<BTreeMap<String, String>>,
    /// The folder to move it to.
    pub parent_id: Option<String>,
}

impl ClusterChanges {
    pub fn is_empty(&self) -> bool {
        *self == ClusterChanges::default()
    }

    /// True when a change applies only to dedicated clusters.
    pub fn has_dedicated_changes(&self) -> bool {
        self.region_nodes.is_some()
            || self.vcpus.is_some()
            || self.storage_gib.is_some()
            || self.disk_iops.is_some()
    }

    /// True when a change applies only to serverless clusters.
    pub fn has_serverless_changes(&self) -> bool {
        self.serverless_regions.is_some()
            || self.primary_region.is_some()
            || !self.usage_limits.is_empty()
            || self.upgrade_type.is_some()
    }

    pub fn body(&self) -> Value {
        let mut body = Map::new();
        if self.has_dedicated_changes() {
            let mut d = Map::new();
            if let Some(regions) = &self.region_nodes {
                d.insert("region_nodes".into(), region_map(regions));
            }
            if self.vcpus.is_some() || self.storage_gib.is_some() || self.disk_iops.is_some() {
                d.insert(
                    "hardware".into(),
                    hardware(self.vcpus, self.storage_gib, self.disk_iops),
                );
            }
            body.insert("dedicated".into(), Value::Object(d));
        }
        if self.has_serverless_changes() {
            let mut s = Map::new();
            if let Some(regions) = &self.serverless_regions {
                s.insert("regions".into(), json!(regions));
            }
            if let Some(p) = &self.primary_region {
                s.insert("primary_region".into(), json!(p));
            }
            if !self.usage_limits.is_empty() {
                s.insert("usage_limits".into(), self.usage_limits.body());
            }
            if let Some(t) = &self.upgrade_type {
                s.insert("upgrade_type".into(), json!(t));
            }
            body.insert("serverless".into(), Value::Object(s));
        }
        for (key, value) in [
            ("cockroach_version", &self.version),
            ("plan", &self.plan),
            ("upgrade_status", &self.upgrade_status),
            ("delete_protection", &self.delete_protection),
            ("parent_id", &self.parent_id),
        ] {
            if let Some(v) = value {
                body.insert(key.into(), json!(v));
            }
        }
        if let Some(labels) = &self.labels {
            body.insert("labels".into(), json!(labels));
        }
        Value::Object(body)
    }
}

fn region_map(regions: &[(String, u32)]) -> Value {
    Value::Object(
        regions
            .iter()
            .map(|(name, nodes)| (name.clone(), json!(nodes)))
            .collect(),
    )
}

fn hardware(vcpus: Option<u32>, storage_gib: Option<u32>, disk_iops: Option<u32>) -> Value {
    let mut h = Map::new();
    if let Some(v) = vcpus {
        h.insert("machine_spec".into(), json!({ "num_virtual_cpus": v }));
    }
    if let Some(s) = storage_gib {
        h.insert("storage_gib".into(), json!(s));
    }
    if let Some(i) = disk_iops {
        h.insert("disk_iops".into(), json!(i));
    }
    Value::Object(h)
}

/// The cluster's regions with `changes` applied: a listed region gets the new node count, a count of 0 removes
/// it, a new name adds it. The API replaces the whole set, so regions not mentioned must be sent unchanged.
pub fn merge_region_nodes(
    cluster: &Cluster,
    changes: &[(String, u32)],
) -> std::result::Result<Vec<(String, u32)>, String> {
    let mut merged: Vec<(String, u32)> = Vec::new();
    for region in cluster.regions.iter().flatten() {
        let nodes = region.node_count.ok_or_else(|| {
            format!(
                "the API does not report the node count of region {}; cannot keep it unchanged",
                region.name
            )
        })?;
        merged.push((region.name.clone(), nodes));
    }
    for (name, nodes) in changes {
        match merged.iter_mut().find(|(n, _)| n == name) {
            Some(entry) => entry.1 = *nodes,
            None => merged.push((name.clone(), *nodes)),
        }
    }
    merged.retain(|(_, nodes)| *nodes > 0);
    if merged.is_empty() {
        return Err("a cluster needs at least one region with nodes".into());
    }
    Ok(merged)
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct ConnectionString {
    pub connection_string: String,
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Node {
    #[serde(default)]
    pub name: String,
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct AvailableRegion {
    #[serde(default)]
    pub name: String,
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct MajorVersion {
    #[serde(default)]
    pub version: String,
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

impl Api {
    pub async fn create_cluster(&self, cluster: &NewCluster) -> Result<Cluster> {
        self.call(Request::post("/api/v1/clusters", cluster.body()))
            .await
    }

    pub async fn update_cluster(&self, id: &str, changes: &ClusterChanges) -> Result<Cluster> {
        self.call(Request::patch(cluster_path(id), changes.body()))
            .await
    }

    pub async fn delete_cluster(&self, id: &str) -> Result<Cluster> {
        self.call(Request::delete(cluster_path(id))).await
    }

    pub async fn connection_string(
        &self,
        id: &str,
        database: Option<&str>,
        sql_user: Option<&str>,
        os: Option<&str>,
    ) -> Result<ConnectionString> {
        let req = Request::get(format!("{}/connection-string", cluster_path(id)))
            .query_opt("database", database)
            .query_opt("sql_user", sql_user)
            .query_opt("os", os);
        self.call(req).await
    }

    pub fn cluster_nodes(
        &self,
        id: &str,
        region: Option<&str>,
        limit: Option<usize>,
    ) -> List<'_, Node> {
        let req =
            Request::get(format!("{}/nodes", cluster_path(id))).query_opt("region_name", region);
        self.list_all(req, "nodes", limit)
    }

    pub fn available_regions(
        &self,
        provider: Option<&str>,
        serverless: Option<bool>,
        limit: Option<usize>,
    ) -> List<'_, AvailableRegion> {
        let req = Request::get("/api/v1/clusters/available-regions")
            .query_opt("provider", provider)
            .query_opt("serverless", serverless);
        self.list_all(req, "regions", limit)
    }

    pub fn major_versions(&self, limit: Option<usize>) -> List<'_, MajorVersion> {
        self.list_all(Request::get("/api/v1/cluster-versions"), "versions", limit)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn serverless_bodies() {
        let c = NewCluster {
            name: "web".into(),
            provider: "GCP".into(),
            plan: Some("BASIC".into()),
            spec: ClusterSpec::Serverless {
                regions: vec!["us-east1".into(), "europe-west1".into()],
                primary_region: Some("us-east1".into()),
                usage_limits: UsageLimits {
                    request_unit_limit: Some(1_000_000),
                    ..Default::default()
                },
                upgrade_type: None,
                with_empty_ip_allowlist: true,
            },
            parent_id: None,
            labels: BTreeMap::from([("env".to_string(), "dev".to_string())]),
            delete_protection: Some("ENABLED".into()),
        };
        assert_eq!(
            c.body(),
            json!({"name": "web", "provider": "GCP", "spec": {
                "plan": "BASIC", "labels": {"env": "dev"}, "delete_protection": "ENABLED",
                "serverless": {"regions": ["us-east1", "europe-west1"], "primary_region": "us-east1",
                    "usage_limits": {"request_unit_limit": "1000000"}, "with_empty_ip_allowlist": true}}})
        );
    }

    #[test]
    fn dedicated_bodies() {
        let c = NewCluster {
            name: "db".into(),
            provider: "AWS".into(),
            plan: None,
            spec: ClusterSpec::Dedicated {
                region_nodes: vec![("us-east-1".into(), 3), ("eu-west-1".into(), 1)],
                vcpus: 4,
                storage_gib: 15,
                disk_iops: None,
                version: Some("v24.3".into()),
                cidr_range: None,
                network_visibility: Some("PRIVATE".into()),
                restrict_egress_traffic: false,
            },
            parent_id: Some("f1".into()),
            labels: BTreeMap::new(),
            delete_protection: None,
        };
        let body = c.body();
        assert_eq!(
            body,
            json!({"name": "db", "provider": "AWS", "spec": {"dedicated": {
                "region_nodes": {"us-east-1": 3, "eu-west-1": 1},
                "hardware": {"machine_spec": {"num_virtual_cpus": 4}, "storage_gib": 15},
                "cockroach_version": "v24.3", "network_visibility": "PRIVATE"}, "parent_id": "f1"}})
        );
        // The order given is kept.
        let keys: Vec<_> = body["spec"]["dedicated"]["region_nodes"]
            .as_object()
            .unwrap()
            .keys()
            .collect();
        assert_eq!(keys, ["us-east-1", "eu-west-1"]);
    }

    #[test]
    fn update_bodies() {
        let changes = ClusterChanges {
            region_nodes: Some(vec![("us-east1".into(), 5)]),
            storage_gib: Some(30),
            version: Some("v25.1".into()),
            ..Default::default()
        };
        assert_eq!(
            changes.body(),
            json!({"dedicated": {"region_nodes": {"us-east1": 5}, "hardware": {"storage_gib": 30}},
                   "cockroach_version": "v25.1"})
        );
        let changes = ClusterChanges {
            usage_limits: UsageLimits {
                provisioned_virtual_cpus: Some(4),
                ..Default::default()
            },
            plan: Some("STANDARD".into()),
            labels: Some(BTreeMap::new()),
            ..Default::default()
        };
        assert!(!changes.has_dedicated_changes() && changes.has_serverless_changes());
        assert_eq!(
            changes.body(),
            json!({"serverless": {"usage_limits": {"provisioned_virtual_cpus": "4"}},
                   "plan": "STANDARD", "labels": {}})
        );
        assert!(ClusterChanges::default().is_empty());
    }

    fn cluster(regions: Value) -> Cluster {
        serde_json::from_value(
            json!({"id": "c", "name": "n", "state": "CREATED", "regions": regions}),
        )
        .unwrap()
    }

    #[test]
    fn region_changes_keep_the_other_regions() {
        let c = cluster(json!([{"name": "a", "node_count": 3}, {"name": "b", "node_count": 3}]));
        assert_eq!(
            merge_region_nodes(&c, &[("b".into(), 5), ("c".into(), 1)]).unwrap(),
            vec![("a".into(), 3), ("b".into(), 5), ("c".into(), 1)]
        );
        assert_eq!(
            merge_region_nodes(&c, &[("a".into(), 0)]).unwrap(),
            vec![("b".into(), 3)]
        );
        assert!(merge_region_nodes(&c, &[("a".into(), 0), ("b".into(), 0)]).is_err());
        let unknown = cluster(json!([{"name": "a"}]));
        assert!(merge_region_nodes(&unknown, &[("b".into(), 3)]).is_err());
    }

    #[test]
    fn plans_of_every_api_version() {
        let plan = |plan: &str, config: Value| -> Cluster {
            serde_json::from_value(
                json!({"id": "c", "name": "n", "state": "CREATED", "plan": plan, "config": config}),
            )
            .unwrap()
        };
        assert!(plan("ADVANCED", json!({"dedicated": {}})).is_dedicated());
        assert!(plan("DEDICATED", json!({})).is_dedicated());
        assert!(plan("BASIC", json!({"serverless": {}})).is_serverless());
        assert!(plan("STANDARD", json!({})).is_serverless());
        assert!(plan("SERVERLESS", json!({})).is_serverless());
        // A plan this version does not know: the configuration tells.
        assert!(plan("ENTERPRISE", json!({"dedicated": {}})).is_dedicated());
        assert!(!plan("ENTERPRISE", json!({"dedicated": {}})).is_serverless());
    }

    #[test]
    fn prefixed_states_and_plans() {
        let c: Cluster = serde_json::from_value(json!({"id": "c", "name": "n",
            "state": "CLUSTER_STATE_LOCKED", "plan": "DEDICATED", "operation_status": "CLUSTER_SCALE_RUNNING"}))
        .unwrap();
        assert!(c.is_locked());
        assert!(c.is_dedicated());
        assert_eq!(c.progress(), "LOCKED (CLUSTER_SCALE_RUNNING)");
        let c: Cluster = serde_json::from_value(json!({"id": "c", "name": "n",
            "state": "CREATING", "operation_status": "CLUSTER_STATUS_UNSPECIFIED"}))
        .unwrap();
        assert_eq!(c.progress(), "CREATING");
    }
}
