//! `dbcloud ch key`: the organization's API keys.

use clap::Subcommand;

use super::{ListArgs, ip_entry, print_pages, role_reference};
use crate::clickhouse::api::{ApiKey, CreatedKey, IpAccessEntry, KeyPatch, NewKey};
use crate::clickhouse::{as_uuid, assigned_roles, resolve, resolve_id, role_ids};
use crate::confirm;
use crate::context::Ctx;
use crate::error::{Error, Result};
use crate::output::to_json;
use crate::output::{Column, ShownSecret};
use crate::provider::Provider;

#[derive(clap::Args, Debug)]
pub struct Args {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// List the organization's API keys
    #[command(after_help = "Example:\n  dbcloud ch key list")]
    List(ListArgs),
    /// Create an API key; its ID and secret are shown once (or saved in a profile)
    #[command(after_help = "\
Examples:
  dbcloud ch key create --name ci --role Developer --expires-at 2027-01-01T00:00:00Z
  dbcloud ch key create --name ci --role Admin --save-as-profile ci   # then: dbcloud --profile ci ch service list
  dbcloud ch key create --name etl --role \"Service Admin\" --ip-allow 203.0.113.0/24")]
    Create(CreateArgs),
    /// Show an API key
    #[command(after_help = "Example:\n  dbcloud ch key get ci")]
    Get {
        /// Key ID or exact name
        key: String,
    },
    /// Rename an API key, or change its roles, expiry or state
    #[command(after_help = "\
Examples:
  dbcloud ch key update ci --role Developer --role 3f1c2a9e-8d4b-4c7a-9e2f-1b0d6c5a4e3f
  dbcloud ch key update ci --disable
  dbcloud ch key update ci --never-expires")]
    Update(UpdateArgs),
    /// Delete an API key
    #[command(after_help = "Example:\n  dbcloud ch key delete ci --yes")]
    Delete {
        /// Key ID or exact name
        key: String,
    },
}

#[derive(clap::Args, Debug)]
struct CreateArgs {
    /// Key name
    #[arg(long, value_parser = crate::validate::name)]
    name: String,
    /// A role of the key, by ID or name (case-insensitive; an unknown name lists the roles) (repeatable)
    #[arg(long = "role", value_name = "ROLE", required = true, value_parser = role_reference)]
    roles: Vec<String>,
    /// When the key stops working (RFC 3339) [default: never]
    #[arg(long, value_name = "TIME", value_parser = crate::validate::rfc3339)]
    expires_at: Option<String>,
    /// Create the key disabled
    #[arg(long)]
    disabled: bool,
    /// Accept requests made with the key only from this IP address or CIDR range, with an optional
    /// description (repeatable) [default: from anywhere]
    #[arg(long, value_name = "CIDR[=DESC]", value_parser = ip_entry)]
    ip_allow: Vec<IpAccessEntry>,
    /// Store the new key's ID and secret (and the organization) as this profile's ClickHouse credentials,
    /// and print neither
    #[arg(long, value_name = "PROFILE", value_parser = crate::validate::name)]
    save_as_profile: Option<String>,
}

#[derive(clap::Args, Debug)]
#[command(group = clap::ArgGroup::new("change").required(true).multiple(true))]
struct UpdateArgs {
    /// Key ID or exact name
    key: String,
    /// New name
    #[arg(long, group = "change", value_parser = crate::validate::name)]
    name: Option<String>,
    /// The key's roles, by ID or name, replacing the current ones (repeatable)
    #[arg(long = "role", value_name = "ROLE", group = "change", value_parser = role_reference)]
    roles: Vec<String>,
    /// When the key stops working (RFC 3339)
    #[arg(long, value_name = "TIME", group = "change", value_parser = crate::validate::rfc3339)]
    expires_at: Option<String>,
    /// Remove the key's expiry: it works until it is disabled or deleted
    #[arg(long, group = "change", conflicts_with = "expires_at")]
    never_expires: bool,
    /// Accept requests made with the key only from these addresses, replacing its list (repeatable;
    /// `0.0.0.0/0` for anywhere)
    #[arg(long, group = "change", value_name = "CIDR[=DESC]", value_parser = ip_entry)]
    ip_allow: Vec<IpAccessEntry>,
    /// Enable the key
    #[arg(long, group = "change", conflicts_with = "disable")]
    enable: bool,
    /// Disable the key (requests made with it fail until it is enabled again)
    #[arg(long, group = "change")]
    disable: bool,
}

const COLUMNS: &[Column] = &[
    Column::field("NAME", "name"),
    Column::field("ID", "id"),
    Column::field("STATE", "state"),
    Column::computed("ROLES", assigned_roles),
    Column::field("SUFFIX", "keySuffix"),
    Column::field("CREATED", "createdAt"),
    Column::field("EXPIRES", "expireAt"),
    Column::field("LAST USED", "usedAt"),
];

async fn find_key(ctx: &Ctx, org: &str, reference: &str) -> Result<ApiKey> {
    let api = ctx.clickhouse()?;
    let id = as_uuid(reference);
    resolve(
        reference,
        id.is_some(),
        api.key(org, id.as_deref().unwrap_or(reference)),
        api.keys(org),
    )
    .await
}

