//! Every CockroachDB write happens exactly once, even when its answer is lost (docs/writes.md): the emulator
//! acts on a request and then drops the connection or answers a proxy's 504, or fails it without acting, and
//! each write is confirmed the way it declares: read back by its natural key, repeated (absolute values), or a
//! delete confirmed by the 404 of its repeat. Then the figure of issue 12 under all faults at once.

use crate::cockroach::{CLUSTERS, collection, id_of, serverless, stored_cluster};
use crate::common::*;
use dbcloud_emulator::Faults;
use serde_json::Value;

/// The next request under `path` (with `method`, any when `None`) meets `fault`: `lost` (acted on, the
/// connection dropped), `gateway` (acted on, then a 504) or `fail` (a 500, not acted on).
fn next(emu: &Emu, path: &str, fault: &str) {
    emu.server.set_faults(Faults {
        lost_answer_rate: if fault == "lost" { 1.0 } else { 0.0 },
        gateway_timeout_rate: if fault == "gateway" { 1.0 } else { 0.0 },
        fail_rate: if fault == "fail" { 1.0 } else { 0.0 },
        fail_statuses: vec![500],
        only_path_prefix: Some(path.to_string()),
        count: Some(1),
        ..Faults::default()
    });
}

/// The requests under `base`, as `METHOD /suffix (fault)`.
fn trail(emu: &Emu, base: &str) -> Vec<String> {
    emu.requests(base)
        .iter()
        .map(|r| {
            let fault = r
                .fault
                .as_deref()
                .map(|f| format!(" ({f})"))
                .unwrap_or_default();
            format!("{} {}{fault}", r.method, &r.path[base.len()..])
        })
        .collect()
}

fn names(items: &[Value], key: &str) -> Vec<String> {
    let mut names: Vec<String> = items
        .iter()
        .map(|i| i[key].as_str().unwrap_or_default().to_string())
        .collect();
    names.sort();
    names
}

fn with_cluster(name: &str) -> (Emu, String) {
    let emu = Emu::start();
    let id = id_of(&serverless(&emu, name));
    emu.server.clear_requests();
    (emu, id)
}

#[test]
fn a_lost_create_is_read_back_by_its_name_and_adopted_once() {
    let (emu, id) = with_cluster("shop");
    let base = format!("{CLUSTERS}/{id}");
    next(&emu, &format!("{base}/databases"), "lost");
    let out = emu.run(&[
        "crdb", "database", "create", "orders", "-c", "shop", "--json",
    ]);
    assert_code(&out, 0);
    let err = stderr_of(&out);
    assert!(
        err.contains("warning: database orders: the answer was lost (the connection was closed); read back, the change is confirmed"),
        "{err}"
    );
    let shown: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(shown["name"], "orders");
    let databases = collection(&emu, &format!("{base}/databases"));
    assert_eq!(
        names(&databases, "name"),
        ["defaultdb", "orders", "postgres"],
        "exactly one orders"
    );
    assert_eq!(
        trail(&emu, &base),
        ["POST /databases (lost_answer)", "GET /databases"]
    );
}

#[test]
fn a_create_that_did_not_happen_is_sent_again_and_v_shows_each_step() {
    let (emu, id) = with_cluster("shop");
    let base = format!("{CLUSTERS}/{id}");
    next(&emu, &format!("{base}/sql-users"), "fail");
    let out = emu.run_stdin(
        &[
            "crdb",
            "sql-user",
            "create",
            "app",
            "-c",
            "shop",
            "--password-stdin",
            "-v",
        ],
        "s3cret-passw0rd\n",
    );
    assert_code(&out, 0);
    let err = stderr_of(&out);
    for step in [
        "* SQL user app: the outcome is unknown (",
        "; reading it back to confirm",
        "* SQL user app: not done",
        "* SQL user app: sending it again in ",
        "* SQL user app: done by this attempt",
    ] {
        assert!(err.contains(step), "{step}: {err}");
    }
    assert!(!err.contains("warning:"), "{err}");
    assert!(!err.contains("s3cret-passw0rd"), "{err}");
    let users = collection(&emu, &format!("{base}/sql-users"));
    assert_eq!(names(&users, "name"), ["app"]);
    assert_eq!(
        trail(&emu, &base),
        [
            "POST /sql-users (fail)",
            "GET /sql-users",
            "POST /sql-users"
        ]
    );
}

