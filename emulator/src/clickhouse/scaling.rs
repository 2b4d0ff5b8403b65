//! Service scaling: per replica (`PATCH .../replicaScaling`), by total memory (`PATCH .../scaling`,
//! deprecated), and at creation. A service stores its configured baseline; `currentScaling` shows what is
//! applied, which catches up with a change once a transition's time has passed.
//!
//! The rules are the ones the spec gives in words: memory only for production services, min ≤ max, a
//! replica count (`numReplicas`) or a band (`minReplicas`/`maxReplicas`, given together) but not both, a
//! band or a fixed memory only in horizontal autoscaling, an idle timeout of at least 5 minutes. The
//! deprecated total memory is that of three replicas ("of three workers"), so it converts exactly.

use serde_json::{Value, json};

use super::activities::activity;
use super::services::service_for_change;
use super::{SERVICES, bad, path};
use crate::engine::{ApiError, Ctx, Reply, shown};
use crate::store::Millis;

/// The deprecated total memory counts this many replicas.
const TOTAL_REPLICAS: u64 = 3;
const DEFAULT_REPLICAS: u64 = 3;
const DEFAULT_IDLE_TIMEOUT: u64 = 15;

/// A service's configured scaling (its baseline).
#[derive(Clone, Debug, PartialEq)]
pub(super) struct Baseline {
    pub horizontal: bool,
    pub min_memory: u64,
    pub max_memory: u64,
    pub min_replicas: u64,
    pub max_replicas: u64,
    pub idle_scaling: bool,
    pub idle_timeout: Value,
}

impl Baseline {
    /// What a new service gets when the request says nothing: development services have a fixed size.
    pub fn default_for(tier: &str) -> Baseline {
        let (min_memory, max_memory) = if tier == "development" {
            (8, 8)
        } else {
            (8, 120)
        };
        Baseline {
            horizontal: false,
            min_memory,
            max_memory,
            min_replicas: DEFAULT_REPLICAS,
            max_replicas: DEFAULT_REPLICAS,
            idle_scaling: true,
            idle_timeout: json!(DEFAULT_IDLE_TIMEOUT),
        }
    }

    /// The baseline of a stored service (one stored by an older emulator has only total memory).
    pub fn of(item: &Value) -> Baseline {
        let default = Baseline::default_for(item["tier"].as_str().unwrap_or("production"));
        let memory = |per_replica: &str, total: &str, fallback: u64| {
            item[per_replica]
                .as_u64()
                .or_else(|| item[total].as_u64().map(|t| t / TOTAL_REPLICAS))
                .unwrap_or(fallback)
        };
        let horizontal = item["autoscalingMode"] == "horizontal";
        let fixed = item["numReplicas"].as_u64();
        Baseline {
            horizontal,
            min_memory: memory("minReplicaMemoryGb", "minTotalMemoryGb", default.min_memory),
            max_memory: memory("maxReplicaMemoryGb", "maxTotalMemoryGb", default.max_memory),
            min_replicas: item["minReplicas"]
                .as_u64()
                .or(fixed)
                .unwrap_or(DEFAULT_REPLICAS),
            max_replicas: item["maxReplicas"]
                .as_u64()
                .or(fixed)
                .unwrap_or(DEFAULT_REPLICAS),
            idle_scaling: item["idleScaling"].as_bool().unwrap_or(true),
            idle_timeout: item
                .get("idleTimeoutMinutes")
                .filter(|v| v.is_number())
                .cloned()
                .unwrap_or(json!(DEFAULT_IDLE_TIMEOUT)),
        }
    }

    /// Writes the baseline into a service as the API shows it: vertical services have `numReplicas` and
    /// the (deprecated) total memory; horizontal ones a replica band and `replicaMemoryGb`.
    pub fn write(&self, item: &mut Value) {
        let Value::Object(m) = item else { return };
        for f in [
            "numReplicas",
            "minReplicas",
            "maxReplicas",
            "replicaMemoryGb",
            "minTotalMemoryGb",
            "maxTotalMemoryGb",
        ] {
            m.remove(f);
        }
        m.insert(
            "autoscalingMode".into(),
            json!(if self.horizontal {
                "horizontal"
            } else {
                "vertical"
            }),
        );
        m.insert("minReplicaMemoryGb".into(), json!(self.min_memory));
        m.insert("maxReplicaMemoryGb".into(), json!(self.max_memory));
        if self.horizontal {
            m.insert("minReplicas".into(), json!(self.min_replicas));
            m.insert("maxReplicas".into(), json!(self.max_replicas));
            m.insert("replicaMemoryGb".into(), json!(self.min_memory));
        } else {
            m.insert("numReplicas".into(), json!(self.max_replicas));
            m.insert(
                "minTotalMemoryGb".into(),
                json!(self.min_memory * TOTAL_REPLICAS),
            );
            m.insert(
                "maxTotalMemoryGb".into(),
                json!(self.max_memory * TOTAL_REPLICAS),
            );
        }
        m.insert("idleScaling".into(), json!(self.idle_scaling));
        m.insert("idleTimeoutMinutes".into(), self.idle_timeout.clone());
    }

