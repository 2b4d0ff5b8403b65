//! The fields of a ClickHouse service: what the file may say (checked with the rules of the request
//! fields they become), how a live service shows them, and the checks that take several of them.

use dbcloud_spec::Provider;
use serde_json::{Value, json};

use crate::clickhouse::api::{IpAccessEntry, Tag};
use crate::declare::fields::{self, Change, Field, Ty, at, num, rule, sorted, strings};
use crate::declare::{Fields, Live, get};

use super::patch::live_endpoints;

pub(super) const CH: Provider = Provider::ClickHouse;

pub(super) const FIELDS: &[Field] = &[
    Field {
        key: "provider",
        ty: Ty::Enum(CH, "ServicePostRequest.provider"),
        change: Change::Fixed("a service cannot move to another cloud provider"),
        maps_to: "provider",
    },
    Field {
        key: "region",
        ty: Ty::Enum(CH, "ServicePostRequest.region"),
        change: Change::Fixed("a service cannot move to another region"),
        maps_to: "region",
    },
    Field {
        key: "tier",
        ty: Ty::Enum(CH, "ServicePostRequest.tier"),
        change: Change::Fixed("the tier is chosen at creation (and deprecated by the API)"),
        maps_to: "tier (deprecated)",
    },
    Field {
        key: "min_replica_memory_gb",
        ty: Ty::Whole(
            CH,
            "ServiceReplicaScalingPatchRequest.minReplicaMemoryGb",
            " GiB",
        ),
        change: Change::Update,
        maps_to: "minReplicaMemoryGb",
    },
    Field {
        key: "max_replica_memory_gb",
        ty: Ty::Whole(
            CH,
            "ServiceReplicaScalingPatchRequest.maxReplicaMemoryGb",
            " GiB",
        ),
        change: Change::Update,
        maps_to: "maxReplicaMemoryGb",
    },
    Field {
        key: "num_replicas",
        ty: Ty::Whole(CH, "ServiceReplicaScalingPatchRequest.numReplicas", ""),
        change: Change::Update,
        maps_to: "numReplicas",
    },
    Field {
        key: "min_replicas",
        ty: Ty::Whole(CH, "ServiceReplicaScalingPatchRequest.minReplicas", ""),
        change: Change::Update,
        maps_to: "minReplicas",
    },
    Field {
        key: "max_replicas",
        ty: Ty::Whole(CH, "ServiceReplicaScalingPatchRequest.maxReplicas", ""),
        change: Change::Update,
        maps_to: "maxReplicas",
    },
    Field {
        key: "autoscaling_mode",
        ty: Ty::Enum(CH, "ServiceReplicaScalingPatchRequest.autoscalingMode"),
        change: Change::Update,
        maps_to: "autoscalingMode",
    },
    Field {
        key: "idle_scaling",
        ty: Ty::Bool,
        change: Change::Update,
        maps_to: "idleScaling",
    },
    Field {
        key: "idle_timeout_minutes",
        ty: Ty::Whole(
            CH,
            "ServiceReplicaScalingPatchRequest.idleTimeoutMinutes",
            "",
        ),
        change: Change::Update,
        maps_to: "idleTimeoutMinutes",
    },
    Field {
        key: "min_total_memory_gb",
        ty: Ty::Whole(CH, "ServiceScalingPatchRequest.minTotalMemoryGb", " GiB"),
        change: Change::Update,
        maps_to: "minTotalMemoryGb (deprecated: PATCH .../scaling)",
    },
    Field {
        key: "max_total_memory_gb",
        ty: Ty::Whole(CH, "ServiceScalingPatchRequest.maxTotalMemoryGb", " GiB"),
        change: Change::Update,
        maps_to: "maxTotalMemoryGb (deprecated: PATCH .../scaling)",
    },
    Field {
        key: "ip_access",
        ty: Ty::Strings(ip_item),
        change: Change::Update,
        maps_to: "ipAccessList",
    },
    Field {
        key: "private_endpoint_ids",
        ty: Ty::Strings(crate::validate::name),
        change: Change::Update,
        maps_to: "privateEndpointIds",
    },
    Field {
        key: "release_channel",
        ty: Ty::Enum(CH, "ServicePatchRequest.releaseChannel"),
        change: Change::Update,
        maps_to: "releaseChannel",
    },
    Field {
        key: "tags",
        ty: Ty::Strings(tag_item),
        change: Change::Update,
        maps_to: "tags",
    },
    Field {
        key: "endpoints",
        ty: Ty::Strings(endpoint_item),
        change: Change::Update,
        maps_to: "endpoints",
    },
    Field {
        key: "core_dumps",
        ty: Ty::Bool,
        change: Change::Update,
        maps_to: "enableCoreDumps",
    },
    Field {
        key: "transparent_data_encryption_key_id",
        ty: Ty::Text,
        change: Change::Update,
        maps_to: "transparentDataEncryptionKeyId",
    },
    Field {
        key: "state",
        ty: Ty::Custom(state_value, "\"running\" or \"stopped\""),
        change: Change::Update,
        maps_to: "PATCH .../state start or stop",
    },
    Field {
        key: "instance_profile",
        ty: Ty::Enum(CH, "ServicePostRequest.profile"),
        change: Change::Fixed("the instance profile is chosen at creation"),
        maps_to: "profile",
    },
    Field {
        key: "compliance_type",
        ty: Ty::Enum(CH, "ServicePostRequest.complianceType"),
        change: Change::Fixed("the compliance type is chosen at creation"),
        maps_to: "complianceType",
    },
    Field {
        key: "data_warehouse_id",
        ty: Ty::Text,
        change: Change::Fixed("a service cannot move to another data warehouse"),
        maps_to: "dataWarehouseId",
    },
    Field {
        key: "readonly",
        ty: Ty::Bool,
        change: Change::Fixed("a service is made read-only at creation"),
        maps_to: "isReadonly",
    },
    Field {
        key: "byoc_id",
        ty: Ty::Text,
        change: Change::Fixed("a service cannot move to another BYOC setup"),
        maps_to: "byocId",
    },
    Field {
        key: "encryption_key",
        ty: Ty::Text,
        change: Change::Fixed("the disk encryption key is chosen at creation"),
        maps_to: "encryptionKey",
    },
    Field {
        key: "encryption_role",
        ty: Ty::Text,
        change: Change::Fixed("the encryption role is chosen at creation"),
        maps_to: "encryptionAssumedRoleIdentifier",
    },
    Field {
        key: "transparent_data_encryption",
        ty: Ty::Bool,
        change: Change::Fixed("Transparent Data Encryption is turned on at creation only"),
        maps_to: "hasTransparentDataEncryption",
    },
    Field {
        key: "backup_id",
        ty: Ty::Custom(uuid_value, "a backup ID (UUID)"),
        change: Change::CreateOnly,
        maps_to: "backupId",
    },
    Field {
        key: "accept_private_preview_terms",
        ty: Ty::Bool,
        change: Change::CreateOnly,
        maps_to: "privatePreviewTermsChecked",
    },
    Field {
        key: "password_file",
        ty: Ty::Text,
        change: Change::Local,
        maps_to: "where the new service's password is written",
    },
];

