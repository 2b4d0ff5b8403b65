//! `dbcloud ch clickpipe`: ClickPipes of a service. Pipe documents are deep (a source of one of eight kinds,
//! a destination, field mappings, settings), so create, update and schema discovery take them from a file
//! (`--file`, JSON or YAML), checked against the spec before anything is sent; settings, scaling, state and
//! reverse private endpoints take flags.

mod endpoint;
mod settings;

use std::time::Duration;

use clap::Subcommand;
use serde_json::Value;

use super::{ListArgs, print_pages};
use crate::clickhouse::api::{ClickPipe, PipeCommand};
use crate::clickhouse::{Named, as_uuid, resolve, resolve_id, service_id};
use crate::confirm;
use crate::context::Ctx;
use crate::document::{self, FileArg};
use crate::error::{ExitCode, Result};
use crate::output::{Column, Format};
use crate::provider::Provider;
use crate::wait::{self, Poll, WaitArgs};

/// Provisioning a pipe (and its initial load) takes minutes.
const CREATE_TIMEOUT: Duration = Duration::from_secs(30 * 60);
/// Start, stop and resync.
const CHANGE_TIMEOUT: Duration = Duration::from_secs(20 * 60);

#[derive(clap::Args, Debug)]
pub struct Args {
    #[command(subcommand)]
    command: Command,
}

/// `--service`: the service the pipes belong to.
#[derive(clap::Args, Debug, Clone)]
pub(crate) struct ServiceArg {
    /// Service ID or exact name
    #[arg(long, short = 's', value_name = "SERVICE")]
    pub service: String,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// List a service's ClickPipes
    #[command(after_help = "\
Examples:
  dbcloud ch clickpipe list --service web
  dbcloud ch clickpipe list --service web --jq '.[] | select(.state != \"Running\") | .name'")]
    List {
        #[command(flatten)]
        service: ServiceArg,
        #[command(flatten)]
        list: ListArgs,
    },
    /// Show a ClickPipe
    #[command(after_help = "Example:\n  dbcloud ch clickpipe get events --service web")]
    Get {
        /// ClickPipe ID or exact name
        pipe: String,
        #[command(flatten)]
        service: ServiceArg,
    },
    /// Create a ClickPipe from a document (its source, destination, field mappings, settings)
    #[command(after_help = "\
Examples:
  dbcloud ch clickpipe create --service web --file docs/examples/clickpipe-kafka.yaml --wait
  dbcloud ch clickpipe create --service web --file pipe.json

The document is a ClickPipePostRequest of the API: one source (kafka, objectStorage, kinesis, pubsub,
postgres, mysql, mongodb or bigquery), a destination, and optional fieldMappings, scaling and settings.
docs/examples/clickpipe-*.yaml has one per source kind. Credentials (passwords, keys, service account
files) belong in the document, never on the command line: keep the file private, or pipe it in with
--file -. They are never shown by -v.")]
    Create {
        #[command(flatten)]
        service: ServiceArg,
        #[command(flatten)]
        file: FileArg,
        #[command(flatten)]
        wait: WaitArgs,
    },
    /// Change a ClickPipe from a document (name, source credentials and tables, destination columns, ...)
    #[command(after_help = "\
Examples:
  dbcloud ch clickpipe update events --service web --file docs/examples/clickpipe-update.yaml
  printf 'name: events-v2\\n' | dbcloud ch clickpipe update events --service web --file -

The document is a ClickPipePatchRequest of the API; fields it leaves out are not changed. New
credentials belong in the document, never on the command line.")]
    Update {
        /// ClickPipe ID or exact name
        pipe: String,
        #[command(flatten)]
        service: ServiceArg,
        #[command(flatten)]
        file: FileArg,
    },
    /// Delete a ClickPipe (the destination table and its data are kept)
    #[command(after_help = "Example:\n  dbcloud ch clickpipe delete events --service web --yes")]
    Delete {
        /// ClickPipe ID or exact name
        pipe: String,
        #[command(flatten)]
        service: ServiceArg,
    },
    /// Start a stopped ClickPipe
    #[command(after_help = "Example:\n  dbcloud ch clickpipe start events --service web --wait")]
    Start(StateArgs),
    /// Stop a ClickPipe
    #[command(after_help = "Example:\n  dbcloud ch clickpipe stop events --service web --wait")]
    Stop(StateArgs),
    /// Resync a database (CDC) ClickPipe: load its tables again from the source, then replicate
    #[command(
        after_help = "Example:\n  dbcloud ch clickpipe resync orders-cdc --service web --wait"
    )]
    Resync(StateArgs),
    /// Change a ClickPipe's replicas and their size
    #[command(after_help = "\
