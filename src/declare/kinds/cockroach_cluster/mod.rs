//! CockroachDB clusters (`[cockroach.clusters.NAME]`): serverless (BASIC, STANDARD) and dedicated
//! (ADVANCED), every field of the create and update requests, and the cluster's own resources (databases,
//! SQL users, allowlist entries, maintenance window), which wait for it to be CREATED and unlocked.

mod table;

use std::time::Duration;

use serde_json::{Value, json};

use super::{Future, Kind, Scope, changed, wanted_or};
use crate::cockroach::api::clusters::{ClusterChanges, ClusterSpec, NewCluster, UsageLimits};
use crate::cockroach::api::{Api, Cluster};
use crate::declare::fields::{self, Change, Field, rule};
use crate::declare::plan::Diff;
use crate::declare::read::Catalog;
use crate::declare::write::{Run, confirmed};
use crate::declare::{Desired, Fields, KindId, Live, get};
use crate::error::{Error, ExitCode, Result};
use crate::output::to_json;
use crate::wait::Poll;
use table::{
    CRDB, DEDICATED_ONLY, FIELDS, MOVE, SERVERLESS_ONLY, dedicated, is_dedicated_plan, str_of,
    u32_of,
};

pub struct ClusterKind;
pub static CLUSTER: ClusterKind = ClusterKind;

/// Dedicated creation can take an hour or more (NOTES.md); so can scaling.
const CREATE_TIMEOUT: Duration = Duration::from_secs(2 * 3600);
const UPDATE_TIMEOUT: Duration = Duration::from_secs(2 * 3600);
const DELETE_TIMEOUT: Duration = Duration::from_secs(3600);

fn live_of(c: &Cluster) -> Result<Live> {
    Ok(Live {
        id: c.id.clone(),
        name: c.name.clone(),
        raw: to_json(c)?,
    })
}

fn usage_limits(f: &Fields) -> UsageLimits {
    let n = |k: &str| get(f, k).and_then(Value::as_u64);
    UsageLimits {
        request_unit_limit: n("request_unit_limit"),
        storage_mib_limit: n("storage_mib_limit"),
        provisioned_virtual_cpus: n("provisioned_vcpus"),
    }
}

fn region_nodes(v: &Value) -> Vec<(String, u32)> {
    v.as_object()
        .into_iter()
        .flatten()
        .map(|(k, n)| (k.clone(), n.as_u64().unwrap_or(1) as u32))
        .collect()
}

impl ClusterKind {
    /// Polls the cluster until `done` says so; CREATION_FAILED (or DELETED) ends it.
    async fn wait(
        &self,
        api: &Api,
        id: &str,
        what: &str,
        timeout: Duration,
        run: &Run<'_>,
        done: fn(&Cluster) -> std::result::Result<bool, String>,
    ) -> Result<Live> {
        run.until(timeout, what, || async move {
            let c = api.cluster(id).await?;
            if matches!(c.state(), "CREATION_FAILED" | "DELETED") {
                return Ok(Poll::Failed(c.state().to_string()));
            }
            Ok(match done(&c) {
                Ok(true) => Poll::Done(live_of(&c)?),
                Ok(false) => Poll::Pending(c.progress()),
                Err(failed) => Poll::Failed(failed),
            })
        })
        .await
    }

    async fn writable(&self, api: &Api, id: &str, run: &Run<'_>) -> Result<Live> {
        self.wait(
            api,
            id,
            "the cluster to take changes",
            UPDATE_TIMEOUT,
            run,
            |c| Ok(!c.is_busy()),
        )
        .await
    }

    /// Whether the cluster now shows every change (after a write whose outcome was unknown).
    async fn shows(
        &self,
        api: &Api,
        id: &str,
        changes: &[Diff],
        catalog: &Catalog,
    ) -> Result<bool> {
        let live = live_of(&api.cluster(id).await?)?;
        let now = self.observe(&live, catalog);
        Ok(changes
            .iter()
            .all(|c| self.same(c.key, &c.to, get(&now, c.key).unwrap_or(&Value::Null))))
    }
}

