//! Postgres services as the real service behaves: states over time (creating, restarting, promoting,
//! restoring, deleting), the 409s of changes the state does not allow, read replicas and restores as new
//! services, passwords shown once, settings checked and kept, failures on demand, metrics, slow query
//! patterns and CA certificates, and the state kept across restarts.

use std::time::{Duration, Instant};

use crate::common::*;
use dbcloud_emulator::Faults;
use serde_json::{Value, json};

fn base(org: &str) -> String {
    format!("/v1/organizations/{org}/postgres")
}

fn body(name: &str) -> Value {
    json!({"name": name, "provider": "aws", "region": "us-east-1", "size": "r8gd.large"})
}

/// Creates a service and answers its result (with the password of this one answer).
async fn create(api: &Api, org: &str, body: Value) -> Value {
    let a = api.ch("POST", &base(org), Some(&body)).await;
    assert_eq!(a.status, 200, "{a:?}");
    a.json["result"].clone()
}

async fn get(api: &Api, path: &str) -> (u16, Value) {
    let a = api.ch("GET", path, None).await;
    (a.status, a.json["result"].clone())
}

/// The states a service shows until it is `running` (or `unavailable`), polled every 10 ms for up to 5 s.
async fn states_until_settled(api: &Api, path: &str) -> Vec<String> {
    let deadline = Instant::now() + Duration::from_secs(5);
    let mut seen: Vec<String> = Vec::new();
    loop {
        let (status, v) = get(api, path).await;
        assert_eq!(status, 200, "{v}");
        let state = v["state"].as_str().unwrap().to_string();
        if seen.last() != Some(&state) {
            seen.push(state.clone());
        }
        if state == "running" || state == "unavailable" || Instant::now() > deadline {
            return seen;
        }
        sleep_ms(10).await;
    }
}

async fn running(api: &Api, org: &str, name: &str) -> (String, String) {
    let created = create(api, org, body(name)).await;
    let id = created["id"].as_str().unwrap().to_string();
    let path = format!("{}/{id}", base(org));
    assert_eq!(
        states_until_settled(api, &path).await.last().unwrap(),
        "running"
    );
    (id, path)
}

#[tokio::test]
async fn a_service_is_created_restarted_and_deleted_over_time() {
    let emu = emulator();
    let api = Api::new(&emu.url());
    let org = emu.clickhouse_org_id();
    let created = create(&api, &org, body("orders")).await;
    assert_eq!(created["state"], "creating");
    assert_eq!(created["isPrimary"], true);
    assert_eq!(
        created["postgresVersion"], "18",
        "the newest version by default"
    );
    assert_eq!(created["haType"], "none");
    let password = created["password"].as_str().unwrap();
    assert!(password.len() >= 12);
    assert!(
        created["connectionString"]
            .as_str()
            .unwrap()
            .contains(&format!(":{password}@"))
    );
    let id = created["id"].as_str().unwrap();
    let path = format!("{}/{id}", base(&org));
    assert_eq!(
        states_until_settled(&api, &path).await,
        ["creating", "running"]
    );
    let (_, shown) = get(&api, &path).await;
    assert!(shown.get("password").is_none() && shown.get("connectionString").is_none());

    let restart = api
        .ch(
            "PATCH",
            &format!("{path}/state"),
            Some(&json!({"command": "restart"})),
        )
        .await;
    assert_eq!(restart.json["result"]["state"], "restarting", "{restart:?}");
    assert_eq!(
        states_until_settled(&api, &path).await,
        ["restarting", "running"]
    );

    let deleted = api.ch("DELETE", &path, None).await;
    assert_eq!(deleted.status, 200, "{deleted:?}");
    assert_eq!(get(&api, &path).await.1["state"], "deleting");
    let again = api.ch("DELETE", &path, None).await;
    assert_eq!(again.status, 409, "{again:?}");
    sleep_ms(T_MS + 20).await;
    assert_eq!(get(&api, &path).await.0, 404);
    let list = api.ch("GET", &base(&org), None).await;
    assert_eq!(list.json["result"], json!([]));
    // The state view shows what the API shows.
    let state = emu.state();
    assert_eq!(state["collections"][base(&org).as_str()], json!([]));
}

