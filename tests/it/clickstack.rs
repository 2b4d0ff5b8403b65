//! `dbcloud ch clickstack`, end to end: a journey from a source to an alert, and every verb of every kind with
//! its failures (bad documents and references: exit 2 and nothing sent; unknown objects: exit 3).

use std::path::PathBuf;

use crate::clickhouse::{org, with_services};
use crate::common::*;
use serde_json::Value;

const SVC: &str = "seed-service-0001";
/// The placeholder IDs of the example documents.
const EXAMPLE_SOURCE: &str = "65f5e4a3b9e77c001a111111";
const EXAMPLE_DASHBOARD: &str = "65f5e4a3b9e77c001a567890";
const EXAMPLE_TILE: &str = "65f5e4a3b9e77c001a901234";
const EXAMPLE_WEBHOOK: &str = "65f5e4a3b9e77c001a789012";

pub(crate) fn example(kind: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("docs/examples")
        .join(format!("clickstack-{kind}.yaml"))
}

pub(crate) fn example_text(kind: &str) -> String {
    std::fs::read_to_string(example(kind)).unwrap()
}

/// Runs `dbcloud ch clickstack <args> --service seed-service-0001`.
pub(crate) fn stack(emu: &Emu, args: &[&str]) -> std::process::Output {
    stack_stdin(emu, args, "")
}

pub(crate) fn stack_stdin(emu: &Emu, args: &[&str], stdin: &str) -> std::process::Output {
    let mut all = vec!["ch", "clickstack"];
    all.extend_from_slice(args);
    all.extend_from_slice(&["--service", SVC]);
    emu.run_stdin(&all, stdin)
}

/// The same with `--json`, asserting success.
pub(crate) fn stack_json(emu: &Emu, args: &[&str]) -> Value {
    let mut all = args.to_vec();
    all.push("--json");
    let out = stack(emu, &all);
    assert_code(&out, 0);
    serde_json::from_slice(&out.stdout).unwrap()
}

fn service_id(emu: &Emu) -> String {
    emu.json(&["ch", "service", "list"])[0]["id"]
        .as_str()
        .unwrap()
        .to_string()
}

/// The objects of a kind (`dashboards`, ...) the emulator keeps for the seeded service.
pub(crate) fn stored(emu: &Emu, collection: &str) -> Vec<Value> {
    let path = format!(
        "/v1/organizations/{}/services/{}/clickstack/{collection}",
        org(emu),
        service_id(emu)
    );
    emu.server.state()["collections"][path.as_str()]
        .as_array()
        .cloned()
        .unwrap_or_default()
}

/// The ClickStack writes the emulator received (method and path after `clickstack/`).
pub(crate) fn stack_writes(emu: &Emu) -> Vec<String> {
    emu.requests("/v1/")
        .into_iter()
        .filter(|r| r.method != "GET")
        .filter_map(|r| {
            r.path
                .split_once("/clickstack/")
                .map(|(_, rest)| format!("{} {rest}", r.method))
        })
        .collect()
}

pub(crate) fn id_of(v: &Value) -> String {
    v["id"].as_str().expect("an ID").to_string()
}

/// A file in a temporary directory.
pub(crate) fn write(dir: &tempfile::TempDir, name: &str, text: &str) -> String {
    let path = dir.path().join(name);
    std::fs::write(&path, text).unwrap();
    path.to_string_lossy().into_owned()
}

#[test]
fn the_example_documents_are_what_the_api_takes() {
    for (kind, operations) in [
        (
            "dashboard",
            &["clickStackCreateDashboard", "clickStackValidateDashboard"][..],
        ),
        ("alert", &["clickStackCreateAlert", "clickStackUpdateAlert"]),
        (
            "source",
            &["clickStackCreateSource", "clickStackUpdateSource"],
        ),
        (
            "webhook",
            &["clickStackCreateWebhook", "clickStackUpdateWebhook"],
        ),
        ("role", &["clickStackCreateRole", "clickStackUpdateRole"]),
        (
            "saved-search",
            &["clickStackCreateSavedSearch", "clickStackUpdateSavedSearch"],
        ),
    ] {
        let name = format!("clickstack-{kind}.yaml");
        let doc = dbcloud::document::parse(&name, &example_text(kind)).unwrap();
        for op in operations {
            if let Err(e) =
                dbcloud::document::check(dbcloud::provider::Provider::ClickHouse, op, &name, &doc)
            {
                panic!("{name} as {op}: {e}");
            }
        }
    }
}

