//! CockroachDB replication streams and blackout windows as the emulator serves them: states over time,
//! the checks the service makes beyond the schema, failures on demand, a window in effect refusing node
//! restarts, and both kept across a restart. Every answer is checked against the spec (`check_answers`).

use crate::all_operations::cockroach_more::{aws_advanced, days_ahead};
use crate::common::*;
use serde_json::{Value, json};

const STREAMS: &str = "/api/v1/physical-replication-streams";

pub async fn ok(api: &Api, method: &str, path: &str, body: Option<Value>) -> Value {
    let a = api.crdb(method, path, body.as_ref()).await;
    assert_eq!(a.status, 200, "{method} {path}: {a:?}");
    a.json
}

/// Asserts an error answer: its status and a word of its message.
pub async fn refused(
    api: &Api,
    method: &str,
    path: &str,
    body: Option<Value>,
    status: u16,
    word: &str,
) {
    let a = api.crdb(method, path, body.as_ref()).await;
    assert_eq!(a.status, status, "{method} {path} {body:?}: {a:?}");
    assert!(
        a.text.contains(word),
        "{method} {path}: '{word}' not in {a:?}"
    );
}

/// CREATED clusters from these bodies, by ID.
pub async fn clusters(api: &Api, bodies: &[Value]) -> Vec<String> {
    let mut ids = Vec::new();
    for b in bodies {
        let c = ok(api, "POST", "/api/v1/clusters", Some(b.clone())).await;
        ids.push(c["id"].as_str().unwrap().to_string());
    }
    sleep_ms(T_MS + 50).await;
    ids
}

fn serverless(name: &str) -> Value {
    json!({"name": name, "provider": "GCP", "spec": {"serverless": {"regions": ["us-east1"]}}})
}

fn gcp_advanced(name: &str) -> Value {
    json!({"name": name, "provider": "GCP", "spec": {"dedicated": {"region_nodes": {"us-east1": 3},
        "hardware": {"machine_spec": {"num_virtual_cpus": 4}, "storage_gib": 15}}}})
}

fn stream_body(primary: &str, standby: &str) -> Option<Value> {
    Some(json!({"primary_cluster_id": primary, "standby_cluster_id": standby}))
}

