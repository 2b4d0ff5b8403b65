//! `dbcloud ch service settings`: a service's ClickHouse settings. Values are checked against the schema the
//! API serves for the service (its names, types and allowed values) before anything is changed, and sent
//! with the type it gives them.

use clap::Subcommand;
use serde_json::{Map, Number, Value};

use crate::clickhouse::api::{SettingSchema, SettingsChanged};
use crate::clickhouse::commands::{ListArgs, print_list};
use crate::clickhouse::service_id;
use crate::confirm;
use crate::context::Ctx;
use crate::error::{Error, Result};
use crate::output::{Column, Format};

#[derive(Subcommand, Debug)]
pub(crate) enum Command {
    /// List the settings set on a service (the others have their platform default)
    #[command(
        after_help = "Examples:\n  dbcloud ch service settings list web\n  dbcloud ch service settings list web --jq '.[].name'"
    )]
    List {
        /// Service ID or exact name
        service: String,
        #[command(flatten)]
        list: ListArgs,
    },
    /// Show the value of one setting
    #[command(after_help = "Example:\n  dbcloud ch service settings get web max_threads")]
    Get {
        /// Service ID or exact name
        service: String,
        /// Setting name
        #[arg(value_parser = setting_name)]
        name: String,
    },
    /// Set settings of a service
    #[command(after_help = "\
Examples:
  dbcloud ch service settings set web max_threads=8 compatibility=24.8
  dbcloud ch service settings set web async_insert=1 --json

