//! Private links beyond the seed's: egress private endpoints (from an ADVANCED cluster to a private
//! service or an MSK cluster: PENDING, then AVAILABLE; their domain names PENDING, then AVAILABLE;
//! DELETING, then gone), the trusted owners of a cluster's private endpoint services (AWS accounts),
//! and the AWS view of the endpoint connections, accepted or rejected on the service side.
//!
//! This area comes after the networking area in `AREAS`: it shows a connection's accepted or
//! rejected state over the seed's status.

use serde_json::{Map, Value, json};

use super::clusters::cluster_view;
use super::exports::require_dedicated;
use super::networking::PE_CONNECTIONS;
use super::{Area, bad, progress, under};
use crate::engine::{ApiError, Ctx, Reply, insert_new, list_body, page_params, paginate_vec};
use crate::store::{Millis, new_uuid, rfc3339_millis};

pub const EGRESS_ENDPOINTS: &str =
    "/api/v1/clusters/{cluster_id}/networking/egress-private-endpoints";
pub const TRUSTED_OWNERS: &str =
    "/api/v1/clusters/{cluster_id}/networking/private-endpoint-trusted-owners";

pub(super) const AREA: Area = Area {
    dispatch,
    render,
    singleton_default: |_| None,
};

fn dispatch(ctx: &mut Ctx<'_>, op_id: &str) -> Option<Result<Reply, ApiError>> {
    Some(match op_id {
        "ListEgressPrivateEndpoints" => list_endpoints(ctx),
        "CreateEgressPrivateEndpoint" => create_endpoint(ctx),
        "GetEgressPrivateEndpoint" => endpoint(ctx).map(Reply::Json),
        "UpdateEgressPrivateEndpoint" => update_domain_names(ctx).map(Reply::Json),
        "UpdateEgressPrivateEndpointDomainNames" => update_domain_names(ctx).map(|_| {
            // (The audit log names it as the current form.)
            let cluster = ctx.param("cluster_id").to_string();
            super::audit(ctx, "UpdateEgressPrivateEndpoint", &cluster);
            Reply::Json(json!({}))
        }),
        "DeleteEgressPrivateEndpoint" => delete_endpoint(ctx),
        "ListPrivateEndpointTrustedOwners" => list_owners(ctx),
        "AddPrivateEndpointTrustedOwner" => add_owner(ctx),
        "GetPrivateEndpointTrustedOwner" => owner(ctx).map(wrapped_owner),
        "RemovePrivateEndpointTrustedOwner" => remove_owner(ctx),
        "ListAwsEndpointConnections" => list_aws_connections(ctx),
        "SetAwsEndpointConnectionState" => set_aws_connection(ctx),
        _ => return None,
    })
}

fn render(template: &str, item: &Value, now: Millis, v: &mut Value) {
    match template {
        EGRESS_ENDPOINTS => {
            let state = match item["_deleting_since"].as_u64() {
                Some(since) if now < since + item["_duration"].as_u64().unwrap_or(0) => "DELETING",
                Some(_) => "DELETED",
                None => progress(item, now, "PENDING", "AVAILABLE", "FAILED"),
            };
            v["state"] = json!(state);
            let names_empty = item["domain_names"].as_array().is_none_or(|n| n.is_empty());
            let names_state = match item["_names_since"].as_u64() {
                None => "EMPTY",
                Some(since) => {
                    let done = if names_empty { "EMPTY" } else { "AVAILABLE" };
                    let pending = json!({"_since": since, "_duration": item["_duration"],
                                         "_fails": item["_names_fail"]});
                    progress(&pending, now, "PENDING", done, "FAILED")
                }
            };
            v["domain_names_state"] = json!(names_state);
        }
        PE_CONNECTIONS => {
            if let Some(since) = item["_aws_since"].as_u64() {
                let status = match item["_aws_state"].as_str() {
                    Some("REJECTED") => "STATUS_REJECTED",
                    _ => {
                        let accepted = json!({"_since": since, "_duration": item["_duration"],
                                              "_fails": item["_aws_fails"]});
                        progress(
                            &accepted,
                            now,
                            "STATUS_PENDING",
                            "STATUS_AVAILABLE",
                            "STATUS_FAILED",
                        )
                    }
                };
                v["status"] = json!(status);
            }
        }
        _ => {}
    }
}

// --- egress private endpoints ---

fn endpoints_path(ctx: &Ctx<'_>) -> String {
    under(EGRESS_ENDPOINTS, ctx.param("cluster_id"))
}

