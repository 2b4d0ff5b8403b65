//! `dbcloud api ch|crdb METHOD PATH`: an authenticated raw request through the same core (auth, retries,
//! rate limits, errors and exit codes), printing the answer's body.

use reqwest::Method;
use serde_json::Value;

use crate::commands::ProviderArg;
use crate::context::Ctx;
use crate::error::{Error, Result};
use crate::http::{Client, Request};
use crate::provider::Provider;

#[derive(clap::Args, Debug)]
#[command(after_help = "\
Examples:
  dbcloud api ch GET /v1/organizations
  dbcloud api ch PATCH /v1/organizations/$ORG --data '{\"name\":\"acme\"}'
  dbcloud api crdb GET /api/v1/clusters --paginate --jq '.clusters[].name'
  dbcloud api crdb POST /api/v1/clusters/$CLUSTER/databases --data @db.json
  dbcloud api crdb GET /api/v1/auditlogevents --query pagination.limit=10

The body is printed as the API returned it (ClickHouse answers keep their envelope).")]
pub struct Args {
    /// Which API: ch (ClickHouse Cloud) or crdb (CockroachDB Cloud)
    #[arg(value_enum)]
    provider: ProviderArg,
    /// HTTP method: GET, POST, PUT, PATCH or DELETE
    #[arg(value_parser = parse_method)]
    method: Method,
    /// Path as the API documents it (/v1/... or /api/v1/...), optionally with ?query
    path: String,
    /// Request body: JSON text, @FILE, or - for stdin
    #[arg(long, short = 'd', value_name = "JSON|@FILE|-")]
    data: Option<String>,
    /// Query parameter (repeatable)
    #[arg(long, short = 'F', value_name = "KEY=VALUE", value_parser = parse_pair)]
    query: Vec<(String, String)>,
    /// Follow CockroachDB pagination to the last page and merge the lists
    #[arg(long)]
    paginate: bool,
}

fn parse_method(s: &str) -> std::result::Result<Method, String> {
    match s.to_ascii_uppercase().as_str() {
        "GET" => Ok(Method::GET),
        "POST" => Ok(Method::POST),
        "PUT" => Ok(Method::PUT),
        "PATCH" => Ok(Method::PATCH),
        "DELETE" => Ok(Method::DELETE),
        "HEAD" => Ok(Method::HEAD),
        _ => Err(format!(
            "'{s}' is not one of GET, POST, PUT, PATCH, DELETE, HEAD"
        )),
    }
}

fn parse_pair(s: &str) -> std::result::Result<(String, String), String> {
    s.split_once('=')
        .filter(|(k, _)| !k.is_empty())
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .ok_or_else(|| format!("'{s}' is not KEY=VALUE"))
}

fn read_body(data: &str) -> Result<Value> {
    let (text, origin) = if data == "-" {
        let mut text = String::new();
        std::io::Read::read_to_string(&mut std::io::stdin(), &mut text)
            .map_err(|e| Error::io("cannot read the body from stdin", e))?;
        (text, "stdin".to_string())
    } else if let Some(file) = data.strip_prefix('@') {
        let text = std::fs::read_to_string(file)
            .map_err(|e| Error::usage(format!("--data @{file}: {e}")))?;
        (text, file.to_string())
    } else {
        (data.to_string(), "--data".to_string())
    };
    serde_json::from_str(&text)
        .map_err(|e| Error::usage(format!("the body from {origin} is not JSON: {e}")))
}

pub async fn run(ctx: &Ctx, args: Args) -> Result<()> {
    let provider: Provider = args.provider.into();
    let (path, inline_query) = match args.path.split_once('?') {
        Some((p, q)) => (p.to_string(), q.to_string()),
        None => (args.path.clone(), String::new()),
    };
    let prefix = match provider {
        Provider::ClickHouse => "/v1/",
        Provider::Cockroach => "/api/v1/",
    };
    if !path.starts_with(prefix) {
        return Err(Error::usage(format!(
            "{provider} paths start with {prefix} (as the API documents them), not '{path}'"
        )));
    }
    let mut req = Request::new(args.method, path);
    for (k, v) in reqwest::Url::parse(&format!("http://x/?{inline_query}"))
        .map(|u| u.query_pairs().into_owned().collect::<Vec<_>>())
        .unwrap_or_default()
        .into_iter()
        .chain(args.query)
    {
        req = req.query(k, v);
    }
    if let Some(data) = &args.data {
        req.body = Some(read_body(data)?);
    }
    let client: &Client = match provider {
        Provider::ClickHouse => ctx.clickhouse()?.client(),
        Provider::Cockroach => ctx.cockroach()?.client(),
    };
    if args.paginate && provider == Provider::Cockroach {
        let merged = paginate(client, req).await?;
        return ctx.out.value(&merged);
    }
    let resp = client.send(&req).await?;
    match serde_json::from_slice::<Value>(&resp.body) {
        Ok(v) => ctx.out.value(&v),
        Err(_) => ctx.out.text(&resp.text()),
    }
}

/// Follows `pagination.next_page`/`next`, appending every array field of each page to the first page's.
async fn paginate(client: &Client, req: Request) -> Result<Value> {
    let mut merged: Option<serde_json::Map<String, Value>> = None;
    let mut token: Option<String> = None;
    loop {
        let mut page_req = req.clone();
        if let Some(t) = &token {
            page_req.query.retain(|(k, _)| k != "pagination.page");
            page_req = page_req.query("pagination.page", t);
        }
        let resp = client.send(&page_req).await?;
        let page: serde_json::Map<String, Value> = resp.json()?;
        let next = crate::cockroach::api::next_page_token(&page);
        match merged.as_mut() {
            None => merged = Some(page),
            Some(all) => {
                for (k, v) in page {
                    match (all.get_mut(&k), v) {
                        (Some(Value::Array(items)), Value::Array(more)) => items.extend(more),
                        (_, v) if k == "pagination" => {
                            all.insert(k, v);
                        }
                        _ => {}
                    }
                }
            }
        }
        match next {
            Some(n) if token.as_deref() != Some(n.as_str()) => token = Some(n),
            _ => break,
        }
    }
    Ok(Value::Object(merged.unwrap_or_default()))
}
