//! `dbcloud ch postgres ...` end to end: the real binary against the emulator, asserting what a user sees
//! (stdout, stderr, the exit code), what the emulator ended up with (its state, read apart from the command
//! under test) and what it was sent (its request log).

mod insights;

use serde_json::{Value, json};

use crate::common::*;

fn org(emu: &Emu) -> String {
    emu.server.clickhouse_org_id()
}

/// Runs `dbcloud ch postgres <args>`.
fn pg(emu: &Emu, args: &[&str]) -> std::process::Output {
    let mut all = vec!["ch", "postgres"];
    all.extend_from_slice(args);
    emu.run(&all)
}

/// Runs `dbcloud ch postgres <args> --json`, asserting success.
fn pg_json(emu: &Emu, args: &[&str]) -> Value {
    let mut all = vec!["ch", "postgres"];
    all.extend_from_slice(args);
    emu.json(&all)
}

/// The Postgres services the emulator holds now (as its state shows them).
fn services(emu: &Emu) -> Vec<Value> {
    let path = format!("/v1/organizations/{}/postgres", org(emu));
    emu.server.state()["collections"][path.as_str()]
        .as_array()
        .cloned()
        .unwrap_or_default()
}

fn service(emu: &Emu, name: &str) -> Value {
    services(emu)
        .into_iter()
        .find(|s| s["name"] == name)
        .unwrap_or_else(|| panic!("no Postgres service {name} in the emulator"))
}

fn id_of(emu: &Emu, name: &str) -> String {
    service(emu, name)["id"].as_str().unwrap().to_string()
}

/// A service's settings as the API holds them, read with `dbcloud api` (not the command under test).
fn stored_config(emu: &Emu, name: &str) -> Value {
    let path = format!(
        "/v1/organizations/{}/postgres/{}/config",
        org(emu),
        id_of(emu, name)
    );
    let v = emu.json(&["api", "ch", "GET", &path]);
    v.get("result").cloned().unwrap_or(v)
}

/// Requests under the Postgres path with this method whose path ends with `suffix`.
fn sent(emu: &Emu, method: &str, suffix: &str) -> Vec<dbcloud_emulator::LoggedRequest> {
    emu.requests(&format!("/v1/organizations/{}/postgres", org(emu)))
        .into_iter()
        .filter(|r| r.method == method && r.path.ends_with(suffix))
        .collect()
}

/// Every request that could have changed something.
fn writes(emu: &Emu) -> Vec<String> {
    emu.requests("/")
        .into_iter()
        .filter(|r| r.method != "GET")
        .map(|r| format!("{} {}", r.method, r.path))
        .collect()
}

const CREATE: &[&str] = &[
    "create",
    "--name",
    "orders",
    "--provider",
    "aws",
    "--region",
    "us-east-1",
    "--size",
    "r8gd.large",
];

/// Creates `orders` and waits until it runs.
fn create_orders(emu: &Emu, extra: &[&str]) -> Value {
    let mut args = CREATE.to_vec();
    args.extend_from_slice(extra);
    args.push("--wait");
    pg_json(emu, &args)
}

fn fail_next(emu: &Emu, n: u64) {
    emu.server.set_faults(dbcloud_emulator::Faults {
        failed_transitions: n,
        ..Default::default()
    });
}

// ------------------------------------------------------------------------------------------------------
// The journey
// ------------------------------------------------------------------------------------------------------

