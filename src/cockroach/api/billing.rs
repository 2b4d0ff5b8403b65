//! Invoices and the organization's audit log.

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use super::Api;
use crate::error::Result;
use crate::http::{Request, segment};

const AUDIT_LOG: &str = "/api/v1/auditlogevents";
/// The page of audit log entries asked for when the caller wants everything: the largest the service
/// serves (the seed spec's maximum; the current spec states none).
pub const MAX_AUDIT_PAGE: usize = 1000;

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Invoice {
    /// `id` in older API versions.
    #[serde(alias = "id")]
    pub invoice_id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// Which invoices to list.
#[derive(Clone, Debug, Default)]
pub struct InvoiceQuery {
    /// `FINALIZED` or `DRAFT` (the spec's enum).
    pub status: Option<String>,
    /// Invoices of periods that end after this RFC 3339 time.
    pub start_time: Option<String>,
    /// Invoices of periods that start before this RFC 3339 time.
    pub end_time: Option<String>,
}

#[derive(Clone, Debug, Deserialize)]
struct Invoices {
    #[serde(default)]
    invoices: Vec<Invoice>,
}

/// An audit log entry (`created_at` is what the next page starts after).
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct AuditLogEntry {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<String>,
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

#[derive(Clone, Debug, Deserialize)]
struct AuditLogPage {
    #[serde(default)]
    entries: Vec<AuditLogEntry>,
    /// Sent when there may be more.
    #[serde(default)]
    next_starting_from: Option<String>,
}

/// Which part of the audit log to read.
#[derive(Clone, Debug, Default)]
pub struct AuditLogQuery {
    /// Entries after this RFC 3339 time (before it when descending).
    pub starting_from: Option<String>,
    /// `ASC` or `DESC`.
    pub sort_order: Option<String>,
}

impl Api {
    /// Invoices, optionally only those with a status or of a time window. Not paginated.
    pub async fn invoices(&self, query: &InvoiceQuery) -> Result<Vec<Invoice>> {
        let req = Request::get("/api/v1/invoices")
            .query_opt("status", query.status.as_deref())
            .query_opt("start_time", query.start_time.as_deref())
            .query_opt("end_time", query.end_time.as_deref());
        let answer: Invoices = self.call(req).await?;
        Ok(answer.invoices)
    }

    pub async fn invoice(&self, id: &str) -> Result<Invoice> {
        self.call(Request::get(format!("/api/v1/invoices/{}", segment(id))))
            .await
    }

    /// The audit log, page after page (or the first `limit` entries). Unlike the other lists it pages by time:
    /// each page starts after the previous one's `next_starting_from`, or, when the answer has none but the
    /// page is full, after its last entry's `created_at`.
    pub async fn audit_log(
        &self,
        query: &AuditLogQuery,
        limit: Option<usize>,
    ) -> Result<Vec<AuditLogEntry>> {
        let mut entries: Vec<AuditLogEntry> = Vec::new();
        let mut from = query.starting_from.clone();
        loop {
            let wanted = limit.map(|l| l.saturating_sub(entries.len()));
            if wanted == Some(0) {
                break;
            }
            let page_size = wanted.unwrap_or(MAX_AUDIT_PAGE).min(MAX_AUDIT_PAGE);
            let req = Request::get(AUDIT_LOG)
                .query_opt("starting_from", from.as_deref())
                .query_opt("sort_order", query.sort_order.as_deref())
                .query("limit", page_size);
            let page: AuditLogPage = self.call(req).await?;
            let got = page.entries.len();
            let next = page
                .next_starting_from
                .filter(|n| !n.is_empty())
                .or_else(|| {
                    (got >= page_size)
                        .then(|| page.entries.last().and_then(|e| e.created_at.clone()))
                        .flatten()
                });
            entries.extend(page.entries);
            match next {
                // A page that does not move on would loop forever: stop there.
                Some(n) if got > 0 && from.as_deref() != Some(n.as_str()) => from = Some(n),
                _ => break,
            }
        }
        if let Some(limit) = limit {
            entries.truncate(limit);
        }
        Ok(entries)
    }
}
