//! ClickHouse Postgres services in `dbcloud plan`, `apply` and `export` (`[clickhouse.postgres.NAME]`), end to
//! end against the emulator: the plan of a service to create, apply (its superuser password written to a new
//! 0600 file, nowhere else) and a second apply that writes nothing, a changed size and setting as updates
//! sending only what differs, read replicas (promoted when declared primaries, never created), `--prune`,
//! export read back as "no changes", bad values refused before any request, and convergence under faults.

use std::path::Path;

use crate::common::*;
use crate::declare::{actions, apply, file, plan_json, run};
use serde_json::{Value, json};

const ORDERS: &str = r#"
[clickhouse.postgres.orders]
provider = "aws"
region = "us-east-1"
size = "r8gd.large"
version = 17
ha_type = "async"
tags = ["env=prod", "team"]
password_file = "orders.pw"

[clickhouse.postgres.orders.settings]
max_connections = "200"
work_mem = "16MB"
WAL_COMPRESSION = "LZ4"

[clickhouse.postgres.orders.pgbouncer_settings]
default_pool_size = 30
"#;

fn org(emu: &Emu) -> String {
    emu.server.clickhouse_org_id()
}

fn postgres_path(emu: &Emu) -> String {
    format!("/v1/organizations/{}/postgres", org(emu))
}

/// The Postgres services the emulator holds, as its state shows them.
fn stored(emu: &Emu) -> Vec<Value> {
    emu.server.state()["collections"][postgres_path(emu).as_str()]
        .as_array()
        .cloned()
        .unwrap_or_default()
}

fn stored_one(emu: &Emu, name: &str) -> Value {
    let all: Vec<Value> = stored(emu)
        .into_iter()
        .filter(|s| s["name"] == name)
        .collect();
    assert_eq!(all.len(), 1, "one Postgres service {name}: {all:?}");
    all[0].clone()
}

/// A service's settings as the API holds them, read with `dbcloud api` (not the commands under test).
fn config(emu: &Emu, name: &str) -> Value {
    let path = format!(
        "{}/{}/config",
        postgres_path(emu),
        stored_one(emu, name)["id"].as_str().unwrap()
    );
    let v = emu.json(&["api", "ch", "GET", &path]);
    v.get("result").cloned().unwrap_or(v)
}

/// The names of the Postgres services the API lists (read apart from the commands under test).
fn live(emu: &Emu) -> Vec<String> {
    let mut names: Vec<String> = emu
        .json(&["ch", "postgres", "list"])
        .as_array()
        .unwrap()
        .iter()
        .filter(|s| s["state"] != "deleting")
        .map(|s| s["name"].as_str().unwrap().to_string())
        .collect();
    names.sort();
    names
}

/// Every request that could have changed something: (method, path, body).
fn writes(emu: &Emu) -> Vec<(String, String, Value)> {
    emu.requests("/")
        .into_iter()
        .filter(|r| r.method != "GET")
        .map(|r| (r.method, r.path, r.body.unwrap_or(Value::Null)))
        .collect()
}

fn plan_code(emu: &Emu, path: &Path) -> i32 {
    let out = run(
        emu,
        &["plan", "-f", path.to_str().unwrap(), "--detailed-exitcode"],
    );
    out.status.code().unwrap()
}