#[test]
fn journey_create_configure_replicate_restart_delete() {
    let emu = Emu::start();

    // create --wait: the service runs, its password is shown this once, inside the connection string too.
    let created = create_orders(
        &emu,
        &[
            "--tag",
            "env=prod",
            "--setting",
            "max_connections=200",
            "--setting",
            "pgbouncer.pool_mode=session",
        ],
    );
    assert_eq!(created["name"], "orders");
    assert_eq!(created["state"], "running");
    let password = created["password"].as_str().unwrap();
    assert!(password.len() >= 12);
    assert!(
        created["connectionString"]
            .as_str()
            .unwrap()
            .contains(password)
    );
    let post = sent(&emu, "POST", "/postgres");
    assert_eq!(post.len(), 1);
    assert_eq!(
        post[0].body.as_ref().unwrap(),
        &json!({"name": "orders", "provider": "aws", "region": "us-east-1", "size": "r8gd.large",
                "tags": [{"key": "env", "value": "prod"}],
                "pgConfig": {"max_connections": 200}, "pgBouncerConfig": {"pool_mode": "session"}})
    );
    assert_eq!(service(&emu, "orders")["state"], "running");
    assert_eq!(
        stored_config(&emu, "orders")["pgConfig"]["max_connections"],
        200
    );
    // The password is never shown again.
    let got = pg_json(&emu, &["get", "orders"]);
    assert!(got.get("password").is_none() && got.get("connectionString").is_none());

    // config set: a Postgres setting only; the PgBouncer section goes as it is (the API needs both).
    let out = pg(&emu, &["config", "set", "orders", "MAX_CONNECTIONS=300"]);
    assert_code(&out, 0);
    let stderr = stderr_of(&out);
    assert!(
        stderr.contains("Changed max_connections of orders.")
            && stderr.contains("max_connections takes effect after the service restarts"),
        "{stderr}"
    );
    assert!(
        stdout_of(&out)
            .lines()
            .any(|l| l.split_whitespace().collect::<Vec<_>>()
                == ["postgres", "max_connections", "300"]),
        "{}",
        stdout_of(&out)
    );
    let patch = sent(&emu, "PATCH", "/config");
    assert_eq!(patch.len(), 1);
    assert_eq!(
        patch[0].body.as_ref().unwrap()["pgConfig"],
        json!({"max_connections": 300})
    );
    assert_eq!(
        patch[0].body.as_ref().unwrap()["pgBouncerConfig"]["pool_mode"],
        "session"
    );
    let config = stored_config(&emu, "orders");
    assert_eq!(config["pgConfig"]["max_connections"], 300);
    assert_eq!(config["pgBouncerConfig"]["pool_mode"], "session");

    // read-replica create --wait: a new service that follows orders.
    let replica = pg_json(
        &emu,
        &[
            "read-replica",
            "create",
            "orders",
            "--name",
            "orders-ro",
            "--wait",
        ],
    );
    assert_eq!(replica["state"], "running");
    assert_eq!(replica["isPrimary"], false);
    assert_eq!(
        sent(&emu, "POST", "/readReplica")[0].body.as_ref().unwrap(),
        &json!({"name": "orders-ro"})
    );
    assert_eq!(service(&emu, "orders-ro")["state"], "running");
    assert_eq!(
        stored_config(&emu, "orders-ro")["pgConfig"]["max_connections"],
        300,
        "a replica starts with its primary's settings"
    );

    // restart --wait.
    let out = pg(&emu, &["restart", "orders", "--wait"]);
    assert_code(&out, 0);
    assert!(
        stderr_of(&out).contains("Waiting for Postgres service orders to be running: restarting"),
        "{}",
        stderr_of(&out)
    );
    assert!(stdout_of(&out).contains("running"), "{}", stdout_of(&out));
    assert_eq!(
        sent(&emu, "PATCH", "/state")[0].body.as_ref().unwrap(),
        &json!({"command": "restart"})
    );

    // delete: refused without confirmation (nothing sent), then --yes --wait until it is gone.
    let out = pg(&emu, &["delete", "orders", "--wait"]);
    assert_code(&out, 2);
    assert!(stderr_of(&out).contains("--yes"), "{}", stderr_of(&out));
    assert!(sent(&emu, "DELETE", "").is_empty());
    let out = pg(&emu, &["delete", "orders", "--yes", "--wait"]);
    assert_code(&out, 0);
    assert!(
        stderr_of(&out).contains("Deleted Postgres service orders."),
        "{}",
        stderr_of(&out)
    );
    assert_eq!(sent(&emu, "DELETE", "").len(), 1);
    let left: Vec<Value> = services(&emu);
    assert_eq!(left.len(), 1, "{left:?}");
    assert_eq!(left[0]["name"], "orders-ro");
    // The replica of a deleted primary goes on as a primary of its own.
    assert_eq!(left[0]["isPrimary"], true);
    assert_code(&pg(&emu, &["get", "orders"]), 3);
}

