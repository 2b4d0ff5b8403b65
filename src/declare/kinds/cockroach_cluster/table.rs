//! The fields of a CockroachDB cluster: what the file may say (checked with the rules of the request
//! fields they become), how a live cluster shows them, and the checks that take several of them.

use std::collections::BTreeMap;

use dbcloud_spec::Provider;
use serde_json::{Map, Value, json};

use crate::cockroach::api::{Cluster, DEDICATED_PLAN};
use crate::declare::fields::{self, Change, Field, Ty, at, num, rule};
use crate::declare::read::{Catalog, normalize_folder};
use crate::declare::{Fields, Live, get};

pub(super) const CRDB: Provider = Provider::Cockroach;

pub(super) const MOVE: &str = "a cluster cannot move between serverless and dedicated hardware";

pub(super) const FIELDS: &[Field] = &[
    Field {
        key: "provider",
        ty: Ty::Enum(CRDB, "CreateClusterRequest.provider"),
        change: Change::Fixed("a cluster cannot move to another cloud provider"),
        maps_to: "provider",
    },
    Field {
        key: "plan",
        ty: Ty::Custom(
            plan_value,
            "\"serverless\", \"dedicated\", or a plan of the spec: BASIC, STANDARD, ADVANCED",
        ),
        change: Change::Update,
        maps_to: "spec.plan (serverless: spec.serverless, dedicated: spec.dedicated)",
    },
    Field {
        key: "regions",
        ty: Ty::Custom(
            regions_value,
            "serverless: a list of regions; dedicated: a table of region = node count",
        ),
        change: Change::Update,
        maps_to: "serverless.regions / dedicated.region_nodes",
    },
    Field {
        key: "primary_region",
        ty: Ty::Text,
        change: Change::Update,
        maps_to: "serverless.primary_region",
    },
    Field {
        key: "vcpus",
        ty: Ty::Whole(
            CRDB,
            "DedicatedMachineTypeSpecification.num_virtual_cpus",
            "",
        ),
        change: Change::Update,
        maps_to: "dedicated.hardware.machine_spec.num_virtual_cpus",
    },
    Field {
        key: "storage_gib",
        ty: Ty::Whole(
            CRDB,
            "DedicatedHardwareCreateSpecification.storage_gib",
            " GiB",
        ),
        change: Change::Update,
        maps_to: "dedicated.hardware.storage_gib",
    },
    Field {
        key: "disk_iops",
        ty: Ty::Whole(CRDB, "DedicatedHardwareCreateSpecification.disk_iops", ""),
        change: Change::Update,
        maps_to: "dedicated.hardware.disk_iops",
    },
    Field {
        key: "version",
        ty: Ty::Custom(version_value, "a major version, like \"v24.3\""),
        change: Change::Update,
        maps_to: "dedicated.cockroach_version / cockroach_version (an upgrade)",
    },
    Field {
        key: "request_unit_limit",
        ty: Ty::Count,
        change: Change::Update,
        maps_to: "serverless.usage_limits.request_unit_limit",
    },
    Field {
        key: "storage_mib_limit",
        ty: Ty::Count,
        change: Change::Update,
        maps_to: "serverless.usage_limits.storage_mib_limit",
    },
    Field {
        key: "provisioned_vcpus",
        ty: Ty::Count,
        change: Change::Update,
        maps_to: "serverless.usage_limits.provisioned_virtual_cpus",
    },
    Field {
        key: "upgrade_type",
        ty: Ty::Enum(CRDB, "ServerlessClusterCreateSpecification.upgrade_type"),
        change: Change::Update,
        maps_to: "serverless.upgrade_type",
    },
    Field {
        key: "delete_protection",
        ty: Ty::Custom(protection_value, "true or false (or ENABLED, DISABLED)"),
        change: Change::Update,
        maps_to: "delete_protection",
    },
    Field {
        key: "labels",
        ty: Ty::Custom(labels_value, "a table of strings"),
        change: Change::Update,
        maps_to: "labels",
    },
    Field {
        key: "folder",
        ty: Ty::Custom(
            folder_value,
            "a folder path, like \"/team/prod\" (\"/\" for none)",
        ),
        change: Change::Update,
        maps_to: "parent_id",
    },
    Field {
        key: "upgrade_status",
        ty: Ty::Enum(CRDB, "UpdateClusterSpecification.upgrade_status"),
        change: Change::Update,
        maps_to: "upgrade_status (FINALIZED finalizes a major upgrade)",
    },
    Field {
        key: "cidr_range",
        ty: Ty::Custom(cidr_value, "an IPv4 CIDR range"),
        change: Change::Fixed("the network range of a cluster is chosen at creation"),
        maps_to: "dedicated.cidr_range",
    },
    Field {
        key: "network_visibility",
        ty: Ty::Enum(
            CRDB,
            "DedicatedClusterCreateSpecification.network_visibility",
        ),
        change: Change::Fixed("the network visibility of a cluster is chosen at creation"),
        maps_to: "dedicated.network_visibility",
    },
    Field {
        key: "restrict_egress_traffic",
        ty: Ty::Bool,
        change: Change::CreateOnly,
        maps_to: "dedicated.restrict_egress_traffic",
    },
    Field {
        key: "with_empty_ip_allowlist",
        ty: Ty::Bool,
        change: Change::CreateOnly,
        maps_to: "serverless.with_empty_ip_allowlist",
    },
];

