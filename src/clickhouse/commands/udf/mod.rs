//! `dbcloud ch udf`: user-defined functions. A UDF's code is a zip archive: `create` and `version create`
//! ask the API for an upload URL, upload the archive to it, then create the UDF (or its next version) from
//! the upload; each version builds on the server (`--wait`). Versions are attached to services.

mod attachment;
mod version;

use std::path::{Path, PathBuf};
use std::time::Duration;

use clap::Subcommand;
use serde_json::Value;

use super::{ListArgs, print_pages};
use crate::clickhouse::api::{NewUdf, NewUdfVersion, Udf, UdfArgument};
use crate::confirm;
use crate::context::Ctx;
use crate::error::{Error, Result};
use crate::output::{Column, display, lookup, to_json};
use crate::provider::Provider;
use crate::spec_values::{self, ch_enum, ch_u32};
use crate::wait::{self, Poll, WaitArgs};

/// Building a version, and attaching or detaching one, take minutes at most.
const TIMEOUT: Duration = Duration::from_secs(15 * 60);

#[derive(clap::Args, Debug)]
pub struct Args {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// List the organization's UDFs (each as its latest version)
    #[command(after_help = "Example:\n  dbcloud ch udf list")]
    List(ListArgs),
    /// Show a UDF (its latest version)
    #[command(after_help = "Example:\n  dbcloud ch udf get geocode")]
    Get {
        /// UDF name
        #[arg(value_parser = spec_values::ch_pattern("udfGet.functionName"))]
        name: String,
    },
    /// Create a UDF from a zip archive of its code (uploaded first); it builds on the server
    #[command(after_help = "\
Examples:
  dbcloud ch udf create geocode --file geocode.zip --runtime python3.11 --arg address:String --returns String --wait
  dbcloud ch udf create score --file score.zip --runtime native --arg x:Float64 --arg y:Float64 \\
      --returns Float64 --type executable_pool --pool-size 4")]
    Create {
        /// UDF name (letters, digits and underscores, starting with a letter)
        #[arg(value_parser = spec_values::ch_pattern("UdfCreateRequest.functionName"))]
        name: String,
        #[command(flatten)]
        code: Box<CodeArgs>,
    },
    /// Delete a UDF: every version, detached from every service
    #[command(after_help = "Example:\n  dbcloud ch udf delete geocode --yes")]
    Delete {
        /// UDF name
        #[arg(value_parser = spec_values::ch_pattern("udfDelete.functionName"))]
        name: String,
    },
    /// A UDF's versions: create one from new code, list, delete
    #[command(subcommand)]
    Version(version::Command),
    /// Attach a version of a UDF to a service (the latest ready one unless --version)
    #[command(
        disable_version_flag = true,
        after_help = "\
Examples:
  dbcloud ch udf attach geocode --service web --wait
  dbcloud ch udf attach geocode --service web --version 2"
    )]
    Attach(attachment::AttachArgs),
    /// Detach a UDF from a service
    #[command(after_help = "Example:\n  dbcloud ch udf detach geocode --service web --yes --wait")]
    Detach(attachment::DetachArgs),
    /// Where a UDF is attached: one service, or all of them
    #[command(subcommand)]
    Attachment(attachment::Command),
    /// Get an upload URL for a UDF archive (the first step of create, for doing it by hand)
    #[command(
        name = "upload-url",
        after_help = "\
Example:
  dbcloud ch udf upload-url --json

Upload the zip archive to the URL once, before it expires, with:
  curl -T geocode.zip -H 'Content-Type: application/zip' \"$UPLOAD_URL\"
then create the UDF with the upload ID (`dbcloud api ch POST .../udfs`). `udf create --file` does all three."
    )]
    UploadUrl,
}

