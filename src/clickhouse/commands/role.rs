//! `dbcloud ch role`: the organization's roles (roles v2). System roles are listed and shown; custom roles are
//! created, changed and deleted. A role allows (or denies) permissions on resources, and is assigned to
//! members and API keys, its actors.

use clap::Subcommand;
use serde_json::Value;

use super::{ListArgs, print_pages};
use crate::clickhouse::api::{NewRole, Policy, Role, RolePatch};
use crate::clickhouse::{Named, as_uuid, pick, resolve, resolve_id, service_id};
use crate::confirm;
use crate::context::Ctx;
use crate::document::{self, FileArg};
use crate::error::{Error, Result};
use crate::http::to_json;
use crate::output::Column;
use crate::provider::Provider;

#[derive(clap::Args, Debug)]
pub struct Args {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// List the organization's roles: system and custom
    #[command(after_help = "\
Examples:
  dbcloud ch role list
  dbcloud ch role list --jq '.[] | select(.type == \"custom\") | .name'")]
    List(ListArgs),
    /// Show a role: its permissions, resources and actors
    #[command(
        after_help = "Examples:\n  dbcloud ch role get \"Service Admin\"\n  dbcloud ch role get auditors --jq .actors"
    )]
    Get {
        /// Role ID or name (case-insensitive)
        role: String,
    },
    /// Create a custom role
    #[command(after_help = "\
Examples:
  dbcloud ch role create --name Auditors --permission control-plane:organization:view \\
      --member ada@example.com
  dbcloud ch role create --name web-operators --permission control-plane:service:view \\
      --permission control-plane:service:manage --service web --key ci
  dbcloud ch role create --file role.yaml   # name, actors, policies (SQL console tags, ...)

