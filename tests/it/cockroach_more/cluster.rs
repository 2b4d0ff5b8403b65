//! `dbcloud crdb blackout-window`, `client-ca-cert` and `disruption`: each command's output, failures and
//! the emulator's state; a blackout window in effect refusing an upgrade; changes made to fail.

use super::*;

fn windows_path(id: &str) -> String {
    format!("{CLUSTERS}/{id}/blackout-windows")
}

#[test]
fn blackout_windows_are_scheduled_moved_and_removed() {
    let emu = Emu::start();
    let id = aws_cluster(&emu, "orders");
    let (start, end) = (days_ahead(8), days_ahead(10));

    // Bad input: nothing sent.
    let err = refused_locally(
        &emu,
        &[
            "crdb",
            "blackout-window",
            "create",
            "-c",
            "orders",
            "--start",
            "tomorrow",
            "--end",
            &end,
        ],
        2,
    );
    assert!(err.contains("RFC 3339"), "{err}");
    refused_locally(
        &emu,
        &[
            "crdb",
            "blackout-window",
            "create",
            "-c",
            "orders",
            "--start",
            &start,
        ],
        2,
    );
    let err = refused_locally(
        &emu,
        &["crdb", "blackout-window", "update", "w", "-c", "orders"],
        2,
    );
    assert!(err.contains("--start or --end"), "{err}");

    let window = emu.json(&[
        "crdb",
        "blackout-window",
        "create",
        "-c",
        "orders",
        "--start",
        &start,
        "--end",
        &end,
    ]);
    let wid = window["id"].as_str().unwrap().to_string();
    assert_eq!(window["cluster_id"], id.as_str());
    let sent = last_write(&emu);
    assert_eq!(sent.path, windows_path(&id));
    assert_eq!(
        sent.body.unwrap(),
        json!({"start_time": start, "end_time": end})
    );
    assert_eq!(collection(&emu, &windows_path(&id))[0]["id"], wid.as_str());

    let table = ok(&emu.run(&["crdb", "blackout-window", "list", "-c", "orders"]));
    assert!(table.starts_with("ID"), "{table}");
    assert!(
        table.contains(&wid) && table.contains("scheduled"),
        "{table}"
    );
    let yaml = formatted(
        &emu,
        &["crdb", "blackout-window", "get", &wid, "-c", "orders"],
        "yaml",
    );
    assert!(yaml.contains(&format!("id: {wid}")), "{yaml}");
    assert!(yaml.contains("start_time:"), "{yaml}");

    let later = days_ahead(11);
    let moved = emu.json(&[
        "crdb",
        "blackout-window",
        "update",
        &wid,
        "-c",
        "orders",
        "--end",
        &later,
    ]);
    assert!(
        moved["end_time"]
            .as_str()
            .unwrap()
            .starts_with(later.trim_end_matches('Z'))
    );
    assert_eq!(last_write(&emu).body.unwrap(), json!({"end_time": later}));

    // The service's rules: at least 7 days ahead, at most 14 days long.
    let out = emu.run(&[
        "crdb",
        "blackout-window",
        "create",
        "-c",
        "orders",
        "--start",
        &days_ahead(1),
        "--end",
        &days_ahead(2),
    ]);
    assert_code(&out, 1);
    assert!(stderr_of(&out).contains("7 days"), "{}", stderr_of(&out));
    let out = emu.run(&[
        "crdb",
        "blackout-window",
        "update",
        &wid,
        "-c",
        "orders",
        "--end",
        &days_ahead(40),
    ]);
    assert_code(&out, 1);
    assert!(stderr_of(&out).contains("14 days"), "{}", stderr_of(&out));
    // Unknown windows and clusters.
    let out = emu.run(&[
        "crdb",
        "blackout-window",
        "get",
        "00000000-0000-4000-8000-000000000009",
        "-c",
        "orders",
    ]);
    assert_code(&out, 3);
    let out = emu.run(&["crdb", "blackout-window", "list", "-c", "nowhere"]);
    assert_code(&out, 3);
    let out = emu.run(&[
        "crdb",
        "blackout-window",
        "delete",
        "00000000-0000-4000-8000-000000000009",
        "-c",
        "orders",
        "--yes",
    ]);
    assert_code(&out, 3);
    // Serverless clusters have none.
    crate::cockroach_cluster_extras::serverless(&emu, "small");
    let out = emu.run(&[
        "crdb",
        "blackout-window",
        "create",
        "-c",
        "small",
        "--start",
        &start,
        "--end",
        &end,
    ]);
    assert_code(&out, 1);
    assert!(stderr_of(&out).contains("ADVANCED"), "{}", stderr_of(&out));

    // Deleting asks first.
    refused_locally(
        &emu,
        &["crdb", "blackout-window", "delete", &wid, "-c", "orders"],
        2,
    );
    let out = emu.run(&[
        "crdb",
        "blackout-window",
        "delete",
        &wid,
        "-c",
        "orders",
        "--yes",
    ]);
    assert_eq!(ok(&out), "");
    assert!(stderr_of(&out).contains("Deleted blackout window"));
    assert!(collection(&emu, &windows_path(&id)).is_empty());
}

