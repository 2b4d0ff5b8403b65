//! The live state: one connection per profile and provider the file declares resources of (each with the
//! credentials of its profile and the client-side rate limit of its key), and the lists of what exists,
//! read concurrently per profile and kind, then per cluster for a cluster's own resources.

use std::collections::HashMap;

use futures_util::future::{join_all, try_join_all};

use super::kinds::Scope;
use super::{KindId, Live};
use crate::clickhouse::api::Api as ClickHouseApi;
use crate::cockroach::api::Api as CockroachApi;
use crate::context::ProfileSettings;
use crate::error::{Error, Result};
use crate::http::{Auth, Client};
use crate::provider::Provider;

/// One profile's connection to one provider.
pub enum Conn {
    ClickHouse {
        api: ClickHouseApi,
        org: String,
    },
    /// `url`: the API's, which keys what is cached of it (the regions it publishes).
    Cockroach {
        api: CockroachApi,
        url: String,
    },
}

impl Conn {
    pub fn clickhouse(&self) -> Result<(&ClickHouseApi, &str)> {
        match self {
            Conn::ClickHouse { api, org } => Ok((api, org)),
            Conn::Cockroach { .. } => Err(Error::Failed(
                "internal: a ClickHouse resource on a CockroachDB connection".into(),
            )),
        }
    }

    pub fn cockroach(&self) -> Result<&CockroachApi> {
        match self {
            Conn::Cockroach { api, .. } => Ok(api),
            Conn::ClickHouse { .. } => Err(Error::Failed(
                "internal: a CockroachDB resource on a ClickHouse connection".into(),
            )),
        }
    }
}

/// What a profile's folders are, to show a cluster's folder as a path (`/team/prod`), and the regions its
/// API publishes, to check a cluster's new regions as `dbcloud crdb cluster create --region` does.
#[derive(Clone, Debug, Default)]
pub struct Catalog {
    /// (ID, absolute path).
    pub folders: Vec<(String, String)>,
    /// Empty when they were not read, or could not be (the server then judges).
    pub regions: Vec<PublishedRegion>,
}

pub use crate::cockroach::PublishedRegion;

/// No folders (what listing resources needs).
pub static NO_CATALOG: Catalog = Catalog {
    folders: Vec::new(),
    regions: Vec::new(),
};

impl Catalog {
    /// The path of a folder ID; `/` for the top of the tree (or a cluster in none).
    pub fn path_of(&self, id: &str) -> Option<String> {
        if id.is_empty() || id == crate::cockroach::api::org::ROOT_FOLDER {
            return Some("/".into());
        }
        self.folders
            .iter()
            .find(|(i, _)| i == id)
            .map(|(_, p)| p.clone())
    }

    /// The regions of `provider` (any case) that a serverless or dedicated cluster may use; empty when the
    /// published regions are not known.
    pub fn regions_of(&self, provider: &str, serverless: bool) -> Vec<&str> {
        PublishedRegion::usable(&self.regions, provider, serverless)
    }

    /// The ID of a folder path (`/` is the top).
    pub fn id_of(&self, path: &str) -> Option<String> {
        let wanted = normalize_folder(path);
        if wanted == "/" {
            return Some(crate::cockroach::api::org::ROOT_FOLDER.into());
        }
        self.folders
            .iter()
            .find(|(_, p)| normalize_folder(p) == wanted)
            .map(|(i, _)| i.clone())
    }
}

/// A folder path with one leading slash and none at the end (`/` for the top).
pub fn normalize_folder(path: &str) -> String {
    let inner = path.trim().trim_matches('/');
    format!("/{inner}")
}

/// One profile's provider: its connection and what it has.
pub struct Account {
    pub profile: String,
    pub provider: Provider,
    pub conn: Conn,
    pub catalog: Catalog,
}

/// What to read for one profile and provider.
#[derive(Clone, Debug, Default)]
pub struct Want {
    pub top: Vec<KindId>,
    /// The clusters (by name) whose own resources to read, and which kinds of them.
    pub children: Vec<(String, Vec<KindId>)>,
    /// Every cluster's own resources of every kind, and what the lists do not show of every resource
    /// ([`super::kinds::Kind::detail`]): export.
    pub all_children: bool,
    pub folders: bool,
}