/// The per-replica scaling fields and their names in the API.
pub(super) const REPLICA_FIELDS: [(&str, &str); 8] = [
    ("min_replica_memory_gb", "minReplicaMemoryGb"),
    ("max_replica_memory_gb", "maxReplicaMemoryGb"),
    ("num_replicas", "numReplicas"),
    ("min_replicas", "minReplicas"),
    ("max_replicas", "maxReplicas"),
    ("autoscaling_mode", "autoscalingMode"),
    ("idle_scaling", "idleScaling"),
    ("idle_timeout_minutes", "idleTimeoutMinutes"),
];

/// The fields of `PATCH .../{serviceId}`.
pub(super) const PATCH_FIELDS: [&str; 7] = [
    "ip_access",
    "private_endpoint_ids",
    "release_channel",
    "tags",
    "endpoints",
    "core_dumps",
    "transparent_data_encryption_key_id",
];

pub(super) fn ip_item(s: &str) -> std::result::Result<String, String> {
    let e = crate::clickhouse::commands::ip_entry(s)?;
    Ok(ip_text(&e))
}

pub(super) fn ip_text(e: &IpAccessEntry) -> String {
    match &e.description {
        Some(d) if !d.is_empty() => format!("{}={d}", e.source),
        _ => e.source.clone(),
    }
}

