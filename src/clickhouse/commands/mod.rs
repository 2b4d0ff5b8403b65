//! What the `dbcloud ch` commands share: the spec's enums (case-insensitive on input), the checks of the
//! values the spec constrains, `--limit`, and the handling of secrets the API shows only once.

pub mod activity;
pub mod backup;
pub mod byoc;
pub mod invitation;
pub mod key;
pub mod member;
pub mod org;
pub mod quota;
pub mod service;
pub mod udf;
pub mod usage;

use std::fs::File;
use std::io::Write;
use std::path::{Path, PathBuf};

use clap::ValueEnum;
use serde::Serialize;

use crate::clickhouse::api::{IpAccessEntry, OrganizationPrivateEndpoint};
use crate::context::Ctx;
use crate::error::{Error, Result};
use crate::output::Column;
use crate::output::to_json;

/// An enum of the spec as a clap value: its wire names are the accepted values (matched case-insensitively
/// where the argument says `ignore_case`), listed in `--help` and in the error for a wrong one.
macro_rules! spec_enum {
    ($(#[$meta:meta])* $name:ident { $($variant:ident = $text:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
        pub enum $name {
            $(#[value(name = $text)] $variant,)+
        }

        impl $name {
            pub fn as_str(self) -> &'static str {
                match self {
                    $($name::$variant => $text,)+
                }
            }
        }
    };
}

spec_enum! {
    /// `provider` / `cloudProvider`.
    CloudProvider { Aws = "aws", Gcp = "gcp", Azure = "azure" }
}

spec_enum! {
    /// A service's `region`.
    Region {
        ApSouth1 = "ap-south-1",
        ApSoutheast1 = "ap-southeast-1",
        EuCentral1 = "eu-central-1",
        EuWest1 = "eu-west-1",
        EuWest2 = "eu-west-2",
        UsEast1 = "us-east-1",
        UsEast2 = "us-east-2",
        UsWest2 = "us-west-2",
        ApSoutheast2 = "ap-southeast-2",
        ApNortheast1 = "ap-northeast-1",
        GcpUsEast1 = "us-east1",
        GcpUsCentral1 = "us-central1",
        GcpEuropeWest4 = "europe-west4",
        GcpAsiaSoutheast1 = "asia-southeast1",
        AzureEastUs = "eastus",
        AzureEastUs2 = "eastus2",
        AzureWestUs3 = "westus3",
        AzureGermanyWestCentral = "germanywestcentral",
    }
}

impl Region {
    /// The cloud a region belongs to. The spec lists the regions in one enum; their names say whose they
    /// are (AWS `us-east-1`, GCP `us-east1`, Azure `eastus`).
    pub fn provider(self) -> CloudProvider {
        use Region::*;
        match self {
            GcpUsEast1 | GcpUsCentral1 | GcpEuropeWest4 | GcpAsiaSoutheast1 => CloudProvider::Gcp,
            AzureEastUs | AzureEastUs2 | AzureWestUs3 | AzureGermanyWestCentral => {
                CloudProvider::Azure
            }
            _ => CloudProvider::Aws,
        }
    }

    /// Refuses a region of another cloud than `provider` (`--provider gcp --region us-east-1`).
    pub fn check_provider(self, provider: CloudProvider) -> Result<()> {
        if self.provider() == provider {
            return Ok(());
        }
        let theirs: Vec<&str> = Region::value_variants()
            .iter()
            .filter(|r| r.provider() == provider)
            .map(|r| r.as_str())
            .collect();
        Err(Error::usage(format!(
            "invalid value '{}' for '--region': it is a region of {}, not {}; {} regions: {}",
            self.as_str(),
            self.provider().as_str(),
            provider.as_str(),
            provider.as_str(),
            theirs.join(", ")
        )))
    }
}

spec_enum! {
    /// A service's `tier`.
    Tier {
        Development = "development",
        Production = "production",
        DedicatedHighMem = "dedicated_high_mem",
        DedicatedHighCpu = "dedicated_high_cpu",
        DedicatedStandard = "dedicated_standard",
    }
}

spec_enum! {
    /// The role of a member, an invitation or an API key.
    Role { Admin = "admin", Developer = "developer" }
}

spec_enum! {
    /// The `region` of an organization's private endpoint (a longer list than services' regions).
    EndpointRegion {
        ApSouth1 = "ap-south-1",
        ApSoutheast1 = "ap-southeast-1",
        EuCentral1 = "eu-central-1",
        EuWest1 = "eu-west-1",
        EuWest2 = "eu-west-2",
        UsEast1 = "us-east-1",
        UsEast2 = "us-east-2",
        UsWest2 = "us-west-2",
        ApSoutheast2 = "ap-southeast-2",
        ApNortheast1 = "ap-northeast-1",
        CaCentral1 = "ca-central-1",
        SaEast1 = "sa-east-1",
        AfSouth1 = "af-south-1",
        EuNorth1 = "eu-north-1",
        GcpUsEast1 = "gcp-us-east1",
        GcpUsCentral1 = "gcp-us-central1",
        GcpUsWest1 = "gcp-us-west1",
        GcpEuropeWest4 = "gcp-europe-west4",
        GcpAsiaSoutheast1 = "gcp-asia-southeast1",
        AzureEastUs = "azure-eastus",
        AzureEastUs2 = "azure-eastus2",
        AzureWestUs3 = "azure-westus3",
        AzureGermanyWestCentral = "azure-germanywestcentral",
    }
}

/// One value of a spec enum, case-insensitively, or a message listing the allowed ones.
fn parse_enum<T: ValueEnum + Copy>(value: &str, what: &str) -> std::result::Result<T, String> {
    T::from_str(value.trim(), true).map_err(|_| {
        let allowed: Vec<String> = T::value_variants()
            .iter()
            .filter_map(|v| v.to_possible_value())
            .map(|v| v.get_name().to_string())
            .collect();
        format!(
            "'{}' is not a valid {what}; allowed: {}",
            value.trim(),
            allowed.join(", ")
        )
    })
}

// ----------------------------------------------------------------------------------------------------------
// Checks of the values the spec constrains (clap value parsers: a bad value is exit 2 naming the flag)
// ----------------------------------------------------------------------------------------------------------

/// Total memory in GiB: the spec's 24-720, a multiple of 12.
pub fn memory_gb(s: &str) -> std::result::Result<u32, String> {
    let n: u32 = s
        .trim()
        .parse()
        .map_err(|_| format!("'{s}' is not a whole number of GiB"))?;
    if !(24..=720).contains(&n) || !n.is_multiple_of(12) {
        return Err(format!(
            "{n} GiB is not allowed: memory is 24 to 720 GiB in steps of 12 (24, 36, 48, ...)"
        ));
    }
    Ok(n)
}

/// Replicas: the spec's `minimum: 3, maximum: 25` (its prose says "greater than 3 and less than 25"; the
/// bounds are inclusive, as the schema has no exclusive flags, so 3 and 25 are allowed).
pub fn replicas(s: &str) -> std::result::Result<u32, String> {
    let n: u32 = s
        .trim()
        .parse()
        .map_err(|_| format!("'{s}' is not a whole number"))?;
    if !(3..=25).contains(&n) {
        return Err(format!("{n} replicas is not allowed: 3 to 25"));
    }
    Ok(n)
}

/// The idle timeout in minutes: at least 5.
pub fn idle_timeout(s: &str) -> std::result::Result<u32, String> {
    let n: u32 = s
        .trim()
        .parse()
        .map_err(|_| format!("'{s}' is not a whole number of minutes"))?;
    if n < 5 {
        return Err(format!("{n} minutes is not allowed: at least 5"));
    }
    Ok(n)
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
    let provider: CloudProvider = parse_enum(provider, "cloud provider")?;
    let region: EndpointRegion = parse_enum(region, "private endpoint region")?;
    Ok(OrganizationPrivateEndpoint {
        id: id.to_string(),
        description: parts
            .next()
            .map(|d| d.trim().to_string())
            .filter(|d| !d.is_empty()),
        cloud_provider: Some(provider.as_str().to_string()),
        region: Some(region.as_str().to_string()),
        extra: Default::default(),
    })
}

/// A service name: the spec allows up to 50 characters.
pub fn service_name(s: &str) -> std::result::Result<String, String> {
    let name = crate::validate::name(s)?;
    if name.chars().count() > 50 {
        return Err(format!(
            "'{name}' is {} characters long; a service name has at most 50",
            name.chars().count()
        ));
    }
    Ok(name)
}

/// `min ≤ max` when both memory bounds are given.
pub fn check_memory_range(min: Option<u32>, max: Option<u32>) -> Result<()> {
    match (min, max) {
        (Some(min), Some(max)) if min > max => Err(Error::usage(format!(
            "--min-memory-gb {min} is more than --max-memory-gb {max}"
        ))),
        _ => Ok(()),
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

/// Prints a list of models, cut to `--limit`.
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
    fn memory_follows_the_spec() {
        assert_eq!(memory_gb("24"), Ok(24));
        assert_eq!(memory_gb("720"), Ok(720));
        assert!(memory_gb("12").is_err());
        assert!(memory_gb("732").is_err());
        assert!(memory_gb("30").unwrap_err().contains("steps of 12"));
        assert!(memory_gb("lots").is_err());
        assert!(check_memory_range(Some(48), Some(24)).is_err());
        assert!(check_memory_range(Some(24), Some(24)).is_ok());
        assert!(check_memory_range(None, Some(24)).is_ok());
    }

    #[test]
    fn replicas_and_idle_timeout() {
        assert_eq!(replicas("3"), Ok(3));
        assert_eq!(replicas("25"), Ok(25));
        assert!(replicas("2").is_err());
        assert!(replicas("26").is_err());
        assert_eq!(idle_timeout("5"), Ok(5));
        assert!(idle_timeout("4").is_err());
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
        assert_eq!(Region::GcpUsEast1.provider(), CloudProvider::Gcp);
        assert_eq!(Region::UsEast1.provider(), CloudProvider::Aws);
        assert_eq!(Region::AzureEastUs2.provider(), CloudProvider::Azure);
        let err = Region::UsEast1
            .check_provider(CloudProvider::Gcp)
            .unwrap_err()
            .to_string();
        assert!(
            err.contains("us-east1") && err.contains("us-east-1"),
            "{err}"
        );
    }

    #[test]
    fn service_names() {
        assert!(service_name("web prod 1").is_ok());
        assert!(service_name(&"x".repeat(51)).is_err());
        assert!(service_name(" ").is_err());
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
