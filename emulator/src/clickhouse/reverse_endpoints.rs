//! ClickPipes reverse private endpoints of a service (Provisioning → Ready over a transition, or
//! Failed on demand; Deleting → gone; refused while a pipe uses one), and the service's CDC scaling.

use serde_json::{Value, json};

use super::bad;
use super::clickpipes::{PIPES, kind_of, project};
use crate::engine::{ApiError, Ctx, Reply, generic};
use crate::store::{Millis, public};

const ENDPOINTS: &str =
    "/v1/organizations/{organizationId}/services/{serviceId}/clickpipesReversePrivateEndpoints";
const CDC_SCALING: &str =
    "/v1/organizations/{organizationId}/services/{serviceId}/clickpipesCdcScaling";

/// What a service's CDC pipes run on until it is changed.
const CDC_DEFAULT: (u64, u64) = (2000, 8);

/// The fields each type of endpoint needs.
fn needs(kind: &str) -> &'static [&'static str] {
    match kind {
        "VPC_ENDPOINT_SERVICE" => &["vpcEndpointServiceName"],
        "VPC_RESOURCE" => &["vpcResourceConfigurationId", "vpcResourceShareArn"],
        "MSK_MULTI_VPC" => &["mskClusterArn", "mskAuthentication"],
        "GCP_PSC_SERVICE_ATTACHMENT" => &["gcpServiceAttachment"],
        _ => &[],
    }
}

/// Routes the operations after `.../services/{serviceId}` (`rest`) that are not the pipes'.
pub(super) fn handle(ctx: &mut Ctx<'_>, rest: &str) -> Result<Reply, ApiError> {
    let method = ctx.op.method.as_str();
    match (method, rest) {
        ("GET", "/clickpipesCdcScaling") => Ok(Reply::Json(cdc_scaling(ctx))),
        ("PATCH", "/clickpipesCdcScaling") => {
            let mut scaling = cdc_scaling(ctx);
            for (k, v) in ctx.body.as_object().into_iter().flatten() {
                if !v.is_null() {
                    scaling[k.as_str()] = v.clone();
                }
            }
            ctx.state
                .singletons
                .insert(ctx.path_of(CDC_SCALING), scaling.clone());
            Ok(Reply::Json(scaling))
        }
        ("GET", "/clickpipesReversePrivateEndpoints") => {
            let now = ctx.now;
            let items = ctx
                .state
                .collection(&ctx.path_of(ENDPOINTS))
                .map(|c| c.iter().filter_map(|e| render(e, now)).collect())
                .unwrap_or_default();
            Ok(Reply::Json(Value::Array(items)))
        }
        ("POST", "/clickpipesReversePrivateEndpoints") => create(ctx),
        ("GET", "/clickpipesReversePrivateEndpoints/{reversePrivateEndpointId}") => {
            let id = endpoint_id(ctx);
            Ok(Reply::Json(shown(ctx, &id)?))
        }
        ("PATCH", "/clickpipesReversePrivateEndpoints/{reversePrivateEndpointId}") => {
            let id = endpoint_id(ctx);
            shown(ctx, &id)?;
            let mappings = ctx.body.get("customPrivateDnsMappings").cloned();
            let path = ctx.path_of(ENDPOINTS);
            if let (Some(mappings), Some(item)) = (mappings, ctx.state.item_mut(&path, &id)) {
                item["customPrivateDnsMappings"] = mappings;
            }
            Ok(Reply::Json(shown(ctx, &id)?))
        }
        ("DELETE", "/clickpipesReversePrivateEndpoints/{reversePrivateEndpointId}") => delete(ctx),
        _ => generic(ctx),
    }
}

fn endpoint_id(ctx: &Ctx<'_>) -> String {
    ctx.param("reversePrivateEndpointId").to_string()
}

fn cdc_scaling(ctx: &Ctx<'_>) -> Value {
    ctx.state
        .singletons
        .get(&ctx.path_of(CDC_SCALING))
        .cloned()
        .unwrap_or_else(
            || json!({"replicaCpuMillicores": CDC_DEFAULT.0, "replicaMemoryGb": CDC_DEFAULT.1}),
        )
}

