//! The HTTP server: one handler for every path, which runs the control API (`/_emulator/...`) or
//! the API pipeline: faults, authentication, rate limits, `Cc-Version`, routing, validation against
//! the specs, the operation itself, persistence, and the request log.
//!
//! `listener.rs` lets a handler drop a connection unanswered, `answer.rs` frames answers and faults,
//! `control.rs` serves `/_emulator/...`.

mod answer;
mod control;
mod listener;
mod running;

use answer::*;
use control::*;
use listener::*;
pub(crate) use running::start_with;
pub use running::{BackgroundEmulator, Emulator, spawn, start};

use std::collections::{BTreeMap, HashMap, VecDeque};
use std::net::SocketAddr;
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::{Duration, Instant};

use axum::body::Body;
use axum::extract::{ConnectInfo, Request, State as AxState};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::Response;
use base64::Engine as _;
use serde_json::{Value, json};
use tokio::net::TcpListener;

use crate::engine::{ApiError, Ctx, Env, Reply, render};
use crate::spec::{
    Provider, RequestParts, RouteMatch, first_values, parse_query, parse_query_all, spec_for,
};
use crate::store::{self, State, now_ms, rfc3339_millis};
use crate::{COCKROACH_API_VERSION, COCKROACH_KNOWN_VERSIONS, Config, Faults, LoggedRequest};

const MAX_LOGGED_REQUESTS: usize = 10_000;
const MAX_BODY_BYTES: usize = 16 * 1024 * 1024;

// ---------------------------------------------------------------------------------------------
// Shared state
// ---------------------------------------------------------------------------------------------

pub(crate) struct Shared {
    config: Config,
    env: Env,
    state: Mutex<State>,
    faults: Mutex<Faults>,
    log: Mutex<VecDeque<LoggedRequest>>,
    /// Requests and answers that did not match the spec (with `Config::check_answers`), as messages.
    violations: Mutex<Vec<String>>,
    limiter: Mutex<HashMap<String, VecDeque<Instant>>>,
    print_requests: bool,
}

/// The URL clients reach the emulator at (a wildcard listening address is reached on loopback).
fn base_url(addr: SocketAddr) -> String {
    let mut addr = addr;
    if addr.ip().is_unspecified() {
        addr.set_ip(std::net::Ipv4Addr::LOCALHOST.into());
    }
    format!("http://{addr}")
}

fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|e| e.into_inner())
}

/// A state seeded from the configuration: the organizations, their key and members, and the
/// requested running services and CREATED clusters.
pub(crate) fn fresh_state(config: &Config) -> State {
    let mut state = State {
        version: store::STATE_VERSION,
        ..State::default()
    };
    let now = now_ms();
    crate::clickhouse::seed(&mut state, config, now);
    crate::cockroach::seed(&mut state, config, now);
    state
}

impl Shared {
    fn new(config: Config, addr: SocketAddr, print_requests: bool) -> std::io::Result<Shared> {
        let state = match &config.state_file {
            Some(path) => match store::load(path)? {
                Some(state) => state,
                None => {
                    let state = fresh_state(&config);
                    store::save(path, &state)?;
                    state
                }
            },
            None => fresh_state(&config),
        };
        Ok(Shared {
            env: Env {
                transition_ms: config.transition.as_millis() as u64,
                base_url: base_url(addr),
            },
            faults: Mutex::new(config.faults.clone()),
            state: Mutex::new(state),
            log: Mutex::new(VecDeque::new()),
            violations: Mutex::new(Vec::new()),
            limiter: Mutex::new(HashMap::new()),
            print_requests,
            config,
        })
    }

    fn persist(&self, state: &State) -> Result<(), ApiError> {
        if let Some(path) = &self.config.state_file {
            store::save(path, state).map_err(|e| {
                ApiError::internal(format!(
                    "the emulator could not write its state file {}: {e}",
                    path.display()
                ))
            })?;
        }
        Ok(())
    }

    fn reset(&self) -> Result<(), ApiError> {
        let fresh = fresh_state(&self.config);
        let mut state = lock(&self.state);
        *state = fresh;
        lock(&self.limiter).clear();
        self.persist(&state)
    }

