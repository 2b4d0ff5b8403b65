//! Folders: a tree of folders holding clusters. A folder (and a cluster in the contents of one) is a
//! FolderResource: its `path` is the list of its ancestors (ID and name), from the top down.

use serde_json::{Value, json};

use super::clusters::CLUSTERS;
use super::{Area, bad};
use crate::engine::{
    ApiError, Ctx, Reply, generic, list_body, page_params, paginate_collection, paginate_vec, shown,
};
use crate::store::{State, new_uuid};

pub const FOLDERS: &str = "/api/v1/folders";
/// The parent of the folders and clusters at the top of the tree.
pub const ROOT: &str = "root";

pub(super) const AREA: Area = Area::new(dispatch);

fn dispatch(ctx: &mut Ctx<'_>, op_id: &str) -> Option<Result<Reply, ApiError>> {
    Some(match op_id {
        "ListFolders" => list_folders(ctx),
        "CreateFolder" => create_folder(ctx),
        "UpdateFolder" => update_folder(ctx),
        "DeleteFolder" => delete_folder(ctx),
        "ListFolderContents" => folder_contents(ctx),
        _ => return None,
    })
}

pub(super) fn folder_exists(ctx: &Ctx<'_>, id: &str) -> bool {
    id == ROOT || ctx.state.item(FOLDERS, id).is_some()
}

/// The ancestors of what has `parent` as its parent folder, from the top down.
fn lineage(state: &State, parent: &str) -> Vec<Value> {
    let mut path = Vec::new();
    let mut cursor = parent.to_string();
    // A bound against a cycle, which updates refuse to make.
    for _ in 0..64 {
        if cursor == ROOT {
            break;
        }
        let Some(folder) = state.item(FOLDERS, &cursor) else {
            break;
        };
        path.push(json!({"id": cursor, "name": folder["name"]}));
        cursor = folder["parent_id"].as_str().unwrap_or(ROOT).to_string();
    }
    path.reverse();
    path
}

/// A folder's absolute path, `/team/prod`.
fn absolute_path(folder: &Value) -> String {
    let mut path: String = folder["path"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|s| format!("/{}", s["name"].as_str().unwrap_or_default()))
        .collect();
    path.push('/');
    path.push_str(folder["name"].as_str().unwrap_or_default());
    path
}

/// Every folder's `path` from the tree as it is now (after a folder was renamed or moved).
fn refresh_paths(state: &mut State) {
    let paths: Vec<Vec<Value>> = state
        .collection(FOLDERS)
        .map(|c| {
            c.iter()
                .map(|f| lineage(state, f["parent_id"].as_str().unwrap_or(ROOT)))
                .collect()
        })
        .unwrap_or_default();
    if let Some(c) = state.collections.get_mut(FOLDERS) {
        for (f, path) in c.iter_mut().zip(paths) {
            f["path"] = Value::Array(path);
        }
    }
}

fn sibling_named(ctx: &Ctx<'_>, parent: &str, name: &str, except: Option<&str>) -> bool {
    ctx.state.collection(FOLDERS).is_some_and(|c| {
        c.iter().any(|f| {
            f["parent_id"] == parent && f["name"] == name && f["resource_id"].as_str() != except
        })
    })
}

/// Folders, or only the one at an absolute path (leading and trailing `/` optional; none there: an
/// empty list).
fn list_folders(ctx: &mut Ctx<'_>) -> Result<Reply, ApiError> {
    let wanted = ctx
        .query("path")
        .map(|p| format!("/{}", p.trim_matches('/')));
    let page = page_params(ctx)?;
    let (items, next) = paginate_collection(ctx.state.collection(FOLDERS), &page, |f| {
        wanted
            .as_deref()
            .is_none_or(|p| absolute_path(f) == p)
            .then(|| ctx.render(FOLDERS, f))
            .flatten()
    });
    Ok(Reply::Json(list_body("folders", items, next)))
}

fn check_name(name: &str) -> Result<(), ApiError> {
    if name.trim().is_empty() || name.contains('/') {
        return Err(bad(
            "invalid request: body.name: a folder name is not empty and has no '/'",
        ));
    }
    Ok(())
}

