//! Validation of requests and answers against the spec's schemas (compiled lazily, once per operation), and
//! the parsing of query strings and percent-escapes the router and validator share.

use std::collections::BTreeMap;

use serde_json::{Map, Value, json};

use crate::explain::problems;
use crate::{Operation, Param, Spec, spec_for};

/// A request as the validator sees it: typed path and query parameters and the body.
pub struct RequestParts<'a> {
    pub path: &'a BTreeMap<String, String>,
    pub query: &'a BTreeMap<String, String>,
    pub body: Option<&'a Value>,
    /// Accept body fields the spec does not define (the emulator's `--lenient`); by default each is an
    /// error naming it, as a typo in a field name would otherwise be silently ignored.
    pub lenient: bool,
}

impl Operation {
    pub(crate) fn build_validator(&self, spec: &Spec) -> Result<jsonschema::Validator, String> {
        let section = |params: &[Param]| {
            let mut props = Map::new();
            let mut required = Vec::new();
            for p in params {
                props.insert(p.name.clone(), p.schema.clone());
                if p.required {
                    required.push(json!(p.name));
                }
            }
            json!({"type": "object", "properties": props, "required": required})
        };
        let mut props = Map::new();
        props.insert("path".into(), section(&self.path_params));
        props.insert("query".into(), section(&self.query_params));
        if let Some(body) = &self.body_schema {
            props.insert("body".into(), body.clone());
        }
        let schema = json!({
            "$schema": "https://json-schema.org/draft/2020-12/schema",
            "type": "object",
            "properties": props,
            "components": {"schemas": spec.components["schemas"].clone()},
        });
        compile(&schema)
    }

    /// Validates a request: path and query parameters (typed from their strings per their schema),
    /// and the JSON body. The error names the offending fields, e.g. `body.name: 5 is not of type "string"`.
    ///
    /// A request without a body is validated as an empty object where the operation takes one, so that a
    /// bodiless POST is refused for the fields it lacks instead of creating a record of nulls.
    pub fn validate(&self, req: &RequestParts<'_>) -> Result<(), String> {
        if self.body_required && req.body.is_none() {
            return Err("body: a JSON request body is required".to_string());
        }
        let empty = json!({});
        let body = req.body.or(self.body_schema.as_ref().map(|_| &empty));
        let validator = self
            .validator
            .get_or_init(|| self.build_validator(spec_for(self.provider)))
            .as_ref()
            .map_err(|e| {
                format!(
                    "the emulator could not compile the schema of {}: {e}",
                    self.id
                )
            })?;
        let typed = |params: &[Param], values: &BTreeMap<String, String>| {
            let mut m = Map::new();
            for (k, v) in values {
                let schema = params.iter().find(|p| &p.name == k).map(|p| &p.schema);
                m.insert(k.clone(), typed_param(schema, v));
            }
            Value::Object(m)
        };
        let mut instance = Map::new();
        instance.insert("path".into(), typed(&self.path_params, req.path));
        // Only the query parameters the operation declares are validated; others are ignored, as
        // the real services ignore them.
        let declared: BTreeMap<String, String> = req
            .query
            .iter()
            .filter(|(k, _)| self.query_params.iter().any(|p| &p.name == *k))
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect();
        instance.insert("query".into(), typed(&self.query_params, &declared));
        if let Some(body) = body
            && self.body_schema.is_some()
        {
            instance.insert("body".into(), body.clone());
        }
        let instance = Value::Object(instance);
        let mut errors: Vec<String> = validator
            .iter_errors(&instance)
            .flat_map(|e| problems(&e))
            .take(5)
            .map(|p| format!("{}: {}", pointer_to_dotted(&p.at), p.message))
            .collect();
        if !req.lenient
            && let (Some(body), Some(schema)) = (body, &self.body_schema)
        {
            errors.extend(unknown_fields(
                spec_for(self.provider),
                schema,
                body,
                "body",
            ));
        }
        if errors.is_empty() {
            Ok(())
        } else {
            Err(errors.join("; "))
        }
    }