/// The code and configuration of a version, as flags (create and version create).
#[derive(clap::Args, Debug)]
struct CodeArgs {
    /// The function's code: a zip archive, uploaded before the UDF is created
    #[arg(long = "file", short = 'f', value_name = "ARTIFACT")]
    file: PathBuf,
    /// Runtime that runs the function
    #[arg(long, value_parser = ch_enum("UdfCreateRequest.runtime"))]
    runtime: String,
    /// An argument, in order: NAME:TYPE with a ClickHouse type (repeatable; like address:String)
    #[arg(long = "arg", value_name = "NAME:TYPE", value_parser = argument)]
    args: Vec<UdfArgument>,
    /// ClickHouse type of the result
    #[arg(long, value_name = "TYPE", value_parser = crate::validate::name)]
    returns: String,
    /// Name of the result [default: unnamed]
    #[arg(long, value_name = "NAME", value_parser = crate::validate::name)]
    return_name: Option<String>,
    /// A process per call (executable) or a pool of long-running processes (executable_pool)
    /// [default: executable, or executable_pool with --pool-size]
    #[arg(long = "type", value_name = "TYPE", value_parser = ch_enum("UdfCreateRequest.type"))]
    kind: Option<String>,
    /// Processes in the pool (executable_pool) [default: the API's, 3]
    #[arg(long, value_name = "N", value_parser = ch_u32("UdfCreateRequest.poolSize"))]
    pool_size: Option<u32>,
    /// Longest a call may run, in seconds [default: the API's, 10]
    #[arg(long, value_name = "SECONDS",
          value_parser = ch_u32("UdfCreateRequest.maxCommandExecutionTime"))]
    max_execution_time: Option<u32>,
    /// Timeout reading the command's output, in milliseconds [default: the API's, 10000]
    #[arg(long, value_name = "MS", value_parser = ch_u32("UdfCreateRequest.commandReadTimeout"))]
    read_timeout: Option<u32>,
    /// Timeout writing the command's input, in milliseconds [default: the API's, 10000]
    #[arg(long, value_name = "MS", value_parser = ch_u32("UdfCreateRequest.commandWriteTimeout"))]
    write_timeout: Option<u32>,
    /// Send the row count before each block of input
    #[arg(long)]
    send_chunk_header: bool,
    /// Input and output format of the command [default: the API's, TabSeparated]
    #[arg(long, value_name = "FORMAT", value_parser = crate::validate::name)]
    format: Option<String>,
    /// Sandbox isolation (netenable lets the function reach the network) [default: the API's, basic]
    #[arg(long, value_name = "TYPE", value_parser = ch_enum("UdfCreateRequest.sandboxType"))]
    sandbox: Option<String>,
    /// Sandbox runtime version [default: the API's]
    #[arg(long, value_name = "VERSION", value_parser = ch_enum("UdfCreateRequest.sandboxVersion"))]
    sandbox_version: Option<String>,
    #[command(flatten)]
    wait: WaitArgs,
}

/// `NAME:TYPE`: an argument whose name follows the spec's pattern.
fn argument(s: &str) -> std::result::Result<UdfArgument, String> {
    let Some((name, ty)) = s.split_once(':') else {
        return Err(format!("'{s}' is not NAME:TYPE (like address:String)"));
    };
    let (name, ty) = (name.trim(), ty.trim());
    if ty.is_empty() {
        return Err(format!("'{s}': the type is empty (like address:String)"));
    }
    let rule = dbcloud_spec::rules::get(
        dbcloud_spec::Provider::ClickHouse,
        "UdfCreateRequest.arguments[].name",
    );
    spec_values::check_pattern(rule, name)?;
    Ok(UdfArgument {
        name: name.to_string(),
        ty: ty.to_string(),
    })
}

/// The archive: a zip file, read before anything is sent.
fn read_archive(path: &Path) -> Result<Vec<u8>> {
    let bytes = std::fs::read(path).map_err(|e| {
        Error::usage(format!(
            "invalid value '{}' for '--file': cannot read it: {e}",
            path.display()
        ))
    })?;
    // A zip archive starts with a local file header, or (empty) with its end of central directory.
    if !(bytes.starts_with(b"PK\x03\x04") || bytes.starts_with(b"PK\x05\x06")) {
        return Err(Error::usage(format!(
            "invalid value '{}' for '--file': it is not a zip archive; put the function's files in one (zip -r code.zip .)",
            path.display()
        )));
    }
    Ok(bytes)
}

impl CodeArgs {
    /// The version's request, with the upload still to be made (a placeholder ID).
    fn version(&self) -> NewUdfVersion {
        let kind = self.kind.clone().unwrap_or_else(|| {
            let pool = self.pool_size.is_some();
            if pool {
                "executable_pool"
            } else {
                "executable"
            }
            .to_string()
        });
        NewUdfVersion {
            upload_id: uuid::Uuid::nil().to_string(),
            runtime: self.runtime.clone(),
            ty: kind,
            arguments: self.args.clone(),
            return_type: self.returns.clone(),
            return_name: self.return_name.clone(),
            pool_size: self.pool_size,
            max_command_execution_time: self.max_execution_time,
            command_read_timeout: self.read_timeout,
            command_write_timeout: self.write_timeout,
            send_chunk_header: self.send_chunk_header.then_some(true),
            format: self.format.clone(),
            sandbox_type: self.sandbox.clone(),
            sandbox_version: self.sandbox_version.clone(),
        }
    }
}

