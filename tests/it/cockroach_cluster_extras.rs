//! `dbcloud crdb ...` end to end against the emulator, for the cluster-scoped settings: private endpoints,
//! egress rules, log and metric export, CMEK, the maintenance window and version deferral. Each command is
//! checked for its output (table, JSON, YAML), exit code, the emulator's resulting state and the requests sent;
//! validation failures and refused confirmations send nothing. Failed statuses, which the emulator never
//! produces, are scripted with wiremock.

use std::path::PathBuf;
use std::time::Duration;

use crate::common::*;
use serde_json::{Value, json};

const CLUSTERS: &str = "/api/v1/clusters";

fn ok(out: &std::process::Output) -> String {
    assert_code(out, 0);
    stdout_of(out)
}

/// Asserts a usage error (exit 2) whose message holds every one of `words`.
fn usage_error(out: &std::process::Output, words: &[&str]) {
    assert_code(out, 2);
    let err = stderr_of(out);
    for w in words {
        assert!(err.contains(w), "'{w}' not in: {err}");
    }
}

fn create(emu: &Emu, name: &str, plan: &str) -> String {
    let mut args = vec![
        "crdb",
        "cluster",
        "create",
        name,
        "--provider",
        "gcp",
        "--plan",
        plan,
        "--wait",
    ];
    if plan == "dedicated" {
        args.extend([
            "--region",
            "us-east1:3",
            "--vcpus",
            "4",
            "--storage-gib",
            "15",
        ]);
    } else {
        args.extend(["--region", "us-east1"]);
    }
    let cluster = emu.json(&args);
    assert_eq!(cluster["state"], "CREATED");
    cluster["id"].as_str().expect("an id").to_string()
}

fn dedicated(emu: &Emu, name: &str) -> String {
    create(emu, name, "dedicated")
}

fn serverless(emu: &Emu, name: &str) -> String {
    create(emu, name, "serverless")
}

/// The emulator's view of a collection (`/api/v1/clusters/<id>/networking/egress-rules`, ...).
fn collection(emu: &Emu, path: &str) -> Vec<Value> {
    emu.server.state()["collections"][path]
        .as_array()
        .cloned()
        .unwrap_or_default()
}

/// The emulator's stored configuration at `path` (log export, CMEK, ...), if any.
fn configuration(emu: &Emu, path: &str) -> Option<Value> {
    emu.server.state()["configurations"].get(path).cloned()
}

/// Requests other than GET to the CockroachDB API.
fn writes(emu: &Emu) -> Vec<dbcloud_emulator::LoggedRequest> {
    emu.requests("/api/v1")
        .into_iter()
        .filter(|r| r.method != "GET")
        .collect()
}

fn last_write(emu: &Emu) -> dbcloud_emulator::LoggedRequest {
    writes(emu).pop().expect("a write was sent")
}

/// Runs with `-o FORMAT` and returns stdout, asserting success.
fn formatted(emu: &Emu, args: &[&str], format: &str) -> String {
    let mut all = args.to_vec();
    all.extend(["-o", format]);
    ok(&emu.run(&all))
}

