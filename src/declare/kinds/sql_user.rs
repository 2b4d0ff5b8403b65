//! The SQL users of a cluster (`[cockroach.clusters.NAME.sql_users.USER]`). A user's password comes from
//! `password_env` or `password_file` and is sent only when the user is created: the API never shows a
//! password, so an existing user's is left as it is (`dbcloud crdb sql-user set-password` changes it).

use dbcloud_spec::Provider;
use serde_json::Value;

use super::{Future, Kind, Password, Scope};
use crate::declare::fields::{Change, Field, Ty, rule};
use crate::declare::read::Catalog;
use crate::declare::write::{Run, confirmed};
use crate::declare::{Desired, Fields, KindId, Live, Secret};
use crate::error::{Error, Result};
use crate::output::to_json;

pub struct SqlUser;
pub static SQL_USER: SqlUser = SqlUser;

const FIELDS: &[Field] = &[
    Field {
        key: "password_env",
        ty: Ty::Text,
        change: Change::Local,
        maps_to: "password (from this environment variable)",
    },
    Field {
        key: "password_file",
        ty: Ty::Text,
        change: Change::Local,
        maps_to: "password (from this file)",
    },
];

impl SqlUser {
    async fn exists(&self, at: Scope<'_>, name: &str) -> Result<bool> {
        let api = at.conn.cockroach()?;
        Ok(api
            .sql_users(at.parent_id(), None)
            .await?
            .iter()
            .any(|u| u.name == name))
    }
}

impl Kind for SqlUser {
    fn id(&self) -> KindId {
        KindId::SqlUser
    }

    fn file_key(&self) -> &'static str {
        "sql_users"
    }

    fn fields(&self) -> &'static [Field] {
        FIELDS
    }

    fn check_name(&self, name: &str) -> std::result::Result<String, String> {
        crate::spec_values::checked_name(
            rule(
                Provider::Cockroach,
                "CockroachCloud_CreateSQLUser.body.name",
            ),
            name,
        )
    }

    fn password(&self) -> Password {
        Password::Read
    }

    fn missing_for_create(&self, d: &Desired) -> Vec<String> {
        match d.secret {
            Secret::Password(_) => Vec::new(),
            _ => {
                vec!["a password is needed to create it: give password_env or password_file".into()]
            }
        }
    }

    fn observe(&self, _: &Live, _: &Catalog) -> Fields {
        Vec::new()
    }

    fn list<'a>(&'a self, at: Scope<'a>) -> Future<'a, Vec<Live>> {
        Box::pin(async move {
            let api = at.conn.cockroach()?;
            api.sql_users(at.parent_id(), None)
                .await?
                .iter()
                .map(|u| Ok(Live::named(&u.name, to_json(u)?)))
                .collect()
        })
    }

    fn create<'a>(&'a self, at: Scope<'a>, d: &'a Desired, run: &'a Run<'a>) -> Future<'a, Live> {
        Box::pin(async move {
            let api = at.conn.cockroach()?;
            let name = d.key.name.as_str();
            let Secret::Password(password) = &d.secret else {
                return Err(Error::usage(format!(
                    "SQL user {name} needs a password: give password_env or password_file"
                )));
            };
            run.say("creating");
            confirmed(
                run,
                || api.create_sql_user(at.parent_id(), name, password),
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
                || api.delete_sql_user(at.parent_id(), &live.name),
                || async { Ok(!self.exists(at, &live.name).await?) },
            )
            .await
            .map(drop)
        })
    }
}
