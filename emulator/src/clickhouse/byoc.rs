//! BYOC (bring your own cloud) infrastructure: created in a customer's cloud account, provisioned over time
//! (`infra-provisioning` → `infra-ready`; a failed provisioning, the `failed_transitions` fault, ends in
//! `infra-terminated`), renamed, removed (`infra-terminated` for a transition, then gone). The API has no
//! list or get of its own: the organization's answer carries them in `byocConfig`, where they are stored.

use std::net::IpAddr;

use serde_json::{Map, Value, json};

use super::{ORGS, SERVICES, bad, path};
use crate::engine::{ApiError, Ctx, Reply};
use crate::store::{Millis, new_uuid, public};

const BYOC: &str = "/v1/organizations/{organizationId}/byocInfrastructure";

pub(super) fn dispatch(ctx: &mut Ctx<'_>, org: &str) -> Option<Result<Reply, ApiError>> {
    let item = format!("{BYOC}/{{byocInfrastructureId}}");
    let template = ctx.op.template.as_str();
    Some(match ctx.op.method.as_str() {
        "POST" if template == BYOC => create(ctx, org),
        "PATCH" if template == item => update(ctx, org),
        "DELETE" if template == item => delete(ctx, org),
        _ => return None,
    })
}

/// The organization as shown: its BYOC infrastructures with their states now, removed ones left out.
pub(super) fn render(template: &str, item: &Value, now: Millis) -> Option<Option<Value>> {
    if template != ORGS || item.get("byocConfig").is_none() {
        return None;
    }
    let mut org = public(item);
    let shown: Vec<Value> = item["byocConfig"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|b| shown(b, now))
        .collect();
    org["byocConfig"] = Value::Array(shown);
    Some(Some(org))
}

/// One infrastructure as the API shows it now, or `None` once its removal has finished.
fn shown(b: &Value, now: Millis) -> Option<Value> {
    let duration = b["_duration"].as_u64().unwrap_or(0);
    let state = match b["_removed_at"].as_u64() {
        Some(at) if now >= at + duration => return None,
        Some(_) => "infra-terminated",
        None if now < b["_since"].as_u64().unwrap_or(0) + duration => "infra-provisioning",
        None if b["_fails"] == true => "infra-terminated",
        None => "infra-ready",
    };
    let mut v = public(b);
    v["state"] = json!(state);
    Some(v)
}

/// The stored infrastructures of the organization (in the organization item).
fn stored<'a>(ctx: &'a mut Ctx<'_>, org: &str) -> Result<&'a mut Vec<Value>, ApiError> {
    let item = ctx
        .state
        .item_mut(ORGS, org)
        .ok_or_else(|| ApiError::not_found(format!("Organization {org} not found")))?;
    if !item["byocConfig"].is_array() {
        item["byocConfig"] = json!([]);
    }
    Ok(item["byocConfig"]
        .as_array_mut()
        .expect("byocConfig is an array"))
}

/// The position of the infrastructure the path names, unless it is unknown or its removal is done.
fn find(ctx: &mut Ctx<'_>, org: &str) -> Result<usize, ApiError> {
    let id = ctx.param("byocInfrastructureId").to_string();
    let now = ctx.now;
    stored(ctx, org)?
        .iter()
        .position(|b| b["id"] == id.as_str() && shown(b, now).is_some())
        .ok_or_else(|| ApiError::not_found(format!("BYOC infrastructure {id} not found")))
}

fn is_cidr(s: &str) -> bool {
    let Some((ip, bits)) = s.split_once('/') else {
        return false;
    };
    match (ip.parse::<IpAddr>(), bits.parse::<u8>()) {
        (Ok(IpAddr::V4(_)), Ok(b)) => b <= 32,
        (Ok(IpAddr::V6(_)), Ok(b)) => b <= 128,
        _ => false,
    }
}

