//! `dbcloud crdb ...` end to end against the emulator, for what a cluster holds and offers: databases, SQL
//! users (passwords from stdin or a prompt only), the allowlist, connection strings, nodes, regions and
//! versions, backups, their configuration and restores.

use crate::cockroach::{CLUSTERS, collection, dedicated, id_of, names, ok, serverless, writes};
use crate::common::*;
use serde_json::{Value, json};

#[test]
fn databases_are_created_renamed_and_deleted() {
    let emu = Emu::start();
    let id = id_of(&serverless(&emu, "dbs"));
    let path = format!("{CLUSTERS}/{id}/databases");
    let created = ok(&emu.run(&["crdb", "database", "create", "shop", "-c", "dbs"]));
    assert!(
        created
            .lines()
            .any(|l| l.split_whitespace().eq(["TABLES", "0"])),
        "a new database has 0 tables: {created}"
    );
    assert!(
        names(&emu.json(&["crdb", "database", "list", "-c", "dbs"])).contains(&"shop".to_string())
    );
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
    // The current form: the CIDR in the path (PUT), the rest in the body.
    let put = writes(&emu).pop().unwrap();
    assert_eq!(
        (put.method.as_str(), put.path.as_str()),
        ("PUT", format!("{path}/198.51.100.0/24").as_str())
    );
    assert_eq!(
        put.body.unwrap(),
        json!({"name": "vpn", "sql": true, "ui": true})
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
    // The path names the entry; the body (the spec's) carries the rest, `sql` and `ui` always.
    assert_eq!(
        patch.body.unwrap(),
        json!({"name": "vpn", "sql": false, "ui": true})
    );

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
    // The spec states no rule for them: the service judges the values, and says what it offers.
    for (bad, field) in [
        (["--frequency-minutes", "61"], "frequency_minutes"),
        (["--retention-days", "31"], "retention_days"),
    ] {
        let out = emu.run(
            &[
                &["crdb", "backup", "config", "update", "-c", "safe"][..],
                &bad[..],
            ]
            .concat(),
        );
        assert_code(&out, 1);
        assert!(stderr_of(&out).contains(field), "{}", stderr_of(&out));
    }
    let out = emu.run(&[
        "crdb",
        "backup",
        "config",
        "update",
        "-c",
        "safe",
        "--retention-days",
        "many",
    ]);
    assert_code(&out, 2);
    let off = emu.json(&[
        "crdb",
        "backup",
        "config",
        "update",
        "-c",
        "safe",
        "--enabled",
        "false",
    ]);
    assert_eq!(off["enabled"], false);
    assert_eq!(
        writes(&emu).pop().unwrap().body.unwrap(),
        json!({"enabled": false})
    );
    emu.json(&[
        "crdb",
        "backup",
        "config",
        "update",
        "-c",
        "safe",
        "--enabled",
        "true",
    ]);
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
        "--database",
        "orders",
        "--new-db-name",
        "orders_copy",
    ]);
    assert_eq!(pending["status"], "PENDING");
    assert_eq!(pending["type"], "DATABASE");
    assert_eq!(
        writes(&emu).pop().unwrap().body.unwrap(),
        json!({"type": "DATABASE", "backup_id": backup, "objects": [{"database": "orders"}],
               "restore_opts": {"new_db_name": "orders_copy"}})
    );

    let out = emu.run(&[
        "crdb",
        "restore",
        "create",
        "--backup",
        "00000000-0000-4000-8000-00000000dead",
        "-c",
        "safe",
    ]);
    assert_code(&out, 3);
    let out = emu.run(&[
        "crdb", "restore", "create", "-c", "safe", "--table", "orders",
    ]);
    assert_code(&out, 2);
    assert!(
        stderr_of(&out).contains("DATABASE.TABLE"),
        "{}",
        stderr_of(&out)
    );
    let out = emu.run(&["crdb", "restore", "get", "nope", "-c", "safe"]);
    assert_code(&out, 3);
}

#[test]
fn a_missing_default_cluster_is_named_as_the_profiles_default() {
    let emu = Emu::start();
    let out = emu.run(&["profile", "set", "cockroach.cluster", "ghost"]);
    assert_code(&out, 0);
    let out = emu.run(&["crdb", "database", "list"]);
    assert_code(&out, 3);
    let err = stderr_of(&out);
    assert!(
        err.contains("'ghost'") && err.contains("the default cluster, from profile"),
        "{err}"
    );
    // Named with -c, the same miss is only about the flag.
    let out = emu.run(&["crdb", "database", "list", "-c", "ghost"]);
    assert_code(&out, 3);
    assert!(
        !stderr_of(&out).contains("default cluster"),
        "{}",
        stderr_of(&out)
    );
}
