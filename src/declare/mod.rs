//! Databases as code: `dbcloud plan`, `apply` and `export` (DESIGN.md, "Databases as code").
//!
//! A TOML or YAML file declares resources by name across both clouds and several profiles. There is no state
//! file: the name is the identity and the live API is the state. The engine, which knows nothing of clap or
//! terminals (like the API modules), is one file per concern:
//!
//! - `file.rs` reads and checks a declaration file (every key, type and value, with the file's line on
//!   error) into [`Desired`] resources;
//! - `read.rs` reads the live state of what the file declares, concurrently per profile and kind;
//! - `plan.rs` compares the two ([`plan::Plan`]): only the fields the file mentions, refusing the changes
//!   the API cannot make in place;
//! - `apply.rs` makes the changes in dependency order, independent resources concurrently; `write.rs` holds
//!   the writes confirmed after an unknown outcome and the waits;
//! - `export.rs` writes the live state as a file; `view.rs` renders plans and outcomes as text.
//!
//! Each kind of resource is one implementation of [`kinds::Kind`] (`kinds/`): its fields, how the live
//! resource shows them, and its create, update and delete. A new kind is a file there and a line in
//! [`KindId`] (as ClickHouse Postgres services were).

pub mod apply;
pub mod export;
pub mod fields;
pub mod file;
pub mod kinds;
mod locate;
pub mod plan;
pub mod read;
pub mod view;
mod write;

use std::path::PathBuf;

use serde_json::Value;

use crate::provider::Provider;

pub use file::Declaration;

/// The kinds of resource a file can declare.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum KindId {
    /// A ClickHouse service (`[clickhouse.services.NAME]`).
    Service,
    /// A ClickHouse Postgres service (`[clickhouse.postgres.NAME]`).
    Postgres,
    /// A CockroachDB cluster (`[cockroach.clusters.NAME]`).
    Cluster,
    /// A database of a cluster (`databases = [...]`).
    Database,
    /// A SQL user of a cluster (`[cockroach.clusters.NAME.sql_users.USER]`).
    SqlUser,
    /// An allowlist entry of a cluster (`allowlist = [...]`).
    Allowlist,
    /// The maintenance window of a cluster (`maintenance_window = {...}`).
    MaintenanceWindow,
}

impl KindId {
    pub fn kind(self) -> &'static dyn kinds::Kind {
        kinds::of(self)
    }

    /// The name in plans and in `-o json` (`"service"`, `"sql_user"`, ...).
    pub fn name(self) -> &'static str {
        match self {
            KindId::Service => "service",
            KindId::Postgres => "postgres",
            KindId::Cluster => "cluster",
            KindId::Database => "database",
            KindId::SqlUser => "sql_user",
            KindId::Allowlist => "allowlist",
            KindId::MaintenanceWindow => "maintenance_window",
        }
    }

    pub fn provider(self) -> Provider {
        match self {
            KindId::Service | KindId::Postgres => Provider::ClickHouse,
            _ => Provider::Cockroach,
        }
    }

    /// The kind a resource of this kind belongs to (a database to a cluster).
    pub fn parent(self) -> Option<KindId> {
        match self {
            KindId::Service | KindId::Postgres | KindId::Cluster => None,
            _ => Some(KindId::Cluster),
        }
    }
}

/// The name of a provider in files and plans.
pub fn provider_key(p: Provider) -> &'static str {
    p.key()
}

/// Who a resource is: its profile, kind, the name of the resource it belongs to, and its own name.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ResKey {
    pub profile: String,
    pub kind: KindId,
    pub parent: Option<String>,
    pub name: String,
}

impl ResKey {
    pub fn provider(&self) -> Provider {
        self.kind.provider()
    }

    /// "service web", "database shop of cluster analytics".
    pub fn describe(&self) -> String {
        let own = match self.kind {
            KindId::MaintenanceWindow => "maintenance window".to_string(),
            KindId::Postgres => format!("Postgres service {}", self.name),
            KindId::SqlUser => format!("SQL user {}", self.name),
            KindId::Allowlist => format!("allowlist entry {}", self.name),
            k => format!("{} {}", k.name(), self.name),
        };
        match &self.parent {
            Some(parent) => format!("{own} of cluster {parent}"),
            None => own,
        }
    }
}

/// Field values of one resource, in the file's form (normalized), in the order of its kind's fields.
pub type Fields = Vec<(&'static str, Value)>;

/// The value of `key` among `fields`.
pub fn get<'a>(fields: &'a Fields, key: &str) -> Option<&'a Value> {
    fields.iter().find(|(k, _)| *k == key).map(|(_, v)| v)
}

/// A secret a resource needs, as the file references it.
#[derive(Clone, Debug, Default)]
pub enum Secret {
    #[default]
    None,
    /// A SQL user's password, read from `password_env` or `password_file` when the file was loaded.
    Password(String),
    /// Where a new ClickHouse or Postgres service's password is to be written (`password_file`).
    PasswordFile(PathBuf),
}

