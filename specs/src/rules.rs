//! The rules of every request field of the current specs, generated at build time (`build.rs`, keys as
//! `extract.rs` describes them), and the checks made with them. No JSON is parsed at run time for these:
//! a lookup is a binary search in a static table.

use crate::Provider;

/// What the spec says about one request field or parameter.
#[derive(Debug, PartialEq)]
pub struct Rule {
    pub key: &'static str,
    /// `string`, `integer`, `number`, `boolean`, `array`, `object`, or empty when the spec names none.
    pub ty: &'static str,
    /// The enum, when there is one.
    pub values: &'static [&'static str],
    pub minimum: Option<f64>,
    pub maximum: Option<f64>,
    pub exclusive_minimum: Option<f64>,
    pub exclusive_maximum: Option<f64>,
    pub multiple_of: Option<f64>,
    pub min_length: Option<u64>,
    pub max_length: Option<u64>,
    pub min_items: Option<u64>,
    pub max_items: Option<u64>,
    pub pattern: Option<&'static str>,
    pub format: Option<&'static str>,
    pub deprecated: bool,
    pub required: bool,
}

include!(concat!(env!("OUT_DIR"), "/rules.rs"));

fn table(provider: Provider) -> &'static [Rule] {
    match provider {
        Provider::ClickHouse => CLICKHOUSE_RULES,
        Provider::Cockroach => COCKROACH_RULES,
    }
}

/// The rule of a field (`ServicePostRequest.region`), or `None` when the spec has no such field.
pub fn find(provider: Provider, key: &str) -> Option<&'static Rule> {
    let rules = table(provider);
    rules
        .binary_search_by(|r| r.key.cmp(key))
        .ok()
        .map(|i| &rules[i])
}

/// The rule of a field the caller knows the spec has. A missing one means the spec changed under the
/// code: the panic names it, and the tests that build the command tree find it first.
pub fn get(provider: Provider, key: &str) -> &'static Rule {
    find(provider, key)
        .unwrap_or_else(|| panic!("the vendored {provider:?} spec has no request field `{key}`"))
}

/// Every rule of a spec, sorted by key.
pub fn all(provider: Provider) -> &'static [Rule] {
    table(provider)
}

fn num(n: f64) -> String {
    if n.fract() == 0.0 && n.abs() < 1e15 {
        format!("{}", n as i64)
    } else {
        format!("{n}")
    }
}

impl Rule {
    /// The allowed numbers in words: "8 to 356 in steps of 4", "at least 1", "a number".
    pub fn describe_range(&self) -> String {
        let low = self
            .minimum
            .map(|m| (m, false))
            .or(self.exclusive_minimum.map(|m| (m, true)));
        let high = self
            .maximum
            .map(|m| (m, false))
            .or(self.exclusive_maximum.map(|m| (m, true)));
        let mut s = match (low, high) {
            (Some((l, false)), Some((h, false))) => format!("{} to {}", num(l), num(h)),
            (Some((l, lx)), Some((h, hx))) => format!(
                "{} {} and {} {}",
                if lx { "more than" } else { "at least" },
                num(l),
                if hx { "less than" } else { "at most" },
                num(h)
            ),
            (Some((l, true)), None) => format!("more than {}", num(l)),
            (Some((l, false)), None) => format!("at least {}", num(l)),
            (None, Some((h, true))) => format!("less than {}", num(h)),
            (None, Some((h, false))) => format!("at most {}", num(h)),
            (None, None) => match self.ty {
                "integer" => "a whole number".to_string(),
                _ => "a number".to_string(),
            },
        };
        if let Some(step) = self.multiple_of {
            s.push_str(&format!(" in steps of {}", num(step)));
        }
        s
    }

    /// Whether a number is allowed; the error says what is.
    pub fn check_number(&self, n: f64) -> Result<(), String> {
        let ok = self.minimum.is_none_or(|m| n >= m)
            && self.maximum.is_none_or(|m| n <= m)
            && self.exclusive_minimum.is_none_or(|m| n > m)
            && self.exclusive_maximum.is_none_or(|m| n < m)
            && self
                .multiple_of
                .is_none_or(|step| (n / step - (n / step).round()).abs() < 1e-9)
            && (self.ty != "integer" || n.fract() == 0.0);
        if ok {
            Ok(())
        } else {
            Err(format!(
                "{} is not allowed: {}",
                num(n),
                self.describe_range()
            ))
        }
    }

    /// A number as typed by a user, checked; the error names the value and what is allowed.
    pub fn parse_number(&self, s: &str) -> Result<f64, String> {
        let t = s.trim();
        let n: f64 = t
            .parse()
            .ok()
            .filter(|n: &f64| n.is_finite())
            .ok_or_else(|| format!("'{t}' is not a number: {}", self.describe_range()))?;
        self.check_number(n)?;
        Ok(n)
    }

    /// One of the enum's values, matched case-insensitively and returned as the spec spells it.
    pub fn parse_value(&self, s: &str) -> Result<&'static str, String> {
        let t = s.trim();
        self.values
            .iter()
            .find(|v| v.eq_ignore_ascii_case(t))
            .copied()
            .ok_or_else(|| format!("'{t}' is not allowed; allowed: {}", self.values.join(", ")))
    }

    /// A string's length against `minLength`/`maxLength`.
    pub fn check_length(&self, s: &str) -> Result<(), String> {
        let n = s.chars().count() as u64;
        if let Some(max) = self.max_length
            && n > max
        {
            return Err(format!(
                "'{s}' is {n} characters long; at most {max} are allowed"
            ));
        }
        if let Some(min) = self.min_length
            && n < min
        {
            return Err(format!(
                "'{s}' is {n} characters long; at least {min} are needed"
            ));
        }
        Ok(())
    }

    /// A list's size against `minItems`/`maxItems`.
    pub fn check_items(&self, n: usize) -> Result<(), String> {
        let n = n as u64;
        if let Some(max) = self.max_items
            && n > max
        {
            return Err(format!("{n} values given; at most {max} are allowed"));
        }
        if let Some(min) = self.min_items
            && n < min
        {
            return Err(format!("{n} values given; at least {min} are needed"));
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_are_sorted_and_unique() {
        for p in [Provider::ClickHouse, Provider::Cockroach] {
            let t = all(p);
            assert!(t.len() > 100, "{p:?}: {}", t.len());
            assert!(t.windows(2).all(|w| w[0].key < w[1].key), "{p:?}");
        }
    }

    #[test]
    fn ranges_read_well() {
        let r = get(
            Provider::ClickHouse,
            "ServiceReplicaScalingPatchRequest.maxReplicaMemoryGb",
        );
        assert_eq!(r.describe_range(), "8 to 356 in steps of 4");
        assert!(r.check_number(356.0).is_ok());
        assert!(r.check_number(360.0).is_err());
        assert!(r.check_number(10.0).is_err());
        let e = r.parse_number("big").unwrap_err();
        assert!(e.contains("8 to 356"), "{e}");
        let r = get(Provider::ClickHouse, "ServicePostRequest.numReplicas");
        assert!(r.check_number(1.0).is_ok());
        assert!(r.check_number(1.5).is_err());
        let r = get(Provider::ClickHouse, "ServicePostRequest.region");
        assert_eq!(r.parse_value("CA-Central-1"), Ok("ca-central-1"));
        assert!(r.parse_value("mars-1").unwrap_err().contains("us-east-1"));
    }
}