/// The regions a declaration adds (all of them, to a new cluster) that the API does not publish for its
/// cloud and hardware, as `dbcloud crdb cluster create --region` checks them; none when the published
/// regions are not known.
fn unpublished_regions(d: &Desired, live: Option<&Live>, catalog: &Catalog) -> Vec<String> {
    let Some(declared) = get(&d.fields, "regions") else {
        return Vec::new();
    };
    let observed = live.map(|l| table::observe(l, catalog)).unwrap_or_default();
    let (Some(provider), Some(is_dedicated)) = (
        str_of(&d.fields, "provider").or_else(|| str_of(&observed, "provider")),
        dedicated(&d.fields),
    ) else {
        return Vec::new();
    };
    let published = catalog.regions_of(&provider, !is_dedicated);
    if published.is_empty() {
        return Vec::new();
    }
    let names = |v: Option<&Value>| -> Vec<String> {
        match v {
            Some(Value::Array(a)) => a
                .iter()
                .filter_map(Value::as_str)
                .map(str::to_string)
                .collect(),
            Some(Value::Object(m)) => m.keys().cloned().collect(),
            _ => Vec::new(),
        }
    };
    let existing = names(get(&observed, "regions"));
    let hardware = if is_dedicated {
        "dedicated"
    } else {
        "serverless"
    };
    names(Some(declared))
        .into_iter()
        .filter(|r| !existing.contains(r) && !published.contains(&r.as_str()))
        .map(|r| {
            format!(
                "region {r} is not a {hardware} region of {provider}; its regions: {}",
                published.join(", ")
            )
        })
        .collect()
}

impl Kind for ClusterKind {
    fn id(&self) -> KindId {
        KindId::Cluster
    }

