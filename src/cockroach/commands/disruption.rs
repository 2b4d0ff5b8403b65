//! `dbcloud crdb disruption`: disruption drills. Regions, availability zones or nodes (pods) of an ADVANCED
//! cluster are made unavailable on purpose, to see how an application lives through an outage, until the
//! drill is cleared. Setting one is destructive: it says what it will disrupt and asks first.

use std::collections::BTreeMap;

use clap::Subcommand;
use serde_json::{Value, json};

use super::common::ClusterArg;
use crate::cockroach::api::disruption::{DisruptionInfo, RegionalDisruption};
use crate::cockroach::{ClusterRef, waits};
use crate::confirm;
use crate::context::Ctx;
use crate::document::{self, FileArg};
use crate::error::{Error, Result};
use crate::output::{Column, Format};
use crate::provider::Provider;
use crate::wait::WaitArgs;

#[derive(clap::Args, Debug)]
pub struct Args {
    #[command(flatten)]
    cluster: ClusterArg,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Show what is disrupted on a cluster (nothing when no drill runs)
    #[command(after_help = "Example:\n  dbcloud crdb disruption get -c orders")]
    Get,
    /// Disrupt regions, zones or nodes of a cluster, or end the drill with --clear (asks first)
    #[command(after_help = "\
Examples:
  dbcloud crdb disruption set -c orders --whole-region us-east-1 --yes --wait
  dbcloud crdb disruption set -c orders --zone us-east-1/us-east-1a \\
      --pod us-west-2/cockroachdb-abcd-us-west-2-0
  dbcloud crdb disruption set -c orders --file docs/examples/disruption.yaml --yes
  dbcloud crdb disruption set -c orders --clear --wait

The drill replaces any running one and lasts until cleared. Node (pod) names are those of
`dbcloud crdb cluster nodes CLUSTER`. A --file document holds
regional_disruptor_specifications (see docs/examples/disruption.yaml) and is checked against
the API's schema before anything is sent. With --wait, returns once the cluster has applied
the change.")]
    Set {
        /// The disruption as a JSON or YAML document (`-` reads stdin)
        #[arg(long = "file", short = 'f', value_name = "FILE", group = "what")]
        file: Option<String>,
        /// End the drill: nothing disrupted
        #[arg(long, group = "what")]
        clear: bool,
        /// Disrupt a whole region (repeatable)
        #[arg(long = "whole-region", value_name = "REGION", value_parser = crate::validate::name)]
        whole_regions: Vec<String>,
        /// Disrupt an availability zone of a region, REGION/ZONE (repeatable)
        #[arg(long = "zone", value_name = "REGION/ZONE", value_parser = region_part)]
        zones: Vec<(String, String)>,
        /// Disrupt a node (pod) of a region, REGION/POD (repeatable)
        #[arg(long = "pod", value_name = "REGION/POD", value_parser = region_part)]
        pods: Vec<(String, String)>,
        #[command(flatten)]
        wait: WaitArgs,
    },
}

const COLUMNS: &[Column] = &[
    Column::field("REGION", "region_code"),
    Column::field("WHOLE REGION", "is_whole_region"),
    Column::field("ZONES", "azs"),
    Column::field("PODS", "pods"),
];

/// `REGION/PART` of `--zone` and `--pod`.
fn region_part(s: &str) -> std::result::Result<(String, String), String> {
    match s.trim().split_once('/') {
        Some((r, p)) if !r.trim().is_empty() && !p.trim().is_empty() => {
            Ok((r.trim().to_string(), p.trim().to_string()))
        }
        _ => Err(format!(
            "'{s}' is not REGION/NAME (like us-east-1/us-east-1a)"
        )),
    }
}

