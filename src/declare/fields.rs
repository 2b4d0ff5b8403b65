//! The fields of a kind: what the file may say, how each value is checked (with the rules of the request field
//! it becomes, exactly as the equivalent flag checks it), and how values compare.
//!
//! A value is kept in the file's form, normalized (enums as the spec spells them, lists sorted, whole numbers
//! as integers), and the live resource's values are brought to the same form by each kind, so a comparison is
//! an equality and an export writes the live values as they are.

use dbcloud_spec::Provider;
use dbcloud_spec::rules::{self, Rule};
use serde_json::{Map, Value, json};

use super::Fields;
use super::file::Seg;

/// One key a resource's table may hold.
pub struct Field {
    pub key: &'static str,
    pub ty: Ty,
    pub change: Change,
    /// What it maps to, for the file reference (`ServicePostRequest.provider`).
    pub maps_to: &'static str,
}

/// How a field may change once the resource exists.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Change {
    /// Changed in place by an update.
    Update,
    /// Set at creation; the API cannot change it: another value is refused in the plan, with this reason.
    Fixed(&'static str),
    /// Used at creation only; the live resource does not show it, so it is never compared.
    CreateOnly,
    /// Read by dbcloud itself (where a password comes from or goes): never compared nor shown.
    Local,
}

/// The type of a field's value and the checks it gets.
#[derive(Clone, Copy)]
pub enum Ty {
    /// A non-empty string without control characters.
    Text,
    /// A name: non-empty, no control characters, within the spec's lengths of this request field.
    Name(Provider, &'static str),
    /// One of the values of this spec enum, any case; kept as the spec spells it.
    Enum(Provider, &'static str),
    /// A whole number within the spec's range (and step) of this request field; the text is its unit.
    Whole(Provider, &'static str, &'static str),
    /// A whole number of 0 or more (a field whose spec states no range).
    Count,
    Bool,
    /// A list of strings, each checked by the function (which returns it normalized); kept sorted.
    Strings(fn(&str) -> Result<String, String>),
    /// A table of `NAME = VALUE`, each entry checked by the function with its name in lower case (which
    /// returns the value normalized); kept sorted by name. The text says what the entries are.
    Table(fn(&str, &Value) -> Result<Value, String>, &'static str),
    /// Anything else: the function checks the value and returns it normalized; the text says what it is.
    Custom(fn(&Value) -> Result<Value, String>, &'static str),
}

impl Ty {
    /// What a value of this type looks like, for messages and the file reference.
    pub fn describe(&self) -> String {
        match self {
            Ty::Text | Ty::Name(..) => "a string".into(),
            Ty::Enum(p, key) => format!("one of {}", rules::get(*p, key).values.join(", ")),
            Ty::Whole(p, key, unit) => {
                let rule = rules::get(*p, key);
                let bounded = rule.minimum.is_some() || rule.maximum.is_some();
                if bounded || rule.multiple_of.is_some() {
                    format!("a whole number, {}{unit}", rule.describe_range())
                } else {
                    "a whole number".into()
                }
            }
            Ty::Count => "a whole number (0 or more)".into(),
            Ty::Bool => "true or false".into(),
            Ty::Strings(_) => "a list of strings".into(),
            Ty::Table(_, what) => format!("a table of {what}"),
            Ty::Custom(_, what) => (*what).into(),
        }
    }
}

/// A problem with a value: the list item or table entry it is about (when it is one), and what is wrong.
pub type Problem = (Option<Seg>, String);

/// Checks one value of the file against its field; returns it normalized, or what is wrong (the first
/// problem, or one per entry of a table).
pub fn check(field: &Field, value: &Value) -> Result<Value, Vec<Problem>> {
    let whole = |e: String| vec![(None, e)];
    let item = |i: usize, e: String| vec![(Some(Seg::Index(i)), e)];
    match field.ty {
        Ty::Text => text(value).map(Value::String).map_err(whole),
        Ty::Name(p, key) => {
            let s = text(value).map_err(whole)?;
            rules::get(p, key).check_length(&s).map_err(whole)?;
            Ok(Value::String(s))
        }
        Ty::Enum(p, key) => {
            let s = string(value).map_err(whole)?;
            rules::get(p, key)
                .parse_value(&s)
                .map(|v| json!(v))
                .map_err(whole)
        }
        Ty::Whole(p, key, unit) => {
            let n = number(value).map_err(whole)?;
            crate::spec_values::whole_value(rules::get(p, key), n, unit)
                .map(|n| json!(n))
                .map_err(whole)
        }
        Ty::Count => match value.as_u64() {
            Some(n) => Ok(json!(n)),
            None => Err(whole(format!(
                "expected a whole number of 0 or more, found {}",
                shown(value)
            ))),
        },
        Ty::Bool => value
            .as_bool()
            .map(Value::Bool)
            .ok_or_else(|| whole(format!("expected true or false, found {}", shown(value)))),
        Ty::Strings(check_item) => {
            let Value::Array(items) = value else {
                return Err(whole(format!(
                    "expected a list of strings, found {}",
                    shown(value)
                )));
            };
            let mut out = Vec::with_capacity(items.len());
            for (i, v) in items.iter().enumerate() {
                let s = string(v).map_err(|e| item(i, e))?;
                let s = check_item(&s).map_err(|e| item(i, e))?;
                if out.contains(&s) {
                    return Err(item(i, format!("'{s}' is listed twice")));
                }
                out.push(s);
            }
            out.sort();
            Ok(json!(out))
        }
        Ty::Table(entry, what) => {
            let Value::Object(map) = value else {
                return Err(whole(format!(
                    "expected a table of {what}, found {}",
                    shown(value)
                )));
            };
            let mut out: Vec<(String, Value)> = Vec::new();
            let mut problems = Vec::new();
            for (key, v) in map {
                let at = Some(Seg::Key(key.clone()));
                let name = key.trim().to_ascii_lowercase();
                if out.iter().any(|(n, _)| *n == name) {
                    problems.push((at, format!("{name} is given twice")));
                    continue;
                }
                match entry(&name, v) {
                    Ok(v) => out.push((name, v)),
                    Err(e) => problems.push((at, e)),
                }
            }
            if !problems.is_empty() {
                return Err(problems);
            }
            out.sort_by(|a, b| a.0.cmp(&b.0));
            Ok(Value::Object(out.into_iter().collect()))
        }
        Ty::Custom(f, _) => f(value).map_err(whole),
    }
}

/// A string value, as written.
pub fn string(value: &Value) -> Result<String, String> {
    match value {
        Value::String(s) => Ok(s.clone()),
        other => Err(format!("expected a string, found {}", shown(other))),
    }
}

/// A non-empty string without control characters, trimmed.
pub fn text(value: &Value) -> Result<String, String> {
    crate::validate::name(&string(value)?)
}

pub fn number(value: &Value) -> Result<f64, String> {
    value
        .as_f64()
        .filter(|n| n.is_finite())
        .ok_or_else(|| format!("expected a number, found {}", shown(value)))
}

/// A value as messages show it: its kind and, for scalars, itself.
pub fn shown(value: &Value) -> String {
    match value {
        Value::Null => "nothing".into(),
        Value::Bool(b) => format!("true/false ({b})"),
        Value::Number(n) => format!("a number ({n})"),
        Value::String(s) => format!("a string ('{s}')"),
        Value::Array(_) => "a list".into(),
        Value::Object(_) => "a table".into(),
    }
}

/// Checks a resource's table against its fields: unknown keys, wrong types and refused values are problems
/// (the key, the list item or table entry, the message); keys in `other` are left to the caller. The fields come back in
/// the order of `fields`.
pub fn check_table(
    table: &Map<String, Value>,
    fields: &'static [Field],
    other: &[&str],
) -> (Fields, Vec<(String, Option<Seg>, String)>) {
    let mut problems = Vec::new();
    for key in table.keys() {
        if !other.contains(&key.as_str()) && !fields.iter().any(|f| f.key == key) {
            let mut known: Vec<&str> = fields.iter().map(|f| f.key).collect();
            known.extend_from_slice(other);
            problems.push((key.clone(), None, unknown_key(key, &known)));
        }
    }
    let mut out = Fields::new();
    for field in fields {
        if let Some(value) = table.get(field.key) {
            match check(field, value) {
                Ok(v) => out.push((field.key, v)),
                Err(found) => {
                    for (at, message) in found {
                        problems.push((field.key.to_string(), at, message));
                    }
                }
            }
        }
    }
    (out, problems)
}

/// "unknown key": with the known key it was probably meant to be, or the list of them.
pub fn unknown_key(key: &str, known: &[&str]) -> String {
    let close = known
        .iter()
        .map(|k| (distance(key, k), *k))
        .filter(|(d, k)| *d <= 2.max(k.len() / 5))
        .min();
    match close {
        Some((_, k)) => format!("unknown key; did you mean {k}?"),
        None => format!("unknown key; the keys here are: {}", known.join(", ")),
    }
}

/// The edit distance of two keys (Levenshtein).
fn distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut prev = row[0];
        row[0] = i + 1;
        for j in 0..b.len() {
            let cur = row[j + 1];
            row[j + 1] = (prev + usize::from(ca != b[j]))
                .min(row[j] + 1)
                .min(cur + 1);
            prev = cur;
        }
    }
    row[b.len()]
}

/// The field of `fields` called `key`.
pub fn find(fields: &'static [Field], key: &str) -> Option<&'static Field> {
    fields.iter().find(|f| f.key == key)
}

/// Whether two values are the same: numbers by value (16 = 16.0), everything else exactly.
pub fn same(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Number(x), Value::Number(y)) => x.as_f64() == y.as_f64(),
        (Value::Array(x), Value::Array(y)) => {
            x.len() == y.len() && x.iter().zip(y).all(|(a, b)| same(a, b))
        }
        (Value::Object(x), Value::Object(y)) => {
            x.len() == y.len() && x.iter().all(|(k, v)| y.get(k).is_some_and(|w| same(v, w)))
        }
        _ => a == b,
    }
}

/// A number the API showed, as the file writes it (whole numbers as integers).
pub fn num(value: Option<&Value>) -> Value {
    match value.and_then(Value::as_f64) {
        Some(n) if n.fract() == 0.0 && (0.0..1e15).contains(&n) => json!(n as u64),
        Some(n) => json!(n),
        None => match value {
            // 64-bit numbers the API writes as strings ("1000000").
            Some(Value::String(s)) => s.trim().parse::<u64>().map_or(Value::Null, |n| json!(n)),
            _ => Value::Null,
        },
    }
}

/// A value the API showed, or null.
pub fn at(raw: &Value, path: &str) -> Value {
    crate::output::lookup(raw, path)
        .cloned()
        .unwrap_or(Value::Null)
}

/// A list of strings, sorted (a set as the file writes it).
pub fn sorted(items: impl IntoIterator<Item = String>) -> Value {
    let mut v: Vec<String> = items.into_iter().collect();
    v.sort();
    v.dedup();
    json!(v)
}

/// The strings of a list value.
pub fn strings(value: Option<&Value>) -> Vec<String> {
    value
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(|v| v.as_str().map(str::to_string))
        .collect()
}

/// The rule of a request field the caller knows the spec has.
pub fn rule(p: Provider, key: &str) -> &'static Rule {
    rules::get(p, key)
}

