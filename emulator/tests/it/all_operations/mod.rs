//! Every operation of both vendored specs, driven through the emulator: a valid request for each
//! (parents created first) must get a 2xx whose body validates against the spec's response schema,
//! and an invalid one (a wrong-typed body field, a bad query or path parameter) a 400 in the
//! provider's error shape naming the field.
//!
//! Each API area drives its operations in a scenario of its own (a module here, called from
//! `every_operation_of_both_specs`): a new area adds a file and one call.

use std::collections::{BTreeMap, BTreeSet};

use crate::common::*;
use dbcloud_emulator::spec::{Provider, spec_for, spec_text};
use serde_json::{Value, json};

/// (method, path template) of every operation of a spec file, ClickHouse `:param` written `{param}`.
fn operations_in(spec: &str) -> BTreeSet<(String, String)> {
    let spec: Value = serde_json::from_str(spec).unwrap();
    let mut out = BTreeSet::new();
    for (path, item) in spec["paths"].as_object().unwrap() {
        let template = path
            .split('/')
            .map(|s| match s.strip_prefix(':') {
                Some(p) => format!("{{{p}}}"),
                None => s.to_string(),
            })
            .collect::<Vec<_>>()
            .join("/");
        for method in ["get", "post", "put", "patch", "delete"] {
            if item.get(method).is_some() {
                out.insert((method.to_uppercase(), template.clone()));
            }
        }
    }
    out
}

pub struct Run {
    api: Api,
    covered: BTreeSet<(String, String)>,
    bodies: BTreeMap<(String, String), Value>,
}

impl Run {
    pub async fn call(
        &mut self,
        provider: Provider,
        method: &str,
        template: &str,
        path: &str,
        body: Option<Value>,
    ) -> Value {
        let answer = match provider {
            Provider::ClickHouse => self.api.ch(method, path, body.as_ref()).await,
            Provider::Cockroach => self.api.crdb(method, path, body.as_ref()).await,
        };
        assert!(
            (200..300).contains(&answer.status),
            "{method} {path} ({template}) with {body:?} answered {answer:?}"
        );
        let op = spec_for(provider)
            .find(method, template)
            .unwrap_or_else(|| panic!("{method} {template} is not an operation of the spec"));
        let instance = if op.response_content_type.starts_with("text/") {
            assert!(
                answer.headers["content-type"]
                    .to_str()
                    .unwrap()
                    .starts_with("text/plain"),
                "{method} {path}: {:?}",
                answer.headers
            );
            Value::String(answer.text.clone())
        } else {
            answer.json.clone()
        };
        if let Err(e) = op.validate_response(&instance) {
            panic!(
                "{method} {path}: the answer does not validate against the spec: {e}\n{}",
                answer.text
            );
        }
        self.covered
            .insert((method.to_string(), template.to_string()));
        if let Some(b) = body
            && b.as_object().is_some_and(|m| !m.is_empty())
        {
            self.bodies
                .entry((method.to_string(), template.to_string()))
                .or_insert(b);
        }
        if instance.is_string() {
            instance
        } else {
            answer.json
        }
    }

    pub async fn ch(
        &mut self,
        method: &str,
        template: &str,
        path: &str,
        body: Option<Value>,
    ) -> Value {
        let v = self
            .call(Provider::ClickHouse, method, template, path, body)
            .await;
        if v.is_string() {
            return v;
        }
        assert_eq!(v["status"], 200, "{v}");
        v.get("result").cloned().unwrap_or(Value::Null)
    }

    pub async fn crdb(
        &mut self,
        method: &str,
        template: &str,
        path: &str,
        body: Option<Value>,
    ) -> Value {
        self.call(Provider::Cockroach, method, template, path, body)
            .await
    }
}

mod clickhouse;
pub mod clickhouse_org;
mod clickpipes;
mod clickstack;
mod cockroach;
pub mod cockroach_more;
mod postgres;
mod scim;
mod service_config;

pub const O: &str = "/v1/organizations/{organizationId}";
pub const S: &str = "/v1/organizations/{organizationId}/services/{serviceId}";
pub const C: &str = "/api/v1/clusters/{cluster_id}";

/// A value of another JSON type than `v`.
fn wrong_type(v: &Value) -> Value {
    match v {
        Value::String(_) => json!(12345),
        Value::Number(_) => json!("not-a-number"),
        Value::Bool(_) => json!("not-a-bool"),
        Value::Array(_) => json!("not-an-array"),
        Value::Object(_) => json!("not-an-object"),
        Value::Null => json!(12345),
    }
}

