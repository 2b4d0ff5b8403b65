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
    let path = format!("/v1/organizations/{org}/services/{id}/scaling");
    for (body, needle) in [
        (json!({"minTotalMemoryGb": 25}), "body.minTotalMemoryGb"),
        (json!({"maxTotalMemoryGb": 732}), "body.maxTotalMemoryGb"),
        (json!({"minTotalMemoryGb": 12}), "body.minTotalMemoryGb"),
        (json!({"numReplicas": 2}), "body.numReplicas"),
        (json!({"numReplicas": 26}), "body.numReplicas"),
        (
            json!({"minTotalMemoryGb": 96, "maxTotalMemoryGb": 48}),
            "minTotalMemoryGb (96)",
        ),
        (json!({"idleTimeoutMinutes": 3}), "idleTimeoutMinutes"),
        (json!({"idleScaling": "yes"}), "body.idleScaling"),
    ] {
        let a = api.ch("PATCH", &path, Some(&body)).await;
        assert_eq!(a.status, 400, "{body}: {a:?}");
        let error = a.json["error"].as_str().unwrap();
        assert!(
            error.starts_with("BAD_REQUEST: ") && error.contains(needle),
            "{body}: {error}"
        );
    }
    let ok = api
        .ch("PATCH", &path, Some(&json!({"minTotalMemoryGb": 48, "maxTotalMemoryGb": 720, "numReplicas": 25, "idleTimeoutMinutes": 5})))
        .await;
    assert_eq!(ok.status, 200, "{ok:?}");
    assert_eq!(ok.json["result"]["maxTotalMemoryGb"], 720);
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
