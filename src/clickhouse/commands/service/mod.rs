//! `dbcloud ch service`: services, their lifecycle, passwords and metrics.

mod password;
mod scale;
mod waiting;

use std::path::PathBuf;
use std::time::Duration;

use clap::Subcommand;
use serde_json::Value;

use super::{CloudProvider, ListArgs, Region, SecretFile, Tier, check_memory_range, print_list};
use crate::clickhouse::api::{
    Api, CreatedService, IpAccessEntry, NewService, PasswordHashes, ServicePatch, StateCommand,
};
use crate::clickhouse::{find_service, service_id};
use crate::context::Ctx;
use crate::error::{Error, Result};
use crate::output::to_json;
use crate::output::{Column, Format, ShownSecret, display, lookup};
use crate::wait::{self, Poll, WaitArgs};
use password::reset_password;
use scale::{ScaleArgs, ScalingArgs, scale};
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
        after_help = "Examples:\n  dbcloud ch service list\n  dbcloud ch service list --jq '.[] | select(.state == \"running\") | .name'"
    )]
    List(ListArgs),
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
  dbcloud ch service create --name web --provider gcp --region us-east1 --tier development --password-file web.pw --json")]
    Create(Box<CreateArgs>),
    /// Rename a service, or change its IP access list or private endpoints
    #[command(after_help = "\
Examples:
  dbcloud ch service update web --add-ip 198.51.100.7=ci --remove-ip 0.0.0.0/0
  dbcloud ch service update web --name web-prod")]
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
    /// Change a service's autoscaling: memory bounds, replicas, idling
    #[command(after_help = "\
Examples:
  dbcloud ch service scale web --min-memory-gb 48 --max-memory-gb 96 --wait
  dbcloud ch service scale web --idle-scaling true --idle-timeout-minutes 10")]
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
        /// Write the generated password to this new file (mode 0600) instead of showing it
        #[arg(long, value_name = "FILE")]
        password_file: Option<PathBuf>,
    },
    /// Print a service's Prometheus metrics, as the API sends them
    #[command(
        after_help = "Example:\n  dbcloud ch service metrics web | grep ClickHouseMetrics_Query"
    )]
    Metrics {
        /// Service ID or exact name
        service: String,
    },
}

#[derive(clap::Args, Debug)]
struct CreateArgs {
    /// Service name (up to 50 characters)
    #[arg(long, value_parser = super::service_name)]
    name: String,
    /// Cloud provider
    #[arg(long, value_enum, ignore_case = true)]
    provider: CloudProvider,
    /// Region of that provider
    #[arg(long, value_enum, ignore_case = true)]
    region: Region,
    /// Tier [default: the API's, production]
    #[arg(long, value_enum, ignore_case = true)]
    tier: Option<Tier>,
    /// Allow access from an IP address or CIDR range, with an optional description (repeatable)
    #[arg(long, value_name = "CIDR[=DESC]", value_parser = super::ip_entry)]
    ip_allow: Vec<IpAccessEntry>,
    #[command(flatten)]
    scaling: ScalingArgs,
    /// Create the service from this backup (same region and tier as its service)
    #[arg(long, value_name = "ID", value_parser = crate::validate::uuid)]
    backup_id: Option<String>,
    /// Customer-provided disk encryption key
    #[arg(long, value_name = "KEY")]
    encryption_key: Option<String>,
    /// Role to assume for disk encryption
    #[arg(long, value_name = "ROLE")]
    encryption_role: Option<String>,
    /// Attach a private endpoint (repeatable)
    #[arg(long, value_name = "ID", value_parser = crate::validate::name)]
    private_endpoint: Vec<String>,
    /// Accept the private preview terms (needed for the first service of an organization in private preview)
    #[arg(long)]
    accept_private_preview_terms: bool,
    /// Write the password to this new file (mode 0600) instead of showing it
    #[arg(long, value_name = "FILE")]
    password_file: Option<PathBuf>,
    #[command(flatten)]
    wait: WaitArgs,
}

#[derive(clap::Args, Debug)]
#[command(group = clap::ArgGroup::new("change").required(true).multiple(true))]
struct UpdateArgs {
    /// Service ID or exact name
    service: String,
    /// New name (up to 50 characters)
    #[arg(long, group = "change", value_parser = super::service_name)]
    name: Option<String>,
    /// Allow access from an IP address or CIDR range, with an optional description (repeatable)
    #[arg(long, group = "change", value_name = "CIDR[=DESC]", value_parser = super::ip_entry)]
    add_ip: Vec<IpAccessEntry>,
    /// Remove an IP address or CIDR range from the access list (repeatable; removed before adding)
    #[arg(long, group = "change", value_name = "CIDR", value_parser = crate::validate::ip_or_cidr)]
    remove_ip: Vec<String>,
    /// Attach a private endpoint (repeatable)
    #[arg(long, group = "change", value_name = "ID", value_parser = crate::validate::name)]
    add_private_endpoint: Vec<String>,
    /// Detach a private endpoint (repeatable)
    #[arg(long, group = "change", value_name = "ID", value_parser = crate::validate::name)]
    remove_private_endpoint: Vec<String>,
}

