//! Adaptations of our in-memory copy of each spec, made at load time. The files stay exactly as the vendors
//! publish them; each change here says why it is needed. The seed specs needed many more (ClickHouse's colon
//! paths and misnamed parameters, CockroachDB's untyped bodies): the current specs fixed those.

use serde_json::{Value, json};

use crate::Provider;

pub fn apply(provider: Provider, mut spec: Value) -> Value {
    match provider {
        Provider::ClickHouse => clickhouse(&mut spec),
        Provider::Cockroach => {}
    }
    // OpenAPI 3.0 schema keywords (the CockroachDB spec is 3.0) become JSON Schema 2020-12, which the
    // validator speaks. The current files use none of them; this keeps a refresh that does from breaking.
    openapi30_to_json_schema(&mut spec);
    spec
}

fn clickhouse(spec: &mut Value) {
    // The spec declares no `required` member in these request schemas, yet the live API refuses the
    // requests without these fields (specs/NOTES.md). Keys, invitations and members take roles either the
    // deprecated way (`roles`/`role`) or by role ID (`assignedRoleIds`, roles v2): one of the two.
    let schemas = &mut spec["components"]["schemas"];
    // Most object schemas of this spec declare `properties` without `type: object`, which JSON Schema reads
    // as "an object like this, or any value that is not an object". In a nullable reference, `oneOf: [X,
    // {type: null}]` (an alert's `silenced`, a ClickStack source's `filterSettings`, the dashboard validate
    // answer's `normalized`, ClickPipe sources), `null` then matches both alternatives, and `oneOf` refuses
    // it. They are objects: say so.
    if let Some(all) = schemas.as_object_mut() {
        for schema in all.values_mut() {
            if schema.get("properties").is_some() && schema.get("type").is_none() {
                schema["type"] = json!("object");
            }
        }
    }
    let required: &[(&str, &[&str])] = &[
        ("ServicePostRequest", &["name", "provider", "region"]),
        ("ServiceStatePatchRequest", &["command"]),
        ("ApiKeyPostRequest", &["name"]),
        ("InvitationPostRequest", &["email"]),
    ];
    for (name, fields) in required {
        schemas[*name]["required"] = json!(fields);
        schemas[*name]["type"] = json!("object");
    }
    for (name, legacy) in [
        ("ApiKeyPostRequest", "roles"),
        ("InvitationPostRequest", "role"),
        ("MemberPatchRequest", "role"),
    ] {
        schemas[name]["anyOf"] = json!([
            {"required": [legacy]},
            {"required": ["assignedRoleIds"]}
        ]);
    }
    // "contains at least 1 element", as the live API says of a key's roles.
    schemas["ApiKeyPostRequest"]["properties"]["roles"]["minItems"] = json!(1);
    schemas["ApiKeyPatchRequest"]["properties"]["roles"]["minItems"] = json!(1);
    // A ClickPipe's Kafka credentials are one of four shapes (PLAIN, MskIamUser, AzureEventHub, MutualTLS)
    // none of which requires a field, so every object matches all four and, as `oneOf`, no credentials
    // could ever be valid. The API takes the shape the authentication method calls for: `anyOf`.
    for source in ["ClickPipePostKafkaSource", "ClickPipePatchKafkaSource"] {
        let credentials = &mut schemas[source]["properties"]["credentials"];
        if let Some(shapes) = credentials.get("oneOf").cloned() {
            *credentials = json!({ "anyOf": shapes });
        }
    }
    // The ClickPipes schemas describe objects by their `properties` alone, which JSON Schema applies to
    // objects only: `{"source": "kafka"}` would pass for a schema discovery request. They are objects.
    if let Some(all) = schemas.as_object_mut() {
        for (name, schema) in all.iter_mut() {
            if (name.starts_with("ClickPipe") || name.ends_with("ReversePrivateEndpoint"))
                && schema.get("properties").is_some()
                && schema.get("type").is_none()
            {
                schema["type"] = json!("object");
            }
        }
    }
}

/// Converts OpenAPI 3.0 schema keywords into their JSON Schema 2020-12 equivalents, recursively:
/// `nullable`, and the boolean `exclusiveMinimum`/`exclusiveMaximum`.
pub(crate) fn openapi30_to_json_schema(v: &mut Value) {
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clickpipe_documents_with_credentials_are_valid_and_errors_name_the_field() {
        let op = crate::spec_for(Provider::ClickHouse)
            .by_id("clickPipeCreate")
            .unwrap();
        let mut pipe = json!({
            "name": "events",
            "source": {"kafka": {"type": "confluent", "format": "JSONEachRow", "brokers": "b:9092",
                "topics": "t", "authentication": "PLAIN",
                "credentials": {"username": "u", "password": "s3cret-pw"}}},
            "destination": {"database": "default", "table": "events"}
        });
        op.validate_body(&pipe).unwrap();
        let discovery = crate::spec_for(Provider::ClickHouse)
            .by_id("clickPipeSchemaDiscovery")
            .unwrap();
        let errors = discovery
            .validate_body(&json!({"source": "kafka"}))
            .unwrap_err();
        assert!(errors[0].starts_with("source: "), "{errors:?}");
        pipe["source"]["kafka"]["format"] = json!("xml");
        let errors = op.validate_body(&pipe).unwrap_err();
        assert_eq!(errors.len(), 1, "{errors:?}");
        assert!(
            errors[0].starts_with("source.kafka.format: \"xml\""),
            "{errors:?}"
        );
        assert!(!errors[0].contains("s3cret-pw"), "{errors:?}");
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
}