Examples:
  dbcloud ch clickpipe scale events --service web --replicas 4
  dbcloud ch clickpipe scale events --service web --replica-cpu-millicores 1000 --replica-memory-gb 4")]
    Scale(settings::ScaleArgs),
    /// A ClickPipe's settings: show them, or change some
    Settings(settings::SettingsArgs),
    /// Find the schema of a streaming source (Kafka, Kinesis) before creating a pipe from it
    #[command(after_help = "\
Examples:
  dbcloud ch clickpipe discover --service web --file docs/examples/clickpipe-discover.yaml
  dbcloud ch clickpipe discover --service web --file source.json --jq '.fields[].name'

The document is a ClickPipeSchemaDiscoveryRequest of the API: {source: {kafka: ...}} or
{source: {kinesis: ...}}, as in a create document. Credentials belong in the document.")]
    Discover {
        #[command(flatten)]
        service: ServiceArg,
        #[command(flatten)]
        file: FileArg,
    },
    /// The size of the replicas that run a service's database (CDC) ClickPipes
    CdcScaling(settings::CdcScalingArgs),
    /// Reverse private endpoints: private connections from ClickPipes to sources in your network
    ReverseEndpoint(endpoint::Args),
}

#[derive(clap::Args, Debug)]
struct StateArgs {
    /// ClickPipe ID or exact name
    pipe: String,
    #[command(flatten)]
    service: ServiceArg,
    #[command(flatten)]
    wait: WaitArgs,
}

/// The kinds of source a pipe document can have, as the spec names them.
const SOURCE_KINDS: [&str; 8] = [
    "kafka",
    "objectStorage",
    "kinesis",
    "pubsub",
    "postgres",
    "mysql",
    "bigquery",
    "mongodb",
];

/// "kafka (confluent)", "postgres", "objectStorage (s3)": the pipe's source kind and its flavour.
fn source(pipe: &Value) -> String {
    let Some(source) = pipe.get("source") else {
        return String::new();
    };
    SOURCE_KINDS
        .iter()
        .find_map(|kind| {
            let s = source.get(*kind).filter(|s| s.is_object())?;
            Some(match s.get("type").and_then(Value::as_str) {
                Some(flavour) if flavour != *kind => format!("{kind} ({flavour})"),
                _ => kind.to_string(),
            })
        })
        .unwrap_or_default()
}

/// `database.table`, or the database alone (database CDC pipes map many tables).
fn destination(pipe: &Value) -> String {
    let d = &pipe["destination"];
    match (d["database"].as_str(), d["table"].as_str()) {
        (Some(db), Some(table)) => format!("{db}.{table}"),
        (Some(db), None) => db.to_string(),
        (None, Some(table)) => table.to_string(),
        (None, None) => String::new(),
    }
}

const COLUMNS: &[Column] = &[
    Column::field("NAME", "name"),
    Column::field("ID", "id"),
    Column::field("STATE", "state"),
    Column::computed("SOURCE", source),
    Column::computed("DESTINATION", destination),
    Column::field("REPLICAS", "scaling.replicas"),
    Column::field("CREATED", "createdAt"),
];

const DETAIL_COLUMNS: &[Column] = &[
    Column::field("NAME", "name"),
    Column::field("ID", "id"),
    Column::field("SERVICE ID", "serviceId"),
    Column::field("STATE", "state"),
    Column::computed("SOURCE", source),
    Column::computed("DESTINATION", destination),
    Column::field("REPLICAS", "scaling.replicas"),
    Column::field(
        "CPU PER REPLICA (MILLICORES)",
        "scaling.replicaCpuMillicores",
    ),
    Column::field("MEMORY PER REPLICA (GB)", "scaling.replicaMemoryGb"),
    Column::field("CREATED", "createdAt"),
    Column::field("UPDATED", "updatedAt"),
];

