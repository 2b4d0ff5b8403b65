//! `dbcloud plan/apply/export` end to end, continued: `--prune` deleting only what it should, export read
//! back as "no changes" (TOML and YAML), convergence under the emulator's faults without duplicates, a
//! failure failing only what depends on it, several profiles in one file, `--wait`, and `apply -o json`.

use std::time::Duration;

use crate::cockroach::names;
use crate::common::*;
use crate::declare::{APP_PASSWORD, FILE, actions, apply, file, plan_json, run, under};
use serde_json::{Value, json};

/// The names of the clusters the API lists (deleted ones are not).
fn live_clusters(emu: &Emu) -> Vec<String> {
    names(&emu.json(&["crdb", "cluster", "list"]))
}

fn live_services(emu: &Emu) -> Vec<String> {
    names(&emu.json(&["ch", "service", "list"]))
}

fn must(out: std::process::Output) {
    assert_code(&out, 0);
}

#[test]
fn prune_deletes_only_the_kinds_and_profiles_the_file_declares() {
    let emu = Emu::start();
    let other = Emu::start();
    emu.env.write_config(&format!(
        "[profiles.other.cockroach]\napi_key = \"{}\"\napi_url = \"{}\"\n",
        dbcloud_emulator::DEFAULT_COCKROACH_API_KEY,
        other.server.url()
    ));
    must(emu.run(&[
        "ch",
        "service",
        "create",
        "--name",
        "stray",
        "--provider",
        "aws",
        "--region",
        "us-east-1",
        "--wait",
    ]));
    for name in ["keep", "stray"] {
        crate::cockroach::serverless(&emu, name);
    }
    must(emu.run(&["crdb", "database", "create", "old", "-c", "keep"]));
    crate::cockroach::serverless(&other, "far");
    other.server.clear_requests();

    // The file declares the CockroachDB clusters of the default profile, and the databases of one.
    let path = file(
        &emu,
        "clusters.toml",
        "[cockroach.clusters.keep]\ndatabases = [\"shop\"]\n",
    );
    let plan = plan_json(&emu, &path, &[]);
    assert_eq!(actions(&plan), ["create cockroach database shop of keep"]);
    let plan = plan_json(&emu, &path, &["--prune"]);
    assert_eq!(
        actions(&plan),
        [
            "create cockroach database shop of keep",
            "delete cockroach database old of keep",
            "delete cockroach cluster stray",
        ]
    );
    assert_eq!(plan["changes"][2]["fields"], json!({}));

    // Asked first, listing what goes.
    emu.server.clear_requests();
    let out = run(&emu, &["apply", "-f", path.to_str().unwrap(), "--prune"]);
    assert_code(&out, 2);
    let err = stderr_of(&out);
    assert!(
        err.contains("refusing to apply 3 changes, deleting database old of cluster keep (profile default), cluster stray (profile default) without confirmation: pass --yes"),
        "{err}"
    );
    assert!(crate::clickhouse::writes(&emu).is_empty());

    apply(&emu, &path, &["--prune"]);
    assert_eq!(live_clusters(&emu), ["keep"]);
    assert_eq!(
        names(&json!(under(&emu, "keep", "databases"))),
        ["defaultdb", "postgres", "shop"],
        "the databases every cluster has are never pruned"
    );
    assert_eq!(
        live_services(&emu),
        ["stray"],
        "a kind the file does not declare"
    );
    assert_eq!(
        live_clusters(&other),
        ["far"],
        "a profile the file does not declare"
    );
    assert!(other.requests("/").iter().all(|r| r.method == "GET"));

    // Now the services: the running one is stopped, then deleted; the clusters are left alone.
    let path = file(
        &emu,
        "services.toml",
        "[clickhouse.services.web]\nprovider = \"aws\"\nregion = \"us-east-1\"\n",
    );
    emu.server.clear_requests();
    let out = apply(&emu, &path, &["--prune", "--wait"]);
    assert_eq!(out, "Apply complete: 1 created, 0 updated, 1 deleted.\n");
    let writes = crate::clickhouse::writes(&emu);
    let stop = writes
        .iter()
        .position(|w| w.ends_with("/state"))
        .expect("stopped first");
    let delete = writes
        .iter()
        .position(|w| w.starts_with("DELETE"))
        .expect("deleted");
    assert!(stop < delete, "{writes:?}");
    assert_eq!(live_services(&emu), ["web"]);
    assert_eq!(live_clusters(&emu), ["keep"]);
}

/// More of what a file can say, to read back from an export.
const RICH: &str = r#"
[clickhouse.services.etl]
provider = "gcp"
region = "us-east1"
autoscaling_mode = "horizontal"
min_replicas = 2
max_replicas = 4
min_replica_memory_gb = 32
max_replica_memory_gb = 32
release_channel = "fast"
tags = ["team=data", "env"]
endpoints = ["mysql"]
core_dumps = false
state = "stopped"

