//! How each CockroachDB write is confirmed when its answer is lost (`crate::confirm`, docs/writes.md): the
//! cluster-scoped forms of the three kinds (read back, repeat, delete), sent through [`waits::write`] so
//! `--wait` and a refusal by a LOCKED cluster work as for any write, and the read-backs by natural key.

use std::cell::Cell;
use std::future::Future;
use std::time::SystemTime;

use serde::Serialize;
use serde_json::Value;

use crate::cockroach::ClusterRef;
use crate::cockroach::api::clusters::{ClusterChanges, NewCluster};
use crate::cockroach::api::{Api, Cluster};
use crate::cockroach::waits;
use crate::confirm::{self, Written};
use crate::context::Ctx;
use crate::error::Result;
use crate::wait::WaitArgs;

/// A write to a cluster confirmed by reading back (`confirm::write`).
pub async fn write<T, S, SF, C, CF>(
    ctx: &Ctx,
    cluster: &ClusterRef,
    wait: &WaitArgs,
    what: &str,
    send: S,
    check: C,
) -> Result<Written<T>>
where
    S: FnMut() -> SF,
    SF: Future<Output = Result<T>>,
    C: FnMut() -> CF,
    CF: Future<Output = Result<Option<T>>>,
{
    waits::write(ctx, cluster, wait, || {
        confirm::write(ctx, what, send, check)
    })
    .await
}

/// A write to a cluster that sets absolute values, sent again after a lost answer (`confirm::repeat`).
pub async fn repeat<T, S, SF>(
    ctx: &Ctx,
    cluster: &ClusterRef,
    wait: &WaitArgs,
    what: &str,
    send: S,
) -> Result<T>
where
    S: FnMut() -> SF,
    SF: Future<Output = Result<T>>,
{
    waits::write(ctx, cluster, wait, || confirm::repeat(ctx, what, send)).await
}

/// A delete of something in a cluster (`confirm::delete`): the deleted thing its answer carried, `None`
/// when that answer was lost and the 404 of the repeat confirmed it.
pub async fn delete<T, S, SF>(
    ctx: &Ctx,
    cluster: &ClusterRef,
    wait: &WaitArgs,
    what: &str,
    send: S,
) -> Result<Option<T>>
where
    S: FnMut() -> SF,
    SF: Future<Output = Result<T>>,
{
    waits::write(ctx, cluster, wait, || deleted(ctx, what, send)).await
}

/// `confirm::delete` for an API whose delete answers with the deleted thing: that answer, or `None` when
/// it was lost.
pub async fn deleted<T, S, SF>(ctx: &Ctx, what: &str, mut send: S) -> Result<Option<T>>
where
    S: FnMut() -> SF,
    SF: Future<Output = Result<T>>,
{
    let answer = Cell::new(None);
    confirm::delete(ctx, what, || {
        let sent = send();
        let answer = &answer;
        async move {
            answer.set(Some(sent.await?));
            Ok(())
        }
    })
    .await?;
    Ok(answer.into_inner())
}

/// What a delete prints for scripts: the API's answer, or, when it was lost, `lost` (what names the
/// deleted thing).
pub fn answer_or<T: Serialize>(answer: Option<T>, lost: Value) -> Result<Value> {
    match answer {
        Some(a) => crate::output::to_json(&a),
        None => Ok(lost),
    }
}

/// The one item `same` picks from a list read back: what a create with that natural key made (none: it
/// was not made; several: which one is unknown).
pub fn found<T>(items: Vec<T>, same: impl Fn(&T) -> bool, what: &str) -> Result<Option<T>> {
    confirm::only(items.into_iter().filter(|i| same(i)).collect(), what)
}

/// Creates a cluster, read back by its name after a lost answer.
pub async fn create_cluster(ctx: &Ctx, api: &Api, new: &NewCluster) -> Result<Cluster> {
    let since = SystemTime::now();
    let what = format!("cluster {}", new.name);
    let check = || created_cluster(api, &new.name, since);
    let written = confirm::write(ctx, &what, || api.create_cluster(new), check).await?;
    Ok(written.into_inner())
}

