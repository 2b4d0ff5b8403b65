//! The two vendored OpenAPI specs: loading, the fixes of their known defects, the route table built
//! from their paths, and the request validators (compiled lazily, once per operation).

use std::collections::BTreeMap;
use std::sync::OnceLock;

use serde_json::{Map, Value, json};

/// The ClickHouse Cloud spec as vendored (OpenAPI 3.0.1).
pub const CLICKHOUSE_SPEC: &str = include_str!("../specs/clickhouse-cloud.openapi.json");
/// The CockroachDB Cloud spec as vendored (OpenAPI 3.1.0).
pub const COCKROACH_SPEC: &str = include_str!("../specs/cockroach-cloud.openapi.json");

/// Which management API a request belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize)]
pub enum Provider {
    ClickHouse,
    Cockroach,
}

impl Provider {
    /// The provider that owns a request path, from its prefix.
    pub fn for_path(path: &str) -> Option<Provider> {
        if path == "/v1" || path.starts_with("/v1/") {
            Some(Provider::ClickHouse)
        } else if path == "/api" || path.starts_with("/api/") {
            Some(Provider::Cockroach)
        } else {
            None
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Segment {
    Literal(String),
    Param(String),
}

#[derive(Clone, Debug)]
pub struct Param {
    pub name: String,
    pub required: bool,
    pub schema: Value,
}

/// What a path is, as far as the generic resource engine is concerned.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Shape {
    /// A path ending in a literal whose GET lists items: GET lists, POST creates.
    /// `array_key` names the array in a CockroachDB list answer (ClickHouse answers a bare array).
    Collection { array_key: Option<String> },
    /// A path ending in one or more parameters that name one item of the collection at `collection`.
    Item {
        collection: String,
        key_params: Vec<String>,
        key_fields: Vec<String>,
    },
    /// A path ending in a literal that holds one object (a configuration): GET, PUT/POST, PATCH, DELETE.
    Singleton,
}

/// One operation of one spec, with what the emulator needs to route, validate and answer it.
pub struct Operation {
    pub provider: Provider,
    pub method: String,
    /// The path template with `{param}` placeholders (after the fixes).
    pub template: String,
    pub segments: Vec<Segment>,
    /// `operationId` for CockroachDB; `"<METHOD> <template>"` for ClickHouse, whose spec has none.
    pub id: String,
    pub path_params: Vec<Param>,
    pub query_params: Vec<Param>,
    pub body_schema: Option<Value>,
    pub body_required: bool,
    /// Schema of the 200 answer (the whole body, envelope included for ClickHouse).
    pub response_schema: Option<Value>,
    pub response_content_type: String,
    pub shape: Shape,
    /// Property names of the resource this operation's path holds (for filtering request bodies).
    pub item_properties: Vec<String>,
    pub paginated: bool,
    validator: OnceLock<Result<jsonschema::Validator, String>>,
    response_validator: OnceLock<Result<jsonschema::Validator, String>>,
}

impl std::fmt::Debug for Operation {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} {} ({})", self.method, self.template, self.id)
    }
}

pub struct Spec {
    pub provider: Provider,
    pub operations: Vec<Operation>,
    /// `components` of the fixed spec, in the JSON Schema dialect the validator understands.
    pub components: Value,
}

/// The result of matching a request against the route table.
pub enum RouteMatch<'a> {
    Found(&'a Operation, BTreeMap<String, String>),
    /// The path exists but not with this method; carries the allowed methods.
    MethodNotAllowed(Vec<String>),
    NotFound,
}

static SPECS: OnceLock<(Spec, Spec)> = OnceLock::new();

/// Both specs, loaded and fixed once per process.
pub fn specs() -> &'static (Spec, Spec) {
    SPECS.get_or_init(|| {
        let ch: Value =
            serde_json::from_str(CLICKHOUSE_SPEC).expect("vendored ClickHouse spec is JSON");
        let crdb: Value =
            serde_json::from_str(COCKROACH_SPEC).expect("vendored CockroachDB spec is JSON");
        (
            Spec::load(Provider::ClickHouse, fix_clickhouse(ch)),
            Spec::load(Provider::Cockroach, fix_cockroach(crdb)),
        )
    })
}

