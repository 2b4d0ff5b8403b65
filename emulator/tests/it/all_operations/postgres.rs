//! The Postgres operations of the current ClickHouse spec (operations 194-211 of COMMANDS.md).

use serde_json::{Value, json};

use crate::common::*;

use super::{O, Run};

/// Waits out a transition (the scenario's services settle within two).
async fn settle() {
    sleep_ms(T_MS * 3).await;
}

pub async fn scenario(run: &mut Run, org: &str) {
    let o = format!("/v1/organizations/{org}");
    let all = format!("{O}/postgres");
    let one = format!("{O}/postgres/{{postgresId}}");

    let created = run
        .ch(
            "POST",
            &all,
            &format!("{o}/postgres"),
            Some(json!({
                "name": "contract-pg",
                "provider": "aws",
                "region": "us-east-1",
                "postgresVersion": "17",
                "size": "r8gd.large",
                "haType": "async",
                "tags": [{"key": "env", "value": "test"}],
                "pgConfig": {"max_connections": 200, "work_mem": "8MB"},
                "pgBouncerConfig": {"pool_mode": "transaction"}
            })),
        )
        .await;
    assert_eq!(created["state"], "creating");
    assert!(created["password"].as_str().is_some());
    let id = created["id"].as_str().unwrap().to_string();
    let p = format!("{o}/postgres/{id}");
    let list = run.ch("GET", &all, &format!("{o}/postgres"), None).await;
    assert!(
        list.as_array()
            .unwrap()
            .iter()
            .any(|s| s["id"] == id.as_str())
    );
    let got = run.ch("GET", &one, &p, None).await;
    assert!(got.get("password").is_none());
    settle().await;

    let patched = run
        .ch(
            "PATCH",
            &one,
            &p,
            Some(json!({"name": "contract-pg-2", "size": "r8gd.xlarge", "haType": "sync", "tags": []})),
        )
        .await;
    assert_eq!(patched["state"], "restarting");
    settle().await;

    let config = run
        .ch(
            "GET",
            &format!("{one}/config"),
            &format!("{p}/config"),
            None,
        )
        .await;
    assert_eq!(config["pgConfig"]["max_connections"], 200);
    let changed = run
        .ch(
            "PATCH",
            &format!("{one}/config"),
            &format!("{p}/config"),
            Some(json!({"pgConfig": {"max_connections": 300}, "pgBouncerConfig": {"default_pool_size": "25"}})),
        )
        .await;
    assert_eq!(changed["pgConfig"]["work_mem"], "8MB");
    let replaced = run
        .ch(
            "POST",
            &format!("{one}/config"),
            &format!("{p}/config"),
            Some(json!({"pgConfig": {"work_mem": "16MB"}, "pgBouncerConfig": {"pool_mode": "session"}})),
        )
        .await;
    assert_eq!(replaced["pgConfig"], json!({"work_mem": "16MB"}));

    let set = run
        .ch(
            "PATCH",
            &format!("{one}/password"),
            &format!("{p}/password"),
            Some(json!({"password": "Contract-Passw0rd"})),
        )
        .await;
    assert_eq!(set, json!({}));
    let generated = run
        .ch(
            "PATCH",
            &format!("{one}/password"),
            &format!("{p}/password"),
            Some(json!({})),
        )
        .await;
    assert!(generated["password"].as_str().is_some());

    let text = run
        .ch(
            "GET",
            &format!("{one}/prometheus"),
            &format!("{p}/prometheus"),
            None,
        )
        .await;
    assert!(text.as_str().unwrap().contains("pg_up"));
    let text = run
        .ch(
            "GET",
            &format!("{all}/prometheus"),
            &format!("{o}/postgres/prometheus"),
            None,
        )
        .await;
    assert!(text.as_str().unwrap().contains(&id));
    let window = "from_date=2026-11-22T00:00:00Z&to_date=2026-11-22T06:00:00Z";
    let metrics = run
        .ch(
            "GET",
            &format!("{one}/metrics"),
            &format!("{p}/metrics?{window}&bucket_size_seconds=3600"),
            None,
        )
        .await;
    assert_eq!(
        metrics["metrics"][0]["series"][0]["dataPoints"]
            .as_array()
            .unwrap()
            .len(),
        6
    );
    let patterns = run
        .ch(
            "GET",
            &format!("{one}/slowQueryPatterns"),
            &format!(
                "{p}/slowQueryPatterns?{window}&db_name=app&db_user=app&db_operation=SELECT&app=api&sort_by=p99_duration&sort_order=asc&limit=5&offset=0"
            ),
            None,
        )
        .await;
    let first: Value = patterns[0].clone();
    assert_eq!(first["dbOperation"], "SELECT");
    let detail = run
        .ch(
            "GET",
            &format!("{one}/slowQueryPatterns/{{queryId}}"),
            &format!(
                "{p}/slowQueryPatterns/{}?db_name=app&db_user=app&db_operation=SELECT&app=api",
                first["queryId"].as_str().unwrap()
            ),
            None,
        )
        .await;
    assert_eq!(detail["aggregate"]["queryId"], first["queryId"]);

    // The CA certificates are PEM, not JSON or text: checked here, then counted as driven.
    let template = format!("{one}/caCertificates");
    let ca = run
        .api
        .ch("GET", &format!("{p}/caCertificates"), None)
        .await;
    assert_eq!(ca.status, 200, "{ca:?}");
    assert_eq!(ca.headers["content-type"], "application/x-pem-file");
    let op = dbcloud_emulator::spec::spec_for(dbcloud_emulator::spec::Provider::ClickHouse)
        .find("GET", &template)
        .unwrap();
    assert_eq!(op.response_content_type, "application/x-pem-file");
    op.validate_response(&Value::String(ca.text.clone()))
        .unwrap();
    assert!(ca.text.starts_with("-----BEGIN CERTIFICATE-----"));
    run.covered.insert(("GET".to_string(), template));

    let restarted = run
        .ch(
            "PATCH",
            &format!("{one}/state"),
            &format!("{p}/state"),
            Some(json!({"command": "restart"})),
        )
        .await;
    assert_eq!(restarted["state"], "restarting");
    settle().await;
    let replica = run
        .ch(
            "POST",
            &format!("{one}/readReplica"),
            &format!("{p}/readReplica"),
            Some(json!({
                "name": "contract-pg-ro",
                "tags": [{"key": "role", "value": "reader"}],
                "pgConfig": {"max_connections": 100},
                "pgBouncerConfig": {"pool_mode": "session"}
            })),
        )
        .await;
    assert_eq!(replica["isPrimary"], false);
    let r = format!("{o}/postgres/{}", replica["id"].as_str().unwrap());
    run.ch(
        "PATCH",
        &format!("{one}/state"),
        &format!("{p}/state"),
        Some(json!({"command": "switchover"})),
    )
    .await;
    settle().await;
    let promoted = run
        .ch(
            "PATCH",
            &format!("{one}/state"),
            &format!("{r}/state"),
            Some(json!({"command": "promote"})),
        )
        .await;
    assert_eq!(promoted["isPrimary"], true);
    let restored = run
        .ch(
            "POST",
            &format!("{one}/restoredService"),
            &format!("{p}/restoredService"),
            Some(json!({
                "name": "contract-pg-restored",
                "restoreTarget": created["createdAt"],
                "tags": [{"key": "restored", "value": "yes"}],
                "pgConfig": {"work_mem": "4MB"},
                "pgBouncerConfig": {"pool_mode": "transaction"}
            })),
        )
        .await;
    assert_eq!(restored["state"], "restoring_backup");
    for path in [&p, &r] {
        run.ch("DELETE", &one, path, None).await;
    }
}
