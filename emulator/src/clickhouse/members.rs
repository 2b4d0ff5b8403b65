//! Members and invitations: role changes, removal (the organization keeps an admin), invitations.

use serde_json::json;

use super::activities::activity;
use super::{DAY, INVITATIONS, MEMBERS, path};
use crate::engine::{ApiError, Ctx, Reply, shown};
use crate::store::{new_uuid, rfc3339};

pub(super) fn admins(ctx: &Ctx<'_>, org: &str) -> usize {
    ctx.state
        .collection(&path(MEMBERS, org, None))
        .map(|c| c.iter().filter(|m| m["role"] == "admin").count())
        .unwrap_or(0)
}

pub(super) fn update_member(ctx: &mut Ctx<'_>, org: &str) -> Result<Reply, ApiError> {
    let user = ctx.param("userId").to_string();
    let role = ctx.body_str("role").unwrap_or_default().to_string();
    let members = path(MEMBERS, org, None);
    let current = shown(ctx, &members, MEMBERS, &user)?;
    if current["role"] == "admin" && role != "admin" && admins(ctx, org) <= 1 {
        return Err(ApiError::failed_precondition(
            "The organization must keep at least one admin",
        ));
    }
    if let Some(m) = ctx.state.item_mut(&members, &user) {
        m["role"] = json!(role);
    }
    activity(ctx, org, "organization_member_update_role", None);
    Ok(Reply::Json(shown(ctx, &members, MEMBERS, &user)?))
}

pub(super) fn remove_member(ctx: &mut Ctx<'_>, org: &str) -> Result<Reply, ApiError> {
    let user = ctx.param("userId").to_string();
    let members = path(MEMBERS, org, None);
    let current = shown(ctx, &members, MEMBERS, &user)?;
    if current["role"] == "admin" && admins(ctx, org) <= 1 {
        return Err(ApiError::failed_precondition(
            "The organization must keep at least one admin",
        ));
    }
    if let Some(c) = ctx.state.collections.get_mut(&members) {
        c.remove(&user);
    }
    activity(ctx, org, "organization_member_delete", None);
    Ok(Reply::Empty)
}

pub(super) fn invite(ctx: &mut Ctx<'_>, org: &str) -> Result<Reply, ApiError> {
    let email = ctx.body_str("email").unwrap_or_default().to_lowercase();
    let role = ctx.body["role"].clone();
    let is_member = ctx
        .state
        .collection(&path(MEMBERS, org, None))
        .is_some_and(|c| {
            c.iter()
                .any(|m| m["email"].as_str().map(str::to_lowercase).as_deref() == Some(&email))
        });
    if is_member {
        return Err(ApiError::already_exists(format!(
            "{email} is already a member of the organization"
        )));
    }
    let invitations = path(INVITATIONS, org, None);
    let pending = ctx
        .state
        .collection(&invitations)
        .is_some_and(|c| c.iter().any(|i| i["email"] == email.as_str()));
    if pending {
        return Err(ApiError::already_exists(format!(
            "an invitation for {email} already exists"
        )));
    }
    let id = new_uuid();
    ctx.state.collection_mut(&invitations, INVITATIONS).insert(
        &id,
        json!({
            "role": role,
            "id": id,
            "email": email,
            "createdAt": rfc3339(ctx.now),
            "expireAt": rfc3339(ctx.now + 30 * DAY),
        }),
    );
    activity(ctx, org, "organization_invite_create", None);
    Ok(Reply::Json(shown(ctx, &invitations, INVITATIONS, &id)?))
}