pub fn spec_for(provider: Provider) -> &'static Spec {
    let (ch, crdb) = specs();
    match provider {
        Provider::ClickHouse => ch,
        Provider::Cockroach => crdb,
    }
}

// ---------------------------------------------------------------------------------------------
// Fixes of the specs' known defects (specs/NOTES.md), applied to our in-memory copy at load time.
// ---------------------------------------------------------------------------------------------

fn fix_clickhouse(mut spec: Value) -> Value {
    let paths = spec["paths"].as_object().cloned().unwrap_or_default();
    let mut fixed = Map::new();
    for (path, mut item) in paths {
        // Defect: paths are written `/v1/organizations/:organizationId/...` (colon style); the real
        // URL substitutes the value, and validators need the `{organizationId}` form.
        let template = path
            .split('/')
            .map(|s| match s.strip_prefix(':') {
                Some(name) => format!("{{{name}}}"),
                None => s.to_string(),
            })
            .collect::<Vec<_>>()
            .join("/");
        let placeholders: Vec<String> = template_params(&template);
        if let Some(ops) = item.as_object_mut() {
            for (_, op) in ops.iter_mut() {
                let Some(params) = op.get_mut("parameters").and_then(Value::as_array_mut) else {
                    continue;
                };
                let mut path_index = 0;
                for p in params.iter_mut() {
                    match p["in"].as_str() {
                        // Defect: path parameters are named "Organization ID", "Service ID", ... which
                        // match no placeholder. They are listed in placeholder order: rename them.
                        Some("path") => {
                            if let Some(name) = placeholders.get(path_index) {
                                p["name"] = json!(name);
                            }
                            path_index += 1;
                        }
                        // Defect: the organization `privateEndpointConfig` query parameters are named
                        // "Cloud provider identifier" / "Cloud provider region"; on the wire they are
                        // `cloud_provider` and `region_id`.
                        Some("query") => match p["name"].as_str() {
                            Some("Cloud provider identifier") => {
                                p["name"] = json!("cloud_provider")
                            }
                            Some("Cloud provider region") => p["name"] = json!("region_id"),
                            _ => {}
                        },
                        _ => {}
                    }
                }
            }
        }
        fixed.insert(template, item);
    }
    spec["paths"] = Value::Object(fixed);

    // The spec declares no `required` member in any request schema, yet the live API refuses
    // these requests without the fields below (and key roles "contain at least 1 element").
    let schemas = &mut spec["components"]["schemas"];
    let required: &[(&str, &[&str])] = &[
        ("ServicePostRequest", &["name", "provider", "region"]),
        ("ServiceStatePatchRequest", &["command"]),
        ("ApiKeyPostRequest", &["name", "roles"]),
        ("InvitationPostRequest", &["email", "role"]),
        ("MemberPatchRequest", &["role"]),
    ];
    for (name, fields) in required {
        schemas[*name]["required"] = json!(fields);
        schemas[*name]["type"] = json!("object");
    }
    schemas["ApiKeyPostRequest"]["properties"]["roles"]["minItems"] = json!(1);
    schemas["ApiKeyPatchRequest"]["properties"]["roles"]["minItems"] = json!(1);
    // "Name of the service. Alphanumerical string with whitespaces up to 50 characters."
    schemas["ServicePostRequest"]["properties"]["name"]["maxLength"] = json!(50);
    schemas["ServicePatchRequest"]["properties"]["name"]["maxLength"] = json!(50);

    // OpenAPI 3.0 schema objects are not JSON Schema: convert `nullable` and the boolean
    // `exclusiveMinimum`/`exclusiveMaximum` everywhere (components and inline schemas).
    openapi30_to_json_schema(&mut spec);
    spec
}