#[test]
fn a_postgres_service_is_planned_created_and_a_second_apply_writes_nothing() {
    let emu = Emu::start();
    let path = file(&emu, "db.toml", ORDERS);

    // The plan: every field the file gives, typed as the API takes it; nothing sent.
    let plan = plan_json(&emu, &path, &[]);
    assert_eq!(
        plan["changes"],
        json!([{"action": "create", "provider": "clickhouse", "kind": "postgres", "name": "orders",
            "parent": null, "profile": "default", "fields": {
                "provider": {"from": null, "to": "aws"},
                "region": {"from": null, "to": "us-east-1"},
                "size": {"from": null, "to": "r8gd.large"},
                "version": {"from": null, "to": "17"},
                "ha_type": {"from": null, "to": "async"},
                "tags": {"from": null, "to": ["env=prod", "team"]},
                "settings": {"from": null, "to": {"max_connections": 200, "wal_compression": "lz4",
                    "work_mem": "16MB"}},
                "pgbouncer_settings": {"from": null, "to": {"default_pool_size": "30"}}}}])
    );
    let out = run(&emu, &["plan", "-f", path.to_str().unwrap()]);
    assert_code(&out, 0);
    let text = stdout_of(&out);
    assert!(
        text.starts_with(
            "+ clickhouse Postgres service orders (profile default)\n    provider: \"aws\"\n"
        ),
        "{text}"
    );
    assert!(
        text.ends_with("Plan: 1 to create, 0 to update, 0 to delete.\n"),
        "{text}"
    );
    assert!(writes(&emu).is_empty(), "{:?}", writes(&emu));

    // Apply: one POST with everything; the password goes to the new file only (not even to -v's log).
    let out = run(
        &emu,
        &[
            "apply",
            "-f",
            path.to_str().unwrap(),
            "--yes",
            "--wait",
            "-v",
        ],
    );
    assert_code(&out, 0);
    assert_eq!(
        stdout_of(&out),
        "Apply complete: 1 created, 0 updated, 0 deleted.\n"
    );
    let err = stderr_of(&out);
    assert!(
        err.contains("Postgres service orders (profile default): created; password written to"),
        "{err}"
    );
    let sent = writes(&emu);
    assert_eq!(sent.len(), 1, "{sent:?}");
    assert_eq!(
        (sent[0].0.as_str(), sent[0].1.as_str(), &sent[0].2),
        (
            "POST",
            postgres_path(&emu).as_str(),
            &json!({"name": "orders", "provider": "aws", "region": "us-east-1", "size": "r8gd.large",
                "postgresVersion": "17", "haType": "async",
                "tags": [{"key": "env", "value": "prod"}, {"key": "team"}],
                "pgConfig": {"max_connections": 200, "wal_compression": "lz4", "work_mem": "16MB"},
                "pgBouncerConfig": {"default_pool_size": "30"}})
        )
    );
    let pw_path = emu.env.dir.path().join("orders.pw");
    let password = std::fs::read_to_string(&pw_path).unwrap();
    let password = password.trim_end();
    assert!(password.len() >= 12, "{password}");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&pw_path).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600);
    }
    assert!(!err.contains(password) && !stdout_of(&out).contains(password));
    let service = stored_one(&emu, "orders");
    assert_eq!(service["size"], "r8gd.large");
    let settings = config(&emu, "orders");
    assert_eq!(settings["pgConfig"]["work_mem"], "16MB");
    assert_eq!(settings["pgBouncerConfig"]["default_pool_size"], "30");

    // The same file again: only reads, "No changes."; the password file is left as it is.
    emu.server.clear_requests();
    let out = run(&emu, &["apply", "-f", path.to_str().unwrap(), "--yes"]);
    assert_code(&out, 0);
    assert_eq!(stdout_of(&out), "No changes.\n");
    assert!(writes(&emu).is_empty(), "{:?}", writes(&emu));
    assert!(
        emu.requests(&format!(
            "{}/{}/config",
            postgres_path(&emu),
            service["id"].as_str().unwrap()
        ))
        .iter()
        .all(|r| r.method == "GET"),
        "the settings are read, never written"
    );
    assert_eq!(
        std::fs::read_to_string(&pw_path).unwrap().trim_end(),
        password
    );

    // A new service whose password_file exists: refused before anything is sent, the file untouched.
    let other = file(
        &emu,
        "other.toml",
        "[clickhouse.postgres.billing]\nprovider = \"aws\"\nregion = \"us-east-1\"\nsize = \"r8gd.medium\"\npassword_file = \"orders.pw\"\n",
    );
    emu.server.clear_requests();
    let out = run(&emu, &["apply", "-f", other.to_str().unwrap(), "--yes"]);
    assert_code(&out, 2);
    assert!(
        stderr_of(&out).contains("the file exists; it is never overwritten"),
        "{}",
        stderr_of(&out)
    );
    assert!(writes(&emu).is_empty(), "{:?}", writes(&emu));
    assert_eq!(
        std::fs::read_to_string(&pw_path).unwrap().trim_end(),
        password
    );
    assert_eq!(live(&emu), ["orders"]);
}

