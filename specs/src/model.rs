//! Loading a spec into its operations: routes, parameters, schemas, and the shape of the resource each path
//! holds (a collection, an item of one, or a singleton configuration), which the emulator's generic engine
//! serves from the spec alone.

use std::collections::BTreeMap;
use std::sync::OnceLock;

use serde_json::{Value, json};

use crate::validate::percent_decode;
use crate::{Operation, Param, Provider, RouteMatch, Segment, Shape, Spec};

/// The `{name}` placeholders of a path template, in order.
pub fn template_params(template: &str) -> Vec<String> {
    template
        .split('/')
        .filter_map(|s| s.strip_prefix('{').and_then(|s| s.strip_suffix('}')))
        .map(str::to_string)
        .collect()
}

// ---------------------------------------------------------------------------------------------
// Loading
// ---------------------------------------------------------------------------------------------

const METHODS: [&str; 5] = ["get", "post", "put", "patch", "delete"];

impl Spec {
    pub(crate) fn load(provider: Provider, spec: Value) -> Spec {
        let components = spec["components"].clone();
        let mut operations = Vec::new();
        let paths = spec["paths"].as_object().cloned().unwrap_or_default();
        for (template, item) in &paths {
            let segments: Vec<Segment> = template
                .split('/')
                .filter(|s| !s.is_empty())
                .map(
                    |s| match s.strip_prefix('{').and_then(|s| s.strip_suffix('}')) {
                        Some(name) => Segment::Param(name.to_string()),
                        None => Segment::Literal(s.to_string()),
                    },
                )
                .collect();
            for method in METHODS {
                let Some(op) = item.get(method) else { continue };
                let mut path_params = Vec::new();
                let mut query_params = Vec::new();
                for p in op["parameters"].as_array().into_iter().flatten() {
                    let param = Param {
                        name: p["name"].as_str().unwrap_or_default().to_string(),
                        required: p["required"].as_bool().unwrap_or(false),
                        schema: p.get("schema").cloned().unwrap_or(json!({})),
                    };
                    match p["in"].as_str() {
                        Some("path") => path_params.push(param),
                        Some("query") => query_params.push(param),
                        _ => {}
                    }
                }
                let mut body = &op["requestBody"];
                if let Some(r) = body.get("$ref").and_then(Value::as_str) {
                    body = &components["requestBodies"][r.rsplit('/').next().unwrap_or_default()];
                }
                let body_schema = body["content"]["application/json"]["schema"]
                    .as_object()
                    .map(|m| Value::Object(m.clone()));
                let body_required = body["required"].as_bool().unwrap_or(false);
                // The first success status the operation documents (200, or 201 for a few creates).
                let ok = op["responses"]
                    .as_object()
                    .and_then(|r| r.iter().find(|(k, _)| k.starts_with('2')))
                    .map(|(_, v)| &v["content"])
                    .unwrap_or(&Value::Null);
                let (response_content_type, response_schema) =
                    match ok.as_object().and_then(|m| m.iter().next()) {
                        Some((ct, c)) => (ct.clone(), c.get("schema").cloned()),
                        None => ("application/json".to_string(), None),
                    };
                let operation_id = match op["operationId"].as_str() {
                    Some(id) => id.to_string(),
                    None => format!("{} {}", method.to_uppercase(), template),
                };
                let id = operation_id
                    .strip_prefix("CockroachCloud_")
                    .unwrap_or(&operation_id)
                    .to_string();
                let paginated = query_params.iter().any(|p| p.name == "pagination.limit");
                operations.push(Operation {
                    provider,
                    method: method.to_uppercase(),
                    template: template.clone(),
                    segments: segments.clone(),
                    id,
                    operation_id,
                    deprecated: op["deprecated"].as_bool().unwrap_or(false),
                    path_params,
                    query_params,
                    body_schema,
                    body_required,
                    response_schema,
                    response_content_type,
                    shape: Shape::Singleton,
                    item_properties: Vec::new(),
                    paginated,
                    validator: OnceLock::new(),
                    response_validator: OnceLock::new(),
                    body_validator: OnceLock::new(),
                });
            }
        }
        let mut spec = Spec {
            provider,
            operations,
            components,
        };
        spec.compute_shapes();
        spec
    }

    fn resolve<'a>(&'a self, schema: &'a Value) -> &'a Value {
        let mut s = schema;
        for _ in 0..8 {
            match s.get("$ref").and_then(Value::as_str) {
                Some(r) => {
                    let name = r.trim_start_matches("#/components/schemas/");
                    s = &self.components["schemas"][name];
                }
                None => break,
            }
        }
        s
    }

    /// The schema of the resource an answer carries: the ClickHouse `result`, or the body itself.
    fn payload_schema<'a>(&'a self, op: &'a Operation) -> Option<&'a Value> {
        let schema = self.resolve(op.response_schema.as_ref()?);
        match self.provider {
            Provider::ClickHouse => schema["properties"].get("result").map(|s| self.resolve(s)),
            Provider::Cockroach => Some(schema),
        }
    }

