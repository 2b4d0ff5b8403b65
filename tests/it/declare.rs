//! `dbcloud plan` and `apply` end to end against the emulator: the plan of an empty account (text, JSON,
//! `--detailed-exitcode`), apply creating everything and a second apply sending no write, changed fields as
//! updates in dependency order, changes the API cannot make refused, bad files refused before any request,
//! and secrets that go only to the API. Prune, export, faults and profiles: declare_more.rs.

use std::path::{Path, PathBuf};

use crate::clickhouse::writes;
use crate::cockroach::{CLUSTERS, collection, names};
use crate::common::*;
use serde_json::{Value, json};

pub(crate) const APP_PASSWORD: &str = "app-Secret-0123456789";

/// Both clouds: a service, a dedicated cluster with everything a cluster can hold, a serverless cluster.
pub(crate) const FILE: &str = r#"
[clickhouse.services.web]
provider = "aws"
region = "us-east-1"
min_replica_memory_gb = 16
max_replica_memory_gb = 64
num_replicas = 2
idle_scaling = true
idle_timeout_minutes = 15
ip_access = ["203.0.113.0/24=office", "198.51.100.7/32=ci"]
state = "running"
password_file = "web.pw"

[cockroach.clusters.analytics]
provider = "gcp"
plan = "dedicated"
regions = { us-east1 = 3 }
vcpus = 4
storage_gib = 15
databases = ["shop", "audit"]
allowlist = ["203.0.113.0/24=office"]
maintenance_window = { day = "saturday", start_hour = 3 }

[cockroach.clusters.analytics.sql_users.app]
password_env = "APP_PASSWORD"

[cockroach.clusters.events]
provider = "aws"
plan = "serverless"
regions = ["us-east-1"]
"#;

/// Writes a declaration file next to the test's home and returns its path.
pub(crate) fn file(emu: &Emu, name: &str, text: &str) -> PathBuf {
    let path = emu.env.dir.path().join(name);
    std::fs::write(&path, text).unwrap();
    path
}

/// Runs dbcloud with the SQL user's password in the environment.
pub(crate) fn run(emu: &Emu, args: &[&str]) -> std::process::Output {
    emu.cmd()
        .env("APP_PASSWORD", APP_PASSWORD)
        .args(args)
        .output()
        .expect("dbcloud runs")
}

/// `plan -f FILE --json`, asserting success.
pub(crate) fn plan_json(emu: &Emu, path: &Path, extra: &[&str]) -> Value {
    let mut args = vec!["plan", "-f", path.to_str().unwrap(), "--json"];
    args.extend_from_slice(extra);
    let out = run(emu, &args);
    assert_code(&out, 0);
    serde_json::from_slice(&out.stdout).expect("JSON")
}

/// `apply -f FILE --yes ...`, asserting success; returns stdout.
pub(crate) fn apply(emu: &Emu, path: &Path, extra: &[&str]) -> String {
    let mut args = vec!["apply", "-f", path.to_str().unwrap(), "--yes"];
    args.extend_from_slice(extra);
    let out = run(emu, &args);
    assert_code(&out, 0);
    stdout_of(&out)
}

/// (action, provider, kind, name, parent) of each change of a JSON plan.
pub(crate) fn actions(plan: &Value) -> Vec<String> {
    plan["changes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| {
            format!(
                "{} {} {} {}{}",
                c["action"].as_str().unwrap(),
                c["provider"].as_str().unwrap(),
                c["kind"].as_str().unwrap(),
                c["name"].as_str().unwrap(),
                c["parent"]
                    .as_str()
                    .map(|p| format!(" of {p}"))
                    .unwrap_or_default()
            )
        })
        .collect()
}

pub(crate) fn cluster_id(emu: &Emu, name: &str) -> String {
    collection(emu, CLUSTERS)
        .iter()
        .find(|c| c["name"] == name)
        .and_then(|c| c["id"].as_str())
        .unwrap_or_else(|| panic!("no cluster {name}"))
        .to_string()
}

pub(crate) fn under(emu: &Emu, cluster: &str, what: &str) -> Vec<Value> {
    collection(
        emu,
        &format!("{CLUSTERS}/{}/{what}", cluster_id(emu, cluster)),
    )
}

