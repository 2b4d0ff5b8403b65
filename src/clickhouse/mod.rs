//! `dbcloud ch`: ClickHouse Cloud.

pub mod api;
pub(crate) mod commands;

use std::future::Future;

use clap::Subcommand;

use crate::cli::Lazy;
use crate::context::Ctx;
use crate::error::{Error, Result};
use api::{Api, ApiKey, Invitation, Member, Organization, Role, Service};
use serde_json::Value;

#[derive(clap::Args, Debug)]
pub struct Args {
    /// Organization ID (or CLICKHOUSE_ORG_ID; default: the profile's, else the only one the key sees)
    #[arg(long, global = true, value_name = "ID", value_parser = crate::validate::uuid)]
    pub org: Option<String>,
    /// API base URL (or CLICKHOUSE_API_URL) [default: https://api.clickhouse.cloud]
    #[arg(long, global = true, value_name = "URL")]
    pub api_url: Option<String>,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Organizations: list, inspect, rename, private endpoints
    Org(Lazy<commands::org::Args>),
    /// Services: create, inspect, change, start, stop, scale, delete, passwords, metrics
    Service(Lazy<commands::service::Args>),
    /// Backups of a service
    Backup(Lazy<commands::backup::Args>),
    /// API keys of the organization
    Key(Lazy<commands::key::Args>),
    /// Members of the organization
    Member(Lazy<commands::member::Args>),
    /// Invitations to join the organization
    Invitation(Lazy<commands::invitation::Args>),
    /// The organization's audit log
    Activity(Lazy<commands::activity::Args>),
    /// Postgres services: create, inspect, change, restart, replicate, restore, settings, metrics
    #[command(visible_alias = "pg")]
    Postgres(Lazy<commands::postgres::Args>),
    /// The organization's quotas: limits, usage, what is left
    Quota(Lazy<commands::quota::Args>),
    /// Usage costs over a period, per service or per day
    Usage(Lazy<commands::usage::Args>),
    /// BYOC (bring your own cloud) infrastructure in your cloud accounts
    Byoc(Lazy<commands::byoc::Args>),
    /// User-defined functions: code, versions, attachments to services
    Udf(Lazy<commands::udf::Args>),
    /// ClickPipes: ingestion into a service from Kafka, object storage, Kinesis, Pub/Sub and databases
    Clickpipe(Lazy<commands::clickpipe::Args>),
    /// Roles of the organization: system and custom, their permissions, members and keys
    Role(Lazy<commands::role::Args>),
    /// ClickStack of a service: dashboards, alerts, sources, webhooks, roles, saved searches
    Clickstack(Lazy<commands::clickstack::Args>),
}

pub async fn run(ctx: &Ctx, command: Command) -> Result<()> {
    match command {
        Command::Org(args) => commands::org::run(ctx, args.0).await,
        Command::Service(args) => commands::service::run(ctx, args.0).await,
        Command::Backup(args) => commands::backup::run(ctx, args.0).await,
        Command::Key(args) => commands::key::run(ctx, args.0).await,
        Command::Member(args) => commands::member::run(ctx, args.0).await,
        Command::Invitation(args) => commands::invitation::run(ctx, args.0).await,
        Command::Activity(args) => commands::activity::run(ctx, args.0).await,
        Command::Postgres(args) => commands::postgres::run(ctx, args.0).await,
        Command::Quota(args) => commands::quota::run(ctx, args.0).await,
        Command::Usage(args) => commands::usage::run(ctx, args.0).await,
        Command::Byoc(args) => commands::byoc::run(ctx, args.0).await,
        Command::Udf(args) => commands::udf::run(ctx, args.0).await,
        Command::Clickpipe(args) => commands::clickpipe::run(ctx, args.0).await,
        Command::Role(args) => commands::role::run(ctx, args.0).await,
        Command::Clickstack(args) => commands::clickstack::run(ctx, args.0).await,
    }
}

/// The organization when the key sees exactly one; with several, the user must choose.
pub async fn discover_org(api: &Api) -> Result<String> {
    Ok(choose_org(api.organizations().await?)?.id)
}

