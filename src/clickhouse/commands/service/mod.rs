//! `dbcloud ch service`: services, their lifecycle, passwords and metrics.

mod columns;
mod config;
mod create;
mod password;
mod scale;
mod update;
mod waiting;

use std::path::PathBuf;
use std::time::Duration;

use clap::Subcommand;
use serde_json::Value;

use super::{ListArgs, SecretFile, print_pages};
use crate::clickhouse::api::{Api, PasswordHashes, StateCommand};
use crate::clickhouse::{find_service, service_id};
use crate::confirm;
use crate::context::Ctx;
use crate::error::{Error, Result};
use crate::output::{Column, Format, to_json};
use crate::wait::{self, Poll, WaitArgs};
use columns::{COLUMNS, DETAIL_COLUMNS};
use create::{CreateArgs, create};
use password::reset_password;
use scale::{ScaleArgs, scale};
use update::{UpdateArgs, update};
use waiting::{Target, is_deleted, wait_for, wait_gone};

/// Creation takes minutes; a restore from a backup far longer (NOTES.md).
const CREATE_TIMEOUT: Duration = Duration::from_secs(30 * 60);
const RESTORE_TIMEOUT: Duration = Duration::from_secs(2 * 60 * 60);
/// Start, stop, scale and delete.
const CHANGE_TIMEOUT: Duration = Duration::from_secs(20 * 60);
/// How long a DELETE refused with 409 right after a stop is retried.
const DELETE_RETRY_WINDOW: Duration = Duration::from_secs(5 * 60);

#[derive(clap::Args, Debug)]
pub struct Args {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// List the organization's services
    #[command(
        after_help = "Examples:\n  dbcloud ch service list\n  dbcloud ch service list --tag env=prod --tag team   # both tags\n  dbcloud ch service list --jq '.[] | select(.state == \"running\") | .name'"
    )]
    List {
        #[command(flatten)]
        list: ListArgs,
        /// Only services with this tag, or this tag and value (repeatable: all of them)
        #[arg(long, value_name = "KEY[=VALUE]", value_parser = super::tag_filter)]
        tag: Vec<String>,
    },
    /// Show a service
    #[command(
        after_help = "Examples:\n  dbcloud ch service get web\n  dbcloud ch service get web --jq .state"
    )]
    Get {
        /// Service ID or exact name
        service: String,
    },
    /// Create a service; its password is shown once (or written to --password-file)
    #[command(after_help = "\
Examples:
  dbcloud ch service create --name web --provider aws --region us-east-1 --ip-allow 203.0.113.0/24=office --wait
  dbcloud ch service create --name web --provider gcp --region us-east1 --replicas 2 \\
      --min-replica-memory-gb 16 --max-replica-memory-gb 64 --release-channel fast --tag team=data --password-file web.pw --json
  dbcloud ch service create --name etl --provider aws --region ca-central-1 --autoscaling-mode horizontal \\
      --min-replicas 2 --max-replicas 6 --min-replica-memory-gb 32 --max-replica-memory-gb 32")]
    Create(Box<CreateArgs>),
    /// Rename a service, or change its IP access list, private endpoints, release channel, tags,
    /// endpoints, encryption key or core dumps
    #[command(after_help = "\
Examples:
  dbcloud ch service update web --add-ip 198.51.100.7=ci --remove-ip 0.0.0.0/0
  dbcloud ch service update web --name web-prod --release-channel slow
  dbcloud ch service update web --add-tag env=prod --remove-tag team --enable-endpoint mysql")]
    Update(UpdateArgs),
    /// Delete a service (it must be stopped; --force stops it first)
    #[command(after_help = "\