    fn file_key(&self) -> &'static str {
        "clusters"
    }

    fn fields(&self) -> &'static [Field] {
        FIELDS
    }

    fn children(&self) -> &'static [KindId] {
        &[
            KindId::Database,
            KindId::SqlUser,
            KindId::Allowlist,
            KindId::MaintenanceWindow,
        ]
    }

    fn check_name(&self, name: &str) -> std::result::Result<String, String> {
        crate::spec_values::checked_name(rule(CRDB, "CreateClusterRequest.name"), name)
    }

    fn check(&self, f: &Fields) -> Vec<(Option<&'static str>, String)> {
        table::check(f)
    }

    fn missing_for_create(&self, d: &Desired) -> Vec<String> {
        let f = &d.fields;
        let mut out: Vec<String> = ["provider", "regions"]
            .iter()
            .filter(|k| get(f, k).is_none())
            .map(|k| format!("{k} is needed to create it"))
            .collect();
        if dedicated(f) == Some(true) {
            for k in ["vcpus", "storage_gib"] {
                if get(f, k).is_none() {
                    out.push(format!("{k} is needed to create a dedicated cluster"));
                }
            }
        }
        out
    }

    fn unknown_references(
        &self,
        d: &Desired,
        live: Option<&Live>,
        catalog: &Catalog,
    ) -> Vec<String> {
        let mut out = Vec::new();
        if let Some(f) = str_of(&d.fields, "folder")
            && catalog.id_of(&f).is_none()
        {
            out.push(format!(
                "folder {f} does not exist; create it with `dbcloud crdb folder create`"
            ));
        }
        out.extend(unpublished_regions(d, live, catalog));
        out
    }

    fn observe(&self, live: &Live, catalog: &Catalog) -> Fields {
        table::observe(live, catalog)
    }

    fn export(&self, observed: Fields) -> Fields {
        // The upgrade status is an action (FINALIZED finalizes an upgrade), not something to pin.
        observed
            .into_iter()
            .filter(|(k, _)| *k != "upgrade_status")
            .filter(|(k, _)| {
                fields::find(FIELDS, k)
                    .is_some_and(|f| matches!(f.change, Change::Update | Change::Fixed(_)))
            })
            .collect()
    }

    fn same(&self, key: &str, want: &Value, have: &Value) -> bool {
        match (key, want, have) {
            ("plan", Value::String(w), Value::String(h)) => match w.as_str() {
                "serverless" => !is_dedicated_plan(h),
                "dedicated" => is_dedicated_plan(h),
                _ => w.eq_ignore_ascii_case(h),
            },
            // Serverless regions are a set; the first is the primary only when none is named.
            ("regions", Value::Array(w), Value::Array(h)) => {
                w.len() == h.len() && w.iter().all(|r| h.contains(r))
            }
            _ => fields::same(want, have),
        }
    }

    fn refuse(&self, key: &str, from: &Value, to: &Value) -> Option<String> {
        match key {
            "plan" => {
                let (f, t) = (from.as_str()?, to.as_str()?);
                (is_dedicated_plan(f) != is_dedicated_plan(t)).then(|| MOVE.to_string())
            }
            "regions" => match (from, to) {
                (Value::Array(f), Value::Array(t)) => f.iter().find(|r| !t.contains(r)).map(|r| {
                    format!(
                        "region {} cannot be removed from a serverless cluster",
                        r.as_str().unwrap_or_default()
                    )
                }),
                (Value::Object(_), Value::Object(_)) => None,
                (Value::Null, _) => None,
                _ => Some(MOVE.to_string()),
            },
            "provider" | "cidr_range" | "network_visibility" => {
                fields::find(FIELDS, key).and_then(|f| match f.change {
                    Change::Fixed(reason) => Some(reason.to_string()),
                    _ => None,
                })
            }
            _ => None,
        }
    }

    fn refuse_on(&self, key: &str, _wanted: &Fields, observed: &Fields) -> Option<String> {
        // The hardware is the live cluster's (a move is refused on its own, as a change of `plan`).
        let plan = str_of(observed, "plan")?;
        let (theirs, kind) = if is_dedicated_plan(&plan) {
            (&SERVERLESS_ONLY[..], "serverless (BASIC and STANDARD)")
        } else {
            (&DEDICATED_ONLY[..], "dedicated (ADVANCED)")
        };
        theirs
            .contains(&key)
            .then(|| format!("applies to {kind} clusters only, and this one is {plan}"))
    }

    fn list<'a>(&'a self, at: Scope<'a>) -> Future<'a, Vec<Live>> {
        Box::pin(async move {
            let api = at.conn.cockroach()?;
            api.clusters(false, None)
                .await?
                .iter()
                .filter(|c| c.state() != "DELETED")
                .map(live_of)
                .collect()
        })
    }

    fn create<'a>(&'a self, at: Scope<'a>, d: &'a Desired, run: &'a Run<'a>) -> Future<'a, Live> {
        Box::pin(async move {
            let api = at.conn.cockroach()?;
            let f = &d.fields;
            let plan = str_of(f, "plan").filter(|p| p != "serverless" && p != "dedicated");
            let spec = if dedicated(f) == Some(true) {
                ClusterSpec::Dedicated {
                    region_nodes: region_nodes(get(f, "regions").unwrap_or(&Value::Null)),
                    vcpus: u32_of(f, "vcpus").unwrap_or_default(),
                    storage_gib: u32_of(f, "storage_gib").unwrap_or_default(),
                    disk_iops: u32_of(f, "disk_iops"),
                    version: str_of(f, "version"),
                    cidr_range: str_of(f, "cidr_range"),
                    network_visibility: str_of(f, "network_visibility"),
                    restrict_egress_traffic: get(f, "restrict_egress_traffic")
                        == Some(&json!(true)),
                }
            } else {
                let regions = fields::strings(get(f, "regions"));
                ClusterSpec::Serverless {
                    primary_region: str_of(f, "primary_region")
                        .or_else(|| (regions.len() > 1).then(|| regions[0].clone())),
                    regions,
                    usage_limits: usage_limits(f),
                    upgrade_type: str_of(f, "upgrade_type"),
                    with_empty_ip_allowlist: get(f, "with_empty_ip_allowlist")
                        == Some(&json!(true)),
                }
            };
            let parent_id =
                match str_of(f, "folder") {
                    Some(folder) => Some(at.catalog.id_of(&folder).ok_or_else(|| {
                        Error::NotFound(format!("folder {folder} does not exist"))
                    })?),
                    None => None,
                };
            let new = NewCluster {
                name: d.key.name.clone(),
                provider: str_of(f, "provider").unwrap_or_default(),
                plan: plan.map(|p| p.to_ascii_uppercase()).filter(|p| {
                    // "dedicated" hardware is the ADVANCED plan; a serverless plan goes as written.
                    !p.is_empty()
                }),
                spec,
                parent_id,
                labels: get(f, "labels")
                    .and_then(Value::as_object)
                    .map(|m| {
                        m.iter()
                            .map(|(k, v)| (k.clone(), v.as_str().unwrap_or_default().to_string()))
                            .collect()
                    })
                    .unwrap_or_default(),
                delete_protection: get(f, "delete_protection")
                    .and_then(Value::as_bool)
                    .map(|p| if p { "ENABLED" } else { "DISABLED" }.to_string()),
            };
            let name = d.key.name.as_str();
            let find = || async move {
                Ok::<_, Error>(
                    api.clusters(false, None)
                        .await?
                        .into_iter()
                        .find(|c| c.name == name && c.state() != "DELETED"),
                )
            };
            run.say("creating");
            let created = confirmed(
                run,
                || api.create_cluster(&new),
                || async { Ok(find().await?.is_some()) },
            )
            .await?;
            let cluster = match created {
                Some(c) => c,
                None => find().await?.ok_or_else(|| {
                    Error::Failed(format!("cluster {name} was created but cannot be found"))
                })?,
            };
            live_of(&cluster)
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
            let api = at.conn.cockroach()?;
            let observed = self.observe(live, at.catalog);
            let c = |k: &str| changed(changes, k);
            let n = |k: &str| c(k).and_then(Value::as_u64).map(|n| n as u32);
            let s = |k: &str| c(k).and_then(Value::as_str).map(str::to_string);
            let mut body = ClusterChanges {
                vcpus: n("vcpus"),
                storage_gib: n("storage_gib"),
                disk_iops: n("disk_iops"),
                primary_region: s("primary_region"),
                upgrade_type: s("upgrade_type"),
                version: s("version"),
                upgrade_status: s("upgrade_status"),
                // Only between the serverless plans: the hardware cannot change (refused in the plan).
                plan: s("plan").filter(|p| p != "serverless" && p != "dedicated"),
                delete_protection: c("delete_protection")
                    .and_then(Value::as_bool)
                    .map(|p| if p { "ENABLED" } else { "DISABLED" }.to_string()),
                labels: c("labels").and_then(Value::as_object).map(|m| {
                    m.iter()
                        .map(|(k, v)| (k.clone(), v.as_str().unwrap_or_default().to_string()))
                        .collect()
                }),
                ..ClusterChanges::default()
            };
            for key in [
                "request_unit_limit",
                "storage_mib_limit",
                "provisioned_vcpus",
            ] {
                if c(key).is_some() {
                    body.usage_limits = usage_limits(&d.fields);
                }
            }
            match c("regions") {
                Some(Value::Object(_)) => {
                    body.region_nodes = Some(region_nodes(c("regions").unwrap_or(&Value::Null)))
                }
                Some(Value::Array(_)) => {
                    // The live order first (the API replaces the list), then the new regions.
                    let mut regions = fields::strings(get(&observed, "regions"));
                    for r in fields::strings(c("regions")) {
                        if !regions.contains(&r) {
                            regions.push(r);
                        }
                    }
                    body.serverless_regions = Some(regions);
                    if body.primary_region.is_none() {
                        body.primary_region = wanted_or(d, &observed, "primary_region")
                            .as_str()
                            .map(str::to_string);
                    }
                }
                _ => {}
            }
            if let Some(folder) = s("folder") {
                body.parent_id =
                    Some(at.catalog.id_of(&folder).ok_or_else(|| {
                        Error::NotFound(format!("folder {folder} does not exist"))
                    })?);
            }
            if live.raw["state"].as_str().is_some_and(|s| s != "CREATED") {
                self.writable(api, &live.id, run).await?;
            }
            run.say("updating");
            confirmed(
                run,
                || async {
                    api.update_cluster(&live.id, &body)
                        .await
                        .map_err(crate::cockroach::waits::explain_locked)
                },
                || self.shows(api, &live.id, changes, at.catalog),
            )
            .await?;
            Ok(())
        })
    }

    fn delete<'a>(&'a self, at: Scope<'a>, live: &'a Live, run: &'a Run<'a>) -> Future<'a, ()> {
        Box::pin(async move {
            let api = at.conn.cockroach()?;
            let id = live.id.as_str();
            if live.raw["state"] == "LOCKED" {
                self.writable(api, id, run).await?;
            }
            run.say("deleting");
            let gone = || async move {
                match api.cluster(id).await {
                    Ok(c) => Ok(c.state() == "DELETED"),
                    Err(e) if e.exit_code() == ExitCode::NotFound => Ok(true),
                    Err(e) => Err(e),
                }
            };
            confirmed(run, || api.delete_cluster(id), gone).await?;
            if run.wait {
                run.until(DELETE_TIMEOUT, "the cluster to be deleted", || async move {
                    Ok(if gone().await? {
                        Poll::Done(())
                    } else {
                        Poll::Pending("deleting".into())
                    })
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
        _d: &'a Desired,
        run: &'a Run<'a>,
    ) -> Future<'a, ()> {
        Box::pin(async move {
            let api = at.conn.cockroach()?;
            self.wait(
                api,
                &live.id,
                "the cluster to be CREATED and unlocked",
                CREATE_TIMEOUT,
                run,
                |c| {
                    let op = c.operation_status();
                    if op.ends_with("_FAILED") {
                        return Err(c.progress());
                    }
                    Ok(c.state() == "CREATED" && !op.ends_with("_RUNNING"))
                },
            )
            .await
            .map(drop)
        })
    }

    fn ready_for_children<'a>(
        &'a self,
        at: Scope<'a>,
        live: &'a Live,
        run: &'a Run<'a>,
    ) -> Future<'a, Live> {
        Box::pin(async move {
            let api = at.conn.cockroach()?;
            // Read again: a change just sent may have locked it.
            self.wait(
                api,
                &live.id,
                "the cluster to be CREATED and unlocked",
                CREATE_TIMEOUT,
                run,
                |c| Ok(!c.is_busy()),
            )
            .await
        })
    }
}