/// Converts OpenAPI 3.0 schema keywords into their JSON Schema 2020-12 equivalents, recursively.
fn openapi30_to_json_schema(v: &mut Value) {
    match v {
        Value::Object(m) => {
            if m.get("nullable") == Some(&Value::Bool(true)) {
                m.remove("nullable");
                match m.get("type").cloned() {
                    Some(Value::String(t)) => {
                        m.insert("type".into(), json!([t, "null"]));
                    }
                    Some(Value::Array(mut ts)) => {
                        if !ts.contains(&json!("null")) {
                            ts.push(json!("null"));
                        }
                        m.insert("type".into(), Value::Array(ts));
                    }
                    _ => {}
                }
                if let Some(Value::Array(e)) = m.get_mut("enum")
                    && !e.contains(&Value::Null)
                {
                    e.push(Value::Null);
                }
            } else if m.get("nullable").is_some() {
                m.remove("nullable");
            }
            for (flag, bound) in [
                ("exclusiveMinimum", "minimum"),
                ("exclusiveMaximum", "maximum"),
            ] {
                if let Some(Value::Bool(b)) = m.get(flag).cloned() {
                    m.remove(flag);
                    if b && let Some(n) = m.remove(bound) {
                        m.insert(flag.into(), n);
                    }
                }
            }
            for (_, child) in m.iter_mut() {
                openapi30_to_json_schema(child);
            }
        }
        Value::Array(a) => a.iter_mut().for_each(openapi30_to_json_schema),
        _ => {}
    }
}