#[tokio::test]
async fn a_stream_starts_replicates_and_fails_over_over_time() {
    let emu = emulator();
    let api = Api::new(&emu.url());
    let ids = clusters(
        &api,
        &[aws_advanced("p"), aws_advanced("s"), aws_advanced("t")],
    )
    .await;
    let (p, s, t) = (&ids[0], &ids[1], &ids[2]);
    let stream = ok(&api, "POST", STREAMS, stream_body(p, s)).await;
    assert_eq!(stream["status"], "STARTING");
    assert!(stream.get("replicated_time").is_none(), "{stream}");
    let path = format!("{STREAMS}/{}", stream["id"].as_str().unwrap());
    // STARTING: no failover yet; the clusters take part in no other stream.
    refused(
        &api,
        "PATCH",
        &path,
        Some(json!({"status": "FAILING_OVER"})),
        409,
        "STARTING",
    )
    .await;
    refused(&api, "POST", STREAMS, stream_body(t, s), 409, "already").await;
    let other = api.crdb("POST", STREAMS, stream_body(p, t).as_ref()).await;
    assert_eq!(
        (other.status, other.json["code"].clone()),
        (409, json!(6)),
        "{other:?}"
    );
    sleep_ms(T_MS + 50).await;

    let replicating = ok(&api, "GET", &path, None).await;
    assert_eq!(replicating["status"], "REPLICATING");
    assert_eq!(replicating["replication_lag_seconds"], 1);
    let retained = replicating["retained_time"].as_str().unwrap().to_string();
    // Other target statuses are not transitions a client makes; times too far ahead or back are refused.
    refused(
        &api,
        "PATCH",
        &path,
        Some(json!({"status": "COMPLETED"})),
        400,
        "FAILING_OVER or CANCELED",
    )
    .await;
    refused(&api, "PATCH", &path, Some(json!({})), 400, "body.status").await;
    refused(
        &api,
        "PATCH",
        &path,
        Some(json!({"status": "FAILING_OVER", "failover_at": days_ahead(1)})),
        400,
        "one hour",
    )
    .await;
    refused(
        &api,
        "PATCH",
        &path,
        Some(json!({"status": "FAILING_OVER", "failover_at": "2020-01-01T00:00:00Z"})),
        400,
        "retained time",
    )
    .await;
    refused(
        &api,
        "PATCH",
        &path,
        Some(json!({"status": "CANCELED", "failover_at": retained})),
        400,
        "failover_at",
    )
    .await;

    let failing = ok(
        &api,
        "PATCH",
        &path,
        Some(json!({"status": "FAILING_OVER", "failover_at": retained})),
    )
    .await;
    assert_eq!(failing["status"], "FAILING_OVER");
    assert_eq!(failing["failover_at"], retained.as_str());
    refused(
        &api,
        "PATCH",
        &path,
        Some(json!({"status": "CANCELED"})),
        409,
        "FAILING_OVER",
    )
    .await;
    sleep_ms(T_MS + 50).await;
    let done = ok(&api, "GET", &path, None).await;
    assert_eq!(done["status"], "COMPLETED");
    assert_eq!(done["activated_at"], retained.as_str());

    // Completed streams are listed on request only; the filters.
    let listed = ok(&api, "GET", STREAMS, None).await;
    assert_eq!(listed["physical_replication_streams"], json!([]));
    let all = ok(&api, "GET", &format!("{STREAMS}?show_completed=true"), None).await;
    assert_eq!(all["physical_replication_streams"][0]["id"], stream["id"]);
    let second = ok(&api, "POST", STREAMS, stream_body(s, t)).await;
    for (query, n) in [
        (format!("primary_cluster_id={s}"), 1),
        (format!("standby_cluster_id={s}&show_completed=true"), 1),
        (format!("cluster_id={s}&show_completed=true"), 2),
        (format!("cluster_id={t}"), 1),
        (format!("primary_cluster_id={t}"), 0),
    ] {
        let l = ok(&api, "GET", &format!("{STREAMS}?{query}"), None).await;
        assert_eq!(
            l["physical_replication_streams"].as_array().unwrap().len(),
            n,
            "{query}"
        );
    }
    let page = ok(
        &api,
        "GET",
        &format!("{STREAMS}?show_completed=true&pagination.limit=1"),
        None,
    )
    .await;
    assert!(page["pagination"]["next_page"].is_string(), "{page}");

    // Cancel: at once.
    let second_path = format!("{STREAMS}/{}", second["id"].as_str().unwrap());
    let canceled = ok(
        &api,
        "PATCH",
        &second_path,
        Some(json!({"status": "CANCELED"})),
    )
    .await;
    assert_eq!(canceled["status"], "CANCELED");
    assert!(canceled["canceled_at"].is_string());
    refused(
        &api,
        "PATCH",
        &second_path,
        Some(json!({"status": "CANCELED"})),
        409,
        "CANCELED",
    )
    .await;
    refused(
        &api,
        "GET",
        &format!("{STREAMS}/nope"),
        None,
        404,
        "not found",
    )
    .await;

    // The audit log names failovers and cancels.
    let log = ok(&api, "GET", "/api/v1/auditlogevents", None).await;
    let actions: Vec<&str> = log["entries"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|e| e["action"].as_str())
        .collect();
    for a in [
        "AUDIT_LOG_ACTION_CREATE_PHYSICAL_REPLICATION_STREAM",
        "AUDIT_LOG_ACTION_FAILOVER_PHYSICAL_REPLICATION_STREAM",
        "AUDIT_LOG_ACTION_CANCEL_PHYSICAL_REPLICATION_STREAM",
    ] {
        assert!(actions.contains(&a), "{a} not in {actions:?}");
    }
}

