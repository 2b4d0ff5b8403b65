//! CockroachDB Cloud behaviour: clusters CREATING → CREATED, LOCKED refusing writes, DELETED;
//! restores over time; pagination.

use std::collections::BTreeSet;
use std::time::Instant;

use crate::common::*;
use serde_json::{Value, json};

async fn create_cluster(api: &Api, body: Value) -> Value {
    let a = api.crdb("POST", "/api/v1/clusters", Some(&body)).await;
    assert_eq!(a.status, 200, "{a:?}");
    a.json
}

fn dedicated(name: &str) -> Value {
    json!({"name": name, "provider": "GCP", "spec": {"dedicated": {"region_nodes": {"us-east1": 3}, "hardware": {"machine_spec": {"num_virtual_cpus": 4}, "storage_gib": 15}, "cockroach_version": "v24.3"}}})
}

#[tokio::test]
async fn cluster_lifecycle() {
    // Transitions of 1 s: the writes refused while LOCKED all fit in the window on a busy machine.
    const T_MS: u64 = 1000;
    let emu = emulator_with_transition(T_MS);
    let api = Api::new(&emu.url());
    let c = create_cluster(&api, dedicated("lifecycle-dedicated")).await;
    assert_eq!(c["state"], "CREATING");
    assert_eq!(c["plan"], "ADVANCED");
    assert_eq!(c["is_customer_cloud_account"], false);
    assert_eq!(c["network_visibility"], "PUBLIC");
    assert_eq!(
        c["cockroach_version"].as_str().unwrap().get(..5),
        Some("v24.3")
    );
    assert_eq!(c["config"]["dedicated"]["num_virtual_cpus"], 4);
    assert_eq!(c["regions"][0]["node_count"], 3);
    let id = c["id"].as_str().unwrap();
    let path = format!("/api/v1/clusters/{id}");

    // Writes wait for the cluster to be ready.
    let early = api
        .crdb(
            "POST",
            &format!("{path}/sql-users"),
            Some(&json!({"name": "app", "password": "p4ssword!"})),
        )
        .await;
    assert_eq!(early.status, 409, "{early:?}");
    assert_eq!(early.json["code"], 9);
    let dup = api
        .crdb(
            "POST",
            "/api/v1/clusters",
            Some(&dedicated("lifecycle-dedicated")),
        )
        .await;
    assert_eq!(dup.status, 409);
    assert_eq!(dup.json["code"], 6);

    sleep_ms(T_MS + 30).await;
    let got = api.crdb("GET", &path, None).await;
    assert_eq!(got.json["state"], "CREATED");
    assert_eq!(got.json["operation_status"], "UNSPECIFIED");

    // An update locks the cluster for the transition time; writes are refused meanwhile.
    let locked = api
        .crdb("PATCH", &path, Some(&json!({"dedicated": {"region_nodes": {"us-east1": 5}, "hardware": {"storage_gib": 30}}})))
        .await;
    assert_eq!(locked.status, 200, "{locked:?}");
    assert_eq!(locked.json["state"], "LOCKED");
    assert_eq!(locked.json["operation_status"], "CRDB_SCALE_RUNNING");
    assert_eq!(locked.json["regions"][0]["node_count"], 5);
    for (method, p, body) in [
        (
            "PATCH",
            path.clone(),
            Some(json!({"dedicated": {"hardware": {"storage_gib": 40}}})),
        ),
        ("DELETE", path.clone(), None),
        (
            "POST",
            format!("{path}/databases"),
            Some(json!({"name": "app"})),
        ),
        (
            "POST",
            format!("{path}/sql-users"),
            Some(json!({"name": "app", "password": "p4ssword!"})),
        ),
        (
            "POST",
            format!("{path}/networking/allowlist"),
            Some(json!({"cidr_ip": "1.2.3.4", "cidr_mask": 32, "sql": true, "ui": false})),
        ),
    ] {
        let a = api.crdb(method, &p, body.as_ref()).await;
        assert_eq!(a.status, 409, "{method} {p}: {a:?}");
        assert_eq!(a.json["code"], 9);
        assert!(
            a.json["message"].as_str().unwrap().contains("locked"),
            "{a:?}"
        );
    }
    assert_eq!(
        api.crdb("GET", &format!("{path}/databases"), None)
            .await
            .status,
        200
    );
    sleep_ms(T_MS + 30).await;
    assert_eq!(api.crdb("GET", &path, None).await.json["state"], "CREATED");
    assert_eq!(
        api.crdb(
            "POST",
            &format!("{path}/databases"),
            Some(&json!({"name": "app"}))
        )
        .await
        .status,
        200
    );
    let shrink = api
        .crdb(
            "PATCH",
            &path,
            Some(&json!({"cockroach_version": "v25.1", "dedicated": {"hardware": {"storage_gib": 15}}})),
        )
        .await;
    assert_eq!(shrink.status, 400);
    // A refused update changes nothing, not even its valid parts.
    let unchanged = api.crdb("GET", &path, None).await;
    assert_eq!(unchanged.json["state"], "CREATED");
    assert!(
        unchanged.json["cockroach_version"]
            .as_str()
            .unwrap()
            .starts_with("v24.3")
    );
    let wrong_plan = api
        .crdb(
            "PATCH",
            &path,
            Some(&json!({"serverless": {"usage_limits": {"request_unit_limit": "100"}}})),
        )
        .await;
    assert_eq!(wrong_plan.status, 400);
    let upgrade = api
        .crdb("PATCH", &path, Some(&json!({"cockroach_version": "v25.1"})))
        .await;
    assert_eq!(
        upgrade.json["operation_status"],
        "CRDB_MAJOR_UPGRADE_RUNNING"
    );
    assert_eq!(upgrade.json["upgrade_status"], "MAJOR_UPGRADE_RUNNING");
    sleep_ms(T_MS + 30).await;
    // The upgrade waits to be finalized (at once, without a lock) or rolled back.
    let upgraded = api.crdb("GET", &path, None).await;
    assert_eq!(upgraded.json["upgrade_status"], "PENDING_FINALIZATION");
    assert!(
        upgraded.json["cockroach_version"]
            .as_str()
            .unwrap()
            .starts_with("v25.1")
    );
    let finalized = api
        .crdb(
            "PATCH",
            &path,
            Some(&json!({"upgrade_status": "FINALIZED"})),
        )
        .await;
    assert_eq!(finalized.status, 200, "{finalized:?}");
    assert_eq!(finalized.json["upgrade_status"], "FINALIZED");
    assert_eq!(finalized.json["state"], "CREATED");
    let again = api
        .crdb(
            "PATCH",
            &path,
            Some(&json!({"upgrade_status": "ROLLBACK_RUNNING"})),
        )
        .await;
    assert_eq!(again.status, 400, "{again:?}");

    // Delete: GET still shows it (DELETED); the list hides it unless show_inactive=true.
    let deleted = api.crdb("DELETE", &path, None).await;
    assert_eq!(deleted.status, 200);
    assert_eq!(deleted.json["state"], "DELETED");
    let got = api.crdb("GET", &path, None).await;
    assert_eq!(got.json["state"], "DELETED");
    assert!(got.json["deleted_at"].as_str().is_some());
    let list = api.crdb("GET", "/api/v1/clusters", None).await;
    assert!(list.json["clusters"].as_array().unwrap().is_empty());
    let all = api
        .crdb("GET", "/api/v1/clusters?show_inactive=true", None)
        .await;
    assert_eq!(all.json["clusters"][0]["state"], "DELETED");
    assert_eq!(
        api.crdb("GET", &format!("{path}/databases"), None)
            .await
            .status,
        404
    );
    assert_eq!(api.crdb("DELETE", &path, None).await.status, 404);
}