#[test]
fn a_changed_size_and_setting_are_updates_that_send_only_what_differs() {
    // Transitions long enough for the update to find the service still being created.
    let emu = Emu::with(dbcloud_emulator::Config {
        transition: std::time::Duration::from_secs(3),
        rate_limits: false,
        quiet: true,
        ..dbcloud_emulator::Config::default()
    });
    // Created without waiting: the resize right after waits until the service runs (the API resizes only a
    // running service; the settings change at once).
    apply(&emu, &file(&emu, "db.toml", ORDERS), &[]);
    let id = stored_one(&emu, "orders")["id"]
        .as_str()
        .unwrap()
        .to_string();
    let changed = ORDERS
        .replace("r8gd.large", "r8gd.xlarge")
        .replace("\"16MB\"", "\"32MB\"")
        .replace(
            "default_pool_size = 30",
            "default_pool_size = 30\npool_mode = \"session\"",
        );
    let path = file(&emu, "db.toml", &changed);
    let plan = plan_json(&emu, &path, &[]);
    assert_eq!(actions(&plan), ["update clickhouse postgres orders"]);
    assert_eq!(
        plan["changes"][0]["fields"],
        json!({"size": {"from": "r8gd.large", "to": "r8gd.xlarge"},
               "settings": {"from": {"work_mem": "16MB"}, "to": {"work_mem": "32MB"}},
               "pgbouncer_settings": {"from": {"pool_mode": "transaction"}, "to": {"pool_mode": "session"}}})
    );

    assert_eq!(stored_one(&emu, "orders")["state"], "creating");
    emu.server.clear_requests();
    let out = run(&emu, &["apply", "-f", path.to_str().unwrap(), "--yes"]);
    assert_code(&out, 0);
    assert_eq!(
        stdout_of(&out),
        "Apply complete: 0 created, 1 updated, 0 deleted.\n"
    );
    assert!(
        stderr_of(&out)
            .contains("Postgres service orders (profile default): waiting for running: creating"),
        "{}",
        stderr_of(&out)
    );
    let base = format!("{}/{id}", postgres_path(&emu));
    assert_eq!(
        writes(&emu),
        [
            (
                "PATCH".to_string(),
                format!("{base}/config"),
                json!({"pgConfig": {"work_mem": "32MB"}, "pgBouncerConfig": {"pool_mode": "session"}})
            ),
            ("PATCH".to_string(), base, json!({"size": "r8gd.xlarge"})),
        ]
    );
    let service = stored_one(&emu, "orders");
    assert_eq!(service["size"], "r8gd.xlarge");
    let settings = config(&emu, "orders");
    let pg = &settings["pgConfig"];
    assert_eq!(
        (
            &pg["work_mem"],
            &pg["max_connections"],
            &pg["wal_compression"]
        ),
        (&json!("32MB"), &json!(200), &json!("lz4")),
        "the setting changed, the others kept: {pg}"
    );
    assert_eq!(plan_code(&emu, &path), 0);

    // A setting the file stops naming keeps its value: nothing to do.
    let fewer = changed.replace("max_connections = \"200\"\n", "");
    assert_eq!(plan_code(&emu, &file(&emu, "db.toml", &fewer)), 0);
    // The major version is chosen at creation: another one is refused in the plan, with the reason.
    let path = file(
        &emu,
        "db.toml",
        &changed.replace("version = 17", "version = \"18\""),
    );
    let out = run(&emu, &["plan", "-f", path.to_str().unwrap()]);
    assert_code(&out, 2);
    assert!(
        stderr_of(&out).contains("version cannot change from \"17\" to \"18\" in place: the Postgres major version is chosen at creation"),
        "{}",
        stderr_of(&out)
    );
    // Not "No changes.": the file asks for one, which cannot be made.
    assert_eq!(
        stdout_of(&out),
        "Plan: 0 to create, 0 to update, 0 to delete.\n"
    );
}

