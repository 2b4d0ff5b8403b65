//! `dbcloud ch postgres` (alias `pg`): Postgres services, their lifecycle, read replicas, restores,
//! passwords, settings, certificates, metrics and slow queries.

mod insights;
mod new;
mod settings;
mod waiting;

use std::path::PathBuf;
use std::time::Duration;

use clap::Subcommand;
use serde_json::Value;

use super::{ListArgs, SecretFile, print_pages};
use crate::clickhouse::api::{PostgresCommand, PostgresPatch, PostgresService, Tag};
use crate::clickhouse::{Named, as_uuid, resolve, resolve_id};
use crate::confirm;
use crate::context::Ctx;
use crate::error::Result;
use crate::output::{Column, display, lookup};
use crate::spec_values::{ch_enum, ch_name};
use crate::wait::{self, WaitArgs};
use insights::{CaArgs, MetricsArgs, SlowQueryArgs};
use new::{CreateArgs, ReadReplicaArgs, RestoreArgs};
use settings::{ConfigArgs, PreparedConfig, parse_tag, parse_tag_key};
use waiting::{wait_gone, wait_running};

/// Creating a service, or a read replica of one.
const CREATE_TIMEOUT: Duration = Duration::from_secs(30 * 60);
/// A restore replays the backup and the WAL up to the target: far longer.
const RESTORE_TIMEOUT: Duration = Duration::from_secs(2 * 60 * 60);
/// Restarts, promotions, switchovers, resizes and deletion.
const CHANGE_TIMEOUT: Duration = Duration::from_secs(20 * 60);

/// The help of every PG argument.
const PG_HELP: &str = "Postgres service ID or exact name";

#[derive(clap::Args, Debug)]
pub struct Args {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// List the organization's Postgres services
    #[command(after_help = "\
Examples:
  dbcloud ch postgres list
  dbcloud ch postgres list --jq '.[] | select(.isPrimary == false) | .name'")]
    List(ListArgs),
    /// Show a Postgres service
    #[command(after_help = "\
Examples:
  dbcloud ch postgres get orders
  dbcloud ch postgres get orders --jq .hostname")]
    Get {
        #[arg(help = PG_HELP)]
        pg: String,
    },
    /// How to connect: a `postgres://` URL (TLS required), host and user filled in; psql asks for the password
    #[command(after_help = "\
Examples:
  dbcloud ch postgres connection-string orders
  psql \"$(dbcloud ch postgres connection-string orders)\"")]
    ConnectionString {
        #[arg(help = PG_HELP)]
        pg: String,
        /// The database user [default: the service's superuser]
        #[arg(long, value_parser = crate::validate::name)]
        user: Option<String>,
    },
    /// Create a Postgres service; its superuser password is shown once (or written to --password-file)
    #[command(after_help = "\
Examples:
  dbcloud ch postgres create --name orders --provider aws --region us-east-1 --size r8gd.large --wait
  dbcloud ch postgres create --name orders --provider aws --region us-east-1 --size m8gd.xlarge \\
      --postgres-version 17 --ha-type async --tag env=prod --setting max_connections=400 --password-file orders.pw")]
    Create(Box<CreateArgs>),
    /// Rename a Postgres service, resize it, change its high availability or tags
    #[command(after_help = "\
Examples:
  dbcloud ch postgres update orders --size r8gd.xlarge --wait
  dbcloud ch postgres update orders --tag team=payments --remove-tag env

