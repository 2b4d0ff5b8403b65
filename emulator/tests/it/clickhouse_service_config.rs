//! ClickHouse service configuration as the real service behaves beyond its schemas: what persists per
//! service (across restarts too), 404s for what is not configured, the checks the schemas cannot make,
//! secondary services, secrets never shown; and custom roles that assign their actors.

use crate::common::*;
use serde_json::{Value, json};

async fn service(api: &Api, org: &str, body: Value) -> String {
    let created = api
        .ch(
            "POST",
            &format!("/v1/organizations/{org}/services"),
            Some(&body),
        )
        .await;
    assert_eq!(created.status, 200, "{created:?}");
    created.json["result"]["service"]["id"]
        .as_str()
        .unwrap()
        .to_string()
}

#[tokio::test]
async fn configuration_persists_per_service_across_restarts() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("state.json");
    let mut config = config();
    config.state_file = Some(file.clone());
    config.seed_services = 2;
    let (org, a, b) = {
        let emu = dbcloud_emulator::spawn(config.clone()).unwrap();
        let api = Api::new(&emu.url());
        let org = emu.clickhouse_org_id();
        let services = api
            .ch("GET", &format!("/v1/organizations/{org}/services"), None)
            .await
            .json["result"]
            .clone();
        let (a, b) = (
            services[0]["id"].as_str().unwrap().to_string(),
            services[1]["id"].as_str().unwrap().to_string(),
        );
        let at = |s: &str, what: &str| format!("/v1/organizations/{org}/services/{s}/{what}");
        for (method, what, body) in [
            (
                "PUT",
                "upgradeWindow",
                json!({"weekday": 0, "startHourUtc": 6}),
            ),
            (
                "PATCH",
                "clickhouseSettings",
                json!({"settings": "{\"max_threads\": \"4\"}"}),
            ),
            (
                "POST",
                "backupBucket",
                json!({"bucketProvider": "GCP", "bucketPath": "https://storage.googleapis.com/b",
                                            "accessKeyId": "GOOG1", "secretAccessKey": "s3cret"}),
            ),
        ] {
            let answer = api.ch(method, &at(&a, what), Some(&body)).await;
            assert_eq!(answer.status, 200, "{what}: {answer:?}");
            assert!(!answer.text.contains("s3cret"), "{answer:?}");
        }
        (org, a, b)
    };
    let emu = dbcloud_emulator::spawn(config).unwrap();
    let api = Api::new(&emu.url());
    let get = |s: &str, what: &str| {
        let path = format!("/v1/organizations/{org}/services/{s}/{what}");
        let api = api.clone();
        async move { api.ch("GET", &path, None).await }
    };
    assert_eq!(
        get(&a, "upgradeWindow").await.json["result"],
        json!({"weekday": 0, "startHourUtc": 6, "duration": 6})
    );
    assert_eq!(
        get(&a, "clickhouseSettings").await.json["result"],
        json!({"settings": [{"name": "max_threads", "value": "4"}]})
    );
    let bucket = get(&a, "backupBucket").await;
    assert_eq!(bucket.json["result"]["accessKeyId"], "GOOG1");
    assert!(!bucket.text.contains("s3cret"));
    // The other service has none of it.
    assert_eq!(get(&b, "upgradeWindow").await.status, 404);
    assert_eq!(get(&b, "backupBucket").await.status, 404);
    assert_eq!(get(&b, "scalingSchedule").await.status, 404);
    assert_eq!(get(&b, "serviceQueryEndpoint").await.status, 404);
    assert_eq!(
        get(&b, "clickhouseSettings").await.json["result"],
        json!({"settings": []})
    );
    // Nor does a service that is not there.
    let missing = get("00000000-0000-4000-8000-00000000dead", "upgradeWindow").await;
    assert_eq!(missing.status, 404);
    assert!(missing.text.contains("Service"), "{missing:?}");
}

#[tokio::test]
async fn a_secondary_service_follows_its_primary_upgrade_window() {
    let emu = emulator();
    let api = Api::new(&emu.url());
    let org = emu.clickhouse_org_id();
    let primary = service(
        &api,
        &org,
        json!({"name": "p", "provider": "aws", "region": "us-east-1"}),
    )
    .await;
    let warehouse = api
        .ch(
            "GET",
            &format!("/v1/organizations/{org}/services/{primary}"),
            None,
        )
        .await
        .json["result"]["dataWarehouseId"]
        .clone();
    let secondary = service(
        &api,
        &org,
        json!({"name": "s", "provider": "aws", "region": "us-east-1", "dataWarehouseId": warehouse}),
    )
    .await;
    let window = |s: &str| format!("/v1/organizations/{org}/services/{s}/upgradeWindow");
    let refused = api
        .ch(
            "PUT",
            &window(&secondary),
            Some(&json!({"weekday": 2, "startHourUtc": 0})),
        )
        .await;
    assert_eq!(refused.status, 400);
    assert!(refused.text.contains("secondary"), "{refused:?}");
    let set = api
        .ch(
            "PUT",
            &window(&primary),
            Some(&json!({"weekday": 2, "startHourUtc": 0})),
        )
        .await;
    assert_eq!(set.status, 200);
    let inherited = api.ch("GET", &window(&secondary), None).await;
    assert_eq!(inherited.json["result"]["weekday"], 2, "{inherited:?}");
    assert_eq!(
        api.ch("DELETE", &window(&secondary), None).await.status,
        400
    );
}