// ------------------------------------------------------------------------------------------------------
// Create
// ------------------------------------------------------------------------------------------------------

#[test]
fn create_table_shows_the_password_once_and_the_file_keeps_it_off_stdout() {
    let emu = Emu::start();
    let out = pg(&emu, CREATE);
    assert_code(&out, 0);
    let stdout = stdout_of(&out);
    assert!(
        stdout.contains("PASSWORD") && stdout.contains("CONNECTION STRING"),
        "{stdout}"
    );
    assert!(stdout.contains("creating"), "{stdout}");
    assert!(
        stderr_of(&out).contains("cannot be read again"),
        "{}",
        stderr_of(&out)
    );

    let file = emu.env.dir.path().join("pg.pw");
    let mut args = CREATE.to_vec();
    args[2] = "orders-2";
    args.extend(["--password-file", file.to_str().unwrap()]);
    let shown = emu.json(&[&["ch", "postgres"][..], &args].concat());
    let password = std::fs::read_to_string(&file).unwrap();
    let password = password.trim_end();
    assert!(password.len() >= 12);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&file).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600);
    }
    assert!(shown.get("password").is_none(), "{shown}");
    let connection = shown["connectionString"].as_str().unwrap();
    assert!(!connection.contains(password), "{connection}");
    assert!(
        connection.starts_with("postgres://postgres@"),
        "{connection}"
    );

    // An existing file is refused before anything is sent.
    let before = sent(&emu, "POST", "/postgres").len();
    args[2] = "orders-3";
    let out = emu.run(&[&["ch", "postgres"][..], &args].concat());
    assert_code(&out, 2);
    assert!(stderr_of(&out).contains("exists"), "{}", stderr_of(&out));
    assert_eq!(sent(&emu, "POST", "/postgres").len(), before);
    assert_eq!(services(&emu).len(), 2);
}

#[test]
fn create_refuses_what_the_spec_refuses_before_sending() {
    let emu = Emu::start();
    for (change, expected) in [
        (("--size", "huge"), "r8gd.large"),
        (("--provider", "gcp"), "aws"),
        (("--region", "us east 1"), "--region"),
        (("--name", &"x".repeat(51)[..]), "at most 50"),
    ] {
        let mut args = CREATE.to_vec();
        let i = args.iter().position(|a| *a == change.0).unwrap();
        args[i + 1] = change.1;
        let out = pg(&emu, &args);
        assert_code(&out, 2);
        assert!(
            stderr_of(&out).contains(expected),
            "{change:?}: {}",
            stderr_of(&out)
        );
    }
    for (flag, value, expected) in [
        ("--setting", "shared_buffers=1GB", "max_connections"),
        ("--setting", "wal_compression=gzip", "zstd"),
        ("--setting", "max_connections", "NAME=VALUE"),
        ("--tag", "=prod", "tag key"),
        ("--tag", "bad key!=x", "tags[0].key"),
        ("--postgres-version", "9", "18"),
        ("--ha-type", "multi", "async"),
    ] {
        let mut args = CREATE.to_vec();
        args.extend([flag, value]);
        let out = pg(&emu, &args);
        assert_code(&out, 2);
        assert!(
            stderr_of(&out).contains(expected),
            "{flag} {value}: {}",
            stderr_of(&out)
        );
    }
    assert!(writes(&emu).is_empty(), "{:?}", writes(&emu));

    // What the spec leaves open, the server judges: a region of another cloud.
    let mut args = CREATE.to_vec();
    args[6] = "europe-west4";
    let out = pg(&emu, &args);
    assert_code(&out, 1);
    assert!(
        stderr_of(&out).contains("not available in region"),
        "{}",
        stderr_of(&out)
    );
    assert!(services(&emu).is_empty());
}