/// Windows start a week ahead at the earliest: one in effect is made by moving a stored window's start into
/// the past in the emulator's state file, between two runs of the emulator.
#[test]
fn a_blackout_window_in_effect_refuses_upgrades() {
    let dir = tempfile::tempdir().unwrap();
    let state = dir.path().join("state.json");
    let config = || dbcloud_emulator::Config {
        transition: std::time::Duration::from_millis(300),
        rate_limits: false,
        quiet: true,
        state_file: Some(state.clone()),
        ..dbcloud_emulator::Config::default()
    };
    let emu = Emu::with(config());
    let id = aws_cluster(&emu, "orders");
    let window = emu.json(&[
        "crdb",
        "blackout-window",
        "create",
        "-c",
        "orders",
        "--start",
        &days_ahead(8),
        "--end",
        &days_ahead(9),
    ]);
    drop(emu);
    let mut saved: Value = serde_json::from_str(&std::fs::read_to_string(&state).unwrap()).unwrap();
    let hour_ago = humantime::format_rfc3339_seconds(
        std::time::SystemTime::now() - std::time::Duration::from_secs(3600),
    )
    .to_string();
    saved["collections"][windows_path(&id)]["items"][0]["start_time"] = json!(hour_ago);
    std::fs::write(&state, saved.to_string()).unwrap();
    let emu = Emu::with(config());

    let table = ok(&emu.run(&["crdb", "blackout-window", "list", "-c", "orders"]));
    assert!(table.contains("in effect"), "{table}");
    for change in [["--version", "v25.1"], ["--vcpus", "8"]] {
        let out = emu.run(&["crdb", "cluster", "update", "orders", change[0], change[1]]);
        assert_code(&out, 5);
        let err = stderr_of(&out);
        assert!(err.contains("blackout window"), "{err}");
        assert!(!err.contains("--wait"), "waiting would not help: {err}");
    }
    assert_eq!(cluster_state(&emu, &id)["cockroach_version"], "v24.3.8");
    // What restarts no node goes ahead.
    ok(&emu.run(&[
        "crdb",
        "cluster",
        "update",
        "orders",
        "--storage-gib",
        "20",
        "--wait",
    ]));
    // Once the window is gone, so is the refusal.
    let wid = window["id"].as_str().unwrap();
    ok(&emu.run(&[
        "crdb",
        "blackout-window",
        "delete",
        wid,
        "-c",
        "orders",
        "--yes",
    ]));
    let upgraded = emu.json(&["crdb", "cluster", "update", "orders", "--version", "v25.1"]);
    assert_eq!(upgraded["state"], "LOCKED");
}

