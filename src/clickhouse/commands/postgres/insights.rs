//! What a Postgres service tells about itself: its CA certificates, metrics (Prometheus text or time
//! series) and slow query patterns.

use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

use clap::Subcommand;
use serde_json::{Value, json};

use super::{PG_HELP, postgres_id};
use crate::clickhouse::api::{MetricsQuery, SlowQueryFilter, SlowQueryKey};
use crate::clickhouse::commands::ListArgs;
use crate::context::Ctx;
use crate::error::{Error, Result};
use crate::output::{Column, Format, lookup};
use crate::spec_values::{ch_enum, ch_u32};

// ----------------------------------------------------------------------------------------------------------
// CA certificates
// ----------------------------------------------------------------------------------------------------------

#[derive(clap::Args, Debug)]
#[command(after_help = "\
Examples:
  dbcloud ch postgres ca-certificates orders --out orders-ca.pem
  psql \"host=$(dbcloud ch postgres get orders --jq .hostname) sslmode=verify-full sslrootcert=orders-ca.pem user=postgres\"")]
pub struct CaArgs {
    #[arg(help = PG_HELP)]
    pg: String,
    /// Write the certificates (PEM) to this file instead of printing them
    #[arg(long, value_name = "FILE")]
    out: Option<PathBuf>,
}

impl CaArgs {
    /// A file that cannot be written is refused before anything is sent.
    pub fn check(&self) -> Result<()> {
        let Some(path) = &self.out else {
            return Ok(());
        };
        let refuse = |why: &str| {
            Err(Error::usage(format!(
                "invalid value '{}' for '--out': {why}",
                path.display()
            )))
        };
        if path.is_dir() {
            return refuse("it is a directory");
        }
        let parent = path.parent().filter(|p| !p.as_os_str().is_empty());
        if parent.is_some_and(|p| !p.is_dir()) {
            return refuse("its directory does not exist");
        }
        Ok(())
    }
}

pub async fn ca_certificates(ctx: &Ctx, org: &str, args: CaArgs) -> Result<()> {
    let id = postgres_id(ctx, org, &args.pg).await?;
    let pem = ctx.clickhouse()?.postgres_ca_certificates(org, &id).await?;
    match &args.out {
        Some(path) => {
            write_file(path, &pem)?;
            ctx.out.status(&format!(
                "Wrote the CA certificates of {} to {}.",
                args.pg,
                path.display()
            ));
            Ok(())
        }
        None => ctx.out.text(&pem),
    }
}

fn write_file(path: &Path, text: &str) -> Result<()> {
    std::fs::write(path, text).map_err(|e| Error::io(format!("cannot write {}", path.display()), e))
}

// ----------------------------------------------------------------------------------------------------------
// Metrics
// ----------------------------------------------------------------------------------------------------------

#[derive(clap::Args, Debug)]
#[command(
    group = clap::ArgGroup::new("target").required(true),
    after_help = "\
Examples:
  dbcloud ch postgres metrics orders | grep pg_up
  dbcloud ch postgres metrics --all
  dbcloud ch postgres metrics orders --series
  dbcloud ch postgres metrics orders --series --from 2026-11-22T00:00:00Z --to 2026-11-23T00:00:00Z \\
      --jq '.metrics[] | select(.key == \"cpu_usage\")'"
)]
pub struct MetricsArgs {
    #[arg(help = PG_HELP, group = "target")]
    pg: Option<String>,
    /// Prometheus text of every Postgres service of the organization
    #[arg(long, group = "target", conflicts_with = "series")]
    all: bool,
    /// Time series (CPU, memory, disk, connections, ...) instead of Prometheus text [default window: the
    /// last hour]
    #[arg(long)]
    series: bool,
    /// Start of the window (RFC 3339), with --to
    #[arg(long, value_name = "TIME", requires_all = ["series", "to"], value_parser = crate::validate::rfc3339)]
    from: Option<String>,
    /// End of the window (RFC 3339, exclusive), with --from
    #[arg(long, value_name = "TIME", requires_all = ["series", "from"], value_parser = crate::validate::rfc3339)]
    to: Option<String>,
    /// Bucket size in seconds [default: the API's, from the window]
    #[arg(
        long,
        value_name = "SECONDS",
        requires = "series",
        value_parser = ch_u32("postgresInstanceMetricsGet.bucket_size_seconds")
    )]
    bucket_seconds: Option<u32>,
}