[cockroach.clusters.web]
provider = "gcp"
plan = "standard"
regions = ["us-east1", "europe-west1"]
primary_region = "europe-west1"
provisioned_vcpus = 4
labels = { env = "prod" }
delete_protection = true
folder = "/team"
allowlist = [{ cidr = "198.51.100.7/32", name = "ci", ui = true }, "192.0.2.0/24"]
"#;

#[test]
fn an_export_plans_as_no_changes() {
    let emu = Emu::start();
    must(emu.run(&["crdb", "folder", "create", "team"]));
    let path = file(&emu, "db.toml", &format!("{FILE}{RICH}"));
    apply(&emu, &path, &["--wait"]);

    let out = run(&emu, &["export"]);
    assert_code(&out, 0);
    let toml = stdout_of(&out);
    assert!(
        toml.starts_with("# The live state of profile 'default'"),
        "{toml}"
    );
    for expected in [
        "[clickhouse.services.web]\nprovider = \"aws\"\nregion = \"us-east-1\"\n",
        "# password_file = \"web.password\"   # where the password of a new service is written",
        "state = \"stopped\"",
        "[cockroach.clusters.analytics]\n",
        "regions = { us-east1 = 3 }",
        "databases = [\"audit\", \"shop\"]",
        "maintenance_window = { day = \"saturday\", start_hour = 3, duration = \"6h\" }",
        "[cockroach.clusters.analytics.sql_users.app]\n# password_env = \"APP_PASSWORD\"",
        "allowlist = [\"192.0.2.0/24\", { cidr = \"198.51.100.7/32\", name = \"ci\", sql = true, ui = true }]",
        "folder = \"/team\"",
        "regions = [\"us-east1\", \"europe-west1\"]",
    ] {
        assert!(toml.contains(expected), "missing «{expected}» in:\n{toml}");
    }
    assert!(
        !toml.contains("defaultdb") && !toml.contains(APP_PASSWORD),
        "{toml}"
    );
    let password = std::fs::read_to_string(emu.env.dir.path().join("web.pw")).unwrap();
    assert!(!toml.contains(password.trim()));

    for (name, text) in [
        ("exported.toml", toml.clone()),
        ("exported.yaml", {
            let out = run(&emu, &["export", "-o", "yaml"]);
            assert_code(&out, 0);
            stdout_of(&out)
        }),
    ] {
        let path = file(&emu, name, &text);
        emu.server.clear_requests();
        // No password variable is needed: the users exist.
        let out = emu
            .cmd()
            .args([
                "plan",
                "-f",
                path.to_str().unwrap(),
                "--detailed-exitcode",
                "--prune",
            ])
            .output()
            .unwrap();
        assert_code(&out, 0);
        assert_eq!(stdout_of(&out), "No changes.\n", "{name}:\n{text}");
        assert!(emu.requests("/").iter().all(|r| r.method == "GET"));
    }

    let out = run(&emu, &["export", "--provider", "cockroach", "--json"]);
    assert_code(&out, 0);
    let doc: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(doc["profile"], "default");
    assert!(doc.get("clickhouse").is_none());
    assert_eq!(doc["cockroach"]["clusters"]["events"]["plan"], "BASIC");
    let out = run(&emu, &["ch", "service", "list", "-o", "toml"]);
    assert_code(&out, 2);
    assert!(stderr_of(&out).contains("-o toml applies to `dbcloud export` only"));
}

#[test]
fn apply_converges_under_faults_without_creating_anything_twice() {
    let emu = Emu::start();
    let path = file(&emu, "db.toml", FILE);
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
        // A run that did not finish says what did not happen (or that the state could not be read).
        assert_code(&out, 1);
    }
    emu.server.set_faults(dbcloud_emulator::Faults::default());
    assert_eq!(runs.last(), Some(&Some(0)), "three runs at most: {runs:?}");
    let out = run(
        &emu,
        &["plan", "-f", path.to_str().unwrap(), "--detailed-exitcode"],
    );
    assert_code(&out, 0);
    assert_eq!(live_services(&emu), ["web"]);
    let mut clusters = live_clusters(&emu);
    clusters.sort();
    assert_eq!(clusters, ["analytics", "events"]);
    let mut databases = names(&json!(under(&emu, "analytics", "databases")));
    databases.sort();
    assert_eq!(databases, ["audit", "defaultdb", "postgres", "shop"]);
    assert_eq!(
        names(&json!(under(&emu, "analytics", "sql-users"))),
        ["app"]
    );
    assert_eq!(under(&emu, "analytics", "networking/allowlist").len(), 1);
}