Renaming a service changes its host name and certificates.")]
    Update(UpdateArgs),
    /// Delete a Postgres service
    #[command(after_help = "Example:\n  dbcloud ch postgres delete orders --yes --wait")]
    Delete {
        #[arg(help = PG_HELP)]
        pg: String,
        #[command(flatten)]
        wait: WaitArgs,
    },
    /// Restart a Postgres service
    #[command(after_help = "Example:\n  dbcloud ch postgres restart orders --wait")]
    Restart {
        #[arg(help = PG_HELP)]
        pg: String,
        #[command(flatten)]
        wait: WaitArgs,
    },
    /// Promote a read replica to a primary of its own (it stops following its primary for good)
    #[command(after_help = "Example:\n  dbcloud ch postgres promote orders-replica --yes --wait")]
    Promote {
        #[arg(help = PG_HELP)]
        pg: String,
        #[command(flatten)]
        wait: WaitArgs,
    },
    /// Switch a primary over to its standby (the service needs --ha-type async or sync)
    #[command(after_help = "Example:\n  dbcloud ch postgres switchover orders --yes --wait")]
    Switchover {
        #[arg(help = PG_HELP)]
        pg: String,
        #[command(flatten)]
        wait: WaitArgs,
    },
    /// Read replicas: new services that follow a primary
    #[command(name = "read-replica")]
    ReadReplica(ReadReplicaArgs),
    /// Restore a service's continuous backup, as of a point in time, into a new service
    #[command(after_help = "\
Example:
  dbcloud ch postgres restore orders --name orders-restored --at 2026-11-22T10:00:00Z --wait")]
    Restore(Box<RestoreArgs>),
    /// Set a new superuser password: a generated one (shown once) or one read from stdin
    #[command(after_help = "\
Examples:
  printf %s \"$NEW_PASSWORD\" | dbcloud ch postgres reset-password orders --password-stdin --yes
  dbcloud ch postgres reset-password orders --password-file orders.pw --yes   # generated, into a new file")]
    ResetPassword {
        #[arg(help = PG_HELP)]
        pg: String,
        /// Read the new password from stdin (the API's rules: length, lower and upper case letters, digits)
        #[arg(long, conflicts_with = "password_file")]
        password_stdin: bool,
        /// Write the generated password to this new file (mode 0600) instead of showing it
        #[arg(long, value_name = "FILE")]
        password_file: Option<PathBuf>,
    },
    /// A service's Postgres and PgBouncer settings: get, set, replace
    Config(ConfigArgs),
    /// The CA certificates to verify a service's TLS connections, printed or written to a file
    #[command(name = "ca-certificates")]
    CaCertificates(CaArgs),
    /// Metrics: Prometheus text of a service (or, with --all, of every service), or time series (--series)
    Metrics(MetricsArgs),
    /// The slowest query patterns of a service, and their recent executions
    #[command(name = "slow-queries")]
    SlowQueries(SlowQueryArgs),
}

#[derive(clap::Args, Debug)]
#[command(group = clap::ArgGroup::new("change").required(true).multiple(true))]
struct UpdateArgs {
    #[arg(help = PG_HELP)]
    pg: String,
    /// New name (changes the host name and certificates)
    #[arg(long, group = "change", value_parser = ch_name("PostgresServicePatchRequest.name"))]
    name: Option<String>,
    /// New VM size
    #[arg(long, group = "change", value_parser = ch_enum("PostgresServicePatchRequest.size"))]
    size: Option<String>,
    /// High availability: none, async (one standby) or sync (two standbys)
    #[arg(long, group = "change", value_parser = ch_enum("PostgresServicePatchRequest.haType"))]
    ha_type: Option<String>,
    /// Add a tag, or change its value (repeatable)
    #[arg(long, group = "change", value_name = "KEY[=VALUE]", value_parser = parse_tag)]
    tag: Vec<Tag>,
    /// Remove a tag (repeatable)
    #[arg(long, group = "change", value_name = "KEY", value_parser = parse_tag_key)]
    remove_tag: Vec<String>,
    #[command(flatten)]
    wait: WaitArgs,
}

pub const COLUMNS: &[Column] = &[
    Column::field("NAME", "name"),
    Column::field("ID", "id"),
    Column::field("STATE", "state"),
    Column::field("VERSION", "postgresVersion"),
    Column::field("SIZE", "size"),
    Column::field("HA", "haType"),
    Column::computed("REGION", region),
    Column::computed("ROLE", role),
];

