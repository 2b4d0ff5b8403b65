//! `dbcloud crdb private-endpoint` and `dbcloud crdb egress-rule` end to end against the emulator: output in
//! each format, exit codes, the emulator's resulting state and the requests sent (the egress rule answers
//! wrapped under `rule`, read unwrapped); validation failures and refused confirmations send nothing.

use crate::cockroach_cluster_extras::{
    CLUSTERS, collection, dedicated, formatted, last_write, ok, usage_error, writes,
};
use crate::common::*;
use serde_json::{Value, json};

#[test]
fn private_endpoint_services_and_connections() {
    let emu = Emu::start();
    let id = dedicated(&emu, "net");
    let services_path = format!("{CLUSTERS}/{id}/networking/private-endpoint-services");
    let connections_path = format!("{CLUSTERS}/{id}/networking/private-endpoint-connections");

    // Nothing to connect to yet: a clear refusal, and no connection request.
    let out = emu.run(&[
        "crdb",
        "private-endpoint",
        "connection",
        "add",
        "vpce-0a1b2c3d",
        "-c",
        "net",
    ]);
    assert_code(&out, 5);
    let err = stderr_of(&out);
    assert!(err.contains("no private endpoint services"), "{err}");
    assert!(err.contains("private-endpoint service create"), "{err}");
    assert!(!err.contains("LOCKED"), "{err}");
    assert!(writes(&emu).iter().all(|r| r.path != connections_path));

    let out = emu.run(&["crdb", "private-endpoint", "service", "list", "-c", "net"]);
    assert_eq!(ok(&out), "");
    assert!(stderr_of(&out).contains("No results."));
    assert_eq!(
        emu.json(&["crdb", "private-endpoint", "service", "list", "-c", "net"]),
        json!([])
    );

    let services = emu.json(&[
        "crdb",
        "private-endpoint",
        "service",
        "create",
        "-c",
        "net",
        "--wait",
    ]);
    assert_eq!(services.as_array().unwrap().len(), 1);
    assert_eq!(services[0]["region_name"], "us-east1");
    assert_eq!(services[0]["status"], "AVAILABLE");
    let sent = last_write(&emu);
    assert_eq!(
        (sent.method.as_str(), sent.path.as_str()),
        ("POST", services_path.as_str())
    );
    assert_eq!(collection(&emu, &services_path).len(), 1);

    let table = ok(&emu.run(&["crdb", "private-endpoint", "service", "list", "-c", "net"]));
    assert!(table.starts_with("REGION"), "{table}");
    assert!(
        table.contains("us-east1") && table.contains("AVAILABLE"),
        "{table}"
    );
    assert!(table.contains("serviceAttachments/"), "{table}");

    let yaml = formatted(
        &emu,
        &["crdb", "private-endpoint", "service", "list", "-c", "net"],
        "yaml",
    );
    assert!(yaml.contains("region_name: us-east1"), "{yaml}");
    assert!(yaml.contains("status: AVAILABLE"), "{yaml}");

    let added = emu.json(&[
        "crdb",
        "private-endpoint",
        "connection",
        "add",
        "vpce-0a1b2c3d",
        "-c",
        "net",
        "--wait",
    ]);
    assert_eq!(added["endpoint_id"], "vpce-0a1b2c3d");
    assert_eq!(added["status"], "STATUS_AVAILABLE");
    let sent = last_write(&emu);
    assert_eq!(sent.path, connections_path);
    assert_eq!(sent.body.unwrap(), json!({"endpoint_id": "vpce-0a1b2c3d"}));
    assert_eq!(
        collection(&emu, &connections_path)[0]["endpoint_id"],
        "vpce-0a1b2c3d"
    );

    let table = ok(&emu.run(&[
        "crdb",
        "private-endpoint",
        "connection",
        "list",
        "-c",
        "net",
    ]));
    assert!(table.starts_with("ENDPOINT ID"), "{table}");
    assert!(
        table.contains("vpce-0a1b2c3d") && table.contains("AVAILABLE"),
        "{table}"
    );
    let listed = emu.json(&["crdb", "private-endpoint", "connection", "list", "-c", &id]);
    assert_eq!(listed[0]["endpoint_id"], "vpce-0a1b2c3d");
    let yaml = formatted(
        &emu,
        &[
            "crdb",
            "private-endpoint",
            "connection",
            "list",
            "-c",
            "net",
        ],
        "yaml",
    );
    assert!(yaml.contains("endpoint_id: vpce-0a1b2c3d"), "{yaml}");

    // Disconnecting asks first: without a terminal and without --yes nothing is sent.
    let before = writes(&emu).len();
    let out = emu.run(&[
        "crdb",
        "private-endpoint",
        "connection",
        "delete",
        "vpce-0a1b2c3d",
        "-c",
        "net",
    ]);
    usage_error(&out, &["--yes", "vpce-0a1b2c3d"]);
    assert_eq!(writes(&emu).len(), before);
    assert_eq!(collection(&emu, &connections_path).len(), 1);

    let out = emu.run(&[
        "crdb",
        "private-endpoint",
        "connection",
        "delete",
        "vpce-0a1b2c3d",
        "-c",
        "net",
        "--yes",
    ]);
    assert_eq!(ok(&out), "");
    assert!(stderr_of(&out).contains("Disconnected private endpoint vpce-0a1b2c3d"));
    let sent = last_write(&emu);
    assert_eq!(sent.method, "DELETE");
    assert_eq!(sent.path, format!("{connections_path}/vpce-0a1b2c3d"));
    assert!(collection(&emu, &connections_path).is_empty());
    let out = emu.run(&[
        "crdb",
        "private-endpoint",
        "connection",
        "delete",
        "vpce-0a1b2c3d",
        "-c",
        "net",
        "--yes",
    ]);
    assert_code(&out, 3);
}

