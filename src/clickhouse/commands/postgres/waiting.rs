//! Waiting for a Postgres service to run, or to be gone.

use crate::clickhouse::api::PostgresService;
use crate::context::Ctx;
use crate::error::{ExitCode, Result};
use crate::wait::{self, Poll};

/// The one state of the spec from which a change cannot end well on its own: the service is down.
const FAILED: &str = "unavailable";

pub(super) fn classify(service: PostgresService) -> Poll<PostgresService> {
    match service.state.as_str() {
        "running" => Poll::Done(service),
        FAILED => Poll::Failed(service.state),
        _ => Poll::Pending(service.state),
    }
}

/// Polls the service until it runs (`unavailable` ends it at once, with exit 1).
pub(super) async fn wait_running(
    ctx: &Ctx,
    org: &str,
    id: &str,
    reference: &str,
    settings: &wait::Settings,
) -> Result<PostgresService> {
    let api = ctx.clickhouse()?;
    let what = format!("Postgres service {reference} to be running");
    wait::until(&ctx.out, settings, &what, || async move {
        Ok(classify(api.postgres_service(org, id).await?))
    })
    .await
}

/// Polls until the service is gone: GET answers 404.
pub(super) async fn wait_gone(
    ctx: &Ctx,
    org: &str,
    id: &str,
    reference: &str,
    settings: &wait::Settings,
) -> Result<()> {
    let api = ctx.clickhouse()?;
    let what = format!("Postgres service {reference} to be deleted");
    wait::until(&ctx.out, settings, &what, || async move {
        match api.postgres_service(org, id).await {
            Ok(s) => Ok(Poll::Pending(s.state)),
            Err(e) if e.exit_code() == ExitCode::NotFound => Ok(Poll::Done(())),
            Err(e) => Err(e),
        }
    })
    .await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn states() {
        let service = |state: &str| PostgresService {
            id: "i".into(),
            name: "n".into(),
            state: state.into(),
            password: None,
            connection_string: None,
            extra: Default::default(),
        };
        assert!(matches!(classify(service("running")), Poll::Done(_)));
        for pending in [
            "creating",
            "restarting",
            "replaying_wal",
            "restoring_backup",
        ] {
            assert!(matches!(classify(service(pending)), Poll::Pending(_)));
        }
        assert!(matches!(classify(service("unavailable")), Poll::Failed(_)));
    }
}
