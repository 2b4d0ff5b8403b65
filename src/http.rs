//! The one place requests are sent: authentication, headers, timeouts, retries, the client-side rate limit,
//! the `--verbose` log and the parsing of both providers' error bodies.
//!
//! Retries follow NOTES.md: a 429 (and a CockroachDB 503 carrying `Retry-After`, its other way of saying
//! "rate limited") is retried for every method because the server did not act; 5xx answers, resets and timeouts
//! only for GET/HEAD, because a failed write may still have changed state. Connection failures before anything
//! was sent (refused, DNS) are retried for every method.
//!
//! A write that failed in a way that may have acted is told apart by [`outcome_unknown`]; `crate::confirm`
//! then resolves it by reading back, never by a blind repeat.

use std::collections::HashMap;
use std::fmt;
use std::io::Write;
use std::sync::{Arc, Mutex, OnceLock};
use std::time::{Duration, Instant};

use backon::BackoffBuilder;
use reqwest::header::{AUTHORIZATION, HeaderMap, HeaderName, HeaderValue};
use reqwest::{Method, Url};
use serde::de::DeserializeOwned;
use serde_json::Value;

use crate::error::{Error, Result};
use crate::provider::Provider;

mod answers;
mod paging;
mod redact;
mod upload;

use answers::truncate;
pub use answers::{excerpt, parse_error};
pub use paging::{Items, List, Page, PageFuture, PageSource, QueryPaging, read_page};
pub use redact::redact_json;
use redact::redacted_auth;

pub const USER_AGENT: &str = concat!("dbcloud/", env!("CARGO_PKG_VERSION"));
/// The API version this client is written against (the CockroachDB spec's version, NOTES.md).
pub const COCKROACH_API_VERSION: &str = "2024-09-16";

/// Credentials as sent on the wire.
#[derive(Clone)]
pub enum Auth {
    Basic { key_id: String, key_secret: String },
    Bearer { api_key: String },
}

impl Auth {
    fn header(&self) -> HeaderValue {
        use base64::Engine;
        let text = match self {
            Auth::Basic { key_id, key_secret } => format!(
                "Basic {}",
                base64::engine::general_purpose::STANDARD.encode(format!("{key_id}:{key_secret}"))
            ),
            Auth::Bearer { api_key } => format!("Bearer {api_key}"),
        };
        let mut value =
            HeaderValue::from_str(&text).unwrap_or_else(|_| HeaderValue::from_static("invalid"));
        value.set_sensitive(true);
        value
    }

    fn secrets(&self) -> Vec<String> {
        match self {
            Auth::Basic { key_secret, .. } => vec![key_secret.clone()],
            Auth::Bearer { api_key } => vec![api_key.clone()],
        }
    }
}

/// How hard to try before giving up.
#[derive(Clone, Debug)]
pub struct RetryPolicy {
    pub max_retries: usize,
    pub min_delay: Duration,
    pub max_delay: Duration,
    /// Retries stop once waiting longer would pass this much time since the first attempt.
    pub max_total: Duration,
}

impl Default for RetryPolicy {
    /// Four retries, or `DBCLOUD_RETRIES` (0 to 20) for networks worse than usual.
    fn default() -> Self {
        let max_retries = std::env::var("DBCLOUD_RETRIES")
            .ok()
            .and_then(|v| v.trim().parse::<usize>().ok())
            .map_or(4, |n| n.min(20));
        RetryPolicy {
            max_retries,
            min_delay: Duration::from_millis(500),
            max_delay: Duration::from_secs(10),
            max_total: Duration::from_secs(90),
        }
    }
}

pub struct ClientConfig {
    pub provider: Provider,
    pub base_url: String,
    pub auth: Auth,
    pub timeout: Duration,
    pub verbose: bool,
    pub retry: RetryPolicy,
    /// Where to say that a rate limit pauses the command for a second or more (`None` with `--quiet`): a
    /// `--wait` that stops moving should say why.
    pub pause_notice: Option<fn(&str)>,
}

/// A pause shorter than this goes unmentioned (outside `-v`): only a pause a user could notice is announced.
const NOTICEABLE_PAUSE: Duration = Duration::from_secs(1);

