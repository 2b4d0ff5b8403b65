//! `dbcloud crdb ...` end to end against the emulator: clusters, regions, versions, databases, SQL users, the
//! allowlist, backups and restores; waiting, locks, pagination, validation, confirmations and secrets. A few
//! answers are scripted with wiremock where the exact body is the point (prefixed `CLUSTER_STATE_` states, a
//! lock reported only by its gRPC code); failed states also come from the emulator (tests/emulator.rs).

use std::time::Duration;

use crate::common::*;
use serde_json::{Value, json};

const CLUSTERS: &str = "/api/v1/clusters";

fn ok(out: &std::process::Output) -> String {
    assert_code(out, 0);
    stdout_of(out)
}

fn dedicated(emu: &Emu, name: &str) -> Value {
    emu.json(&[
        "crdb",
        "cluster",
        "create",
        name,
        "--provider",
        "gcp",
        "--plan",
        "dedicated",
        "--region",
        "us-east1:3",
        "--vcpus",
        "4",
        "--storage-gib",
        "15",
        "--wait",
    ])
}

fn serverless(emu: &Emu, name: &str) -> Value {
    emu.json(&[
        "crdb",
        "cluster",
        "create",
        name,
        "--provider",
        "GCP",
        "--plan",
        "serverless",
        "--region",
        "us-east1",
        "--wait",
    ])
}

fn id_of(cluster: &Value) -> String {
    cluster["id"].as_str().expect("an id").to_string()
}

/// The emulator's view of a collection (`/api/v1/clusters/<id>/databases`, ...).
fn collection(emu: &Emu, path: &str) -> Vec<Value> {
    emu.server.state()["collections"][path]
        .as_array()
        .cloned()
        .unwrap_or_default()
}

fn stored_cluster(emu: &Emu, id: &str) -> Value {
    collection(emu, CLUSTERS)
        .into_iter()
        .find(|c| c["id"] == id)
        .expect("the cluster is in the emulator's state")
}

/// Requests other than GET to the CockroachDB API.
fn writes(emu: &Emu) -> Vec<dbcloud_emulator::LoggedRequest> {
    emu.requests("/api/v1")
        .into_iter()
        .filter(|r| r.method != "GET")
        .collect()
}

