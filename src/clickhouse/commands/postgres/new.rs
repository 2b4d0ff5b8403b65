//! New Postgres services (create, read replicas, restores) and the superuser password: the password the API
//! returns is shown once, or written to `--password-file` (and then taken out of the connection string too).

use std::future::Future;
use std::path::PathBuf;

use clap::Subcommand;
use serde_json::{Value, json};

use super::settings::{Setting, check_body, collect, dedup_tags, parse_setting, parse_tag};
use super::waiting::wait_running;
use super::{COLUMNS, CREATE_TIMEOUT, PG_HELP, RESTORE_TIMEOUT, postgres_id};
use crate::clickhouse::api::{
    NewPostgres, NewReadReplica, NewRestoredPostgres, PostgresService, Tag,
};
use crate::clickhouse::commands::SecretFile;
use crate::confirm;
use crate::context::Ctx;
use crate::error::{Error, Result};
use crate::output::{Column, Format, ShownSecret, to_json};
use crate::spec_values::{ch_enum, ch_name};
use crate::wait::{self, WaitArgs};

#[derive(clap::Args, Debug)]
pub struct CreateArgs {
    /// Service name (up to 50 characters)
    #[arg(long, value_parser = ch_name("PostgresServicePostRequest.name"))]
    name: String,
    /// Cloud provider
    #[arg(long, value_parser = ch_enum("PostgresServicePostRequest.provider"))]
    provider: String,
    /// Region of that provider (like us-east-1)
    #[arg(long, value_parser = crate::validate::id)]
    region: String,
    /// VM size
    #[arg(long, value_parser = ch_enum("PostgresServicePostRequest.size"))]
    size: String,
    /// Postgres major version [default: the API's] (`--version` is dbcloud's own)
    #[arg(long, value_name = "VERSION", value_parser = ch_enum("PostgresServicePostRequest.postgresVersion"))]
    postgres_version: Option<String>,
    /// High availability: none, async (one standby) or sync (two standbys) [default: the API's]
    #[arg(long, value_parser = ch_enum("PostgresServicePostRequest.haType"))]
    ha_type: Option<String>,
    #[command(flatten)]
    extras: Extras,
}

/// What every new service takes besides its own fields.
#[derive(clap::Args, Debug)]
pub struct Extras {
    /// A tag (repeatable)
    #[arg(long, value_name = "KEY[=VALUE]", value_parser = parse_tag)]
    tag: Vec<Tag>,
    /// A Postgres setting, or a PgBouncer one written pgbouncer.NAME (repeatable; see `config set --help`)
    #[arg(long, value_name = "NAME=VALUE", value_parser = parse_setting)]
    setting: Vec<Setting>,
    /// Write the superuser password to this new file (mode 0600) instead of showing it
    #[arg(long, value_name = "FILE")]
    pub password_file: Option<PathBuf>,
    #[command(flatten)]
    wait: WaitArgs,
}

#[derive(clap::Args, Debug)]
pub struct ReadReplicaArgs {
    #[command(subcommand)]
    command: ReadReplicaCommand,
}

#[derive(Subcommand, Debug)]
enum ReadReplicaCommand {
    /// Create a read replica of a Postgres service: a new service that follows it
    #[command(after_help = "\
Example:
  dbcloud ch postgres read-replica create orders --name orders-replica --wait")]
    Create(NewReplicaArgs),
}

#[derive(clap::Args, Debug)]
pub struct NewReplicaArgs {
    /// The primary: Postgres service ID or exact name
    pg: String,
    /// Name of the read replica (up to 50 characters)
    #[arg(long, value_parser = ch_name("PostgresServiceReadReplicaRequest.name"))]
    name: String,
    #[command(flatten)]
    extras: Extras,
}

#[derive(clap::Args, Debug)]
pub struct RestoreArgs {
    #[arg(help = PG_HELP)]
    pg: String,
    /// Name of the new service (up to 50 characters)
    #[arg(long, value_parser = ch_name("PostgresServiceRestoreRequest.name"))]
    name: String,
    /// The point in time to restore (RFC 3339, like 2026-11-22T10:00:00Z)
    #[arg(long, value_name = "TIME", value_parser = crate::validate::rfc3339)]
    at: String,
    #[command(flatten)]
    extras: Extras,
}

