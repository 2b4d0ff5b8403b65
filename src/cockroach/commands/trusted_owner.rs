//! `dbcloud crdb private-endpoint trusted-owner`: the cloud accounts (AWS account IDs, or `*` for any)
//! whose private endpoints a cluster's endpoint services trust. OWNER is the entry's ID or its account ID.

use clap::Subcommand;

use crate::cockroach::api::private_links::TrustedOwner;
use crate::cockroach::{ClusterRef, once};
use crate::context::Ctx;
use crate::error::{Error, Result};
use crate::output::Column;
use crate::spec_values;
use crate::wait::WaitArgs;

const TYPE_KEY: &str = "CockroachCloud_AddPrivateEndpointTrustedOwner.body.type";

#[derive(clap::Args, Debug)]
pub struct Args {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// List the trusted owners of a cluster's private endpoint services
    #[command(
        after_help = "Example:\n  dbcloud crdb private-endpoint trusted-owner list -c orders"
    )]
    List,
    /// Show a trusted owner
    #[command(
        after_help = "Example:\n  dbcloud crdb private-endpoint trusted-owner get 123456789012 -c orders"
    )]
    Get {
        /// Entry ID or the owner's account ID
        #[arg(value_name = "OWNER", value_parser = crate::validate::id)]
        owner: String,
    },
    /// Trust the private endpoints of a cloud account
    #[command(after_help = "\
Examples:
  dbcloud crdb private-endpoint trusted-owner add -c orders --external-owner-id 123456789012
  dbcloud crdb private-endpoint trusted-owner add -c orders --type aws_account_id \\
      --external-owner-id '*'

--type may be left out while the API has a single type (AWS_ACCOUNT_ID).")]
    Add {
        /// The kind of owner [default: the API's only type, while it has one]
        #[arg(long = "type", value_name = "TYPE", value_parser = spec_values::crdb_enum(TYPE_KEY))]
        kind: Option<String>,
        /// The owner's ID in its cloud (a 12-digit AWS account ID, or * for any account)
        #[arg(long, value_name = "ID", value_parser = crate::validate::id)]
        external_owner_id: String,
        #[command(flatten)]
        wait: WaitArgs,
    },
    /// Stop trusting an owner (asks first)
    #[command(
        after_help = "Example:\n  dbcloud crdb private-endpoint trusted-owner remove 123456789012 -c orders --yes"
    )]
    Remove {
        /// Entry ID or the owner's account ID
        #[arg(value_name = "OWNER", value_parser = crate::validate::id)]
        owner: String,
        #[command(flatten)]
        wait: WaitArgs,
    },
}

const COLUMNS: &[Column] = &[
    Column::field("ID", "id"),
    Column::field("TYPE", "type"),
    Column::field("OWNER", "external_owner_id"),
    Column::field("CREATED", "created_at"),
];

/// The type of a new owner: the one given, else the spec's only type; with several, a usage error.
fn owner_type(given: Option<String>) -> Result<String> {
    if let Some(kind) = given {
        return Ok(kind);
    }
    match spec_values::crdb_enum(TYPE_KEY).values() {
        [only] => Ok(only.to_string()),
        several => Err(Error::usage(format!(
            "give --type: one of {}",
            several.join(", ")
        ))),
    }
}

/// Asks before a removal (before any request).
pub fn confirm(ctx: &Ctx, cluster: &str, args: &Args) -> Result<()> {
    match &args.command {
        Command::Remove { owner, .. } => ctx.prompt.confirm(&format!(
            "stop trusting {owner} for the private endpoints of cluster {cluster}"
        )),
        _ => Ok(()),
    }
}

pub async fn run(ctx: &Ctx, cluster: &ClusterRef, args: Args) -> Result<()> {
    let api = ctx.cockroach()?;
    match args.command {
        Command::List => {
            let owners = api.trusted_owners(&cluster.id);
            ctx.out.list_pages(owners, COLUMNS).await
        }
        Command::Get { owner } => {
            let owner = find(ctx, cluster, &owner).await?;
            ctx.out.item(&owner, COLUMNS)
        }
        Command::Add {
            kind,
            external_owner_id,
            wait,
        } => {
            let kind = owner_type(kind)?;
            // Read back by the owner's account ID: an owner is trusted once.
            let what = format!("trusted owner {external_owner_id}");
            let owner = once::write(
                ctx,
                cluster,
                &wait,
                &what,
                || api.add_trusted_owner(&cluster.id, &kind, &external_owner_id),
                || async {
                    let all = api.trusted_owners(&cluster.id).await?;
                    once::found(all, |o| o.external_owner_id == external_owner_id, &what)
                },
            )
            .await?
            .into_inner();
            ctx.out.status(&format!(
                "Cluster {} trusts the private endpoints of {external_owner_id}.",
                cluster.name
            ));
            ctx.out.item(&owner, COLUMNS)
        }
        Command::Remove { owner, wait } => {
            let id = find(ctx, cluster, &owner).await?.id;
            let what = format!("trusted owner {owner}");
            let removed = once::delete(ctx, cluster, &wait, &what, || {
                api.remove_trusted_owner(&cluster.id, &id)
            })
            .await?;
            let name = removed
                .as_ref()
                .map_or(owner.clone(), |r| r.external_owner_id.clone());
            super::common::report_deleted(
                ctx,
                &format!("Cluster {} no longer trusts {name}.", cluster.name),
                &once::answer_or(removed, serde_json::json!({ "id": id }))?,
            )
        }
    }
}

/// An owner by its entry ID (one GET), or by its account ID among the cluster's owners.
async fn find(ctx: &Ctx, cluster: &ClusterRef, reference: &str) -> Result<TrustedOwner> {
    let api = ctx.cockroach()?;
    if crate::validate::is_uuid(reference) {
        return api.trusted_owner(&cluster.id, reference).await;
    }
    let matches: Vec<TrustedOwner> = api
        .trusted_owners(&cluster.id)
        .await?
        .into_iter()
        .filter(|o| o.external_owner_id == reference)
        .collect();
    crate::lookup::one_match(
        matches,
        || {
            format!(
                "cluster {} has no trusted owner with ID or account '{reference}'",
                cluster.name
            )
        },
        |n| {
            format!(
                "{n} trusted owners of cluster {} are '{reference}'; use the ID",
                cluster.name
            )
        },
        |o| format!("{}  {}", o.id, o.kind.as_deref().unwrap_or_default()),
    )
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_type_defaults_to_the_specs_only_one() {
        let values = crate::spec_values::crdb_enum(super::TYPE_KEY).values();
        match values {
            [only] => assert_eq!(super::owner_type(None).unwrap(), *only),
            _ => assert!(super::owner_type(None).is_err()),
        }
        assert_eq!(super::owner_type(Some("X".into())).unwrap(), "X");
    }
}