/// One API request, built by the typed wrappers (or `dbcloud api`).
#[derive(Clone, Debug)]
pub struct Request {
    pub method: Method,
    /// The path as the API documents it, already percent-encoded (see [`segment`]).
    pub path: String,
    pub query: Vec<(String, String)>,
    pub body: Option<Value>,
    /// The media type asked for (`Accept`): JSON unless the operation answers something else.
    pub accept: &'static str,
}

impl Request {
    pub fn new(method: Method, path: impl Into<String>) -> Self {
        Request {
            method,
            path: path.into(),
            query: Vec::new(),
            body: None,
            accept: "application/json",
        }
    }
    pub fn get(path: impl Into<String>) -> Self {
        Self::new(Method::GET, path)
    }
    pub fn post(path: impl Into<String>, body: Value) -> Self {
        Self::new(Method::POST, path).json(body)
    }
    pub fn patch(path: impl Into<String>, body: Value) -> Self {
        Self::new(Method::PATCH, path).json(body)
    }
    pub fn put(path: impl Into<String>, body: Value) -> Self {
        Self::new(Method::PUT, path).json(body)
    }
    pub fn delete(path: impl Into<String>) -> Self {
        Self::new(Method::DELETE, path)
    }
    pub fn json(mut self, body: Value) -> Self {
        self.body = Some(body);
        self
    }
    pub fn query(mut self, key: impl Into<String>, value: impl ToString) -> Self {
        self.query.push((key.into(), value.to_string()));
        self
    }
    /// Asks for another media type than JSON (`text/plain` for Prometheus metrics).
    pub fn accept(mut self, media_type: &'static str) -> Self {
        self.accept = media_type;
        self
    }
    pub fn query_opt(self, key: &str, value: Option<impl ToString>) -> Self {
        match value {
            Some(v) => self.query(key, v),
            None => self,
        }
    }

    /// Only these may be repeated after a 5xx, reset or timeout: the others may have acted.
    fn idempotent(&self) -> bool {
        self.method == Method::GET || self.method == Method::HEAD
    }
}

/// A model as JSON, for a request body or for output (models hold only JSON values, so this fails only on
/// a bug).
pub fn to_json<T: serde::Serialize + ?Sized>(value: &T) -> Result<Value> {
    serde_json::to_value(value).map_err(|e| Error::Failed(format!("cannot render JSON: {e}")))
}

/// Percent-encodes one path segment (a name chosen by the user may hold `/` or spaces).
pub fn segment(s: &str) -> String {
    const SEGMENT: &percent_encoding::AsciiSet = &percent_encoding::NON_ALPHANUMERIC
        .remove(b'-')
        .remove(b'_')
        .remove(b'.')
        .remove(b'~');
    percent_encoding::utf8_percent_encode(s, SEGMENT).to_string()
}

#[derive(Debug)]
pub struct Response {
    pub provider: Provider,
    pub status: u16,
    pub headers: HeaderMap,
    pub body: Vec<u8>,
}

impl Response {
    /// The body as JSON of the expected shape; anything else is a [`Error::BadResponse`], never a panic.
    pub fn json<T: DeserializeOwned>(&self) -> Result<T> {
        serde_json::from_slice(&self.body).map_err(|e| Error::BadResponse {
            provider: self.provider,
            status: self.status,
            detail: format!("{e} in {}", excerpt(&self.body)),
        })
    }

    pub fn text(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }
}

/// The client-side rate limit: at most `limit` requests in any window of `period` (a sliding window, so the
/// published rate holds however requests bunch up; a token bucket would let a burst and its refill exceed it).
struct RateWindow {
    limit: usize,
    period: Duration,
    sent: std::sync::Mutex<std::collections::VecDeque<Instant>>,
}

impl RateWindow {
    fn new((limit, period): (usize, Duration)) -> RateWindow {
        RateWindow {
            limit,
            period,
            sent: std::sync::Mutex::new(std::collections::VecDeque::with_capacity(limit)),
        }
    }

