//! `dbcloud profile list|show|use|remove|set`: named profiles in the config file.

use clap::Subcommand;
use serde_json::{Value, json};

use crate::config::{self, PROFILE_KEYS, Profile, is_secret_key, mask};
use crate::context::Ctx;
use crate::error::{Error, Result};
use crate::output::Column;
use crate::prompt::read_stdin_secret;

#[derive(clap::Args, Debug)]
pub struct Args {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// List the profiles (secrets masked)
    #[command(after_help = "Example:\n  dbcloud profile list")]
    List,
    /// Show a profile's settings, secrets masked [default: the active profile]
    #[command(after_help = "Examples:\n  dbcloud profile show\n  dbcloud profile show prod --json")]
    Show { name: Option<String> },
    /// Make a profile the default (`default_profile`)
    #[command(after_help = "Example:\n  dbcloud profile use staging")]
    Use { name: String },
    /// Delete a profile and its credentials
    #[command(after_help = "Example:\n  dbcloud profile remove old --yes")]
    Remove { name: String },
    /// Set (or with --unset remove) one value of the active profile (see --profile)
    #[command(after_help = "\
Keys: clickhouse.key_id, clickhouse.key_secret, clickhouse.organization, clickhouse.api_url,
      cockroach.api_key, cockroach.api_url, cockroach.cluster
Secrets (key_secret, api_key) are never taken as an argument: they are read from stdin, or asked for.

Examples:
  dbcloud profile set clickhouse.organization 6f0c8a1e-3f5e-4a8e-9a31-0c2b1d2e3f40 --profile prod
  dbcloud profile set cockroach.cluster analytics
  printf %s \"$KEY\" | dbcloud profile set cockroach.api_key
  dbcloud profile set cockroach.cluster --unset")]
    Set {
        /// The setting, as section.key
        key: String,
        /// The new value (not for secrets)
        value: Option<String>,
        /// Remove the setting instead
        #[arg(long, conflicts_with = "value")]
        unset: bool,
    },
}

pub async fn run(ctx: &Ctx, args: Args) -> Result<()> {
    match args.command {
        Command::List => list(ctx),
        Command::Show { name } => show(ctx, name),
        Command::Use { name } => use_profile(ctx, &name),
        Command::Remove { name } => remove(ctx, &name),
        Command::Set { key, value, unset } => set(ctx, &key, value, unset),
    }
}

/// A profile as JSON, secrets masked.
fn masked(name: &str, default: bool, p: &Profile) -> Value {
    let secret = |v: &Option<String>| v.as_deref().map(mask);
    json!({
        "name": name,
        "default": default,
        "clickhouse": p.clickhouse.as_ref().map(|c| json!({
            "key_id": c.key_id, "key_secret": secret(&c.key_secret),
            "organization": c.organization, "api_url": c.api_url,
        })),
        "cockroach": p.cockroach.as_ref().map(|c| json!({
            "api_key": secret(&c.api_key), "api_url": c.api_url, "cluster": c.cluster,
        })),
    })
}

fn list(ctx: &Ctx) -> Result<()> {
    let default = ctx.config.file.default_profile.as_deref();
    let items: Vec<Value> = ctx
        .config
        .file
        .profiles
        .iter()
        .map(|(name, p)| masked(name, Some(name.as_str()) == default, p))
        .collect();
    const COLUMNS: &[Column] = &[
        Column::computed("NAME", |p| {
            let name = p["name"].as_str().unwrap_or_default();
            if p["default"] == true {
                format!("{name} (default)")
            } else {
                name.to_string()
            }
        }),
        Column::field("CLICKHOUSE KEY", "clickhouse.key_id"),
        Column::field("ORGANIZATION", "clickhouse.organization"),
        Column::field("COCKROACH KEY", "cockroach.api_key"),
        Column::field("CLUSTER", "cockroach.cluster"),
    ];
    // One message for an empty table (not also the generic "No results."); JSON and YAML still print [].
    if items.is_empty() && ctx.out.format() == crate::output::Format::Table {
        ctx.out.status(
            "No profiles yet: log in with `dbcloud auth login --provider clickhouse|cockroach`.",
        );
        return Ok(());
    }
    ctx.out.list(&items, COLUMNS)
}

