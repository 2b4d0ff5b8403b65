//! Parsers of CockroachDB-specific input, used as clap value parsers so a bad value is exit 2 naming the flag
//! before anything is sent.

use serde_json::Value;

/// `--label KEY=VALUE`: a label of a cluster or folder (`labels` is a map of strings in the spec; a key
/// is not empty).
pub fn label(s: &str) -> Result<(String, String), String> {
    match s.split_once('=') {
        Some((key, value)) if !key.trim().is_empty() => {
            Ok((key.trim().to_string(), value.to_string()))
        }
        _ => Err(format!(
            "'{s}' is not a label: write KEY=VALUE (like env=prod)"
        )),
    }
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

/// A role of the organization (the spec's `BuiltInRole.name`), as the spec spells it.
pub fn role(s: &str) -> Result<String, String> {
    spec_value("BuiltInRole.name", s, "role")
}

/// The kind of resource a role applies to (the spec's `Resource.type`), as the spec spells it.
pub fn resource_type(s: &str) -> Result<String, String> {
    spec_value("Resource.type", s, "resource type")
}

fn spec_value(key: &str, s: &str, what: &str) -> Result<String, String> {
    let rule = dbcloud_spec::rules::get(dbcloud_spec::Provider::Cockroach, key);
    rule.parse_value(s).map(str::to_string).map_err(|_| {
        format!(
            "'{}' is not a {what}: use one of {}",
            s.trim(),
            rule.values.join(", ")
        )
    })
}

/// What a role applies to: the organization (its ID when given), or a folder or cluster (an ID or name).
/// Other kinds of resource the spec may name are passed on with the ID given.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Scope {
    Organization(Option<String>),
    Folder(String),
    Cluster(String),
    Other(String, String),
}

impl Scope {
    /// The scope of `kind` (a value of the spec's `Resource.type`); a folder or cluster without its ID or
    /// name is an error naming what is missing.
    pub fn new(kind: &str, resource: Option<String>) -> Result<Scope, String> {
        let resource = resource
            .map(|r| r.trim().to_string())
            .filter(|r| !r.is_empty());
        match (kind, resource) {
            ("ORGANIZATION", r) => Ok(Scope::Organization(r)),
            ("FOLDER", Some(r)) => Ok(Scope::Folder(r)),
            ("CLUSTER", Some(r)) => Ok(Scope::Cluster(r)),
            (kind, Some(r)) => Ok(Scope::Other(kind.to_string(), r)),
            (kind, None) => Err(format!(
                "a role on a {0} needs the {0} it applies to",
                kind.to_lowercase()
            )),
        }
    }

    pub fn kind(&self) -> &str {
        match self {
            Scope::Organization(_) => "ORGANIZATION",
            Scope::Folder(_) => "FOLDER",
            Scope::Cluster(_) => "CLUSTER",
            Scope::Other(kind, _) => kind,
        }
    }
}

/// `--grant ROLE[:TYPE[:RESOURCE]]`: a role on the organization (the default), a folder or a cluster.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GrantArg {
    pub role: String,
    pub scope: Scope,
}

impl std::fmt::Display for GrantArg {
    /// "CLUSTER_ADMIN on CLUSTER analytics", as the user wrote it.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match &self.scope {
            Scope::Organization(None) => write!(f, "{} on the organization", self.role),
            Scope::Organization(Some(r))
            | Scope::Folder(r)
            | Scope::Cluster(r)
            | Scope::Other(_, r) => write!(f, "{} on {} {r}", self.role, self.scope.kind()),
        }
    }
}

pub fn grant(s: &str) -> Result<GrantArg, String> {
    let mut parts = s.splitn(3, ':');
    let role = role(parts.next().unwrap_or_default())?;
    let kind = match parts.next() {
        Some(t) => resource_type(t)?,
        None => "ORGANIZATION".to_string(),
    };
    let scope = Scope::new(&kind, parts.next().map(str::to_string)).map_err(|e| {
        format!("'{s}': {e}: write ROLE:{kind}:RESOURCE (like CLUSTER_ADMIN:CLUSTER:analytics)")
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

/// The days of the week from Monday, where the maintenance window's offset starts.
pub const DAYS: [&str; 7] = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];

/// A day of the week, from its English name or its three-letter abbreviation (any case): its number of
/// days after Monday (Monday 0 ... Sunday 6).
pub fn day_of_week(s: &str) -> Result<u8, String> {
    let t = s.trim().to_ascii_lowercase();
    DAYS.iter()
        .position(|d| {
            let d = d.to_ascii_lowercase();
            d == t || (t.len() == 3 && d.starts_with(&t))
        })
        .map(|i| i as u8)
        .ok_or_else(|| {
            format!("'{s}' is not a day of the week: use monday ... sunday or mon ... sun")
        })
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

/// A document for the body of an operation (`method template` of the current spec), checked against its
/// schema as the service checks it: a problem is a usage error naming the flag, the file and each field.
pub fn check_body(
    flag: &str,
    path: &std::path::Path,
    method: &str,
    template: &str,
    document: &Value,
) -> Result<(), crate::error::Error> {
    let spec = dbcloud_spec::spec_for(dbcloud_spec::Provider::Cockroach);
    let Some(op) = spec.find(method, template) else {
        return Ok(());
    };
    op.validate_body(document).map_err(|problems| {
        crate::error::Error::usage(format!(
            "{flag} {}: {}",
            path.display(),
            problems.join("; ")
        ))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels() {
        assert_eq!(label("env=prod").unwrap(), ("env".into(), "prod".into()));
        assert_eq!(label("note=a=b").unwrap(), ("note".into(), "a=b".into()));
        assert_eq!(label("empty=").unwrap(), ("empty".into(), String::new()));
        assert!(label("=x").is_err());
        assert!(label("novalue").is_err());
    }

    #[test]
    fn grants_take_the_specs_roles_and_types() {
        assert_eq!(
            grant("cluster_admin:cluster:analytics").unwrap(),
            GrantArg {
                role: "CLUSTER_ADMIN".into(),
                scope: Scope::Cluster("analytics".into()),
            }
        );
        assert_eq!(
            grant("ORG_MEMBER").unwrap().scope,
            Scope::Organization(None)
        );
        // Roles the seed spec did not have.
        assert_eq!(grant("billing_viewer").unwrap().role, "BILLING_VIEWER");
        assert_eq!(
            grant("CLUSTER_MONITOR:CLUSTER:web").unwrap().role,
            "CLUSTER_MONITOR"
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
            grant("CLUSTER_DEVELOPER:cluster:web").unwrap().to_string(),
            "CLUSTER_DEVELOPER on CLUSTER web"
        );
    }

    #[test]
    fn days_of_week_count_from_monday() {
        assert_eq!(day_of_week("Monday").unwrap(), 0);
        assert_eq!(day_of_week("TUE").unwrap(), 1);
        assert_eq!(day_of_week("sunday").unwrap(), 6);
        for bad in ["7", "0", "mo", "someday", ""] {
            assert!(day_of_week(bad).is_err(), "{bad}");
        }
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
