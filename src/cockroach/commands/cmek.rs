//! `dbcloud crdb cmek`: customer-managed encryption keys of a dedicated cluster.

use std::path::{Path, PathBuf};

use clap::Subcommand;
use serde_json::Value;

use super::common::{ClusterArg, explain_dedicated_only};
use crate::cockroach::api::security::{CmekAction, CmekInfo};
use crate::cockroach::{ClusterRef, input, waits};
use crate::context::Ctx;
use crate::error::{Error, ExitCode, Result};
use crate::output::Column;
use crate::wait::WaitArgs;

const FEATURE: &str = "CMEK";

#[derive(clap::Args, Debug)]
pub struct Args {
    #[command(flatten)]
    cluster: ClusterArg,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Show the CMEK configuration of a cluster and its status
    #[command(after_help = "Example:\n  dbcloud crdb cmek get -c analytics")]
    Get,
    /// Encrypt a dedicated cluster with your own keys, one per region
    #[command(after_help = "\
Example:
  dbcloud crdb cmek enable -c analytics --spec-file cmek.json --wait

cmek.json (the API's CMEKClusterSpecification):
  {\"region_specs\": [{\"region\": \"us-east-1\",
                     \"key\": {\"type\": \"AWS_KMS\", \"uri\": \"arn:aws:kms:us-east-1:123456789012:key/...\",
                             \"auth_principal\": \"arn:aws:iam::123456789012:role/crdb-cmek\"}}]}")]
    Enable {
        /// JSON file with the `region_specs` array
        #[arg(long, value_name = "FILE")]
        spec_file: PathBuf,
        #[command(flatten)]
        wait: WaitArgs,
    },
    /// Replace the keys (for example after adding a region)
    #[command(
        after_help = "Example:\n  dbcloud crdb cmek update -c analytics --spec-file cmek.json --wait"
    )]
    Update {
        /// JSON file with the `region_specs` array
        #[arg(long, value_name = "FILE")]
        spec_file: PathBuf,
        #[command(flatten)]
        wait: WaitArgs,
    },
    /// Re-encrypt the cluster's data keys with the current version of your keys
    #[command(after_help = "Example:\n  dbcloud crdb cmek rotate -c analytics --wait")]
    Rotate {
        #[command(flatten)]
        wait: WaitArgs,
    },
    /// Revoke the cluster's access to your keys: the cluster becomes unusable until access is restored
    #[command(after_help = "Example:\n  dbcloud crdb cmek revoke -c analytics --yes")]
    Revoke {
        #[command(flatten)]
        wait: WaitArgs,
    },
}

const COLUMNS: &[Column] = &[
    Column::field("STATUS", "status"),
    Column::computed("REGIONS", regions),
    Column::computed("KEYS", keys),
];

fn region_specs(info: &Value) -> impl Iterator<Item = &Value> {
    info.pointer("/spec/region_specs")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
}

fn regions(info: &Value) -> String {
    region_specs(info)
        .filter_map(|r| r.get("region").and_then(Value::as_str))
        .collect::<Vec<_>>()
        .join(", ")
}

fn keys(info: &Value) -> String {
    region_specs(info)
        .filter_map(|r| r.pointer("/key/uri").and_then(Value::as_str))
        .collect::<Vec<_>>()
        .join("\n")
}

/// Key types of a region spec's `key` (untyped in the spec; the real API's shape, specs/NOTES.md).
const KEY_TYPES: &[&str] = &["AWS_KMS", "GCP_CLOUD_KMS", "AZURE_KEY_VAULT"];

/// The CMEKClusterSpecification in `--spec-file`: an object whose `region_specs` is a non-empty array of
/// objects, each with a `region` name and a `key` object (`type`, `uri`, `auth_principal`).
fn read_spec(path: &Path) -> Result<Value> {
    let spec = input::read_json_file("--spec-file", path)?;
    check_spec(&spec).map_err(|problem| {
        Error::usage(format!(
            "--spec-file {}: {problem} (the format is in `dbcloud crdb cmek enable --help`)",
            path.display()
        ))
    })?;
    Ok(spec)
}

fn check_spec(spec: &Value) -> std::result::Result<(), String> {
    let Some(obj) = spec.as_object() else {
        return Err("not a JSON object".into());
    };
    let Some(specs) = obj.get("region_specs").and_then(Value::as_array) else {
        return Err("no `region_specs` array".into());
    };
    if specs.is_empty() {
        return Err("`region_specs` is empty".into());
    }
    for (i, r) in specs.iter().enumerate() {
        if !r.get("region").is_some_and(Value::is_string) {
            return Err(format!("region_specs[{i}] has no `region` name"));
        }
        let Some(key) = r.get("key").filter(|k| k.is_object()) else {
            return Err(format!("region_specs[{i}] has no `key` object"));
        };
        for field in ["type", "uri", "auth_principal"] {
            if !key.get(field).is_some_and(Value::is_string) {
                return Err(format!("region_specs[{i}].key has no `{field}`"));
            }
        }
        let kind = key["type"].as_str().unwrap_or_default();
        if !KEY_TYPES.contains(&kind) {
            return Err(format!(
                "region_specs[{i}].key.type '{kind}' is not one of {}",
                KEY_TYPES.join(", ")
            ));
        }
    }
    Ok(())
}

