//! Uploads to presigned URLs (object storage), which the API hands out for files too large for a JSON body.

use std::time::Instant;

use backon::BackoffBuilder;
use reqwest::Url;

use super::Client;
use crate::error::{Error, Result};

impl Client {
    /// PUTs a file to a presigned URL the API handed out (object storage): no API credentials (the URL
    /// carries its own signature), not the API's rate limit. A PUT of the same object is repeatable, so
    /// connection failures and 5xx answers are retried. Neither the log nor an error shows the URL's query
    /// (its signature) or the object storage's answer, which may quote it.
    pub async fn upload(&self, url: &str, content_type: &str, bytes: Vec<u8>) -> Result<()> {
        let parsed = Url::parse(url).map_err(|_| {
            Error::Failed(format!(
                "the {} API gave an upload URL that is not a URL",
                self.provider
            ))
        })?;
        let mut shown = parsed.clone();
        shown.set_query(None);
        let started = Instant::now();
        let mut backoff = backon::ExponentialBuilder::new()
            .with_min_delay(self.retry.min_delay)
            .with_max_delay(self.retry.max_delay)
            .with_max_times(self.retry.max_retries)
            .with_jitter()
            .build();
        loop {
            self.log_line(&format!("> PUT {shown}?[REDACTED]"));
            self.log_line(&format!("> content-type: {content_type}"));
            self.log_line(&format!("> ({} bytes)", bytes.len()));
            let sent = Instant::now();
            let outcome = self
                .http
                .put(parsed.clone())
                .timeout(self.timeout)
                .header(reqwest::header::CONTENT_TYPE, content_type)
                .body(bytes.clone())
                .send()
                .await
                .map(|resp| resp.status())
                .map_err(|e| {
                    let timed_out = e.is_timeout();
                    let e = e.without_url();
                    let mut detail = e.to_string();
                    let mut source = std::error::Error::source(&e);
                    while let Some(s) = source {
                        detail = format!("{detail}: {s}");
                        source = s.source();
                    }
                    (timed_out, detail)
                });
            let retry = match &outcome {
                Ok(status) => {
                    let status = *status;
                    self.log_line(&format!(
                        "< {} ({} ms)",
                        status.as_u16(),
                        sent.elapsed().as_millis()
                    ));
                    if status.is_success() {
                        return Ok(());
                    }
                    status.is_server_error()
                }
                Err((_, e)) => {
                    self.log_line(&format!("* {e}"));
                    true
                }
            };
            let delay = backoff
                .next()
                .filter(|d| retry && started.elapsed() + *d <= self.retry.max_total);
            let Some(delay) = delay else {
                return Err(match outcome {
                    Ok(status) => Error::Failed(format!(
                        "the upload to {} was refused: HTTP {} {}",
                        shown.host_str().unwrap_or_default(),
                        status.as_u16(),
                        status.canonical_reason().unwrap_or_default()
                    )),
                    Err((true, _)) => Error::Timeout(format!(
                        "the upload to {} did not finish within {}",
                        shown.host_str().unwrap_or_default(),
                        humantime::format_duration(self.timeout)
                    ))
                    .with_hint("raise the limit with --timeout"),
                    Err((_, e)) => Error::Failed(format!(
                        "the upload to {} failed: {e}",
                        shown.host_str().unwrap_or_default(),
                    )),
                });
            };
            self.log_line(&format!("* retrying in {} ms", delay.as_millis()));
            tokio::time::sleep(delay).await;
        }
    }
}