impl CreateArgs {
    fn body(&self) -> NewPostgres {
        NewPostgres {
            name: self.name.clone(),
            provider: self.provider.clone(),
            region: self.region.clone(),
            size: self.size.clone(),
            postgres_version: self.postgres_version.clone(),
            ha_type: self.ha_type.clone(),
            tags: dedup_tags(self.extras.tag.clone()),
            settings: collect(&self.extras.setting),
        }
    }

    /// The whole body, checked against the spec.
    pub fn check(&self) -> Result<()> {
        check_body("postgresServiceCreate", &self.body())
    }

    pub fn password_file(&self) -> &Option<PathBuf> {
        &self.extras.password_file
    }
}

impl ReadReplicaArgs {
    pub fn create_args(&self) -> &NewReplicaArgs {
        match &self.command {
            ReadReplicaCommand::Create(args) => args,
        }
    }
}

impl NewReplicaArgs {
    fn body(&self) -> NewReadReplica {
        NewReadReplica {
            name: self.name.clone(),
            tags: dedup_tags(self.extras.tag.clone()),
            settings: collect(&self.extras.setting),
        }
    }

    pub fn check(&self) -> Result<()> {
        check_body("postgresInstanceCreateReadReplica", &self.body())
    }

    pub fn password_file(&self) -> &Option<PathBuf> {
        &self.extras.password_file
    }
}

impl RestoreArgs {
    fn body(&self) -> NewRestoredPostgres {
        NewRestoredPostgres {
            name: self.name.clone(),
            restore_target: self.at.clone(),
            tags: dedup_tags(self.extras.tag.clone()),
            settings: collect(&self.extras.setting),
        }
    }

    pub fn check(&self) -> Result<()> {
        check_body("postgresInstanceRestore", &self.body())
    }

    pub fn password_file(&self) -> &Option<PathBuf> {
        &self.extras.password_file
    }
}

pub async fn create(
    ctx: &Ctx,
    org: &str,
    args: CreateArgs,
    password_file: Option<SecretFile>,
) -> Result<()> {
    let (api, body) = (ctx.clickhouse()?, args.body());
    let settings = wait::Settings::new(&args.extras.wait, CREATE_TIMEOUT);
    let created = confirmed_create(ctx, org, &body.name, &settings, || {
        api.create_postgres(org, &body)
    })
    .await?;
    ctx.out.status(&format!(
        "Created Postgres service {} ({}).",
        created.name, created.id
    ));
    finish(
        ctx,
        org,
        created,
        password_file,
        &args.extras.wait,
        &settings,
    )
    .await
}

pub async fn read_replica(
    ctx: &Ctx,
    org: &str,
    args: ReadReplicaArgs,
    password_file: Option<SecretFile>,
) -> Result<()> {
    let ReadReplicaCommand::Create(args) = args.command;
    let id = postgres_id(ctx, org, &args.pg).await?;
    let (api, body) = (ctx.clickhouse()?, args.body());
    let settings = wait::Settings::new(&args.extras.wait, CREATE_TIMEOUT);
    let created = confirmed_create(ctx, org, &body.name, &settings, || {
        api.create_postgres_read_replica(org, &id, &body)
    })
    .await?;
    ctx.out.status(&format!(
        "Created read replica {} ({}) of {}.",
        created.name, created.id, args.pg
    ));
    finish(
        ctx,
        org,
        created,
        password_file,
        &args.extras.wait,
        &settings,
    )
    .await
}

pub async fn restore(
    ctx: &Ctx,
    org: &str,
    args: RestoreArgs,
    password_file: Option<SecretFile>,
) -> Result<()> {
    let id = postgres_id(ctx, org, &args.pg).await?;
    let (api, body) = (ctx.clickhouse()?, args.body());
    let settings = wait::Settings::new(&args.extras.wait, RESTORE_TIMEOUT);
    let created = confirmed_create(ctx, org, &body.name, &settings, || {
        api.restore_postgres(org, &id, &body)
    })
    .await?;
    ctx.out.status(&format!(
        "Restoring {} as of {} into Postgres service {} ({}).",
        args.pg, args.at, created.name, created.id
    ));
    finish(
        ctx,
        org,
        created,
        password_file,
        &args.extras.wait,
        &settings,
    )
    .await
}

