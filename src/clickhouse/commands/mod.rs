//! What the `dbcloud ch` commands share: the checks of the values the spec constrains (from its rules),
//! `--limit`, and the handling of secrets the API shows only once.

pub mod activity;
pub mod backup;
pub mod backup_bucket;
pub mod backup_config;
pub mod byoc;
pub mod clickpipe;
pub mod clickstack;
pub mod invitation;
pub mod key;
pub mod member;
pub mod org;
pub mod postgres;
pub mod quota;
pub mod role;
pub mod service;
pub mod udf;
pub mod usage;

use std::fs::File;
use std::io::Write;
use std::path::{Path, PathBuf};

use dbcloud_spec::Provider;
use dbcloud_spec::regions::clickhouse_region_cloud;
use dbcloud_spec::rules::{self, Rule};
use serde::Serialize;

use crate::clickhouse::api::{IpAccessEntry, OrganizationPrivateEndpoint, Tag};
use crate::context::Ctx;
use crate::error::{Error, Result};
use crate::http::List;
use crate::output::Column;
use crate::output::to_json;

// ----------------------------------------------------------------------------------------------------------
// Checks of the values the spec constrains. Enums, ranges and lengths come from the spec's rules (through
// `spec_values` or `dbcloud_spec::rules`), never from a list here; a bad value is exit 2 naming the flag.
// ----------------------------------------------------------------------------------------------------------

fn rule(key: &str) -> &'static Rule {
    rules::get(Provider::ClickHouse, key)
}

/// Refuses a region of another cloud than `provider` (`--provider gcp --region us-east-1`), listing the
/// provider's regions: those of the spec's enum at `regions_key` that belong to its cloud.
pub fn check_region(
    provider: &str,
    region: &str,
    region_flag: &str,
    regions_key: &str,
) -> Result<()> {
    let cloud = clickhouse_region_cloud(region);
    if cloud == Some(provider) {
        return Ok(());
    }
    let theirs: Vec<&str> = rule(regions_key)
        .values
        .iter()
        .copied()
        .filter(|r| clickhouse_region_cloud(r) == Some(provider))
        .collect();
    let whose = cloud.map_or_else(
        || "it belongs to no provider".to_string(),
        |c| format!("it is a region of {c}, not {provider}"),
    );
    Err(Error::usage(format!(
        "invalid value '{region}' for '{region_flag}': {whose}; {provider} regions: {}",
        theirs.join(", ")
    )))
}

/// `min ≤ max` when both bounds are given.
pub fn check_range(
    min: Option<u32>,
    max: Option<u32>,
    min_flag: &str,
    max_flag: &str,
) -> Result<()> {
    match (min, max) {
        (Some(min), Some(max)) if min > max => Err(Error::usage(format!(
            "{min_flag} {min} is more than {max_flag} {max}"
        ))),
        _ => Ok(()),
    }
}

/// Tells the user that a flag sends a field the API has deprecated, and what replaces it (on stderr).
pub fn deprecated(ctx: &Ctx, what: &str, instead: &str) {
    ctx.out.status(&format!(
        "note: {what} is deprecated by the API; use {instead}"
    ));
}

/// `CIDR[=DESCRIPTION]`: an IP access list entry.
pub fn ip_entry(s: &str) -> std::result::Result<IpAccessEntry, String> {
    let (source, description) = match s.split_once('=') {
        Some((source, description)) => (source, Some(description.trim().to_string())),
        None => (s, None),
    };
    Ok(IpAccessEntry {
        source: crate::validate::ip_or_cidr(source)?,
        description: description.filter(|d| !d.is_empty()),
    })
}

/// `ID,PROVIDER,REGION[,DESCRIPTION]`: a private endpoint to register with the organization.
pub fn org_private_endpoint(s: &str) -> std::result::Result<OrganizationPrivateEndpoint, String> {
    let mut parts = s.splitn(4, ',');
    let (Some(id), Some(provider), Some(region)) = (parts.next(), parts.next(), parts.next())
    else {
        return Err(format!(
            "'{s}' is not ID,PROVIDER,REGION[,DESCRIPTION] (like vpce-0123456789abcdef0,aws,us-east-1,office)"
        ));
    };
    let id = id.trim();
    if id.is_empty() {
        return Err(format!("'{s}': the endpoint ID is empty"));
    }
    let provider = rule("OrganizationPatchPrivateEndpoint.cloudProvider")
        .parse_value(provider)
        .map_err(|e| format!("cloud provider {e}"))?;
    let region = rule("OrganizationPatchPrivateEndpoint.region")
        .parse_value(region)
        .map_err(|e| format!("private endpoint region {e}"))?;
    if clickhouse_region_cloud(region) != Some(provider) {
        return Err(format!("'{region}' is not a region of {provider}"));
    }
    Ok(OrganizationPrivateEndpoint {
        id: id.to_string(),
        description: parts
            .next()
            .map(|d| d.trim().to_string())
            .filter(|d| !d.is_empty()),
        cloud_provider: Some(provider.to_string()),
        region: Some(region.to_string()),
        extra: Default::default(),
    })
}