/// Drops the endpoints whose deletion has finished.
fn purge_deleted(ctx: &mut Ctx<'_>) {
    let path = endpoints_path(ctx);
    let gone: Vec<String> = ctx
        .state
        .collection(&path)
        .into_iter()
        .flat_map(|c| c.iter())
        .filter(|e| {
            ctx.render(EGRESS_ENDPOINTS, e)
                .is_some_and(|v| v["state"] == "DELETED")
        })
        .filter_map(|e| e["_key"].as_str().map(str::to_string))
        .collect();
    if let Some(c) = ctx.state.collections.get_mut(&path) {
        for key in gone {
            c.remove(&key);
        }
    }
}

fn list_endpoints(ctx: &mut Ctx<'_>) -> Result<Reply, ApiError> {
    purge_deleted(ctx);
    let path = endpoints_path(ctx);
    let items: Vec<Value> = ctx
        .state
        .collection(&path)
        .into_iter()
        .flat_map(|c| c.iter())
        .filter_map(|e| ctx.render(EGRESS_ENDPOINTS, e))
        .collect();
    let page = page_params(ctx)?;
    let (items, next) = paginate_vec(items, &page);
    Ok(Reply::Json(list_body(
        "egress_private_endpoints",
        items,
        next,
    )))
}

fn endpoint(ctx: &mut Ctx<'_>) -> Result<Value, ApiError> {
    purge_deleted(ctx);
    let id = ctx.param("id");
    ctx.state
        .item(&endpoints_path(ctx), id)
        .and_then(|e| ctx.render(EGRESS_ENDPOINTS, e))
        .ok_or_else(|| ApiError::not_found(format!("egress private endpoint {id:?} not found")))
}

/// What a target of this type looks like on this cloud.
fn check_target(provider: &str, kind: &str, target: &str) -> Result<(), ApiError> {
    let expected = match (kind, provider) {
        ("MSK_SASL_SCRAM" | "MSK_SASL_IAM" | "MSK_TLS", "AWS") => "arn:aws:kafka:",
        ("MSK_SASL_SCRAM" | "MSK_SASL_IAM" | "MSK_TLS", _) => {
            return Err(bad(format!(
                "invalid request: body.target_service_type: {kind} targets are for AWS clusters; this cluster runs on {provider}"
            )));
        }
        (_, "AWS") => "com.amazonaws.vpce.",
        (_, "AZURE") => "/subscriptions/",
        _ => "projects/",
    };
    if target.starts_with(expected) && target.len() > expected.len() {
        Ok(())
    } else {
        Err(bad(format!(
            "invalid request: body.target_service_identifier: {target:?} is not a {kind} target on {provider} (it starts with {expected})"
        )))
    }
}

fn create_endpoint(ctx: &mut Ctx<'_>) -> Result<Reply, ApiError> {
    require_dedicated(ctx, "egress private endpoints")?;
    let cluster = cluster_view(ctx)?;
    let provider = cluster["cloud_provider"]
        .as_str()
        .unwrap_or("GCP")
        .to_string();
    let region = ctx.body_str("region").unwrap_or_default().to_string();
    let in_cluster = cluster["regions"]
        .as_array()
        .into_iter()
        .flatten()
        .any(|r| r["name"] == region.as_str());
    if !in_cluster {
        return Err(bad(format!(
            "invalid request: body.region: {region:?} is not a region of the cluster"
        )));
    }
    let kind = ctx
        .body_str("target_service_type")
        .unwrap_or_default()
        .to_string();
    let target = ctx
        .body_str("target_service_identifier")
        .unwrap_or_default()
        .to_string();
    check_target(&provider, &kind, &target)?;
    purge_deleted(ctx);
    let path = endpoints_path(ctx);
    let taken = ctx.state.collection(&path).is_some_and(|c| {
        c.iter()
            .any(|e| e["region"] == region.as_str() && e["target_service_identifier"] == target)
    });
    if taken {
        return Err(ApiError::already_exists(format!(
            "an egress private endpoint to {target} in {region} already exists"
        )));
    }
    let id = new_uuid();
    let hex: String = id.chars().filter(char::is_ascii_hexdigit).collect();
    let connection = match provider.as_str() {
        "AWS" => format!("vpce-{}", &hex[..17]),
        "AZURE" => format!(
            "/subscriptions/crl-prod/resourceGroups/crdb-egress/providers/Microsoft.Network/privateEndpoints/crdb-egress-{}",
            &hex[..12]
        ),
        _ => u64::from_str_radix(&hex[..12], 16)
            .unwrap_or_default()
            .to_string(),
    };
    let byte = |i: usize| u8::from_str_radix(&hex[i..i + 2], 16).unwrap_or(1);
    let mut item = Map::new();
    item.insert("id".into(), json!(id));
    item.insert("region".into(), json!(region));
    item.insert("target_service_identifier".into(), json!(target));
    item.insert("target_service_type".into(), json!(kind));
    item.insert("endpoint_connection_id".into(), json!(connection));
    item.insert(
        "endpoint_address".into(),
        json!(format!("10.{}.{}.{}", byte(0), byte(2), byte(4).max(2))),
    );
    item.insert("domain_names".into(), json!([]));
    item.insert("_since".into(), json!(ctx.now));
    item.insert("_duration".into(), json!(ctx.transition()));
    if ctx.transition_fails() {
        item.insert("_fails".into(), json!(true));
    }
    insert_new(ctx, &path, EGRESS_ENDPOINTS, &id, item)
}

