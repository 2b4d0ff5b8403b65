//! The `failed_transitions` fault: the next N state transitions end in the failed state the real
//! services report, only N of them, the next one succeeds, and the failed states survive a restart.

use std::time::{Duration, Instant};

use crate::common::*;
use dbcloud_emulator::Faults;
use serde_json::{Value, json};

/// The resource at `path` once `field` (a JSON pointer) no longer shows `pending`: polls for up to
/// five seconds. ClickHouse answers are unwrapped from their envelope.
async fn settled(api: &Api, clickhouse: bool, path: &str, field: &str, pending: &str) -> Value {
    let deadline = Instant::now() + Duration::from_secs(5);
    loop {
        let a = if clickhouse {
            api.ch("GET", path, None).await
        } else {
            api.crdb("GET", path, None).await
        };
        assert_eq!(a.status, 200, "GET {path}: {a:?}");
        let v = if clickhouse {
            a.json["result"].clone()
        } else {
            a.json
        };
        if v.pointer(field) != Some(&json!(pending)) {
            return v;
        }
        assert!(Instant::now() < deadline, "{path} still {pending}: {v}");
        sleep_ms(10).await;
    }
}

async fn failures_left(api: &Api) -> u64 {
    let f = api.raw("GET", "/_emulator/faults", &[], None).await;
    assert_eq!(f.status, 200);
    f.json["failed_transitions"].as_u64().expect("a number")
}

async fn set_failures(api: &Api, body: Value) {
    let set = api.raw("PUT", "/_emulator/faults", &[], Some(&body)).await;
    assert_eq!(set.status, 200, "{set:?}");
}

fn service_body(name: &str) -> Value {
    json!({"name": name, "provider": "gcp", "region": "us-east1", "tier": "production"})
}

async fn create_service(api: &Api, org: &str, name: &str) -> (String, Value) {
    let a = api
        .ch(
            "POST",
            &format!("/v1/organizations/{org}/services"),
            Some(&service_body(name)),
        )
        .await;
    assert_eq!(a.status, 200, "{a:?}");
    let service = a.json["result"]["service"].clone();
    let path = format!(
        "/v1/organizations/{org}/services/{}",
        service["id"].as_str().unwrap()
    );
    (path, service)
}

async fn set_service_state(api: &Api, path: &str, command: &str) -> Value {
    let a = api
        .ch(
            "PATCH",
            &format!("{path}/state"),
            Some(&json!({"command": command})),
        )
        .await;
    assert_eq!(a.status, 200, "{command}: {a:?}");
    a.json["result"].clone()
}

fn serverless(name: &str) -> Value {
    json!({"name": name, "provider": "GCP", "spec": {"serverless": {"regions": ["us-east1"]}}})
}

fn dedicated(name: &str) -> Value {
    json!({"name": name, "provider": "GCP", "spec": {"dedicated": {"region_nodes": {"us-east1": 3}, "hardware": {"machine_spec": {"num_virtual_cpus": 4}, "storage_gib": 15}, "cockroach_version": "v24.3"}}})
}

async fn create_cluster(api: &Api, body: &Value) -> (String, Value) {
    let a = api.crdb("POST", "/api/v1/clusters", Some(body)).await;
    assert_eq!(a.status, 200, "{a:?}");
    let path = format!("/api/v1/clusters/{}", a.json["id"].as_str().unwrap());
    (path, a.json)
}

/// The statuses a restore shows until it ends, each once, starting with the create answer's.
async fn restore_statuses(api: &Api, cluster: &str, backup: &str) -> (Vec<String>, Value) {
    let a = api
        .crdb(
            "POST",
            &format!("{cluster}/restores"),
            Some(&json!({"backup_id": backup, "type": "CLUSTER"})),
        )
        .await;
    assert_eq!(a.status, 200, "{a:?}");
    let path = format!("{cluster}/restores/{}", a.json["id"].as_str().unwrap());
    let mut seen = vec![a.json["status"].as_str().unwrap().to_string()];
    let deadline = Instant::now() + Duration::from_secs(5);
    loop {
        let r = api.crdb("GET", &path, None).await.json;
        let status = r["status"].as_str().unwrap().to_string();
        if seen.last() != Some(&status) {
            seen.push(status.clone());
        }
        if status != "PENDING" {
            return (seen, r);
        }
        assert!(Instant::now() < deadline, "restore still {status}");
        sleep_ms(5).await;
    }
}

