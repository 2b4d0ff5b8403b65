//! Polling a resource until it reaches a state, with progress, a deadline and Ctrl-C.
//!
//! Commands hand [`until`] a closure that fetches the resource once and classifies it ([`Poll`]). Polling backs
//! off (first after `DBCLOUD_POLL_INTERVAL`, default 2 s, growing to 15 s) so a long wait stays far inside the
//! providers' rate limits; the HTTP layer's limiter covers the rest. On a terminal a spinner shows the state
//! and the elapsed time; elsewhere a plain line is printed when the state changes; `--quiet` prints nothing.
//! Ctrl-C stops the waiting, not the change on the server, and says so (exit 130).

use std::future::Future;
use std::time::{Duration, Instant};

use crate::error::{Error, Result};
use crate::output::Output;

/// `--wait` / `--wait-timeout`, flattened into every command that starts a change the server completes later.
#[derive(clap::Args, Clone, Debug, Default)]
pub struct WaitArgs {
    /// Wait until the change has finished on the server.
    #[arg(long)]
    pub wait: bool,
    /// Give up waiting after this long (e.g. 90s, 20m, 1h); the change goes on. [default: per command]
    #[arg(long, value_name = "DURATION", value_parser = crate::validate::duration, requires = "wait")]
    pub wait_timeout: Option<Duration>,
}

/// What one poll found.
#[derive(Debug)]
pub enum Poll<T> {
    /// The target state was reached.
    Done(T),
    /// Still on the way; the text is the current state, shown as progress.
    Pending(String),
    /// A state that can never reach the target (`failed`, `CREATION_FAILED`): stop at once.
    Failed(String),
}

#[derive(Clone, Debug)]
pub struct Settings {
    pub timeout: Duration,
    pub first_interval: Duration,
    pub max_interval: Duration,
}

impl Settings {
    /// The command's default timeout unless `--wait-timeout` says otherwise.
    pub fn new(args: &WaitArgs, default_timeout: Duration) -> Settings {
        let first_interval = std::env::var("DBCLOUD_POLL_INTERVAL")
            .ok()
            .and_then(|v| humantime::parse_duration(&v).ok())
            .unwrap_or(Duration::from_secs(2));
        Settings {
            timeout: args.wait_timeout.unwrap_or(default_timeout),
            first_interval,
            max_interval: Duration::from_secs(15).max(first_interval),
        }
    }
}

/// Polls until `poll` reports [`Poll::Done`], a failure, the deadline or Ctrl-C. `what` names the change for
/// messages ("service web to be running").
pub async fn until<T, F, Fut>(out: &Output, settings: &Settings, what: &str, poll: F) -> Result<T>
where
    F: FnMut() -> Fut,
    Fut: Future<Output = Result<Poll<T>>>,
{
    let started = Instant::now();
    let progress = Progress::new(out, what);
    let result = tokio::select! {
        biased;
        r = poll_loop(settings, what, started, &progress, poll) => r,
        _ = tokio::signal::ctrl_c() => Err(Error::Interrupted(format!(
            "stopped waiting for {what} after {}; the change goes on on the server",
            elapsed(started)
        ))),
    };
    progress.finish();
    result
}

async fn poll_loop<T, F, Fut>(
    settings: &Settings,
    what: &str,
    started: Instant,
    progress: &Progress,
    mut poll: F,
) -> Result<T>
where
    F: FnMut() -> Fut,
    Fut: Future<Output = Result<Poll<T>>>,
{
    let deadline = started + settings.timeout;
    let mut interval = settings.first_interval;
    let mut last_state = None;
    loop {
        match poll().await? {
            Poll::Done(value) => return Ok(value),
            Poll::Failed(state) => {
                return Err(Error::Failed(format!(
                    "stopped waiting for {what} after {}: the server reports it as '{state}'",
                    elapsed(started)
                )));
            }
            Poll::Pending(state) => {
                progress.update(&state, started);
                if last_state.as_deref() != Some(state.as_str()) {
                    last_state = Some(state);
                }
            }
        }
        let now = Instant::now();
        if now >= deadline {
            return Err(Error::Timeout(format!(
                "gave up waiting for {what} after {} (last state: {}); the change goes on on the server",
                elapsed(started),
                last_state.as_deref().unwrap_or("unknown")
            ))
            .with_hint("wait longer with --wait-timeout"));
        }
        tokio::time::sleep(interval.min(deadline - now)).await;
        interval = (interval.mul_f32(1.5)).min(settings.max_interval);
    }
}

