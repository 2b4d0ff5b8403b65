//! `dbcloud auth login|status`.

use clap::Subcommand;
use serde_json::{Value, json};

use crate::commands::ProviderArg;
use crate::config::{self, Resolved, Source, mask};
use crate::context::Ctx;
use crate::error::{Error, Result};
use crate::http::Auth;
use crate::output::Column;
use crate::prompt::read_stdin_secret;
use crate::provider::Provider;

#[derive(clap::Args, Debug)]
pub struct Args {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Save a provider's credentials in a profile, after checking them with one API call
    #[command(after_help = "\
Examples:
  dbcloud auth login --provider clickhouse                      # prompts on a terminal
  printf %s \"$SECRET\" | dbcloud auth login --provider clickhouse --key-id \"$KEY_ID\" --secret-stdin
  printf %s \"$COCKROACH_KEY\" | dbcloud auth login --provider cockroach --secret-stdin --profile prod

Logging in to the second provider keeps the first one's credentials in the profile.")]
    Login(LoginArgs),
    /// Show, per profile and provider, each credential and where it comes from (flag, env, file)
    #[command(
        after_help = "Examples:\n  dbcloud auth status\n  dbcloud auth status --check --json"
    )]
    Status {
        /// Also verify the credentials with one API call each
        #[arg(long)]
        check: bool,
    },
}

#[derive(clap::Args, Debug)]
struct LoginArgs {
    /// The provider to log in to (asked on a terminal when omitted)
    #[arg(long, value_enum)]
    provider: Option<ProviderArg>,
    /// ClickHouse API key ID (asked on a terminal when omitted)
    #[arg(long, value_name = "ID")]
    key_id: Option<String>,
    /// Read the secret (ClickHouse key secret, CockroachDB API key) from stdin instead of a prompt
    #[arg(long)]
    secret_stdin: bool,
    /// ClickHouse organization ID to store [default: the only one the key sees]
    #[arg(long, value_name = "ID", value_parser = crate::validate::uuid)]
    org: Option<String>,
    /// API base URL to use and store in the profile (e.g. a local emulator)
    #[arg(long, value_name = "URL")]
    api_url: Option<String>,
}

pub async fn run(ctx: &Ctx, args: Args) -> Result<()> {
    match args.command {
        Command::Login(login_args) => login(ctx, login_args).await,
        Command::Status { check } => status(ctx, check).await,
    }
}

async fn login(ctx: &Ctx, args: LoginArgs) -> Result<()> {
    if ctx.overrides.emulator.is_some() {
        return Err(Error::usage(
            "auth login cannot be used with --emulator: it needs no credentials, and credentials saved \
             from it would work nowhere else",
        ));
    }
    let provider: Provider = match args.provider {
        Some(p) => p.into(),
        None => {
            let choice = ctx.prompt.select(
                "Provider",
                &["ClickHouse Cloud", "CockroachDB Cloud"],
                "--provider",
            )?;
            if choice == 0 {
                Provider::ClickHouse
            } else {
                Provider::Cockroach
            }
        }
    };
    if provider == Provider::Cockroach && (args.key_id.is_some() || args.org.is_some()) {
        return Err(Error::usage(
            "--key-id and --org are ClickHouse settings; CockroachDB needs only the API key (--secret-stdin)",
        ));
    }
    let profile = ctx.profile.value.clone();
    let api_url = args.api_url.clone().unwrap_or_else(|| match provider {
        Provider::ClickHouse => ctx.clickhouse_settings().api_url.value,
        Provider::Cockroach => ctx.cockroach_settings().api_url.value,
    });

    let mut values: Vec<(&str, String)> = Vec::new();
    let summary = match provider {
        Provider::ClickHouse => {
            let key_id = match args.key_id {
                Some(id) => id,
                None if args.secret_stdin => {
                    return Err(Error::usage("--secret-stdin needs --key-id for ClickHouse"));
                }
                None => ctx.prompt.input("API key ID", "--key-id")?,
            };
            let key_secret = if args.secret_stdin {
                read_stdin_secret("the key secret")?
            } else {
                ctx.prompt.secret(
                    "API key secret",
                    false,
                    "--secret-stdin (the secret on stdin)",
                )?
            };
            let client = ctx.client(
                provider,
                &api_url,
                Auth::Basic {
                    key_id: key_id.clone(),
                    key_secret: key_secret.clone(),
                },
            )?;
            let api = crate::clickhouse::api::Api::new(client);
            let orgs = api.organizations().await?;
            let org = match &args.org {
                Some(wanted) => orgs.into_iter().find(|o| &o.id == wanted).ok_or_else(|| {
                    Error::NotFound(format!("the API key does not see organization {wanted}"))
                })?,
                None => crate::clickhouse::choose_org(orgs)?,
            };
            values.push(("clickhouse.key_id", key_id.clone()));
            values.push(("clickhouse.key_secret", key_secret));
            values.push(("clickhouse.organization", org.id.clone()));
            json!({"profile": profile, "provider": provider.key(), "key_id": key_id,
                   "organization": {"id": org.id, "name": org.name}})
        }
        Provider::Cockroach => {
            let api_key = if args.secret_stdin {
                read_stdin_secret("the API key")?
            } else {
                ctx.prompt
                    .secret("API key", false, "--secret-stdin (the key on stdin)")?
            };
            let client = ctx.client(
                provider,
                &api_url,
                Auth::Bearer {
                    api_key: api_key.clone(),
                },
            )?;
            let org = crate::cockroach::api::Api::new(client)
                .organization()
                .await?;
            values.push(("cockroach.api_key", api_key));
            json!({"profile": profile, "provider": provider.key(),
                   "organization": {"id": org.id, "name": org.name}})
        }
    };
    if let Some(url) = &args.api_url {
        values.push((
            if provider == Provider::ClickHouse {
                "clickhouse.api_url"
            } else {
                "cockroach.api_url"
            },
            url.clone(),
        ));
    }

    let path = ctx.config.path.clone();
    config::update(&path, |doc| {
        for (key, value) in &values {
            config::set_value(doc, &profile, key, value)?;
        }
        if doc.get("default_profile").is_none() {
            doc["default_profile"] = toml_edit::value(profile.as_str());
        }
        Ok(())
    })?;
    ctx.out.status(&format!(
        "Logged in to {provider} (organization {}) as profile '{profile}'; saved to {}",
        summary["organization"]["name"].as_str().unwrap_or_default(),
        path.display()
    ));
    if ctx.out.format() != crate::output::Format::Table {
        ctx.out.value(&summary)?;
    }
    Ok(())
}

