//! `dbcloud ch service scale`, and the scaling flags it shares with `create`: per replica (sent to
//! `PATCH .../replicaScaling`), and the deprecated total memory (sent to `PATCH .../scaling`).

use serde_json::Value;

use super::CHANGE_TIMEOUT;
use super::columns::DETAIL_COLUMNS;
use super::waiting::Target;
use crate::clickhouse::api::{ReplicaScaling, Service, TotalScaling};
use crate::clickhouse::commands::{check_range, deprecated};
use crate::clickhouse::find_service;
use crate::confirm;
use crate::context::Ctx;
use crate::error::{Error, Result};
use crate::output::{lookup, to_json};
use crate::spec_values::{ch_enum, ch_gib, ch_u32};
use crate::wait::{self, Poll, WaitArgs};

/// The scaling flags of create and scale. Their ranges are those of the spec's per-replica scaling
/// request (the create request has the same); the total-memory flags those of its deprecated one.
#[derive(clap::Args, Debug)]
pub(super) struct ScalingArgs {
    /// Minimum memory per replica in GiB
    #[arg(long, value_name = "GB",
          value_parser = ch_gib("ServiceReplicaScalingPatchRequest.minReplicaMemoryGb"))]
    pub min_replica_memory_gb: Option<u32>,
    /// Maximum memory per replica in GiB
    #[arg(long, value_name = "GB",
          value_parser = ch_gib("ServiceReplicaScalingPatchRequest.maxReplicaMemoryGb"))]
    pub max_replica_memory_gb: Option<u32>,
    /// A fixed number of replicas (vertical autoscaling)
    #[arg(long, value_name = "N", conflicts_with_all = ["min_replicas", "max_replicas"],
          value_parser = ch_u32("ServiceReplicaScalingPatchRequest.numReplicas"))]
    pub replicas: Option<u32>,
    /// The fewest replicas (horizontal autoscaling; with --max-replicas)
    #[arg(long, value_name = "N", requires = "max_replicas",
          value_parser = ch_u32("ServiceReplicaScalingPatchRequest.minReplicas"))]
    pub min_replicas: Option<u32>,
    /// The most replicas (horizontal autoscaling; with --min-replicas)
    #[arg(long, value_name = "N", requires = "min_replicas",
          value_parser = ch_u32("ServiceReplicaScalingPatchRequest.maxReplicas"))]
    pub max_replicas: Option<u32>,
    /// vertical: a fixed number of replicas whose memory scales; horizontal: a number of replicas that
    /// scales, each with a fixed memory
    #[arg(long, value_name = "MODE",
          value_parser = ch_enum("ServiceReplicaScalingPatchRequest.autoscalingMode"))]
    pub autoscaling_mode: Option<String>,
    /// Let the service scale down to zero when idle
    #[arg(long, value_name = "BOOL", action = clap::ArgAction::Set)]
    pub idle_scaling: Option<bool>,
    /// Minutes of inactivity before idling
    #[arg(long, value_name = "MINUTES",
          value_parser = ch_u32("ServiceReplicaScalingPatchRequest.idleTimeoutMinutes"))]
    pub idle_timeout_minutes: Option<u32>,
    /// Deprecated: minimum total memory in GiB (that of three replicas); use --min-replica-memory-gb
    #[arg(long, value_name = "GB", conflicts_with_all = PER_REPLICA,
          value_parser = ch_gib("ServiceScalingPatchRequest.minTotalMemoryGb"))]
    pub min_memory_gb: Option<u32>,
    /// Deprecated: maximum total memory in GiB (that of three replicas); use --max-replica-memory-gb
    #[arg(long, value_name = "GB", conflicts_with_all = PER_REPLICA,
          value_parser = ch_gib("ServiceScalingPatchRequest.maxTotalMemoryGb"))]
    pub max_memory_gb: Option<u32>,
}

/// The flags the deprecated total-memory request cannot carry.
const PER_REPLICA: [&str; 5] = [
    "min_replica_memory_gb",
    "max_replica_memory_gb",
    "min_replicas",
    "max_replicas",
    "autoscaling_mode",
];

impl ScalingArgs {
    /// Whether the deprecated total-memory flags are used.
    pub fn total(&self) -> bool {
        self.min_memory_gb.is_some() || self.max_memory_gb.is_some()
    }

    pub fn sets_memory(&self) -> bool {
        self.total() || self.min_replica_memory_gb.is_some() || self.max_replica_memory_gb.is_some()
    }

    /// Bounds given together must be in order.
    pub fn check(&self) -> Result<()> {
        check_range(
            self.min_replica_memory_gb,
            self.max_replica_memory_gb,
            "--min-replica-memory-gb",
            "--max-replica-memory-gb",
        )?;
        check_range(
            self.min_replicas,
            self.max_replicas,
            "--min-replicas",
            "--max-replicas",
        )?;
        check_range(
            self.min_memory_gb,
            self.max_memory_gb,
            "--min-memory-gb",
            "--max-memory-gb",
        )
    }

