//! SQL: databases (every cluster starts with `defaultdb` and `postgres`) and SQL users.

use serde_json::json;

use super::{Area, bad, under};
use crate::engine::{ApiError, Ctx, Reply, generic, shown};

pub const DATABASES: &str = "/api/v1/clusters/{cluster_id}/databases";
pub const SQL_USERS: &str = "/api/v1/clusters/{cluster_id}/sql-users";

pub(super) const AREA: Area = Area::new(dispatch);

fn dispatch(ctx: &mut Ctx<'_>, op_id: &str) -> Option<Result<Reply, ApiError>> {
    Some(match op_id {
        "EditDatabase" => rename_database(ctx),
        "CreateSQLUser" => create_sql_user(ctx),
        "UpdateSQLUserPassword" => sql_user_password(ctx),
        _ => return None,
    })
}

/// Every cluster starts with the databases `defaultdb` and `postgres`.
pub(super) fn ensure_defaults(ctx: &mut Ctx<'_>, cluster: &str) {
    if !ctx.op.template.starts_with(DATABASES) {
        return;
    }
    let path = under(DATABASES, cluster);
    if ctx.state.collection(&path).is_none() {
        let c = ctx.state.collection_mut(&path, DATABASES);
        for name in ["defaultdb", "postgres"] {
            c.insert(name, json!({"name": name, "table_count": "0"}));
        }
    }
}

fn check_sql_name(what: &str, name: &str) -> Result<(), ApiError> {
    let ok = !name.is_empty()
        && name.len() <= 63
        && name.starts_with(|c: char| c.is_ascii_lowercase() || c == '_')
        && name.chars().all(|c| {
            c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_' || c == '-' || c == '.'
        });
    if ok {
        Ok(())
    } else {
        Err(bad(format!(
            "invalid request: {what}: {name:?} is not a valid SQL name: use lowercase letters, digits, _ - and ., starting with a letter or _, at most 63 characters"
        )))
    }
}

fn rename_database(ctx: &mut Ctx<'_>) -> Result<Reply, ApiError> {
    let cluster = ctx.param("cluster_id").to_string();
    let old = ctx.param("name").to_string();
    let new = ctx
        .body_str("new_name")
        .ok_or_else(|| bad("invalid request: body.new_name: is required"))?
        .to_string();
    check_sql_name("body.new_name", &new)?;
    let path = under(DATABASES, &cluster);
    shown(ctx, &path, DATABASES, &old)?;
    if old != new {
        if ctx.state.item(&path, &new).is_some() {
            return Err(ApiError::already_exists(format!(
                "database {new:?} already exists"
            )));
        }
        let c = ctx.state.collection_mut(&path, DATABASES);
        c.rekey(&old, &new);
        if let Some(db) = c.get_mut(&new) {
            db["name"] = json!(new);
        }
    }
    Ok(Reply::Json(shown(ctx, &path, DATABASES, &new)?))
}

fn create_sql_user(ctx: &mut Ctx<'_>) -> Result<Reply, ApiError> {
    let name = ctx.body_str("name").unwrap_or_default().to_string();
    check_sql_name("body.name", &name)?;
    if ctx.body_str("password").is_some_and(str::is_empty) {
        return Err(bad("invalid request: body.password: must not be empty"));
    }
    // The password is kept by the database only: never stored here, never returned.
    generic(ctx)
}

fn sql_user_password(ctx: &mut Ctx<'_>) -> Result<Reply, ApiError> {
    let path = under(SQL_USERS, ctx.param("cluster_id"));
    let name = ctx.param("name").to_string();
    if ctx.body_str("password").is_some_and(str::is_empty) {
        return Err(bad("invalid request: body.password: must not be empty"));
    }
    let user = shown(ctx, &path, SQL_USERS, &name)?;
    if let Some(u) = ctx.state.item_mut(&path, &name) {
        u["_password_changed_at"] = json!(ctx.now);
    }
    Ok(Reply::Json(user))
}
