//! Postgres settings as `NAME=VALUE` (`--setting`, `config set`), tags as `KEY[=VALUE]`, and
//! `dbcloud ch postgres config get|set|replace`.
//!
//! A plain NAME is a Postgres setting the spec lists under `pgConfig` (the only ones the API takes); a name
//! written `pgbouncer.NAME` is a PgBouncer setting (`pgBouncerConfig`, any name, text values). Enum values are
//! matched case-insensitively. A value is sent as a JSON number when the setting takes numbers and the number
//! is one the spec allows; anything else (`64MB`, `2min`, `-1`) is sent as text, which the spec leaves to the
//! service to judge.

use clap::Subcommand;
use serde_json::{Value, json};

use super::{PG_HELP, postgres_id};
use crate::clickhouse::api::{PostgresSettings, Tag};
use crate::confirm;
use crate::context::Ctx;
use crate::document::{self, FileArg};
use crate::error::{Error, Result};
use crate::output::{Column, Format};
use crate::provider::Provider;
use dbcloud_spec::rules;

/// The prefix that marks a PgBouncer setting.
const BOUNCER_PREFIX: &str = "pgbouncer.";

/// One `NAME=VALUE`.
#[derive(Clone, Debug, PartialEq)]
pub enum Setting {
    Postgres(String, Value),
    Bouncer(String, String),
}

/// The Postgres settings the spec defines (`pgConfig.*`), from the generated rules.
fn postgres_setting_names() -> Vec<&'static str> {
    rules::all(dbcloud_spec::Provider::ClickHouse)
        .iter()
        .filter_map(|r| r.key.strip_prefix("pgConfig."))
        .collect()
}

/// The JSON types the spec allows for a Postgres setting (`["string", "integer"]`).
fn setting_types(name: &str) -> Vec<String> {
    let spec = dbcloud_spec::spec_for(dbcloud_spec::Provider::ClickHouse);
    match &spec.components["schemas"]["pgConfig"]["properties"][name]["type"] {
        Value::String(t) => vec![t.clone()],
        Value::Array(ts) => ts
            .iter()
            .filter_map(|t| t.as_str().map(str::to_string))
            .collect(),
        _ => Vec::new(),
    }
}

/// `NAME=VALUE` (clap value parser).
pub fn parse_setting(s: &str) -> std::result::Result<Setting, String> {
    let Some((name, value)) = s.split_once('=') else {
        return Err(format!(
            "'{s}' is not NAME=VALUE (like max_connections=200 or pgbouncer.default_pool_size=20)"
        ));
    };
    let name = name.trim().to_ascii_lowercase();
    let value = value.trim();
    if value.is_empty() {
        return Err(format!("'{s}': the value of {name} is empty"));
    }
    if let Some(bouncer) = name.strip_prefix(BOUNCER_PREFIX) {
        if bouncer.is_empty() || bouncer.chars().any(|c| c.is_whitespace() || c.is_control()) {
            return Err(format!(
                "'{s}': '{bouncer}' is not a PgBouncer setting name"
            ));
        }
        return Ok(Setting::Bouncer(bouncer.to_string(), value.to_string()));
    }
    let Some(rule) = rules::find(
        dbcloud_spec::Provider::ClickHouse,
        &format!("pgConfig.{name}"),
    ) else {
        return Err(format!(
            "'{name}' is not a Postgres setting the API takes (PgBouncer settings are written pgbouncer.NAME); \
             settings: {}",
            postgres_setting_names().join(", ")
        ));
    };
    if !rule.values.is_empty() {
        let canonical = rule
            .parse_value(value)
            .map_err(|e| format!("{name}: {e}"))?;
        return Ok(Setting::Postgres(name, json!(canonical)));
    }
    let types = setting_types(&name);
    let allows = |t: &str| types.iter().any(|x| x == t);
    let number = if allows("integer") || allows("number") {
        value
            .parse::<i64>()
            .ok()
            .filter(|n| rule.check_number(*n as f64).is_ok())
            .map(Value::from)
            .or_else(|| {
                value
                    .parse::<f64>()
                    .ok()
                    .filter(|n| n.is_finite() && allows("number"))
                    .filter(|n| rule.check_number(*n).is_ok())
                    .and_then(|n| serde_json::Number::from_f64(n).map(Value::Number))
            })
    } else {
        None
    };
    Ok(Setting::Postgres(
        name,
        number.unwrap_or_else(|| json!(value)),
    ))
}