/// An invalid request for the operation, from its spec: (path with query, body, the field it breaks).
fn invalid_request(
    op: &dbcloud_emulator::spec::Operation,
    valid_body: Option<&Value>,
) -> Option<(String, Option<Value>, String)> {
    let concrete = |bad_param: Option<(&str, &str)>| -> String {
        op.template
            .split('/')
            .map(
                |s| match s.strip_prefix('{').and_then(|s| s.strip_suffix('}')) {
                    Some(name) => match bad_param {
                        Some((p, v)) if p == name => v.to_string(),
                        _ => match (op.provider, name) {
                            (_, "cidr_mask") => "24".to_string(),
                            (_, "resource_type") => "CLUSTER".to_string(),
                            (Provider::ClickHouse, _) => {
                                "00000000-0000-4000-8000-000000000001".to_string()
                            }
                            _ => "x".to_string(),
                        },
                    },
                    None => s.to_string(),
                },
            )
            .collect::<Vec<_>>()
            .join("/")
    };
    // A wrong-typed body field.
    if op.body_schema.is_some() {
        let body = valid_body.unwrap_or_else(|| panic!("{op:?}: no valid body recorded"));
        let (k, v) = body
            .as_object()
            .and_then(|m| m.iter().next())
            .expect("non-empty body");
        let mut bad = body.clone();
        bad[k] = wrong_type(v);
        return Some((concrete(None), Some(bad), format!("body.{k}")));
    }
    // A bad query parameter.
    for p in &op.query_params {
        let s = &p.schema;
        let bad = if s["type"] == "integer" || s["type"] == "number" {
            Some("not-a-number")
        } else if s["type"] == "boolean" {
            Some("maybe")
        } else if s.get("enum").is_some() {
            Some("NOT_ONE_OF_THEM")
        } else if s["format"] == "date-time" {
            Some("yesterday")
        } else {
            None
        };
        if let Some(bad) = bad {
            let name = p.name.clone();
            return Some((
                format!("{}?{}={bad}", concrete(None), name),
                None,
                format!("query.{name}"),
            ));
        }
        if p.required {
            return Some((concrete(None), None, "query".to_string()));
        }
    }
    // A bad path parameter.
    for p in &op.path_params {
        let s = &p.schema;
        let bad = if s["format"] == "uuid" {
            Some("not-a-uuid")
        } else if s["type"] == "integer" {
            Some("not-a-number")
        } else if s.get("enum").is_some() {
            Some("NOT_ONE_OF_THEM")
        } else {
            None
        };
        if let Some(bad) = bad {
            return Some((
                concrete(Some((&p.name, bad))),
                None,
                format!("path.{}", p.name),
            ));
        }
    }
    None
}

#[tokio::test]
async fn every_operation_of_both_specs() {
    let emu = emulator();
    let api = Api::new(&emu.url());
    let mut run = Run {
        api: api.clone(),
        covered: BTreeSet::new(),
        bodies: BTreeMap::new(),
    };
    clickhouse::scenario(&mut run, &emu.clickhouse_org_id()).await;
    postgres::scenario(&mut run, &emu.clickhouse_org_id()).await;
    clickhouse_org::scenario(&mut run, &emu.clickhouse_org_id()).await;
    clickpipes::scenario(&mut run, &emu.clickhouse_org_id()).await;
    service_config::scenario(&mut run, &emu.clickhouse_org_id()).await;
    clickstack::scenario(&mut run, &emu.clickhouse_org_id()).await;
    cockroach::scenario(&mut run).await;
    scim::scenario(&mut run).await;
    cockroach_more::scenario(&mut run).await;

    let ch_ops = operations_in(&spec_text(Provider::ClickHouse));
    let crdb_ops = operations_in(&spec_text(Provider::Cockroach));
    assert_eq!(ch_ops.len(), 142);
    assert_eq!(crdb_ops.len(), 144);
    let all: BTreeSet<(String, String)> = ch_ops.union(&crdb_ops).cloned().collect();
    let missing: Vec<_> = all.difference(&run.covered).collect();
    assert!(missing.is_empty(), "operations not driven: {missing:#?}");

    // Invalid requests.
    let mut without_invalid_form = Vec::new();
    for (provider, ops) in [
        (Provider::ClickHouse, &ch_ops),
        (Provider::Cockroach, &crdb_ops),
    ] {
        for (method, template) in ops {
            let op = spec_for(provider).find(method, template).unwrap();
            let valid = run.bodies.get(&(method.clone(), template.clone()));
            let Some((path, body, field)) = invalid_request(op, valid) else {
                without_invalid_form.push(op.id.clone());
                continue;
            };
            let answer = match provider {
                Provider::ClickHouse => api.ch(method, &path, body.as_ref()).await,
                Provider::Cockroach => api.crdb(method, &path, body.as_ref()).await,
            };
            assert_eq!(answer.status, 400, "{method} {path} {body:?}: {answer:?}");
            match provider {
                Provider::ClickHouse => {
                    let keys: Vec<&String> = answer.json.as_object().unwrap().keys().collect();
                    assert_eq!(keys, ["status", "error", "requestId"], "{answer:?}");
                    assert_eq!(answer.json["status"], 400);
                    let error = answer.json["error"].as_str().unwrap();
                    assert!(error.starts_with("BAD_REQUEST: "), "{error}");
                    assert!(
                        error.contains(&field),
                        "{method} {path}: {error} does not name {field}"
                    );
                }
                Provider::Cockroach => {
                    assert_eq!(answer.json["code"], 3, "{answer:?}");
                    assert_eq!(answer.json["details"], json!([]));
                    let message = answer.json["message"].as_str().unwrap();
                    assert!(message.starts_with("invalid request: "), "{message}");
                    assert!(
                        message.contains(&field),
                        "{method} {path}: {message} does not name {field}"
                    );
                }
            }
        }
    }
    // Operations whose every input is an unconstrained string in the spec cannot be invalid.
    for id in &without_invalid_form {
        let op = spec_for(Provider::Cockroach)
            .operations
            .iter()
            .chain(&spec_for(Provider::ClickHouse).operations)
            .find(|o| &o.id == id)
            .unwrap();
        assert!(op.body_schema.is_none(), "{id}");
        assert!(
            op.path_params
                .iter()
                .all(|p| p.schema == json!({"type": "string"})),
            "{id}"
        );
        assert!(
            op.query_params
                .iter()
                .all(|p| p.schema == json!({"type": "string"}) && !p.required),
            "{id}"
        );
    }
    // Today 56 of the 286 (free-text IDs and names only, most of them CockroachDB's); a rise means a spec
    // refresh took constraints away, worth a look.
    assert!(without_invalid_form.len() <= 60, "{without_invalid_form:?}");
}