#[test]
fn the_plan_of_an_empty_account_creates_everything_and_sends_no_write() {
    let emu = Emu::start();
    let path = file(&emu, "db.toml", FILE);
    let plan = plan_json(&emu, &path, &[]);
    assert_eq!(
        actions(&plan),
        [
            "create clickhouse service web",
            "create cockroach cluster analytics",
            "create cockroach database shop of analytics",
            "create cockroach database audit of analytics",
            "create cockroach sql_user app of analytics",
            "create cockroach allowlist 203.0.113.0/24 of analytics",
            "create cockroach maintenance_window analytics of analytics",
            "create cockroach cluster events",
        ]
    );
    assert_eq!(
        plan["summary"],
        json!({"create": 8, "update": 0, "delete": 0})
    );
    // The shape of a change, exactly: the fields the file gives, from nothing; never a password.
    assert_eq!(
        plan["changes"][0],
        json!({"action": "create", "provider": "clickhouse", "kind": "service", "name": "web",
            "parent": null, "profile": "default", "fields": {
                "provider": {"from": null, "to": "aws"},
                "region": {"from": null, "to": "us-east-1"},
                "min_replica_memory_gb": {"from": null, "to": 16},
                "max_replica_memory_gb": {"from": null, "to": 64},
                "num_replicas": {"from": null, "to": 2},
                "idle_scaling": {"from": null, "to": true},
                "idle_timeout_minutes": {"from": null, "to": 15},
                "ip_access": {"from": null, "to": ["198.51.100.7/32=ci", "203.0.113.0/24=office"]},
                "state": {"from": null, "to": "running"}}})
    );
    assert_eq!(
        plan["changes"][2],
        json!({"action": "create", "provider": "cockroach", "kind": "database", "name": "shop",
            "parent": "analytics", "profile": "default", "fields": {}})
    );
    assert_eq!(plan["changes"][4]["fields"], json!({}));
    assert_eq!(
        plan["changes"][6]["fields"],
        json!({"day": {"from": null, "to": "saturday"}, "start_hour": {"from": null, "to": 3}})
    );

    // Plain lines off a terminal, and the summary.
    let out = run(&emu, &["plan", "-f", path.to_str().unwrap()]);
    assert_code(&out, 0);
    let text = stdout_of(&out);
    assert!(
        text.starts_with("+ clickhouse service web (profile default)\n    provider: \"aws\"\n"),
        "{text}"
    );
    assert!(
        text.contains("+ cockroach database shop of cluster analytics (profile default)\n"),
        "{text}"
    );
    assert!(text.contains("    regions: {\"us-east1\": 3}\n"), "{text}");
    assert!(
        text.ends_with("Plan: 8 to create, 0 to update, 0 to delete.\n"),
        "{text}"
    );
    assert!(!text.contains(APP_PASSWORD));

    let out = run(
        &emu,
        &["plan", "-f", path.to_str().unwrap(), "--detailed-exitcode"],
    );
    assert_code(&out, 10);
    assert_eq!(stderr_of(&out), "", "exit 10 is not an error");
    assert!(
        writes(&emu).is_empty(),
        "plan only reads: {:?}",
        writes(&emu)
    );
    assert!(collection(&emu, CLUSTERS).is_empty());
}

#[test]
fn the_plan_is_a_tree_on_a_terminal() {
    let emu = Emu::start();
    let path = file(&emu, "db.toml", FILE);
    let mut cmd = emu.std_cmd();
    cmd.env("APP_PASSWORD", APP_PASSWORD)
        .args(["plan", "-f", path.to_str().unwrap()]);
    let text = in_pty(&cmd, Some(120));
    assert!(
        text.contains("clickhouse (profile default)\n  + service web\n      provider: \"aws\"\n"),
        "{text}"
    );
    assert!(
        text.contains("cockroach (profile default)\n  + cluster analytics\n"),
        "{text}"
    );
    assert!(
        text.contains("\n    + database shop\n    + database audit\n    + sql_user app\n"),
        "{text}"
    );
    assert!(
        text.contains("Plan: 8 to create, 0 to update, 0 to delete."),
        "{text}"
    );
}