fn fix_cockroach(mut spec: Value) -> Value {
    let parameters = spec["components"]["parameters"].clone();
    if let Some(paths) = spec["paths"].as_object_mut() {
        for (path, item) in paths.iter_mut() {
            let placeholders = template_params(path);
            let Some(ops) = item.as_object_mut() else {
                continue;
            };
            for (_, op) in ops.iter_mut() {
                let Some(params) = op.get_mut("parameters").and_then(Value::as_array_mut) else {
                    continue;
                };
                for p in params.iter_mut() {
                    if let Some(r) = p.get("$ref").and_then(Value::as_str) {
                        let name = r.trim_start_matches("#/components/parameters/").to_string();
                        *p = parameters[&name].clone();
                        // Defect: `/api/v1/roles/{user_id}/{resource_type}/{resource_id}/{role_name}`
                        // references the parameter `resourceId`, whose name is `id`; the path needs
                        // `resource_id`.
                        if name == "resourceId" && placeholders.iter().any(|n| n == "resource_id") {
                            p["name"] = json!("resource_id");
                        }
                    }
                }
            }
        }
    }

    // Defect: these objects are untyped in the spec. Give them the shapes the real API uses
    // (specs/NOTES.md), so requests are validated like the real service validates them.
    let schemas = &mut spec["components"]["schemas"];
    let usage_limits = json!({
        "type": "object",
        "properties": {
            "request_unit_limit": {"type": ["integer", "string"]},
            "storage_mib_limit": {"type": ["integer", "string"]},
            "provisioned_virtual_cpus": {"type": ["integer", "string"]}
        }
    });
    let hardware = json!({
        "type": "object",
        "properties": {
            "machine_spec": {
                "type": "object",
                "properties": {
                    "num_virtual_cpus": {"type": "integer", "minimum": 1},
                    "machine_type": {"type": "string"}
                }
            },
            "storage_gib": {"type": "integer", "minimum": 1},
            "disk_iops": {"type": "integer", "minimum": 0}
        }
    });
    let region_nodes = json!({
        "type": "object",
        "minProperties": 1,
        "additionalProperties": {"type": "integer", "minimum": 1}
    });
    // create serverless: {"serverless": {"regions": ["us-east1"], "spend_limit": 0, "primary_region": "us-east1"}}
    // create dedicated: {"dedicated": {"region_nodes": {"us-east1": 3}, "hardware": {...}, "cockroach_version": "v24.3"}}
    schemas["CreateClusterRequest"]["properties"]["spec"] = json!({
        "type": "object",
        "description": "Exactly one of `serverless` or `dedicated`.",
        "properties": {
            "serverless": {
                "type": "object",
                "required": ["regions"],
                "properties": {
                    "regions": {"type": "array", "minItems": 1, "items": {"type": "string"}},
                    "spend_limit": {"type": "integer", "minimum": 0},
                    "primary_region": {"type": "string"},
                    "usage_limits": usage_limits,
                }
            },
            "dedicated": {
                "type": "object",
                "required": ["region_nodes", "hardware"],
                "properties": {
                    "region_nodes": region_nodes,
                    "hardware": {
                        "allOf": [hardware, {"required": ["machine_spec"]}]
                    },
                    "cockroach_version": {"type": "string"},
                    "restrict_egress_traffic": {"type": "boolean"},
                    "network_visibility": {"type": "string"}
                }
            }
        },
        "oneOf": [
            {"required": ["serverless"], "not": {"required": ["dedicated"]}},
            {"required": ["dedicated"], "not": {"required": ["serverless"]}}
        ]
    });
    // update: {"dedicated": {"region_nodes": {...}, "hardware": {...}}} or {"serverless": {"spend_limit": 1000}}
    schemas["UpdateClusterSpecification"]["properties"]["dedicated"] = json!({
        "type": "object",
        "properties": {
            "region_nodes": region_nodes,
            "hardware": hardware,
            "cockroach_version": {"type": "string"}
        }
    });
    schemas["UpdateClusterSpecification"]["properties"]["serverless"] = json!({
        "type": "object",
        "properties": {
            "spend_limit": {"type": "integer", "minimum": 0},
            "regions": {"type": "array", "minItems": 1, "items": {"type": "string"}},
            "primary_region": {"type": "string"},
            "usage_limits": usage_limits
        }
    });
    // Log export groups: {"log_name": "...", "channels": ["SQL_SCHEMA"], "min_level": "INFO", "redact": true}
    schemas["EnableLogExportRequest"]["properties"]["groups"]["items"] = json!({
        "type": "object",
        "required": ["log_name", "channels"],
        "properties": {
            "log_name": {"type": "string"},
            "channels": {"type": "array", "items": {"type": "string"}},
            "min_level": {"type": "string"},
            "redact": {"type": "boolean"}
        }
    });
    // CMEK key: {"type": "AWS_KMS" | "GCP_CLOUD_KMS" | "AZURE_KEY_VAULT", "uri": "...", "auth_principal": "..."}
    schemas["CMEKClusterSpecification"]["properties"]["region_specs"]["items"] = json!({
        "type": "object",
        "required": ["region", "key"],
        "properties": {
            "region": {"type": "string"},
            "key": {
                "type": "object",
                "required": ["type", "uri", "auth_principal"],
                "properties": {
                    "type": {"type": "string", "enum": ["AWS_KMS", "GCP_CLOUD_KMS", "AZURE_KEY_VAULT"]},
                    "uri": {"type": "string"},
                    "auth_principal": {"type": "string"}
                }
            }
        }
    });
    // Role grant: {"role_name": "CLUSTER_ADMIN", "resource": {"type": "CLUSTER", "id": "..."}}
    schemas["SetRolesForUserRequest"]["properties"]["roles"]["items"] = json!({
        "type": "object",
        "required": ["role_name", "resource"],
        "properties": {
            "role_name": {"type": "string"},
            "resource": {
                "type": "object",
                "required": ["type"],
                "properties": {
                    "type": {"type": "string", "enum": ["ORGANIZATION", "FOLDER", "CLUSTER"]},
                    "id": {"type": "string"}
                }
            }
        }
    });
    // `CreateRestoreRequest.target` is untyped too, and no shape of it is known: it stays an object.
    spec
}

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
    fn load(provider: Provider, spec: Value) -> Spec {
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
                let body = &op["requestBody"];
                let body_schema = body["content"]["application/json"]["schema"]
                    .as_object()
                    .map(|m| Value::Object(m.clone()));
                let body_required = body["required"].as_bool().unwrap_or(false);
                let ok = &op["responses"]["200"]["content"];
                let (response_content_type, response_schema) =
                    match ok.as_object().and_then(|m| m.iter().next()) {
                        Some((ct, c)) => (ct.clone(), c.get("schema").cloned()),
                        None => ("application/json".to_string(), None),
                    };
                let id = match op["operationId"].as_str() {
                    Some(id) => id.to_string(),
                    None => format!("{} {}", method.to_uppercase(), template),
                };
                let paginated = query_params.iter().any(|p| p.name == "pagination.limit");
                operations.push(Operation {
                    provider,
                    method: method.to_uppercase(),
                    template: template.clone(),
                    segments: segments.clone(),
                    id,
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

// ---------------------------------------------------------------------------------------------
// Validation
// ---------------------------------------------------------------------------------------------

/// A request as the validator sees it: typed path and query parameters and the body.
pub struct RequestParts<'a> {
    pub path: &'a BTreeMap<String, String>,
    pub query: &'a BTreeMap<String, String>,
    pub body: Option<&'a Value>,
}

impl Operation {
    fn build_validator(&self, spec: &Spec) -> Result<jsonschema::Validator, String> {
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
    pub fn validate(&self, req: &RequestParts<'_>) -> Result<(), String> {
        if self.body_required && req.body.is_none() {
            return Err("body: a JSON request body is required".to_string());
        }
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
        if let Some(body) = req.body
            && self.body_schema.is_some()
        {
            instance.insert("body".into(), body.clone());
        }
        let instance = Value::Object(instance);
        let errors: Vec<String> = validator
            .iter_errors(&instance)
            .take(5)
            .map(|e| {
                let location = pointer_to_dotted(e.instance_path().as_str());
                format!("{location}: {e}")
            })
            .collect();
        if errors.is_empty() {
            Ok(())
        } else {
            Err(errors.join("; "))
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
                compile(&schema)
            })
            .as_ref()
            .map_err(Clone::clone)?;
        let errors: Vec<String> = validator
            .iter_errors(body)
            .take(5)
            .map(|e| format!("{}: {e}", pointer_to_dotted(e.instance_path().as_str())))
            .collect();
        if errors.is_empty() {
            Ok(())
        } else {
            Err(errors.join("; "))
        }
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

/// Parses a query string into its parameters (the first value of a repeated name wins).
pub fn parse_query(q: &str) -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    for pair in q.split('&').filter(|p| !p.is_empty()) {
        let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
        let k = percent_decode(&k.replace('+', " "));
        let v = percent_decode(&v.replace('+', " "));
        out.entry(k).or_insert(v);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_specs_load_with_all_operations() {
        let (ch, crdb) = specs();
        assert_eq!(ch.operations.len(), 31);
        assert_eq!(crdb.operations.len(), 89);
        for op in ch.operations.iter().chain(&crdb.operations) {
            let declared: Vec<&str> = op.path_params.iter().map(|p| p.name.as_str()).collect();
            let placeholders = template_params(&op.template);
            assert_eq!(declared, placeholders, "{op:?}");
            op.validator
                .get_or_init(|| op.build_validator(spec_for(op.provider)))
                .as_ref()
                .unwrap_or_else(|e| panic!("{op:?}: {e}"));
        }
    }

    #[test]
    fn routes_prefer_literals_and_report_wrong_methods() {
        let (ch, crdb) = specs();
        match crdb.route("GET", "/api/v1/clusters/available-regions") {
            RouteMatch::Found(op, _) => assert_eq!(op.id, "ListAvailableRegions"),
            _ => panic!("not routed"),
        }
        match crdb.route("GET", "/api/v1/clusters/abc") {
            RouteMatch::Found(op, p) => {
                assert_eq!(op.id, "GetCluster");
                assert_eq!(p["cluster_id"], "abc");
            }
            _ => panic!("not routed"),
        }
        assert!(matches!(
            crdb.route("PUT", "/api/v1/clusters"),
            RouteMatch::MethodNotAllowed(_)
        ));
        assert!(matches!(
            crdb.route("GET", "/api/v1/nothing"),
            RouteMatch::NotFound
        ));
        match ch.route("GET", "/v1/organizations/x/services/y/backups/z") {
            RouteMatch::Found(op, p) => {
                assert_eq!(
                    op.template,
                    "/v1/organizations/{organizationId}/services/{serviceId}/backups/{backupId}"
                );
                assert_eq!(p["backupId"], "z");
            }
            _ => panic!("not routed"),
        }
    }

    #[test]
    fn shapes_are_derived_from_the_specs() {
        let crdb = spec_for(Provider::Cockroach);
        let op = crdb
            .find(
                "PATCH",
                "/api/v1/clusters/{cluster_id}/networking/allowlist/{cidr_ip}/{cidr_mask}",
            )
            .unwrap();
        assert_eq!(
            op.shape,
            Shape::Item {
                collection: "/api/v1/clusters/{cluster_id}/networking/allowlist".into(),
                key_params: vec!["cidr_ip".into(), "cidr_mask".into()],
                key_fields: vec!["cidr_ip".into(), "cidr_mask".into()],
            }
        );
        let op = crdb
            .find(
                "GET",
                "/api/v1/clusters/{cluster_id}/networking/egress-rules",
            )
            .unwrap();
        assert_eq!(
            op.shape,
            Shape::Collection {
                array_key: Some("rules".into())
            }
        );
        let op = crdb.find("GET", "/api/v1/folders/{folder_id}").unwrap();
        assert!(
            matches!(&op.shape, Shape::Item { key_fields, .. } if key_fields == &vec!["resource_id".to_string()])
        );
        let op = crdb
            .find("PUT", "/api/v1/clusters/{cluster_id}/maintenance-window")
            .unwrap();
        assert_eq!(op.shape, Shape::Singleton);
        let ch = spec_for(Provider::ClickHouse);
        let op = ch
            .find("GET", "/v1/organizations/{organizationId}/keys")
            .unwrap();
        assert_eq!(op.shape, Shape::Collection { array_key: None });
    }

    #[test]
    fn validation_names_the_field() {
        let crdb = spec_for(Provider::Cockroach);
        let op = crdb.find("GET", "/api/v1/clusters").unwrap();
        let path = BTreeMap::new();
        let query = parse_query("pagination.limit=501");
        let err = op
            .validate(&RequestParts {
                path: &path,
                query: &query,
                body: None,
            })
            .unwrap_err();
        assert!(err.starts_with("query.pagination.limit: 501"), "{err}");
        let op = crdb.find("POST", "/api/v1/clusters").unwrap();
        let body = json!({"name": "x", "provider": "GCP", "spec": {"serverless": {"regions": "us-east1"}}});
        let err = op
            .validate(&RequestParts {
                path: &path,
                query: &BTreeMap::new(),
                body: Some(&body),
            })
            .unwrap_err();
        assert!(err.contains("body.spec"), "{err}");
        let ch = spec_for(Provider::ClickHouse);
        let op = ch
            .find("POST", "/v1/organizations/{organizationId}/services")
            .unwrap();
        let mut path = BTreeMap::new();
        path.insert("organizationId".to_string(), "not-a-uuid".to_string());
        let body = json!({"name": 5, "provider": "aws", "region": "us-east-1"});
        let err = op
            .validate(&RequestParts {
                path: &path,
                query: &BTreeMap::new(),
                body: Some(&body),
            })
            .unwrap_err();
        assert!(err.contains("path.organizationId"), "{err}");
        assert!(err.contains("body.name"), "{err}");
    }

    #[test]
    fn openapi_30_keywords_become_json_schema() {
        let mut s = json!({
            "a": {"type": "string", "nullable": true, "enum": ["x"]},
            "b": {"type": "number", "minimum": 5, "exclusiveMinimum": true, "maximum": 9, "exclusiveMaximum": false},
            "c": {"type": "object", "nullable": false, "properties": {"d": {"type": "integer", "nullable": true}}}
        });
        openapi30_to_json_schema(&mut s);
        assert_eq!(
            s,
            json!({
                "a": {"type": ["string", "null"], "enum": ["x", null]},
                "b": {"type": "number", "exclusiveMinimum": 5, "maximum": 9},
                "c": {"type": "object", "properties": {"d": {"type": ["integer", "null"]}}}
            })
        );
    }

    #[test]
    fn query_and_percent_decoding() {
        let q = parse_query("a=1&b=x%20y&c=a+b&a=2");
        assert_eq!(q["a"], "1");
        assert_eq!(q["b"], "x y");
        assert_eq!(q["c"], "a b");
        assert_eq!(percent_decode("%zz%41"), "%zzA");
        assert_eq!(percent_decode("abc%"), "abc%");
    }
}