    /// A one-line note on stderr when the deprecated total-memory flags are used.
    pub fn note_deprecated(&self, ctx: &Ctx) {
        if self.total() {
            deprecated(
                ctx,
                "total memory (--min-memory-gb, --max-memory-gb)",
                "memory per replica: --min-replica-memory-gb and --max-replica-memory-gb",
            );
        }
    }

    pub fn to_replica_scaling(&self) -> ReplicaScaling {
        ReplicaScaling {
            min_replica_memory_gb: self.min_replica_memory_gb,
            max_replica_memory_gb: self.max_replica_memory_gb,
            autoscaling_mode: self.autoscaling_mode.clone(),
            num_replicas: self.replicas,
            min_replicas: self.min_replicas,
            max_replicas: self.max_replicas,
            idle_scaling: self.idle_scaling,
            idle_timeout_minutes: self.idle_timeout_minutes,
        }
    }

    fn to_total_scaling(&self) -> TotalScaling {
        TotalScaling {
            min_total_memory_gb: self.min_memory_gb,
            max_total_memory_gb: self.max_memory_gb,
            num_replicas: self.replicas,
            idle_scaling: self.idle_scaling,
            idle_timeout_minutes: self.idle_timeout_minutes,
        }
    }
}

#[derive(clap::Args, Debug)]
#[command(group = clap::ArgGroup::new("change").required(true).multiple(true)
    .args(["min_replica_memory_gb", "max_replica_memory_gb", "replicas", "min_replicas", "max_replicas",
           "autoscaling_mode", "idle_scaling", "idle_timeout_minutes", "min_memory_gb", "max_memory_gb"]))]
pub(super) struct ScaleArgs {
    /// Service ID or exact name
    pub service: String,
    #[command(flatten)]
    pub scaling: ScalingArgs,
    #[command(flatten)]
    pub wait: WaitArgs,
}

/// A value the scaling request set, and where a service shows it: the first of `fields` the answer has
/// (what is applied, `currentScaling`, before the configured baseline).
struct Expected {
    fields: &'static [&'static str],
    value: Value,
}

fn expect(fields: &'static [&'static str], value: Option<impl Into<Value>>) -> Option<Expected> {
    value.map(|v| Expected {
        fields,
        value: v.into(),
    })
}

/// What a service shows once a per-replica scaling request is applied.
fn expected_replicas(s: &ReplicaScaling) -> Vec<Expected> {
    [
        expect(
            &[
                "currentScaling.effectiveMinReplicaMemoryGb",
                "minReplicaMemoryGb",
            ],
            s.min_replica_memory_gb,
        ),
        expect(
            &[
                "currentScaling.effectiveMaxReplicaMemoryGb",
                "maxReplicaMemoryGb",
            ],
            s.max_replica_memory_gb,
        ),
        expect(
            &["currentScaling.effectiveMinReplicas", "numReplicas"],
            s.num_replicas.or(s.min_replicas),
        ),
        expect(
            &["currentScaling.effectiveMaxReplicas", "numReplicas"],
            s.num_replicas.or(s.max_replicas),
        ),
        expect(
            &["currentScaling.effectiveAutoscalingMode", "autoscalingMode"],
            s.autoscaling_mode.clone(),
        ),
        expect(
            &["currentScaling.effectiveIdleScaling", "idleScaling"],
            s.idle_scaling,
        ),
        expect(
            &[
                "currentScaling.effectiveIdleTimeoutMinutes",
                "idleTimeoutMinutes",
            ],
            s.idle_timeout_minutes,
        ),
    ]
    .into_iter()
    .flatten()
    .collect()
}

/// What a service shows once a (deprecated) total-memory request is applied.
fn expected_total(s: &TotalScaling) -> Vec<Expected> {
    [
        expect(&["minTotalMemoryGb"], s.min_total_memory_gb),
        expect(&["maxTotalMemoryGb"], s.max_total_memory_gb),
        expect(
            &["currentScaling.effectiveMaxReplicas", "numReplicas"],
            s.num_replicas,
        ),
        expect(
            &["currentScaling.effectiveIdleScaling", "idleScaling"],
            s.idle_scaling,
        ),
        expect(
            &[
                "currentScaling.effectiveIdleTimeoutMinutes",
                "idleTimeoutMinutes",
            ],
            s.idle_timeout_minutes,
        ),
    ]
    .into_iter()
    .flatten()
    .collect()
}

/// Whether the service shows every expected value, as far as it shows them. While a scaling schedule
/// entry is active (`currentScaling.activeEntryId`), what is applied is the entry's, so the configured
/// baseline is compared instead.
fn applied(service: &Value, expected: &[Expected]) -> bool {
    let scheduled = lookup(service, "currentScaling.activeEntryId").is_some_and(|v| !v.is_null());
    expected.iter().all(|e| {
        let shown = e
            .fields
            .iter()
            .filter(|f| !(scheduled && f.starts_with("currentScaling.")))
            .find_map(|f| lookup(service, f));
        match (shown, &e.value) {
            (None, _) => true,
            (Some(a), b) if a.is_number() && b.is_number() => a.as_f64() == b.as_f64(),
            (Some(a), b) => a == b,
        }
    })
}