#[test]
fn apply_creates_everything_and_a_second_apply_sends_no_write() {
    let emu = Emu::start();
    let path = file(&emu, "db.toml", FILE);

    // Without a terminal and without --yes: refused, nothing written.
    let out = run(&emu, &["apply", "-f", path.to_str().unwrap()]);
    assert_code(&out, 2);
    assert!(
        stderr_of(&out).contains("pass --yes"),
        "{}",
        stderr_of(&out)
    );
    assert!(writes(&emu).is_empty());
    assert!(
        !emu.env.dir.path().join("web.pw").exists(),
        "no password file left behind"
    );

    // -v logs every request and answer: still without a password.
    let out = run(
        &emu,
        &["apply", "-f", path.to_str().unwrap(), "--yes", "-v"],
    );
    assert_code(&out, 0);
    assert_eq!(
        stdout_of(&out),
        "Apply complete: 8 created, 0 updated, 0 deleted.\n"
    );
    let err = stderr_of(&out);
    assert!(
        err.contains("service web (profile default): created"),
        "{err}"
    );
    assert!(
        err.contains("database shop of cluster analytics (profile default): created"),
        "{err}"
    );
    assert!(!err.contains(APP_PASSWORD), "{err}");

    // What the emulator holds.
    let services = crate::clickhouse::collection(&emu, "services");
    assert_eq!(names(&json!(services)), ["web"]);
    let web = &services[0];
    assert_eq!(web["numReplicas"], 2);
    assert_eq!(web["minReplicaMemoryGb"], 16);
    assert_eq!(web["maxReplicaMemoryGb"], 64);
    assert_eq!(
        web["ipAccessList"],
        json!([{"source": "198.51.100.7/32", "description": "ci"},
               {"source": "203.0.113.0/24", "description": "office"}])
    );
    // Created at the same time: in either order.
    let mut clusters = collection(&emu, CLUSTERS);
    clusters.sort_by_key(|c| c["name"].as_str().unwrap_or_default().to_string());
    assert_eq!(names(&json!(clusters)), ["analytics", "events"]);
    assert_eq!(clusters[0]["plan"], "ADVANCED");
    assert_eq!(clusters[1]["plan"], "BASIC");
    assert_eq!(
        names(&json!(under(&emu, "analytics", "databases"))),
        ["defaultdb", "postgres", "shop", "audit"]
    );
    assert_eq!(
        names(&json!(under(&emu, "analytics", "sql-users"))),
        ["app"]
    );
    let allowlist = under(&emu, "analytics", "networking/allowlist");
    assert_eq!(allowlist.len(), 1);
    assert_eq!(
        (
            &allowlist[0]["cidr_ip"],
            &allowlist[0]["name"],
            &allowlist[0]["sql"],
            &allowlist[0]["ui"]
        ),
        (
            &json!("203.0.113.0"),
            &json!("office"),
            &json!(true),
            &json!(false)
        )
    );
    // Saturday 03:00 UTC: five days and three hours after Monday 00:00, for 6 hours.
    let window = emu
        .requests("/api/v1")
        .into_iter()
        .find(|r| r.method == "PUT" && r.path.ends_with("/maintenance-window"))
        .expect("the window was set");
    assert_eq!(
        window.body,
        Some(json!({"offset_duration": "442800s", "window_duration": "21600s"}))
    );
    // The SQL user's password went to the API, and only there.
    let user = emu
        .requests("/api/v1")
        .into_iter()
        .find(|r| r.method == "POST" && r.path.ends_with("/sql-users"))
        .unwrap();
    assert_eq!(
        user.body,
        Some(json!({"name": "app", "password": APP_PASSWORD}))
    );
    // The service's password: in its file, private, and nowhere else.
    let pw = emu.env.dir.path().join("web.pw");
    let password = std::fs::read_to_string(&pw).unwrap();
    assert!(password.trim().len() >= 12, "{password:?}");
    assert!(!err.contains(password.trim()) && !stdout_of(&out).contains(password.trim()));
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        assert_eq!(
            std::fs::metadata(&pw).unwrap().permissions().mode() & 0o777,
            0o600
        );
    }

    // The second apply: only reads, and it says so.
    emu.server.clear_requests();
    let out = run(&emu, &["apply", "-f", path.to_str().unwrap(), "--yes"]);
    assert_code(&out, 0);
    assert_eq!(stdout_of(&out), "No changes.\n");
    let sent = emu.requests("/");
    assert!(!sent.is_empty());
    assert!(
        sent.iter().all(|r| r.method == "GET"),
        "{:?}",
        sent.iter()
            .map(|r| format!("{} {}", r.method, r.path))
            .collect::<Vec<_>>()
    );
    assert_eq!(
        std::fs::read_to_string(&pw).unwrap(),
        password,
        "never overwritten"
    );
    let plan = plan_json(&emu, &path, &["--prune"]);
    assert_eq!(
        plan,
        json!({"changes": [], "summary": {"create": 0, "update": 0, "delete": 0}})
    );
}

