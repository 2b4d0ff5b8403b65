//! Invoices and the organization's audit log.

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use super::Api;
use crate::error::Result;
use crate::http::{List, Page, PageFuture, PageSource, Request, segment};

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
    pub fn invoices(&self, query: &InvoiceQuery) -> List<'_, Invoice> {
        let req = Request::get("/api/v1/invoices")
            .query_opt("status", query.status.as_deref())
            .query_opt("start_time", query.start_time.as_deref())
            .query_opt("end_time", query.end_time.as_deref());
        self.list_one(req, "invoices")
    }

    pub async fn invoice(&self, id: &str) -> Result<Invoice> {
        self.call(Request::get(format!("/api/v1/invoices/{}", segment(id))))
            .await
    }

    /// The audit log, page after page (or the first `limit` entries). Unlike the other lists it pages by time:
    /// each page starts after the previous one's `next_starting_from`, or, when the answer has none but the
    /// page is full, after its last entry's `created_at`.
    pub fn audit_log(
        &self,
        query: &AuditLogQuery,
        limit: Option<usize>,
    ) -> List<'_, AuditLogEntry> {
        List::new(AuditPages {
            api: self,
            query: query.clone(),
        })
        .limit(limit)
    }
}

/// The audit log's pages, by time (see [`Api::audit_log`]): the token is the time a page starts after.
struct AuditPages<'c> {
    api: &'c Api,
    query: AuditLogQuery,
}

impl PageSource<AuditLogEntry> for AuditPages<'_> {
    fn fetch<'a>(
        &'a mut self,
        token: Option<&'a str>,
        want: Option<usize>,
    ) -> PageFuture<'a, AuditLogEntry> {
        Box::pin(async move {
            let from = token.or(self.query.starting_from.as_deref());
            let page_size = want.unwrap_or(MAX_AUDIT_PAGE).min(MAX_AUDIT_PAGE);
            let req = Request::get(AUDIT_LOG)
                .query_opt("starting_from", from)
                .query_opt("sort_order", self.query.sort_order.as_deref())
                .query("limit", page_size);
            let page: AuditLogPage = self.api.call(req).await?;
            let got = page.entries.len();
            let next = page
                .next_starting_from
                .filter(|n| !n.is_empty())
                .or_else(|| {
                    (got >= page_size)
                        .then(|| page.entries.last().and_then(|e| e.created_at.clone()))
                        .flatten()
                })
                // A page that does not move on would loop forever: stop there.
                .filter(|n| Some(n.as_str()) != from);
            Ok(Page {
                items: page.entries,
                next,
            })
        })
    }
}
