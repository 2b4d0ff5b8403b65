//! `dbcloud crdb regions`: where clusters can be created.

use super::common::LimitArg;
use crate::context::Ctx;
use crate::error::Result;
use crate::output::Column;
use crate::spec_values;

#[derive(clap::Args, Debug)]
#[command(after_help = "\
Examples:
  dbcloud crdb regions
  dbcloud crdb regions --provider aws --serverless")]
pub struct Args {
    /// Only this cloud provider's regions
    #[arg(long, value_parser = spec_values::crdb_enum("CockroachCloud_ListAvailableRegions.provider"))]
    provider: Option<String>,
    /// Only regions that can host serverless clusters
    #[arg(long)]
    serverless: bool,
    #[command(flatten)]
    limit: LimitArg,
}

const COLUMNS: &[Column] = &[
    Column::field("NAME", "name"),
    Column::field("PROVIDER", "provider"),
    Column::field("LOCATION", "location"),
    Column::field("SERVERLESS", "serverless"),
];

pub async fn run(ctx: &Ctx, args: Args) -> Result<()> {
    let regions = ctx.cockroach()?.available_regions(
        args.provider.as_deref(),
        args.serverless.then_some(true),
        args.limit.get(),
    );
    ctx.out.list_pages(regions, COLUMNS).await
}