/// `[from, to)`: the times given, or the `default` window up to now.
fn window(from: Option<String>, to: Option<String>, default: Duration) -> (String, String) {
    match (from, to) {
        (Some(from), Some(to)) => (from, to),
        _ => {
            let now = SystemTime::now();
            let start = now.checked_sub(default).unwrap_or(SystemTime::UNIX_EPOCH);
            (
                humantime::format_rfc3339_seconds(start).to_string(),
                humantime::format_rfc3339_seconds(now).to_string(),
            )
        }
    }
}

const SERIES_COLUMNS: &[Column] = &[
    Column::field("METRIC", "key"),
    Column::field("SERIES", "label"),
    Column::field("UNIT", "unit"),
    Column::field("POINTS", "points"),
    Column::field("LATEST", "latest"),
    Column::field("MIN", "min"),
    Column::field("MAX", "max"),
];

/// One row per series: its metric, its label and a summary of its points.
fn series_rows(metrics: &Value) -> Vec<Value> {
    let mut rows = Vec::new();
    for metric in lookup(metrics, "metrics")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
    {
        for series in metric["series"].as_array().into_iter().flatten() {
            let values: Vec<f64> = series["dataPoints"]
                .as_array()
                .into_iter()
                .flatten()
                .filter_map(|p| p["value"].as_f64())
                .collect();
            let round = |v: f64| (v * 1000.0).round() / 1000.0;
            rows.push(json!({
                "key": metric["key"], "label": series["label"], "unit": metric["unit"],
                "points": values.len(),
                "latest": values.last().map(|v| round(*v)),
                "min": values.iter().copied().reduce(f64::min).map(round),
                "max": values.iter().copied().reduce(f64::max).map(round),
            }));
        }
    }
    rows
}

pub async fn metrics(ctx: &Ctx, org: &str, args: MetricsArgs) -> Result<()> {
    let api = ctx.clickhouse()?;
    let Some(pg) = args.pg.filter(|_| !args.all) else {
        return ctx.out.text(&api.postgres_org_prometheus(org).await?);
    };
    let id = postgres_id(ctx, org, &pg).await?;
    if !args.series {
        return ctx.out.text(&api.postgres_prometheus(org, &id).await?);
    }
    let (from, to) = window(args.from, args.to, Duration::from_secs(3600));
    let query = MetricsQuery {
        from,
        to,
        bucket_seconds: args.bucket_seconds,
    };
    let metrics = api.postgres_metrics(org, &id, &query).await?;
    if ctx.out.format() == Format::Table {
        ctx.out.list(&series_rows(&metrics), SERIES_COLUMNS)
    } else {
        ctx.out.value(&metrics)
    }
}

// ----------------------------------------------------------------------------------------------------------
// Slow query patterns
// ----------------------------------------------------------------------------------------------------------

#[derive(clap::Args, Debug)]
pub struct SlowQueryArgs {
    #[command(subcommand)]
    command: SlowQueryCommand,
}

#[derive(Subcommand, Debug)]
enum SlowQueryCommand {
    /// List the slowest query patterns of a window [default: the last 24 hours]
    #[command(after_help = "\
Examples:
  dbcloud ch postgres slow-queries list orders
  dbcloud ch postgres slow-queries list orders --sort-by p99_duration --db-operation SELECT --limit 10
  dbcloud ch postgres slow-queries list orders --from 2026-11-22T00:00:00Z --to 2026-11-23T00:00:00Z --json")]
    List(Box<SlowListArgs>),
    /// Show a slow query pattern and its recent executions
    #[command(after_help = "\
Example:
  dbcloud ch postgres slow-queries get orders 5720930612361046261 --db-name app --db-user app --db-operation SELECT")]
    Get(Box<SlowGetArgs>),
}

