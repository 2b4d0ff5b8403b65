//! Organizations: updates (name, private endpoints, core dumps) and the private endpoint configuration of
//! a region.

use serde_json::{Value, json};

use super::services::check_region;
use super::{ORGS, activities::activity, bad};
use crate::engine::{ApiError, Ctx, Reply, shown};
use crate::spec::{Provider, rules};

pub(super) fn update_org(ctx: &mut Ctx<'_>, org: &str) -> Result<Reply, ApiError> {
    let body = ctx.body.clone();
    let renamed = body.get("name").and_then(Value::as_str).map(str::to_string);
    if let Some(name) = &renamed
        && name.trim().is_empty()
    {
        return Err(ApiError::bad_request(
            "body.name: the organization name cannot be empty",
        ));
    }
    let item = ctx
        .state
        .item_mut(ORGS, org)
        .ok_or_else(|| ApiError::not_found(format!("Organization {org} not found")))?;
    if let Some(name) = &renamed {
        item["name"] = json!(name);
    }
    if let Some(patch) = body.get("privateEndpoints") {
        let mut list: Vec<Value> = item["privateEndpoints"]
            .as_array()
            .cloned()
            .unwrap_or_default();
        // "remove" runs before "add".
        for r in patch["remove"].as_array().into_iter().flatten() {
            list.retain(|e| e["id"] != r["id"]);
        }
        for a in patch["add"].as_array().into_iter().flatten() {
            list.retain(|e| e["id"] != a["id"]);
            list.push(a.clone());
        }
        item["privateEndpoints"] = Value::Array(list);
    }
    if let Some(dumps) = body.get("enableCoreDumps") {
        item["enableCoreDumps"] = dumps.clone();
    }
    if renamed.is_some() {
        activity(ctx, org, "organization_update_name", None);
    }
    Ok(Reply::Json(shown(ctx, ORGS, ORGS, org)?))
}

pub(super) fn endpoint_service_id(provider: &str, region: &str) -> String {
    match provider {
        "gcp" => format!(
            "projects/clickhouse-cloud/regions/{region}/serviceAttachments/production-service-attachment-ilb"
        ),
        "azure" => format!(
            "production-{region}-0-0-privatelink-service.5e1d6b80-emulator.{region}.azure.privatelinkservice"
        ),
        _ => format!("com.amazonaws.vpce.{region}.vpce-svc-0e4c1a7b6d5f3e2a1"),
    }
}

/// The deprecated organization-level configuration of a provider's region (its query parameters are
/// plain strings in the spec: the provider and region are checked here, the region against the provider).
pub(super) fn org_private_endpoint_config(ctx: &mut Ctx<'_>) -> Result<Reply, ApiError> {
    let provider = ctx.query("cloud_provider").unwrap_or_default().to_string();
    let region = ctx.query("region_id").unwrap_or_default().to_string();
    let providers = rules::get(Provider::ClickHouse, "ServicePostRequest.provider").values;
    if !providers.contains(&provider.as_str()) {
        return Err(bad(format!(
            "cloud_provider: {provider:?} is not one of {}",
            providers.join(", ")
        )));
    }
    check_region(&provider, &region, "cloud_provider", "region_id")?;
    Ok(Reply::Json(
        json!({"endpointServiceId": endpoint_service_id(&provider, &region)}),
    ))
}
