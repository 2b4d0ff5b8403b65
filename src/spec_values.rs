//! Clap value parsers whose rules come from the vendored current spec (`dbcloud_spec::rules`, generated from
//! it at build time): enums, ranges, steps and lengths are never written here, so a spec refresh moves every
//! local check with it and dbcloud never refuses a value the spec allows.
//!
//! ```text
//! #[arg(long, value_parser = spec_values::ch_enum("ServicePostRequest.region"))]
//! region: String,
//! #[arg(long, value_parser = spec_values::ch_u32("ServiceReplicaScalingPatchRequest.minReplicas"))]
//! min_replicas: Option<u32>,
//! ```
//!
//! Enum values are matched case-insensitively and returned as the spec spells them; `--help` and shell
//! completions list them. The parsers are built when the command tree is, so a key the spec lacks fails every
//! test that builds the tree, naming the key.

use clap::builder::{PossibleValue, PossibleValuesParser, TypedValueParser};

use dbcloud_spec::Provider;
use dbcloud_spec::rules::{self, Rule};

/// A value of a spec enum.
#[derive(Clone)]
pub struct SpecEnum {
    rule: &'static Rule,
}

/// A ClickHouse enum field (`"ServicePostRequest.region"`).
pub fn ch_enum(key: &str) -> SpecEnum {
    spec_enum(Provider::ClickHouse, key)
}

/// A CockroachDB enum field (`"CreateClusterRequest.provider"`).
pub fn crdb_enum(key: &str) -> SpecEnum {
    spec_enum(Provider::Cockroach, key)
}

pub fn spec_enum(provider: Provider, key: &str) -> SpecEnum {
    let rule = rules::get(provider, key);
    assert!(
        !rule.values.is_empty(),
        "the spec's `{key}` is not an enum: it has no values to offer"
    );
    SpecEnum { rule }
}

impl SpecEnum {
    /// The values the spec allows, as it spells them.
    pub fn values(&self) -> &'static [&'static str] {
        self.rule.values
    }
}

impl TypedValueParser for SpecEnum {
    type Value = String;

    fn parse_ref(
        &self,
        cmd: &clap::Command,
        arg: Option<&clap::Arg>,
        value: &std::ffi::OsStr,
    ) -> Result<String, clap::Error> {
        if let Some(text) = value.to_str()
            && let Ok(canonical) = self.rule.parse_value(text)
        {
            return Ok(canonical.to_string());
        }
        // clap's own parser words the error (the valid values, a "did you mean" suggestion).
        PossibleValuesParser::new(self.rule.values.iter().copied()).parse_ref(cmd, arg, value)
    }

    fn possible_values(&self) -> Option<Box<dyn Iterator<Item = PossibleValue> + '_>> {
        Some(Box::new(
            self.rule
                .values
                .iter()
                .map(|v| PossibleValue::new(*v).hide(false)),
        ))
    }
}

/// A value of any of several ClickHouse enum fields, for a flag that picks among the variants of a `oneOf`
/// (`"AwsBackupBucketPostRequestV1.bucketProvider"`, `"GcpBackupBucketPostRequestV1.bucketProvider"`, ...):
/// matched case-insensitively, returned as the spec spells it, all the values listed in help.
pub fn ch_enum_any(keys: &[&str]) -> SpecEnums {
    let rules: Vec<&'static Rule> = keys
        .iter()
        .map(|key| spec_enum(Provider::ClickHouse, key).rule)
        .collect();
    SpecEnums { rules }
}

/// The values of several spec enums, as one.
#[derive(Clone)]
pub struct SpecEnums {
    rules: Vec<&'static Rule>,
}

impl SpecEnums {
    /// Every value, as the spec spells it, each once.
    pub fn values(&self) -> Vec<&'static str> {
        let mut out: Vec<&'static str> = Vec::new();
        for v in self.rules.iter().flat_map(|r| r.values.iter().copied()) {
            if !out.contains(&v) {
                out.push(v);
            }
        }
        out
    }
}

impl TypedValueParser for SpecEnums {
    type Value = String;