Each name must be one the service's settings schema lists (`dbcloud ch service settings schema
web`), and each value of the type and among the values it gives; integers are sent as numbers.
The API's warnings about a setting are shown on stderr.")]
    Set {
        /// Service ID or exact name
        service: String,
        /// A setting and its value (repeatable)
        #[arg(value_name = "NAME=VALUE", required = true, value_parser = assignment)]
        settings: Vec<(String, String)>,
    },
    /// Reset settings of a service to their platform defaults
    #[command(after_help = "Example:\n  dbcloud ch service settings unset web max_threads --yes")]
    Unset {
        /// Service ID or exact name
        service: String,
        /// Setting name (repeatable)
        #[arg(value_name = "NAME", required = true, value_parser = setting_name)]
        names: Vec<String>,
    },
    /// List the settings a service can be given: types, allowed values, descriptions, warnings
    #[command(after_help = "\
Examples:
  dbcloud ch service settings schema web
  dbcloud ch service settings schema web max_threads")]
    Schema {
        /// Service ID or exact name
        service: String,
        /// Only this setting
        #[arg(value_parser = setting_name)]
        name: Option<String>,
        #[command(flatten)]
        list: ListArgs,
    },
}

/// A setting's name: non-empty, without spaces, `=` or control characters.
fn setting_name(s: &str) -> std::result::Result<String, String> {
    let t = s.trim();
    if t.is_empty() || t.contains('=') || t.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return Err(format!("'{s}' is not a setting name (like max_threads)"));
    }
    Ok(t.to_string())
}

/// `NAME=VALUE` (the value may be empty, and may hold `=`).
fn assignment(s: &str) -> std::result::Result<(String, String), String> {
    let Some((name, value)) = s.split_once('=') else {
        return Err(format!("'{s}' is not NAME=VALUE (like max_threads=8)"));
    };
    Ok((setting_name(name)?, value.to_string()))
}

const COLUMNS: &[Column] = &[
    Column::field("NAME", "name"),
    Column::field("VALUE", "value"),
];

const SCHEMA_COLUMNS: &[Column] = &[
    Column::field("NAME", "name"),
    Column::field("TYPE", "type"),
    Column::field("ALLOWED", "enum"),
    Column::field("EXAMPLE", "example"),
    Column::field("DESCRIPTION", "description"),
];

const SCHEMA_DETAIL_COLUMNS: &[Column] = &[
    Column::field("NAME", "name"),
    Column::field("TYPE", "type"),
    Column::field("ALLOWED", "enum"),
    Column::field("EXAMPLE", "example"),
    Column::field("DESCRIPTION", "description"),
    Column::field("WARNING", "warning"),
    Column::field("DEPRECATION", "deprecationNotice"),
];

impl Command {
    pub(crate) fn prepare(&self, ctx: &Ctx) -> Result<()> {
        match self {
            Command::Set { settings, .. } => {
                if let Some((name, _)) = settings
                    .iter()
                    .enumerate()
                    .find(|(i, (n, _))| settings[..*i].iter().any(|(m, _)| m == n))
                    .map(|(_, s)| s)
                {
                    return Err(Error::usage(format!(
                        "setting {name} is given more than once"
                    )));
                }
                Ok(())
            }
            Command::Unset { service, names } => ctx.prompt.confirm(&format!(
                "reset {} of service {service} to the default",
                names.join(", ")
            )),
            _ => Ok(()),
        }
    }
}

pub(crate) async fn run(ctx: &Ctx, org: &str, command: Command) -> Result<()> {
    let api = ctx.clickhouse()?;
    match command {
        Command::List { service, list } => {
            let id = service_id(ctx, org, &service).await?;
            let settings = api.clickhouse_settings(org, &id).await?.settings;
            print_list(ctx, &settings, &list, COLUMNS)
        }
        Command::Get { service, name } => {
            let id = service_id(ctx, org, &service).await?;
            ctx.out
                .item(&api.clickhouse_setting(org, &id, &name).await?, COLUMNS)
        }
        Command::Set { service, settings } => {
            let id = service_id(ctx, org, &service).await?;
            let schema = api.clickhouse_settings_schema(org, &id).await?.settings;
            let mut values = Map::new();
            for (name, value) in &settings {
                let entry = schema_entry(&schema, name, &service)?;
                values.insert(name.clone(), typed(entry, value)?);
                if let Some(notice) = entry.extra.get("deprecationNotice").and_then(Value::as_str) {
                    ctx.out.status(&format!("note: {name}: {notice}"));
                }
            }
            let what = format!("the settings of service {service}");
            let changed = confirm::repeat(ctx, &what, || {
                api.set_clickhouse_settings(org, &id, &values)
            })
            .await?;
            for w in &changed.warnings {
                let message = w.message.as_deref().unwrap_or_default();
                match &w.name {
                    Some(name) => ctx.out.warn(&format!("{name}: {message}")),
                    None => ctx.out.warn(message),
                }
            }
            ctx.out.status(&format!(
                "Set {} on service {service}.",
                settings
                    .iter()
                    .map(|(n, _)| n.as_str())
                    .collect::<Vec<_>>()
                    .join(", ")
            ));
            print_changed(ctx, &changed, &values)
        }
        Command::Unset { service, names } => {
            let id = service_id(ctx, org, &service).await?;
            for name in &names {
                let what = format!("{name} of service {service}");
                confirm::repeat(ctx, &what, || api.reset_clickhouse_setting(org, &id, name))
                    .await?;
                ctx.out.status(&format!(
                    "Reset {name} of service {service} to its default."
                ));
            }
            Ok(())
        }
        Command::Schema {
            service,
            name,
            list,
        } => {
            let id = service_id(ctx, org, &service).await?;
            let schema = api.clickhouse_settings_schema(org, &id).await?.settings;
            match name {
                Some(name) => ctx.out.item(
                    schema_entry(&schema, &name, &service)?,
                    SCHEMA_DETAIL_COLUMNS,
                ),
                None => print_list(ctx, &schema, &list, SCHEMA_COLUMNS),
            }
        }
    }
}

/// The schema of a setting; a name the schema lacks is a usage error naming the closest ones.
fn schema_entry<'s>(
    schema: &'s [SettingSchema],
    name: &str,
    service: &str,
) -> Result<&'s SettingSchema> {
    if let Some(entry) = schema.iter().find(|s| s.name == name) {
        return Ok(entry);
    }
    let lower = name.to_ascii_lowercase();
    let near: Vec<&str> = schema
        .iter()
        .map(|s| s.name.as_str())
        .filter(|n| {
            let n = n.to_ascii_lowercase();
            n.contains(&lower)
                || lower.contains(&n)
                || n.split('_').any(|w| w.len() > 3 && lower.contains(w))
        })
        .take(5)
        .collect();
    let suggestion = if near.is_empty() {
        String::new()
    } else {
        format!(" (did you mean {}?)", near.join(", "))
    };
    Err(Error::usage(format!(
        "service {service} has no setting '{name}' it can be given{suggestion}; \
         `dbcloud ch service settings schema {service}` lists them"
    )))
}

/// The value as the schema types it: integers and numbers as JSON numbers, booleans as JSON booleans,
/// anything else as a string; within the schema's allowed values when it lists them.
fn typed(entry: &SettingSchema, value: &str) -> Result<Value> {
    let kind = entry
        .kind
        .as_deref()
        .unwrap_or_default()
        .to_ascii_lowercase();
    let name = &entry.name;
    let bad = |what: &str| {
        Error::usage(format!(
            "invalid value '{value}' for setting {name}: it takes {what} (its type is {kind})"
        ))
    };
    let v = value.trim();
    let typed = if kind == "integer" || kind.starts_with("int") || kind.starts_with("uint") {
        if let Ok(n) = v.parse::<i64>() {
            Value::Number(n.into())
        } else if let Ok(n) = v.parse::<u64>() {
            Value::Number(n.into())
        } else {
            return Err(bad("a whole number"));
        }
    } else if kind == "number" || kind.starts_with("float") || kind == "double" {
        v.parse::<f64>()
            .ok()
            .and_then(Number::from_f64)
            .map(Value::Number)
            .ok_or_else(|| bad("a number"))?
    } else if kind == "boolean" || kind == "bool" {
        match v.to_ascii_lowercase().as_str() {
            "true" | "1" => Value::Bool(true),
            "false" | "0" => Value::Bool(false),
            _ => return Err(bad("true or false")),
        }
    } else {
        Value::String(value.to_string())
    };
    if let Some(allowed) = entry.allowed.as_ref().filter(|a| !a.is_empty()) {
        let text = |v: &Value| match v {
            Value::String(s) => s.clone(),
            other => other.to_string(),
        };
        if !allowed.iter().any(|a| text(a) == text(&typed)) {
            return Err(Error::usage(format!(
                "invalid value '{value}' for setting {name}: allowed: {}",
                allowed.iter().map(text).collect::<Vec<_>>().join(", ")
            )));
        }
    }
    Ok(typed)
}

/// JSON and YAML show the API's answer; a table the settings it wrote.
fn print_changed(ctx: &Ctx, changed: &SettingsChanged, sent: &Map<String, Value>) -> Result<()> {
    if ctx.out.format() != Format::Table {
        return ctx.out.item(changed, &[]);
    }
    let written: Map<String, Value> = changed
        .settings
        .as_deref()
        .and_then(|s| serde_json::from_str(s).ok())
        .unwrap_or_else(|| sent.clone());
    let rows: Vec<Value> = written
        .into_iter()
        .map(|(name, value)| {
            let value = match value {
                Value::String(s) => s,
                other => other.to_string(),
            };
            serde_json::json!({"name": name, "value": value})
        })
        .collect();
    ctx.out.list(&rows, COLUMNS)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn entry(v: Value) -> SettingSchema {
        serde_json::from_value(v).unwrap()
    }

    #[test]
    fn values_take_the_schema_type() {
        let int = entry(json!({"name": "max_threads", "type": "integer"}));
        assert_eq!(typed(&int, "8").unwrap(), json!(8));
        let e = typed(&int, "eight").unwrap_err().to_string();
        assert!(
            e.contains("whole number") && e.contains("max_threads"),
            "{e}"
        );
        let flag = entry(json!({"name": "async_insert", "type": "integer", "enum": [0, 1]}));
        assert_eq!(typed(&flag, "1").unwrap(), json!(1));
        let e = typed(&flag, "2").unwrap_err().to_string();
        assert!(e.contains("allowed: 0, 1"), "{e}");
        let s = entry(json!({"name": "compatibility", "type": "string"}));
        assert_eq!(typed(&s, "24.8").unwrap(), json!("24.8"));
        let untyped = entry(json!({"name": "x"}));
        assert_eq!(typed(&untyped, "7").unwrap(), json!("7"));
        let ratio = entry(json!({"name": "r", "type": "number"}));
        assert_eq!(typed(&ratio, "0.5").unwrap(), json!(0.5));
    }

    #[test]
    fn unknown_names_suggest_close_ones() {
        let schema = vec![
            entry(json!({"name": "max_threads"})),
            entry(json!({"name": "max_memory_usage"})),
        ];
        let e = schema_entry(&schema, "threads", "web")
            .unwrap_err()
            .to_string();
        assert!(e.contains("did you mean max_threads"), "{e}");
        assert!(schema_entry(&schema, "max_threads", "web").is_ok());
    }

    #[test]
    fn assignments() {
        assert_eq!(
            assignment("a=b=c").unwrap(),
            ("a".to_string(), "b=c".to_string())
        );
        assert!(assignment("novalue").is_err());
        assert!(assignment("=1").is_err());
    }
}
