//! Every write happens exactly once, even when its answer is lost (DESIGN.md, "Writes under failure";
//! docs/writes.md).
//!
//! The HTTP layer never repeats a write that may have reached the server ([`crate::http::outcome_unknown`]
//! tells such a failure from a clean one). Here a write declares how it is confirmed, and after an ambiguous
//! failure the outcome is resolved instead of reported:
//! - [`write`]: read back by the natural key (a name, a CIDR, an e-mail) or the values it sets; a read that
//!   finds the change adopts it, one that does not repeats the write;
//! - [`repeat`]: a write that sets absolute values (a state, a scaling, settings, a window) is simply sent
//!   again: doing it twice is doing it once;
//! - [`delete`]: sent again, and a 404 to the repeat means the first one did it.
//!
//! All within the client's retry budget ([`RetryPolicy`]). Without faults nothing more is sent: a read
//! happens only after an ambiguous failure. Each step is shown with `-v`, an adopted change with one line.

use std::future::Future;
use std::time::{Duration, Instant, SystemTime};

use backon::BackoffBuilder;

use crate::error::{Error, Result};
use crate::http::{RetryPolicy, outcome_unknown};

/// Where a confirmation's messages go: the command's stderr, or apply's progress.
pub trait Notes {
    /// A step (reading back, sending again): shown with `-v`.
    fn step(&self, line: &str);
    /// The one line that says a lost answer's change is confirmed: always shown.
    fn confirmed(&self, line: &str);
}

impl Notes for crate::context::Ctx {
    fn step(&self, line: &str) {
        if self.verbose {
            eprintln!("* {line}");
        }
    }

    fn confirmed(&self, line: &str) {
        self.out.warn(line);
    }
}

/// What a write came to: its own answer, or a change confirmed after its answer was lost.
#[derive(Debug, PartialEq)]
pub enum Written<T> {
    Answered(T),
    /// Made, but its answer never arrived: `T` is what reading back found (or the repeat's answer).
    Confirmed(T),
}

impl<T> Written<T> {
    pub fn into_inner(self) -> T {
        match self {
            Written::Answered(v) | Written::Confirmed(v) => v,
        }
    }

    /// True when the answer was lost (what only it carried, a generated secret, is gone).
    pub fn confirmed(&self) -> bool {
        matches!(self, Written::Confirmed(_))
    }
}

#[derive(Clone, Copy, PartialEq)]
enum How {
    Read,
    Repeat,
    Delete,
}

/// Sends a write that creates or changes something `check` can find: after an ambiguous failure, `check`
/// reads back (by the natural key, or the values the write sets) and answers `Some` when the change is
/// there (adopted) or `None` (the write is sent again). A refusal of a repeat (409 "already exists") is
/// read back the same way, so a write that acted the first time is never done twice nor reported failed.
/// `what` names what to check when the outcome stays unknown ("service web").
pub async fn write<T, S, SF, C, CF>(
    notes: &(impl Notes + ?Sized),
    what: &str,
    send: S,
    check: C,
) -> Result<Written<T>>
where
    S: FnMut() -> SF,
    SF: Future<Output = Result<T>>,
    C: FnMut() -> CF,
    CF: Future<Output = Result<Option<T>>>,
{
    resolve(notes, what, How::Read, send, check).await
}

/// Sends a write that sets absolute values (a state, a scaling, settings, a window): after an ambiguous
/// failure it is sent again, which is safe, and the repeat's answer is the confirmation.
pub async fn repeat<T, S, SF>(notes: &(impl Notes + ?Sized), what: &str, send: S) -> Result<T>
where
    S: FnMut() -> SF,
    SF: Future<Output = Result<T>>,
{
    let never = || async { Ok(None) };
    resolve(notes, what, How::Repeat, send, never)
        .await
        .map(Written::into_inner)
}