/// `KEY=VALUE` or `KEY`: a service tag, within the spec's lengths (`ResourceTagsV1`) and its pattern
/// (checked by the spec's own schema of a service's tags).
pub fn tag(s: &str) -> std::result::Result<Tag, String> {
    let (key, value) = match s.split_once('=') {
        Some((key, value)) => (key.trim(), Some(value.trim())),
        None => (s.trim(), None),
    };
    let fields = [("key", Some(key)), ("value", value)];
    for (field, text) in fields {
        if let Some(text) = text {
            rule(&format!("ResourceTagsV1.{field}"))
                .check_length(text)
                .map_err(|e| format!("tag {field}: {e}"))?;
        }
    }
    let tag = Tag {
        key: key.to_string(),
        value: value.map(str::to_string),
    };
    // The rest of a create request is of no interest here: only the errors about the tag count
    // (`tags[0].key: ...`).
    let body = serde_json::json!({ "tags": [&tag] });
    let services = "/v1/organizations/{organizationId}/services";
    let errors: Vec<String> = dbcloud_spec::spec_for(Provider::ClickHouse)
        .find("POST", services)
        .and_then(|op| op.validate_body(&body).err())
        .unwrap_or_default()
        .into_iter()
        .filter(|e| e.starts_with("tags"))
        .collect();
    if !errors.is_empty() {
        let field = if errors.iter().any(|e| e.starts_with("tags[0].value")) {
            "value"
        } else {
            "key"
        };
        let text = if field == "key" {
            key
        } else {
            value.unwrap_or_default()
        };
        let pattern = rule(&format!("ResourceTagsV1.{field}")).pattern;
        return Err(format!(
            "tag {field} '{text}' is not allowed: it must match {}",
            pattern.unwrap_or("the spec's pattern")
        ));
    }
    Ok(tag)
}

/// A role: its ID (a UUID, used as is) or its name (looked up when the command runs).
pub fn role_reference(s: &str) -> std::result::Result<String, String> {
    match crate::clickhouse::as_uuid(s) {
        Some(id) => Ok(id),
        None => crate::validate::name(s),
    }
}

// ----------------------------------------------------------------------------------------------------------
// Lists
// ----------------------------------------------------------------------------------------------------------

/// `--limit`: the ClickHouse API has no pagination, so the list is cut here.
#[derive(clap::Args, Debug, Clone, Default)]
pub struct ListArgs {
    /// Show at most this many
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u64).range(1..))]
    pub limit: Option<u64>,
}

/// `KEY[=VALUE]` as the API's filter `tag:KEY[=VALUE]` (`ch service list --tag`, `ch usage --tag`).
pub fn tag_filter(s: &str) -> std::result::Result<String, String> {
    let t = s.trim();
    let key = t.split('=').next().unwrap_or_default();
    if key.is_empty() {
        return Err(format!("'{s}' is not KEY or KEY=VALUE (like env=prod)"));
    }
    Ok(format!("tag:{t}"))
}

/// Prints a list as it is read (see [`crate::output::Output::list_pages`]), cut to `--limit`.
pub async fn print_pages<T: Serialize>(
    ctx: &Ctx,
    list: List<'_, T>,
    args: &ListArgs,
    columns: &[Column],
) -> Result<()> {
    let limit = args.limit.map(|l| usize::try_from(l).unwrap_or(usize::MAX));
    ctx.out.list_pages(list.limit(limit), columns).await
}

/// Prints a list of models already read (and perhaps filtered), cut to `--limit`.
pub fn print_list<T: Serialize>(
    ctx: &Ctx,
    items: &[T],
    args: &ListArgs,
    columns: &[Column],
) -> Result<()> {
    let limit = args.limit.map_or(usize::MAX, |l| l as usize);
    let items = items
        .iter()
        .take(limit)
        .map(to_json)
        .collect::<Result<Vec<_>>>()?;
    ctx.out.list(&items, columns)
}

// ----------------------------------------------------------------------------------------------------------
// Secrets the API shows once
// ----------------------------------------------------------------------------------------------------------

/// A file that is to receive a secret (`--password-file`). It is created, exclusively and with mode 0600,
/// before the request that produces the secret: an existing file is refused without sending anything, and
/// the secret can always be written once it arrives. Dropped unwritten (the request failed), it is removed.
pub struct SecretFile {
    path: PathBuf,
    file: Option<File>,
}