/// An endpoint as the API shows it now; `None` once its deletion has finished.
fn render(item: &Value, now: Millis) -> Option<Value> {
    let mut v = public(item);
    if let Some(deleting) = item["_deleting_since"].as_u64() {
        if now >= deleting + item["_duration"].as_u64().unwrap_or(0) {
            return None;
        }
        v["status"] = json!("Deleting");
        return Some(v);
    }
    let ready_at = item["_since"].as_u64().unwrap_or(0) + item["_duration"].as_u64().unwrap_or(0);
    v["status"] = if now < ready_at {
        json!("Provisioning")
    } else {
        item["_stable"].clone()
    };
    Some(v)
}

fn shown(ctx: &Ctx<'_>, id: &str) -> Result<Value, ApiError> {
    ctx.state
        .item(&ctx.path_of(ENDPOINTS), id)
        .and_then(|e| render(e, ctx.now))
        .ok_or_else(|| ApiError::not_found(format!("Reverse private endpoint {id} not found")))
}

/// Whether the request's service has this endpoint (and it is not being deleted).
pub(super) fn exists(ctx: &Ctx<'_>, id: &str) -> bool {
    shown(ctx, id).is_ok_and(|e| e["status"] != "Deleting")
}

fn create(ctx: &mut Ctx<'_>) -> Result<Reply, ApiError> {
    let body = ctx.body.clone();
    let kind = body["type"].as_str().unwrap_or_default();
    if kind.is_empty() {
        return Err(bad("type: is required"));
    }
    for field in needs(kind) {
        if body[*field].as_str().is_none_or(str::is_empty) {
            return Err(bad(format!("{field}: is required for type {kind}")));
        }
    }
    let id = crate::store::new_uuid();
    let schema = json!({"$ref": "#/components/schemas/ReversePrivateEndpoint"});
    let mut item = project(&schema, &body);
    let hex: String = id.chars().filter(|c| *c != '-').take(17).collect();
    let (endpoint, dns) = if kind == "GCP_PSC_SERVICE_ATTACHMENT" {
        (
            format!("psc-{hex}"),
            format!("psc-{hex}.p.clickpipes.internal"),
        )
    } else {
        (
            format!("vpce-{hex}"),
            format!("vpce-{hex}.vpce-svc.amazonaws.com"),
        )
    };
    item["id"] = json!(id);
    item["serviceId"] = json!(ctx.param("serviceId"));
    item["endpointId"] = json!(endpoint);
    item["dnsNames"] = json!([dns]);
    item["privateDnsNames"] = json!([]);
    if item.get("customPrivateDnsMappings").is_none() {
        item["customPrivateDnsMappings"] = json!([]);
    }
    let fails = ctx.transition_fails();
    item["_stable"] = json!(if fails { "Failed" } else { "Ready" });
    item["_since"] = json!(ctx.now);
    item["_duration"] = json!(ctx.transition());
    let path = ctx.path_of(ENDPOINTS);
    ctx.state.collection_mut(&path, ENDPOINTS).insert(&id, item);
    Ok(Reply::Json(shown(ctx, &id)?))
}

fn delete(ctx: &mut Ctx<'_>) -> Result<Reply, ApiError> {
    let id = endpoint_id(ctx);
    let endpoint = shown(ctx, &id)?;
    if endpoint["status"] == "Deleting" {
        return Ok(Reply::Empty);
    }
    let users: Vec<String> = ctx
        .state
        .collection(&ctx.path_of(PIPES))
        .map(|pipes| {
            pipes
                .iter()
                .filter(|p| {
                    let kind = kind_of(&p["source"]).unwrap_or_default();
                    p["source"][kind]["reversePrivateEndpointIds"]
                        .as_array()
                        .is_some_and(|ids| ids.iter().any(|i| i == id.as_str()))
                })
                .map(|p| p["name"].as_str().unwrap_or_default().to_string())
                .collect()
        })
        .unwrap_or_default();
    if !users.is_empty() {
        return Err(ApiError::failed_precondition(format!(
            "Reverse private endpoint {id} is used by ClickPipes {}; delete them or change their source first",
            users.join(", ")
        )));
    }
    let (now, transition, path) = (ctx.now, ctx.transition(), ctx.path_of(ENDPOINTS));
    if let Some(item) = ctx.state.item_mut(&path, &id) {
        item["_deleting_since"] = json!(now);
        item["_duration"] = json!(transition);
    }
    Ok(Reply::Empty)
}