/// A domain name (`kafka.internal.example.com`, `*.example.com`): dot-separated labels of letters, digits
/// and dashes, the first one possibly a wildcard.
fn check_domain_name(name: &str) -> Result<(), ApiError> {
    let bare = name.strip_prefix("*.").unwrap_or(name);
    let ok = !bare.is_empty()
        && name.len() <= 253
        && bare.split('.').all(|l| {
            !l.is_empty()
                && l.len() <= 63
                && !l.starts_with('-')
                && !l.ends_with('-')
                && l.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
        });
    if ok {
        Ok(())
    } else {
        Err(bad(format!(
            "invalid request: body.domain_names: {name:?} is not a domain name"
        )))
    }
}

fn update_domain_names(ctx: &mut Ctx<'_>) -> Result<Value, ApiError> {
    let current = endpoint(ctx)?;
    let id = ctx.param("id").to_string();
    let state = current["state"].as_str().unwrap_or_default();
    if state != "AVAILABLE" {
        return Err(ApiError::failed_precondition(format!(
            "egress private endpoint {id} is {state}: its domain names can be changed once it is AVAILABLE"
        )));
    }
    if current["domain_names_state"] == "PENDING" {
        return Err(ApiError::failed_precondition(format!(
            "the domain names of egress private endpoint {id} are being updated (PENDING)"
        )));
    }
    let names: Vec<String> = ctx.body["domain_names"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|n| n.as_str().map(str::to_string))
        .collect();
    for n in &names {
        check_domain_name(n)?;
    }
    let fails = ctx.transition_fails();
    let (now, path) = (ctx.now, endpoints_path(ctx));
    if let Some(e) = ctx.state.item_mut(&path, &id) {
        e["domain_names"] = json!(names);
        e["_names_since"] = json!(now);
        e["_names_fail"] = json!(fails);
    }
    endpoint(ctx)
}

fn delete_endpoint(ctx: &mut Ctx<'_>) -> Result<Reply, ApiError> {
    let current = endpoint(ctx)?;
    if current["state"] != "DELETING" {
        let (now, path, id) = (ctx.now, endpoints_path(ctx), ctx.param("id").to_string());
        if let Some(e) = ctx.state.item_mut(&path, &id) {
            e["_deleting_since"] = json!(now);
        }
    }
    Ok(Reply::Json(json!({})))
}

// --- trusted owners ---

fn owners_path(ctx: &Ctx<'_>) -> String {
    under(TRUSTED_OWNERS, ctx.param("cluster_id"))
}

fn wrapped_owner(owner: Value) -> Reply {
    Reply::Json(json!({ "trusted_owner": owner }))
}

fn owners(ctx: &Ctx<'_>) -> Vec<Value> {
    ctx.state
        .collection(&owners_path(ctx))
        .into_iter()
        .flat_map(|c| c.iter())
        .filter_map(|o| ctx.render(TRUSTED_OWNERS, o))
        .collect()
}

fn owner(ctx: &mut Ctx<'_>) -> Result<Value, ApiError> {
    let id = ctx.param("owner_id");
    ctx.state
        .item(&owners_path(ctx), id)
        .and_then(|o| ctx.render(TRUSTED_OWNERS, o))
        .ok_or_else(|| {
            ApiError::not_found(format!("private endpoint trusted owner {id:?} not found"))
        })
}

fn list_owners(ctx: &mut Ctx<'_>) -> Result<Reply, ApiError> {
    Ok(Reply::Json(json!({ "trusted_owners": owners(ctx) })))
}

