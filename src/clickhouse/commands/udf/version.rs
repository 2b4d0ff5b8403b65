//! `dbcloud ch udf version`: a UDF's versions. A new version takes new code (an archive) and a whole
//! configuration: what its flags leave out takes the API's defaults, not the previous version's.

use clap::Subcommand;

use super::{CodeArgs, finish, prepare, upload};
use crate::clickhouse::commands::{ListArgs, print_pages};
use crate::confirm;
use crate::context::Ctx;
use crate::error::Result;
use crate::output::{Column, to_json};
use crate::spec_values::{self, ch_u32};

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Create a UDF's next version from a zip archive of its code; it builds on the server
    #[command(after_help = "\
Example:
  dbcloud ch udf version create geocode --file geocode-2.zip --runtime python3.11 --arg address:String \\
      --returns String --wait

Settings not given take the API's defaults, not the previous version's.")]
    Create {
        /// UDF name
        #[arg(value_parser = spec_values::ch_pattern("udfVersionCreate.functionName"))]
        name: String,
        #[command(flatten)]
        code: Box<CodeArgs>,
    },
    /// List a UDF's versions
    #[command(after_help = "Example:\n  dbcloud ch udf version list geocode")]
    List {
        /// UDF name
        #[arg(value_parser = spec_values::ch_pattern("udfVersionList.functionName"))]
        name: String,
        #[command(flatten)]
        list: ListArgs,
    },
    /// Delete a version of a UDF (not the latest, nor one attached to a service)
    #[command(after_help = "Example:\n  dbcloud ch udf version delete geocode 1 --yes")]
    Delete {
        /// UDF name
        #[arg(value_parser = spec_values::ch_pattern("udfVersionDelete.functionName"))]
        name: String,
        /// Version number
        #[arg(id = "number", value_name = "VERSION", value_parser = ch_u32("udfVersionDelete.version"))]
        version: u32,
    },
}

const COLUMNS: &[Column] = &[
    Column::field("VERSION", "version"),
    Column::field("STATUS", "status"),
    Column::field("RUNTIME", "runtime"),
    Column::field("TYPE", "type"),
    Column::computed("ARGUMENTS", super::arguments),
    Column::field("RETURNS", "returnType"),
    Column::field("CREATED", "createdAt"),
    Column::field("ERROR", "error"),
];

pub async fn run(ctx: &Ctx, command: Command) -> Result<()> {
    let api = ctx.clickhouse()?;
    match command {
        Command::Create { name, code } => {
            let mut prepared = prepare(&code, "udfVersionCreate", to_json)?;
            let org = ctx.clickhouse_org().await?;
            prepared.version.upload_id = upload(ctx, &org, prepared.archive).await?;
            let since = std::time::SystemTime::now();
            let what = format!("the new version of UDF {name}");
            // The version the server numbers: the one created since.
            let udf = confirm::write(
                ctx,
                &what,
                || api.create_udf_version(&org, &name, &prepared.version),
                || async {
                    let versions = api.udf_versions(&org, &name, None).await?;
                    let new = versions
                        .into_iter()
                        .filter(|v| {
                            v.extra.contains_key("createdAt")
                                && confirm::created_since(v.extra.get("createdAt"), since)
                        })
                        .collect();
                    confirm::only(new, &what)
                },
            )
            .await?
            .into_inner();
            ctx.out.status(&format!(
                "Created version {} of UDF {name} ({}).",
                udf.version, udf.status
            ));
            finish(ctx, &org, udf, &code.wait).await
        }
        Command::List { name, list } => {
            let org = ctx.clickhouse_org().await?;
            let limit = list.limit.map(|l| l as usize);
            print_pages(ctx, api.udf_versions(&org, &name, limit), &list, COLUMNS).await
        }
        Command::Delete { name, version } => {
            ctx.prompt
                .confirm(&format!("delete version {version} of UDF {name}"))?;
            let org = ctx.clickhouse_org().await?;
            let what = format!("version {version} of UDF {name}");
            confirm::delete(ctx, &what, || {
                api.delete_udf_version(&org, &name, u64::from(version))
            })
            .await?;
            ctx.out
                .status(&format!("Deleted version {version} of UDF {name}."));
            Ok(())
        }
    }
}
