//! What every write of apply shares: its progress, writes confirmed after an unknown outcome (DESIGN.md,
//! "Writes under failure"), and polling until a resource reaches a state.

use std::cell::RefCell;
use std::future::Future;
use std::time::{Duration, Instant};

use super::{Reporter, ResKey};
use crate::clickhouse::commands::SecretFile;
use crate::error::{Error, Result};
use crate::wait::{Poll, Settings, WaitArgs};

/// One resource's run of apply: where its progress goes, how long to wait, its prepared password file.
pub struct Run<'a> {
    pub key: &'a ResKey,
    pub reporter: &'a dyn Reporter,
    /// `--wait`: wait for every resource to settle.
    pub wait: bool,
    pub wait_timeout: Option<Duration>,
    /// A new service's `password_file`, created (empty, 0600) before anything was sent.
    pub password_file: RefCell<Option<SecretFile>>,
}

impl Run<'_> {
    pub fn say(&self, message: &str) {
        self.reporter.progress(self.key, message);
    }

    pub fn note(&self, message: &str) {
        self.reporter.note(message);
    }

    /// Whether a `password_file` waits for the new service's password.
    pub fn wants_password(&self) -> bool {
        self.password_file.borrow().is_some()
    }

    /// A new password of `what` ("service web"), shown once by the API: into the declared `password_file`
    /// (said, never shown), else a note that it was not kept and that `reset` sets one.
    pub fn keep_new_password(&self, password: Option<&str>, what: &str, reset: &str) -> Result<()> {
        let file = self.password_file.borrow_mut().take();
        match (file, password) {
            (Some(file), Some(password)) => {
                let path = file.path().display().to_string();
                file.write(password)?;
                self.say(&format!("created; password written to {path}"));
            }
            (Some(_), None) => self.note(&format!("warning: the API returned no password for {what}")),
            (None, Some(_)) => self.note(&format!(
                "note: {what} has no password_file, so its password was not kept; set one with `{reset}`"
            )),
            (None, None) => {}
        }
        Ok(())
    }

    fn settings(&self, default: Duration) -> Settings {
        Settings::new(
            &WaitArgs {
                wait: true,
                wait_timeout: self.wait_timeout,
            },
            default,
        )
    }

    /// Polls until `poll` says done (each pending state shown as progress), a failed state, or the deadline
    /// (`--wait-timeout`, else `default`).
    pub async fn until<T, F, Fut>(&self, default: Duration, what: &str, mut poll: F) -> Result<T>
    where
        F: FnMut() -> Fut,
        Fut: Future<Output = Result<Poll<T>>>,
    {
        let settings = self.settings(default);
        let started = Instant::now();
        let deadline = started + settings.timeout;
        let mut interval = settings.first_interval;
        let mut last: String;
        loop {
            match poll().await? {
                Poll::Done(v) => return Ok(v),
                Poll::Failed(state) => {
                    return Err(Error::Failed(format!(
                        "stopped waiting for {what}: the server reports it as '{state}'"
                    )));
                }
                Poll::Pending(state) => {
                    self.say(&format!("waiting for {what}: {state}"));
                    last = state;
                }
            }
            let now = Instant::now();
            if now >= deadline {
                return Err(Error::Timeout(format!(
                    "gave up waiting for {what} after {} (last state: {last}); the change goes on on the server",
                    humantime::format_duration(Duration::from_secs(started.elapsed().as_secs()))
                ))
                .with_hint("wait longer with --wait-timeout, or run apply again later"));
            }
            tokio::time::sleep(interval.min(deadline - now)).await;
            interval = interval.mul_f32(1.5).min(settings.max_interval);
        }
    }
}

/// Whether a failed write may still have acted (`crate::http::outcome_unknown`).
pub fn unknown_outcome(e: &Error) -> bool {
    crate::http::outcome_unknown(e)
}

/// Whether a write was refused because what it belongs to is busy (a LOCKED cluster): it may be tried again
/// once that has cleared.
pub fn refused_busy(e: &Error) -> bool {
    crate::cockroach::waits::explain_locked(Error::Api(match e.api() {
        Some(api) => api.clone(),
        None => return false,
    }))
    .hint()
    .is_some_and(|h| h == crate::cockroach::waits::LOCKED_HINT)
}

