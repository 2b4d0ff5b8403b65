//! What the organization uses: its quotas (with usage that follows the services that exist), its usage
//! costs (computed per service and day from what the services are and how long they have existed), and the
//! Prometheus metrics of all its services.

use serde_json::{Value, json};

use super::{ORG, SERVICES, bad, path};
use crate::engine::{ApiError, Ctx, Reply, list_items};
use crate::store::{Millis, parse_rfc3339};

const QUOTAS: &str = "/v1/organizations/{organizationId}/quotas";
const USAGE_COST: &str = "/v1/organizations/{organizationId}/usageCost";
const POSTGRES: &str = "/v1/organizations/{organizationId}/postgres";

const DAY: Millis = 24 * 3600 * 1000;
const HOUR: f64 = 3600.0 * 1000.0;
/// The longest period a usage cost report covers (the API's documented limit).
const MAX_DAYS: i64 = 31;

pub(super) fn dispatch(ctx: &mut Ctx<'_>, org: &str) -> Option<Result<Reply, ApiError>> {
    let template = ctx.op.template.as_str();
    Some(match (ctx.op.method.as_str(), template) {
        ("GET", QUOTAS) => Ok(Reply::Json(Value::Array(quotas(ctx, org)))),
        ("GET", t) if t == format!("{QUOTAS}/{{quotaCode}}") => quota(ctx, org),
        ("GET", USAGE_COST) => usage_cost(ctx, org),
        ("GET", t) if t == format!("{ORG}/prometheus") => Ok(prometheus(ctx, org)),
        _ => return None,
    })
}

/// The services that exist now, as the API shows them.
fn services(ctx: &Ctx<'_>, org: &str) -> Vec<Value> {
    list_items(ctx, &path(SERVICES, org, None), SERVICES)
}

// ---------------------------------------------------------------------------------------------
// Quotas
// ---------------------------------------------------------------------------------------------

/// Every quota the organization has, with its current usage.
fn quotas(ctx: &Ctx<'_>, org: &str) -> Vec<Value> {
    let services = services(ctx, org);
    let postgres = ctx
        .state
        .collection(&path(POSTGRES, org, None))
        .map(|c| {
            c.iter()
                .filter(|i| ctx.render(POSTGRES, i).is_some())
                .count()
        })
        .unwrap_or(0);
    let replicas = services
        .iter()
        .filter_map(|s| s["numReplicas"].as_u64())
        .max()
        .unwrap_or(0);
    vec![
        json!({
            "quotaCode": "services-per-organization",
            "name": "Services per organization",
            "description": "The number of ClickHouse services the organization can have, in every state but deleted.",
            "scope": "organization",
            "value": 20,
            "usage": services.len(),
            "adjustable": true,
        }),
        json!({
            "quotaCode": "postgres-services-per-organization",
            "name": "Postgres services per organization",
            "description": "The number of Postgres services the organization can have.",
            "scope": "organization",
            "value": 10,
            "usage": postgres,
            "adjustable": true,
        }),
        json!({
            "quotaCode": "replicas-per-warehouse",
            "name": "Replicas per warehouse",
            "description": "The number of replicas each warehouse can have; usage is that of the largest warehouse.",
            "scope": "warehouse",
            "value": 20,
            "usage": replicas,
            "adjustable": false,
        }),
    ]
}

fn quota(ctx: &mut Ctx<'_>, org: &str) -> Result<Reply, ApiError> {
    let code = ctx.param("quotaCode").to_string();
    quotas(ctx, org)
        .into_iter()
        .find(|q| q["quotaCode"] == code.as_str())
        .map(Reply::Json)
        .ok_or_else(|| ApiError::not_found(format!("Quota {code} not found")))
}

// ---------------------------------------------------------------------------------------------
// Usage costs
// ---------------------------------------------------------------------------------------------