#[derive(clap::Args, Debug)]
struct SlowListArgs {
    #[arg(help = PG_HELP)]
    pg: String,
    /// Start of the window (RFC 3339), with --to
    #[arg(long, value_name = "TIME", requires = "to", value_parser = crate::validate::rfc3339)]
    from: Option<String>,
    /// End of the window (RFC 3339, exclusive), with --from
    #[arg(long, value_name = "TIME", requires = "from", value_parser = crate::validate::rfc3339)]
    to: Option<String>,
    /// Only queries in this database
    #[arg(long, value_name = "NAME", value_parser = crate::validate::name)]
    db_name: Option<String>,
    /// Only queries of this database user
    #[arg(long, value_name = "USER", value_parser = crate::validate::name)]
    db_user: Option<String>,
    /// Only this kind of statement (SELECT, INSERT, UPDATE, DELETE, UTILITY, ...)
    #[arg(long, value_name = "OPERATION", value_parser = crate::validate::name)]
    db_operation: Option<String>,
    /// Only queries of this application (`application_name`)
    #[arg(long, value_name = "APP", value_parser = crate::validate::name)]
    app: Option<String>,
    /// Order by [default: the API's, total_duration]
    #[arg(long, value_name = "FIELD", value_parser = ch_enum("slowQueryPatternsGetList.sort_by"))]
    sort_by: Option<String>,
    /// asc or desc [default: the API's, desc]
    #[arg(long, value_name = "ORDER", value_parser = ch_enum("slowQueryPatternsGetList.sort_order"))]
    order: Option<String>,
    #[command(flatten)]
    list: ListArgs,
}

#[derive(clap::Args, Debug)]
struct SlowGetArgs {
    #[arg(help = PG_HELP)]
    pg: String,
    /// The pattern's query ID (from `slow-queries list`)
    #[arg(value_parser = crate::validate::id)]
    query: String,
    /// Its database
    #[arg(long, value_name = "NAME", value_parser = crate::validate::name)]
    db_name: String,
    /// Its database user
    #[arg(long, value_name = "USER", value_parser = crate::validate::name)]
    db_user: String,
    /// Its kind of statement (SELECT, INSERT, ...)
    #[arg(long, value_name = "OPERATION", value_parser = crate::validate::name)]
    db_operation: String,
    /// Its application (`application_name`)
    #[arg(long, value_name = "APP", value_parser = crate::validate::name)]
    app: Option<String>,
    /// Only the execution at this time (RFC 3339)
    #[arg(long, value_name = "TIME", value_parser = crate::validate::rfc3339)]
    timestamp: Option<String>,
}

/// Microseconds as people read them: "850 µs", "12.4 ms", "3.2 s".
fn micros(value: Option<&Value>) -> String {
    let Some(us) = value.and_then(Value::as_f64) else {
        return String::new();
    };
    if us < 1_000.0 {
        format!("{us} µs")
    } else if us < 1_000_000.0 {
        format!("{:.1} ms", us / 1_000.0)
    } else {
        format!("{:.1} s", us / 1_000_000.0)
    }
}

fn total(p: &Value) -> String {
    micros(p.get("totalDurationUs"))
}
fn avg(p: &Value) -> String {
    micros(p.get("avgDurationUs"))
}
fn p50(p: &Value) -> String {
    micros(p.get("p50DurationUs"))
}
fn p95(p: &Value) -> String {
    micros(p.get("p95DurationUs"))
}
fn p99(p: &Value) -> String {
    micros(p.get("p99DurationUs"))
}
fn max(p: &Value) -> String {
    micros(p.get("maxDurationUs"))
}
fn cpu(p: &Value) -> String {
    micros(p.get("totalCpuTimeUs"))
}

const SLOW_COLUMNS: &[Column] = &[
    Column::field("QUERY ID", "queryId"),
    Column::field("CALLS", "callCount"),
    Column::computed("TOTAL", total),
    Column::computed("AVG", avg),
    Column::computed("P95", p95),
    Column::field("ROWS", "totalRows"),
    Column::field("DATABASE", "dbName"),
    Column::field("USER", "dbUser"),
    Column::field("OP", "dbOperation"),
    Column::field("QUERY", "queryText"),
];

const SLOW_DETAIL_COLUMNS: &[Column] = &[
    Column::field("QUERY ID", "queryId"),
    Column::field("DATABASE", "dbName"),
    Column::field("USER", "dbUser"),
    Column::field("OPERATION", "dbOperation"),
    Column::field("APP", "app"),
    Column::field("CALLS", "callCount"),
    Column::field("ERRORS", "errorCount"),
    Column::computed("TOTAL", total),
    Column::computed("AVG", avg),
    Column::computed("P50", p50),
    Column::computed("P95", p95),
    Column::computed("P99", p99),
    Column::computed("MAX", max),
    Column::computed("CPU", cpu),
    Column::field("ROWS", "totalRows"),
    Column::field("WAL BYTES", "totalWalBytes"),
    Column::field("RECENT EXECUTIONS", "recentExecutions"),
    Column::field("LAST EXECUTION", "lastExecution"),
    Column::field("QUERY", "queryText"),
];

