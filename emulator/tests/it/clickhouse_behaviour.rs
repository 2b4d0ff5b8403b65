//! ClickHouse Cloud behaviour: service states over time, the 409 on deleting a service that is not
//! stopped, passwords shown once, IP access list patches, scaling limits, backups, activities, keys.

use crate::common::*;
use serde_json::{Value, json};

async fn create_service(api: &Api, org: &str, body: Value) -> Value {
    let created = api
        .ch(
            "POST",
            &format!("/v1/organizations/{org}/services"),
            Some(&body),
        )
        .await;
    assert_eq!(created.status, 200, "{created:?}");
    created.json["result"].clone()
}

fn service_body(name: &str) -> Value {
    json!({"name": name, "provider": "gcp", "region": "us-east1", "tier": "production"})
}

async fn state_of(api: &Api, path: &str) -> (u16, String) {
    let a = api.ch("GET", path, None).await;
    (
        a.status,
        a.json["result"]["state"]
            .as_str()
            .unwrap_or_default()
            .to_string(),
    )
}

#[tokio::test]
async fn service_lifecycle_follows_the_real_states() {
    // Transitions of 600 ms: wide enough windows for a busy machine.
    const T_MS: u64 = 600;
    let emu = emulator_with_transition(T_MS);
    let api = Api::new(&emu.url());
    let org = emu.clickhouse_org_id();
    let created = create_service(&api, &org, service_body("lifecycle")).await;
    assert_eq!(created["service"]["state"], "provisioning");
    let id = created["service"]["id"].as_str().unwrap();
    let path = format!("/v1/organizations/{org}/services/{id}");

    assert_eq!(state_of(&api, &path).await, (200, "provisioning".into()));
    // Deleting a service that is not stopped is refused.
    let refused = api.ch("DELETE", &path, None).await;
    assert_eq!(refused.status, 409, "{refused:?}");
    let error = refused.json["error"].as_str().unwrap();
    assert!(
        error.starts_with("CONFLICT: Only instance in one of the following states (stopped"),
        "{error}"
    );
    sleep_ms(T_MS + 30).await;
    assert_eq!(state_of(&api, &path).await, (200, "running".into()));
    let refused = api.ch("DELETE", &path, None).await;
    assert_eq!(refused.status, 409);

    let stop = api
        .ch(
            "PATCH",
            &format!("{path}/state"),
            Some(&json!({"command": "stop"})),
        )
        .await;
    assert_eq!(stop.json["result"]["state"], "stopping", "{stop:?}");
    assert_eq!(state_of(&api, &path).await.1, "stopping");
    while state_of(&api, &path).await.1 == "stopping" {
        sleep_ms(10).await;
    }
    assert_eq!(state_of(&api, &path).await.1, "stopped");
    // Just after reaching stopped, a DELETE still gets 409 for a short while.
    let early = api.ch("DELETE", &path, None).await;
    assert_eq!(early.status, 409, "{early:?}");

    let start = api
        .ch(
            "PATCH",
            &format!("{path}/state"),
            Some(&json!({"command": "start"})),
        )
        .await;
    assert_eq!(start.json["result"]["state"], "starting");
    sleep_ms(T_MS + 30).await;
    assert_eq!(state_of(&api, &path).await.1, "running");

    api.ch(
        "PATCH",
        &format!("{path}/state"),
        Some(&json!({"command": "stop"})),
    )
    .await;
    sleep_ms(T_MS * 2).await;
    let deleted = api.ch("DELETE", &path, None).await;
    assert_eq!(deleted.status, 200, "{deleted:?}");
    assert!(deleted.json.get("result").is_none());
    assert_eq!(state_of(&api, &path).await, (200, "softdeleting".into()));
    let again = api
        .ch(
            "PATCH",
            &format!("{path}/state"),
            Some(&json!({"command": "start"})),
        )
        .await;
    assert_eq!(again.status, 409);
    sleep_ms(T_MS + 30).await;
    assert_eq!(state_of(&api, &path).await.0, 404);
    let list = api
        .ch("GET", &format!("/v1/organizations/{org}/services"), None)
        .await;
    assert!(list.json["result"].as_array().unwrap().is_empty());
}