/// One resource as the file declares it.
#[derive(Clone, Debug)]
pub struct Desired {
    pub key: ResKey,
    /// Only the fields the file mentions.
    pub fields: Fields,
    pub secret: Secret,
    /// The line of the file that declares it.
    pub line: usize,
    /// For a cluster: the kinds of its resources it declares (`databases`, `allowlist`, ...), even empty.
    pub children: Vec<KindId>,
}

/// One resource as the API shows it.
#[derive(Clone, Debug)]
pub struct Live {
    pub id: String,
    pub name: String,
    pub raw: Value,
}

impl Live {
    /// A resource whose name is also its ID (a database, a SQL user, an allowlist entry's CIDR).
    pub fn named(name: impl Into<String>, raw: Value) -> Live {
        let name = name.into();
        Live {
            id: name.clone(),
            name,
            raw,
        }
    }
}

/// What apply has to say while it works; the command shows it (a line per resource on a terminal).
pub trait Reporter {
    /// `key` is at this step ("creating", "waiting for running: provisioning").
    fn progress(&self, key: &ResKey, message: &str);
    /// `key`'s change has ended so.
    fn finished(&self, key: &ResKey, action: plan::Action, outcome: &apply::Outcome);
    /// `key`, which has no change of its own, is done with what it did for its resources (waiting for it
    /// to take them): its progress, if any, can go.
    fn idle(&self, key: &ResKey);
    /// Something the user must know that is not an error (a password that was not kept).
    fn note(&self, message: &str);
}

/// A declaration compared with the live state.
pub struct Prepared {
    pub decl: Declaration,
    pub accounts: Vec<read::Account>,
    pub plan: plan::Plan,
}

/// Where `plan` and `apply` start: the file read and checked (nothing is sent when it is refused), the
/// accounts it names connected, their live state read, and the plan made. `default_profile` is the profile
/// of resources whose file names none; `profiles` the settings in effect of every profile.
pub async fn prepare(
    file: &std::path::Path,
    default_profile: &str,
    env: &dyn Fn(&str) -> Option<String>,
    profiles: &[crate::context::ProfileSettings],
    client: &dyn Fn(Provider, &str, crate::http::Auth) -> crate::error::Result<crate::http::Client>,
    prune: bool,
) -> crate::error::Result<Prepared> {
    let decl = file::load(file, default_profile, env)?;
    let wanted = decl.accounts();
    let mut accounts = read::connect(profiles, client, &wanted).await?;
    let wants: Vec<read::Want> = accounts
        .iter()
        .map(|a| {
            let top: Vec<KindId> = decl
                .kinds_of(&a.profile)
                .into_iter()
                .filter(|k| k.provider() == a.provider)
                .collect();
            let mine = |d: &&Desired| d.key.profile == a.profile && d.key.provider() == a.provider;
            read::Want {
                top,
                children: decl
                    .resources
                    .iter()
                    .filter(mine)
                    .filter(|d| !d.children.is_empty())
                    .map(|d| (d.key.name.clone(), d.children.clone()))
                    .collect(),
                all_children: false,
                folders: decl
                    .resources
                    .iter()
                    .filter(mine)
                    .any(|d| get(&d.fields, "folder").is_some()),
            }
        })
        .collect();
    let mut found = read::read(&mut accounts, &wants).await?;
    // The regions the API publishes, where a cluster declares regions (to check the new ones).
    let regions: Vec<usize> = accounts
        .iter()
        .enumerate()
        .filter(|(_, a)| {
            a.provider == Provider::Cockroach
                && decl.resources.iter().any(|d| {
                    d.key.kind == KindId::Cluster
                        && d.key.profile == a.profile
                        && get(&d.fields, "regions").is_some()
                })
        })
        .map(|(i, _)| i)
        .collect();
    read::regions(&mut accounts, &regions).await;
    // What the lists do not show, of the resources whose declarations give it (a Postgres service's
    // settings).
    let details: Vec<(usize, KindId, String)> = decl
        .resources
        .iter()
        .filter(|d| d.key.parent.is_none())
        .filter(|d| {
            let detailed = d.key.kind.kind().detailed();
            d.fields.iter().any(|(k, _)| detailed.contains(k))
        })
        .filter_map(|d| {
            let i = accounts
                .iter()
                .position(|a| a.profile == d.key.profile && a.provider == d.key.provider())?;
            Some((i, d.key.kind, d.key.name.clone()))
        })
        .collect();
    read::details(&accounts, &mut found, &details).await?;
    let plan = plan::plan(&decl, &accounts, &found, prune);
    Ok(Prepared {
        decl,
        accounts,
        plan,
    })
}