/// Sends a delete: after an ambiguous failure it is sent again, and a 404 to the repeat means the first
/// one was done.
pub async fn delete<S, SF>(notes: &(impl Notes + ?Sized), what: &str, send: S) -> Result<()>
where
    S: FnMut() -> SF,
    SF: Future<Output = Result<()>>,
{
    // Called only once a repeat met a 404: the first delete was done.
    let gone = || async { Ok(Some(())) };
    resolve(notes, what, How::Delete, send, gone)
        .await
        .map(drop)
}

async fn resolve<T, S, SF, C, CF>(
    notes: &(impl Notes + ?Sized),
    what: &str,
    how: How,
    mut send: S,
    mut check: C,
) -> Result<Written<T>>
where
    S: FnMut() -> SF,
    SF: Future<Output = Result<T>>,
    C: FnMut() -> CF,
    CF: Future<Output = Result<Option<T>>>,
{
    let policy = RetryPolicy::default();
    let started = Instant::now();
    let mut backoff = backon::ExponentialBuilder::new()
        .with_min_delay(policy.min_delay)
        .with_max_delay(policy.max_delay)
        .with_max_times(policy.max_retries)
        .with_jitter()
        .build();
    // The first failure whose outcome was unknown: what a later clean refusal answers.
    let mut lost: Option<String> = None;
    loop {
        let e = match send().await {
            Ok(v) => {
                return Ok(match &lost {
                    None => Written::Answered(v),
                    Some(first) => {
                        if how == How::Read {
                            notes.step(&format!("{what}: done by this attempt"));
                        } else {
                            notes.confirmed(&format!(
                                "{what}: the answer was lost ({first}); sent again, the change is confirmed"
                            ));
                            return Ok(Written::Confirmed(v));
                        }
                        Written::Answered(v)
                    }
                });
            }
            Err(e) => e,
        };
        let unknown = outcome_unknown(&e);
        if let Some(first) = &lost
            && how == How::Delete
            && is_not_found(&e)
            && let Some(v) = check().await?
        {
            notes.confirmed(&format!(
                "{what}: the answer was lost ({first}); it is gone now, the delete is confirmed"
            ));
            return Ok(Written::Confirmed(v));
        }
        if !unknown && (lost.is_none() || how != How::Read) {
            return Err(e);
        }
        let first = lost.get_or_insert_with(|| why(&e)).clone();
        if how == How::Read {
            notes.step(&format!(
                "{what}: {} ({e}); reading it back to confirm",
                if unknown {
                    "the outcome is unknown"
                } else {
                    "the repeat was refused"
                }
            ));
            match check().await {
                Ok(Some(v)) => {
                    notes.confirmed(&format!(
                        "{what}: the answer was lost ({first}); read back, the change is confirmed"
                    ));
                    return Ok(Written::Confirmed(v));
                }
                Ok(None) => notes.step(&format!("{what}: not done")),
                Err(read) => return Err(unconfirmed(e, what, Some(&read))),
            }
            if !unknown {
                return Err(e);
            }
        }
        let delay = backoff
            .next()
            .filter(|d| started.elapsed() + *d <= policy.max_total);
        let Some(delay) = delay else {
            return Err(unconfirmed(e, what, None));
        };
        notes.step(&format!(
            "{what}: sending it again in {} ms ({e})",
            delay.as_millis()
        ));
        tokio::time::sleep(delay).await;
    }
}

/// How much earlier than the local clock a server may stamp a resource this process created.
const CLOCK_SKEW: Duration = Duration::from_secs(120);

/// Whether a resource found by its natural key was created by this write: stamped (`createdAt`,
/// `created_at`) no earlier than `since`, the moment before the first send, less a clock skew. Names need not
/// be unique (ClickHouse services): an older namesake is not adopted. Without a stamp, the key decides.
pub fn created_since(created_at: Option<&serde_json::Value>, since: SystemTime) -> bool {
    let Some(stamp) = created_at.and_then(serde_json::Value::as_str) else {
        return true;
    };
    match humantime::parse_rfc3339_weak(stamp) {
        Ok(at) => at + CLOCK_SKEW >= since,
        Err(_) => true,
    }
}

