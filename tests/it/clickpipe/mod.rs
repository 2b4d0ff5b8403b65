//! `dbcloud ch clickpipe`, end to end against the emulator: pipes from documents, their state, settings,
//! scaling and schema discovery; the service's CDC scaling and reverse private endpoints are in scaling.rs.

mod scaling;

use serde_json::{Value, json};

use crate::clickhouse::{ch, ch_json, org, sent, service_id, with_services, writes};
use crate::common::*;

pub(crate) const SERVICE: &str = "seed-service-0001";

pub(crate) fn example(name: &str) -> String {
    format!("{}/docs/examples/{name}", env!("CARGO_MANIFEST_DIR"))
}

/// The service's pipes as the emulator stores them.
fn stored_pipes(emu: &Emu) -> Vec<Value> {
    let path = format!(
        "/v1/organizations/{}/services/{}/clickpipes",
        org(emu),
        service_id(emu, SERVICE)
    );
    emu.server.state()["collections"][path.as_str()]
        .as_array()
        .cloned()
        .unwrap_or_default()
}

/// Creates a pipe from an example document (without waiting) and returns it.
pub(crate) fn create(emu: &Emu, file: &str) -> Value {
    ch_json(
        emu,
        &[
            "clickpipe",
            "create",
            "--service",
            SERVICE,
            "--file",
            &example(file),
        ],
    )
}

#[test]
fn every_example_document_is_what_the_api_takes() {
    let dir = format!("{}/docs/examples", env!("CARGO_MANIFEST_DIR"));
    let mut checked = Vec::new();
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        let Some(kind) = name
            .strip_prefix("clickpipe-")
            .and_then(|n| n.strip_suffix(".yaml"))
        else {
            continue;
        };
        let operation = match kind {
            "discover" => "clickPipeSchemaDiscovery",
            "update" => "clickPipeUpdate",
            _ => "clickPipeCreate",
        };
        let text = std::fs::read_to_string(&path).unwrap();
        let doc = dbcloud::document::parse(&name, &text).unwrap();
        dbcloud::document::check(
            dbcloud::provider::Provider::ClickHouse,
            operation,
            &name,
            &doc,
        )
        .unwrap_or_else(|e| panic!("{name}: {e}"));
        checked.push(kind.to_string());
    }
    checked.sort();
    assert_eq!(
        checked,
        [
            "bigquery",
            "discover",
            "kafka",
            "kinesis",
            "mongodb",
            "mysql",
            "object-storage",
            "postgres",
            "pubsub",
            "update"
        ]
    );
}

#[test]
fn a_pipe_of_every_source_kind_is_created_without_echoing_its_secrets() {
    let emu = with_services(1);
    for (file, kind) in [
        ("clickpipe-kafka.yaml", "kafka"),
        ("clickpipe-object-storage.yaml", "objectStorage"),
        ("clickpipe-kinesis.yaml", "kinesis"),
        ("clickpipe-pubsub.yaml", "pubsub"),
        ("clickpipe-postgres.yaml", "postgres"),
        ("clickpipe-mysql.yaml", "mysql"),
        ("clickpipe-mongodb.yaml", "mongodb"),
        ("clickpipe-bigquery.yaml", "bigquery"),
    ] {
        let pipe = create(&emu, file);
        assert_eq!(pipe["state"], "Provisioning", "{file}: {pipe}");
        assert!(pipe["source"][kind].is_object(), "{file}: {pipe}");
        let text = pipe.to_string();
        for secret in [
            "PASSWORD",
            "CONFLUENT_API_SECRET",
            "BASE64_OF_THE_SERVICE_ACCOUNT",
        ] {
            assert!(!text.contains(secret), "{file}: {text}");
        }
    }
    assert_eq!(stored_pipes(&emu).len(), 8);
    let table = stdout_of(&ch(&emu, &["clickpipe", "list", "--service", SERVICE]));
    assert!(
        table.contains("kafka (confluent)") && table.contains("default.orders"),
        "{table}"
    );
    assert!(table.contains("postgres (rdspostgres)") && table.contains("app"));
    let names = ch_json(
        &emu,
        &[
            "clickpipe",
            "list",
            "-s",
            SERVICE,
            "--limit",
            "2",
            "--jq",
            "[.[].name]",
        ],
    );
    assert_eq!(names, json!(["orders-from-kafka", "logs-from-s3"]));
}

