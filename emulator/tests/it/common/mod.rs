//! Helpers shared by the integration tests: an emulator and a small HTTP client for both APIs.
#![allow(dead_code)]

use std::time::Duration;

use dbcloud_emulator::{
    BackgroundEmulator, Config, DEFAULT_CLICKHOUSE_KEY_ID, DEFAULT_CLICKHOUSE_KEY_SECRET,
    DEFAULT_COCKROACH_API_KEY,
};
use reqwest::header::HeaderMap;
use serde_json::Value;

/// Transition time used by the tests.
pub const T_MS: u64 = 200;

pub fn config() -> Config {
    Config {
        transition: Duration::from_millis(T_MS),
        rate_limits: false,
        quiet: true,
        check_answers: true,
        ..Config::default()
    }
}

pub fn emulator() -> BackgroundEmulator {
    dbcloud_emulator::spawn(config()).expect("emulator starts")
}

/// An emulator whose transitions take `ms` (for tests that check what happens within a window).
pub fn emulator_with_transition(ms: u64) -> BackgroundEmulator {
    let mut c = config();
    c.transition = Duration::from_millis(ms);
    dbcloud_emulator::spawn(c).expect("emulator starts")
}

pub struct Answer {
    pub status: u16,
    pub headers: HeaderMap,
    pub text: String,
    pub json: Value,
}

impl std::fmt::Debug for Answer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} {}", self.status, self.text)
    }
}

#[derive(Clone)]
pub struct Api {
    pub base: String,
    pub http: reqwest::Client,
    pub ch_user: String,
    pub ch_secret: String,
    pub crdb_key: String,
}

impl Api {
    pub fn new(base: &str) -> Api {
        Api {
            base: base.to_string(),
            http: http_client(Duration::from_secs(20)),
            ch_user: DEFAULT_CLICKHOUSE_KEY_ID.into(),
            ch_secret: DEFAULT_CLICKHOUSE_KEY_SECRET.into(),
            crdb_key: DEFAULT_COCKROACH_API_KEY.into(),
        }
    }

    async fn send(&self, rb: reqwest::RequestBuilder, body: Option<&Value>) -> Answer {
        let rb = match body {
            Some(b) => rb.json(b),
            None => rb,
        };
        let res = rb.send().await.expect("request sent");
        let status = res.status().as_u16();
        let headers = res.headers().clone();
        let text = res.text().await.unwrap_or_default();
        let json = serde_json::from_str(&text).unwrap_or(Value::Null);
        Answer {
            status,
            headers,
            text,
            json,
        }
    }

    fn method(m: &str) -> reqwest::Method {
        reqwest::Method::from_bytes(m.as_bytes()).unwrap()
    }

    /// A ClickHouse request with the default credentials.
    pub async fn ch(&self, method: &str, path: &str, body: Option<&Value>) -> Answer {
        let rb = self
            .http
            .request(Self::method(method), format!("{}{}", self.base, path))
            .basic_auth(&self.ch_user, Some(&self.ch_secret));
        self.send(rb, body).await
    }

    /// A CockroachDB request with the default key and `Cc-Version: 2024-09-16`.
    pub async fn crdb(&self, method: &str, path: &str, body: Option<&Value>) -> Answer {
        let rb = self
            .http
            .request(Self::method(method), format!("{}{}", self.base, path))
            .bearer_auth(&self.crdb_key)
            .header("Cc-Version", "2024-09-16");
        self.send(rb, body).await
    }

    /// A request as given (no credentials added).
    pub async fn raw(
        &self,
        method: &str,
        path: &str,
        headers: &[(&str, &str)],
        body: Option<&Value>,
    ) -> Answer {
        let mut rb = self
            .http
            .request(Self::method(method), format!("{}{}", self.base, path));
        for (k, v) in headers {
            rb = rb.header(*k, *v);
        }
        self.send(rb, body).await
    }
}

pub async fn sleep_ms(ms: u64) {
    tokio::time::sleep(Duration::from_millis(ms)).await;
}

/// A reqwest client that works whether or not the workspace build gave reqwest a TLS crypto provider.
pub fn http_client(timeout: Duration) -> reqwest::Client {
    let _ = rustls::crypto::ring::default_provider().install_default();
    reqwest::Client::builder().timeout(timeout).build().unwrap()
}
