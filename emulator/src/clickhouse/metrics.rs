//! A service's Prometheus metrics, as text (`text/plain`, the Prometheus exposition format).

use super::{SERVICES, path};
use crate::engine::{ApiError, Ctx, Reply, shown};

pub(super) fn prometheus(ctx: &mut Ctx<'_>, org: &str) -> Result<Reply, ApiError> {
    let id = ctx.param("serviceId").to_string();
    let s = shown(ctx, &path(SERVICES, org, None), SERVICES, &id)?;
    let name = s["name"].as_str().unwrap_or_default();
    let running = s["state"] == "running";
    let labels = format!(
        "clickhouse_org=\"{org}\",clickhouse_service=\"{id}\",clickhouse_service_name=\"{name}\",hostname=\"c-emulator-0-server-0\",instance=\"c-emulator-0-server-0\""
    );
    let uptime = if running { 3600 } else { 0 };
    let filtered = ctx.query("filtered_metrics") == Some("true");
    let mut text = String::new();
    for (metric, kind, help, value) in [
        (
            "ClickHouseProfileEvents_Query",
            "counter",
            "Number of queries to be interpreted and potentially executed.",
            42,
        ),
        (
            "ClickHouseProfileEvents_SelectQuery",
            "counter",
            "Same as Query, but only for SELECT queries.",
            40,
        ),
        (
            "ClickHouseMetrics_TCPConnection",
            "gauge",
            "Number of connections to TCP server.",
            if running { 2 } else { 0 },
        ),
        (
            "ClickHouseAsyncMetrics_Uptime",
            "gauge",
            "The server uptime in seconds.",
            uptime,
        ),
        (
            "ClickHouse_ServiceInfo",
            "gauge",
            "Information about the service.",
            1,
        ),
    ] {
        // `filtered_metrics=true`: only the metrics of the curated set (here: not the profile events).
        if filtered && metric.starts_with("ClickHouseProfileEvents_") {
            continue;
        }
        text.push_str(&format!(
            "# HELP {metric} {help}\n# TYPE {metric} {kind}\n{metric}{{{labels}}} {value}\n"
        ));
    }
    Ok(Reply::Text(
        text,
        "text/plain; version=0.0.4; charset=utf-8",
    ))
}
