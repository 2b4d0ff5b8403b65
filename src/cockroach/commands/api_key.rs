//! `dbcloud crdb api-key`: API keys of the organization's service accounts. A new key's secret is shown once,
//! or saved straight into a profile.

use clap::Subcommand;

use super::common::{LimitArg, report_deleted};
use crate::cockroach::api::org::CreatedApiKey;
use crate::cockroach::once;
use crate::confirm;
use crate::context::Ctx;
use crate::error::{Error, Result};
use crate::output::{Column, ShownSecret, to_json};
use crate::provider::Provider;

#[derive(clap::Args, Debug)]
pub struct Args {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// List API keys
    #[command(after_help = "\
Examples:
  dbcloud crdb api-key list
  dbcloud crdb api-key list --service-account 3f0e8c1a-6b1f-4a3e-9d7c-2a5b8e4f1c90")]
    List {
        /// Only the keys of this service account (its ID)
        #[arg(long, value_name = "ID", value_parser = crate::validate::uuid)]
        service_account: Option<String>,
        #[command(flatten)]
        limit: LimitArg,
    },
    /// Create an API key for a service account; its secret is shown once (or saved in a profile)
    #[command(after_help = "\
Examples:
  dbcloud crdb api-key create --name ci --service-account 3f0e8c1a-6b1f-4a3e-9d7c-2a5b8e4f1c90
  dbcloud crdb api-key create --name ci --service-account \"$ACCOUNT_ID\" --save-as-profile ci
  dbcloud --profile ci crdb cluster list")]
    Create {
        /// Name of the key
        #[arg(long, value_parser = crate::validate::name)]
        name: String,
        /// The service account the key acts as (its ID)
        #[arg(long, value_name = "ID", value_parser = crate::validate::uuid)]
        service_account: String,
        /// Store the secret as this profile's cockroach.api_key (and the API URL when it is not the default)
        /// instead of showing it; refused when the profile already holds a CockroachDB key
        #[arg(long, value_name = "PROFILE", value_parser = crate::validate::name)]
        save_as_profile: Option<String>,
    },
    /// Show an API key (never its secret)
    #[command(after_help = "Example:\n  dbcloud crdb api-key get CCDBK1a2b3c4d5e6f7g8h9i0j")]
    Get {
        /// API key ID
        #[arg(value_parser = crate::validate::id)]
        id: String,
    },
    /// Rename an API key
    #[command(
        after_help = "Example:\n  dbcloud crdb api-key update CCDBK1a2b3c4d5e6f7g8h9i0j --name ci-deploy"
    )]
    Update {
        /// API key ID
        #[arg(value_parser = crate::validate::id)]
        id: String,
        /// The new name
        #[arg(long, value_parser = crate::validate::name)]
        name: String,
    },
    /// Delete an API key: whatever uses it loses access at once
    #[command(
        after_help = "Example:\n  dbcloud crdb api-key delete CCDBK1a2b3c4d5e6f7g8h9i0j --yes"
    )]
    Delete {
        /// API key ID
        #[arg(value_parser = crate::validate::id)]
        id: String,
    },
}

const COLUMNS: &[Column] = &[
    Column::field("ID", "id"),
    Column::field("NAME", "name"),
    Column::field("SERVICE ACCOUNT", "service_account_id"),
    Column::field("CREATED", "created_at"),
];