fn file(emu: &Emu, name: &str, text: &str) -> PathBuf {
    let path = emu.env.dir.path().join(name);
    std::fs::write(&path, text).unwrap();
    path
}

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
    assert_eq!(services[0]["status"], "ENDPOINT_SERVICE_STATUS_AVAILABLE");
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
    assert!(!table.contains("ENDPOINT_SERVICE_STATUS_"), "{table}");
    let yaml = formatted(
        &emu,
        &["crdb", "private-endpoint", "service", "list", "-c", "net"],
        "yaml",
    );
    assert!(yaml.contains("region_name: us-east1"), "{yaml}");
    assert!(
        yaml.contains("status: ENDPOINT_SERVICE_STATUS_AVAILABLE"),
        "{yaml}"
    );

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
    assert_eq!(added["status"], "AVAILABLE");
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
    assert_eq!(
        last_write(&emu).body.unwrap(),
        json!({"name": "kafka", "destination": "kafka.example.com", "ports": [9092], "type": "FQDN"})
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
    assert_eq!(
        last_write(&emu).body.unwrap(),
        json!({"name": "office", "destination": "203.0.113.0/24", "type": "CIDR"})
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
        "--name",
        "broker",
        "--port",
        "9092",
        "--port",
        "9093",
    ]);
    assert_eq!(updated["name"], "broker");
    assert_eq!(updated["ports"], json!([9092, 9093]));
    let sent = last_write(&emu);
    assert_eq!(sent.method, "PATCH");
    assert_eq!(sent.path, format!("{rules_path}/{kafka_id}"));
    assert_eq!(
        sent.body.unwrap(),
        json!({"name": "broker", "ports": [9092, 9093]})
    );
    let stored = collection(&emu, &rules_path)
        .into_iter()
        .find(|r| r["id"] == kafka_id.as_str())
        .unwrap();
    assert_eq!(stored["name"], "broker");
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
    let out = emu.run(&["crdb", "egress-rule", "delete", "broker", "-c", "out"]);
    usage_error(&out, &["--yes"]);
    assert_eq!(writes(&emu).len(), before);
    let out = emu.run(&[
        "crdb",
        "egress-rule",
        "delete",
        "broker",
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
    usage_error(
        &add(&["--destination", "10.0.0.0/8", "--type", "fqdn"]),
        &["--destination", "10.0.0.0/8", "--type fqdn"],
    );
    usage_error(
        &add(&["--destination", "x.example.com", "--type", "dns"]),
        &["--type", "dns", "fqdn", "cidr"],
    );
    usage_error(&add(&[]), &["--destination"]);
    usage_error(
        &emu.run(&["crdb", "egress-rule", "update", "api", "-c", "strict"]),
        &["nothing to change"],
    );
    // A CIDR destination cannot go to an FQDN rule (EditEgressRule cannot change the type).
    usage_error(
        &emu.run(&[
            "crdb",
            "egress-rule",
            "update",
            "api",
            "-c",
            "strict",
            "--destination",
            "10.0.0.0/8",
        ]),
        &["--destination", "10.0.0.0/8", "FQDN"],
    );
    assert_eq!(writes(&emu).len(), before, "nothing was written");
}

#[test]
fn log_export_is_enabled_shown_and_disabled() {
    let emu = Emu::start();
    let id = dedicated(&emu, "logs");
    let path = format!("{CLUSTERS}/{id}/logexport");

    let out = emu.run(&["crdb", "log-export", "get", "-c", "logs"]);
    assert_code(&out, 3);
    assert!(
        stderr_of(&out).contains("not configured"),
        "{}",
        stderr_of(&out)
    );

    let groups = file(
        &emu,
        "groups.json",
        r#"[{"log_name": "sql", "channels": ["SQL_SCHEMA", "SQL_EXEC"], "min_level": "INFO"}]"#,
    );
    let enabled = emu.json(&[
        "crdb",
        "log-export",
        "enable",
        "-c",
        "logs",
        "--type",
        "GCP-Cloud-Logging",
        "--log-name",
        "crdb-logs",
        "--groups-file",
        groups.to_str().unwrap(),
        "--wait",
    ]);
    assert_eq!(enabled["status"], "ENABLED");
    assert_eq!(enabled["spec"]["type"], "GCP_CLOUD_LOGGING");
    let sent = last_write(&emu);
    assert_eq!(
        (sent.method.as_str(), sent.path.as_str()),
        ("POST", path.as_str())
    );
    assert_eq!(
        sent.body.unwrap(),
        json!({"type": "GCP_CLOUD_LOGGING", "log_name": "crdb-logs", "groups": [
            {"log_name": "sql", "channels": ["SQL_SCHEMA", "SQL_EXEC"], "min_level": "INFO"}]})
    );
    let stored = configuration(&emu, &path).expect("the export is stored");
    assert_eq!(stored["spec"]["log_name"], "crdb-logs");

    let table = ok(&emu.run(&["crdb", "log-export", "get", "-c", "logs"]));
    for line in [
        "STATUS",
        "ENABLED",
        "GCP_CLOUD_LOGGING",
        "crdb-logs",
        "GROUPS",
    ] {
        assert!(table.contains(line), "{table}");
    }
    let json = emu.json(&["crdb", "log-export", "get", "-c", "logs"]);
    assert_eq!(json["cluster_id"], id.as_str());
    assert_eq!(json["spec"]["groups"][0]["log_name"], "sql");
    let yaml = formatted(&emu, &["crdb", "log-export", "get", "-c", "logs"], "yaml");
    assert!(
        yaml.contains("status: ENABLED") && yaml.contains("log_name: crdb-logs"),
        "{yaml}"
    );

    // Enabling again replaces the configuration.
    let replaced = emu.json(&[
        "crdb",
        "log-export",
        "enable",
        "-c",
        &id,
        "--type",
        "aws_cloudwatch",
    ]);
    assert_eq!(replaced["spec"]["type"], "AWS_CLOUDWATCH");
    assert_eq!(
        last_write(&emu).body.unwrap(),
        json!({"type": "AWS_CLOUDWATCH"})
    );

    let before = writes(&emu).len();
    usage_error(
        &emu.run(&["crdb", "log-export", "disable", "-c", "logs"]),
        &["--yes"],
    );
    assert_eq!(writes(&emu).len(), before);
    assert!(configuration(&emu, &path).is_some());
    let out = emu.run(&["crdb", "log-export", "disable", "-c", "logs", "--yes"]);
    assert_eq!(ok(&out), "");
    assert!(stderr_of(&out).contains("Disabled the log export of cluster logs."));
    assert_eq!(last_write(&emu).method, "DELETE");
    assert!(configuration(&emu, &path).is_none());
    assert_code(&emu.run(&["crdb", "log-export", "get", "-c", "logs"]), 3);
}

#[test]
fn log_export_input_is_checked_and_serverless_clusters_are_refused_clearly() {
    let emu = Emu::start();
    dedicated(&emu, "ded");
    let sls = serverless(&emu, "sls");
    let before = writes(&emu).len();
    let enable = |extra: &[&str]| {
        let mut args = vec!["crdb", "log-export", "enable", "-c", "ded"];
        args.extend(extra);
        emu.run(&args)
    };
    usage_error(
        &enable(&["--type", "splunk"]),
        &["--type", "splunk", "aws-cloudwatch"],
    );
    usage_error(&enable(&[]), &["--type"]);
    let missing = emu.env.dir.path().join("missing.json");
    usage_error(
        &enable(&[
            "--type",
            "aws-cloudwatch",
            "--groups-file",
            missing.to_str().unwrap(),
        ]),
        &["--groups-file", "missing.json"],
    );
    for (name, text, problem) in [
        ("object.json", r#"{"log_name": "sql"}"#, "not a JSON array"),
        ("broken.json", "[{", "not valid JSON"),
        ("nochannels.json", r#"[{"log_name": "sql"}]"#, "channels"),
    ] {
        let path = file(&emu, name, text);
        usage_error(
            &enable(&[
                "--type",
                "aws-cloudwatch",
                "--groups-file",
                path.to_str().unwrap(),
            ]),
            &["--groups-file", name, problem],
        );
    }
    assert_eq!(writes(&emu).len(), before, "nothing was written");

    let out = emu.run(&[
        "crdb",
        "log-export",
        "enable",
        "-c",
        "sls",
        "--type",
        "aws-cloudwatch",
    ]);
    assert_code(&out, 1);
    let err = stderr_of(&out);
    assert!(err.contains("dedicated clusters only"), "{err}");
    assert!(err.contains("HTTP 400"), "{err}");
    assert!(err.contains("cluster sls is SERVERLESS"), "{err}");
    assert!(configuration(&emu, &format!("{CLUSTERS}/{sls}/logexport")).is_none());

    let out = emu.run(&[
        "crdb",
        "log-export",
        "enable",
        "-c",
        "sls",
        "--type",
        "aws-cloudwatch",
        "--json",
    ]);
    assert_code(&out, 1);
    let err: Value = serde_json::from_str(stderr_of(&out).trim()).expect("a JSON error");
    assert_eq!(err["error"]["status"], 400);
    assert!(
        err["error"]["message"]
            .as_str()
            .unwrap()
            .contains("dedicated clusters only")
    );
}

#[test]
fn cloudwatch_and_prometheus_metric_exports() {
    let emu = Emu::start();
    let id = dedicated(&emu, "metrics");
    let cloudwatch = format!("{CLUSTERS}/{id}/metricexport/cloudwatch");
    let prometheus = format!("{CLUSTERS}/{id}/metricexport/prometheus");

    assert_code(
        &emu.run(&[
            "crdb",
            "metric-export",
            "get",
            "cloudwatch",
            "-c",
            "metrics",
        ]),
        3,
    );
    let before = writes(&emu).len();
    usage_error(
        &emu.run(&[
            "crdb",
            "metric-export",
            "enable",
            "cloudwatch",
            "-c",
            "metrics",
            "--role-arn",
            "arn:aws:iam::1234:role/x",
        ]),
        &["--role-arn", "arn:aws:iam::1234:role/x", "IAM role ARN"],
    );
    usage_error(
        &emu.run(&[
            "crdb",
            "metric-export",
            "enable",
            "cloudwatch",
            "-c",
            "metrics",
        ]),
        &["--role-arn"],
    );
    usage_error(
        &emu.run(&["crdb", "metric-export", "get", "splunk", "-c", "metrics"]),
        &["splunk", "cloudwatch, datadog, prometheus"],
    );
    assert_eq!(writes(&emu).len(), before);

    let arn = "arn:aws:iam::123456789012:role/crdb-metrics";
    let enabled = emu.json(&[
        "crdb",
        "metric-export",
        "enable",
        "cloudwatch",
        "-c",
        "metrics",
        "--role-arn",
        arn,
        "--target-region",
        "us-east-1",
        "--wait",
    ]);
    assert_eq!(enabled["status"], "ENABLED");
    assert_eq!(enabled["role_arn"], arn);
    let sent = last_write(&emu);
    assert_eq!(sent.path, cloudwatch);
    assert_eq!(
        sent.body.unwrap(),
        json!({"role_arn": arn, "target_region": "us-east-1"})
    );
    assert_eq!(configuration(&emu, &cloudwatch).unwrap()["role_arn"], arn);
    let table = ok(&emu.run(&[
        "crdb",
        "metric-export",
        "get",
        "CloudWatch",
        "-c",
        "metrics",
    ]));
    for text in ["ROLE ARN", arn, "TARGET REGION", "us-east-1", "ENABLED"] {
        assert!(table.contains(text), "{table}");
    }

    let out = emu.run(&[
        "crdb",
        "metric-export",
        "enable",
        "prometheus",
        "-c",
        "metrics",
        "--wait",
    ]);
    let table = ok(&out);
    assert!(
        table.contains("TARGETS") && table.contains("us-east1=https://"),
        "{table}"
    );
    let sent = last_write(&emu);
    assert_eq!(
        (sent.method.as_str(), sent.path.as_str()),
        ("POST", prometheus.as_str())
    );
    assert!(
        sent.raw_body.is_empty(),
        "EnablePrometheusMetricExport takes no body"
    );
    let yaml = formatted(
        &emu,
        &[
            "crdb",
            "metric-export",
            "get",
            "prometheus",
            "-c",
            "metrics",
        ],
        "yaml",
    );
    assert!(
        yaml.contains("status: ENABLED") && yaml.contains("targets:"),
        "{yaml}"
    );

    let before = writes(&emu).len();
    usage_error(
        &emu.run(&[
            "crdb",
            "metric-export",
            "disable",
            "prometheus",
            "-c",
            "metrics",
        ]),
        &["--yes", "Prometheus"],
    );
    assert_eq!(writes(&emu).len(), before);
    let out = emu.run(&[
        "crdb",
        "metric-export",
        "disable",
        "prometheus",
        "-c",
        "metrics",
        "--yes",
        "--json",
    ]);
    let answer: Value = serde_json::from_str(&ok(&out)).unwrap();
    assert_eq!(answer["cluster_id"], id.as_str());
    assert!(configuration(&emu, &prometheus).is_none());
    assert!(
        configuration(&emu, &cloudwatch).is_some(),
        "the other exports stay"
    );
    ok(&emu.run(&[
        "crdb",
        "metric-export",
        "disable",
        "cloudwatch",
        "-c",
        "metrics",
        "--yes",
    ]));
    assert!(configuration(&emu, &cloudwatch).is_none());
    assert_code(
        &emu.run(&[
            "crdb",
            "metric-export",
            "get",
            "cloudwatch",
            "-c",
            "metrics",
        ]),
        3,
    );

    let sls = serverless(&emu, "small");
    let out = emu.run(&[
        "crdb",
        "metric-export",
        "enable",
        "prometheus",
        "-c",
        "small",
    ]);
    assert_code(&out, 1);
    let err = stderr_of(&out);
    assert!(err.contains("dedicated clusters only"), "{err}");
    assert!(
        err.contains("Prometheus metric export needs a dedicated cluster"),
        "{err}"
    );
    assert!(configuration(&emu, &format!("{CLUSTERS}/{sls}/metricexport/prometheus")).is_none());
}

#[test]
fn the_datadog_api_key_comes_from_stdin_only_and_is_never_shown() {
    const KEY: &str = "dd0123456789abcdef0123456789abcd";
    let emu = Emu::start();
    let id = dedicated(&emu, "dd");
    let path = format!("{CLUSTERS}/{id}/metricexport/datadog");
    let before = writes(&emu).len();

    // Never a flag value; without a terminal to prompt on, stdin is the only way.
    let out = emu.run(&[
        "crdb",
        "metric-export",
        "enable",
        "datadog",
        "-c",
        "dd",
        "--api-key",
        KEY,
    ]);
    assert_code(&out, 2);
    let out = emu.run(&["crdb", "metric-export", "enable", "datadog", "-c", "dd"]);
    usage_error(&out, &["--api-key-stdin"]);
    let out = emu.run_stdin(
        &[
            "crdb",
            "metric-export",
            "enable",
            "datadog",
            "-c",
            "dd",
            "--api-key-stdin",
        ],
        "",
    );
    usage_error(&out, &["empty"]);
    let out = emu.run_stdin(
        &[
            "crdb",
            "metric-export",
            "enable",
            "datadog",
            "-c",
            "dd",
            "--api-key-stdin",
            "--site",
            "mars",
        ],
        KEY,
    );
    usage_error(&out, &["--site", "mars", "eu1"]);
    assert_eq!(writes(&emu).len(), before, "nothing was written");

    let out = emu.run_stdin(
        &[
            "crdb",
            "metric-export",
            "enable",
            "datadog",
            "-c",
            "dd",
            "--api-key-stdin",
            "--site",
            "eu1",
            "--wait",
            "--verbose",
            "--json",
        ],
        &format!("{KEY}\n"),
    );
    assert_code(&out, 0);
    let (stdout, stderr) = (stdout_of(&out), stderr_of(&out));
    assert!(!stdout.contains(KEY), "the key is on stdout");
    assert!(!stderr.contains(KEY), "the key is in the --verbose log");
    assert!(
        stderr.contains(r#""api_key":"[REDACTED]""#),
        "the request body is logged, redacted"
    );
    let info: Value = serde_json::from_str(&stdout).unwrap();
    assert_eq!(info["status"], "ENABLED");
    assert_eq!(info["site"], "EU1");

    // The key reached the API once, in the body, without its line break (not printed on failure).
    let sent = last_write(&emu);
    assert_eq!(
        (sent.method.as_str(), sent.path.as_str()),
        ("POST", path.as_str())
    );
    let body = sent.body.unwrap();
    assert!(
        body["api_key"] == KEY,
        "the API got the key read from stdin"
    );
    assert_eq!(body["site"], "EU1");
    assert_eq!(body.as_object().unwrap().len(), 2);
    let stored = configuration(&emu, &path).expect("the export is stored");
    assert!(
        !stored.to_string().contains(KEY),
        "the API does not keep the key readable"
    );

    let table = ok(&emu.run(&["crdb", "metric-export", "get", "datadog", "-c", "dd", "-v"]));
    assert!(table.contains("SITE") && table.contains("EU1"), "{table}");
    assert!(!table.contains(KEY));
    let yaml = formatted(
        &emu,
        &["crdb", "metric-export", "get", "datadog", "-c", "dd"],
        "yaml",
    );
    assert!(yaml.contains("site: EU1") && !yaml.contains(KEY), "{yaml}");

    ok(&emu.run(&[
        "crdb",
        "metric-export",
        "disable",
        "datadog",
        "-c",
        "dd",
        "--yes",
    ]));
    assert!(configuration(&emu, &path).is_none());
}

const CMEK_SPEC: &str = r#"{"region_specs": [{"region": "us-east1", "key": {"type": "GCP_CLOUD_KMS",
  "uri": "projects/p/locations/us-east1/keyRings/r/cryptoKeys/k1",
  "auth_principal": "crdb@p.iam.gserviceaccount.com"}}]}"#;