    fn parse_ref(
        &self,
        cmd: &clap::Command,
        arg: Option<&clap::Arg>,
        value: &std::ffi::OsStr,
    ) -> Result<String, clap::Error> {
        if let Some(text) = value.to_str()
            && let Some(canonical) = self.rules.iter().find_map(|r| r.parse_value(text).ok())
        {
            return Ok(canonical.to_string());
        }
        PossibleValuesParser::new(self.values()).parse_ref(cmd, arg, value)
    }

    fn possible_values(&self) -> Option<Box<dyn Iterator<Item = PossibleValue> + '_>> {
        Some(Box::new(
            self.values()
                .into_iter()
                .map(|v| PossibleValue::new(v).hide(false)),
        ))
    }
}

/// A whole number of a ClickHouse field (`"ServicePostRequest.numReplicas"`).
pub fn ch_u32(key: &str) -> impl TypedValueParser<Value = u32> {
    whole(rules::get(Provider::ClickHouse, key), "")
}

/// A whole number of GiB of a ClickHouse field (the message says "GiB").
pub fn ch_gib(key: &str) -> impl TypedValueParser<Value = u32> {
    whole(rules::get(Provider::ClickHouse, key), " GiB")
}

/// A number of a ClickHouse field that may have a fraction (`"ClickPipeScalingPatchRequest.replicaMemoryGb"`),
/// within the spec's bounds and steps.
pub fn ch_number(key: &str) -> impl TypedValueParser<Value = f64> {
    let rule = rules::get(Provider::ClickHouse, key);
    move |s: &str| -> Result<f64, String> { rule.parse_number(s) }
}

/// A whole number of a CockroachDB field.
pub fn crdb_u32(key: &str) -> impl TypedValueParser<Value = u32> {
    whole(rules::get(Provider::Cockroach, key), "")
}

/// A number the spec bounds (minimum, maximum, multipleOf), which must be whole: every such field of both
/// APIs is a count, a size or a duration in whole units.
fn whole(rule: &'static Rule, unit: &'static str) -> impl TypedValueParser<Value = u32> {
    move |s: &str| -> Result<u32, String> {
        let n = s
            .trim()
            .parse::<f64>()
            .ok()
            .filter(|n| n.is_finite())
            .ok_or_else(|| format!("not a number; allowed: {}{unit}", rule.describe_range()))?;
        whole_value(rule, n, unit)
    }
}

/// The check of [`ch_u32`], [`ch_gib`] and [`crdb_u32`] for a number that does not come from a flag (a value
/// of a declaration file): within the rule, and whole. `unit` is appended to numbers in the message (" GiB").
pub fn whole_value(rule: &Rule, n: f64, unit: &str) -> Result<u32, String> {
    let allowed = || format!("{}{unit}", rule.describe_range());
    rule.check_number(n)
        .map_err(|_| format!("{n}{unit} is not allowed: {}", allowed()))?;
    if n < 0.0 {
        return Err(format!(
            "{n}{unit} is negative; allowed: {}, 0 or more",
            allowed()
        ));
    }
    if n.fract() != 0.0 || n > u32::MAX as f64 {
        return Err(format!("not a whole number; allowed: {}", allowed()));
    }
    Ok(n as u32)
}

/// A ClickHouse name field (`"ServicePostRequest.name"`): non-empty, no control characters, within the
/// spec's `minLength`/`maxLength`.
pub fn ch_name(key: &str) -> impl TypedValueParser<Value = String> {
    name(rules::get(Provider::ClickHouse, key))
}

/// A CockroachDB name field, as `ch_name`.
pub fn crdb_name(key: &str) -> impl TypedValueParser<Value = String> {
    name(rules::get(Provider::Cockroach, key))
}

fn name(rule: &'static Rule) -> impl TypedValueParser<Value = String> {
    move |s: &str| checked_name(rule, s)
}

/// A name of the form every name has (`validate::name`) within the spec's length rule for `rule`'s field:
/// the check of the `*_name` parsers, for names that come from elsewhere (a databases-as-code file).
pub fn checked_name(rule: &Rule, s: &str) -> Result<String, String> {
    let name = crate::validate::name(s)?;
    rule.check_length(&name)?;
    Ok(name)
}

