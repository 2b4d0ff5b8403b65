//! `dbcloud ls` (alias `status`): every database of every configured profile and provider, fetched
//! concurrently, in one table: ClickHouse services and Postgres services, CockroachDB clusters. No
//! single-vendor CLI can show this.

use serde_json::{Value, json};

use crate::commands::ProviderArg;
use crate::context::Ctx;
use crate::error::{Error, Result};
use crate::http::Auth;
use crate::output::{Column, display, lookup};
use crate::provider::Provider;

#[derive(clap::Args, Debug)]
#[command(after_help = "\
Examples:
  dbcloud ls
  dbcloud ls --provider cockroach --json
  dbcloud ls --jq '.[] | select(.kind == \"postgres\") | .name'   # ClickHouse Postgres services
  dbcloud ls --jq '.[] | select(.state != \"running\" and .state != \"CREATED\") | .name'

Each profile's credentials are used for its own databases; the environment applies to the active profile.")]
pub struct Args {
    /// Only this provider's databases
    #[arg(long, value_enum)]
    provider: Option<ProviderArg>,
}

/// One provider of one profile to ask.
struct Source {
    profile: String,
    provider: Provider,
    url: String,
    auth: Auth,
    organization: Option<String>,
}

const COLUMNS: &[Column] = &[
    Column::field("PROFILE", "profile"),
    Column::field("PROVIDER", "provider"),
    Column::field("KIND", "kind"),
    Column::field("NAME", "name"),
    Column::field("STATE", "state"),
    Column::field("REGION", "region"),
    Column::field("PLAN", "plan"),
    Column::field("ID", "id"),
];

pub async fn run(ctx: &Ctx, args: Args) -> Result<()> {
    let only: Option<Provider> = args.provider.map(Into::into);
    let mut sources = Vec::new();
    for p in ctx.all_profiles() {
        if let Some(ch) = p.clickhouse.filter(|_| only != Some(Provider::Cockroach))
            && let Some(auth) = ch.auth()
        {
            sources.push(Source {
                profile: p.name.clone(),
                provider: Provider::ClickHouse,
                url: ch.api_url.value,
                auth,
                organization: ch.organization.map(|o| o.value),
            });
        }
        if let Some(crdb) = p.cockroach.filter(|_| only != Some(Provider::ClickHouse))
            && let Some(auth) = crdb.auth()
        {
            sources.push(Source {
                profile: p.name.clone(),
                provider: Provider::Cockroach,
                url: crdb.api_url.value,
                auth,
                organization: None,
            });
        }
    }
    if sources.is_empty() {
        return Err(Error::Unauthorized("no profile has credentials to list databases with".into())
            .with_hint("log in with `dbcloud auth login --provider clickhouse|cockroach`, or set the API key variables"));
    }

    // Profiles mostly share an API host: each distinct one is tried once, not once per profile.
    let mut urls: Vec<&str> = sources.iter().map(|s| s.url.as_str()).collect();
    urls.sort_unstable();
    urls.dedup();
    let reach = futures_util::future::join_all(urls.iter().map(|url| reachable(url))).await;
    let reach: std::collections::HashMap<&str, std::result::Result<(), String>> =
        urls.into_iter().zip(reach).collect();
    let results = futures_util::future::join_all(
        sources
            .iter()
            .map(|s| fetch(ctx, s, &reach[s.url.as_str()])),
    )
    .await;
    let mut rows = Vec::new();
    let mut failed = 0;
    let mut listings = 0;
    for (source, fetched) in sources.iter().zip(results) {
        listings += fetched.listings;
        rows.extend(fetched.rows);
        for (what, e) in fetched.errors {
            failed += 1;
            ctx.out
                .warn(&format!("profile '{}', {what}: {e}", source.profile));
        }
    }
    ctx.out.list(&rows, COLUMNS)?;
    if failed > 0 {
        return Err(Error::Failed(format!(
            "{failed} of {listings} lists could not be fetched (see the warnings above)"
        )));
    }
    Ok(())
}

/// What one source gave: its rows, and the lists that could not be fetched (what, why).
struct Fetched {
    rows: Vec<Value>,
    errors: Vec<(String, Error)>,
    /// How many lists were asked for.
    listings: usize,
}

impl Fetched {
    fn from(what: String, listings: usize, result: Result<Vec<Value>>) -> Fetched {
        match result {
            Ok(rows) => Fetched {
                rows,
                errors: Vec::new(),
                listings,
            },
            Err(e) => Fetched {
                rows: Vec::new(),
                errors: vec![(what, e)],
                listings,
            },
        }
    }
}

/// How long a profile's API may take to accept a connection before `ls` leaves it out.
const REACH_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(3);