impl Named for ClickPipe {
    const KIND: &'static str = "ClickPipe";
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

/// A pipe by ID, or by exact name.
async fn find_pipe(ctx: &Ctx, org: &str, service: &str, reference: &str) -> Result<ClickPipe> {
    let api = ctx.clickhouse()?;
    let id = as_uuid(reference);
    resolve(
        reference,
        id.is_some(),
        api.clickpipe(org, service, id.as_deref().unwrap_or(reference)),
        api.clickpipes(org, service),
    )
    .await
}

/// The ID of the pipe `reference` names, without a request when it is an ID already.
async fn pipe_id(ctx: &Ctx, org: &str, service: &str, reference: &str) -> Result<String> {
    resolve_id(reference, ctx.clickhouse()?.clickpipes(org, service)).await
}

impl Command {
    /// What can be refused before anything is sent: a document that is not what the API takes, a deletion
    /// not confirmed, settings that are not the spec's.
    fn prepare(&self, ctx: &Ctx) -> Result<Option<Value>> {
        let body = |operation: &str, file: &FileArg| {
            document::read_body(Provider::ClickHouse, operation, file).map(Some)
        };
        match self {
            Command::Create { file, .. } => body("clickPipeCreate", file),
            Command::Update { file, .. } => body("clickPipeUpdate", file),
            Command::Discover { file, .. } => body("clickPipeSchemaDiscovery", file),
            Command::Delete { pipe, .. } => {
                ctx.prompt.confirm(&format!("delete ClickPipe {pipe}"))?;
                Ok(None)
            }
            Command::ReverseEndpoint(args) => {
                args.prepare(ctx)?;
                Ok(None)
            }
            _ => Ok(None),
        }
    }
}

pub async fn run(ctx: &Ctx, args: Args) -> Result<()> {
    let body = args.command.prepare(ctx)?.unwrap_or(Value::Null);
    let api = ctx.clickhouse()?;
    let org = ctx.clickhouse_org().await?;
    let org = org.as_str();
    match args.command {
        Command::List { service, list } => {
            let service = service_id(ctx, org, &service.service).await?;
            print_pages(ctx, api.clickpipes(org, &service), &list, COLUMNS).await
        }
        Command::Get { pipe, service } => {
            let service = service_id(ctx, org, &service.service).await?;
            let pipe = find_pipe(ctx, org, &service, &pipe).await?;
            ctx.out.item(&pipe, DETAIL_COLUMNS)
        }
        Command::Create {
            service,
            file: _,
            wait,
        } => {
            let service = service_id(ctx, org, &service.service).await?;
            let since = std::time::SystemTime::now();
            let name = body["name"].as_str().unwrap_or_default().to_string();
            let what = format!("ClickPipe {name}");
            let mut pipe = confirm::write(
                ctx,
                &what,
                || api.create_clickpipe(org, &service, body.clone()),
                || async {
                    let all = api.clickpipes(org, &service).await?;
                    confirm::created(all, "name", &name, since, &what)
                },
            )
            .await?
            .into_inner();
            ctx.out.status(&format!(
                "Created ClickPipe {} ({}); it is {}.",
                pipe.name, pipe.id, pipe.state
            ));
            if wait.wait {
                let settings = wait::Settings::new(&wait, CREATE_TIMEOUT);
                let reference = pipe.name.clone();
                pipe = wait_for(
                    ctx,
                    org,
                    &service,
                    &pipe.id,
                    &reference,
                    Target::Running,
                    &settings,
                )
                .await?;
            }
            ctx.out.item(&pipe, DETAIL_COLUMNS)
        }
        Command::Update { pipe, service, .. } => {
            let service = service_id(ctx, org, &service.service).await?;
            let id = pipe_id(ctx, org, &service, &pipe).await?;
            let what = format!("ClickPipe {pipe}");
            let pipe = confirm::repeat(ctx, &what, || {
                api.update_clickpipe(org, &service, &id, body.clone())
            })
            .await?;
            ctx.out.status(&format!("Updated ClickPipe {}.", pipe.name));
            ctx.out.item(&pipe, DETAIL_COLUMNS)
        }
        Command::Delete { pipe, service } => {
            let service = service_id(ctx, org, &service.service).await?;
            let id = pipe_id(ctx, org, &service, &pipe).await?;
            let what = format!("ClickPipe {pipe}");
            confirm::delete(ctx, &what, || api.delete_clickpipe(org, &service, &id)).await?;
            ctx.out.status(&format!("Deleted ClickPipe {pipe}."));
            Ok(())
        }
        Command::Start(args) => change_state(ctx, org, args, PipeCommand::Start).await,
        Command::Stop(args) => change_state(ctx, org, args, PipeCommand::Stop).await,
        Command::Resync(args) => change_state(ctx, org, args, PipeCommand::Resync).await,
        Command::Scale(args) => settings::scale(ctx, org, args).await,
        Command::Settings(args) => settings::settings(ctx, org, args).await,
        Command::Discover { service, .. } => {
            let service = service_id(ctx, org, &service.service).await?;
            // A question, not a change: asked again when its answer is lost.
            let schema = confirm::repeat(ctx, "the schema discovery", || {
                api.discover_clickpipe_schema(org, &service, body.clone())
            })
            .await?;
            print_schema(ctx, &Value::Object(schema))
        }
        Command::CdcScaling(args) => settings::cdc_scaling(ctx, org, args).await,
        Command::ReverseEndpoint(args) => endpoint::run(ctx, org, args).await,
    }
}

/// A discovered schema: its fields as a table, or the API's answer as it came.
fn print_schema(ctx: &Ctx, schema: &Value) -> Result<()> {
    if ctx.out.format() != Format::Table {
        return ctx.out.value(schema);
    }
    let fields = schema["fields"].as_array().cloned().unwrap_or_default();
    ctx.out.list(
        &fields,
        &[
            Column::field("NAME", "name"),
            Column::field("TYPE", "type"),
            Column::field("OPTIONAL", "optional"),
        ],
    )
}

async fn change_state(ctx: &Ctx, org: &str, args: StateArgs, command: PipeCommand) -> Result<()> {
    let api = ctx.clickhouse()?;
    let service = service_id(ctx, org, &args.service.service).await?;
    let id = pipe_id(ctx, org, &service, &args.pipe).await?;
    let what = format!("the state of ClickPipe {}", args.pipe);
    // Read back by the state it sets: a repeat during the transition would be refused (409).
    let states: &[&str] = match command {
        PipeCommand::Start => &["Provisioning", "Running"],
        PipeCommand::Stop => &["Stopping", "Stopped"],
        PipeCommand::Resync => &["Resync"],
    };
    let mut pipe = confirm::write(
        ctx,
        &what,
        || api.change_clickpipe_state(org, &service, &id, command),
        || async {
            let pipe = api.clickpipe(org, &service, &id).await?;
            Ok(states.contains(&pipe.state.as_str()).then_some(pipe))
        },
    )
    .await?
    .into_inner();
    ctx.out
        .status(&format!("ClickPipe {} is {}.", pipe.name, pipe.state));
    if args.wait.wait {
        let target = match command {
            PipeCommand::Stop => Target::Stopped,
            PipeCommand::Start | PipeCommand::Resync => Target::Running,
        };
        let settings = wait::Settings::new(&args.wait, CHANGE_TIMEOUT);
        pipe = wait_for(ctx, org, &service, &id, &args.pipe, target, &settings).await?;
    }
    ctx.out.item(&pipe, DETAIL_COLUMNS)
}

// ----------------------------------------------------------------------------------------------------------
// Waiting
// ----------------------------------------------------------------------------------------------------------

#[derive(Clone, Copy, Debug)]
enum Target {
    /// Running, or Completed (a one-time load that has finished).
    Running,
    Stopped,
}

/// States from which a pipe does not get to any target by itself.
fn is_failed(state: &str) -> bool {
    matches!(state, "Failed" | "InternalError")
}

fn classify(pipe: ClickPipe, target: Target) -> Poll<ClickPipe> {
    let reached = match target {
        Target::Running => matches!(pipe.state.as_str(), "Running" | "Completed"),
        Target::Stopped => pipe.state == "Stopped",
    };
    if reached {
        Poll::Done(pipe)
    } else if is_failed(&pipe.state) {
        Poll::Failed(pipe.state)
    } else {
        Poll::Pending(pipe.state)
    }
}

async fn wait_for(
    ctx: &Ctx,
    org: &str,
    service: &str,
    id: &str,
    reference: &str,
    target: Target,
    settings: &wait::Settings,
) -> Result<ClickPipe> {
    let api = ctx.clickhouse()?;
    let what = match target {
        Target::Running => format!("ClickPipe {reference} to be running"),
        Target::Stopped => format!("ClickPipe {reference} to be stopped"),
    };
    wait::until(&ctx.out, settings, &what, || async move {
        Ok(classify(api.clickpipe(org, service, id).await?, target))
    })
    .await
}

/// Whether an error says the resource is gone (for waits on deletion).
fn is_gone(e: &crate::error::Error) -> bool {
    e.exit_code() == ExitCode::NotFound
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn pipe(state: &str) -> ClickPipe {
        ClickPipe {
            id: "i".into(),
            name: "n".into(),
            state: state.into(),
            extra: Default::default(),
        }
    }

    #[test]
    fn targets() {
        assert!(matches!(
            classify(pipe("Running"), Target::Running),
            Poll::Done(_)
        ));
        assert!(matches!(
            classify(pipe("Completed"), Target::Running),
            Poll::Done(_)
        ));
        assert!(matches!(
            classify(pipe("Provisioning"), Target::Running),
            Poll::Pending(_)
        ));
        assert!(matches!(
            classify(pipe("InternalError"), Target::Running),
            Poll::Failed(_)
        ));
        assert!(matches!(
            classify(pipe("Stopping"), Target::Stopped),
            Poll::Pending(_)
        ));
    }

    #[test]
    fn sources_and_destinations() {
        let p = json!({"source": {"kafka": {"type": "confluent"}, "postgres": null},
                       "destination": {"database": "default", "table": "events"}});
        assert_eq!(source(&p), "kafka (confluent)");
        assert_eq!(destination(&p), "default.events");
        let p = json!({"source": {"postgres": {"host": "db"}}, "destination": {"database": "pg"}});
        assert_eq!(source(&p), "postgres");
        assert_eq!(destination(&p), "pg");
        assert_eq!(source(&json!({})), "");
    }
}