pub async fn slow_queries(ctx: &Ctx, org: &str, args: SlowQueryArgs) -> Result<()> {
    match args.command {
        SlowQueryCommand::List(args) => slow_list(ctx, org, *args).await,
        SlowQueryCommand::Get(args) => slow_get(ctx, org, *args).await,
    }
}

/// Every pattern of the window (page after page, the largest pages the API allows), or the first `--limit`.
async fn slow_list(ctx: &Ctx, org: &str, args: SlowListArgs) -> Result<()> {
    let api = ctx.clickhouse()?;
    let id = postgres_id(ctx, org, &args.pg).await?;
    let (from, to) = window(args.from, args.to, Duration::from_secs(24 * 3600));
    let filter = SlowQueryFilter {
        from,
        to,
        db_name: args.db_name,
        db_user: args.db_user,
        db_operation: args.db_operation,
        app: args.app,
        sort_by: args.sort_by,
        sort_order: args.order,
    };
    let page_max = dbcloud_spec::rules::get(
        dbcloud_spec::Provider::ClickHouse,
        "slowQueryPatternsGetList.limit",
    )
    .maximum
    .map_or(100, |m| m as u64);
    let wanted = args.list.limit;
    let mut patterns: Vec<Value> = Vec::new();
    loop {
        let left = wanted.map_or(page_max, |w| w - patterns.len() as u64);
        let size = left.min(page_max);
        let page = api
            .postgres_slow_queries(org, &id, &filter, size as u32, patterns.len() as u64)
            .await?;
        let full = page.len() as u64 >= size;
        patterns.extend(page.into_iter().take(size as usize));
        if !full || wanted.is_some_and(|w| patterns.len() as u64 >= w) {
            break;
        }
    }
    ctx.out.list(&patterns, SLOW_COLUMNS)
}

async fn slow_get(ctx: &Ctx, org: &str, args: SlowGetArgs) -> Result<()> {
    let id = postgres_id(ctx, org, &args.pg).await?;
    let key = SlowQueryKey {
        db_name: args.db_name,
        db_user: args.db_user,
        db_operation: args.db_operation,
        app: args.app,
        timestamp: args.timestamp,
    };
    let detail = ctx
        .clickhouse()?
        .postgres_slow_query(org, &id, &args.query, &key)
        .await?;
    if ctx.out.format() != Format::Table {
        return ctx.out.value(&detail);
    }
    let executions = detail["recentExecutions"].as_array();
    let mut shown = detail
        .get("aggregate")
        .cloned()
        .unwrap_or_else(|| json!({ "queryId": args.query }));
    shown["recentExecutions"] = json!(executions.map_or(0, Vec::len));
    shown["lastExecution"] = executions
        .into_iter()
        .flatten()
        .filter_map(|e| e["timestamp"].as_str())
        .max()
        .map_or(Value::Null, |t| json!(t));
    ctx.out.item(&shown, SLOW_DETAIL_COLUMNS)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations_read_well() {
        assert_eq!(micros(Some(&json!(850))), "850 µs");
        assert_eq!(micros(Some(&json!(12_400))), "12.4 ms");
        assert_eq!(micros(Some(&json!(3_200_000))), "3.2 s");
        assert_eq!(micros(None), "");
    }

    #[test]
    fn series_are_summarised() {
        let m = json!({"metrics": [{"key": "cpu_usage", "unit": "%", "series": [
            {"label": "user", "dataPoints": [{"timestamp": 1, "value": 2.0}, {"timestamp": 2, "value": 5.5}]}
        ]}]});
        let rows = series_rows(&m);
        assert_eq!(rows.len(), 1);
        assert_eq!(rows[0]["points"], 2);
        assert_eq!(rows[0]["latest"], 5.5);
        assert_eq!(rows[0]["min"], 2.0);
        assert_eq!(crate::output::display(&rows[0]["key"]), "cpu_usage");
    }

    #[test]
    fn windows_default_to_the_last_stretch() {
        let (from, to) = window(None, None, Duration::from_secs(3600));
        assert!(from < to && to.ends_with('Z'), "{from} {to}");
        let (from, to) = window(Some("a".into()), Some("b".into()), Duration::ZERO);
        assert_eq!((from.as_str(), to.as_str()), ("a", "b"));
    }
}