/// Whether the API's host resolves and accepts a connection within [`REACH_TIMEOUT`]: a profile whose API
/// cannot be reached (a stale host name, a stopped local emulator) is reported at once instead of stalling
/// the whole table while its requests are retried.
async fn reachable(url: &str) -> std::result::Result<(), String> {
    let parsed = reqwest::Url::parse(url).map_err(|e| format!("{url} is not a URL: {e}"))?;
    let host = parsed.host_str().unwrap_or_default().to_string();
    let port = parsed.port_or_known_default().unwrap_or(443);
    let connect = async {
        let addrs = tokio::net::lookup_host((host.as_str(), port))
            .await
            .map_err(|e| format!("cannot resolve {host}: {e}"))?;
        let mut last = format!("{host} has no address");
        for addr in addrs {
            match tokio::net::TcpStream::connect(addr).await {
                Ok(_) => return Ok(()),
                Err(e) => last = format!("cannot connect to {host}:{port}: {e}"),
            }
        }
        Err(last)
    };
    tokio::time::timeout(REACH_TIMEOUT, connect)
        .await
        .unwrap_or_else(|_| {
            Err(format!(
                "{host}:{port} did not answer within {}s",
                REACH_TIMEOUT.as_secs()
            ))
        })
}

/// One source's databases, once its API's address answered (`reach`, see [`reachable`]).
async fn fetch(ctx: &Ctx, source: &Source, reach: &std::result::Result<(), String>) -> Fetched {
    if let Err(why) = reach {
        let what = format!("{} (skipped)", source.provider);
        return Fetched::from(
            what,
            1,
            Err(Error::Network {
                provider: source.provider,
                url: source.url.clone(),
                detail: why.clone(),
                // Nothing was sent: the address did not take a connection.
                sent: false,
            }),
        );
    }
    match source.provider {
        Provider::ClickHouse => fetch_clickhouse(ctx, source).await,
        Provider::Cockroach => Fetched::from(
            source.provider.to_string(),
            1,
            fetch_cockroach(ctx, source).await,
        ),
    }
}

/// "aws/us-east-1" from a resource's provider and region fields.
fn place(resource: &Value, provider: &str, region: &str) -> String {
    format!(
        "{}/{}",
        lookup(resource, provider).map(display).unwrap_or_default(),
        lookup(resource, region).map(display).unwrap_or_default()
    )
}

/// The services and the Postgres services of the profile's organization: the two lists are asked for at
/// the same time, and one failing does not hide the other.
async fn fetch_clickhouse(ctx: &Ctx, source: &Source) -> Fetched {
    let what = |list: &str| format!("{} {list}", source.provider);
    let client = match ctx.client(source.provider, &source.url, source.auth.clone()) {
        Ok(client) => client,
        Err(e) => return Fetched::from(what("services"), 2, Err(e)),
    };
    let api = crate::clickhouse::api::Api::new(client);
    let org = match &source.organization {
        Some(org) => org.clone(),
        None => match crate::clickhouse::discover_org(&api).await {
            Ok(org) => org,
            Err(e) => return Fetched::from(what("services"), 2, Err(e)),
        },
    };
    let profile = &source.profile;
    let (services, postgres) = tokio::join!(api.services(&org), api.postgres_services(&org));
    // Each model is turned into its row and dropped at once: a big fan-out holds one copy.
    let services = services.and_then(|services| {
        services
            .into_iter()
            .map(|s| {
                let resource = crate::output::to_json(&s)?;
                Ok(json!({
                    "profile": profile, "provider": "clickhouse", "kind": "service",
                    "id": s.id, "name": s.name, "state": s.state,
                    "region": place(&resource, "provider", "region"),
                    "plan": lookup(&resource, "tier"), "resource": resource,
                }))
            })
            .collect::<Result<Vec<_>>>()
    });
    let postgres = postgres.and_then(|services| {
        services
            .into_iter()
            .map(|s| {
                let resource = crate::output::to_json(&s)?;
                Ok(json!({
                    "profile": profile, "provider": "clickhouse", "kind": "postgres",
                    "id": s.id, "name": s.name, "state": s.state,
                    "region": place(&resource, "provider", "region"),
                    "plan": lookup(&resource, "size"), "resource": resource,
                }))
            })
            .collect::<Result<Vec<_>>>()
    });
    let mut fetched = Fetched::from(what("services"), 2, services);
    let postgres = Fetched::from(what("Postgres services"), 0, postgres);
    fetched.rows.extend(postgres.rows);
    fetched.errors.extend(postgres.errors);
    fetched
}

async fn fetch_cockroach(ctx: &Ctx, source: &Source) -> Result<Vec<Value>> {
    let client = ctx.client(source.provider, &source.url, source.auth.clone())?;
    let profile = &source.profile;
    let clusters = crate::cockroach::api::Api::new(client)
        .clusters(false, None)
        .await?;
    clusters
        .into_iter()
        .map(|c| {
            let resource = crate::output::to_json(&c)?;
            let regions: Vec<String> = lookup(&resource, "regions")
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
                .filter_map(|r| r.get("name").and_then(Value::as_str).map(str::to_string))
                .collect();
            let region = format!(
                "{}/{}",
                lookup(&resource, "cloud_provider")
                    .map(display)
                    .unwrap_or_default(),
                regions.join(",")
            );
            Ok(json!({
                "profile": profile, "provider": "cockroach", "kind": "cluster",
                "id": c.id, "name": c.name, "state": c.state(), "region": region,
                "plan": lookup(&resource, "plan"), "resource": resource,
            }))
        })
        .collect()
}