/// A ClickHouse string field or parameter with a `pattern` (`"udfGet.functionName"`): non-empty, no control
/// characters, matching the spec's pattern.
pub fn ch_pattern(key: &str) -> impl TypedValueParser<Value = String> {
    let rule = rules::get(Provider::ClickHouse, key);
    assert!(
        rule.pattern.is_some(),
        "the spec's `{key}` has no pattern to check"
    );
    move |s: &str| -> Result<String, String> {
        let value = crate::validate::name(s)?;
        check_pattern(rule, &value)?;
        Ok(value)
    }
}

/// Whether a value matches its rule's `pattern` (when it has one); the error shows the pattern.
pub fn check_pattern(rule: &Rule, value: &str) -> Result<(), String> {
    let Some(pattern) = rule.pattern else {
        return Ok(());
    };
    // A pattern the regex engine cannot read is left to the server, which wrote it.
    let matches = regex::Regex::new(pattern).map_or(true, |re| re.is_match(value));
    if matches {
        Ok(())
    } else {
        Err(format!("'{value}' does not match the pattern {pattern}"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::{Arg, Command};

    fn try_parse<P>(parser: P, value: &str) -> Result<String, String>
    where
        P: TypedValueParser,
        P::Value: std::fmt::Debug + Clone + Send + Sync + 'static,
    {
        let cmd = Command::new("t").arg(Arg::new("x").long("x").value_parser(parser));
        cmd.try_get_matches_from(["t", "--x", value])
            .map(|m| format!("{:?}", m.get_one::<P::Value>("x").unwrap()))
            .map_err(|e| e.to_string())
    }

    #[test]
    fn enums_come_from_the_spec() {
        let p = ch_enum("ServicePostRequest.region");
        assert!(p.values().contains(&"ca-central-1"));
        assert_eq!(
            try_parse(p.clone(), "CA-CENTRAL-1").unwrap(),
            "\"ca-central-1\""
        );
        let e = try_parse(p, "mars-1").unwrap_err();
        assert!(e.contains("mars-1") && e.contains("us-east-1"), "{e}");
    }

    #[test]
    fn numbers_come_from_the_spec() {
        let key = "ServiceReplicaScalingPatchRequest.maxReplicaMemoryGb";
        assert_eq!(try_parse(ch_gib(key), "356").unwrap(), "356");
        let e = try_parse(ch_gib(key), "360").unwrap_err();
        assert!(e.contains("8 to 356") && e.contains("steps of 4"), "{e}");
        assert!(
            try_parse(ch_gib(key), "lots")
                .unwrap_err()
                .contains("not a number")
        );
        let p = ch_u32("ServicePostRequest.numReplicas");
        assert_eq!(try_parse(p, "1").unwrap(), "1");
        let p = ch_u32("ServicePostRequest.numReplicas");
        assert!(try_parse(p, "21").unwrap_err().contains("1 to 20"));
    }

    #[test]
    fn patterns_come_from_the_spec() {
        assert!(try_parse(ch_pattern("udfGet.functionName"), "geo_code2").is_ok());
        let e = try_parse(ch_pattern("udfGet.functionName"), "2geo-code").unwrap_err();
        assert!(e.contains("^[A-Za-z][A-Za-z0-9_]*$"), "{e}");
    }

    #[test]
    fn fractions_come_from_the_spec() {
        let key = "ClickPipeScalingPatchRequest.replicaMemoryGb";
        assert_eq!(try_parse(ch_number(key), "0.5").unwrap(), "0.5");
        let e = try_parse(ch_number(key), "9").unwrap_err();
        assert!(e.contains("0.5 to 8"), "{e}");
    }

    #[test]
    fn several_enums_are_one_choice() {
        let p = ch_enum_any(&[
            "AwsBackupBucketPostRequestV1.bucketProvider",
            "GcpBackupBucketPostRequestV1.bucketProvider",
        ]);
        assert_eq!(p.values(), ["AWS", "GCP"]);
        assert_eq!(try_parse(p.clone(), "gcp").unwrap(), "\"GCP\"");
        let e = try_parse(p, "ibm").unwrap_err();
        assert!(e.contains("ibm") && e.contains("AWS"), "{e}");
    }

    #[test]
    fn names_follow_the_spec_length() {
        assert!(try_parse(ch_name("ServicePostRequest.name"), "web").is_ok());
        let e = try_parse(ch_name("ServicePostRequest.name"), &"x".repeat(51)).unwrap_err();
        assert!(e.contains("at most 50"), "{e}");
    }
}