#[tokio::test]
async fn changes_the_state_does_not_allow_are_refused() {
    // Transitions of a second: the refusals while creating fit in one on a busy machine.
    let emu = emulator_with_transition(1000);
    let api = Api::new(&emu.url());
    let org = emu.clickhouse_org_id();
    let creating = create(&api, &org, body("young")).await;
    let young = format!("{}/{}", base(&org), creating["id"].as_str().unwrap());
    for (method, suffix, body) in [
        ("PATCH", "", json!({"size": "r8gd.xlarge"})),
        ("PATCH", "/state", json!({"command": "restart"})),
        ("POST", "/readReplica", json!({"name": "r"})),
        ("PATCH", "/password", json!({})),
    ] {
        let a = api
            .ch(method, &format!("{young}{suffix}"), Some(&body))
            .await;
        assert_eq!(a.status, 409, "{method} {suffix}: {a:?}");
        assert!(a.json["error"].as_str().unwrap().starts_with("CONFLICT: "));
    }
    // A rename is fine at any time.
    let renamed = api
        .ch("PATCH", &young, Some(&json!({"name": "young-2"})))
        .await;
    assert_eq!(renamed.json["result"]["name"], "young-2", "{renamed:?}");

    let (_, path) = running(&api, &org, "orders").await;
    let promote = api
        .ch(
            "PATCH",
            &format!("{path}/state"),
            Some(&json!({"command": "promote"})),
        )
        .await;
    assert_eq!(promote.status, 409, "{promote:?}");
    assert!(promote.text.contains("only read replicas"), "{promote:?}");
    let switchover = api
        .ch(
            "PATCH",
            &format!("{path}/state"),
            Some(&json!({"command": "switchover"})),
        )
        .await;
    assert_eq!(switchover.status, 409, "{switchover:?}");
    assert!(switchover.text.contains("haType is none"), "{switchover:?}");
    let tagged = api
        .ch(
            "PATCH",
            &path,
            Some(&json!({"tags": [{"key": "chc_internal"}]})),
        )
        .await;
    assert_eq!(tagged.status, 400, "{tagged:?}");
    assert!(tagged.text.contains("tags[0].key"), "{tagged:?}");
    let elsewhere = api
        .ch("POST", &base(&org), Some(&json!({"name": "x", "provider": "aws", "region": "us-east1", "size": "r8gd.large"})))
        .await;
    assert_eq!(elsewhere.status, 400, "{elsewhere:?}");
    assert!(elsewhere.text.contains("region"), "{elsewhere:?}");
    let missing = api
        .ch(
            "GET",
            &format!("{}/00000000-0000-4000-8000-000000000001", base(&org)),
            None,
        )
        .await;
    assert_eq!(missing.status, 404);
    assert!(missing.text.contains("Postgres service"), "{missing:?}");
}

