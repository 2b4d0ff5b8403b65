//! ClickPipes of a service: created → Provisioning → Running over a transition; stop (Stopping →
//! Stopped), start (Provisioning → Running) and resync of database pipes (Resync → Running), each
//! able to fail on demand (`failed_transitions`); updates, settings and scaling that persist; schema
//! discovery of streaming sources. Answers show what the API shows: the request's documents reduced
//! to the members of the spec's `ClickPipe` schema, so credentials are never echoed.
//!
//! The service's CDC scaling and the reverse private endpoints pipes connect through are in
//! `reverse_endpoints.rs`; `handle` routes every ClickPipes operation.

use serde_json::{Map, Value, json};

use super::{SERVICE, bad, reverse_endpoints};
use crate::engine::{ApiError, Ctx, Reply};
use crate::spec::{Provider, spec_for};
use crate::store::{Millis, new_uuid, public, rfc3339};

pub const PIPES: &str = "/v1/organizations/{organizationId}/services/{serviceId}/clickpipes";

/// The kinds of source, as the spec names them; the last four replicate databases (CDC).
const KINDS: [&str; 8] = [
    "kafka",
    "objectStorage",
    "kinesis",
    "pubsub",
    "postgres",
    "mysql",
    "mongodb",
    "bigquery",
];
const CDC_KINDS: [&str; 4] = ["postgres", "mysql", "mongodb", "bigquery"];

/// Whether the operation is one of ClickPipes (pipes, CDC scaling, reverse private endpoints).
pub(super) fn serves(template: &str) -> bool {
    template
        .strip_prefix(SERVICE)
        .is_some_and(|rest| rest.starts_with("/clickpipes"))
}

pub(super) fn handle(ctx: &mut Ctx<'_>) -> Result<Reply, ApiError> {
    let op = ctx.op;
    let rest = op.template.strip_prefix(SERVICE).unwrap_or_default();
    match (op.method.as_str(), rest) {
        ("GET", "/clickpipes") => {
            let now = ctx.now;
            let items = ctx
                .state
                .collection(&ctx.path_of(PIPES))
                .map(|c| c.iter().map(|p| render(p, now)).collect())
                .unwrap_or_default();
            Ok(Reply::Json(Value::Array(items)))
        }
        ("POST", "/clickpipes") => create(ctx),
        ("POST", "/clickpipes/schemaDiscovery") => discover(ctx),
        ("GET", "/clickpipes/{clickPipeId}") => Ok(Reply::Json(render(pipe(ctx)?, ctx.now))),
        ("PATCH", "/clickpipes/{clickPipeId}") => update(ctx),
        ("DELETE", "/clickpipes/{clickPipeId}") => {
            pipe(ctx)?;
            let (path, id) = (ctx.path_of(PIPES), ctx.param("clickPipeId").to_string());
            if let Some(c) = ctx.state.collections.get_mut(&path) {
                c.remove(&id);
            }
            Ok(Reply::Empty)
        }
        ("GET", "/clickpipes/{clickPipeId}/settings") => {
            Ok(Reply::Json(pipe(ctx)?["settings"].clone()))
        }
        ("PUT", "/clickpipes/{clickPipeId}/settings") => {
            let settings = non_null(&ctx.body);
            let now = ctx.now;
            let item = pipe_mut(ctx)?;
            item["settings"] = Value::Object(settings);
            item["updatedAt"] = json!(rfc3339(now));
            Ok(Reply::Json(item["settings"].clone()))
        }
        ("PATCH", "/clickpipes/{clickPipeId}/scaling") => scale(ctx),
        ("PATCH", "/clickpipes/{clickPipeId}/state") => change_state(ctx),
        _ => reverse_endpoints::handle(ctx, rest),
    }
}

// ---------------------------------------------------------------------------------------------
// How a pipe is stored and shown
// ---------------------------------------------------------------------------------------------

