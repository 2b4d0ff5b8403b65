//! `dbcloud ch service scaling-schedule`: scaling that changes by weekday and hour (UTC). The schedule is a
//! document (`--file`, checked against the API's schema before it is sent); outside its entries the service
//! runs with its base scaling, the one `dbcloud ch service scale` sets.

use std::cell::OnceCell;

use clap::Subcommand;
use serde_json::Value;

use crate::clickhouse::api::ScalingSchedule;
use crate::clickhouse::service_id;
use crate::confirm;
use crate::context::Ctx;
use crate::document;
use crate::error::Result;
use crate::output::{Column, Format, display, lookup};
use crate::provider::Provider;

#[derive(Subcommand, Debug)]
pub(crate) enum Command {
    /// Show the scaling schedule of a service
    #[command(after_help = "\
Examples:
  dbcloud ch service scaling-schedule get web
  dbcloud ch service scaling-schedule get web -o yaml > schedule.yaml   # edit it, then set it again")]
    Get {
        /// Service ID or exact name
        service: String,
    },
    /// Create the scaling schedule of a service, or replace it, from a document
    #[command(after_help = "\
Examples:
  dbcloud ch service scaling-schedule set web --file schedule.yaml
  dbcloud ch service scaling-schedule get web -o json | jq '.entries[0].endHourUtc = 20' \\
      | dbcloud ch service scaling-schedule set web --file -

The document is a ScalingSchedulePostRequest (docs/examples/scaling-schedule.yaml): its entries,
each with a name, weekdays (0 = Sunday ... 6 = Saturday), startHourUtc, endHourUtc and the scaling
in effect then. What `get` shows beside them (ids, isActiveNow, activeEntryId, baseConfig) is set
by the API and left out. Empty entries clear the schedule.")]
    Set(SetArgs),
    /// Delete the scaling schedule of a service (its base scaling applies again)
    #[command(after_help = "Example:\n  dbcloud ch service scaling-schedule delete web --yes")]
    Delete {
        /// Service ID or exact name
        service: String,
    },
}

#[derive(clap::Args, Debug)]
pub(crate) struct SetArgs {
    /// Service ID or exact name
    service: String,
    /// The schedule as JSON or YAML (`-` reads stdin)
    #[arg(long, short = 'f', value_name = "FILE")]
    file: String,
    /// The document, read and checked before anything is sent.
    #[arg(skip)]
    body: OnceCell<Value>,
}

/// Fields of a schedule as `get` shows it that the API sets: not part of what is sent.
const SET_BY_THE_API: &[&str] = &["baseConfig", "activeEntryId"];
const ENTRY_SET_BY_THE_API: &[&str] = &["id", "isActiveNow"];

/// The document without what the API sets (so `get`'s output can be edited and set again); the names of the
/// fields left out.
fn without_api_fields(mut doc: Value) -> (Value, Vec<String>) {
    let mut dropped = Vec::new();
    if let Value::Object(m) = &mut doc {
        for f in SET_BY_THE_API {
            if m.remove(*f).is_some() {
                dropped.push(f.to_string());
            }
        }
        for entry in m
            .get_mut("entries")
            .and_then(Value::as_array_mut)
            .into_iter()
            .flatten()
        {
            if let Value::Object(e) = entry {
                for f in ENTRY_SET_BY_THE_API {
                    let name = format!("entries[].{f}");
                    if e.remove(*f).is_some() && !dropped.contains(&name) {
                        dropped.push(name);
                    }
                }
            }
        }
    }
    (doc, dropped)
}

impl Command {
    pub(crate) fn prepare(&self, ctx: &Ctx) -> Result<()> {
        match self {
            Command::Delete { service } => ctx
                .prompt
                .confirm(&format!("delete the scaling schedule of service {service}")),
            Command::Set(args) => {
                let (body, dropped) = without_api_fields(document::read(&args.file)?);
                if !dropped.is_empty() {
                    ctx.out.status(&format!(
                        "note: left out {}: the API sets them (the base scaling with `dbcloud ch service scale`)",
                        dropped.join(", ")
                    ));
                }
                let name = document::display_name(&args.file);
                document::check(Provider::ClickHouse, "scalingScheduleUpsert", &name, &body)?;
                let _ = args.body.set(body);
                Ok(())
            }
            Command::Get { .. } => Ok(()),
        }
    }
}

pub(crate) async fn run(ctx: &Ctx, org: &str, command: Command) -> Result<()> {
    let api = ctx.clickhouse()?;
    match command {
        Command::Get { service } => {
            let id = service_id(ctx, org, &service).await?;
            print(ctx, &api.scaling_schedule(org, &id).await?)
        }
        Command::Set(mut args) => {
            let body = args.body.take().expect("checked by prepare");
            let id = service_id(ctx, org, &args.service).await?;
            let what = format!("the scaling schedule of service {}", args.service);
            let schedule =
                confirm::repeat(ctx, &what, || api.set_scaling_schedule(org, &id, &body)).await?;
            if schedule.entries.is_empty() {
                ctx.out.status(&format!(
                    "Cleared the scaling schedule of service {}.",
                    args.service
                ));
            } else {
                ctx.out.status(&format!(
                    "Set the scaling schedule of service {} ({} entries).",
                    args.service,
                    schedule.entries.len()
                ));
            }
            print(ctx, &schedule)
        }
        Command::Delete { service } => {
            let id = service_id(ctx, org, &service).await?;
            let what = format!("the scaling schedule of service {service}");
            confirm::delete(ctx, &what, || api.delete_scaling_schedule(org, &id)).await?;
            ctx.out.status(&format!(
                "Deleted the scaling schedule of service {service}."
            ));
            Ok(())
        }
    }
}