#[tokio::test]
async fn replicas_follow_then_promote_and_restores_are_new_services() {
    let emu = emulator();
    let api = Api::new(&emu.url());
    let org = emu.clickhouse_org_id();
    let (primary, path) = running(&api, &org, "orders").await;
    api.ch(
        "PATCH",
        &format!("{path}/config"),
        Some(
            &json!({"pgConfig": {"work_mem": "32MB"}, "pgBouncerConfig": {"pool_mode": "session"}}),
        ),
    )
    .await;
    let replica = api
        .ch(
            "POST",
            &format!("{path}/readReplica"),
            Some(&json!({"name": "ro", "pgConfig": {"max_connections": 50}})),
        )
        .await;
    assert_eq!(replica.status, 200, "{replica:?}");
    let replica = replica.json["result"].clone();
    assert_eq!(replica["isPrimary"], false);
    assert_eq!(replica["size"], "r8gd.large");
    assert!(replica.get("password").is_none());
    let rpath = format!("{}/{}", base(&org), replica["id"].as_str().unwrap());
    assert_eq!(
        states_until_settled(&api, &rpath).await,
        ["creating", "replaying_wal", "running"]
    );
    let config = api.ch("GET", &format!("{rpath}/config"), None).await;
    assert_eq!(
        config.json["result"]["pgConfig"]["work_mem"], "32MB",
        "the primary's settings"
    );
    assert_eq!(
        config.json["result"]["pgConfig"]["max_connections"], 50,
        "with its own on top"
    );
    // A replica of a replica is refused; high availability is for primaries.
    let chained = api
        .ch(
            "POST",
            &format!("{rpath}/readReplica"),
            Some(&json!({"name": "x"})),
        )
        .await;
    assert_eq!(chained.status, 409, "{chained:?}");
    let ha = api
        .ch("PATCH", &rpath, Some(&json!({"haType": "sync"})))
        .await;
    assert_eq!(ha.status, 409, "{ha:?}");

    let promoted = api
        .ch(
            "PATCH",
            &format!("{rpath}/state"),
            Some(&json!({"command": "promote"})),
        )
        .await;
    assert_eq!(
        promoted.json["result"]["state"], "replaying_wal",
        "{promoted:?}"
    );
    assert_eq!(promoted.json["result"]["isPrimary"], true);
    assert_eq!(
        states_until_settled(&api, &rpath).await.last().unwrap(),
        "running"
    );

    // Restores: within the backup's window only; a new service that goes through the restore's phases.
    let (_, source) = get(&api, &path).await;
    let created_at = source["createdAt"].as_str().unwrap();
    for target in ["2020-01-01T00:00:00Z", "2999-01-01T00:00:00Z"] {
        let a = api
            .ch(
                "POST",
                &format!("{path}/restoredService"),
                Some(&json!({"name": "r", "restoreTarget": target})),
            )
            .await;
        assert_eq!(a.status, 400, "{target}: {a:?}");
        assert!(a.text.contains("restoreTarget"), "{a:?}");
    }
    let restored = api
        .ch(
            "POST",
            &format!("{path}/restoredService"),
            Some(&json!({"name": "orders-restored", "restoreTarget": created_at})),
        )
        .await;
    assert_eq!(restored.status, 200, "{restored:?}");
    let restored = restored.json["result"].clone();
    assert!(restored["password"].as_str().is_some());
    assert_ne!(restored["id"], primary.as_str());
    let path2 = format!("{}/{}", base(&org), restored["id"].as_str().unwrap());
    assert_eq!(
        states_until_settled(&api, &path2).await,
        [
            "restoring_backup",
            "replaying_wal",
            "finalizing_restore",
            "running"
        ]
    );
}