#[test]
fn changed_fields_become_updates_in_dependency_order() {
    let emu = Emu::start();
    let path = file(&emu, "db.toml", FILE);
    apply(&emu, &path, &[]);
    let changed = FILE
        .replace("num_replicas = 2", "num_replicas = 3")
        .replace("\"198.51.100.7/32=ci\"", "\"192.0.2.0/24=vpn\"")
        .replace("state = \"running\"", "state = \"stopped\"")
        .replace("vcpus = 4", "vcpus = 8\nlabels = { team = \"data\" }")
        .replace(
            "\"203.0.113.0/24=office\"]\nmaint",
            "\"203.0.113.0/24=hq\"]\nmaint",
        )
        .replace("start_hour = 3", "start_hour = 4");
    let path = file(&emu, "changed.toml", &changed);
    let plan = plan_json(&emu, &path, &[]);
    assert_eq!(
        actions(&plan),
        [
            "update clickhouse service web",
            "update cockroach cluster analytics",
            "update cockroach allowlist 203.0.113.0/24 of analytics",
            "update cockroach maintenance_window analytics of analytics",
        ]
    );
    assert_eq!(
        plan["changes"][0]["fields"],
        json!({
            "num_replicas": {"from": 2, "to": 3},
            "ip_access": {"from": ["198.51.100.7/32=ci", "203.0.113.0/24=office"],
                          "to": ["192.0.2.0/24=vpn", "203.0.113.0/24=office"]},
            "state": {"from": "running", "to": "stopped"}})
    );
    assert_eq!(
        plan["changes"][1]["fields"],
        json!({"vcpus": {"from": 4, "to": 8}, "labels": {"from": {}, "to": {"team": "data"}}})
    );
    assert_eq!(
        plan["changes"][2]["fields"],
        json!({"name": {"from": "office", "to": "hq"}})
    );
    assert_eq!(
        plan["summary"],
        json!({"create": 0, "update": 4, "delete": 0})
    );

    emu.server.clear_requests();
    apply(&emu, &path, &["--wait"]);
    let org = crate::clickhouse::org(&emu);
    let web = crate::clickhouse::service_id(&emu, "web");
    let analytics = crate::declare::cluster_id(&emu, "analytics");
    let sent: Vec<(String, String, Option<Value>)> = emu
        .requests("/")
        .into_iter()
        .filter(|r| r.method != "GET")
        .map(|r| (r.method, r.path, r.body))
        .collect();
    let service = format!("/v1/organizations/{org}/services/{web}");
    let cluster = format!("{CLUSTERS}/{analytics}");
    // One update call per change, never a re-create; the service is scaled before it is stopped.
    assert_eq!(sent.len(), 6, "{sent:#?}");
    let expect = |method: &str, path: &str, body: Value| {
        assert!(
            sent.iter()
                .any(|(m, p, b)| m == method && p == path && b.as_ref() == Some(&body)),
            "no {method} {path} {body} in {sent:#?}"
        );
    };
    expect(
        "PATCH",
        &service,
        json!({"ipAccessList": {"add": [{"source": "192.0.2.0/24", "description": "vpn"}],
                                "remove": [{"source": "198.51.100.7/32"}]}}),
    );
    expect(
        "PATCH",
        &format!("{service}/replicaScaling"),
        json!({"numReplicas": 3}),
    );
    expect(
        "PATCH",
        &format!("{service}/state"),
        json!({"command": "stop"}),
    );
    expect(
        "PATCH",
        &cluster,
        json!({"dedicated": {"hardware": {"machine_spec": {"num_virtual_cpus": 8}}},
               "labels": {"team": "data"}}),
    );
    expect(
        "PATCH",
        &format!("{cluster}/networking/allowlist/203.0.113.0/24"),
        json!({"name": "hq", "sql": true, "ui": false}),
    );
    expect(
        "PUT",
        &format!("{cluster}/maintenance-window"),
        json!({"offset_duration": "446400s", "window_duration": "21600s"}),
    );
    let position = |suffix: &str| {
        sent.iter()
            .position(|(_, p, _)| p.ends_with(suffix))
            .unwrap()
    };
    assert!(position("/replicaScaling") < position("/state"));
    // --wait: stopped by the end.
    assert_eq!(
        crate::clickhouse::collection(&emu, "services")[0]["state"],
        "stopped"
    );
    assert_eq!(plan_json(&emu, &path, &[])["changes"], json!([]));

    // Back: the stopped service is started before it is scaled.
    emu.server.clear_requests();
    apply(&emu, &file(&emu, "db.toml", FILE), &[]);
    let order: Vec<String> = emu
        .requests("/v1/")
        .into_iter()
        .filter(|r| r.method != "GET")
        .map(|r| r.path.rsplit('/').next().unwrap().to_string())
        .collect();
    let at = |s: &str| order.iter().position(|p| p == s).unwrap();
    assert!(at("state") < at("replicaScaling"), "{order:?}");
}