#[tokio::test]
async fn serverless_create_validation() {
    let emu = emulator();
    let api = Api::new(&emu.url());
    let c = create_cluster(
        &api,
        json!({"name": "sls", "provider": "AWS", "spec": {"serverless": {"regions": ["us-east-1", "us-west-2"], "primary_region": "us-west-2", "usage_limits": {"request_unit_limit": "1000000", "storage_mib_limit": "10240"}}}}),
    )
    .await;
    assert_eq!(c["plan"], "BASIC");
    assert_eq!(c["config"]["serverless"]["upgrade_type"], "AUTOMATIC");
    assert_eq!(
        c["config"]["serverless"]["usage_limits"]["request_unit_limit"],
        "1000000"
    );
    let standard = create_cluster(
        &api,
        json!({"name": "std", "provider": "GCP", "spec": {"serverless": {"regions": ["us-east1"], "usage_limits": {"provisioned_virtual_cpus": "2"}, "upgrade_type": "MANUAL"}}}),
    )
    .await;
    assert_eq!(standard["plan"], "STANDARD");
    assert_eq!(standard["config"]["serverless"]["upgrade_type"], "MANUAL");
    assert_eq!(c["regions"].as_array().unwrap().len(), 2);
    assert!(
        c["regions"][1]["sql_dns"]
            .as_str()
            .unwrap()
            .ends_with(".aws-us-west-2.cockroachlabs.cloud")
    );
    assert_eq!(c["regions"][1]["primary"], true);
    for (body, needle) in [
        (
            json!({"name": "x1", "provider": "GCP", "spec": {}}),
            "body.spec",
        ),
        (
            json!({"name": "x2", "provider": "GCP", "spec": {"serverless": {"regions": "us-east1"}}}),
            "body.spec",
        ),
        (
            json!({"name": "x3", "provider": "GCP", "spec": {"serverless": {"regions": ["mars-1"]}}}),
            "mars-1",
        ),
        (
            json!({"name": "X_bad", "provider": "GCP", "spec": {"serverless": {"regions": ["us-east1"]}}}),
            "body.name",
        ),
        (
            json!({"name": "x4", "provider": "IBM", "spec": {"serverless": {"regions": ["us-east1"]}}}),
            "body.provider",
        ),
        (
            json!({"name": "x5", "provider": "GCP", "spec": {"dedicated": {"region_nodes": {"us-east1": 3}, "hardware": {"machine_spec": {"num_virtual_cpus": 3}, "storage_gib": 15}}}}),
            "num_virtual_cpus",
        ),
        (
            json!({"name": "x6", "provider": "GCP", "spec": {"dedicated": {"region_nodes": {"us-east1": 3}, "hardware": {"machine_spec": {"num_virtual_cpus": 4}, "storage_gib": 15}, "cockroach_version": "v1.0"}}}),
            "cockroach_version",
        ),
        (
            json!({"name": "x7", "provider": "GCP", "spec": {"plan": "ADVANCED", "serverless": {"regions": ["us-east1"]}}}),
            "body.spec.plan",
        ),
        (
            json!({"name": "x8", "provider": "GCP", "spec": {"plan": "BASIC", "dedicated": {"region_nodes": {"us-east1": 3}, "hardware": {"machine_spec": {"num_virtual_cpus": 4}, "storage_gib": 15}}}}),
            "body.spec.plan",
        ),
        (
            json!({"name": "x9", "provider": "GCP", "spec": {"serverless": {"regions": ["us-east1"], "spend_limit": 0}}}),
            "body.spec.serverless.spend_limit",
        ),
        (
            json!({"name": "x10", "provider": "GCP", "spec": {"serverless": {"regions": []}}}),
            "at least one region",
        ),
    ] {
        let a = api.crdb("POST", "/api/v1/clusters", Some(&body)).await;
        assert_eq!(a.status, 400, "{body}: {a:?}");
        assert_eq!(a.json["code"], 3);
        let m = a.json["message"].as_str().unwrap();
        assert!(
            m.starts_with("invalid request: ") && m.contains(needle),
            "{body}: {m}"
        );
    }
}