/// Sends a create of a new service (a service, a read replica, a restored service), confirmed after a lost
/// answer by its name (created since the first send). The superuser password was only in that answer: it is
/// reset once, as soon as the service takes it (not while it is being created: the wait's `settings`), and the
/// new one goes where the create's would have gone (its connection string is not known).
async fn confirmed_create<S, SF>(
    ctx: &Ctx,
    org: &str,
    name: &str,
    settings: &wait::Settings,
    send: S,
) -> Result<PostgresService>
where
    S: FnMut() -> SF,
    SF: Future<Output = Result<PostgresService>>,
{
    let api = ctx.clickhouse()?;
    let since = std::time::SystemTime::now();
    let what = format!("Postgres service {name}");
    let written = confirm::write(ctx, &what, send, || async {
        confirm::created(
            api.postgres_services(org).await?,
            "name",
            name,
            since,
            &what,
        )
    })
    .await?;
    if !written.confirmed() {
        return Ok(written.into_inner());
    }
    let mut service = written.into_inner();
    ctx.out.warn(&format!(
        "the superuser password of {what} was in the lost answer: it is reset once, to a new one"
    ));
    if service.state != "running" {
        // The API takes a new password only once the service is up (not while it is created or restored).
        service = wait_running(ctx, org, &service.id, name, settings).await?;
    }
    let changed = confirm::repeat(ctx, &format!("the superuser password of {what}"), || {
        api.change_postgres_password(org, &service.id, None)
    })
    .await?;
    service.password = changed.password;
    service.connection_string = None;
    Ok(service)
}

/// After a service was created: the password into its file, the wait, and the output.
async fn finish(
    ctx: &Ctx,
    org: &str,
    mut created: PostgresService,
    password_file: Option<SecretFile>,
    wait: &WaitArgs,
    settings: &wait::Settings,
) -> Result<()> {
    let password = created.password.take();
    let connection = created.connection_string.take();
    let secrets = match (password_file, password) {
        (Some(file), Some(password)) => {
            let path = file.path().display().to_string();
            file.write(&password)?;
            ctx.out.status(&format!("Password written to {path}."));
            // What is printed must not carry it either: the connection string goes without it.
            Secrets {
                password: None,
                connection: connection.map(|c| without_password(&c, &password)),
            }
        }
        (Some(_), None) => {
            ctx.out
                .warn("the API returned no password for the new service; nothing was written");
            Secrets {
                password: None,
                connection,
            }
        }
        (None, password) => Secrets {
            password,
            connection,
        },
    };
    if wait.wait {
        let id = created.id.clone();
        let name = created.name.clone();
        match wait_running(ctx, org, &id, &name, settings).await {
            Ok(service) => created = service,
            Err(e) => {
                // The password exists only in this process: show it even though the wait failed.
                print_created(ctx, created, &secrets)?;
                return Err(e);
            }
        }
    }
    print_created(ctx, created, &secrets)
}

/// The secrets of a new service, as far as they are to be shown.
struct Secrets {
    password: Option<String>,
    connection: Option<String>,
}

/// The new service with its password and connection string beside it, as the API names them.
fn print_created(ctx: &Ctx, service: PostgresService, secrets: &Secrets) -> Result<()> {
    let mut result = to_json(&service)?;
    if let Value::Object(map) = &mut result {
        if let Some(p) = &secrets.password {
            map.insert("password".into(), json!(p));
        }
        if let Some(c) = &secrets.connection {
            map.insert("connectionString".into(), json!(c));
        }
    }
    match &secrets.password {
        Some(password) => {
            let mut shown = vec![ShownSecret {
                header: "PASSWORD",
                field: "password",
                value: password,
            }];
            if let Some(c) = &secrets.connection {
                shown.push(ShownSecret {
                    header: "CONNECTION STRING",
                    field: "connectionString",
                    value: c,
                });
            }
            ctx.out.item_with_secrets(
                &to_json(&service)?,
                COLUMNS,
                &shown,
                "the superuser password",
                "or use --password-file next time",
            )
        }
        None if ctx.out.format() == Format::Table => {
            let mut columns = COLUMNS.to_vec();
            if secrets.connection.is_some() {
                columns.push(Column::field("CONNECTION STRING", "connectionString"));
            }
            ctx.out.item(&result, &columns)
        }
        None => ctx.out.value(&result),
    }
}

/// A connection string without the password in it (`postgres://user:PW@host` → `postgres://user@host`):
/// clients then take it from their own configuration (`PGPASSWORD`, `.pgpass`).
fn without_password(connection: &str, password: &str) -> String {
    let encoded =
        percent_encoding::utf8_percent_encode(password, percent_encoding::NON_ALPHANUMERIC)
            .to_string();
    let mut out = connection.to_string();
    for form in [password.to_string(), encoded] {
        out = out.replace(&format!(":{form}@"), "@");
        out = out.replace(&format!("password={form}"), "");
    }
    if out.contains(password) {
        // An unknown form: better nothing than the password.
        return "[REDACTED: it embeds the password]".into();
    }
    out
}

