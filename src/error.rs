//! Typed errors, their exit codes and the hints shown with them.
//!
//! Every failure a user can meet ends up as an [`Error`]; `main` turns it into one message on stderr (or one JSON
//! object with `-o json`) and the exit code documented in docs/exit-codes.md.

use std::fmt;

use crate::provider::Provider;

/// The process exit codes (DESIGN.md, "Exit codes"). Scripts rely on these numbers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExitCode {
    Success = 0,
    Failure = 1,
    Usage = 2,
    NotFound = 3,
    Auth = 4,
    Conflict = 5,
    Timeout = 6,
    /// `plan --detailed-exitcode`: the plan has changes (not an error; nothing is printed for it).
    Changes = 10,
    Interrupted = 130,
}

impl ExitCode {
    pub const ALL: [ExitCode; 9] = [
        ExitCode::Success,
        ExitCode::Failure,
        ExitCode::Usage,
        ExitCode::NotFound,
        ExitCode::Auth,
        ExitCode::Conflict,
        ExitCode::Timeout,
        ExitCode::Changes,
        ExitCode::Interrupted,
    ];

    /// What the code means, for docs/exit-codes.md and `--help`.
    pub fn meaning(self) -> &'static str {
        match self {
            ExitCode::Success => "success",
            ExitCode::Failure => "an API or runtime error (the message says which)",
            ExitCode::Usage => "usage or invalid input: nothing was sent",
            ExitCode::NotFound => "not found (HTTP 404, or no resource with that name)",
            ExitCode::Auth => "not authenticated or not allowed: no credentials, HTTP 401 or 403",
            ExitCode::Conflict => {
                "conflict or wrong state: HTTP 409, a locked cluster, a running service"
            }
            ExitCode::Timeout => "timed out: a request (--timeout) or a wait (--wait-timeout)",
            ExitCode::Changes => "`plan --detailed-exitcode` only: the plan has changes",
            ExitCode::Interrupted => "interrupted (Ctrl-C)",
        }
    }

    /// The stable machine-readable name used in the JSON error object.
    pub fn name(self) -> &'static str {
        match self {
            ExitCode::Success => "ok",
            ExitCode::Failure => "error",
            ExitCode::Usage => "usage",
            ExitCode::NotFound => "not_found",
            ExitCode::Auth => "unauthenticated",
            ExitCode::Conflict => "conflict",
            ExitCode::Timeout => "timeout",
            ExitCode::Changes => "changes",
            ExitCode::Interrupted => "interrupted",
        }
    }
}

/// An error answered by one of the APIs (any non-2xx status).
#[derive(Debug, Clone)]
pub struct ApiError {
    pub provider: Provider,
    pub status: u16,
    /// The provider's own code when it sent one (ClickHouse: the `CONFLICT` prefix; CockroachDB: the gRPC code).
    pub api_code: Option<String>,
    pub message: String,
    pub request_id: Option<String>,
}