/// The state a pipe shows now: the transitional one until the transition's time has passed.
fn state(item: &Value, now: Millis) -> String {
    let since = item["_since"].as_u64().unwrap_or(0);
    let duration = item["_duration"].as_u64().unwrap_or(0);
    let key = if now < since + duration {
        "_transitional"
    } else {
        "_stable"
    };
    item[key].as_str().unwrap_or("Running").to_string()
}

fn in_transition(item: &Value, now: Millis) -> bool {
    now < item["_since"].as_u64().unwrap_or(0) + item["_duration"].as_u64().unwrap_or(0)
}

fn render(item: &Value, now: Millis) -> Value {
    let mut v = public(item);
    v["state"] = json!(state(item, now));
    v
}

fn start_transition(item: &mut Value, transitional: &str, stable: &str, now: Millis, ms: Millis) {
    item["_transitional"] = json!(transitional);
    item["_stable"] = json!(stable);
    item["_since"] = json!(now);
    item["_duration"] = json!(ms);
    item["updatedAt"] = json!(rfc3339(now));
}

/// The pipe's source kind (`kafka`, `postgres`, ...).
pub(super) fn kind_of(source: &Value) -> Option<&'static str> {
    KINDS
        .iter()
        .copied()
        .find(|k| source.get(*k).is_some_and(Value::is_object))
}

fn pipe<'a>(ctx: &'a Ctx<'_>) -> Result<&'a Value, ApiError> {
    let id = ctx.param("clickPipeId");
    ctx.state
        .item(&ctx.path_of(PIPES), id)
        .ok_or_else(|| ApiError::not_found(format!("ClickPipe {id} not found")))
}

fn pipe_mut<'a>(ctx: &'a mut Ctx<'_>) -> Result<&'a mut Value, ApiError> {
    let (path, id) = (ctx.path_of(PIPES), ctx.param("clickPipeId").to_string());
    ctx.state
        .item_mut(&path, &id)
        .ok_or_else(|| ApiError::not_found(format!("ClickPipe {id} not found")))
}

/// The members of an object that are not null.
fn non_null(v: &Value) -> Map<String, Value> {
    v.as_object()
        .map(|m| {
            m.iter()
                .filter(|(_, v)| !v.is_null())
                .map(|(k, v)| (k.clone(), v.clone()))
                .collect()
        })
        .unwrap_or_default()
}

/// `value` reduced to the members the spec's `schema` shows, at every depth (write-only members
/// such as credentials, and request-only ones, are dropped).
pub(super) fn project(schema: &Value, value: &Value) -> Value {
    let schemas = &spec_for(Provider::ClickHouse).components["schemas"];
    let mut s = schema;
    for _ in 0..16 {
        if let Some(r) = s.get("$ref").and_then(Value::as_str) {
            s = &schemas[r.trim_start_matches("#/components/schemas/")];
        } else if let Some(alternatives) = s.get("oneOf").and_then(Value::as_array) {
            if value.is_null() {
                return Value::Null;
            }
            match alternatives.iter().find(|a| a["type"] != "null") {
                Some(a) => s = a,
                None => return value.clone(),
            }
        } else {
            break;
        }
    }
    match value {
        Value::Object(m) => match s.get("properties").and_then(Value::as_object) {
            Some(props) => Value::Object(
                m.iter()
                    .filter_map(|(k, v)| props.get(k).map(|p| (k.clone(), project(p, v))))
                    .collect(),
            ),
            None => value.clone(),
        },
        Value::Array(items) => match s.get("items") {
            Some(item) => Value::Array(items.iter().map(|i| project(item, i)).collect()),
            None => value.clone(),
        },
        _ => value.clone(),
    }
}

fn schema(name: &str) -> Value {
    json!({"$ref": format!("#/components/schemas/{name}")})
}

// ---------------------------------------------------------------------------------------------
// Operations
// ---------------------------------------------------------------------------------------------