#[tokio::test]
async fn settings_are_checked_and_kept() {
    let emu = emulator();
    let api = Api::new(&emu.url());
    let org = emu.clickhouse_org_id();
    let (_, path) = running(&api, &org, "orders").await;
    let config = format!("{path}/config");
    let defaults = api.ch("GET", &config, None).await;
    assert_eq!(defaults.status, 200, "{defaults:?}");
    assert!(defaults.json["result"]["pgConfig"]["max_connections"].is_number());

    // The API needs both sections, each with a setting: the gate says so.
    let one = api
        .ch(
            "PATCH",
            &config,
            Some(&json!({"pgConfig": {"work_mem": "8MB"}})),
        )
        .await;
    assert_eq!(one.status, 400, "{one:?}");
    assert!(one.text.contains("pgBouncerConfig"), "{one:?}");
    let unknown = api
        .ch("PATCH", &config, Some(&json!({"pgConfig": {"shared_buffers": "1GB"}, "pgBouncerConfig": {"pool_mode": "session"}})))
        .await;
    assert_eq!(unknown.status, 400, "{unknown:?}");

    // Beyond the schema, as the service checks.
    for (pg, bouncer, field) in [
        (
            json!({"work_mem": "lots"}),
            json!({"pool_mode": "session"}),
            "pgConfig.work_mem",
        ),
        (
            json!({"work_mem": "16kB"}),
            json!({"pool_mode": "session"}),
            "pgConfig.work_mem",
        ),
        (
            json!({"max_parallel_workers": 32}),
            json!({"pool_mode": "session"}),
            "max_parallel_workers",
        ),
        (
            json!({"work_mem": "8MB"}),
            json!({"pool_mode": "eager"}),
            "pgBouncerConfig.pool_mode",
        ),
        (
            json!({"work_mem": "8MB"}),
            json!({"default_pool_size": "many"}),
            "pgBouncerConfig.default_pool_size",
        ),
    ] {
        let a = api
            .ch(
                "PATCH",
                &config,
                Some(&json!({"pgConfig": pg, "pgBouncerConfig": bouncer})),
            )
            .await;
        assert_eq!(a.status, 400, "{a:?}");
        assert!(a.text.contains(field), "{field}: {a:?}");
    }
    assert_eq!(
        api.ch("GET", &config, None).await.json["result"],
        defaults.json["result"],
        "nothing refused was kept"
    );

    // PATCH changes what it names; the answer says what waits for a restart.
    let patched = api
        .ch(
            "PATCH",
            &config,
            Some(&json!({"pgConfig": {"max_connections": 250, "max_slot_wal_keep_size": "-1"}, "pgBouncerConfig": {"pool_mode": "statement"}})),
        )
        .await;
    assert_eq!(patched.status, 200, "{patched:?}");
    let result = &patched.json["result"];
    assert!(
        result["message"]
            .as_str()
            .unwrap()
            .contains("max_connections takes effect after the service restarts")
    );
    assert_eq!(result["pgConfig"]["work_mem"], "4MB", "kept");
    assert_eq!(result["pgBouncerConfig"]["default_pool_size"], "20", "kept");
    // POST replaces both sections.
    let replaced = api
        .ch(
            "POST",
            &config,
            Some(&json!({"pgConfig": {"work_mem": "8MB"}, "pgBouncerConfig": {"pool_mode": "session"}})),
        )
        .await;
    assert_eq!(replaced.status, 200, "{replaced:?}");
    let now = api.ch("GET", &config, None).await.json["result"].clone();
    assert_eq!(
        now,
        json!({"pgConfig": {"work_mem": "8MB"}, "pgBouncerConfig": {"pool_mode": "session"}})
    );
    // New services take settings too.
    let bad = api
        .ch("POST", &base(&org), Some(&json!({"name": "x", "provider": "aws", "region": "us-east-1", "size": "r8gd.large", "pgConfig": {"work_mem": "lots"}})))
        .await;
    assert_eq!(bad.status, 400, "{bad:?}");
}

#[tokio::test]
async fn passwords_are_shown_once_and_follow_the_rules() {
    let emu = emulator();
    let api = Api::new(&emu.url());
    let org = emu.clickhouse_org_id();
    let (_, path) = running(&api, &org, "orders").await;
    let password = format!("{path}/password");
    let weak = api
        .ch(
            "PATCH",
            &password,
            Some(&json!({"password": "alllowercase123"})),
        )
        .await;
    assert_eq!(weak.status, 400, "{weak:?}");
    assert!(weak.text.contains("body.password"), "{weak:?}");
    let set = api
        .ch(
            "PATCH",
            &password,
            Some(&json!({"password": "Str0ngEnoughPassword"})),
        )
        .await;
    assert_eq!(set.status, 200, "{set:?}");
    assert_eq!(set.json["result"], json!({}));
    let generated = api.ch("PATCH", &password, Some(&json!({}))).await;
    let p = generated.json["result"]["password"].as_str().unwrap();
    assert!(p.len() >= 12);
    assert!(p.chars().any(|c| c.is_ascii_lowercase()));
    assert!(p.chars().any(|c| c.is_ascii_uppercase()));
    assert!(p.chars().any(|c| c.is_ascii_digit()));
    assert!(!api.ch("GET", &path, None).await.text.contains(p));
}