/// The only organization of a list, or an error listing them for `--org`.
pub fn choose_org(orgs: Vec<Organization>) -> Result<Organization> {
    match orgs.len() {
        1 => Ok(orgs.into_iter().next().expect("one organization")),
        0 => Err(Error::NotFound("the API key sees no organization".into())),
        n => Err(Error::usage(format!(
            "the API key sees {n} organizations; choose one with --org (or CLICKHOUSE_ORG_ID):\n{}",
            orgs.iter()
                .map(|o| format!("  {}  {}", o.id, o.name))
                .collect::<Vec<_>>()
                .join("\n")
        ))),
    }
}

/// A resource a user can refer to by its ID or by a label (a name, an e-mail address).
pub trait Named {
    /// What it is, for messages ("service", "API key").
    const KIND: &'static str;
    /// What the label is, for messages ("name", "e-mail address").
    const LABEL: &'static str;
    fn id(&self) -> &str;
    fn label(&self) -> &str;
    /// Whether the label is the one the user gave (exact by default).
    fn is_called(&self, reference: &str) -> bool {
        self.label() == reference
    }
    /// A short line telling apart several resources with the same label.
    fn detail(&self) -> String {
        String::new()
    }
}

impl Named for Service {
    const KIND: &'static str = "service";
    const LABEL: &'static str = "name";
    fn id(&self) -> &str {
        &self.id
    }
    fn label(&self) -> &str {
        &self.name
    }
    fn detail(&self) -> String {
        self.state.clone()
    }
}

impl Named for ApiKey {
    const KIND: &'static str = "API key";
    const LABEL: &'static str = "name";
    fn id(&self) -> &str {
        &self.id
    }
    fn label(&self) -> &str {
        &self.name
    }
    fn detail(&self) -> String {
        ["state", "createdAt"]
            .iter()
            .filter_map(|f| self.extra.get(*f).and_then(|v| v.as_str()))
            .collect::<Vec<_>>()
            .join("  ")
    }
}

impl Named for Member {
    const KIND: &'static str = "member";
    const LABEL: &'static str = "e-mail address";
    fn id(&self) -> &str {
        &self.user_id
    }
    fn label(&self) -> &str {
        self.email.as_deref().unwrap_or_default()
    }
    // E-mail addresses are stored lowercased; people do not type them that way.
    fn is_called(&self, reference: &str) -> bool {
        self.label().eq_ignore_ascii_case(reference)
    }
}

impl Named for Invitation {
    const KIND: &'static str = "invitation";
    const LABEL: &'static str = "e-mail address";
    fn id(&self) -> &str {
        &self.id
    }
    fn label(&self) -> &str {
        self.email.as_deref().unwrap_or_default()
    }
    fn is_called(&self, reference: &str) -> bool {
        self.label().eq_ignore_ascii_case(reference)
    }
}

impl Named for Role {
    const KIND: &'static str = "role";
    const LABEL: &'static str = "name";
    fn id(&self) -> &str {
        &self.id
    }
    fn label(&self) -> &str {
        &self.name
    }
    // People write role names as they say them ("billing admin").
    fn is_called(&self, reference: &str) -> bool {
        self.name.eq_ignore_ascii_case(reference.trim())
    }
    fn detail(&self) -> String {
        self.extra
            .get("type")
            .and_then(Value::as_str)
            .unwrap_or_default()
            .to_string()
    }
}

/// The one resource `reference` names: fetched by ID when `by_id` says it is one, else found in the list by
/// its label. Both futures are lazy: only the one needed is sent.
pub async fn resolve<T, G, L>(reference: &str, by_id: bool, get: G, list: L) -> Result<T>
where
    T: Named,
    G: Future<Output = Result<T>>,
    L: IntoFuture<Output = Result<Vec<T>>>,
{
    if by_id {
        get.await
    } else {
        pick(reference, list.await?)
    }
}