fn create(ctx: &mut Ctx<'_>) -> Result<Reply, ApiError> {
    let body = ctx.body.clone();
    let name = body["name"].as_str().unwrap_or_default();
    if name.trim().is_empty() {
        return Err(bad("name: a ClickPipe needs a name"));
    }
    if name.chars().count() > 255 {
        return Err(bad("name: at most 255 characters"));
    }
    let kinds: Vec<&str> = KINDS
        .iter()
        .copied()
        .filter(|k| body["source"].get(*k).is_some_and(Value::is_object))
        .collect();
    let [kind] = kinds.as_slice() else {
        return Err(bad(format!(
            "source: exactly one source is needed (one of {}); got {}",
            KINDS.join(", "),
            if kinds.is_empty() {
                "none".to_string()
            } else {
                kinds.join(", ")
            }
        )));
    };
    let destination = &body["destination"];
    if destination["database"].as_str().is_none_or(str::is_empty) {
        return Err(bad("destination.database: is required"));
    }
    if !CDC_KINDS.contains(kind) && destination["table"].as_str().is_none_or(str::is_empty) {
        return Err(bad(format!(
            "destination.table: is required for a {kind} pipe"
        )));
    }
    if let Some(ids) = body["source"][*kind]["reversePrivateEndpointIds"].as_array() {
        for (i, id) in ids.iter().enumerate() {
            let id = id.as_str().unwrap_or_default();
            if !reverse_endpoints::exists(ctx, id) {
                return Err(bad(format!(
                    "source.{kind}.reversePrivateEndpointIds[{i}]: reverse private endpoint {id} not found"
                )));
            }
        }
    }
    let now = ctx.now;
    let id = new_uuid();
    let mut item = project(&schema("ClickPipe"), &body);
    item["id"] = json!(id);
    item["serviceId"] = json!(ctx.param("serviceId"));
    let mut scaling = json!({"replicas": 1, "replicaCpuMillicores": 500, "replicaMemoryGb": 2});
    if let Value::Object(asked) = &item["scaling"] {
        scaling
            .as_object_mut()
            .expect("an object")
            .extend(asked.clone());
    }
    item["scaling"] = scaling;
    for (field, empty) in [("fieldMappings", json!([])), ("settings", json!({}))] {
        if item.get(field).is_none_or(Value::is_null) {
            item[field] = empty;
        }
    }
    item["createdAt"] = json!(rfc3339(now));
    let fails = ctx.transition_fails();
    let stable = if fails { "Failed" } else { "Running" };
    start_transition(&mut item, "Provisioning", stable, now, ctx.transition());
    let shown = render(&item, now);
    ctx.state
        .collection_mut(&ctx.path_of(PIPES), PIPES)
        .insert(&id, item);
    Ok(Reply::Json(shown))
}

/// The key of a table mapping: (schema or database, table or collection).
fn mapping_key(m: &Value) -> (String, String) {
    let first = |fields: &[&str]| {
        fields
            .iter()
            .find_map(|f| m[*f].as_str())
            .unwrap_or_default()
            .to_string()
    };
    (
        first(&[
            "sourceSchemaName",
            "sourceDatabaseName",
            "sourceDatasetName",
        ]),
        first(&["sourceTable", "sourceCollection"]),
    )
}

/// Applies the patch of the pipe's source (`ClickPipePatch*Source`) to it.
fn patch_source(
    source: &mut Value,
    kind: &str,
    patch: &Map<String, Value>,
) -> Result<(), ApiError> {
    for (field, value) in patch {
        match field.as_str() {
            "tableMappingsToAdd" => {
                let mappings = source["tableMappings"]
                    .as_array()
                    .cloned()
                    .unwrap_or_default();
                let mut mappings: Vec<Value> = mappings;
                for add in value.as_array().into_iter().flatten() {
                    mappings.retain(|m| mapping_key(m) != mapping_key(add));
                    mappings.push(add.clone());
                }
                source["tableMappings"] = Value::Array(mappings);
            }
            "tableMappingsToRemove" => {
                let mut mappings = source["tableMappings"]
                    .as_array()
                    .cloned()
                    .unwrap_or_default();
                for (i, remove) in value.as_array().into_iter().flatten().enumerate() {
                    let key = mapping_key(remove);
                    if !mappings.iter().any(|m| mapping_key(m) == key) {
                        return Err(bad(format!(
                            "source.{kind}.tableMappingsToRemove[{i}]: {}.{} is not replicated by this pipe",
                            key.0, key.1
                        )));
                    }
                    mappings.retain(|m| mapping_key(m) != key);
                }
                source["tableMappings"] = Value::Array(mappings);
            }
            "settings" => {
                let mut settings = non_null(&source["settings"]);
                settings.extend(non_null(value));
                source["settings"] = Value::Object(settings);
            }
            _ if value.is_null() => {}
            _ => source[field.as_str()] = value.clone(),
        }
    }
    Ok(())
}

