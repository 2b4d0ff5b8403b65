//! `dbcloud crdb cluster ...` end to end against the emulator: creating, updating and deleting clusters of each
//! plan; waiting, locks, pagination, validation and confirmations (the data a cluster holds: cockroach_data.rs).
//! A few answers are scripted with wiremock where the exact body is the point (prefixed `CLUSTER_STATE_`
//! states, a lock reported only by its gRPC code); failed states also come from the emulator (emulator.rs).

use std::time::Duration;

use crate::common::*;
use serde_json::{Value, json};

pub(crate) const CLUSTERS: &str = "/api/v1/clusters";

pub(crate) fn ok(out: &std::process::Output) -> String {
    assert_code(out, 0);
    stdout_of(out)
}

pub(crate) fn dedicated(emu: &Emu, name: &str) -> Value {
    emu.json(&[
        "crdb",
        "cluster",
        "create",
        name,
        "--provider",
        "gcp",
        "--plan",
        "advanced",
        "--region",
        "us-east1:3",
        "--vcpus",
        "4",
        "--storage-gib",
        "15",
        "--wait",
    ])
}

pub(crate) fn serverless(emu: &Emu, name: &str) -> Value {
    emu.json(&[
        "crdb",
        "cluster",
        "create",
        name,
        "--provider",
        "GCP",
        "--plan",
        "basic",
        "--region",
        "us-east1",
        "--wait",
    ])
}

pub(crate) fn id_of(cluster: &Value) -> String {
    cluster["id"].as_str().expect("an id").to_string()
}

/// The emulator's view of a collection (`/api/v1/clusters/<id>/databases`, ...).
pub(crate) fn collection(emu: &Emu, path: &str) -> Vec<Value> {
    emu.server.state()["collections"][path]
        .as_array()
        .cloned()
        .unwrap_or_default()
}

pub(crate) fn stored_cluster(emu: &Emu, id: &str) -> Value {
    collection(emu, CLUSTERS)
        .into_iter()
        .find(|c| c["id"] == id)
        .expect("the cluster is in the emulator's state")
}

/// Requests other than GET to the CockroachDB API.
pub(crate) fn writes(emu: &Emu) -> Vec<dbcloud_emulator::LoggedRequest> {
    emu.requests("/api/v1")
        .into_iter()
        .filter(|r| r.method != "GET")
        .collect()
}

pub(crate) fn names(items: &Value) -> Vec<String> {
    items
        .as_array()
        .expect("a list")
        .iter()
        .map(|i| i["name"].as_str().unwrap_or_default().to_string())
        .collect()
}

#[test]
fn the_whole_journey_of_a_dedicated_cluster() {
    let emu = Emu::start();
    let created = dedicated(&emu, "shop");
    assert_eq!(created["state"], "CREATED");
    assert_eq!(created["plan"], "ADVANCED");
    let id = id_of(&created);
    let sent = &writes(&emu)[0];
    assert_eq!(
        sent.body.as_ref().unwrap(),
        &json!({"name": "shop", "provider": "GCP", "spec": {"plan": "ADVANCED", "dedicated": {
            "region_nodes": {"us-east1": 3},
            "hardware": {"machine_spec": {"num_virtual_cpus": 4}, "storage_gib": 15}}}})
    );

    ok(&emu.run(&["crdb", "database", "create", "orders", "-c", "shop"]));
    assert!(
        collection(&emu, &format!("{CLUSTERS}/{id}/databases"))
            .iter()
            .any(|d| d["name"] == "orders")
    );

    ok(&emu.run_stdin(
        &[
            "crdb",
            "sql-user",
            "create",
            "app",
            "-c",
            "shop",
            "--password-stdin",
        ],
        "correct-horse-battery\n",
    ));
    let create_user = writes(&emu).pop().unwrap();
    assert_eq!(create_user.path, format!("{CLUSTERS}/{id}/sql-users"));
    assert_eq!(
        create_user.body.unwrap(),
        json!({"name": "app", "password": "correct-horse-battery"})
    );

    ok(&emu.run(&[
        "crdb",
        "allowlist",
        "add",
        "203.0.113.0/24",
        "-c",
        "shop",
        "--name",
        "office",
    ]));
    let entries = collection(&emu, &format!("{CLUSTERS}/{id}/networking/allowlist"));
    assert_eq!(entries.len(), 1);
    assert_eq!(entries[0]["cidr_ip"], "203.0.113.0");
    assert_eq!(entries[0]["cidr_mask"], 24);
    assert_eq!(entries[0]["sql"], true);

    let url = ok(&emu.run(&[
        "crdb",
        "cluster",
        "connection-string",
        "shop",
        "--sql-user",
        "app",
        "--database",
        "orders",
    ]));
    assert_eq!(url.lines().count(), 1, "{url}");
    assert!(url.starts_with("postgresql://app@"), "{url}");
    assert!(url.contains("/orders?"), "{url}");

    let updated = emu.json(&[
        "crdb",
        "cluster",
        "update",
        "shop",
        "--region",
        "us-east1:5",
        "--wait",
    ]);
    assert_eq!(updated["state"], "CREATED");
    assert_eq!(updated["regions"][0]["node_count"], 5);
    let patch = writes(&emu).pop().unwrap();
    assert_eq!(patch.method, "PATCH");
    assert_eq!(
        patch.body.unwrap(),
        json!({"dedicated": {"region_nodes": {"us-east1": 5}}})
    );
    assert_eq!(stored_cluster(&emu, &id)["regions"][0]["node_count"], 5);

    let out = emu.run(&["crdb", "cluster", "delete", "shop", "--yes", "--wait"]);
    assert_code(&out, 0);
    assert!(
        stderr_of(&out).contains("Deleted cluster shop."),
        "{}",
        stderr_of(&out)
    );
    assert_eq!(stored_cluster(&emu, &id)["state"], "DELETED");
    let out = emu.run(&["crdb", "cluster", "get", "shop"]);
    assert_code(&out, 3);
}

