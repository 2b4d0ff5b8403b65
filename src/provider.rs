//! The providers dbcloud speaks to, in a module of its own so that configuration, errors and requests can
//! all name them without importing each other.

use std::fmt;
use std::time::Duration;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Provider {
    ClickHouse,
    Cockroach,
}

impl Provider {
    pub fn default_url(self) -> &'static str {
        match self {
            Provider::ClickHouse => "https://api.clickhouse.cloud",
            Provider::Cockroach => "https://cockroachlabs.cloud",
        }
    }

    /// The config-file and `--provider` name.
    pub fn key(self) -> &'static str {
        match self {
            Provider::ClickHouse => "clickhouse",
            Provider::Cockroach => "cockroach",
        }
    }

    /// Published rates: ClickHouse 10 requests per 10 s per key, CockroachDB 10 per second.
    pub(crate) fn rate(self) -> (usize, Duration) {
        match self {
            Provider::ClickHouse => (10, Duration::from_secs(10)),
            Provider::Cockroach => (10, Duration::from_secs(1)),
        }
    }
}

impl fmt::Display for Provider {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Provider::ClickHouse => "ClickHouse Cloud",
            Provider::Cockroach => "CockroachDB Cloud",
        })
    }
}

impl From<Provider> for dbcloud_spec::Provider {
    fn from(p: Provider) -> Self {
        match p {
            Provider::ClickHouse => dbcloud_spec::Provider::ClickHouse,
            Provider::Cockroach => dbcloud_spec::Provider::Cockroach,
        }
    }
}