Examples:
  dbcloud ch service delete web --yes --wait
  dbcloud ch service delete web --force --yes --wait   # stop it first if it runs")]
    Delete {
        /// Service ID or exact name
        service: String,
        /// Stop the service first if needed, wait until it is stopped, then delete it
        #[arg(long)]
        force: bool,
        #[command(flatten)]
        wait: WaitArgs,
    },
    /// Show what is needed to connect a private endpoint to a service
    #[command(
        name = "private-endpoint-config",
        after_help = "Example:\n  dbcloud ch service private-endpoint-config web"
    )]
    PrivateEndpointConfig {
        /// Service ID or exact name
        service: String,
    },
    /// Start a stopped service
    #[command(after_help = "Example:\n  dbcloud ch service start web --wait")]
    Start {
        /// Service ID or exact name
        service: String,
        #[command(flatten)]
        wait: WaitArgs,
    },
    /// Stop a service
    #[command(after_help = "Example:\n  dbcloud ch service stop web --wait")]
    Stop {
        /// Service ID or exact name
        service: String,
        #[command(flatten)]
        wait: WaitArgs,
    },
    /// Wake an idle service (one idle scaling put to sleep); a stopped one needs `start`
    #[command(after_help = "Example:\n  dbcloud ch service awake web --wait")]
    Awake {
        /// Service ID or exact name
        service: String,
        #[command(flatten)]
        wait: WaitArgs,
    },
    /// Change a service's autoscaling: memory per replica, replicas, mode, idling
    #[command(after_help = "\
Examples:
  dbcloud ch service scale web --min-replica-memory-gb 16 --max-replica-memory-gb 64 --replicas 2 --wait
  dbcloud ch service scale web --autoscaling-mode horizontal --min-replicas 2 --max-replicas 8
  dbcloud ch service scale web --idle-scaling true --idle-timeout-minutes 10

Per-replica scaling is sent to PATCH .../replicaScaling. The total-memory flags (--min-memory-gb,
--max-memory-gb: the memory of three replicas) still work, through the API's deprecated PATCH .../scaling.
With --wait, dbcloud waits until the service runs with the new scaling (its currentScaling shows it).")]
    Scale(ScaleArgs),
    /// Set a new password for the default user of a service
    #[command(after_help = "\
Examples:
  printf %s \"$NEW_PASSWORD\" | dbcloud ch service reset-password web --password-stdin --yes
  dbcloud ch service reset-password web --password-file web.pw --yes   # a generated password, into a new file

With --password-stdin the password is hashed here (SHA-256, and double SHA-1 with --mysql) and only the
hashes are sent: the password itself never crosses the network.")]
    ResetPassword {
        /// Service ID or exact name
        service: String,
        /// Read the new password from stdin and send only its hashes
        #[arg(long, conflicts_with = "password_file")]
        password_stdin: bool,
        /// Also send the double SHA-1 hash the MySQL protocol needs (with --password-stdin)
        #[arg(long, requires = "password_stdin")]
        mysql: bool,
        /// Refuse a password that breaks ClickHouse Cloud's rules (12 characters, upper and lower case, a digit,
        /// a special character) instead of warning: only hashes are sent, so the service cannot check it
        #[arg(long, requires = "password_stdin")]
        strict_password: bool,
        /// Write the generated password to this new file (mode 0600) instead of showing it
        #[arg(long, value_name = "FILE")]
        password_file: Option<PathBuf>,
    },
    /// Print a service's Prometheus metrics, as the API sends them (text/plain)
    #[command(
        after_help = "Examples:\n  dbcloud ch service metrics web | grep ClickHouseMetrics_Query\n  dbcloud ch service metrics web --filtered"
    )]
    Metrics {
        /// Service ID or exact name
        service: String,
        /// Only the API's curated set of metrics
        #[arg(long)]
        filtered: bool,
    },
    /// How to connect: a `clickhouse client` command line (or a URL with --url), host and user filled in
    #[command(after_help = "\
Examples:
  dbcloud ch service connection-string web
  $(dbcloud ch service connection-string web)          # runs clickhouse client, which asks for the password
  dbcloud ch service connection-string web --url --user analyst")]
    ConnectionString {
        /// Service ID or exact name
        service: String,
        /// The database user [default: default]
        #[arg(long, default_value = "default", value_parser = crate::validate::name)]
        user: String,
        /// Print an HTTPS URL instead of a command line
        #[arg(long)]
        url: bool,
    },
    #[command(flatten)]
    Config(config::Command),
}

/// What a command takes from the user before anything is sent: a file for a secret, a password from stdin.
#[derive(Default)]
struct Prepared {
    password_file: Option<SecretFile>,
    hashes: PasswordHashes,
}

