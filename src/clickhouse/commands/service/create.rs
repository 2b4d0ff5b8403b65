//! `dbcloud ch service create`: every field of the API's create request as a flag (`ServicePostRequest`).

use std::path::PathBuf;

use dbcloud_spec::{Provider, rules};

use super::columns::DETAIL_COLUMNS;
use super::scale::ScalingArgs;
use super::waiting::{Target, wait_for};
use super::{CREATE_TIMEOUT, Prepared, RESTORE_TIMEOUT};
use crate::clickhouse::api::{
    CreatedService, EndpointChange, IpAccessEntry, NewService, PasswordHashes, Tag,
};
use crate::clickhouse::commands::{check_region, deprecated, ip_entry, tag};
use crate::confirm;
use crate::context::Ctx;
use crate::error::{Error, Result};
use crate::output::{ShownSecret, to_json};
use crate::spec_values::{ch_enum, ch_name};
use crate::wait::{self, WaitArgs};

#[derive(clap::Args, Debug)]
pub(super) struct CreateArgs {
    /// Service name
    #[arg(long, value_parser = ch_name("ServicePostRequest.name"))]
    pub name: String,
    /// Cloud provider
    #[arg(long, value_parser = ch_enum("ServicePostRequest.provider"))]
    pub provider: String,
    /// Region of that provider
    #[arg(long, value_parser = ch_enum("ServicePostRequest.region"))]
    pub region: String,
    /// Tier (deprecated by the API: size a service with the scaling flags) [default: the API's]
    #[arg(long, value_parser = ch_enum("ServicePostRequest.tier"))]
    pub tier: Option<String>,
    /// Allow access from an IP address or CIDR range, with an optional description (repeatable)
    #[arg(long, value_name = "CIDR[=DESC]", value_parser = ip_entry)]
    ip_allow: Vec<IpAccessEntry>,
    #[command(flatten)]
    pub scaling: ScalingArgs,
    /// Release channel: fast gets new ClickHouse releases first, slow defers them [default: the API's]
    #[arg(long, value_name = "CHANNEL", value_parser = ch_enum("ServicePostRequest.releaseChannel"))]
    release_channel: Option<String>,
    /// Tag the service, with an optional value (repeatable)
    #[arg(long = "tag", value_name = "KEY[=VALUE]", value_parser = tag)]
    tags: Vec<Tag>,
    /// Regulatory compliance of the service
    #[arg(long, value_name = "TYPE", value_parser = ch_enum("ServicePostRequest.complianceType"))]
    compliance_type: Option<String>,
    /// The service's instance profile (the API's `profile`; not dbcloud's --profile, which picks the
    /// configuration profile)
    #[arg(long, value_name = "PROFILE", value_parser = ch_enum("ServicePostRequest.profile"))]
    instance_profile: Option<String>,
    /// Create the service in this existing data warehouse (by default it starts a warehouse of its own)
    #[arg(long, value_name = "ID", value_parser = crate::validate::name)]
    data_warehouse_id: Option<String>,
    /// Make the service read-only (in an existing warehouse: --data-warehouse-id)
    #[arg(long, requires = "data_warehouse_id")]
    readonly: bool,
    /// Create the service in this Bring Your Own Cloud region setup
    #[arg(long, value_name = "ID", value_parser = crate::validate::name)]
    byoc_id: Option<String>,
    /// Turn on Transparent Data Encryption (only possible at creation)
    #[arg(long)]
    transparent_data_encryption: bool,
    /// Enable an optional endpoint (repeatable)
    #[arg(long, value_name = "PROTOCOL", value_parser = ch_enum("ServiceEndpointChange.protocol"))]
    enable_endpoint: Vec<String>,
    /// Let the service's infrastructure collect core dumps [default: the API's, on]
    #[arg(long, value_name = "BOOL", action = clap::ArgAction::Set)]
    core_dumps: Option<bool>,
    /// Create the service from this backup (same region and tier as its service)
    #[arg(long, value_name = "ID", value_parser = crate::validate::uuid)]
    backup_id: Option<String>,
    /// Customer-provided disk encryption key
    #[arg(long, value_name = "KEY")]
    encryption_key: Option<String>,
    /// Role to assume for disk encryption
    #[arg(long, value_name = "ROLE")]
    encryption_role: Option<String>,
    /// Attach a private endpoint (repeatable; deprecated by the API: attach it with `service update
    /// --add-private-endpoint` once the service exists)
    #[arg(long, value_name = "ID", value_parser = crate::validate::name)]
    private_endpoint: Vec<String>,
    /// Accept the private preview terms (needed for the first service of an organization in private preview)
    #[arg(long)]
    accept_private_preview_terms: bool,
    /// Write the password to this new file (mode 0600) instead of showing it
    #[arg(long, value_name = "FILE")]
    pub password_file: Option<PathBuf>,
    #[command(flatten)]
    wait: WaitArgs,
}