pub(super) async fn scale(ctx: &Ctx, org: &str, args: ScaleArgs) -> Result<()> {
    let s = &args.scaling;
    s.check()?;
    let current = find_service(ctx, org, &args.service).await?;
    let shown = to_json(&current)?;
    if s.sets_memory() && lookup(&shown, "tier").and_then(Value::as_str) == Some("development") {
        return Err(Error::usage(format!(
            "service {} is a development service, whose memory is fixed; memory bounds apply to production services",
            current.name
        )));
    }
    fits(
        &shown,
        (s.min_replica_memory_gb, s.max_replica_memory_gb),
        ["minReplicaMemoryGb", "maxReplicaMemoryGb"],
        ["--min-replica-memory-gb", "--max-replica-memory-gb"],
    )?;
    fits(
        &shown,
        (s.min_memory_gb, s.max_memory_gb),
        ["minTotalMemoryGb", "maxTotalMemoryGb"],
        ["--min-memory-gb", "--max-memory-gb"],
    )?;

    let api = ctx.clickhouse()?;
    let what = format!("the scaling of service {}", args.service);
    let (mut service, expected) = if s.total() {
        s.note_deprecated(ctx);
        let body = s.to_total_scaling();
        let service = confirm::repeat(ctx, &what, || {
            api.scale_service_total(org, &current.id, &body)
        })
        .await?;
        (service, expected_total(&body))
    } else {
        let body = s.to_replica_scaling();
        let service = confirm::repeat(ctx, &what, || {
            api.scale_service_replicas(org, &current.id, &body)
        })
        .await?;
        (service, expected_replicas(&body))
    };
    ctx.out
        .status(&format!("Updated the scaling of service {}.", service.name));
    if args.wait.wait {
        let settings = wait::Settings::new(&args.wait, CHANGE_TIMEOUT);
        let what = format!("service {} to run with its new scaling", args.service);
        let (id, expected) = (current.id.as_str(), &expected);
        service = wait::until(&ctx.out, &settings, &what, || async move {
            let service = api.service(org, id).await?;
            classify(service, expected)
        })
        .await?;
    }
    ctx.out.item(&service, DETAIL_COLUMNS)
}

/// One bound given: it must still fit the other, the service's current one.
fn fits(
    service: &Value,
    (min, max): (Option<u32>, Option<u32>),
    fields: [&str; 2],
    flags: [&str; 2],
) -> Result<()> {
    if min.is_none() && max.is_none() {
        return Ok(());
    }
    let current = |f: &str| lookup(service, f).and_then(Value::as_f64).map(|m| m as u32);
    match (min.or(current(fields[0])), max.or(current(fields[1]))) {
        (Some(lo), Some(hi)) if lo > hi => Err(Error::usage(format!(
            "the minimum ({lo} GiB) would be more than the maximum ({hi} GiB); give both {} and {}",
            flags[0], flags[1]
        ))),
        _ => Ok(()),
    }
}

/// Done when the service has settled (running, idle or stopped) with the new scaling applied.
fn classify(service: Service, expected: &[Expected]) -> Result<Poll<Service>> {
    if service.state == "failed" {
        return Ok(Poll::Failed(service.state));
    }
    let settled = Target::Settled.reached(&service.state);
    if settled && applied(&to_json(&service)?, expected) {
        Ok(Poll::Done(service))
    } else if settled {
        Ok(Poll::Pending(format!("{}, scaling", service.state)))
    } else {
        Ok(Poll::Pending(service.state))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn applied_as_far_as_the_answer_shows_it() {
        let body = ReplicaScaling {
            min_replica_memory_gb: Some(16),
            num_replicas: Some(2),
            ..ReplicaScaling::default()
        };
        let expected = expected_replicas(&body);
        let before = json!({"minReplicaMemoryGb": 16, "numReplicas": 2,
            "currentScaling": {"effectiveMinReplicaMemoryGb": 8, "effectiveMinReplicas": 3, "effectiveMaxReplicas": 3}});
        assert!(!applied(&before, &expected));
        let after = json!({"currentScaling": {"effectiveMinReplicaMemoryGb": 16.0, "effectiveMinReplicas": 2, "effectiveMaxReplicas": 2}});
        assert!(applied(&after, &expected));
        // Without currentScaling, the baseline is all there is to compare.
        assert!(applied(
            &json!({"minReplicaMemoryGb": 16, "numReplicas": 2}),
            &expected
        ));
        assert!(applied(&json!({}), &expected));
        // A schedule entry in effect: the baseline tells.
        let scheduled = json!({"minReplicaMemoryGb": 16, "numReplicas": 2,
            "currentScaling": {"activeEntryId": "e", "effectiveMinReplicaMemoryGb": 64}});
        assert!(applied(&scheduled, &expected));
    }
}