#[test]
fn a_locked_cluster_refuses_writes_until_waited_for() {
    // Long transitions, so the lock surely outlasts the start of the next command.
    let emu = Emu::with(dbcloud_emulator::Config {
        transition: Duration::from_millis(2000),
        rate_limits: false,
        quiet: true,
        ..Default::default()
    });
    let id = id_of(&dedicated(&emu, "busy"));
    let out = emu.run(&["crdb", "cluster", "update", &id, "--vcpus", "8"]);
    assert_code(&out, 0);
    assert_eq!(stored_cluster(&emu, &id)["state"], "LOCKED");

    let out = emu.run(&["crdb", "database", "create", "late", "-c", &id]);
    assert_code(&out, 5);
    let err = stderr_of(&out);
    assert!(err.contains("locked"), "{err}");
    assert!(err.contains("hint:") && err.contains("--wait"), "{err}");
    let out = emu.run(&["crdb", "cluster", "update", &id, "--storage-gib", "30"]);
    assert_code(&out, 5);
    assert!(stderr_of(&out).contains("--wait"));

    let before = writes(&emu).len();
    ok(&emu.run(&["crdb", "database", "create", "late", "-c", &id, "--wait"]));
    let after = writes(&emu);
    assert_eq!(
        after.len(),
        before + 1,
        "the write is sent once, after the lock cleared"
    );
    assert_eq!(after.last().unwrap().status, 200);
    assert!(
        collection(&emu, &format!("{CLUSTERS}/{id}/databases"))
            .iter()
            .any(|d| d["name"] == "late")
    );

    // Deleting is a write too.
    ok(&emu.run(&["crdb", "cluster", "update", &id, "--vcpus", "16"]));
    let out = emu.run(&["crdb", "cluster", "delete", &id, "--yes"]);
    assert_code(&out, 5);
    assert!(stderr_of(&out).contains("--wait"));
    assert_eq!(stored_cluster(&emu, &id)["state"], "LOCKED");
    ok(&emu.run(&["crdb", "cluster", "delete", &id, "--yes", "--wait"]));
    assert_eq!(stored_cluster(&emu, &id)["state"], "DELETED");
}