/// Updates a cluster, read back (never repeated: a change that locks the cluster would refuse its own
/// repeat) by [`shows_update`].
pub async fn update_cluster(
    ctx: &Ctx,
    target: &ClusterRef,
    changes: &ClusterChanges,
) -> Result<Cluster> {
    let api = ctx.cockroach()?;
    let (body, since) = (changes.body(), SystemTime::now());
    let what = format!("the update of cluster {}", target.name);
    let check = || async {
        let live = api.cluster(&target.id).await?;
        Ok(shows_update(&live, &body, since)?.then_some(live))
    };
    let send = || api.update_cluster(&target.id, changes);
    Ok(confirm::write(ctx, &what, send, check).await?.into_inner())
}

/// A cluster a create made: the live cluster of that name (names are unique in an organization),
/// created since `since`.
async fn created_cluster(api: &Api, name: &str, since: SystemTime) -> Result<Option<Cluster>> {
    let clusters = api.clusters(false, None).await?;
    found(
        clusters,
        |c| c.name == name && confirm::created_since(c.extra.get("created_at"), since),
        &format!("cluster {name}"),
    )
}

/// Whether a cluster shows an update sent at `since`: changed since then, and the plain values the update
/// sets (`body`: labels, delete protection, folder, plan) in place. A change of its nodes, regions or version
/// locks it while it runs (a repeat would be refused), and the change since `since` is what tells.
pub fn shows_update(cluster: &Cluster, body: &Value, since: SystemTime) -> Result<bool> {
    let live = crate::output::to_json(cluster)?;
    if !confirm::created_since(live.get("updated_at"), since) {
        return Ok(false);
    }
    let Value::Object(body) = body else {
        return Ok(true);
    };
    Ok(body
        .iter()
        .filter(|(k, _)| {
            matches!(
                k.as_str(),
                "labels" | "delete_protection" | "parent_id" | "plan"
            )
        })
        .all(|(k, v)| live.get(k) == Some(v)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;
    use std::time::Duration;

    fn cluster(v: Value) -> Cluster {
        serde_json::from_value(v).unwrap()
    }

    #[test]
    fn an_update_shows_when_changed_since_with_its_plain_values() {
        let since = humantime::parse_rfc3339("2026-11-30T12:00:00Z").unwrap();
        let body = json!({"delete_protection": "ENABLED", "labels": {"env": "prod"},
                          "serverless": {"upgrade_type": "MANUAL"}, "cockroach_version": "v25.2"});
        let live = |updated: &str, protection: &str| {
            cluster(
                json!({"id": "c", "name": "web", "state": "CREATED", "updated_at": updated,
                           "delete_protection": protection, "labels": {"env": "prod"},
                           "cockroach_version": "v25.2.1"}),
            )
        };
        assert!(shows_update(&live("2026-11-30T12:00:01Z", "ENABLED"), &body, since).unwrap());
        // Not changed since (beyond the clock skew allowed), or a value not in place: not this update.
        assert!(!shows_update(&live("2026-11-30T11:50:00Z", "ENABLED"), &body, since).unwrap());
        assert!(!shows_update(&live("2026-11-30T12:00:01Z", "DISABLED"), &body, since).unwrap());
        // A later stamp within the skew counts; the full version is not compared with the major one.
        let early = since - Duration::from_secs(60);
        assert!(shows_update(&live("2026-11-30T11:59:30Z", "ENABLED"), &body, early).unwrap());
    }

    #[test]
    fn found_adopts_one_and_never_guesses_between_several() {
        assert_eq!(found(vec![1, 2, 3], |n| *n == 2, "x").unwrap(), Some(2));
        assert_eq!(found(vec![1, 3], |n| *n == 2, "x").unwrap(), None);
        let e = found(vec![2, 2], |n| *n == 2, "database a").unwrap_err();
        assert!(e.to_string().contains("2 matches for database a"), "{e}");
    }
}