/// Fields of dedicated clusters only, and of serverless ones only.
pub(super) const DEDICATED_ONLY: [&str; 7] = [
    "vcpus",
    "storage_gib",
    "disk_iops",
    "version",
    "cidr_range",
    "network_visibility",
    "restrict_egress_traffic",
];
pub(super) const SERVERLESS_ONLY: [&str; 6] = [
    "primary_region",
    "request_unit_limit",
    "storage_mib_limit",
    "provisioned_vcpus",
    "upgrade_type",
    "with_empty_ip_allowlist",
];

pub(super) fn plan_value(v: &Value) -> std::result::Result<Value, String> {
    let s = fields::string(v)?;
    let t = s.trim().to_ascii_lowercase();
    if t == "serverless" || t == "dedicated" {
        return Ok(json!(t));
    }
    rule(CRDB, "CreateClusterSpecification.plan")
        .parse_value(&s)
        .map(|p| json!(p))
        .map_err(|_| {
            format!(
                "'{s}' is not allowed; allowed: serverless, dedicated, {}",
                rule(CRDB, "CreateClusterSpecification.plan")
                    .values
                    .join(", ")
            )
        })
}

pub(super) fn region_name(s: &str) -> std::result::Result<String, String> {
    let r = crate::cockroach::input::region(s)?;
    if r.nodes.is_some() {
        return Err(format!(
            "'{s}': write a node count as region = count, in a table (dedicated clusters)"
        ));
    }
    Ok(r.name)
}

pub(super) fn regions_value(v: &Value) -> std::result::Result<Value, String> {
    match v {
        Value::Array(items) => {
            let mut out: Vec<String> = Vec::new();
            for item in items {
                let name = region_name(&fields::string(item)?)?;
                if out.contains(&name) {
                    return Err(format!("region {name} is listed twice"));
                }
                out.push(name);
            }
            if out.is_empty() {
                return Err("a cluster needs at least one region".into());
            }
            Ok(json!(out))
        }
        Value::Object(map) => {
            let mut out = BTreeMap::new();
            for (name, nodes) in map {
                let name = region_name(name)?;
                match nodes.as_u64() {
                    Some(n) if n >= 1 && n <= u64::from(u32::MAX) => {
                        out.insert(name, json!(n));
                    }
                    _ => {
                        return Err(format!(
                            "region {name}: the node count must be a whole number of 1 or more, not {}",
                            fields::shown(nodes)
                        ));
                    }
                }
            }
            if out.is_empty() {
                return Err("a cluster needs at least one region".into());
            }
            Ok(json!(out))
        }
        other => Err(format!(
            "expected a list of regions (serverless) or a table of region = node count (dedicated), found {}",
            fields::shown(other)
        )),
    }
}