/// Sends a write through the core confirmation (`crate::confirm::write`): when its outcome is unknown,
/// `confirm` reads back whether it happened: if so it is adopted (`Ok(None)`: done, its answer lost),
/// otherwise it is sent again within the retry budget. A refusal of a repeated write (a 409 "already
/// exists") is confirmed the same way, so a write that acted the first time is never done twice and never
/// reported as failed.
pub async fn confirmed<T, S, SF, C, CF>(run: &Run<'_>, send: S, mut confirm: C) -> Result<Option<T>>
where
    S: FnMut() -> SF,
    SF: Future<Output = Result<T>>,
    C: FnMut() -> CF,
    CF: Future<Output = Result<bool>>,
{
    let found = confirmed_found(run, send, || {
        let read = confirm();
        async move { Ok(read.await?.then_some(())) }
    })
    .await?;
    Ok(found.ok())
}

/// [`confirmed`] whose read-back gives what it found: the write's answer (`Ok`), or after a lost answer the
/// resource as read back (`Err`), without reading it a second time (ClickHouse allows 10 requests in 10 s).
pub async fn confirmed_found<T, F, S, SF, C, CF>(
    run: &Run<'_>,
    mut send: S,
    mut find: C,
) -> Result<std::result::Result<T, F>>
where
    S: FnMut() -> SF,
    SF: Future<Output = Result<T>>,
    C: FnMut() -> CF,
    CF: Future<Output = Result<Option<F>>>,
{
    crate::confirm::write(
        run,
        &run.key.describe(),
        || {
            let sent = send();
            async move { sent.await.map(Ok) }
        },
        || {
            let read = find();
            async move { Ok(read.await?.map(Err)) }
        },
    )
    .await
    .map(crate::confirm::Written::into_inner)
}

impl crate::confirm::Notes for Run<'_> {
    fn step(&self, line: &str) {
        self.say(line);
    }

    fn confirmed(&self, line: &str) {
        self.note(line);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::ApiError;
    use crate::provider::Provider;
    use std::cell::Cell;

    struct Quiet;
    impl Reporter for Quiet {
        fn progress(&self, _: &ResKey, _: &str) {}
        fn finished(
            &self,
            _: &ResKey,
            _: super::super::plan::Action,
            _: &super::super::apply::Outcome,
        ) {
        }
        fn idle(&self, _: &ResKey) {}
        fn note(&self, _: &str) {}
    }

    fn api(status: u16) -> Error {
        Error::Api(ApiError {
            provider: Provider::Cockroach,
            status,
            api_code: None,
            message: format!("HTTP {status}"),
            request_id: None,
        })
    }

    fn run<'a>(key: &'a ResKey) -> Run<'a> {
        Run {
            key,
            reporter: &Quiet,
            wait: false,
            wait_timeout: None,
            password_file: RefCell::new(None),
        }
    }

    fn key() -> ResKey {
        ResKey {
            profile: "p".into(),
            kind: super::super::KindId::Database,
            parent: Some("c".into()),
            name: "d".into(),
        }
    }

    #[tokio::test(start_paused = true)]
    async fn an_unknown_outcome_is_read_back_before_a_repeat() {
        let key = key();
        let run = run(&key);
        // Acted, answer lost: adopted, not sent again.
        let sent = Cell::new(0);
        let r = confirmed(
            &run,
            || {
                sent.set(sent.get() + 1);
                async { Err::<(), _>(api(502)) }
            },
            || async { Ok(true) },
        )
        .await
        .unwrap();
        assert!(r.is_none());
        assert_eq!(sent.get(), 1);
        // Not acted: sent again, and the repeat succeeds.
        let sent = Cell::new(0);
        let r = confirmed(
            &run,
            || {
                sent.set(sent.get() + 1);
                let n = sent.get();
                async move { if n == 1 { Err(api(500)) } else { Ok(n) } }
            },
            || async { Ok(false) },
        )
        .await
        .unwrap();
        assert_eq!(r, Some(2));
        // A refusal is final and nothing is read back.
        let confirms = Cell::new(0);
        let e = confirmed(
            &run,
            || async { Err::<(), _>(api(400)) },
            || {
                confirms.set(confirms.get() + 1);
                async { Ok(false) }
            },
        )
        .await
        .unwrap_err();
        assert_eq!(e.status(), Some(400));
        assert_eq!(confirms.get(), 0);
        // Never more sends than the retry budget.
        let sent = Cell::new(0);
        assert!(
            confirmed(
                &run,
                || {
                    sent.set(sent.get() + 1);
                    async { Err::<(), _>(api(503)) }
                },
                || async { Ok(false) },
            )
            .await
            .is_err()
        );
        assert_eq!(
            sent.get(),
            crate::http::RetryPolicy::default().max_retries + 1
        );
    }
}