pub async fn run(ctx: &Ctx, args: Args) -> Result<()> {
    let api = ctx.clickhouse()?;
    if let Command::Delete { key } = &args.command {
        ctx.prompt.confirm(&format!("delete API key {key}"))?;
    }
    let org = ctx.clickhouse_org().await?;
    match args.command {
        Command::List(list) => print_pages(ctx, api.keys(&org), &list, COLUMNS).await,
        Command::Create(args) => create(ctx, &org, args).await,
        Command::Get { key } => ctx
            .out
            .item(&to_json(&find_key(ctx, &org, &key).await?)?, COLUMNS),
        Command::Update(args) => {
            let id = resolve_id(&args.key, api.keys(&org)).await?;
            let roles = if args.roles.is_empty() {
                None
            } else {
                Some(role_ids(ctx, &org, &args.roles, "--role").await?)
            };
            let patch = KeyPatch {
                name: args.name,
                assigned_role_ids: roles,
                expire_at: if args.never_expires {
                    Some(None)
                } else {
                    args.expires_at.map(Some)
                },
                ip_access_list: (!args.ip_allow.is_empty()).then_some(args.ip_allow),
                state: if args.enable {
                    Some("enabled".into())
                } else if args.disable {
                    Some("disabled".into())
                } else {
                    None
                },
            };
            let what = format!("API key {}", args.key);
            let key = confirm::repeat(ctx, &what, || api.update_key(&org, &id, &patch)).await?;
            ctx.out.status(&format!("Updated API key {}.", key.name));
            ctx.out.item(&key, COLUMNS)
        }
        Command::Delete { key } => {
            let id = resolve_id(&key, api.keys(&org)).await?;
            let what = format!("API key {key}");
            confirm::delete(ctx, &what, || api.delete_key(&org, &id)).await?;
            ctx.out.status(&format!("Deleted API key {key}."));
            Ok(())
        }
    }
}

async fn create(ctx: &Ctx, org: &str, args: CreateArgs) -> Result<()> {
    if let Some(profile) = &args.save_as_profile {
        ctx.check_free_profile(Provider::ClickHouse, profile)?;
    }
    let new = NewKey {
        name: args.name,
        assigned_role_ids: role_ids(ctx, org, &args.roles, "--role").await?,
        expire_at: args.expires_at,
        state: args.disabled.then(|| "disabled".to_string()),
        ip_access_list: args.ip_allow,
    };
    let api = ctx.clickhouse()?;
    let since = std::time::SystemTime::now();
    let what = format!("API key {}", new.name);
    let written = confirm::write(
        ctx,
        &what,
        || api.create_key(org, &new),
        || async {
            let found = confirm::created(api.keys(org).await?, "name", &new.name, since, &what)?;
            Ok(found.map(|key| CreatedKey {
                key,
                key_id: None,
                key_secret: None,
                extra: Default::default(),
            }))
        },
    )
    .await?;
    let lost = written.confirmed();
    let mut created = written.into_inner();
    ctx.out.status(&format!(
        "Created API key {} ({}).",
        created.key.name, created.key.id
    ));
    if lost {
        // The secret was only in the lost answer: it cannot be read again, only replaced by a new key.
        let quote = |s: &str| {
            if s.chars()
                .all(|c| c.is_ascii_alphanumeric() || "-_.@".contains(c))
            {
                s.to_string()
            } else {
                format!("'{}'", s.replace('\'', "'\\''"))
            }
        };
        let mut again: String = args
            .roles
            .iter()
            .map(|r| format!(" --role {}", quote(r)))
            .collect();
        if let Some(profile) = &args.save_as_profile {
            again.push_str(&format!(" --save-as-profile {}", quote(profile)));
        }
        let secret_lost = format!(
            "the secret of API key {} was in the lost answer and can never be read again: make a new key with \
             `dbcloud ch key create --name {}{again}` and delete this one with `dbcloud ch key delete {} --yes`",
            created.key.name,
            quote(&created.key.name),
            created.key.id
        );
        if let Some(profile) = &args.save_as_profile {
            print_created(ctx, &created)?;
            return Err(Error::Failed(format!(
                "profile '{profile}' was not saved: {secret_lost}"
            )));
        }
        ctx.out.warn(&secret_lost);
    }
    let Some(profile) = &args.save_as_profile else {
        return print_created(ctx, &created);
    };
    let (Some(key_id), Some(key_secret)) = (&created.key_id, &created.key_secret) else {
        return Err(Error::Failed(
            "the API returned no key ID and secret for the new key, so there is nothing to save"
                .into(),
        ));
    };
    let values = vec![
        ("clickhouse.key_id", key_id.clone()),
        ("clickhouse.key_secret", key_secret.clone()),
        ("clickhouse.organization", org.to_string()),
    ];
    if let Err(e) = ctx.save_credentials(Provider::ClickHouse, profile, values) {
        // The secret exists only in this process: show it rather than lose it.
        print_created(ctx, &created)?;
        return Err(e);
    }
    ctx.out.status(&format!(
        "Saved the key as profile '{profile}' in {}; use it with --profile {profile}.",
        ctx.config.path.display()
    ));
    created.key_id = None;
    created.key_secret = None;
    ctx.out.item(&created.key, COLUMNS)
}

/// The new key, with its ID and secret (shown this once).
fn print_created(ctx: &Ctx, created: &CreatedKey) -> Result<()> {
    let key = to_json(&created.key)?;
    let secrets: Vec<ShownSecret<'_>> = [
        ("KEY ID", "keyId", &created.key_id),
        ("KEY SECRET", "keySecret", &created.key_secret),
    ]
    .into_iter()
    .filter_map(|(header, field, value)| {
        value.as_deref().map(|value| ShownSecret {
            header,
            field,
            value,
        })
    })
    .collect();
    if secrets.is_empty() {
        return ctx.out.item(&key, COLUMNS);
    }
    ctx.out.item_with_secrets(
        &key,
        COLUMNS,
        &secrets,
        "the key ID and secret",
        "or use --save-as-profile next time",
    )
}