    /// Takes a place for a request now (zero), or says how long to wait before asking again.
    fn reserve(&self, now: Instant) -> Duration {
        let mut sent = self
            .sent
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        while sent
            .front()
            .is_some_and(|t| now.duration_since(*t) >= self.period)
        {
            sent.pop_front();
        }
        match sent.front() {
            Some(oldest) if sent.len() >= self.limit => self.period - now.duration_since(*oldest),
            _ => {
                sent.push_back(now);
                Duration::ZERO
            }
        }
    }
}

/// The one HTTP client of the process: its connection pool and TLS configuration (crypto provider, root
/// certificates) are built once, on first use, and shared by every profile and provider, so `dbcloud ls` over
/// many profiles pays for them once and reuses connections to the same host. Credentials, the base URL and
/// the `--timeout` travel with each request (the request's timeout bounds its connection too).
fn shared_http() -> Result<reqwest::Client> {
    static SHARED: OnceLock<reqwest::Client> = OnceLock::new();
    if let Some(http) = SHARED.get() {
        return Ok(http.clone());
    }
    // reqwest is built without a default crypto provider (no aws-lc build); ring is installed once here.
    let _ = rustls::crypto::ring::default_provider().install_default();
    let http = reqwest::Client::builder()
        .user_agent(USER_AGENT)
        .connect_timeout(Duration::from_secs(10))
        .gzip(true)
        .build()
        .map_err(|e| Error::Failed(format!("cannot build the HTTP client: {e}")))?;
    Ok(SHARED.get_or_init(|| http).clone())
}

/// The client-side limiter of a provider and key: one per key in the process, however many profiles or
/// clients use it, because the service counts requests per key.
fn limiter(provider: Provider, auth: &Auth) -> Arc<RateWindow> {
    type Limiters = Mutex<HashMap<(Provider, String), Arc<RateWindow>>>;
    static LIMITERS: OnceLock<Limiters> = OnceLock::new();
    let key = match auth {
        Auth::Basic { key_id, .. } => key_id.clone(),
        Auth::Bearer { api_key } => api_key.clone(),
    };
    let mut limiters = LIMITERS
        .get_or_init(Limiters::default)
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner());
    limiters
        .entry((provider, key))
        .or_insert_with(|| Arc::new(RateWindow::new(provider.rate())))
        .clone()
}

pub struct Client {
    http: reqwest::Client,
    provider: Provider,
    base: Url,
    auth_header: HeaderValue,
    secrets: Vec<String>,
    limiter: Arc<RateWindow>,
    verbose: bool,
    timeout: Duration,
    retry: RetryPolicy,
    pause_notice: Option<fn(&str)>,
}

impl Client {
    pub fn new(config: ClientConfig) -> Result<Client> {
        let base_text = normalize_base_url(config.provider, &config.base_url);
        let base = Url::parse(&base_text).map_err(|e| {
            Error::usage(format!(
                "invalid {} API URL '{}': {e}",
                config.provider, config.base_url
            ))
        })?;
        if !matches!(base.scheme(), "http" | "https") {
            return Err(Error::usage(format!(
                "invalid {} API URL '{}': only http and https are supported",
                config.provider, config.base_url
            )));
        }
        Ok(Client {
            http: shared_http()?,
            provider: config.provider,
            base,
            limiter: limiter(config.provider, &config.auth),
            auth_header: config.auth.header(),
            secrets: config.auth.secrets(),
            verbose: config.verbose,
            timeout: config.timeout,
            retry: config.retry,
            pause_notice: config.pause_notice,
        })
    }

    pub fn provider(&self) -> Provider {
        self.provider
    }

    pub fn base_url(&self) -> &Url {
        &self.base
    }

    /// Sends the request, retrying as the module docs say; a non-2xx answer becomes [`Error::Api`].
    pub async fn send(&self, req: &Request) -> Result<Response> {
        let response = self.send_raw(req).await?;
        if (200..300).contains(&response.status) {
            Ok(response)
        } else {
            Err(Error::Api(parse_error(&response)))
        }
    }

