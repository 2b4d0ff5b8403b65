//! `dbcloud crdb regions`: where clusters can be created.

use super::common::LimitArg;
use crate::cockroach::input::CloudProvider;
use crate::context::Ctx;
use crate::error::Result;
use crate::output::Column;

#[derive(clap::Args, Debug)]
#[command(after_help = "\
Examples:
  dbcloud crdb regions
  dbcloud crdb regions --provider aws --serverless")]
pub struct Args {
    /// Only this cloud provider's regions
    #[arg(long, value_enum, ignore_case = true)]
    provider: Option<CloudProvider>,
    /// Only regions that can host serverless clusters
    #[arg(long)]
    serverless: bool,
    #[command(flatten)]
    limit: LimitArg,
}

const COLUMNS: &[Column] = &[
    Column::field("NAME", "name"),
    Column::field("PROVIDER", "provider"),
    Column::field("SERVERLESS", "serverless"),
];

pub async fn run(ctx: &Ctx, args: Args) -> Result<()> {
    let regions = ctx
        .cockroach()?
        .available_regions(
            args.provider.map(CloudProvider::api_name),
            args.serverless.then_some(true),
            args.limit.get(),
        )
        .await?;
    ctx.out.list(&regions, COLUMNS)
}
