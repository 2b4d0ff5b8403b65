//! Which flag a field named in a server's 400 answer maps to, so that "body.minReplicaMemoryGb: 7 is less than
//! the minimum of 8" also tells the user to change `--min-replica-memory-gb`. The map is derived, not written:
//! a field name in kebab case is looked up among the long flags of the command that ran; the few fields whose
//! flag has another name are listed in `ALIASES`.

use clap::Command;

use crate::error::Error;

/// API field → flag, where the flag is not the field's name in kebab case.
const ALIASES: &[(&str, &str)] = &[
    ("numReplicas", "replicas"),
    ("minTotalMemoryGb", "min-memory-gb"),
    ("maxTotalMemoryGb", "max-memory-gb"),
    ("ipAccessList", "ip-allow"),
    ("privateEndpointIds", "private-endpoint"),
    ("encryptionAssumedRoleIdentifier", "encryption-role"),
    ("privatePreviewTermsChecked", "accept-private-preview-terms"),
    ("assignedRoleIds", "role"),
    ("expireAt", "expires-at"),
    ("region_nodes", "region"),
    ("regions", "region"),
    ("num_virtual_cpus", "vcpus"),
    ("cockroach_version", "version"),
    ("parent_id", "folder"),
    ("regionId", "region"),
    ("accountId", "account"),
    ("availabilityZoneSuffixes", "zone"),
    ("vpcCidrRange", "vpc-cidr"),
    ("displayName", "name"),
    ("arguments", "arg"),
    ("returnType", "returns"),
    ("maxCommandExecutionTime", "max-execution-time"),
    ("commandReadTimeout", "read-timeout"),
    ("commandWriteTimeout", "write-timeout"),
    ("sandboxType", "sandbox"),
    ("roles", "role"),
    ("permissions", "permission"),
    ("openApiKeys", "open-api-key"),
    ("allowedOrigins", "allowed-origin"),
    ("weekday", "day"),
    ("startHourUtc", "start-hour"),
    ("backupPeriodInHours", "period-hours"),
    ("backupRetentionPeriodInHours", "retention-hours"),
    ("backupStartTime", "start-time"),
    ("bucketProvider", "provider"),
    ("bucketPath", "path"),
    ("iamRoleArn", "role-arn"),
    ("iamRoleSessionName", "role-session-name"),
    ("containerName", "container"),
    ("secretAccessKey", "secret-stdin"),
    ("connectionString", "secret-stdin"),
];

/// `minReplicaMemoryGb` / `min_replica_memory_gb` → `min-replica-memory-gb`.
pub fn kebab(field: &str) -> String {
    let mut out = String::new();
    let mut prev_lower = false;
    for c in field.chars() {
        if c == '_' || c == '-' {
            out.push('-');
            prev_lower = false;
        } else if c.is_ascii_uppercase() {
            if prev_lower {
                out.push('-');
            }
            out.push(c.to_ascii_lowercase());
            prev_lower = false;
        } else {
            out.push(c);
            prev_lower = c.is_ascii_lowercase() || c.is_ascii_digit();
        }
    }
    out
}

/// The leaf command an argument list runs (`dbcloud ch service scale web ...` → `scale`).
fn leaf<'a>(root: &'a Command, args: &[String]) -> &'a Command {
    let mut cmd = root;
    for a in args.iter().skip(1) {
        if a.starts_with('-') {
            continue;
        }
        match cmd.find_subcommand(a) {
            Some(sub) => cmd = sub,
            None if cmd.has_subcommands() => continue,
            None => break,
        }
    }
    cmd
}

/// The flags of `cmd` that the fields named in `message` map to, in the order they appear.
pub fn flags_named(cmd: &Command, message: &str) -> Vec<String> {
    let longs: Vec<&str> = cmd.get_arguments().filter_map(|a| a.get_long()).collect();
    let mut found: Vec<String> = Vec::new();
    let tokens = message
        .split(|c: char| !(c.is_ascii_alphanumeric() || c == '_' || c == '.' || c == '-'))
        .filter(|t| !t.is_empty());
    for token in tokens {
        // `body.spec.dedicated.region_nodes` names its last segment; `[0]` indexes were split off above.
        for field in token.rsplit('.').take(2) {
            let flag = ALIASES
                .iter()
                .find(|(f, _)| *f == field)
                .map(|(_, flag)| flag.to_string())
                .unwrap_or_else(|| kebab(field));
            if flag.len() > 1 && longs.contains(&flag.as_str()) && !found.contains(&flag) {
                found.push(flag);
                break;
            }
        }
    }
    found
}

/// A 400 from the server, with a hint naming the flags its message refers to (when there is no other hint).
pub fn with_flag_hint(error: Error, root: &Command, args: &[String]) -> Error {
    let Some(api) = error.api() else {
        return error;
    };
    if api.status != 400 || error.hint().is_some() {
        return error;
    }
    let flags = flags_named(leaf(root, args), &api.message);
    if flags.is_empty() {
        return error;
    }
    let list: Vec<String> = flags.iter().map(|f| format!("--{f}")).collect();
    let hint = format!(
        "the server refused the value of {}; change {} and try again",
        if list.len() == 1 {
            "a field"
        } else {
            "some fields"
        },
        list.join(", ")
    );
    error.with_hint(hint)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_become_flags() {
        assert_eq!(kebab("minReplicaMemoryGb"), "min-replica-memory-gb");
        assert_eq!(kebab("storage_gib"), "storage-gib");
        assert_eq!(kebab("idleTimeoutMinutes"), "idle-timeout-minutes");
        let cmd = Command::new("scale")
            .arg(clap::Arg::new("a").long("min-replica-memory-gb"))
            .arg(clap::Arg::new("b").long("replicas"));
        let found = flags_named(
            &cmd,
            "BAD_REQUEST: body.minReplicaMemoryGb: 7 is less than the minimum of 8; body.numReplicas: 30 is greater",
        );
        assert_eq!(found, ["min-replica-memory-gb", "replicas"]);
        assert!(flags_named(&cmd, "the service is not running").is_empty());
    }

    #[test]
    fn the_leaf_command_is_found() {
        let root = crate::cli::command();
        let args: Vec<String> = ["dbcloud", "ch", "service", "list", "--json"]
            .iter()
            .map(|s| s.to_string())
            .collect();
        assert_eq!(leaf(&root, &args).get_name(), "list");
    }
}
