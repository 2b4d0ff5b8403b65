//! `dbcloud ch usage`: what the organization's usage cost over a period, per service or per day, in
//! ClickHouse Credits (CHC). The table sums the API's daily records; JSON and YAML are the report as sent.

use std::collections::BTreeMap;

use serde_json::{Map, Value, json};

use crate::clickhouse::api::{UsageCost, UsageCostRecord};
use crate::context::Ctx;
use crate::error::{Error, Result};
use crate::output::{Column, Format, lookup, to_json};

#[derive(clap::Args, Debug)]
#[command(after_help = "\
Examples:
  dbcloud ch usage --from 2026-11-01 --to 2026-11-30
  dbcloud ch usage --from 2026-11-01 --to 2026-11-07 --by day
  dbcloud ch usage --from 2026-11-01 --to 2026-11-30 --tag env=prod --json

Days are UTC. The API reports at most 31 days at a time.")]
pub struct Args {
    /// First day of the period (YYYY-MM-DD)
    #[arg(long, value_name = "DATE", value_parser = crate::validate::date)]
    from: String,
    /// Last day of the period, included (YYYY-MM-DD)
    #[arg(long, value_name = "DATE", value_parser = crate::validate::date)]
    to: String,
    /// One row per service or per day
    #[arg(long, value_enum, default_value = "service")]
    by: By,
    /// Only resources with this tag, or this tag and value (repeatable: all of them)
    #[arg(long, value_name = "KEY[=VALUE]", value_parser = super::tag_filter)]
    tag: Vec<String>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
enum By {
    Service,
    Day,
}

/// A cost in CHC, as tables show it.
fn chc(field: &'static str) -> impl Fn(&Value) -> String {
    move |row| {
        lookup(row, field)
            .and_then(Value::as_f64)
            .map(|n| format!("{n:.2}"))
            .unwrap_or_default()
    }
}

macro_rules! chc_column {
    ($header:literal, $field:literal) => {
        Column::computed($header, |row| chc($field)(row))
    };
}

const COSTS: [Column; 5] = [
    chc_column!("COMPUTE", "computeCHC"),
    chc_column!("STORAGE", "storageCHC"),
    chc_column!("BACKUP", "backupCHC"),
    chc_column!("DATA TRANSFER", "dataTransferCHC"),
    chc_column!("TOTAL (CHC)", "totalCHC"),
];

fn columns(by: By) -> Vec<Column> {
    let mut columns = match by {
        By::Service => vec![
            Column::field("SERVICE", "service"),
            Column::field("ID", "id"),
        ],
        By::Day => vec![Column::field("DATE", "date")],
    };
    columns.extend(COSTS);
    columns
}

/// The sums of one row: compute, storage, backup, every kind of data transfer, and the total.
#[derive(Default)]
struct Sums {
    compute: f64,
    storage: f64,
    backup: f64,
    transfer: f64,
    total: f64,
}

impl Sums {
    fn add(&mut self, record: &UsageCostRecord) {
        for (kind, cost) in &record.metrics {
            let cost = cost.as_f64().unwrap_or(0.0);
            match kind.as_str() {
                "computeCHC" => self.compute += cost,
                "storageCHC" => self.storage += cost,
                "backupCHC" => self.backup += cost,
                k if k.ends_with("DataTransferCHC") || k == "dataTransferCHC" => {
                    self.transfer += cost
                }
                _ => {}
            }
        }
        self.total += record.total_chc.unwrap_or(0.0);
    }