pub async fn run(ctx: &Ctx, args: Args) -> Result<()> {
    let reference = args.cluster.reference(ctx)?;
    let api = ctx.cockroach()?;
    // In each arm, what can fail without the API (the file, the confirmation) comes before any request.
    match args.command {
        Command::Get => {
            let cluster = args.cluster.resolve(ctx).await?;
            let info = api.cmek(&cluster.id).await?;
            ctx.out.item(&info, COLUMNS)
        }
        Command::Enable { spec_file, wait } => {
            let spec = read_spec(&spec_file)?;
            let cluster = args.cluster.resolve(ctx).await?;
            let sent = waits::write(ctx, &cluster, &wait, || api.enable_cmek(&cluster.id, &spec))
                .await
                .map_err(|e| match e.exit_code() {
                    ExitCode::Conflict if e.hint().is_none() => e.with_hint(format!(
                        "if CMEK is already enabled, change its keys with `dbcloud crdb cmek update -c {} --spec-file FILE`",
                        cluster.id
                    )),
                    _ => e,
                });
            finish(ctx, &cluster, &wait, sent, "ENABLED", "Enabled CMEK on").await
        }
        Command::Update { spec_file, wait } => {
            let spec = read_spec(&spec_file)?;
            let cluster = args.cluster.resolve(ctx).await?;
            let sent =
                waits::write(ctx, &cluster, &wait, || api.update_cmek(&cluster.id, &spec)).await;
            finish(
                ctx,
                &cluster,
                &wait,
                sent,
                "ENABLED",
                "Updated the CMEK keys of",
            )
            .await
        }
        Command::Rotate { wait } => {
            let cluster = args.cluster.resolve(ctx).await?;
            let sent = waits::write(ctx, &cluster, &wait, || {
                api.update_cmek_status(&cluster.id, CmekAction::Rotate)
            })
            .await;
            finish(
                ctx,
                &cluster,
                &wait,
                sent,
                "ENABLED",
                "Rotated the CMEK keys of",
            )
            .await
        }
        Command::Revoke { wait } => {
            ctx.prompt.confirm(&format!(
                "revoke the access of cluster {reference} to its encryption keys (the cluster becomes unusable)"
            ))?;
            let cluster = args.cluster.resolve(ctx).await?;
            let sent = waits::write(ctx, &cluster, &wait, || {
                api.update_cmek_status(&cluster.id, CmekAction::Revoke)
            })
            .await;
            finish(
                ctx,
                &cluster,
                &wait,
                sent,
                "REVOKED",
                "Revoked the CMEK keys of",
            )
            .await
        }
    }
}

/// After a write: the dedicated-only hint on a 400, `--wait` for `done`, a line for people, the result.
async fn finish(
    ctx: &Ctx,
    cluster: &ClusterRef,
    wait: &WaitArgs,
    sent: Result<CmekInfo>,
    done: &str,
    did: &str,
) -> Result<()> {
    let mut info = match sent {
        Ok(info) => info,
        Err(e) => return Err(explain_dedicated_only(ctx, cluster, FEATURE, e).await),
    };
    if wait.wait {
        let api = ctx.cockroach()?;
        let what = format!("CMEK of cluster {} to be {done}", cluster.name);
        info = waits::until_status(ctx, wait, &what, done, || async {
            let info = api.cmek(&cluster.id).await?;
            let status = info.status().to_string();
            Ok((info, status))
        })
        .await?;
        ctx.out
            .status(&format!("{did} cluster {} (status {done}).", cluster.name));
    } else {
        ctx.out.status(&format!(
            "{did} cluster {} (status {}); follow it with `dbcloud crdb cmek get -c {}`.",
            cluster.name,
            info.status(),
            cluster.id
        ));
    }
    ctx.out.item(&info, COLUMNS)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn spec_shape() {
        let key =
            json!({"type": "GCP_CLOUD_KMS", "uri": "projects/p", "auth_principal": "sa@p.iam"});
        let good = json!({"region_specs": [{"region": "us-east1", "key": key}]});
        assert!(check_spec(&good).is_ok());
        for bad in [
            json!([]),
            json!({"regions": []}),
            json!({"region_specs": []}),
            json!({"region_specs": [{"region": "us-east1"}]}),
            json!({"region_specs": [{"key": {}}]}),
            json!({"region_specs": "x"}),
            json!({"region_specs": [{"region": "us-east1", "key": {"type": "GCP_CLOUD_KMS", "uri": "u"}}]}),
            json!({"region_specs": [{"region": "r", "key": {"type": "KMS", "uri": "u", "auth_principal": "p"}}]}),
        ] {
            assert!(check_spec(&bad).is_err(), "{bad}");
        }
        assert_eq!(regions(&json!({"spec": good})), "us-east1");
    }
}