/// What `create` and `version create` send, read and checked against the operation's schema before
/// anything is sent (settings that do not go together, like --pool-size with --type executable).
struct Prepared {
    archive: Vec<u8>,
    version: NewUdfVersion,
}

fn prepare(
    code: &CodeArgs,
    operation: &str,
    body: impl Fn(&NewUdfVersion) -> Result<Value>,
) -> Result<Prepared> {
    let archive = read_archive(&code.file)?;
    let version = code.version();
    crate::document::check(
        Provider::ClickHouse,
        operation,
        "the request these flags make",
        &body(&version)?,
    )?;
    Ok(Prepared { archive, version })
}

/// Gets an upload URL and uploads the archive to it: the upload ID to create from.
async fn upload(ctx: &Ctx, org: &str, archive: Vec<u8>) -> Result<String> {
    let api = ctx.clickhouse()?;
    // An upload URL changes nothing: asked again when its answer is lost.
    let session = confirm::repeat(ctx, "the upload URL", || api.udf_upload_session(org)).await?;
    let size = archive.len();
    api.upload_udf_archive(&session, archive).await?;
    ctx.out
        .status(&format!("Uploaded the archive ({size} bytes)."));
    Ok(session.upload_id)
}

pub const COLUMNS: &[Column] = &[
    Column::field("NAME", "functionName"),
    Column::field("VERSION", "version"),
    Column::field("STATUS", "status"),
    Column::field("RUNTIME", "runtime"),
    Column::field("TYPE", "type"),
    Column::computed("ARGUMENTS", arguments),
    Column::field("RETURNS", "returnType"),
    Column::field("UPDATED", "updatedAt"),
];

const DETAIL_COLUMNS: &[Column] = &[
    Column::field("NAME", "functionName"),
    Column::field("VERSION", "version"),
    Column::field("STATUS", "status"),
    Column::field("ERROR", "error"),
    Column::field("RUNTIME", "runtime"),
    Column::field("TYPE", "type"),
    Column::computed("ARGUMENTS", arguments),
    Column::field("RETURNS", "returnType"),
    Column::field("RETURN NAME", "returnName"),
    Column::field("POOL SIZE", "poolSize"),
    Column::field("MAX EXECUTION (S)", "maxCommandExecutionTime"),
    Column::field("FORMAT", "format"),
    Column::computed("SANDBOX", sandbox),
    Column::field("CREATED", "createdAt"),
    Column::field("UPDATED", "updatedAt"),
];