#[cfg(test)]
mod tests {
    use super::*;

    const FIELDS: &[Field] = &[
        Field {
            key: "region",
            ty: Ty::Enum(Provider::ClickHouse, "ServicePostRequest.region"),
            change: Change::Fixed("no"),
            maps_to: "",
        },
        Field {
            key: "max",
            ty: Ty::Whole(
                Provider::ClickHouse,
                "ServiceReplicaScalingPatchRequest.maxReplicaMemoryGb",
                " GiB",
            ),
            change: Change::Update,
            maps_to: "",
        },
        Field {
            key: "tags",
            ty: Ty::Strings(|s| Ok(s.trim().to_string())),
            change: Change::Update,
            maps_to: "",
        },
    ];

    #[test]
    fn values_follow_the_spec_rules() {
        let table = json!({"region": "US-EAST-1", "max": 64.0, "tags": ["b", "a"]});
        let (fields, problems) = check_table(table.as_object().unwrap(), FIELDS, &[]);
        assert!(problems.is_empty(), "{problems:?}");
        assert_eq!(
            fields,
            vec![
                ("region", json!("us-east-1")),
                ("max", json!(64)),
                ("tags", json!(["a", "b"]))
            ]
        );
        let table = json!({"region": "mars", "max": 10, "tags": ["a", 3], "regoin": 1});
        let (_, problems) = check_table(table.as_object().unwrap(), FIELDS, &["profile"]);
        let text = format!("{problems:?}");
        assert_eq!(problems.len(), 4, "{text}");
        assert!(
            text.contains("regoin") && text.contains("unknown key"),
            "{text}"
        );
        assert!(text.contains("8 to 356 in steps of 4"), "{text}");
        assert!(text.contains("Some(Index(1))"), "{text}");
        assert!(text.contains("allowed: ap-northeast-1"), "{text}");
    }

    #[test]
    fn comparisons() {
        assert!(same(&json!(16), &json!(16.0)));
        assert!(same(&json!({"a": [1]}), &json!({"a": [1.0]})));
        assert!(!same(&json!("a"), &json!("b")));
        assert_eq!(num(Some(&json!("1000"))), json!(1000));
        assert_eq!(num(Some(&json!(12.0))), json!(12));
        assert_eq!(num(None), Value::Null);
    }
}
