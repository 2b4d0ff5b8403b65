//! Parsers of CockroachDB-specific input, used as clap value parsers so a bad value is exit 2 naming the flag
//! before anything is sent.

use serde_json::Value;

pub const MAX_CLUSTER_NAME: usize = 40;

/// The cloud providers of `CreateClusterRequest.provider` (case-insensitive on input).
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum CloudProvider {
    Gcp,
    Aws,
    Azure,
}

impl CloudProvider {
    pub fn api_name(self) -> &'static str {
        match self {
            CloudProvider::Gcp => "GCP",
            CloudProvider::Aws => "AWS",
            CloudProvider::Azure => "AZURE",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Plan {
    Serverless,
    Dedicated,
}

/// The `os` of a connection string.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Os {
    Mac,
    Linux,
    Windows,
}

impl Os {
    pub fn api_name(self) -> &'static str {
        match self {
            Os::Mac => "MAC",
            Os::Linux => "LINUX",
            Os::Windows => "WINDOWS",
        }
    }
}

/// A cluster name: 1 to 40 characters (the spec's limit) of lowercase letters, digits and dashes, neither
/// starting nor ending with a dash (the characters the service accepts).
pub fn cluster_name(s: &str) -> Result<String, String> {
    let allowed =
        "1 to 40 lowercase letters, digits and dashes, not starting or ending with a dash";
    let n = s.chars().count();
    if n == 0 || n > MAX_CLUSTER_NAME {
        return Err(format!(
            "'{s}' has {n} characters; a cluster name has {allowed}"
        ));
    }
    let valid_chars = s
        .chars()
        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
    if !valid_chars || !s.starts_with(|c: char| c.is_ascii_lowercase()) || s.ends_with('-') {
        return Err(format!("'{s}' is not a valid cluster name: use {allowed}"));
    }
    Ok(s.to_string())
}

/// `--region REGION[:NODES]`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RegionArg {
    pub name: String,
    pub nodes: Option<u32>,
}

pub fn region(s: &str) -> Result<RegionArg, String> {
    let (name, nodes) = match s.rsplit_once(':') {
        Some((name, nodes)) => {
            let nodes = nodes.trim().parse::<u32>().map_err(|_| {
                format!("'{s}': the node count after ':' must be a whole number (like us-east1:3)")
            })?;
            (name, Some(nodes))
        }
        None => (s, None),
    };
    let name = name.trim();
    if name.is_empty() || name.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return Err(format!(
            "'{s}' is not a region (like us-east1 or us-east1:3)"
        ));
    }
    Ok(RegionArg {
        name: name.to_string(),
        nodes,
    })
}

/// A monthly spend limit in US dollars (`25`, `12.50`, `$10`), returned in cents as the API takes it.
pub fn spend_limit(s: &str) -> Result<u64, String> {
    let err = || format!("'{s}' is not an amount in US dollars (like 25 or 12.50; 0 = no limit)");
    let t = s.trim().trim_start_matches('$');
    let (whole, cents) = match t.split_once('.') {
        Some((w, c)) if !c.is_empty() && c.len() <= 2 && c.bytes().all(|b| b.is_ascii_digit()) => {
            let value = c.parse::<u64>().map_err(|_| err())?;
            (w, if c.len() == 1 { value * 10 } else { value })
        }
        Some(_) => return Err(err()),
        None => (t, 0),
    };
    if whole.is_empty() || !whole.bytes().all(|b| b.is_ascii_digit()) {
        return Err(err());
    }
    whole
        .parse::<u64>()
        .ok()
        .and_then(|w| w.checked_mul(100))
        .and_then(|w| w.checked_add(cents))
        .ok_or_else(err)
}