#[tokio::test]
async fn disabling_an_export_answers_its_off_status() {
    let emu = emulator();
    let api = Api::new(&emu.url());
    let c = create_cluster(&api, dedicated("exports")).await;
    let cluster = format!("/api/v1/clusters/{}", c["id"].as_str().unwrap());
    sleep_ms(T_MS + 50).await;
    for (path, body, disabled) in [
        (
            "logexport",
            Some(
                json!({"type": "GCP_CLOUD_LOGGING", "log_name": "crdb", "auth_principal": "crdb-logs@example.iam.gserviceaccount.com"}),
            ),
            "DISABLED",
        ),
        ("metricexport/prometheus", None, "NOT_DEPLOYED"),
        (
            "metricexport/datadog",
            Some(json!({"api_key": "dd-key", "site": "US1"})),
            "NOT_DEPLOYED",
        ),
        (
            "metricexport/cloudwatch",
            Some(json!({"role_arn": "arn:aws:iam::123456789012:role/crdb"})),
            "NOT_DEPLOYED",
        ),
    ] {
        let path = format!("{cluster}/{path}");
        let on = api.crdb("POST", &path, body.as_ref()).await;
        assert_eq!(on.status, 200, "{path}: {on:?}");
        assert_eq!(on.json["status"], "ENABLING");
        // Secrets are used, never shown again.
        assert!(on.json.get("api_key").is_none(), "{on:?}");
        let off = api.crdb("DELETE", &path, None).await;
        assert_eq!(off.status, 200, "{path}: {off:?}");
        assert_eq!(off.json["status"], disabled, "{path}: {off:?}");
        assert_eq!(api.crdb("GET", &path, None).await.status, 404);
    }
}