/// One row of `auth status`: a setting of a profile, its shown value and its source.
fn row(
    profile: &str,
    active: bool,
    provider: Provider,
    setting: &str,
    value: Option<&Resolved>,
    secret: bool,
) -> Value {
    let shown = value.map(|r| {
        if secret {
            mask(&r.value)
        } else {
            r.value.clone()
        }
    });
    json!({
        "profile": profile,
        "active": active,
        "provider": provider.key(),
        "setting": setting,
        "value": shown,
        "source": value.map(|r| r.source.to_string()),
    })
}

async fn status(ctx: &Ctx, check: bool) -> Result<()> {
    let mut rows = Vec::new();
    let mut checks = Vec::new();
    for profile in ctx.all_profiles() {
        let (name, active) = (profile.name.as_str(), profile.active);
        if let Some(ch) = &profile.clickhouse {
            let p = Provider::ClickHouse;
            rows.push(row(name, active, p, "key_id", ch.key_id.as_ref(), false));
            rows.push(row(
                name,
                active,
                p,
                "key_secret",
                ch.key_secret.as_ref(),
                true,
            ));
            rows.push(row(
                name,
                active,
                p,
                "organization",
                ch.organization.as_ref(),
                false,
            ));
            rows.push(row(name, active, p, "api_url", Some(&ch.api_url), false));
            if let Some(auth) = ch.auth() {
                checks.push((
                    rows.len(),
                    name.to_string(),
                    active,
                    p,
                    ch.api_url.value.clone(),
                    auth,
                ));
            }
        }
        if let Some(crdb) = &profile.cockroach {
            let p = Provider::Cockroach;
            rows.push(row(name, active, p, "api_key", crdb.api_key.as_ref(), true));
            rows.push(row(name, active, p, "api_url", Some(&crdb.api_url), false));
            if let Some(cluster) = crdb.cluster.as_ref() {
                rows.push(row(name, active, p, "cluster", Some(cluster), false));
            }
            if let Some(auth) = crdb.auth() {
                checks.push((
                    rows.len(),
                    name.to_string(),
                    active,
                    p,
                    crdb.api_url.value.clone(),
                    auth,
                ));
            }
        }
    }

    let mut failures = 0;
    if check {
        // Independent requests: run them all at once.
        let results = futures_util::future::join_all(
            checks
                .iter()
                .map(|(_, _, _, provider, url, auth)| verify(ctx, *provider, url, auth.clone())),
        )
        .await;
        // Insert from the back so earlier positions stay valid.
        for ((pos, name, active, provider, _, _), result) in checks.iter().zip(results).rev() {
            let (value, source) = match result {
                Ok(org) => ("ok".to_string(), format!("organization {org}")),
                Err(e) => {
                    failures += 1;
                    ("failed".to_string(), e.to_string())
                }
            };
            let resolved = Resolved {
                value,
                source: Source::Flag("--check"),
            };
            let mut r = row(name, *active, *provider, "check", Some(&resolved), false);
            r["source"] = Value::String(source);
            rows.insert(*pos, r);
        }
    }

    const COLUMNS: &[Column] = &[
        Column::computed("PROFILE", |r| {
            let name = r["profile"].as_str().unwrap_or_default();
            if r["active"].as_bool() == Some(true) {
                format!("{name} (active)")
            } else {
                name.to_string()
            }
        }),
        Column::field("PROVIDER", "provider"),
        Column::field("SETTING", "setting"),
        Column::computed("VALUE", |r| {
            r["value"].as_str().unwrap_or("(not set)").to_string()
        }),
        Column::field("SOURCE", "source"),
    ];
    ctx.out.list(&rows, COLUMNS)?;
    // Nothing to check is not a success: as `gh auth status`, no credentials at all is exit 4.
    if check && checks.is_empty() {
        return Err(Error::Unauthorized("no credentials to check: not logged in to any provider".into())
            .with_hint(
                "log in with `dbcloud auth login --provider clickhouse` or `--provider cockroach`, or set \
                 CLICKHOUSE_CLOUD_API_KEY and CLICKHOUSE_CLOUD_API_SECRET, or COCKROACH_API_KEY",
            ));
    }
    if failures > 0 {
        return Err(Error::Unauthorized(format!(
            "{failures} credential check(s) failed"
        )));
    }
    Ok(())
}

/// One API call proving the credentials work; returns the organization's name.
async fn verify(ctx: &Ctx, provider: Provider, url: &str, auth: Auth) -> Result<String> {
    let client = ctx.client(provider, url, auth)?;
    match provider {
        Provider::ClickHouse => {
            let orgs = crate::clickhouse::api::Api::new(client)
                .organizations()
                .await?;
            Ok(orgs
                .iter()
                .map(|o| o.name.clone())
                .collect::<Vec<_>>()
                .join(", "))
        }
        Provider::Cockroach => Ok(crate::cockroach::api::Api::new(client)
            .organization()
            .await?
            .name),
    }
}