#[test]
fn without_faults_no_write_sends_anything_more() {
    let (emu, id) = with_cluster("shop");
    let base = format!("{CLUSTERS}/{id}");
    for args in [
        &["crdb", "database", "create", "orders", "-c", "shop"][..],
        &["crdb", "allowlist", "add", "10.1.0.0/16", "-c", "shop"],
        &[
            "crdb", "database", "rename", "orders", "sales", "-c", "shop",
        ],
        &[
            "crdb",
            "allowlist",
            "update",
            "10.1.0.0/16",
            "-c",
            "shop",
            "--ui",
            "true",
        ],
        &["crdb", "database", "delete", "sales", "-c", "shop", "--yes"],
        &[
            "crdb",
            "allowlist",
            "delete",
            "10.1.0.0/16",
            "-c",
            "shop",
            "--yes",
        ],
    ] {
        let out = emu.run(args);
        assert_code(&out, 0);
        assert!(!stderr_of(&out).contains("lost"), "{}", stderr_of(&out));
    }
    let writes: Vec<String> = trail(&emu, &base)
        .into_iter()
        .filter(|r| !r.starts_with("GET"))
        .collect();
    assert_eq!(
        writes,
        [
            "POST /databases",
            "PUT /networking/allowlist/10.1.0.0/16",
            "PATCH /databases",
            "PATCH /networking/allowlist/10.1.0.0/16",
            "DELETE /databases/sales",
            "DELETE /networking/allowlist/10.1.0.0/16",
        ]
    );
    // The reads are the ones the commands make anyway: the cluster by name, the entry an update keeps.
    let reads = trail(&emu, &base)
        .into_iter()
        .filter(|r| r.starts_with("GET"))
        .count();
    assert_eq!(reads, 1, "{:?}", trail(&emu, &base));
}

#[test]
fn an_absolute_write_is_repeated_and_a_lost_delete_is_confirmed_by_the_404_of_its_repeat() {
    let (emu, id) = with_cluster("shop");
    let base = format!("{CLUSTERS}/{id}");
    let entry = format!("{base}/networking/allowlist/10.1.0.0/16");
    assert_code(
        &emu.run(&["crdb", "allowlist", "add", "10.1.0.0/16", "-c", "shop"]),
        0,
    );
    emu.server.clear_requests();

    // A proxy's 504 after the update was done: the whole entry is sent again.
    next(&emu, &entry, "gateway");
    let out = emu.run(&[
        "crdb",
        "allowlist",
        "update",
        "10.1.0.0/16",
        "-c",
        "shop",
        "--name",
        "office",
    ]);
    assert_code(&out, 0);
    assert!(
        stderr_of(&out).contains("warning: allowlist entry 10.1.0.0/16: the answer was lost (HTTP 504); sent again, the change is confirmed"),
        "{}",
        stderr_of(&out)
    );
    let stored = collection(&emu, &format!("{base}/networking/allowlist"));
    assert_eq!(stored.len(), 1);
    assert_eq!(stored[0]["name"], "office");

    emu.server.clear_requests();
    next(&emu, &entry, "lost");
    let out = emu.run(&[
        "crdb",
        "allowlist",
        "delete",
        "10.1.0.0/16",
        "-c",
        "shop",
        "--yes",
        "--json",
    ]);
    assert_code(&out, 0);
    assert!(
        stderr_of(&out).contains("allowlist entry 10.1.0.0/16: the answer was lost (the connection was closed); it is gone now, the delete is confirmed"),
        "{}",
        stderr_of(&out)
    );
    let shown: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(shown["cidr_ip"], "10.1.0.0");
    assert!(collection(&emu, &format!("{base}/networking/allowlist")).is_empty());
    let deletes: Vec<String> = trail(&emu, &base)
        .into_iter()
        .filter(|r| r.starts_with("DELETE"))
        .collect();
    assert_eq!(
        deletes,
        [
            "DELETE /networking/allowlist/10.1.0.0/16 (lost_answer)",
            "DELETE /networking/allowlist/10.1.0.0/16",
        ]
    );
}