#[tokio::test]
async fn restores_progress_over_time() {
    const T_MS: u64 = 1000;
    let emu = emulator_with_transition(T_MS);
    let api = Api::new(&emu.url());
    let c = create_cluster(&api, dedicated("restore-me")).await;
    let path = format!("/api/v1/clusters/{}", c["id"].as_str().unwrap());
    sleep_ms(T_MS + 30).await;
    let backups = api.crdb("GET", &format!("{path}/backups"), None).await;
    let backup = backups.json["backups"][0]["id"]
        .as_str()
        .unwrap()
        .to_string();
    let restore = api
        .crdb(
            "POST",
            &format!("{path}/restores"),
            Some(&json!({"backup_id": backup, "type": "CLUSTER"})),
        )
        .await;
    assert_eq!(restore.status, 200, "{restore:?}");
    assert_eq!(restore.json["status"], "PENDING");
    assert_eq!(restore.json["type"], "CLUSTER");
    assert_eq!(restore.json["backup_id"], backup.as_str());
    assert_eq!(restore.json["source_cluster_name"], "restore-me");
    assert_eq!(restore.json["destination_cluster_name"], "restore-me");
    let rp = format!("{path}/restores/{}", restore.json["id"].as_str().unwrap());
    sleep_ms(T_MS / 2).await;
    let running = api.crdb("GET", &rp, None).await;
    assert_eq!(running.json["status"], "PENDING");
    assert!(running.json["completion_percent"].as_f64().unwrap() > 0.0);
    sleep_ms(T_MS).await;
    let done = api.crdb("GET", &rp, None).await;
    assert_eq!(done.json["status"], "SUCCESS");
    assert_eq!(done.json["completion_percent"], 100.0);
    assert!(done.json["completed_at"].is_string());
    // Without a backup ID, the latest backup of the source cluster (by default the destination).
    let database = api
        .crdb(
            "POST",
            &format!("{path}/restores"),
            Some(&json!({"type": "DATABASE", "objects": [{"database": "shop"}], "restore_opts": {"new_db_name": "shop_copy"}})),
        )
        .await;
    assert_eq!(database.status, 200, "{database:?}");
    assert_eq!(database.json["objects"][0]["database"], "shop");
    assert_eq!(database.json["restore_opts"]["new_db_name"], "shop_copy");
    for (body, status) in [
        (json!({"backup_id": "nope", "type": "CLUSTER"}), 404),
        (json!({"type": "DATABASE"}), 400),
        (
            json!({"type": "TABLE", "objects": [{"database": "shop"}]}),
            400,
        ),
        (json!({"backup_id": backup}), 400),
    ] {
        let refused = api
            .crdb("POST", &format!("{path}/restores"), Some(&body))
            .await;
        assert_eq!(refused.status, status, "{body}: {refused:?}");
    }
}

async fn all_ids(api: &Api, limit: Option<usize>, query: &str) -> (Vec<String>, usize) {
    let mut ids = Vec::new();
    let mut pages = 0;
    let mut token: Option<String> = None;
    loop {
        let mut q = query.to_string();
        if let Some(l) = limit {
            q.push_str(&format!("&pagination.limit={l}"));
        }
        if let Some(t) = &token {
            q.push_str(&format!("&pagination.page={t}"));
        }
        let a = api
            .crdb("GET", &format!("/api/v1/clusters?{q}"), None)
            .await;
        assert_eq!(a.status, 200, "{a:?}");
        pages += 1;
        for c in a.json["clusters"].as_array().unwrap() {
            ids.push(c["id"].as_str().unwrap().to_string());
        }
        match a.json.get("pagination") {
            Some(p) => {
                assert!(p.get("next").is_none(), "the seed spec's name: {p}");
                token = Some(p["next_page"].as_str().unwrap().to_string());
            }
            None => break,
        }
    }
    (ids, pages)
}

