//! `dbcloud ch clickstack KIND VERB`: a service's ClickStack dashboards, alerts, sources, webhooks, roles and
//! saved searches. The six kinds share one implementation: the same verbs (list, get, create, update, delete;
//! dashboards also validate), the same `--service`, objects named by ID or exact name, and documents from
//! `--file` checked against the API's schema before they are sent. (The API reads webhooks only as a list;
//! `webhook get` finds the one in it.) Each kind's command is built from the shared verbs with its own words
//! and examples (`kind_command`).

mod columns;
mod server_fields;

use clap::{ArgMatches, Command, FromArgMatches, Subcommand};
use serde_json::Value;

use super::{ListArgs, print_pages};
use crate::clickhouse::api::{StackKind, StackObject};
use crate::clickhouse::service_id;
use crate::confirm;
use crate::context::Ctx;
use crate::document::{self, FileArg};
use crate::error::{Error, Result};
use crate::output::{Column, Format};
use crate::provider::Provider;

const KINDS: [StackKind; 6] = [
    StackKind::Dashboard,
    StackKind::Alert,
    StackKind::Source,
    StackKind::Webhook,
    StackKind::Role,
    StackKind::SavedSearch,
];

/// The kind and what to do with it.
#[derive(Debug)]
pub struct Args {
    kind: StackKind,
    verb: Verb,
}

/// The verbs every kind shares (each kind's command keeps those it has: see `kind_command`).
#[derive(Subcommand, Debug)]
enum Verb {
    List {
        #[command(flatten)]
        service: ServiceArg,
        #[command(flatten)]
        list: ListArgs,
    },
    Get {
        #[arg(value_parser = crate::validate::name)]
        object: String,
        #[command(flatten)]
        service: ServiceArg,
    },
    Create {
        #[command(flatten)]
        service: ServiceArg,
        #[command(flatten)]
        file: FileArg,
    },
    Update {
        #[arg(value_parser = crate::validate::name)]
        object: String,
        #[command(flatten)]
        service: ServiceArg,
        #[command(flatten)]
        file: FileArg,
    },
    Delete {
        #[arg(value_parser = crate::validate::name)]
        object: String,
        #[command(flatten)]
        service: ServiceArg,
    },
    Validate {
        #[command(flatten)]
        service: ServiceArg,
        #[command(flatten)]
        file: FileArg,
    },
}

#[derive(clap::Args, Debug)]
struct ServiceArg {
    /// Service ID or exact name
    #[arg(long, short = 's', value_name = "SERVICE")]
    service: String,
}

/// The kind's subcommand name.
fn command_name(kind: StackKind) -> &'static str {
    match kind {
        StackKind::SavedSearch => "saved-search",
        other => other.noun(),
    }
}

/// An object of the kind, as users see it in examples.
fn example(kind: StackKind) -> &'static str {
    match kind {
        StackKind::Dashboard => "\"Service Overview\"",
        StackKind::Alert => "\"High error rate\"",
        StackKind::Source => "Logs",
        StackKind::Webhook => "ops-slack",
        StackKind::Role => "\"Deploy Bot\"",
        StackKind::SavedSearch => "\"Production Errors\"",
    }
}

fn kind_about(kind: StackKind) -> &'static str {
    match kind {
        StackKind::Dashboard => {
            "Dashboards: tiles of charts, searches and notes over the service's data"
        }
        StackKind::Alert => {
            "Alerts on a dashboard tile or a saved search, sent to a webhook or by e-mail"
        }
        StackKind::Source => {
            "Sources: the tables of logs, traces, metrics and sessions ClickStack reads"
        }
        StackKind::Webhook => "Webhooks alerts are sent to (Slack, incident.io, any URL)",
        StackKind::Role => "ClickStack roles: what their members may do in ClickStack",
        StackKind::SavedSearch => "Saved searches of a source",
    }
}