#[tokio::test]
async fn failed_transitions_end_unavailable_and_a_restart_recovers() {
    let emu = emulator();
    let api = Api::new(&emu.url());
    let org = emu.clickhouse_org_id();
    let (_, path) = running(&api, &org, "healthy").await;
    emu.set_faults(Faults {
        failed_transitions: 2,
        ..Default::default()
    });
    let broken = create(&api, &org, body("broken")).await;
    assert_eq!(broken["state"], "creating", "not known yet");
    let bpath = format!("{}/{}", base(&org), broken["id"].as_str().unwrap());
    assert_eq!(
        states_until_settled(&api, &bpath).await,
        ["creating", "unavailable"]
    );
    api.ch(
        "PATCH",
        &format!("{path}/state"),
        Some(&json!({"command": "restart"})),
    )
    .await;
    assert_eq!(
        states_until_settled(&api, &path).await,
        ["restarting", "unavailable"]
    );
    // Only two: the next restart brings each back.
    for p in [&bpath, &path] {
        let a = api
            .ch(
                "PATCH",
                &format!("{p}/state"),
                Some(&json!({"command": "restart"})),
            )
            .await;
        assert_eq!(a.status, 200, "{a:?}");
        assert_eq!(
            states_until_settled(&api, p).await.last().unwrap(),
            "running"
        );
    }
}

