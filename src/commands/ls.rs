//! `dbcloud ls` (alias `status`): every database of every configured profile and provider, fetched
//! concurrently, in one table. No single-vendor CLI can show this.

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

    let results = futures_util::future::join_all(sources.iter().map(|s| fetch(ctx, s))).await;
    let mut rows = Vec::new();
    let mut failed = 0;
    for (source, result) in sources.iter().zip(results) {
        match result {
            Ok(mut found) => rows.append(&mut found),
            Err(e) => {
                failed += 1;
                ctx.out.warn(&format!(
                    "profile '{}', {}: {e}",
                    source.profile, source.provider
                ));
            }
        }
    }
    ctx.out.list(&rows, COLUMNS)?;
    if failed > 0 {
        return Err(Error::Failed(format!(
            "{failed} of {} sources could not be listed (see the warnings above)",
            sources.len()
        )));
    }
    Ok(())
}

async fn fetch(ctx: &Ctx, source: &Source) -> Result<Vec<Value>> {
    let client = ctx.client(source.provider, &source.url, source.auth.clone())?;
    let profile = &source.profile;
    match source.provider {
        Provider::ClickHouse => {
            let api = crate::clickhouse::api::Api::new(client);
            let org = match &source.organization {
                Some(org) => org.clone(),
                None => crate::clickhouse::discover_org(&api).await?,
            };
            // Each model is turned into its row and dropped at once: a big fan-out holds one copy.
            let services = api.services(&org).await?;
            services
                .into_iter()
                .map(|s| {
                    let resource = crate::output::to_json(&s)?;
                    let region = format!(
                        "{}/{}",
                        lookup(&resource, "provider")
                            .map(display)
                            .unwrap_or_default(),
                        lookup(&resource, "region").map(display).unwrap_or_default()
                    );
                    Ok(json!({
                        "profile": profile, "provider": "clickhouse", "kind": "service",
                        "id": s.id, "name": s.name, "state": s.state, "region": region,
                        "plan": lookup(&resource, "tier"), "resource": resource,
                    }))
                })
                .collect()
        }
        Provider::Cockroach => {
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
    }
}