/// The one item whose label is `reference`: none is exit 3; several is exit 2 listing their IDs.
pub fn pick<T: Named>(reference: &str, items: Vec<T>) -> Result<T> {
    let matches: Vec<T> = items
        .into_iter()
        .filter(|item| item.is_called(reference))
        .collect();
    crate::lookup::one_match(
        matches,
        || format!("no {} with ID or {} '{reference}'", T::KIND, T::LABEL),
        |n| {
            format!(
                "{n} {}s have the {} '{reference}'; use the ID",
                T::KIND,
                T::LABEL
            )
        },
        |m| format!("{}  {}", m.id(), m.detail()),
    )
}

/// The ID `reference` stands for: itself when it is a UUID (no request), else the ID of the one item of
/// `list` with that label.
pub async fn resolve_id<T, L>(reference: &str, list: L) -> Result<String>
where
    T: Named,
    L: IntoFuture<Output = Result<Vec<T>>>,
{
    match as_uuid(reference) {
        Some(id) => Ok(id),
        None => Ok(pick(reference, list.await?)?.id().to_string()),
    }
}

/// The IDs of roles given by ID (used as they are) or by name (case-insensitive, looked up with one
/// request, and only when a name is given), each once. An unknown name is a usage error (exit 2) listing
/// the organization's roles.
pub async fn role_ids(
    ctx: &Ctx,
    org: &str,
    references: &[String],
    flag: &str,
) -> Result<Vec<String>> {
    let mut roles: Option<Vec<Role>> = None;
    let mut ids: Vec<String> = Vec::new();
    for reference in references {
        let id = match as_uuid(reference) {
            Some(id) => id,
            None => {
                let roles = match &mut roles {
                    Some(roles) => roles,
                    None => roles.insert(ctx.clickhouse()?.roles(org).await?),
                };
                let named: Vec<&Role> = roles.iter().filter(|r| r.is_called(reference)).collect();
                match named.as_slice() {
                    [one] => one.id.clone(),
                    [] => {
                        let names: Vec<&str> = roles.iter().map(|r| r.name.as_str()).collect();
                        return Err(Error::usage(format!(
                            "invalid value '{reference}' for '{flag}': no role has that name; the organization's roles: {}",
                            names.join(", ")
                        )));
                    }
                    several => {
                        return Err(Error::usage(format!(
                            "{} roles are called '{reference}'; use the ID:\n{}",
                            several.len(),
                            several
                                .iter()
                                .map(|r| format!("  {}  {}  {}", r.id, r.name, r.detail()))
                                .collect::<Vec<_>>()
                                .join("\n")
                        )));
                    }
                }
            }
        };
        if !ids.contains(&id) {
            ids.push(id);
        }
    }
    Ok(ids)
}

/// The roles assigned to a key, member or invitation, by name ("Admin, Auditors"); the deprecated
/// legacy role names when the API sent no assigned roles.
pub fn assigned_roles(item: &Value) -> String {
    let names: Vec<String> = match item.get("assignedRoles").and_then(Value::as_array) {
        Some(assigned) => assigned
            .iter()
            .filter_map(|r| r.get("roleName").and_then(Value::as_str))
            .map(str::to_string)
            .collect(),
        None => match item.get("roles").or_else(|| item.get("role")) {
            Some(Value::Array(legacy)) => legacy
                .iter()
                .filter_map(Value::as_str)
                .map(str::to_string)
                .collect(),
            Some(Value::String(one)) => vec![one.clone()],
            _ => Vec::new(),
        },
    };
    names.join(", ")
}

/// A service by ID, or by exact name (several services with that name is a usage error listing them).
pub async fn find_service(ctx: &Ctx, org: &str, reference: &str) -> Result<Service> {
    let api = ctx.clickhouse()?;
    let id = as_uuid(reference);
    resolve(
        reference,
        id.is_some(),
        api.service(org, id.as_deref().unwrap_or(reference)),
        api.services(org),
    )
    .await
}

/// The ID of the service `reference` names, without a request when it is an ID already.
pub async fn service_id(ctx: &Ctx, org: &str, reference: &str) -> Result<String> {
    resolve_id(reference, ctx.clickhouse()?.services(org)).await
}

/// The reference as a canonical (lowercase, hyphenated) UUID, when it is one.
pub fn as_uuid(reference: &str) -> Option<String> {
    crate::validate::uuid(reference).ok()
}