/// The one resource a read back found: none (the write did not happen), one (adopted), or several (nothing
/// tells which, so the outcome stays unknown).
pub fn only<T>(mut found: Vec<T>, what: &str) -> Result<Option<T>> {
    match found.len() {
        0 | 1 => Ok(found.pop()),
        n => Err(Error::Failed(format!(
            "{n} matches for {what}: which one this write made is unknown"
        ))),
    }
}

/// A create read back from a list by its natural key: the one item whose `key` field (`name`, `email`)
/// is `value` (e-mails in any case) and that was created since `since` (see [`created_since`]).
pub fn created<T: serde::Serialize>(
    items: Vec<T>,
    key: &str,
    value: &str,
    since: SystemTime,
    what: &str,
) -> Result<Option<T>> {
    let mut found = Vec::new();
    for item in items {
        let json = crate::http::to_json(&item)?;
        let same = json
            .get(key)
            .and_then(serde_json::Value::as_str)
            .is_some_and(|v| {
                if key == "email" {
                    v.eq_ignore_ascii_case(value)
                } else {
                    v == value
                }
            });
        let stamp = json.get("createdAt").or_else(|| json.get("created_at"));
        if same && created_since(stamp, since) {
            found.push(item);
        }
    }
    only(found, what)
}

/// A create read back by the values it sets, where nothing else names it: the one item whose every scalar
/// field (text, number, boolean) sent in `sent` has the same value.
pub fn with_values<T: serde::Serialize>(
    items: Vec<T>,
    sent: &impl serde::Serialize,
    what: &str,
) -> Result<Option<T>> {
    let sent = crate::http::to_json(sent)?;
    let scalars: Vec<(&String, &serde_json::Value)> = sent
        .as_object()
        .into_iter()
        .flatten()
        .filter(|(_, v)| v.is_string() || v.is_number() || v.is_boolean())
        .collect();
    let mut found = Vec::new();
    for item in items {
        let json = crate::http::to_json(&item)?;
        if scalars.iter().all(|(k, v)| json.get(k.as_str()) == Some(v)) {
            found.push(item);
        }
    }
    only(found, what)
}

/// Why an answer was lost, in a few words.
fn why(e: &Error) -> String {
    match e {
        Error::Api(api) => format!("HTTP {}", api.status),
        Error::BadResponse { status, .. } => format!("HTTP {status}, an unreadable answer"),
        Error::Network { .. } => "the connection was closed".to_string(),
        Error::Timeout(_) => "no answer in time".to_string(),
        Error::Hinted { source, .. } => why(source),
        other => other.to_string(),
    }
}

/// A deleted thing read back: 404, or a name that no longer resolves.
fn is_not_found(e: &Error) -> bool {
    e.exit_code() == crate::error::ExitCode::NotFound
}

