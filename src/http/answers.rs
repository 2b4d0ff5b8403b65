//! Reading error answers of both APIs tolerantly: ClickHouse's `{status, error, requestId}` with its code
//! prefix, CockroachDB's `{code, message, details}`, and whatever a proxy sends instead (HTML, nothing).

use serde_json::Value;

use crate::error::ApiError;
use crate::provider::Provider;

use super::Response;

/// Reads either provider's error body tolerantly: missing fields, non-JSON, HTML from a proxy.
pub fn parse_error(resp: &Response) -> ApiError {
    let json: Option<Value> = serde_json::from_slice(&resp.body).ok();
    let field = |name: &str| json.as_ref().and_then(|j| j.get(name));
    let header_id = ["x-request-id", "request-id", "x-amzn-requestid"]
        .iter()
        .find_map(|h| {
            resp.headers
                .get(*h)
                .and_then(|v| v.to_str().ok())
                .map(str::to_string)
        });
    let request_id = field("requestId")
        .or_else(|| field("request_id"))
        .and_then(Value::as_str)
        .map(str::to_string)
        .or(header_id);
    let reason = reqwest::StatusCode::from_u16(resp.status)
        .ok()
        .and_then(|s| s.canonical_reason())
        .unwrap_or("error");
    let text_field = |name: &str| {
        field(name)
            .and_then(Value::as_str)
            .map(str::trim)
            .filter(|s| !s.is_empty())
    };
    let (api_code, message) = match resp.provider {
        Provider::ClickHouse => {
            let text = text_field("error").or_else(|| text_field("message"));
            match text {
                Some(text) => match text.split_once(": ") {
                    Some((code, rest)) if is_error_code(code) => {
                        (Some(code.to_string()), rest.to_string())
                    }
                    _ if is_error_code(text) => (Some(text.to_string()), humanize_code(text)),
                    _ => (None, text.to_string()),
                },
                None => (None, String::new()),
            }
        }
        Provider::Cockroach => {
            let code = field("code").and_then(|c| match c {
                Value::Number(n) => Some(n.to_string()),
                Value::String(s) => Some(s.clone()),
                _ => None,
            });
            (code, text_field("message").unwrap_or_default().to_string())
        }
    };
    let message = if !message.is_empty() {
        message
    } else if json.is_some() || resp.body.is_empty() {
        format!("HTTP {} {reason}", resp.status)
    } else {
        format!("HTTP {} {reason}: {}", resp.status, excerpt(&resp.body))
    };
    ApiError {
        provider: resp.provider,
        status: resp.status,
        api_code,
        message,
        request_id,
    }
}

fn is_error_code(s: &str) -> bool {
    !s.is_empty() && s.len() <= 40 && s.bytes().all(|b| b.is_ascii_uppercase() || b == b'_')
}

fn humanize_code(code: &str) -> String {
    let lower = code.replace('_', " ").to_lowercase();
    let mut chars = lower.chars();
    match chars.next() {
        Some(c) => c.to_uppercase().collect::<String>() + chars.as_str(),
        None => lower,
    }
}

/// A short, single-line view of a body for error messages: tags stripped, whitespace folded.
pub fn excerpt(body: &[u8]) -> String {
    let text = String::from_utf8_lossy(body);
    let mut plain = String::new();
    let mut in_tag = false;
    for c in text.chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => {
                in_tag = false;
                plain.push(' ');
            }
            _ if !in_tag => plain.push(c),
            _ => {}
        }
    }
    let folded = plain.split_whitespace().collect::<Vec<_>>().join(" ");
    if folded.is_empty() {
        "an empty body".to_string()
    } else {
        format!("'{}'", truncate(&folded, 120))
    }
}

pub(super) fn truncate(s: &str, max: usize) -> String {
    if s.len() <= max {
        return s.to_string();
    }
    let mut end = max;
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    format!("{}... ({} bytes)", &s[..end], s.len())
}

#[cfg(test)]
mod tests {
    use super::*;
    use reqwest::header::HeaderMap;

    fn response(provider: Provider, status: u16, body: &str) -> Response {
        Response {
            provider,
            status,
            headers: HeaderMap::new(),
            body: body.as_bytes().to_vec(),
        }
    }

    #[test]
    fn clickhouse_errors_split_the_code_prefix() {
        let e = parse_error(&response(
            Provider::ClickHouse,
            409,
            r#"{"status":409,"error":"CONFLICT: Only stopped instances can be terminated","requestId":"r-1"}"#,
        ));
        assert_eq!(e.api_code.as_deref(), Some("CONFLICT"));
        assert_eq!(e.message, "Only stopped instances can be terminated");
        assert_eq!(e.request_id.as_deref(), Some("r-1"));
        let e = parse_error(&response(
            Provider::ClickHouse,
            429,
            r#"{"error":"TOO_MANY_REQUESTS"}"#,
        ));
        assert_eq!(e.message, "Too many requests");
    }

    #[test]
    fn cockroach_errors_keep_the_grpc_code() {
        let e = parse_error(&response(
            Provider::Cockroach,
            404,
            r#"{"code":5,"message":"cluster not found","details":[]}"#,
        ));
        assert_eq!(e.api_code.as_deref(), Some("5"));
        assert_eq!(e.message, "cluster not found");
    }

    #[test]
    fn html_and_empty_bodies_become_short_messages() {
        let e = parse_error(&response(
            Provider::Cockroach,
            502,
            "<html><head><title>502 Bad Gateway</title></head><body><h1>Bad Gateway</h1></body></html>",
        ));
        assert_eq!(
            e.message,
            "HTTP 502 Bad Gateway: '502 Bad Gateway Bad Gateway'"
        );
        let e = parse_error(&response(Provider::ClickHouse, 503, ""));
        assert_eq!(e.message, "HTTP 503 Service Unavailable");
        let e = parse_error(&response(
            Provider::ClickHouse,
            500,
            r#"{"unexpected": true}"#,
        ));
        assert_eq!(e.message, "HTTP 500 Internal Server Error");
    }
}