#[test]
fn journey_source_dashboard_validate_update_alert_delete() {
    let emu = with_services(1);
    let dir = tempfile::tempdir().unwrap();

    // A source from the example file.
    let out = stack(
        &emu,
        &[
            "source",
            "create",
            "--file",
            example("source").to_str().unwrap(),
        ],
    );
    assert_code(&out, 0);
    let table = stdout_of(&out);
    assert!(
        table.contains("Logs") && table.contains("otel.otel_logs"),
        "{table}"
    );
    assert!(
        stderr_of(&out).starts_with("Created source Logs ("),
        "{}",
        stderr_of(&out)
    );
    let sources = stored(&emu, "sources");
    assert_eq!(sources.len(), 1);
    let source = id_of(&sources[0]);
    assert_eq!(sources[0]["kind"], "log");

    // A dashboard on it, checked by the service first, from stdin.
    let doc = example_text("dashboard").replace(EXAMPLE_SOURCE, &source);
    let out = stack_stdin(&emu, &["dashboard", "validate", "--file", "-"], &doc);
    assert_code(&out, 0);
    assert_eq!(stdout_of(&out), "");
    assert!(
        stderr_of(&out).contains("finds no problem in stdin"),
        "{}",
        stderr_of(&out)
    );
    assert!(
        stored(&emu, "dashboards").is_empty(),
        "validate saves nothing"
    );
    let out = stack_stdin(
        &emu,
        &["dashboard", "create", "--file", "-", "--json"],
        &doc,
    );
    assert_code(&out, 0);
    let dashboard: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(dashboard["name"], "Service Overview");
    assert_eq!(dashboard["tiles"].as_array().unwrap().len(), 3);
    let dashboard_id = id_of(&dashboard);
    let tile = dashboard["tiles"][0]["id"].as_str().unwrap().to_string();
    assert_eq!(
        stored(&emu, "dashboards")[0]["tiles"][0]["config"]["sourceId"],
        source.as_str()
    );

    // Update: the YAML `get` shows, edited, sent back (the ID left out, with a note).
    let out = stack(
        &emu,
        &["dashboard", "get", "Service Overview", "-o", "yaml"],
    );
    assert_code(&out, 0);
    let edited = stdout_of(&out).replace("name: Service Overview", "name: Overview");
    let file = write(&dir, "overview.yaml", &edited);
    let out = stack(&emu, &["dashboard", "validate", "--file", &file]);
    assert_code(&out, 0);
    assert!(
        stderr_of(&out).contains("note: left out id, filters[].id from"),
        "{}",
        stderr_of(&out)
    );
    let out = stack(
        &emu,
        &["dashboard", "update", "Service Overview", "--file", &file],
    );
    assert_code(&out, 0);
    let stderr = stderr_of(&out);
    assert!(stderr.contains("note: left out id from"), "{stderr}");
    assert!(
        stderr.contains(&format!("Updated dashboard Overview ({dashboard_id})")),
        "{stderr}"
    );
    let put = emu
        .requests("/v1/")
        .into_iter()
        .find(|r| r.method == "PUT")
        .unwrap();
    assert!(
        put.path
            .ends_with(&format!("/clickstack/dashboards/{dashboard_id}"))
    );
    assert!(put.body.unwrap().get("id").is_none());
    let dashboards = stored(&emu, "dashboards");
    assert_eq!(dashboards[0]["name"], "Overview");
    assert_eq!(
        dashboards[0]["tiles"][0]["id"],
        tile.as_str(),
        "the tiles keep their IDs"
    );

    // An alert on its first tile, sent to a webhook.
    let webhook = stack_json(
        &emu,
        &[
            "webhook",
            "create",
            "--file",
            example("webhook").to_str().unwrap(),
        ],
    );
    let alert_doc = example_text("alert")
        .replace(EXAMPLE_DASHBOARD, &dashboard_id)
        .replace(EXAMPLE_TILE, &tile)
        .replace(EXAMPLE_WEBHOOK, &id_of(&webhook));
    let file = write(&dir, "alert.yaml", &alert_doc);
    let alert = stack_json(&emu, &["alert", "create", "--file", &file]);
    assert_eq!(alert["name"], "High error rate");
    assert_eq!(alert["dashboardId"], dashboard_id.as_str());
    let out = stack(&emu, &["alert", "list"]);
    assert_code(&out, 0);
    let table = stdout_of(&out);
    assert!(table.contains("High error rate"), "{table}");
    assert!(table.contains("above 100 per 5m"), "{table}");
    assert!(
        table.contains(&format!("webhook {}", id_of(&webhook))),
        "{table}"
    );
    assert_eq!(stored(&emu, "alerts").len(), 1);

    // Deleting the dashboard deletes its alert; it is gone.
    let out = stack(&emu, &["dashboard", "delete", "Overview", "--yes"]);
    assert_code(&out, 0);
    assert!(stderr_of(&out).contains("Deleted dashboard Overview."));
    assert!(stored(&emu, "dashboards").is_empty());
    assert!(stored(&emu, "alerts").is_empty());
    let out = stack(&emu, &["dashboard", "get", &dashboard_id]);
    assert_code(&out, 3);
    let out = stack(&emu, &["alert", "get", &id_of(&alert)]);
    assert_code(&out, 3);
    let out = stack(&emu, &["source", "delete", "Logs", "--yes"]);
    assert_code(&out, 0);
    assert!(stored(&emu, "sources").is_empty());
    assert_eq!(
        stack_writes(&emu),
        [
            "POST sources".to_string(),
            "POST dashboards/validate".to_string(),
            "POST dashboards".to_string(),
            "POST dashboards/validate".to_string(),
            format!("PUT dashboards/{dashboard_id}"),
            "POST webhooks".to_string(),
            "POST alerts".to_string(),
            format!("DELETE dashboards/{dashboard_id}"),
            format!("DELETE sources/{source}"),
        ]
    );
}