/// The honest error of a write whose outcome stayed unknown: what to check before trying again.
fn unconfirmed(e: Error, what: &str, read: Option<&Error>) -> Error {
    let why = match read {
        Some(read) => format!(" (reading it back failed too: {read})"),
        None => String::new(),
    };
    e.with_hint(format!(
        "the change may or may not have been made{why}: check {what} before trying again"
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::ApiError;
    use crate::provider::Provider;
    use std::cell::{Cell, RefCell};

    #[derive(Default)]
    struct Log(RefCell<Vec<String>>);
    impl Notes for Log {
        fn step(&self, line: &str) {
            self.0.borrow_mut().push(format!("step: {line}"));
        }
        fn confirmed(&self, line: &str) {
            self.0.borrow_mut().push(format!("confirmed: {line}"));
        }
    }

    fn api(status: u16) -> Error {
        Error::Api(ApiError {
            provider: Provider::ClickHouse,
            status,
            api_code: None,
            message: format!("HTTP {status}"),
            request_id: None,
        })
    }

    #[tokio::test(start_paused = true)]
    async fn a_lost_create_is_read_back_and_adopted_not_repeated() {
        let log = Log::default();
        let sent = Cell::new(0);
        let r = write(
            &log,
            "service web",
            || {
                sent.set(sent.get() + 1);
                async { Err::<u32, _>(api(504)) }
            },
            || async { Ok(Some(7)) },
        )
        .await
        .unwrap();
        assert_eq!(r, Written::Confirmed(7));
        assert_eq!(sent.get(), 1);
        let lines = log.0.borrow();
        assert!(lines[0].contains("reading it back"), "{lines:?}");
        assert_eq!(
            lines.last().unwrap(),
            "confirmed: service web: the answer was lost (HTTP 504); read back, the change is confirmed"
        );
    }

    #[tokio::test(start_paused = true)]
    async fn a_write_that_did_not_happen_is_sent_again() {
        let log = Log::default();
        let sent = Cell::new(0);
        let r = write(
            &log,
            "key k",
            || {
                sent.set(sent.get() + 1);
                let n = sent.get();
                async move { if n == 1 { Err(api(500)) } else { Ok(n) } }
            },
            || async { Ok(None) },
        )
        .await
        .unwrap();
        assert_eq!(r, Written::Answered(2));
        // A repeat refused as a duplicate is read back: the first one did happen after all.
        let sent = Cell::new(0);
        let reads = Cell::new(0);
        let r = write(
            &log,
            "role r",
            || {
                sent.set(sent.get() + 1);
                let n = sent.get();
                async move { Err::<u32, _>(api(if n == 1 { 502 } else { 409 })) }
            },
            || {
                reads.set(reads.get() + 1);
                let n = reads.get();
                async move { Ok((n == 2).then_some(3)) }
            },
        )
        .await
        .unwrap();
        assert_eq!(r, Written::Confirmed(3));
    }

    #[tokio::test(start_paused = true)]
    async fn clean_refusals_are_final_and_unknown_outcomes_end_honestly() {
        let log = Log::default();
        let reads = Cell::new(0);
        let e = write(
            &log,
            "x",
            || async { Err::<(), _>(api(400)) },
            || {
                reads.set(reads.get() + 1);
                async { Ok(None) }
            },
        )
        .await
        .unwrap_err();
        assert_eq!(e.status(), Some(400));
        assert_eq!(reads.get(), 0);
        assert!(log.0.borrow().is_empty());
        // Never more sends than the retry budget allows, then a hint naming what to check.
        let sent = Cell::new(0);
        let e = write(
            &log,
            "service web",
            || {
                sent.set(sent.get() + 1);
                async { Err::<(), _>(api(503)) }
            },
            || async { Ok(None) },
        )
        .await
        .unwrap_err();
        assert_eq!(sent.get(), RetryPolicy::default().max_retries + 1);
        assert_eq!(
            e.hint().unwrap(),
            "the change may or may not have been made: check service web before trying again"
        );
        // A read that fails too says so.
        let e = write(
            &log,
            "service web",
            || async { Err::<(), _>(api(502)) },
            || async { Err::<Option<()>, _>(api(500)) },
        )
        .await
        .unwrap_err();
        assert!(
            e.hint().unwrap().contains("reading it back failed too"),
            "{:?}",
            e.hint()
        );
    }

    #[tokio::test(start_paused = true)]
    async fn absolute_writes_are_repeated_and_deletes_take_a_404_after_a_repeat() {
        let log = Log::default();
        let sent = Cell::new(0);
        let v = repeat(&log, "the state of service web", || {
            sent.set(sent.get() + 1);
            let n = sent.get();
            async move { if n < 3 { Err(api(502)) } else { Ok(n) } }
        })
        .await
        .unwrap();
        assert_eq!(v, 3);
        assert!(
            log.0
                .borrow()
                .last()
                .unwrap()
                .starts_with("confirmed: the state of service web: the answer was lost (HTTP 502)")
        );
        let sent = Cell::new(0);
        delete(&log, "key k", || {
            sent.set(sent.get() + 1);
            let n = sent.get();
            async move { Err(api(if n == 1 { 504 } else { 404 })) }
        })
        .await
        .unwrap();
        assert_eq!(sent.get(), 2);
        // A 404 to the first delete is a 404.
        let e = delete(&log, "key k", || async { Err(api(404)) })
            .await
            .unwrap_err();
        assert_eq!(e.status(), Some(404));
    }
}