pub(in crate::declare::kinds) fn tag_item(s: &str) -> std::result::Result<String, String> {
    crate::clickhouse::commands::tag(s).map(|t| tag_text(&t))
}

pub(in crate::declare::kinds) fn tag_text(t: &Tag) -> String {
    match &t.value {
        Some(v) => format!("{}={v}", t.key),
        None => t.key.clone(),
    }
}

pub(super) fn endpoint_item(s: &str) -> std::result::Result<String, String> {
    rule(CH, "ServiceEndpointChange.protocol")
        .parse_value(s)
        .map(str::to_string)
}

pub(super) fn state_value(v: &Value) -> std::result::Result<Value, String> {
    let s = fields::string(v)?;
    match s.trim().to_ascii_lowercase().as_str() {
        "running" => Ok(json!("running")),
        "stopped" => Ok(json!("stopped")),
        _ => Err(format!("'{s}' is not allowed; allowed: running, stopped")),
    }
}

pub(super) fn uuid_value(v: &Value) -> std::result::Result<Value, String> {
    crate::validate::uuid(&fields::string(v)?).map(Value::String)
}

/// The state as the file says it: a service on its way up (or idling) is running, one stopping is stopped.
pub(super) fn file_state(state: &str) -> &str {
    match state {
        "running" | "idle" | "starting" | "provisioning" | "awaking" | "partially_running"
        | "degraded" => "running",
        "stopped" | "stopping" => "stopped",
        other => other,
    }
}

/// Deleted, or on its way out: as good as gone.
pub(super) fn going(state: &str) -> bool {
    matches!(
        state,
        "terminating" | "terminated" | "softdeleting" | "softdeleted" | "deleted"
    )
}

/// On its way up: it cannot be stopped or scaled before it runs.
pub(super) fn coming_up(state: &str) -> bool {
    matches!(state, "provisioning" | "starting" | "awaking")
}

pub(super) fn u32_of(fields: &Fields, key: &str) -> Option<u32> {
    get(fields, key).and_then(Value::as_u64).map(|n| n as u32)
}

pub(super) fn str_of(fields: &Fields, key: &str) -> Option<String> {
    get(fields, key).and_then(Value::as_str).map(str::to_string)
}

pub(super) fn bool_of(fields: &Fields, key: &str) -> Option<bool> {
    get(fields, key).and_then(Value::as_bool)
}

pub(super) fn entries(value: Option<&Value>) -> Vec<IpAccessEntry> {
    strings(value)
        .iter()
        .filter_map(|s| crate::clickhouse::commands::ip_entry(s).ok())
        .collect()
}

pub(in crate::declare::kinds) fn tags(value: Option<&Value>) -> Vec<Tag> {
    strings(value)
        .iter()
        .filter_map(|s| crate::clickhouse::commands::tag(s).ok())
        .collect()
}