#[test]
fn cmek_is_enabled_updated_rotated_and_revoked() {
    let emu = Emu::start();
    let id = dedicated(&emu, "vault");
    let path = format!("{CLUSTERS}/{id}/cmek");
    assert_code(&emu.run(&["crdb", "cmek", "get", "-c", "vault"]), 3);

    let spec = file(&emu, "cmek.json", CMEK_SPEC);
    let spec = spec.to_str().unwrap();
    let enabled = emu.json(&[
        "crdb",
        "cmek",
        "enable",
        "-c",
        "vault",
        "--spec-file",
        spec,
        "--wait",
    ]);
    assert_eq!(enabled["status"], "ENABLED");
    let sent = last_write(&emu);
    assert_eq!(
        (sent.method.as_str(), sent.path.as_str()),
        ("POST", path.as_str())
    );
    let expected: Value = serde_json::from_str(CMEK_SPEC).unwrap();
    assert_eq!(sent.body.unwrap(), expected);
    assert_eq!(configuration(&emu, &path).unwrap()["spec"], expected);

    let out = emu.run(&["crdb", "cmek", "enable", "-c", "vault", "--spec-file", spec]);
    assert_code(&out, 5);
    assert!(
        stderr_of(&out).contains("cmek update"),
        "{}",
        stderr_of(&out)
    );

    let rotated_key = CMEK_SPEC.replace("cryptoKeys/k1", "cryptoKeys/k2");
    let spec2 = file(&emu, "cmek2.json", &rotated_key);
    let out = emu.run(&[
        "crdb",
        "cmek",
        "update",
        "-c",
        "vault",
        "--spec-file",
        spec2.to_str().unwrap(),
    ]);
    let table = ok(&out);
    assert!(
        table.contains("cryptoKeys/k2") && table.contains("us-east1"),
        "{table}"
    );
    let sent = last_write(&emu);
    assert_eq!(sent.method, "PUT");
    assert_eq!(
        sent.body.unwrap(),
        serde_json::from_str::<Value>(&rotated_key).unwrap()
    );
    assert_eq!(
        configuration(&emu, &path).unwrap()["spec"]["region_specs"][0]["key"]["uri"],
        "projects/p/locations/us-east1/keyRings/r/cryptoKeys/k2"
    );

    let rotated = emu.json(&["crdb", "cmek", "rotate", "-c", "vault", "--wait"]);
    assert_eq!(rotated["status"], "ENABLED");
    let sent = last_write(&emu);
    assert_eq!(
        (sent.method.as_str(), sent.body.unwrap()),
        ("PATCH", json!({"status": "ROTATE"}))
    );

    let before = writes(&emu).len();
    usage_error(
        &emu.run(&["crdb", "cmek", "revoke", "-c", "vault"]),
        &["--yes", "revoke"],
    );
    assert_eq!(writes(&emu).len(), before);
    let revoked = emu.json(&["crdb", "cmek", "revoke", "-c", "vault", "--yes", "--wait"]);
    assert_eq!(revoked["status"], "REVOKED");
    let sent = last_write(&emu);
    assert_eq!(
        (sent.method.as_str(), sent.body.unwrap()),
        ("PATCH", json!({"status": "REVOKE"}))
    );

    let table = ok(&emu.run(&["crdb", "cmek", "get", "-c", "vault"]));
    assert!(
        table.contains("STATUS") && table.contains("REVOKED"),
        "{table}"
    );
    let yaml = formatted(&emu, &["crdb", "cmek", "get", "-c", "vault"], "yaml");
    assert!(
        yaml.contains("status: REVOKED") && yaml.contains("type: GCP_CLOUD_KMS"),
        "{yaml}"
    );
    // Revoking twice is refused by the API, and not mistaken for a locked cluster.
    let out = emu.run(&["crdb", "cmek", "revoke", "-c", "vault", "--yes"]);
    assert_code(&out, 5);
    assert!(!stderr_of(&out).contains("LOCKED"), "{}", stderr_of(&out));
}

