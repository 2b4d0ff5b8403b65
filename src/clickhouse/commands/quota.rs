//! `dbcloud ch quota`: the organization's limits, what it uses of them and what is left.

use clap::Subcommand;
use serde_json::Value;

use super::{ListArgs, print_pages};
use crate::context::Ctx;
use crate::error::Result;
use crate::output::{Column, lookup};

#[derive(clap::Args, Debug)]
pub struct Args {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// List the organization's quotas: each limit, its usage and what is left
    #[command(after_help = "\
Examples:
  dbcloud ch quota list
  dbcloud ch quota list --jq '.[] | select(.usage >= .value) | .quotaCode'")]
    List(ListArgs),
    /// Show one quota by its code
    #[command(after_help = "Example:\n  dbcloud ch quota get services-per-organization")]
    Get {
        /// Quota code (as `quota list` shows it)
        #[arg(value_name = "CODE", value_parser = crate::validate::id)]
        code: String,
    },
}

const COLUMNS: &[Column] = &[
    Column::field("CODE", "quotaCode"),
    Column::field("NAME", "name"),
    Column::field("SCOPE", "scope"),
    Column::field("LIMIT", "value"),
    Column::field("USAGE", "usage"),
    Column::computed("LEFT", left),
    Column::field("ADJUSTABLE", "adjustable"),
];

/// What is left of a quota: the limit minus the usage; a lowered limit can leave the usage above it.
fn left(quota: &Value) -> String {
    let number = |f: &str| lookup(quota, f).and_then(Value::as_i64);
    match (number("value"), number("usage")) {
        (Some(limit), Some(usage)) if usage > limit => format!("0 (over by {})", usage - limit),
        (Some(limit), Some(usage)) => (limit - usage).to_string(),
        _ => String::new(),
    }
}

pub async fn run(ctx: &Ctx, args: Args) -> Result<()> {
    let api = ctx.clickhouse()?;
    let org = ctx.clickhouse_org().await?;
    match args.command {
        Command::List(list) => print_pages(ctx, api.quotas(&org), &list, COLUMNS).await,
        Command::Get { code } => ctx.out.item(&api.quota(&org, &code).await?, COLUMNS),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn what_is_left() {
        assert_eq!(left(&json!({"value": 20, "usage": 3})), "17");
        assert_eq!(left(&json!({"value": 2, "usage": 5})), "0 (over by 3)");
        assert_eq!(left(&json!({"value": 20})), "");
    }
}