#[cfg(test)]
mod tests {
    use super::table::{major, plan_value, regions_value};
    use super::*;

    #[test]
    fn plans_and_regions() {
        assert_eq!(plan_value(&json!("Dedicated")).unwrap(), json!("dedicated"));
        assert_eq!(plan_value(&json!("basic")).unwrap(), json!("BASIC"));
        assert!(plan_value(&json!("huge")).unwrap_err().contains("ADVANCED"));
        assert_eq!(
            regions_value(&json!({"us-east1": 3})).unwrap(),
            json!({"us-east1": 3})
        );
        assert!(regions_value(&json!({"us-east1": 0})).is_err());
        assert!(regions_value(&json!(["a", "a"])).is_err());
        assert!(regions_value(&json!([])).is_err());
        assert_eq!(major("v24.3.8"), "v24.3");
        assert!(CLUSTER.same("plan", &json!("serverless"), &json!("STANDARD")));
        assert!(!CLUSTER.same("plan", &json!("dedicated"), &json!("BASIC")));
        assert_eq!(
            CLUSTER
                .refuse("plan", &json!("BASIC"), &json!("dedicated"))
                .as_deref(),
            Some(MOVE)
        );
        assert_eq!(
            CLUSTER.refuse("plan", &json!("BASIC"), &json!("STANDARD")),
            None
        );
        assert!(
            CLUSTER
                .refuse("regions", &json!(["a", "b"]), &json!(["a"]))
                .unwrap()
                .contains("region b cannot be removed")
        );
    }