#[test]
fn a_read_replica_declared_a_primary_is_promoted_and_none_is_created() {
    let emu = Emu::start();
    apply(&emu, &file(&emu, "db.toml", ORDERS), &["--wait"]);
    let out = emu.run(&[
        "ch",
        "postgres",
        "read-replica",
        "create",
        "orders",
        "--name",
        "orders-ro",
        "--wait",
    ]);
    assert_code(&out, 0);

    // Export says which is a read replica; a new account could not create one from the file.
    let out = emu.run(&["export", "--provider", "clickhouse"]);
    assert_code(&out, 0);
    let exported = stdout_of(&out);
    assert!(
        exported.contains("[clickhouse.postgres.orders-ro]\nprovider = \"aws\"\n"),
        "{exported}"
    );
    assert!(exported.contains("read_replica = true\n"), "{exported}");
    let path = file(&emu, "export.toml", &exported);
    assert_eq!(plan_code(&emu, &path), 0);
    emu.server.clear_requests();
    let out = run(
        &emu,
        &[
            "plan",
            "-f",
            file(
                &emu,
                "ghost.toml",
                "[clickhouse.postgres.ghost]\nprovider = \"aws\"\nregion = \"us-east-1\"\nsize = \"r8gd.large\"\nread_replica = true\n",
            )
            .to_str()
            .unwrap(),
        ],
    );
    assert_code(&out, 2);
    assert!(
        stderr_of(&out).contains("Postgres service ghost (profile default): apply does not create read replicas: create it with `dbcloud ch postgres read-replica create PRIMARY --name ghost`"),
        "{}",
        stderr_of(&out)
    );
    // A primary cannot become a replica.
    let out = run(
        &emu,
        &[
            "plan",
            "-f",
            file(
                &emu,
                "back.toml",
                "[clickhouse.postgres.orders]\nread_replica = true\n",
            )
            .to_str()
            .unwrap(),
        ],
    );
    assert_code(&out, 2);
    assert!(
        stderr_of(&out).contains("read_replica cannot change from false to true in place: a primary cannot become a read replica"),
        "{}",
        stderr_of(&out)
    );
    // A read replica takes no standbys while it stays one (the file cannot tell without the live service).
    let out = run(
        &emu,
        &[
            "apply",
            "-f",
            file(
                &emu,
                "standby.toml",
                "[clickhouse.postgres.orders-ro]\nha_type = \"sync\"\n",
            )
            .to_str()
            .unwrap(),
            "--yes",
        ],
    );
    assert_code(&out, 2);
    assert!(
        stderr_of(&out).contains("standby.toml:1: Postgres service orders-ro (profile default): ha_type: a read replica has no standbys of its own: ha_type \"sync\" is for primaries (read_replica = false promotes it)"),
        "{}",
        stderr_of(&out)
    );
    assert!(writes(&emu).is_empty(), "{:?}", writes(&emu));

    // The replica declared a primary: promoted, once.
    let path = file(
        &emu,
        "promote.toml",
        "[clickhouse.postgres.orders-ro]\nread_replica = false\n",
    );
    let plan = plan_json(&emu, &path, &[]);
    assert_eq!(
        plan["changes"][0]["fields"],
        json!({"read_replica": {"from": true, "to": false}})
    );
    apply(&emu, &path, &["--wait"]);
    let replica = stored_one(&emu, "orders-ro");
    assert_eq!(replica["isPrimary"], true);
    assert_eq!(
        writes(&emu),
        [(
            "PATCH".to_string(),
            format!(
                "{}/{}/state",
                postgres_path(&emu),
                replica["id"].as_str().unwrap()
            ),
            json!({"command": "promote"})
        )]
    );
    assert_eq!(plan_code(&emu, &path), 0);
}