/// One service in detail.
const DETAIL_COLUMNS: &[Column] = &[
    Column::field("NAME", "name"),
    Column::field("ID", "id"),
    Column::field("STATE", "state"),
    Column::computed("ROLE", role),
    Column::field("VERSION", "postgresVersion"),
    Column::field("SIZE", "size"),
    Column::computed("STORAGE", storage),
    Column::field("HA", "haType"),
    Column::computed("REGION", region),
    Column::field("HOST", "hostname"),
    Column::field("USER", "username"),
    Column::computed("TAGS", tags),
    Column::field("CREATED", "createdAt"),
];

/// "aws/us-east-1".
fn region(service: &Value) -> String {
    let provider = lookup(service, "provider").map(display).unwrap_or_default();
    let region = lookup(service, "region").map(display).unwrap_or_default();
    match (provider.is_empty(), region.is_empty()) {
        (false, false) => format!("{provider}/{region}"),
        _ => format!("{provider}{region}"),
    }
}

/// "primary" or "replica", from `isPrimary`.
fn role(service: &Value) -> String {
    match lookup(service, "isPrimary").and_then(Value::as_bool) {
        Some(true) => "primary".into(),
        Some(false) => "replica".into(),
        None => String::new(),
    }
}

/// "100 GiB".
fn storage(service: &Value) -> String {
    lookup(service, "storageSize")
        .map(|s| format!("{} GiB", display(s)))
        .unwrap_or_default()
}

/// "env=prod, team".
fn tags(service: &Value) -> String {
    lookup(service, "tags")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .map(|t| {
            let key = t.get("key").map(display).unwrap_or_default();
            match t.get("value").map(display).filter(|v| !v.is_empty()) {
                Some(v) => format!("{key}={v}"),
                None => key,
            }
        })
        .collect::<Vec<_>>()
        .join(", ")
}

impl Named for PostgresService {
    const KIND: &'static str = "Postgres service";
    const LABEL: &'static str = "name";
    fn id(&self) -> &str {
        &self.id
    }
    fn label(&self) -> &str {
        &self.name
    }
    fn detail(&self) -> String {
        self.state.clone()
    }
}

/// A Postgres service by ID, or by exact name.
pub async fn find_postgres(ctx: &Ctx, org: &str, reference: &str) -> Result<PostgresService> {
    let api = ctx.clickhouse()?;
    let id = as_uuid(reference);
    resolve(
        reference,
        id.is_some(),
        api.postgres_service(org, id.as_deref().unwrap_or(reference)),
        api.postgres_services(org),
    )
    .await
}

/// The ID of the Postgres service `reference` names, without a request when it is an ID already.
pub async fn postgres_id(ctx: &Ctx, org: &str, reference: &str) -> Result<String> {
    resolve_id(reference, ctx.clickhouse()?.postgres_services(org)).await
}

/// What a command takes from the user before anything is sent.
#[derive(Default)]
struct Prepared {
    password_file: Option<SecretFile>,
    /// A new password read from stdin.
    password: Option<String>,
    config: Option<PreparedConfig>,
}

impl Command {
    /// Everything that can be refused without the API is refused first, so that a refusal sends nothing.
    fn prepare(&self, ctx: &Ctx) -> Result<Prepared> {
        let password_file = |path: &Option<PathBuf>| {
            path.as_deref()
                .map(|p| SecretFile::create(p, "--password-file"))
                .transpose()
        };
        let mut prepared = Prepared::default();
        match self {
            Command::Create(args) => {
                args.check()?;
                prepared.password_file = password_file(args.password_file())?;
            }
            Command::ReadReplica(args) => {
                let args = args.create_args();
                args.check()?;
                prepared.password_file = password_file(args.password_file())?;
            }
            Command::Restore(args) => {
                args.check()?;
                prepared.password_file = password_file(args.password_file())?;
            }
            Command::Delete { pg, .. } => {
                ctx.prompt
                    .confirm(&format!("delete Postgres service {pg}"))?;
            }
            Command::Promote { pg, .. } => {
                ctx.prompt.confirm(&format!(
                    "promote read replica {pg} (it stops following its primary for good)"
                ))?;
            }
            Command::Switchover { pg, .. } => {
                ctx.prompt
                    .confirm(&format!("switch Postgres service {pg} over to its standby"))?;
            }
            Command::ResetPassword {
                pg,
                password_stdin,
                password_file: path,
            } => {
                ctx.prompt.confirm(&format!(
                    "reset the superuser password of Postgres service {pg}"
                ))?;
                prepared.password_file = password_file(path)?;
                if *password_stdin {
                    let password = crate::prompt::read_stdin_secret("the new password")?;
                    new::check_password(&password)?;
                    prepared.password = Some(password);
                }
            }
            Command::Config(args) => prepared.config = Some(args.prepare()?),
            Command::CaCertificates(args) => args.check()?,
            _ => {}
        }
        Ok(prepared)
    }
}