impl CreateArgs {
    /// What can be refused before anything is sent: a region of another provider, bounds that do not
    /// go together, memory for a development service.
    pub fn check(&self) -> Result<()> {
        check_region(
            &self.provider,
            &self.region,
            "--region",
            "ServicePostRequest.region",
        )?;
        self.scaling.check()?;
        rules::get(Provider::ClickHouse, "ServicePostRequest.tags")
            .check_items(self.tags.len())
            .map_err(|e| Error::usage(format!("too many --tag: {e}")))?;
        if self.tier.as_deref() == Some("development") && self.scaling.sets_memory() {
            return Err(Error::usage(
                "memory flags apply to production services; development services have a fixed size",
            ));
        }
        Ok(())
    }

    fn to_new_service(&self) -> NewService {
        NewService {
            name: self.name.clone(),
            provider: self.provider.clone(),
            region: self.region.clone(),
            tier: self.tier.clone(),
            ip_access_list: self.ip_allow.clone(),
            scaling: self.scaling.to_replica_scaling(),
            min_total_memory_gb: self.scaling.min_memory_gb,
            max_total_memory_gb: self.scaling.max_memory_gb,
            is_readonly: self.readonly.then_some(true),
            data_warehouse_id: self.data_warehouse_id.clone(),
            backup_id: self.backup_id.clone(),
            encryption_key: self.encryption_key.clone(),
            encryption_assumed_role_identifier: self.encryption_role.clone(),
            private_endpoint_ids: self.private_endpoint.clone(),
            private_preview_terms_checked: self.accept_private_preview_terms.then_some(true),
            release_channel: self.release_channel.clone(),
            byoc_id: self.byoc_id.clone(),
            has_transparent_data_encryption: self.transparent_data_encryption.then_some(true),
            endpoints: self
                .enable_endpoint
                .iter()
                .map(|protocol| EndpointChange {
                    protocol: protocol.clone(),
                    enabled: true,
                })
                .collect(),
            profile: self.instance_profile.clone(),
            compliance_type: self.compliance_type.clone(),
            tags: self.tags.clone(),
            enable_core_dumps: self.core_dumps,
        }
    }
}

pub(super) async fn create(
    ctx: &Ctx,
    org: &str,
    args: CreateArgs,
    prepared: Prepared,
) -> Result<()> {
    let spec = args.to_new_service();
    if spec.ip_access_list.is_empty() {
        ctx.out.warn(
            "no --ip-allow given: the service accepts connections from nowhere until you add an address with `dbcloud ch service update --add-ip`",
        );
    }
    args.scaling.note_deprecated(ctx);
    if args.tier.is_some() {
        deprecated(
            ctx,
            "--tier",
            "--min-replica-memory-gb, --max-replica-memory-gb and --replicas",
        );
    }
    if !args.private_endpoint.is_empty() {
        deprecated(
            ctx,
            "--private-endpoint at creation",
            "`dbcloud ch service update SERVICE --add-private-endpoint ID` once it exists",
        );
    }

    let api = ctx.clickhouse()?;
    let since = std::time::SystemTime::now();
    let what = format!("service {}", spec.name);
    let written = confirm::write(
        ctx,
        &what,
        || api.create_service(org, &spec),
        || api.created_service(org, &spec, since),
    )
    .await?;
    let lost = written.confirmed();
    let mut created = written.into_inner();
    ctx.out.status(&format!(
        "Created service {} ({}).",
        created.service.name, created.service.id
    ));
    if lost {
        // The password was only in the lost answer: a new one, once.
        ctx.out.warn(&format!(
            "the password of service {} was in the lost answer: it is reset once, to a new one",
            created.service.name
        ));
        let (id, generate) = (&created.service.id, PasswordHashes::default());
        let changed = confirm::repeat(ctx, &format!("the password of {what}"), || {
            api.change_service_password(org, id, &generate)
        })
        .await?;
        created.password = changed.password;
    }
    let password_file = match (prepared.password_file, created.password.take()) {
        (Some(file), Some(password)) => {
            let path = file.path().display().to_string();
            file.write(&password)?;
            ctx.out.status(&format!("Password written to {path}."));
            None
        }
        (Some(_), None) => {
            ctx.out
                .warn("the API returned no password for the new service");
            None
        }
        (None, password) => password,
    };
    created.password = password_file;

    if args.wait.wait {
        let default = if args.backup_id.is_some() {
            RESTORE_TIMEOUT
        } else {
            CREATE_TIMEOUT
        };
        let settings = wait::Settings::new(&args.wait, default);
        let id = created.service.id.clone();
        match wait_for(ctx, org, &id, &args.name, Target::Running, &settings).await {
            Ok(service) => created.service = service,
            Err(e) => {
                // The password exists only in this process: show it even though the wait failed.
                print_created(ctx, &created)?;
                return Err(e);
            }
        }
    }
    print_created(ctx, &created)
}

/// The new service, with its password when it was not written to a file.
fn print_created(ctx: &Ctx, created: &CreatedService) -> Result<()> {
    let service = to_json(&created.service)?;
    match &created.password {
        Some(password) => ctx.out.item_with_secrets(
            &service,
            DETAIL_COLUMNS,
            &[ShownSecret {
                header: "PASSWORD",
                field: "password",
                value: password,
            }],
            "the password of the default user",
            "or use --password-file next time",
        ),
        None => ctx.out.item(&service, DETAIL_COLUMNS),
    }
}
