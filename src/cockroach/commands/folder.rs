//! `dbcloud crdb folder`: folders that organize clusters. FOLDER is an ID, a path (`/team/prod`) or an exact
//! name; `/` is the top of the tree.

use std::collections::BTreeMap;

use clap::Subcommand;
use serde_json::Value;

use super::common::{LimitArg, report_deleted};
use crate::cockroach::api::org::{Folder, ROOT_FOLDER};
use crate::cockroach::{find_folder_id, input, is_root_folder, once};
use crate::confirm;
use crate::context::Ctx;
use crate::error::{Error, Result};
use crate::output::Column;

#[derive(clap::Args, Debug)]
pub struct Args {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// List folders (all of them, at every depth)
    #[command(after_help = "\
Examples:
  dbcloud crdb folder list
  dbcloud crdb folder list --path /team")]
    List {
        /// Only the folder at this absolute path (like /team/prod)
        #[arg(long, value_name = "PATH")]
        path: Option<String>,
        #[command(flatten)]
        limit: LimitArg,
    },
    /// Create a folder, at the top or inside another one
    #[command(after_help = "\
Examples:
  dbcloud crdb folder create team
  dbcloud crdb folder create prod --parent /team --label cost-center=42")]
    Create {
        /// Folder name
        #[arg(value_parser = folder_name)]
        name: String,
        /// The folder to create it in: ID, path or exact name [default: the top]
        #[arg(long, value_name = "FOLDER")]
        parent: Option<String>,
        /// A label KEY=VALUE (repeat for several)
        #[arg(long = "label", value_name = "KEY=VALUE", value_parser = input::label)]
        labels: Vec<(String, String)>,
    },
    /// Show a folder
    #[command(after_help = "\
Examples:
  dbcloud crdb folder get /team/prod
  dbcloud crdb folder get prod --json")]
    Get {
        /// Folder ID, path or exact name
        folder: String,
    },
    /// Rename a folder, move it into another one (`--parent /` moves it to the top) or change its labels
    #[command(after_help = "\
Examples:
  dbcloud crdb folder update /team/prod --name production
  dbcloud crdb folder update /team/prod --parent /
  dbcloud crdb folder update /team --label owner=alice")]
    Update {
        /// Folder ID, path or exact name
        folder: String,
        /// The new name
        #[arg(long, value_parser = folder_name)]
        name: Option<String>,
        /// The folder to move it into: ID, path or exact name; / for the top
        #[arg(long, value_name = "FOLDER")]
        parent: Option<String>,
        /// The folder's labels, KEY=VALUE (repeat for several): they replace all its labels
        #[arg(long = "label", value_name = "KEY=VALUE", value_parser = input::label, conflicts_with = "clear_labels")]
        labels: Vec<(String, String)>,
        /// Remove all the folder's labels
        #[arg(long)]
        clear_labels: bool,
    },
    /// Delete an empty folder
    #[command(after_help = "Example:\n  dbcloud crdb folder delete /team/old --yes")]
    Delete {
        /// Folder ID, path or exact name
        folder: String,
    },
    /// List the clusters and folders directly inside a folder (/ for the top)
    #[command(after_help = "\
Examples:
  dbcloud crdb folder contents /team
  dbcloud crdb folder contents /")]
    Contents {
        /// Folder ID, path or exact name; / for the top
        folder: String,
        #[command(flatten)]
        limit: LimitArg,
    },
}

const COLUMNS: &[Column] = &[
    Column::field("ID", "resource_id"),
    Column::field("NAME", "name"),
    Column::computed("PATH", path),
    Column::field("PARENT", "parent_id"),
];

const CONTENT_COLUMNS: &[Column] = &[
    Column::field("TYPE", "resource_type"),
    Column::field("ID", "resource_id"),
    Column::field("NAME", "name"),
    Column::computed("PATH", path),
];

/// The absolute path of a folder or cluster: its ancestors' names (`path`, a list) and its own name.
fn path(resource: &Value) -> String {
    let mut path: String = resource
        .get("path")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .map(|s| format!("/{}", s.get("name").and_then(Value::as_str).unwrap_or("?")))
        .collect();
    path.push('/');
    path.push_str(
        resource
            .get("name")
            .and_then(Value::as_str)
            .unwrap_or_default(),
    );
    path
}

/// A folder name: not empty, and without `/`, which separates the names in a path.
fn folder_name(s: &str) -> std::result::Result<String, String> {
    let name = crate::validate::name(s)?;
    if name.contains('/') {
        return Err(format!(
            "'{s}' contains '/'; a folder name cannot (paths use it to separate names)"
        ));
    }
    Ok(name)
}

