//! The rules of every request field, read from a spec: shared by `build.rs` (which turns them into the
//! static table of `rules.rs`) and the crate's tests (which check the table against the spec files and show
//! that a change of the spec moves the rules). Nothing here is used at run time.
//!
//! Keys:
//! - `Schema.field`, `Schema.field.sub` (inline objects), `Schema.field[]` (array items), and `Schema` itself
//!   for the component schemas reachable from a request body or parameter (answers need no rules);
//! - `operationId.param` for path and query parameters;
//! - `operationId.body...` for a request body written inline rather than as a component.
//!
//! A field that refers to another schema (`$ref`, or `allOf` of one) carries that schema's own facts (its
//! enum, its type), not its fields: those have keys of their own under the referred schema's name.

use std::collections::{BTreeMap, BTreeSet};

use serde_json::Value;

#[derive(Clone, Debug, Default, PartialEq)]
pub struct RawRule {
    pub key: String,
    pub ty: String,
    pub values: Vec<String>,
    pub minimum: Option<f64>,
    pub maximum: Option<f64>,
    pub exclusive_minimum: Option<f64>,
    pub exclusive_maximum: Option<f64>,
    pub multiple_of: Option<f64>,
    pub min_length: Option<u64>,
    pub max_length: Option<u64>,
    pub min_items: Option<u64>,
    pub max_items: Option<u64>,
    pub pattern: Option<String>,
    pub format: Option<String>,
    pub deprecated: bool,
    pub required: bool,
}

const METHODS: [&str; 5] = ["get", "post", "put", "patch", "delete"];

fn ref_name(v: &Value) -> Option<&str> {
    v.get("$ref")
        .and_then(Value::as_str)
        .and_then(|r| r.rsplit('/').next())
}

/// The schema a reference (or an `allOf` of one reference) stands for, with the name it has.
fn resolve<'a>(spec: &'a Value, schema: &'a Value) -> (&'a Value, Option<&'a str>) {
    let mut s = schema;
    let mut name = None;
    for _ in 0..8 {
        if let Some(n) = ref_name(s) {
            name = Some(n);
            s = &spec["components"]["schemas"][n];
            continue;
        }
        match s.get("allOf").and_then(Value::as_array) {
            Some(all) if all.len() == 1 => s = &all[0],
            _ => break,
        }
    }
    (s, name)
}

/// Every component schema a schema refers to, at any depth.
fn refs_in(v: &Value, out: &mut Vec<String>) {
    match v {
        Value::Object(m) => {
            if let Some(n) = ref_name(v)
                && v["$ref"].as_str().is_some_and(|r| r.contains("/schemas/"))
            {
                out.push(n.to_string());
            }
            m.values().for_each(|c| refs_in(c, out));
        }
        Value::Array(a) => a.iter().for_each(|c| refs_in(c, out)),
        _ => {}
    }
}

fn request_body<'a>(spec: &'a Value, op: &'a Value) -> Option<&'a Value> {
    let mut body = op.get("requestBody")?;
    if let Some(n) = ref_name(body) {
        body = &spec["components"]["requestBodies"][n];
    }
    body["content"]["application/json"]
        .get("schema")
        .or_else(|| body["content"].as_object()?.values().next()?.get("schema"))
}

fn number(v: &Value, k: &str) -> Option<f64> {
    v.get(k).and_then(Value::as_f64)
}

fn count(v: &Value, k: &str) -> Option<u64> {
    v.get(k).and_then(Value::as_u64)
}

/// The facts one schema states about its own value.
fn facts(key: String, s: &Value, required: bool) -> RawRule {
    let ty = match &s["type"] {
        Value::String(t) => t.clone(),
        Value::Array(ts) => ts
            .iter()
            .filter_map(Value::as_str)
            .find(|t| *t != "null")
            .unwrap_or_default()
            .to_string(),
        _ => String::new(),
    };
    let mut rule = RawRule {
        key,
        ty,
        values: s["enum"]
            .as_array()
            .map(|e| {
                e.iter()
                    .filter_map(|v| match v {
                        Value::String(s) => Some(s.clone()),
                        Value::Null => None,
                        other => Some(other.to_string()),
                    })
                    .collect()
            })
            .or_else(|| {
                // A `const` is an enum of one value (the discriminator of a `oneOf` branch).
                s.get("const")
                    .and_then(Value::as_str)
                    .map(|c| vec![c.to_string()])
            })
            .unwrap_or_default(),
        minimum: number(s, "minimum"),
        maximum: number(s, "maximum"),
        exclusive_minimum: None,
        exclusive_maximum: None,
        multiple_of: number(s, "multipleOf"),
        min_length: count(s, "minLength"),
        max_length: count(s, "maxLength"),
        min_items: count(s, "minItems"),
        max_items: count(s, "maxItems"),
        pattern: s["pattern"].as_str().map(str::to_string),
        format: s["format"].as_str().map(str::to_string),
        deprecated: s["deprecated"].as_bool().unwrap_or(false),
        required,
    };
    // OpenAPI 3.0 writes exclusive bounds as booleans beside minimum/maximum; 3.1 as numbers.
    match &s["exclusiveMinimum"] {
        Value::Bool(true) => rule.exclusive_minimum = rule.minimum.take(),
        v => rule.exclusive_minimum = v.as_f64(),
    }
    match &s["exclusiveMaximum"] {
        Value::Bool(true) => rule.exclusive_maximum = rule.maximum.take(),
        v => rule.exclusive_maximum = v.as_f64(),
    }
    rule
}