    /// Validates a request body alone, as a user's `--file` document is checked before it is sent: its
    /// schema and, beyond it, fields the spec does not define. Each error names the field and the rule
    /// (`pipe.source.kafka.format: "xml" is not one of ...`).
    pub fn validate_body(&self, body: &Value) -> Result<(), Vec<String>> {
        let spec = spec_for(self.provider);
        let Some(schema) = &self.body_schema else {
            return Ok(());
        };
        let validator = self
            .body_validator
            .get_or_init(|| compile(&with_components(schema, spec)))
            .as_ref()
            .map_err(|e| vec![format!("the schema of {} does not compile: {e}", self.id)])?;
        let mut errors: Vec<String> = validator
            .iter_errors(body)
            .flat_map(|e| problems(&e))
            .take(10)
            .map(|p| {
                let location = pointer_to_dotted(&p.at);
                let location = if location == "request" {
                    "document".into()
                } else {
                    location
                };
                format!("{location}: {}", p.message)
            })
            .collect();
        errors.extend(unknown_fields(spec, schema, body, ""));
        if errors.is_empty() {
            Ok(())
        } else {
            Err(errors)
        }
    }

    /// Validates a 200 answer's body against the operation's response schema (for tests).
    pub fn validate_response(&self, body: &Value) -> Result<(), String> {
        let spec = spec_for(self.provider);
        let validator = self
            .response_validator
            .get_or_init(|| {
                let Some(schema) = &self.response_schema else {
                    return compile(&json!({}));
                };
                compile(&with_components(schema, spec))
            })
            .as_ref()
            .map_err(Clone::clone)?;
        let errors: Vec<String> = validator
            .iter_errors(body)
            .flat_map(|e| problems(&e))
            .take(5)
            .map(|p| format!("{}: {}", pointer_to_dotted(&p.at), p.message))
            .collect();
        if errors.is_empty() {
            Ok(())
        } else {
            Err(errors.join("; "))
        }
    }
}

/// A schema made self-contained: the dialect named and the spec's component schemas beside it, where its
/// `#/components/schemas/...` references point.
fn with_components(schema: &Value, spec: &Spec) -> Value {
    let mut schema = schema.clone();
    if let Value::Object(m) = &mut schema {
        m.insert(
            "$schema".into(),
            json!("https://json-schema.org/draft/2020-12/schema"),
        );
        m.insert(
            "components".into(),
            json!({"schemas": spec.components["schemas"].clone()}),
        );
    }
    schema
}

/// The fields of an object that none of the schema's alternatives defines, each as `path: unknown field`.
/// Composition (`allOf`, `oneOf`, `anyOf`) is read as the union of its members' fields: a field some branch
/// knows is not reported here (the schema validation judges the branch). An object schema with
/// `additionalProperties`, or with no `properties` at all, accepts any field.
pub fn unknown_fields(spec: &Spec, schema: &Value, instance: &Value, at: &str) -> Vec<String> {
    let mut out = Vec::new();
    walk_unknown(spec, &[schema], instance, at, &mut out, 0);
    out
}

fn walk_unknown(
    spec: &Spec,
    schemas: &[&Value],
    instance: &Value,
    at: &str,
    out: &mut Vec<String>,
    depth: u8,
) {
    if depth > 24 {
        return;
    }
    // Every schema this instance is checked against, references and combinators flattened.
    let mut flat: Vec<&Value> = Vec::new();
    let mut stack: Vec<&Value> = schemas.to_vec();
    while let Some(s) = stack.pop() {
        if flat.len() > 256 {
            break;
        }
        if let Some(r) = s.get("$ref").and_then(Value::as_str) {
            let name = r.rsplit('/').next().unwrap_or_default();
            stack.push(&spec.components["schemas"][name]);
        }
        for k in ["allOf", "oneOf", "anyOf"] {
            if let Some(parts) = s.get(k).and_then(Value::as_array) {
                stack.extend(parts.iter());
            }
        }
        flat.push(s);
    }
    match instance {
        Value::Object(fields) => {
            let open = flat.iter().any(|s| {
                s.get("additionalProperties")
                    .is_some_and(|a| a != &Value::Bool(false))
                    || s.get("patternProperties").is_some()
            }) || !flat.iter().any(|s| s.get("properties").is_some());
            for (name, value) in fields {
                let path = if at.is_empty() {
                    name.clone()
                } else {
                    format!("{at}.{name}")
                };
                let defs: Vec<&Value> = flat
                    .iter()
                    .filter_map(|s| s.get("properties").and_then(|p| p.get(name)))
                    .collect();
                if defs.is_empty() {
                    if !open {
                        out.push(format!("{path}: unknown field (not in the API's schema)"));
                    }
                    continue;
                }
                walk_unknown(spec, &defs, value, &path, out, depth + 1);
            }
        }
        Value::Array(items) => {
            let defs: Vec<&Value> = flat.iter().filter_map(|s| s.get("items")).collect();
            if defs.is_empty() {
                return;
            }
            for (i, item) in items.iter().enumerate() {
                walk_unknown(spec, &defs, item, &format!("{at}[{i}]"), out, depth + 1);
            }
        }
        _ => {}
    }
}