pub const COLUMNS: &[Column] = &[
    Column::field("NAME", "name"),
    Column::field("ID", "id"),
    Column::field("STATE", "state"),
    Column::field("PROVIDER", "provider"),
    Column::field("REGION", "region"),
    Column::field("TIER", "tier"),
    Column::computed("MEMORY", memory_range),
    Column::computed("HOST", https_host),
];

/// One service in detail: the list's columns and its scaling and access settings.
const DETAIL_COLUMNS: &[Column] = &[
    Column::field("NAME", "name"),
    Column::field("ID", "id"),
    Column::field("STATE", "state"),
    Column::field("PROVIDER", "provider"),
    Column::field("REGION", "region"),
    Column::field("TIER", "tier"),
    Column::computed("MEMORY", memory_range),
    Column::field("REPLICAS", "numReplicas"),
    Column::computed("IDLING", idling),
    Column::computed("HOST", https_host),
    Column::computed("IP ACCESS", ip_access),
    Column::field("PRIVATE ENDPOINTS", "privateEndpointIds"),
    Column::field("CREATED", "createdAt"),
];

/// "24-48 GiB" from the autoscaling bounds.
fn memory_range(service: &Value) -> String {
    let min = lookup(service, "minTotalMemoryGb").map(display);
    let max = lookup(service, "maxTotalMemoryGb").map(display);
    match (min, max) {
        (Some(min), Some(max)) if min == max => format!("{min} GiB"),
        (Some(min), Some(max)) => format!("{min}-{max} GiB"),
        (Some(one), None) | (None, Some(one)) => format!("{one} GiB"),
        (None, None) => String::new(),
    }
}

/// The HTTPS endpoint's host (the one clients and the SQL console use).
fn https_host(service: &Value) -> String {
    let endpoints = lookup(service, "endpoints").and_then(Value::as_array);
    endpoints
        .into_iter()
        .flatten()
        .find(|e| e.get("protocol").and_then(Value::as_str) == Some("https"))
        .or_else(|| endpoints.and_then(|e| e.first()))
        .and_then(|e| e.get("host"))
        .map(display)
        .unwrap_or_default()
}

/// "after 15 min" or "off".
fn idling(service: &Value) -> String {
    match lookup(service, "idleScaling").and_then(Value::as_bool) {
        Some(true) => match lookup(service, "idleTimeoutMinutes") {
            Some(t) => format!("after {} min", display(t)),
            None => "on".into(),
        },
        Some(false) => "off".into(),
        None => String::new(),
    }
}

/// "0.0.0.0/0 (anywhere), 10.0.0.0/8".
fn ip_access(service: &Value) -> String {
    lookup(service, "ipAccessList")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .map(|e| {
            let source = e.get("source").map(display).unwrap_or_default();
            match e.get("description").map(display).filter(|d| !d.is_empty()) {
                Some(d) => format!("{source} ({d})"),
                None => source,
            }
        })
        .collect::<Vec<_>>()
        .join(", ")
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
                args.region.check_provider(args.provider)?;
                check_memory_range(args.scaling.min_memory_gb, args.scaling.max_memory_gb)?;
                let memory =
                    args.scaling.min_memory_gb.is_some() || args.scaling.max_memory_gb.is_some();
                if args.tier == Some(Tier::Development) && memory {
                    return Err(Error::usage(
                        "--min-memory-gb and --max-memory-gb apply to production services; development services have a fixed size",
                    ));
                }
                Ok(Prepared {
                    password_file: password_file(&args.password_file)?,
                    ..Prepared::default()
                })
            }
            Command::Scale(args) => {
                check_memory_range(args.scaling.min_memory_gb, args.scaling.max_memory_gb)?;
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
                password_file: path,
            } => {
                ctx.prompt
                    .confirm(&format!("reset the password of service {service}"))?;
                let password_file = password_file(path)?;
                let hashes = if *password_stdin {
                    let password = crate::prompt::read_stdin_secret("the new password")?;
                    PasswordHashes::of(&password, *mysql)
                } else {
                    PasswordHashes::default()
                };
                Ok(Prepared {
                    password_file,
                    hashes,
                })
            }
            _ => Ok(Prepared::default()),
        }
    }
}

pub async fn run(ctx: &Ctx, args: Args) -> Result<()> {
    let api = ctx.clickhouse()?;
    let prepared = args.command.prepare(ctx)?;
    let org = ctx.clickhouse_org().await?;
    match args.command {
        Command::List(list) => print_list(ctx, &api.services(&org).await?, &list, COLUMNS),
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
        Command::Scale(args) => scale(ctx, &org, args).await,
        Command::ResetPassword { service, .. } => {
            reset_password(ctx, &org, &service, prepared).await
        }
        Command::Metrics { service } => {
            let id = service_id(ctx, &org, &service).await?;
            ctx.out.text(&api.service_metrics(&org, &id).await?)
        }
    }
}

// ----------------------------------------------------------------------------------------------------------
// Commands
// ----------------------------------------------------------------------------------------------------------