#[tokio::test]
async fn clickhouse_creation_and_start_fail_on_demand() {
    let emu = emulator();
    let api = Api::new(&emu.url());
    let org = emu.clickhouse_org_id();

    // Old faults JSON stays valid, and means no failures.
    set_failures(&api, json!({"latency_ms": 0})).await;
    assert_eq!(failures_left(&api).await, 0);
    // The HTTP faults' `count` and `only_path_prefix` do not restrict it.
    set_failures(
        &api,
        json!({"failed_transitions": 1, "count": 0, "only_path_prefix": "/api/v1/clusters"}),
    )
    .await;

    // A refused request starts no transition and does not count.
    let refused = api
        .ch(
            "POST",
            &format!("/v1/organizations/{org}/services"),
            Some(&json!({"name": "", "provider": "gcp", "region": "us-east1"})),
        )
        .await;
    assert_eq!(refused.status, 400, "{refused:?}");
    assert_eq!(failures_left(&api).await, 1);

    let (broken, created) = create_service(&api, &org, "broken").await;
    assert_eq!(
        created["state"], "provisioning",
        "the failure is not known yet"
    );
    assert_eq!(failures_left(&api).await, 0, "counted down when it starts");
    let (fine, _) = create_service(&api, &org, "fine").await;

    let s = settled(&api, true, &broken, "/state", "provisioning").await;
    assert_eq!(s["state"], "failed");
    let s = settled(&api, true, &fine, "/state", "provisioning").await;
    assert_eq!(s["state"], "running", "only N transitions fail");
    // The failed service never ran: it has no backup yet.
    let backups = api.ch("GET", &format!("{broken}/backups"), None).await;
    assert_eq!(backups.json["result"], json!([]));

    // A failed service can be started again: starting, then running (and its first backup).
    let starting = set_service_state(&api, &broken, "start").await;
    assert_eq!(starting["state"], "starting");
    let s = settled(&api, true, &broken, "/state", "starting").await;
    assert_eq!(s["state"], "running");
    sleep_ms(T_MS).await;
    let backups = api.ch("GET", &format!("{broken}/backups"), None).await;
    assert_eq!(backups.json["result"][0]["status"], "done", "{backups:?}");

    // A stop has no failed state: it neither fails nor counts down.
    set_failures(&api, json!({"failed_transitions": 1})).await;
    let stopping = set_service_state(&api, &fine, "stop").await;
    assert_eq!(stopping["state"], "stopping");
    let s = settled(&api, true, &fine, "/state", "stopping").await;
    assert_eq!(s["state"], "stopped");
    assert_eq!(failures_left(&api).await, 1);

    // A start that fails: starting, then failed.
    let starting = set_service_state(&api, &fine, "start").await;
    assert_eq!(starting["state"], "starting");
    assert_eq!(failures_left(&api).await, 0);
    let s = settled(&api, true, &fine, "/state", "starting").await;
    assert_eq!(s["state"], "failed");

    // A failed service can be deleted, like a stopped one.
    sleep_ms(T_MS / 2 + 50).await;
    let deleted = api.ch("DELETE", &fine, None).await;
    assert_eq!(deleted.status, 200, "{deleted:?}");
    let s = settled(&api, true, &fine, "/state", "failed").await;
    assert_eq!(s["state"], "softdeleting");
    let deadline = Instant::now() + Duration::from_secs(5);
    while api.ch("GET", &fine, None).await.status != 404 {
        assert!(
            Instant::now() < deadline,
            "the failed service is never gone"
        );
        sleep_ms(10).await;
    }
}

