//! What a Postgres service tells about itself: its CA certificates (PEM), Prometheus metrics (one service
//! or the organization's), time-series metrics over a window, and slow query patterns with their recent
//! executions. The numbers are made up but stable: the same service and window give the same answer.

use base64::Engine as _;
use serde_json::{Value, json};

use super::{collection_path, config, show, shown};
use crate::clickhouse::bad;
use crate::engine::{ApiError, Ctx, Reply};
use crate::store::{Millis, parse_rfc3339, rfc3339};

/// The content type the spec gives Prometheus text.
const PROMETHEUS: &str = "text/plain; charset=UTF-8";
/// The most data points a metrics request may ask for.
const MAX_POINTS: u64 = 250;
/// At most this many services in the organization's Prometheus text.
const MAX_ORG_SERVICES: usize = 100;

/// A hash that stays the same for the same inputs (FNV-1a, then mixed).
fn hash(seed: &str, n: u64) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in seed.bytes().chain(n.to_le_bytes()) {
        h ^= b as u64;
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h ^= h >> 33;
    h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
    h ^ (h >> 33)
}

/// A number from 0 to 1 that stays the same for the same inputs.
fn noise(seed: &str, n: u64) -> f64 {
    (hash(seed, n) >> 11) as f64 / (1u64 << 53) as f64
}

// ---------------------------------------------------------------------------------------------
// CA certificates
// ---------------------------------------------------------------------------------------------

fn pem(label: &str, seed: &str) -> String {
    let der: Vec<u8> = (0..480u64)
        .map(|i| (noise(seed, i) * 256.0) as u8)
        .collect();
    let b64 = base64::engine::general_purpose::STANDARD.encode(der);
    let mut out = format!("-----BEGIN {label}-----\n");
    for chunk in b64.as_bytes().chunks(64) {
        out.push_str(&String::from_utf8_lossy(chunk));
        out.push('\n');
    }
    out.push_str(&format!("-----END {label}-----\n"));
    out
}

/// The service's CA chain: the root and the intermediate of its region.
pub(super) fn ca_certificates(ctx: &mut Ctx<'_>, org: &str) -> Result<Reply, ApiError> {
    let service = shown(ctx, org, ctx.param("postgresId"))?;
    let region = service["region"].as_str().unwrap_or_default();
    let text = pem("CERTIFICATE", &format!("root-{org}"))
        + &pem("CERTIFICATE", &format!("{region}-{org}"));
    Ok(Reply::File(
        text,
        "application/x-pem-file",
        "postgres-ca-certificate.pem",
    ))
}

// ---------------------------------------------------------------------------------------------
// Prometheus
// ---------------------------------------------------------------------------------------------

fn prometheus_lines(ctx: &Ctx<'_>, org: &str, service: &Value, out: &mut [String; 5]) {
    let id = service["id"].as_str().unwrap_or_default();
    let running = service["state"] == "running";
    let labels = format!(
        "clickhouse_org=\"{org}\",postgres_service=\"{id}\",postgres_service_name=\"{}\",role=\"{}\"",
        service["name"].as_str().unwrap_or_default(),
        if service["isPrimary"] == true {
            "primary"
        } else {
            "replica"
        }
    );
    let config = config::of(ctx, org, id);
    let max_connections = config["pgConfig"]["max_connections"]
        .as_f64()
        .or_else(|| config["pgConfig"]["max_connections"].as_str()?.parse().ok())
        .unwrap_or(100.0);
    let values = [
        if running { 1.0 } else { 0.0 },
        if running {
            (noise(id, 1) * 20.0).round() + 1.0
        } else {
            0.0
        },
        max_connections,
        ((noise(id, 2) * 900.0).round() + 100.0) * 1024.0 * 1024.0,
        if service["isPrimary"] == true {
            0.0
        } else {
            (noise(id, 3) * 100.0).round() / 100.0
        },
    ];
    for (line, value) in out.iter_mut().zip(values) {
        line.push_str(&format!("{{{labels}}} {value}\n"));
    }
}