impl ApiError {
    pub fn exit_code(&self) -> ExitCode {
        match self.status {
            404 => ExitCode::NotFound,
            401 | 403 => ExitCode::Auth,
            409 | 423 => ExitCode::Conflict,
            // CockroachDB sometimes reports gRPC codes instead of HTTP semantics (NOTES.md).
            _ => match (self.provider, self.api_code.as_deref()) {
                (Provider::Cockroach, Some("5")) => ExitCode::NotFound,
                (Provider::Cockroach, Some("16" | "7")) => ExitCode::Auth,
                (Provider::Cockroach, Some("9" | "10" | "6")) => ExitCode::Conflict,
                _ => ExitCode::Failure,
            },
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// Invalid input or usage; nothing was sent.
    #[error("{0}")]
    Usage(String),
    /// No credentials for a provider; nothing was sent.
    #[error("no {provider} credentials for profile '{profile}'")]
    NoCredentials { provider: Provider, profile: String },
    #[error("{}", .0.message)]
    Api(ApiError),
    /// A 2xx answer whose body is not what the API documents (HTML from a proxy, truncated JSON, wrong types).
    #[error("unexpected answer from the {provider} API (HTTP {status}): {detail}")]
    BadResponse {
        provider: Provider,
        status: u16,
        detail: String,
    },
    /// A request that could not be completed (DNS, refused connection, reset).
    #[error("could not reach the {provider} API at {url}: {detail}")]
    Network {
        provider: Provider,
        url: String,
        detail: String,
        /// The request may have reached the server (a reset or a broken answer, not a refused
        /// connection): a write's outcome is then unknown.
        sent: bool,
    },
    /// Credentials that do not work (found by a check rather than a single API answer).
    #[error("{0}")]
    Unauthorized(String),
    /// A request or a `--wait` that ran out of time.
    #[error("{0}")]
    Timeout(String),
    /// A resource that does not exist (found by name, not by the API's 404).
    #[error("{0}")]
    NotFound(String),
    /// A resource in the wrong state for the operation (found before sending).
    #[error("{0}")]
    Conflict(String),
    /// A state the server reports as failed while waiting, or any other runtime failure.
    #[error("{0}")]
    Failed(String),
    #[error("{0}")]
    Interrupted(String),
    /// `plan --detailed-exitcode` found changes: exit 10, with nothing printed (the plan said it all).
    #[error("the plan has changes")]
    PlanHasChanges,
    #[error("{context}: {source}")]
    Io {
        context: String,
        source: std::io::Error,
    },
    /// Wraps another error with a hint shown on its own line.
    #[error("{source}")]
    Hinted { source: Box<Error>, hint: String },
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

impl Error {
    pub fn usage(msg: impl fmt::Display) -> Self {
        Error::Usage(msg.to_string())
    }

    pub fn io(context: impl fmt::Display, source: std::io::Error) -> Self {
        Error::Io {
            context: context.to_string(),
            source,
        }
    }

    /// Attaches a hint ("retry with --wait", "use --force") shown under the message.
    pub fn with_hint(self, hint: impl fmt::Display) -> Self {
        Error::Hinted {
            source: Box::new(self),
            hint: hint.to_string(),
        }
    }

    pub fn exit_code(&self) -> ExitCode {
        match self {
            Error::Usage(_) => ExitCode::Usage,
            Error::NoCredentials { .. } | Error::Unauthorized(_) => ExitCode::Auth,
            Error::Api(e) => e.exit_code(),
            Error::BadResponse { .. } | Error::Network { .. } | Error::Failed(_) => {
                ExitCode::Failure
            }
            Error::Io { source, .. } if source.kind() == std::io::ErrorKind::BrokenPipe => {
                ExitCode::Success
            }
            Error::Io { .. } => ExitCode::Failure,
            Error::Timeout(_) => ExitCode::Timeout,
            Error::NotFound(_) => ExitCode::NotFound,
            Error::Conflict(_) => ExitCode::Conflict,
            Error::Interrupted(_) => ExitCode::Interrupted,
            Error::PlanHasChanges => ExitCode::Changes,
            Error::Hinted { source, .. } => source.exit_code(),
        }
    }

    pub fn status(&self) -> Option<u16> {
        match self {
            Error::Api(e) => Some(e.status),
            Error::BadResponse { status, .. } => Some(*status),
            Error::Hinted { source, .. } => source.status(),
            _ => None,
        }
    }

    pub fn request_id(&self) -> Option<&str> {
        match self {
            Error::Api(e) => e.request_id.as_deref(),
            Error::Hinted { source, .. } => source.request_id(),
            _ => None,
        }
    }

    pub fn api(&self) -> Option<&ApiError> {
        match self {
            Error::Api(e) => Some(e),
            Error::Hinted { source, .. } => source.api(),
            _ => None,
        }
    }

    /// The hint printed under the message: an explicit one, or the standard one for the error's kind.
    pub fn hint(&self) -> Option<String> {
        match self {
            Error::Hinted { hint, .. } => Some(hint.clone()),
            Error::NoCredentials { provider, profile } => Some(login_hint(*provider, profile)),
            Error::Api(e) if e.exit_code() == ExitCode::Auth => Some(format!(
                "check the credentials with `dbcloud auth status --check`, or log in again with `dbcloud auth login --provider {}`",
                provider_flag(e.provider)
            )),
            _ => None,
        }
    }

    /// True when the process should end quietly with status 0 (stdout was closed by `| head`).
    pub fn is_broken_pipe(&self) -> bool {
        matches!(self, Error::Io { source, .. } if source.kind() == std::io::ErrorKind::BrokenPipe)
    }

    /// True for an outcome that is reported by its exit code alone (`plan --detailed-exitcode`).
    pub fn is_silent(&self) -> bool {
        match self {
            Error::PlanHasChanges => true,
            Error::Hinted { source, .. } => source.is_silent(),
            _ => false,
        }
    }
}

fn provider_flag(p: Provider) -> &'static str {
    match p {
        Provider::ClickHouse => "clickhouse",
        Provider::Cockroach => "cockroach",
    }
}

fn login_hint(provider: Provider, profile: &str) -> String {
    let (env, flag) = match provider {
        Provider::ClickHouse => (
            "CLICKHOUSE_CLOUD_API_KEY and CLICKHOUSE_CLOUD_API_SECRET",
            "clickhouse",
        ),
        Provider::Cockroach => ("COCKROACH_API_KEY", "cockroach"),
    };
    let profile_flag = if profile == crate::config::DEFAULT_PROFILE {
        String::new()
    } else {
        format!(" --profile {profile}")
    };
    format!("log in with `dbcloud auth login --provider {flag}{profile_flag}`, or set {env}")
}

impl From<std::io::Error> for Error {
    fn from(e: std::io::Error) -> Self {
        Error::io("I/O error", e)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn api(provider: Provider, status: u16, code: Option<&str>) -> Error {
        Error::Api(ApiError {
            provider,
            status,
            api_code: code.map(str::to_string),
            message: "m".into(),
            request_id: None,
        })
    }

    #[test]
    fn exit_codes_follow_the_status() {
        assert_eq!(
            api(Provider::ClickHouse, 404, None).exit_code(),
            ExitCode::NotFound
        );
        assert_eq!(
            api(Provider::ClickHouse, 401, None).exit_code(),
            ExitCode::Auth
        );
        assert_eq!(
            api(Provider::ClickHouse, 403, None).exit_code(),
            ExitCode::Auth
        );
        assert_eq!(
            api(Provider::ClickHouse, 409, None).exit_code(),
            ExitCode::Conflict
        );
        assert_eq!(
            api(Provider::ClickHouse, 500, None).exit_code(),
            ExitCode::Failure
        );
        assert_eq!(
            api(Provider::Cockroach, 400, Some("5")).exit_code(),
            ExitCode::NotFound
        );
        assert_eq!(
            api(Provider::Cockroach, 400, Some("9")).exit_code(),
            ExitCode::Conflict
        );
        assert_eq!(Error::usage("x").exit_code(), ExitCode::Usage);
        assert_eq!(Error::Timeout("t".into()).exit_code(), ExitCode::Timeout);
    }

    #[test]
    fn hints_keep_the_exit_code() {
        let e = api(Provider::Cockroach, 409, None).with_hint("retry with --wait");
        assert_eq!(e.exit_code(), ExitCode::Conflict);
        assert_eq!(e.hint().as_deref(), Some("retry with --wait"));
    }

    #[test]
    fn missing_credentials_say_how_to_log_in() {
        let e = Error::NoCredentials {
            provider: Provider::ClickHouse,
            profile: "prod".into(),
        };
        assert_eq!(e.exit_code(), ExitCode::Auth);
        let hint = e.hint().unwrap();
        assert!(
            hint.contains("dbcloud auth login --provider clickhouse --profile prod"),
            "{hint}"
        );
    }
}