    #[test]
    fn the_live_hardware_judges_the_fields_of_the_other() {
        let serverless: Fields = vec![("plan", json!("STANDARD"))];
        let dedicated: Fields = vec![("plan", json!("ADVANCED"))];
        let none = Fields::new();
        assert!(
            CLUSTER
                .refuse_on("vcpus", &none, &serverless)
                .unwrap()
                .contains("dedicated (ADVANCED) clusters only, and this one is STANDARD")
        );
        assert_eq!(CLUSTER.refuse_on("vcpus", &none, &dedicated), None);
        assert!(
            CLUSTER
                .refuse_on("provisioned_vcpus", &none, &dedicated)
                .is_some()
        );
        assert_eq!(
            CLUSTER.refuse_on("provisioned_vcpus", &none, &serverless),
            None
        );
        assert_eq!(CLUSTER.refuse_on("labels", &none, &serverless), None);
    }

    #[test]
    fn kinds_of_hardware_take_their_own_fields() {
        let f: Fields = vec![
            ("plan", json!("dedicated")),
            ("regions", json!(["us-east1"])),
        ];
        assert_eq!(CLUSTER.check(&f).len(), 1);
        let f: Fields = vec![("regions", json!(["us-east1"])), ("vcpus", json!(4))];
        let problems = CLUSTER.check(&f);
        assert!(
            problems[0].1.contains("vcpus applies to dedicated"),
            "{problems:?}"
        );
        let f: Fields = vec![("regions", json!({"us-east1": 3})), ("vcpus", json!(4))];
        assert!(CLUSTER.check(&f).is_empty());
    }
}
