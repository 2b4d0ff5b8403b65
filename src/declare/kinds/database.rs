//! The databases of a cluster (`databases = ["shop", "audit"]`): they exist or not; nothing else is managed.
//! The databases every cluster starts with (`defaultdb`, `postgres`) are never deleted by `--prune` nor
//! exported.

use dbcloud_spec::Provider;
use serde_json::Value;

use super::{Future, Kind, Scope, list_items};
use crate::declare::fields::{self, Field, rule};
use crate::declare::file::{ChildDecl, Declared};
use crate::declare::read::Catalog;
use crate::declare::write::{Run, confirmed};
use crate::declare::{Desired, Fields, KindId, Live};
use crate::error::Result;
use crate::output::to_json;

pub struct Database;
pub static DATABASE: Database = Database;

/// The databases a new cluster has.
const BUILTIN: [&str; 2] = ["defaultdb", "postgres"];

impl Database {
    async fn exists(&self, at: Scope<'_>, name: &str) -> Result<bool> {
        let api = at.conn.cockroach()?;
        Ok(api
            .databases(at.parent_id(), None)
            .await?
            .iter()
            .any(|d| d.name == name))
    }
}

impl Kind for Database {
    fn id(&self) -> KindId {
        KindId::Database
    }

    fn file_key(&self) -> &'static str {
        "databases"
    }

    fn fields(&self) -> &'static [Field] {
        &[]
    }

    fn check_name(&self, name: &str) -> std::result::Result<String, String> {
        crate::spec_values::checked_name(
            rule(
                Provider::Cockroach,
                "CockroachCloud_CreateDatabase.body.name",
            ),
            name,
        )
    }

    fn declare(&self, value: &Value) -> Declared {
        list_items(value, "database names", |v| {
            Ok(ChildDecl {
                name: self.check_name(&fields::string(v)?)?,
                fields: Vec::new(),
                rel: Vec::new(),
            })
        })
    }

    fn builtin(&self, name: &str) -> bool {
        BUILTIN.contains(&name)
    }

    fn observe(&self, _: &Live, _: &Catalog) -> Fields {
        Vec::new()
    }

    fn list<'a>(&'a self, at: Scope<'a>) -> Future<'a, Vec<Live>> {
        Box::pin(async move {
            let api = at.conn.cockroach()?;
            api.databases(at.parent_id(), None)
                .await?
                .iter()
                .map(|d| Ok(Live::named(&d.name, to_json(d)?)))
                .collect()
        })
    }

    fn create<'a>(&'a self, at: Scope<'a>, d: &'a Desired, run: &'a Run<'a>) -> Future<'a, Live> {
        Box::pin(async move {
            let api = at.conn.cockroach()?;
            let name = d.key.name.as_str();
            run.say("creating");
            confirmed(
                run,
                || api.create_database(at.parent_id(), name),
                || self.exists(at, name),
            )
            .await?;
            Ok(Live::named(name, Value::Null))
        })
    }

    fn delete<'a>(&'a self, at: Scope<'a>, live: &'a Live, run: &'a Run<'a>) -> Future<'a, ()> {
        Box::pin(async move {
            let api = at.conn.cockroach()?;
            run.say("deleting");
            confirmed(
                run,
                || api.delete_database(at.parent_id(), &live.name),
                || async { Ok(!self.exists(at, &live.name).await?) },
            )
            .await
            .map(drop)
        })
    }
}