fn show(ctx: &Ctx, name: Option<String>) -> Result<()> {
    let name = name.unwrap_or_else(|| ctx.profile.value.clone());
    ctx.known_profile(&name)?;
    let p = &ctx.config.file.profiles[&name];
    let value = masked(
        &name,
        ctx.config.file.default_profile.as_deref() == Some(&name),
        p,
    );
    const COLUMNS: &[Column] = &[
        Column::field("name", "name"),
        Column::field("default", "default"),
        Column::field("clickhouse.key_id", "clickhouse.key_id"),
        Column::field("clickhouse.key_secret", "clickhouse.key_secret"),
        Column::field("clickhouse.organization", "clickhouse.organization"),
        Column::field("clickhouse.api_url", "clickhouse.api_url"),
        Column::field("cockroach.api_key", "cockroach.api_key"),
        Column::field("cockroach.api_url", "cockroach.api_url"),
        Column::field("cockroach.cluster", "cockroach.cluster"),
    ];
    ctx.out.item(&value, COLUMNS)
}

fn use_profile(ctx: &Ctx, name: &str) -> Result<()> {
    ctx.known_profile(name)?;
    config::update(&ctx.config.path, |doc| {
        doc["default_profile"] = toml_edit::value(name);
        Ok(())
    })?;
    ctx.out
        .status(&format!("Profile '{name}' is now the default."));
    Ok(())
}

fn remove(ctx: &Ctx, name: &str) -> Result<()> {
    ctx.known_profile(name)?;
    ctx.prompt
        .confirm(&format!("remove profile '{name}' and its credentials"))?;
    config::update(&ctx.config.path, |doc| {
        if let Some(profiles) = doc.get_mut("profiles").and_then(|p| p.as_table_like_mut()) {
            profiles.remove(name);
        }
        if doc.get("default_profile").and_then(|d| d.as_str()) == Some(name) {
            doc.remove("default_profile");
        }
        Ok(())
    })?;
    ctx.out.status(&format!("Removed profile '{name}'."));
    Ok(())
}

fn set(ctx: &Ctx, key: &str, value: Option<String>, unset: bool) -> Result<()> {
    if !PROFILE_KEYS.iter().any(|(k, _)| *k == key) {
        return Err(Error::usage(format!(
            "unknown key '{key}'; known keys: {}",
            PROFILE_KEYS
                .iter()
                .map(|(k, _)| *k)
                .collect::<Vec<_>>()
                .join(", ")
        )));
    }
    let profile = ctx.profile.value.clone();
    if unset {
        let removed = config::update(&ctx.config.path, |doc| {
            Ok(config::unset_value(doc, &profile, key))
        })?;
        ctx.out.status(&if removed {
            format!("Removed {key} from profile '{profile}'.")
        } else {
            format!("{key} was not set in profile '{profile}'.")
        });
        return Ok(());
    }
    let value = match (value, is_secret_key(key)) {
        (Some(_), true) => {
            return Err(Error::usage(format!(
                "{key} is a secret and is not taken as an argument (it would stay in the shell history): \
                 pipe it on stdin or run this on a terminal to be asked"
            )));
        }
        (Some(v), false) => v,
        (None, true) if ctx.prompt.interactive() => ctx.prompt.secret(key, false, "stdin")?,
        (None, true) => read_stdin_secret(key)?,
        (None, false) => return Err(Error::usage(format!("give a value for {key}, or --unset"))),
    };
    if key == "clickhouse.organization" {
        crate::validate::uuid(&value).map_err(|e| Error::usage(format!("{key}: {e}")))?;
    }
    if key.ends_with(".api_url") && !(value.starts_with("http://") || value.starts_with("https://"))
    {
        return Err(Error::usage(format!(
            "{key}: '{value}' is not an http(s) URL"
        )));
    }
    config::update(&ctx.config.path, |doc| {
        config::set_value(doc, &profile, key, &value)
    })?;
    ctx.out
        .status(&format!("Set {key} in profile '{profile}'."));
    Ok(())
}