/// `v24.3.8` → `v24.3`: the API takes and upgrades major versions.
pub(super) fn major(v: &str) -> String {
    let v = v.trim();
    let parts: Vec<&str> = v.split('.').collect();
    if parts.len() > 2 {
        parts[..2].join(".")
    } else {
        v.to_string()
    }
}

pub(super) fn version_value(v: &Value) -> std::result::Result<Value, String> {
    Ok(json!(major(&fields::text(v)?)))
}

pub(super) fn protection_value(v: &Value) -> std::result::Result<Value, String> {
    match v {
        Value::Bool(b) => Ok(json!(b)),
        Value::String(s) => rule(CRDB, "CreateClusterSpecification.delete_protection")
            .parse_value(s)
            .map(|p| json!(p == "ENABLED")),
        other => Err(format!(
            "expected true or false, found {}",
            fields::shown(other)
        )),
    }
}

pub(super) fn labels_value(v: &Value) -> std::result::Result<Value, String> {
    let Value::Object(map) = v else {
        return Err(format!(
            "expected a table of strings, found {}",
            fields::shown(v)
        ));
    };
    let mut out = BTreeMap::new();
    for (k, v) in map {
        let (k, v) = crate::cockroach::input::label(&format!("{k}={}", fields::string(v)?))?;
        out.insert(k, v);
    }
    Ok(json!(out))
}

pub(super) fn folder_value(v: &Value) -> std::result::Result<Value, String> {
    let s = fields::text(v)?;
    if !s.starts_with('/') {
        return Err(format!(
            "'{s}' is not a folder path: write it from the top, like /team/prod (/ for none)"
        ));
    }
    Ok(json!(normalize_folder(&s)))
}

pub(super) fn cidr_value(v: &Value) -> std::result::Result<Value, String> {
    let (ip, mask) = crate::cockroach::input::ipv4_cidr(&fields::string(v)?)?;
    Ok(json!(format!("{ip}/{mask}")))
}

pub(super) fn str_of(f: &Fields, key: &str) -> Option<String> {
    get(f, key).and_then(Value::as_str).map(str::to_string)
}

pub(super) fn u32_of(f: &Fields, key: &str) -> Option<u32> {
    get(f, key).and_then(Value::as_u64).map(|n| n as u32)
}

/// Whether a declaration describes a dedicated cluster, as far as it says.
pub(super) fn dedicated(f: &Fields) -> Option<bool> {
    if let Some(plan) = str_of(f, "plan") {
        return Some(plan == "dedicated" || plan == DEDICATED_PLAN);
    }
    match get(f, "regions") {
        Some(Value::Object(_)) => return Some(true),
        Some(Value::Array(_)) => return Some(false),
        _ => {}
    }
    if DEDICATED_ONLY.iter().any(|k| get(f, k).is_some()) {
        Some(true)
    } else if SERVERLESS_ONLY.iter().any(|k| get(f, k).is_some()) {
        Some(false)
    } else {
        None
    }
}

pub(super) fn is_dedicated_plan(plan: &str) -> bool {
    plan == "dedicated"
        || plan.eq_ignore_ascii_case(DEDICATED_PLAN)
        || plan.eq_ignore_ascii_case("DEDICATED")
}

pub(super) fn cluster_of(live: &Live) -> Option<Cluster> {
    serde_json::from_value(live.raw.clone()).ok()
}

