//! The IP allowlist of a cluster: `allowlist = ["203.0.113.0/24=office", ...]`, or entries as tables
//! `{ cidr = "198.51.100.7/32", name = "ci", sql = true, ui = false }`. An entry is named by its CIDR range;
//! its label, SQL and UI access are managed when the file gives them (a new entry allows SQL and not the
//! UI unless told otherwise, as `crdb allowlist add` does).

use serde_json::{Value, json};

use super::{Future, Kind, Scope, list_items};
use crate::cockroach::api::networking::AllowlistEntry;
use crate::declare::fields::{self, Change, Field, Ty, at, check_table};
use crate::declare::file::{ChildDecl, Declared};
use crate::declare::plan::Diff;
use crate::declare::read::Catalog;
use crate::declare::write::{Run, confirmed};
use crate::declare::{Desired, Fields, KindId, Live, get};
use crate::error::Result;
use crate::output::to_json;

pub struct Allowlist;
pub static ALLOWLIST: Allowlist = Allowlist;

const FIELDS: &[Field] = &[
    Field {
        key: "name",
        ty: Ty::Text,
        change: Change::Update,
        maps_to: "name",
    },
    Field {
        key: "sql",
        ty: Ty::Bool,
        change: Change::Update,
        maps_to: "sql",
    },
    Field {
        key: "ui",
        ty: Ty::Bool,
        change: Change::Update,
        maps_to: "ui",
    },
];

/// `203.0.113.0/24` as the API splits it.
fn split(cidr: &str) -> Option<(String, u8)> {
    crate::cockroach::input::ipv4_cidr(cidr).ok()
}

fn entry_of(live: &Live) -> AllowlistEntry {
    serde_json::from_value(live.raw.clone()).unwrap_or_else(|_| {
        let (ip, mask) = split(&live.name).unwrap_or_default();
        AllowlistEntry::new(ip, mask)
    })
}

impl Allowlist {
    /// The entry as the API has it now, if it has it.
    async fn current(&self, at: Scope<'_>, cidr: &str) -> Result<Option<AllowlistEntry>> {
        let api = at.conn.cockroach()?;
        Ok(api
            .allowlist(at.parent_id(), None)
            .await?
            .into_iter()
            .find(|e| e.cidr() == cidr))
    }

    /// The entry the declaration wants, the rest as it is now (or the defaults of a new entry).
    fn wanted(&self, d: &Desired, now: Option<&AllowlistEntry>) -> AllowlistEntry {
        let (ip, mask) = split(&d.key.name).unwrap_or_default();
        let f = &d.fields;
        AllowlistEntry {
            name: get(f, "name")
                .and_then(Value::as_str)
                .map(str::to_string)
                .or_else(|| now.and_then(|n| n.name.clone())),
            sql: get(f, "sql")
                .and_then(Value::as_bool)
                .or(now.and_then(|n| n.sql))
                .or(Some(true)),
            ui: get(f, "ui")
                .and_then(Value::as_bool)
                .or(now.and_then(|n| n.ui))
                .or(Some(false)),
            ..AllowlistEntry::new(ip, mask)
        }
    }

    fn shows(&self, d: &Desired, e: &AllowlistEntry) -> bool {
        let want = self.wanted(d, Some(e));
        want.name == e.name && want.sql == e.sql && want.ui == e.ui
    }
}

fn declared(v: &Value) -> std::result::Result<ChildDecl, String> {
    let canonical =
        |s: &str| crate::cockroach::input::ipv4_cidr(s).map(|(ip, mask)| format!("{ip}/{mask}"));
    match v {
        Value::String(s) => {
            let (cidr, label) = match s.split_once('=') {
                Some((c, l)) => (c, Some(l.trim())),
                None => (s.as_str(), None),
            };
            let mut fields = Fields::new();
            if let Some(l) = label.filter(|l| !l.is_empty()) {
                fields.push(("name", json!(l)));
            }
            Ok(ChildDecl {
                name: canonical(cidr)?,
                fields,
                rel: Vec::new(),
            })
        }
        Value::Object(table) => {
            let cidr = table
                .get("cidr")
                .ok_or("an entry as a table needs cidr (like { cidr = \"203.0.113.0/24\", name = \"office\" })")?;
            let (fields, problems) = check_table(table, FIELDS, &["cidr"]);
            if let Some((key, _, message)) = problems.into_iter().next() {
                return Err(format!("{key}: {message}"));
            }
            Ok(ChildDecl {
                name: canonical(&fields::string(cidr)?)?,
                fields,
                rel: Vec::new(),
            })
        }
        other => Err(format!(
            "expected \"CIDR[=NAME]\" or a table with cidr, found {}",
            fields::shown(other)
        )),
    }
}

impl Kind for Allowlist {
    fn id(&self) -> KindId {
        KindId::Allowlist
    }

    fn file_key(&self) -> &'static str {
        "allowlist"
    }

    fn fields(&self) -> &'static [Field] {
        FIELDS
    }

    fn check_name(&self, name: &str) -> std::result::Result<String, String> {
        crate::cockroach::input::ipv4_cidr(name).map(|(ip, mask)| format!("{ip}/{mask}"))
    }

    fn declare(&self, value: &Value) -> Declared {
        list_items(value, "allowlist entries", declared)
    }

    fn observe(&self, live: &Live, _: &Catalog) -> Fields {
        ["name", "sql", "ui"]
            .into_iter()
            .filter_map(|k| {
                let v = at(&live.raw, k);
                // An entry without a label shows an empty one.
                (!v.is_null() && v != json!("")).then_some((k, v))
            })
            .collect()
    }

    fn list<'a>(&'a self, at: Scope<'a>) -> Future<'a, Vec<Live>> {
        Box::pin(async move {
            let api = at.conn.cockroach()?;
            api.allowlist(at.parent_id(), None)
                .await?
                .iter()
                .map(|e| Ok(Live::named(e.cidr(), to_json(e)?)))
                .collect()
        })
    }

    fn create<'a>(&'a self, at: Scope<'a>, d: &'a Desired, run: &'a Run<'a>) -> Future<'a, Live> {
        Box::pin(async move {
            let api = at.conn.cockroach()?;
            let entry = self.wanted(d, None);
            run.say("adding");
            confirmed(
                run,
                || api.add_allowlist_entry(at.parent_id(), &entry),
                || async { Ok(self.current(at, &d.key.name).await?.is_some()) },
            )
            .await?;
            Ok(Live::named(&d.key.name, to_json(&entry)?))
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
            let api = at.conn.cockroach()?;
            // The whole entry is sent, so fields not managed keep their values.
            let entry = self.wanted(d, Some(&entry_of(live)));
            run.say("updating");
            confirmed(
                run,
                || api.update_allowlist_entry(at.parent_id(), &entry),
                || async {
                    Ok(self
                        .current(at, &d.key.name)
                        .await?
                        .is_some_and(|e| self.shows(d, &e)))
                },
            )
            .await
            .map(drop)
        })
    }

    fn delete<'a>(&'a self, at: Scope<'a>, live: &'a Live, run: &'a Run<'a>) -> Future<'a, ()> {
        Box::pin(async move {
            let api = at.conn.cockroach()?;
            let e = entry_of(live);
            run.say("removing");
            confirmed(
                run,
                || api.delete_allowlist_entry(at.parent_id(), &e.cidr_ip, e.cidr_mask),
                || async { Ok(self.current(at, &live.name).await?.is_none()) },
            )
            .await
            .map(drop)
        })
    }
}
