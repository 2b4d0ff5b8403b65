//! `dbcloud crdb invoice`: the organization's invoices.

use clap::Subcommand;
use serde_json::Value;

use super::common::LimitArg;
use crate::cockroach::api::billing::InvoiceQuery;
use crate::context::Ctx;
use crate::error::Result;
use crate::output::Column;
use crate::spec_values;

#[derive(clap::Args, Debug)]
pub struct Args {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// List invoices
    #[command(after_help = "\
Examples:
  dbcloud crdb invoice list
  dbcloud crdb invoice list --status draft --json
  dbcloud crdb invoice list --start-time 2026-01-01T00:00:00Z")]
    List {
        /// Only invoices with this status [default: any]
        #[arg(long, value_parser = spec_values::crdb_enum("CockroachCloud_ListInvoices.status"))]
        status: Option<String>,
        /// Only invoices of periods that end after this RFC 3339 time
        #[arg(long, value_name = "TIME", value_parser = crate::validate::rfc3339)]
        start_time: Option<String>,
        /// Only invoices of periods that start before this RFC 3339 time
        #[arg(long, value_name = "TIME", value_parser = crate::validate::rfc3339)]
        end_time: Option<String>,
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

/// Amounts by currency: "123.45 USD" (several joined by ", ").
fn amounts(invoice: &Value, field: &str) -> String {
    invoice
        .get(field)
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(|a| {
            let amount = a.get("amount")?.as_f64()?;
            let currency = a.get("currency").and_then(Value::as_str).unwrap_or("");
            Some(format!("{amount:.2} {currency}").trim_end().to_string())
        })
        .collect::<Vec<_>>()
        .join(", ")
}

fn total(invoice: &Value) -> String {
    amounts(invoice, "totals")
}

fn balance(invoice: &Value) -> String {
    amounts(invoice, "balances")
}

const COLUMNS: &[Column] = &[
    Column::field("ID", "invoice_id"),
    Column::field("STATUS", "status"),
    Column::field("PERIOD START", "period_start"),
    Column::field("PERIOD END", "period_end"),
    Column::computed("TOTAL", total),
    Column::computed("BALANCE", balance),
];

pub async fn run(ctx: &Ctx, args: Args) -> Result<()> {
    let api = ctx.cockroach()?;
    match args.command {
        Command::List {
            status,
            start_time,
            end_time,
            limit,
        } => {
            let query = InvoiceQuery {
                status,
                start_time,
                end_time,
            };
            // The API does not page invoices; --limit still applies.
            let invoices = api.invoices(&query).limit(limit.get());
            ctx.out.list_pages(invoices, COLUMNS).await
        }
        Command::Get { invoice } => {
            let invoice = api.invoice(&invoice).await?;
            ctx.out.item(&invoice, COLUMNS)
        }
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    #[test]
    fn amounts_by_currency() {
        let i = json!({"totals": [{"amount": 123.4, "currency": "USD"}, {"amount": 5, "currency": "CRDB_CLOUD_CREDITS"}],
                       "balances": [{"amount": 0}]});
        assert_eq!(super::total(&i), "123.40 USD, 5.00 CRDB_CLOUD_CREDITS");
        assert_eq!(super::balance(&i), "0.00");
        assert_eq!(super::total(&json!({})), "");
    }
}