#[test]
fn egress_rules_are_added_shown_updated_and_deleted() {
    let emu = Emu::start();
    let id = dedicated(&emu, "out");
    let rules_path = format!("{CLUSTERS}/{id}/networking/egress-rules");

    let kafka = emu.json(&[
        "crdb",
        "egress-rule",
        "add",
        "-c",
        "out",
        "--name",
        "kafka",
        "--description",
        "Kafka brokers",
        "--destination",
        "Kafka.Example.com",
        "--port",
        "9092",
        "--wait",
    ]);
    assert_eq!(kafka["type"], "FQDN");
    assert_eq!(kafka["destination"], "kafka.example.com");
    assert_eq!(kafka["ports"], json!([9092]));
    assert_eq!(kafka["state"], "ACTIVE");
    assert_eq!(kafka["description"], "Kafka brokers");
    let mut sent = last_write(&emu).body.unwrap();
    // Each add carries a key of its own, so a repeated request creates no second rule.
    let key = sent.as_object_mut().unwrap().remove("idempotency_key");
    assert!(
        key.as_ref()
            .and_then(Value::as_str)
            .is_some_and(|k| k.len() == 36),
        "{key:?}"
    );
    assert_eq!(
        sent,
        json!({"name": "kafka", "description": "Kafka brokers", "destination": "kafka.example.com",
               "ports": [9092], "type": "FQDN"})
    );
    let kafka_id = kafka["id"].as_str().unwrap().to_string();

    let out = emu.run(&[
        "crdb",
        "egress-rule",
        "add",
        "-c",
        "out",
        "--name",
        "office",
        "--destination",
        "203.0.113.0/24",
        "--type",
        "CIDR",
    ]);
    let table = ok(&out);
    assert!(
        table.contains("CIDR") && table.contains("203.0.113.0/24"),
        "{table}"
    );
    assert!(stderr_of(&out).contains("Added egress rule office"));
    let mut sent = last_write(&emu).body.unwrap();
    sent.as_object_mut().unwrap().remove("idempotency_key");
    assert_eq!(
        sent,
        json!({"name": "office", "description": "", "destination": "203.0.113.0/24", "type": "CIDR"})
    );
    assert_eq!(collection(&emu, &rules_path).len(), 2);

    let table = ok(&emu.run(&["crdb", "egress-rule", "list", "-c", "out"]));
    let header = table.lines().next().unwrap();
    for column in ["ID", "NAME", "TYPE", "DESTINATION", "PORTS", "STATE"] {
        assert!(header.contains(column), "{header}");
    }
    assert!(
        table.contains("kafka.example.com") && table.contains("office"),
        "{table}"
    );
    assert_eq!(
        emu.json(&["crdb", "egress-rule", "list", "-c", "out"])
            .as_array()
            .unwrap()
            .len(),
        2
    );
    let limited = emu.json(&["crdb", "egress-rule", "list", "-c", "out", "--limit", "1"]);
    assert_eq!(limited.as_array().unwrap().len(), 1);
    let yaml = formatted(
        &emu,
        &["crdb", "egress-rule", "get", "kafka", "-c", "out"],
        "yaml",
    );
    assert!(
        yaml.contains("name: kafka") && yaml.contains("- 9092"),
        "{yaml}"
    );

    // By name (one list) or by ID (one GET of the rule).
    let by_name = emu.json(&["crdb", "egress-rule", "get", "kafka", "-c", "out"]);
    let by_id = emu.json(&["crdb", "egress-rule", "get", &kafka_id, "-c", "out"]);
    assert_eq!(by_name, by_id);
    assert!(
        emu.requests(&format!("{rules_path}/{kafka_id}"))
            .iter()
            .any(|r| r.method == "GET")
    );
    assert_code(
        &emu.run(&["crdb", "egress-rule", "get", "nope", "-c", "out"]),
        3,
    );

    let updated = emu.json(&[
        "crdb",
        "egress-rule",
        "update",
        "kafka",
        "-c",
        "out",
        "--description",
        "all brokers",
        "--port",
        "9092",
        "--port",
        "9093",
    ]);
    assert_eq!(updated["name"], "kafka");
    assert_eq!(updated["description"], "all brokers");
    assert_eq!(updated["ports"], json!([9092, 9093]));
    let sent = last_write(&emu);
    assert_eq!(sent.method, "PATCH");
    assert_eq!(sent.path, format!("{rules_path}/{kafka_id}"));
    assert_eq!(
        sent.body.unwrap(),
        json!({"description": "all brokers", "ports": [9092, 9093]})
    );
    let stored = collection(&emu, &rules_path)
        .into_iter()
        .find(|r| r["id"] == kafka_id.as_str())
        .unwrap();
    assert_eq!(stored["description"], "all brokers");
    assert_eq!(stored["ports"], json!([9092, 9093]));

    let updated = emu.json(&[
        "crdb",
        "egress-rule",
        "update",
        &kafka_id,
        "-c",
        "out",
        "--destination",
        "broker.example.com",
    ]);
    assert_eq!(updated["destination"], "broker.example.com");

    let before = writes(&emu).len();
    let out = emu.run(&["crdb", "egress-rule", "delete", "kafka", "-c", "out"]);
    usage_error(&out, &["--yes"]);
    assert_eq!(writes(&emu).len(), before);
    let out = emu.run(&[
        "crdb",
        "egress-rule",
        "delete",
        "kafka",
        "-c",
        "out",
        "--yes",
        "--json",
    ]);
    let removed: Value = serde_json::from_str(&ok(&out)).unwrap();
    assert_eq!(removed["id"], kafka_id.as_str());
    let sent = last_write(&emu);
    assert_eq!(
        (sent.method.as_str(), sent.path),
        ("DELETE", format!("{rules_path}/{kafka_id}"))
    );
    assert_eq!(collection(&emu, &rules_path).len(), 1);
    assert_code(
        &emu.run(&["crdb", "egress-rule", "get", &kafka_id, "-c", "out"]),
        3,
    );
}