/// The metrics of `services` in Prometheus' text format, one block per metric.
fn prometheus_text(ctx: &Ctx<'_>, org: &str, services: &[Value]) -> String {
    const METRICS: [(&str, &str, &str); 5] = [
        ("pg_up", "gauge", "Whether the Postgres server is up."),
        ("pg_stat_activity_count", "gauge", "Number of connections."),
        (
            "pg_settings_max_connections",
            "gauge",
            "The max_connections setting.",
        ),
        (
            "pg_database_size_bytes",
            "gauge",
            "Disk space used by the databases.",
        ),
        (
            "pg_replication_lag_seconds",
            "gauge",
            "Replication lag behind the primary.",
        ),
    ];
    let mut blocks: [String; 5] = Default::default();
    for service in services {
        prometheus_lines(ctx, org, service, &mut blocks);
    }
    let mut text = String::new();
    for ((metric, kind, help), lines) in METRICS.iter().zip(blocks) {
        text.push_str(&format!("# HELP {metric} {help}\n# TYPE {metric} {kind}\n"));
        for line in lines.lines() {
            text.push_str(&format!("{metric}{line}\n"));
        }
    }
    text
}

pub(super) fn prometheus(ctx: &mut Ctx<'_>, org: &str) -> Result<Reply, ApiError> {
    let service = shown(ctx, org, ctx.param("postgresId"))?;
    Ok(Reply::Text(
        prometheus_text(ctx, org, &[service]),
        PROMETHEUS,
    ))
}

pub(super) fn org_prometheus(ctx: &mut Ctx<'_>, org: &str) -> Result<Reply, ApiError> {
    let services: Vec<Value> = ctx
        .state
        .collection(&collection_path(org))
        .map(|c| c.iter().filter_map(|i| show(i, ctx.now)).collect())
        .unwrap_or_default();
    let services: Vec<Value> = services.into_iter().take(MAX_ORG_SERVICES).collect();
    Ok(Reply::Text(
        prometheus_text(ctx, org, &services),
        PROMETHEUS,
    ))
}

// ---------------------------------------------------------------------------------------------
// Time series
// ---------------------------------------------------------------------------------------------

/// `from_date` and `to_date` of the request, in order.
fn window(ctx: &Ctx<'_>) -> Result<(Millis, Millis), ApiError> {
    let time = |name: &str| {
        let text = ctx.query(name).unwrap_or_default();
        parse_rfc3339(text).ok_or_else(|| bad(format!("{name}: {text:?} is not a time")))
    };
    let (from, to) = (time("from_date")?, time("to_date")?);
    if from >= to {
        return Err(bad("from_date: must be before to_date"));
    }
    Ok((from, to))
}

