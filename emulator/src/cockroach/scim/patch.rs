//! SCIM PATCH (RFC 7644 §3.5.2): `add`, `replace` and `remove` operations applied in order to a
//! copy of the resource, so that a failing operation changes nothing. Paths are `attr`,
//! `attr.sub`, `attr[filter]` and `attr[filter].sub`; names are case-insensitive.

use serde_json::{Map, Value};

use super::filter::{self, Filter, member};

/// Why an operation failed: the SCIM error type and the detail.
pub type Failure = (&'static str, String);

struct Path {
    attr: String,
    filter: Option<Filter>,
    sub: Option<String>,
}

fn parse_path(text: &str) -> Result<Path, Failure> {
    let bad = |why: String| ("invalidPath", format!("path {text:?}: {why}"));
    let text = text.trim();
    let (head, filter, rest) = match text.find('[') {
        Some(open) => {
            let close =
                closing_bracket(text, open).ok_or_else(|| bad("'[' is not closed".into()))?;
            let inner = filter::parse(&text[open + 1..close]).map_err(bad)?;
            (&text[..open], Some(inner), &text[close + 1..])
        }
        None => (text, None, ""),
    };
    let mut path = filter::attr_path(head).map_err(bad)?;
    if filter.is_some() {
        if path.sub.is_some() {
            return Err(bad(
                "a value filter follows the attribute, not a sub-attribute".into(),
            ));
        }
        if !rest.is_empty() {
            let sub = rest
                .strip_prefix('.')
                .ok_or_else(|| bad(format!("unexpected {rest:?} after ']'")))?;
            path.sub = Some(filter::attr_path(sub).map_err(bad)?.attr);
        }
    }
    Ok(Path {
        attr: path.attr,
        filter,
        sub: path.sub,
    })
}

/// The `]` that closes the `[` at `open`, outside quoted strings.
fn closing_bracket(text: &str, open: usize) -> Option<usize> {
    let mut quoted = false;
    let mut escaped = false;
    for (i, c) in text.char_indices().skip_while(|(i, _)| *i <= open) {
        match c {
            _ if escaped => escaped = false,
            '\\' if quoted => escaped = true,
            '"' => quoted = !quoted,
            ']' if !quoted => return Some(i),
            _ => {}
        }
    }
    None
}

/// The key an attribute has in the resource (its spelling there), or the name as given.
fn key_of(resource: &Map<String, Value>, name: &str) -> String {
    resource
        .keys()
        .find(|k| k.eq_ignore_ascii_case(name))
        .cloned()
        .unwrap_or_else(|| name.to_string())
}

/// Sets `value` as a complex attribute's sub-attributes (merging), or replaces it.
fn merge(target: &mut Value, value: Value) {
    match (target, value) {
        (Value::Object(t), Value::Object(v)) => {
            for (k, v) in v {
                let key = key_of(t, &k);
                t.insert(key, v);
            }
        }
        (t, v) => *t = v,
    }
}

/// Applies the operations in order to `resource`; `read_only` attributes cannot be targeted.
pub fn apply(
    resource: &mut Map<String, Value>,
    operations: &[Value],
    read_only: &[&str],
) -> Result<(), Failure> {
    for (i, operation) in operations.iter().enumerate() {
        let at = |e: Failure| (e.0, format!("Operations[{i}]: {}", e.1));
        let op = operation["op"]
            .as_str()
            .unwrap_or_default()
            .to_ascii_lowercase();
        let path = match operation.get("path").and_then(Value::as_str) {
            Some(p) if !p.trim().is_empty() => Some(parse_path(p).map_err(at)?),
            _ => None,
        };
        if let Some(p) = &path
            && read_only.iter().any(|r| r.eq_ignore_ascii_case(&p.attr))
        {
            return Err(at(("mutability", format!("{} is read-only", p.attr))));
        }
        let value = operation.get("value").cloned();
        match op.as_str() {
            "add" | "replace" => {
                let value =
                    value.ok_or_else(|| at(("invalidSyntax", format!("'{op}' needs a value"))))?;
                match path {
                    None => {
                        let Value::Object(fields) = value else {
                            return Err(at((
                                "invalidValue",
                                format!("'{op}' without a path takes an object of attributes"),
                            )));
                        };
                        for (k, v) in fields {
                            if read_only.iter().any(|r| r.eq_ignore_ascii_case(&k)) {
                                return Err(at(("mutability", format!("{k} is read-only"))));
                            }
                            let p = Path {
                                attr: filter::strip_urn(&k).to_string(),
                                filter: None,
                                sub: None,
                            };
                            set(resource, &p, v, op == "add").map_err(at)?;
                        }
                    }
                    Some(p) => set(resource, &p, value, op == "add").map_err(at)?,
                }
            }
            "remove" => {
                let p = path.ok_or_else(|| at(("noTarget", "'remove' needs a path".into())))?;
                remove(resource, &p, value);
            }
            other => {
                return Err(at((
                    "invalidSyntax",
                    format!("op {other:?} is not one of add, remove, replace"),
                )));
            }
        }
    }
    Ok(())
}

/// `add` (appending to multi-valued attributes) or `replace` at a path.
fn set(
    resource: &mut Map<String, Value>,
    p: &Path,
    value: Value,
    add: bool,
) -> Result<(), Failure> {
    let key = key_of(resource, &p.attr);
    if let Some(f) = &p.filter {
        let Some(Value::Array(items)) = resource.get_mut(&key) else {
            return Err(("noTarget", format!("{} has no values to filter", p.attr)));
        };
        let mut hit = false;
        for item in items.iter_mut().filter(|e| filter::matches(f, e)) {
            hit = true;
            match (&p.sub, item) {
                (Some(sub), Value::Object(m)) => {
                    let k = key_of(m, sub);
                    m.insert(k, value.clone());
                }
                (None, item) => merge(item, value.clone()),
                _ => {}
            }
        }
        return if hit {
            Ok(())
        } else {
            Err((
                "noTarget",
                format!("no value of {} matches the filter", p.attr),
            ))
        };
    }
    if let Some(sub) = &p.sub {
        let target = resource
            .entry(key.clone())
            .or_insert_with(|| Value::Object(Map::new()));
        return match target {
            Value::Object(m) => {
                let k = key_of(m, sub);
                m.insert(k, value);
                Ok(())
            }
            _ => Err((
                "invalidPath",
                format!("{} has no sub-attributes ({}.{sub})", p.attr, p.attr),
            )),
        };
    }
    match resource.get_mut(&key) {
        Some(Value::Array(items)) if add => match value {
            Value::Array(more) => {
                for v in more {
                    if !items.contains(&v) {
                        items.push(v);
                    }
                }
            }
            v => {
                if !items.contains(&v) {
                    items.push(v);
                }
            }
        },
        Some(existing @ Value::Object(_)) if value.is_object() => merge(existing, value),
        _ => {
            resource.insert(key, value);
        }
    }
    Ok(())
}

/// `remove` at a path. With a value and no filter on a multi-valued attribute, the elements whose
/// `value` matches one of the given are removed (as Azure AD sends it).
fn remove(resource: &mut Map<String, Value>, p: &Path, value: Option<Value>) {
    let key = key_of(resource, &p.attr);
    match (&p.filter, &p.sub) {
        (Some(f), sub) => {
            if let Some(Value::Array(items)) = resource.get_mut(&key) {
                match sub {
                    None => items.retain(|e| !filter::matches(f, e)),
                    Some(sub) => {
                        for item in items.iter_mut().filter(|e| filter::matches(f, e)) {
                            if let Value::Object(m) = item {
                                let k = key_of(m, sub);
                                m.remove(&k);
                            }
                        }
                    }
                }
            }
        }
        (None, Some(sub)) => {
            if let Some(Value::Object(m)) = resource.get_mut(&key) {
                let k = key_of(m, sub);
                m.remove(&k);
            }
        }
        (None, None) => {
            let listed: Option<Vec<Value>> = match value {
                Some(Value::Array(v)) => Some(v),
                Some(Value::Object(o)) => Some(vec![Value::Object(o)]),
                _ => None,
            };
            match (resource.get_mut(&key), listed) {
                (Some(Value::Array(items)), Some(listed)) => {
                    let ids: Vec<&Value> = listed
                        .iter()
                        .map(|v| member(v, "value").unwrap_or(v))
                        .collect();
                    items.retain(|e| !ids.contains(&member(e, "value").unwrap_or(e)));
                }
                _ => {
                    resource.remove(&key);
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn group() -> Map<String, Value> {
        json!({"id": "G1", "displayName": "eng", "members": [{"value": "u1"}, {"value": "u2"}]})
            .as_object()
            .unwrap()
            .clone()
    }

    fn run(ops: Value) -> Result<Value, Failure> {
        let mut g = group();
        apply(&mut g, ops.as_array().unwrap(), &["id", "meta"])?;
        Ok(Value::Object(g))
    }

    #[test]
    fn add_replace_remove() {
        let g = run(
            json!([{"op": "add", "path": "members", "value": [{"value": "u3"}, {"value": "u1"}]}]),
        )
        .unwrap();
        assert_eq!(
            g["members"],
            json!([{"value": "u1"}, {"value": "u2"}, {"value": "u3"}])
        );
        let g = run(json!([{"op": "Remove", "path": "members[value eq \"u1\"]"}])).unwrap();
        assert_eq!(g["members"], json!([{"value": "u2"}]));
        let g =
            run(json!([{"op": "remove", "path": "members", "value": [{"value": "u2"}]}])).unwrap();
        assert_eq!(g["members"], json!([{"value": "u1"}]));
        let g = run(json!([{"op": "replace", "path": "DISPLAYNAME", "value": "ops"}])).unwrap();
        assert_eq!(g["displayName"], "ops");
        let g = run(json!([{"op": "replace", "value": {"displayName": "x", "externalId": "e"}}]))
            .unwrap();
        assert_eq!(
            (g["displayName"].clone(), g["externalId"].clone()),
            (json!("x"), json!("e"))
        );
        let g = run(json!([{"op": "add", "path": "name.givenName", "value": "A"}])).unwrap();
        assert_eq!(g["name"], json!({"givenName": "A"}));
        let g = run(
            json!([{"op": "replace", "path": "members[value eq \"u2\"].display", "value": "B"}]),
        )
        .unwrap();
        assert_eq!(g["members"][1], json!({"value": "u2", "display": "B"}));
        let g = run(json!([{"op": "remove", "path": "members"}])).unwrap();
        assert!(g.get("members").is_none());
    }

    #[test]
    fn failures_name_the_operation() {
        let e = run(
            json!([{"op": "add", "path": "members", "value": []}, {"op": "move", "path": "x"}]),
        )
        .unwrap_err();
        assert_eq!(e.0, "invalidSyntax");
        assert!(e.1.starts_with("Operations[1]"), "{}", e.1);
        assert_eq!(
            run(json!([{"op": "replace", "path": "id", "value": "x"}]))
                .unwrap_err()
                .0,
            "mutability"
        );
        assert_eq!(run(json!([{"op": "remove"}])).unwrap_err().0, "noTarget");
        assert_eq!(
            run(json!([{"op": "replace", "path": "members[value eq \"zz\"]", "value": {}}]))
                .unwrap_err()
                .0,
            "noTarget"
        );
        assert_eq!(
            run(json!([{"op": "add", "path": "members[value eq"}]))
                .unwrap_err()
                .0,
            "invalidPath"
        );
        assert_eq!(
            run(json!([{"op": "add", "path": "displayName"}]))
                .unwrap_err()
                .0,
            "invalidSyntax"
        );
    }
}