#[test]
fn egress_rule_input_is_checked_before_anything_is_written() {
    let emu = Emu::start();
    dedicated(&emu, "strict");
    ok(&emu.run(&[
        "crdb",
        "egress-rule",
        "add",
        "-c",
        "strict",
        "--name",
        "api",
        "--destination",
        "api.example.com",
    ]));
    let before = writes(&emu).len();
    let add = |extra: &[&str]| {
        let mut args = vec!["crdb", "egress-rule", "add", "-c", "strict", "--name", "x"];
        args.extend(extra);
        emu.run(&args)
    };
    usage_error(
        &add(&["--destination", "10.0.0.0/33"]),
        &["--destination", "10.0.0.0/33"],
    );
    usage_error(
        &add(&["--destination", "10.0.0.1"]),
        &["--destination", "10.0.0.1", "CIDR"],
    );
    usage_error(
        &add(&["--destination", "bad_host!"]),
        &["--destination", "bad_host!"],
    );
    usage_error(
        &add(&["--destination", "x.example.com", "--port", "0"]),
        &["--port", "0", "65535"],
    );
    usage_error(
        &add(&["--destination", "x.example.com", "--port", "65536"]),
        &["--port", "65536"],
    );
    usage_error(&add(&[]), &["--destination"]);
    usage_error(
        &emu.run(&["crdb", "egress-rule", "update", "api", "-c", "strict"]),
        &["nothing to change"],
    );
    assert_eq!(writes(&emu).len(), before, "nothing was written");

    // The spec leaves the type a string: the service judges it (exit 1 with its message).
    for (extra, message) in [
        (
            &["--destination", "10.0.0.0/8", "--type", "fqdn"][..],
            "not a valid FQDN destination",
        ),
        (
            &["--destination", "x.example.com", "--type", "dns"][..],
            "not one of FQDN, CIDR",
        ),
    ] {
        let out = add(extra);
        assert_code(&out, 1);
        assert!(
            stderr_of(&out).contains(message),
            "{extra:?}: {}",
            stderr_of(&out)
        );
    }
    // A destination of the other form changes the rule's type with it.
    let changed = emu.json(&[
        "crdb",
        "egress-rule",
        "update",
        "api",
        "-c",
        "strict",
        "--destination",
        "10.0.0.0/8",
    ]);
    assert_eq!(changed["type"], "CIDR");
    assert_eq!(
        last_write(&emu).body.unwrap(),
        json!({"destination": "10.0.0.0/8", "type": "CIDR"})
    );
}