#[test]
fn client_ca_certificates_are_set_replaced_and_removed() {
    let emu = Emu::start();
    let id = aws_cluster(&emu, "orders");
    let path = format!("{CLUSTERS}/{id}/client-ca-cert");
    let ca = file(&emu, "ca.pem", CA_PEM);
    let key = file(
        &emu,
        "key.pem",
        "-----BEGIN PRIVATE KEY-----\nMC4CAQ==\n-----END PRIVATE KEY-----\n",
    );
    let (ca, key) = (ca.to_str().unwrap(), key.to_str().unwrap());

    let none = emu.json(&["crdb", "client-ca-cert", "get", "-c", "orders"]);
    assert_eq!(none, json!({"status": "NOT_SET"}));
    let table = ok(&emu.run(&["crdb", "client-ca-cert", "get", "-c", "orders"]));
    assert!(table.contains("NOT_SET"), "{table}");

    // Not PEM, or no file: nothing sent.
    let err = refused_locally(
        &emu,
        &[
            "crdb",
            "client-ca-cert",
            "set",
            "-c",
            "orders",
            "--file",
            key,
        ],
        2,
    );
    assert!(
        err.contains("key.pem is not a PEM certificate") && err.contains("never a key"),
        "{err}"
    );
    let err = refused_locally(
        &emu,
        &[
            "crdb",
            "client-ca-cert",
            "set",
            "-c",
            "orders",
            "--file",
            "/nonexistent/ca.pem",
        ],
        2,
    );
    assert!(err.contains("cannot read"), "{err}");
    refused_locally(&emu, &["crdb", "client-ca-cert", "set", "-c", "orders"], 2);
    refused_locally(
        &emu,
        &[
            "crdb",
            "client-ca-cert",
            "update",
            "-c",
            "orders",
            "--file",
            key,
        ],
        2,
    );
    // Nothing to replace yet.
    let out = emu.run(&[
        "crdb",
        "client-ca-cert",
        "update",
        "-c",
        "orders",
        "--file",
        ca,
    ]);
    assert_code(&out, 3);

    let out = emu.run(&[
        "crdb",
        "client-ca-cert",
        "set",
        "-c",
        "orders",
        "--file",
        ca,
        "--wait",
    ]);
    let table = ok(&out);
    assert!(
        table.contains("IS_SET") && table.contains(CA_SHA256),
        "{table}"
    );
    let sent = last_write(&emu);
    assert_eq!(
        (sent.method.as_str(), sent.path.as_str()),
        ("POST", path.as_str())
    );
    assert_eq!(sent.body.unwrap(), json!({"x509_pem_cert": CA_PEM}));
    // (The stored certificate; its status is computed from the time of the change.)
    assert_eq!(configuration(&emu, &path).unwrap()["x509_pem_cert"], CA_PEM);
    assert_eq!(cluster_state(&emu, &id)["state"], "CREATED");

    // Set twice: the API refuses; update replaces (from stdin here).
    let out = emu.run(&[
        "crdb",
        "client-ca-cert",
        "set",
        "-c",
        "orders",
        "--file",
        ca,
    ]);
    assert_code(&out, 5);
    assert!(
        stderr_of(&out).contains("already has"),
        "{}",
        stderr_of(&out)
    );
    let out = emu.run_stdin(
        &[
            "crdb",
            "client-ca-cert",
            "update",
            "-c",
            "orders",
            "--file",
            "-",
            "--wait",
            "-o",
            "yaml",
        ],
        CA2_PEM,
    );
    let yaml = ok(&out);
    assert!(yaml.contains("status: IS_SET"), "{yaml}");
    assert_eq!(last_write(&emu).method, "PATCH");
    let shown = emu.json(&["crdb", "client-ca-cert", "get", "-c", "orders"]);
    assert_eq!(shown["x509_pem_cert"], CA2_PEM);
    let table = ok(&emu.run(&["crdb", "client-ca-cert", "get", "-c", "orders"]));
    assert!(table.contains(CA2_SHA256), "{table}");

    // Removing asks first; then the cluster is locked while it rolls out.
    refused_locally(
        &emu,
        &["crdb", "client-ca-cert", "delete", "-c", "orders"],
        2,
    );
    let removed = emu.json(&["crdb", "client-ca-cert", "delete", "-c", "orders", "--yes"]);
    assert_eq!(removed["status"], "PENDING");
    assert_eq!(cluster_state(&emu, &id)["state"], "LOCKED");
    assert_eq!(
        cluster_state(&emu, &id)["operation_status"],
        "CRDB_CUSTOM_CLIENT_CA_RUNNING"
    );
    // A write meanwhile: refused while locked, waited for with --wait.
    let out = emu.run(&[
        "crdb",
        "client-ca-cert",
        "set",
        "-c",
        "orders",
        "--file",
        ca,
    ]);
    assert_code(&out, 5);
    assert!(stderr_of(&out).contains("--wait"), "{}", stderr_of(&out));
    let set = emu.json(&[
        "crdb",
        "client-ca-cert",
        "set",
        "-c",
        "orders",
        "--file",
        ca,
        "--wait",
    ]);
    assert_eq!(set["status"], "IS_SET");
    let out = emu.run(&[
        "crdb",
        "client-ca-cert",
        "delete",
        "-c",
        "orders",
        "--yes",
        "--wait",
    ]);
    assert_eq!(ok(&out), "");
    assert!(stderr_of(&out).contains("Removed the client CA certificate"));
    assert_eq!(
        emu.json(&["crdb", "client-ca-cert", "get", "-c", "orders"]),
        json!({"status": "NOT_SET"})
    );
    let out = emu.run(&["crdb", "client-ca-cert", "delete", "-c", "orders", "--yes"]);
    assert_code(&out, 3);
    let out = emu.run(&["crdb", "client-ca-cert", "get", "-c", "nowhere"]);
    assert_code(&out, 3);
}

