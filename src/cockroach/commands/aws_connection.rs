//! `dbcloud crdb private-endpoint connection list|accept|reject` on AWS clusters: the current API's view of
//! the VPC endpoints connecting to a cluster's endpoint services, each accepted or rejected on the service
//! side (endpoints of trusted owners need no acceptance).

use crate::cockroach::api::private_links::{AwsEndpointConnection, form_refused};
use crate::cockroach::{ClusterRef, once, waits};
use crate::context::Ctx;
use crate::error::{Error, Result};
use crate::output::Column;
use crate::wait::WaitArgs;

/// The statuses a connection is set to (SetAWSEndpointConnectionStatus; a unit test holds them to the spec).
const ACCEPTED: &str = "AVAILABLE";
const REJECTED: &str = "REJECTED";

pub const COLUMNS: &[Column] = &[
    Column::field("ENDPOINT ID", "endpoint_id"),
    Column::field("REGION", "region_name"),
    Column::field("STATUS", "status"),
    Column::field("SERVICE ID", "service_id"),
    Column::field("OWNER", "external_owner_id"),
];

/// The connections of an AWS cluster as the current API lists them; `None` for a cluster on another cloud,
/// or a server that predates the operation (404/405): the seed's list is theirs.
pub async fn current_list(
    ctx: &Ctx,
    cluster: &ClusterRef,
) -> Result<Option<Vec<AwsEndpointConnection>>> {
    let api = ctx.cockroach()?;
    let on_aws = api
        .cluster(&cluster.id)
        .await?
        .extra
        .get("cloud_provider")
        .and_then(serde_json::Value::as_str)
        == Some("AWS");
    if !on_aws {
        return Ok(None);
    }
    match api.aws_endpoint_connections(&cluster.id).await {
        Ok(connections) => Ok(Some(connections)),
        Err(e) if form_refused(&e) => Ok(None),
        Err(e) => Err(e),
    }
}

/// Accepts (`accept`) or rejects a connection and shows it as it is after the change (the API answers
/// with its status before it). With `--wait`, until it is AVAILABLE (or REJECTED).
pub async fn set(
    ctx: &Ctx,
    cluster: &ClusterRef,
    endpoint_id: &str,
    accept: bool,
    wait: &WaitArgs,
) -> Result<()> {
    let api = ctx.cockroach()?;
    let status = if accept { ACCEPTED } else { REJECTED };
    let what = format!("the status of private endpoint {endpoint_id}");
    let before = once::repeat(ctx, cluster, wait, &what, || {
        api.set_aws_endpoint_connection(&cluster.id, endpoint_id, status)
    })
    .await?;
    let connection = if wait.wait {
        let what = format!("private endpoint {endpoint_id} to be {status}");
        waits::until_status(ctx, wait, &what, status, || async {
            let c = find(ctx, cluster, endpoint_id).await?;
            let s = c.status.clone();
            Ok((c, s))
        })
        .await?
    } else {
        find(ctx, cluster, endpoint_id).await?
    };
    let verb = if accept { "Accepted" } else { "Rejected" };
    ctx.out.status(&format!(
        "{verb} private endpoint {endpoint_id} on cluster {} (it was {}; it is {}).",
        cluster.name, before.status, connection.status
    ));
    ctx.out.item(&connection, COLUMNS)
}

/// The spec has no GET of one connection: it is found in the list.
async fn find(ctx: &Ctx, cluster: &ClusterRef, endpoint_id: &str) -> Result<AwsEndpointConnection> {
    ctx.cockroach()?
        .aws_endpoint_connections(&cluster.id)
        .await?
        .into_iter()
        .find(|c| c.endpoint_id == endpoint_id)
        .ok_or_else(|| {
            Error::NotFound(format!(
                "private endpoint {endpoint_id} no longer connects to cluster {}",
                cluster.name
            ))
        })
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_statuses_set_are_the_specs() {
        let rule = dbcloud_spec::rules::get(
            dbcloud_spec::Provider::Cockroach,
            "CockroachCloud_SetAwsEndpointConnectionState.body.status",
        );
        for status in [super::ACCEPTED, super::REJECTED] {
            assert!(rule.values.contains(&status), "{status}");
        }
    }
}