pub async fn run(ctx: &Ctx, args: Args) -> Result<()> {
    let api = ctx.clickhouse()?;
    let mut prepared = args.command.prepare(ctx)?;
    let org = ctx.clickhouse_org().await?;
    let org = org.as_str();
    match args.command {
        Command::List(list) => print_pages(ctx, api.postgres_services(org), &list, COLUMNS).await,
        Command::Get { pg } => ctx
            .out
            .item(&find_postgres(ctx, org, &pg).await?, DETAIL_COLUMNS),
        Command::ConnectionString { pg, user } => {
            let service = crate::output::to_json(&find_postgres(ctx, org, &pg).await?)?;
            let shown =
                crate::connection::postgres(&service, user.as_deref()).ok_or_else(|| {
                    crate::error::Error::Failed(format!(
                        "Postgres service {pg} has no host name yet: try again once it runs"
                    ))
                })?;
            match ctx.out.format() {
                crate::output::Format::Table => {
                    ctx.out.text(shown["url"].as_str().unwrap_or_default())
                }
                _ => ctx.out.value(&shown),
            }
        }
        Command::Create(args) => new::create(ctx, org, *args, prepared.password_file).await,
        Command::ReadReplica(args) => {
            new::read_replica(ctx, org, args, prepared.password_file).await
        }
        Command::Restore(args) => new::restore(ctx, org, *args, prepared.password_file).await,
        Command::Update(args) => update(ctx, org, args).await,
        Command::Delete { pg, wait } => delete(ctx, org, &pg, &wait).await,
        Command::Restart { pg, wait } => {
            change_state(ctx, org, &pg, PostgresCommand::Restart, &wait).await
        }
        Command::Promote { pg, wait } => {
            change_state(ctx, org, &pg, PostgresCommand::Promote, &wait).await
        }
        Command::Switchover { pg, wait } => {
            change_state(ctx, org, &pg, PostgresCommand::Switchover, &wait).await
        }
        Command::ResetPassword { pg, .. } => {
            new::reset_password(
                ctx,
                org,
                &pg,
                prepared.password.take(),
                prepared.password_file,
            )
            .await
        }
        Command::Config(args) => {
            let config = prepared.config.take().unwrap_or(PreparedConfig::None);
            settings::run_config(ctx, org, args, config).await
        }
        Command::CaCertificates(args) => insights::ca_certificates(ctx, org, args).await,
        Command::Metrics(args) => insights::metrics(ctx, org, args).await,
        Command::SlowQueries(args) => insights::slow_queries(ctx, org, args).await,
    }
}

// ----------------------------------------------------------------------------------------------------------
// Commands
// ----------------------------------------------------------------------------------------------------------