#[test]
fn a_lost_cluster_create_and_a_lost_update_that_locks_it_are_read_back() {
    // A first cluster of that cloud and plan: the regions it checks are cached, so the next request to the
    // clusters is the create.
    let emu = Emu::start();
    serverless(&emu, "first");
    next(&emu, CLUSTERS, "lost");
    let out = emu.run(&[
        "crdb",
        "cluster",
        "create",
        "web",
        "--provider",
        "gcp",
        "--plan",
        "basic",
        "--region",
        "us-east1",
        "--wait",
    ]);
    assert_code(&out, 0);
    assert!(
        stderr_of(&out).contains("warning: cluster web: the answer was lost (the connection was closed); read back, the change is confirmed"),
        "{}",
        stderr_of(&out)
    );
    let clusters: Vec<Value> = collection(&emu, CLUSTERS)
        .into_iter()
        .filter(|c| c["name"] != "first")
        .collect();
    assert_eq!(names(&clusters, "name"), ["web"], "exactly one cluster");

    // A serverless change locks the cluster: its repeat would be refused, so it is read back instead.
    let id = clusters[0]["id"].as_str().unwrap().to_string();
    emu.server.clear_requests();
    next(&emu, &format!("{CLUSTERS}/{id}"), "gateway");
    let out = emu.run(&[
        "crdb",
        "cluster",
        "update",
        "web",
        "--upgrade-type",
        "manual",
        "--delete-protection",
        "enabled",
        "--wait",
    ]);
    assert_code(&out, 0);
    assert!(
        stderr_of(&out).contains("warning: the update of cluster web: the answer was lost (HTTP 504); read back, the change is confirmed"),
        "{}",
        stderr_of(&out)
    );
    let stored = stored_cluster(&emu, &id);
    assert_eq!(stored["delete_protection"], "ENABLED");
    assert_eq!(stored["config"]["serverless"]["upgrade_type"], "MANUAL");
    let patches = emu
        .requests(CLUSTERS)
        .into_iter()
        .filter(|r| r.method == "PATCH")
        .count();
    assert_eq!(patches, 1);
}

#[test]
fn a_lost_api_key_create_says_its_secret_is_lost_and_how_to_make_a_new_key() {
    let emu = Emu::start();
    let account = emu.server.state()["collections"]["/api/v1/service-accounts"][0]["id"]
        .as_str()
        .unwrap()
        .to_string();
    next(&emu, "/api/v1/api-keys", "lost");
    let out = emu.run(&[
        "crdb",
        "api-key",
        "create",
        "--name",
        "ci",
        "--service-account",
        &account,
        "--json",
    ]);
    assert_code(&out, 0);
    let err = stderr_of(&out);
    let keys: Vec<Value> = collection(&emu, "/api/v1/api-keys")
        .into_iter()
        .filter(|k| k["name"] == "ci")
        .collect();
    assert_eq!(keys.len(), 1, "exactly one key");
    let id = keys[0]["id"].as_str().unwrap();
    assert!(
        err.contains(&format!(
            "the secret of API key ci ({id}) was in the lost answer and cannot be shown again: make a new key with `dbcloud crdb api-key create --name ci --service-account {account}`"
        )),
        "{err}"
    );
    let shown: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(shown["id"], id);
    assert!(shown.get("secret").is_none(), "{shown}");

    // Saving it as a profile cannot work without the secret: an error that says why, nothing saved.
    next(&emu, "/api/v1/api-keys", "gateway");
    let out = emu.run(&[
        "crdb",
        "api-key",
        "create",
        "--name",
        "ci-2",
        "--service-account",
        &account,
        "--save-as-profile",
        "ci",
    ]);
    assert_code(&out, 1);
    assert!(
        stderr_of(&out).contains("the secret of API key ci-2"),
        "{}",
        stderr_of(&out)
    );
}

#[test]
fn a_lost_scim_user_is_read_back_by_its_user_name() {
    let emu = Emu::start();
    next(&emu, "/api/scim/v2/Users", "lost");
    let out = emu.run(&[
        "crdb",
        "scim",
        "user",
        "create",
        "--email",
        "Ada@Example.com",
        "--given-name",
        "Ada",
    ]);
    assert_code(&out, 0);
    assert!(
        stderr_of(&out).contains(
            "the answer was lost (the connection was closed); read back, the change is confirmed"
        ),
        "{}",
        stderr_of(&out)
    );
    let users: Vec<Value> = collection(&emu, "/api/scim/v2/Users")
        .into_iter()
        .filter(|u| u["userName"] == "Ada@Example.com")
        .collect();
    assert_eq!(users.len(), 1, "exactly one user");
}

#[test]
fn an_unconfirmable_write_keeps_the_honest_error_naming_what_to_check() {
    let (emu, id) = with_cluster("shop");
    // Every request to the databases fails: the create and every read back.
    emu.server.set_faults(Faults {
        fail_rate: 1.0,
        fail_statuses: vec![502],
        only_path_prefix: Some(format!("{CLUSTERS}/{id}/databases")),
        ..Faults::default()
    });
    let out = emu
        .cmd()
        .env("DBCLOUD_RETRIES", "1")
        .args(["crdb", "database", "create", "orders", "-c", "shop"])
        .output()
        .unwrap();
    assert_ne!(out.status.code(), Some(0));
    let err = stderr_of(&out);
    assert!(
        err.contains("the change may or may not have been made (reading it back failed too: ")
            && err.contains("check database orders before trying again"),
        "{err}"
    );
}