/// "address String, zoom UInt8".
fn arguments(udf: &Value) -> String {
    lookup(udf, "arguments")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .map(|a| {
            let field = |f: &str| a.get(f).map(display).unwrap_or_default();
            format!("{} {}", field("name"), field("type"))
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// "basic v2".
fn sandbox(udf: &Value) -> String {
    let field = |f: &str| lookup(udf, f).map(display).unwrap_or_default();
    format!("{} {}", field("sandboxType"), field("sandboxVersion"))
        .trim()
        .to_string()
}

pub async fn run(ctx: &Ctx, args: Args) -> Result<()> {
    let api = ctx.clickhouse()?;
    match args.command {
        Command::List(list) => {
            let org = ctx.clickhouse_org().await?;
            let limit = list.limit.map(|l| l as usize);
            print_pages(ctx, api.udfs(&org, limit), &list, COLUMNS).await
        }
        Command::Get { name } => {
            let org = ctx.clickhouse_org().await?;
            ctx.out.item(&api.udf(&org, &name).await?, DETAIL_COLUMNS)
        }
        Command::Create { name, code } => create(ctx, name, *code).await,
        Command::Delete { name } => {
            ctx.prompt.confirm(&format!(
                "delete UDF {name}, every version, from every service"
            ))?;
            let org = ctx.clickhouse_org().await?;
            let what = format!("UDF {name}");
            confirm::delete(ctx, &what, || api.delete_udf(&org, &name)).await?;
            ctx.out.status(&format!("Deleted UDF {name}."));
            Ok(())
        }
        Command::Version(command) => version::run(ctx, command).await,
        Command::Attach(args) => attachment::attach(ctx, args).await,
        Command::Detach(args) => attachment::detach(ctx, args).await,
        Command::Attachment(command) => attachment::run(ctx, command).await,
        Command::UploadUrl => {
            let org = ctx.clickhouse_org().await?;
            let session =
                confirm::repeat(ctx, "the upload URL", || api.udf_upload_session(&org)).await?;
            ctx.out.item(
                &session,
                &[
                    Column::field("UPLOAD ID", "uploadId"),
                    Column::field("UPLOAD URL", "uploadUrl"),
                    Column::field("EXPIRES", "expiresAt"),
                ],
            )
        }
    }
}

async fn create(ctx: &Ctx, name: String, code: CodeArgs) -> Result<()> {
    let body = |version: &NewUdfVersion| {
        to_json(&NewUdf {
            function_name: name.clone(),
            version: version.clone(),
        })
    };
    let mut prepared = prepare(&code, "udfCreate", body)?;
    let org = ctx.clickhouse_org().await?;
    prepared.version.upload_id = upload(ctx, &org, prepared.archive).await?;
    let new = NewUdf {
        function_name: name.clone(),
        version: prepared.version,
    };
    let api = ctx.clickhouse()?;
    let since = std::time::SystemTime::now();
    let what = format!("UDF {name}");
    // A UDF's name is its key.
    let udf = confirm::write(
        ctx,
        &what,
        || api.create_udf(&org, &new),
        || async {
            match api.udf(&org, &name).await {
                Ok(udf) => {
                    Ok(confirm::created_since(udf.extra.get("createdAt"), since).then_some(udf))
                }
                Err(e) if e.status() == Some(404) => Ok(None),
                Err(e) => Err(e),
            }
        },
    )
    .await?
    .into_inner();
    ctx.out.status(&format!(
        "Created UDF {name}, version {} ({}).",
        udf.version, udf.status
    ));
    finish(ctx, &org, udf, &code.wait).await
}

/// Waits for a new version's build when asked, then shows it.
async fn finish(ctx: &Ctx, org: &str, udf: Udf, wait: &WaitArgs) -> Result<()> {
    let udf = if wait.wait {
        let settings = wait::Settings::new(wait, TIMEOUT);
        wait_built(ctx, org, &udf.function_name, udf.version, &settings).await?
    } else {
        udf
    };
    ctx.out.item(&udf, DETAIL_COLUMNS)
}

/// Polls a version until it is built: `ready`, or `error` (a failure, with the build's error).
async fn wait_built(
    ctx: &Ctx,
    org: &str,
    name: &str,
    number: u64,
    settings: &wait::Settings,
) -> Result<Udf> {
    let api = ctx.clickhouse()?;
    let what = format!("version {number} of UDF {name} to be built");
    wait::until(&ctx.out, settings, &what, || async move {
        let latest = api.udf(org, name).await?;
        let udf = if latest.version == number {
            latest
        } else {
            api.udf_versions(org, name, None)
                .await?
                .into_iter()
                .find(|v| v.version == number)
                .ok_or_else(|| {
                    Error::NotFound(format!("version {number} of UDF {name} no longer exists"))
                })?
        };
        Ok(match udf.status.as_str() {
            "ready" => Poll::Done(udf),
            "error" => {
                let why = udf.extra.get("error").map(display).unwrap_or_default();
                Poll::Failed(if why.is_empty() {
                    "error".to_string()
                } else {
                    format!("error: {why}")
                })
            }
            other => Poll::Pending(other.to_string()),
        })
    })
    .await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arguments_follow_the_spec() {
        let a = argument("address:String").unwrap();
        assert_eq!((a.name.as_str(), a.ty.as_str()), ("address", "String"));
        let a = argument("m:Map(String, UInt64)").unwrap();
        assert_eq!(a.ty, "Map(String, UInt64)");
        assert!(argument("address").is_err());
        assert!(argument("address:").is_err());
        assert!(argument("1st:String").unwrap_err().contains("pattern"));
    }

    #[test]
    fn archives_must_be_zip_files() {
        let dir = tempfile::tempdir().unwrap();
        let zip = dir.path().join("a.zip");
        std::fs::write(&zip, b"PK\x03\x04rest").unwrap();
        assert!(read_archive(&zip).is_ok());
        let py = dir.path().join("a.py");
        std::fs::write(&py, b"print(1)").unwrap();
        let e = read_archive(&py).unwrap_err();
        assert_eq!(e.exit_code(), crate::error::ExitCode::Usage);
        assert!(read_archive(&dir.path().join("missing.zip")).is_err());
    }

    #[test]
    fn computed_columns() {
        let udf = serde_json::json!({"arguments": [{"name": "a", "type": "String"}, {"name": "b", "type": "UInt8"}],
                                     "sandboxType": "basic", "sandboxVersion": "v2"});
        assert_eq!(arguments(&udf), "a String, b UInt8");
        assert_eq!(sandbox(&udf), "basic v2");
    }
}