fn update(ctx: &mut Ctx<'_>) -> Result<Reply, ApiError> {
    let body = ctx.body.clone();
    let now = ctx.now;
    let item = pipe_mut(ctx)?;
    if let Some(name) = body["name"].as_str() {
        if name.trim().is_empty() || name.chars().count() > 255 {
            return Err(bad("name: 1 to 255 characters"));
        }
        item["name"] = json!(name);
    }
    if let Some(patch) = body["source"].as_object() {
        let kind = kind_of(&item["source"]).unwrap_or_default();
        for (k, v) in patch {
            if k == "validateSamples" || v.is_null() {
                continue;
            }
            if k != kind {
                return Err(bad(format!(
                    "source.{k}: the pipe's source is {kind}; it cannot be changed to {k}"
                )));
            }
            let mut source = item["source"][kind].clone();
            patch_source(&mut source, kind, v.as_object().unwrap_or(&Map::new()))?;
            item["source"][kind] = source;
        }
        item["source"] = project(&schema("ClickPipeSource"), &item["source"]);
    }
    if let Some(columns) = body["destination"].get("columns").filter(|c| c.is_array()) {
        item["destination"]["columns"] = columns.clone();
    }
    if let Some(mappings) = body.get("fieldMappings").filter(|m| m.is_array()) {
        item["fieldMappings"] = mappings.clone();
    }
    if body["settings"].is_object() {
        let mut settings = non_null(&item["settings"]);
        for (k, v) in body["settings"].as_object().into_iter().flatten() {
            if v.is_null() {
                settings.remove(k);
            } else {
                settings.insert(k.clone(), v.clone());
            }
        }
        item["settings"] = Value::Object(settings);
    }
    item["updatedAt"] = json!(rfc3339(now));
    Ok(Reply::Json(render(item, now)))
}

fn scale(ctx: &mut Ctx<'_>) -> Result<Reply, ApiError> {
    let changes = non_null(&ctx.body);
    let now = ctx.now;
    let item = pipe_mut(ctx)?;
    if let Some(kind) = kind_of(&item["source"]).filter(|k| CDC_KINDS.contains(k)) {
        return Err(bad(format!(
            "a {kind} pipe is scaled with the service's ClickPipes CDC scaling (clickpipesCdcScaling)"
        )));
    }
    let mut scaling = non_null(&item["scaling"]);
    scaling.extend(changes);
    item["scaling"] = Value::Object(scaling);
    item["updatedAt"] = json!(rfc3339(now));
    Ok(Reply::Json(render(item, now)))
}

fn change_state(ctx: &mut Ctx<'_>) -> Result<Reply, ApiError> {
    let command = ctx.body_str("command").unwrap_or_default().to_string();
    let (now, transition) = (ctx.now, ctx.transition());
    let item = pipe(ctx)?;
    let current = state(item, now);
    let kind = kind_of(&item["source"]).unwrap_or_default();
    let (transitional, noop) = match command.as_str() {
        "start" => ("Provisioning", current == "Running"),
        "stop" => ("Stopping", current == "Stopped"),
        "resync" if CDC_KINDS.contains(&kind) => ("Resync", false),
        "resync" => {
            return Err(bad(format!(
                "command: only database (CDC) pipes can be resynced; this one reads from {kind}"
            )));
        }
        "" => return Err(bad("command: is required (start, stop or resync)")),
        other => {
            return Err(bad(format!(
                "command: unknown command {other:?}; use start, stop or resync"
            )));
        }
    };
    if !noop && in_transition(item, now) {
        return Err(ApiError::failed_precondition(format!(
            "ClickPipe {} is {current}; try again when that has finished",
            ctx.param("clickPipeId")
        )));
    }
    if !noop {
        // Stopping has no failed state; starting and resyncing can fail (`failed_transitions`).
        let stable = if command == "stop" {
            "Stopped"
        } else if ctx.transition_fails() {
            "Failed"
        } else {
            "Running"
        };
        start_transition(pipe_mut(ctx)?, transitional, stable, now, transition);
    }
    Ok(Reply::Json(render(pipe(ctx)?, now)))
}

