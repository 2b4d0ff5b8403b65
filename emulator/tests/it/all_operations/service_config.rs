//! ClickHouse organization roles and what a service has beyond its own fields: query endpoint, private
//! endpoint, scaling schedule, upgrade window, ClickHouse settings, backup configuration and bucket, and
//! waking an idle service.

use serde_json::json;

use super::{O, Run, S};

pub async fn scenario(run: &mut Run, org: &str) {
    let o = format!("/v1/organizations/{org}");

    // Roles.
    let roles = run
        .ch("GET", &format!("{O}/roles"), &format!("{o}/roles"), None)
        .await;
    assert!(
        roles
            .as_array()
            .unwrap()
            .iter()
            .any(|r| r["name"] == "Admin")
    );
    let keys = run
        .ch("GET", &format!("{O}/keys"), &format!("{o}/keys"), None)
        .await;
    let key = keys[0]["id"].as_str().unwrap().to_string();
    let role = run
        .ch(
            "POST",
            &format!("{O}/roles"),
            &format!("{o}/roles"),
            Some(json!({"name": "contract-role", "actors": [format!("apiKey/{key}")],
                        "policies": [{"allowDeny": "ALLOW", "permissions": ["control-plane:service:view"],
                                      "resources": ["instance/*"]}]})),
        )
        .await;
    assert_eq!(role["actors"], json!([format!("apiKey/{key}")]));
    let rid = role["id"].as_str().unwrap().to_string();
    let r = format!("{o}/roles/{rid}");
    run.ch("GET", &format!("{O}/roles/{{roleId}}"), &r, None)
        .await;
    let renamed = run
        .ch(
            "PATCH",
            &format!("{O}/roles/{{roleId}}"),
            &r,
            Some(json!({"name": "contract-role-2", "actors": []})),
        )
        .await;
    assert_eq!(renamed["actors"], json!([]));
    run.ch("DELETE", &format!("{O}/roles/{{roleId}}"), &r, None)
        .await;

    // A service to configure.
    let created = run
        .ch(
            "POST",
            &format!("{O}/services"),
            &format!("{o}/services"),
            Some(json!({"name": "config-service", "provider": "aws", "region": "us-east-1"})),
        )
        .await;
    let sid = created["service"]["id"].as_str().unwrap().to_string();
    let s = format!("{o}/services/{sid}");
    let at = |what: &str| (format!("{S}/{what}"), format!("{s}/{what}"));

    // Query endpoint.
    let (t, p) = at("serviceQueryEndpoint");
    let endpoint = run
        .ch(
            "POST",
            &t,
            &p,
            Some(
                json!({"allowedOrigins": "app.example.com", "openApiKeys": [key],
                        "roles": ["sql_console_read_only"]}),
            ),
        )
        .await;
    assert_eq!(endpoint["roles"], json!(["sql_console_read_only"]));
    run.ch("GET", &t, &p, None).await;
    run.ch("DELETE", &t, &p, None).await;

    // Private endpoint.
    let (t, p) = at("privateEndpoint");
    let pe = run
        .ch(
            "POST",
            &t,
            &p,
            Some(json!({"description": "app VPC", "id": "vpce-0abc"})),
        )
        .await;
    assert_eq!(pe["cloudProvider"], "aws");

    // Scaling schedule.
    let (t, p) = at("scalingSchedule");
    let schedule = run
        .ch(
            "POST",
            &t,
            &p,
            Some(
                json!({"entries": [{"name": "Business hours", "weekdays": [1, 2, 3, 4, 5],
                                     "startHourUtc": 9, "endHourUtc": 17, "minReplicaMemoryGb": 16,
                                     "maxReplicaMemoryGb": 32, "numReplicas": 2}]}),
            ),
        )
        .await;
    assert_eq!(schedule["entries"][0]["minReplicas"], 2);
    run.ch("GET", &t, &p, None).await;
    run.ch("DELETE", &t, &p, None).await;

    // Upgrade window.
    let (t, p) = at("upgradeWindow");
    let window = run
        .ch(
            "PUT",
            &t,
            &p,
            Some(json!({"startHourUtc": 12, "weekday": 3})),
        )
        .await;
    assert_eq!(window["duration"], 6);
    run.ch("GET", &t, &p, None).await;
    run.ch("DELETE", &t, &p, None).await;

    // ClickHouse settings.
    let (t, p) = at("clickhouseSettings");
    let schema = run
        .ch("GET", &format!("{t}/schema"), &format!("{p}/schema"), None)
        .await;
    assert!(
        schema["settings"]
            .as_array()
            .unwrap()
            .iter()
            .any(|s| s["name"] == "max_threads")
    );
    run.ch(
        "PATCH",
        &t,
        &p,
        Some(json!({"settings": "{\"max_threads\": 8}"})),
    )
    .await;
    let listed = run.ch("GET", &t, &p, None).await;
    assert_eq!(
        listed["settings"],
        json!([{"name": "max_threads", "value": "8"}])
    );
    let one = format!("{t}/{{settingName}}");
    run.ch("GET", &one, &format!("{p}/max_threads"), None).await;
    run.ch("DELETE", &one, &format!("{p}/max_threads"), None)
        .await;

    // Backup configuration and bucket.
    let (t, p) = at("backupConfiguration");
    run.ch("GET", &t, &p, None).await;
    run.ch(
        "PATCH",
        &t,
        &p,
        Some(json!({"backupRetentionPeriodInHours": 48})),
    )
    .await;
    let (t, p) = at("backupBucket");
    let bucket = run
        .ch(
            "POST",
            &t,
            &p,
            Some(
                json!({"bucketPath": "s3://acme/backups", "bucketProvider": "AWS",
                        "iamRoleArn": "arn:aws:iam::123456789012:role/backups"}),
            ),
        )
        .await;
    assert_eq!(bucket["bucketProvider"], "AWS");
    run.ch("GET", &t, &p, None).await;
    run.ch(
        "PATCH",
        &t,
        &p,
        Some(json!({"bucketProvider": "AWS", "iamRoleSessionName": "clickhouse"})),
    )
    .await;
    run.ch("DELETE", &t, &p, None).await;
}
