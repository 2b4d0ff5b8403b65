//! The current API's forms of two seed operations: a database renamed with `PATCH .../databases`
//! (the name in the body rather than the path) and an allowlist entry added with
//! `PUT .../allowlist/{cidr_ip}/{cidr_mask}` (the CIDR in the path rather than the body). Each
//! behaves as its seed form does.

use serde_json::{Map, Value, json};

use super::networking::ALLOWLIST;
use super::{Area, bad, under};
use crate::engine::{ApiError, Ctx, Reply, insert_new};

pub(super) const AREA: Area = Area::new(dispatch);

fn dispatch(ctx: &mut Ctx<'_>, op_id: &str) -> Option<Result<Reply, ApiError>> {
    Some(match op_id {
        "EditDatabase2" => edit_database(ctx),
        "AddAllowlistEntry2" => add_allowlist_entry(ctx),
        _ => return None,
    })
}

/// The seed's rename (`PATCH .../databases/{name}`), with the name taken from the body.
fn edit_database(ctx: &mut Ctx<'_>) -> Result<Reply, ApiError> {
    let name = ctx
        .body_str("name")
        .ok_or_else(|| bad("invalid request: body.name: is required"))?
        .to_string();
    ctx.params.insert("name".into(), name);
    if let Value::Object(body) = &mut ctx.body {
        body.remove("name");
    }
    (super::sql::AREA.dispatch)(ctx, "EditDatabase")
        .unwrap_or_else(|| Err(ApiError::internal("no database rename")))
}

/// A new entry for the CIDR of the path, refused when the allowlist has it already (as the seed's
/// POST is).
fn add_allowlist_entry(ctx: &mut Ctx<'_>) -> Result<Reply, ApiError> {
    let ip = ctx.param("cidr_ip").to_string();
    if ip.parse::<std::net::Ipv4Addr>().is_err() {
        return Err(bad(format!(
            "invalid request: path.cidr_ip: {ip:?} is not an IPv4 address"
        )));
    }
    let mask: u8 = ctx
        .param("cidr_mask")
        .parse()
        .ok()
        .filter(|m| *m <= 32)
        .ok_or_else(|| {
            bad(format!(
                "invalid request: path.cidr_mask: {:?} is not a mask of 0 to 32 bits",
                ctx.param("cidr_mask")
            ))
        })?;
    let mut entry = Map::new();
    entry.insert("cidr_ip".into(), json!(ip));
    entry.insert("cidr_mask".into(), json!(mask));
    entry.insert(
        "name".into(),
        ctx.body.get("name").cloned().unwrap_or(json!("")),
    );
    entry.insert("sql".into(), ctx.body["sql"].clone());
    entry.insert("ui".into(), ctx.body["ui"].clone());
    let path = under(ALLOWLIST, ctx.param("cluster_id"));
    let added = insert_new(ctx, &path, ALLOWLIST, &format!("{ip}/{mask}"), entry)?;
    // (The audit log names it as the seed's form.)
    let cluster = ctx.param("cluster_id").to_string();
    super::audit(ctx, "AddIPAllowlist", &cluster);
    Ok(added)
}