impl SecretFile {
    pub fn create(path: &Path, flag: &str) -> Result<SecretFile> {
        let mut options = std::fs::OpenOptions::new();
        options.write(true).create_new(true);
        #[cfg(unix)]
        {
            use std::os::unix::fs::OpenOptionsExt;
            options.mode(0o600);
        }
        match options.open(path) {
            Ok(file) => Ok(SecretFile {
                path: path.to_path_buf(),
                file: Some(file),
            }),
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => Err(Error::usage(format!(
                "invalid value '{}' for '{flag}': the file exists; it is never overwritten, so choose a new name",
                path.display()
            ))),
            Err(e) => Err(Error::usage(format!(
                "invalid value '{}' for '{flag}': cannot create the file: {e}",
                path.display()
            ))),
        }
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Writes the secret (and a line break) and keeps the file.
    pub fn write(mut self, secret: &str) -> Result<()> {
        let mut file = self.file.take().expect("written once");
        file.write_all(format!("{secret}\n").as_bytes())
            .and_then(|_| file.sync_all())
            .map_err(|e| Error::io(format!("cannot write {}", self.path.display()), e))
    }
}

impl Drop for SecretFile {
    fn drop(&mut self) {
        if self.file.take().is_some() {
            let _ = std::fs::remove_file(&self.path);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_are_the_api_filters() {
        assert_eq!(tag_filter("env=prod").unwrap(), "tag:env=prod");
        assert_eq!(tag_filter(" active ").unwrap(), "tag:active");
        assert!(tag_filter("=x").is_err());
    }

    #[test]
    fn ranges() {
        assert!(check_range(Some(48), Some(24), "--min-x", "--max-x").is_err());
        assert!(check_range(Some(24), Some(24), "--min-x", "--max-x").is_ok());
        assert!(check_range(None, Some(24), "--min-x", "--max-x").is_ok());
    }

    #[test]
    fn ip_entries() {
        let e = ip_entry("10.0.0.0/8=office VPN").unwrap();
        assert_eq!(e.source, "10.0.0.0/8");
        assert_eq!(e.description.as_deref(), Some("office VPN"));
        assert_eq!(ip_entry("203.0.113.7").unwrap().description, None);
        assert!(ip_entry("example.com=x").is_err());
    }

    #[test]
    fn private_endpoints() {
        let e = org_private_endpoint("vpce-1,AWS,US-EAST-1,office").unwrap();
        assert_eq!(e.id, "vpce-1");
        assert_eq!(e.cloud_provider.as_deref(), Some("aws"));
        assert_eq!(e.region.as_deref(), Some("us-east-1"));
        assert_eq!(e.description.as_deref(), Some("office"));
        assert!(org_private_endpoint("vpce-1,aws").is_err());
        let err = org_private_endpoint("vpce-1,aws,mars-1").unwrap_err();
        assert!(err.contains("mars-1") && err.contains("us-east-1"), "{err}");
        assert!(org_private_endpoint("vpce-1,ibm,us-east-1").is_err());
    }

    #[test]
    fn regions_belong_to_one_cloud() {
        let key = "ServicePostRequest.region";
        assert!(check_region("aws", "ca-central-1", "--region", key).is_ok());
        assert!(check_region("azure", "centralus", "--region", key).is_ok());
        let err = check_region("gcp", "us-east-1", "--region", key)
            .unwrap_err()
            .to_string();
        assert!(
            err.contains("us-east1") && err.contains("europe-west2") && err.contains("of aws"),
            "{err}"
        );
    }

    #[test]
    fn tags_follow_the_spec() {
        assert_eq!(
            tag("team=data").unwrap(),
            Tag {
                key: "team".into(),
                value: Some("data".into())
            }
        );
        assert_eq!(tag("env").unwrap().value, None);
        let err = tag("my team=x").unwrap_err();
        assert!(
            err.contains("my team") && err.contains("^[a-zA-Z0-9._-]+$"),
            "{err}"
        );
        assert!(tag("k=a b").unwrap_err().starts_with("tag value 'a b'"));
        assert!(
            tag("a value=b")
                .unwrap_err()
                .starts_with("tag key 'a value'")
        );
        assert!(tag(&"k".repeat(129)).unwrap_err().contains("at most 128"));
        assert!(tag("=x").is_err());
    }

    #[test]
    fn roles_are_ids_or_names() {
        assert_eq!(
            role_reference("0F5E0E7C-55F3-4C5E-9A7A-3C1D4C0C9B1E").unwrap(),
            "0f5e0e7c-55f3-4c5e-9a7a-3c1d4c0c9b1e"
        );
        assert_eq!(role_reference(" Billing Admin ").unwrap(), "Billing Admin");
        assert!(role_reference(" ").is_err());
    }

    #[test]
    fn a_secret_file_is_new_private_and_removed_when_unused() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("pw");
        let file = SecretFile::create(&path, "--password-file").unwrap();
        drop(file);
        assert!(!path.exists());
        let file = SecretFile::create(&path, "--password-file").unwrap();
        file.write("s3cret").unwrap();
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "s3cret\n");
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(&path).unwrap().permissions().mode() & 0o777;
            assert_eq!(mode, 0o600);
        }
        let err = SecretFile::create(&path, "--password-file").err().unwrap();
        assert_eq!(err.exit_code(), crate::error::ExitCode::Usage);
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "s3cret\n");
    }
}
