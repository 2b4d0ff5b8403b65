//! `dbcloud crdb ...` end to end against the emulator, for the cluster-scoped settings: the maintenance
//! window, version deferral, the cluster from the flag or the profile, and writes to a locked cluster (private
//! endpoints and egress rules: cockroach_networking.rs; exports and CMEK: cockroach_exports.rs). Each command
//! is checked for its output (table, JSON, YAML), exit code, the emulator's resulting state and the requests
//! sent; validation failures and refused confirmations send nothing. Failed statuses with exact bodies are
//! scripted with wiremock; the helpers here serve the three modules.

use std::path::PathBuf;
use std::time::Duration;

use crate::common::*;
use serde_json::{Value, json};

pub(crate) const CLUSTERS: &str = "/api/v1/clusters";

pub(crate) fn ok(out: &std::process::Output) -> String {
    assert_code(out, 0);
    stdout_of(out)
}

/// Asserts a usage error (exit 2) whose message holds every one of `words`.
pub(crate) fn usage_error(out: &std::process::Output, words: &[&str]) {
    assert_code(out, 2);
    let err = stderr_of(out);
    for w in words {
        assert!(err.contains(w), "'{w}' not in: {err}");
    }
}

pub(crate) fn create(emu: &Emu, name: &str, plan: &str) -> String {
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
    if plan == "advanced" {
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

pub(crate) fn dedicated(emu: &Emu, name: &str) -> String {
    create(emu, name, "advanced")
}

pub(crate) fn serverless(emu: &Emu, name: &str) -> String {
    create(emu, name, "basic")
}

/// The emulator's view of a collection (`/api/v1/clusters/<id>/networking/egress-rules`, ...).
pub(crate) fn collection(emu: &Emu, path: &str) -> Vec<Value> {
    emu.server.state()["collections"][path]
        .as_array()
        .cloned()
        .unwrap_or_default()
}

/// The emulator's stored configuration at `path` (log export, CMEK, ...), if any.
pub(crate) fn configuration(emu: &Emu, path: &str) -> Option<Value> {
    emu.server.state()["configurations"].get(path).cloned()
}

/// Requests other than GET to the CockroachDB API.
pub(crate) fn writes(emu: &Emu) -> Vec<dbcloud_emulator::LoggedRequest> {
    emu.requests("/api/v1")
        .into_iter()
        .filter(|r| r.method != "GET")
        .collect()
}

pub(crate) fn last_write(emu: &Emu) -> dbcloud_emulator::LoggedRequest {
    writes(emu).pop().expect("a write was sent")
}

/// Runs with `-o FORMAT` and returns stdout, asserting success.
pub(crate) fn formatted(emu: &Emu, args: &[&str], format: &str) -> String {
    let mut all = args.to_vec();
    all.extend(["-o", format]);
    ok(&emu.run(&all))
}

pub(crate) fn file(emu: &Emu, name: &str, text: &str) -> PathBuf {
    let path = emu.env.dir.path().join(name);
    std::fs::write(&path, text).unwrap();
    path
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
    // The API's form: an offset from Monday 00:00 UTC (Tuesday 22:00 = 46 h) and a length (6 h).
    assert_eq!(
        sent.body.unwrap(),
        json!({"offset_duration": "165600s", "window_duration": "21600s"})
    );
    assert_eq!(
        configuration(&emu, &path).unwrap(),
        json!({"offset_duration": "165600s", "window_duration": "21600s"})
    );
    let out = emu.run(&[
        "crdb",
        "maintenance-window",
        "set",
        "-c",
        "patched",
        "--day",
        "sun",
        "--start-hour",
        "0",
        "--window-duration",
        "8h",
    ]);
    ok(&out);
    assert!(stderr_of(&out).contains("lasts 8h"), "{}", stderr_of(&out));
    assert_eq!(
        last_write(&emu).body.unwrap(),
        json!({"offset_duration": "518400s", "window_duration": "28800s"})
    );

    assert_eq!(
        emu.json(&["crdb", "maintenance-window", "get", "-c", "patched"]),
        json!({"offset_duration": "518400s", "window_duration": "28800s"})
    );
    let yaml = formatted(
        &emu,
        &["crdb", "maintenance-window", "get", "-c", "patched"],
        "yaml",
    );
    assert!(
        yaml.contains("offset_duration: 518400s") && yaml.contains("window_duration: 28800s"),
        "{yaml}"
    );
    let table = ok(&emu.run(&["crdb", "maintenance-window", "get", "-c", "patched"]));
    assert!(
        table.contains("Sunday") && table.contains("00:00") && table.contains("8h"),
        "{table}"
    );
    // The service judges the length (at least 6 hours).
    let out = emu.run(&[
        "crdb",
        "maintenance-window",
        "set",
        "-c",
        "patched",
        "--day",
        "mon",
        "--start-hour",
        "1",
        "--window-duration",
        "1h",
    ]);
    assert_code(&out, 1);
    assert!(
        stderr_of(&out).contains("window_duration"),
        "{}",
        stderr_of(&out)
    );
    usage_error(
        &emu.run(&[
            "crdb",
            "maintenance-window",
            "set",
            "-c",
            "patched",
            "--day",
            "mon",
            "--start-hour",
            "1",
            "--window-duration",
            "a while",
        ]),
        &["--window-duration"],
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
        &["--policy", "later", "NOT_DEFERRED", "DEFERRAL_30_DAYS"],
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
        "Deferral_60_Days",
    ]);
    assert_eq!(set, json!({"deferral_policy": "DEFERRAL_60_DAYS"}));
    let sent = last_write(&emu);
    assert_eq!(
        (sent.method.as_str(), sent.path.as_str()),
        ("PUT", path.as_str())
    );
    assert_eq!(
        sent.body.unwrap(),
        json!({"deferral_policy": "DEFERRAL_60_DAYS"})
    );
    assert_eq!(
        configuration(&emu, &path).unwrap()["deferral_policy"],
        "DEFERRAL_60_DAYS"
    );
    let yaml = formatted(
        &emu,
        &["crdb", "version-deferral", "get", "-c", "steady"],
        "yaml",
    );
    assert_eq!(yaml.trim(), "deferral_policy: DEFERRAL_60_DAYS");

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
        json!({"offset_duration": "360000s", "window_duration": "21600s"})
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
            "aws_cloudwatch",
            "--log-name",
            "crdb",
            "--auth-principal",
            "arn:aws:iam::123456789012:role/x",
        ],
        &[
            "crdb",
            "version-deferral",
            "set",
            "-c",
            "busy",
            "--policy",
            "deferral_30_days",
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
        "aws_cloudwatch",
        "--log-name",
        "crdb",
        "--auth-principal",
        "arn:aws:iam::123456789012:role/x",
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
    use crate::cockroach_exports::CMEK_SPEC;
    use wiremock::matchers::{method, path};
    use wiremock::{Mock, MockServer, ResponseTemplate};

    const ID: &str = "10000000-0000-4000-8000-000000000002";

    /// A CREATED dedicated cluster whose `sub` path answers `written` to `write` and `polled` to GET.
    async fn server(sub: &str, write: &str, written: Value, polled: Value) -> MockServer {
        let server = MockServer::start().await;
        let cluster = json!({"id": ID, "name": "doomed", "state": "CREATED", "plan": "ADVANCED",
                             "operation_status": "UNSPECIFIED"});
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
            &[
                "crdb",
                "log-export",
                "enable",
                "--type",
                "aws_cloudwatch",
                "--log-name",
                "crdb",
                "--auth-principal",
                "arn:aws:iam::123456789012:role/x",
            ],
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
            info("ERROR"),
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
        failed_with(&out, "ERROR");
    }

    #[tokio::test(flavor = "multi_thread")]
    async fn a_failed_key_rotation_is_exit_1() {
        let info = |status: &str| json!({"status": status});
        let server = server("/cmek", "PUT", info("ROTATING"), info("ROTATE_FAILED")).await;
        let dir = tempfile::tempdir().unwrap();
        let spec = dir.path().join("cmek.json");
        std::fs::write(&spec, CMEK_SPEC).unwrap();
        let out = run(
            &server,
            &[
                "crdb",
                "cmek",
                "rotate",
                "--spec-file",
                spec.to_str().unwrap(),
            ],
        );
        failed_with(&out, "ROTATE_FAILED");
    }

    #[tokio::test(flavor = "multi_thread")]
    async fn a_private_endpoint_service_that_fails_is_exit_1() {
        let services = |status: &str| {
            json!({"services": [
                {"region_name": "us-east1", "status": "AVAILABLE"},
                {"region_name": "us-west2", "status": status}]})
        };
        let server = server(
            "/networking/private-endpoint-services",
            "POST",
            services("CREATING"),
            services("CREATE_FAILED"),
        )
        .await;
        let out = run(&server, &["crdb", "private-endpoint", "service", "create"]);
        failed_with(&out, "CREATE_FAILED");
    }
}
