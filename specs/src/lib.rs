//! The ClickHouse Cloud and CockroachDB Cloud management API specs as the services publish them today
//! (`current/`, vendored as provided; the seed specs the project started from are kept in `seed/` as a
//! record), and everything dbcloud and its emulator derive from them:
//!
//! - the operations: routes, parameters, body and answer schemas, the shape of each resource ([`spec_for`]);
//! - validation of requests and answers against them ([`Operation::validate`], [`Operation::validate_body`],
//!   [`Operation::validate_response`]);
//! - the rules of every request field, generated at build time so the CLI checks input without parsing a
//!   spec ([`rules`]);
//! - which cloud a ClickHouse region belongs to ([`regions`]).
//!
//! Where a spec is wrong as a spec, our in-memory copy is adapted at load time (`fixes.rs`, each with its
//! reason); the files stay as the vendors publish them, so a refresh is a file copy and a test run.

use std::collections::BTreeMap;
use std::sync::OnceLock;

use serde_json::Value;

mod explain;
mod fixes;
mod model;
pub use model::template_params;
pub mod regions;
pub mod rules;
mod validate;

#[cfg(test)]
mod extract;

pub use validate::{RequestParts, first_values, parse_query, parse_query_all, percent_decode};

/// The ClickHouse Cloud spec as vendored (OpenAPI 3.1), DEFLATE-compressed at build time (`build.rs`): the
/// binary carries a tenth of the text, unpacked only by what reads the spec.
static CLICKHOUSE_DEFLATED: &[u8] =
    include_bytes!(concat!(env!("OUT_DIR"), "/clickhouse-cloud.json.deflate"));
/// The CockroachDB Cloud spec as vendored (OpenAPI 3.0), compressed the same way.
static COCKROACH_DEFLATED: &[u8] =
    include_bytes!(concat!(env!("OUT_DIR"), "/cockroach-cloud.json.deflate"));

/// The text of a vendored spec, as in `specs/current/` (unpacked at each call: parse it once).
pub fn spec_text(provider: Provider) -> String {
    let deflated = match provider {
        Provider::ClickHouse => CLICKHOUSE_DEFLATED,
        Provider::Cockroach => COCKROACH_DEFLATED,
    };
    let bytes = miniz_oxide::inflate::decompress_to_vec(deflated)
        .expect("the vendored spec was compressed at build time");
    String::from_utf8(bytes).expect("the vendored spec is UTF-8")
}

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
    /// The operation's name: its `operationId`, for CockroachDB without the `CockroachCloud_` prefix every
    /// one of them carries (`ListClusters`).
    pub id: String,
    /// The `operationId` exactly as the spec writes it.
    pub operation_id: String,
    pub deprecated: bool,
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
    pub(crate) validator: OnceLock<Result<jsonschema::Validator, String>>,
    pub(crate) response_validator: OnceLock<Result<jsonschema::Validator, String>>,
    pub(crate) body_validator: OnceLock<Result<jsonschema::Validator, String>>,
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

static CLICKHOUSE_LOADED: OnceLock<Spec> = OnceLock::new();
static COCKROACH_LOADED: OnceLock<Spec> = OnceLock::new();