/// The live state of one profile and provider.
#[derive(Default)]
pub struct Found {
    pub top: HashMap<KindId, Vec<Live>>,
    /// (cluster name, kind) → resources.
    pub children: HashMap<(String, KindId), Vec<Live>>,
}

/// The connections of these profiles and providers, from each profile's settings in effect (`profiles`)
/// and a client built for them (`client`). Credentials are checked here, before any request (none is exit
/// 4 naming the profile); the ClickHouse organization is found when the profile names none.
pub async fn connect(
    profiles: &[ProfileSettings],
    client: &dyn Fn(Provider, &str, Auth) -> Result<Client>,
    wanted: &[(String, Provider)],
) -> Result<Vec<Account>> {
    let mut pending = Vec::new();
    for (profile, provider) in wanted {
        let settings = profiles.iter().find(|p| &p.name == profile);
        let missing = || Error::NoCredentials {
            provider: *provider,
            profile: profile.clone(),
        };
        let (url, auth, org) = match provider {
            Provider::ClickHouse => {
                let s = settings
                    .and_then(|p| p.clickhouse.as_ref())
                    .ok_or_else(missing)?;
                let auth = s.auth().ok_or_else(missing)?;
                (
                    s.api_url.value.clone(),
                    auth,
                    s.organization.as_ref().map(|o| o.value.clone()),
                )
            }
            Provider::Cockroach => {
                let s = settings
                    .and_then(|p| p.cockroach.as_ref())
                    .ok_or_else(missing)?;
                let auth = s.auth().ok_or_else(missing)?;
                (s.api_url.value.clone(), auth, None)
            }
        };
        let client = client(*provider, &url, auth)?;
        pending.push((profile.clone(), *provider, client, org));
    }
    let opened = join_all(
        pending
            .into_iter()
            .map(|(profile, provider, client, org)| async move {
                let conn = match provider {
                    Provider::ClickHouse => {
                        let api = ClickHouseApi::new(client);
                        let org = match org {
                            Some(org) => org,
                            None => crate::clickhouse::discover_org(&api)
                                .await
                                .map_err(|e| in_profile(&profile, provider, e))?,
                        };
                        Conn::ClickHouse { api, org }
                    }
                    Provider::Cockroach => Conn::Cockroach {
                        url: client.base_url().to_string(),
                        api: CockroachApi::new(client),
                    },
                };
                Ok::<_, Error>(Account {
                    profile,
                    provider,
                    conn,
                    catalog: Catalog::default(),
                })
            }),
    )
    .await;
    opened.into_iter().collect()
}

/// An error of one profile's reading, saying which.
pub fn in_profile(profile: &str, provider: Provider, e: Error) -> Error {
    let hint = e.hint();
    let exit = e.exit_code();
    let message = format!("profile '{profile}', {provider}: {e}");
    let wrapped = match exit {
        crate::error::ExitCode::Auth => Error::Unauthorized(message),
        crate::error::ExitCode::NotFound => Error::NotFound(message),
        crate::error::ExitCode::Timeout => Error::Timeout(message),
        crate::error::ExitCode::Usage => Error::Usage(message),
        _ => Error::Failed(message),
    };
    match hint {
        Some(h) => wrapped.with_hint(h),
        None => wrapped,
    }
}

/// Reads what each account has, concurrently; `wants[i]` says what to read of `accounts[i]`. Any list that
/// cannot be read fails the whole reading: a plan made from part of the state could do harm.
pub async fn read(accounts: &mut [Account], wants: &[Want]) -> Result<Vec<Found>> {
    let results = join_all(
        accounts
            .iter()
            .zip(wants)
            .map(|(account, want)| read_account(account, want)),
    )
    .await;
    let mut out = Vec::new();
    for (account, result) in accounts.iter_mut().zip(results) {
        let (found, catalog) =
            result.map_err(|e| in_profile(&account.profile, account.provider, e))?;
        account.catalog = catalog;
        out.push(found);
    }
    Ok(out)
}