/// A plausible schema of a streaming source, from a sample of its messages.
fn discover(ctx: &mut Ctx<'_>) -> Result<Reply, ApiError> {
    let source = &ctx.body["source"];
    let kinds: Vec<&str> = ["kafka", "kinesis"]
        .into_iter()
        .filter(|k| source.get(*k).is_some_and(Value::is_object))
        .collect();
    let [kind] = kinds.as_slice() else {
        return Err(bad(
            "source: exactly one of kafka or kinesis is needed to discover a schema",
        ));
    };
    let s = &source[*kind];
    let format = s["format"].as_str().unwrap_or("JSONEachRow");
    let mut fields = vec![
        json!({"name": "id", "type": "Int64", "optional": false}),
        json!({"name": "timestamp", "type": "DateTime64(3)", "optional": false}),
        json!({"name": "event_type", "type": "LowCardinality(String)", "optional": false}),
        json!({"name": "user_id", "type": "Nullable(String)", "optional": true}),
    ];
    if format == "JSONEachRow" {
        fields.push(json!({"name": "payload", "type": "JSON", "optional": true}));
    } else {
        fields.push(json!({"name": "amount", "type": "Decimal(18, 2)", "optional": true}));
    }
    let origin = match *kind {
        "kafka" => s["topics"].as_str().unwrap_or_default(),
        _ => s["streamName"].as_str().unwrap_or_default(),
    };
    let mut meta = json!({"source": kind, "format": format, "sampledMessages": "10"});
    let origin_field = if *kind == "kafka" {
        "topics"
    } else {
        "streamName"
    };
    meta[origin_field] = json!(origin);
    Ok(Reply::Json(json!({"fields": fields, "meta": meta})))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn answers_keep_only_what_the_spec_shows() {
        let body = json!({
            "name": "p",
            "source": {"postgres": {"host": "db.example.com", "credentials": {"username": "u", "password": "pw"},
                                    "tableMappings": [{"sourceSchemaName": "public", "sourceTable": "t",
                                                       "targetTable": "public_t"}]},
                       "validateSamples": true},
            "destination": {"database": "pg", "roles": ["r"]},
        });
        let shown = project(&schema("ClickPipe"), &body);
        assert_eq!(
            shown,
            json!({"name": "p", "source": {"postgres": {"host": "db.example.com",
                    "tableMappings": [{"sourceSchemaName": "public", "sourceTable": "t", "targetTable": "public_t"}]}},
                   "destination": {"database": "pg"}})
        );
    }

    #[test]
    fn table_mappings_are_added_and_removed() {
        let mut source =
            json!({"tableMappings": [{"sourceSchemaName": "public", "sourceTable": "a"}]});
        let patch = json!({"tableMappingsToAdd": [{"sourceSchemaName": "public", "sourceTable": "b"}],
                           "tableMappingsToRemove": [{"sourceSchemaName": "public", "sourceTable": "a"}]});
        patch_source(&mut source, "postgres", patch.as_object().unwrap()).unwrap();
        assert_eq!(
            source["tableMappings"],
            json!([{"sourceSchemaName": "public", "sourceTable": "b"}])
        );
        let again =
            json!({"tableMappingsToRemove": [{"sourceSchemaName": "public", "sourceTable": "a"}]});
        let e = patch_source(&mut source, "postgres", again.as_object().unwrap()).unwrap_err();
        assert!(e.message.contains("public.a"), "{}", e.message);
    }
}