/// An IPv4 CIDR range (the allowlist takes IPv4 only), split as the API's path and body want it.
pub fn ipv4_cidr(s: &str) -> Result<(String, u8), String> {
    let trimmed = s.trim();
    if !trimmed.contains('/') {
        return Err(format!(
            "'{s}' has no prefix length: write it as a CIDR range (like {trimmed}/32)"
        ));
    }
    match crate::validate::cidr(trimmed)? {
        ipnet::IpNet::V4(net) => Ok((net.addr().to_string(), net.prefix_len())),
        ipnet::IpNet::V6(_) => Err(format!(
            "'{s}' is IPv6; the allowlist takes IPv4 ranges (like 203.0.113.0/24)"
        )),
    }
}

/// Backup frequencies the service offers, in minutes.
pub const BACKUP_FREQUENCIES: &[u32] = &[5, 10, 15, 30, 60, 240, 1440];
/// Backup retention periods the service offers, in days.
pub const BACKUP_RETENTIONS: &[u32] = &[2, 7, 30, 90, 365];

pub fn backup_frequency(s: &str) -> Result<u32, String> {
    one_of(s, BACKUP_FREQUENCIES, "minutes")
}

pub fn backup_retention(s: &str) -> Result<u32, String> {
    one_of(s, BACKUP_RETENTIONS, "days")
}

fn one_of(s: &str, allowed: &[u32], unit: &str) -> Result<u32, String> {
    let list = allowed
        .iter()
        .map(u32::to_string)
        .collect::<Vec<_>>()
        .join(", ");
    s.trim()
        .parse::<u32>()
        .ok()
        .filter(|v| allowed.contains(v))
        .ok_or_else(|| format!("'{s}' is not one of {list} ({unit})"))
}

/// A JSON object given on the command line (`--target '{"..": ..}'`).
pub fn json_object(s: &str) -> Result<Value, String> {
    match serde_json::from_str::<Value>(s) {
        Ok(v @ Value::Object(_)) => Ok(v),
        Ok(_) => Err(format!(
            "'{s}' is not a JSON object (like '{{\"key\": \"value\"}}')"
        )),
        Err(e) => Err(format!("'{s}' is not valid JSON: {e}")),
    }
}

/// A role of the organization (`role_name`). The spec leaves it a string and names ORG_ADMIN, ORG_MEMBER,
/// CLUSTER_ADMIN, CLUSTER_OPERATOR_WRITER, CLUSTER_DEVELOPER, FOLDER_ADMIN and FOLDER_MOVER in its
/// descriptions; the service also grants BILLING_COORDINATOR, CLUSTER_CREATOR and METRICS_VIEWER.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
#[value(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum Role {
    OrgAdmin,
    OrgMember,
    BillingCoordinator,
    ClusterAdmin,
    ClusterOperatorWriter,
    ClusterDeveloper,
    ClusterCreator,
    FolderAdmin,
    FolderMover,
    MetricsViewer,
}

/// The scope of a role grant (the spec's `resource_type` enum).
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
#[value(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum ResourceType {
    Organization,
    Folder,
    Cluster,
}

/// The wire name of a value of one of the enums above (its clap name).
pub fn wire_name(value: impl clap::ValueEnum) -> String {
    value
        .to_possible_value()
        .map(|v| v.get_name().to_string())
        .unwrap_or_default()
}

fn enum_value<E: clap::ValueEnum>(s: &str, what: &str) -> Result<E, String> {
    E::from_str(s.trim(), true).map_err(|_| {
        let allowed: Vec<String> = E::value_variants()
            .iter()
            .map(|v| wire_name(v.clone()))
            .collect();
        format!("'{s}' is not a {what}: use one of {}", allowed.join(", "))
    })
}

/// What a role applies to: the organization (its ID when given), or a folder or cluster (an ID or name).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Scope {
    Organization(Option<String>),
    Folder(String),
    Cluster(String),
}