async fn create(ctx: &Ctx, org: &str, args: CreateArgs, prepared: Prepared) -> Result<()> {
    let spec = NewService {
        name: args.name.clone(),
        provider: args.provider.as_str().to_string(),
        region: args.region.as_str().to_string(),
        tier: args.tier.map(|t| t.as_str().to_string()),
        ip_access_list: args.ip_allow,
        scaling: args.scaling.to_scaling(),
        backup_id: args.backup_id.clone(),
        encryption_key: args.encryption_key,
        encryption_assumed_role_identifier: args.encryption_role,
        private_endpoint_ids: args.private_endpoint,
        private_preview_terms_checked: args.accept_private_preview_terms.then_some(true),
    };
    if spec.ip_access_list.is_empty() {
        ctx.out.warn(
            "no --ip-allow given: the service accepts connections from nowhere until you add an address with `dbcloud ch service update --add-ip`",
        );
    }

    let api = ctx.clickhouse()?;
    let mut created = api.create_service(org, &spec).await?;
    ctx.out.status(&format!(
        "Created service {} ({}).",
        created.service.name, created.service.id
    ));
    let password_file = match (prepared.password_file, created.password.take()) {
        (Some(file), Some(password)) => {
            let path = file.path().display().to_string();
            file.write(&password)?;
            ctx.out.status(&format!("Password written to {path}."));
            None
        }
        (Some(_), None) => {
            ctx.out
                .warn("the API returned no password for the new service");
            None
        }
        (None, password) => password,
    };
    created.password = password_file;

    if args.wait.wait {
        let default = if args.backup_id.is_some() {
            RESTORE_TIMEOUT
        } else {
            CREATE_TIMEOUT
        };
        let settings = wait::Settings::new(&args.wait, default);
        let id = created.service.id.clone();
        match wait_for(ctx, org, &id, &args.name, Target::Running, &settings).await {
            Ok(service) => created.service = service,
            Err(e) => {
                // The password exists only in this process: show it even though the wait failed.
                print_created(ctx, &created)?;
                return Err(e);
            }
        }
    }
    print_created(ctx, &created)
}

/// The new service, with its password when it was not written to a file.
fn print_created(ctx: &Ctx, created: &CreatedService) -> Result<()> {
    let service = to_json(&created.service)?;
    match &created.password {
        Some(password) => ctx.out.item_with_secrets(
            &service,
            COLUMNS,
            &[ShownSecret {
                header: "PASSWORD",
                field: "password",
                value: password,
            }],
            &to_json(created)?,
            "the password of the default user",
            "or use --password-file next time",
        ),
        None if ctx.out.format() == Format::Table => ctx.out.item(&service, COLUMNS),
        None => ctx.out.value(&to_json(created)?),
    }
}

async fn update(ctx: &Ctx, org: &str, args: UpdateArgs) -> Result<()> {
    let mut patch = ServicePatch {
        name: args.name,
        ..ServicePatch::default()
    };
    patch.ip_access_list.add = args.add_ip;
    patch.ip_access_list.remove = args
        .remove_ip
        .into_iter()
        .map(|source| IpAccessEntry {
            source,
            description: None,
        })
        .collect();
    patch.private_endpoint_ids.add = args.add_private_endpoint;
    patch.private_endpoint_ids.remove = args.remove_private_endpoint;
    let id = service_id(ctx, org, &args.service).await?;
    let service = ctx.clickhouse()?.update_service(org, &id, &patch).await?;
    ctx.out
        .status(&format!("Updated service {}.", service.name));
    ctx.out.item(&service, DETAIL_COLUMNS)
}

async fn change_state(
    ctx: &Ctx,
    org: &str,
    reference: &str,
    command: StateCommand,
    wait: &WaitArgs,
) -> Result<()> {
    let api = ctx.clickhouse()?;
    let id = service_id(ctx, org, reference).await?;
    let mut service = api.change_service_state(org, &id, command).await?;
    let target = match command {
        StateCommand::Start => Target::Running,
        StateCommand::Stop => Target::Stopped,
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
                api.change_service_state(org, &id, StateCommand::Stop)
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
    wait::until(&ctx.out, &settings, &what, || async move {
        match api.delete_service(org, id).await {
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn computed_columns() {
        let s = serde_json::json!({
            "minTotalMemoryGb": 24, "maxTotalMemoryGb": 48,
            "endpoints": [{"protocol": "nativesecure", "host": "n.example", "port": 9440},
                          {"protocol": "https", "host": "h.example", "port": 8443}],
            "idleScaling": true, "idleTimeoutMinutes": 15,
            "ipAccessList": [{"source": "0.0.0.0/0", "description": "anywhere"}, {"source": "10.0.0.0/8"}]
        });
        assert_eq!(memory_range(&s), "24-48 GiB");
        assert_eq!(https_host(&s), "h.example");
        assert_eq!(idling(&s), "after 15 min");
        assert_eq!(ip_access(&s), "0.0.0.0/0 (anywhere), 10.0.0.0/8");
        assert_eq!(memory_range(&serde_json::json!({})), "");
    }
}