pub async fn run(ctx: &Ctx, args: Args) -> Result<()> {
    match args.command {
        Command::List {
            service_account,
            limit,
        } => {
            let keys = ctx
                .cockroach()?
                .api_keys(service_account.as_deref(), limit.get());
            ctx.out.list_pages(keys, COLUMNS).await
        }
        Command::Create {
            name,
            service_account,
            save_as_profile,
        } => create(ctx, &name, &service_account, save_as_profile.as_deref()).await,
        Command::Get { id } => {
            let key = ctx.cockroach()?.api_key(&id).await?;
            ctx.out.item(&key, COLUMNS)
        }
        Command::Update { id, name } => {
            let api = ctx.cockroach()?;
            let what = format!("the name of API key {id}");
            let key = confirm::repeat(ctx, &what, || api.rename_api_key(&id, &name)).await?;
            ctx.out.status(&format!("Renamed API key {id} to {name}."));
            ctx.out.item(&key, COLUMNS)
        }
        Command::Delete { id } => {
            ctx.prompt.confirm(&format!(
                "delete API key {id} (whatever uses it loses access)"
            ))?;
            let api = ctx.cockroach()?;
            let key =
                once::deleted(ctx, &format!("API key {id}"), || api.delete_api_key(&id)).await?;
            let name = key
                .as_ref()
                .map_or(String::new(), |k| format!("{} ", k.name));
            report_deleted(
                ctx,
                &format!("Deleted API key {name}({id})."),
                &once::answer_or(key, serde_json::json!({ "id": id }))?,
            )
        }
    }
}

async fn create(ctx: &Ctx, name: &str, service_account: &str, profile: Option<&str>) -> Result<()> {
    if let Some(profile) = profile {
        ctx.check_free_profile(Provider::Cockroach, profile)?;
    }
    let api = ctx.cockroach()?;
    let since = std::time::SystemTime::now();
    let what = format!("API key {name}");
    let written = confirm::write(
        ctx,
        &what,
        || api.create_api_key(name, service_account),
        || async {
            let keys = api.api_keys(Some(service_account), None).await?;
            let key = once::found(
                keys,
                |k| k.name == name && confirm::created_since(k.extra.get("created_at"), since),
                &what,
            )?;
            Ok(key.map(|api_key| CreatedApiKey {
                api_key,
                secret: None,
                extra: serde_json::Map::new(),
            }))
        },
    )
    .await?;
    let lost = written.confirmed();
    let mut created = written.into_inner();
    ctx.out.status(&format!(
        "Created API key {} ({}).",
        created.api_key.name, created.api_key.id
    ));
    if lost {
        // The secret was only in the lost answer: the key works, but nobody holds its secret.
        let id = &created.api_key.id;
        let lost_secret = format!(
            "the secret of API key {name} ({id}) was in the lost answer and cannot be shown again: make a new \
             key with `dbcloud crdb api-key create --name {name} --service-account {service_account}` and \
             delete this one with `dbcloud crdb api-key delete {id}`"
        );
        if profile.is_some() {
            return Err(Error::Failed(lost_secret));
        }
        ctx.out.warn(&lost_secret);
    }
    let Some(profile) = profile else {
        return print_created(ctx, &created);
    };
    let Some(secret) = created.secret.clone() else {
        return Err(Error::Failed(
            "the API returned no secret for the new key, so there is nothing to save".into(),
        ));
    };
    let saved = ctx.save_credentials(
        Provider::Cockroach,
        profile,
        vec![("cockroach.api_key", secret)],
    );
    if let Err(e) = saved {
        // The secret exists only in this process: show it rather than lose it.
        print_created(ctx, &created)?;
        return Err(e);
    }
    ctx.out.status(&format!(
        "Saved the key as profile '{profile}' in {}; use it with --profile {profile}.",
        ctx.config.path.display()
    ));
    created.secret = None;
    ctx.out.item(&created.api_key, COLUMNS)
}

/// The new key with its secret (shown this once).
fn print_created(ctx: &Ctx, created: &CreatedApiKey) -> Result<()> {
    let key = to_json(&created.api_key)?;
    match &created.secret {
        Some(secret) => ctx.out.item_with_secrets(
            &key,
            COLUMNS,
            &[ShownSecret {
                header: "SECRET",
                field: "secret",
                value: secret,
            }],
            "the key's secret",
            "or use --save-as-profile next time",
        ),
        None => ctx.out.item(&key, COLUMNS),
    }
}