    /// For a list answer: the array's key (None for a bare array) and the item schema.
    fn list_info<'a>(&'a self, op: &'a Operation) -> Option<(Option<String>, &'a Value)> {
        let payload = self.payload_schema(op)?;
        if payload["type"] == "array" {
            return Some((None, self.resolve(&payload["items"])));
        }
        let props = payload["properties"].as_object()?;
        let has_pagination = props.contains_key("pagination");
        let arrays: Vec<(&String, &Value)> = props
            .iter()
            .filter(|(_, v)| self.resolve(v)["type"] == "array")
            .collect();
        if arrays.len() == 1 && (has_pagination || op.method == "GET") {
            let (k, v) = arrays[0];
            return Some((Some(k.clone()), self.resolve(&self.resolve(v)["items"])));
        }
        None
    }

    fn compute_shapes(&mut self) {
        let mut shapes = Vec::new();
        for op in &self.operations {
            let trailing: Vec<String> = op
                .segments
                .iter()
                .rev()
                .take_while(|s| matches!(s, Segment::Param(_)))
                .map(|s| match s {
                    Segment::Param(p) => p.clone(),
                    Segment::Literal(_) => unreachable!("filtered by take_while"),
                })
                .collect::<Vec<_>>()
                .into_iter()
                .rev()
                .collect();
            let list_get = |template: &str| {
                self.operations
                    .iter()
                    .find(|o| o.method == "GET" && o.template == template)
                    .and_then(|o| self.list_info(o))
            };
            if trailing.is_empty() {
                match list_get(&op.template) {
                    Some((array_key, item)) => {
                        shapes.push((Shape::Collection { array_key }, props_of(item)))
                    }
                    None => {
                        let get = self
                            .operations
                            .iter()
                            .find(|o| o.method == "GET" && o.template == op.template);
                        let schema = get.or(Some(op)).and_then(|o| self.payload_schema(o));
                        shapes.push((Shape::Singleton, schema.map(props_of).unwrap_or_default()))
                    }
                }
            } else {
                let prefix_len =
                    op.template.len() - trailing.iter().map(|p| p.len() + 3).sum::<usize>();
                let collection = op.template[..prefix_len].to_string();
                // The item's schema: its own GET, else the items of the collection's list.
                let item_schema = self
                    .operations
                    .iter()
                    .find(|o| o.method == "GET" && o.template == op.template)
                    .and_then(|o| self.payload_schema(o))
                    .filter(|s| s.get("properties").is_some())
                    .or_else(|| list_get(&collection).map(|(_, item)| item))
                    .or_else(|| self.payload_schema(op));
                let props = item_schema.map(props_of).unwrap_or_default();
                let key_fields = trailing
                    .iter()
                    .map(|p| {
                        if props.iter().any(|f| f == p) {
                            p.clone()
                        } else if props.iter().any(|f| f == "id") {
                            "id".to_string()
                        } else if props.iter().any(|f| f == "resource_id") {
                            "resource_id".to_string()
                        } else {
                            p.clone()
                        }
                    })
                    .collect();
                shapes.push((
                    Shape::Item {
                        collection,
                        key_params: trailing,
                        key_fields,
                    },
                    props,
                ));
            }
        }
        for (op, (shape, props)) in self.operations.iter_mut().zip(shapes) {
            op.shape = shape;
            op.item_properties = props;
        }
    }

    /// Finds the operation for a request. Literal segments win over parameters.
    pub fn route(&self, method: &str, path: &str) -> RouteMatch<'_> {
        let parts: Vec<String> = path
            .split('/')
            .filter(|s| !s.is_empty())
            .map(percent_decode)
            .collect();
        let mut candidates: Vec<(&Operation, Vec<bool>)> = Vec::new();
        for op in &self.operations {
            if op.segments.len() != parts.len() {
                continue;
            }
            let mut score = Vec::with_capacity(parts.len());
            let matched = op.segments.iter().zip(&parts).all(|(seg, part)| match seg {
                Segment::Literal(l) => {
                    score.push(true);
                    l == part
                }
                Segment::Param(_) => {
                    score.push(false);
                    !part.is_empty()
                }
            });
            if matched {
                candidates.push((op, score));
            }
        }
        if candidates.is_empty() {
            return RouteMatch::NotFound;
        }
        let best = candidates
            .iter()
            .filter(|(op, _)| op.method == method)
            .max_by(|a, b| a.1.cmp(&b.1));
        match best {
            Some((op, _)) => {
                let mut params = BTreeMap::new();
                for (seg, part) in op.segments.iter().zip(&parts) {
                    if let Segment::Param(name) = seg {
                        params.insert(name.clone(), part.clone());
                    }
                }
                RouteMatch::Found(op, params)
            }
            None => {
                let top = candidates
                    .iter()
                    .map(|c| c.1.clone())
                    .max()
                    .unwrap_or_default();
                let mut allowed: Vec<String> = candidates
                    .iter()
                    .filter(|c| c.1 == top)
                    .map(|c| c.0.method.clone())
                    .collect();
                allowed.sort();
                allowed.dedup();
                RouteMatch::MethodNotAllowed(allowed)
            }
        }
    }

    /// The operation with this `operationId` (as the spec writes it, or without CockroachDB's prefix).
    pub fn by_id(&self, id: &str) -> Option<&Operation> {
        self.operations
            .iter()
            .find(|o| o.id == id || o.operation_id == id)
    }

    pub fn find(&self, method: &str, template: &str) -> Option<&Operation> {
        self.operations
            .iter()
            .find(|o| o.method == method && o.template == template)
    }
}

fn props_of(schema: &Value) -> Vec<String> {
    schema["properties"]
        .as_object()
        .map(|m| m.keys().cloned().collect())
        .unwrap_or_default()
}