/// The settings given, in the two sections of the API. A name given twice keeps its last value.
pub fn collect(settings: &[Setting]) -> PostgresSettings {
    let mut out = PostgresSettings::default();
    for s in settings {
        match s {
            Setting::Postgres(name, value) => {
                out.pg_config.insert(name.clone(), value.clone());
            }
            Setting::Bouncer(name, value) => {
                out.pg_bouncer_config.insert(name.clone(), json!(value));
            }
        }
    }
    out
}

/// `KEY[=VALUE]` (clap value parser): a tag, its lengths as the spec bounds them.
pub fn parse_tag(s: &str) -> std::result::Result<Tag, String> {
    let (key, value) = match s.split_once('=') {
        Some((k, v)) => (k.trim(), Some(v.trim().to_string())),
        None => (s.trim(), None),
    };
    rules::get(dbcloud_spec::Provider::ClickHouse, "ResourceTagsV1.key")
        .check_length(key)
        .map_err(|e| format!("tag key: {e}"))?;
    if let Some(v) = &value {
        rules::get(dbcloud_spec::Provider::ClickHouse, "ResourceTagsV1.value")
            .check_length(v)
            .map_err(|e| format!("tag value: {e}"))?;
    }
    Ok(Tag {
        key: key.to_string(),
        value,
    })
}

/// A tag key (`--remove-tag`).
pub fn parse_tag_key(s: &str) -> std::result::Result<String, String> {
    let key = s.trim();
    rules::get(dbcloud_spec::Provider::ClickHouse, "ResourceTagsV1.key")
        .check_length(key)
        .map_err(|e| format!("tag key: {e}"))?;
    Ok(key.to_string())
}

/// Tags in the order given, a key given twice keeping its last value.
pub fn dedup_tags(tags: Vec<Tag>) -> Vec<Tag> {
    let mut out: Vec<Tag> = Vec::new();
    for tag in tags {
        out.retain(|t| t.key != tag.key);
        out.push(tag);
    }
    out
}

/// Checks a request body against the operation's schema before anything is sent: every problem named, exit 2.
pub fn check_body(operation_id: &str, body: &impl serde::Serialize) -> Result<()> {
    let body = crate::output::to_json(body)?;
    document::check(Provider::ClickHouse, operation_id, "the request", &body)
}

// ----------------------------------------------------------------------------------------------------------
// config get | set | replace
// ----------------------------------------------------------------------------------------------------------

#[derive(clap::Args, Debug)]
pub struct ConfigArgs {
    #[command(subcommand)]
    command: ConfigCommand,
}

#[derive(Subcommand, Debug)]
enum ConfigCommand {
    /// Show a service's Postgres and PgBouncer settings
    #[command(after_help = "\
Examples:
  dbcloud ch postgres config get orders
  dbcloud ch postgres config get orders --jq .pgConfig.max_connections")]
    Get {
        #[arg(help = PG_HELP)]
        pg: String,
    },
    /// Change some settings, keeping the others
    #[command(after_help = "\
Examples:
  dbcloud ch postgres config set orders max_connections=200 work_mem=16MB
  dbcloud ch postgres config set orders pgbouncer.default_pool_size=20

A plain NAME is a Postgres setting (the ones the API takes are listed when one is wrong); pgbouncer.NAME is a
PgBouncer setting. Numbers the spec allows are sent as numbers, anything else (64MB, 2min, -1) as text. The
API needs both sections in every change: the one you do not change is sent as it is now.")]
    Set {
        #[arg(help = PG_HELP)]
        pg: String,
        /// Settings to change
        #[arg(value_name = "NAME=VALUE", required = true, value_parser = parse_setting)]
        settings: Vec<Setting>,
    },
    /// Replace all settings with a document's (`pgConfig` and `pgBouncerConfig`)
    #[command(after_help = "\
Examples:
  dbcloud ch postgres config replace orders --file postgres-config.yaml
  dbcloud ch postgres config get orders --json | dbcloud ch postgres config replace orders --file -

The document is checked against the API's schema before it is sent (docs/examples/postgres-config.yaml).")]
    Replace {
        #[arg(help = PG_HELP)]
        pg: String,
        #[command(flatten)]
        file: FileArg,
    },
}

