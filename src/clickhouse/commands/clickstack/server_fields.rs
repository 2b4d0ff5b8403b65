//! The fields of a `--file` document that only the API sets (an ID, timestamps, a state: what `get` shows
//! beside the document), found by comparing what an operation takes with what an answer has, per the spec.

use std::collections::BTreeMap;

use dbcloud_spec::{Provider, Spec};
use serde_json::Value;

/// Removes from a document the fields the answer of operation `answers` has and the request of `operation`
/// does not take (an ID, timestamps, a state: only the API sets them), at any depth (a dashboard's
/// `filters[].id`), returning where they were (`id`, `filters[].id`).
pub fn strip_server_fields(operation: &str, answers: &str, body: &mut Value) -> Vec<String> {
    let spec = dbcloud_spec::spec_for(Provider::ClickHouse);
    let op = |id: &str| {
        spec.by_id(id)
            .unwrap_or_else(|| panic!("the vendored ClickHouse spec has no operation {id}"))
    };
    let takes: Vec<&Value> = op(operation).body_schema.iter().collect();
    let shown: Vec<&Value> = op(answers)
        .response_schema
        .iter()
        .filter_map(|s| s["properties"].get("result"))
        .collect();
    let mut out = Vec::new();
    strip(spec, &takes, &shown, body, "", &mut out, 0);
    out
}

fn strip<'a>(
    spec: &'a Spec,
    takes: &[&'a Value],
    shown: &[&'a Value],
    doc: &mut Value,
    at: &str,
    out: &mut Vec<String>,
    depth: u8,
) {
    if depth > 8 {
        return;
    }
    match doc {
        Value::Object(m) => {
            let (takes, shown) = (members(spec, takes), members(spec, shown));
            // An object whose fields the request does not list (a map) is left as it is.
            if takes.is_empty() {
                return;
            }
            let server: Vec<String> = m
                .keys()
                .filter(|k| shown.contains_key(*k) && !takes.contains_key(*k))
                .cloned()
                .collect();
            for k in server {
                m.remove(&k);
                let path = format!("{at}{k}");
                if !out.contains(&path) {
                    out.push(path);
                }
            }
            for (k, v) in m.iter_mut() {
                if let (Some(t), Some(s)) = (takes.get(k), shown.get(k)) {
                    strip(spec, t, s, v, &format!("{at}{k}."), out, depth + 1);
                }
            }
        }
        Value::Array(items) => {
            let (takes, shown) = (items_of(spec, takes), items_of(spec, shown));
            let at = format!("{}[].", at.trim_end_matches('.'));
            for item in items {
                strip(spec, &takes, &shown, item, &at, out, depth + 1);
            }
        }
        _ => {}
    }
}

/// The item schemas of array schemas (and of their alternatives).
fn items_of<'a>(spec: &'a Spec, schemas: &[&'a Value]) -> Vec<&'a Value> {
    schemas
        .iter()
        .flat_map(|s| alternatives(spec, s))
        .filter_map(|s| s.get("items"))
        .collect()
}

/// A schema and every alternative it composes (`oneOf`, `anyOf`, `allOf`), references resolved.
fn alternatives<'a>(spec: &'a Spec, schema: &'a Value) -> Vec<&'a Value> {
    let mut out = Vec::new();
    let mut todo = vec![(schema, 0u8)];
    while let Some((s, depth)) = todo.pop() {
        let s = match s["$ref"]
            .as_str()
            .and_then(|r| r.strip_prefix("#/components/schemas/"))
        {
            Some(name) => &spec.components["schemas"][name],
            None => s,
        };
        out.push(s);
        for combinator in ["oneOf", "anyOf", "allOf"] {
            for part in s[combinator].as_array().into_iter().flatten() {
                if depth < 8 {
                    todo.push((part, depth + 1));
                }
            }
        }
    }
    out
}

/// The fields of any of the schemas (and their alternatives), each with every schema it has there.
fn members<'a>(spec: &'a Spec, schemas: &[&'a Value]) -> BTreeMap<String, Vec<&'a Value>> {
    let mut out: BTreeMap<String, Vec<&Value>> = BTreeMap::new();
    for schema in schemas {
        for s in alternatives(spec, schema) {
            for (k, v) in s["properties"].as_object().into_iter().flatten() {
                out.entry(k.clone()).or_default().push(v);
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn only_the_fields_the_api_sets_are_left_out() {
        let mut alert =
            json!({"id": "a1", "name": "x", "state": "OK", "threshold": 5, "createdAt": "t"});
        let left =
            strip_server_fields("clickStackUpdateAlert", "clickStackUpdateAlert", &mut alert);
        assert_eq!(left, ["id", "state", "createdAt"]);
        assert_eq!(alert, json!({"name": "x", "threshold": 5}));
        // A source's ID is part of what the API takes.
        let mut source = json!({"id": "s1", "name": "Logs"});
        assert!(
            strip_server_fields("clickStackUpdateSource", "clickStackGetSource", &mut source)
                .is_empty()
        );
        // A field nobody knows is left for the schema check to name.
        let mut role = json!({"id": "r1", "colour": "red", "permissions": []});
        assert_eq!(
            strip_server_fields("clickStackCreateRole", "clickStackCreateRole", &mut role),
            ["id"]
        );
        assert_eq!(role, json!({"colour": "red", "permissions": []}));
        // A dashboard as `get` shows it, validated: its filters' IDs too; its tiles keep theirs.
        let mut dashboard = json!({"id": "d1", "name": "x",
            "tiles": [{"id": "t1", "name": "a", "x": 0, "y": 0, "w": 1, "h": 1}],
            "filters": [{"id": "f1", "name": "s"}, {"id": "f2", "name": "t"}]});
        let left = strip_server_fields(
            "clickStackValidateDashboard",
            "clickStackCreateDashboard",
            &mut dashboard,
        );
        assert_eq!(left, ["id", "filters[].id"]);
        assert_eq!(dashboard["tiles"][0]["id"], "t1");
        assert_eq!(dashboard["filters"], json!([{"name": "s"}, {"name": "t"}]));
        // An update keeps the filters' IDs.
        let mut dashboard = json!({"id": "d1", "filters": [{"id": "f1"}]});
        let left = strip_server_fields(
            "clickStackUpdateDashboard",
            "clickStackUpdateDashboard",
            &mut dashboard,
        );
        assert_eq!(left, ["id"]);
    }
}