impl Scope {
    /// The scope of `kind`; a folder or cluster without its ID or name is an error naming what is missing.
    pub fn new(kind: ResourceType, resource: Option<String>) -> Result<Scope, String> {
        let resource = resource
            .map(|r| r.trim().to_string())
            .filter(|r| !r.is_empty());
        match (kind, resource) {
            (ResourceType::Organization, r) => Ok(Scope::Organization(r)),
            (ResourceType::Folder, Some(r)) => Ok(Scope::Folder(r)),
            (ResourceType::Cluster, Some(r)) => Ok(Scope::Cluster(r)),
            (kind, None) => Err(format!(
                "a role on a {0} needs the {0} it applies to",
                wire_name(kind).to_lowercase()
            )),
        }
    }

    pub fn kind(&self) -> ResourceType {
        match self {
            Scope::Organization(_) => ResourceType::Organization,
            Scope::Folder(_) => ResourceType::Folder,
            Scope::Cluster(_) => ResourceType::Cluster,
        }
    }
}

/// `--grant ROLE[:TYPE[:RESOURCE]]`: a role on the organization (the default), a folder or a cluster.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GrantArg {
    pub role: Role,
    pub scope: Scope,
}

impl std::fmt::Display for GrantArg {
    /// "CLUSTER_ADMIN on CLUSTER analytics", as the user wrote it.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let role = wire_name(self.role);
        match &self.scope {
            Scope::Organization(None) => write!(f, "{role} on the organization"),
            Scope::Organization(Some(r)) | Scope::Folder(r) | Scope::Cluster(r) => {
                write!(f, "{role} on {} {r}", wire_name(self.scope.kind()))
            }
        }
    }
}

pub fn grant(s: &str) -> Result<GrantArg, String> {
    let mut parts = s.splitn(3, ':');
    let role = enum_value(parts.next().unwrap_or_default(), "role")?;
    let kind = match parts.next() {
        Some(t) => enum_value(t, "resource type")?,
        None => ResourceType::Organization,
    };
    let scope = Scope::new(kind, parts.next().map(str::to_string)).map_err(|e| {
        format!(
            "'{s}': {e}: write ROLE:{0}:RESOURCE (like CLUSTER_ADMIN:CLUSTER:analytics)",
            wire_name(kind)
        )
    })?;
    Ok(GrantArg { role, scope })
}

/// An egress rule's destination: a CIDR range or a host name (`*.` allowed as its first label).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Destination {
    Cidr(String),
    Fqdn(String),
}

impl Destination {
    pub fn as_str(&self) -> &str {
        match self {
            Destination::Cidr(s) | Destination::Fqdn(s) => s,
        }
    }
}

pub fn destination(s: &str) -> Result<Destination, String> {
    let t = s.trim();
    if t.contains('/') || t.parse::<std::net::IpAddr>().is_ok() {
        let net = crate::validate::cidr(t)?;
        return Ok(Destination::Cidr(net.to_string()));
    }
    fqdn(t).map(Destination::Fqdn).map_err(|_| {
        format!("'{s}' is neither a host name (like api.example.com or *.example.com) nor a CIDR range (like 203.0.113.0/24)")
    })
}

/// A host name: labels of letters, digits and inner dashes, up to 253 characters; `*` may be the first label.
pub fn fqdn(s: &str) -> Result<String, String> {
    let name = s.trim().trim_end_matches('.');
    let labels: Vec<&str> = name.split('.').collect();
    let valid = !name.is_empty()
        && name.len() <= 253
        && labels.iter().enumerate().all(|(i, l)| {
            (i == 0 && *l == "*" && labels.len() > 1)
                || (!l.is_empty()
                    && l.len() <= 63
                    && !l.starts_with('-')
                    && !l.ends_with('-')
                    && l.chars().all(|c| c.is_ascii_alphanumeric() || c == '-'))
        });
    if valid {
        Ok(name.to_ascii_lowercase())
    } else {
        Err(format!("'{s}' is not a host name (like api.example.com)"))
    }
}