#[tokio::test]
async fn passwords_are_shown_once() {
    let emu = emulator();
    let api = Api::new(&emu.url());
    let org = emu.clickhouse_org_id();
    let created = create_service(&api, &org, service_body("pw")).await;
    let first = created["password"].as_str().unwrap().to_string();
    assert!(first.len() >= 12);
    let id = created["service"]["id"].as_str().unwrap();
    let path = format!("/v1/organizations/{org}/services/{id}");
    let got = api.ch("GET", &path, None).await;
    assert!(!got.text.contains(&first));
    assert!(got.json["result"].get("password").is_none());
    let generated = api
        .ch("PATCH", &format!("{path}/password"), Some(&json!({})))
        .await;
    let second = generated.json["result"]["password"].as_str().unwrap();
    assert_ne!(second, first);
    let hashed = api
        .ch(
            "PATCH",
            &format!("{path}/password"),
            Some(&json!({"newPasswordHash": "47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU="})),
        )
        .await;
    assert_eq!(hashed.json["result"], json!({}));
    let bad = api
        .ch(
            "PATCH",
            &format!("{path}/password"),
            Some(&json!({"newPasswordHash": "short"})),
        )
        .await;
    assert_eq!(bad.status, 400);
}

#[tokio::test]
async fn ip_access_list_patch_removes_before_adding() {
    let emu = emulator();
    let api = Api::new(&emu.url());
    let org = emu.clickhouse_org_id();
    let mut body = service_body("ips");
    body["ipAccessList"] =
        json!([{"source": "1.1.1.1", "description": "a"}, {"source": "2.2.2.2"}]);
    let created = create_service(&api, &org, body).await;
    let id = created["service"]["id"].as_str().unwrap();
    let path = format!("/v1/organizations/{org}/services/{id}");
    // The same source removed and added: remove runs first, so it ends up present (with the new description).
    let patched = api
        .ch(
            "PATCH",
            &path,
            Some(&json!({"ipAccessList": {"remove": [{"source": "1.1.1.1"}, {"source": "2.2.2.2"}], "add": [{"source": "1.1.1.1", "description": "b"}, {"source": "3.3.3.3"}]}})),
        )
        .await;
    assert_eq!(
        patched.json["result"]["ipAccessList"],
        json!([{"source": "1.1.1.1", "description": "b"}, {"source": "3.3.3.3"}])
    );
}