/// One kind's command: the shared verbs it has, in its own words, each with examples.
fn kind_command(kind: StackKind) -> Command {
    let name = command_name(kind);
    let noun = kind.noun();
    let nouns = match kind {
        StackKind::SavedSearch => "saved searches".to_string(),
        other => format!("{}s", other.noun()),
    };
    let upper = match kind {
        StackKind::Dashboard => "DASHBOARD",
        StackKind::Alert => "ALERT",
        StackKind::Source => "SOURCE",
        StackKind::Webhook => "WEBHOOK",
        StackKind::Role => "ROLE",
        StackKind::SavedSearch => "SAVED_SEARCH",
    };
    let object = example(kind);
    let file = format!("docs/examples/clickstack-{name}.yaml");
    let base = format!("dbcloud ch clickstack {name}");
    let verbs = Verb::augment_subcommands(Command::new(name));
    let mut cmd = Command::new(name)
        .about(kind_about(kind))
        .subcommand_required(true)
        .arg_required_else_help(true);
    for verb in verbs.get_subcommands() {
        let (about, examples) = match verb.get_name() {
            "list" => (
                format!("List the service's {nouns}"),
                format!("{base} list --service web\n  {base} list --service web --jq '.[].name'"),
            ),
            "get" => (
                if kind.has_get() {
                    format!("Show a {noun}")
                } else {
                    format!("Show a {noun} (found in the list: the API reads {nouns} only as a list)")
                },
                format!(
                    "{base} get {object} --service web\n  \
                     {base} get {object} --service web -o yaml > {name}.yaml   # edit, then update"
                ),
            ),
            "create" => (
                format!("Create a {noun} from a JSON or YAML document"),
                format!(
                    "{base} create --service web --file {file}\n  \
                     cat {name}.json | {base} create --service web --file -"
                ),
            ),
            "update" => (
                format!("Replace a {noun} with a JSON or YAML document (fields it leaves out are removed)"),
                format!("{base} update {object} --service web --file {name}.yaml"),
            ),
            "delete" => (
                format!("Delete a {noun}"),
                format!("{base} delete {object} --service web --yes"),
            ),
            "validate" if kind == StackKind::Dashboard => (
                "Check a dashboard document with the service without saving it (exit 1 when it finds problems)"
                    .to_string(),
                format!("{base} validate --service web --file {file}"),
            ),
            _ => continue,
        };
        let mut verb = verb
            .clone()
            .about(about)
            .after_help(format!("Examples:\n  {examples}"));
        if verb.get_arguments().any(|a| a.get_id() == "object") {
            verb = verb.mut_arg("object", |a| {
                a.value_name(upper)
                    .help(format!("{} ID or exact name", capitalize(noun)))
            });
        }
        cmd = cmd.subcommand(verb);
    }
    cmd
}

fn capitalize(s: &str) -> String {
    let mut chars = s.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().collect::<String>() + chars.as_str())
        .unwrap_or_default()
}

impl FromArgMatches for Args {
    fn from_arg_matches(matches: &ArgMatches) -> std::result::Result<Self, clap::Error> {
        let (name, sub) = matches
            .subcommand()
            .ok_or_else(|| clap::Error::new(clap::error::ErrorKind::MissingSubcommand))?;
        let kind = KINDS
            .into_iter()
            .find(|k| command_name(*k) == name)
            .ok_or_else(|| clap::Error::new(clap::error::ErrorKind::InvalidSubcommand))?;
        Ok(Args {
            kind,
            verb: Verb::from_arg_matches(sub)?,
        })
    }

    fn update_from_arg_matches(
        &mut self,
        matches: &ArgMatches,
    ) -> std::result::Result<(), clap::Error> {
        *self = Args::from_arg_matches(matches)?;
        Ok(())
    }
}

impl clap::Args for Args {
    fn augment_args(cmd: Command) -> Command {
        cmd.subcommand_required(true)
            .arg_required_else_help(true)
            .subcommands(KINDS.map(kind_command))
    }

    fn augment_args_for_update(cmd: Command) -> Command {
        Args::augment_args(cmd)
    }
}