/// The journey of the issue: create from YAML with --wait, stop --wait, settings set, start --wait, delete.
#[test]
fn journey_create_stop_set_start_delete() {
    let emu = with_services(1);
    let out = ch(
        &emu,
        &[
            "clickpipe",
            "create",
            "--service",
            SERVICE,
            "--file",
            &example("clickpipe-kafka.yaml"),
            "--wait",
            "-o",
            "yaml",
        ],
    );
    assert_code(&out, 0);
    let created: Value = serde_norway::from_str(&stdout_of(&out)).unwrap();
    assert_eq!(created["state"], "Running");
    assert_eq!(created["name"], "orders-from-kafka");
    let err = stderr_of(&out);
    assert!(err.contains("Created ClickPipe orders-from-kafka"), "{err}");
    assert!(err.contains("Waiting for ClickPipe orders-from-kafka to be running: Provisioning"));
    let id = created["id"].as_str().unwrap().to_string();
    let post = sent(&emu, "POST", "/clickpipes").pop().unwrap();
    assert_eq!(
        post.body.unwrap()["source"]["kafka"]["credentials"]["password"],
        "CONFLUENT_API_SECRET"
    );

    let stopped = ch_json(
        &emu,
        &[
            "clickpipe",
            "stop",
            "orders-from-kafka",
            "--service",
            SERVICE,
            "--wait",
        ],
    );
    assert_eq!(stopped["state"], "Stopped");
    assert_eq!(
        sent(&emu, "PATCH", "/state").pop().unwrap().body.unwrap(),
        json!({"command": "stop"})
    );

    let out = ch(
        &emu,
        &[
            "clickpipe",
            "settings",
            "set",
            "orders-from-kafka",
            "--service",
            SERVICE,
            "streaming_max_insert_wait_ms=2000",
            "clickhouse_max_threads=8",
        ],
    );
    assert_code(&out, 0);
    let table = stdout_of(&out);
    assert!(
        table
            .lines()
            .any(|l| l.contains("streaming_max_insert_wait_ms") && l.contains("2000")),
        "{table}"
    );
    assert_eq!(
        sent(&emu, "PUT", "/settings").pop().unwrap().body.unwrap(),
        json!({"streaming_max_insert_wait_ms": 2000, "clickhouse_max_threads": 8})
    );
    // Setting one more keeps the others; null returns one to its default.
    let settings = ch_json(
        &emu,
        &[
            "clickpipe",
            "settings",
            "set",
            &id,
            "-s",
            SERVICE,
            "clickhouse_max_threads=null",
            "object_storage_use_cluster_function=true",
        ],
    );
    assert_eq!(
        settings,
        json!({"streaming_max_insert_wait_ms": 2000, "object_storage_use_cluster_function": true})
    );

    let started = ch_json(
        &emu,
        &["clickpipe", "start", &id, "--service", SERVICE, "--wait"],
    );
    assert_eq!(started["state"], "Running");
    let stored = stored_pipes(&emu);
    assert_eq!(stored[0]["settings"], settings);

    let out = ch(
        &emu,
        &[
            "clickpipe",
            "delete",
            "orders-from-kafka",
            "--service",
            SERVICE,
        ],
    );
    assert_code(&out, 2);
    assert!(sent(&emu, "DELETE", &id).is_empty());
    let out = ch(
        &emu,
        &[
            "clickpipe",
            "delete",
            "orders-from-kafka",
            "--service",
            SERVICE,
            "--yes",
        ],
    );
    assert_code(&out, 0);
    assert!(stderr_of(&out).contains("Deleted ClickPipe orders-from-kafka."));
    assert!(stored_pipes(&emu).is_empty());
    let out = ch(&emu, &["clickpipe", "get", &id, "--service", SERVICE]);
    assert_code(&out, 3);
}

