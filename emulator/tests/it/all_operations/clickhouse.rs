//! The ClickHouse operations of the seed spec, in their current shapes.

use base64::Engine as _;
use serde_json::json;

use crate::common::*;

use super::{O, Run, S};

pub async fn scenario(run: &mut Run, org: &str) {
    let o = format!("/v1/organizations/{org}");
    run.ch("GET", "/v1/organizations", "/v1/organizations", None)
        .await;
    run.ch("GET", O, &o, None).await;
    let patched = run
        .ch(
            "PATCH",
            O,
            &o,
            Some(json!({"name": "Renamed Org", "privateEndpoints": {"add": [{"id": "vpce-0123", "description": "test", "cloudProvider": "aws", "region": "us-east-1"}], "remove": []}})),
        )
        .await;
    assert_eq!(patched["name"], "Renamed Org");
    assert_eq!(patched["privateEndpoints"][0]["id"], "vpce-0123");
    run.ch(
        "GET",
        &format!("{O}/privateEndpointConfig"),
        &format!("{o}/privateEndpointConfig?cloud_provider=aws&region_id=us-east-1"),
        None,
    )
    .await;

    let created = run
        .ch(
            "POST",
            &format!("{O}/services"),
            &format!("{o}/services"),
            Some(json!({
                "name": "contract-service",
                "provider": "aws",
                "region": "us-east-1",
                "tier": "production",
                "ipAccessList": [{"source": "10.0.0.0/8", "description": "office"}],
                "minTotalMemoryGb": 24,
                "maxTotalMemoryGb": 48,
                "numReplicas": 3,
                "idleScaling": true,
                "idleTimeoutMinutes": 10
            })),
        )
        .await;
    assert!(created["password"].as_str().is_some_and(|p| !p.is_empty()));
    assert_eq!(created["service"]["state"], "provisioning");
    let sid = created["service"]["id"].as_str().unwrap().to_string();
    let s = format!("{o}/services/{sid}");
    let list = run
        .ch(
            "GET",
            &format!("{O}/services"),
            &format!("{o}/services"),
            None,
        )
        .await;
    assert!(
        list.as_array()
            .unwrap()
            .iter()
            .any(|x| x["id"] == sid.as_str())
    );
    let got = run.ch("GET", S, &s, None).await;
    assert!(got.get("password").is_none());
    let patched = run
        .ch(
            "PATCH",
            S,
            &s,
            Some(json!({"name": "contract-service-2", "ipAccessList": {"add": [{"source": "192.168.0.0/16"}], "remove": [{"source": "10.0.0.0/8"}]}, "privateEndpointIds": {"add": ["vpce-0123"]}})),
        )
        .await;
    assert_eq!(
        patched["ipAccessList"],
        json!([{"source": "192.168.0.0/16"}])
    );
    run.ch(
        "GET",
        &format!("{S}/privateEndpointConfig"),
        &format!("{s}/privateEndpointConfig"),
        None,
    )
    .await;
    sleep_ms(T_MS * 2).await;
    let scaled = run
        .ch(
            "PATCH",
            &format!("{S}/scaling"),
            &format!("{s}/scaling"),
            Some(json!({"minTotalMemoryGb": 48, "maxTotalMemoryGb": 96, "numReplicas": 3, "idleScaling": true, "idleTimeoutMinutes": 15})),
        )
        .await;
    assert_eq!(scaled["maxTotalMemoryGb"], 96);
    let per_replica = run
        .ch(
            "PATCH",
            &format!("{S}/replicaScaling"),
            &format!("{s}/replicaScaling"),
            Some(json!({"minReplicaMemoryGb": 16, "maxReplicaMemoryGb": 64, "numReplicas": 2, "idleScaling": false})),
        )
        .await;
    assert_eq!(per_replica["maxReplicaMemoryGb"], 64);
    assert_eq!(per_replica["numReplicas"], 2);
    let hash = base64::engine::general_purpose::STANDARD.encode([7u8; 32]);
    let with_hash = run
        .ch(
            "PATCH",
            &format!("{S}/password"),
            &format!("{s}/password"),
            Some(json!({"newPasswordHash": hash})),
        )
        .await;
    assert!(with_hash.get("password").is_none());
    let generated = run
        .ch(
            "PATCH",
            &format!("{S}/password"),
            &format!("{s}/password"),
            Some(json!({})),
        )
        .await;
    assert!(generated["password"].as_str().is_some());
    run.ch(
        "GET",
        &format!("{S}/prometheus"),
        &format!("{s}/prometheus"),
        None,
    )
    .await;
    let backups = run
        .ch(
            "GET",
            &format!("{S}/backups"),
            &format!("{s}/backups"),
            None,
        )
        .await;
    let bid = backups[0]["id"]
        .as_str()
        .expect("a backup once the service ran")
        .to_string();
    run.ch(
        "GET",
        &format!("{S}/backups/{{backupId}}"),
        &format!("{s}/backups/{bid}"),
        None,
    )
    .await;
    let stopping = run
        .ch(
            "PATCH",
            &format!("{S}/state"),
            &format!("{s}/state"),
            Some(json!({"command": "stop"})),
        )
        .await;
    assert_eq!(stopping["state"], "stopping");
    sleep_ms(T_MS * 2).await;
    run.ch("DELETE", S, &s, None).await;

    // Keys
    let keys = run
        .ch("GET", &format!("{O}/keys"), &format!("{o}/keys"), None)
        .await;
    assert_eq!(
        keys.as_array().unwrap().len(),
        1,
        "the emulator's own key is listed"
    );
    let key = run
        .ch(
            "POST",
            &format!("{O}/keys"),
            &format!("{o}/keys"),
            Some(json!({"name": "ci", "roles": ["developer"]})),
        )
        .await;
    assert!(key["keyId"].as_str().is_some() && key["keySecret"].as_str().is_some());
    let kid = key["key"]["id"].as_str().unwrap().to_string();
    let k = format!("{o}/keys/{kid}");
    run.ch("GET", &format!("{O}/keys/{{keyId}}"), &k, None)
        .await;
    let renamed = run
        .ch(
            "PATCH",
            &format!("{O}/keys/{{keyId}}"),
            &k,
            Some(json!({"name": "ci-2", "state": "disabled"})),
        )
        .await;
    assert_eq!(renamed["state"], "disabled");
    run.ch("DELETE", &format!("{O}/keys/{{keyId}}"), &k, None)
        .await;

    // Members
    let members = run
        .ch(
            "GET",
            &format!("{O}/members"),
            &format!("{o}/members"),
            None,
        )
        .await;
    let dev = members
        .as_array()
        .unwrap()
        .iter()
        .find(|m| m["role"] == "developer")
        .unwrap()["userId"]
        .as_str()
        .unwrap()
        .to_string();
    let m = format!("{o}/members/{dev}");
    run.ch("GET", &format!("{O}/members/{{userId}}"), &m, None)
        .await;
    run.ch(
        "PATCH",
        &format!("{O}/members/{{userId}}"),
        &m,
        Some(json!({"role": "admin"})),
    )
    .await;
    run.ch("DELETE", &format!("{O}/members/{{userId}}"), &m, None)
        .await;

    // Invitations
    let inv = run
        .ch(
            "POST",
            &format!("{O}/invitations"),
            &format!("{o}/invitations"),
            Some(json!({"email": "New.Person@Example.com", "role": "developer"})),
        )
        .await;
    assert_eq!(inv["email"], "new.person@example.com");
    let iid = inv["id"].as_str().unwrap().to_string();
    run.ch(
        "GET",
        &format!("{O}/invitations"),
        &format!("{o}/invitations"),
        None,
    )
    .await;
    run.ch(
        "GET",
        &format!("{O}/invitations/{{invitationId}}"),
        &format!("{o}/invitations/{iid}"),
        None,
    )
    .await;
    run.ch(
        "DELETE",
        &format!("{O}/invitations/{{invitationId}}"),
        &format!("{o}/invitations/{iid}"),
        None,
    )
    .await;

    // Activities
    let activities = run
        .ch(
            "GET",
            &format!("{O}/activities"),
            &format!("{o}/activities"),
            None,
        )
        .await;
    let types: Vec<&str> = activities
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|a| a["type"].as_str())
        .collect();
    for t in [
        "service_create",
        "service_stop",
        "service_delete",
        "key_create",
        "key_delete",
        "organization_invite_create",
    ] {
        assert!(types.contains(&t), "{t} missing from {types:?}");
    }
    let aid = activities[0]["id"].as_str().unwrap().to_string();
    run.ch(
        "GET",
        &format!("{O}/activities/{{activityId}}"),
        &format!("{o}/activities/{aid}"),
        None,
    )
    .await;
}