#[test]
fn bad_documents_are_refused_before_anything_is_sent() {
    let emu = with_services(1);
    let dir = tempfile::tempdir().unwrap();
    // A source whose kind does not exist: the field and the values allowed.
    let doc = example_text("source").replace("kind: log", "kind: logs");
    let file = write(&dir, "source.yaml", &doc);
    let out = stack(&emu, &["source", "create", "--file", &file]);
    assert_code(&out, 2);
    let stderr = stderr_of(&out);
    assert!(
        stderr.contains("source.yaml is not what the API takes"),
        "{stderr}"
    );
    assert!(
        stderr
            .contains(r#"kind: "logs" is not one of ["log","trace","metric","session","promql"]"#),
        "{stderr}"
    );
    // A log source without its table: the field the chosen kind needs.
    let doc = example_text("source").replace("  tableName: otel_logs\n", "");
    let out = stack_stdin(&emu, &["source", "create", "--file", "-"], &doc);
    assert_code(&out, 2);
    assert!(
        stderr_of(&out).contains(r#"from: "tableName" is a required property"#),
        "{}",
        stderr_of(&out)
    );
    // A dashboard tile whose chart has a wrong enum value, deep inside.
    let doc = example_text("dashboard").replace(
        "aggFn: count\n          alias: Errors",
        "aggFn: total\n          alias: Errors",
    );
    let file = write(&dir, "d.yaml", &doc);
    for verb in [&["dashboard", "create"][..], &["dashboard", "validate"]] {
        let mut args = verb.to_vec();
        args.extend(["--file", &file]);
        let out = stack(&emu, &args);
        assert_code(&out, 2);
        assert!(
            stderr_of(&out).contains(r#"tiles[0].config.select[0].aggFn: "total" is not one of"#),
            "{}",
            stderr_of(&out)
        );
    }
    // An unknown field; a wrong type; not YAML; no file.
    let out = stack_stdin(
        &emu,
        &["role", "create", "--file", "-"],
        "name: Bot\npermissions: []\ncolour: red\n",
    );
    assert_code(&out, 2);
    assert!(
        stderr_of(&out).contains("colour: unknown field"),
        "{}",
        stderr_of(&out)
    );
    let out = stack_stdin(
        &emu,
        &["saved-search", "create", "--file", "-"],
        r#"{"name": "Errors", "sourceId": 12}"#,
    );
    assert_code(&out, 2);
    assert!(
        stderr_of(&out).contains(r#"sourceId: 12 is not of type "string""#),
        "{}",
        stderr_of(&out)
    );
    let out = stack_stdin(&emu, &["webhook", "create", "--file", "-"], "name: [x");
    assert_code(&out, 2);
    assert!(
        stderr_of(&out).contains("stdin: not valid YAML"),
        "{}",
        stderr_of(&out)
    );
    let out = stack(
        &emu,
        &["alert", "create", "--file", "/nonexistent/alert.yaml"],
    );
    assert_code(&out, 2);
    // Updates are checked the same way, before the object is even looked up.
    let out = stack_stdin(
        &emu,
        &["alert", "update", "High error rate", "--file", "-"],
        "interval: 2m\n",
    );
    assert_code(&out, 2);
    assert!(
        stderr_of(&out).contains(r#"interval: "2m" is not one of"#),
        "{}",
        stderr_of(&out)
    );
    assert!(stack_writes(&emu).is_empty(), "{:?}", stack_writes(&emu));
    assert!(
        emu.requests("/v1/")
            .iter()
            .all(|r| !r.path.contains("/clickstack/")),
        "nothing was even read"
    );
}

#[test]
fn the_service_finds_what_the_schema_cannot() {
    let emu = with_services(1);
    // validate: the problems, as a table or as the API's answer, and exit 1.
    let out = stack(
        &emu,
        &[
            "dashboard",
            "validate",
            "--file",
            example("dashboard").to_str().unwrap(),
        ],
    );
    assert_code(&out, 1);
    let table = stdout_of(&out);
    assert!(table.starts_with("PATH"), "{table}");
    assert!(
        table.contains(&format!(
            "tiles.0.config.sourceId  Source {EXAMPLE_SOURCE} not found"
        )),
        "{table}"
    );
    assert!(
        stderr_of(&out).contains("the service finds 3 problems in"),
        "{}",
        stderr_of(&out)
    );
    let out = stack(
        &emu,
        &[
            "dashboard",
            "validate",
            "--file",
            example("dashboard").to_str().unwrap(),
            "--json",
        ],
    );
    assert_code(&out, 1);
    let answer: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(answer["valid"], false);
    assert_eq!(answer["normalized"], Value::Null);
    assert_eq!(answer["errors"][0]["path"], "filters.0.sourceId");
    // create: the server's refusal (exit 1), nothing made.
    let out = stack(
        &emu,
        &[
            "dashboard",
            "create",
            "--file",
            example("dashboard").to_str().unwrap(),
        ],
    );
    assert_code(&out, 1);
    assert!(
        stderr_of(&out).contains("filters.0.sourceId: Source"),
        "{}",
        stderr_of(&out)
    );
    let out = stack(
        &emu,
        &[
            "alert",
            "create",
            "--file",
            example("alert").to_str().unwrap(),
        ],
    );
    assert_code(&out, 1);
    assert!(
        stderr_of(&out).contains(&format!("dashboard {EXAMPLE_DASHBOARD} not found")),
        "{}",
        stderr_of(&out)
    );
    assert!(stored(&emu, "dashboards").is_empty() && stored(&emu, "alerts").is_empty());
}
