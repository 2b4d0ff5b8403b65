//! Attaching UDF versions to services: `udf attach`, `udf detach`, `udf attachment get|list`. An attachment
//! provisions (`provisioning` → `deployed`, `standby` while the service does not run) and a detach
//! deprovisions before it is gone; `--wait` waits for either.

use clap::Subcommand;

use super::TIMEOUT;
use crate::clickhouse::api::UdfAttachment;
use crate::clickhouse::commands::{ListArgs, print_pages};
use crate::clickhouse::service_id;
use crate::confirm;
use crate::context::Ctx;
use crate::error::{ExitCode, Result};
use crate::output::Column;
use crate::spec_values::{self, ch_u32};
use crate::wait::{self, Poll, WaitArgs};

#[derive(clap::Args, Debug)]
pub struct AttachArgs {
    /// UDF name
    #[arg(value_parser = spec_values::ch_pattern("udfAttach.functionName"))]
    name: String,
    /// Service ID or exact name (it must be running)
    #[arg(long)]
    service: String,
    /// Version to attach, replacing the one attached [default: the latest ready version]
    #[arg(long = "version", value_name = "VERSION", value_parser = ch_u32("udfAttach.body.version"))]
    version: Option<u32>,
    #[command(flatten)]
    wait: WaitArgs,
}

#[derive(clap::Args, Debug)]
pub struct DetachArgs {
    /// UDF name
    #[arg(value_parser = spec_values::ch_pattern("udfDetach.functionName"))]
    name: String,
    /// Service ID or exact name
    #[arg(long)]
    service: String,
    #[command(flatten)]
    wait: WaitArgs,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Show a UDF's attachment to a service
    #[command(after_help = "Example:\n  dbcloud ch udf attachment get geocode --service web")]
    Get {
        /// UDF name
        #[arg(value_parser = spec_values::ch_pattern("udfAttachmentGet.functionName"))]
        name: String,
        /// Service ID or exact name
        #[arg(long)]
        service: String,
    },
    /// List the services a UDF is attached to
    #[command(after_help = "Example:\n  dbcloud ch udf attachment list geocode")]
    List {
        /// UDF name
        #[arg(value_parser = spec_values::ch_pattern("udfAttachmentList.functionName"))]
        name: String,
        #[command(flatten)]
        list: ListArgs,
    },
}

const COLUMNS: &[Column] = &[
    Column::field("UDF", "functionName"),
    Column::field("SERVICE", "serviceId"),
    Column::field("VERSION", "version"),
    Column::field("STATUS", "status"),
];

pub async fn run(ctx: &Ctx, command: Command) -> Result<()> {
    let api = ctx.clickhouse()?;
    let org = ctx.clickhouse_org().await?;
    match command {
        Command::Get { name, service } => {
            let service = service_id(ctx, &org, &service).await?;
            ctx.out
                .item(&api.udf_attachment(&org, &name, &service).await?, COLUMNS)
        }
        Command::List { name, list } => {
            let limit = list.limit.map(|l| l as usize);
            let attachments = api.udf_attachments(&org, &name, limit);
            print_pages(ctx, attachments, &list, COLUMNS).await
        }
    }
}

pub async fn attach(ctx: &Ctx, args: AttachArgs) -> Result<()> {
    let api = ctx.clickhouse()?;
    let org = ctx.clickhouse_org().await?;
    let service = service_id(ctx, &org, &args.service).await?;
    let version = args.version.map(u64::from);
    let what = format!("UDF {} on service {}", args.name, args.service);
    // Read back: this version (or the latest) attached, unless it is on its way out.
    let mut attachment = confirm::write(
        ctx,
        &what,
        || api.attach_udf(&org, &args.name, &service, version),
        || async {
            let found = match api.udf_attachment(&org, &args.name, &service).await {
                Ok(a) => a,
                Err(e) if e.status() == Some(404) => return Ok(None),
                Err(e) => return Err(e),
            };
            let wanted = match version {
                Some(v) => v,
                None => api.udf(&org, &args.name).await?.version,
            };
            Ok((found.version == wanted && found.status != "deprovisioning").then_some(found))
        },
    )
    .await
    .map(confirm::Written::into_inner)
    .map_err(|e| match e.status() {
        Some(424) => e.with_hint(format!(
            "start the service first: `dbcloud ch service start {} --wait`",
            args.service
        )),
        _ => e,
    })?;
    ctx.out.status(&format!(
        "Attaching version {} of UDF {} to service {} ({}).",
        attachment.version, args.name, args.service, attachment.status
    ));
    if args.wait.wait {
        let settings = wait::Settings::new(&args.wait, TIMEOUT);
        let what = format!(
            "UDF {} to be deployed on service {}",
            args.name, args.service
        );
        let (org, name, service) = (&org, &args.name, &service);
        attachment = wait::until(&ctx.out, &settings, &what, || async move {
            let a = api.udf_attachment(org, name, service).await?;
            Ok(classify(a))
        })
        .await?;
    }
    ctx.out.item(&attachment, COLUMNS)
}

/// `deployed` (or `standby`: deployed on a service that does not run now) is done; `error` failed.
fn classify(a: UdfAttachment) -> Poll<UdfAttachment> {
    match a.status.as_str() {
        "deployed" | "standby" => Poll::Done(a),
        "error" => Poll::Failed(a.status),
        _ => Poll::Pending(a.status),
    }
}

pub async fn detach(ctx: &Ctx, args: DetachArgs) -> Result<()> {
    let api = ctx.clickhouse()?;
    ctx.prompt.confirm(&format!(
        "detach UDF {} from service {}",
        args.name, args.service
    ))?;
    let org = ctx.clickhouse_org().await?;
    let service = service_id(ctx, &org, &args.service).await?;
    let what = format!("UDF {} on service {}", args.name, args.service);
    confirm::delete(ctx, &what, || api.detach_udf(&org, &args.name, &service)).await?;
    if !args.wait.wait {
        ctx.out.status(&format!(
            "Detaching UDF {} from service {} (use --wait to wait until it is gone).",
            args.name, args.service
        ));
        return Ok(());
    }
    let settings = wait::Settings::new(&args.wait, TIMEOUT);
    let what = format!("UDF {} to leave service {}", args.name, args.service);
    let (org, name, id) = (&org, &args.name, &service);
    wait::until(&ctx.out, &settings, &what, || async move {
        match api.udf_attachment(org, name, id).await {
            Ok(a) => Ok(Poll::Pending(a.status)),
            Err(e) if e.exit_code() == ExitCode::NotFound => Ok(Poll::Done(())),
            Err(e) => Err(e),
        }
    })
    .await?;
    ctx.out.status(&format!(
        "Detached UDF {} from service {}.",
        args.name, args.service
    ));
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn attachment_states() {
        let a = |status: &str| UdfAttachment {
            function_name: "f".into(),
            service_id: "s".into(),
            status: status.into(),
            version: 1,
            extra: Default::default(),
        };
        assert!(matches!(classify(a("deployed")), Poll::Done(_)));
        assert!(matches!(classify(a("standby")), Poll::Done(_)));
        assert!(matches!(classify(a("provisioning")), Poll::Pending(_)));
        assert!(matches!(classify(a("error")), Poll::Failed(_)));
    }
}