pub(super) fn metrics(ctx: &mut Ctx<'_>, org: &str) -> Result<Reply, ApiError> {
    let service = shown(ctx, org, ctx.param("postgresId"))?;
    let id = service["id"].as_str().unwrap_or_default().to_string();
    let (from, to) = window(ctx)?;
    let span = (to - from).div_ceil(1000);
    let bucket = match ctx.query("bucket_size_seconds") {
        Some(b) => {
            let b: u64 = b
                .parse()
                .map_err(|_| bad("bucket_size_seconds: not a number"))?;
            if span.div_ceil(b) > MAX_POINTS {
                return Err(bad(format!(
                    "bucket_size_seconds: {b} s buckets make {} data points; at most {MAX_POINTS} are allowed",
                    span.div_ceil(b)
                )));
            }
            b
        }
        None => span.div_ceil(MAX_POINTS).max(60),
    };
    let starts: Vec<u64> = (0..span.div_ceil(bucket))
        .map(|i| from / 1000 + i * bucket)
        .collect();
    let series = |label: &str, base: f64, swing: f64, n: u64| {
        let points: Vec<Value> = starts
            .iter()
            .map(|t| {
                let v = base + swing * noise(&id, n * 1_000_003 + t / bucket.max(1));
                // Counts of bytes are whole; the rest to two decimals.
                let v = if base >= 1.0e6 {
                    v.round()
                } else {
                    (v * 100.0).round() / 100.0
                };
                json!({"timestamp": t, "value": v})
            })
            .collect();
        json!({"label": label, "dataPoints": points})
    };
    let metric = |key: &str, name: &str, unit: &str, description: &str, series: Vec<Value>| json!({"key": key, "name": name, "unit": unit, "description": description, "series": series});
    let metrics = vec![
        metric(
            "cpu_usage",
            "CPU usage",
            "%",
            "Share of CPU time in use.",
            vec![series("user", 10.0, 30.0, 1), series("system", 2.0, 8.0, 2)],
        ),
        metric(
            "memory_usage",
            "Memory usage",
            "bytes",
            "Memory in use.",
            vec![series("used", 2.0e9, 1.0e9, 3)],
        ),
        metric(
            "connection_count",
            "Connections",
            "count",
            "Open connections.",
            vec![series("active", 1.0, 15.0, 4), series("idle", 5.0, 20.0, 5)],
        ),
        metric(
            "cache_hit_ratio",
            "Cache hit ratio",
            "%",
            "Share of reads served from shared buffers.",
            vec![series("hit ratio", 95.0, 4.9, 6)],
        ),
        metric(
            "transactions",
            "Transactions",
            "count/s",
            "Transactions per second.",
            vec![
                series("commits", 50.0, 200.0, 7),
                series("rollbacks", 0.0, 2.0, 8),
            ],
        ),
    ];
    Ok(Reply::Json(json!({ "metrics": metrics })))
}

// ---------------------------------------------------------------------------------------------
// Slow query patterns
// ---------------------------------------------------------------------------------------------

/// The query shapes a service runs (its patterns are these with the service's numbers).
const SHAPES: &[(&str, &str, &str, &str, &str)] = &[
    (
        "SELECT",
        "app",
        "app",
        "api",
        "SELECT * FROM orders WHERE customer_id = $1 ORDER BY created_at DESC LIMIT $2",
    ),
    (
        "SELECT",
        "app",
        "app",
        "api",
        "SELECT id, status FROM orders WHERE status = $1",
    ),
    (
        "UPDATE",
        "app",
        "app",
        "api",
        "UPDATE orders SET status = $1, updated_at = now() WHERE id = $2",
    ),
    (
        "INSERT",
        "app",
        "app",
        "worker",
        "INSERT INTO order_events (order_id, kind, payload) VALUES ($1, $2, $3)",
    ),
    (
        "DELETE",
        "app",
        "app",
        "worker",
        "DELETE FROM sessions WHERE expires_at < $1",
    ),
    (
        "SELECT",
        "analytics",
        "reporting",
        "metabase",
        "SELECT date_trunc($1, created_at), count(*) FROM orders GROUP BY 1",
    ),
    (
        "SELECT",
        "analytics",
        "reporting",
        "metabase",
        "SELECT customer_id, sum(total) FROM orders GROUP BY customer_id ORDER BY 2 DESC",
    ),
    (
        "UTILITY",
        "app",
        "postgres",
        "psql",
        "VACUUM (ANALYZE) orders",
    ),
];

/// How many patterns each shape gives (variants of it, as different clients write it).
const VARIANTS: u64 = 5;