#[tokio::test]
async fn scaling_limits_are_enforced() {
    let emu = emulator();
    let api = Api::new(&emu.url());
    let org = emu.clickhouse_org_id();
    let created = create_service(&api, &org, service_body("scale")).await;
    let id = created["service"]["id"].as_str().unwrap();
    let service = format!("/v1/organizations/{org}/services/{id}");
    let replica = format!("{service}/replicaScaling");
    let total = format!("{service}/scaling");
    // The spec's ranges (per replica 8-356 in steps of 4, replicas 1-20, total 24-1068 in steps of 12)
    // and the rules it gives in words.
    for (path, body, needle) in [
        (
            &replica,
            json!({"minReplicaMemoryGb": 6}),
            "body.minReplicaMemoryGb",
        ),
        (
            &replica,
            json!({"maxReplicaMemoryGb": 360}),
            "body.maxReplicaMemoryGb",
        ),
        (
            &replica,
            json!({"maxReplicaMemoryGb": 30}),
            "body.maxReplicaMemoryGb",
        ),
        (&replica, json!({"numReplicas": 0}), "body.numReplicas"),
        (&replica, json!({"numReplicas": 21}), "body.numReplicas"),
        (
            &replica,
            json!({"autoscalingMode": "diagonal"}),
            "body.autoscalingMode",
        ),
        (
            &replica,
            json!({"minReplicaMemoryGb": 64, "maxReplicaMemoryGb": 32}),
            "minReplicaMemoryGb (64)",
        ),
        (
            &replica,
            json!({"numReplicas": 2, "minReplicas": 2, "maxReplicas": 2}),
            "mutually exclusive",
        ),
        (&replica, json!({"minReplicas": 2}), "together"),
        (
            &replica,
            json!({"minReplicas": 2, "maxReplicas": 5}),
            "horizontal",
        ),
        (
            &replica,
            json!({"idleTimeoutMinutes": 3}),
            "idleTimeoutMinutes",
        ),
        (
            &total,
            json!({"minTotalMemoryGb": 25}),
            "body.minTotalMemoryGb",
        ),
        (
            &total,
            json!({"maxTotalMemoryGb": 1080}),
            "body.maxTotalMemoryGb",
        ),
        (&total, json!({"numReplicas": 21}), "body.numReplicas"),
        (
            &total,
            json!({"minTotalMemoryGb": 96, "maxTotalMemoryGb": 48}),
            "minTotalMemoryGb (96)",
        ),
        (&total, json!({"idleScaling": "yes"}), "body.idleScaling"),
    ] {
        let a = api.ch("PATCH", path, Some(&body)).await;
        assert_eq!(a.status, 400, "{body}: {a:?}");
        let error = a.json["error"].as_str().unwrap();
        assert!(
            error.starts_with("BAD_REQUEST: ") && error.contains(needle),
            "{body}: {error}"
        );
    }
    // What the seed spec refused and the current one allows.
    let ok = api
        .ch(
            "PATCH",
            &replica,
            Some(&json!({"numReplicas": 1, "minReplicaMemoryGb": 8, "maxReplicaMemoryGb": 356, "idleTimeoutMinutes": 5})),
        )
        .await;
    assert_eq!(ok.status, 200, "{ok:?}");
    let s = &ok.json["result"];
    assert_eq!(
        (s["numReplicas"].clone(), s["maxReplicaMemoryGb"].clone()),
        (json!(1), json!(356))
    );
    // The deprecated total memory is that of three replicas.
    assert_eq!(s["maxTotalMemoryGb"], 1068);
    let ok = api
        .ch(
            "PATCH",
            &total,
            Some(&json!({"minTotalMemoryGb": 48, "maxTotalMemoryGb": 1068, "numReplicas": 20})),
        )
        .await;
    assert_eq!(ok.status, 200, "{ok:?}");
    assert_eq!(ok.json["result"]["minReplicaMemoryGb"], 16);
    assert_eq!(ok.json["result"]["numReplicas"], 20);

    let bad_create = api
        .ch(
            "POST",
            &format!("/v1/organizations/{org}/services"),
            Some(&json!({"name": "x", "provider": "aws", "region": "us-east-1", "idleTimeoutMinutes": 1})),
        )
        .await;
    assert_eq!(bad_create.status, 400);
    let missing = api
        .ch(
            "POST",
            &format!("/v1/organizations/{org}/services"),
            Some(&json!({"provider": "aws", "region": "us-east-1"})),
        )
        .await;
    assert_eq!(missing.status, 400);
    assert!(
        missing.json["error"].as_str().unwrap().contains("name"),
        "{missing:?}"
    );
    let wrong_type = api
        .ch(
            "POST",
            &format!("/v1/organizations/{org}/services"),
            Some(&json!({"name": "x", "provider": "ibm", "region": "us-east-1"})),
        )
        .await;
    assert!(
        wrong_type.json["error"]
            .as_str()
            .unwrap()
            .starts_with("BAD_REQUEST: body.provider: "),
        "{wrong_type:?}"
    );
}