    /// Like [`send`](Self::send) but returns any final answer, 2xx or not.
    pub async fn send_raw(&self, req: &Request) -> Result<Response> {
        let url = self.url(req)?;
        let started = Instant::now();
        let mut backoff = backon::ExponentialBuilder::new()
            .with_min_delay(self.retry.min_delay)
            .with_max_delay(self.retry.max_delay)
            .with_max_times(self.retry.max_retries)
            .with_jitter()
            .build();
        let mut retries_left = self.retry.max_retries;
        let mut timed_out_before = false;
        loop {
            self.throttle().await;
            self.log_request(req, &url);
            let sent = Instant::now();
            let outcome = self.attempt(req, url.clone()).await;
            let delay = match &outcome {
                Ok(resp) => {
                    self.log_response(resp, sent.elapsed());
                    if (200..300).contains(&resp.status) {
                        return outcome.map_err(|e| e.error);
                    }
                    let server_delay = retry_after(&resp.headers);
                    let rate_limited = resp.status == 429
                        || (self.provider == Provider::Cockroach
                            && resp.status == 503
                            && server_delay.is_some());
                    if rate_limited {
                        let delay = server_delay.or_else(|| backoff.next());
                        if let Some(delay) = delay {
                            self.announce_pause(&format!(
                                "The {} API is rate limiting (HTTP {}): pausing {}s before retrying",
                                self.provider,
                                resp.status,
                                delay.as_secs_f64().ceil()
                            ), delay);
                        }
                        delay
                    } else if resp.status >= 500 && req.idempotent() {
                        backoff.next()
                    } else {
                        None
                    }
                }
                Err(e) => {
                    self.log_line(&format!("* {e}"));
                    // A request that timed out once at the user's limit gets one more try, not several.
                    let timeout_again = e.timed_out && timed_out_before;
                    timed_out_before |= e.timed_out;
                    if e.retryable || (req.idempotent() && !timeout_again) {
                        backoff.next()
                    } else {
                        None
                    }
                }
            };
            let delay = delay
                .filter(|d| retries_left > 0 && started.elapsed() + *d <= self.retry.max_total);
            let Some(delay) = delay else {
                return outcome.map_err(|e| e.error);
            };
            retries_left -= 1;
            self.log_line(&format!("* retrying in {} ms", delay.as_millis()));
            tokio::time::sleep(delay).await;
        }
    }

    /// Says on stderr (unless quiet) that the command pauses for a rate limit, when the pause is noticeable.
    fn announce_pause(&self, message: &str, pause: Duration) {
        if let Some(notice) = self.pause_notice
            && pause >= NOTICEABLE_PAUSE
        {
            notice(message);
        }
    }

    fn url(&self, req: &Request) -> Result<Url> {
        if !req.path.starts_with('/') {
            return Err(Error::usage(format!(
                "API path '{}' must start with '/'",
                req.path
            )));
        }
        let mut text = self.base.as_str().trim_end_matches('/').to_string();
        text.push_str(&req.path);
        let mut url = Url::parse(&text)
            .map_err(|e| Error::usage(format!("invalid API path '{}': {e}", req.path)))?;
        if !req.query.is_empty() {
            url.query_pairs_mut().extend_pairs(req.query.iter());
        }
        Ok(url)
    }

    async fn throttle(&self) {
        loop {
            let wait = self.limiter.reserve(Instant::now());
            if wait.is_zero() {
                return;
            }
            self.log_line(&format!(
                "* client-side rate limit: waiting {} ms",
                wait.as_millis()
            ));
            let (limit, period) = self.provider.rate();
            self.announce_pause(
                &format!(
                    "Pausing {}s: the {} API allows {limit} requests per {}",
                    wait.as_secs_f64().ceil(),
                    self.provider,
                    humantime::format_duration(period)
                ),
                wait,
            );
            tokio::time::sleep(wait).await;
        }
    }

    async fn attempt(
        &self,
        req: &Request,
        url: Url,
    ) -> std::result::Result<Response, AttemptError> {
        let mut builder = self
            .http
            .request(req.method.clone(), url.clone())
            .timeout(self.timeout)
            .header(AUTHORIZATION, self.auth_header.clone())
            .header(reqwest::header::ACCEPT, req.accept);
        if self.provider == Provider::Cockroach {
            builder = builder.header("Cc-Version", COCKROACH_API_VERSION);
        }
        if let Some(body) = &req.body {
            builder = builder
                .header(reqwest::header::CONTENT_TYPE, "application/json")
                .body(serde_json::to_vec(body).unwrap_or_default());
        }
        let response = builder
            .send()
            .await
            .map_err(|e| self.transport_error(&url, e))?;
        let status = response.status().as_u16();
        let headers = response.headers().clone();
        let body = response
            .bytes()
            .await
            .map_err(|e| self.transport_error(&url, e))?;
        Ok(Response {
            provider: self.provider,
            status,
            headers,
            body: body.to_vec(),
        })
    }