    fn clickhouse_org_id(&self) -> String {
        lock(&self.state).meta_str("clickhouse_org_id")
    }

    /// The whole state as the APIs would show it (states computed for now), plus the bookkeeping.
    fn state_view(&self) -> Value {
        let state = lock(&self.state);
        let now = now_ms();
        let mut collections = serde_json::Map::new();
        for (path, coll) in &state.collections {
            let provider = Provider::for_path(path).unwrap_or(Provider::Cockroach);
            let items: Vec<Value> = coll
                .iter()
                .filter_map(|i| render(provider, &coll.template, i, now, &self.env))
                .collect();
            collections.insert(path.clone(), Value::Array(items));
        }
        let mut configurations = serde_json::Map::new();
        for (path, v) in &state.singletons {
            configurations.insert(path.clone(), store::public(v));
        }
        json!({
            "meta": state.meta,
            "collections": collections,
            "configurations": configurations,
        })
    }

    fn config_view(&self, addr: SocketAddr) -> Value {
        let state = lock(&self.state);
        let url = format!("http://{addr}");
        json!({
            "url": url,
            "clickhouse": {
                "api_url": url,
                "key_id": self.config.clickhouse_key_id,
                "key_secret": self.config.clickhouse_key_secret,
                "organization_id": state.meta_str("clickhouse_org_id"),
            },
            "cockroach": {
                "api_url": url,
                "api_key": self.config.cockroach_api_key,
                "organization_id": state.meta_str("cockroach_org_id"),
                "cc_version": COCKROACH_API_VERSION,
            },
            "transition_ms": self.env.transition_ms,
            "rate_limits": self.config.rate_limits,
            "state_file": self.config.state_file.as_ref().map(|p| p.display().to_string()),
            "seed_services": self.config.seed_services,
            "seed_clusters": self.config.seed_clusters,
        })
    }

    fn log_request(&self, entry: LoggedRequest) {
        if self.print_requests {
            eprintln!(
                "{} {} {} -> {}",
                entry.time, entry.method, entry.path, entry.status
            );
        }
        let mut log = lock(&self.log);
        if log.len() >= MAX_LOGGED_REQUESTS {
            log.pop_front();
        }
        log.push_back(entry);
    }

    /// Decides which faults apply to this request, counting down `count`.
    fn draw_faults(&self, method: &str, path: &str) -> FaultDraw {
        let mut f = lock(&self.faults);
        let none = FaultDraw::default();
        if let Some(prefix) = &f.only_path_prefix
            && !path.starts_with(prefix.as_str())
        {
            return none;
        }
        if let Some(only) = &f.only_method
            && !only.eq_ignore_ascii_case(method)
        {
            return none;
        }
        let active = f.latency_ms > 0
            || f.fail_rate > 0.0
            || f.reset_rate > 0.0
            || f.truncate_rate > 0.0
            || f.html_rate > 0.0
            || f.lost_answer_rate > 0.0
            || f.gateway_timeout_rate > 0.0;
        if !active {
            return none;
        }
        match f.count.as_mut() {
            Some(0) => return none,
            Some(c) => *c -= 1,
            None => {}
        }
        let hit = |rate: f64| rate > 0.0 && fastrand::f64() < rate;
        let statuses = if f.fail_statuses.is_empty() {
            vec![500, 503]
        } else {
            f.fail_statuses.clone()
        };
        FaultDraw {
            latency_ms: f.latency_ms,
            reset: hit(f.reset_rate),
            fail: hit(f.fail_rate).then(|| statuses[fastrand::usize(..statuses.len())]),
            html: hit(f.html_rate).then(|| if fastrand::bool() { 200 } else { 502 }),
            truncate: hit(f.truncate_rate),
            lost_answer: hit(f.lost_answer_rate),
            gateway_timeout: hit(f.gateway_timeout_rate),
        }
    }