/// A new password against the spec's rules (lengths and required characters), without echoing it.
pub fn check_password(password: &str) -> Result<()> {
    let spec = dbcloud_spec::spec_for(dbcloud_spec::Provider::ClickHouse);
    let op = spec
        .by_id("postgresServiceSetPassword")
        .expect("the spec sets Postgres passwords");
    if op.validate_body(&json!({ "password": password })).is_ok() {
        return Ok(());
    }
    let rule = dbcloud_spec::rules::get(
        dbcloud_spec::Provider::ClickHouse,
        "PostgresServiceSetPassword.password",
    );
    let length = match (rule.min_length, rule.max_length) {
        (Some(min), Some(max)) => format!("{min} to {max} characters"),
        (Some(min), None) => format!("at least {min} characters"),
        (None, Some(max)) => format!("at most {max} characters"),
        (None, None) => "any length".into(),
    };
    let patterns: Vec<String> = spec.components["schemas"]["pgPassword"]["allOf"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|p| p["pattern"].as_str().map(str::to_string))
        .collect();
    let mut rules = length;
    if !patterns.is_empty() {
        rules.push_str(&format!(
            ", with characters matching each of {}",
            patterns.join(" ")
        ));
    }
    Err(Error::usage(format!(
        "the new password on stdin is not one the API takes: it needs {rules} ({} characters given)",
        password.chars().count()
    )))
}

pub async fn reset_password(
    ctx: &Ctx,
    org: &str,
    reference: &str,
    password: Option<String>,
    password_file: Option<SecretFile>,
) -> Result<()> {
    let id = postgres_id(ctx, org, reference).await?;
    let api = ctx.clickhouse()?;
    // A generated password lost with its answer is replaced by the repeat's: the last one is in force.
    let what = format!("the superuser password of Postgres service {reference}");
    let mut changed = confirm::repeat(ctx, &what, || {
        api.change_postgres_password(org, &id, password.as_deref())
    })
    .await?;
    ctx.out.status(&format!(
        "Changed the superuser password of Postgres service {reference}."
    ));
    let quiet_result = |changed: &Value| {
        if ctx.out.format() == Format::Table {
            Ok(())
        } else {
            ctx.out.value(changed)
        }
    };
    match (changed.password.take(), password_file) {
        (Some(generated), Some(file)) => {
            let path = file.path().display().to_string();
            file.write(&generated)?;
            ctx.out.status(&format!("Password written to {path}."));
            quiet_result(&to_json(&changed)?)
        }
        (Some(generated), None) => {
            changed.password = Some(generated.clone());
            ctx.out.item_with_secrets(
                &json!({ "service": reference, "id": id }),
                &[
                    Column::field("SERVICE", "service"),
                    Column::field("ID", "id"),
                ],
                &[ShownSecret {
                    header: "PASSWORD",
                    field: "password",
                    value: &generated,
                }],
                "the new password",
                "or use --password-file or --password-stdin next time",
            )
        }
        (None, file) => {
            if file.is_some() {
                ctx.out
                    .warn("the API returned no generated password; nothing was written");
            }
            quiet_result(&to_json(&changed)?)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn connection_strings_lose_the_password() {
        assert_eq!(
            without_password(
                "postgres://postgres:Secr3tPassw0rd@h.example:5432/postgres?sslmode=require",
                "Secr3tPassw0rd"
            ),
            "postgres://postgres@h.example:5432/postgres?sslmode=require"
        );
        assert_eq!(
            without_password("postgres://u:a%2Fb@h/db", "a/b"),
            "postgres://u@h/db"
        );
        assert!(!without_password("host=h password2=xpwx", "pw").contains("pw"));
    }

    #[test]
    fn passwords_follow_the_spec_without_being_echoed() {
        assert!(check_password("Abcdefghijk1").is_ok());
        for bad in [
            "short1A",
            "alllowercase123",
            "ALLUPPERCASE123",
            "NoDigitsAtAllHere",
        ] {
            let e = check_password(bad).unwrap_err().to_string();
            assert!(!e.contains(bad), "{e}");
            assert!(e.contains("12 to 1024") && e.contains("[A-Z]"), "{e}");
        }
    }
}
