//! ClickHouse services (`[clickhouse.services.NAME]`): every field of the current create, update
//! (`ServicePatchRequest`) and per-replica scaling requests, the deprecated total memory, the IP access list,
//! and running or stopped. A service is created with all it can carry; on an update it is started first
//! when it is to run, so it runs before it is scaled, and stopped last when it is to stop.

use std::time::Duration;

use dbcloud_spec::Provider;
use serde_json::{Value, json};

use super::{Future, Kind, Password, Scope, changed, wanted_or};
use crate::clickhouse::api::{
    AddRemove, Api, EndpointChange, IpAccessEntry, NewService, ReplicaScaling, ServicePatch,
    StateCommand, Tag, TotalScaling,
};
use crate::declare::fields::{self, Change, Field, Ty, at, num, rule, sorted, strings};
use crate::declare::plan::Diff;
use crate::declare::read::Catalog;
use crate::declare::write::{Run, confirmed, unknown_outcome};
use crate::declare::{Desired, Fields, KindId, Live, get};
use crate::error::{Error, Result};
use crate::output::to_json;
use crate::wait::Poll;

pub struct Service;
pub static SERVICE: Service = Service;

const CH: Provider = Provider::ClickHouse;
/// Creation takes minutes; a restore from a backup far longer (NOTES.md).
const CREATE_TIMEOUT: Duration = Duration::from_secs(30 * 60);
const RESTORE_TIMEOUT: Duration = Duration::from_secs(2 * 60 * 60);
const CHANGE_TIMEOUT: Duration = Duration::from_secs(20 * 60);
/// How long a DELETE refused with 409 right after a stop is retried.
const DELETE_RETRY_WINDOW: Duration = Duration::from_secs(5 * 60);