#[test]
fn clusters_are_created_in_a_folder_by_id_path_or_name() {
    let emu = Emu::start();
    let team = emu.json(&[
        "api",
        "crdb",
        "POST",
        "/api/v1/folders",
        "--data",
        r#"{"name": "team"}"#,
    ]);
    let team_id = team["resource_id"].as_str().unwrap().to_string();
    let prod = emu.json(&[
        "api",
        "crdb",
        "POST",
        "/api/v1/folders",
        "--data",
        &json!({"name": "prod", "parent_id": team_id}).to_string(),
    ]);
    let prod_id = prod["resource_id"].as_str().unwrap().to_string();

    let create = |name: &str, folder: &str| {
        emu.run(&[
            "crdb",
            "cluster",
            "create",
            name,
            "--provider",
            "gcp",
            "--plan",
            "basic",
            "--region",
            "us-east1",
            "--folder",
            folder,
            "--json",
        ])
    };
    for (name, folder, expected) in [
        ("by-path", "/team/prod", &prod_id),
        ("by-name", "prod", &prod_id),
        ("by-id", team_id.as_str(), &team_id),
    ] {
        let out = create(name, folder);
        let cluster: Value = serde_json::from_str(&ok(&out)).unwrap();
        assert_eq!(&cluster["parent_id"], expected.as_str(), "{folder}");
        assert_eq!(
            &writes(&emu).pop().unwrap().body.unwrap()["spec"]["parent_id"],
            expected.as_str()
        );
    }
    let before = writes(&emu).len();
    let out = create("lost", "/team/staging");
    assert_code(&out, 3);
    assert_eq!(
        writes(&emu).len(),
        before,
        "no cluster is created when the folder is unknown"
    );
}

#[test]
fn cluster_update_waits_for_the_lock_then_for_its_own_operation() {
    let emu = Emu::with(dbcloud_emulator::Config {
        transition: Duration::from_millis(1000),
        rate_limits: false,
        quiet: true,
        ..Default::default()
    });
    let id = id_of(&dedicated(&emu, "scale"));
    ok(&emu.run(&["crdb", "cluster", "update", &id, "--vcpus", "8"]));
    let out = emu.run(&[
        "crdb",
        "cluster",
        "update",
        &id,
        "--storage-gib",
        "30",
        "--wait",
        "--json",
    ]);
    let cluster: Value = serde_json::from_slice(&out.stdout).unwrap_or(Value::Null);
    assert_code(&out, 0);
    assert_eq!(cluster["state"], "CREATED");
    assert!(
        !cluster["operation_status"]
            .as_str()
            .unwrap()
            .ends_with("_RUNNING")
    );
    assert_eq!(cluster["config"]["dedicated"]["num_virtual_cpus"], 8);
    assert_eq!(cluster["config"]["dedicated"]["storage_gib"], 30);
    // Both PATCHes were accepted: the second was sent only after the first one's lock cleared.
    let patches: Vec<_> = writes(&emu)
        .into_iter()
        .filter(|r| r.method == "PATCH")
        .collect();
    assert_eq!(patches.len(), 2);
    assert!(patches.iter().all(|p| p.status == 200));
}

#[test]
fn region_changes_keep_the_regions_not_named() {
    let emu = Emu::start();
    let c = emu.json(&[
        "crdb",
        "cluster",
        "create",
        "multi",
        "--provider",
        "gcp",
        "--plan",
        "advanced",
        "--region",
        "us-east1:3",
        "--region",
        "europe-west1:3",
        "--vcpus",
        "4",
        "--storage-gib",
        "15",
        "--version",
        "v24.3",
        "--wait",
    ]);
    assert!(
        c["cockroach_version"]
            .as_str()
            .unwrap()
            .starts_with("v24.3")
    );
    let c = emu.json(&[
        "crdb",
        "cluster",
        "update",
        "multi",
        "--region",
        "europe-west1:0",
        "--region",
        "us-central1:3",
        "--wait",
    ]);
    let regions: Vec<(String, u64)> = c["regions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            (
                r["name"].as_str().unwrap().to_string(),
                r["node_count"].as_u64().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        regions,
        [("us-east1".to_string(), 3), ("us-central1".to_string(), 3)]
    );
    // The API's own validation comes back as exit 1 with its message.
    let out = emu.run(&["crdb", "cluster", "update", "multi", "--vcpus", "3"]);
    assert_code(&out, 1);
    assert!(
        stderr_of(&out).contains("num_virtual_cpus"),
        "{}",
        stderr_of(&out)
    );
}