#[tokio::test]
async fn streams_need_two_ready_advanced_clusters_of_one_cloud() {
    let emu = emulator();
    let api = Api::new(&emu.url());
    let ids = clusters(
        &api,
        &[
            aws_advanced("p"),
            aws_advanced("s"),
            serverless("b"),
            gcp_advanced("g"),
        ],
    )
    .await;
    let (p, s, b, g) = (&ids[0], &ids[1], &ids[2], &ids[3]);
    refused(
        &api,
        "POST",
        STREAMS,
        stream_body(p, "nope"),
        404,
        "standby_cluster_id",
    )
    .await;
    refused(
        &api,
        "POST",
        STREAMS,
        stream_body(p, p),
        400,
        "another cluster",
    )
    .await;
    refused(&api, "POST", STREAMS, stream_body(b, s), 400, "ADVANCED").await;
    refused(&api, "POST", STREAMS, stream_body(p, g), 400, "same cloud").await;
    // A locked cluster: refused until its operation ends.
    ok(
        &api,
        "PATCH",
        &format!("/api/v1/clusters/{s}"),
        Some(json!({"dedicated": {"hardware": {"storage_gib": 20}}})),
    )
    .await;
    refused(&api, "POST", STREAMS, stream_body(p, s), 409, "locked").await;
    sleep_ms(T_MS + 50).await;
    // A start made to fail ends CANCELED (the spec has no failed status); the clusters are free again.
    emu.set_faults(dbcloud_emulator::Faults {
        failed_transitions: 1,
        ..Default::default()
    });
    let stream = ok(&api, "POST", STREAMS, stream_body(p, s)).await;
    assert_eq!(stream["status"], "STARTING");
    sleep_ms(T_MS + 50).await;
    let path = format!("{STREAMS}/{}", stream["id"].as_str().unwrap());
    let failed = ok(&api, "GET", &path, None).await;
    assert_eq!(failed["status"], "CANCELED");
    assert!(failed["canceled_at"].is_string());
    let faults = api.raw("GET", "/_emulator/faults", &[], None).await;
    assert_eq!(faults.json["failed_transitions"], 0, "counted down");
    ok(&api, "POST", STREAMS, stream_body(p, s)).await;
}

#[tokio::test]
async fn blackout_windows_follow_the_services_rules() {
    let emu = emulator();
    let api = Api::new(&emu.url());
    let ids = clusters(&api, &[gcp_advanced("a"), serverless("b")]).await;
    let windows = format!("/api/v1/clusters/{}/blackout-windows", ids[0]);
    let times =
        |s: u64, e: u64| Some(json!({"start_time": days_ahead(s), "end_time": days_ahead(e)}));
    refused(
        &api,
        "POST",
        &format!("/api/v1/clusters/{}/blackout-windows", ids[1]),
        times(8, 9),
        400,
        "ADVANCED",
    )
    .await;
    refused(&api, "POST", &windows, times(2, 3), 400, "7 days").await;
    refused(&api, "POST", &windows, times(8, 30), 400, "14 days").await;
    refused(&api, "POST", &windows, times(9, 8), 400, "after the start").await;
    refused(&api, "POST", &windows, times(95, 100), 400, "three months").await;
    let w = ok(&api, "POST", &windows, times(20, 25)).await;
    let first = ok(&api, "POST", &windows, times(8, 10)).await;
    refused(&api, "POST", &windows, times(9, 12), 400, "overlaps").await;
    // Listed by their start.
    let listed = ok(&api, "GET", &windows, None).await;
    let order: Vec<&Value> = listed["blackout_windows"]
        .as_array()
        .unwrap()
        .iter()
        .map(|w| &w["id"])
        .collect();
    assert_eq!(order, [&first["id"], &w["id"]]);
    let one = format!("{windows}/{}", w["id"].as_str().unwrap());
    let moved = ok(
        &api,
        "PATCH",
        &one,
        Some(json!({"end_time": days_ahead(27)})),
    )
    .await;
    assert!(
        moved["end_time"]
            .as_str()
            .unwrap()
            .starts_with(&days_ahead(27)[..16])
    );
    assert_eq!(moved["start_time"], w["start_time"]);
    refused(
        &api,
        "PATCH",
        &one,
        Some(json!({"start_time": days_ahead(9), "end_time": days_ahead(11)})),
        400,
        "overlaps",
    )
    .await;
    refused(
        &api,
        "PATCH",
        &one,
        Some(json!({})),
        400,
        "nothing to update",
    )
    .await;
    ok(&api, "DELETE", &one, None).await;
    refused(&api, "GET", &one, None, 404, "not found").await;
    refused(&api, "DELETE", &one, None, 404, "not found").await;
}