const FIELDS: &[Field] = &[
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
const REPLICA_FIELDS: [(&str, &str); 8] = [
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
const PATCH_FIELDS: [&str; 7] = [
    "ip_access",
    "private_endpoint_ids",
    "release_channel",
    "tags",
    "endpoints",
    "core_dumps",
    "transparent_data_encryption_key_id",
];

fn ip_item(s: &str) -> std::result::Result<String, String> {
    let e = crate::clickhouse::commands::ip_entry(s)?;
    Ok(ip_text(&e))
}

fn ip_text(e: &IpAccessEntry) -> String {
    match &e.description {
        Some(d) if !d.is_empty() => format!("{}={d}", e.source),
        _ => e.source.clone(),
    }
}

fn tag_item(s: &str) -> std::result::Result<String, String> {
    crate::clickhouse::commands::tag(s).map(|t| tag_text(&t))
}

fn tag_text(t: &Tag) -> String {
    match &t.value {
        Some(v) => format!("{}={v}", t.key),
        None => t.key.clone(),
    }
}

fn endpoint_item(s: &str) -> std::result::Result<String, String> {
    rule(CH, "ServiceEndpointChange.protocol")
        .parse_value(s)
        .map(str::to_string)
}

fn state_value(v: &Value) -> std::result::Result<Value, String> {
    let s = fields::string(v)?;
    match s.trim().to_ascii_lowercase().as_str() {
        "running" => Ok(json!("running")),
        "stopped" => Ok(json!("stopped")),
        _ => Err(format!("'{s}' is not allowed; allowed: running, stopped")),
    }
}

fn uuid_value(v: &Value) -> std::result::Result<Value, String> {
    crate::validate::uuid(&fields::string(v)?).map(Value::String)
}

/// The state as the file says it: a service on its way up (or idling) is running, one stopping is stopped.
fn file_state(state: &str) -> &str {
    match state {
        "running" | "idle" | "starting" | "provisioning" | "awaking" | "partially_running"
        | "degraded" => "running",
        "stopped" | "stopping" => "stopped",
        other => other,
    }
}

/// Deleted, or on its way out: as good as gone.
fn going(state: &str) -> bool {
    matches!(
        state,
        "terminating" | "terminated" | "softdeleting" | "softdeleted" | "deleted"
    )
}

/// On its way up: it cannot be stopped or scaled before it runs.
fn coming_up(state: &str) -> bool {
    matches!(state, "provisioning" | "starting" | "awaking")
}

fn u32_of(fields: &Fields, key: &str) -> Option<u32> {
    get(fields, key).and_then(Value::as_u64).map(|n| n as u32)
}

fn str_of(fields: &Fields, key: &str) -> Option<String> {
    get(fields, key).and_then(Value::as_str).map(str::to_string)
}

fn bool_of(fields: &Fields, key: &str) -> Option<bool> {
    get(fields, key).and_then(Value::as_bool)
}

fn entries(value: Option<&Value>) -> Vec<IpAccessEntry> {
    strings(value)
        .iter()
        .filter_map(|s| crate::clickhouse::commands::ip_entry(s).ok())
        .collect()
}

fn tags(value: Option<&Value>) -> Vec<Tag> {
    strings(value)
        .iter()
        .filter_map(|s| crate::clickhouse::commands::tag(s).ok())
        .collect()
}

impl Service {
    fn new_service(&self, d: &Desired) -> NewService {
        let f = &d.fields;
        NewService {
            name: d.key.name.clone(),
            provider: str_of(f, "provider").unwrap_or_default(),
            region: str_of(f, "region").unwrap_or_default(),
            tier: str_of(f, "tier"),
            ip_access_list: entries(get(f, "ip_access")),
            scaling: ReplicaScaling {
                min_replica_memory_gb: u32_of(f, "min_replica_memory_gb"),
                max_replica_memory_gb: u32_of(f, "max_replica_memory_gb"),
                autoscaling_mode: str_of(f, "autoscaling_mode"),
                num_replicas: u32_of(f, "num_replicas"),
                min_replicas: u32_of(f, "min_replicas"),
                max_replicas: u32_of(f, "max_replicas"),
                idle_scaling: bool_of(f, "idle_scaling"),
                idle_timeout_minutes: u32_of(f, "idle_timeout_minutes"),
            },
            min_total_memory_gb: u32_of(f, "min_total_memory_gb"),
            max_total_memory_gb: u32_of(f, "max_total_memory_gb"),
            is_readonly: bool_of(f, "readonly"),
            data_warehouse_id: str_of(f, "data_warehouse_id"),
            backup_id: str_of(f, "backup_id"),
            encryption_key: str_of(f, "encryption_key"),
            encryption_assumed_role_identifier: str_of(f, "encryption_role"),
            // Deprecated at creation: attached by an update once the service exists.
            private_endpoint_ids: Vec::new(),
            private_preview_terms_checked: bool_of(f, "accept_private_preview_terms"),
            release_channel: str_of(f, "release_channel"),
            byoc_id: str_of(f, "byoc_id"),
            has_transparent_data_encryption: bool_of(f, "transparent_data_encryption"),
            endpoints: strings(get(f, "endpoints"))
                .into_iter()
                .map(|protocol| EndpointChange {
                    protocol,
                    enabled: true,
                })
                .collect(),
            profile: str_of(f, "instance_profile"),
            compliance_type: str_of(f, "compliance_type"),
            tags: tags(get(f, "tags")),
            enable_core_dumps: bool_of(f, "core_dumps"),
        }
    }

    /// Whether the service now shows every change of `changes` (after a write whose outcome was unknown).
    async fn shows(&self, api: &Api, org: &str, id: &str, changes: &[Diff]) -> Result<bool> {
        let service = api.service(org, id).await?;
        let live = live_of(&service)?;
        let now = self.observe(&live, &Catalog::default());
        Ok(changes
            .iter()
            .all(|c| self.same(c.key, &c.to, get(&now, c.key).unwrap_or(&Value::Null))))
    }

    /// Polls until the service is in one of `states`; `failed` ends it.
    async fn wait_state(
        &self,
        api: &Api,
        org: &str,
        id: &str,
        states: &[&str],
        what: &str,
        timeout: Duration,
        run: &Run<'_>,
    ) -> Result<Live> {
        run.until(timeout, what, || async move {
            let service = api.service(org, id).await?;
            Ok(if states.contains(&service.state.as_str()) {
                Poll::Done(live_of(&service)?)
            } else if service.state == "failed" {
                Poll::Failed(service.state)
            } else {
                Poll::Pending(service.state)
            })
        })
        .await
    }

    /// Sends a start or stop (an unknown outcome is read back from the state).
    async fn change_state(
        &self,
        api: &Api,
        org: &str,
        id: &str,
        command: StateCommand,
        run: &Run<'_>,
    ) -> Result<()> {
        run.say(match command {
            StateCommand::Start => "starting",
            StateCommand::Stop => "stopping",
        });
        let want = match command {
            StateCommand::Start => "running",
            StateCommand::Stop => "stopped",
        };
        confirmed(
            run,
            || api.change_service_state(org, id, command),
            || async move { Ok(file_state(&api.service(org, id).await?.state) == want) },
        )
        .await
        .map(drop)
    }

    /// Sends a `PATCH .../{serviceId}` with the changed fields of `PATCH_FIELDS`.
    async fn patch(
        &self,
        api: &Api,
        org: &str,
        live: &Live,
        changes: &[Diff],
        run: &Run<'_>,
    ) -> Result<()> {
        let mine: Vec<Diff> = changes
            .iter()
            .filter(|c| PATCH_FIELDS.contains(&c.key))
            .cloned()
            .collect();
        if mine.is_empty() {
            return Ok(());
        }
        let patch = service_patch(&live.raw, &mine);
        run.say("updating");
        confirmed(
            run,
            || api.update_service(org, &live.id, &patch),
            || self.shows(api, org, &live.id, &mine),
        )
        .await
        .map(drop)
    }

    /// Sends the scaling changes: per replica (`.../replicaScaling`) and the deprecated total memory.
    async fn scale(
        &self,
        api: &Api,
        org: &str,
        live: &Live,
        d: &Desired,
        changes: &[Diff],
        run: &Run<'_>,
    ) -> Result<()> {
        let observed = self.observe(live, &Catalog::default());
        let replica: Vec<Diff> = changes
            .iter()
            .filter(|c| REPLICA_FIELDS.iter().any(|(k, _)| *k == c.key))
            .cloned()
            .collect();
        if !replica.is_empty() {
            let number = |key: &str| {
                changed(&replica, key)
                    .and_then(Value::as_u64)
                    .map(|n| n as u32)
            };
            // The API takes minReplicas and maxReplicas together.
            let band = changed(&replica, "min_replicas").is_some()
                || changed(&replica, "max_replicas").is_some();
            let both = |key: &str| {
                band.then(|| wanted_or(d, &observed, key))
                    .and_then(|v| v.as_u64())
                    .map(|n| n as u32)
            };
            let body = ReplicaScaling {
                min_replica_memory_gb: number("min_replica_memory_gb"),
                max_replica_memory_gb: number("max_replica_memory_gb"),
                autoscaling_mode: changed(&replica, "autoscaling_mode")
                    .and_then(Value::as_str)
                    .map(str::to_string),
                num_replicas: number("num_replicas"),
                min_replicas: both("min_replicas"),
                max_replicas: both("max_replicas"),
                idle_scaling: changed(&replica, "idle_scaling").and_then(Value::as_bool),
                idle_timeout_minutes: number("idle_timeout_minutes"),
            };
            run.say("scaling");
            confirmed(
                run,
                || api.scale_service_replicas(org, &live.id, &body),
                || self.shows(api, org, &live.id, &replica),
            )
            .await?;
        }
        let total: Vec<Diff> = changes
            .iter()
            .filter(|c| c.key.ends_with("_total_memory_gb"))
            .cloned()
            .collect();
        if !total.is_empty() {
            let number = |key: &str| {
                changed(&total, key)
                    .and_then(Value::as_u64)
                    .map(|n| n as u32)
            };
            let body = TotalScaling {
                min_total_memory_gb: number("min_total_memory_gb"),
                max_total_memory_gb: number("max_total_memory_gb"),
                ..TotalScaling::default()
            };
            run.say("scaling (total memory, deprecated by the API)");
            confirmed(
                run,
                || api.scale_service_total(org, &live.id, &body),
                || self.shows(api, org, &live.id, &total),
            )
            .await?;
        }
        Ok(())
    }
}

/// A service as a live resource.
fn live_of(service: &crate::clickhouse::api::Service) -> Result<Live> {
    Ok(Live {
        id: service.id.clone(),
        name: service.name.clone(),
        raw: to_json(service)?,
    })
}

/// The `PATCH .../{serviceId}` body that turns the live service into what `changes` want.
fn service_patch(raw: &Value, changes: &[Diff]) -> ServicePatch {
    let mut patch = ServicePatch::default();
    if let Some(want) = changed(changes, "ip_access") {
        let want = entries(Some(want));
        let have: Vec<IpAccessEntry> = raw["ipAccessList"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|e| serde_json::from_value(e.clone()).ok())
            .collect();
        let same = |a: &IpAccessEntry, b: &IpAccessEntry| ip_text(a) == ip_text(b);
        patch.ip_access_list = AddRemove {
            // Removed first: an entry whose description changes is removed and added again.
            remove: have
                .iter()
                .filter(|h| !want.iter().any(|w| same(w, h)))
                .map(|h| IpAccessEntry {
                    source: h.source.clone(),
                    description: None,
                })
                .collect(),
            add: want
                .iter()
                .filter(|w| !have.iter().any(|h| same(w, h)))
                .cloned()
                .collect(),
        };
    }
    if let Some(want) = changed(changes, "private_endpoint_ids") {
        let want = strings(Some(want));
        let have = strings(raw.get("privateEndpointIds"));
        patch.private_endpoint_ids = AddRemove {
            add: want.iter().filter(|w| !have.contains(w)).cloned().collect(),
            remove: have.iter().filter(|h| !want.contains(h)).cloned().collect(),
        };
    }
    if let Some(want) = changed(changes, "tags") {
        let want = tags(Some(want));
        let have: Vec<Tag> = raw["tags"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|t| serde_json::from_value(t.clone()).ok())
            .collect();
        patch.tags = AddRemove {
            remove: have
                .iter()
                .filter(|h| !want.contains(h))
                .map(|h| Tag {
                    key: h.key.clone(),
                    value: None,
                })
                .collect(),
            add: want.iter().filter(|w| !have.contains(w)).cloned().collect(),
        };
    }
    if let Some(want) = changed(changes, "endpoints") {
        let want = strings(Some(want));
        let have = live_endpoints(raw);
        for protocol in rule(CH, "ServiceEndpointChange.protocol").values {
            let on = want.iter().any(|w| w == protocol);
            if on != have.iter().any(|h| h == protocol) {
                patch.endpoints.push(EndpointChange {
                    protocol: protocol.to_string(),
                    enabled: on,
                });
            }
        }
    }
    patch.release_channel = changed(changes, "release_channel")
        .and_then(Value::as_str)
        .map(str::to_string);
    patch.enable_core_dumps = changed(changes, "core_dumps").and_then(Value::as_bool);
    patch.transparent_data_encryption_key_id =
        changed(changes, "transparent_data_encryption_key_id")
            .and_then(Value::as_str)
            .map(str::to_string);
    patch
}

/// The optional endpoints a service has enabled (those `ServiceEndpointChange` can turn on: MySQL).
fn live_endpoints(raw: &Value) -> Vec<String> {
    let optional = rule(CH, "ServiceEndpointChange.protocol").values;
    raw["endpoints"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|e| e["protocol"].as_str())
        .filter(|p| optional.contains(p))
        .map(str::to_string)
        .collect()
}

impl Kind for Service {
    fn id(&self) -> KindId {
        KindId::Service
    }

    fn file_key(&self) -> &'static str {
        "services"
    }

    fn fields(&self) -> &'static [Field] {
        FIELDS
    }

    fn check_name(&self, name: &str) -> std::result::Result<String, String> {
        let name = crate::validate::name(name)?;
        rule(CH, "ServicePostRequest.name").check_length(&name)?;
        Ok(name)
    }

    fn password(&self) -> Password {
        Password::Write
    }

    fn check(&self, f: &Fields) -> Vec<(Option<&'static str>, String)> {
        let mut out = Vec::new();
        if let (Some(p), Some(r)) = (str_of(f, "provider"), str_of(f, "region"))
            && let Err(e) = crate::clickhouse::commands::check_region(
                &p,
                &r,
                "region",
                "ServicePostRequest.region",
            )
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
        let total =
            get(f, "min_total_memory_gb").is_some() || get(f, "max_total_memory_gb").is_some();
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
                "memory fields apply to production services; development services have a fixed size".into(),
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

    fn missing_for_create(&self, d: &Desired) -> Vec<String> {
        ["provider", "region"]
            .iter()
            .filter(|k| get(&d.fields, k).is_none())
            .map(|k| format!("{k} is needed to create it"))
            .collect()
    }

    fn observe(&self, live: &Live, _: &Catalog) -> Fields {
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

    fn export(&self, observed: Fields) -> Fields {
        // What a new service needs and what changes in place; the scaling of its mode (a fixed count or a
        // band of replicas), not the deprecated total memory.
        let horizontal = get(&observed, "autoscaling_mode") == Some(&json!("horizontal"));
        let skip: &[&str] = if horizontal {
            &["num_replicas"]
        } else {
            &["min_replicas", "max_replicas"]
        };
        observed
            .into_iter()
            .filter(|(k, _)| {
                !skip.contains(k)
                    && (matches!(*k, "provider" | "region")
                        || (fields::find(FIELDS, k).is_some_and(|f| f.change == Change::Update)
                            && !k.ends_with("_total_memory_gb")))
            })
            .collect()
    }

    fn list<'a>(&'a self, at: Scope<'a>) -> Future<'a, Vec<Live>> {
        Box::pin(async move {
            let (api, org) = at.conn.clickhouse()?;
            api.services(org)
                .await?
                .iter()
                .filter(|s| !going(&s.state))
                .map(live_of)
                .collect()
        })
    }

    fn create<'a>(&'a self, at: Scope<'a>, d: &'a Desired, run: &'a Run<'a>) -> Future<'a, Live> {
        Box::pin(async move {
            let (api, org) = at.conn.clickhouse()?;
            let spec = self.new_service(d);
            let name = d.key.name.as_str();
            let find = || async move {
                Ok::<_, Error>(
                    api.services(org)
                        .await?
                        .into_iter()
                        .find(|s| s.name == name && !going(&s.state)),
                )
            };
            run.say("creating");
            let created = confirmed(
                run,
                || api.create_service(org, &spec),
                || async { Ok(find().await?.is_some()) },
            )
            .await?;
            let file = run.password_file.borrow_mut().take();
            let mut live = match created {
                Some(mut created) => {
                    match (file, created.password.take()) {
                        (Some(file), Some(password)) => {
                            let path = file.path().display().to_string();
                            file.write(&password)?;
                            run.say(&format!("created; password written to {path}"));
                        }
                        (Some(_), None) => run.note(&format!(
                            "warning: the API returned no password for service {name}"
                        )),
                        (None, Some(_)) => run.note(&format!(
                            "note: service {name} has no password_file, so its password was not kept; set one with `dbcloud ch service reset-password {name}`"
                        )),
                        (None, None) => {}
                    }
                    live_of(&created.service)?
                }
                None => {
                    run.note(&format!(
                        "warning: the answer to the creation of service {name} was lost, so its password is not known; set one with `dbcloud ch service reset-password {name}`"
                    ));
                    let found = find().await?.ok_or_else(|| {
                        Error::Failed(format!("service {name} was created but cannot be found"))
                    })?;
                    live_of(&found)?
                }
            };
            // What a create cannot carry: private endpoints (deprecated there), the TDE key, a stop.
            let observed = self.observe(&live, &Catalog::default());
            let later: Vec<Diff> = ["private_endpoint_ids", "transparent_data_encryption_key_id"]
                .iter()
                .filter_map(|k| {
                    let to = get(&d.fields, k)?;
                    let from = get(&observed, k).cloned().unwrap_or(Value::Null);
                    (!self.same(k, to, &from)).then(|| Diff {
                        key: k,
                        from,
                        to: to.clone(),
                    })
                })
                .collect();
            self.patch(api, org, &live, &later, run).await?;
            if str_of(&d.fields, "state").as_deref() == Some("stopped") {
                let timeout = if d.fields.iter().any(|(k, _)| *k == "backup_id") {
                    RESTORE_TIMEOUT
                } else {
                    CREATE_TIMEOUT
                };
                self.wait_state(
                    api,
                    org,
                    &live.id,
                    &["running", "idle"],
                    "running",
                    timeout,
                    run,
                )
                .await?;
                self.change_state(api, org, &live.id, StateCommand::Stop, run)
                    .await?;
                live = live_of(&api.service(org, &live.id).await?)?;
            }
            Ok(live)
        })
    }

    fn update<'a>(
        &'a self,
        at: Scope<'a>,
        live: &'a Live,
        d: &'a Desired,
        changes: &'a [Diff],
        run: &'a Run<'a>,
    ) -> Future<'a, ()> {
        Box::pin(async move {
            let (api, org) = at.conn.clickhouse()?;
            let id = live.id.as_str();
            let state = live.raw["state"].as_str().unwrap_or_default().to_string();
            let target = changed(changes, "state").and_then(Value::as_str);
            let scales = changes.iter().any(|c| {
                REPLICA_FIELDS.iter().any(|(k, _)| *k == c.key)
                    || c.key.ends_with("_total_memory_gb")
            });
            // A service runs before it is scaled: start it first, and let it come up.
            if target == Some("running") {
                self.change_state(api, org, id, StateCommand::Start, run)
                    .await?;
            }
            if scales && (target == Some("running") || coming_up(&state)) {
                self.wait_state(
                    api,
                    org,
                    id,
                    &["running", "idle"],
                    "running",
                    CHANGE_TIMEOUT,
                    run,
                )
                .await?;
            }
            self.patch(api, org, live, changes, run).await?;
            self.scale(api, org, live, d, changes, run).await?;
            if target == Some("stopped") {
                if coming_up(&state) {
                    self.wait_state(
                        api,
                        org,
                        id,
                        &["running", "idle"],
                        "running",
                        CHANGE_TIMEOUT,
                        run,
                    )
                    .await?;
                }
                self.change_state(api, org, id, StateCommand::Stop, run)
                    .await?;
            }
            Ok(())
        })
    }

    fn delete<'a>(&'a self, at: Scope<'a>, live: &'a Live, run: &'a Run<'a>) -> Future<'a, ()> {
        Box::pin(async move {
            let (api, org) = at.conn.clickhouse()?;
            let id = live.id.as_str();
            let state = live.raw["state"].as_str().unwrap_or_default().to_string();
            // Only a stopped (or failed) service can be deleted: a running one is stopped first.
            if !matches!(state.as_str(), "stopped" | "failed") {
                if coming_up(&state) {
                    self.wait_state(
                        api,
                        org,
                        id,
                        &["running", "idle"],
                        "running",
                        CHANGE_TIMEOUT,
                        run,
                    )
                    .await?;
                }
                if state != "stopping" {
                    self.change_state(api, org, id, StateCommand::Stop, run)
                        .await?;
                }
                self.wait_state(api, org, id, &["stopped"], "stopped", CHANGE_TIMEOUT, run)
                    .await?;
            }
            run.say("deleting");
            // Just after it stopped, a DELETE may still be refused (409) for a while (NOTES.md).
            run.until(
                DELETE_RETRY_WINDOW,
                "the service to accept deletion",
                || async move {
                    match api.delete_service(org, id).await {
                        Ok(()) => Ok(Poll::Done(())),
                        Err(e) if e.status() == Some(409) => {
                            Ok(Poll::Pending("stopped, deletion refused for now".into()))
                        }
                        Err(e) if unknown_outcome(&e) => match api.service(org, id).await {
                            Ok(s) if going(&s.state) => Ok(Poll::Done(())),
                            Ok(_) => Ok(Poll::Pending(format!("trying again ({e})"))),
                            Err(gone) if gone.status() == Some(404) => Ok(Poll::Done(())),
                            Err(other) => Err(other),
                        },
                        Err(e) => Err(e),
                    }
                },
            )
            .await?;
            if run.wait {
                run.until(CHANGE_TIMEOUT, "the service to be gone", || async move {
                    match api.service(org, id).await {
                        Ok(s) if matches!(s.state.as_str(), "terminated" | "softdeleted") => {
                            Ok(Poll::Done(()))
                        }
                        Ok(s) => Ok(Poll::Pending(s.state)),
                        Err(e) if e.status() == Some(404) => Ok(Poll::Done(())),
                        Err(e) => Err(e),
                    }
                })
                .await?;
            }
            Ok(())
        })
    }

    fn settle<'a>(
        &'a self,
        at: Scope<'a>,
        live: &'a Live,
        d: &'a Desired,
        run: &'a Run<'a>,
    ) -> Future<'a, ()> {
        Box::pin(async move {
            let (api, org) = at.conn.clickhouse()?;
            let (states, what): (&[&str], _) = match str_of(&d.fields, "state").as_deref() {
                Some("stopped") => (&["stopped"], "stopped"),
                _ => (&["running", "idle"], "running"),
            };
            self.wait_state(api, org, &live.id, states, what, CREATE_TIMEOUT, run)
                .await
                .map(drop)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn diff(key: &'static str, to: Value) -> Diff {
        Diff {
            key,
            from: Value::Null,
            to,
        }
    }

    #[test]
    fn patches_carry_only_the_differences() {
        let raw = json!({
            "ipAccessList": [{"source": "10.0.0.0/8", "description": "old"}, {"source": "203.0.113.7"}],
            "tags": [{"key": "team", "value": "a"}, {"key": "env"}],
            "endpoints": [{"protocol": "https"}, {"protocol": "mysql"}],
            "privateEndpointIds": ["a"]
        });
        let patch = service_patch(
            &raw,
            &[
                diff("ip_access", json!(["10.0.0.0/8=new", "203.0.113.7"])),
                diff("tags", json!(["env", "team=b"])),
                diff("endpoints", json!([])),
                diff("private_endpoint_ids", json!(["b"])),
            ],
        );
        assert_eq!(
            to_json(&patch).unwrap(),
            json!({
                "ipAccessList": {"add": [{"source": "10.0.0.0/8", "description": "new"}],
                                 "remove": [{"source": "10.0.0.0/8"}]},
                "privateEndpointIds": {"add": ["b"], "remove": ["a"]},
                "endpoints": [{"protocol": "mysql", "enabled": false}],
                "tags": {"add": [{"key": "team", "value": "b"}], "remove": [{"key": "team"}]}
            })
        );
    }

    #[test]
    fn a_live_service_in_the_files_form() {
        let live = Live {
            id: "i".into(),
            name: "web".into(),
            raw: json!({"provider": "aws", "region": "us-east-1", "state": "provisioning",
                "minReplicaMemoryGb": 16.0, "numReplicas": 2, "autoscalingMode": "vertical",
                "ipAccessList": [{"source": "203.0.113.0/24", "description": "office"}],
                "tags": [], "endpoints": [{"protocol": "https"}], "isReadonly": false}),
        };
        let f = SERVICE.observe(&live, &Catalog::default());
        assert_eq!(get(&f, "state"), Some(&json!("running")));
        assert_eq!(get(&f, "min_replica_memory_gb"), Some(&json!(16)));
        assert_eq!(get(&f, "min_replicas"), Some(&json!(2)));
        assert_eq!(
            get(&f, "ip_access"),
            Some(&json!(["203.0.113.0/24=office"]))
        );
        assert_eq!(get(&f, "endpoints"), Some(&json!([])));
        assert_eq!(get(&f, "tier"), None);
    }
}