#[test]
fn a_failed_creation_ends_the_wait_with_exit_1_and_a_restart_recovers() {
    let emu = Emu::start();
    fail_next(&emu, 1);
    let file = emu.env.dir.path().join("pw");
    let mut args = CREATE.to_vec();
    args.extend(["--password-file", file.to_str().unwrap(), "--wait"]);
    let out = pg(&emu, &args);
    assert_code(&out, 1);
    assert!(
        stderr_of(&out).contains("'unavailable'"),
        "{}",
        stderr_of(&out)
    );
    // The password was still kept.
    assert!(file.exists());
    assert_eq!(service(&emu, "orders")["state"], "unavailable");
    let out = pg(&emu, &["restart", "orders", "--wait"]);
    assert_code(&out, 0);
    assert_eq!(service(&emu, "orders")["state"], "running");
}

#[test]
fn a_wait_past_its_deadline_is_exit_6_and_the_change_goes_on() {
    let emu = Emu::start();
    let out = pg(
        &emu,
        &[CREATE, &["--wait", "--wait-timeout", "50ms"]].concat(),
    );
    assert_code(&out, 6);
    let stderr = stderr_of(&out);
    assert!(
        stderr.contains("gave up waiting for Postgres service orders to be running"),
        "{stderr}"
    );
    assert!(stderr.contains("last state: creating"), "{stderr}");
    // The password is still shown: it exists only in this answer.
    assert!(stdout_of(&out).contains("PASSWORD"), "{}", stdout_of(&out));
    std::thread::sleep(std::time::Duration::from_millis(400));
    assert_eq!(service(&emu, "orders")["state"], "running");
}

#[test]
fn secrets_never_reach_the_verbose_log() {
    let emu = Emu::start();
    let out = pg(&emu, &[CREATE, &["-v", "--json", "--wait"]].concat());
    assert_code(&out, 0);
    let created: Value = serde_json::from_slice(&out.stdout).unwrap();
    let password = created["password"].as_str().unwrap();
    let log = stderr_of(&out);
    assert!(log.contains("> POST"), "{log}");
    assert!(!log.contains(password), "{log}");

    let out = emu
        .cmd()
        .args([
            "ch",
            "postgres",
            "reset-password",
            "orders",
            "--password-stdin",
            "--yes",
            "-v",
        ])
        .write_stdin("Sup3rSecretPassw0rd\n")
        .output()
        .unwrap();
    assert_code(&out, 0);
    assert!(
        !stderr_of(&out).contains("Sup3rSecretPassw0rd"),
        "{}",
        stderr_of(&out)
    );
    assert_eq!(
        sent(&emu, "PATCH", "/password")[0].body.as_ref().unwrap(),
        &json!({"password": "Sup3rSecretPassw0rd"})
    );
}

// ------------------------------------------------------------------------------------------------------
// List, get, lookups, update
// ------------------------------------------------------------------------------------------------------

