//! Flags and steps shared by the cluster-scoped nouns (database, sql-user, allowlist, backup, restore).

use serde_json::Value;

use crate::cockroach::{ClusterRef, resolve_cluster};
use crate::config::Source;
use crate::context::Ctx;
use crate::error::{Error, ExitCode, Result};
use crate::output::Format;

/// `-c/--cluster`, defaulting to the profile's `cockroach.cluster`.
#[derive(clap::Args, Debug, Clone)]
pub struct ClusterArg {
    /// Cluster ID or exact name [default: the profile's cockroach.cluster]
    #[arg(short = 'c', long = "cluster", global = true, value_name = "CLUSTER")]
    cluster: Option<String>,
}

impl ClusterArg {
    /// The cluster named by the flag or the profile; neither is a usage error. Sends nothing.
    pub fn reference(&self, ctx: &Ctx) -> Result<String> {
        self.given(ctx).map(|(reference, _)| reference)
    }

    /// The reference and, when it is the default rather than the flag, where the default came from.
    fn given(&self, ctx: &Ctx) -> Result<(String, Option<Source>)> {
        if let Some(cluster) = &self.cluster {
            return Ok((cluster.clone(), None));
        }
        let default = ctx.default_cluster().ok_or_else(|| {
            Error::usage(
                "no cluster given: pass -c/--cluster CLUSTER (an ID or exact name), or set a default with \
                 `dbcloud profile set cockroach.cluster CLUSTER`",
            )
        })?;
        Ok((default.value, Some(default.source)))
    }

    /// The cluster's ID (one list of the clusters when a name was given). A default cluster that does not
    /// exist is reported as the default it is, so the user looks at the profile rather than the command line.
    pub async fn resolve(&self, ctx: &Ctx) -> Result<ClusterRef> {
        let (reference, default) = self.given(ctx)?;
        match (resolve_cluster(ctx, &reference).await, default) {
            (Err(e), Some(source)) if e.exit_code() == ExitCode::NotFound => {
                Err(Error::NotFound(format!(
                    "{e} (the default cluster, from {source}: pass -c/--cluster, or change it with \
                     `dbcloud profile set cockroach.cluster CLUSTER`)"
                )))
            }
            (result, _) => result,
        }
    }
}

/// `--limit N` of every list.
#[derive(clap::Args, Debug, Clone)]
pub struct LimitArg {
    /// Stop after this many items (default: all, every page)
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u64).range(1..))]
    limit: Option<u64>,
}

impl LimitArg {
    pub fn get(&self) -> Option<usize> {
        self.limit.map(|l| usize::try_from(l).unwrap_or(usize::MAX))
    }
}

/// A new SQL user password: from stdin with `--password-stdin`, else a hidden prompt typed twice on a
/// terminal; without either it is a usage error (passwords are never command-line values).
pub fn new_password(ctx: &Ctx, from_stdin: bool, user: &str) -> Result<String> {
    if from_stdin {
        crate::prompt::read_stdin_secret("the password")
    } else {
        ctx.prompt.secret(
            &format!("Password for SQL user {user}"),
            true,
            "--password-stdin",
        )
    }
}

/// After a delete: a line for people, and the API's answer for scripts (`-o json|yaml`).
pub fn report_deleted(ctx: &Ctx, message: &str, answer: &Value) -> Result<()> {
    ctx.out.status(message);
    if ctx.out.format() == Format::Table {
        Ok(())
    } else {
        ctx.out.value(answer)
    }
}

/// Log export, metric export and CMEK exist on dedicated clusters only, and the API refuses them on others
/// with a 400. Such a 400 gets a hint naming the cluster's plan (one more request, only after a 400).
pub async fn explain_dedicated_only(
    ctx: &Ctx,
    cluster: &ClusterRef,
    feature: &str,
    err: Error,
) -> Error {
    if err.status() != Some(400) {
        return err;
    }
    let Ok(api) = ctx.cockroach() else {
        return err;
    };
    match api.cluster(&cluster.id).await {
        Ok(c) if !c.is_dedicated() => err.with_hint(format!(
            "cluster {} is {}: {feature} needs a dedicated cluster (plan {})",
            cluster.name,
            c.plan.as_deref().unwrap_or("not dedicated"),
            crate::cockroach::api::DEDICATED_PLAN
        )),
        _ => err,
    }
}
