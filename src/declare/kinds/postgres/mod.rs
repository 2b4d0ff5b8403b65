//! ClickHouse Postgres services (`[clickhouse.postgres.NAME]`): every field of the current create
//! (`PostgresServicePostRequest`) and update (`PostgresServicePatchRequest`) requests, the Postgres and
//! PgBouncer settings (`.../config`), and whether the service is a read replica.
//!
//! A service is created with all it can carry at once (settings and tags included); its superuser password,
//! shown once in the answer, goes to `password_file`. On an update, a read replica declared a primary is
//! promoted first; settings change next (a resize restarts the service, which then applies the settings
//! that need a restart); size, high availability and tags last, once the service runs (a resize needs it).
//! There is no `state`: the API cannot stop or start a Postgres service (its state commands restart,
//! promote and switch over, none of which is a state a file could declare but `read_replica = false`).

mod settings;
mod table;

use std::time::Duration;

use serde_json::{Map, Value, json};

use super::{Future, Kind, Password, Scope, changed};
use crate::clickhouse::api::{
    Api, NewPostgres, PostgresCommand, PostgresPatch, PostgresService, PostgresSettings,
};
use crate::declare::fields::{Change, Field, rule};
use crate::declare::plan::Diff;
use crate::declare::read::Catalog;
use crate::declare::write::{Run, confirmed, confirmed_found, unknown_outcome};
use crate::declare::{Desired, Fields, KindId, Live, get};
use crate::error::{Error, ExitCode, Result};
use crate::output::to_json;
use crate::wait::Poll;
use table::{CH, CONFIG_FIELDS, FIELDS, PATCH_FIELDS, going, str_of};

pub struct Postgres;
pub static POSTGRES: Postgres = Postgres;

/// Creation takes minutes (NOTES.md, as for services).
const CREATE_TIMEOUT: Duration = Duration::from_secs(30 * 60);
/// Resizes, promotions and deletion.
const CHANGE_TIMEOUT: Duration = Duration::from_secs(20 * 60);
/// The one state from which a change cannot end well on its own: the service is down.
const FAILED: &str = "unavailable";

/// A service as a live resource: never with the password or the connection string that embeds it.
fn live_of(service: &PostgresService) -> Result<Live> {
    let mut shown = service.clone();
    shown.password = None;
    shown.connection_string = None;
    Ok(Live {
        id: service.id.clone(),
        name: service.name.clone(),
        raw: to_json(&shown)?,
    })
}

/// The settings a file gives, in the two sections of the API.
fn sections(settings: Option<&Value>, bouncer: Option<&Value>) -> PostgresSettings {
    let map = |v: Option<&Value>| v.and_then(Value::as_object).cloned().unwrap_or_default();
    PostgresSettings {
        pg_config: map(settings),
        pg_bouncer_config: map(bouncer),
    }
}

impl Postgres {
    fn new_service(&self, d: &Desired) -> NewPostgres {
        let f = &d.fields;
        NewPostgres {
            name: d.key.name.clone(),
            provider: str_of(f, "provider").unwrap_or_default(),
            region: str_of(f, "region").unwrap_or_default(),
            size: str_of(f, "size").unwrap_or_default(),
            postgres_version: str_of(f, "version"),
            ha_type: str_of(f, "ha_type"),
            tags: super::clickhouse_service::tags(get(f, "tags")),
            settings: sections(get(f, "settings"), get(f, "pgbouncer_settings")),
        }
    }

    /// The service as it is now, with its settings when `config` (read back after an unknown outcome).
    async fn read(&self, api: &Api, org: &str, id: &str, config: bool) -> Result<Live> {
        let live = live_of(&api.postgres_service(org, id).await?)?;
        if config {
            with_config(api, org, live).await
        } else {
            Ok(live)
        }
    }

    /// Whether the service now shows every change of `changes`.
    async fn shows(&self, api: &Api, org: &str, id: &str, changes: &[Diff]) -> Result<bool> {
        let config = changes.iter().any(|c| CONFIG_FIELDS.contains(&c.key));
        let now = self.observe(&self.read(api, org, id, config).await?, &Catalog::default());
        Ok(changes
            .iter()
            .all(|c| self.same(c.key, &c.to, get(&now, c.key).unwrap_or(&Value::Null))))
    }

    /// Polls until the service runs; `unavailable` ends it.
    async fn wait_running(
        &self,
        api: &Api,
        org: &str,
        id: &str,
        timeout: Duration,
        run: &Run<'_>,
    ) -> Result<Live> {
        run.until(timeout, "running", || async move {
            let service = api.postgres_service(org, id).await?;
            Ok(match service.state.as_str() {
                "running" => Poll::Done(live_of(&service)?),
                FAILED => Poll::Failed(service.state),
                _ => Poll::Pending(service.state),
            })
        })
        .await
    }

