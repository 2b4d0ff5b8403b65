//! Waiting for a service to reach a state, or to be gone.

use crate::clickhouse::api::Service;
use crate::context::Ctx;
use crate::error::{ExitCode, Result};
use crate::wait::{self, Poll};

/// A state a service is waited into.
#[derive(Clone, Copy, Debug)]
pub(super) enum Target {
    /// Up: `running`, or `idle` (scaled to zero by idle scaling, which wakes on the next query).
    Running,
    Stopped,
    /// Done with a scaling change: running, idle or stopped again.
    Settled,
}

impl Target {
    fn describe(self) -> &'static str {
        match self {
            Target::Running => "running",
            Target::Stopped => "stopped",
            Target::Settled => "settled",
        }
    }

    pub(super) fn reached(self, state: &str) -> bool {
        match self {
            Target::Running => matches!(state, "running" | "idle"),
            Target::Stopped => state == "stopped",
            Target::Settled => matches!(state, "running" | "idle" | "stopped"),
        }
    }
}

pub(super) fn classify(service: Service, target: Target) -> Poll<Service> {
    if target.reached(&service.state) {
        Poll::Done(service)
    } else if service.state == "failed" {
        Poll::Failed(service.state)
    } else {
        Poll::Pending(service.state)
    }
}

/// Polls the service until it reaches `target` (a `failed` state ends it at once, with exit 1).
pub(super) async fn wait_for(
    ctx: &Ctx,
    org: &str,
    id: &str,
    reference: &str,
    target: Target,
    settings: &wait::Settings,
) -> Result<Service> {
    let api = ctx.clickhouse()?;
    let what = format!("service {reference} to be {}", target.describe());
    wait::until(&ctx.out, settings, &what, || async move {
        Ok(classify(api.service(org, id).await?, target))
    })
    .await
}

/// States in which the service is gone or on its way out for good.
pub(super) fn is_deleted(state: &str) -> bool {
    // The live API shows `softdeleting` and then `softdeleted` (NOTES.md); the spec has `terminated`.
    matches!(state, "terminated" | "softdeleted")
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
    let what = format!("service {reference} to be deleted");
    wait::until(&ctx.out, settings, &what, || async move {
        match api.service(org, id).await {
            Ok(s) if is_deleted(&s.state) => Ok(Poll::Done(())),
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
    fn targets() {
        let service = |state: &str| Service {
            id: "i".into(),
            name: "n".into(),
            state: state.into(),
            extra: Default::default(),
        };
        assert!(matches!(
            classify(service("running"), Target::Running),
            Poll::Done(_)
        ));
        assert!(matches!(
            classify(service("provisioning"), Target::Running),
            Poll::Pending(_)
        ));
        assert!(matches!(
            classify(service("failed"), Target::Stopped),
            Poll::Failed(_)
        ));
        assert!(matches!(
            classify(service("stopped"), Target::Settled),
            Poll::Done(_)
        ));
    }
}