/// Issue 12's figure: with 20% of requests failing (500/502/503), 10% reset and 10% of answers lost, creates,
/// updates and deletes of clusters, databases, SQL users and allowlist entries all exit 0, with exactly one
/// of each created and the intended end state.
#[test]
fn under_every_fault_at_once_creates_updates_and_deletes_all_succeed_exactly_once() {
    let (emu, id) = with_cluster("base");
    let base = format!("{CLUSTERS}/{id}");
    emu.server.set_faults(Faults {
        fail_rate: 0.2,
        fail_statuses: vec![500, 502, 503],
        reset_rate: 0.1,
        lost_answer_rate: 0.1,
        ..Faults::default()
    });
    let run = |args: &[&str], stdin: Option<&str>| {
        let mut cmd = emu.cmd();
        cmd.env("DBCLOUD_RETRIES", "10").args(args);
        if let Some(s) = stdin {
            cmd.write_stdin(s);
        }
        let out = cmd.output().unwrap();
        assert_code(&out, 0);
    };
    const N: usize = 6;
    for i in 0..N {
        let (db, user, cidr) = (
            format!("db{i}"),
            format!("user{i}"),
            format!("10.{i}.0.0/16"),
        );
        run(&["crdb", "database", "create", &db, "-c", "base"], None);
        run(
            &[
                "crdb",
                "sql-user",
                "create",
                &user,
                "-c",
                "base",
                "--password-stdin",
            ],
            Some("first-passw0rd\n"),
        );
        run(&["crdb", "allowlist", "add", &cidr, "-c", "base"], None);
    }
    for i in 0..3 {
        let name = format!("extra{i}");
        run(
            &[
                "crdb",
                "cluster",
                "create",
                &name,
                "--provider",
                "gcp",
                "--plan",
                "basic",
                "--region",
                "us-east1",
            ],
            None,
        );
    }
    let count = |path: &str, key: &str, prefix: &str| {
        collection(&emu, &format!("{base}/{path}"))
            .iter()
            .filter(|i| i[key].as_str().unwrap_or_default().starts_with(prefix))
            .count()
    };
    assert_eq!(count("databases", "name", "db"), N);
    assert_eq!(count("sql-users", "name", "user"), N);
    assert_eq!(count("networking/allowlist", "cidr_ip", "10."), N);
    let mut live: Vec<String> = collection(&emu, CLUSTERS)
        .iter()
        .map(|c| c["name"].as_str().unwrap().to_string())
        .collect();
    live.sort();
    assert_eq!(live, ["base", "extra0", "extra1", "extra2"]);

    for i in 0..N {
        let (db, user, cidr) = (
            format!("db{i}"),
            format!("user{i}"),
            format!("10.{i}.0.0/16"),
        );
        run(
            &[
                "crdb",
                "database",
                "rename",
                &db,
                &format!("renamed{i}"),
                "-c",
                "base",
            ],
            None,
        );
        run(
            &[
                "crdb",
                "sql-user",
                "set-password",
                &user,
                "-c",
                "base",
                "--password-stdin",
                "--yes",
            ],
            Some("second-passw0rd\n"),
        );
        run(
            &[
                "crdb",
                "allowlist",
                "update",
                &cidr,
                "-c",
                "base",
                "--name",
                "updated",
            ],
            None,
        );
    }
    assert_eq!(count("databases", "name", "renamed"), N);
    assert_eq!(count("databases", "name", "db"), 0);
    let allowlist = collection(&emu, &format!("{base}/networking/allowlist"));
    assert!(
        allowlist.iter().all(|e| e["name"] == "updated"),
        "{allowlist:?}"
    );

    for i in 0..N {
        let (db, user, cidr) = (
            format!("renamed{i}"),
            format!("user{i}"),
            format!("10.{i}.0.0/16"),
        );
        run(
            &["crdb", "database", "delete", &db, "-c", "base", "--yes"],
            None,
        );
        run(
            &["crdb", "sql-user", "delete", &user, "-c", "base", "--yes"],
            None,
        );
        run(
            &["crdb", "allowlist", "delete", &cidr, "-c", "base", "--yes"],
            None,
        );
    }
    assert_eq!(count("databases", "name", "renamed"), 0);
    assert_eq!(count("sql-users", "name", "user"), 0);
    assert_eq!(count("networking/allowlist", "cidr_ip", "10."), 0);
    // The faults were there: writes whose answers were lost, and writes that failed unacted.
    let faulted = |fault: &str| {
        emu.requests("/api/v1")
            .iter()
            .filter(|r| r.method != "GET" && r.fault.as_deref() == Some(fault))
            .count()
    };
    assert!(faulted("lost_answer") > 0 && faulted("fail") > 0);
    emu.server.set_faults(Faults::default());
}