#[tokio::test]
async fn cockroach_cluster_creation_and_update_fail_on_demand() {
    // The fault as the --failed-transitions flag sets it: in the configuration from the start.
    let mut config = config();
    config.faults.failed_transitions = 1;
    let emu = dbcloud_emulator::spawn(config).unwrap();
    let api = Api::new(&emu.url());

    let (broken, created) = create_cluster(&api, &serverless("broken")).await;
    assert_eq!(created["state"], "CREATING");
    assert_eq!(failures_left(&api).await, 0);
    let (fine, _) = create_cluster(&api, &dedicated("fine")).await;

    let c = settled(&api, false, &broken, "/state", "CREATING").await;
    assert_eq!(c["state"], "CREATION_FAILED");
    assert_eq!(c["operation_status"], "UNSPECIFIED");
    let c = settled(&api, false, &fine, "/state", "CREATING").await;
    assert_eq!(c["state"], "CREATED", "only N transitions fail");
    assert_eq!(c["operation_status"], "UNSPECIFIED");

    // A cluster whose creation failed takes no writes but its deletion.
    let refused = api
        .crdb(
            "POST",
            &format!("{broken}/databases"),
            Some(&json!({"name": "app"})),
        )
        .await;
    assert_eq!(refused.status, 409, "{refused:?}");
    assert_eq!(refused.json["code"], 9);
    assert!(
        refused.json["message"]
            .as_str()
            .unwrap()
            .contains("CREATION_FAILED")
    );
    let listed = api.crdb("GET", "/api/v1/clusters", None).await;
    assert_eq!(listed.json["clusters"][0]["state"], "CREATION_FAILED");
    let deleted = api.crdb("DELETE", &broken, None).await;
    assert_eq!(deleted.status, 200, "{deleted:?}");
    assert_eq!(deleted.json["state"], "DELETED");

    // An update that fails: LOCKED with the change, then CREATED without it and *_FAILED.
    emu.set_faults(Faults {
        failed_transitions: 1,
        ..Faults::default()
    });
    let scale = json!({"dedicated": {"hardware": {"machine_spec": {"num_virtual_cpus": 8}}}});
    let locked = api.crdb("PATCH", &fine, Some(&scale)).await;
    assert_eq!(locked.status, 200, "{locked:?}");
    assert_eq!(locked.json["state"], "LOCKED");
    assert_eq!(locked.json["operation_status"], "CRDB_SCALE_RUNNING");
    assert_eq!(locked.json["config"]["dedicated"]["num_virtual_cpus"], 8);
    assert_eq!(failures_left(&api).await, 0);
    let c = settled(&api, false, &fine, "/state", "LOCKED").await;
    assert_eq!(c["state"], "CREATED");
    assert_eq!(c["operation_status"], "CRDB_SCALE_FAILED");
    assert_eq!(
        c["config"]["dedicated"]["num_virtual_cpus"], 4,
        "the update did not apply"
    );
    assert_eq!(c["config"]["dedicated"]["machine_type"], "n2-standard-4");

    // The next update succeeds.
    let locked = api.crdb("PATCH", &fine, Some(&scale)).await;
    assert_eq!(locked.json["operation_status"], "CRDB_SCALE_RUNNING");
    let c = settled(&api, false, &fine, "/state", "LOCKED").await;
    assert_eq!(c["state"], "CREATED");
    assert_eq!(c["operation_status"], "UNSPECIFIED");
    assert_eq!(c["config"]["dedicated"]["num_virtual_cpus"], 8);

    // A major upgrade that fails keeps the version.
    emu.set_faults(Faults {
        failed_transitions: 1,
        ..Faults::default()
    });
    let before = c["cockroach_version"].clone();
    let upgrade = api
        .crdb("PATCH", &fine, Some(&json!({"cockroach_version": "v25.1"})))
        .await;
    assert_eq!(
        upgrade.json["operation_status"],
        "CRDB_MAJOR_UPGRADE_RUNNING"
    );
    assert_eq!(upgrade.json["cockroach_version"], "v25.1.2");
    let c = settled(&api, false, &fine, "/state", "LOCKED").await;
    assert_eq!(c["operation_status"], "CRDB_MAJOR_UPGRADE_FAILED");
    assert_eq!(c["cockroach_version"], before);
    assert_eq!(c["upgrade_status"], "FINALIZED");
}