#[tokio::test]
async fn checks_the_schemas_cannot_make() {
    let emu = emulator();
    let api = Api::new(&emu.url());
    let org = emu.clickhouse_org_id();
    let s = service(
        &api,
        &org,
        json!({"name": "c", "provider": "gcp", "region": "us-east1"}),
    )
    .await;
    let at = |what: &str| format!("/v1/organizations/{org}/services/{s}/{what}");
    for (method, what, body, says) in [
        (
            "PATCH",
            "clickhouseSettings",
            json!({"settings": "max_threads=4"}),
            "not a JSON object",
        ),
        (
            "PATCH",
            "clickhouseSettings",
            json!({"settings": "{\"nope\": 1}"}),
            "nope is not a configurable setting",
        ),
        (
            "PATCH",
            "clickhouseSettings",
            json!({"settings": "{\"async_insert\": 3}"}),
            "allows 0, 1",
        ),
        (
            "POST",
            "scalingSchedule",
            json!({"entries": [{"name": "n", "weekdays": [9], "startHourUtc": 1, "endHourUtc": 2}]}),
            "not a day",
        ),
        (
            "POST",
            "scalingSchedule",
            json!({"entries": [{"name": "n", "weekdays": [1], "startHourUtc": 1, "endHourUtc": 2,
            "autoscalingMode": "horizontal", "minReplicas": 1, "maxReplicas": 2}]}),
            "fixed memory per replica",
        ),
        (
            "POST",
            "serviceQueryEndpoint",
            json!({"roles": [], "openApiKeys": []}),
            "at least one role",
        ),
        (
            "POST",
            "serviceQueryEndpoint",
            json!({"roles": ["sql_console_admin"], "openApiKeys": ["00000000-0000-4000-8000-000000000009"]}),
            "no API key",
        ),
        (
            "PATCH",
            "backupConfiguration",
            json!({"backupRetentionPeriodInHours": 30}),
            "whole number of days",
        ),
        (
            "PATCH",
            "backupConfiguration",
            json!({"backupStartTime": "25:00"}),
            "HH:MM",
        ),
        (
            "PATCH",
            "backupConfiguration",
            json!({"backupStartTime": "01:00", "backupPeriodInHours": 12}),
            "once a day",
        ),
        (
            "POST",
            "backupBucket",
            json!({"bucketProvider": "AWS", "bucketPath": "s3://b"}),
            "iamRoleArn: is required",
        ),
        (
            "POST",
            "backupBucket",
            json!({"bucketProvider": "AWS", "bucketPath": "s3://b", "iamRoleArn": "role"}),
            "not an IAM role ARN",
        ),
        (
            "POST",
            "backupBucket",
            json!({"bucketProvider": "AZURE", "containerName": "c", "connectionString": "x",
            "accessKeyId": "k"}),
            "AZURE buckets have no such field",
        ),
        (
            "POST",
            "privateEndpoint",
            json!({"description": "no id"}),
            "ID is required",
        ),
    ] {
        let answer = api.ch(method, &at(what), Some(&body)).await;
        assert_eq!(answer.status, 400, "{what} {body}: {answer:?}");
        assert!(answer.text.contains(says), "{what} {body}: {answer:?}");
    }
    // Never configured: 404; a setting that was never set resets to nothing (200); an unknown one is 404.
    for what in [
        "scalingSchedule",
        "upgradeWindow",
        "serviceQueryEndpoint",
        "backupBucket",
    ] {
        assert_eq!(
            api.ch("DELETE", &at(what), None).await.status,
            404,
            "{what}"
        );
    }
    assert_eq!(
        api.ch("DELETE", &at("clickhouseSettings/max_threads"), None)
            .await
            .status,
        200
    );
    assert_eq!(
        api.ch("DELETE", &at("clickhouseSettings/nope"), None)
            .await
            .status,
        404
    );
    // The backup configuration: a start time makes the period a day; another period drops the start time.
    let config = api
        .ch(
            "PATCH",
            &at("backupConfiguration"),
            Some(&json!({"backupStartTime": "03:15"})),
        )
        .await;
    assert_eq!(config.json["result"]["backupPeriodInHours"], 24);
    let config = api
        .ch(
            "PATCH",
            &at("backupConfiguration"),
            Some(&json!({"backupPeriodInHours": 12})),
        )
        .await;
    assert_eq!(
        config.json["result"],
        json!({"backupPeriodInHours": 12, "backupRetentionPeriodInHours": 24})
    );
    // A private endpoint takes the service's cloud and region, and cannot be attached twice.
    let body = json!({"id": "psc-1"});
    let pe = api.ch("POST", &at("privateEndpoint"), Some(&body)).await;
    assert_eq!(pe.json["result"]["cloudProvider"], "gcp");
    assert_eq!(pe.json["result"]["region"], "us-east1");
    assert_eq!(
        api.ch("POST", &at("privateEndpoint"), Some(&body))
            .await
            .status,
        409
    );
}