    /// Promotes a read replica to a primary of its own.
    async fn promote(&self, api: &Api, org: &str, live: &Live, run: &Run<'_>) -> Result<()> {
        run.say("promoting to a primary");
        let done = [Diff {
            key: "read_replica",
            from: json!(true),
            to: json!(false),
        }];
        confirmed(
            run,
            || api.change_postgres_state(org, &live.id, PostgresCommand::Promote),
            || self.shows(api, org, &live.id, &done),
        )
        .await
        .map(drop)
    }

    /// Sends the changed settings (`PATCH .../config`), which the API takes with both sections: the one
    /// the file does not change is sent as it is.
    async fn configure(
        &self,
        api: &Api,
        org: &str,
        live: &Live,
        changes: &[Diff],
        run: &Run<'_>,
    ) -> Result<()> {
        let mine: Vec<Diff> = changes
            .iter()
            .filter(|c| CONFIG_FIELDS.contains(&c.key))
            .cloned()
            .collect();
        if mine.is_empty() {
            return Ok(());
        }
        let changed_section = |key: &str| changed(&mine, key).and_then(Value::as_object).cloned();
        let current = match &live.raw["config"] {
            Value::Object(_) => live.raw["config"].clone(),
            _ => api.postgres_config(org, &live.id).await?,
        };
        let mut body = Map::new();
        for (key, field) in [
            ("settings", "pgConfig"),
            ("pgbouncer_settings", "pgBouncerConfig"),
        ] {
            let section = changed_section(key)
                .or_else(|| current.get(field).and_then(Value::as_object).cloned())
                .unwrap_or_default();
            body.insert(field.to_string(), Value::Object(section));
        }
        let body = Value::Object(body);
        run.say("changing settings");
        confirmed(
            run,
            || api.patch_postgres_config(org, &live.id, body.clone()),
            || self.shows(api, org, &live.id, &mine),
        )
        .await
        .map(drop)
    }

    /// Sends `PATCH .../postgres/{postgresId}` with the changed size, high availability and tags; a resize
    /// waits until the service runs (the API resizes only a running service).
    async fn patch(
        &self,
        api: &Api,
        org: &str,
        live: &Live,
        changes: &[Diff],
        running: bool,
        run: &Run<'_>,
    ) -> Result<()> {
        let mine: Vec<Diff> = changes
            .iter()
            .filter(|c| PATCH_FIELDS.contains(&c.key))
            .cloned()
            .collect();
        if mine.is_empty() {
            return Ok(());
        }
        let text = |key: &str| {
            changed(&mine, key)
                .and_then(Value::as_str)
                .map(str::to_string)
        };
        let patch = PostgresPatch {
            name: None,
            size: text("size"),
            ha_type: text("ha_type"),
            tags: changed(&mine, "tags").map(|t| super::clickhouse_service::tags(Some(t))),
        };
        if (patch.size.is_some() || patch.ha_type.is_some()) && !running {
            self.wait_running(api, org, &live.id, CHANGE_TIMEOUT, run)
                .await?;
        }
        run.say("updating");
        confirmed(
            run,
            || api.update_postgres(org, &live.id, &patch),
            || self.shows(api, org, &live.id, &mine),
        )
        .await
        .map(drop)
    }
}

/// A service with its settings (`GET .../config`) in its raw form.
async fn with_config(api: &Api, org: &str, mut live: Live) -> Result<Live> {
    let config = api.postgres_config(org, &live.id).await?;
    live.raw["config"] = config;
    Ok(live)
}

impl Kind for Postgres {
    fn id(&self) -> KindId {
        KindId::Postgres
    }