fn patterns(id: &str, from: Millis, to: Millis) -> Vec<Value> {
    let hours = (to - from).div_ceil(3_600_000).max(1);
    let mut out = Vec::new();
    for (n, (op, db, user, app, text)) in SHAPES.iter().enumerate() {
        for v in 0..VARIANTS {
            let k = n as u64 * VARIANTS + v;
            let r = |i: u64| noise(id, k * 100 + i);
            let calls = ((r(1) * 500.0) as u64 + 1) * hours;
            let avg = (r(2) * 50_000.0) as u64 + 200;
            let query_id = format!(
                "{}",
                hash(id, k) % 9_000_000_000_000_000_000 + 1_000_000_000
            );
            let query = if v == 0 {
                text.to_string()
            } else {
                format!("{text} /* variant {v} */")
            };
            out.push(json!({
                "queryId": query_id, "queryText": query, "dbName": db, "dbUser": user,
                "dbOperation": op, "app": app, "callCount": calls,
                "errorCount": (r(4) * calls as f64 * 0.01) as u64,
                "totalDurationUs": calls * avg, "avgDurationUs": avg,
                "maxDurationUs": avg * 8, "p50DurationUs": avg * 4 / 5,
                "p95DurationUs": avg * 3, "p99DurationUs": avg * 6,
                "totalRows": calls * ((r(5) * 40.0) as u64 + 1),
                "totalSharedBlksRead": calls * ((r(6) * 10.0) as u64),
                "totalSharedBlksHit": calls * ((r(7) * 400.0) as u64 + 10),
                "totalCpuTimeUs": calls * avg * 7 / 10,
                "totalWalBytes": if *op == "SELECT" { 0 } else { calls * 512 },
            }));
        }
    }
    out
}

/// The field of a pattern `sort_by` orders by.
fn sort_field(sort_by: &str) -> &'static str {
    match sort_by {
        "avg_duration" => "avgDurationUs",
        "call_count" => "callCount",
        "total_blks_read" => "totalSharedBlksRead",
        "total_cpu_time" => "totalCpuTimeUs",
        "error_count" => "errorCount",
        "max_duration" => "maxDurationUs",
        "p50_duration" => "p50DurationUs",
        "p95_duration" => "p95DurationUs",
        "p99_duration" => "p99DurationUs",
        "total_rows" => "totalRows",
        "total_shared_blks_hit" => "totalSharedBlksHit",
        "total_wal_bytes" => "totalWalBytes",
        _ => "totalDurationUs",
    }
}

fn matches_filters(ctx: &Ctx<'_>, p: &Value) -> bool {
    [
        ("db_name", "dbName"),
        ("db_user", "dbUser"),
        ("db_operation", "dbOperation"),
        ("app", "app"),
    ]
    .iter()
    .all(|(param, field)| ctx.query(param).is_none_or(|want| p[*field] == want))
}

pub(super) fn slow_queries(ctx: &mut Ctx<'_>, org: &str) -> Result<Reply, ApiError> {
    let service = shown(ctx, org, ctx.param("postgresId"))?;
    let (from, to) = window(ctx)?;
    let id = service["id"].as_str().unwrap_or_default();
    let field = sort_field(ctx.query("sort_by").unwrap_or("total_duration"));
    let mut found: Vec<Value> = patterns(id, from, to)
        .into_iter()
        .filter(|p| matches_filters(ctx, p))
        .collect();
    found.sort_by_key(|p| p[field].as_u64().unwrap_or(0));
    if ctx.query("sort_order") != Some("asc") {
        found.reverse();
    }
    let number = |name: &str, default: usize| {
        ctx.query(name)
            .map_or(Ok(default), |v| v.parse::<usize>())
            .map_err(|_| bad(format!("{name}: not a number")))
    };
    let (limit, offset) = (number("limit", 20)?, number("offset", 0)?);
    let page: Vec<Value> = found.into_iter().skip(offset).take(limit).collect();
    Ok(Reply::Json(Value::Array(page)))
}