#[tokio::test]
async fn pagination_over_a_thousand_clusters() {
    let mut config = config();
    config.seed_clusters = 1000;
    let emu = dbcloud_emulator::spawn(config).unwrap();
    let api = Api::new(&emu.url());

    let first = api.crdb("GET", "/api/v1/clusters", None).await;
    assert_eq!(
        first.json["clusters"].as_array().unwrap().len(),
        100,
        "the default page is 100"
    );

    for limit in [None, Some(1), Some(7), Some(500)] {
        if limit == Some(1) {
            // 1,000 pages of one: still fine, but keep it to the first 50 for time.
            let (ids, _) = {
                let mut ids = Vec::new();
                let mut token: Option<String> = None;
                for _ in 0..50 {
                    let t = token
                        .as_ref()
                        .map(|t| format!("&pagination.page={t}"))
                        .unwrap_or_default();
                    let a = api
                        .crdb(
                            "GET",
                            &format!("/api/v1/clusters?pagination.limit=1{t}"),
                            None,
                        )
                        .await;
                    ids.push(a.json["clusters"][0]["id"].as_str().unwrap().to_string());
                    token = Some(
                        a.json["pagination"]["next_page"]
                            .as_str()
                            .unwrap()
                            .to_string(),
                    );
                }
                (ids, 50)
            };
            assert_eq!(ids.iter().collect::<BTreeSet<_>>().len(), 50);
            continue;
        }
        let (ids, pages) = all_ids(&api, limit, "").await;
        assert_eq!(ids.len(), 1000, "limit {limit:?}");
        assert_eq!(
            ids.iter().collect::<BTreeSet<_>>().len(),
            1000,
            "every ID exactly once (limit {limit:?})"
        );
        assert_eq!(pages, 1000usize.div_ceil(limit.unwrap_or(100)));
    }
    let (desc, _) = all_ids(&api, Some(300), "pagination.sort_order=DESC").await;
    let (asc, _) = all_ids(&api, Some(300), "").await;
    assert_eq!(
        desc.iter().rev().collect::<Vec<_>>(),
        asc.iter().collect::<Vec<_>>()
    );

    // Deleted clusters are skipped by the list, and pages stay exact.
    let doomed = &asc[500];
    assert_eq!(
        api.crdb("DELETE", &format!("/api/v1/clusters/{doomed}"), None)
            .await
            .status,
        200
    );
    let (ids, _) = all_ids(&api, Some(250), "").await;
    assert_eq!(ids.len(), 999);
    assert!(!ids.contains(doomed));
    let (ids, _) = all_ids(&api, Some(250), "show_inactive=true").await;
    assert_eq!(ids.len(), 1000);

    for bad in [
        "pagination.limit=501",
        "pagination.limit=0",
        "pagination.limit=x",
        "pagination.page=garbage!",
    ] {
        let a = api
            .crdb("GET", &format!("/api/v1/clusters?{bad}"), None)
            .await;
        assert_eq!(a.status, 400, "{bad}: {a:?}");
        assert_eq!(a.json["code"], 3);
    }
}

#[tokio::test]
async fn ten_thousand_clusters_list_fast() {
    let mut config = config();
    config.seed_clusters = 10_000;
    let emu = dbcloud_emulator::spawn(config).unwrap();
    let api = Api::new(&emu.url());
    let started = Instant::now();
    let (ids, pages) = all_ids(&api, Some(500), "").await;
    assert_eq!(ids.len(), 10_000);
    assert_eq!(pages, 20);
    assert!(started.elapsed().as_secs() < 20, "{:?}", started.elapsed());
    // A page deep in the list costs no more than the first one.
    let last_token = {
        let a = api
            .crdb("GET", "/api/v1/clusters?pagination.limit=500", None)
            .await;
        a.json["pagination"]["next_page"]
            .as_str()
            .unwrap()
            .to_string()
    };
    let t = Instant::now();
    let a = api
        .crdb(
            "GET",
            &format!("/api/v1/clusters?pagination.limit=100&pagination.page={last_token}"),
            None,
        )
        .await;
    assert_eq!(a.json["clusters"].as_array().unwrap().len(), 100);
    assert!(t.elapsed().as_millis() < 2000);
}