/// Adds what the lists do not show ([`super::kinds::Kind::detail`]) to the listed resources `wanted` names:
/// (the index of the account, the kind, the name), concurrently. A name not listed is left alone.
pub async fn details(
    accounts: &[Account],
    found: &mut [Found],
    wanted: &[(usize, KindId, String)],
) -> Result<()> {
    let mut jobs = Vec::new();
    for (i, kind, name) in wanted {
        let listed = found[*i].top.get(kind).into_iter().flatten();
        for (at, live) in listed.enumerate().filter(|(_, l)| &l.name == name) {
            jobs.push((*i, *kind, at, live.clone()));
        }
    }
    let read = join_all(jobs.into_iter().map(|(i, kind, at, live)| async move {
        let account = &accounts[i];
        let scope = Scope {
            conn: &account.conn,
            catalog: &NO_CATALOG,
            parent: None,
        };
        kind.kind()
            .detail(scope, live)
            .await
            .map(|l| (i, kind, at, l))
            .map_err(|e| in_profile(&account.profile, account.provider, e))
    }))
    .await;
    for r in read {
        let (i, kind, at, live) = r?;
        if let Some(slot) = found[i].top.get_mut(&kind).and_then(|l| l.get_mut(at)) {
            *slot = live;
        }
    }
    Ok(())
}

/// Adds the regions the CockroachDB API publishes to the catalogs of these accounts (by index), concurrently.
pub async fn regions(accounts: &mut [Account], wanted: &[usize]) {
    let read = join_all(
        wanted
            .iter()
            .filter_map(|i| accounts.get(*i).map(|a| (*i, &a.conn)))
            .map(|(i, conn)| async move { (i, published_regions(conn).await) }),
    )
    .await;
    for (i, regions) in read {
        accounts[i].catalog.regions = regions;
    }
}

/// The regions the CockroachDB API publishes ([`crate::cockroach::published_regions`]).
async fn published_regions(conn: &Conn) -> Vec<PublishedRegion> {
    match conn {
        Conn::Cockroach { api, .. } => crate::cockroach::published_regions(api).await,
        _ => Vec::new(),
    }
}

async fn read_account(account: &Account, want: &Want) -> Result<(Found, Catalog)> {
    let scope = Scope {
        conn: &account.conn,
        catalog: &NO_CATALOG,
        parent: None,
    };
    let folders = async {
        if !want.folders {
            return Ok(Catalog::default());
        }
        let api = account.conn.cockroach()?;
        let folders = api.folders(None, None).await?;
        Ok::<_, Error>(Catalog {
            folders: folders
                .iter()
                .map(|f| (f.resource_id.clone(), f.absolute_path()))
                .collect(),
            regions: Vec::new(),
        })
    };
    let tops = join_all(want.top.iter().map(|k| k.kind().list(scope)));
    let (catalog, tops) = tokio::join!(folders, tops);
    let catalog = catalog?;
    let mut found = Found::default();
    for (kind, listed) in want.top.iter().zip(tops) {
        let mut listed = listed?;
        // Export: what the lists do not show, of every resource.
        if want.all_children && !kind.kind().detailed().is_empty() {
            listed = try_join_all(listed.into_iter().map(|l| kind.kind().detail(scope, l))).await?;
        }
        found.top.insert(*kind, listed);
    }
    // A cluster's own resources, for each declared cluster that exists (or every cluster, for export).
    let mut jobs: Vec<(String, KindId, Live)> = Vec::new();
    for cluster in found.top.get(&KindId::Cluster).into_iter().flatten() {
        let kinds: Vec<KindId> = if want.all_children {
            KindId::Cluster.kind().children().to_vec()
        } else {
            want.children
                .iter()
                .find(|(name, _)| *name == cluster.name)
                .map(|(_, k)| k.clone())
                .unwrap_or_default()
        };
        for k in kinds {
            jobs.push((cluster.name.clone(), k, cluster.clone()));
        }
    }
    let lists = join_all(jobs.iter().map(|(_, kind, cluster)| {
        kind.kind().list(Scope {
            conn: &account.conn,
            catalog: &NO_CATALOG,
            parent: Some(cluster),
        })
    }))
    .await;
    for ((name, kind, _), listed) in jobs.into_iter().zip(lists) {
        found.children.insert((name, kind), listed?);
    }
    Ok((found, catalog))
}