/// JSON and YAML show the schedule as the API sent it; a table shows its entries, one a row, with the base
/// scaling on stderr.
fn print(ctx: &Ctx, schedule: &ScalingSchedule) -> Result<()> {
    if ctx.out.format() != Format::Table {
        return ctx.out.item(schedule, &[]);
    }
    if let Some(base) = schedule.extra.get("baseConfig")
        && base.as_object().is_some_and(|b| !b.is_empty())
    {
        ctx.out.status(&format!(
            "Outside the entries: {}",
            [mode(base), memory(base), replicas(base), idling(base)]
                .into_iter()
                .filter(|s| !s.is_empty())
                .collect::<Vec<_>>()
                .join(", ")
        ));
    }
    if schedule.entries.is_empty() {
        return Ok(());
    }
    ctx.out.list(&schedule.entries, ENTRY_COLUMNS)
}

const ENTRY_COLUMNS: &[Column] = &[
    Column::field("NAME", "name"),
    Column::computed("DAYS", days),
    Column::computed("HOURS (UTC)", hours),
    Column::computed("MODE", mode),
    Column::computed("MEMORY/REPLICA", memory),
    Column::computed("REPLICAS", replicas),
    Column::computed("IDLING", idling),
    Column::computed("ACTIVE", active),
    Column::field("ID", "id"),
];

const DAY_NAMES: [&str; 7] = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];

/// "Mon, Tue, Fri": the weekdays (0 = Sunday) by name.
fn days(entry: &Value) -> String {
    entry["weekdays"]
        .as_array()
        .into_iter()
        .flatten()
        .map(
            |d| match d.as_u64().and_then(|d| DAY_NAMES.get(d as usize)) {
                Some(name) => name.to_string(),
                None => display(d),
            },
        )
        .collect::<Vec<_>>()
        .join(", ")
}

/// "09:00-17:00".
fn hours(entry: &Value) -> String {
    match (entry["startHourUtc"].as_u64(), entry["endHourUtc"].as_u64()) {
        (Some(start), Some(end)) => format!("{start:02}:00-{end:02}:00"),
        _ => String::new(),
    }
}

fn mode(v: &Value) -> String {
    v["autoscalingMode"]
        .as_str()
        .unwrap_or_default()
        .to_string()
}

/// "8-16 GiB", or "16 GiB" when fixed.
fn memory(v: &Value) -> String {
    bounds(v, "minReplicaMemoryGb", "maxReplicaMemoryGb")
        .map(|r| format!("{r} GiB"))
        .unwrap_or_default()
}

fn replicas(v: &Value) -> String {
    match bounds(v, "minReplicas", "maxReplicas") {
        Some(one) if one == "1" => "1 replica".to_string(),
        Some(r) => format!("{r} replicas"),
        None => String::new(),
    }
}

fn bounds(v: &Value, min: &str, max: &str) -> Option<String> {
    match (lookup(v, min).map(display), lookup(v, max).map(display)) {
        (Some(a), Some(b)) if a == b => Some(a),
        (Some(a), Some(b)) => Some(format!("{a}-{b}")),
        (Some(a), None) | (None, Some(a)) => Some(a),
        (None, None) => None,
    }
}

/// "idle after 15 min", "no idling".
fn idling(v: &Value) -> String {
    match v["idleScaling"].as_bool() {
        Some(true) => match v["idleTimeoutMinutes"].as_u64() {
            Some(m) => format!("idle after {m} min"),
            None => "idling".to_string(),
        },
        Some(false) => "no idling".to_string(),
        None => String::new(),
    }
}

fn active(entry: &Value) -> String {
    if entry["isActiveNow"] == true {
        "yes".to_string()
    } else {
        String::new()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn what_get_shows_can_be_set_again() {
        let shown = json!({
            "entries": [{"id": "e1", "name": "Business hours", "weekdays": [1, 2], "startHourUtc": 9,
                         "endHourUtc": 17, "autoscalingMode": "vertical", "isActiveNow": false}],
            "baseConfig": {"autoscalingMode": "vertical"},
            "activeEntryId": "e1",
        });
        let (doc, dropped) = without_api_fields(shown);
        assert_eq!(
            doc,
            json!({"entries": [{"name": "Business hours", "weekdays": [1, 2], "startHourUtc": 9,
                                "endHourUtc": 17, "autoscalingMode": "vertical"}]})
        );
        assert_eq!(
            dropped,
            [
                "baseConfig",
                "activeEntryId",
                "entries[].id",
                "entries[].isActiveNow"
            ]
        );
        assert!(document::check(Provider::ClickHouse, "scalingScheduleUpsert", "s", &doc).is_ok());
    }

    #[test]
    fn entries_read_well() {
        let e = json!({"weekdays": [1, 5, 9], "startHourUtc": 22, "endHourUtc": 6,
                       "minReplicaMemoryGb": 16, "maxReplicaMemoryGb": 16, "minReplicas": 2, "maxReplicas": 4,
                       "idleScaling": true, "idleTimeoutMinutes": 15});
        assert_eq!(days(&e), "Mon, Fri, 9");
        assert_eq!(hours(&e), "22:00-06:00");
        assert_eq!(memory(&e), "16 GiB");
        assert_eq!(replicas(&e), "2-4 replicas");
        assert_eq!(idling(&e), "idle after 15 min");
    }
}