#[test]
fn prune_deletes_only_the_postgres_services_the_file_does_not_list() {
    let emu = Emu::start();
    let both = format!(
        "{ORDERS}\n[clickhouse.postgres.stray]\nprovider = \"aws\"\nregion = \"us-east-1\"\nsize = \"r8gd.medium\"\n\n[clickhouse.services.web]\nprovider = \"aws\"\nregion = \"us-east-1\"\n"
    );
    apply(&emu, &file(&emu, "all.toml", &both), &[]);
    assert_eq!(live(&emu), ["orders", "stray"]);

    // The file declares the Postgres services of the profile only: its ClickHouse services are not its
    // business.
    let path = file(
        &emu,
        "db.toml",
        ORDERS
            .replace("password_file = \"orders.pw\"\n", "")
            .as_str(),
    );
    let plan = plan_json(&emu, &path, &["--prune"]);
    assert_eq!(actions(&plan), ["delete clickhouse postgres stray"]);
    let out = run(&emu, &["apply", "-f", path.to_str().unwrap(), "--prune"]);
    assert_code(&out, 2);
    assert!(
        stderr_of(&out).contains(
            "deleting Postgres service stray (profile default) without confirmation: pass --yes"
        ),
        "{}",
        stderr_of(&out)
    );

    let stray = stored_one(&emu, "stray")["id"]
        .as_str()
        .unwrap()
        .to_string();
    emu.server.clear_requests();
    let out = apply(&emu, &path, &["--prune", "--wait"]);
    assert_eq!(out, "Apply complete: 0 created, 0 updated, 1 deleted.\n");
    assert_eq!(
        writes(&emu),
        [(
            "DELETE".to_string(),
            format!("{}/{stray}", postgres_path(&emu)),
            Value::Null
        )]
    );
    assert_eq!(live(&emu), ["orders"]);
    let services = emu.json(&["ch", "service", "list"]);
    assert_eq!(services[0]["name"], "web", "{services}");
    assert_eq!(plan_code(&emu, &path), 0);
}

#[test]
fn an_export_of_postgres_services_plans_as_no_changes() {
    let emu = Emu::start();
    let created = emu.json(&[
        "ch",
        "postgres",
        "create",
        "--name",
        "orders",
        "--provider",
        "aws",
        "--region",
        "us-east-1",
        "--size",
        "m8gd.xlarge",
        "--tag",
        "env=prod",
        "--setting",
        "max_connections=400",
        "--setting",
        "pgbouncer.pool_mode=session",
        "--wait",
    ]);
    let password = created["password"]
        .as_str()
        .expect("the password, shown once");

    let out = emu.run(&["export", "--provider", "clickhouse"]);
    assert_code(&out, 0);
    let toml = stdout_of(&out);
    for expected in [
        "[clickhouse.postgres.orders]\nprovider = \"aws\"\nregion = \"us-east-1\"\nsize = \"m8gd.xlarge\"\nversion = \"18\"\nha_type = \"none\"\ntags = [\"env=prod\"]\n# password_file = \"orders.password\"",
        "\n[clickhouse.postgres.orders.settings]\nautovacuum_max_workers = 3\n",
        "\nmax_connections = 400\n",
        "\n[clickhouse.postgres.orders.pgbouncer_settings]\ndefault_pool_size = \"20\"\nmax_client_conn = \"1000\"\npool_mode = \"session\"\n",
    ] {
        assert!(toml.contains(expected), "missing «{expected}» in:\n{toml}");
    }
    assert!(!toml.contains("read_replica"), "{toml}");
    assert!(!toml.contains(password), "{toml}");
    let out = emu.run(&["export", "--provider", "clickhouse", "-o", "yaml"]);
    assert_code(&out, 0);
    let yaml = stdout_of(&out);
    assert!(
        yaml.contains("  postgres:\n    orders:\n      provider: \"aws\"\n"),
        "{yaml}"
    );

    emu.server.clear_requests();
    for (name, text) in [("export.toml", &toml), ("export.yaml", &yaml)] {
        let path = file(&emu, name, text);
        let out = run(
            &emu,
            &["plan", "-f", path.to_str().unwrap(), "--detailed-exitcode"],
        );
        assert_code(&out, 0);
        assert_eq!(stdout_of(&out), "No changes.\n", "{name}");
    }
    assert!(writes(&emu).is_empty(), "{:?}", writes(&emu));
}