impl Command {
    /// Everything that can be refused without the API (values that do not go together, a confirmation not
    /// given, an existing --password-file, empty stdin) is refused first, so that a refusal sends nothing.
    fn prepare(&self, ctx: &Ctx) -> Result<Prepared> {
        let password_file = |path: &Option<PathBuf>| {
            path.as_deref()
                .map(|p| SecretFile::create(p, "--password-file"))
                .transpose()
        };
        match self {
            Command::Create(args) => {
                args.check()?;
                Ok(Prepared {
                    password_file: password_file(&args.password_file)?,
                    ..Prepared::default()
                })
            }
            Command::Scale(args) => {
                args.scaling.check()?;
                Ok(Prepared::default())
            }
            Command::Update(args) => {
                args.check()?;
                Ok(Prepared::default())
            }
            Command::Delete { service, .. } => {
                ctx.prompt.confirm(&format!("delete service {service}"))?;
                Ok(Prepared::default())
            }
            Command::ResetPassword {
                service,
                password_stdin,
                mysql,
                strict_password,
                password_file: path,
            } => {
                ctx.prompt
                    .confirm(&format!("reset the password of service {service}"))?;
                let password_file = password_file(path)?;
                let hashes = if *password_stdin {
                    let password = crate::prompt::read_stdin_secret("the new password")?;
                    if let Some(rule) = crate::validate::weak_password(&password) {
                        if *strict_password {
                            return Err(Error::usage(format!(
                                "the password from stdin is too weak: {rule} (--strict-password)"
                            )));
                        }
                        ctx.out.warn(&format!(
                            "the new password is weak: {rule}; only its hashes are sent, so nothing else \
                             can catch it (--strict-password refuses such a password)"
                        ));
                    }
                    PasswordHashes::of(&password, *mysql)
                } else {
                    PasswordHashes::default()
                };
                Ok(Prepared {
                    password_file,
                    hashes,
                })
            }
            Command::Config(command) => command.prepare(ctx).map(|()| Prepared::default()),
            _ => Ok(Prepared::default()),
        }
    }
}

pub async fn run(ctx: &Ctx, args: Args) -> Result<()> {
    let api = ctx.clickhouse()?;
    let prepared = args.command.prepare(ctx)?;
    let org = ctx.clickhouse_org().await?;
    match args.command {
        Command::List { list, tag } => {
            print_pages(ctx, api.services_tagged(&org, &tag), &list, COLUMNS).await
        }
        Command::Get { service } => {
            let service = find_service(ctx, &org, &service).await?;
            ctx.out.item(&service, DETAIL_COLUMNS)
        }
        Command::Create(args) => create(ctx, &org, *args, prepared).await,
        Command::Update(args) => update(ctx, &org, args).await,
        Command::Delete {
            service,
            force,
            wait,
        } => delete(ctx, &org, &service, force, &wait).await,
        Command::PrivateEndpointConfig { service } => {
            let id = service_id(ctx, &org, &service).await?;
            let config = api.service_private_endpoint_config(&org, &id).await?;
            ctx.out.item(
                &config,
                &[
                    Column::field("ENDPOINT SERVICE ID", "endpointServiceId"),
                    Column::field("PRIVATE DNS HOSTNAME", "privateDnsHostname"),
                ],
            )
        }
        Command::Start { service, wait } => {
            change_state(ctx, &org, &service, StateCommand::Start, &wait).await
        }
        Command::Stop { service, wait } => {
            change_state(ctx, &org, &service, StateCommand::Stop, &wait).await
        }
        Command::Awake { service, wait } => {
            change_state(ctx, &org, &service, StateCommand::Awake, &wait).await
        }
        Command::Scale(args) => scale(ctx, &org, args).await,
        Command::ResetPassword { service, .. } => {
            reset_password(ctx, &org, &service, prepared).await
        }
        Command::Metrics { service, filtered } => {
            let id = service_id(ctx, &org, &service).await?;
            ctx.out
                .text(&api.service_metrics(&org, &id, filtered).await?)
        }
        Command::ConnectionString { service, user, url } => {
            let service = find_service(ctx, &org, &service).await?;
            let shown =
                crate::connection::clickhouse(&to_json(&service)?, &user).ok_or_else(|| {
                    Error::Failed(format!(
                        "service {} has no endpoint yet (state {}): try again once it runs",
                        service.name, service.state
                    ))
                })?;
            match ctx.out.format() {
                Format::Table => ctx.out.text(
                    shown[if url { "url" } else { "command" }]
                        .as_str()
                        .unwrap_or_default(),
                ),
                _ => ctx.out.value(&shown),
            }
        }
        Command::Config(command) => config::run(ctx, &org, command).await,
    }
}