/// The regional specifications the flags describe, one per region.
fn from_flags(
    whole: &[String],
    zones: &[(String, String)],
    pods: &[(String, String)],
) -> Result<Vec<RegionalDisruption>> {
    let mut by_region: BTreeMap<&str, RegionalDisruption> = BTreeMap::new();
    let entry = |m: &mut BTreeMap<&str, RegionalDisruption>, r: &str| -> RegionalDisruption {
        m.remove(r).unwrap_or(RegionalDisruption {
            region_code: r.to_string(),
            is_whole_region: Some(false),
            azs: None,
            pods: None,
            extra: Default::default(),
        })
    };
    for r in whole {
        let mut spec = entry(&mut by_region, r);
        spec.is_whole_region = Some(true);
        by_region.insert(r, spec);
    }
    for (list, parts) in [("zones", zones), ("pods", pods)] {
        for (r, part) in parts {
            if whole.contains(r) {
                return Err(Error::usage(format!(
                    "--whole-region {r} already disrupts all of {r}: drop the {list} of {r}"
                )));
            }
            let mut spec = entry(&mut by_region, r);
            let target = if list == "zones" {
                &mut spec.azs
            } else {
                &mut spec.pods
            };
            target.get_or_insert_with(Vec::new).push(part.clone());
            by_region.insert(r, spec);
        }
    }
    Ok(by_region.into_values().collect())
}

/// What a drill disrupts, in words: "the whole region us-east-1; zones us-west-2a of us-west-2".
fn describe(specs: &[RegionalDisruption]) -> String {
    specs
        .iter()
        .map(|s| {
            let mut parts = Vec::new();
            if s.is_whole_region == Some(true) {
                parts.push(format!("the whole region {}", s.region_code));
            }
            for (what, list) in [("zone", &s.azs), ("node", &s.pods)] {
                if let Some(names) = list.as_ref().filter(|l| !l.is_empty()) {
                    let plural = if names.len() == 1 { "" } else { "s" };
                    parts.push(format!(
                        "{what}{plural} {} of {}",
                        names.join(", "),
                        s.region_code
                    ));
                }
            }
            parts.join("; ")
        })
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join("; ")
}

pub async fn run(ctx: &Ctx, args: Args) -> Result<()> {
    let reference = args.cluster.reference(ctx)?;
    let Command::Set {
        file,
        clear,
        whole_regions,
        zones,
        pods,
        wait,
    } = args.command
    else {
        let cluster = args.cluster.resolve(ctx).await?;
        let info = ctx.cockroach()?.disruption(&cluster.id).await?;
        return show(ctx, &cluster, &info);
    };
    let flags_given = !(whole_regions.is_empty() && zones.is_empty() && pods.is_empty());
    // The document is read and checked, and the question asked, before any request.
    let (body, specs) = match (&file, clear, flags_given) {
        (Some(_), _, true) | (_, true, true) => {
            return Err(Error::usage(
                "give the disruption one way: --file, --clear, or --whole-region/--zone/--pod",
            ));
        }
        (Some(path), _, false) => {
            let arg = FileArg { file: path.clone() };
            let body = document::read_body(Provider::Cockroach, "UpdateClusterDisruption", &arg)?;
            let specs: Vec<RegionalDisruption> = serde_json::from_value(
                body.get("regional_disruptor_specifications")
                    .cloned()
                    .unwrap_or(json!([])),
            )
            .map_err(|e| Error::usage(format!("{}: {e}", document::display_name(path))))?;
            (body, specs)
        }
        (None, true, false) => (json!({"regional_disruptor_specifications": []}), Vec::new()),
        (None, false, true) => {
            let specs = from_flags(&whole_regions, &zones, &pods)?;
            let body = json!({ "regional_disruptor_specifications": specs });
            document::check(
                Provider::Cockroach,
                "UpdateClusterDisruption",
                "the flags",
                &body,
            )?;
            (body, specs)
        }
        (None, false, false) => {
            return Err(Error::usage(
                "nothing to set: give --whole-region, --zone or --pod, a --file, or --clear to end the drill",
            ));
        }
    };
    let disrupted = describe(&specs);
    if !disrupted.is_empty() {
        ctx.prompt.confirm(&format!(
            "disrupt cluster {reference}: {disrupted} (their nodes stop serving until the drill is cleared)"
        ))?;
    }
    let cluster = args.cluster.resolve(ctx).await?;
    let api = ctx.cockroach()?;
    if wait.wait {
        waits::until_writable(ctx, &cluster, &wait).await?;
    }
    // Read back, not repeated: the change locks the cluster, which would refuse a repeat.
    let what = format!("the disruption of cluster {}", cluster.name);
    let info = confirm::write(
        ctx,
        &what,
        || api.set_disruption(&cluster.id, body.clone()),
        || async {
            let info = api.disruption(&cluster.id).await?;
            Ok((info.regional_disruptor_specifications == specs).then_some(info))
        },
    )
    .await
    .map_err(waits::explain_locked)?
    .into_inner();
    if wait.wait {
        waits::until_operation_done(ctx, &cluster, &wait).await?;
    }
    ctx.out.status(&match (disrupted.is_empty(), wait.wait) {
        (true, true) => format!("Cleared the disruption of cluster {}.", cluster.name),
        (true, false) => format!("Clearing the disruption of cluster {}.", cluster.name),
        (false, true) => format!("Disrupted cluster {}: {disrupted}.", cluster.name),
        (false, false) => format!(
            "Disrupting cluster {}: {disrupted}; end it with `dbcloud crdb disruption set -c {} --clear`.",
            cluster.name, cluster.id
        ),
    });
    show(ctx, &cluster, &info)
}