#[test]
fn changes_the_api_cannot_make_in_place_are_refused_with_the_reason() {
    let emu = Emu::start();
    apply(&emu, &file(&emu, "db.toml", FILE), &[]);
    let moved = FILE
        .replace("region = \"us-east-1\"", "region = \"us-west-2\"")
        .replace(
            "plan = \"serverless\"",
            "plan = \"dedicated\"\nvcpus = 4\nstorage_gib = 15",
        )
        .replace("regions = [\"us-east-1\"]", "regions = { us-east-1 = 3 }")
        .replace("num_replicas = 2", "num_replicas = 3");
    let path = file(&emu, "moved.toml", &moved);
    emu.server.clear_requests();
    let out = run(&emu, &["plan", "-f", path.to_str().unwrap()]);
    assert_code(&out, 2);
    let err = stderr_of(&out);
    assert!(
        err.contains("moved.toml:2: service web (profile default): region cannot change from \"us-east-1\" to \"us-west-2\" in place: a service cannot move to another region"),
        "{err}"
    );
    assert!(
        err.contains("cluster events (profile default): plan cannot change from \"BASIC\" to \"dedicated\" in place: a cluster cannot move between serverless and dedicated hardware"),
        "{err}"
    );
    // The plan still shows what can be done.
    assert!(
        stdout_of(&out).contains("num_replicas: 2 → 3"),
        "{}",
        stdout_of(&out)
    );
    let out = run(&emu, &["apply", "-f", path.to_str().unwrap(), "--yes"]);
    assert_code(&out, 2);
    assert!(
        writes(&emu).is_empty(),
        "nothing is applied: {:?}",
        writes(&emu)
    );

    // A field of the other hardware, where the file does not say the plan: the live cluster's hardware
    // judges it, in the plan, before anything is sent.
    let path = file(
        &emu,
        "hardware.toml",
        "[cockroach.clusters.events]\nvcpus = 8\ndelete_protection = true\n\n[cockroach.clusters.analytics]\nrequest_unit_limit = 1000\n",
    );
    let out = run(&emu, &["plan", "-f", path.to_str().unwrap()]);
    assert_code(&out, 2);
    let err = stderr_of(&out);
    for expected in [
        "hardware.toml:1: cluster events (profile default): vcpus: applies to dedicated (ADVANCED) clusters only, and this one is BASIC",
        "hardware.toml:5: cluster analytics (profile default): request_unit_limit: applies to serverless (BASIC and STANDARD) clusters only, and this one is ADVANCED",
    ] {
        assert!(err.contains(expected), "missing «{expected}» in:\n{err}");
    }
    assert!(
        stdout_of(&out).contains("delete_protection: false → true"),
        "what can be done is still shown: {}",
        stdout_of(&out)
    );
    let out = run(&emu, &["apply", "-f", path.to_str().unwrap(), "--yes"]);
    assert_code(&out, 2);
    assert!(
        writes(&emu).is_empty(),
        "nothing is applied: {:?}",
        writes(&emu)
    );
}