    /// The rate limit of the key, if this request goes over it: the seconds until a slot frees.
    fn rate_limited(&self, provider: Provider, key: &str) -> Option<u64> {
        if !self.config.rate_limits {
            return None;
        }
        let (max, window) = match provider {
            Provider::ClickHouse => (10, Duration::from_secs(10)),
            Provider::Cockroach => (10, Duration::from_secs(1)),
        };
        let mut limiter = lock(&self.limiter);
        let log = limiter.entry(format!("{provider:?}:{key}")).or_default();
        let now = Instant::now();
        while log
            .front()
            .is_some_and(|t| now.duration_since(*t) >= window)
        {
            log.pop_front();
        }
        if log.len() >= max {
            let free_at = *log.front().expect("non-empty") + window;
            let wait = free_at.saturating_duration_since(now);
            return Some(wait.as_millis().div_ceil(1000).max(1) as u64);
        }
        log.push_back(now);
        None
    }

    /// An upload to a URL the emulator handed out (UDF archives): object storage, not the API, so no
    /// API key, rate limit or spec; the URL's signature and expiry are checked instead.
    fn upload(
        &self,
        method: &str,
        path: &str,
        query: &str,
        headers: &HeaderMap,
        body: &[u8],
    ) -> Answer {
        let content_type = headers
            .get(header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default();
        let mut state = lock(&self.state);
        let (status, text) = crate::clickhouse::receive_upload(
            &mut state,
            method,
            path,
            &parse_query(query),
            content_type,
            body,
            now_ms(),
        );
        if status == 200
            && let Err(e) = self.persist(&state)
        {
            return Answer::json(500, json!({"error": e.message}));
        }
        Answer {
            status,
            headers: vec![("content-type".into(), "application/xml".into())],
            body: text.into_bytes(),
        }
    }

    /// Runs an API request through the pipeline, up to and including the operation.
    fn process(
        &self,
        method: &str,
        path: &str,
        query: &str,
        headers: &HeaderMap,
        body: &[u8],
    ) -> Answer {
        let request_id = uuid::Uuid::new_v4().to_string();
        let Some(provider) = Provider::for_path(path) else {
            return Answer::error(
                None,
                &request_id,
                ApiError::not_found(format!(
                    "no API at {path}: ClickHouse paths start with /v1, CockroachDB paths with /api/v1"
                )),
            );
        };
        let err = |e: ApiError| Answer::error(Some(provider), &request_id, e);

        // Authentication.
        let auth = headers
            .get(header::AUTHORIZATION)
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default();
        let now = now_ms();
        let (actor, limit_key) = {
            let state = lock(&self.state);
            match provider {
                Provider::ClickHouse => {
                    let creds = auth
                        .strip_prefix("Basic ")
                        .and_then(|b| {
                            base64::engine::general_purpose::STANDARD
                                .decode(b.trim())
                                .ok()
                        })
                        .and_then(|b| String::from_utf8(b).ok())
                        .and_then(|s| {
                            s.split_once(':')
                                .map(|(a, b)| (a.to_string(), b.to_string()))
                        });
                    let Some((id, secret)) = creds else {
                        return err(ApiError::unauthenticated(
                            "Authentication required: use HTTP Basic with the API key ID and secret",
                        ));
                    };
                    match crate::clickhouse::authenticate(&state, &self.config, &id, &secret, now) {
                        Some(actor) => (actor, id),
                        None => {
                            return err(ApiError::unauthenticated("Invalid API key ID or secret"));
                        }
                    }
                }
                Provider::Cockroach => {
                    let Some(key) = auth
                        .strip_prefix("Bearer ")
                        .map(str::trim)
                        .filter(|k| !k.is_empty())
                    else {
                        return err(ApiError::unauthenticated(
                            "missing bearer token: send Authorization: Bearer <API key>",
                        ));
                    };
                    match crate::cockroach::authenticate(&state, &self.config, key) {
                        Some(actor) => (actor, key.to_string()),
                        None => return err(ApiError::unauthenticated("invalid API key")),
                    }
                }
            }
        };

        // Rate limits.
        if let Some(wait) = self.rate_limited(provider, &limit_key) {
            let mut headers = vec![("retry-after".to_string(), wait.to_string())];
            let body = match provider {
                // The real ClickHouse 429 carries no envelope.
                Provider::ClickHouse => {
                    headers.push(("x-ratelimit-reset".to_string(), wait.to_string()));
                    json!({"error": "TOO_MANY_REQUESTS"})
                }
                Provider::Cockroach => json!({
                    "code": 8,
                    "message": "rate limit exceeded: 10 requests per second per API key",
                    "details": []
                }),
            };
            return Answer::json(429, body).with_headers(headers);
        }

        // CockroachDB API version.
        let mut extra_headers = Vec::new();
        if provider == Provider::Cockroach {
            match headers.get("cc-version").map(|v| v.to_str().unwrap_or("\u{fffd}").trim().to_string()) {
                None => extra_headers.push((
                    "cc-version-warning".to_string(),
                    format!("no Cc-Version header was sent; the default version {COCKROACH_API_VERSION} was used"),
                )),
                Some(v) if COCKROACH_KNOWN_VERSIONS.contains(&v.as_str()) => {}
                Some(v) => {
                    return err(ApiError::bad_request(format!(
                        "invalid Cc-Version {v:?}: supported versions are {}",
                        COCKROACH_KNOWN_VERSIONS.join(", ")
                    )));
                }
            }
        }

        // Routing.
        let spec = spec_for(provider);
        let (op, params) = match spec.route(method, path) {
            RouteMatch::Found(op, params) => (op, params),
            RouteMatch::MethodNotAllowed(allowed) => {
                let e = ApiError::new(
                    405,
                    12,
                    "METHOD_NOT_ALLOWED",
                    format!(
                        "{method} is not allowed on {path}; allowed: {}",
                        allowed.join(", ")
                    ),
                );
                return err(e).with_headers(vec![("allow".to_string(), allowed.join(", "))]);
            }
            RouteMatch::NotFound => {
                return err(ApiError::not_found(format!(
                    "no such endpoint: {method} {path}"
                )));
            }
        };

        // The body and validation.
        let body: Option<Value> = if body.iter().all(u8::is_ascii_whitespace) {
            None
        } else {
            match serde_json::from_slice(body) {
                Ok(v) => Some(v),
                Err(e) => {
                    return err(invalid(
                        provider,
                        format!("body: the request body is not valid JSON: {e}"),
                    ));
                }
            }
        };
        // Parsed once: every value for the handlers, the first of each for the validator.
        let query_all = parse_query_all(query);
        let query = first_values(&query_all);
        if let Err(e) = op.validate(&RequestParts {
            path: &params,
            query: &query,
            body: body.as_ref(),
            lenient: self.config.lenient,
        }) {
            if self.config.check_answers {
                lock(&self.violations).push(format!(
                    "{method} {path}: the request does not match the spec: {e}"
                ));
            }
            return err(invalid(provider, e));
        }

        // The operation. The transition failures left are read under the state lock, so requests
        // (which are serialized by it) count them down one after the other.
        let mut state = lock(&self.state);
        let failures_left = lock(&self.faults).failed_transitions;
        let mut ctx = Ctx {
            op,
            params,
            query: query_all,
            body: body.unwrap_or(Value::Null),
            now,
            state: &mut state,
            env: &self.env,
            actor,
            failures_left,
            failures_used: 0,
        };
        let result = match provider {
            Provider::ClickHouse => crate::clickhouse::handle(&mut ctx),
            Provider::Cockroach => crate::cockroach::handle(&mut ctx),
        };
        let failures_used = ctx.failures_used;
        let reply = match result {
            Ok(reply) => reply,
            // A refused request started no transition: the fault is not counted down.
            Err(e) => return err(e),
        };
        if failures_used > 0 {
            let mut faults = lock(&self.faults);
            faults.failed_transitions = faults.failed_transitions.saturating_sub(failures_used);
        }
        if method != "GET"
            && let Err(e) = self.persist(&state)
        {
            return err(e);
        }
        drop(state);
        if self.config.check_answers
            && let Err(e) = check_answer(op, provider, &reply)
        {
            let message = format!(
                "the emulator's answer to {} does not match the spec: {e}",
                op.id
            );
            lock(&self.violations).push(format!("{method} {path}: {message}"));
            return err(ApiError::internal(message));
        }
        let answer = match (provider, reply) {
            (_, Reply::Text(text, content_type)) => Answer {
                status: 200,
                headers: vec![("content-type".into(), content_type.into())],
                body: text.into_bytes(),
            },
            (_, Reply::File(text, content_type, filename)) => Answer {
                status: 200,
                headers: vec![
                    ("content-type".into(), content_type.into()),
                    (
                        "content-disposition".into(),
                        format!("attachment; filename=\"{filename}\""),
                    ),
                ],
                body: text.into_bytes(),
            },
            (Provider::ClickHouse, Reply::Json(v)) => Answer::json(
                200,
                json!({"status": 200, "requestId": request_id, "result": v}),
            ),
            (Provider::ClickHouse, Reply::Empty) => {
                Answer::json(200, json!({"status": 200, "requestId": request_id}))
            }
            (Provider::Cockroach, Reply::Json(v)) => Answer::json(200, v),
            (Provider::Cockroach, Reply::Empty) => Answer::json(200, json!({})),
        };
        answer.with_headers(extra_headers)
    }
}

/// Whether an answer is what the spec says the operation answers (`Config::check_answers`).
// ---------------------------------------------------------------------------------------------
// The handler
// ---------------------------------------------------------------------------------------------

#[derive(Clone)]
struct AppState {
    shared: Arc<Shared>,
    addr: SocketAddr,
}

async fn handle(
    AxState(app): AxState<AppState>,
    ConnectInfo(conn): ConnectInfo<ConnInfo>,
    req: Request,
) -> Response {
    let (parts, body) = req.into_parts();
    let bytes = match axum::body::to_bytes(body, MAX_BODY_BYTES).await {
        Ok(b) => b,
        Err(_) => {
            return Answer::json(
                413,
                json!({"error": "request body too large or unreadable"}),
            )
            .into_response();
        }
    };
    let method = parts.method.as_str().to_string();
    let path = parts.uri.path().to_string();
    let query = parts.uri.query().unwrap_or("").to_string();
    if path == "/_emulator" || path.starts_with("/_emulator/") {
        return control(&app, &method, &path, &bytes).into_response();
    }
    let shared = &app.shared;
    let arrived = now_ms();
    let mut logged_headers = BTreeMap::new();
    for (k, v) in &parts.headers {
        if k != header::AUTHORIZATION {
            logged_headers.insert(
                k.as_str().to_string(),
                String::from_utf8_lossy(v.as_bytes()).into_owned(),
            );
        }
    }
    let raw_body = String::from_utf8_lossy(&bytes).into_owned();
    let mut entry = LoggedRequest {
        method: method.clone(),
        path: path.clone(),
        query: query.clone(),
        headers: logged_headers,
        body: serde_json::from_slice(&bytes).ok(),
        raw_body,
        status: 0,
        time: rfc3339_millis(arrived),
        fault: None,
    };

    let fault = shared.draw_faults(&method, &path);
    if fault.latency_ms > 0 {
        tokio::time::sleep(Duration::from_millis(fault.latency_ms)).await;
    }
    let provider = Provider::for_path(&path);
    let answer = if fault.reset {
        conn.kill();
        entry.fault = Some("reset".into());
        shared.log_request(entry);
        return Response::new(Body::empty());
    } else if let Some(status) = fault.fail {
        entry.fault = Some("fail".into());
        fault_answer(provider, status)
    } else if let Some(status) = fault.html {
        entry.fault = Some("html".into());
        html_answer(status)
    } else if path.starts_with(crate::clickhouse::UPLOADS) {
        shared.upload(&method, &path, &query, &parts.headers, &bytes)
    } else {
        let mut answer = shared.process(&method, &path, &query, &parts.headers, &bytes);
        // The request was acted on; its answer may still not arrive.
        if fault.lost_answer {
            conn.kill();
            entry.status = answer.status;
            entry.fault = Some("lost_answer".into());
            shared.log_request(entry);
            return Response::new(Body::empty());
        }
        if fault.gateway_timeout {
            entry.status = answer.status;
            entry.fault = Some("gateway_timeout".into());
            shared.log_request(entry);
            return html_answer(504).into_response();
        }
        if fault.truncate && !answer.body.is_empty() {
            entry.fault = Some("truncate".into());
            let keep = (answer.body.len() / 2).max(1).min(answer.body.len() - 1);
            answer.body.truncate(keep);
        }
        answer
    };
    entry.status = answer.status;
    shared.log_request(entry);
    answer.into_response()
}
