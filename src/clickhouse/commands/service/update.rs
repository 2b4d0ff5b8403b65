//! `dbcloud ch service update`: every field of the API's update request as a flag (`ServicePatchRequest`).

use dbcloud_spec::{Provider, rules};

use super::columns::DETAIL_COLUMNS;
use crate::clickhouse::api::{EndpointChange, IpAccessEntry, ServicePatch, Tag};
use crate::clickhouse::commands::{ip_entry, tag};
use crate::clickhouse::service_id;
use crate::confirm;
use crate::context::Ctx;
use crate::error::{Error, Result};
use crate::spec_values::{ch_enum, ch_name};

#[derive(clap::Args, Debug)]
#[command(group = clap::ArgGroup::new("change").required(true).multiple(true))]
pub(super) struct UpdateArgs {
    /// Service ID or exact name
    service: String,
    /// New name
    #[arg(long, group = "change", value_parser = ch_name("ServicePatchRequest.name"))]
    name: Option<String>,
    /// Allow access from an IP address or CIDR range, with an optional description (repeatable)
    #[arg(long, group = "change", value_name = "CIDR[=DESC]", value_parser = ip_entry)]
    add_ip: Vec<IpAccessEntry>,
    /// Remove an IP address or CIDR range from the access list (repeatable; removed before adding)
    #[arg(long, group = "change", value_name = "CIDR", value_parser = crate::validate::ip_or_cidr)]
    remove_ip: Vec<String>,
    /// Attach a private endpoint (repeatable)
    #[arg(long, group = "change", value_name = "ID", value_parser = crate::validate::name)]
    add_private_endpoint: Vec<String>,
    /// Detach a private endpoint (repeatable)
    #[arg(long, group = "change", value_name = "ID", value_parser = crate::validate::name)]
    remove_private_endpoint: Vec<String>,
    /// Release channel: fast gets new ClickHouse releases first, slow defers them
    #[arg(long, group = "change", value_name = "CHANNEL",
          value_parser = ch_enum("ServicePatchRequest.releaseChannel"))]
    release_channel: Option<String>,
    /// Add a tag, or change the value of one (repeatable)
    #[arg(long, group = "change", value_name = "KEY[=VALUE]", value_parser = tag)]
    add_tag: Vec<Tag>,
    /// Remove a tag: by key, or only with this value (repeatable; removed before adding)
    #[arg(long, group = "change", value_name = "KEY[=VALUE]", value_parser = tag)]
    remove_tag: Vec<Tag>,
    /// Enable an optional endpoint (repeatable)
    #[arg(long, group = "change", value_name = "PROTOCOL",
          value_parser = ch_enum("ServiceEndpointChange.protocol"))]
    enable_endpoint: Vec<String>,
    /// Disable an optional endpoint (repeatable)
    #[arg(long, group = "change", value_name = "PROTOCOL",
          value_parser = ch_enum("ServiceEndpointChange.protocol"))]
    disable_endpoint: Vec<String>,
    /// Use this Transparent Data Encryption key (for a service created with it)
    #[arg(long, group = "change", value_name = "ID", value_parser = crate::validate::name)]
    transparent_data_encryption_key_id: Option<String>,
    /// Let the service's infrastructure collect core dumps
    #[arg(long, group = "change", value_name = "BOOL", action = clap::ArgAction::Set)]
    core_dumps: Option<bool>,
}

impl UpdateArgs {
    /// What can be refused before anything is sent: flags that contradict each other, too many tags.
    pub fn check(&self) -> Result<()> {
        if let Some(both) = self
            .enable_endpoint
            .iter()
            .find(|p| self.disable_endpoint.contains(p))
        {
            return Err(Error::usage(format!(
                "--enable-endpoint {both} and --disable-endpoint {both} contradict each other"
            )));
        }
        for (flag, list) in [
            ("--add-tag", &self.add_tag),
            ("--remove-tag", &self.remove_tag),
        ] {
            let field = if flag == "--add-tag" { "add" } else { "remove" };
            rules::get(Provider::ClickHouse, &format!("InstanceTagsPatch.{field}"))
                .check_items(list.len())
                .map_err(|e| Error::usage(format!("too many {flag}: {e}")))?;
        }
        Ok(())
    }

    fn to_patch(&self) -> ServicePatch {
        let mut patch = ServicePatch {
            name: self.name.clone(),
            release_channel: self.release_channel.clone(),
            transparent_data_encryption_key_id: self.transparent_data_encryption_key_id.clone(),
            enable_core_dumps: self.core_dumps,
            ..ServicePatch::default()
        };
        patch.ip_access_list.add = self.add_ip.clone();
        patch.ip_access_list.remove = self
            .remove_ip
            .iter()
            .map(|source| IpAccessEntry {
                source: source.clone(),
                description: None,
            })
            .collect();
        patch.private_endpoint_ids.add = self.add_private_endpoint.clone();
        patch.private_endpoint_ids.remove = self.remove_private_endpoint.clone();
        patch.tags.add = self.add_tag.clone();
        patch.tags.remove = self.remove_tag.clone();
        let change = |protocols: &[String], enabled| {
            protocols
                .iter()
                .map(move |p| EndpointChange {
                    protocol: p.clone(),
                    enabled,
                })
                .collect::<Vec<_>>()
        };
        patch.endpoints = change(&self.enable_endpoint, true);
        patch
            .endpoints
            .extend(change(&self.disable_endpoint, false));
        patch
    }
}

pub(super) async fn update(ctx: &Ctx, org: &str, args: UpdateArgs) -> Result<()> {
    let patch = args.to_patch();
    let id = service_id(ctx, org, &args.service).await?;
    if !args.remove_ip.is_empty() {
        // The API removes an absent entry silently; one read (only with --remove-ip) lets a typo be seen.
        let current = ctx.clickhouse()?.service(org, &id).await?;
        let listed = |ip: &str| {
            current
                .extra
                .get("ipAccessList")
                .and_then(|list| list.as_array())
                .is_some_and(|entries| entries.iter().any(|e| e["source"] == ip))
        };
        for absent in args.remove_ip.iter().filter(|ip| !listed(ip)) {
            ctx.out.warn(&format!(
                "{absent} is not in the IP access list of {}: nothing to remove",
                current.name
            ));
        }
    }
    let api = ctx.clickhouse()?;
    let what = format!("service {}", args.service);
    // The patch sets values, and its lists are sets (`remove` then `add` by key): a repeat is safe.
    let service = confirm::repeat(ctx, &what, || api.update_service(org, &id, &patch)).await?;
    ctx.out
        .status(&format!("Updated service {}.", service.name));
    ctx.out.item(&service, DETAIL_COLUMNS)
}