const CONFIG_COLUMNS: &[Column] = &[
    Column::field("SECTION", "section"),
    Column::field("NAME", "name"),
    Column::field("VALUE", "value"),
];

/// One row per setting: Postgres' first, then PgBouncer's.
fn config_rows(config: &Value) -> Vec<Value> {
    let mut rows = Vec::new();
    for (field, section) in [("pgConfig", "postgres"), ("pgBouncerConfig", "pgbouncer")] {
        if let Some(map) = config.get(field).and_then(Value::as_object) {
            for (name, value) in map {
                rows.push(json!({"section": section, "name": name, "value": value}));
            }
        }
    }
    rows
}

/// The configuration: a table of settings, or the API's document as it came.
fn print_config(ctx: &Ctx, config: &Value) -> Result<()> {
    if ctx.out.format() == Format::Table {
        if let Some(message) = config.get("message").and_then(Value::as_str) {
            ctx.out.status(message);
        }
        ctx.out.list(&config_rows(config), CONFIG_COLUMNS)
    } else {
        ctx.out.value(config)
    }
}

/// What `config` needs before anything is sent: the checked document or settings.
pub enum PreparedConfig {
    None,
    Settings(PostgresSettings),
    Document(Value),
}

impl ConfigArgs {
    pub fn prepare(&self) -> Result<PreparedConfig> {
        match &self.command {
            ConfigCommand::Get { .. } => Ok(PreparedConfig::None),
            ConfigCommand::Set { settings, .. } => {
                // Each name and value was checked as it was parsed; the whole body is checked once the
                // section not changed is filled in, before it is sent.
                Ok(PreparedConfig::Settings(collect(settings)))
            }
            ConfigCommand::Replace { file, .. } => Ok(PreparedConfig::Document(
                document::read_body(Provider::ClickHouse, "postgresInstanceConfigPost", file)?,
            )),
        }
    }
}