#[tokio::test]
async fn metrics_certificates_and_slow_queries() {
    let emu = emulator();
    let api = Api::new(&emu.url());
    let org = emu.clickhouse_org_id();
    let (id, path) = running(&api, &org, "orders").await;

    let ca = api.ch("GET", &format!("{path}/caCertificates"), None).await;
    assert_eq!(ca.status, 200);
    assert_eq!(ca.headers["content-type"], "application/x-pem-file");
    // A file to save, named as the spec's example names it.
    assert_eq!(
        ca.headers["content-disposition"],
        "attachment; filename=\"postgres-ca-certificate.pem\""
    );
    assert!(
        ca.text.starts_with("-----BEGIN CERTIFICATE-----\n"),
        "{}",
        ca.text
    );

    let prom = api.ch("GET", &format!("{path}/prometheus"), None).await;
    assert!(
        prom.headers["content-type"]
            .to_str()
            .unwrap()
            .starts_with("text/plain")
    );
    assert!(
        prom.text.contains(&format!(
            "pg_up{{clickhouse_org=\"{org}\",postgres_service=\"{id}\""
        )),
        "{}",
        prom.text
    );
    assert!(
        prom.text.contains("pg_settings_max_connections"),
        "{}",
        prom.text
    );
    let all = api
        .ch("GET", &format!("{}/prometheus", base(&org)), None)
        .await;
    assert!(all.text.contains(&id), "{}", all.text);

    let metrics = |q: &str| format!("{path}/metrics?{q}");
    let hour = "from_date=2026-11-22T00:00:00Z&to_date=2026-11-22T01:00:00Z";
    let a = api
        .ch(
            "GET",
            &metrics(&format!("{hour}&bucket_size_seconds=300")),
            None,
        )
        .await;
    assert_eq!(a.status, 200, "{a:?}");
    let series = &a.json["result"]["metrics"][0]["series"][0]["dataPoints"];
    assert_eq!(series.as_array().unwrap().len(), 12);
    assert_eq!(series[0]["timestamp"], 1_795_305_600);
    assert_eq!(
        api.ch(
            "GET",
            &metrics(&format!("{hour}&bucket_size_seconds=300")),
            None
        )
        .await
        .json["result"],
        a.json["result"],
        "stable"
    );
    let derived = api.ch("GET", &metrics(hour), None).await;
    assert_eq!(
        derived.json["result"]["metrics"][0]["series"][0]["dataPoints"]
            .as_array()
            .unwrap()
            .len(),
        60
    );
    let capped = api.ch("GET", &metrics("from_date=2026-11-01T00:00:00Z&to_date=2026-11-22T00:00:00Z&bucket_size_seconds=60"), None).await;
    assert_eq!(capped.status, 400, "{capped:?}");
    let backwards = api
        .ch(
            "GET",
            &metrics("from_date=2026-11-22T01:00:00Z&to_date=2026-11-22T00:00:00Z"),
            None,
        )
        .await;
    assert_eq!(backwards.status, 400, "{backwards:?}");

    // Slow query patterns: pages that add up, in order, filtered.
    let slow = |q: String| format!("{path}/slowQueryPatterns?{hour}&{q}");
    let all = api.ch("GET", &slow("limit=500".into()), None).await.json["result"]
        .as_array()
        .unwrap()
        .clone();
    assert!(all.len() > 20);
    let default_page = api.ch("GET", &slow(String::new()), None).await.json["result"]
        .as_array()
        .unwrap()
        .len();
    assert_eq!(default_page, 20, "the spec's default limit");
    let mut paged = Vec::new();
    for offset in (0..all.len()).step_by(7) {
        let page = api
            .ch("GET", &slow(format!("limit=7&offset={offset}")), None)
            .await;
        paged.extend(page.json["result"].as_array().unwrap().clone());
    }
    assert_eq!(paged, all);
    let asc = api
        .ch(
            "GET",
            &slow("limit=500&sort_by=call_count&sort_order=asc".into()),
            None,
        )
        .await
        .json["result"]
        .clone();
    let calls: Vec<u64> = asc
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["callCount"].as_u64().unwrap())
        .collect();
    assert!(calls.windows(2).all(|w| w[0] <= w[1]));
    let selects = api
        .ch(
            "GET",
            &slow("limit=500&db_operation=SELECT&db_name=analytics".into()),
            None,
        )
        .await
        .json["result"]
        .clone();
    assert!(!selects.as_array().unwrap().is_empty());
    assert!(
        selects
            .as_array()
            .unwrap()
            .iter()
            .all(|p| p["dbOperation"] == "SELECT" && p["dbName"] == "analytics")
    );

    let p = &all[0];
    let one = format!(
        "{path}/slowQueryPatterns/{}?db_name={}&db_user={}&db_operation={}",
        p["queryId"].as_str().unwrap(),
        p["dbName"].as_str().unwrap(),
        p["dbUser"].as_str().unwrap(),
        p["dbOperation"].as_str().unwrap()
    );
    let detail = api.ch("GET", &one, None).await;
    assert_eq!(detail.status, 200, "{detail:?}");
    let executions = detail.json["result"]["recentExecutions"]
        .as_array()
        .unwrap()
        .clone();
    assert_eq!(executions.len(), 5);
    let at = executions[2]["timestamp"].as_str().unwrap();
    let single = api.ch("GET", &format!("{one}&timestamp={at}"), None).await;
    assert_eq!(
        single.json["result"]["recentExecutions"]
            .as_array()
            .unwrap()
            .len(),
        1
    );
    let other_db = api
        .ch("GET", &one.replace("db_name=", "db_name=x"), None)
        .await;
    assert_eq!(other_db.status, 404, "{other_db:?}");
}

#[tokio::test]
async fn services_and_settings_survive_a_restart() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("state.json");
    let mut config = config();
    config.state_file = Some(file.clone());
    let (org, path) = {
        let emu = dbcloud_emulator::spawn(config.clone()).unwrap();
        let api = Api::new(&emu.url());
        let org = emu.clickhouse_org_id();
        let created = create(&api, &org, body("kept")).await;
        let path = format!("{}/{}", base(&org), created["id"].as_str().unwrap());
        let a = api
            .ch("PATCH", &format!("{path}/config"), Some(&json!({"pgConfig": {"work_mem": "12MB"}, "pgBouncerConfig": {"pool_mode": "session"}})))
            .await;
        assert_eq!(a.status, 200, "{a:?}");
        (org, path)
    };
    sleep_ms(T_MS + 50).await;
    let emu = dbcloud_emulator::spawn(config).unwrap();
    let api = Api::new(&emu.url());
    assert_eq!(emu.clickhouse_org_id(), org);
    assert_eq!(get(&api, &path).await.1["state"], "running");
    let config = api.ch("GET", &format!("{path}/config"), None).await;
    assert_eq!(config.json["result"]["pgConfig"]["work_mem"], "12MB");
}