#[tokio::test]
async fn cockroach_restores_exports_cmek_and_endpoints_fail_on_demand() {
    let emu = emulator();
    let api = Api::new(&emu.url());
    let (cluster, _) = create_cluster(&api, &dedicated("settings")).await;
    settled(&api, false, &cluster, "/state", "CREATING").await;
    let backups = api.crdb("GET", &format!("{cluster}/backups"), None).await;
    let backup = backups.json["backups"][0]["id"]
        .as_str()
        .expect("a first backup once CREATED")
        .to_string();

    set_failures(&api, json!({"failed_transitions": 6})).await;

    // Egress rules have no failed state: not affected, not counted.
    let rule = api
        .crdb(
            "POST",
            &format!("{cluster}/networking/egress-rules"),
            Some(&json!({"name": "s3", "description": "backups", "destination": "s3.amazonaws.com", "ports": [443], "type": "FQDN"})),
        )
        .await;
    assert_eq!(rule.status, 200, "{rule:?}");
    assert_eq!(failures_left(&api).await, 6);

    // 1: a restore.
    let (statuses, restore) = restore_statuses(&api, &cluster, &backup).await;
    assert_eq!(statuses, ["PENDING", "FAILED"], "{restore}");
    assert!(restore["client_error_message"].is_string(), "{restore}");
    // 2, 3: a log export and a metric export.
    let log = api
        .crdb(
            "POST",
            &format!("{cluster}/logexport"),
            Some(&json!({"type": "GCP_CLOUD_LOGGING", "log_name": "crdb", "auth_principal": "logs@p.iam.gserviceaccount.com"})),
        )
        .await;
    assert_eq!(log.json["status"], "ENABLING", "{log:?}");
    let metrics = api
        .crdb("POST", &format!("{cluster}/metricexport/prometheus"), None)
        .await;
    assert_eq!(metrics.json["status"], "ENABLING", "{metrics:?}");
    // 4: CMEK.
    let key = json!({"region_specs": [{"region": "us-east1", "key_spec": {"type": "GCP_CLOUD_KMS", "uri": "projects/p/locations/us-east1/keyRings/r/cryptoKeys/k", "auth_principal": "crdb@p.iam.gserviceaccount.com"}}]});
    let cmek = api
        .crdb("POST", &format!("{cluster}/cmek"), Some(&key))
        .await;
    assert_eq!(cmek.json["status"], "ENABLING", "{cmek:?}");
    // 5: the private endpoint service of the cluster's one region; 6: a connection.
    let services = api
        .crdb(
            "POST",
            &format!("{cluster}/networking/private-endpoint-services"),
            None,
        )
        .await;
    assert_eq!(services.json["services"][0]["status"], "CREATING");
    let connection = api
        .crdb(
            "POST",
            &format!("{cluster}/networking/private-endpoint-connections"),
            Some(&json!({"endpoint_id": "psc-endpoint-1"})),
        )
        .await;
    assert_eq!(
        connection.json["status"], "STATUS_PENDING",
        "{connection:?}"
    );
    assert_eq!(failures_left(&api).await, 0);

    let log = settled(
        &api,
        false,
        &format!("{cluster}/logexport"),
        "/status",
        "ENABLING",
    )
    .await;
    assert_eq!(log["status"], "ENABLE_FAILED");
    let metrics = settled(
        &api,
        false,
        &format!("{cluster}/metricexport/prometheus"),
        "/status",
        "ENABLING",
    )
    .await;
    assert_eq!(metrics["status"], "ERROR");
    let cmek = settled(
        &api,
        false,
        &format!("{cluster}/cmek"),
        "/status",
        "ENABLING",
    )
    .await;
    assert_eq!(cmek["status"], "ENABLE_FAILED", "{cmek}");
    assert_eq!(cmek["region_infos"][0]["status"], "ENABLE_FAILED");
    assert!(cmek["region_infos"][0]["key_infos"][0]["user_message"].is_string());
    let services = settled(
        &api,
        false,
        &format!("{cluster}/networking/private-endpoint-services"),
        "/services/0/status",
        "CREATING",
    )
    .await;
    assert_eq!(services["services"][0]["status"], "CREATE_FAILED");
    let connections = settled(
        &api,
        false,
        &format!("{cluster}/networking/private-endpoint-connections"),
        "/connections/0/status",
        "STATUS_PENDING",
    )
    .await;
    assert_eq!(connections["connections"][0]["status"], "STATUS_FAILED");
    let rule = settled(
        &api,
        false,
        &format!(
            "{cluster}/networking/egress-rules/{}",
            rule.json["rule"]["id"].as_str().unwrap()
        ),
        "/rule/state",
        "PENDING_CREATION",
    )
    .await;
    assert_eq!(rule["rule"]["state"], "ACTIVE");

    // The next ones succeed.
    let (statuses, _) = restore_statuses(&api, &cluster, &backup).await;
    assert_eq!(statuses, ["PENDING", "SUCCESS"]);
    api.crdb(
        "POST",
        &format!("{cluster}/logexport"),
        Some(&json!({"type": "GCP_CLOUD_LOGGING", "log_name": "crdb", "auth_principal": "logs@p.iam.gserviceaccount.com"})),
    )
    .await;
    let log = settled(
        &api,
        false,
        &format!("{cluster}/logexport"),
        "/status",
        "ENABLING",
    )
    .await;
    assert_eq!(log["status"], "ENABLED");
    let put = api
        .crdb("PUT", &format!("{cluster}/cmek"), Some(&key))
        .await;
    assert_eq!(put.json["status"], "ENABLING", "{put:?}");
    let cmek = settled(
        &api,
        false,
        &format!("{cluster}/cmek"),
        "/status",
        "ENABLING",
    )
    .await;
    assert_eq!(cmek["status"], "ENABLED");

    // A CMEK rotation that fails, and a revocation that fails then is retried.
    emu.set_faults(Faults {
        failed_transitions: 2,
        ..Faults::default()
    });
    let rotate = ("PUT", key.clone());
    let revoke = ("PATCH", json!({"action": "REVOKE"}));
    for ((method, body), running, failed) in [
        (rotate, "ROTATING", "ROTATE_FAILED"),
        (revoke, "REVOKING", "REVOKE_FAILED"),
    ] {
        let a = api
            .crdb(method, &format!("{cluster}/cmek"), Some(&body))
            .await;
        assert_eq!(a.json["status"], running, "{a:?}");
        let c = settled(&api, false, &format!("{cluster}/cmek"), "/status", running).await;
        assert_eq!(c["status"], failed);
    }
    let retried = api
        .crdb(
            "PATCH",
            &format!("{cluster}/cmek"),
            Some(&json!({"action": "REVOKE"})),
        )
        .await;
    assert_eq!(retried.status, 200, "a failed revocation can be retried");
    let c = settled(
        &api,
        false,
        &format!("{cluster}/cmek"),
        "/status",
        "REVOKING",
    )
    .await;
    assert_eq!(c["status"], "REVOKED");
}

