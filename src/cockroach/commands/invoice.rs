//! `dbcloud crdb invoice`: the organization's invoices.

use clap::Subcommand;
use serde_json::Value;

use super::common::LimitArg;
use crate::cockroach::input::wire_name;
use crate::context::Ctx;
use crate::error::Result;
use crate::output::Column;

#[derive(clap::Args, Debug)]
pub struct Args {
    #[command(subcommand)]
    command: Command,
}

/// The spec's invoice statuses.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
#[value(rename_all = "PascalCase")]
enum Status {
    Finalized,
    Draft,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// List invoices
    #[command(after_help = "\
Examples:
  dbcloud crdb invoice list
  dbcloud crdb invoice list --status draft --json")]
    List {
        /// Only invoices with this status [default: both]
        #[arg(long, value_enum, ignore_case = true)]
        status: Option<Status>,
        #[command(flatten)]
        limit: LimitArg,
    },
    /// Show an invoice
    #[command(
        after_help = "Example:\n  dbcloud crdb invoice get 7c1d2e3f-0a4b-4c5d-8e6f-1a2b3c4d5e6f --json"
    )]
    Get {
        /// Invoice ID
        #[arg(value_parser = crate::validate::id)]
        invoice: String,
    },
}

/// `total_amount` is in US cents.
fn total(invoice: &Value) -> String {
    invoice["total_amount"]
        .as_f64()
        .map(|cents| format!("{:.2}", cents / 100.0))
        .unwrap_or_default()
}

const COLUMNS: &[Column] = &[
    Column::field("ID", "id"),
    Column::field("STATUS", "status"),
    Column::field("PERIOD START", "period_start"),
    Column::field("PERIOD END", "period_end"),
    Column::computed("TOTAL (USD)", total),
];

pub async fn run(ctx: &Ctx, args: Args) -> Result<()> {
    let api = ctx.cockroach()?;
    match args.command {
        Command::List { status, limit } => {
            let status = status.map(wire_name);
            let mut invoices = api.invoices(status.as_deref()).await?;
            // The API does not page invoices; --limit still applies.
            if let Some(l) = limit.get() {
                invoices.truncate(l);
            }
            ctx.out.list(&invoices, COLUMNS)
        }
        Command::Get { invoice } => {
            let invoice = api.invoice(&invoice).await?;
            ctx.out.item(&invoice, COLUMNS)
        }
    }
}