#[test]
fn a_document_the_api_would_refuse_is_refused_before_anything_is_sent() {
    let emu = with_services(1);
    let bad = "name: p\nsource:\n  kafka:\n    format: xml\n    brokers: b:9092\n    topics: t\n    \
               authentication: PLAIN\n    credentials: {username: u, password: hunter2-secret}\n\
               destination: {database: default, table: t}\n";
    let out = emu.run_stdin(
        &[
            "ch",
            "clickpipe",
            "create",
            "--service",
            SERVICE,
            "--file",
            "-",
        ],
        bad,
    );
    assert_code(&out, 2);
    let err = stderr_of(&out);
    assert!(
        err.contains("stdin") && err.contains("source.kafka.format") && err.contains("\"xml\""),
        "{err}"
    );
    assert!(err.contains("JSONEachRow"), "{err}");
    assert!(!err.contains("hunter2-secret"), "{err}");
    let out = emu.run_stdin(
        &[
            "ch",
            "clickpipe",
            "update",
            "x",
            "--service",
            SERVICE,
            "--file",
            "-",
        ],
        "{\"nmae\": \"typo\"}",
    );
    assert_code(&out, 2);
    assert!(
        stderr_of(&out).contains("nmae: unknown field"),
        "{}",
        stderr_of(&out)
    );
    let file = emu.env.dir.path().join("missing.yaml");
    let out = ch(
        &emu,
        &[
            "clickpipe",
            "discover",
            "-s",
            SERVICE,
            "--file",
            file.to_str().unwrap(),
        ],
    );
    assert_code(&out, 2);
    assert!(writes(&emu).is_empty(), "{:?}", writes(&emu));
    assert!(sent(&emu, "GET", "/services").is_empty());
}

#[test]
fn unknown_pipes_and_services_are_exit_3() {
    let emu = with_services(1);
    let missing = "0f5e0e7c-55f3-4c5e-9a7a-3c1d4c0c9b1e";
    let (update, discover, kafka) = (
        example("clickpipe-update.yaml"),
        example("clickpipe-discover.yaml"),
        example("clickpipe-kafka.yaml"),
    );
    for args in [
        vec!["clickpipe", "get", missing, "--service", SERVICE],
        vec!["clickpipe", "get", "no-such-pipe", "--service", SERVICE],
        vec!["clickpipe", "stop", missing, "--service", SERVICE, "--wait"],
        vec!["clickpipe", "list", "--service", "no-such-service"],
        vec![
            "clickpipe",
            "settings",
            "get",
            missing,
            "--service",
            SERVICE,
        ],
        vec![
            "clickpipe",
            "reverse-endpoint",
            "get",
            missing,
            "--service",
            SERVICE,
        ],
        vec!["clickpipe", "cdc-scaling", "get", "--service", missing],
        vec![
            "clickpipe",
            "cdc-scaling",
            "set",
            "-s",
            "nope",
            "--replica-memory-gb",
            "8",
        ],
        vec![
            "clickpipe",
            "update",
            "no-such-pipe",
            "-s",
            SERVICE,
            "--file",
            &update,
        ],
        vec![
            "clickpipe",
            "delete",
            "no-such-pipe",
            "-s",
            SERVICE,
            "--yes",
        ],
        vec![
            "clickpipe",
            "scale",
            missing,
            "-s",
            SERVICE,
            "--replicas",
            "2",
        ],
        vec![
            "clickpipe",
            "settings",
            "set",
            missing,
            "-s",
            SERVICE,
            "clickhouse_max_threads=2",
        ],
        vec!["clickpipe", "discover", "-s", missing, "--file", &discover],
        vec!["clickpipe", "create", "-s", "nope", "--file", &kafka],
        vec![
            "clickpipe",
            "reverse-endpoint",
            "delete",
            missing,
            "-s",
            SERVICE,
            "--yes",
        ],
        vec![
            "clickpipe",
            "reverse-endpoint",
            "update",
            "nope",
            "-s",
            SERVICE,
            "--no-private-dns-names",
        ],
        vec!["clickpipe", "reverse-endpoint", "list", "-s", missing],
    ] {
        let out = ch(&emu, &args);
        assert_code(&out, 3);
    }
    // Nothing was changed: every write named something that does not exist.
    assert!(stored_pipes(&emu).is_empty());
    let err = stderr_of(&ch(
        &emu,
        &["clickpipe", "get", "no-such-pipe", "--service", SERVICE],
    ));
    assert!(
        err.contains("no ClickPipe with ID or name 'no-such-pipe'"),
        "{err}"
    );
}