/// Checks that take several fields: a plan and its regions, fields of the other kind of hardware.
pub(super) fn check(f: &Fields) -> Vec<(Option<&'static str>, String)> {
    let mut out = Vec::new();
    let Some(is_dedicated) = dedicated(f) else {
        return out;
    };
    match (str_of(f, "plan"), get(f, "regions")) {
        (Some(_), Some(Value::Array(_))) if is_dedicated => out.push((
            Some("regions"),
            "a dedicated cluster gives its regions as a table of region = node count, like { us-east1 = 3 }".into(),
        )),
        (Some(_), Some(Value::Object(_))) if !is_dedicated => out.push((
            Some("regions"),
            "a serverless cluster gives its regions as a list, like [\"us-east1\"]".into(),
        )),
        _ => {}
    }
    let (theirs, kind): (&[&str], _) = if is_dedicated {
        (&SERVERLESS_ONLY, "serverless (BASIC and STANDARD)")
    } else {
        (&DEDICATED_ONLY, "dedicated (ADVANCED)")
    };
    for key in theirs {
        if let Some((k, _)) = f.iter().find(|(k, _)| k == key) {
            out.push((Some(*k), format!("{k} applies to {kind} clusters only")));
        }
    }
    if let (Some(p), Some(Value::Array(regions))) = (str_of(f, "primary_region"), get(f, "regions"))
        && !regions.iter().any(|r| r.as_str() == Some(p.as_str()))
    {
        out.push((
            Some("primary_region"),
            format!("{p} is not one of the regions"),
        ));
    }
    out
}

/// The fields of a live cluster, in the file's form (its folder as a path, from `catalog`).
pub(super) fn observe(live: &Live, catalog: &Catalog) -> Fields {
    let r = &live.raw;
    let is_dedicated = cluster_of(live).is_some_and(|c| c.is_dedicated());
    let regions = r["regions"].as_array().cloned().unwrap_or_default();
    let dedicated_hw = &r["config"]["dedicated"];
    let limits = &r["config"]["serverless"]["usage_limits"];
    let mut out: Fields = Vec::new();
    for field in FIELDS {
        let v = match field.key {
            "provider" => at(r, "cloud_provider"),
            "plan" => at(r, "plan"),
            "regions" if is_dedicated => Value::Object(
                regions
                    .iter()
                    .filter_map(|g| {
                        Some((g["name"].as_str()?.to_string(), num(g.get("node_count"))))
                    })
                    .collect::<Map<_, _>>(),
            ),
            "regions" => json!(
                regions
                    .iter()
                    .filter_map(|g| g["name"].as_str())
                    .collect::<Vec<_>>()
            ),
            "primary_region" if !is_dedicated => regions
                .iter()
                .find(|g| g["primary"] == true)
                .map_or(Value::Null, |g| g["name"].clone()),
            "vcpus" => num(dedicated_hw.get("num_virtual_cpus")),
            "storage_gib" => num(dedicated_hw.get("storage_gib")),
            "disk_iops" => num(dedicated_hw.get("disk_iops")),
            "version" if is_dedicated => r["cockroach_version"]
                .as_str()
                .map_or(Value::Null, |v| json!(major(v))),
            "request_unit_limit" => num(limits.get("request_unit_limit")),
            "storage_mib_limit" => num(limits.get("storage_mib_limit")),
            "provisioned_vcpus" => num(limits.get("provisioned_virtual_cpus")),
            "upgrade_type" if !is_dedicated => at(r, "config.serverless.upgrade_type"),
            "delete_protection" => r["delete_protection"]
                .as_str()
                .map_or(Value::Null, |p| json!(p == "ENABLED")),
            "labels" => match &r["labels"] {
                Value::Object(m) => json!(m.iter().collect::<BTreeMap<_, _>>()),
                _ => json!({}),
            },
            "folder" => r["parent_id"]
                .as_str()
                .and_then(|p| catalog.path_of(p))
                .map_or(Value::Null, Value::String),
            "upgrade_status" => at(r, "upgrade_status"),
            "cidr_range" if is_dedicated => at(r, "cidr_range")
                .as_str()
                .filter(|c| !c.is_empty())
                .map_or(Value::Null, |c| json!(c)),
            "network_visibility" if is_dedicated => at(r, "network_visibility"),
            _ => Value::Null,
        };
        if !v.is_null() {
            out.push((field.key, v));
        }
    }
    out
}