#[test]
fn a_failure_fails_only_what_depends_on_it_and_the_next_run_says_so() {
    let emu = Emu::start();
    apply(
        &emu,
        &file(
            &emu,
            "one.toml",
            "[clickhouse.services.web]\nprovider = \"aws\"\nregion = \"us-east-1\"\n",
        ),
        &["--wait"],
    );
    // The cluster's creation ends CREATION_FAILED; the service's scaling is no transition.
    emu.server.set_faults(dbcloud_emulator::Faults {
        failed_transitions: 1,
        ..dbcloud_emulator::Faults::default()
    });
    let text = "[clickhouse.services.web]\nprovider = \"aws\"\nregion = \"us-east-1\"\nnum_replicas = 2\n\n[cockroach.clusters.analytics]\nprovider = \"gcp\"\nregions = [\"us-east1\"]\ndatabases = [\"shop\"]\n";
    let path = file(&emu, "two.toml", text);
    let out = run(&emu, &["apply", "-f", path.to_str().unwrap(), "--yes"]);
    assert_code(&out, 1);
    let err = stderr_of(&out);
    assert!(
        err.contains("service web (profile default): updated"),
        "{err}"
    );
    assert!(
        err.contains("error: Apply incomplete: 0 created, 1 updated, 0 deleted; 2 change(s) did not happen (run apply again to finish):"),
        "{err}"
    );
    assert!(
        err.contains("create cluster analytics (profile default): failed: stopped waiting for the cluster to be CREATED and unlocked: the server reports it as 'CREATION_FAILED'"),
        "{err}"
    );
    assert!(
        err.contains("create database shop of cluster analytics (profile default): not tried: cluster analytics is not ready"),
        "{err}"
    );
    assert_eq!(
        crate::clickhouse::collection(&emu, "services")[0]["numReplicas"],
        2
    );
}

#[test]
fn one_file_declares_both_clouds_in_several_profiles() {
    let emu = Emu::start();
    let other = Emu::start();
    emu.env.write_config(&format!(
        "[profiles.other.clickhouse]\nkey_id = \"{}\"\nkey_secret = \"{}\"\napi_url = \"{url}\"\n\n[profiles.other.cockroach]\napi_key = \"{}\"\napi_url = \"{url}\"\n",
        dbcloud_emulator::DEFAULT_CLICKHOUSE_KEY_ID,
        dbcloud_emulator::DEFAULT_CLICKHOUSE_KEY_SECRET,
        dbcloud_emulator::DEFAULT_COCKROACH_API_KEY,
        url = other.server.url()
    ));
    let text = "[clickhouse.services.web]\nprovider = \"aws\"\nregion = \"us-east-1\"\n\n[cockroach.clusters.events]\nprofile = \"other\"\nprovider = \"aws\"\nregions = [\"us-east-1\"]\n";
    let path = file(&emu, "db.toml", text);
    let plan = plan_json(&emu, &path, &[]);
    let profiles: Vec<&str> = plan["changes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["profile"].as_str().unwrap())
        .collect();
    assert_eq!(profiles, ["default", "other"]);
    apply(&emu, &path, &[]);
    assert_eq!(live_services(&emu), ["web"]);
    assert!(live_clusters(&emu).is_empty());
    assert_eq!(live_clusters(&other), ["events"]);
    assert!(
        other.requests("/v1/").is_empty(),
        "the other profile's ClickHouse is not declared, so not read"
    );

    // A profile with no credentials: exit 4 naming it, before any request.
    emu.server.clear_requests();
    let path = file(
        &emu,
        "nowhere.toml",
        "profile = \"nowhere\"\n[cockroach.clusters.x]\nprovider = \"aws\"\n",
    );
    let out = run(&emu, &["plan", "-f", path.to_str().unwrap()]);
    assert_code(&out, 4);
    assert!(
        stderr_of(&out).contains("no CockroachDB Cloud credentials for profile 'nowhere'"),
        "{}",
        stderr_of(&out)
    );
    assert!(emu.requests("/").is_empty());
}

#[test]
fn apply_wait_waits_for_everything_to_settle_and_json_reports_each_change() {
    let emu = Emu::with(dbcloud_emulator::Config {
        transition: Duration::from_millis(1500),
        rate_limits: false,
        quiet: true,
        ..dbcloud_emulator::Config::default()
    });
    let quick = file(
        &emu,
        "quick.toml",
        "[clickhouse.services.a]\nprovider = \"aws\"\nregion = \"us-east-1\"\n",
    );
    apply(&emu, &quick, &[]);
    assert_eq!(
        emu.json(&["ch", "service", "get", "a"])["state"],
        "provisioning"
    );
    let waited = file(
        &emu,
        "waited.toml",
        "[clickhouse.services.b]\nprovider = \"aws\"\nregion = \"us-east-1\"\n\n[cockroach.clusters.c]\nprovider = \"aws\"\nregions = [\"us-east-1\"]\n",
    );
    let out = run(
        &emu,
        &[
            "apply",
            "-f",
            waited.to_str().unwrap(),
            "--yes",
            "--wait",
            "--json",
        ],
    );
    assert_code(&out, 0);
    assert_eq!(emu.json(&["ch", "service", "get", "b"])["state"], "running");
    assert_eq!(
        emu.json(&["crdb", "cluster", "get", "c"])["state"],
        "CREATED"
    );
    let result: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(
        result["summary"],
        json!({"create": 2, "update": 0, "delete": 0, "not_done": 0})
    );
    let first = &result["changes"][0];
    assert_eq!(
        (
            &first["action"],
            &first["kind"],
            &first["name"],
            &first["result"],
            &first["error"]
        ),
        (
            &json!("create"),
            &json!("service"),
            &json!("b"),
            &json!("done"),
            &Value::Null
        )
    );
}
