//! Clusters: create, update, delete, connection strings, nodes; the catalog of regions and versions.

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value, json};

use super::{Api, Cluster, cluster_path};
use crate::error::Result;
use crate::http::Request;

/// The plan-specific part of a new cluster (`CreateClusterRequest.spec`, shapes from NOTES.md).
#[derive(Clone, Debug, PartialEq)]
pub enum ClusterSpec {
    Serverless {
        regions: Vec<String>,
        /// Monthly limit in US cents (0 = none).
        spend_limit: Option<u64>,
    },
    Dedicated {
        /// Regions and their node counts, in the order given.
        region_nodes: Vec<(String, u32)>,
        vcpus: u32,
        storage_gib: u32,
        version: Option<String>,
    },
}

#[derive(Clone, Debug, PartialEq)]
pub struct NewCluster {
    pub name: String,
    /// `GCP`, `AWS` or `AZURE`.
    pub provider: String,
    pub spec: ClusterSpec,
    /// The folder to create it in.
    pub parent_id: Option<String>,
}

impl NewCluster {
    pub fn body(&self) -> Value {
        let spec = match &self.spec {
            ClusterSpec::Serverless {
                regions,
                spend_limit,
            } => {
                let mut s = json!({ "regions": regions });
                if let Some(limit) = spend_limit {
                    s["spend_limit"] = json!(limit);
                }
                // A multi-region serverless cluster needs a primary region: the first one given.
                if regions.len() > 1 {
                    s["primary_region"] = json!(regions[0]);
                }
                json!({ "serverless": s })
            }
            ClusterSpec::Dedicated {
                region_nodes,
                vcpus,
                storage_gib,
                version,
            } => {
                let mut d = json!({
                    "region_nodes": region_map(region_nodes),
                    "hardware": hardware(Some(*vcpus), Some(*storage_gib)),
                });
                if let Some(v) = version {
                    d["cockroach_version"] = json!(v);
                }
                json!({ "dedicated": d })
            }
        };
        let mut body = json!({ "name": self.name, "provider": self.provider, "spec": spec });
        if let Some(parent) = &self.parent_id {
            body["parent_id"] = json!(parent);
        }
        body
    }
}

/// What `cluster update` changes (`UpdateClusterSpecification`); `None` leaves a value as it is.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ClusterChanges {
    /// The complete new set of regions and node counts (regions left out are removed by the API).
    pub region_nodes: Option<Vec<(String, u32)>>,
    pub vcpus: Option<u32>,
    pub storage_gib: Option<u32>,
    /// Monthly limit in US cents.
    pub spend_limit: Option<u64>,
    pub version: Option<String>,
}

impl ClusterChanges {
    pub fn is_empty(&self) -> bool {
        *self == ClusterChanges::default()
    }

    /// True when a change applies only to dedicated clusters.
    pub fn has_dedicated_changes(&self) -> bool {
        self.region_nodes.is_some() || self.vcpus.is_some() || self.storage_gib.is_some()
    }

    pub fn body(&self) -> Value {
        let mut body = Map::new();
        if self.has_dedicated_changes() {
            let mut d = Map::new();
            if let Some(regions) = &self.region_nodes {
                d.insert("region_nodes".into(), region_map(regions));
            }
            if self.vcpus.is_some() || self.storage_gib.is_some() {
                d.insert("hardware".into(), hardware(self.vcpus, self.storage_gib));
            }
            body.insert("dedicated".into(), Value::Object(d));
        }
        if let Some(limit) = self.spend_limit {
            body.insert("serverless".into(), json!({ "spend_limit": limit }));
        }
        if let Some(v) = &self.version {
            body.insert("cockroach_version".into(), json!(v));
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

fn hardware(vcpus: Option<u32>, storage_gib: Option<u32>) -> Value {
    let mut h = Map::new();
    if let Some(v) = vcpus {
        h.insert("machine_spec".into(), json!({ "num_virtual_cpus": v }));
    }
    if let Some(s) = storage_gib {
        h.insert("storage_gib".into(), json!(s));
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

    pub async fn cluster_nodes(
        &self,
        id: &str,
        region: Option<&str>,
        limit: Option<usize>,
    ) -> Result<Vec<Node>> {
        let req =
            Request::get(format!("{}/nodes", cluster_path(id))).query_opt("region_name", region);
        self.list_all(req, "nodes", limit).await
    }

    pub async fn available_regions(
        &self,
        provider: Option<&str>,
        serverless: Option<bool>,
        limit: Option<usize>,
    ) -> Result<Vec<AvailableRegion>> {
        let req = Request::get("/api/v1/clusters/available-regions")
            .query_opt("provider", provider)
            .query_opt("serverless", serverless);
        self.list_all(req, "regions", limit).await
    }

    pub async fn major_versions(&self, limit: Option<usize>) -> Result<Vec<MajorVersion>> {
        self.list_all(Request::get("/api/v1/cluster-versions"), "versions", limit)
            .await
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
            spec: ClusterSpec::Serverless {
                regions: vec!["us-east1".into(), "europe-west1".into()],
                spend_limit: Some(1000),
            },
            parent_id: None,
        };
        assert_eq!(
            c.body(),
            json!({"name": "web", "provider": "GCP", "spec": {"serverless": {
                "regions": ["us-east1", "europe-west1"], "spend_limit": 1000, "primary_region": "us-east1"}}})
        );
    }

    #[test]
    fn dedicated_bodies() {
        let c = NewCluster {
            name: "db".into(),
            provider: "AWS".into(),
            spec: ClusterSpec::Dedicated {
                region_nodes: vec![("us-east-1".into(), 3), ("eu-west-1".into(), 1)],
                vcpus: 4,
                storage_gib: 15,
                version: Some("v24.3".into()),
            },
            parent_id: Some("f1".into()),
        };
        let body = c.body();
        assert_eq!(
            body,
            json!({"name": "db", "provider": "AWS", "spec": {"dedicated": {
                "region_nodes": {"us-east-1": 3, "eu-west-1": 1},
                "hardware": {"machine_spec": {"num_virtual_cpus": 4}, "storage_gib": 15},
                "cockroach_version": "v24.3"}}, "parent_id": "f1"})
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
            spend_limit: Some(500),
            ..Default::default()
        };
        assert!(!changes.has_dedicated_changes());
        assert_eq!(changes.body(), json!({"serverless": {"spend_limit": 500}}));
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