/// Checks that take several fields: bounds in order, fields that go together or exclude each other.
pub(super) fn check(f: &Fields) -> Vec<(Option<&'static str>, String)> {
    let mut out = Vec::new();
    if let (Some(p), Some(r)) = (str_of(f, "provider"), str_of(f, "region"))
        && let Err(e) =
            crate::clickhouse::commands::check_region(&p, &r, "region", "ServicePostRequest.region")
    {
        out.push((Some("region"), e.to_string()));
    }
    for (min, max) in [
        ("min_replica_memory_gb", "max_replica_memory_gb"),
        ("min_replicas", "max_replicas"),
        ("min_total_memory_gb", "max_total_memory_gb"),
    ] {
        if let (Some(lo), Some(hi)) = (u32_of(f, min), u32_of(f, max))
            && lo > hi
        {
            out.push((Some(min), format!("{min} {lo} is more than {max} {hi}")));
        }
    }
    for (a, b) in [
        ("min_replicas", "max_replicas"),
        ("max_replicas", "min_replicas"),
    ] {
        if get(f, a).is_some() && get(f, b).is_none() {
            out.push((Some(a), format!("{a} goes with {b}: give both")));
        }
    }
    if get(f, "num_replicas").is_some() && get(f, "min_replicas").is_some() {
        out.push((
            Some("num_replicas"),
            "num_replicas (a fixed count) and min_replicas/max_replicas (a band) exclude each other".into(),
        ));
    }
    let total = get(f, "min_total_memory_gb").is_some() || get(f, "max_total_memory_gb").is_some();
    let per_replica = [
        "min_replica_memory_gb",
        "max_replica_memory_gb",
        "min_replicas",
        "max_replicas",
        "autoscaling_mode",
    ]
    .iter()
    .any(|k| get(f, k).is_some());
    if total && per_replica {
        out.push((
            Some("min_total_memory_gb"),
            "the total memory (deprecated) cannot be combined with the per-replica scaling fields; use min_replica_memory_gb and max_replica_memory_gb".into(),
        ));
    }
    let memory = ["min_replica_memory_gb", "max_replica_memory_gb"]
        .iter()
        .any(|k| get(f, k).is_some());
    if str_of(f, "tier").as_deref() == Some("development") && (memory || total) {
        out.push((
            Some("tier"),
            "memory fields apply to production services; development services have a fixed size"
                .into(),
        ));
    }
    if let Some(n) = get(f, "tags").and_then(Value::as_array).map(Vec::len)
        && let Err(e) = rule(CH, "ServicePostRequest.tags").check_items(n)
    {
        out.push((Some("tags"), format!("too many tags: {e}")));
    }
    if bool_of(f, "readonly") == Some(true) && get(f, "data_warehouse_id").is_none() {
        out.push((
            Some("readonly"),
            "a read-only service is created in an existing warehouse: give data_warehouse_id"
                .into(),
        ));
    }
    out
}

/// The fields of a live service, in the file's form.
pub(super) fn observe(live: &Live) -> Fields {
    let r = &live.raw;
    let mut out: Fields = Vec::new();
    for field in FIELDS {
        let v = match field.key {
            "provider" | "region" | "tier" | "autoscaling_mode" | "release_channel" => {
                let api = match field.key {
                    "autoscaling_mode" => "autoscalingMode",
                    "release_channel" => "releaseChannel",
                    k => k,
                };
                at(r, api)
            }
            "min_replicas" => num(r.get("minReplicas").or(r.get("numReplicas"))),
            "max_replicas" => num(r.get("maxReplicas").or(r.get("numReplicas"))),
            "min_total_memory_gb" => num(r.get("minTotalMemoryGb")),
            "max_total_memory_gb" => num(r.get("maxTotalMemoryGb")),
            k if REPLICA_FIELDS.iter().any(|(f, _)| *f == k) => {
                let api = REPLICA_FIELDS
                    .iter()
                    .find(|(f, _)| *f == k)
                    .map(|(_, a)| *a);
                match k {
                    "idle_scaling" => at(r, "idleScaling"),
                    _ => num(api.and_then(|a| r.get(a))),
                }
            }
            "ip_access" => sorted(
                r["ipAccessList"]
                    .as_array()
                    .into_iter()
                    .flatten()
                    .filter_map(|e| serde_json::from_value::<IpAccessEntry>(e.clone()).ok())
                    .map(|e| ip_text(&e)),
            ),
            "private_endpoint_ids" => sorted(strings(r.get("privateEndpointIds"))),
            "tags" => sorted(
                r["tags"]
                    .as_array()
                    .into_iter()
                    .flatten()
                    .filter_map(|t| serde_json::from_value::<Tag>(t.clone()).ok())
                    .map(|t| tag_text(&t)),
            ),
            "endpoints" => sorted(live_endpoints(r)),
            "core_dumps" => at(r, "enableCoreDumps"),
            "transparent_data_encryption_key_id" => at(r, "transparentDataEncryptionKeyId"),
            "state" => r["state"]
                .as_str()
                .map_or(Value::Null, |s| json!(file_state(s))),
            "instance_profile" => at(r, "profile"),
            "compliance_type" => at(r, "complianceType"),
            "data_warehouse_id" => at(r, "dataWarehouseId"),
            "readonly" => at(r, "isReadonly"),
            "byoc_id" => at(r, "byocId"),
            "encryption_key" => at(r, "encryptionKey"),
            "encryption_role" => at(r, "encryptionAssumedRoleIdentifier"),
            "transparent_data_encryption" => at(r, "hasTransparentDataEncryption"),
            _ => Value::Null,
        };
        if !v.is_null() {
            out.push((field.key, v));
        }
    }
    out
}