/// A window in effect (made by moving a stored window's start into the past between two runs) refuses the
/// updates that restart nodes; the windows and streams survive the restart.
#[tokio::test]
async fn a_window_in_effect_refuses_node_restarts_and_state_survives() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("state.json");
    let mut config = config();
    config.state_file = Some(file.clone());
    let (id, window, stream) = {
        let emu = dbcloud_emulator::spawn(config.clone()).unwrap();
        let api = Api::new(&emu.url());
        let mut older = aws_advanced("p");
        older["spec"]["dedicated"]["cockroach_version"] = json!("v24.3");
        let ids = clusters(&api, &[older, aws_advanced("s")]).await;
        let w = ok(
            &api,
            "POST",
            &format!("/api/v1/clusters/{}/blackout-windows", ids[0]),
            Some(json!({"start_time": days_ahead(8), "end_time": days_ahead(9)})),
        )
        .await;
        let s = ok(&api, "POST", STREAMS, stream_body(&ids[0], &ids[1])).await;
        (ids[0].clone(), w, s)
    };
    let mut saved: Value = serde_json::from_slice(&std::fs::read(&file).unwrap()).unwrap();
    let windows = format!("/api/v1/clusters/{id}/blackout-windows");
    saved["collections"][&windows]["items"][0]["start_time"] = json!("2020-01-01T00:00:00Z");
    std::fs::write(&file, saved.to_string()).unwrap();

    let emu = dbcloud_emulator::spawn(config).unwrap();
    let api = Api::new(&emu.url());
    sleep_ms(T_MS + 50).await;
    let kept = ok(
        &api,
        "GET",
        &format!("{STREAMS}/{}", stream["id"].as_str().unwrap()),
        None,
    )
    .await;
    assert_eq!(kept["status"], "REPLICATING");
    let listed = ok(&api, "GET", &windows, None).await;
    assert_eq!(listed["blackout_windows"][0]["id"], window["id"]);
    let cluster = format!("/api/v1/clusters/{id}");
    refused(
        &api,
        "PATCH",
        &cluster,
        Some(json!({"cockroach_version": "v25.1"})),
        409,
        "major version change",
    )
    .await;
    refused(
        &api,
        "PATCH",
        &cluster,
        Some(json!({"dedicated": {"hardware": {"machine_spec": {"num_virtual_cpus": 8}}}})),
        409,
        "blackout window",
    )
    .await;
    let grown = ok(
        &api,
        "PATCH",
        &cluster,
        Some(json!({"dedicated": {"hardware": {"storage_gib": 20}}})),
    )
    .await;
    assert_eq!(grown["state"], "LOCKED");
    sleep_ms(T_MS + 50).await;
    ok(
        &api,
        "DELETE",
        &format!("{windows}/{}", window["id"].as_str().unwrap()),
        None,
    )
    .await;
    let upgrading = ok(
        &api,
        "PATCH",
        &cluster,
        Some(json!({"cockroach_version": "v25.1"})),
    )
    .await;
    assert_eq!(upgrading["operation_status"], "CRDB_MAJOR_UPGRADE_RUNNING");
}
