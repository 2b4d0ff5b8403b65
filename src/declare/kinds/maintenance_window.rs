//! The maintenance window of a cluster: `maintenance_window = { day = "saturday", start_hour = 3 }`, with
//! `start_minute` and `duration` (like "6h") when wanted. The API takes it as an offset from Monday 00:00
//! UTC and a length; parts the file leaves out keep their live values (a new window starts on the hour and
//! lasts 6 hours, as `crdb maintenance-window set` does). `--prune` never removes one: a file cannot say
//! there is none (`dbcloud crdb maintenance-window delete` does).

use std::time::Duration;

use serde_json::{Map, Value, json};

use super::{Future, Kind, Scope, wanted_or};
use crate::cockroach::api::maintenance::{MaintenanceWindow as Window, parse_api_duration};
use crate::cockroach::input::DAYS;
use crate::declare::fields::{self, Change, Field, Ty, check_table};
use crate::declare::file::{ChildDecl, Declared};
use crate::declare::plan::Diff;
use crate::declare::read::Catalog;
use crate::declare::write::{Run, confirmed};
use crate::declare::{Desired, Fields, KindId, Live};
use crate::error::{ExitCode, Result};
use crate::output::to_json;

pub struct MaintenanceWindow;
pub static MAINTENANCE_WINDOW: MaintenanceWindow = MaintenanceWindow;

const HOUR: u64 = 3600;
const DAY: u64 = 24 * HOUR;
/// The length of a new window when the file gives none (as `crdb maintenance-window set`).
const DEFAULT_LENGTH: u64 = 6 * HOUR;

const FIELDS: &[Field] = &[
    Field {
        key: "day",
        ty: Ty::Custom(
            day_value,
            "a day of the week: monday ... sunday, or mon ... sun",
        ),
        change: Change::Update,
        maps_to: "offset_duration (days after Monday 00:00 UTC)",
    },
    Field {
        key: "start_hour",
        ty: Ty::Custom(hour_value, "an hour of the day, UTC: 0 to 23"),
        change: Change::Update,
        maps_to: "offset_duration",
    },
    Field {
        key: "start_minute",
        ty: Ty::Custom(minute_value, "a minute: 0 to 59"),
        change: Change::Update,
        maps_to: "offset_duration",
    },
    Field {
        key: "duration",
        ty: Ty::Custom(duration_value, "a duration, like \"6h\" or \"90m\""),
        change: Change::Update,
        maps_to: "window_duration",
    },
];

fn day_value(v: &Value) -> std::result::Result<Value, String> {
    let d = crate::cockroach::input::day_of_week(&fields::string(v)?)?;
    Ok(json!(DAYS[usize::from(d)].to_ascii_lowercase()))
}

fn bounded(v: &Value, max: u64, what: &str) -> std::result::Result<Value, String> {
    match v.as_u64() {
        Some(n) if n <= max => Ok(json!(n)),
        _ => Err(format!(
            "expected {what} from 0 to {max}, found {}",
            fields::shown(v)
        )),
    }
}

fn hour_value(v: &Value) -> std::result::Result<Value, String> {
    bounded(v, 23, "an hour")
}

fn minute_value(v: &Value) -> std::result::Result<Value, String> {
    bounded(v, 59, "a minute")
}

fn length(secs: u64) -> Value {
    json!(humantime::format_duration(Duration::from_secs(secs)).to_string())
}

fn duration_value(v: &Value) -> std::result::Result<Value, String> {
    let d = crate::validate::duration(&fields::string(v)?)?;
    Ok(length(d.as_secs()))
}

fn seconds(v: &Value) -> Option<u64> {
    v.as_str()
        .and_then(|s| humantime::parse_duration(s).ok())
        .map(|d| d.as_secs())
}

impl MaintenanceWindow {
    /// The window the declaration wants: (offset, length) in seconds.
    fn wanted(&self, d: &Desired, observed: &Fields) -> (u64, u64) {
        let part = |k: &str| wanted_or(d, observed, k);
        let day = part("day")
            .as_str()
            .and_then(|s| crate::cockroach::input::day_of_week(s).ok())
            .map_or(0, u64::from);
        let hour = part("start_hour").as_u64().unwrap_or(0);
        let minute = part("start_minute").as_u64().unwrap_or(0);
        let len = seconds(&part("duration")).unwrap_or(DEFAULT_LENGTH);
        (day * DAY + hour * HOUR + minute * 60, len)
    }

    async fn current(&self, at: Scope<'_>) -> Result<Option<Window>> {
        let api = at.conn.cockroach()?;
        match api.maintenance_window(at.parent_id()).await {
            Ok(w) => Ok(Some(w)),
            Err(e) if e.exit_code() == ExitCode::NotFound => Ok(None),
            Err(e) => Err(e),
        }
    }

