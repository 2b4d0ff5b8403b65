//! What a service has beyond its own fields, each kept per service as a configuration of the state (its
//! concrete path): the query API endpoint and private endpoints (`endpoints.rs`), the autoscaling schedule
//! and upgrade window (`schedules.rs`), ClickHouse settings checked against the schema served
//! (`settings.rs`), the backup configuration and bucket (`backups.rs`). The service itself exists: `handle`
//! answered 404 before this is reached.

mod backups;
mod endpoints;
mod schedules;
mod settings;

use serde_json::Value;

use super::{SERVICE, SERVICES, path};
use crate::engine::{ApiError, Ctx, Reply};

/// Handles the operations of this area; `None` for the others.
pub(super) fn route(ctx: &mut Ctx<'_>, org: &str) -> Option<Result<Reply, ApiError>> {
    let rest = ctx.op.template.strip_prefix(SERVICE)?.to_string();
    let method = ctx.op.method.clone();
    Some(match (method.as_str(), rest.as_str()) {
        ("GET", "/serviceQueryEndpoint") => endpoints::get_query_endpoint(ctx),
        ("POST", "/serviceQueryEndpoint") => endpoints::set_query_endpoint(ctx, org),
        ("DELETE", "/serviceQueryEndpoint") => endpoints::delete_query_endpoint(ctx),
        ("POST", "/privateEndpoint") => endpoints::create_private_endpoint(ctx, org),
        ("GET", "/scalingSchedule") => schedules::get_schedule(ctx, org),
        ("POST", "/scalingSchedule") => schedules::set_schedule(ctx, org),
        ("DELETE", "/scalingSchedule") => schedules::delete_schedule(ctx),
        (_, "/upgradeWindow") => schedules::upgrade_window(ctx, org),
        (_, r) if r.starts_with("/clickhouseSettings") => settings::handle(ctx),
        (_, "/backupConfiguration") => backups::configuration(ctx, org),
        (_, "/backupBucket") => backups::bucket(ctx, org),
        _ => return None,
    })
}

/// The request's service as stored.
fn service<'c>(ctx: &'c Ctx<'_>, org: &str) -> Result<&'c Value, ApiError> {
    let id = ctx.param("serviceId");
    ctx.state
        .item(&path(SERVICES, org, None), id)
        .ok_or_else(|| ApiError::not_found(format!("Service {id} not found")))
}

/// Where a configuration of the request's service is kept: `.../services/{id}/<what>`.
fn config_path(ctx: &Ctx<'_>, what: &str) -> String {
    ctx.path_of(&format!("{SERVICE}/{what}"))
}

/// A configuration of the request's service that is not there: 404, naming it.
fn not_configured(ctx: &Ctx<'_>, what: &str) -> ApiError {
    ApiError::not_found(format!("Service {} has no {what}", ctx.param("serviceId")))
}
