//! `dbcloud-emulator`: a local, stateful stand-in for the ClickHouse Cloud and CockroachDB Cloud
//! management APIs on one loopback port (`/v1/...` ClickHouse, `/api/v1/...` CockroachDB).
//!
//! Every operation of both vendored specs is served; every request is validated against them; the
//! services' behaviour (state transitions over time, 409s, pagination, rate limits, auth) is
//! reproduced; faults can be injected on demand; the state lives in memory or in a JSON file.
//!
//! ```no_run
//! # async fn demo() -> std::io::Result<()> {
//! let emu = dbcloud_emulator::start("127.0.0.1:0".parse().unwrap(), dbcloud_emulator::Config::default()).await?;
//! println!("{} (organization {})", emu.url(), emu.clickhouse_org_id());
//! # Ok(()) }
//! ```

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::time::Duration;

use serde::{Deserialize, Serialize};

mod cli;
mod clickhouse;
mod cockroach;
mod engine;
mod server;
mod store;

/// The vendored specs the emulator serves and validates against.
pub use dbcloud_spec as spec;

pub use cli::{ServeArgs, serve};
pub use server::{BackgroundEmulator, Emulator, spawn, start};

/// The ClickHouse API key ID the emulator accepts unless told otherwise (HTTP Basic user).
pub const DEFAULT_CLICKHOUSE_KEY_ID: &str = "emulator-key-id";
/// The ClickHouse API key secret the emulator accepts unless told otherwise (HTTP Basic password).
pub const DEFAULT_CLICKHOUSE_KEY_SECRET: &str = "emulator-key-secret";
/// The CockroachDB API key the emulator accepts unless told otherwise (`Authorization: Bearer`).
pub const DEFAULT_COCKROACH_API_KEY: &str = "emulator-api-key";
/// Where `dbcloud-emulator` listens by default.
pub const DEFAULT_ADDR: &str = "127.0.0.1:8787";
/// How long a state transition takes by default (provisioning, stopping, locked, ...), in ms.
pub const DEFAULT_TRANSITION_MS: u64 = 3000;
/// The CockroachDB API version of the vendored spec (the `Cc-Version` header).
pub const COCKROACH_API_VERSION: &str = "2024-09-16";
/// The `Cc-Version` values the emulator accepts.
pub const COCKROACH_KNOWN_VERSIONS: &[&str] =
    &["2022-03-31", "2022-09-20", "2023-04-10", "2024-09-16"];

/// How the emulator behaves.
#[derive(Clone, Debug)]
pub struct Config {
    /// How long each state transition takes (provisioning → running, LOCKED, a restore, ...).
    pub transition: Duration,
    /// Enforce the real services' rate limits (ClickHouse 10 per 10 s, CockroachDB 10 per s, per key).
    pub rate_limits: bool,
    pub clickhouse_key_id: String,
    pub clickhouse_key_secret: String,
    pub cockroach_api_key: String,
    /// Keep the state in this JSON file: loaded at start, written atomically after every change.
    pub state_file: Option<PathBuf>,
    /// Running ClickHouse services to create when the state is seeded (`seed-service-0001`, ...).
    pub seed_services: usize,
    /// CREATED CockroachDB clusters to create when the state is seeded (`seed-cluster-0001`, ...).
    pub seed_clusters: usize,
    /// Faults to inject from the start.
    pub faults: Faults,
    /// Print nothing (no banner, no request log).
    pub quiet: bool,
    /// Accept request body fields the spec does not define (by default each is a 400 naming it).
    pub lenient: bool,
    /// Check every answer against the spec's answer schema before sending it; one that does not match is
    /// a 500 naming the difference. For tests: it makes every request of a test suite a contract check.
    pub check_answers: bool,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            transition: Duration::from_millis(DEFAULT_TRANSITION_MS),
            rate_limits: true,
            clickhouse_key_id: DEFAULT_CLICKHOUSE_KEY_ID.to_string(),
            clickhouse_key_secret: DEFAULT_CLICKHOUSE_KEY_SECRET.to_string(),
            cockroach_api_key: DEFAULT_COCKROACH_API_KEY.to_string(),
            state_file: None,
            seed_services: 0,
            seed_clusters: 0,
            faults: Faults::default(),
            quiet: false,
            lenient: false,
            check_answers: false,
        }
    }
}

/// Faults injected into API requests (never into `/_emulator/`). Rates are probabilities in 0..=1,
/// drawn independently per request. The same JSON is read and written by `/_emulator/faults`.
///
/// `failed_transitions` is of another kind: it does not touch the HTTP answer but makes state
/// transitions end in their failed state. `only_path_prefix`, `only_method` and `count` do not apply to it.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Faults {
    /// Delay before every answer.
    pub latency_ms: u64,
    /// Answer with an error status picked among `fail_statuses` (the request is not acted on).
    pub fail_rate: f64,
    /// Statuses for `fail_rate` (default 500 and 503); 429 and 503 carry `Retry-After: 1`.
    pub fail_statuses: Vec<u16>,
    /// Close the connection without answering (the request is not acted on).
    pub reset_rate: f64,
    /// Answer 200 with the real answer's JSON cut short (the request was acted on).
    pub truncate_rate: f64,
    /// Answer 200 or 502 with an HTML page, like a proxy in the way (not acted on).
    pub html_rate: f64,
    /// Act on the request, then close the connection without answering: the answer is lost on the
    /// way back, as when a connection breaks after the server committed.
    pub lost_answer_rate: f64,
    /// Act on the request, then answer 504 from a "proxy" (an HTML page): the proxy gave up waiting
    /// although the server did the work.
    pub gateway_timeout_rate: f64,
    /// Only requests whose path starts with this are affected.
    pub only_path_prefix: Option<String>,
    /// Only requests with this method (`POST`, `PATCH`, ...) are affected: a write's answer can be lost
    /// without the reads before it taking the fault.
    pub only_method: Option<String>,
    /// Only the next N matching requests are affected (counted down; then the faults are off).
    /// Applies to the HTTP faults above only, not to `failed_transitions`.
    pub count: Option<u64>,
    /// The next N state transitions that start end in their failed state instead of succeeding:
    /// a ClickHouse service `failed`, a CockroachDB cluster `CREATION_FAILED` or an update
    /// `*_FAILED`, a restore `FAILED`, an export or CMEK change `*_FAILED`, ... Counted down as each
    /// transition starts; 0 = none. Transitions without a failed state (stopping a service,
    /// deleting, egress rules) neither fail nor count. Independent of `only_path_prefix`, `only_method` and
    /// `count`.
    pub failed_transitions: u64,
}

/// One API request as the emulator saw and answered it (`/_emulator/requests`).
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct LoggedRequest {
    pub method: String,
    pub path: String,
    /// The raw query string (without `?`), empty when none.
    pub query: String,
    /// Request headers, names in lower case, `authorization` removed.
    pub headers: BTreeMap<String, String>,
    /// The body parsed as JSON, when it was JSON.
    pub body: Option<serde_json::Value>,
    /// The body as text (empty when none).
    pub raw_body: String,
    /// The status answered (0 when the connection was reset without an answer; the status the
    /// operation had when its answer was then lost or replaced by a 504, see `fault`).
    pub status: u16,
    /// The fault injected into this request, if any: `reset`, `fail`, `html`, `truncate`,
    /// `lost_answer` or `gateway_timeout`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fault: Option<String>,
    /// When the request arrived (RFC 3339).
    pub time: String,
}