pub async fn run_config(
    ctx: &Ctx,
    org: &str,
    args: ConfigArgs,
    prepared: PreparedConfig,
) -> Result<()> {
    let api = ctx.clickhouse()?;
    match (args.command, prepared) {
        (ConfigCommand::Get { pg }, _) => {
            let id = postgres_id(ctx, org, &pg).await?;
            print_config(ctx, &api.postgres_config(org, &id).await?)
        }
        (ConfigCommand::Set { pg, .. }, PreparedConfig::Settings(settings)) => {
            let id = postgres_id(ctx, org, &pg).await?;
            let mut body = crate::output::to_json(&settings)?;
            // The API takes both sections or none: the one not changed is sent as it is.
            if settings.pg_config.is_empty() || settings.pg_bouncer_config.is_empty() {
                let current = api.postgres_config(org, &id).await?;
                for field in ["pgConfig", "pgBouncerConfig"] {
                    if body.get(field).is_none() {
                        body[field] = current.get(field).cloned().unwrap_or(json!({}));
                    }
                }
            }
            let names: Vec<String> = settings
                .pg_config
                .keys()
                .cloned()
                .chain(
                    settings
                        .pg_bouncer_config
                        .keys()
                        .map(|k| format!("{BOUNCER_PREFIX}{k}")),
                )
                .collect();
            check_body("postgresInstanceConfigPatch", &body)?;
            let what = format!("the settings of {pg}");
            let answer = confirm::repeat(ctx, &what, || {
                api.patch_postgres_config(org, &id, body.clone())
            })
            .await?;
            ctx.out
                .status(&format!("Changed {} of {pg}.", names.join(", ")));
            print_config(ctx, &answer)
        }
        (ConfigCommand::Replace { pg, file }, PreparedConfig::Document(body)) => {
            let id = postgres_id(ctx, org, &pg).await?;
            let what = format!("the settings of {pg}");
            let answer = confirm::repeat(ctx, &what, || {
                api.replace_postgres_config(org, &id, body.clone())
            })
            .await?;
            ctx.out.status(&format!(
                "Replaced the settings of {pg} with {}.",
                document::display_name(&file.file)
            ));
            print_config(ctx, &answer)
        }
        _ => Err(Error::Failed(
            "internal: the configuration was not prepared".into(),
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn settings_are_typed_from_the_spec() {
        assert_eq!(
            parse_setting("max_connections=200").unwrap(),
            Setting::Postgres("max_connections".into(), json!(200))
        );
        assert_eq!(
            parse_setting("work_mem=64MB").unwrap(),
            Setting::Postgres("work_mem".into(), json!("64MB"))
        );
        // Below the spec's minimum as a number: passed as text, for the service to judge (-1 = unlimited).
        assert_eq!(
            parse_setting("max_slot_wal_keep_size=-1").unwrap(),
            Setting::Postgres("max_slot_wal_keep_size".into(), json!("-1"))
        );
        assert_eq!(
            parse_setting("random_page_cost=1.1").unwrap(),
            Setting::Postgres("random_page_cost".into(), json!(1.1))
        );
        assert_eq!(
            parse_setting("WAL_COMPRESSION=LZ4").unwrap(),
            Setting::Postgres("wal_compression".into(), json!("lz4"))
        );
        let e = parse_setting("wal_compression=gzip").unwrap_err();
        assert!(e.contains("zstd"), "{e}");
        let e = parse_setting("shared_buffers=1GB").unwrap_err();
        assert!(
            e.contains("max_connections") && e.contains("pgbouncer."),
            "{e}"
        );
        assert_eq!(
            parse_setting("pgbouncer.pool_mode=transaction").unwrap(),
            Setting::Bouncer("pool_mode".into(), "transaction".into())
        );
        assert!(parse_setting("max_connections").is_err());
        assert!(parse_setting("max_connections=").is_err());
    }

    #[test]
    fn settings_fall_into_their_sections() {
        let s = collect(&[
            parse_setting("max_connections=100").unwrap(),
            parse_setting("pgbouncer.default_pool_size=20").unwrap(),
            parse_setting("max_connections=200").unwrap(),
        ]);
        assert_eq!(s.pg_config["max_connections"], json!(200));
        assert_eq!(s.pg_bouncer_config["default_pool_size"], json!("20"));
    }

    #[test]
    fn tags() {
        assert_eq!(
            parse_tag("env=prod").unwrap(),
            Tag {
                key: "env".into(),
                value: Some("prod".into())
            }
        );
        assert_eq!(parse_tag("team").unwrap().value, None);
        assert!(parse_tag("=x").is_err());
        assert!(parse_tag(&format!("k={}", "v".repeat(257))).is_err());
        let tags = dedup_tags(vec![parse_tag("a=1").unwrap(), parse_tag("a=2").unwrap()]);
        assert_eq!(tags, vec![parse_tag("a=2").unwrap()]);
    }

    #[test]
    fn the_example_document_is_one_the_api_takes() {
        let text = include_str!("../../../../docs/examples/postgres-config.yaml");
        let doc = document::parse("postgres-config.yaml", text).unwrap();
        for op in ["postgresInstanceConfigPost", "postgresInstanceConfigPatch"] {
            document::check(Provider::ClickHouse, op, "postgres-config.yaml", &doc).unwrap();
        }
        assert!(doc["pgConfig"].as_object().unwrap().len() > 5);
    }

    #[test]
    fn config_rows_list_both_sections() {
        let rows = config_rows(
            &json!({"pgConfig": {"work_mem": "4MB"}, "pgBouncerConfig": {"pool_mode": "session"}}),
        );
        assert_eq!(rows.len(), 2);
        assert_eq!(rows[1]["section"], "pgbouncer");
    }
}