/// One spec, parsed, adapted (`fixes.rs`) and indexed once per process, on first use: a command that
/// checks no document and runs no emulator never parses it.
pub fn spec_for(provider: Provider) -> &'static Spec {
    let cell = match provider {
        Provider::ClickHouse => &CLICKHOUSE_LOADED,
        Provider::Cockroach => &COCKROACH_LOADED,
    };
    cell.get_or_init(|| {
        let raw: Value =
            serde_json::from_str(&spec_text(provider)).expect("the vendored spec is JSON");
        Spec::load(provider, fixes::apply(provider, raw))
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::validate::{RequestParts, parse_query, percent_decode};
    use serde_json::json;

    #[test]
    fn the_embedded_specs_are_the_vendored_files() {
        for (provider, file) in [
            (Provider::ClickHouse, "clickhouse-cloud.json"),
            (Provider::Cockroach, "cockroach-cloud.json"),
        ] {
            let vendored =
                std::fs::read_to_string(format!("{}/current/{file}", env!("CARGO_MANIFEST_DIR")));
            assert!(spec_text(provider) == vendored.unwrap(), "{file}");
        }
    }

    #[test]
    fn both_specs_load_with_all_operations() {
        let (ch, crdb) = (
            spec_for(Provider::ClickHouse),
            spec_for(Provider::Cockroach),
        );
        assert_eq!(ch.operations.len(), 142);
        assert_eq!(crdb.operations.len(), 144);
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
        let (ch, crdb) = (
            spec_for(Provider::ClickHouse),
            spec_for(Provider::Cockroach),
        );
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
        let query = parse_query("pagination.limit=many");
        let err = op
            .validate(&RequestParts {
                path: &path,
                query: &query,
                body: None,
                lenient: false,
            })
            .unwrap_err();
        assert!(err.starts_with("query.pagination.limit: \"many\""), "{err}");
        let op = crdb.find("POST", "/api/v1/clusters").unwrap();
        let body = json!({"name": "x", "provider": "GCP", "spec": {"serverless": {"regions": "us-east1"}}});
        let err = op
            .validate(&RequestParts {
                path: &path,
                query: &BTreeMap::new(),
                body: Some(&body),
                lenient: false,
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
                lenient: false,
            })
            .unwrap_err();
        assert!(err.contains("path.organizationId"), "{err}");
        assert!(err.contains("body.name"), "{err}");
    }

    /// A body that matches none of a `oneOf`'s branches is explained by the closest branch, naming the field.
    #[test]
    fn alternatives_name_the_field_at_fault() {
        let ch = spec_for(Provider::ClickHouse);
        let op = ch.by_id("udfCreate").unwrap();
        let body = json!({"functionName": 5, "uploadId": "6f0c8a1e-3f5e-4a8e-9a31-0c2b1d2e3f40",
                          "runtime": "native", "type": "executable_pool", "arguments": [], "returnType": "String"});
        let problems = op.validate_body(&body).unwrap_err();
        assert_eq!(problems.len(), 1, "{problems:?}");
        assert!(problems[0].starts_with("functionName: 5"), "{problems:?}");
    }

    #[test]
    fn array_query_parameters_take_a_value() {
        let ch = spec_for(Provider::ClickHouse);
        let op = ch.by_id("usageCostGet").unwrap();
        let mut path = BTreeMap::new();
        path.insert(
            "organizationId".to_string(),
            "6f0c8a1e-3f5e-4a8e-9a31-0c2b1d2e3f40".to_string(),
        );
        let query = parse_query("from_date=2026-01-01&to_date=2026-01-31&filter=tag:env%3Dprod");
        let parts = RequestParts {
            path: &path,
            query: &query,
            body: None,
            lenient: false,
        };
        assert_eq!(op.validate(&parts), Ok(()));
    }

    #[test]
    fn a_one_of_names_the_field_of_the_closest_alternative() {
        let op = spec_for(Provider::ClickHouse)
            .by_id("backupBucketCreate")
            .unwrap();
        let errors = op
            .validate_body(&serde_json::json!({"bucketProvider": "AWS", "bucketPath": 5}))
            .unwrap_err();
        assert_eq!(errors.len(), 1, "{errors:?}");
        assert!(
            errors[0].starts_with("bucketPath: 5 is not of type"),
            "{errors:?}"
        );
        assert!(
            op.validate_body(&serde_json::json!({"bucketProvider": "GCP", "bucketPath": "p"}))
                .is_ok()
        );
    }

    #[test]
    fn query_and_percent_decoding() {
        let all = crate::parse_query_all("filter=tag:a&x=1&filter=tag:b%3D2");
        assert_eq!(all["filter"], ["tag:a", "tag:b=2"]);
        let q = parse_query("a=1&b=x%20y&c=a+b&a=2");
        assert_eq!(q["a"], "1");
        assert_eq!(q["b"], "x y");
        assert_eq!(q["c"], "a b");
        assert_eq!(percent_decode("%zz%41"), "%zzA");
        assert_eq!(percent_decode("abc%"), "abc%");
    }
}

#[cfg(test)]
mod rule_tests {
    use crate::extract::extract;
    use crate::{Provider, rules};
    use serde_json::Value;

    fn spec_file(name: &str) -> Value {
        let path = format!("{}/current/{name}", env!("CARGO_MANIFEST_DIR"));
        serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
    }

    /// The compiled-in table is what the files on disk say now (a stale build would differ).
    #[test]
    fn the_table_is_the_spec_files() {
        for (provider, file) in [
            (Provider::ClickHouse, "clickhouse-cloud.json"),
            (Provider::Cockroach, "cockroach-cloud.json"),
        ] {
            let fresh = extract(&spec_file(file));
            let table = rules::all(provider);
            assert_eq!(fresh.len(), table.len(), "{file}");
            for (f, t) in fresh.iter().zip(table) {
                assert_eq!(f.key, t.key);
                assert_eq!(f.values, t.values, "{}", f.key);
                assert_eq!(
                    (f.minimum, f.maximum, f.multiple_of),
                    (t.minimum, t.maximum, t.multiple_of),
                    "{}",
                    f.key
                );
                assert_eq!(
                    (f.max_length, f.min_length),
                    (t.max_length, t.min_length),
                    "{}",
                    f.key
                );
            }
        }
    }

    /// The rules move with the spec: a region taken out of the spec is no longer allowed, with no code
    /// changed. (This is what keeps every local check equal to the spec.)
    #[test]
    fn a_region_removed_from_the_spec_is_refused() {
        let mut spec = spec_file("clickhouse-cloud.json");
        let before = extract(&spec);
        let region = |rules: &[crate::extract::RawRule]| {
            rules
                .iter()
                .find(|r| r.key == "ServicePostRequest.region")
                .unwrap()
                .values
                .clone()
        };
        assert!(region(&before).contains(&"ca-central-1".to_string()));
        let e = spec["components"]["schemas"]["ServicePostRequest"]["properties"]["region"]["enum"]
            .as_array_mut()
            .unwrap();
        e.retain(|v| v != "ca-central-1");
        let after = extract(&spec);
        assert!(!region(&after).contains(&"ca-central-1".to_string()));
        assert_eq!(region(&after).len() + 1, region(&before).len());
    }

    /// A field that differs between `oneOf` branches by a `const` takes the value of any branch.
    #[test]
    fn consts_of_alternatives_are_an_enum() {
        let r = rules::get(Provider::ClickHouse, "UdfCreateRequest.type");
        assert_eq!(r.values, ["executable", "executable_pool"]);
        let r = rules::get(Provider::ClickHouse, "UdfCreateRequest.runtime");
        assert_eq!(r.values, ["python3.11", "native"]);
    }

    #[test]
    fn cockroach_enums_through_references() {
        let r = rules::get(Provider::Cockroach, "CreateClusterRequest.provider");
        assert!(r.values.contains(&"GCP"), "{:?}", r.values);
        let r = rules::get(Provider::Cockroach, "MaintenanceWindow.offset_duration");
        assert!(r.required);
    }
}