/// One pattern and its most recent executions (only the one at `timestamp`, when given).
pub(super) fn slow_query(ctx: &mut Ctx<'_>, org: &str) -> Result<Reply, ApiError> {
    let service = shown(ctx, org, ctx.param("postgresId"))?;
    let id = service["id"].as_str().unwrap_or_default();
    let query_id = ctx.param("queryId");
    let now = ctx.now;
    let pattern = patterns(id, now - 24 * 3_600_000, now)
        .into_iter()
        .find(|p| p["queryId"] == query_id && matches_filters(ctx, p))
        .ok_or_else(|| ApiError::not_found(format!("Slow query pattern {query_id} not found")))?;
    let wanted = match ctx.query("timestamp") {
        Some(t) => Some(parse_rfc3339(t).ok_or_else(|| bad("timestamp: not a time"))? / 1000),
        None => None,
    };
    let avg = pattern["avgDurationUs"].as_u64().unwrap_or(1000);
    let executions: Vec<Value> = (0..5u64)
        .map(|i| {
            // Whole seconds, so a timestamp read from one answer finds its execution in the next.
            let at = (now / 1000 - (i + 1) * 300 - now / 1000 % 300) * 1000;
            let r = |k: u64| noise(query_id, i * 10 + k);
            let duration = (avg as f64 * (0.5 + r(1))) as u64;
            json!({
                "timestamp": rfc3339(at), "queryId": query_id, "dbName": pattern["dbName"],
                "dbUser": pattern["dbUser"], "dbOperation": pattern["dbOperation"], "app": pattern["app"],
                "queryText": pattern["queryText"], "pid": format!("{}", 10_000 + (r(2) * 50_000.0) as u64),
                "durationUs": duration, "rows": (r(3) * 40.0) as u64,
                "sharedBlksHit": (r(4) * 400.0) as u64, "sharedBlksRead": (r(5) * 10.0) as u64,
                "sharedBlksWritten": 0, "sharedBlksDirtied": 0, "sharedBlkReadTimeUs": duration / 20,
                "sharedBlkWriteTimeUs": 0, "localBlksHit": 0, "localBlksRead": 0, "localBlksWritten": 0,
                "localBlksDirtied": 0, "tempBlksRead": 0, "tempBlksWritten": 0, "tempBlkReadTimeUs": 0,
                "tempBlkWriteTimeUs": 0, "walRecords": 0, "walBytes": 0, "walFpi": 0,
                "cpuUserTimeUs": duration * 6 / 10, "cpuSysTimeUs": duration / 10, "jitFunctions": 0,
                "jitGenerationTimeUs": 0, "jitInliningTimeUs": 0, "jitOptimizationTimeUs": 0,
                "jitEmissionTimeUs": 0, "jitDeformTimeUs": 0, "parallelWorkersPlanned": 0,
                "parallelWorkersLaunched": 0,
                "serverRole": if service["isPrimary"] == true { "primary" } else { "standby" },
            })
        })
        .filter(|e| {
            wanted.is_none_or(|w| {
                e["timestamp"].as_str().and_then(parse_rfc3339).map(|t| t / 1000) == Some(w)
            })
        })
        .collect();
    Ok(Reply::Json(
        json!({"aggregate": pattern, "recentExecutions": executions}),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn patterns_are_stable_and_distinct() {
        let a = patterns("s1", 0, 3_600_000);
        assert_eq!(a, patterns("s1", 0, 3_600_000));
        assert_eq!(a.len() as u64, SHAPES.len() as u64 * VARIANTS);
        let mut ids: Vec<&str> = a.iter().map(|p| p["queryId"].as_str().unwrap()).collect();
        ids.sort();
        ids.dedup();
        assert_eq!(ids.len(), a.len());
    }

    #[test]
    fn certificates_are_pem() {
        let p = pem("CERTIFICATE", "x");
        assert!(p.starts_with("-----BEGIN CERTIFICATE-----\n"));
        assert!(p.ends_with("-----END CERTIFICATE-----\n"));
        assert!(p.lines().all(|l| l.len() <= 64));
    }
}