#[test]
fn verbose_output_never_shows_the_secrets_of_a_document() {
    let emu = with_services(1);
    for file in [
        "clickpipe-kafka.yaml",
        "clickpipe-pubsub.yaml",
        "clickpipe-postgres.yaml",
    ] {
        let out = ch(
            &emu,
            &[
                "-v",
                "clickpipe",
                "create",
                "-s",
                SERVICE,
                "--file",
                &example(file),
            ],
        );
        assert_code(&out, 0);
        let err = stderr_of(&out);
        assert!(err.contains("POST"), "{err}");
        for secret in ["CONFLUENT_API_SECRET", "BASE64_OF_THE", "POSTGRES_PASSWORD"] {
            assert!(!err.contains(secret), "{file}: {err}");
        }
        assert!(err.contains("[REDACTED]"), "{err}");
    }
    let secret_key = "name: k\nsource:\n  kinesis:\n    format: JSONEachRow\n    streamName: s\n    \
                      region: us-east-1\n    iteratorType: LATEST\n    authentication: IAM_USER\n    \
                      accessKey: {accessKeyId: AKIAEXAMPLE, secretKey: wJalrXUtnFEMI-secret}\n\
                      destination: {database: default, table: t}\n";
    let out = emu.run_stdin(
        &[
            "ch",
            "-v",
            "clickpipe",
            "create",
            "-s",
            SERVICE,
            "--file",
            "-",
        ],
        secret_key,
    );
    assert_code(&out, 0);
    assert!(!stderr_of(&out).contains("wJalrXUtnFEMI-secret"));
}

#[test]
fn a_failed_pipe_ends_the_wait_with_exit_1() {
    let emu = with_services(1);
    emu.server.set_faults(dbcloud_emulator::Faults {
        failed_transitions: 1,
        ..Default::default()
    });
    let out = ch(
        &emu,
        &[
            "clickpipe",
            "create",
            "-s",
            SERVICE,
            "--file",
            &example("clickpipe-kinesis.yaml"),
            "--wait",
        ],
    );
    assert_code(&out, 1);
    assert!(stderr_of(&out).contains("'Failed'"), "{}", stderr_of(&out));
    // A failed pipe can be started again.
    let pipe = ch_json(
        &emu,
        &[
            "clickpipe",
            "start",
            "clicks-from-kinesis",
            "-s",
            SERVICE,
            "--wait",
        ],
    );
    assert_eq!(pipe["state"], "Running");
    let out = ch(
        &emu,
        &[
            "clickpipe",
            "create",
            "-s",
            SERVICE,
            "--file",
            &example("clickpipe-kinesis.yaml"),
            "--wait",
            "--wait-timeout",
            "150ms",
        ],
    );
    assert_code(&out, 6);
}