fn elapsed(started: Instant) -> String {
    humantime::format_duration(Duration::from_secs(started.elapsed().as_secs())).to_string()
}

/// A spinner on a terminal, a line per state change elsewhere, nothing with `--quiet`.
struct Progress {
    spinner: Option<indicatif::ProgressBar>,
    plain: bool,
    what: String,
    last: std::cell::RefCell<Option<String>>,
}

impl Progress {
    fn new(out: &Output, what: &str) -> Progress {
        let spinner = (!out.quiet() && out.stderr_is_terminal()).then(|| {
            let bar = indicatif::ProgressBar::new_spinner();
            bar.set_style(
                indicatif::ProgressStyle::with_template("{spinner} {msg} ({elapsed})")
                    .unwrap_or_else(|_| indicatif::ProgressStyle::default_spinner()),
            );
            bar.set_message(format!("Waiting for {what}"));
            bar.enable_steady_tick(Duration::from_millis(120));
            crate::output::set_spinner(Some(bar.clone()));
            bar
        });
        Progress {
            plain: spinner.is_none() && !out.quiet(),
            spinner,
            what: what.to_string(),
            last: std::cell::RefCell::new(None),
        }
    }

    fn update(&self, state: &str, started: Instant) {
        if let Some(bar) = &self.spinner {
            bar.set_message(format!("Waiting for {}: {state}", self.what));
        } else if self.plain {
            let mut last = self.last.borrow_mut();
            if last.as_deref() != Some(state) {
                eprintln_quiet(&format!(
                    "Waiting for {}: {state} ({})",
                    self.what,
                    elapsed(started)
                ));
                *last = Some(state.to_string());
            }
        }
    }

    fn finish(&self) {
        if let Some(bar) = &self.spinner {
            crate::output::set_spinner(None);
            bar.finish_and_clear();
        }
    }
}

fn eprintln_quiet(line: &str) {
    use std::io::Write;
    let _ = writeln!(std::io::stderr().lock(), "{line}");
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::output::{Format, OutputOptions};
    use std::cell::Cell;

    fn output() -> Output {
        Output::new(OutputOptions {
            format: Format::Json,
            jq: None,
            jq_args: Vec::new(),
            columns: None,
            quiet: true,
            no_color: true,
        })
        .unwrap()
    }

    fn fast(timeout_ms: u64) -> Settings {
        Settings {
            timeout: Duration::from_millis(timeout_ms),
            first_interval: Duration::from_millis(5),
            max_interval: Duration::from_millis(20),
        }
    }

    #[tokio::test]
    async fn returns_when_the_state_is_reached() {
        let polls = Cell::new(0);
        let result = until(&output(), &fast(5_000), "x", || {
            polls.set(polls.get() + 1);
            let n = polls.get();
            async move {
                Ok(if n < 3 {
                    Poll::Pending("provisioning".into())
                } else {
                    Poll::Done(n)
                })
            }
        })
        .await
        .unwrap();
        assert_eq!(result, 3);
    }

    #[tokio::test]
    async fn a_failed_state_ends_at_once() {
        let polls = Cell::new(0);
        let err = until::<(), _, _>(&output(), &fast(5_000), "x", || {
            polls.set(polls.get() + 1);
            async { Ok(Poll::Failed("CREATION_FAILED".into())) }
        })
        .await
        .unwrap_err();
        assert_eq!(polls.get(), 1);
        assert_eq!(
            err.to_string(),
            "stopped waiting for x after 0s: the server reports it as 'CREATION_FAILED'"
        );
        assert_eq!(err.exit_code(), crate::error::ExitCode::Failure);
    }

    #[tokio::test]
    async fn the_deadline_is_exit_6() {
        let err = until::<(), _, _>(&output(), &fast(50), "service a to be running", || async {
            Ok(Poll::Pending("provisioning".into()))
        })
        .await
        .unwrap_err();
        assert_eq!(err.exit_code(), crate::error::ExitCode::Timeout);
        assert!(
            err.to_string().contains("last state: provisioning"),
            "{err}"
        );
    }

    #[tokio::test]
    async fn errors_from_polling_stop_the_wait() {
        let err = until::<(), _, _>(&output(), &fast(5_000), "x", || async {
            Err(Error::NotFound("gone".into()))
        })
        .await
        .unwrap_err();
        assert_eq!(err.exit_code(), crate::error::ExitCode::NotFound);
    }
}