#[test]
fn bad_postgres_values_are_refused_before_any_request() {
    let emu = Emu::start();
    let text = "[clickhouse.postgres.billing]\nprovider = \"gcp\"\nregion = \"us east\"\nsize = \"huge\"\nversion = 16\nha_type = \"triple\"\ntags = [\"ok\", \"bad tag\"]\ncolour = 1\n\n[clickhouse.postgres.billing.settings]\nshared_buffers = \"1GB\"\nwal_compression = \"gzip\"\nwork_mem = true\n\n[clickhouse.postgres.billing.pgbouncer_settings]\n\"pool mode\" = \"session\"\n\n[clickhouse.postgres.replica]\nread_replica = true\nha_type = \"sync\"\n";
    let path = file(&emu, "db.toml", text);
    for command in ["plan", "apply"] {
        let out = run(&emu, &[command, "-f", path.to_str().unwrap(), "--yes"]);
        assert_code(&out, 2);
        let err = stderr_of(&out);
        for expected in [
            "error: 12 problems in ",
            "db.toml:2: clickhouse.postgres.billing.provider: 'gcp' is not allowed; allowed: aws\n",
            "db.toml:3: clickhouse.postgres.billing.region: 'us east' is not an ID",
            "db.toml:4: clickhouse.postgres.billing.size: 'huge' is not allowed; allowed: c6gd.large,",
            "db.toml:5: clickhouse.postgres.billing.version: '16' is not allowed; allowed: 18, 17\n",
            "db.toml:6: clickhouse.postgres.billing.ha_type: 'triple' is not allowed; allowed: none, async, sync\n",
            "db.toml:7: clickhouse.postgres.billing.tags[1]: tag key 'bad tag' is not allowed",
            "db.toml:8: clickhouse.postgres.billing.colour: unknown key",
            "db.toml:11: clickhouse.postgres.billing.settings.shared_buffers: 'shared_buffers' is not a Postgres setting the API takes",
            "db.toml:12: clickhouse.postgres.billing.settings.wal_compression: 'gzip' is not allowed; allowed: off, on, lz4, zstd\n",
            "db.toml:13: clickhouse.postgres.billing.settings.work_mem: expected a string or a number, found true/false (true)\n",
            "db.toml:16: clickhouse.postgres.billing.pgbouncer_settings.\"pool mode\": 'pool mode' is not a PgBouncer setting name\n",
            "db.toml:20: clickhouse.postgres.replica.ha_type: a read replica has no standbys of its own: ha_type \"sync\" is for primaries\n",
        ] {
            assert!(
                err.contains(expected),
                "{command}: missing «{expected}» in:\n{err}"
            );
        }
    }
    assert!(
        emu.requests("/").is_empty(),
        "nothing sent, not even a read: {:?}",
        emu.requests("/")
    );
}

#[test]
fn apply_converges_under_faults_without_creating_a_postgres_service_twice() {
    let emu = Emu::start();
    let path = file(
        &emu,
        "db.toml",
        &ORDERS.replace("password_file = \"orders.pw\"\n", ""),
    );
    emu.server.set_faults(dbcloud_emulator::Faults {
        fail_rate: 0.3,
        ..dbcloud_emulator::Faults::default()
    });
    let mut runs = Vec::new();
    for _ in 0..3 {
        let out = run(&emu, &["apply", "-f", path.to_str().unwrap(), "--yes"]);
        runs.push(out.status.code());
        if out.status.success() {
            break;
        }
        assert_code(&out, 1);
    }
    emu.server.set_faults(dbcloud_emulator::Faults::default());
    assert_eq!(runs.last(), Some(&Some(0)), "three runs at most: {runs:?}");
    assert_eq!(plan_code(&emu, &path), 0);
    stored_one(&emu, "orders");
    assert_eq!(config(&emu, "orders")["pgConfig"]["max_connections"], 200);
}