    fn row(&self, mut row: Map<String, Value>) -> Value {
        let round = |n: f64| (n * 10_000.0).round() / 10_000.0;
        row.insert("computeCHC".into(), json!(round(self.compute)));
        row.insert("storageCHC".into(), json!(round(self.storage)));
        row.insert("backupCHC".into(), json!(round(self.backup)));
        row.insert("dataTransferCHC".into(), json!(round(self.transfer)));
        row.insert("totalCHC".into(), json!(round(self.total)));
        Value::Object(row)
    }
}

/// The rows of the table: one per service (its warehouse's storage and backups with it) or per day, most
/// expensive service first, days in order; then a TOTAL row whose total is the API's grand total.
fn rows(usage: &UsageCost, by: By) -> Vec<Value> {
    // A warehouse's own costs (storage, backups) go with its service when it has only one; a warehouse shared
    // by several services is a row of its own.
    let mut services_of: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
    for r in &usage.costs {
        if let (Some(w), Some(s)) = (r.data_warehouse_id.as_deref(), r.service_id.as_deref()) {
            let list = services_of.entry(w).or_default();
            if !list.contains(&s) {
                list.push(s);
            }
        }
    }
    let mut groups: BTreeMap<String, (String, Sums)> = BTreeMap::new();
    for r in &usage.costs {
        let key = match by {
            By::Service => r
                .service_id
                .clone()
                .or_else(|| {
                    let w = r.data_warehouse_id.as_deref()?;
                    match services_of.get(w).map(Vec::as_slice) {
                        Some([only]) => Some(only.to_string()),
                        _ => Some(w.to_string()),
                    }
                })
                .or_else(|| r.entity_id.clone())
                .unwrap_or_default(),
            By::Day => r.date.clone().unwrap_or_default(),
        };
        let entry = groups.entry(key.clone()).or_default();
        // A group is named after its service's own record where there is one.
        if entry.0.is_empty()
            || (r.entity_type.as_deref() == Some("service") && r.entity_id.as_ref() == Some(&key))
        {
            entry.0 = r.entity_name.clone().unwrap_or_default();
        }
        entry.1.add(r);
    }
    let mut out: Vec<(f64, Value)> = groups
        .into_iter()
        .map(|(key, (name, sums))| {
            let mut row = Map::new();
            match by {
                By::Service => {
                    row.insert("service".into(), json!(name));
                    row.insert("id".into(), json!(key));
                }
                By::Day => {
                    row.insert("date".into(), json!(key));
                }
            }
            (sums.total, sums.row(row))
        })
        .collect();
    if by == By::Service {
        out.sort_by(|a, b| b.0.total_cmp(&a.0));
    }
    let mut total = Sums::default();
    usage.costs.iter().for_each(|r| total.add(r));
    if let Some(grand) = usage.grand_total_chc {
        total.total = grand;
    }
    let label = match by {
        By::Service => "service",
        By::Day => "date",
    };
    let mut last = Map::new();
    last.insert(label.into(), json!("TOTAL"));
    let mut rows: Vec<Value> = out.into_iter().map(|(_, row)| row).collect();
    rows.push(total.row(last));
    rows
}

pub async fn run(ctx: &Ctx, args: Args) -> Result<()> {
    if args.from > args.to {
        return Err(Error::usage(format!(
            "--from {} is after --to {}",
            args.from, args.to
        )));
    }
    let api = ctx.clickhouse()?;
    let org = ctx.clickhouse_org().await?;
    let usage = api
        .usage_cost(&org, &args.from, &args.to, &args.tag)
        .await?;
    if ctx.out.format() != Format::Table {
        return ctx.out.value(&to_json(&usage)?);
    }
    if usage.costs.is_empty() {
        ctx.out
            .status(&format!("No usage from {} to {}.", args.from, args.to));
    }
    ctx.out.list(&rows(&usage, args.by), &columns(args.by))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn report() -> UsageCost {
        serde_json::from_value(json!({
            "grandTotalCHC": 10.0,
            "costs": [
                {"dataWarehouseId": "w", "serviceId": null, "date": "2026-11-01", "entityType": "datawarehouse",
                 "entityId": "w", "entityName": "web", "metrics": {"storageCHC": 1.0, "backupCHC": 0.5}, "totalCHC": 1.5},
                {"dataWarehouseId": "w", "serviceId": "w", "date": "2026-11-01", "entityType": "service",
                 "entityId": "w", "entityName": "web", "metrics": {"computeCHC": 3.0, "publicDataTransferCHC": 0.5},
                 "totalCHC": 3.5},
                {"dataWarehouseId": "w", "serviceId": "s2", "date": "2026-11-02", "entityType": "service",
                 "entityId": "s2", "entityName": "replica", "metrics": {"computeCHC": 5.0}, "totalCHC": 5.0}
            ]
        }))
        .unwrap()
    }

    #[test]
    fn rows_per_service_with_a_total() {
        let rows = rows(&report(), By::Service);
        assert_eq!(rows.len(), 3);
        assert_eq!(rows[0]["service"], "replica");
        assert_eq!(rows[1]["service"], "web");
        assert_eq!(rows[1]["storageCHC"], 1.0);
        assert_eq!(rows[1]["dataTransferCHC"], 0.5);
        assert_eq!(rows[1]["totalCHC"], 5.0);
        assert_eq!(rows[2]["service"], "TOTAL");
        assert_eq!(rows[2]["computeCHC"], 8.0);
        assert_eq!(rows[2]["totalCHC"], 10.0);
    }

    #[test]
    fn rows_per_day() {
        let rows = rows(&report(), By::Day);
        let dates: Vec<&str> = rows.iter().filter_map(|r| r["date"].as_str()).collect();
        assert_eq!(dates, ["2026-11-01", "2026-11-02", "TOTAL"]);
        assert_eq!(rows[0]["totalCHC"], 5.0);
    }
}