    /// `currentScaling` once this baseline is applied.
    pub fn effective(&self) -> Value {
        let timeout = self.idle_timeout.as_f64().unwrap_or(0.0).round() as u64;
        json!({
            "effectiveAutoscalingMode": if self.horizontal { "horizontal" } else { "vertical" },
            "effectiveMinReplicaMemoryGb": self.min_memory,
            "effectiveMaxReplicaMemoryGb": self.max_memory,
            "effectiveMinReplicas": self.min_replicas,
            "effectiveMaxReplicas": self.max_replicas,
            "effectiveIdleScaling": self.idle_scaling,
            "effectiveIdleTimeoutMinutes": timeout,
        })
    }

    /// Applies the scaling fields of a request (create, replicaScaling or the deprecated scaling) and
    /// returns the kinds of change made, for the activity log.
    pub fn apply(&mut self, body: &Value, tier: &str) -> Result<Vec<&'static str>, ApiError> {
        let n = |f: &str| body.get(f).and_then(Value::as_u64);
        let (total_min, total_max) = (n("minTotalMemoryGb"), n("maxTotalMemoryGb"));
        let (mem_min, mem_max) = (n("minReplicaMemoryGb"), n("maxReplicaMemoryGb"));
        let (fixed, band_min, band_max) = (n("numReplicas"), n("minReplicas"), n("maxReplicas"));
        let total = total_min.is_some() || total_max.is_some();
        let per_replica = mem_min.is_some() || mem_max.is_some();
        let mut kinds = Vec::new();

        if total && per_replica {
            return Err(bad(
                "minTotalMemoryGb/maxTotalMemoryGb (deprecated) and minReplicaMemoryGb/maxReplicaMemoryGb cannot be given together; use minReplicaMemoryGb and maxReplicaMemoryGb",
            ));
        }
        if fixed.is_some() && (band_min.is_some() || band_max.is_some()) {
            return Err(bad(
                "numReplicas and minReplicas/maxReplicas are mutually exclusive",
            ));
        }
        if band_min.is_some() != band_max.is_some() {
            return Err(bad("minReplicas and maxReplicas must be given together"));
        }
        if (total || per_replica) && tier == "development" {
            return Err(bad(
                "Memory autoscaling is available only for 'production' services",
            ));
        }
        if let Some(mode) = body.get("autoscalingMode").and_then(Value::as_str) {
            let horizontal = mode == "horizontal";
            if horizontal != self.horizontal {
                kinds.push("service_update_autoscaling_replicas");
                if horizontal {
                    // Memory is fixed per replica in horizontal autoscaling.
                    self.min_memory = self.max_memory;
                } else {
                    self.min_replicas = self.max_replicas;
                }
            }
            self.horizontal = horizontal;
        }
        if let (Some(min), Some(max)) = (band_min, band_max) {
            if min != max && !self.horizontal {
                return Err(bad(format!(
                    "a band of replicas (minReplicas {min}, maxReplicas {max}) needs horizontal autoscaling: set autoscalingMode to horizontal, or give numReplicas"
                )));
            }
            if min > max {
                return Err(bad(format!(
                    "minReplicas ({min}) must be less than or equal to maxReplicas ({max})"
                )));
            }
            (self.min_replicas, self.max_replicas) = (min, max);
            kinds.push("service_update_autoscaling_replicas");
        }
        if let Some(count) = fixed {
            if self.horizontal {
                return Err(bad(
                    "numReplicas is a fixed count for vertical autoscaling; in horizontal autoscaling give minReplicas and maxReplicas",
                ));
            }
            (self.min_replicas, self.max_replicas) = (count, count);
            kinds.push("service_update_autoscaling_replicas");
        }
        if total {
            if self.horizontal {
                return Err(bad(
                    "minTotalMemoryGb and maxTotalMemoryGb do not apply to horizontal autoscaling; use minReplicaMemoryGb and maxReplicaMemoryGb",
                ));
            }
            let min = total_min.unwrap_or(self.min_memory * TOTAL_REPLICAS);
            let max = total_max.unwrap_or(self.max_memory * TOTAL_REPLICAS);
            if min > max {
                return Err(bad(format!(
                    "minTotalMemoryGb ({min}) must be less than or equal to maxTotalMemoryGb ({max})"
                )));
            }
            (self.min_memory, self.max_memory) = (min / TOTAL_REPLICAS, max / TOTAL_REPLICAS);
            kinds.push("service_update_autoscaling_memory");
        }
        if per_replica {
            let (min, max) = if self.horizontal {
                // One value fixes both; two must agree.
                let one = mem_min.or(mem_max).unwrap_or(self.max_memory);
                (mem_min.unwrap_or(one), mem_max.unwrap_or(one))
            } else {
                (
                    mem_min.unwrap_or(self.min_memory),
                    mem_max.unwrap_or(self.max_memory),
                )
            };
            if min > max {
                return Err(bad(format!(
                    "minReplicaMemoryGb ({min}) must be less than or equal to maxReplicaMemoryGb ({max})"
                )));
            }
            if self.horizontal && min != max {
                return Err(bad(format!(
                    "in horizontal autoscaling the memory per replica is fixed: minReplicaMemoryGb ({min}) must equal maxReplicaMemoryGb ({max})"
                )));
            }
            (self.min_memory, self.max_memory) = (min, max);
            kinds.push("service_update_autoscaling_memory");
        }
        if let Some(idle) = body.get("idleScaling").and_then(Value::as_bool) {
            self.idle_scaling = idle;
            kinds.push("service_update_autoscaling_idling");
        }
        if let Some(timeout) = body.get("idleTimeoutMinutes") {
            let minutes = timeout.as_f64().unwrap_or(0.0);
            if minutes < 5.0 {
                return Err(bad(format!(
                    "idleTimeoutMinutes must be at least 5, not {timeout}"
                )));
            }
            self.idle_timeout = timeout.clone();
            kinds.push("service_update_autoscaling_idling");
        }
        kinds.dedup();
        Ok(kinds)
    }
}

