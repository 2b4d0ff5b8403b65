//! Answers as bytes on the wire: the provider's framing, error bodies, and the faults' answers.

use super::*;

pub(super) fn check_answer(
    op: &crate::spec::Operation,
    provider: Provider,
    reply: &Reply,
) -> Result<(), String> {
    let instance = match (provider, reply) {
        (_, Reply::Text(text, _) | Reply::File(text, _, _)) => Value::String(text.clone()),
        (Provider::ClickHouse, Reply::Json(v)) => {
            json!({"status": 200, "requestId": "00000000-0000-4000-8000-000000000000", "result": v})
        }
        (Provider::ClickHouse, Reply::Empty) => {
            json!({"status": 200, "requestId": "00000000-0000-4000-8000-000000000000"})
        }
        (Provider::Cockroach, Reply::Json(v)) => v.clone(),
        (Provider::Cockroach, Reply::Empty) => json!({}),
    };
    op.validate_response(&instance)
}

/// A validation failure in the provider's words.
pub(super) fn invalid(provider: Provider, detail: String) -> ApiError {
    match provider {
        Provider::ClickHouse => ApiError::bad_request(detail),
        Provider::Cockroach => ApiError::bad_request(format!("invalid request: {detail}")),
    }
}

#[derive(Default)]
pub(super) struct FaultDraw {
    pub(super) latency_ms: u64,
    pub(super) reset: bool,
    pub(super) fail: Option<u16>,
    pub(super) html: Option<u16>,
    pub(super) truncate: bool,
    pub(super) lost_answer: bool,
    pub(super) gateway_timeout: bool,
}

pub(super) struct Answer {
    pub(super) status: u16,
    pub(super) headers: Vec<(String, String)>,
    pub(super) body: Vec<u8>,
}

impl Answer {
    pub(super) fn json(status: u16, body: Value) -> Answer {
        Answer {
            status,
            headers: vec![("content-type".into(), "application/json".into())],
            body: serde_json::to_vec(&body).unwrap_or_default(),
        }
    }

    pub(super) fn error(provider: Option<Provider>, request_id: &str, e: ApiError) -> Answer {
        Answer::json(e.status, e.body(provider, request_id))
    }

    pub(super) fn with_headers(mut self, headers: Vec<(String, String)>) -> Answer {
        self.headers.extend(headers);
        self
    }

    pub(super) fn into_response(self) -> Response {
        let mut res = Response::new(Body::from(self.body));
        *res.status_mut() =
            StatusCode::from_u16(self.status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
        for (k, v) in self.headers {
            if let (Ok(name), Ok(value)) =
                (header::HeaderName::try_from(k), HeaderValue::from_str(&v))
            {
                res.headers_mut().insert(name, value);
            }
        }
        res
    }
}

/// An injected failure's answer, in the provider's shape.
pub(super) fn fault_answer(provider: Option<Provider>, status: u16) -> Answer {
    let request_id = uuid::Uuid::new_v4().to_string();
    let (code, kind, message) = match status {
        429 => (
            8,
            "TOO_MANY_REQUESTS",
            "rate limit exceeded (injected fault)",
        ),
        500 => (
            13,
            "INTERNAL_SERVER_ERROR",
            "internal error (injected fault)",
        ),
        502 => (14, "BAD_GATEWAY", "bad gateway (injected fault)"),
        503 => (
            14,
            "SERVICE_UNAVAILABLE",
            "service unavailable (injected fault)",
        ),
        504 => (4, "GATEWAY_TIMEOUT", "gateway timeout (injected fault)"),
        _ => (2, "ERROR", "error (injected fault)"),
    };
    let mut answer = match (provider, status) {
        (Some(Provider::ClickHouse), 429) => {
            Answer::json(429, json!({"error": "TOO_MANY_REQUESTS"}))
        }
        _ => Answer::error(
            provider,
            &request_id,
            ApiError::new(status, code, kind, message),
        ),
    };
    if status == 429 || status == 503 {
        answer.headers.push(("retry-after".into(), "1".into()));
    }
    if status == 429 && provider == Some(Provider::ClickHouse) {
        answer
            .headers
            .push(("x-ratelimit-reset".into(), "1".into()));
    }
    answer
}

pub(super) fn html_answer(status: u16) -> Answer {
    let body = if status == 504 {
        "<html>\r\n<head><title>504 Gateway Time-out</title></head>\r\n<body>\r\n<center><h1>504 Gateway Time-out</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n".to_string()
    } else if status == 502 {
        "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n".to_string()
    } else {
        "<!DOCTYPE html>\n<html><head><title>Sign in to continue</title></head>\n<body><h1>Network login required</h1><p>Please sign in to access the Internet.</p></body></html>\n".to_string()
    };
    Answer {
        status,
        headers: vec![("content-type".into(), "text/html; charset=utf-8".into())],
        body: body.into_bytes(),
    }
}