#[test]
fn lists_follow_every_page_and_stop_at_the_limit() {
    let emu = Emu::with(dbcloud_emulator::Config {
        seed_clusters: 1100,
        transition: Duration::from_millis(300),
        rate_limits: false,
        quiet: true,
        ..Default::default()
    });
    let all = emu.json(&["crdb", "cluster", "list"]);
    let all = names(&all);
    assert_eq!(all.len(), 1100);
    assert_eq!(all.first().unwrap(), "seed-cluster-0001");
    assert_eq!(all.last().unwrap(), "seed-cluster-1100");
    let pages = emu.requests(CLUSTERS);
    assert_eq!(pages.len(), 3, "500 + 500 + 100");
    assert!(
        pages[1].query.contains("pagination.page="),
        "{}",
        pages[1].query
    );

    emu.server.clear_requests();
    let some = emu.json(&["crdb", "cluster", "list", "--limit", "700"]);
    assert_eq!(names(&some), all[..700]);
    let pages = emu.requests(CLUSTERS);
    assert_eq!(pages.len(), 2);
    assert!(
        pages[1].query.contains("pagination.limit=200"),
        "{}",
        pages[1].query
    );

    emu.server.clear_requests();
    let table = ok(&emu.run(&["crdb", "cluster", "list", "--limit", "3"]));
    assert_eq!(table.lines().count(), 4, "{table}");
    assert_eq!(emu.requests(CLUSTERS).len(), 1);

    // A name is resolved with one list (all pages), not per request.
    emu.server.clear_requests();
    ok(&emu.run(&["crdb", "database", "list", "-c", "seed-cluster-1100"]));
    let gets: Vec<_> = emu
        .requests("/api/v1")
        .into_iter()
        .map(|r| r.path)
        .collect();
    assert_eq!(gets.iter().filter(|p| *p == CLUSTERS).count(), 3);
    assert_eq!(gets.len(), 4, "{gets:?}");
}

#[test]
fn clusters_are_named_by_id_name_or_profile_default() {
    let emu = Emu::start();
    let id = id_of(&serverless(&emu, "named"));
    let by_name = emu.json(&["crdb", "database", "list", "-c", "named"]);
    let by_id = emu.json(&["crdb", "database", "list", "--cluster", &id]);
    assert_eq!(by_name, by_id);
    assert_eq!(names(&by_id), ["defaultdb", "postgres"]);

    let out = emu.run(&["crdb", "database", "list"]);
    assert_code(&out, 2);
    assert!(
        stderr_of(&out).contains("-c/--cluster"),
        "{}",
        stderr_of(&out)
    );
    let out = emu.run(&["crdb", "sql-user", "list", "-c", "nope"]);
    assert_code(&out, 3);

    emu.env
        .write_config("[profiles.default.cockroach]\ncluster = \"named\"\n");
    let from_profile = emu.json(&["crdb", "database", "list"]);
    assert_eq!(from_profile, by_id);
}

#[test]
fn cluster_output_in_every_format_and_deletion_refused_without_yes() {
    let emu = Emu::start();
    let id = id_of(&serverless(&emu, "fmt"));
    let table = ok(&emu.run(&["crdb", "cluster", "get", "fmt"]));
    assert!(
        table.contains("STATE") && table.contains("CREATED") && table.contains(&id),
        "{table}"
    );
    let yaml = ok(&emu.run(&["crdb", "cluster", "get", &id, "-o", "yaml"]));
    assert!(
        yaml.contains("name: fmt") && yaml.contains("plan: BASIC"),
        "{yaml}"
    );
    let state = ok(&emu.run(&["crdb", "cluster", "get", "fmt", "--jq", ".state"]));
    assert_eq!(state, "CREATED\n");

    emu.server.clear_requests();
    let out = emu.run(&["crdb", "cluster", "delete", "fmt"]);
    assert_code(&out, 2);
    assert!(
        emu.requests("/api/v1").is_empty(),
        "nothing is sent, not even the lookup"
    );
    let out = emu.run(&["crdb", "cluster", "delete", "fmt", "--yes", "-o", "json"]);
    let answer: Value = serde_json::from_str(&ok(&out)).unwrap();
    assert_eq!(answer["id"], id.as_str());
    let listed = emu.json(&["crdb", "cluster", "list"]);
    assert!(names(&listed).is_empty());
    let inactive = emu.json(&["crdb", "cluster", "list", "--show-inactive"]);
    assert_eq!(inactive[0]["state"], "DELETED");
}

// --- exact answers, scripted ---

mod scripted {
    use super::*;
    use wiremock::matchers::{method, path};
    use wiremock::{Mock, MockServer, ResponseTemplate};

    const ID: &str = "10000000-0000-4000-8000-000000000001";

    fn cluster(state: &str) -> Value {
        json!({"id": ID, "name": "doomed", "state": state, "operation_status": "UNSPECIFIED",
               "plan": "ADVANCED", "cloud_provider": "GCP", "regions": [{"name": "us-east1", "node_count": 3}],
               "cockroach_version": "v24.3.8", "creator_id": "u"})
    }