fn compile(schema: &Value) -> Result<jsonschema::Validator, String> {
    jsonschema::options()
        .with_draft(jsonschema::Draft::Draft202012)
        .should_validate_formats(true)
        .build(schema)
        .map_err(|e| e.to_string())
}

/// A query or path parameter's string, typed as its schema says (left a string when it does not parse,
/// so the validator reports the type error).
fn typed_param(schema: Option<&Value>, raw: &str) -> Value {
    let ty = schema.and_then(|s| s["type"].as_str()).unwrap_or("string");
    match ty {
        // An array parameter (`filter=a&filter=b`): its value as one item of its item type.
        "array" => json!([typed_param(schema.map(|s| &s["items"]), raw)]),
        "integer" => raw
            .parse::<i64>()
            .map(Value::from)
            .unwrap_or_else(|_| json!(raw)),
        "number" => raw
            .parse::<f64>()
            .ok()
            .and_then(serde_json::Number::from_f64)
            .map(Value::Number)
            .unwrap_or_else(|| json!(raw)),
        "boolean" => match raw {
            "true" => json!(true),
            "false" => json!(false),
            _ => json!(raw),
        },
        _ => json!(raw),
    }
}

/// `/body/spec/0` → `body.spec[0]`; the empty pointer → `request`.
fn pointer_to_dotted(pointer: &str) -> String {
    if pointer.is_empty() {
        return "request".to_string();
    }
    let mut out = String::new();
    for (i, seg) in pointer.trim_start_matches('/').split('/').enumerate() {
        let seg = seg.replace("~1", "/").replace("~0", "~");
        if seg.chars().all(|c| c.is_ascii_digit()) && i > 0 {
            out.push_str(&format!("[{seg}]"));
        } else {
            if i > 0 {
                out.push('.');
            }
            out.push_str(&seg);
        }
    }
    out
}

/// Decodes `%XX` escapes (and leaves malformed ones as they are).
pub fn percent_decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%'
            && i + 2 < bytes.len()
            && let (Some(h), Some(l)) = (hex(bytes[i + 1]), hex(bytes[i + 2]))
        {
            out.push(h * 16 + l);
            i += 3;
            continue;
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

fn hex(b: u8) -> Option<u8> {
    match b {
        b'0'..=b'9' => Some(b - b'0'),
        b'a'..=b'f' => Some(b - b'a' + 10),
        b'A'..=b'F' => Some(b - b'A' + 10),
        _ => None,
    }
}

/// Parses a query string into its parameters (the first value of a repeated name wins: what the validator
/// types; see [`parse_query_all`] for every value).
pub fn parse_query(q: &str) -> BTreeMap<String, String> {
    first_values(&parse_query_all(q))
}

/// Each parameter's first value, of a query parsed by [`parse_query_all`].
pub fn first_values(all: &BTreeMap<String, Vec<String>>) -> BTreeMap<String, String> {
    all.iter()
        .filter_map(|(k, v)| Some((k.clone(), v.first()?.clone())))
        .collect()
}

/// Parses a query string into each parameter's values, in order (`filter=a&filter=b`: an array parameter
/// in the spec's default form).
pub fn parse_query_all(q: &str) -> BTreeMap<String, Vec<String>> {
    let mut out: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for pair in q.split('&').filter(|p| !p.is_empty()) {
        let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
        let k = percent_decode(&k.replace('+', " "));
        let v = percent_decode(&v.replace('+', " "));
        out.entry(k).or_default().push(v);
    }
    out
}