#[test]
fn list_get_and_names_that_are_not_unique() {
    let emu = Emu::start();
    assert_code(&pg(&emu, CREATE), 0);
    let out = pg(&emu, &["list"]);
    assert_code(&out, 0);
    let stdout = stdout_of(&out);
    assert!(stdout.starts_with("NAME"), "{stdout}");
    assert!(
        stdout.contains("orders") && stdout.contains("aws/us-east-1"),
        "{stdout}"
    );
    let listed = pg_json(&emu, &["list", "--columns", "name"]);
    assert_eq!(listed.as_array().unwrap().len(), 1);
    let out = pg(&emu, &["list", "--columns", "name,size"]);
    assert_eq!(stdout_of(&out), "NAME    SIZE\norders  r8gd.large\n");
    let out = pg(&emu, &["get", "orders", "-o", "yaml"]);
    assert!(
        stdout_of(&out).contains("size: r8gd.large"),
        "{}",
        stdout_of(&out)
    );
    let out = pg(&emu, &["get", "orders", "--jq", ".hostname"]);
    assert!(
        stdout_of(&out).trim().ends_with(".pg.clickhouse.cloud"),
        "{}",
        stdout_of(&out)
    );
    let id = id_of(&emu, "orders");
    assert_eq!(pg_json(&emu, &["get", &id])["name"], "orders");

    assert_code(&pg(&emu, &["get", "nothing"]), 3);
    assert_code(
        &pg(&emu, &["get", "00000000-0000-4000-8000-000000000009"]),
        3,
    );
    assert_code(&pg(&emu, CREATE), 0);
    let out = pg(&emu, &["get", "orders"]);
    assert_code(&out, 2);
    assert!(
        stderr_of(&out).contains("use the ID"),
        "{}",
        stderr_of(&out)
    );
}

#[test]
fn update_renames_resizes_and_retags() {
    let emu = Emu::start();
    create_orders(&emu, &["--tag", "env=prod", "--tag", "team=db"]);
    let out = pg(&emu, &["update", "orders"]);
    assert_code(&out, 2);
    let out = pg(&emu, &["update", "orders", "--size", "tiny"]);
    assert_code(&out, 2);
    assert!(writes(&emu).len() == 1, "{:?}", writes(&emu));

    let updated = pg_json(
        &emu,
        &[
            "update",
            "orders",
            "--size",
            "R8GD.XLARGE",
            "--tag",
            "env=staging",
            "--remove-tag",
            "team",
            "--wait",
        ],
    );
    assert_eq!(updated["state"], "running");
    assert_eq!(
        sent(&emu, "PATCH", &id_of(&emu, "orders"))[0]
            .body
            .as_ref()
            .unwrap(),
        &json!({"size": "r8gd.xlarge", "tags": [{"key": "env", "value": "staging"}]})
    );
    let stored = service(&emu, "orders");
    assert_eq!(stored["size"], "r8gd.xlarge");
    assert_eq!(stored["tags"], json!([{"key": "env", "value": "staging"}]));

    let out = pg(&emu, &["update", "orders", "--name", "orders-v2"]);
    assert_code(&out, 0);
    assert!(stdout_of(&out).contains("orders-v2"), "{}", stdout_of(&out));
    assert_eq!(services(&emu)[0]["name"], "orders-v2");
    assert_code(&pg(&emu, &["update", "orders", "--name", "x"]), 3);
}

// ------------------------------------------------------------------------------------------------------
// States: promote, switchover
// ------------------------------------------------------------------------------------------------------

#[test]
fn promote_and_switchover() {
    let emu = Emu::start();
    create_orders(&emu, &[]);
    pg_json(
        &emu,
        &["read-replica", "create", "orders", "--name", "ro", "--wait"],
    );

    // Both confirm first; without --yes nothing is sent.
    for cmd in ["promote", "switchover"] {
        let out = pg(&emu, &[cmd, "orders"]);
        assert_code(&out, 2);
    }
    assert!(sent(&emu, "PATCH", "/state").is_empty());

    // A switchover needs a standby: the server's 409 is exit 5.
    let out = pg(&emu, &["switchover", "orders", "--yes"]);
    assert_code(&out, 5);
    assert!(stderr_of(&out).contains("standby"), "{}", stderr_of(&out));
    pg_json(&emu, &["update", "orders", "--ha-type", "async", "--wait"]);
    let out = pg(&emu, &["switchover", "orders", "--yes", "--wait"]);
    assert_code(&out, 0);
    assert_eq!(service(&emu, "orders")["haType"], "async");

    // Only a replica can be promoted; promoting it makes it a primary.
    assert_code(&pg(&emu, &["promote", "orders", "--yes"]), 5);
    let promoted = pg_json(&emu, &["promote", "ro", "--yes", "--wait"]);
    assert_eq!(promoted["state"], "running");
    assert_eq!(promoted["isPrimary"], true);
    assert_eq!(service(&emu, "ro")["isPrimary"], true);
    assert_code(&pg(&emu, &["restart", "nothing"]), 3);
}