// ----------------------------------------------------------------------------------------------------------
// Commands
// ----------------------------------------------------------------------------------------------------------

async fn change_state(
    ctx: &Ctx,
    org: &str,
    reference: &str,
    command: StateCommand,
    wait: &WaitArgs,
) -> Result<()> {
    let api = ctx.clickhouse()?;
    let id = service_id(ctx, org, reference).await?;
    let what = format!("the state of service {reference}");
    let mut service =
        confirm::repeat(ctx, &what, || api.change_service_state(org, &id, command)).await?;
    let target = match command {
        StateCommand::Start => Target::Running,
        StateCommand::Stop => Target::Stopped,
        StateCommand::Awake => Target::Running,
    };
    ctx.out
        .status(&format!("Service {} is {}.", service.name, service.state));
    if wait.wait {
        let settings = wait::Settings::new(wait, CHANGE_TIMEOUT);
        service = wait_for(ctx, org, &id, reference, target, &settings).await?;
    }
    ctx.out.item(&service, COLUMNS)
}

/// Deletes a service: only a stopped one, unless `--force` stops it first.
async fn delete(ctx: &Ctx, org: &str, reference: &str, force: bool, wait: &WaitArgs) -> Result<()> {
    let api = ctx.clickhouse()?;
    let service = find_service(ctx, org, reference).await?;
    let id = service.id.clone();
    let settings = wait::Settings::new(wait, CHANGE_TIMEOUT);
    let state = service.state.as_str();
    let already_going = matches!(state, "terminating" | "softdeleting") || is_deleted(state);
    let deletable = matches!(state, "stopped" | "failed");
    if already_going {
        ctx.out.status(&format!(
            "Service {reference} is already being deleted ({state})."
        ));
    } else if !deletable && !force {
        return Err(Error::Conflict(format!(
            "service {reference} is {state}; only a stopped service can be deleted"
        ))
        .with_hint(format!(
            "stop it first with `dbcloud ch service stop {reference} --wait`, or pass --force to stop and delete it"
        )));
    } else {
        if !deletable {
            if matches!(state, "provisioning" | "starting" | "awaking") {
                // A service on its way up cannot be stopped yet.
                wait_for(ctx, org, &id, reference, Target::Running, &settings).await?;
            }
            if state != "stopping" {
                let what = format!("the state of service {reference}");
                confirm::repeat(ctx, &what, || {
                    api.change_service_state(org, &id, StateCommand::Stop)
                })
                .await?;
                ctx.out.status(&format!("Stopping service {reference}."));
            }
            wait_for(ctx, org, &id, reference, Target::Stopped, &settings).await?;
        }
        delete_stopped(ctx, org, &id, reference, &settings).await?;
    }
    if wait.wait {
        wait_gone(ctx, org, &id, reference, &settings).await?;
        ctx.out.status(&format!("Deleted service {reference}."));
    } else if !already_going {
        ctx.out.status(&format!(
            "Deleting service {reference}; it disappears shortly (use --wait to wait for it)."
        ));
    }
    Ok(())
}

/// Sends the DELETE. A service that has just stopped can still be refused with 409 for a while (NOTES.md), so
/// that answer is retried, for at most `DELETE_RETRY_WINDOW` (or the wait's deadline, if shorter).
async fn delete_stopped(
    ctx: &Ctx,
    org: &str,
    id: &str,
    reference: &str,
    settings: &wait::Settings,
) -> Result<()> {
    let api: &Api = ctx.clickhouse()?;
    let mut settings = settings.clone();
    settings.timeout = settings.timeout.min(DELETE_RETRY_WINDOW);
    let what = format!("service {reference} to accept deletion");
    let service = format!("service {reference}");
    let service = service.as_str();
    wait::until(&ctx.out, &settings, &what, || async move {
        match confirm::delete(ctx, service, || api.delete_service(org, id)).await {
            Ok(()) => Ok(Poll::Done(())),
            Err(e) if e.status() == Some(409) => {
                Ok(Poll::Pending("stopped, deletion refused for now".into()))
            }
            Err(e) => Err(e),
        }
    })
    .await
}

/// An answer with nothing to show in a table (the status line said it); JSON and YAML show it as it came.
fn print_result(ctx: &Ctx, result: &Value) -> Result<()> {
    if ctx.out.format() == Format::Table {
        Ok(())
    } else {
        ctx.out.value(result)
    }
}