#[test]
fn a_client_ca_change_made_to_fail_is_exit_1() {
    let emu = Emu::start();
    let id = aws_cluster(&emu, "orders");
    let ca = file(&emu, "ca.pem", CA_PEM);
    fail_next(&emu, 1);
    let out = emu.run(&[
        "crdb",
        "client-ca-cert",
        "set",
        "-c",
        "orders",
        "--file",
        ca.to_str().unwrap(),
        "--wait",
    ]);
    assert_code(&out, 1);
    assert!(stderr_of(&out).contains("FAILED"), "{}", stderr_of(&out));
    assert_eq!(
        cluster_state(&emu, &id)["operation_status"],
        "CRDB_CUSTOM_CLIENT_CA_FAILED"
    );
    // Serverless clusters have none.
    crate::cockroach_cluster_extras::serverless(&emu, "small");
    let out = emu.run(&[
        "crdb",
        "client-ca-cert",
        "set",
        "-c",
        "small",
        "--file",
        ca.to_str().unwrap(),
    ]);
    assert_code(&out, 1);
}

#[test]
fn disruption_drills_say_what_they_disrupt_and_ask() {
    let emu = Emu::start();
    let id = aws_cluster(&emu, "orders");
    let path = format!("{CLUSTERS}/{id}/disrupt");

    let out = emu.run(&["crdb", "disruption", "get", "-c", "orders"]);
    assert_eq!(ok(&out), "");
    assert!(
        stderr_of(&out).contains("is not disrupted"),
        "{}",
        stderr_of(&out)
    );
    assert_eq!(
        emu.json(&["crdb", "disruption", "get", "-c", "orders"]),
        json!({"regional_disruptor_specifications": []})
    );

    // It asks, saying what it would disrupt; nothing is sent without --yes.
    let err = refused_locally(
        &emu,
        &[
            "crdb",
            "disruption",
            "set",
            "-c",
            "orders",
            "--whole-region",
            "us-east-1",
        ],
        2,
    );
    assert!(
        err.contains("the whole region us-east-1") && err.contains("--yes"),
        "{err}"
    );
    // Bad input.
    refused_locally(&emu, &["crdb", "disruption", "set", "-c", "orders"], 2);
    refused_locally(
        &emu,
        &[
            "crdb",
            "disruption",
            "set",
            "-c",
            "orders",
            "--clear",
            "--whole-region",
            "us-east-1",
        ],
        2,
    );
    refused_locally(
        &emu,
        &[
            "crdb",
            "disruption",
            "set",
            "-c",
            "orders",
            "--zone",
            "us-east-1a",
        ],
        2,
    );
    let bad = file(
        &emu,
        "bad.yaml",
        "regional_disruptor_specifications:\n  - region_code: us-east-1\n    is_whole_region: yes please\n",
    );
    let err = refused_locally(
        &emu,
        &[
            "crdb",
            "disruption",
            "set",
            "-c",
            "orders",
            "--file",
            bad.to_str().unwrap(),
            "--yes",
        ],
        2,
    );
    assert!(err.contains("is_whole_region"), "{err}");

    let out = emu.run(&[
        "crdb",
        "disruption",
        "set",
        "-c",
        "orders",
        "--whole-region",
        "us-east-1",
        "--yes",
        "--wait",
    ]);
    let table = ok(&out);
    assert!(
        table.starts_with("REGION") && table.contains("us-east-1"),
        "{table}"
    );
    assert!(stderr_of(&out).contains("Disrupted cluster orders: the whole region us-east-1"));
    let sent = last_write(&emu);
    assert_eq!(
        (sent.method.as_str(), sent.path.as_str()),
        ("PUT", path.as_str())
    );
    assert_eq!(
        sent.body.unwrap(),
        json!({"regional_disruptor_specifications": [{"region_code": "us-east-1", "is_whole_region": true}]})
    );
    assert_eq!(
        configuration(&emu, &path).unwrap()["regional_disruptor_specifications"][0]["region_code"],
        "us-east-1"
    );
    assert_eq!(cluster_state(&emu, &id)["operation_status"], "UNSPECIFIED");

    // A node of the cluster, by the name `cluster nodes` shows.
    let nodes = emu.json(&["crdb", "cluster", "nodes", "orders"]);
    let pod = nodes
        .as_array()
        .unwrap()
        .iter()
        .find(|n| n["region_name"] == "us-west-2")
        .unwrap()["name"]
        .as_str()
        .unwrap()
        .to_string();
    let yaml = formatted(
        &emu,
        &[
            "crdb",
            "disruption",
            "set",
            "-c",
            "orders",
            "--pod",
            &format!("us-west-2/{pod}"),
            "--yes",
        ],
        "yaml",
    );
    assert!(yaml.contains(&format!("- {pod}")), "{yaml}");
    assert_eq!(cluster_state(&emu, &id)["state"], "LOCKED");
    // The example document, with --wait (the drill above is waited for first).
    let example = concat!(env!("CARGO_MANIFEST_DIR"), "/docs/examples/disruption.yaml");
    let info = emu.json(&[
        "crdb",
        "disruption",
        "set",
        "-c",
        "orders",
        "--file",
        example,
        "--yes",
        "--wait",
    ]);
    assert_eq!(
        info["regional_disruptor_specifications"][1]["azs"],
        json!(["us-west-2a"])
    );
    // A node the cluster does not have: the API says so.
    let out = emu.run(&[
        "crdb",
        "disruption",
        "set",
        "-c",
        "orders",
        "--pod",
        "us-east-1/cockroachdb-nope-0",
        "--yes",
    ]);
    assert_code(&out, 1);
    assert!(
        stderr_of(&out).contains("not a node"),
        "{}",
        stderr_of(&out)
    );

    // Clearing ends the drill without asking.
    let out = emu.run(&[
        "crdb",
        "disruption",
        "set",
        "-c",
        "orders",
        "--clear",
        "--wait",
    ]);
    assert_eq!(ok(&out), "");
    assert!(stderr_of(&out).contains("Cleared the disruption of cluster orders"));
    assert_eq!(
        configuration(&emu, &path).unwrap()["regional_disruptor_specifications"],
        json!([])
    );
    let out = emu.run(&["crdb", "disruption", "get", "-c", "nowhere"]);
    assert_code(&out, 3);
}

#[test]
fn a_disruption_made_to_fail_is_exit_1() {
    let emu = Emu::start();
    aws_cluster(&emu, "orders");
    fail_next(&emu, 1);
    let out = emu.run(&[
        "crdb",
        "disruption",
        "set",
        "-c",
        "orders",
        "--whole-region",
        "us-west-2",
        "--yes",
        "--wait",
    ]);
    assert_code(&out, 1);
    assert!(
        stderr_of(&out).contains("CRDB_CLUSTER_DISRUPTION_FAILED"),
        "{}",
        stderr_of(&out)
    );
}