/// A field's facts: its own, merged over those of the schema it refers to.
fn field_facts(spec: &Value, key: String, field: &Value, required: bool) -> RawRule {
    let (target, _) = resolve(spec, field);
    let mut rule = facts(key.clone(), target, required);
    if !std::ptr::eq(target, field) {
        let own = facts(key, field, required);
        rule.deprecated |= own.deprecated;
        if rule.ty.is_empty() {
            rule.ty = own.ty;
        }
    }
    rule
}

fn walk(
    spec: &Value,
    prefix: &str,
    schema: &Value,
    out: &mut BTreeMap<String, RawRule>,
    depth: u8,
) {
    if depth > 12 {
        return;
    }
    let required: BTreeSet<&str> = schema["required"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(Value::as_str)
        .collect();
    // (name, schema, whether it comes from one of several alternatives)
    let mut props: Vec<(&String, &Value, bool)> = schema["properties"]
        .as_object()
        .map(|m| m.iter().map(|(k, v)| (k, v, false)).collect())
        .unwrap_or_default();
    // Members of an inline allOf/oneOf/anyOf are fields of the same object.
    for combinator in ["allOf", "oneOf", "anyOf"] {
        for part in schema[combinator].as_array().into_iter().flatten() {
            if ref_name(part).is_none()
                && let Some(m) = part["properties"].as_object()
            {
                props.extend(m.iter().map(|(k, v)| (k, v, combinator != "allOf")));
            }
        }
    }
    for (name, field, alternative) in props {
        let key = format!("{prefix}.{name}");
        let mut rule = field_facts(spec, key.clone(), field, required.contains(name.as_str()));
        // A field of several oneOf/anyOf branches takes any branch's value (`type: executable` in one,
        // `type: executable_pool` in another).
        if alternative
            && let Some(earlier) = out.get(&key)
            && !earlier.values.is_empty()
            && !rule.values.is_empty()
        {
            let mut values = earlier.values.clone();
            values.extend(
                rule.values
                    .into_iter()
                    .filter(|v| !earlier.values.contains(v)),
            );
            rule.values = values;
        }
        out.insert(key.clone(), rule);
        descend(spec, &key, field, out, depth);
    }
}

/// Into an inline field's own structure: nested objects and array items (not into referred schemas).
fn descend(spec: &Value, key: &str, field: &Value, out: &mut BTreeMap<String, RawRule>, depth: u8) {
    if ref_name(field).is_some() {
        return;
    }
    if field.get("properties").is_some() {
        walk(spec, key, field, out, depth + 1);
    }
    if let Some(items) = field.get("items") {
        let item_key = format!("{key}[]");
        out.insert(
            item_key.clone(),
            field_facts(spec, item_key.clone(), items, false),
        );
        descend(spec, &item_key, items, out, depth + 1);
    }
}

/// The rules of every request field of a spec, sorted by key.
pub fn extract(spec: &Value) -> Vec<RawRule> {
    let mut out = BTreeMap::new();
    let mut reachable: Vec<String> = Vec::new();
    for item in spec["paths"]
        .as_object()
        .into_iter()
        .flat_map(|m| m.values())
    {
        for method in METHODS {
            let Some(op) = item.get(method) else { continue };
            let Some(id) = op["operationId"].as_str() else {
                continue;
            };
            for p in op["parameters"].as_array().into_iter().flatten() {
                let p = match ref_name(p) {
                    Some(n) => &spec["components"]["parameters"][n],
                    None => p,
                };
                let Some(name) = p["name"].as_str() else {
                    continue;
                };
                let key = format!("{id}.{name}");
                let required = p["required"].as_bool().unwrap_or(false);
                out.insert(key.clone(), field_facts(spec, key, &p["schema"], required));
                refs_in(&p["schema"], &mut reachable);
            }
            if let Some(body) = request_body(spec, op) {
                refs_in(body, &mut reachable);
                if ref_name(body).is_none() {
                    let key = format!("{id}.body");
                    out.insert(key.clone(), facts(key.clone(), body, false));
                    walk(spec, &key, body, &mut out, 0);
                }
            }
        }
    }
    let mut seen = BTreeSet::new();
    while let Some(name) = reachable.pop() {
        if !seen.insert(name.clone()) {
            continue;
        }
        let schema = &spec["components"]["schemas"][&name];
        refs_in(schema, &mut reachable);
        out.insert(name.clone(), facts(name.clone(), schema, false));
        walk(spec, &name, schema, &mut out, 0);
    }
    out.into_values().collect()
}