#[tokio::test]
async fn the_entry_active_now_is_marked() {
    let emu = emulator();
    let api = Api::new(&emu.url());
    let org = emu.clickhouse_org_id();
    let s = service(
        &api,
        &org,
        json!({"name": "sched", "provider": "aws", "region": "us-east-1"}),
    )
    .await;
    // One entry covers every hour of the week but the next one, which the other covers.
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs();
    let hour = now / 3600 % 24;
    let (next, after) = ((hour + 1) % 24, (hour + 2) % 24);
    let body = json!({"entries": [
        {"name": "most", "weekdays": [0, 1, 2, 3, 4, 5, 6], "startHourUtc": after, "endHourUtc": if next == 0 { 24 } else { next }},
        {"name": "one", "weekdays": [0, 1, 2, 3, 4, 5, 6], "startHourUtc": next, "endHourUtc": if after == 0 { 24 } else { after }},
    ]});
    let at = format!("/v1/organizations/{org}/services/{s}/scalingSchedule");
    let set = api.ch("POST", &at, Some(&body)).await;
    assert_eq!(set.status, 200, "{set:?}");
    let r = &set.json["result"];
    // Unless the hour turned meanwhile, the first entry is active.
    let active: Vec<&str> = r["entries"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["isActiveNow"] == true)
        .filter_map(|e| e["name"].as_str())
        .collect();
    assert_eq!(active.len(), 1, "{r}");
    let active_id = r["entries"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["isActiveNow"] == true)
        .unwrap()["id"]
        .clone();
    assert_eq!(r["activeEntryId"], active_id);
    assert_eq!(r["baseConfig"]["autoscalingMode"], "vertical");
}

#[tokio::test]
async fn custom_roles_assign_their_actors_and_name_real_permissions() {
    let emu = emulator();
    let api = Api::new(&emu.url());
    let org = emu.clickhouse_org_id();
    let base = format!("/v1/organizations/{org}");
    let members = api.ch("GET", &format!("{base}/members"), None).await.json["result"].clone();
    let user = members[1]["userId"].as_str().unwrap().to_string();
    let policy = json!([{"allowDeny": "ALLOW", "permissions": ["control-plane:service:view"], "resources": ["instance/*"]}]);
    let created = api
        .ch(
            "POST",
            &format!("{base}/roles"),
            Some(
                &json!({"name": "Viewers", "actors": [format!("user/{user}")], "policies": policy}),
            ),
        )
        .await;
    assert_eq!(created.status, 200, "{created:?}");
    let role = created.json["result"]["id"].as_str().unwrap().to_string();
    let member = api.ch("GET", &format!("{base}/members/{user}"), None).await;
    let names: Vec<&str> = member.json["result"]["assignedRoles"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|r| r["roleName"].as_str())
        .collect();
    assert!(names.contains(&"Viewers"), "{member:?}");
    // Replacing the actors takes the role from the member.
    let patched = api
        .ch(
            "PATCH",
            &format!("{base}/roles/{role}"),
            Some(&json!({"actors": []})),
        )
        .await;
    assert_eq!(patched.json["result"]["actors"], json!([]));
    let member = api.ch("GET", &format!("{base}/members/{user}"), None).await;
    assert!(!member.text.contains("Viewers"), "{member:?}");

    for (body, says) in [
        (
            json!({"name": "x", "actors": ["team/1"], "policies": policy}),
            "actors",
        ),
        (
            json!({"name": "x", "actors": [], "policies": [{"allowDeny": "ALLOW", "permissions": ["everything"],
            "resources": ["instance/*"]}]}),
            "not a permission",
        ),
        (
            json!({"name": "x", "actors": [], "policies": [{"allowDeny": "ALLOW", "permissions": ["control-plane:service:view"],
            "resources": ["organization/someone-else"]}]}),
            "resources",
        ),
        (
            json!({"name": "x", "actors": [], "policies": [{"allowDeny": "ALLOW", "permissions": ["sql-console:database:access"],
            "resources": ["instance/*"]}]}),
            "roleV2",
        ),
    ] {
        let answer = api.ch("POST", &format!("{base}/roles"), Some(&body)).await;
        assert_eq!(answer.status, 400, "{body}: {answer:?}");
        assert!(answer.text.contains(says), "{body}: {answer:?}");
    }
}