    fn transport_error(&self, url: &Url, e: reqwest::Error) -> AttemptError {
        let mut origin = url.clone();
        origin.set_query(None);
        if e.is_timeout() {
            return AttemptError {
                retryable: false,
                timed_out: true,
                error: Error::Timeout(format!(
                    "the {} API did not answer within {} ({} {})",
                    self.provider,
                    humantime::format_duration(self.timeout),
                    origin.path(),
                    origin.host_str().unwrap_or_default()
                ))
                .with_hint("raise the limit with --timeout"),
            };
        }
        // A refused connection sent nothing, so any method may try again.
        let retryable = e.is_connect();
        let mut detail = e.to_string();
        let mut source = std::error::Error::source(&e);
        while let Some(s) = source {
            detail = format!("{detail}: {s}");
            source = s.source();
        }
        AttemptError {
            retryable,
            timed_out: false,
            error: Error::Network {
                sent: !retryable,
                provider: self.provider,
                url: format!(
                    "{}://{}",
                    origin.scheme(),
                    origin.host_str().unwrap_or_default()
                ) + &origin.port().map(|p| format!(":{p}")).unwrap_or_default(),
                detail,
            },
        }
    }

    fn log_line(&self, line: &str) {
        if self.verbose {
            let _ = writeln!(std::io::stderr().lock(), "{}", self.redact_text(line));
        }
    }

    fn log_request(&self, req: &Request, url: &Url) {
        if !self.verbose {
            return;
        }
        let mut lines = vec![format!("> {} {}", req.method, url)];
        lines.push(format!(
            "> authorization: {}",
            redacted_auth(&self.auth_header)
        ));
        lines.push(format!("> user-agent: {USER_AGENT}"));
        if self.provider == Provider::Cockroach {
            lines.push(format!("> cc-version: {COCKROACH_API_VERSION}"));
        }
        if let Some(body) = &req.body {
            let mut body = body.clone();
            redact_json(&mut body);
            lines.push(format!("> {body}"));
        }
        for line in lines {
            self.log_line(&line);
        }
    }

    fn log_response(&self, resp: &Response, took: Duration) {
        if !self.verbose {
            return;
        }
        let reason = reqwest::StatusCode::from_u16(resp.status)
            .ok()
            .and_then(|s| s.canonical_reason())
            .unwrap_or("");
        self.log_line(&format!(
            "< {} {} ({} ms)",
            resp.status,
            reason,
            took.as_millis()
        ));
        for name in [
            "content-type",
            "retry-after",
            "x-ratelimit-reset",
            "x-request-id",
        ] {
            if let Some(v) = resp.headers.get(name).and_then(|v| v.to_str().ok()) {
                self.log_line(&format!("< {name}: {v}"));
            }
        }
        if !resp.body.is_empty() {
            let shown = match serde_json::from_slice::<Value>(&resp.body) {
                Ok(mut v) => {
                    redact_json(&mut v);
                    v.to_string()
                }
                Err(_) => String::from_utf8_lossy(&resp.body).into_owned(),
            };
            self.log_line(&format!("< {}", truncate(&shown, 8192)));
        }
    }

    /// A last line of defence: the literal secrets never reach the log, whatever field carried them.
    fn redact_text(&self, text: &str) -> String {
        let mut out = text.to_string();
        for s in self.secrets.iter().filter(|s| s.len() >= 4) {
            out = out.replace(s.as_str(), "[REDACTED]");
        }
        out
    }
}

struct AttemptError {
    retryable: bool,
    timed_out: bool,
    error: Error,
}

impl fmt::Display for AttemptError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.error.fmt(f)
    }
}

