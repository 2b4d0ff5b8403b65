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
    assert_eq!(c["plan"], "DEDICATED");
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
    assert_eq!(got.json["operation_status"], "CLUSTER_STATUS_UNSPECIFIED");

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
            Some(json!({"cidr_ip": "1.2.3.4", "cidr_mask": 32})),
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
            Some(&json!({"serverless": {"spend_limit": 100}})),
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
        json!({"name": "sls", "provider": "AWS", "spec": {"serverless": {"regions": ["us-east-1", "us-west-2"], "primary_region": "us-west-2", "spend_limit": 0}}}),
    )
    .await;
    assert_eq!(c["plan"], "SERVERLESS");
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
            json!({"name": "x5", "provider": "GCP", "spec": {"dedicated": {"region_nodes": {"us-east1": 3}, "hardware": {"machine_spec": {"num_virtual_cpus": 3}}}}}),
            "num_virtual_cpus",
        ),
        (
            json!({"name": "x6", "provider": "GCP", "spec": {"dedicated": {"region_nodes": {"us-east1": 3}, "hardware": {"machine_spec": {"num_virtual_cpus": 4}}, "cockroach_version": "v1.0"}}}),
            "cockroach_version",
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
async fn disabling_an_export_answers_disabled() {
    let emu = emulator();
    let api = Api::new(&emu.url());
    let c = create_cluster(&api, dedicated("exports")).await;
    let cluster = format!("/api/v1/clusters/{}", c["id"].as_str().unwrap());
    sleep_ms(T_MS + 50).await;
    for (path, body) in [
        (
            "logexport",
            Some(json!({"type": "GCP_CLOUD_LOGGING", "log_name": "crdb"})),
        ),
        ("metricexport/prometheus", None),
        (
            "metricexport/datadog",
            Some(json!({"api_key": "dd-key", "site": "US1"})),
        ),
        (
            "metricexport/cloudwatch",
            Some(json!({"role_arn": "arn:aws:iam::123456789012:role/crdb"})),
        ),
    ] {
        let path = format!("{cluster}/{path}");
        let on = api.crdb("POST", &path, body.as_ref()).await;
        assert_eq!(on.status, 200, "{path}: {on:?}");
        assert_eq!(on.json["status"], "ENABLING");
        let off = api.crdb("DELETE", &path, None).await;
        assert_eq!(off.status, 200, "{path}: {off:?}");
        assert_eq!(off.json["status"], "DISABLED", "{path}: {off:?}");
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
            Some(&json!({"backup_id": backup})),
        )
        .await;
    assert_eq!(restore.json["status"], "PENDING");
    let rp = format!("{path}/restores/{}", restore.json["id"].as_str().unwrap());
    sleep_ms(T_MS / 2).await;
    assert_eq!(
        api.crdb("GET", &rp, None).await.json["status"],
        "IN_PROGRESS"
    );
    sleep_ms(T_MS).await;
    let done = api.crdb("GET", &rp, None).await;
    assert_eq!(done.json["status"], "SUCCESS");
    assert_eq!(done.json["completion_percent"], 100.0);
    let missing = api
        .crdb(
            "POST",
            &format!("{path}/restores"),
            Some(&json!({"backup_id": "nope"})),
        )
        .await;
    assert_eq!(missing.status, 404);
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
                assert_eq!(p["next_page"], p["next"]);
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