#[tokio::test]
async fn failed_states_survive_a_restart() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("state.json");
    let mut config = config();
    config.state_file = Some(file.clone());
    config.seed_clusters = 1;

    let (org, service, cluster, seeded, restore) = {
        let emu = dbcloud_emulator::spawn(config.clone()).unwrap();
        let api = Api::new(&emu.url());
        let org = emu.clickhouse_org_id();
        let seeded = format!(
            "/api/v1/clusters/{}",
            api.crdb("GET", "/api/v1/clusters", None).await.json["clusters"][0]["id"]
                .as_str()
                .unwrap()
        );
        let backup = api
            .crdb("GET", &format!("{seeded}/backups"), None)
            .await
            .json["backups"][0]["id"]
            .as_str()
            .unwrap()
            .to_string();
        emu.set_faults(Faults {
            failed_transitions: 4,
            ..Faults::default()
        });
        let (service, _) = create_service(&api, &org, "kept").await;
        let (cluster, _) = create_cluster(&api, &serverless("kept")).await;
        let restore = api
            .crdb(
                "POST",
                &format!("{seeded}/restores"),
                Some(&json!({"backup_id": backup, "type": "CLUSTER"})),
            )
            .await;
        let restore = format!("{seeded}/restores/{}", restore.json["id"].as_str().unwrap());
        let update = api
            .crdb(
                "PATCH",
                &seeded,
                Some(&json!({"serverless": {"usage_limits": {"request_unit_limit": "1000"}}})),
            )
            .await;
        assert_eq!(update.json["state"], "LOCKED", "{update:?}");
        assert_eq!(
            update.json["config"]["serverless"]["usage_limits"]["request_unit_limit"],
            "1000"
        );
        (org, service, cluster, seeded, restore)
    };

    // A new process reading the same file, without the fault: the transitions that started
    // before it end in failure all the same.
    let emu = dbcloud_emulator::spawn(config).unwrap();
    let api = Api::new(&emu.url());
    assert_eq!(emu.clickhouse_org_id(), org);
    assert_eq!(
        failures_left(&api).await,
        0,
        "faults are not kept in the state"
    );
    let s = settled(&api, true, &service, "/state", "provisioning").await;
    assert_eq!(s["state"], "failed");
    let c = settled(&api, false, &cluster, "/state", "CREATING").await;
    assert_eq!(c["state"], "CREATION_FAILED");
    let c = settled(&api, false, &seeded, "/state", "LOCKED").await;
    assert_eq!(c["state"], "CREATED");
    assert_eq!(c["operation_status"], "CRDB_EDIT_CLUSTER_FAILED");
    assert!(
        c["config"]["serverless"].get("usage_limits").is_none(),
        "{c}"
    );
    let r = settled(&api, false, &restore, "/status", "PENDING").await;
    assert_eq!(r["status"], "FAILED");

    // And once more, after they ended.
    drop(emu);
    let mut config2 = crate::common::config();
    config2.state_file = Some(file);
    let emu = dbcloud_emulator::spawn(config2).unwrap();
    let api = Api::new(&emu.url());
    assert_eq!(
        api.ch("GET", &service, None).await.json["result"]["state"],
        "failed"
    );
    assert_eq!(
        api.crdb("GET", &cluster, None).await.json["state"],
        "CREATION_FAILED"
    );
    assert_eq!(
        api.crdb("GET", &restore, None).await.json["status"],
        "FAILED"
    );
    let c = api.crdb("GET", &seeded, None).await.json;
    assert_eq!(c["operation_status"], "CRDB_EDIT_CLUSTER_FAILED");
    assert!(
        c["config"]["serverless"].get("usage_limits").is_none(),
        "{c}"
    );
}