Permissions are those of ClickHouse Cloud's console (control-plane:organization:view,
control-plane:service:manage-backups, ...). Without --resource or --service, organization
permissions apply to the organization and the others to every service (instance/*).
The API keeps no description for a role.")]
    Create(CreateArgs),
    /// Rename a custom role, or change its permissions or members and keys
    #[command(after_help = "\
Examples:
  dbcloud ch role update Auditors --add-permission control-plane:organization:view-billing
  dbcloud ch role update Auditors --remove-permission control-plane:organization:view --name Readers
  dbcloud ch role update Auditors --add-member bob@example.com --remove-key ci
  dbcloud ch role update Auditors --file role.yaml   # its fields replace the role's

System roles cannot be changed.")]
    Update(UpdateArgs),
    /// Delete a custom role (its members and keys lose it)
    #[command(after_help = "Example:\n  dbcloud ch role delete Auditors --yes")]
    Delete {
        /// Role ID or name (case-insensitive)
        role: String,
    },
}

#[derive(clap::Args, Debug)]
struct CreateArgs {
    /// Role name
    #[arg(long, value_parser = crate::validate::name, required_unless_present = "file")]
    name: Option<String>,
    /// A permission the role allows, like control-plane:service:view (repeatable)
    #[arg(long = "permission", value_name = "PERMISSION", value_parser = crate::validate::id)]
    permissions: Vec<String>,
    /// A permission the role denies (repeatable)
    #[arg(long = "deny", value_name = "PERMISSION", value_parser = crate::validate::id)]
    denied: Vec<String>,
    /// What the permissions apply to: organization/ID, instance/ID or instance/* (repeatable)
    #[arg(long = "resource", value_name = "RESOURCE", value_parser = crate::validate::id)]
    resources: Vec<String>,
    /// Apply the permissions to this service (ID or exact name; repeatable): instance/ID
    #[arg(long = "service", value_name = "SERVICE")]
    services: Vec<String>,
    #[command(flatten)]
    actors: ActorArgs,
    /// The whole request from a JSON or YAML document (`-` reads stdin), checked against the API's schema
    #[arg(long, short = 'f', value_name = "FILE",
          conflicts_with_all = ["name", "permissions", "denied", "resources", "services", "members", "keys"])]
    file: Option<String>,
}

/// Members and keys to assign a new role to.
#[derive(clap::Args, Debug)]
struct ActorArgs {
    /// Assign the role to this member: e-mail address or user ID (repeatable)
    #[arg(long = "member", value_name = "MEMBER")]
    members: Vec<String>,
    /// Assign the role to this API key: name or ID (repeatable)
    #[arg(long = "key", value_name = "KEY")]
    keys: Vec<String>,
}

#[derive(clap::Args, Debug)]
#[command(group = clap::ArgGroup::new("change").required(true).multiple(true))]
struct UpdateArgs {
    /// Role ID or name (case-insensitive)
    role: String,
    /// New name
    #[arg(long, group = "change", value_parser = crate::validate::name)]
    name: Option<String>,
    /// Allow this permission too (repeatable)
    #[arg(long, group = "change", value_name = "PERMISSION", value_parser = crate::validate::id)]
    add_permission: Vec<String>,
    /// Stop allowing (or denying) this permission (repeatable)
    #[arg(long, group = "change", value_name = "PERMISSION", value_parser = crate::validate::id)]
    remove_permission: Vec<String>,
    /// Assign the role to this member too: e-mail address or user ID (repeatable)
    #[arg(long, group = "change", value_name = "MEMBER")]
    add_member: Vec<String>,
    /// Take the role from this member (repeatable)
    #[arg(long, group = "change", value_name = "MEMBER")]
    remove_member: Vec<String>,
    /// Assign the role to this API key too: name or ID (repeatable)
    #[arg(long, group = "change", value_name = "KEY")]
    add_key: Vec<String>,
    /// Take the role from this API key (repeatable)
    #[arg(long, group = "change", value_name = "KEY")]
    remove_key: Vec<String>,
    /// The changes from a JSON or YAML document (`-` reads stdin): name, actors, policies, each replacing
    /// the role's
    #[arg(long, short = 'f', group = "change", value_name = "FILE",
          conflicts_with_all = ["name", "add_permission", "remove_permission", "add_member", "remove_member",
                                "add_key", "remove_key"])]
    file: Option<String>,
}

/// The permissions of a role's policies: allowed ones as they are, denied ones marked.
fn permissions(role: &Value, allow_deny: &str) -> String {
    role["policies"]
        .as_array()
        .into_iter()
        .flatten()
        .filter(|p| p["allowDeny"] == allow_deny)
        .flat_map(|p| p["permissions"].as_array().into_iter().flatten())
        .filter_map(Value::as_str)
        .collect::<Vec<_>>()
        .join(", ")
}

fn allowed(role: &Value) -> String {
    permissions(role, "ALLOW")
}

fn denied(role: &Value) -> String {
    permissions(role, "DENY")
}

fn resources(role: &Value) -> String {
    let mut out: Vec<&str> = Vec::new();
    for r in role["policies"]
        .as_array()
        .into_iter()
        .flatten()
        .flat_map(|p| p["resources"].as_array().into_iter().flatten())
        .filter_map(Value::as_str)
    {
        if !out.contains(&r) {
            out.push(r);
        }
    }
    out.join(", ")
}

fn actor_count(role: &Value) -> String {
    role["actors"]
        .as_array()
        .map_or_else(String::new, |a| a.len().to_string())
}

const COLUMNS: &[Column] = &[
    Column::field("NAME", "name"),
    Column::field("ID", "id"),
    Column::field("TYPE", "type"),
    Column::computed("ACTORS", actor_count),
    Column::computed("PERMISSIONS", allowed),
];

const DETAIL_COLUMNS: &[Column] = &[
    Column::field("NAME", "name"),
    Column::field("ID", "id"),
    Column::field("TYPE", "type"),
    Column::computed("ALLOWS", allowed),
    Column::computed("DENIES", denied),
    Column::computed("RESOURCES", resources),
    Column::field("ACTORS", "actors"),
    Column::field("CREATED", "createdAt"),
    Column::field("UPDATED", "updatedAt"),
];

pub async fn run(ctx: &Ctx, args: Args) -> Result<()> {
    let api = ctx.clickhouse()?;
    match &args.command {
        Command::Delete { role } => ctx.prompt.confirm(&format!("delete role {role}"))?,
        Command::Create(create) => create.check()?,
        _ => {}
    }
    let org = ctx.clickhouse_org().await?;
    match args.command {
        Command::List(list) => print_pages(ctx, api.roles(&org), &list, COLUMNS).await,
        Command::Get { role } => ctx
            .out
            .item(&find_role(ctx, &org, &role).await?, DETAIL_COLUMNS),
        Command::Create(args) => {
            let body = match &args.file {
                Some(file) => read_document(file, "organizationRolePost")?,
                None => to_json(&args.to_role(ctx, &org).await?)?,
            };
            let since = std::time::SystemTime::now();
            let name = body["name"].as_str().unwrap_or_default().to_string();
            let what = format!("role {name}");
            let role = confirm::write(
                ctx,
                &what,
                || api.create_role(&org, &body),
                || async { confirm::created(api.roles(&org).await?, "name", &name, since, &what) },
            )
            .await?
            .into_inner();
            ctx.out
                .status(&format!("Created role {} ({}).", role.name, role.id));
            ctx.out.item(&role, DETAIL_COLUMNS)
        }
        Command::Update(args) => update(ctx, &org, args).await,
        Command::Delete { role } => {
            let id = resolve_id(&role, api.roles(&org)).await?;
            let what = format!("role {role}");
            confirm::delete(ctx, &what, || api.delete_role(&org, &id)).await?;
            ctx.out.status(&format!("Deleted role {role}."));
            Ok(())
        }
    }
}

async fn find_role(ctx: &Ctx, org: &str, reference: &str) -> Result<Role> {
    let api = ctx.clickhouse()?;
    let id = as_uuid(reference);
    resolve(
        reference,
        id.is_some(),
        api.role(org, id.as_deref().unwrap_or(reference)),
        api.roles(org),
    )
    .await
}

fn read_document(file: &str, operation_id: &str) -> Result<Value> {
    document::read_body(
        Provider::ClickHouse,
        operation_id,
        &FileArg {
            file: file.to_string(),
        },
    )
}

/// What a policy applies to when the user names nothing: the organization for organization-wide
/// permissions (`control-plane:organization:*`, `control-plane:support:*`), every service for the others.
fn default_resources(org: &str, permissions: &[String]) -> Vec<String> {
    let org_wide = |p: &String| {
        p.starts_with("control-plane:organization:") || p.starts_with("control-plane:support:")
    };
    let mut out = Vec::new();
    if permissions.iter().any(org_wide) {
        out.push(format!("organization/{org}"));
    }
    if permissions.iter().any(|p| !org_wide(p)) {
        out.push("instance/*".to_string());
    }
    out
}

impl CreateArgs {
    fn check(&self) -> Result<()> {
        if self.file.is_none() && self.permissions.is_empty() && self.denied.is_empty() {
            return Err(Error::usage(
                "a role needs at least one --permission or --deny (or a --file)",
            ));
        }
        Ok(())
    }

    async fn to_role(&self, ctx: &Ctx, org: &str) -> Result<NewRole> {
        let mut resources = self.resources.clone();
        for service in &self.services {
            resources.push(format!("instance/{}", service_id(ctx, org, service).await?));
        }
        let policy = |allow_deny: &str, permissions: &[String]| Policy {
            allow_deny: allow_deny.to_string(),
            permissions: permissions.to_vec(),
            resources: if resources.is_empty() {
                default_resources(org, permissions)
            } else {
                resources.clone()
            },
            tags: None,
        };
        let mut policies = Vec::new();
        if !self.permissions.is_empty() {
            policies.push(policy("ALLOW", &self.permissions));
        }
        if !self.denied.is_empty() {
            policies.push(policy("DENY", &self.denied));
        }
        Ok(NewRole {
            name: self.name.clone().unwrap_or_default(),
            actors: actors(ctx, org, &self.actors.members, &self.actors.keys).await?,
            policies,
        })
    }
}

/// The actors (`user/ID`, `apiKey/ID`) of members and keys given by ID or by e-mail address and name.
async fn actors(ctx: &Ctx, org: &str, members: &[String], keys: &[String]) -> Result<Vec<String>> {
    let api = ctx.clickhouse()?;
    let mut out: Vec<String> = Vec::new();
    for id in ids_of(members, api.members(org)).await? {
        push_once(&mut out, format!("user/{id}"));
    }
    for id in ids_of(keys, api.keys(org)).await? {
        push_once(&mut out, format!("apiKey/{id}"));
    }
    Ok(out)
}

/// The IDs of resources given by ID (used as they are) or by label (found in `list`, fetched once and only
/// when a label is given), each once.
pub(crate) async fn ids_of<T: Named + Clone>(
    references: &[String],
    list: impl IntoFuture<Output = Result<Vec<T>>>,
) -> Result<Vec<String>> {
    let mut list = Some(list);
    let mut items: Option<Vec<T>> = None;
    let mut out = Vec::new();
    for reference in references {
        let id = match as_uuid(reference) {
            Some(id) => id,
            None => {
                let all = match (&items, list.take()) {
                    (Some(all), _) => all.clone(),
                    (None, Some(fetch)) => items.insert(fetch.await?).clone(),
                    (None, None) => Vec::new(),
                };
                pick(reference, all)?.id().to_string()
            }
        };
        push_once(&mut out, id);
    }
    Ok(out)
}

fn push_once(list: &mut Vec<String>, item: String) {
    if !list.contains(&item) {
        list.push(item);
    }
}

async fn update(ctx: &Ctx, org: &str, args: UpdateArgs) -> Result<()> {
    let api = ctx.clickhouse()?;
    let role = find_role(ctx, org, &args.role).await?;
    let body = match &args.file {
        Some(file) => read_document(file, "organizationRolePatch")?,
        None => to_json(&args.to_patch(ctx, org, &role).await?)?,
    };
    let what = format!("role {}", args.role);
    let updated = confirm::repeat(ctx, &what, || api.update_role(org, &role.id, &body)).await?;
    ctx.out.status(&format!("Updated role {}.", updated.name));
    ctx.out.item(&updated, DETAIL_COLUMNS)
}

impl UpdateArgs {
    /// The changes, from the role as it is: permissions added to its allowing policy on what they apply to
    /// (or a new one), removed from every policy (a policy left without any is dropped); actors added and
    /// removed. Removing what the role does not have is an error naming what it has.
    async fn to_patch(&self, ctx: &Ctx, org: &str, role: &Role) -> Result<RolePatch> {
        let mut patch = RolePatch {
            name: self.name.clone(),
            ..RolePatch::default()
        };
        if !self.add_permission.is_empty() || !self.remove_permission.is_empty() {
            let mut policies = role.policies();
            let has = |policies: &[Policy], p: &String| {
                policies.iter().any(|policy| policy.permissions.contains(p))
            };
            if let Some(missing) = self.remove_permission.iter().find(|p| !has(&policies, p)) {
                let all: Vec<&String> = policies.iter().flat_map(|p| &p.permissions).collect();
                return Err(Error::usage(format!(
                    "invalid value '{missing}' for '--remove-permission': role {} does not have it; its permissions: {}",
                    role.name,
                    all.iter()
                        .map(|p| p.as_str())
                        .collect::<Vec<_>>()
                        .join(", ")
                )));
            }
            for policy in &mut policies {
                policy
                    .permissions
                    .retain(|p| !self.remove_permission.contains(p));
            }
            policies.retain(|p| !p.permissions.is_empty());
            let new: Vec<String> = self
                .add_permission
                .iter()
                .filter(|p| !has(&policies, p))
                .cloned()
                .collect();
            // Each new permission joins the allowing policy on what it applies to, or a new one.
            for permission in new {
                let resources = default_resources(org, std::slice::from_ref(&permission));
                let same = policies.iter_mut().find(|p| {
                    p.allow_deny == "ALLOW" && p.tags.is_none() && p.resources == resources
                });
                match same {
                    Some(policy) => policy.permissions.push(permission),
                    None => policies.push(Policy {
                        allow_deny: "ALLOW".into(),
                        resources,
                        permissions: vec![permission],
                        tags: None,
                    }),
                }
            }
            patch.policies = Some(policies);
        }
        let changes_actors = [
            &self.add_member,
            &self.remove_member,
            &self.add_key,
            &self.remove_key,
        ]
        .iter()
        .any(|l| !l.is_empty());
        if changes_actors {
            let mut current = role.actors();
            let removed = actors(ctx, org, &self.remove_member, &self.remove_key).await?;
            if let Some(missing) = removed.iter().find(|a| !current.contains(a)) {
                return Err(Error::usage(format!(
                    "role {} is not assigned to {missing}; its actors: {}",
                    role.name,
                    if current.is_empty() {
                        "none".to_string()
                    } else {
                        current.join(", ")
                    }
                )));
            }
            current.retain(|a| !removed.contains(a));
            for a in actors(ctx, org, &self.add_member, &self.add_key).await? {
                push_once(&mut current, a);
            }
            patch.actors = Some(current);
        }
        Ok(patch)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn permissions_apply_to_what_they_are_about() {
        let org = "o";
        let p = |s: &[&str]| s.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert_eq!(
            default_resources(org, &p(&["control-plane:organization:view"])),
            ["organization/o"]
        );
        assert_eq!(
            default_resources(org, &p(&["control-plane:service:view"])),
            ["instance/*"]
        );
        assert_eq!(
            default_resources(
                org,
                &p(&[
                    "control-plane:support:manage",
                    "sql-console:database:access"
                ])
            ),
            ["organization/o", "instance/*"]
        );
    }
}
