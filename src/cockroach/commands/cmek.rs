//! `dbcloud crdb cmek`: customer-managed encryption keys of a dedicated cluster.

use std::path::{Path, PathBuf};

use clap::Subcommand;
use serde_json::{Value, json};

use super::common::{ClusterArg, explain_dedicated_only};
use crate::cockroach::api::Api;
use crate::cockroach::api::security::CmekInfo;
use crate::cockroach::{ClusterRef, input, once, waits};
use crate::confirm::Written;
use crate::context::Ctx;
use crate::error::{Error, ExitCode, Result};
use crate::output::{Column, to_json};
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

cmek.json (the API's CMEK specification):
  {\"region_specs\": [{\"region\": \"us-east-1\",
                     \"key_spec\": {\"type\": \"AWS_KMS\", \"uri\": \"arn:aws:kms:us-east-1:123456789012:key/...\",
                                  \"auth_principal\": \"arn:aws:iam::123456789012:role/crdb-cmek\"}}]}")]
    Enable {
        /// JSON file with the `region_specs` array
        #[arg(long, value_name = "FILE")]
        spec_file: PathBuf,
        #[command(flatten)]
        wait: WaitArgs,
    },
    /// Replace the keys (for example after adding a region): the data is re-encrypted with them
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
    /// Rotate: re-encrypt with the current version of the keys in use, or with new keys (--spec-file)
    #[command(after_help = "\
Examples:
  dbcloud crdb cmek rotate -c analytics --wait
  dbcloud crdb cmek rotate -c analytics --spec-file new-keys.json