#[test]
fn regions_the_api_does_not_publish_are_refused_in_the_plan() {
    let emu = Emu::start();
    apply(&emu, &file(&emu, "db.toml", FILE), &[]);
    assert_eq!(
        emu.requests("/api/v1/clusters/available-regions").len(),
        1,
        "one request, for every cloud"
    );
    // A new cluster's regions, and the regions added to one, as `crdb cluster create --region` checks them;
    // the regions a cluster has are not judged again.
    let path = file(
        &emu,
        "regions.toml",
        "[cockroach.clusters.events]\nregions = [\"us-east-1\", \"us-east-99\"]\n\n[cockroach.clusters.new]\nprovider = \"gcp\"\nregions = { us-east1 = 3, mars-1 = 1 }\nvcpus = 4\nstorage_gib = 15\n",
    );
    emu.server.clear_requests();
    let out = run(&emu, &["apply", "-f", path.to_str().unwrap(), "--yes"]);
    assert_code(&out, 2);
    let err = stderr_of(&out);
    for expected in [
        "regions.toml:1: cluster events (profile default): region us-east-99 is not a serverless region of AWS; its regions: us-east-1,",
        "regions.toml:4: cluster new (profile default): region mars-1 is not a dedicated region of GCP; its regions: ",
    ] {
        assert!(err.contains(expected), "missing «{expected}» in:\n{err}");
    }
    assert!(!err.contains("us-east1 is not"), "{err}");
    assert!(
        writes(&emu).is_empty(),
        "nothing is applied: {:?}",
        writes(&emu)
    );
    // Read once a day: not asked again, by plan nor by `crdb cluster create --region`, which checks against
    // the same list.
    let out = run(
        &emu,
        &[
            "crdb",
            "cluster",
            "create",
            "more",
            "--provider",
            "gcp",
            "--region",
            "mars-1",
        ],
    );
    assert_code(&out, 2);
    assert!(
        stderr_of(&out).contains(
            "invalid value 'mars-1' for '--region': not a serverless region of GCP; its regions: us-east1, "
        ),
        "{}",
        stderr_of(&out)
    );
    assert!(
        emu.requests("/api/v1/clusters/available-regions")
            .is_empty(),
        "cached"
    );
}

#[test]
fn a_bad_file_is_refused_before_any_request() {
    let emu = Emu::start();
    let bad = r#"[clickhouse.services.web]
provider = "aws"
region = "us-east-1"
max_replica_memory_gb = 10
replicas = 2

[cockroach.clusters.analytics]
provider = "gcp"
regions = { us-east1 = 3 }
vcpus = 4
storage_gib = 15

[cockroach.clusters.analytics.sql_users.app]
password_env = "APP_PASSWORD"
"#;
    let path = file(&emu, "bad.toml", bad);
    for command in ["plan", "apply"] {
        let out = emu
            .cmd()
            .env_remove("APP_PASSWORD")
            .args([command, "-f", path.to_str().unwrap(), "--yes"])
            .output()
            .unwrap();
        assert_code(&out, 2);
        let err = stderr_of(&out);
        let file = path.display();
        for expected in [
            format!("3 problems in {file}; nothing was sent:"),
            format!(
                "{file}:4: clickhouse.services.web.max_replica_memory_gb: 10 GiB is not allowed: 8 to 356 in steps of 4 GiB"
            ),
            format!(
                "{file}:5: clickhouse.services.web.replicas: unknown key; the keys here are: provider, region"
            ),
            format!(
                "{file}:14: cockroach.clusters.analytics.sql_users.app.password_env: the environment variable APP_PASSWORD is not set"
            ),
        ] {
            assert!(err.contains(&expected), "missing «{expected}» in:\n{err}");
        }
    }
    // YAML: the same, with the YAML's lines.
    let path = file(
        &emu,
        "bad.yaml",
        "clickhouse:\n  services:\n    web:\n      provider: aws\n      region: mars-1\n",
    );
    let out = run(&emu, &["plan", "-f", path.to_str().unwrap(), "--json"]);
    assert_code(&out, 2);
    let err: Value = serde_json::from_slice(&out.stderr).expect("a JSON error");
    assert_eq!(err["error"]["code"], "usage");
    let message = err["error"]["message"].as_str().unwrap();
    assert!(
        message.contains("bad.yaml:5: clickhouse.services.web.region: 'mars-1' is not allowed; allowed: ap-northeast-1"),
        "{message}"
    );
    assert!(emu.requests("/").is_empty(), "not even a read");
}

#[test]
fn a_password_file_that_exists_is_never_overwritten() {
    let emu = Emu::start();
    let path = file(&emu, "db.toml", FILE);
    let pw = emu.env.dir.path().join("web.pw");
    std::fs::write(&pw, "mine\n").unwrap();
    let out = run(&emu, &["apply", "-f", path.to_str().unwrap(), "--yes"]);
    assert_code(&out, 2);
    assert!(
        stderr_of(&out).contains("the file exists; it is never overwritten"),
        "{}",
        stderr_of(&out)
    );
    assert!(writes(&emu).is_empty());
    assert_eq!(std::fs::read_to_string(&pw).unwrap(), "mine\n");
}