// ------------------------------------------------------------------------------------------------------
// Restore, passwords
// ------------------------------------------------------------------------------------------------------

#[test]
fn restore_into_a_new_service() {
    let emu = Emu::start();
    create_orders(&emu, &[]);
    let out = pg(
        &emu,
        &["restore", "orders", "--name", "r", "--at", "yesterday"],
    );
    assert_code(&out, 2);
    let out = pg(&emu, &["restore", "orders", "--name", "r"]);
    assert_code(&out, 2);
    assert!(sent(&emu, "POST", "/restoredService").is_empty());
    // Before the service existed: the server refuses it.
    let out = pg(
        &emu,
        &[
            "restore",
            "orders",
            "--name",
            "r",
            "--at",
            "2020-01-01T00:00:00Z",
        ],
    );
    assert_code(&out, 1);
    assert!(
        stderr_of(&out).contains("restoreTarget"),
        "{}",
        stderr_of(&out)
    );

    let at = service(&emu, "orders")["createdAt"]
        .as_str()
        .unwrap()
        .to_string();
    let restored = pg_json(
        &emu,
        &[
            "restore",
            "orders",
            "--name",
            "orders-restored",
            "--at",
            &at,
            "--wait",
        ],
    );
    assert_eq!(restored["state"], "running");
    assert!(restored["password"].as_str().is_some());
    assert_eq!(
        sent(&emu, "POST", "/restoredService")
            .last()
            .unwrap()
            .body
            .as_ref()
            .unwrap(),
        &json!({"name": "orders-restored", "restoreTarget": at})
    );
    assert_eq!(service(&emu, "orders-restored")["state"], "running");
    assert_code(
        &pg(&emu, &["restore", "nothing", "--name", "r", "--at", &at]),
        3,
    );
}

#[test]
fn reset_password_generated_or_from_stdin() {
    let emu = Emu::start();
    create_orders(&emu, &[]);
    let out = pg(&emu, &["reset-password", "orders"]);
    assert_code(&out, 2);

    let changed = pg_json(&emu, &["reset-password", "orders", "--yes"]);
    assert!(changed["password"].as_str().is_some_and(|p| p.len() >= 12));
    assert_eq!(
        sent(&emu, "PATCH", "/password")[0].body.as_ref().unwrap(),
        &json!({})
    );

    let file = emu.env.dir.path().join("new.pw");
    let out = pg(
        &emu,
        &[
            "reset-password",
            "orders",
            "--yes",
            "--password-file",
            file.to_str().unwrap(),
        ],
    );
    assert_code(&out, 0);
    assert_eq!(stdout_of(&out), "");
    assert!(std::fs::read_to_string(&file).unwrap().trim().len() >= 12);

    // A password the API would refuse is refused here, without echoing it, and nothing is sent.
    let out = emu
        .cmd()
        .args([
            "ch",
            "postgres",
            "reset-password",
            "orders",
            "--password-stdin",
            "--yes",
        ])
        .write_stdin("weakpassword")
        .output()
        .unwrap();
    assert_code(&out, 2);
    assert!(
        !stderr_of(&out).contains("weakpassword"),
        "{}",
        stderr_of(&out)
    );
    assert!(stderr_of(&out).contains("[A-Z]"), "{}", stderr_of(&out));
    assert_eq!(sent(&emu, "PATCH", "/password").len(), 2);
    assert_code(&pg(&emu, &["reset-password", "nothing", "--yes"]), 3);
}