    async fn set(
        &self,
        at: Scope<'_>,
        d: &Desired,
        observed: &Fields,
        run: &Run<'_>,
    ) -> Result<()> {
        let api = at.conn.cockroach()?;
        let (offset, len) = self.wanted(d, observed);
        let shows = |w: &Window| {
            w.offset_duration.as_deref().and_then(parse_api_duration) == Some(offset as f64)
                && w.window_duration.as_deref().and_then(parse_api_duration) == Some(len as f64)
        };
        run.say("setting");
        confirmed(
            run,
            || {
                api.set_maintenance_window(
                    at.parent_id(),
                    Duration::from_secs(offset),
                    Duration::from_secs(len),
                )
            },
            || async { Ok(self.current(at).await?.is_some_and(|w| shows(&w))) },
        )
        .await
        .map(drop)
    }
}

impl Kind for MaintenanceWindow {
    fn id(&self) -> KindId {
        KindId::MaintenanceWindow
    }

    fn file_key(&self) -> &'static str {
        "maintenance_window"
    }

    fn fields(&self) -> &'static [Field] {
        FIELDS
    }

    fn check_name(&self, name: &str) -> std::result::Result<String, String> {
        Ok(name.to_string())
    }

    /// One window, named after nothing: it is its cluster's only one (the reader names it after the cluster).
    fn declare(&self, value: &Value) -> Declared {
        let empty = Map::new();
        let table = match value {
            Value::Object(t) => t,
            Value::Null => &empty,
            other => {
                return (
                    Vec::new(),
                    vec![(
                        Vec::new(),
                        format!(
                            "expected a table like {{ day = \"saturday\", start_hour = 3 }}, found {}",
                            fields::shown(other)
                        ),
                    )],
                );
            }
        };
        let (fields, found) = check_table(table, FIELDS, &[]);
        let problems = found
            .into_iter()
            .map(|(k, _, m)| (vec![crate::declare::file::Seg::Key(k)], m))
            .collect();
        (
            vec![ChildDecl {
                name: String::new(),
                fields,
                rel: Vec::new(),
            }],
            problems,
        )
    }

    fn prunable(&self) -> bool {
        false
    }

    fn missing_for_create(&self, d: &Desired) -> Vec<String> {
        ["day", "start_hour"]
            .iter()
            .filter(|k| crate::declare::get(&d.fields, k).is_none())
            .map(|k| format!("{k} is needed to set a window"))
            .collect()
    }

    fn observe(&self, live: &Live, _: &Catalog) -> Fields {
        let mut out = Fields::new();
        let secs = |k: &str| {
            live.raw[k]
                .as_str()
                .and_then(parse_api_duration)
                .map(|s| s as u64)
        };
        if let Some(offset) = secs("offset_duration") {
            if let Some(day) = DAYS.get((offset / DAY) as usize) {
                out.push(("day", json!(day.to_ascii_lowercase())));
            }
            out.push(("start_hour", json!(offset % DAY / HOUR)));
            out.push(("start_minute", json!(offset % HOUR / 60)));
        }
        if let Some(len) = secs("window_duration") {
            out.push(("duration", length(len)));
        }
        out
    }

    fn export(&self, observed: Fields) -> Fields {
        observed
            .into_iter()
            .filter(|(k, v)| !(*k == "start_minute" && v == &json!(0)))
            .collect()
    }

    fn list<'a>(&'a self, at: Scope<'a>) -> Future<'a, Vec<Live>> {
        Box::pin(async move {
            let name = at.parent.map(|p| p.name.clone()).unwrap_or_default();
            Ok(match self.current(at).await? {
                Some(w) => vec![Live {
                    id: at.parent_id().to_string(),
                    name,
                    raw: to_json(&w)?,
                }],
                None => Vec::new(),
            })
        })
    }

    fn create<'a>(&'a self, at: Scope<'a>, d: &'a Desired, run: &'a Run<'a>) -> Future<'a, Live> {
        Box::pin(async move {
            self.set(at, d, &Fields::new(), run).await?;
            Ok(Live {
                id: at.parent_id().to_string(),
                name: d.key.name.clone(),
                raw: Value::Null,
            })
        })
    }

    fn update<'a>(
        &'a self,
        at: Scope<'a>,
        live: &'a Live,
        d: &'a Desired,
        _: &'a [Diff],
        run: &'a Run<'a>,
    ) -> Future<'a, ()> {
        Box::pin(async move {
            let observed = self.observe(live, &Catalog::default());
            self.set(at, d, &observed, run).await
        })
    }

    fn delete<'a>(&'a self, at: Scope<'a>, _: &'a Live, run: &'a Run<'a>) -> Future<'a, ()> {
        Box::pin(async move {
            let api = at.conn.cockroach()?;
            run.say("removing");
            confirmed(
                run,
                || api.delete_maintenance_window(at.parent_id()),
                || async { Ok(self.current(at).await?.is_none()) },
            )
            .await
            .map(drop)
        })
    }
}