/// `currentScaling` as shown now: the scaling before the last change until that change has been applied.
pub(super) fn current_scaling(item: &Value, now: Millis) -> Value {
    match item.get("_scaling_previous") {
        Some(previous) if now < item["_scaling_until"].as_u64().unwrap_or(0) => previous.clone(),
        _ => Baseline::of(item).effective(),
    }
}

/// `PATCH .../replicaScaling` (per replica) and the deprecated `PATCH .../scaling` (total memory): the
/// new baseline at once, applied (`currentScaling`) after a transition.
pub(super) fn scale(ctx: &mut Ctx<'_>, org: &str) -> Result<Reply, ApiError> {
    let body = ctx.body.clone();
    let now = ctx.now;
    let transition = ctx.transition();
    let (id, item) = service_for_change(ctx, org)?;
    let tier = item["tier"].as_str().unwrap_or("production").to_string();
    let mut baseline = Baseline::of(item);
    let shown_before = current_scaling(item, now);
    let kinds = baseline.apply(&body, &tier)?;
    baseline.write(item);
    item["_scaling_previous"] = shown_before;
    item["_scaling_until"] = json!(now + transition);
    for k in kinds {
        activity(ctx, org, k, Some(&id));
    }
    Ok(Reply::Json(shown(
        ctx,
        &path(SERVICES, org, None),
        SERVICES,
        &id,
    )?))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn total_memory_is_that_of_three_replicas() {
        let mut b = Baseline::default_for("production");
        b.apply(
            &json!({"minTotalMemoryGb": 48, "maxTotalMemoryGb": 96}),
            "production",
        )
        .unwrap();
        assert_eq!((b.min_memory, b.max_memory), (16, 32));
        let mut item = json!({});
        b.write(&mut item);
        assert_eq!(item["minTotalMemoryGb"], 48);
        assert_eq!(item["numReplicas"], 3);
        assert!(item.get("replicaMemoryGb").is_none());
    }

    #[test]
    fn horizontal_autoscaling_has_a_band_and_a_fixed_memory() {
        let mut b = Baseline::default_for("production");
        assert!(
            b.apply(&json!({"minReplicas": 2, "maxReplicas": 5}), "production")
                .is_err(),
            "a band needs horizontal"
        );
        b.apply(
            &json!({"autoscalingMode": "horizontal", "minReplicas": 2, "maxReplicas": 5, "minReplicaMemoryGb": 32}),
            "production",
        )
        .unwrap();
        assert_eq!((b.min_memory, b.max_memory), (32, 32));
        let mut item = json!({"numReplicas": 3});
        b.write(&mut item);
        assert!(item.get("numReplicas").is_none() && item.get("minTotalMemoryGb").is_none());
        assert_eq!(item["replicaMemoryGb"], 32);
        assert_eq!(Baseline::of(&item), b);
        assert!(b.apply(&json!({"numReplicas": 2}), "production").is_err());
        assert!(
            b.apply(
                &json!({"minReplicaMemoryGb": 16, "maxReplicaMemoryGb": 32}),
                "production"
            )
            .is_err()
        );
    }

    #[test]
    fn the_rules_in_words() {
        let mut b = Baseline::default_for("production");
        for body in [
            json!({"numReplicas": 2, "minReplicas": 2, "maxReplicas": 2}),
            json!({"minReplicas": 2}),
            json!({"minReplicaMemoryGb": 64, "maxReplicaMemoryGb": 32}),
            json!({"minTotalMemoryGb": 48, "minReplicaMemoryGb": 16}),
            json!({"idleTimeoutMinutes": 4}),
        ] {
            assert!(b.clone().apply(&body, "production").is_err(), "{body}");
        }
        assert!(
            b.apply(&json!({"minReplicaMemoryGb": 16}), "development")
                .is_err()
        );
        // An equal band is a fixed count in vertical autoscaling.
        b.apply(&json!({"minReplicas": 4, "maxReplicas": 4}), "production")
            .unwrap();
        assert_eq!(b.effective()["effectiveMaxReplicas"], 4);
    }
}