pub async fn run(ctx: &Ctx, args: Args) -> Result<()> {
    let kind = args.kind;
    let noun = kind.noun();
    if let Verb::Delete { object, .. } = &args.verb {
        ctx.prompt.confirm(&format!("delete {noun} {object}"))?;
    }
    // Documents are read and checked before anything is sent.
    let document = match &args.verb {
        Verb::Create { file, .. } => {
            let create = kind.create_operation();
            Some(read_document(ctx, file, &create, &create)?)
        }
        Verb::Update { file, .. } => {
            let update = kind.update_operation();
            Some(read_document(ctx, file, &update, &update)?)
        }
        // What a dashboard's answers have, as `get` shows them.
        Verb::Validate { file, .. } => Some(read_document(
            ctx,
            file,
            "clickStackValidateDashboard",
            &kind.create_operation(),
        )?),
        _ => None,
    };
    let api = ctx.clickhouse()?;
    let org = ctx.clickhouse_org().await?;
    let columns = columns::of(kind);
    match args.verb {
        Verb::List { service, list } => {
            let service = service_id(ctx, &org, &service.service).await?;
            print_pages(ctx, api.stack_objects(&org, &service, kind), &list, columns).await
        }
        Verb::Get { object, service } => {
            let service = service_id(ctx, &org, &service.service).await?;
            let found = find(ctx, &org, &service, kind, &object).await?;
            ctx.out.item(&found, columns)
        }
        Verb::Create { service, .. } => {
            let service = service_id(ctx, &org, &service.service).await?;
            let body = document.expect("read above");
            let since = std::time::SystemTime::now();
            let name = body["name"].as_str().unwrap_or_default().to_string();
            let what = format!("{noun} {name}");
            let created = confirm::write(
                ctx,
                &what,
                || api.create_stack_object(&org, &service, kind, &body),
                || async {
                    if name.is_empty() {
                        // Nothing names it: it cannot be told from others.
                        return Err(Error::Failed(format!(
                            "the new {noun} has no name to find it by"
                        )));
                    }
                    let all = api.stack_objects(&org, &service, kind).await?;
                    confirm::created(all, "name", &name, since, &what)
                },
            )
            .await?
            .into_inner();
            ctx.out
                .status(&format!("Created {noun} {}.", describe(&created)));
            ctx.out.item(&created, columns)
        }
        Verb::Update {
            object, service, ..
        } => {
            let service = service_id(ctx, &org, &service.service).await?;
            let id = object_id(ctx, &org, &service, kind, &object).await?;
            let body = document.expect("read above");
            let what = format!("{noun} {object}");
            let updated = confirm::repeat(ctx, &what, || {
                api.replace_stack_object(&org, &service, kind, &id, &body)
            })
            .await?;
            ctx.out
                .status(&format!("Updated {noun} {}.", describe(&updated)));
            ctx.out.item(&updated, columns)
        }
        Verb::Delete { object, service } => {
            let service = service_id(ctx, &org, &service.service).await?;
            let id = object_id(ctx, &org, &service, kind, &object).await?;
            let what = format!("{noun} {object}");
            confirm::delete(ctx, &what, || {
                api.delete_stack_object(&org, &service, kind, &id)
            })
            .await?;
            ctx.out.status(&format!("Deleted {noun} {object}."));
            Ok(())
        }
        Verb::Validate { service, file } => {
            let service = service_id(ctx, &org, &service.service).await?;
            let body = document.expect("read above");
            let answer = confirm::repeat(ctx, "the dashboard check", || {
                api.validate_dashboard(&org, &service, &body)
            })
            .await?;
            let name = document::display_name(&file.file);
            if ctx.out.format() == Format::Table {
                if !answer.errors.is_empty() {
                    ctx.out.list(&answer.errors, PROBLEM_COLUMNS)?;
                }
            } else {
                ctx.out.item(&answer, &[])?;
            }
            if answer.valid {
                ctx.out
                    .status(&format!("The service finds no problem in {name}."));
                Ok(())
            } else {
                let n = answer.errors.len();
                Err(Error::Failed(format!(
                    "the service finds {n} problem{} in {name}{}",
                    if n == 1 { "" } else { "s" },
                    if ctx.out.format() == Format::Table {
                        " (above)"
                    } else {
                        ""
                    }
                )))
            }
        }
    }
}

const PROBLEM_COLUMNS: &[Column] = &[
    Column::field("PATH", "path"),
    Column::field("PROBLEM", "message"),
];

/// "Service Overview (65f5e4a3b9e77c001a567890)", or the ID alone.
fn describe(object: &StackObject) -> String {
    match object.name().filter(|n| !n.is_empty()) {
        Some(name) => format!("{name} ({})", object.id),
        None => object.id.clone(),
    }
}

