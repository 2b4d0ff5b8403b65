//! `dbcloud ch service scale`, and the autoscaling flags it shares with `create`.

use serde_json::Value;

use super::waiting::{Target, wait_for};
use super::{CHANGE_TIMEOUT, DETAIL_COLUMNS};
use crate::clickhouse::api::Scaling;
use crate::clickhouse::find_service;
use crate::context::Ctx;
use crate::error::{Error, Result};
use crate::wait::{self, WaitArgs};

/// The autoscaling flags of create and scale.
#[derive(clap::Args, Debug)]
pub(super) struct ScalingArgs {
    /// Minimum total memory in GiB (24-720, a multiple of 12)
    #[arg(long, value_name = "GB", value_parser = super::super::memory_gb)]
    pub(super) min_memory_gb: Option<u32>,
    /// Maximum total memory in GiB (24-720, a multiple of 12)
    #[arg(long, value_name = "GB", value_parser = super::super::memory_gb)]
    pub(super) max_memory_gb: Option<u32>,
    /// Number of replicas (3-25)
    #[arg(long, value_name = "N", value_parser = super::super::replicas)]
    pub(super) replicas: Option<u32>,
    /// Let the service scale down to zero when idle
    #[arg(long, value_name = "BOOL", action = clap::ArgAction::Set)]
    pub(super) idle_scaling: Option<bool>,
    /// Minutes of inactivity before idling (at least 5)
    #[arg(long, value_name = "MINUTES", value_parser = super::super::idle_timeout)]
    pub(super) idle_timeout_minutes: Option<u32>,
}

impl ScalingArgs {
    pub(super) fn to_scaling(&self) -> Scaling {
        Scaling {
            min_total_memory_gb: self.min_memory_gb,
            max_total_memory_gb: self.max_memory_gb,
            num_replicas: self.replicas,
            idle_scaling: self.idle_scaling,
            idle_timeout_minutes: self.idle_timeout_minutes,
        }
    }
}
#[derive(clap::Args, Debug)]
#[command(group = clap::ArgGroup::new("change").required(true).multiple(true)
    .args(["min_memory_gb", "max_memory_gb", "replicas", "idle_scaling", "idle_timeout_minutes"]))]
pub(super) struct ScaleArgs {
    /// Service ID or exact name
    pub(super) service: String,
    #[command(flatten)]
    pub(super) scaling: ScalingArgs,
    #[command(flatten)]
    pub(super) wait: WaitArgs,
}
pub(super) async fn scale(ctx: &Ctx, org: &str, args: ScaleArgs) -> Result<()> {
    let scaling = args.scaling.to_scaling();
    let current = find_service(ctx, org, &args.service).await?;
    let memory = |field: &str| current.extra.get(field).and_then(Value::as_f64);
    let memory_change =
        scaling.min_total_memory_gb.is_some() || scaling.max_total_memory_gb.is_some();
    if memory_change && current.extra.get("tier").and_then(Value::as_str) == Some("development") {
        return Err(Error::usage(format!(
            "service {} is a development service, whose memory is fixed; memory bounds apply to production services",
            current.name
        )));
    }
    // One bound given: it must still fit the other, current one.
    let min = scaling
        .min_total_memory_gb
        .or(memory("minTotalMemoryGb").map(|m| m as u32));
    let max = scaling
        .max_total_memory_gb
        .or(memory("maxTotalMemoryGb").map(|m| m as u32));
    if let (Some(min), Some(max)) = (min, max)
        && min > max
    {
        return Err(Error::usage(format!(
            "the minimum memory ({min} GiB) would be more than the maximum ({max} GiB); give both --min-memory-gb and --max-memory-gb"
        )));
    }
    let api = ctx.clickhouse()?;
    let mut service = api.scale_service(org, &current.id, &scaling).await?;
    ctx.out
        .status(&format!("Updated the scaling of service {}.", service.name));
    if args.wait.wait {
        let settings = wait::Settings::new(&args.wait, CHANGE_TIMEOUT);
        service = wait_for(
            ctx,
            org,
            &current.id,
            &args.service,
            Target::Settled,
            &settings,
        )
        .await?;
    }
    ctx.out.item(&service, DETAIL_COLUMNS)
}
