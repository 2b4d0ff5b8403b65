//! Backups: the one a service takes when it first runs.

use serde_json::{Value, json};

use super::{BACKUPS, path};
use crate::engine::Ctx;
use crate::store::{Millis, new_uuid, rfc3339};

/// The backup a service takes when it first runs (at `first_run`): in progress for half a
/// transition (`duration`), then done.
pub(super) fn first_backup(
    backup_id: &str,
    service_id: &str,
    first_run: Millis,
    duration: Millis,
) -> Value {
    json!({
        "id": backup_id,
        "status": "done",
        "serviceId": service_id,
        "startedAt": rfc3339(first_run),
        "finishedAt": rfc3339(first_run + duration / 2),
        "sizeInBytes": 1_048_576,
        "durationInSeconds": duration / 2000,
        "type": "full",
        "backupName": format!("backup-{}", &backup_id[..8.min(backup_id.len())]),
        "_visible_from": first_run,
        "_done_at": first_run + duration / 2,
    })
}

/// Gives a service that has never run (its creation failed) its first backup, taken when it
/// first runs at `first_run`.
pub(super) fn ensure_first_backup(
    ctx: &mut Ctx<'_>,
    org: &str,
    service_id: &str,
    first_run: Millis,
    duration: Millis,
) {
    let backups = ctx
        .state
        .collection_mut(&path(BACKUPS, org, Some(service_id)), BACKUPS);
    if backups.len() == 0 {
        let id = new_uuid();
        backups.insert(&id, first_backup(&id, service_id, first_run, duration));
    }
}