#[tokio::test]
async fn replica_scaling_changes_the_baseline_now_and_current_scaling_after_a_transition() {
    const T: u64 = 600;
    let emu = emulator_with_transition(T);
    let api = Api::new(&emu.url());
    let org = emu.clickhouse_org_id();
    let created = create_service(&api, &org, service_body("rs")).await;
    let service = &created["service"];
    // A new service answers in the current shape: per-replica scaling, its current scaling, and the
    // fields the current spec added.
    assert_eq!(service["autoscalingMode"], "vertical");
    assert_eq!(
        service["currentScaling"],
        json!({"effectiveAutoscalingMode": "vertical", "effectiveMinReplicaMemoryGb": 8,
               "effectiveMaxReplicaMemoryGb": 120, "effectiveMinReplicas": 3, "effectiveMaxReplicas": 3,
               "effectiveIdleScaling": true, "effectiveIdleTimeoutMinutes": 15})
    );
    assert_eq!(service["releaseChannel"], "default");
    assert_eq!(service["isPrimary"], true);
    let id = service["id"].as_str().unwrap();
    let path = format!("/v1/organizations/{org}/services/{id}");

    let scaled = api
        .ch(
            "PATCH",
            &format!("{path}/replicaScaling"),
            Some(&json!({"minReplicaMemoryGb": 16, "maxReplicaMemoryGb": 64, "numReplicas": 2})),
        )
        .await;
    assert_eq!(scaled.status, 200, "{scaled:?}");
    let s = &scaled.json["result"];
    assert_eq!(
        (s["minReplicaMemoryGb"].as_u64(), s["numReplicas"].as_u64()),
        (Some(16), Some(2))
    );
    // Not applied yet.
    assert_eq!(s["currentScaling"]["effectiveMinReplicaMemoryGb"], 8);
    sleep_ms(T + 50).await;
    let got = api.ch("GET", &path, None).await.json["result"].clone();
    assert_eq!(got["currentScaling"]["effectiveMinReplicaMemoryGb"], 16);
    assert_eq!(got["currentScaling"]["effectiveMaxReplicaMemoryGb"], 64);
    assert_eq!(got["currentScaling"]["effectiveMaxReplicas"], 2);

    // Horizontal: a band of replicas at a fixed memory per replica.
    let horizontal = api
        .ch(
            "PATCH",
            &format!("{path}/replicaScaling"),
            Some(&json!({"autoscalingMode": "horizontal", "minReplicas": 2, "maxReplicas": 6, "minReplicaMemoryGb": 32})),
        )
        .await;
    assert_eq!(horizontal.status, 200, "{horizontal:?}");
    let h = &horizontal.json["result"];
    assert_eq!(
        (h["minReplicas"].as_u64(), h["maxReplicas"].as_u64()),
        (Some(2), Some(6))
    );
    assert_eq!(h["replicaMemoryGb"], 32);
    assert!(h.get("numReplicas").is_none() && h.get("minTotalMemoryGb").is_none());
    // Total memory means nothing there.
    let total = api
        .ch(
            "PATCH",
            &format!("{path}/scaling"),
            Some(&json!({"minTotalMemoryGb": 48})),
        )
        .await;
    assert_eq!(total.status, 400, "{total:?}");
    let kinds: Vec<Value> = api
        .ch("GET", &format!("/v1/organizations/{org}/activities"), None)
        .await
        .json["result"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["type"].clone())
        .collect();
    assert!(
        kinds.contains(&json!("service_update_autoscaling_replicas")),
        "{kinds:?}"
    );
    assert!(
        kinds.contains(&json!("service_update_autoscaling_memory")),
        "{kinds:?}"
    );
}