/// Days since the Unix epoch of a `YYYY-MM-DD` date (the validator has checked the form).
fn epoch_day(date: &str) -> Option<i64> {
    let mut parts = date.split('-').map(|p| p.parse::<i64>().ok());
    let (y, m, d) = (parts.next()??, parts.next()??, parts.next()??);
    if !(1..=12).contains(&m) || !(1..=31).contains(&d) {
        return None;
    }
    // Howard Hinnant's days_from_civil.
    let y = if m <= 2 { y - 1 } else { y };
    let era = if y >= 0 { y } else { y - 399 } / 400;
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    Some(era * 146_097 + doe - 719_468)
}

/// `YYYY-MM-DD` of a day since the Unix epoch.
fn date_of(day: i64) -> String {
    crate::store::rfc3339(day as u64 * DAY)[..10].to_string()
}

fn round(n: f64) -> f64 {
    (n * 10_000.0).round() / 10_000.0
}

/// The request's `filter` parameters (`filter=tag:env=prod&filter=tag:team`: every one must hold), each
/// checked: a bad one is refused even when no resource is left to match it.
pub(super) fn tag_filters(ctx: &Ctx<'_>) -> Result<Vec<String>, ApiError> {
    let filters = ctx.query_all("filter").to_vec();
    for f in &filters {
        tagged(&Value::Null, f)?;
    }
    Ok(filters)
}

/// Whether a resource carries every tag of checked filters ([`tag_filters`]).
pub(super) fn carries_all(resource: &Value, filters: &[String]) -> bool {
    filters.iter().all(|f| tagged(resource, f).unwrap_or(false))
}

/// Whether a service carries the tag a `tag:KEY` or `tag:KEY=VALUE` filter names.
fn tagged(service: &Value, filter: &str) -> Result<bool, ApiError> {
    let Some(tag) = filter.strip_prefix("tag:").filter(|t| !t.is_empty()) else {
        return Err(bad(format!(
            "filter: {filter:?} is not a filter the API supports: tag:KEY or tag:KEY=VALUE"
        )));
    };
    let (key, value) = match tag.split_once('=') {
        Some((k, v)) => (k, Some(v)),
        None => (tag, None),
    };
    Ok(service["tags"].as_array().into_iter().flatten().any(|t| {
        t["key"] == key && value.is_none_or(|v| t["value"].as_str().unwrap_or_default() == v)
    }))
}

/// Daily costs per service (compute, public data transfer) and per warehouse (storage, backups) over the
/// range, for the hours each service existed on each day. Days before today are locked.
fn usage_cost(ctx: &mut Ctx<'_>, org: &str) -> Result<Reply, ApiError> {
    let day = |name: &str| {
        let text = ctx.query(name).unwrap_or_default().to_string();
        epoch_day(&text)
            .filter(|d| *d >= 0)
            .ok_or_else(|| bad(format!("{name}: {text:?} is not a date (YYYY-MM-DD)")))
    };
    let (from, to) = (day("from_date")?, day("to_date")?);
    if to < from {
        return Err(bad(format!(
            "to_date {} is before from_date {}",
            date_of(to),
            date_of(from)
        )));
    }
    if to - from >= MAX_DAYS {
        return Err(bad(format!(
            "to_date can be at most 30 days after from_date (a period of at most {MAX_DAYS} days)"
        )));
    }
    let filters = tag_filters(ctx)?;
    let today = (ctx.now / DAY) as i64;
    let services: Vec<Value> = services(ctx, org)
        .into_iter()
        .filter(|s| carries_all(s, &filters))
        .collect();
    let mut costs = Vec::new();
    let mut total = 0.0;
    for d in from..=to {
        let (start, end) = (d * DAY as i64, (d + 1) * DAY as i64);
        for s in &services {
            let created = s["createdAt"].as_str().and_then(parse_rfc3339).unwrap_or(0) as i64;
            let hours = (end.min(ctx.now as i64) - start.max(created)) as f64 / HOUR;
            if hours <= 0.0 {
                continue;
            }
            let id = s["id"].as_str().unwrap_or_default();
            let warehouse = s["dataWarehouseId"].as_str().unwrap_or(id);
            let gib = s["minTotalMemoryGb"].as_f64().unwrap_or(24.0);
            let (compute, transfer) = (round(hours * gib * 0.01), round(hours * 0.001));
            let (storage, backup) = (round(hours * 0.02), round(hours * 0.005));
            let record = |kind: &str, entity: &str, service: Value, metrics: Value, sum: f64| {
                json!({
                    "dataWarehouseId": warehouse,
                    "serviceId": service,
                    "date": date_of(d),
                    "entityType": kind,
                    "entityId": entity,
                    "entityName": s["name"],
                    "metrics": metrics,
                    "totalCHC": round(sum),
                    "locked": d < today,
                })
            };
            costs.push(record(
                "datawarehouse",
                warehouse,
                Value::Null,
                json!({"storageCHC": storage, "backupCHC": backup}),
                storage + backup,
            ));
            costs.push(record(
                "service",
                id,
                json!(id),
                json!({"computeCHC": compute, "publicDataTransferCHC": transfer}),
                compute + transfer,
            ));
            total += storage + backup + compute + transfer;
        }
    }
    Ok(Reply::Json(
        json!({"grandTotalCHC": round(total), "costs": costs}),
    ))
}

