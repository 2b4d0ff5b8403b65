//! ClickHouse services (`[clickhouse.services.NAME]`): every field of the current create, update
//! (`ServicePatchRequest`) and per-replica scaling requests, the deprecated total memory, the IP access list,
//! and running or stopped. A service is created with all it can carry; on an update it is started first
//! when it is to run, so it runs before it is scaled, and stopped last when it is to stop.

mod patch;
mod table;

/// A ClickHouse Postgres service's tags are a service's (`ResourceTagsV1`).
pub(super) use table::{tag_item, tag_text, tags};

use std::time::Duration;

use serde_json::{Value, json};

use super::{Future, Kind, Password, Scope, changed, wanted_or};
use crate::clickhouse::api::{
    Api, EndpointChange, NewService, ReplicaScaling, StateCommand, TotalScaling,
};
use crate::declare::fields::{self, Change, Field, rule, strings};
use crate::declare::plan::Diff;
use crate::declare::read::Catalog;
use crate::declare::write::{Run, confirmed, confirmed_found, unknown_outcome};
use crate::declare::{Desired, Fields, KindId, Live, get};
use crate::error::{Error, Result};
use crate::output::to_json;
use crate::wait::Poll;
use patch::service_patch;
use table::{
    CH, FIELDS, PATCH_FIELDS, REPLICA_FIELDS, bool_of, coming_up, entries, file_state, going,
    str_of, u32_of,
};

pub struct Service;
pub static SERVICE: Service = Service;

/// Creation takes minutes; a restore from a backup far longer (NOTES.md).
const CREATE_TIMEOUT: Duration = Duration::from_secs(30 * 60);
const RESTORE_TIMEOUT: Duration = Duration::from_secs(2 * 60 * 60);
const CHANGE_TIMEOUT: Duration = Duration::from_secs(20 * 60);
/// The states a service is waited into, and how they read in progress lines.
type Target = (&'static [&'static str], &'static str);
const RUNNING: Target = (&["running", "idle"], "running");
const STOPPED: Target = (&["stopped"], "stopped");
/// How long a DELETE refused with 409 right after a stop is retried.
const DELETE_RETRY_WINDOW: Duration = Duration::from_secs(5 * 60);

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

    /// Polls until the service is in one of the target's states; `failed` ends it.
    async fn wait_state(
        &self,
        api: &Api,
        org: &str,
        id: &str,
        (states, what): Target,
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
            StateCommand::Awake => "waking",
        });
        // A file declares `running` or `stopped`; waking an idle service also ends `running`.
        let want = match command {
            StateCommand::Start | StateCommand::Awake => "running",
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
        crate::spec_values::checked_name(rule(CH, "ServicePostRequest.name"), name)
    }

    fn password(&self) -> Password {
        Password::Write
    }

    fn check(&self, f: &Fields) -> Vec<(Option<&'static str>, String)> {
        table::check(f)
    }

    fn missing_for_create(&self, d: &Desired) -> Vec<String> {
        ["provider", "region"]
            .iter()
            .filter(|k| get(&d.fields, k).is_none())
            .map(|k| format!("{k} is needed to create it"))
            .collect()
    }

    fn observe(&self, live: &Live, _: &Catalog) -> Fields {
        table::observe(live)
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
            // A state a file cannot ask for (failed, degraded) is left out.
            .filter(|(k, v)| *k != "state" || v == "running" || v == "stopped")
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
            let created = confirmed_found(run, || api.create_service(org, &spec), find).await?;
            let (what, reset) = (
                format!("service {name}"),
                format!("dbcloud ch service reset-password {name}"),
            );
            let mut live = match created {
                Ok(mut created) => {
                    run.keep_new_password(created.password.take().as_deref(), &what, &reset)?;
                    live_of(&created.service)?
                }
                Err(found) => {
                    if run.wants_password() {
                        // The password was only in the lost answer: a new one, once, into the declared file.
                        let lost = format!("the password of {what}");
                        run.note(&format!(
                            "warning: {lost} was in the lost answer: it is reset once, to a new one"
                        ));
                        let generate = crate::clickhouse::api::PasswordHashes::default();
                        let changed = crate::confirm::repeat(run, &lost, || {
                            api.change_service_password(org, &found.id, &generate)
                        })
                        .await?;
                        run.keep_new_password(changed.password.as_deref(), &what, &reset)?;
                    }
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
                self.wait_state(api, org, &live.id, RUNNING, timeout, run)
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
            // A service runs before it is scaled: start it first (once a stop under way has ended), and
            // let it come up.
            if target == Some("running") {
                if state == "stopping" {
                    self.wait_state(api, org, id, STOPPED, CHANGE_TIMEOUT, run)
                        .await?;
                }
                self.change_state(api, org, id, StateCommand::Start, run)
                    .await?;
            }
            if scales && (target == Some("running") || coming_up(&state)) {
                self.wait_state(api, org, id, RUNNING, CHANGE_TIMEOUT, run)
                    .await?;
            }
            self.patch(api, org, live, changes, run).await?;
            self.scale(api, org, live, d, changes, run).await?;
            if target == Some("stopped") {
                if coming_up(&state) {
                    self.wait_state(api, org, id, RUNNING, CHANGE_TIMEOUT, run)
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
                    self.wait_state(api, org, id, RUNNING, CHANGE_TIMEOUT, run)
                        .await?;
                }
                if state != "stopping" {
                    self.change_state(api, org, id, StateCommand::Stop, run)
                        .await?;
                }
                self.wait_state(api, org, id, STOPPED, CHANGE_TIMEOUT, run)
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
            let target = match str_of(&d.fields, "state").as_deref() {
                Some("stopped") => STOPPED,
                _ => RUNNING,
            };
            self.wait_state(api, org, &live.id, target, CREATE_TIMEOUT, run)
                .await
                .map(drop)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