    fn file_key(&self) -> &'static str {
        "postgres"
    }

    fn fields(&self) -> &'static [Field] {
        FIELDS
    }

    fn check_name(&self, name: &str) -> std::result::Result<String, String> {
        crate::spec_values::checked_name(rule(CH, "PostgresServicePostRequest.name"), name)
    }

    fn password(&self) -> Password {
        Password::Write
    }

    fn check(&self, f: &Fields) -> Vec<(Option<&'static str>, String)> {
        table::check(f)
    }

    fn missing_for_create(&self, d: &Desired) -> Vec<String> {
        let mut out: Vec<String> = ["provider", "region", "size"]
            .iter()
            .filter(|k| get(&d.fields, k).is_none())
            .map(|k| format!("{k} is needed to create it"))
            .collect();
        if get(&d.fields, "read_replica") == Some(&json!(true)) {
            out.push(format!(
                "apply does not create read replicas: create it with `dbcloud ch postgres read-replica create PRIMARY --name {}`, then apply again",
                d.key.name
            ));
        }
        out
    }

    fn observe(&self, live: &Live, _: &Catalog) -> Fields {
        table::observe(live)
    }

    fn same(&self, key: &str, want: &Value, have: &Value) -> bool {
        if CONFIG_FIELDS.contains(&key) {
            settings::within(want, have)
        } else {
            crate::declare::fields::same(want, have)
        }
    }

    fn difference(&self, key: &str, want: &Value, have: &Value) -> (Value, Value) {
        if CONFIG_FIELDS.contains(&key) {
            settings::differing(want, have)
        } else {
            (have.clone(), want.clone())
        }
    }

    fn refuse(&self, key: &str, from: &Value, to: &Value) -> Option<String> {
        if key == "read_replica" && to == &json!(true) && from == &json!(false) {
            return Some(
                "a primary cannot become a read replica (a new one is made with `dbcloud ch postgres read-replica create`)"
                    .into(),
            );
        }
        match crate::declare::fields::find(FIELDS, key).map(|f| f.change) {
            Some(Change::Fixed(reason)) => Some(reason.to_string()),
            _ => None,
        }
    }

    fn refuse_on(&self, key: &str, wanted: &Fields, observed: &Fields) -> Option<String> {
        // A read replica takes no standbys, unless the file promotes it (which apply does first).
        let replica = get(observed, "read_replica") == Some(&json!(true))
            && get(wanted, "read_replica") != Some(&json!(false));
        let ha = str_of(wanted, "ha_type").filter(|h| h != "none")?;
        (key == "ha_type" && replica).then(|| {
            format!(
                "a read replica has no standbys of its own: ha_type \"{ha}\" is for primaries (read_replica = false promotes it)"
            )
        })
    }

    fn export(&self, observed: Fields) -> Fields {
        observed
            .into_iter()
            // A primary says nothing of it; a read replica says so, which a new account cannot create.
            .filter(|(k, v)| *k != "read_replica" || v == &json!(true))
            .filter(|(k, _)| {
                crate::declare::fields::find(FIELDS, k)
                    .is_some_and(|f| f.change != Change::Local && f.change != Change::CreateOnly)
            })
            .collect()
    }

    fn exported_as_tables(&self) -> &'static [&'static str] {
        &CONFIG_FIELDS
    }

    fn list<'a>(&'a self, at: Scope<'a>) -> Future<'a, Vec<Live>> {
        Box::pin(async move {
            let (api, org) = at.conn.clickhouse()?;
            api.postgres_services(org)
                .await?
                .iter()
                .filter(|s| !going(&s.state))
                .map(live_of)
                .collect()
        })
    }

    fn detailed(&self) -> &'static [&'static str] {
        &CONFIG_FIELDS
    }

    fn detail<'a>(&'a self, at: Scope<'a>, live: Live) -> Future<'a, Live> {
        Box::pin(async move {
            let (api, org) = at.conn.clickhouse()?;
            with_config(api, org, live).await
        })
    }

    fn create<'a>(&'a self, at: Scope<'a>, d: &'a Desired, run: &'a Run<'a>) -> Future<'a, Live> {
        Box::pin(async move {
            let (api, org) = at.conn.clickhouse()?;
            let spec = self.new_service(d);
            let name = d.key.name.as_str();
            let find = || async move {
                Ok::<_, Error>(
                    api.postgres_services(org)
                        .await?
                        .into_iter()
                        .find(|s| s.name == name && !going(&s.state)),
                )
            };
            run.say("creating");
            let created = confirmed_found(run, || api.create_postgres(org, &spec), find).await?;
            let (what, reset) = (
                format!("Postgres service {name}"),
                format!("dbcloud ch postgres reset-password {name}"),
            );
            match created {
                Ok(created) => {
                    run.keep_new_password(created.password.as_deref(), &what, &reset)?;
                    live_of(&created)
                }
                Err(found) if !run.wants_password() => live_of(&found),
                Err(found) => {
                    // The password was only in the lost answer: a new one, once, as soon as the service
                    // takes it (not while it is created), into the declared file.
                    let lost = format!("the superuser password of {what}");
                    run.note(&format!(
                        "warning: {lost} was in the lost answer: it is reset once, to a new one"
                    ));
                    let running = self
                        .wait_running(api, org, &found.id, CREATE_TIMEOUT, run)
                        .await?;
                    let changed = crate::confirm::repeat(run, &lost, || {
                        api.change_postgres_password(org, &found.id, None)
                    })
                    .await?;
                    run.keep_new_password(changed.password.as_deref(), &what, &reset)?;
                    Ok(running)
                }
            }
        })
    }

    fn update<'a>(
        &'a self,
        at: Scope<'a>,
        live: &'a Live,
        _d: &'a Desired,
        changes: &'a [Diff],
        run: &'a Run<'a>,
    ) -> Future<'a, ()> {
        Box::pin(async move {
            let (api, org) = at.conn.clickhouse()?;
            let mut running = live.raw["state"] == "running";
            if changed(changes, "read_replica") == Some(&json!(false)) {
                if !running {
                    self.wait_running(api, org, &live.id, CHANGE_TIMEOUT, run)
                        .await?;
                }
                self.promote(api, org, live, run).await?;
                running = false;
            }
            self.configure(api, org, live, changes, run).await?;
            self.patch(api, org, live, changes, running, run).await
        })
    }

    fn delete<'a>(&'a self, at: Scope<'a>, live: &'a Live, run: &'a Run<'a>) -> Future<'a, ()> {
        Box::pin(async move {
            let (api, org) = at.conn.clickhouse()?;
            let id = live.id.as_str();
            run.say("deleting");
            // Read back after an unknown outcome (or a refusal of a repeat): gone or going is done.
            let gone = || async move {
                match api.postgres_service(org, id).await {
                    Ok(s) => Ok(going(&s.state)),
                    Err(e) if e.exit_code() == ExitCode::NotFound => Ok(true),
                    Err(e) => Err(e),
                }
            };
            confirmed(run, || api.delete_postgres(org, id), gone).await?;
            if run.wait {
                run.until(CHANGE_TIMEOUT, "the service to be gone", || async move {
                    match api.postgres_service(org, id).await {
                        Ok(s) => Ok(Poll::Pending(s.state)),
                        Err(e) if e.exit_code() == ExitCode::NotFound => Ok(Poll::Done(())),
                        Err(e) if unknown_outcome(&e) => Ok(Poll::Pending(format!("({e})"))),
                        Err(e) => Err(e),
                    }
                })
                .await?;
            }
            Ok(())
        })
    }

    fn settle<'a>(
        &'a self,
        at: Scope<'a>,
        live: &'a Live,
        _d: &'a Desired,
        run: &'a Run<'a>,
    ) -> Future<'a, ()> {
        Box::pin(async move {
            let (api, org) = at.conn.clickhouse()?;
            self.wait_running(api, org, &live.id, CREATE_TIMEOUT, run)
                .await
                .map(drop)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn live(raw: Value) -> Live {
        Live {
            id: "i".into(),
            name: "orders".into(),
            raw,
        }
    }

    #[test]
    fn a_live_service_in_the_files_form() {
        let l = live(
            json!({"provider": "aws", "region": "us-east-1", "size": "r8gd.large",
            "postgresVersion": "17", "haType": "none", "isPrimary": false, "state": "creating",
            "tags": [{"key": "team", "value": "a"}, {"key": "env"}],
            "config": {"pgConfig": {"max_connections": "100", "work_mem": "4MB"},
                       "pgBouncerConfig": {"pool_mode": "transaction"}}}),
        );
        let f = POSTGRES.observe(&l, &Catalog::default());
        assert_eq!(
            f,
            vec![
                ("provider", json!("aws")),
                ("region", json!("us-east-1")),
                ("size", json!("r8gd.large")),
                ("version", json!("17")),
                ("ha_type", json!("none")),
                ("tags", json!(["env", "team=a"])),
                (
                    "settings",
                    json!({"max_connections": 100, "work_mem": "4MB"})
                ),
                ("pgbouncer_settings", json!({"pool_mode": "transaction"})),
                ("read_replica", json!(true)),
            ]
        );
        // Exported: all of it (a read replica says so); without settings read, none.
        assert_eq!(POSTGRES.export(f).len(), 9);
        let mut raw = l.raw.clone();
        raw["isPrimary"] = json!(true);
        raw.as_object_mut().unwrap().remove("config");
        let exported = POSTGRES.export(POSTGRES.observe(&live(raw), &Catalog::default()));
        let keys: Vec<&str> = exported.iter().map(|(k, _)| *k).collect();
        assert_eq!(
            keys,
            ["provider", "region", "size", "version", "ha_type", "tags"]
        );
    }

    #[test]
    fn secrets_never_reach_the_live_form() {
        let s: PostgresService = serde_json::from_value(json!({"id": "i", "name": "n",
            "state": "creating", "password": "p", "connectionString": "postgres://u:p@h"}))
        .unwrap();
        let l = live_of(&s).unwrap();
        assert!(!l.raw.to_string().contains("postgres://"), "{}", l.raw);
        assert!(l.raw.get("password").is_none());
    }

    #[test]
    fn a_primary_cannot_become_a_replica_but_a_replica_can_be_promoted() {
        assert!(
            POSTGRES
                .refuse("read_replica", &json!(false), &json!(true))
                .is_some()
        );
        assert!(
            POSTGRES
                .refuse("read_replica", &json!(true), &json!(false))
                .is_none()
        );
        assert!(
            POSTGRES
                .refuse("version", &json!("17"), &json!("18"))
                .is_some()
        );
        assert!(POSTGRES.refuse("size", &json!("a"), &json!("b")).is_none());
    }
}