async fn update(ctx: &Ctx, org: &str, args: UpdateArgs) -> Result<()> {
    let api = ctx.clickhouse()?;
    let mut patch = PostgresPatch {
        name: args.name,
        size: args.size,
        ha_type: args.ha_type,
        tags: None,
    };
    let resizes = patch.size.is_some() || patch.ha_type.is_some();
    let id = if args.tag.is_empty() && args.remove_tag.is_empty() {
        postgres_id(ctx, org, &args.pg).await?
    } else {
        // `tags` replaces the whole list: the new one is the current one with the changes.
        let current = find_postgres(ctx, org, &args.pg).await?;
        let mut tags: Vec<Tag> = current
            .extra
            .get("tags")
            .cloned()
            .and_then(|t| serde_json::from_value(t).ok())
            .unwrap_or_default();
        tags.retain(|t| !args.remove_tag.contains(&t.key));
        tags.extend(args.tag);
        patch.tags = Some(settings::dedup_tags(tags));
        current.id
    };
    settings::check_body("postgresServicePatch", &patch)?;
    let what = format!("Postgres service {}", args.pg);
    let mut service = confirm::repeat(ctx, &what, || api.update_postgres(org, &id, &patch)).await?;
    ctx.out
        .status(&format!("Updated Postgres service {}.", service.name));
    if args.wait.wait && resizes {
        let settings = wait::Settings::new(&args.wait, CHANGE_TIMEOUT);
        service = wait_running(ctx, org, &id, &args.pg, &settings).await?;
    }
    ctx.out.item(&service, DETAIL_COLUMNS)
}

async fn change_state(
    ctx: &Ctx,
    org: &str,
    reference: &str,
    command: PostgresCommand,
    wait: &WaitArgs,
) -> Result<()> {
    let api = ctx.clickhouse()?;
    let id = postgres_id(ctx, org, reference).await?;
    let what = format!("the {} of Postgres service {reference}", command.as_str());
    // An action, not a value: read back by what it starts (a repeat would be refused or act twice).
    let mut service = confirm::write(
        ctx,
        &what,
        || api.change_postgres_state(org, &id, command),
        || async {
            let service = api.postgres_service(org, &id).await?;
            let done = match command {
                PostgresCommand::Promote => {
                    service.extra.get("isPrimary") == Some(&Value::Bool(true))
                }
                PostgresCommand::Restart | PostgresCommand::Switchover => {
                    service.state == "restarting"
                }
            };
            Ok(done.then_some(service))
        },
    )
    .await?
    .into_inner();
    ctx.out.status(&format!(
        "Postgres service {} is {} ({}).",
        service.name,
        service.state,
        command.as_str()
    ));
    if wait.wait {
        let settings = wait::Settings::new(wait, CHANGE_TIMEOUT);
        service = wait_running(ctx, org, &id, reference, &settings).await?;
    }
    ctx.out.item(&service, COLUMNS)
}

async fn delete(ctx: &Ctx, org: &str, reference: &str, wait: &WaitArgs) -> Result<()> {
    let api = ctx.clickhouse()?;
    let service = find_postgres(ctx, org, reference).await?;
    let already_going = service.state == "deleting";
    if already_going {
        ctx.out.status(&format!(
            "Postgres service {reference} is already being deleted."
        ));
    } else {
        let what = format!("Postgres service {reference}");
        confirm::delete(ctx, &what, || api.delete_postgres(org, &service.id)).await?;
    }
    if wait.wait {
        let settings = wait::Settings::new(wait, CHANGE_TIMEOUT);
        wait_gone(ctx, org, &service.id, reference, &settings).await?;
        ctx.out
            .status(&format!("Deleted Postgres service {reference}."));
    } else if !already_going {
        ctx.out.status(&format!(
            "Deleting Postgres service {reference}; it disappears shortly (use --wait to wait for it)."
        ));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn computed_columns() {
        let s = serde_json::json!({
            "provider": "aws", "region": "us-east-1", "isPrimary": false, "storageSize": 100,
            "tags": [{"key": "env", "value": "prod"}, {"key": "team"}]
        });
        assert_eq!(region(&s), "aws/us-east-1");
        assert_eq!(role(&s), "replica");
        assert_eq!(storage(&s), "100 GiB");
        assert_eq!(tags(&s), "env=prod, team");
        assert_eq!(role(&serde_json::json!({})), "");
    }
}