#[tokio::test]
async fn services_take_the_current_fields_and_check_provider_and_region_together() {
    let emu = emulator();
    let api = Api::new(&emu.url());
    let org = emu.clickhouse_org_id();
    let services = format!("/v1/organizations/{org}/services");
    let mismatch = api
        .ch(
            "POST",
            &services,
            Some(&json!({"name": "x", "provider": "gcp", "region": "ca-central-1"})),
        )
        .await;
    assert_eq!(mismatch.status, 400, "{mismatch:?}");
    let error = mismatch.json["error"].as_str().unwrap();
    assert!(
        error.contains("ca-central-1") && error.contains("gcp"),
        "{error}"
    );
    for (name, body) in [
        (
            "blank",
            json!({"name": "  ", "provider": "aws", "region": "us-east-1"}),
        ),
        (
            "long",
            json!({"name": "x".repeat(51), "provider": "aws", "region": "us-east-1"}),
        ),
        (
            "readonly alone",
            json!({"name": "r", "provider": "aws", "region": "us-east-1", "isReadonly": true}),
        ),
        (
            "byoc without sizes",
            json!({"name": "b", "provider": "aws", "region": "us-east-1", "byocId": "byoc-1"}),
        ),
    ] {
        let a = api.ch("POST", &services, Some(&body)).await;
        assert_eq!(a.status, 400, "{name}: {a:?}");
    }
    let body = json!({
        "name": "full", "provider": "aws", "region": "ca-central-1", "releaseChannel": "fast",
        "tags": [{"key": "team", "value": "data"}, {"key": "env"}], "complianceType": "hipaa",
        "profile": "v1-highmem-s", "enableCoreDumps": false, "hasTransparentDataEncryption": true,
        "endpoints": [{"protocol": "mysql", "enabled": true}], "numReplicas": 1,
    });
    let created = create_service(&api, &org, body).await["service"].clone();
    assert_eq!(created["region"], "ca-central-1");
    assert_eq!(created["releaseChannel"], "fast");
    assert_eq!(
        created["tags"],
        json!([{"key": "team", "value": "data"}, {"key": "env"}])
    );
    assert_eq!(created["complianceType"], "hipaa");
    assert!(created["transparentDataEncryptionKeyId"].is_string());
    assert!(
        created["endpoints"]
            .as_array()
            .unwrap()
            .iter()
            .any(|e| e["protocol"] == "mysql" && e["port"] == 3306)
    );
    // A read-only service joins the warehouse of another.
    let warehouse = created["dataWarehouseId"].as_str().unwrap();
    let replica = create_service(
        &api,
        &org,
        json!({"name": "ro", "provider": "aws", "region": "ca-central-1", "dataWarehouseId": warehouse, "isReadonly": true}),
    )
    .await["service"]
        .clone();
    assert_eq!(
        (replica["isPrimary"].clone(), replica["isReadonly"].clone()),
        (json!(false), json!(true))
    );

    let path = format!("{services}/{}", created["id"].as_str().unwrap());
    let patched = api
        .ch(
            "PATCH",
            &path,
            Some(&json!({"releaseChannel": "slow", "tags": {"remove": [{"key": "env"}], "add": [{"key": "team", "value": "ml"}]},
                         "endpoints": [{"protocol": "mysql", "enabled": false}], "enableCoreDumps": true})),
        )
        .await;
    assert_eq!(patched.status, 200, "{patched:?}");
    let p = &patched.json["result"];
    assert_eq!(p["releaseChannel"], "slow");
    assert_eq!(p["tags"], json!([{"key": "team", "value": "ml"}]));
    assert!(
        p["endpoints"]
            .as_array()
            .unwrap()
            .iter()
            .all(|e| e["protocol"] != "mysql")
    );
    assert_eq!(p["enableCoreDumps"], true);

    // Metrics are text/plain, as the spec says.
    let metrics = api.ch("GET", &format!("{path}/prometheus"), None).await;
    assert_eq!(metrics.status, 200);
    let content_type = metrics.headers["content-type"].to_str().unwrap();
    assert!(content_type.starts_with("text/plain"), "{content_type}");
    assert!(metrics.text.contains("ClickHouseProfileEvents_Query"));
    let filtered = api
        .ch(
            "GET",
            &format!("{path}/prometheus?filtered_metrics=true"),
            None,
        )
        .await;
    assert!(!filtered.text.contains("ClickHouseProfileEvents_Query"));
    assert!(filtered.text.contains("ClickHouse_ServiceInfo"));
}