// ---------------------------------------------------------------------------------------------
// Prometheus
// ---------------------------------------------------------------------------------------------

/// The metrics of every service of the organization, one family at a time; `filtered_metrics=true`
/// leaves out the per-query counters.
fn prometheus(ctx: &Ctx<'_>, org: &str) -> Reply {
    let filtered = ctx.query("filtered_metrics") == Some("true");
    let services = services(ctx, org);
    let families: &[(&str, &str, &str, bool)] = &[
        (
            "ClickHouseProfileEvents_Query",
            "counter",
            "Number of queries to be interpreted and potentially executed.",
            false,
        ),
        (
            "ClickHouseMetrics_TCPConnection",
            "gauge",
            "Number of connections to TCP server.",
            true,
        ),
        (
            "ClickHouseAsyncMetrics_Uptime",
            "gauge",
            "The server uptime in seconds.",
            true,
        ),
        (
            "ClickHouse_ServiceInfo",
            "gauge",
            "Information about the service.",
            true,
        ),
    ];
    let mut text = String::new();
    for (metric, kind, help, essential) in families {
        if filtered && !essential {
            continue;
        }
        text.push_str(&format!("# HELP {metric} {help}\n# TYPE {metric} {kind}\n"));
        for s in &services {
            let running = s["state"] == "running";
            let value = match *metric {
                "ClickHouseProfileEvents_Query" => 42,
                "ClickHouseMetrics_TCPConnection" if running => 2,
                "ClickHouseAsyncMetrics_Uptime" if running => 3600,
                "ClickHouse_ServiceInfo" => 1,
                _ => 0,
            };
            text.push_str(&format!(
                "{metric}{{clickhouse_org=\"{org}\",clickhouse_service=\"{}\",clickhouse_service_name=\"{}\"}} {value}\n",
                s["id"].as_str().unwrap_or_default(),
                s["name"].as_str().unwrap_or_default(),
            ));
        }
    }
    Reply::Text(text, "text/plain; version=0.0.4; charset=utf-8")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates() {
        assert_eq!(epoch_day("1970-01-01"), Some(0));
        assert_eq!(epoch_day("2024-03-01"), Some(19_783));
        assert_eq!(date_of(19_783), "2024-03-01");
        assert_eq!(epoch_day("2024-13-01"), None);
    }

    #[test]
    fn tag_filters() {
        let s = json!({"tags": [{"key": "env", "value": "prod"}, {"key": "team"}]});
        assert!(tagged(&s, "tag:env=prod").unwrap());
        assert!(!tagged(&s, "tag:env=dev").unwrap());
        assert!(tagged(&s, "tag:team").unwrap());
        assert!(tagged(&s, "name=x").is_err());
    }
}