fn names(items: &Value) -> Vec<String> {
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
    assert_eq!(created["plan"], "DEDICATED");
    let id = id_of(&created);
    let sent = &writes(&emu)[0];
    assert_eq!(
        sent.body.as_ref().unwrap(),
        &json!({"name": "shop", "provider": "GCP", "spec": {"dedicated": {
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
            "serverless",
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
            &writes(&emu).pop().unwrap().body.unwrap()["parent_id"],
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
fn cluster_create_validates_before_sending() {
    let emu = Emu::start();
    let base = ["crdb", "cluster", "create"];
    let cases: &[(&[&str], &str)] = &[
        (
            &[
                "x".repeat(41).leak(),
                "--provider",
                "gcp",
                "--plan",
                "serverless",
                "--region",
                "us-east1",
            ],
            "41 characters",
        ),
        (
            &[
                "Shop",
                "--provider",
                "gcp",
                "--plan",
                "serverless",
                "--region",
                "us-east1",
            ],
            "lowercase",
        ),
        (
            &[
                "shop",
                "--provider",
                "ibm",
                "--plan",
                "serverless",
                "--region",
                "us-east1",
            ],
            "--provider",
        ),
        (
            &["shop", "--provider", "gcp", "--plan", "serverless"],
            "--region",
        ),
        (
            &[
                "shop",
                "--provider",
                "gcp",
                "--plan",
                "serverless",
                "--region",
                "us-east1:3",
            ],
            "dedicated",
        ),
        (
            &[
                "shop",
                "--provider",
                "gcp",
                "--plan",
                "serverless",
                "--region",
                "us-east1",
                "--vcpus",
                "4",
            ],
            "--vcpus",
        ),
        (
            &[
                "shop",
                "--provider",
                "gcp",
                "--plan",
                "dedicated",
                "--region",
                "us-east1",
                "--vcpus",
                "4",
                "--storage-gib",
                "15",
            ],
            "node count",
        ),
        (
            &[
                "shop",
                "--provider",
                "gcp",
                "--plan",
                "dedicated",
                "--region",
                "us-east1:0",
                "--vcpus",
                "4",
                "--storage-gib",
                "15",
            ],
            "at least 1 node",
        ),
        (
            &[
                "shop",
                "--provider",
                "gcp",
                "--plan",
                "dedicated",
                "--region",
                "us-east1:3",
                "--spend-limit",
                "5",
                "--vcpus",
                "4",
                "--storage-gib",
                "15",
            ],
            "--spend-limit",
        ),
        (
            &[
                "shop",
                "--provider",
                "gcp",
                "--plan",
                "dedicated",
                "--region",
                "us-east1:3",
            ],
            "--vcpus",
        ),
        (
            &[
                "shop",
                "--provider",
                "gcp",
                "--plan",
                "serverless",
                "--region",
                "us-east1",
                "--spend-limit",
                "lots",
            ],
            "--spend-limit",
        ),
    ];
    for (args, expected) in cases {
        let out = emu.run(&[&base[..], *args].concat());
        assert_code(&out, 2);
        assert!(
            stderr_of(&out).contains(expected),
            "{args:?}: {}",
            stderr_of(&out)
        );
    }
    assert!(emu.requests("/api/v1").is_empty(), "nothing is sent");
}

#[test]
fn serverless_clusters_are_created_and_changed() {
    // Creation outlasts the start of the next command.
    let emu = Emu::with(dbcloud_emulator::Config {
        transition: Duration::from_millis(1500),
        rate_limits: false,
        quiet: true,
        ..Default::default()
    });
    let out = emu.run(&[
        "crdb",
        "cluster",
        "create",
        "web",
        "--provider",
        "Gcp",
        "--plan",
        "SERVERLESS",
        "--region",
        "us-east1",
        "--region",
        "europe-west1",
        "--spend-limit",
        "25",
    ]);
    let table = ok(&out);
    assert!(
        table.contains("web") && table.contains("CREATING"),
        "{table}"
    );
    assert_eq!(
        writes(&emu)[0].body.clone().unwrap(),
        json!({"name": "web", "provider": "GCP", "spec": {"serverless": {
            "regions": ["us-east1", "europe-west1"], "spend_limit": 2500, "primary_region": "us-east1"}}})
    );
    // A write while it is still being created is refused like a locked one.
    let out = emu.run(&["crdb", "cluster", "update", "web", "--spend-limit", "50"]);
    assert_code(&out, 5);
    let changed = emu.json(&[
        "crdb",
        "cluster",
        "update",
        "web",
        "--spend-limit",
        "50",
        "--wait",
    ]);
    assert_eq!(changed["config"]["serverless"]["spend_limit"], 5000);

    // Plan-specific flags against the cluster's plan: refused before the PATCH.
    let patches = writes(&emu).len();
    let out = emu.run(&["crdb", "cluster", "update", "web", "--vcpus", "8"]);
    assert_code(&out, 2);
    assert!(
        stderr_of(&out).contains("serverless"),
        "{}",
        stderr_of(&out)
    );
    let out = emu.run(&["crdb", "cluster", "update", "web"]);
    assert_code(&out, 2);
    assert!(stderr_of(&out).contains("nothing to change"));
    let out = emu.run(&["crdb", "cluster", "update", "web", "--region", "us-east1"]);
    assert_code(&out, 2);
    assert_eq!(writes(&emu).len(), patches);
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
        "dedicated",
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
fn databases_are_created_renamed_and_deleted() {
    let emu = Emu::start();
    let id = id_of(&serverless(&emu, "dbs"));
    let path = format!("{CLUSTERS}/{id}/databases");
    let created = emu.json(&["crdb", "database", "create", "shop", "-c", "dbs"]);
    assert_eq!(created["name"], "shop");
    let renamed = emu.json(&["crdb", "database", "rename", "shop", "store", "-c", "dbs"]);
    assert_eq!(renamed["name"], "store");
    assert_eq!(
        names(&Value::Array(collection(&emu, &path))),
        ["defaultdb", "postgres", "store"]
    );

    let table = ok(&emu.run(&["crdb", "database", "list", "-c", "dbs"]));
    assert!(
        table.starts_with("NAME") && table.contains("TABLES") && table.contains("store"),
        "{table}"
    );
    let yaml = ok(&emu.run(&["crdb", "database", "list", "-c", "dbs", "-o", "yaml"]));
    assert!(yaml.contains("- name: store"), "{yaml}");

    let out = emu.run(&[
        "crdb", "database", "rename", "missing", "other", "-c", "dbs",
    ]);
    assert_code(&out, 3);

    let before = writes(&emu).len();
    let out = emu.run(&["crdb", "database", "delete", "store", "-c", "dbs"]);
    assert_code(&out, 2);
    assert!(stderr_of(&out).contains("--yes"));
    assert_eq!(writes(&emu).len(), before, "nothing sent without --yes");
    let out = emu.run(&[
        "crdb", "database", "delete", "store", "-c", "dbs", "--yes", "--json",
    ]);
    assert_eq!(
        serde_json::from_slice::<Value>(&ok(&out).into_bytes()).unwrap()["name"],
        "store"
    );
    assert_eq!(
        names(&Value::Array(collection(&emu, &path))),
        ["defaultdb", "postgres"]
    );
}

#[test]
fn sql_user_passwords_never_leave_stdin_or_the_prompt() {
    let emu = Emu::start();
    let id = id_of(&serverless(&emu, "users"));
    let secret = "Sup3r-Secret-Passw0rd";

    // No terminal and no --password-stdin: refused before anything is sent.
    emu.server.clear_requests();
    let out = emu.run(&["crdb", "sql-user", "create", "app", "-c", "users"]);
    assert_code(&out, 2);
    assert!(
        stderr_of(&out).contains("--password-stdin"),
        "{}",
        stderr_of(&out)
    );
    assert!(emu.requests("/api/v1").is_empty());

    let out = emu.run_stdin(
        &[
            "crdb",
            "sql-user",
            "create",
            "app",
            "-c",
            "users",
            "--password-stdin",
            "--verbose",
        ],
        &format!("{secret}\n"),
    );
    assert_code(&out, 0);
    let log = stderr_of(&out);
    assert!(
        log.contains("> POST") && log.contains("[REDACTED]"),
        "{log}"
    );
    assert!(
        !log.contains(secret),
        "the password leaked into --verbose output: {log}"
    );
    assert!(!stdout_of(&out).contains(secret));
    let sent = writes(&emu).pop().unwrap();
    assert_eq!(sent.body.unwrap()["password"], secret, "but it was sent");

    // set-password changes a credential: confirmed like a delete.
    let before = writes(&emu).len();
    let out = emu.run_stdin(
        &[
            "crdb",
            "sql-user",
            "set-password",
            "app",
            "-c",
            "users",
            "--password-stdin",
        ],
        "another-password\n",
    );
    assert_code(&out, 2);
    assert_eq!(writes(&emu).len(), before);
    let out = emu.run_stdin(
        &[
            "crdb",
            "sql-user",
            "set-password",
            "app",
            "-c",
            "users",
            "--password-stdin",
            "--yes",
            "-v",
        ],
        "another-password\n",
    );
    assert_code(&out, 0);
    assert!(!stderr_of(&out).contains("another-password"));
    let put = writes(&emu).pop().unwrap();
    assert_eq!(put.method, "PUT");
    assert_eq!(put.path, format!("{CLUSTERS}/{id}/sql-users/app/password"));
    let out = emu.run_stdin(
        &[
            "crdb",
            "sql-user",
            "set-password",
            "ghost",
            "-c",
            "users",
            "--password-stdin",
            "--yes",
        ],
        "x-password\n",
    );
    assert_code(&out, 3);

    let users = emu.json(&["crdb", "sql-user", "list", "-c", "users"]);
    assert_eq!(names(&users), ["app"]);
    let out = emu.run(&["crdb", "sql-user", "delete", "app", "-c", "users"]);
    assert_code(&out, 2);
    ok(&emu.run(&["crdb", "sql-user", "delete", "app", "-c", "users", "--yes"]));
    assert!(collection(&emu, &format!("{CLUSTERS}/{id}/sql-users")).is_empty());
}

#[test]
fn allowlist_entries_are_added_updated_and_removed() {
    let emu = Emu::start();
    let id = id_of(&serverless(&emu, "net"));
    let path = format!("{CLUSTERS}/{id}/networking/allowlist");

    emu.server.clear_requests();
    for (cidr, expected) in [
        ("10.0.0.1", "prefix length"),
        ("2001:db8::/32", "IPv6"),
        ("10.0.0.0/33", "CIDR"),
    ] {
        let out = emu.run(&["crdb", "allowlist", "add", cidr, "-c", "net"]);
        assert_code(&out, 2);
        assert!(
            stderr_of(&out).contains(expected),
            "{cidr}: {}",
            stderr_of(&out)
        );
    }
    let out = emu.run(&[
        "crdb",
        "allowlist",
        "add",
        "10.0.0.0/8",
        "-c",
        "net",
        "--sql",
        "maybe",
    ]);
    assert_code(&out, 2);
    assert!(emu.requests("/api/v1").is_empty());

    ok(&emu.run(&[
        "crdb",
        "allowlist",
        "add",
        "198.51.100.0/24",
        "-c",
        "net",
        "--name",
        "vpn",
        "--ui",
        "TRUE",
    ]));
    assert_eq!(
        writes(&emu).pop().unwrap().body.unwrap(),
        json!({"cidr_ip": "198.51.100.0", "cidr_mask": 24, "name": "vpn", "sql": true, "ui": true})
    );
    let table = ok(&emu.run(&["crdb", "allowlist", "list", "-c", "net"]));
    assert!(
        table.contains("198.51.100.0/24") && table.contains("vpn"),
        "{table}"
    );

    let updated = emu.json(&[
        "crdb",
        "allowlist",
        "update",
        "198.51.100.0/24",
        "-c",
        "net",
        "--sql",
        "false",
    ]);
    assert_eq!(updated["sql"], false);
    assert_eq!(updated["ui"], true, "unchanged fields are kept");
    assert_eq!(updated["name"], "vpn");
    let patch = writes(&emu).pop().unwrap();
    assert_eq!(patch.path, format!("{path}/198.51.100.0/24"));

    let out = emu.run(&[
        "crdb",
        "allowlist",
        "update",
        "192.0.2.0/24",
        "-c",
        "net",
        "--ui",
        "true",
    ]);
    assert_code(&out, 3);
    let out = emu.run(&[
        "crdb",
        "allowlist",
        "update",
        "198.51.100.0/24",
        "-c",
        "net",
    ]);
    assert_code(&out, 2);

    let out = emu.run(&[
        "crdb",
        "allowlist",
        "delete",
        "198.51.100.0/24",
        "-c",
        "net",
    ]);
    assert_code(&out, 2);
    assert_eq!(collection(&emu, &path).len(), 1);
    ok(&emu.run(&[
        "crdb",
        "allowlist",
        "delete",
        "198.51.100.0/24",
        "-c",
        "net",
        "-y",
    ]));
    assert!(collection(&emu, &path).is_empty());
}

#[test]
fn connection_strings_nodes_regions_and_versions() {
    let emu = Emu::start();
    let id = id_of(&dedicated(&emu, "conn"));

    let text = ok(&emu.run(&[
        "crdb",
        "cluster",
        "connection-string",
        "conn",
        "--os",
        "mac",
    ]));
    assert!(
        text.starts_with("postgresql://") && text.ends_with('\n'),
        "{text}"
    );
    let last = emu
        .requests(&format!("{CLUSTERS}/{id}/connection-string"))
        .pop()
        .unwrap();
    assert_eq!(last.query, "os=MAC");
    let object = emu.json(&["crdb", "cluster", "connection-string", &id]);
    assert!(
        object["connection_string"]
            .as_str()
            .unwrap()
            .starts_with("postgresql://")
    );
    assert!(
        object["params"].is_object(),
        "the API's whole object: {object}"
    );

    let nodes = emu.json(&["crdb", "cluster", "nodes", "conn"]);
    assert_eq!(nodes.as_array().unwrap().len(), 3);
    let nodes = emu.json(&[
        "crdb",
        "cluster",
        "nodes",
        "conn",
        "--region",
        "europe-west1",
    ]);
    assert!(nodes.as_array().unwrap().is_empty());
    let table = ok(&emu.run(&["crdb", "cluster", "nodes", "conn", "--limit", "2"]));
    assert_eq!(table.lines().count(), 3, "{table}");
    assert!(
        table.contains("us-east1") && table.contains("LIVE"),
        "{table}"
    );

    let regions = emu.json(&["crdb", "regions", "--provider", "AWS", "--serverless"]);
    assert!(!regions.as_array().unwrap().is_empty());
    assert!(
        regions
            .as_array()
            .unwrap()
            .iter()
            .all(|r| r["provider"] == "AWS" && r["serverless"] == true)
    );
    let q = emu
        .requests("/api/v1/clusters/available-regions")
        .pop()
        .unwrap()
        .query;
    assert!(
        q.contains("provider=AWS") && q.contains("serverless=true"),
        "{q}"
    );
    let out = emu.run(&["crdb", "regions", "--provider", "oracle"]);
    assert_code(&out, 2);

    let table = ok(&emu.run(&["crdb", "versions"]));
    assert!(
        table.starts_with("VERSION") && table.contains("v24.3"),
        "{table}"
    );
    let yaml = ok(&emu.run(&["crdb", "versions", "-o", "yaml"]));
    assert!(yaml.contains("- version: v24.3"), "{yaml}");

    let out = emu.run(&["crdb", "cluster", "nodes", "missing"]);
    assert_code(&out, 3);
}

#[test]
fn backups_their_configuration_and_restores() {
    let emu = Emu::start();
    let id = id_of(&dedicated(&emu, "safe"));

    let backups = emu.json(&["crdb", "backup", "list", "-c", "safe"]);
    let backup = backups[0]["id"]
        .as_str()
        .expect("a backup after creation")
        .to_string();
    let table = ok(&emu.run(&["crdb", "backup", "list", "-c", "safe"]));
    assert!(
        table.starts_with("ID") && table.contains(&backup),
        "{table}"
    );
    let none = emu.json(&[
        "crdb",
        "backup",
        "list",
        "-c",
        "safe",
        "--end-time",
        "2001-01-01T00:00:00Z",
    ]);
    assert_eq!(none, json!([]));
    let out = emu.run(&[
        "crdb",
        "backup",
        "list",
        "-c",
        "safe",
        "--start-time",
        "yesterday",
    ]);
    assert_code(&out, 2);

    let config = emu.json(&["crdb", "backup", "config", "get", "-c", "safe"]);
    assert_eq!(config["frequency_minutes"], 60);
    let table = ok(&emu.run(&["crdb", "backup", "config", "get", "-c", "safe"]));
    assert!(
        table.contains("RETENTION (DAYS)") && table.contains("30"),
        "{table}"
    );
    let changed = emu.json(&[
        "crdb",
        "backup",
        "config",
        "update",
        "-c",
        "safe",
        "--frequency-minutes",
        "30",
        "--retention-days",
        "7",
    ]);
    assert_eq!(
        (
            changed["frequency_minutes"].as_u64(),
            changed["retention_days"].as_u64()
        ),
        (Some(30), Some(7))
    );
    let stored = &emu.server.state()["configurations"][format!("{CLUSTERS}/{id}/backups-config")];
    assert_eq!(stored["frequency_minutes"], 30);
    for bad in [["--frequency-minutes", "61"], ["--retention-days", "31"]] {
        let out = emu.run(
            &[
                &["crdb", "backup", "config", "update", "-c", "safe"][..],
                &bad[..],
            ]
            .concat(),
        );
        assert_code(&out, 2);
    }
    let out = emu.run(&["crdb", "backup", "config", "update", "-c", "safe"]);
    assert_code(&out, 2);

    let restore = emu.json(&[
        "crdb", "restore", "create", "--backup", &backup, "-c", "safe", "--wait",
    ]);
    assert_eq!(restore["status"], "SUCCESS");
    let restore_id = restore["id"].as_str().unwrap();
    let restores = emu.json(&["crdb", "restore", "list", "-c", "safe"]);
    assert_eq!(restores.as_array().unwrap().len(), 1);
    let got = emu.json(&["crdb", "restore", "get", restore_id, "-c", "safe"]);
    assert_eq!(got["backup_id"], backup.as_str());
    let yaml = ok(&emu.run(&[
        "crdb", "restore", "get", restore_id, "-c", "safe", "-o", "yaml",
    ]));
    assert!(yaml.contains("status: SUCCESS"), "{yaml}");

    let pending = emu.json(&[
        "crdb",
        "restore",
        "create",
        "--backup",
        &backup,
        "-c",
        "safe",
        "--target",
        r#"{"database": "orders"}"#,
    ]);
    assert_ne!(pending["status"], "SUCCESS");
    assert_eq!(
        writes(&emu).pop().unwrap().body.unwrap(),
        json!({"backup_id": backup, "target": {"database": "orders"}})
    );

    let out = emu.run(&[
        "crdb",
        "restore",
        "create",
        "--backup",
        "no-such-backup",
        "-c",
        "safe",
    ]);
    assert_code(&out, 3);
    let out = emu.run(&[
        "crdb", "restore", "create", "--backup", &backup, "-c", "safe", "--target", "[1]",
    ]);
    assert_code(&out, 2);
    let out = emu.run(&["crdb", "restore", "get", "nope", "-c", "safe"]);
    assert_code(&out, 3);
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
        yaml.contains("name: fmt") && yaml.contains("plan: SERVERLESS"),
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
        json!({"id": ID, "name": "doomed", "state": state, "operation_status": "CLUSTER_STATUS_UNSPECIFIED",
               "plan": "DEDICATED", "cloud_provider": "GCP", "regions": [{"name": "us-east1", "node_count": 3}],
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
                "dedicated",
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
            .filter(|r| r.method.as_str() == "GET")
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
                "crdb", "restore", "create", "--backup", "b1", "-c", ID, "--wait",
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