#[test]
fn pipes_are_shown_updated_and_their_settings_checked() {
    let emu = with_services(1);
    let pipe = create(&emu, "clickpipe-postgres.yaml");
    let id = pipe["id"].as_str().unwrap();
    let table = stdout_of(&ch(
        &emu,
        &["clickpipe", "get", "app-db-cdc", "-s", SERVICE],
    ));
    assert!(
        table.contains(id) && table.contains("postgres (rdspostgres)"),
        "{table}"
    );
    let columns = stdout_of(&ch(
        &emu,
        &[
            "clickpipe",
            "list",
            "-s",
            SERVICE,
            "--columns",
            "name,source.postgres.port",
        ],
    ));
    assert!(
        columns.contains("app-db-cdc") && columns.contains("5432"),
        "{columns}"
    );

    let doc = "name: app-db-cdc-2\nsource:\n  postgres:\n    tableMappingsToAdd:\n      - \
               {sourceSchemaName: public, sourceTable: invoices, targetTable: public_invoices}\n    \
               tableMappingsToRemove:\n      - {sourceSchemaName: public, sourceTable: users}\n";
    let out = emu.run_stdin(
        &[
            "ch",
            "clickpipe",
            "update",
            "app-db-cdc",
            "-s",
            SERVICE,
            "--file",
            "-",
            "--json",
        ],
        doc,
    );
    assert_code(&out, 0);
    let updated: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(updated["name"], "app-db-cdc-2");
    let tables: Vec<&str> = updated["source"]["postgres"]["tableMappings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["sourceTable"].as_str().unwrap())
        .collect();
    assert_eq!(tables, ["orders", "invoices"]);
    assert_eq!(stored_pipes(&emu)[0]["name"], "app-db-cdc-2");
    // Removing a table the pipe does not replicate is the API's 400.
    let out = emu.run_stdin(
        &["ch", "clickpipe", "update", id, "-s", SERVICE, "--file", "-"],
        "source:\n  postgres:\n    tableMappingsToRemove: [{sourceSchemaName: public, sourceTable: nope}]\n",
    );
    assert_code(&out, 1);
    assert!(
        stderr_of(&out).contains("public.nope"),
        "{}",
        stderr_of(&out)
    );

    let out = ch(&emu, &["clickpipe", "settings", "get", id, "-s", SERVICE]);
    assert_code(&out, 0);
    assert!(stdout_of(&out).contains("object_storage_concurrency"));
    for (bad, says) in [
        ("no_such_setting=1", "not a ClickPipe setting"),
        ("streaming_max_insert_wait_ms=10", "500 to 60000"),
        ("object_storage_use_cluster_function=maybe", "not true"),
    ] {
        let out = ch(
            &emu,
            &["clickpipe", "settings", "set", id, "-s", SERVICE, bad],
        );
        assert_code(&out, 2);
        assert!(stderr_of(&out).contains(says), "{}", stderr_of(&out));
    }
    assert!(sent(&emu, "PUT", "/settings").is_empty());
}

#[test]
fn schemas_of_streaming_sources_are_discovered() {
    let emu = with_services(1);
    let out = ch(
        &emu,
        &[
            "clickpipe",
            "discover",
            "-s",
            SERVICE,
            "--file",
            &example("clickpipe-discover.yaml"),
        ],
    );
    assert_code(&out, 0);
    let table = stdout_of(&out);
    assert!(
        table.contains("NAME") && table.contains("user_id") && table.contains("Nullable(String)")
    );
    let schema = ch_json(
        &emu,
        &[
            "clickpipe",
            "discover",
            "-s",
            SERVICE,
            "-f",
            &example("clickpipe-discover.yaml"),
        ],
    );
    assert_eq!(schema["meta"]["topics"], "orders");
    assert!(schema["fields"].as_array().unwrap().len() >= 4);
    let out = emu.run_stdin(
        &["ch", "clickpipe", "discover", "-s", SERVICE, "--file", "-"],
        "{\"source\": {}}",
    );
    assert_code(&out, 1);
    assert!(
        stderr_of(&out).contains("kafka or kinesis"),
        "{}",
        stderr_of(&out)
    );
}