The API rotates when it is given the keys again (PUT .../cmek); without --spec-file, the keys the
cluster uses now are sent back.")]
    Rotate {
        /// JSON file with the new `region_specs` [default: the keys in use]
        #[arg(long, value_name = "FILE")]
        spec_file: Option<PathBuf>,
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

fn region_infos(info: &Value) -> impl Iterator<Item = &Value> {
    info.get("region_infos")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
}

/// "us-east-1 (ENABLED)" per region.
fn regions(info: &Value) -> String {
    region_infos(info)
        .filter_map(|r| {
            let region = r.get("region")?.as_str()?;
            Some(match r.get("status").and_then(Value::as_str) {
                Some(status) => format!("{region} ({status})"),
                None => region.to_string(),
            })
        })
        .collect::<Vec<_>>()
        .join(", ")
}

fn keys(info: &Value) -> String {
    region_infos(info)
        .flat_map(|r| {
            r.get("key_infos")
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
        })
        .filter_map(|k| k.pointer("/spec/uri").and_then(Value::as_str))
        .collect::<Vec<_>>()
        .join("\n")
}

/// The keys in use, as a spec to send back: one `key_spec` per region, the first key each shows.
fn spec_in_use(info: &Value) -> Value {
    let specs: Vec<Value> = region_infos(info)
        .filter_map(|r| {
            let key = r.pointer("/key_infos/0/spec")?;
            Some(json!({"region": r.get("region")?, "key_spec": key}))
        })
        .collect();
    json!({ "region_specs": specs })
}

/// The CMEK specification in `--spec-file`, checked against the spec's schema of the request.
fn read_spec(path: &Path) -> Result<Value> {
    let spec = input::read_json_file("--spec-file", path)?;
    input::check_body("--spec-file", path, "PUT", CMEK_TEMPLATE, &spec)?;
    if spec["region_specs"].as_array().is_none_or(Vec::is_empty) {
        return Err(Error::usage(format!(
            "--spec-file {}: `region_specs` has no key (the format is in `dbcloud crdb cmek enable --help`)",
            path.display()
        )));
    }
    Ok(spec)
}

const CMEK_TEMPLATE: &str = "/api/v1/clusters/{cluster_id}/cmek";

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
            // Read back: a repeat would be refused (CMEK already enabled).
            let what = format!("CMEK of cluster {}", cluster.name);
            let sent = once::write(
                ctx,
                &cluster,
                &wait,
                &what,
                || api.enable_cmek(&cluster.id, &spec),
                || cmek_is(api, &cluster.id, &["ENABLING", "ENABLED"]),
            )
            .await
            .map(Written::into_inner)
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
            let what = format!("the CMEK keys of cluster {}", cluster.name);
            let sent = once::repeat(ctx, &cluster, &wait, &what, || {
                api.update_cmek(&cluster.id, &spec)
            })
            .await;
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
        Command::Rotate { spec_file, wait } => {
            let given = spec_file.as_deref().map(read_spec).transpose()?;
            let cluster = args.cluster.resolve(ctx).await?;
            let spec = match given {
                Some(spec) => spec,
                None => {
                    let spec = spec_in_use(&to_json(&api.cmek(&cluster.id).await?)?);
                    if spec["region_specs"].as_array().is_none_or(Vec::is_empty) {
                        return Err(Error::NotFound(format!(
                            "cluster {} shows no CMEK keys in use to rotate; give them with --spec-file",
                            cluster.name
                        )));
                    }
                    spec
                }
            };
            let what = format!("the CMEK keys of cluster {}", cluster.name);
            let sent = once::repeat(ctx, &cluster, &wait, &what, || {
                api.update_cmek(&cluster.id, &spec)
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
            // Read back: a repeat would be refused (already revoked).
            let what = format!(
                "the revocation of the CMEK keys of cluster {}",
                cluster.name
            );
            let sent = once::write(
                ctx,
                &cluster,
                &wait,
                &what,
                || api.revoke_cmek(&cluster.id),
                || cmek_is(api, &cluster.id, &["REVOKING", "REVOKED"]),
            )
            .await
            .map(Written::into_inner);
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

/// CMEK read back after a lost answer: `Some` when its status is one of `states` (none yet: `None`).
async fn cmek_is(api: &Api, cluster: &str, states: &[&str]) -> Result<Option<CmekInfo>> {
    match api.cmek(cluster).await {
        Ok(info) => Ok(states
            .contains(&waits::bare_status(info.status()))
            .then_some(info)),
        Err(e) if e.exit_code() == ExitCode::NotFound => Ok(None),
        Err(e) => Err(e),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spec_files_are_checked_against_the_spec() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("cmek.json");
        let key =
            json!({"type": "GCP_CLOUD_KMS", "uri": "projects/p", "auth_principal": "sa@p.iam"});
        let write = |v: &Value| std::fs::write(&path, v.to_string()).unwrap();
        write(&json!({"region_specs": [{"region": "us-east1", "key_spec": key}]}));
        assert!(read_spec(&path).is_ok());
        for (bad, needle) in [
            (json!([]), "document"),
            (json!({"region_specs": []}), "has no key"),
            (
                json!({"region_specs": [{"region": "us-east1", "key": key}]}),
                "region_specs[0].key",
            ),
            (
                json!({"region_specs": [{"region": "r", "key_spec": {"type": "KMS", "uri": "u"}}]}),
                "region_specs[0].key_spec.type",
            ),
        ] {
            write(&bad);
            let e = read_spec(&path).unwrap_err().to_string();
            assert!(e.contains(needle), "{bad}: {e}");
        }
    }

    #[test]
    fn the_keys_in_use_are_sent_back_to_rotate() {
        let info = json!({"status": "ENABLED", "region_infos": [
            {"region": "us-east1", "status": "ENABLED", "key_infos": [{"spec": {"type": "GCP_CLOUD_KMS", "uri": "k1"}}]}]});
        assert_eq!(
            spec_in_use(&info),
            json!({"region_specs": [{"region": "us-east1", "key_spec": {"type": "GCP_CLOUD_KMS", "uri": "k1"}}]})
        );
        assert_eq!(regions(&info), "us-east1 (ENABLED)");
        assert_eq!(keys(&info), "k1");
    }
}