/// A day of the week as the API counts it (0 = Sunday ... 6 = Saturday), from its English name, its
/// three-letter abbreviation (any case) or that number.
pub fn day_of_week(s: &str) -> Result<u8, String> {
    const DAYS: [&str; 7] = [
        "sunday",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
    ];
    let t = s.trim().to_ascii_lowercase();
    if let Ok(n) = t.parse::<u8>() {
        if n <= 6 {
            return Ok(n);
        }
    } else if let Some(i) = DAYS
        .iter()
        .position(|d| *d == t || (t.len() == 3 && d.starts_with(&t)))
    {
        return Ok(i as u8);
    }
    Err(format!(
        "'{s}' is not a day of the week: use monday ... sunday, mon ... sun, or 0 (Sunday) ... 6 (Saturday)"
    ))
}

pub fn day_name(day: u8) -> Option<&'static str> {
    [
        "Sunday",
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
    ]
    .get(usize::from(day))
    .copied()
}

/// An AWS IAM role ARN: `arn:PARTITION:iam::ACCOUNT:role/NAME` with a 12-digit account.
pub fn role_arn(s: &str) -> Result<String, String> {
    let t = s.trim();
    let parts: Vec<&str> = t.splitn(6, ':').collect();
    let valid = parts.len() == 6
        && parts[0] == "arn"
        && parts[1].starts_with("aws")
        && parts[2] == "iam"
        && parts[3].is_empty()
        && parts[4].len() == 12
        && parts[4].bytes().all(|b| b.is_ascii_digit())
        && parts[5]
            .strip_prefix("role/")
            .is_some_and(|n| !n.is_empty());
    if valid {
        Ok(t.to_string())
    } else {
        Err(format!(
            "'{s}' is not an IAM role ARN (like arn:aws:iam::123456789012:role/crdb-metrics)"
        ))
    }
}