#[tokio::test]
async fn backups_activities_members_and_keys() {
    let emu = emulator();
    let api = Api::new(&emu.url());
    let org = emu.clickhouse_org_id();
    let created = create_service(&api, &org, service_body("bk")).await;
    let id = created["service"]["id"].as_str().unwrap();
    let backups = format!("/v1/organizations/{org}/services/{id}/backups");
    assert_eq!(
        api.ch("GET", &backups, None).await.json["result"],
        json!([])
    );
    sleep_ms(T_MS * 2).await;
    let list = api.ch("GET", &backups, None).await;
    let b = &list.json["result"][0];
    assert_eq!(b["status"], "done", "{list:?}");
    assert_eq!(b["serviceId"], id);
    assert!(b["finishedAt"].as_str().is_some());

    // A restore from that backup makes a new service.
    let restored = create_service(
        &api,
        &org,
        json!({"name": "restored", "provider": "gcp", "region": "us-east1", "backupId": b["id"]}),
    )
    .await;
    assert_eq!(restored["service"]["state"], "provisioning");
    let unknown = api
        .ch(
            "POST",
            &format!("/v1/organizations/{org}/services"),
            Some(&json!({"name": "r2", "provider": "gcp", "region": "us-east1", "backupId": "00000000-0000-4000-8000-000000000009"})),
        )
        .await;
    assert_eq!(unknown.status, 400);

    let activities = api
        .ch("GET", &format!("/v1/organizations/{org}/activities"), None)
        .await;
    let creates = activities.json["result"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|a| a["type"] == "service_create")
        .count();
    assert_eq!(creates, 2);
    let future = api
        .ch(
            "GET",
            &format!("/v1/organizations/{org}/activities?from_date=2999-01-01T00:00:00Z"),
            None,
        )
        .await;
    assert_eq!(future.json["result"], json!([]));

    // The organization's members: the key's owner is an admin, and the last admin stays.
    let members = api
        .ch("GET", &format!("/v1/organizations/{org}/members"), None)
        .await;
    let admin = members.json["result"]
        .as_array()
        .unwrap()
        .iter()
        .find(|m| m["role"] == "admin")
        .unwrap()["userId"]
        .as_str()
        .unwrap()
        .to_string();
    let demote = api
        .ch(
            "PATCH",
            &format!("/v1/organizations/{org}/members/{admin}"),
            Some(&json!({"role": "developer"})),
        )
        .await;
    assert_eq!(demote.status, 409, "{demote:?}");

    // Keys: the emulator's key is listed; a created key works until disabled.
    let keys = api
        .ch("GET", &format!("/v1/organizations/{org}/keys"), None)
        .await;
    assert_eq!(keys.json["result"][0]["keySuffix"], "y-id");
    let key = api
        .ch(
            "POST",
            &format!("/v1/organizations/{org}/keys"),
            Some(&json!({"name": "ci", "roles": ["admin"]})),
        )
        .await;
    let mut other = api.clone();
    other.ch_user = key.json["result"]["keyId"].as_str().unwrap().to_string();
    other.ch_secret = key.json["result"]["keySecret"]
        .as_str()
        .unwrap()
        .to_string();
    assert_eq!(other.ch("GET", "/v1/organizations", None).await.status, 200);
    let kid = key.json["result"]["key"]["id"].as_str().unwrap();
    api.ch(
        "PATCH",
        &format!("/v1/organizations/{org}/keys/{kid}"),
        Some(&json!({"state": "disabled"})),
    )
    .await;
    assert_eq!(other.ch("GET", "/v1/organizations", None).await.status, 401);
    let wrong_org = api
        .ch(
            "GET",
            "/v1/organizations/00000000-0000-4000-8000-000000000000/services",
            None,
        )
        .await;
    assert_eq!(wrong_org.status, 404);
}