/// Reads `--file` as the body of `operation`: fields only the API sets (those the answers of `answers` have
/// and `operation` does not take: an ID, timestamps, a state, as `get -o yaml` shows them) are left out, with
/// a note, so that a document read with `get` can be edited and sent back; the rest is checked against the
/// operation's schema.
fn read_document(ctx: &Ctx, file: &FileArg, operation: &str, answers: &str) -> Result<Value> {
    let mut body = document::read(&file.file)?;
    let left_out = server_fields::strip_server_fields(operation, answers, &mut body);
    if !left_out.is_empty() {
        ctx.out.status(&format!(
            "note: left out {} from {}: the API sets {}",
            left_out.join(", "),
            document::display_name(&file.file),
            if left_out.len() == 1 { "it" } else { "them" }
        ));
    }
    document::check(
        Provider::ClickHouse,
        operation,
        &document::display_name(&file.file),
        &body,
    )?;
    Ok(body)
}

/// Whether a reference is one of the service's IDs (24 hex digits) rather than a name.
fn looks_like_id(reference: &str) -> bool {
    reference.len() == 24 && reference.chars().all(|c| c.is_ascii_hexdigit())
}

/// The one object `reference` names: by ID (one request, where the kind can be read alone), else the one in
/// the list with that ID or exact name (none: exit 3; several: exit 2 listing them).
async fn find(
    ctx: &Ctx,
    org: &str,
    service: &str,
    kind: StackKind,
    reference: &str,
) -> Result<StackObject> {
    let api = ctx.clickhouse()?;
    if kind.has_get() && looks_like_id(reference) {
        return api.stack_object(org, service, kind, reference).await;
    }
    pick(
        kind,
        reference,
        api.stack_objects(org, service, kind).await?,
    )
}

/// The ID of the object `reference` names, without a request when it is an ID.
async fn object_id(
    ctx: &Ctx,
    org: &str,
    service: &str,
    kind: StackKind,
    reference: &str,
) -> Result<String> {
    if looks_like_id(reference) {
        return Ok(reference.to_string());
    }
    let objects = ctx.clickhouse()?.stack_objects(org, service, kind).await?;
    Ok(pick(kind, reference, objects)?.id)
}

fn pick(kind: StackKind, reference: &str, objects: Vec<StackObject>) -> Result<StackObject> {
    let noun = kind.noun();
    let (by_id, others): (Vec<StackObject>, Vec<StackObject>) =
        objects.into_iter().partition(|o| o.id == reference);
    let matches = if by_id.is_empty() {
        others
            .into_iter()
            .filter(|o| o.name() == Some(reference))
            .collect()
    } else {
        by_id
    };
    crate::lookup::one_match(
        matches,
        || format!("no {noun} with ID or name '{reference}' in the service"),
        |n| format!("{n} {noun}s are called '{reference}'; use the ID"),
        |o| format!("{}  {}", o.id, o.name().unwrap_or_default()),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn object(id: &str, name: &str) -> StackObject {
        serde_json::from_value(json!({"id": id, "name": name})).unwrap()
    }

    #[test]
    fn objects_are_named_by_id_or_exact_name() {
        let objects = || {
            vec![
                object("a1", "Logs"),
                object("b2", "Traces"),
                object("c3", "Traces"),
            ]
        };
        assert_eq!(pick(StackKind::Source, "Logs", objects()).unwrap().id, "a1");
        assert_eq!(pick(StackKind::Source, "c3", objects()).unwrap().id, "c3");
        let e = pick(StackKind::Source, "logs", objects()).unwrap_err();
        assert_eq!(e.exit_code(), crate::error::ExitCode::NotFound);
        let e = pick(StackKind::Source, "Traces", objects()).unwrap_err();
        assert_eq!(e.exit_code(), crate::error::ExitCode::Usage);
        assert!(
            e.to_string().contains("b2") && e.to_string().contains("c3"),
            "{e}"
        );
        assert!(looks_like_id("65f5e4a3b9e77c001a567890"));
        assert!(!looks_like_id("Service Overview"));
    }

    #[test]
    fn each_kind_has_its_verbs() {
        let verbs = |kind| -> Vec<String> {
            kind_command(kind)
                .get_subcommands()
                .map(|c| c.get_name().to_string())
                .collect()
        };
        assert_eq!(
            verbs(StackKind::Dashboard),
            ["list", "get", "create", "update", "delete", "validate"]
        );
        assert_eq!(
            verbs(StackKind::Webhook),
            ["list", "get", "create", "update", "delete"]
        );
        assert_eq!(
            verbs(StackKind::SavedSearch),
            ["list", "get", "create", "update", "delete"]
        );
    }
}
