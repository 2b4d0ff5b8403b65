//! The fields of a ClickHouse Postgres service: what the file may say (checked with the rules of the request
//! fields they become), how a live service shows them, and the checks that take several of them.

use dbcloud_spec::Provider;
use serde_json::{Value, json};

use super::settings::{bouncer_max, bouncer_value, observed, postgres_value};
use crate::clickhouse::api::Tag;
use crate::declare::fields::{self, Change, Field, Ty, at, rule, sorted};
use crate::declare::kinds::clickhouse_service::{tag_item, tag_text};
use crate::declare::{Fields, Live, get};

pub(super) const CH: Provider = Provider::ClickHouse;

pub(super) const FIELDS: &[Field] = &[
    Field {
        key: "provider",
        ty: Ty::Enum(CH, "PostgresServicePostRequest.provider"),
        change: Change::Fixed("a Postgres service cannot move to another cloud provider"),
        maps_to: "provider",
    },
    Field {
        key: "region",
        ty: Ty::Custom(region_value, "a region of that provider, like us-east-1"),
        change: Change::Fixed("a Postgres service cannot move to another region"),
        maps_to: "region",
    },
    Field {
        key: "size",
        ty: Ty::Enum(CH, "PostgresServicePatchRequest.size"),
        change: Change::Update,
        maps_to: "size",
    },
    Field {
        key: "version",
        ty: Ty::Custom(
            version_value,
            "a major version of the spec's enum, like \"17\"",
        ),
        change: Change::Fixed("the Postgres major version is chosen at creation"),
        maps_to: "postgresVersion",
    },
    Field {
        key: "ha_type",
        ty: Ty::Enum(CH, "PostgresServicePatchRequest.haType"),
        change: Change::Update,
        maps_to: "haType",
    },
    Field {
        key: "tags",
        ty: Ty::Strings(tag_item),
        change: Change::Update,
        maps_to: "tags",
    },
    Field {
        key: "settings",
        ty: Ty::Table(postgres_value, "Postgres settings, NAME = VALUE"),
        change: Change::Update,
        maps_to: "pgConfig (PATCH .../config)",
    },
    Field {
        key: "pgbouncer_settings",
        ty: Ty::Table(bouncer_value, "PgBouncer settings, NAME = VALUE"),
        change: Change::Update,
        maps_to: "pgBouncerConfig (PATCH .../config)",
    },
    Field {
        key: "read_replica",
        ty: Ty::Bool,
        change: Change::Update,
        maps_to: "isPrimary (false: PATCH .../state promote)",
    },
    Field {
        key: "password_file",
        ty: Ty::Text,
        change: Change::Local,
        maps_to: "where the new service's superuser password is written",
    },
];

/// The fields of `PATCH .../postgres/{postgresId}` (the name is the identity: never changed).
pub(super) const PATCH_FIELDS: [&str; 3] = ["size", "ha_type", "tags"];

/// The fields of `PATCH .../config`.
pub(super) const CONFIG_FIELDS: [&str; 2] = ["settings", "pgbouncer_settings"];

/// A region: the spec gives no list (`pgRegion` is a string), so only its form is checked, as the
/// `--region` of `dbcloud ch postgres create` is; the service judges the rest.
fn region_value(v: &Value) -> std::result::Result<Value, String> {
    crate::validate::id(&fields::string(v)?).map(Value::String)
}

/// A major version, as a string or a whole number (`17`): one of the spec's.
fn version_value(v: &Value) -> std::result::Result<Value, String> {
    let text = match v {
        Value::Number(n) if n.is_u64() => n.to_string(),
        other => fields::string(other)?,
    };
    rule(CH, "PostgresServicePostRequest.postgresVersion")
        .parse_value(&text)
        .map(|v| json!(v))
}

pub(super) fn str_of(fields: &Fields, key: &str) -> Option<String> {
    get(fields, key).and_then(Value::as_str).map(str::to_string)
}

/// Deleted, or on its way out: as good as gone.
pub(super) fn going(state: &str) -> bool {
    state == "deleting"
}

/// Checks that take several fields.
pub(super) fn check(f: &Fields) -> Vec<(Option<&'static str>, String)> {
    let mut out = Vec::new();
    if let Some(n) = get(f, "tags").and_then(Value::as_array).map(Vec::len)
        && let Err(e) = rule(CH, "PostgresServicePostRequest.tags").check_items(n)
    {
        out.push((Some("tags"), format!("too many tags: {e}")));
    }
    if let Some(n) = get(f, "pgbouncer_settings")
        .and_then(Value::as_object)
        .map(|m| m.len())
        && let Some(max) = bouncer_max().filter(|max| n as u64 > *max)
    {
        out.push((
            Some("pgbouncer_settings"),
            format!("{n} PgBouncer settings given; the API takes at most {max}"),
        ));
    }
    if get(f, "read_replica") == Some(&json!(true))
        && let Some(ha) = str_of(f, "ha_type").filter(|h| h != "none")
    {
        out.push((
            Some("ha_type"),
            format!("a read replica has no standbys of its own: ha_type \"{ha}\" is for primaries"),
        ));
    }
    out
}

/// The fields of a live service, in the file's form. Its settings are there once read
/// ([`super::Postgres::detail`]).
pub(super) fn observe(live: &Live) -> Fields {
    let r = &live.raw;
    let mut out: Fields = Vec::new();
    for field in FIELDS {
        let v = match field.key {
            "provider" | "region" | "size" => at(r, field.key),
            "version" => match &r["postgresVersion"] {
                Value::Number(n) => json!(n.to_string()),
                other => other.clone(),
            },
            "ha_type" => at(r, "haType"),
            "tags" => sorted(
                r["tags"]
                    .as_array()
                    .into_iter()
                    .flatten()
                    .filter_map(|t| serde_json::from_value::<Tag>(t.clone()).ok())
                    .map(|t| tag_text(&t)),
            ),
            "settings" if r["config"].is_object() => observed(r["config"].get("pgConfig"), false),
            "pgbouncer_settings" if r["config"].is_object() => {
                observed(r["config"].get("pgBouncerConfig"), true)
            }
            "read_replica" => r["isPrimary"].as_bool().map_or(Value::Null, |p| json!(!p)),
            _ => Value::Null,
        };
        if !v.is_null() {
            out.push((field.key, v));
        }
    }
    out
}
