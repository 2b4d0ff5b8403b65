//! `dbcloud crdb replication`: the journey (two clusters, create --wait, failover --wait), every command's
//! output and failures, a start made to fail.

use super::*;

const STREAMS: &str = "/api/v1/physical-replication-streams";

fn streams(emu: &Emu) -> Vec<Value> {
    collection(emu, STREAMS)
}

#[test]
fn replication_journey_create_then_fail_over() {
    let emu = Emu::start();
    let primary = aws_cluster(&emu, "orders");
    let standby = aws_cluster(&emu, "orders-dr");

    let stream = emu.json(&[
        "crdb",
        "replication",
        "create",
        "--primary",
        "orders",
        "--standby",
        "orders-dr",
        "--wait",
    ]);
    assert_eq!(stream["status"], "REPLICATING");
    assert_eq!(stream["primary_cluster_id"], primary.as_str());
    assert_eq!(stream["standby_cluster_id"], standby.as_str());
    assert!(stream["replicated_time"].is_string(), "{stream}");
    let sent = last_write(&emu);
    assert_eq!(
        (sent.method.as_str(), sent.path.as_str()),
        ("POST", STREAMS)
    );
    assert_eq!(
        sent.body.unwrap(),
        json!({"primary_cluster_id": primary, "standby_cluster_id": standby})
    );
    let id = stream["id"].as_str().unwrap().to_string();
    assert_eq!(streams(&emu)[0]["status"], "REPLICATING");

    // Listed, and shown, in each format.
    let table = ok(&emu.run(&["crdb", "replication", "list"]));
    assert!(table.starts_with("ID"), "{table}");
    assert!(
        table.contains(&id) && table.contains("REPLICATING"),
        "{table}"
    );
    assert!(table.contains("1s"), "the lag: {table}");
    let yaml = formatted(&emu, &["crdb", "replication", "get", &id], "yaml");
    assert!(yaml.contains("status: REPLICATING"), "{yaml}");
    assert!(
        yaml.contains(&format!("standby_cluster_id: {standby}")),
        "{yaml}"
    );
    let item = ok(&emu.run(&["crdb", "replication", "get", &id]));
    assert!(item.contains("REPLICATED TO"), "{item}");
    emu.server.clear_requests();
    let by_cluster = emu.json(&["crdb", "replication", "list", "--cluster", "orders-dr"]);
    assert_eq!(by_cluster.as_array().unwrap().len(), 1);
    let query = &emu.requests(STREAMS)[0].query;
    assert!(query.contains(&format!("cluster_id={standby}")), "{query}");
    let as_primary = emu.json(&["crdb", "replication", "list", "--primary", &standby]);
    assert_eq!(as_primary, json!([]));
    let out = emu.run(&["crdb", "replication", "list", "--standby", "nowhere"]);
    assert_code(&out, 3);

    // A failover asks first; without a terminal it needs --yes.
    let err = refused_locally(&emu, &["crdb", "replication", "failover", &id], 2);
    assert!(err.contains("--yes") && err.contains("fail over"), "{err}");
    assert_eq!(streams(&emu)[0]["status"], "REPLICATING");

    let out = emu.run(&[
        "crdb",
        "replication",
        "failover",
        &id,
        "--yes",
        "--wait",
        "--json",
    ]);
    let done: Value = serde_json::from_slice(ok(&out).as_bytes()).unwrap();
    assert_eq!(done["status"], "COMPLETED");
    assert!(done["activated_at"].is_string(), "{done}");
    assert!(
        stderr_of(&out).contains("Failed over"),
        "{}",
        stderr_of(&out)
    );
    let sent = last_write(&emu);
    assert_eq!(
        (sent.method.as_str(), sent.path.as_str()),
        ("PATCH", format!("{STREAMS}/{id}").as_str())
    );
    assert_eq!(sent.body.unwrap(), json!({"status": "FAILING_OVER"}));
    assert_eq!(streams(&emu)[0]["status"], "COMPLETED");

    // A completed stream is listed only on request.
    assert_eq!(emu.json(&["crdb", "replication", "list"]), json!([]));
    let all = emu.json(&["crdb", "replication", "list", "--show-completed"]);
    assert_eq!(all[0]["status"], "COMPLETED");
    // Over, it can neither fail over again nor be canceled.
    let out = emu.run(&["crdb", "replication", "cancel", &id, "--yes"]);
    assert_code(&out, 5);
    assert!(stderr_of(&out).contains("COMPLETED"), "{}", stderr_of(&out));
}

