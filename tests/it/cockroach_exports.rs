//! `dbcloud crdb log-export`, `metric-export` and `cmek` end to end against the emulator: the current request
//! shapes (log export principals and groups, CMEK `key_spec`s, rotation by PUT, the REVOKE action), output in
//! each format, secrets never shown, dedicated-only features refused on serverless clusters with a hint.

use crate::cockroach_cluster_extras::{
    CLUSTERS, configuration, dedicated, file, formatted, last_write, ok, serverless, usage_error,
    writes,
};
use crate::common::*;
use serde_json::{Value, json};

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
        r#"[{"log_name": "sql", "channels": ["SQL_SCHEMA", "SQL_EXEC"], "min_level": "WARNING"}]"#,
    );
    let enabled = emu.json(&[
        "crdb",
        "log-export",
        "enable",
        "-c",
        "logs",
        "--type",
        "GCP_Cloud_Logging",
        "--log-name",
        "crdb-logs",
        "--auth-principal",
        "my-gcp-project",
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
        json!({"type": "GCP_CLOUD_LOGGING", "log_name": "crdb-logs", "auth_principal": "my-gcp-project",
            "groups": [{"log_name": "sql", "channels": ["SQL_SCHEMA", "SQL_EXEC"], "min_level": "WARNING"}]})
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
        "--log-name",
        "crdb",
        "--auth-principal",
        "arn:aws:iam::123456789012:role/crdb-logs",
        "--region",
        "us-east-1",
        "--redact",
        "true",
        "--omit-channel",
        "SQL_PERF",
        "--aws-external-id",
        "ext-1",
    ]);
    assert_eq!(replaced["spec"]["type"], "AWS_CLOUDWATCH");
    assert_eq!(replaced["spec"]["omitted_channels"], json!(["SQL_PERF"]));
    assert_eq!(
        last_write(&emu).body.unwrap(),
        json!({"type": "AWS_CLOUDWATCH", "log_name": "crdb",
               "auth_principal": "arn:aws:iam::123456789012:role/crdb-logs", "region": "us-east-1",
               "redact": true, "omitted_channels": ["SQL_PERF"], "aws_external_id": "ext-1"})
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
        let mut args = vec![
            "crdb",
            "log-export",
            "enable",
            "-c",
            "ded",
            "--log-name",
            "crdb",
            "--auth-principal",
            "arn:aws:iam::123456789012:role/crdb-logs",
        ];
        args.extend(extra);
        emu.run(&args)
    };
    usage_error(
        &enable(&["--type", "splunk"]),
        &["--type", "splunk", "AWS_CLOUDWATCH"],
    );
    usage_error(&enable(&[]), &["--type"]);
    usage_error(
        &emu.run(&[
            "crdb",
            "log-export",
            "enable",
            "-c",
            "ded",
            "--type",
            "aws_cloudwatch",
        ]),
        &["--log-name", "--auth-principal"],
    );
    let missing = emu.env.dir.path().join("missing.json");
    usage_error(
        &enable(&[
            "--type",
            "aws_cloudwatch",
            "--groups-file",
            missing.to_str().unwrap(),
        ]),
        &["--groups-file", "missing.json"],
    );
    for (name, text, problem) in [
        ("object.json", r#"{"log_name": "sql"}"#, "not a JSON array"),
        ("broken.json", "[{", "not valid JSON"),
        (
            "nochannels.json",
            r#"[{"log_name": "sql"}]"#,
            "groups[0]: \"channels\"",
        ),
        (
            "level.json",
            r#"[{"log_name": "sql", "channels": ["OPS"], "min_level": "INFO"}]"#,
            "groups[0].min_level",
        ),
    ] {
        let path = file(&emu, name, text);
        usage_error(
            &enable(&[
                "--type",
                "aws_cloudwatch",
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
        "aws_cloudwatch",
        "--log-name",
        "crdb",
        "--auth-principal",
        "arn:aws:iam::123456789012:role/crdb-logs",
    ]);
    assert_code(&out, 1);
    let err = stderr_of(&out);
    assert!(err.contains("(dedicated) clusters only"), "{err}");
    assert!(err.contains("HTTP 400"), "{err}");
    assert!(err.contains("cluster sls is BASIC"), "{err}");
    assert!(err.contains("plan ADVANCED"), "{err}");
    assert!(configuration(&emu, &format!("{CLUSTERS}/{sls}/logexport")).is_none());

    let out = emu.run(&[
        "crdb",
        "log-export",
        "enable",
        "-c",
        "sls",
        "--type",
        "aws_cloudwatch",
        "--log-name",
        "crdb",
        "--auth-principal",
        "arn:aws:iam::123456789012:role/crdb-logs",
        "--json",
    ]);
    assert_code(&out, 1);
    let err: Value = serde_json::from_str(stderr_of(&out).trim()).expect("a JSON error");
    assert_eq!(err["error"]["status"], 400);
    assert!(
        err["error"]["message"]
            .as_str()
            .unwrap()
            .contains("(dedicated) clusters only")
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
    assert!(err.contains("(dedicated) clusters only"), "{err}");
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
    let out = emu.run(&[
        "crdb",
        "metric-export",
        "enable",
        "datadog",
        "-c",
        "dd",
        "--site",
        "us1",
    ]);
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
            "--site",
            "us1",
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
    usage_error(&out, &["--site", "mars", "EU1"]);
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

pub(crate) const CMEK_SPEC: &str = r#"{"region_specs": [{"region": "us-east1", "key_spec": {"type": "GCP_CLOUD_KMS",
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
    assert_eq!(
        enabled["region_infos"][0]["key_infos"][0]["spec"],
        expected["region_specs"][0]["key_spec"]
    );
    assert!(configuration(&emu, &path).is_some(), "the keys are stored");

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
    let shown = emu.json(&["crdb", "cmek", "get", "-c", "vault"]);
    assert_eq!(
        shown["region_infos"][0]["key_infos"][0]["spec"]["uri"],
        "projects/p/locations/us-east1/keyRings/r/cryptoKeys/k2"
    );

    // Rotating gives the keys in use back to the API (the spec has no rotate action).
    let out = emu.run(&["crdb", "cmek", "rotate", "-c", "vault", "--json"]);
    let rotating: Value = serde_json::from_str(&ok(&out)).unwrap();
    assert_eq!(rotating["status"], "ROTATING");
    let sent = last_write(&emu);
    assert_eq!(
        (sent.method.as_str(), sent.body.unwrap()),
        ("PUT", serde_json::from_str::<Value>(&rotated_key).unwrap())
    );
    let rotated = emu.json(&[
        "crdb",
        "cmek",
        "rotate",
        "-c",
        "vault",
        "--spec-file",
        spec,
        "--wait",
    ]);
    assert_eq!(rotated["status"], "ENABLED");
    assert_eq!(last_write(&emu).body.unwrap(), expected);

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
        ("PATCH", json!({"action": "REVOKE"}))
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
        ("array.json", "[]", "is not of type \"object\""),
        ("nospecs.json", r#"{"regions": []}"#, "region_specs"),
        ("empty.json", r#"{"region_specs": []}"#, "no key"),
        (
            "oldshape.json",
            r#"{"region_specs": [{"region": "us-east1", "key": {"type": "GCP_CLOUD_KMS", "uri": "u"}}]}"#,
            "region_specs[0].key: unknown field",
        ),
        (
            "badtype.json",
            r#"{"region_specs": [{"region": "us-east1", "key_spec": {"type": "VAULT", "uri": "u", "auth_principal": "p"}}]}"#,
            "region_specs[0].key_spec.type: \"VAULT\"",
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
    assert!(err.contains("(dedicated) clusters only"), "{err}");
    assert!(
        err.contains("cluster tiny is BASIC: CMEK needs a dedicated cluster"),
        "{err}"
    );
    assert!(configuration(&emu, &format!("{CLUSTERS}/{sls}/cmek")).is_none());
    // Rotating keys that were never set up is not found.
    assert_code(&emu.run(&["crdb", "cmek", "rotate", "-c", "keys"]), 3);
}