#[test]
fn cmek_spec_files_are_checked_and_serverless_clusters_refused() {
    let emu = Emu::start();
    dedicated(&emu, "keys");
    let sls = serverless(&emu, "tiny");
    let before = writes(&emu).len();
    for (name, text, problem) in [
        ("broken.json", "{", "not valid JSON"),
        ("array.json", "[]", "not a JSON object"),
        ("nospecs.json", r#"{"regions": []}"#, "region_specs"),
        ("empty.json", r#"{"region_specs": []}"#, "empty"),
        (
            "noprincipal.json",
            r#"{"region_specs": [{"region": "us-east1", "key": {"type": "GCP_CLOUD_KMS", "uri": "u"}}]}"#,
            "auth_principal",
        ),
        (
            "badtype.json",
            r#"{"region_specs": [{"region": "us-east1", "key": {"type": "VAULT", "uri": "u", "auth_principal": "p"}}]}"#,
            "VAULT",
        ),
    ] {
        let path = file(&emu, name, text);
        for verb in ["enable", "update"] {
            usage_error(
                &emu.run(&[
                    "crdb",
                    "cmek",
                    verb,
                    "-c",
                    "keys",
                    "--spec-file",
                    path.to_str().unwrap(),
                ]),
                &["--spec-file", name, problem],
            );
        }
    }
    usage_error(
        &emu.run(&[
            "crdb",
            "cmek",
            "enable",
            "-c",
            "keys",
            "--spec-file",
            "/nonexistent/cmek.json",
        ]),
        &["--spec-file", "/nonexistent/cmek.json", "cannot read"],
    );
    assert_eq!(writes(&emu).len(), before, "nothing was written");

    let spec = file(&emu, "cmek.json", CMEK_SPEC);
    let out = emu.run(&[
        "crdb",
        "cmek",
        "enable",
        "-c",
        "tiny",
        "--spec-file",
        spec.to_str().unwrap(),
    ]);
    assert_code(&out, 1);
    let err = stderr_of(&out);
    assert!(err.contains("dedicated clusters only"), "{err}");
    assert!(
        err.contains("cluster tiny is SERVERLESS: CMEK needs a dedicated cluster"),
        "{err}"
    );
    assert!(configuration(&emu, &format!("{CLUSTERS}/{sls}/cmek")).is_none());
    // Rotating keys that were never set up is not found.
    assert_code(&emu.run(&["crdb", "cmek", "rotate", "-c", "keys"]), 3);
}

#[test]
fn maintenance_window_is_set_shown_and_removed() {
    let emu = Emu::start();
    let id = dedicated(&emu, "patched");
    let path = format!("{CLUSTERS}/{id}/maintenance-window");
    assert_code(
        &emu.run(&["crdb", "maintenance-window", "get", "-c", "patched"]),
        3,
    );

    let before = writes(&emu).len();
    let set = |day: &str, hour: &str| {
        emu.run(&[
            "crdb",
            "maintenance-window",
            "set",
            "-c",
            "patched",
            "--day",
            day,
            "--start-hour",
            hour,
        ])
    };
    usage_error(&set("funday", "3"), &["--day", "funday", "monday"]);
    usage_error(&set("7", "3"), &["--day", "'7'"]);
    usage_error(&set("sun", "24"), &["--start-hour", "24", "0..=23"]);
    usage_error(&set("sun", "-1"), &["--start-hour"]);
    assert_eq!(writes(&emu).len(), before, "nothing was written");

    let out = set("TUESDAY", "22");
    let table = ok(&out);
    assert!(
        table.contains("Tuesday") && table.contains("22:00"),
        "{table}"
    );
    assert!(stderr_of(&out).contains("starts on Tuesday at 22:00 UTC"));
    let sent = last_write(&emu);
    assert_eq!(
        (sent.method.as_str(), sent.path.as_str()),
        ("PUT", path.as_str())
    );
    assert_eq!(
        sent.body.unwrap(),
        json!({"day_of_week": 2, "start_hour": 22})
    );
    assert_eq!(
        configuration(&emu, &path).unwrap(),
        json!({"day_of_week": 2, "start_hour": 22})
    );
    ok(&set("sun", "0"));
    assert_eq!(
        last_write(&emu).body.unwrap(),
        json!({"day_of_week": 0, "start_hour": 0})
    );

    assert_eq!(
        emu.json(&["crdb", "maintenance-window", "get", "-c", "patched"]),
        json!({"day_of_week": 0, "start_hour": 0})
    );
    let yaml = formatted(
        &emu,
        &["crdb", "maintenance-window", "get", "-c", "patched"],
        "yaml",
    );
    assert!(
        yaml.contains("day_of_week: 0") && yaml.contains("start_hour: 0"),
        "{yaml}"
    );
    let table = ok(&emu.run(&["crdb", "maintenance-window", "get", "-c", "patched"]));
    assert!(
        table.contains("Sunday") && table.contains("00:00"),
        "{table}"
    );

    let before = writes(&emu).len();
    usage_error(
        &emu.run(&["crdb", "maintenance-window", "delete", "-c", "patched"]),
        &["--yes"],
    );
    assert_eq!(writes(&emu).len(), before);
    let out = emu.run(&[
        "crdb",
        "maintenance-window",
        "delete",
        "-c",
        "patched",
        "--yes",
    ]);
    assert_eq!(ok(&out), "");
    assert!(stderr_of(&out).contains("Removed the maintenance window of cluster patched."));
    assert!(configuration(&emu, &path).is_none());
    assert_code(
        &emu.run(&["crdb", "maintenance-window", "get", "-c", "patched"]),
        3,
    );
}

#[test]
fn version_deferral_is_shown_and_set() {
    let emu = Emu::start();
    let id = serverless(&emu, "steady");
    let path = format!("{CLUSTERS}/{id}/version-deferral");

    let table = ok(&emu.run(&["crdb", "version-deferral", "get", "-c", "steady"]));
    assert!(
        table.contains("POLICY") && table.contains("NOT_DEFERRED"),
        "{table}"
    );

    let before = writes(&emu).len();
    usage_error(
        &emu.run(&[
            "crdb",
            "version-deferral",
            "set",
            "-c",
            "steady",
            "--policy",
            "later",
        ]),
        &["--policy", "later", "not-deferred", "fixed-deferral"],
    );
    usage_error(
        &emu.run(&["crdb", "version-deferral", "set", "-c", "steady"]),
        &["--policy"],
    );
    assert_eq!(writes(&emu).len(), before);

    let set = emu.json(&[
        "crdb",
        "version-deferral",
        "set",
        "-c",
        "steady",
        "--policy",
        "Fixed-Deferral",
    ]);
    assert_eq!(set, json!({"deferral_policy": "FIXED_DEFERRAL"}));
    let sent = last_write(&emu);
    assert_eq!(
        (sent.method.as_str(), sent.path.as_str()),
        ("PUT", path.as_str())
    );
    assert_eq!(
        sent.body.unwrap(),
        json!({"deferral_policy": "FIXED_DEFERRAL"})
    );
    assert_eq!(
        configuration(&emu, &path).unwrap()["deferral_policy"],
        "FIXED_DEFERRAL"
    );
    let yaml = formatted(
        &emu,
        &["crdb", "version-deferral", "get", "-c", "steady"],
        "yaml",
    );
    assert_eq!(yaml.trim(), "deferral_policy: FIXED_DEFERRAL");

    // The wire spelling works too.
    ok(&emu.run(&[
        "crdb",
        "version-deferral",
        "set",
        "-c",
        &id,
        "--policy",
        "NOT_DEFERRED",
    ]));
    assert_eq!(
        configuration(&emu, &path).unwrap()["deferral_policy"],
        "NOT_DEFERRED"
    );
}

#[test]
fn the_cluster_comes_from_the_flag_or_the_profile() {
    let emu = Emu::start();
    let id = dedicated(&emu, "home");
    let before = emu.requests("/api/v1").len();
    for args in [
        &["crdb", "version-deferral", "get"][..],
        &["crdb", "egress-rule", "list"],
        &["crdb", "cmek", "rotate"],
        &["crdb", "log-export", "disable", "--yes"],
        &["crdb", "private-endpoint", "service", "list"],
        &["crdb", "metric-export", "get", "datadog"],
        &["crdb", "maintenance-window", "get"],
    ] {
        usage_error(&emu.run(args), &["-c/--cluster"]);
    }
    assert_eq!(emu.requests("/api/v1").len(), before, "nothing was sent");
    assert_code(
        &emu.run(&["crdb", "egress-rule", "list", "-c", "nowhere"]),
        3,
    );

    emu.env
        .write_config("[profiles.default.cockroach]\ncluster = \"home\"\n");
    ok(&emu.run(&[
        "crdb",
        "maintenance-window",
        "set",
        "--day",
        "fri",
        "--start-hour",
        "4",
    ]));
    assert_eq!(
        configuration(&emu, &format!("{CLUSTERS}/{id}/maintenance-window")).unwrap(),
        json!({"day_of_week": 5, "start_hour": 4})
    );
}

#[test]
fn writes_to_a_locked_cluster_are_refused_until_waited_for() {
    // Long transitions, so the lock surely outlasts the start of the next command.
    let emu = Emu::with(dbcloud_emulator::Config {
        transition: Duration::from_millis(2000),
        rate_limits: false,
        quiet: true,
        ..Default::default()
    });
    let id = dedicated(&emu, "busy");
    ok(&emu.run(&["crdb", "cluster", "update", &id, "--vcpus", "8"]));

    for args in [
        &[
            "crdb",
            "maintenance-window",
            "set",
            "-c",
            "busy",
            "--day",
            "mon",
            "--start-hour",
            "1",
        ][..],
        &[
            "crdb",
            "egress-rule",
            "add",
            "-c",
            "busy",
            "--name",
            "n",
            "--destination",
            "a.example.com",
        ],
        &[
            "crdb",
            "log-export",
            "enable",
            "-c",
            "busy",
            "--type",
            "aws-cloudwatch",
        ],
        &[
            "crdb",
            "version-deferral",
            "set",
            "-c",
            "busy",
            "--policy",
            "fixed-deferral",
        ],
    ] {
        let out = emu.run(args);
        assert_code(&out, 5);
        let err = stderr_of(&out);
        assert!(
            err.contains("locked") && err.contains("hint:") && err.contains("--wait"),
            "{err}"
        );
    }
    assert!(configuration(&emu, &format!("{CLUSTERS}/{id}/logexport")).is_none());

    // --wait waits for the lock, sends once, then waits for the export to be enabled.
    let before = writes(&emu).len();
    let out = emu.run(&[
        "crdb",
        "log-export",
        "enable",
        "-c",
        "busy",
        "--type",
        "aws-cloudwatch",
        "--wait",
        "--json",
    ]);
    let info: Value = serde_json::from_str(&ok(&out)).unwrap();
    assert_eq!(info["status"], "ENABLED");
    let after = writes(&emu);
    assert_eq!(
        after.len(),
        before + 1,
        "the write is sent once, after the lock cleared"
    );
    assert_eq!(after.last().unwrap().status, 200);
    assert!(
        stderr_of(&out).contains("to be unlocked"),
        "{}",
        stderr_of(&out)
    );
}

// --- failed statuses with exact bodies, scripted ---

mod scripted {
    use super::*;
    use wiremock::matchers::{method, path};
    use wiremock::{Mock, MockServer, ResponseTemplate};

    const ID: &str = "10000000-0000-4000-8000-000000000002";

    /// A CREATED dedicated cluster whose `sub` path answers `written` to `write` and `polled` to GET.
    async fn server(sub: &str, write: &str, written: Value, polled: Value) -> MockServer {
        let server = MockServer::start().await;
        let cluster = json!({"id": ID, "name": "doomed", "state": "CREATED", "plan": "DEDICATED",
                             "operation_status": "CLUSTER_STATUS_UNSPECIFIED"});
        Mock::given(method("GET"))
            .and(path(format!("{CLUSTERS}/{ID}")))
            .respond_with(ResponseTemplate::new(200).set_body_json(cluster))
            .mount(&server)
            .await;
        Mock::given(method(write))
            .and(path(format!("{CLUSTERS}/{ID}{sub}")))
            .respond_with(ResponseTemplate::new(200).set_body_json(written))
            .expect(1)
            .mount(&server)
            .await;
        Mock::given(method("GET"))
            .and(path(format!("{CLUSTERS}/{ID}{sub}")))
            .respond_with(ResponseTemplate::new(200).set_body_json(polled))
            .mount(&server)
            .await;
        server
    }

    fn run(server: &MockServer, args: &[&str]) -> std::process::Output {
        TestEnv::new()
            .cockroach(&server.uri())
            .args(args)
            .args(["-c", ID, "--wait"])
            .output()
            .unwrap()
    }

    fn failed_with(out: &std::process::Output, status: &str) {
        assert_code(out, 1);
        let err = stderr_of(out);
        assert!(err.contains(status), "{err}");
        assert_eq!(stdout_of(out), "", "no result is printed");
    }

    #[tokio::test(flavor = "multi_thread")]
    async fn a_log_export_that_fails_to_enable_is_exit_1() {
        let info = |status: &str| json!({"cluster_id": ID, "status": status, "user_message": "cannot assume role"});
        let server = server(
            "/logexport",
            "POST",
            info("ENABLING"),
            info("ENABLE_FAILED"),
        )
        .await;
        let out = run(
            &server,
            &["crdb", "log-export", "enable", "--type", "aws-cloudwatch"],
        );
        failed_with(&out, "ENABLE_FAILED");
    }

    #[tokio::test(flavor = "multi_thread")]
    async fn a_metric_export_that_fails_to_enable_is_exit_1() {
        let info = |status: &str| json!({"cluster_id": ID, "status": status});
        let server = server(
            "/metricexport/cloudwatch",
            "POST",
            info("ENABLING"),
            info("ENABLE_FAILED"),
        )
        .await;
        let out = run(
            &server,
            &[
                "crdb",
                "metric-export",
                "enable",
                "cloudwatch",
                "--role-arn",
                "arn:aws:iam::123456789012:role/x",
            ],
        );
        failed_with(&out, "ENABLE_FAILED");
    }

    #[tokio::test(flavor = "multi_thread")]
    async fn a_failed_key_rotation_is_exit_1() {
        let info = |status: &str| json!({"cluster_id": ID, "status": status});
        let server = server("/cmek", "PATCH", info("ROTATING"), info("ROTATE_FAILED")).await;
        let out = run(&server, &["crdb", "cmek", "rotate"]);
        failed_with(&out, "ROTATE_FAILED");
    }

    #[tokio::test(flavor = "multi_thread")]
    async fn a_private_endpoint_service_that_fails_is_exit_1() {
        let services = |status: &str| {
            json!({"services": [
                {"region_name": "us-east1", "status": "ENDPOINT_SERVICE_STATUS_AVAILABLE"},
                {"region_name": "us-west2", "status": status}]})
        };
        let server = server(
            "/networking/private-endpoint-services",
            "POST",
            services("ENDPOINT_SERVICE_STATUS_CREATING"),
            services("ENDPOINT_SERVICE_STATUS_FAILED"),
        )
        .await;
        let out = run(&server, &["crdb", "private-endpoint", "service", "create"]);
        failed_with(&out, "ENDPOINT_SERVICE_STATUS_FAILED");
    }
}
