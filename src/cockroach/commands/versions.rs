//! `dbcloud crdb versions`: the major CockroachDB versions clusters can run.

use super::common::LimitArg;
use crate::context::Ctx;
use crate::error::Result;
use crate::output::Column;

#[derive(clap::Args, Debug)]
#[command(
    after_help = "Examples:\n  dbcloud crdb versions\n  dbcloud crdb versions --jq '.[-1].version'"
)]
pub struct Args {
    #[command(flatten)]
    limit: LimitArg,
}

const COLUMNS: &[Column] = &[
    Column::field("VERSION", "version"),
    Column::field("SUPPORT", "support_status"),
    Column::field("RELEASE", "release_type"),
    Column::field("SUPPORT END", "support_end"),
];

pub async fn run(ctx: &Ctx, args: Args) -> Result<()> {
    let versions = ctx.cockroach()?.major_versions(args.limit.get());
    ctx.out.list_pages(versions, COLUMNS).await
}