fn add_owner(ctx: &mut Ctx<'_>) -> Result<Reply, ApiError> {
    let cluster = cluster_view(ctx)?;
    let kind = ctx.body_str("type").unwrap_or_default().to_string();
    let external = ctx
        .body_str("external_owner_id")
        .unwrap_or_default()
        .to_string();
    if kind == "AWS_ACCOUNT_ID" {
        if cluster["cloud_provider"] != "AWS" {
            return Err(bad(format!(
                "invalid request: body.type: AWS_ACCOUNT_ID trusted owners are for AWS clusters; this cluster runs on {}",
                cluster["cloud_provider"].as_str().unwrap_or_default()
            )));
        }
        let account = external.len() == 12 && external.chars().all(|c| c.is_ascii_digit());
        if !(account || external == "*") {
            return Err(bad(format!(
                "invalid request: body.external_owner_id: {external:?} is not a 12-digit AWS account ID (or * for every account)"
            )));
        }
    }
    if owners(ctx)
        .iter()
        .any(|o| o["type"] == kind.as_str() && o["external_owner_id"] == external.as_str())
    {
        return Err(ApiError::already_exists(format!(
            "{external} is already a trusted owner of cluster {}",
            ctx.param("cluster_id")
        )));
    }
    let id = new_uuid();
    let mut item = Map::new();
    item.insert("id".into(), json!(id));
    item.insert("cluster_id".into(), json!(ctx.param("cluster_id")));
    item.insert("type".into(), json!(kind));
    item.insert("external_owner_id".into(), json!(external));
    item.insert("created_at".into(), json!(rfc3339_millis(ctx.now)));
    let path = owners_path(ctx);
    match insert_new(ctx, &path, TRUSTED_OWNERS, &id, item)? {
        Reply::Json(owner) => Ok(wrapped_owner(owner)),
        other => Ok(other),
    }
}

fn remove_owner(ctx: &mut Ctx<'_>) -> Result<Reply, ApiError> {
    let current = owner(ctx)?;
    let (path, id) = (owners_path(ctx), ctx.param("owner_id").to_string());
    if let Some(c) = ctx.state.collections.get_mut(&path) {
        c.remove(&id);
    }
    Ok(wrapped_owner(current))
}

// --- AWS endpoint connections ---

fn require_aws(ctx: &Ctx<'_>) -> Result<(), ApiError> {
    let cluster = cluster_view(ctx)?;
    if cluster["cloud_provider"] != "AWS" {
        return Err(bad(format!(
            "invalid request: AWS endpoint connections exist on AWS clusters only; this cluster runs on {}",
            cluster["cloud_provider"].as_str().unwrap_or_default()
        )));
    }
    Ok(())
}

/// A private endpoint connection as the AWS view shows it.
fn aws_view(connection: &Value) -> Value {
    let status = connection["status"].as_str().unwrap_or_default();
    json!({
        "endpoint_id": connection["endpoint_id"],
        "region_name": connection["region_name"],
        "cloud_provider": "AWS",
        "service_id": connection["endpoint_service_id"],
        "status": status.strip_prefix("STATUS_").unwrap_or(status),
    })
}

fn aws_connections(ctx: &Ctx<'_>) -> Vec<Value> {
    ctx.state
        .collection(&under(PE_CONNECTIONS, ctx.param("cluster_id")))
        .into_iter()
        .flat_map(|c| c.iter())
        .filter_map(|c| ctx.render(PE_CONNECTIONS, c))
        .map(|c| aws_view(&c))
        .collect()
}

fn list_aws_connections(ctx: &mut Ctx<'_>) -> Result<Reply, ApiError> {
    require_aws(ctx)?;
    Ok(Reply::Json(json!({ "connections": aws_connections(ctx) })))
}

/// Accepts (AVAILABLE, over a transition) or rejects (at once) a connection. The answer shows the
/// status before the change, as the spec says.
fn set_aws_connection(ctx: &mut Ctx<'_>) -> Result<Reply, ApiError> {
    require_aws(ctx)?;
    let endpoint = ctx.param("endpoint_id").to_string();
    let before = aws_connections(ctx)
        .into_iter()
        .find(|c| c["endpoint_id"] == endpoint.as_str())
        .ok_or_else(|| {
            ApiError::not_found(format!("AWS endpoint connection {endpoint:?} not found"))
        })?;
    let target = ctx.body_str("status").unwrap_or_default().to_string();
    let current = before["status"].as_str().unwrap_or_default();
    if current == target {
        return Ok(Reply::Json(before));
    }
    if matches!(current, "DELETING" | "DELETED" | "EXPIRED") {
        return Err(ApiError::failed_precondition(format!(
            "AWS endpoint connection {endpoint} is {current}"
        )));
    }
    let fails = target == "AVAILABLE" && ctx.transition_fails();
    let (now, path) = (ctx.now, under(PE_CONNECTIONS, ctx.param("cluster_id")));
    let duration = ctx.transition();
    if let Some(c) = ctx.state.item_mut(&path, &endpoint) {
        c["_aws_state"] = json!(target);
        c["_aws_since"] = json!(now);
        c["_aws_fails"] = json!(fails);
        if c.get("_duration").is_none() {
            c["_duration"] = json!(duration);
        }
    }
    let action = if target == "REJECTED" {
        "RejectPrivateLink"
    } else {
        "AcceptPrivateLink"
    };
    let cluster = ctx.param("cluster_id").to_string();
    super::audit(ctx, action, &cluster);
    Ok(Reply::Json(before))
}