/// Runs a command whose write meets `fault` at `path`, and asserts it ends well with one line saying so.
fn confirmed(emu: &Emu, path: &str, fault: &str, args: &[&str], what: &str) {
    next(emu, path, fault);
    let out = emu.run(args);
    assert_code(&out, 0);
    let err = stderr_of(&out);
    assert!(
        err.contains(&format!("warning: {what}: the answer was lost")) && err.contains("confirmed"),
        "{args:?}: {err}"
    );
}

#[test]
fn organization_creates_are_read_back_by_name_url_and_grant() {
    let emu = Emu::start();
    confirmed(
        &emu,
        "/api/v1/folders",
        "lost",
        &["crdb", "folder", "create", "team"],
        "folder team",
    );
    let folders: Vec<Value> = collection(&emu, "/api/v1/folders")
        .into_iter()
        .filter(|f| f["name"] == "team")
        .collect();
    assert_eq!(folders.len(), 1, "exactly one folder");

    confirmed(
        &emu,
        "/api/v1/jwt-issuers",
        "gateway",
        &[
            "crdb",
            "jwt-issuer",
            "add",
            "--issuer-url",
            "https://id.example.com",
            "--audience",
            "crdb",
        ],
        "JWT issuer https://id.example.com",
    );
    assert_eq!(collection(&emu, "/api/v1/jwt-issuers").len(), 1);

    confirmed(
        &emu,
        "/api/v1/service-accounts",
        "lost",
        &["crdb", "service-account", "create", "--name", "deployer"],
        "service account deployer",
    );
    let accounts: Vec<Value> = collection(&emu, "/api/v1/service-accounts")
        .into_iter()
        .filter(|a| a["name"] == "deployer")
        .collect();
    assert_eq!(accounts.len(), 1, "exactly one service account");

    // A grant is read back in the user's roles (a repeat would be refused as a duplicate).
    let account = accounts[0]["id"].as_str().unwrap().to_string();
    let folder = folders[0]["resource_id"].as_str().unwrap().to_string();
    confirmed(
        &emu,
        "/api/v1/roles",
        "lost",
        &[
            "crdb",
            "role",
            "grant",
            &account,
            "FOLDER_ADMIN",
            "--resource-type",
            "FOLDER",
            "--resource-id",
            "/team",
        ],
        &format!("the grant of FOLDER_ADMIN on FOLDER /team to user {account}"),
    );
    let grants = emu.json(&["crdb", "role", "get", &account]);
    let held: Vec<&Value> = grants
        .as_array()
        .unwrap()
        .iter()
        .filter(|g| g["name"] == "FOLDER_ADMIN" && g["resource"]["id"] == folder)
        .collect();
    assert_eq!(held.len(), 1, "{grants}");
}

#[test]
fn a_setting_that_refuses_its_repeat_is_read_back_by_its_state() {
    let emu = Emu::start();
    let id = id_of(&crate::cockroach::dedicated(&emu, "vault"));
    let spec = emu.env.dir.path().join("cmek.json");
    std::fs::write(&spec, crate::cockroach_exports::CMEK_SPEC).unwrap();
    let path = format!("{CLUSTERS}/{id}/cmek");
    emu.server.clear_requests();
    confirmed(
        &emu,
        &path,
        "lost",
        &[
            "crdb",
            "cmek",
            "enable",
            "-c",
            "vault",
            "--spec-file",
            spec.to_str().unwrap(),
            "--wait",
        ],
        "CMEK of cluster vault",
    );
    confirmed(
        &emu,
        &path,
        "gateway",
        &["crdb", "cmek", "revoke", "-c", "vault", "--yes", "--wait"],
        "the revocation of the CMEK keys of cluster vault",
    );
    let writes: Vec<String> = trail(&emu, &format!("{CLUSTERS}/{id}"))
        .into_iter()
        .filter(|r| !r.starts_with("GET"))
        .collect();
    assert_eq!(
        writes,
        ["POST /cmek (lost_answer)", "PATCH /cmek (gateway_timeout)"]
    );
    assert_eq!(
        emu.json(&["crdb", "cmek", "get", "-c", "vault"])["status"],
        "REVOKED"
    );
}