    async fn server_with(state_after_create: &str) -> MockServer {
        let server = MockServer::start().await;
        Mock::given(method("POST"))
            .and(path(CLUSTERS))
            .respond_with(
                ResponseTemplate::new(200).set_body_json(cluster("CLUSTER_STATE_CREATING")),
            )
            .expect(1)
            .mount(&server)
            .await;
        Mock::given(method("GET"))
            .and(path(format!("{CLUSTERS}/{ID}")))
            .respond_with(ResponseTemplate::new(200).set_body_json(cluster(state_after_create)))
            .mount(&server)
            .await;
        server
    }

    fn create(env: &TestEnv, url: &str) -> std::process::Output {
        env.cockroach(url)
            .args([
                "crdb",
                "cluster",
                "create",
                "doomed",
                "--provider",
                "gcp",
                "--plan",
                "advanced",
                "--region",
                "us-east1:3",
                "--vcpus",
                "4",
                "--storage-gib",
                "15",
                "--wait",
            ])
            .output()
            .unwrap()
    }

    #[tokio::test(flavor = "multi_thread")]
    async fn creation_failed_ends_the_wait_at_once() {
        let server = server_with("CREATION_FAILED").await;
        let env = TestEnv::new();
        let started = std::time::Instant::now();
        let out = create(&env, &server.uri());
        assert_code(&out, 1);
        assert!(
            stderr_of(&out).contains("CREATION_FAILED"),
            "{}",
            stderr_of(&out)
        );
        assert!(started.elapsed() < Duration::from_secs(10));
        let gets = server
            .received_requests()
            .await
            .unwrap()
            .into_iter()
            .filter(|r| r.method.as_str() == "GET" && !r.url.path().ends_with("/available-regions"))
            .count();
        assert_eq!(gets, 1, "one poll saw the failure");
    }

    #[tokio::test(flavor = "multi_thread")]
    async fn prefixed_states_are_understood() {
        let server = server_with("CLUSTER_STATE_CREATED").await;
        let env = TestEnv::new();
        let out = create(&env, &server.uri());
        assert_code(&out, 0);
    }

    #[tokio::test(flavor = "multi_thread")]
    async fn a_failed_restore_ends_the_wait_with_exit_1() {
        let server = MockServer::start().await;
        let restore = |status: &str| json!({"id": "r1", "cluster_id": ID, "status": status});
        Mock::given(method("POST"))
            .and(path(format!("{CLUSTERS}/{ID}/restores")))
            .respond_with(ResponseTemplate::new(200).set_body_json(restore("PENDING")))
            .mount(&server)
            .await;
        Mock::given(method("GET"))
            .and(path(format!("{CLUSTERS}/{ID}/restores/r1")))
            .respond_with(ResponseTemplate::new(200).set_body_json(restore("FAILED")))
            .mount(&server)
            .await;
        Mock::given(method("GET"))
            .and(path(format!("{CLUSTERS}/{ID}")))
            .respond_with(ResponseTemplate::new(200).set_body_json(cluster("CREATED")))
            .mount(&server)
            .await;
        let env = TestEnv::new();
        let out = env
            .cockroach(&server.uri())
            .args([
                "crdb",
                "restore",
                "create",
                "--backup",
                "0f5e0e7c-55f3-4c5e-9a7a-3c1d4c0c9b1e",
                "-c",
                ID,
                "--wait",
            ])
            .output()
            .unwrap();
        assert_code(&out, 1);
        assert!(stderr_of(&out).contains("FAILED"), "{}", stderr_of(&out));
    }

    #[tokio::test(flavor = "multi_thread")]
    async fn a_lock_reported_as_grpc_code_9_is_exit_5_with_the_hint() {
        let server = MockServer::start().await;
        Mock::given(method("DELETE"))
            .and(path(format!("{CLUSTERS}/{ID}/sql-users/app")))
            .respond_with(ResponseTemplate::new(400).set_body_json(
                json!({"code": 9, "message": "cluster is in state LOCKED", "details": []}),
            ))
            .expect(1)
            .mount(&server)
            .await;
        let env = TestEnv::new();
        let out = env
            .cockroach(&server.uri())
            .args(["crdb", "sql-user", "delete", "app", "-c", ID, "--yes"])
            .output()
            .unwrap();
        assert_code(&out, 5);
        assert!(
            stderr_of(&out).contains("retry with --wait"),
            "{}",
            stderr_of(&out)
        );
    }
}