/// Refuses `/` where a real folder is needed, before anything is sent.
fn not_root(reference: &str) -> Result<()> {
    if is_root_folder(reference) {
        return Err(Error::usage(format!(
            "'{reference}' is the top of the folder tree, not a folder: name a folder by ID, path or name"
        )));
    }
    Ok(())
}

pub async fn run(ctx: &Ctx, args: Args) -> Result<()> {
    match args.command {
        Command::List { path, limit } => {
            let folders = ctx.cockroach()?.folders(path.as_deref(), limit.get());
            ctx.out.list_pages(folders, COLUMNS).await
        }
        Command::Create {
            name,
            parent,
            labels,
        } => {
            let parent_id = match &parent {
                Some(p) => Some(find_folder_id(ctx, p).await?),
                None => None,
            };
            // The top needs no parent_id: it is where a folder goes without one.
            let parent_id = parent_id.filter(|p| p != ROOT_FOLDER);
            let api = ctx.cockroach()?;
            let labels = labels.into_iter().collect();
            // Names are unique within a parent: read back by name and parent.
            let what = format!("folder {name}");
            let parent = parent_id.as_deref().unwrap_or(ROOT_FOLDER);
            let folder = confirm::write(
                ctx,
                &what,
                || api.create_folder(&name, parent_id.as_deref(), &labels),
                || async {
                    let all = api.folders(None, None).await?;
                    let under = |f: &Folder| {
                        f.extra
                            .get("parent_id")
                            .and_then(|p| p.as_str())
                            .unwrap_or(ROOT_FOLDER)
                            == parent
                    };
                    once::found(all, |f| f.name == name && under(f), &what)
                },
            )
            .await?
            .into_inner();
            ctx.out.status(&format!(
                "Created folder {} ({}).",
                folder.absolute_path(),
                folder.resource_id
            ));
            ctx.out.item(&folder, COLUMNS)
        }
        Command::Get { folder } => {
            not_root(&folder)?;
            let id = find_folder_id(ctx, &folder).await?;
            let folder = ctx.cockroach()?.folder(&id).await?;
            ctx.out.item(&folder, COLUMNS)
        }
        Command::Update {
            folder,
            name,
            parent,
            labels,
            clear_labels,
        } => {
            not_root(&folder)?;
            let labels: Option<BTreeMap<String, String>> =
                (clear_labels || !labels.is_empty()).then(|| labels.into_iter().collect());
            if name.is_none() && parent.is_none() && labels.is_none() {
                return Err(Error::usage(
                    "nothing to change: pass --name, --parent, --label or --clear-labels",
                ));
            }
            let id = find_folder_id(ctx, &folder).await?;
            let parent_id = match &parent {
                Some(p) => Some(find_folder_id(ctx, p).await?),
                None => None,
            };
            let api = ctx.cockroach()?;
            let what = format!("folder {folder}");
            let updated = confirm::repeat(ctx, &what, || {
                api.update_folder(&id, name.as_deref(), parent_id.as_deref(), labels.as_ref())
            })
            .await?;
            ctx.out.status(&format!(
                "Updated folder {folder}: now {}.",
                updated.absolute_path()
            ));
            ctx.out.item(&updated, COLUMNS)
        }
        Command::Delete { folder } => {
            not_root(&folder)?;
            ctx.prompt.confirm(&format!("delete folder {folder}"))?;
            let id = find_folder_id(ctx, &folder).await?;
            let api = ctx.cockroach()?;
            let what = format!("folder {folder}");
            let deleted = once::deleted(ctx, &what, || api.delete_folder(&id)).await?;
            let deleted = deleted.unwrap_or_else(|| serde_json::json!({ "resource_id": id }));
            report_deleted(ctx, &format!("Deleted folder {folder} ({id})."), &deleted)
        }
        Command::Contents { folder, limit } => {
            let id = find_folder_id(ctx, &folder).await?;
            let entries = ctx.cockroach()?.folder_contents(&id, limit.get());
            ctx.out.list_pages(entries, CONTENT_COLUMNS).await
        }
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    #[test]
    fn paths_are_the_lineage_and_the_name() {
        let f = json!({"name": "prod", "path": [{"id": "1", "name": "team"}]});
        assert_eq!(super::path(&f), "/team/prod");
        assert_eq!(super::path(&json!({"name": "top", "path": []})), "/top");
    }
}