/// A JSON file the user names with `flag`: read and parsed, or a usage error naming the flag and the path.
pub fn read_json_file(flag: &str, path: &std::path::Path) -> Result<Value, crate::error::Error> {
    let text = std::fs::read_to_string(path).map_err(|e| {
        crate::error::Error::usage(format!("{flag} {}: cannot read it: {e}", path.display()))
    })?;
    serde_json::from_str(&text).map_err(|e| {
        crate::error::Error::usage(format!("{flag} {}: not valid JSON: {e}", path.display()))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cluster_names() {
        assert!(cluster_name("analytics-1").is_ok());
        assert!(cluster_name(&"a".repeat(40)).is_ok());
        assert!(cluster_name(&"a".repeat(41)).is_err());
        assert!(cluster_name("").is_err());
        assert!(cluster_name("Analytics").is_err());
        assert!(cluster_name("my_db").is_err());
        assert!(cluster_name("-db").is_err());
        assert!(cluster_name("1db").is_err());
        assert!(cluster_name("db-").is_err());
    }

    #[test]
    fn regions() {
        assert_eq!(
            region("us-east1:3").unwrap(),
            RegionArg {
                name: "us-east1".into(),
                nodes: Some(3)
            }
        );
        assert_eq!(region("us-east1").unwrap().nodes, None);
        assert_eq!(region("us-east1:0").unwrap().nodes, Some(0));
        assert!(region("us-east1:three").is_err());
        assert!(region(":3").is_err());
        assert!(region("us-east1:-1").is_err());
    }

    #[test]
    fn spend_limits_are_dollars_in_cents() {
        assert_eq!(spend_limit("25").unwrap(), 2500);
        assert_eq!(spend_limit("$12.50").unwrap(), 1250);
        assert_eq!(spend_limit("12.5").unwrap(), 1250);
        assert_eq!(spend_limit("0.07").unwrap(), 7);
        assert_eq!(spend_limit("0").unwrap(), 0);
        for bad in ["", "-1", "1.234", "ten", "1.", ".5"] {
            assert!(spend_limit(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn allowlist_cidrs() {
        assert_eq!(
            ipv4_cidr("203.0.113.0/24").unwrap(),
            ("203.0.113.0".into(), 24)
        );
        assert_eq!(ipv4_cidr("10.1.2.3/32").unwrap(), ("10.1.2.3".into(), 32));
        assert!(ipv4_cidr("10.0.0.1").is_err());
        assert!(ipv4_cidr("10.0.0.0/33").is_err());
        assert!(ipv4_cidr("2001:db8::/32").is_err());
        assert!(ipv4_cidr("example.com/8").is_err());
    }

    #[test]
    fn backup_schedules() {
        assert_eq!(backup_frequency("60").unwrap(), 60);
        assert!(backup_frequency("61").is_err());
        assert_eq!(backup_retention("30").unwrap(), 30);
        assert!(backup_retention("31").is_err());
    }

    #[test]
    fn json_objects() {
        assert!(json_object(r#"{"a": 1}"#).is_ok());
        assert!(json_object("[1]").is_err());
        assert!(json_object("{").is_err());
    }

    #[test]
    fn grants() {
        assert_eq!(
            grant("cluster_admin:cluster:analytics").unwrap(),
            GrantArg {
                role: Role::ClusterAdmin,
                scope: Scope::Cluster("analytics".into()),
            }
        );
        assert_eq!(
            grant("ORG_MEMBER").unwrap().scope,
            Scope::Organization(None)
        );
        assert_eq!(
            grant("FOLDER_ADMIN:FOLDER:/team/prod").unwrap().scope,
            Scope::Folder("/team/prod".into())
        );
        assert!(
            grant("CLUSTER_ADMIN:CLUSTER")
                .unwrap_err()
                .contains("needs the cluster")
        );
        assert!(grant("CLUSTER_ADMIN:CLUSTER:").is_err());
        assert!(grant("OWNER").unwrap_err().contains("ORG_ADMIN"));
        assert!(
            grant("ORG_ADMIN:TEAM:x")
                .unwrap_err()
                .contains("ORGANIZATION")
        );
        assert_eq!(
            wire_name(Role::ClusterOperatorWriter),
            "CLUSTER_OPERATOR_WRITER"
        );
        assert_eq!(
            grant("CLUSTER_DEVELOPER:cluster:web").unwrap().to_string(),
            "CLUSTER_DEVELOPER on CLUSTER web"
        );
    }

    #[test]
    fn egress_destinations() {
        assert_eq!(
            destination("10.0.0.0/8").unwrap(),
            Destination::Cidr("10.0.0.0/8".into())
        );
        assert_eq!(
            destination("API.example.com").unwrap(),
            Destination::Fqdn("api.example.com".into())
        );
        assert_eq!(
            destination("*.example.com").unwrap(),
            Destination::Fqdn("*.example.com".into())
        );
        for bad in [
            "10.0.0.0/33",
            "10.0.0.1",
            "",
            "a..b",
            "-a.com",
            "exa mple.com",
            "*",
            "a.*.com",
        ] {
            assert!(destination(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn days_of_week() {
        assert_eq!(day_of_week("Sunday").unwrap(), 0);
        assert_eq!(day_of_week("MON").unwrap(), 1);
        assert_eq!(day_of_week("saturday").unwrap(), 6);
        assert_eq!(day_of_week("3").unwrap(), 3);
        for bad in ["7", "-1", "mo", "someday", ""] {
            assert!(day_of_week(bad).is_err(), "{bad}");
        }
        assert_eq!(day_name(2), Some("Tuesday"));
        assert_eq!(day_name(7), None);
    }

    #[test]
    fn role_arns() {
        assert!(role_arn("arn:aws:iam::123456789012:role/crdb").is_ok());
        assert!(role_arn("arn:aws-us-gov:iam::123456789012:role/path/crdb").is_ok());
        for bad in [
            "arn:aws:iam::12345:role/crdb",
            "arn:aws:s3:::bucket",
            "arn:aws:iam::123456789012:user/bob",
            "crdb",
        ] {
            assert!(role_arn(bad).is_err(), "{bad}");
        }
    }
}