fn create_folder(ctx: &mut Ctx<'_>) -> Result<Reply, ApiError> {
    let name = ctx.body_str("name").unwrap_or_default().to_string();
    check_name(&name)?;
    let parent = match ctx.body_str("parent_id") {
        None | Some("") => ROOT.to_string(),
        Some(p) => p.to_string(),
    };
    if !folder_exists(ctx, &parent) {
        return Err(bad(format!(
            "invalid request: body.parent_id: folder {parent:?} not found"
        )));
    }
    if sibling_named(ctx, &parent, &name, None) {
        return Err(ApiError::already_exists(format!(
            "a folder named {name:?} already exists there"
        )));
    }
    let id = new_uuid();
    let folder = json!({
        "resource_id": id,
        "resource_type": "FOLDER",
        "name": name,
        "parent_id": parent,
        "organization_id": ctx.state.meta_str("cockroach_org_id"),
        "labels": ctx.body.get("labels").cloned().unwrap_or(json!({})),
        "path": lineage(ctx.state, &parent),
    });
    ctx.state
        .collection_mut(FOLDERS, FOLDERS)
        .insert(&id, folder);
    Ok(Reply::Json(shown(ctx, FOLDERS, FOLDERS, &id)?))
}

fn update_folder(ctx: &mut Ctx<'_>) -> Result<Reply, ApiError> {
    let id = ctx.param("folder_id").to_string();
    let current = shown(ctx, FOLDERS, FOLDERS, &id)?;
    let name = ctx
        .body_str("name")
        .unwrap_or(current["name"].as_str().unwrap_or_default())
        .to_string();
    let parent = match ctx.body_str("parent_id") {
        Some("") => ROOT.to_string(),
        Some(p) => p.to_string(),
        None => current["parent_id"].as_str().unwrap_or(ROOT).to_string(),
    };
    check_name(&name)?;
    if !folder_exists(ctx, &parent) {
        return Err(bad(format!(
            "invalid request: body.parent_id: folder {parent:?} not found"
        )));
    }
    // No folder may become its own ancestor.
    let mut cursor = parent.clone();
    while cursor != ROOT {
        if cursor == id {
            return Err(bad(
                "invalid request: body.parent_id: a folder cannot be moved into itself or its subfolders",
            ));
        }
        cursor = ctx
            .state
            .item(FOLDERS, &cursor)
            .and_then(|f| f["parent_id"].as_str())
            .unwrap_or(ROOT)
            .to_string();
    }
    if sibling_named(ctx, &parent, &name, Some(&id)) {
        return Err(ApiError::already_exists(format!(
            "a folder named {name:?} already exists there"
        )));
    }
    let labels = ctx.body.get("labels").cloned();
    if let Some(f) = ctx.state.item_mut(FOLDERS, &id) {
        f["name"] = json!(name);
        f["parent_id"] = json!(parent);
        if let Some(labels) = labels {
            f["labels"] = labels;
        }
    }
    refresh_paths(ctx.state);
    Ok(Reply::Json(shown(ctx, FOLDERS, FOLDERS, &id)?))
}

/// The folders and clusters directly in a folder, as FolderResources.
fn folder_children(ctx: &Ctx<'_>, id: &str) -> Vec<Value> {
    let mut out: Vec<Value> = ctx
        .state
        .collection(FOLDERS)
        .map(|c| {
            c.iter()
                .filter(|f| f["parent_id"] == id)
                .filter_map(|f| ctx.render(FOLDERS, f))
                .collect()
        })
        .unwrap_or_default();
    if let Some(c) = ctx.state.collection(CLUSTERS) {
        let org = ctx.state.meta_str("cockroach_org_id");
        out.extend(
            c.iter()
                .filter(|x| x["parent_id"] == id && x["_deleted"] != true)
                .map(|x| {
                    json!({
                        "resource_id": x["id"],
                        "resource_type": "CLUSTER",
                        "name": x["name"],
                        "parent_id": id,
                        "organization_id": org,
                        "labels": x.get("labels").cloned().unwrap_or(json!({})),
                        "path": lineage(ctx.state, id),
                    })
                }),
        );
    }
    out
}

fn delete_folder(ctx: &mut Ctx<'_>) -> Result<Reply, ApiError> {
    let id = ctx.param("folder_id").to_string();
    shown(ctx, FOLDERS, FOLDERS, &id)?;
    if !folder_children(ctx, &id).is_empty() {
        return Err(ApiError::failed_precondition(format!(
            "folder {id} is not empty: move or delete its clusters and folders first"
        )));
    }
    // The answer is empty (`{}`: the spec's answer has no fields).
    generic(ctx)?;
    Ok(Reply::Empty)
}

fn folder_contents(ctx: &mut Ctx<'_>) -> Result<Reply, ApiError> {
    let id = ctx.param("folder_id").to_string();
    if !folder_exists(ctx, &id) {
        return Err(ApiError::not_found(format!("folder {id:?} not found")));
    }
    let items = folder_children(ctx, &id);
    let page = page_params(ctx)?;
    let (items, next) = paginate_vec(items, &page);
    Ok(Reply::Json(list_body("resources", items, next)))
}
