//! Upload sessions: `POST .../udfUploads/url` hands out an upload ID and a presigned URL on the emulator
//! itself (`/_uploads/udf/ID?X-Amz-Expires=...&X-Amz-Signature=...`), which takes the archive with a `PUT`
//! like object storage does: no API key, the signature and expiry checked, `Content-Type: application/zip`
//! (the type the URL was signed for). A create or version create consumes the upload once.

use std::collections::BTreeMap;

use serde_json::json;

use crate::engine::{ApiError, Ctx, Reply};
use crate::store::{Millis, State, new_uuid, random_token, rfc3339};

/// Where upload URLs point (not an API path: no key, no spec, not rate limited).
pub const UPLOADS: &str = "/_uploads/udf/";
/// Stored sessions, per organization.
const SESSIONS: &str = "/v1/organizations/{organizationId}/udfUploads";
/// How long an upload URL works.
const VALID_MS: Millis = 15 * 60 * 1000;
/// Sessions kept (the oldest go first).
const MAX_SESSIONS: usize = 1000;

fn sessions_path(org: &str) -> String {
    SESSIONS.replace("{organizationId}", org)
}

pub(super) fn create_session(ctx: &mut Ctx<'_>, org: &str) -> Result<Reply, ApiError> {
    let id = new_uuid();
    let signature = random_token(40);
    let expires = ctx.now + VALID_MS;
    let url = format!(
        "{}{UPLOADS}{id}?X-Amz-Expires={}&X-Amz-Signature={signature}",
        ctx.env.base_url,
        VALID_MS / 1000
    );
    let sessions = ctx.state.collection_mut(&sessions_path(org), SESSIONS);
    sessions.insert(
        &id,
        json!({
            "uploadId": id,
            "expiresAt": rfc3339(expires),
            "uploadedBytes": null,
            "_expires": expires,
            "_signature": signature,
        }),
    );
    if sessions.len() > MAX_SESSIONS {
        let oldest = sessions
            .iter()
            .next()
            .and_then(|s| s["_key"].as_str().map(str::to_string));
        if let Some(k) = oldest {
            sessions.remove(&k);
        }
    }
    Ok(Reply::Json(
        json!({"uploadId": id, "uploadUrl": url, "expiresAt": rfc3339(expires)}),
    ))
}

/// Takes the upload a create request names, once: whether it holds a zip archive. An upload that is
/// unknown, not uploaded yet, expired or used already is 410 (the source archive is unavailable).
pub(super) fn consume(ctx: &mut Ctx<'_>, org: &str) -> Result<bool, ApiError> {
    let id = ctx.body_str("uploadId").unwrap_or_default().to_string();
    let now = ctx.now;
    let gone = |why: &str| ApiError::new(410, 5, "GONE", format!("upload {id} {why}"));
    let session = ctx
        .state
        .item_mut(&sessions_path(org), &id)
        .ok_or_else(|| gone("does not exist; request an upload URL first"))?;
    if session["_used"] == true {
        return Err(gone(
            "was used already; request a new upload URL for each create",
        ));
    }
    if session["uploadedBytes"].is_null() {
        return Err(gone("has no archive: upload it to the upload URL first"));
    }
    if session["_expires"].as_u64().unwrap_or(0) <= now {
        return Err(gone("has expired"));
    }
    session["_used"] = json!(true);
    Ok(session["_zip"] == true)
}

/// An S3-like error body.
fn s3_error(status: u16, code: &str, message: &str) -> (u16, String) {
    (
        status,
        format!(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>{code}</Code><Message>{message}</Message></Error>"
        ),
    )
}

/// A `PUT` of an archive to an upload URL: (status, body).
pub fn receive_upload(
    state: &mut State,
    method: &str,
    path: &str,
    query: &BTreeMap<String, String>,
    content_type: &str,
    body: &[u8],
    now: Millis,
) -> (u16, String) {
    if method != "PUT" {
        return s3_error(405, "MethodNotAllowed", "upload URLs take PUT");
    }
    let id = path.strip_prefix(UPLOADS).unwrap_or_default();
    let org = state.meta_str("clickhouse_org_id");
    let Some(session) = state.item_mut(&sessions_path(&org), id) else {
        return s3_error(404, "NoSuchUpload", "The specified upload does not exist.");
    };
    if query.get("X-Amz-Signature").map(String::as_str) != session["_signature"].as_str() {
        return s3_error(
            403,
            "SignatureDoesNotMatch",
            "The request signature we calculated does not match the signature you provided.",
        );
    }
    if session["_expires"].as_u64().unwrap_or(0) <= now {
        return s3_error(403, "AccessDenied", "Request has expired");
    }
    if !content_type.starts_with("application/zip") {
        return s3_error(
            403,
            "SignatureDoesNotMatch",
            "The URL was signed for Content-Type application/zip.",
        );
    }
    if session["_used"] == true {
        return s3_error(403, "AccessDenied", "The upload was used already.");
    }
    session["uploadedBytes"] = json!(body.len());
    // A zip archive starts with a local file header (or, empty, with the end of its directory).
    session["_zip"] = json!(body.starts_with(b"PK\x03\x04") || body.starts_with(b"PK\x05\x06"));
    (200, String::new())
}