/// Whether a failed request may still have acted: a reset or a broken answer, a timeout, a 500 or a
/// gateway's 502/503/504, a 2xx whose body could not be read. A refused connection, a 4xx, a 429 or a 501 is
/// a clean failure: nothing happened. (A CockroachDB 503 with `Retry-After` did not act either, but once
/// retries are spent it is counted as unknown: reading back costs a request, a wrong guess a duplicate.)
pub fn outcome_unknown(e: &Error) -> bool {
    match e {
        Error::Api(api) => api.status >= 500 && api.status != 501,
        Error::BadResponse { .. } | Error::Timeout(_) => true,
        Error::Network { sent, .. } => *sent,
        Error::Hinted { source, .. } => outcome_unknown(source),
        _ => false,
    }
}

/// Accepts the base with or without a trailing `/` (and, for ClickHouse, a trailing `/v1`, as other tools'
/// `CLICKHOUSE_API_URL` values carry it), because every path we send already starts with `/v1`.
pub fn normalize_base_url(provider: Provider, url: &str) -> String {
    let mut url = url.trim().trim_end_matches('/');
    if provider == Provider::ClickHouse {
        url = url.strip_suffix("/v1").unwrap_or(url);
    }
    url.trim_end_matches('/').to_string()
}

/// `Retry-After` (seconds or an HTTP date) or ClickHouse's `X-RateLimit-Reset` (seconds, or an epoch time).
fn retry_after(headers: &HeaderMap) -> Option<Duration> {
    let header = |name: &str| {
        headers
            .get(HeaderName::from_bytes(name.as_bytes()).ok()?)
            .and_then(|v| v.to_str().ok())
            .map(str::trim)
    };
    if let Some(v) = header("retry-after") {
        if let Ok(secs) = v.parse::<f64>() {
            return Some(Duration::from_secs_f64(secs.clamp(0.0, 3600.0)));
        }
        if let Ok(at) = httpdate::parse_http_date(v) {
            return Some(
                at.duration_since(std::time::SystemTime::now())
                    .unwrap_or_default(),
            );
        }
    }
    if let Some(v) = header("x-ratelimit-reset")
        && let Ok(secs) = v.parse::<f64>()
    {
        // Values this large are a point in time (epoch seconds), not a delay.
        if secs > 1_000_000_000.0 {
            let now = std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .unwrap_or_default()
                .as_secs_f64();
            return Some(Duration::from_secs_f64((secs - now).clamp(0.0, 3600.0)));
        }
        return Some(Duration::from_secs_f64(secs.clamp(0.0, 3600.0)));
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base_urls_are_normalized() {
        assert_eq!(
            normalize_base_url(Provider::ClickHouse, "https://api.clickhouse.cloud/v1/"),
            "https://api.clickhouse.cloud"
        );
        assert_eq!(
            normalize_base_url(Provider::Cockroach, "http://127.0.0.1:8787/"),
            "http://127.0.0.1:8787"
        );
    }

    #[test]
    fn retry_after_forms() {
        let mut h = HeaderMap::new();
        h.insert("retry-after", HeaderValue::from_static("2"));
        assert_eq!(retry_after(&h), Some(Duration::from_secs(2)));
        let mut h = HeaderMap::new();
        h.insert("x-ratelimit-reset", HeaderValue::from_static("3"));
        assert_eq!(retry_after(&h), Some(Duration::from_secs(3)));
        assert_eq!(retry_after(&HeaderMap::new()), None);
    }

    #[test]
    fn the_rate_window_never_lets_more_than_the_limit_through() {
        let window = RateWindow::new((3, Duration::from_secs(10)));
        let start = Instant::now();
        for i in 0..3 {
            assert_eq!(
                window.reserve(start + Duration::from_secs(i)),
                Duration::ZERO
            );
        }
        // The fourth must wait until the first is 10 s old.
        assert_eq!(
            window.reserve(start + Duration::from_secs(4)),
            Duration::from_secs(6)
        );
        assert_eq!(
            window.reserve(start + Duration::from_secs(10)),
            Duration::ZERO
        );
        assert_eq!(
            window.reserve(start + Duration::from_secs(10)),
            Duration::from_secs(1)
        );
    }

    #[test]
    fn segments_are_encoded() {
        assert_eq!(segment("my db/x"), "my%20db%2Fx");
        assert_eq!(segment("10.0.0.0"), "10.0.0.0");
    }
}