#[test]
fn replication_failures_and_cancel() {
    let emu = Emu::start();
    aws_cluster(&emu, "east");
    aws_cluster(&emu, "west");
    let basic = crate::cockroach_cluster_extras::serverless(&emu, "small");

    // Bad input: nothing sent.
    let err = refused_locally(
        &emu,
        &[
            "crdb",
            "replication",
            "failover",
            "x",
            "--at",
            "yesterday",
            "--yes",
        ],
        2,
    );
    assert!(err.contains("RFC 3339"), "{err}");
    refused_locally(
        &emu,
        &["crdb", "replication", "create", "--primary", "east"],
        2,
    );
    let before = writes(&emu).len();
    let out = emu.run(&[
        "crdb",
        "replication",
        "create",
        "--primary",
        "east",
        "--standby",
        "east",
    ]);
    usage_error(&out, &["same cluster"]);
    // Unknown clusters and streams.
    let out = emu.run(&[
        "crdb",
        "replication",
        "create",
        "--primary",
        "east",
        "--standby",
        "nowhere",
    ]);
    assert_code(&out, 3);
    assert!(stderr_of(&out).contains("nowhere"), "{}", stderr_of(&out));
    assert_eq!(writes(&emu).len(), before, "nothing created");
    let out = emu.run(&[
        "crdb",
        "replication",
        "get",
        "00000000-0000-4000-8000-000000000009",
    ]);
    assert_code(&out, 3);
    let out = emu.run(&[
        "crdb",
        "replication",
        "failover",
        "00000000-0000-4000-8000-000000000009",
        "--yes",
    ]);
    assert_code(&out, 3);
    // A serverless cluster cannot replicate: the API says so.
    let out = emu.run(&[
        "crdb",
        "replication",
        "create",
        "--primary",
        &basic,
        "--standby",
        "west",
    ]);
    assert_code(&out, 1);
    assert!(stderr_of(&out).contains("ADVANCED"), "{}", stderr_of(&out));

    // Without --wait: STARTING; a failover must wait for REPLICATING.
    let stream = emu.json(&[
        "crdb",
        "replication",
        "create",
        "--primary",
        "east",
        "--standby",
        "west",
    ]);
    assert_eq!(stream["status"], "STARTING");
    let id = stream["id"].as_str().unwrap().to_string();
    let out = emu.run(&["crdb", "replication", "failover", &id, "--yes"]);
    assert_code(&out, 5);
    assert!(stderr_of(&out).contains("STARTING"), "{}", stderr_of(&out));
    // A cluster takes part in one stream at a time.
    let out = emu.run(&[
        "crdb",
        "replication",
        "create",
        "--primary",
        "west",
        "--standby",
        "east",
    ]);
    assert_code(&out, 5);
    assert!(stderr_of(&out).contains("already"), "{}", stderr_of(&out));

    // A failover more than an hour ahead is refused by the API.
    std::thread::sleep(std::time::Duration::from_millis(400));
    let later = humantime::format_rfc3339_seconds(
        std::time::SystemTime::now() + std::time::Duration::from_secs(3 * 3600),
    )
    .to_string();
    let out = emu.run(&[
        "crdb",
        "replication",
        "failover",
        &id,
        "--at",
        &later,
        "--yes",
    ]);
    assert_code(&out, 1);
    assert!(stderr_of(&out).contains("one hour"), "{}", stderr_of(&out));

    // Cancel asks first, then ends the stream at once.
    refused_locally(&emu, &["crdb", "replication", "cancel", &id], 2);
    let out = emu.run(&["crdb", "replication", "cancel", &id, "--yes"]);
    let table = ok(&out);
    assert!(table.contains("CANCELED"), "{table}");
    assert!(stderr_of(&out).contains("Canceled replication stream"));
    assert_eq!(
        last_write(&emu).body.unwrap(),
        json!({"status": "CANCELED"})
    );
    assert_eq!(streams(&emu)[0]["status"], "CANCELED");
    assert!(streams(&emu)[0]["canceled_at"].is_string());
}

#[test]
fn a_stream_that_cannot_start_ends_canceled() {
    let emu = Emu::start();
    aws_cluster(&emu, "east");
    aws_cluster(&emu, "west");
    fail_next(&emu, 1);
    let out = emu.run(&[
        "crdb",
        "replication",
        "create",
        "--primary",
        "east",
        "--standby",
        "west",
        "--wait",
    ]);
    assert_code(&out, 1);
    let err = stderr_of(&out);
    assert!(
        err.contains("CANCELED") && err.contains("REPLICATING"),
        "{err}"
    );
    assert_eq!(streams(&emu)[0]["status"], "CANCELED");
    // The clusters are free for another stream.
    let again = emu.json(&[
        "crdb",
        "replication",
        "create",
        "--primary",
        "east",
        "--standby",
        "west",
        "--wait",
    ]);
    assert_eq!(again["status"], "REPLICATING");
}

#[test]
fn a_failover_at_a_time_ahead_waits_for_it() {
    let emu = Emu::start();
    aws_cluster(&emu, "east");
    aws_cluster(&emu, "west");
    let stream = emu.json(&[
        "crdb",
        "replication",
        "create",
        "--primary",
        "east",
        "--standby",
        "west",
        "--wait",
    ]);
    let id = stream["id"].as_str().unwrap();
    let soon = humantime::format_rfc3339_seconds(
        std::time::SystemTime::now() + std::time::Duration::from_secs(2),
    )
    .to_string();
    let out = emu.run(&[
        "crdb",
        "replication",
        "failover",
        id,
        "--at",
        &soon,
        "--yes",
        "--wait",
        "--json",
    ]);
    let done: Value = serde_json::from_slice(ok(&out).as_bytes()).unwrap();
    assert_eq!(
        last_write(&emu).body.unwrap(),
        json!({"status": "FAILING_OVER", "failover_at": soon})
    );
    assert!(
        stderr_of(&out).contains("FAILING_OVER"),
        "it waited: {}",
        stderr_of(&out)
    );
    assert_eq!(done["status"], "COMPLETED");
    let at = soon.trim_end_matches('Z');
    assert!(
        done["activated_at"].as_str().unwrap().starts_with(at),
        "{done}"
    );
}