fn create(ctx: &mut Ctx<'_>, org: &str) -> Result<Reply, ApiError> {
    let body = ctx.body.clone();
    let region = body["regionId"].as_str().unwrap_or_default().to_string();
    let account = body["accountId"]
        .as_str()
        .unwrap_or_default()
        .trim()
        .to_string();
    if region.is_empty() {
        return Err(bad(
            "regionId: the region of the infrastructure is required",
        ));
    }
    if account.is_empty() {
        return Err(bad(
            "accountId: the cloud account of the infrastructure is required",
        ));
    }
    let Some(cloud) = dbcloud_spec::regions::clickhouse_region_cloud(&region) else {
        return Err(bad(format!("regionId: {region:?} is not a region")));
    };
    if let Some(cidr) = body["vpcCidrRange"].as_str()
        && !is_cidr(cidr)
    {
        return Err(bad(format!(
            "vpcCidrRange: {cidr:?} is not a CIDR range (like 10.0.0.0/16)"
        )));
    }
    let zones: Vec<&str> = body["availabilityZoneSuffixes"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(Value::as_str)
        .collect();
    if zones
        .iter()
        .enumerate()
        .any(|(i, z)| zones[..i].contains(z))
    {
        return Err(bad(
            "availabilityZoneSuffixes: each availability zone can be given once",
        ));
    }
    let now = ctx.now;
    let taken = stored(ctx, org)?.iter().any(|b| {
        b["_accountId"] == account.as_str()
            && b["regionId"] == region.as_str()
            && shown(b, now).is_some_and(|v| v["state"] != "infra-terminated")
    });
    if taken {
        return Err(ApiError::already_exists(format!(
            "account {account} already has BYOC infrastructure in {region}"
        )));
    }
    let fails = ctx.transition_fails();
    let id = new_uuid();
    let mut b = Map::new();
    b.insert("id".into(), json!(id));
    b.insert("state".into(), json!("infra-provisioning"));
    b.insert("accountName".into(), json!(account));
    b.insert("regionId".into(), json!(region));
    b.insert("cloudProvider".into(), json!(cloud));
    b.insert(
        "displayName".into(),
        body.get("displayName")
            .cloned()
            .unwrap_or_else(|| json!(format!("{cloud}-{region}"))),
    );
    b.insert("_accountId".into(), json!(account));
    b.insert("_zones".into(), json!(zones));
    b.insert("_vpcCidrRange".into(), body["vpcCidrRange"].clone());
    b.insert("_since".into(), json!(now));
    b.insert("_duration".into(), json!(ctx.transition()));
    b.insert("_fails".into(), json!(fails));
    let b = Value::Object(b);
    let answer = shown(&b, now);
    stored(ctx, org)?.push(b);
    answer
        .map(Reply::Json)
        .ok_or_else(|| ApiError::internal("new infrastructure hidden"))
}

fn update(ctx: &mut Ctx<'_>, org: &str) -> Result<Reply, ApiError> {
    let at = find(ctx, org)?;
    let name = ctx.body.get("displayName").cloned();
    let now = ctx.now;
    let b = &mut stored(ctx, org)?[at];
    if let Some(name) = name {
        if name.as_str().is_some_and(|n| n.trim().is_empty()) {
            return Err(bad("displayName: the name cannot be empty"));
        }
        b["displayName"] = name;
    }
    shown(b, now)
        .map(Reply::Json)
        .ok_or_else(|| ApiError::internal("infrastructure hidden"))
}

fn delete(ctx: &mut Ctx<'_>, org: &str) -> Result<Reply, ApiError> {
    let at = find(ctx, org)?;
    let id = ctx.param("byocInfrastructureId").to_string();
    let users = ctx
        .state
        .collection(&path(SERVICES, org, None))
        .map(|c| {
            c.iter()
                .filter(|s| s["byocId"] == id.as_str() && ctx.render(SERVICES, s).is_some())
                .count()
        })
        .unwrap_or(0);
    if users > 0 {
        return Err(ApiError::failed_precondition(format!(
            "BYOC infrastructure {id} still hosts {users} service(s); delete them first"
        )));
    }
    let (now, duration) = (ctx.now, ctx.transition());
    let b = &mut stored(ctx, org)?[at];
    if b.get("_removed_at").is_none() {
        b["_removed_at"] = json!(now);
        b["_duration"] = json!(duration);
        // The removal's transition starts now; provisioning, if still running, is over.
        b["_since"] = json!(0);
    }
    Ok(Reply::Empty)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn states_over_time() {
        let b = json!({"id": "b", "_since": 1000, "_duration": 100, "_fails": false});
        assert_eq!(shown(&b, 1050).unwrap()["state"], "infra-provisioning");
        assert_eq!(shown(&b, 1100).unwrap()["state"], "infra-ready");
        let mut failed = b.clone();
        failed["_fails"] = json!(true);
        assert_eq!(shown(&failed, 1100).unwrap()["state"], "infra-terminated");
        let mut removed = b.clone();
        removed["_removed_at"] = json!(2000);
        assert_eq!(shown(&removed, 2050).unwrap()["state"], "infra-terminated");
        assert!(shown(&removed, 2100).is_none());
        assert!(shown(&b, 1100).unwrap().get("_since").is_none());
    }

    #[test]
    fn cidrs() {
        assert!(is_cidr("10.0.0.0/16"));
        assert!(is_cidr("2001:db8::/32"));
        assert!(!is_cidr("10.0.0.0"));
        assert!(!is_cidr("10.0.0.0/33"));
    }
}