/// The regions disrupted, one per row, or the API's answer as it came (`-o json|yaml`).
fn show(ctx: &Ctx, cluster: &ClusterRef, info: &DisruptionInfo) -> Result<()> {
    if ctx.out.format() != Format::Table {
        return ctx.out.item(info, &[]);
    }
    if info.regional_disruptor_specifications.is_empty() {
        ctx.out
            .status(&format!("Cluster {} is not disrupted.", cluster.name));
        return Ok(());
    }
    let rows: Vec<Value> = info
        .regional_disruptor_specifications
        .iter()
        .map(crate::output::to_json)
        .collect::<Result<_>>()?;
    ctx.out.list(&rows, COLUMNS)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn flags_become_one_spec_per_region() {
        let specs = from_flags(
            &["us-east-1".into()],
            &[("us-west-2".into(), "us-west-2a".into())],
            &[("us-west-2".into(), "cockroachdb-x-us-west-2-0".into())],
        )
        .unwrap();
        assert_eq!(
            serde_json::to_value(&specs).unwrap(),
            json!([
                {"region_code": "us-east-1", "is_whole_region": true},
                {"region_code": "us-west-2", "is_whole_region": false,
                 "azs": ["us-west-2a"], "pods": ["cockroachdb-x-us-west-2-0"]},
            ])
        );
        assert_eq!(
            describe(&specs),
            "the whole region us-east-1; zone us-west-2a of us-west-2; node cockroachdb-x-us-west-2-0 of us-west-2"
        );
        let e = from_flags(
            &["us-east-1".into()],
            &[("us-east-1".into(), "us-east-1a".into())],
            &[],
        )
        .unwrap_err();
        assert!(e.to_string().contains("--whole-region us-east-1"), "{e}");
    }

    #[test]
    fn zone_and_pod_flags_name_their_region() {
        assert_eq!(
            region_part("us-east-1/us-east-1a").unwrap(),
            ("us-east-1".into(), "us-east-1a".into())
        );
        assert!(region_part("us-east-1a").is_err());
        assert!(region_part("/x").is_err());
    }

    #[test]
    fn the_example_document_is_valid() {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/docs/examples/disruption.yaml");
        let body = document::read(path).unwrap();
        document::check(Provider::Cockroach, "UpdateClusterDisruption", path, &body).unwrap();
        let specs: Vec<RegionalDisruption> =
            serde_json::from_value(body["regional_disruptor_specifications"].clone()).unwrap();
        assert!(!describe(&specs).is_empty());
    }
}
