//! Members and invitations: role changes, removal (the organization keeps an admin), invitations. Roles
//! are given by ID (`assignedRoleIds`) or by the deprecated legacy name (`role`).

use serde_json::{Value, json};

use super::activities::activity;
use super::roles::{self, admin_role_id};
use super::{DAY, INVITATIONS, MEMBERS, bad, path};
use crate::engine::{ApiError, Ctx, Reply, shown};
use crate::store::{new_uuid, rfc3339};

/// Whether assigned roles include the Admin system role.
fn is_admin(assigned: &Value) -> bool {
    let admin = admin_role_id();
    assigned
        .as_array()
        .is_some_and(|a| a.iter().any(|r| r["roleId"] == admin.as_str()))
}

fn admins(ctx: &Ctx<'_>, org: &str) -> usize {
    ctx.state
        .collection(&path(MEMBERS, org, None))
        .map(|c| c.iter().filter(|m| is_admin(&m["assignedRoles"])).count())
        .unwrap_or(0)
}

/// Sets assigned roles and the deprecated `role` they stand for (absent when none does).
fn set_roles(item: &mut Value, assigned: Vec<Value>) {
    let assigned = json!(assigned);
    let legacy = roles::legacy_of(&assigned);
    let Value::Object(m) = item else { return };
    match legacy.iter().find(|r| ["admin", "developer"].contains(r)) {
        Some(role) => m.insert("role".into(), json!(role)),
        None => m.remove("role"),
    };
    m.insert("assignedRoles".into(), assigned);
}

pub(super) fn update_member(ctx: &mut Ctx<'_>, org: &str) -> Result<Reply, ApiError> {
    let user = ctx.param("userId").to_string();
    let members = path(MEMBERS, org, None);
    let current = shown(ctx, &members, MEMBERS, &user)?;
    let Some(assigned) = roles::requested(ctx, org, "role")? else {
        return Err(bad("assignedRoleIds: the member's roles are required"));
    };
    if is_admin(&current["assignedRoles"]) && !is_admin(&json!(assigned)) && admins(ctx, org) <= 1 {
        return Err(ApiError::failed_precondition(
            "The organization must keep at least one admin",
        ));
    }
    let legacy = ctx.body.get("assignedRoleIds").is_none();
    if let Some(m) = ctx.state.item_mut(&members, &user) {
        set_roles(m, assigned);
    }
    roles::sync_actors(ctx.state, org);
    let kind = if legacy {
        "organization_member_update_role"
    } else {
        "organization_member_update_roles"
    };
    activity(ctx, org, kind, None);
    Ok(Reply::Json(shown(ctx, &members, MEMBERS, &user)?))
}

pub(super) fn remove_member(ctx: &mut Ctx<'_>, org: &str) -> Result<Reply, ApiError> {
    let user = ctx.param("userId").to_string();
    let members = path(MEMBERS, org, None);
    let current = shown(ctx, &members, MEMBERS, &user)?;
    if is_admin(&current["assignedRoles"]) && admins(ctx, org) <= 1 {
        return Err(ApiError::failed_precondition(
            "The organization must keep at least one admin",
        ));
    }
    if let Some(c) = ctx.state.collections.get_mut(&members) {
        c.remove(&user);
    }
    roles::sync_actors(ctx.state, org);
    activity(ctx, org, "organization_member_delete", None);
    Ok(Reply::Empty)
}

pub(super) fn invite(ctx: &mut Ctx<'_>, org: &str) -> Result<Reply, ApiError> {
    let email = ctx.body_str("email").unwrap_or_default().to_lowercase();
    let Some(assigned) = roles::requested(ctx, org, "role")? else {
        return Err(bad(
            "assignedRoleIds: the roles the invitee gets are required",
        ));
    };
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
    let mut invitation = json!({
        "id": id,
        "email": email,
        "createdAt": rfc3339(ctx.now),
        "expireAt": rfc3339(ctx.now + 30 * DAY),
    });
    set_roles(&mut invitation, assigned);
    ctx.state
        .collection_mut(&invitations, INVITATIONS)
        .insert(&id, invitation);
    activity(ctx, org, "organization_invite_create", None);
    Ok(Reply::Json(shown(ctx, &invitations, INVITATIONS, &id)?))
}
