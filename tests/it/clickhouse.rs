//! `dbcloud ch ...` end to end: the real binary against the emulator, asserting what a user would check
//! (stdout, stderr, the exit code), what the emulator ended up with (its state) and what it was sent (its
//! request log).

use std::time::Duration;

use crate::common::*;
use serde_json::Value;

/// The organization the emulator seeds.
fn org(emu: &Emu) -> String {
    emu.server.clickhouse_org_id()
}

/// An emulator with `n` running services (`seed-service-0001`, ...).
fn with_services(n: usize) -> Emu {
    Emu::with(dbcloud_emulator::Config {
        transition: Duration::from_millis(300),
        rate_limits: false,
        quiet: true,
        seed_services: n,
        ..dbcloud_emulator::Config::default()
    })
}

/// Runs `dbcloud ch <args>`.
fn ch(emu: &Emu, args: &[&str]) -> std::process::Output {
    let mut all = vec!["ch"];
    all.extend_from_slice(args);
    emu.run(&all)
}

/// Runs `dbcloud ch <args> --json`, asserting success.
fn ch_json(emu: &Emu, args: &[&str]) -> Value {
    let mut all = vec!["ch"];
    all.extend_from_slice(args);
    emu.json(&all)
}

/// A collection of the emulator's state (`services`, `keys`, ...) under the seeded organization.
fn collection(emu: &Emu, name: &str) -> Vec<Value> {
    let path = format!("/v1/organizations/{}/{name}", org(emu));
    emu.server.state()["collections"][path.as_str()]
        .as_array()
        .cloned()
        .unwrap_or_default()
}

/// The requests under the organization with this method (`POST`, ...) and path suffix (`/services`, ...).
fn sent(emu: &Emu, method: &str, suffix: &str) -> Vec<dbcloud_emulator::LoggedRequest> {
    emu.requests("/v1/")
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

fn service_id(emu: &Emu, name: &str) -> String {
    collection(emu, "services")
        .iter()
        .find(|s| s["name"] == name)
        .and_then(|s| s["id"].as_str())
        .unwrap_or_else(|| panic!("no service {name}"))
        .to_string()
}

// ------------------------------------------------------------------------------------------------------
// Services
// ------------------------------------------------------------------------------------------------------

#[test]
fn service_lifecycle_from_create_to_delete() {
    let emu = Emu::start();
    let created = ch_json(
        &emu,
        &[
            "service",
            "create",
            "--name",
            "web",
            "--provider",
            "AWS",
            "--region",
            "us-east-1",
            "--tier",
            "production",
            "--ip-allow",
            "10.0.0.0/8=office",
            "--wait",
        ],
    );
    // JSON carries the API's result as it came: the service (now running) and its password.
    assert_eq!(created["service"]["name"], "web");
    assert_eq!(created["service"]["state"], "running");
    assert!(created["password"].as_str().is_some_and(|p| !p.is_empty()));
    let id = created["service"]["id"].as_str().unwrap().to_string();
    let post = sent(&emu, "POST", "/services");
    assert_eq!(post.len(), 1);
    assert_eq!(
        post[0].body.as_ref().unwrap(),
        &serde_json::json!({"name": "web", "provider": "aws", "region": "us-east-1", "tier": "production",
                            "ipAccessList": [{"source": "10.0.0.0/8", "description": "office"}]})
    );

    let scaled = ch_json(
        &emu,
        &[
            "service",
            "scale",
            "web",
            "--min-memory-gb",
            "48",
            "--max-memory-gb",
            "96",
            "--replicas",
            "5",
            "--wait",
        ],
    );
    assert_eq!(scaled["minTotalMemoryGb"], 48);
    assert_eq!(scaled["maxTotalMemoryGb"], 96);
    assert_eq!(scaled["numReplicas"], 5);
    assert_eq!(
        sent(&emu, "PATCH", "/scaling")[0].body.as_ref().unwrap(),
        &serde_json::json!({"minTotalMemoryGb": 48, "maxTotalMemoryGb": 96, "numReplicas": 5})
    );

    let updated = ch_json(
        &emu,
        &[
            "service",
            "update",
            "web",
            "--add-ip",
            "203.0.113.7=ci",
            "--remove-ip",
            "10.0.0.0/8",
        ],
    );
    assert_eq!(
        updated["ipAccessList"],
        serde_json::json!([{"source": "203.0.113.7", "description": "ci"}])
    );
    let state_service = &collection(&emu, "services")[0];
    assert_eq!(state_service["ipAccessList"], updated["ipAccessList"]);
    assert_eq!(state_service["minTotalMemoryGb"], 48);

    let stopped = ch_json(&emu, &["service", "stop", "web", "--wait"]);
    assert_eq!(stopped["state"], "stopped");

    let out = ch(&emu, &["service", "delete", "web", "--yes", "--wait"]);
    assert_code(&out, 0);
    assert!(
        stderr_of(&out).contains("Deleted service web"),
        "{}",
        stderr_of(&out)
    );
    assert!(stdout_of(&out).is_empty());
    assert!(sent(&emu, "DELETE", &id).iter().any(|r| r.status == 200));

    assert_eq!(ch_json(&emu, &["service", "list"]), serde_json::json!([]));
    let out = ch(&emu, &["service", "list"]);
    assert_code(&out, 0);
    assert!(stdout_of(&out).is_empty());
    assert!(stderr_of(&out).contains("No results."));
    assert!(collection(&emu, "services").is_empty());
}

#[test]
fn force_delete_stops_a_running_service_then_deletes_it() {
    let emu = with_services(1);
    let id = service_id(&emu, "seed-service-0001");
    let out = ch(
        &emu,
        &[
            "service",
            "delete",
            "seed-service-0001",
            "--force",
            "--yes",
            "--wait",
        ],
    );
    assert_code(&out, 0);
    let stops = sent(&emu, "PATCH", "/state");
    assert_eq!(stops.len(), 1);
    assert_eq!(
        stops[0].body.as_ref().unwrap(),
        &serde_json::json!({"command": "stop"})
    );
    // The DELETE may be refused with 409 for a moment after the stop; it ends accepted.
    let deletes = sent(&emu, "DELETE", &id);
    assert!(!deletes.is_empty());
    assert!(deletes.iter().all(|r| r.status == 200 || r.status == 409));
    assert_eq!(deletes.last().unwrap().status, 200);
    assert!(collection(&emu, "services").is_empty());
    // With --wait, the last look at the service found it gone.
    let gets = sent(&emu, "GET", &id);
    assert_eq!(gets.last().unwrap().status, 404);
}

#[test]
fn deleting_a_running_service_without_force_is_a_conflict_and_sends_no_delete() {
    let emu = with_services(1);
    let out = ch(&emu, &["service", "delete", "seed-service-0001", "--yes"]);
    assert_code(&out, 5);
    let err = stderr_of(&out);
    assert!(err.contains("is running"), "{err}");
    assert!(err.contains("hint:") && err.contains("--force"), "{err}");
    assert!(writes(&emu).is_empty(), "{:?}", writes(&emu));
    assert_eq!(collection(&emu, "services").len(), 1);

    // JSON errors say the same for scripts.
    let out = ch(
        &emu,
        &["service", "delete", "seed-service-0001", "--yes", "--json"],
    );
    assert_code(&out, 5);
    let error: Value = serde_json::from_str(stderr_of(&out).trim()).unwrap();
    assert_eq!(error["error"]["code"], "conflict");
    assert!(error["error"]["hint"].as_str().unwrap().contains("--force"));
}

#[test]
fn destructive_commands_refuse_without_yes_and_send_nothing() {
    let emu = with_services(1);
    let key = collection(&emu, "keys")[0]["id"]
        .as_str()
        .unwrap()
        .to_string();
    for args in [
        vec!["service", "delete", "seed-service-0001", "--force"],
        vec!["service", "reset-password", "seed-service-0001"],
        vec!["key", "delete", key.as_str()],
        vec!["member", "remove", "developer@example.com"],
        vec![
            "invitation",
            "delete",
            "c1c00a6e-0000-4009-8000-000000000001",
        ],
    ] {
        let out = ch(&emu, &args);
        assert_code(&out, 2);
        assert!(
            stderr_of(&out).contains("--yes"),
            "{args:?}: {}",
            stderr_of(&out)
        );
    }
    assert!(emu.requests("/").is_empty(), "{:?}", writes(&emu));
}

#[test]
fn start_and_stop_wait_for_the_state() {
    let emu = with_services(1);
    let out = ch(&emu, &["service", "stop", "seed-service-0001", "--wait"]);
    assert_code(&out, 0);
    let table = stdout_of(&out);
    assert!(
        table.contains("STATE") && table.contains("stopped"),
        "{table}"
    );
    assert_eq!(collection(&emu, "services")[0]["state"], "stopped");

    // Without --wait the answer shows the change under way.
    let started = ch_json(&emu, &["service", "start", "seed-service-0001"]);
    assert_eq!(started["state"], "starting");
    let again = ch_json(&emu, &["service", "start", "seed-service-0001", "--wait"]);
    assert_eq!(again["state"], "running");
    let commands: Vec<Value> = sent(&emu, "PATCH", "/state")
        .into_iter()
        .map(|r| r.body.unwrap()["command"].clone())
        .collect();
    assert_eq!(commands, vec!["stop", "start", "start"]);

    // An unknown service is exit 3 before any change is sent.
    let out = ch(&emu, &["service", "stop", "nope", "--wait"]);
    assert_code(&out, 3);
    assert!(stderr_of(&out).contains("'nope'"));
}

#[test]
fn a_wait_that_runs_out_of_time_is_exit_6() {
    let emu = Emu::with(dbcloud_emulator::Config {
        transition: Duration::from_secs(30),
        rate_limits: false,
        quiet: true,
        seed_services: 1,
        ..dbcloud_emulator::Config::default()
    });
    let out = ch(
        &emu,
        &[
            "service",
            "stop",
            "seed-service-0001",
            "--wait",
            "--wait-timeout",
            "1s",
        ],
    );
    assert_code(&out, 6);
    assert!(
        stderr_of(&out).contains("last state: stopping"),
        "{}",
        stderr_of(&out)
    );
}

#[test]
fn services_are_found_by_name_and_ambiguous_names_are_listed() {
    let emu = with_services(1);
    let id = service_id(&emu, "seed-service-0001");
    let by_name = ch_json(&emu, &["service", "get", "seed-service-0001"]);
    let by_id = ch_json(&emu, &["service", "get", &id.to_uppercase()]);
    assert_eq!(by_name, by_id);

    // A second service with the same name.
    ch_json(
        &emu,
        &[
            "service",
            "create",
            "--name",
            "seed-service-0001",
            "--provider",
            "gcp",
            "--region",
            "us-east1",
        ],
    );
    let before = emu.requests("/").len();
    let out = ch(&emu, &["service", "stop", "seed-service-0001"]);
    assert_code(&out, 2);
    let err = stderr_of(&out);
    assert!(err.contains("2 services") && err.contains(&id), "{err}");
    assert!(
        emu.requests("/")[before..]
            .iter()
            .all(|r| r.method == "GET"),
        "nothing is changed"
    );
}

#[test]
fn create_shows_the_password_once_with_a_warning() {
    let emu = Emu::start();
    let out = ch(
        &emu,
        &[
            "service",
            "create",
            "--name",
            "web",
            "--provider",
            "gcp",
            "--region",
            "US-EAST1",
            "--ip-allow",
            "0.0.0.0/0",
        ],
    );
    assert_code(&out, 0);
    let table = stdout_of(&out);
    let password_line = table
        .lines()
        .find(|l| l.starts_with("PASSWORD"))
        .unwrap_or_else(|| panic!("no password row: {table}"));
    let password = password_line.trim_start_matches("PASSWORD").trim();
    assert!(password.len() >= 8, "{table}");
    assert!(table.contains("us-east1") && table.contains("provisioning"));
    let err = stderr_of(&out);
    assert!(
        err.contains("warning:") && err.contains("cannot be read again"),
        "{err}"
    );
    assert!(
        !err.contains(password),
        "the password is shown once, on stdout"
    );
    // The API never shows it again.
    let service = ch_json(&emu, &["service", "get", "web"]);
    assert!(!service.to_string().contains(password));
}

#[test]
fn password_file_receives_the_password_and_is_never_overwritten() {
    let emu = Emu::start();
    let path = emu.env.dir.path().join("web.pw");
    let out = ch(
        &emu,
        &[
            "service",
            "create",
            "--name",
            "web",
            "--provider",
            "aws",
            "--region",
            "eu-west-1",
            "--password-file",
            path.to_str().unwrap(),
            "--json",
        ],
    );
    assert_code(&out, 0);
    let written = std::fs::read_to_string(&path).unwrap();
    let password = written.trim_end();
    assert!(password.len() >= 8);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&path).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600);
    }
    let shown: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(shown["service"]["name"], "web");
    assert!(shown.get("password").is_none());
    assert!(!stdout_of(&out).contains(password) && !stderr_of(&out).contains(password));

    // An existing file is refused before anything is sent, and left as it was.
    let before = emu.requests("/").len();
    for args in [
        vec![
            "service",
            "create",
            "--name",
            "web2",
            "--provider",
            "aws",
            "--region",
            "eu-west-1",
        ],
        vec!["service", "reset-password", "web", "--yes"],
    ] {
        let mut args = args.clone();
        args.extend(["--password-file", path.to_str().unwrap()]);
        let out = ch(&emu, &args);
        assert_code(&out, 2);
        let err = stderr_of(&out);
        assert!(
            err.contains("--password-file") && err.contains("exists"),
            "{err}"
        );
    }
    assert!(
        emu.requests("/")[before..]
            .iter()
            .all(|r| r.method == "GET"),
        "nothing is sent but look-ups"
    );
    assert_eq!(sent(&emu, "POST", "/services").len(), 1);
    assert!(sent(&emu, "PATCH", "/password").is_empty());
    assert_eq!(std::fs::read_to_string(&path).unwrap(), written);
}

#[test]
fn reset_password_from_stdin_sends_only_the_hashes() {
    use base64::Engine;
    use sha1::Digest;
    let emu = with_services(1);
    let password = "correct horse battery staple";
    let out = emu.run_stdin(
        &[
            "--verbose",
            "ch",
            "service",
            "reset-password",
            "seed-service-0001",
            "--password-stdin",
            "--mysql",
            "--yes",
        ],
        &format!("{password}\n"),
    );
    assert_code(&out, 0);
    let log = stderr_of(&out);
    assert!(log.contains("PATCH") && log.contains("/password"), "{log}");
    assert!(!log.contains(password) && !stdout_of(&out).contains(password));
    // Nor are the hashes logged.
    let expected_sha256 =
        base64::engine::general_purpose::STANDARD.encode(sha2::Sha256::digest(password.as_bytes()));
    let expected_double_sha1 =
        hex::encode(sha1::Sha1::digest(sha1::Sha1::digest(password.as_bytes())));
    assert!(!log.contains(&expected_sha256) && !log.contains(&expected_double_sha1));

    let patches = sent(&emu, "PATCH", "/password");
    assert_eq!(patches.len(), 1);
    assert!(!patches[0].raw_body.contains(password));
    assert!(
        emu.requests("/")
            .iter()
            .all(|r| !r.raw_body.contains(password) && !r.query.contains(password))
    );
    assert_eq!(
        patches[0].body.as_ref().unwrap(),
        &serde_json::json!({"newPasswordHash": expected_sha256, "newDoubleSha1Hash": expected_double_sha1})
    );
    // A known value: echo -n password | sha256sum | xxd -r -p | base64
    let out = emu.run_stdin(
        &[
            "ch",
            "service",
            "reset-password",
            "seed-service-0001",
            "--password-stdin",
            "--yes",
        ],
        "password",
    );
    assert_code(&out, 0);
    assert_eq!(
        sent(&emu, "PATCH", "/password")[1].body.as_ref().unwrap(),
        &serde_json::json!({"newPasswordHash": "XohImNooBHFR0OVvjcYpJ3NgPQ1qq73WKhHvch0VQtg="})
    );

    // Empty input is refused before anything is sent.
    let before = emu.requests("/").len();
    let out = emu.run_stdin(
        &[
            "ch",
            "service",
            "reset-password",
            "seed-service-0001",
            "--password-stdin",
            "--yes",
        ],
        "",
    );
    assert_code(&out, 2);
    assert_eq!(emu.requests("/").len(), before);
    // --mysql only means something with a password of one's own.
    let out = ch(
        &emu,
        &[
            "service",
            "reset-password",
            "seed-service-0001",
            "--mysql",
            "--yes",
        ],
    );
    assert_code(&out, 2);
}

#[test]
fn reset_password_without_stdin_shows_the_generated_one_once() {
    let emu = with_services(1);
    let result = ch_json(
        &emu,
        &["service", "reset-password", "seed-service-0001", "--yes"],
    );
    let password = result["password"].as_str().unwrap();
    assert!(password.len() >= 8);
    assert_eq!(
        sent(&emu, "PATCH", "/password")[0].body.as_ref().unwrap(),
        &serde_json::json!({})
    );

    let path = emu.env.dir.path().join("new.pw");
    let out = ch(
        &emu,
        &[
            "service",
            "reset-password",
            "seed-service-0001",
            "--yes",
            "--password-file",
            path.to_str().unwrap(),
        ],
    );
    assert_code(&out, 0);
    let written = std::fs::read_to_string(&path).unwrap();
    assert!(written.trim_end().len() >= 8);
    assert!(!stdout_of(&out).contains(written.trim_end()));
    assert!(stderr_of(&out).contains("Password written to"));
}

#[test]
fn invalid_values_are_refused_before_anything_is_sent() {
    let emu = with_services(1);
    let create = [
        "service",
        "create",
        "--name",
        "web",
        "--provider",
        "aws",
        "--region",
        "us-east-1",
    ];
    let cases: Vec<(Vec<&str>, &str)> = vec![
        (vec!["--min-memory-gb", "30"], "--min-memory-gb"),
        (vec!["--max-memory-gb", "732"], "--max-memory-gb"),
        (vec!["--min-memory-gb", "12"], "--min-memory-gb"),
        (
            vec!["--min-memory-gb", "96", "--max-memory-gb", "48"],
            "--min-memory-gb",
        ),
        (vec!["--replicas", "2"], "--replicas"),
        (vec!["--replicas", "26"], "--replicas"),
        (
            vec!["--idle-timeout-minutes", "4"],
            "--idle-timeout-minutes",
        ),
        (vec!["--idle-scaling", "maybe"], "--idle-scaling"),
        (vec!["--ip-allow", "10.0.0.0/33"], "--ip-allow"),
        (vec!["--ip-allow", "example.com"], "--ip-allow"),
        (vec!["--tier", "gold"], "--tier"),
        (vec!["--backup-id", "not-a-uuid"], "--backup-id"),
        (
            vec!["--tier", "development", "--min-memory-gb", "48"],
            "development",
        ),
    ];
    for (extra, flag) in cases {
        let mut args = create.to_vec();
        args.extend(extra.iter());
        let out = ch(&emu, &args);
        assert_code(&out, 2);
        let err = stderr_of(&out);
        assert!(err.contains(flag), "{extra:?}: {err}");
    }
    let long_name = "x".repeat(51);
    let other: Vec<(Vec<&str>, &str)> = vec![
        (
            vec![
                "service",
                "create",
                "--name",
                "w",
                "--provider",
                "aws",
                "--region",
                "mars-1",
            ],
            "--region",
        ),
        (
            vec![
                "service",
                "create",
                "--name",
                "w",
                "--provider",
                "gcp",
                "--region",
                "us-east-1",
            ],
            "us-east1",
        ),
        (
            vec![
                "service",
                "create",
                "--name",
                long_name.as_str(),
                "--provider",
                "aws",
                "--region",
                "us-east-1",
            ],
            "--name",
        ),
        (
            vec!["service", "scale", "seed-service-0001"],
            "--min-memory-gb",
        ),
        (
            vec![
                "service",
                "update",
                "seed-service-0001",
                "--add-ip",
                "1.2.3",
            ],
            "--add-ip",
        ),
        (
            vec![
                "service",
                "update",
                "seed-service-0001",
                "--remove-ip",
                "::g",
            ],
            "--remove-ip",
        ),
        (
            vec!["backup", "get", "nope", "--service", "seed-service-0001"],
            "BACKUP",
        ),
        (
            vec!["key", "create", "--name", "k", "--role", "owner"],
            "--role",
        ),
        (vec!["key", "create", "--name", "k"], "--role"),
        (
            vec![
                "key",
                "create",
                "--name",
                "k",
                "--role",
                "admin",
                "--expires-at",
                "tomorrow",
            ],
            "--expires-at",
        ),
        (
            vec!["key", "update", "k", "--enable", "--disable"],
            "--disable",
        ),
        (vec!["member", "get", "ada"], "USER"),
        (
            vec!["member", "update", "ada@example.com", "--role", "root"],
            "--role",
        ),
        (
            vec!["invitation", "create", "--email", "ada@", "--role", "admin"],
            "--email",
        ),
        (
            vec!["activity", "list", "--from", "2026-13-01T00:00:00Z"],
            "--from",
        ),
        (
            vec![
                "activity",
                "list",
                "--from",
                "2026-11-02T00:00:00Z",
                "--to",
                "2026-11-01T00:00:00Z",
            ],
            "--from",
        ),
        (
            vec!["org", "update", "--add-private-endpoint", "vpce-1,aws"],
            "--add-private-endpoint",
        ),
        (
            vec![
                "org",
                "update",
                "--add-private-endpoint",
                "vpce-1,aws,mars-1",
            ],
            "mars-1",
        ),
        (
            vec![
                "org",
                "private-endpoint-config",
                "--cloud-provider",
                "ibm",
                "--region",
                "us-east-1",
            ],
            "--cloud-provider",
        ),
        (
            vec![
                "org",
                "private-endpoint-config",
                "--cloud-provider",
                "azure",
                "--region",
                "us-east-1",
            ],
            "eastus",
        ),
        (vec!["org", "update"], "--name"),
        (vec!["--org", "nope", "service", "list"], "--org"),
    ];
    for (args, flag) in other {
        let out = ch(&emu, &args);
        assert_code(&out, 2);
        let err = stderr_of(&out);
        assert!(err.contains(flag), "{args:?}: {err}");
    }
    assert!(emu.requests("/").is_empty(), "{:?}", emu.requests("/"));
}

#[test]
fn scale_checks_the_bounds_against_the_current_service() {
    let emu = with_services(1);
    // The seeded service scales 24-360 GiB: a minimum above 360 alone cannot fit.
    let out = ch(
        &emu,
        &[
            "service",
            "scale",
            "seed-service-0001",
            "--min-memory-gb",
            "480",
        ],
    );
    assert_code(&out, 2);
    assert!(stderr_of(&out).contains("480"), "{}", stderr_of(&out));
    assert!(writes(&emu).is_empty());
    let scaled = ch_json(
        &emu,
        &[
            "service",
            "scale",
            "seed-service-0001",
            "--idle-scaling",
            "false",
            "--idle-timeout-minutes",
            "10",
        ],
    );
    assert_eq!(scaled["idleScaling"], false);
    assert_eq!(scaled["idleTimeoutMinutes"], 10);
}

#[test]
fn metrics_and_private_endpoint_config() {
    let emu = with_services(1);
    let id = service_id(&emu, "seed-service-0001");
    let out = ch(&emu, &["service", "metrics", "seed-service-0001"]);
    assert_code(&out, 0);
    let text = stdout_of(&out);
    assert!(text.starts_with("# HELP "), "{text}");
    assert!(text.contains(&format!("clickhouse_service=\"{id}\"")));
    // Passed through unchanged, whatever the output format.
    let yaml = ch(
        &emu,
        &["service", "metrics", "seed-service-0001", "-o", "yaml"],
    );
    assert_eq!(stdout_of(&yaml), text);

    let config = ch_json(
        &emu,
        &["service", "private-endpoint-config", "seed-service-0001"],
    );
    assert!(
        config["endpointServiceId"]
            .as_str()
            .unwrap()
            .contains("us-east-1")
    );
    assert!(config["privateDnsHostname"].is_string());
    let out = ch(
        &emu,
        &["service", "private-endpoint-config", "seed-service-0001"],
    );
    assert!(stdout_of(&out).contains("PRIVATE DNS HOSTNAME"));
}

#[test]
fn service_output_formats() {
    let emu = with_services(2);
    let table = stdout_of(&ch(&emu, &["service", "list"]));
    let lines: Vec<&str> = table.lines().collect();
    assert_eq!(lines.len(), 3, "{table}");
    for header in [
        "NAME", "ID", "STATE", "PROVIDER", "REGION", "TIER", "MEMORY", "HOST",
    ] {
        assert!(lines[0].contains(header), "{table}");
    }
    assert!(lines[1].contains("seed-service-0001") && lines[1].contains("24-360 GiB"));

    let json = ch_json(&emu, &["service", "list"]);
    assert_eq!(json.as_array().unwrap().len(), 2);
    assert!(json[0]["endpoints"].is_array(), "JSON keeps every field");

    let out = ch(&emu, &["service", "list", "-o", "yaml"]);
    assert_code(&out, 0);
    let yaml: Value = serde_norway::from_str(&stdout_of(&out)).unwrap();
    assert_eq!(yaml, json);

    let limited = ch_json(&emu, &["service", "list", "--limit", "1"]);
    assert_eq!(limited.as_array().unwrap().len(), 1);

    let detail = stdout_of(&ch(&emu, &["service", "get", "seed-service-0002"]));
    for row in ["REPLICAS", "IDLING", "IP ACCESS", "0.0.0.0/0 (anywhere)"] {
        assert!(detail.contains(row), "{detail}");
    }
    let names = stdout_of(&ch(&emu, &["service", "list", "--jq", ".[].name"]));
    assert_eq!(names, "seed-service-0001\nseed-service-0002\n");
}

// ------------------------------------------------------------------------------------------------------
// Organizations
// ------------------------------------------------------------------------------------------------------

#[test]
fn organizations_can_be_read_renamed_and_given_private_endpoints() {
    let emu = Emu::start();
    let id = org(&emu);
    let list = ch_json(&emu, &["org", "list"]);
    assert_eq!(list[0]["id"], id.as_str());
    let yaml: Value =
        serde_norway::from_str(&stdout_of(&ch(&emu, &["org", "get", "-o", "yaml"]))).unwrap();
    assert_eq!(yaml, list[0]);

    let updated = ch_json(
        &emu,
        &[
            "org",
            "update",
            "--name",
            "Acme",
            "--add-private-endpoint",
            "vpce-0123,AWS,us-east-1,office VPC",
        ],
    );
    assert_eq!(updated["name"], "Acme");
    assert_eq!(
        updated["privateEndpoints"],
        serde_json::json!([{"id": "vpce-0123", "description": "office VPC", "cloudProvider": "aws", "region": "us-east-1"}])
    );
    let state = &emu.server.state()["collections"]["/v1/organizations"][0];
    assert_eq!(state["name"], "Acme");

    let table = stdout_of(&ch(&emu, &["org", "get", &id]));
    assert!(table.contains("vpce-0123 (aws us-east-1)"), "{table}");

    let removed = ch_json(
        &emu,
        &[
            "org",
            "update",
            &id,
            "--remove-private-endpoint",
            "vpce-0123",
        ],
    );
    assert_eq!(removed["privateEndpoints"], serde_json::json!([]));
    let patch = sent(&emu, "PATCH", &id).pop().unwrap();
    assert_eq!(
        patch.body.unwrap(),
        serde_json::json!({"privateEndpoints": {"remove": [{"id": "vpce-0123", "description": "office VPC", "cloudProvider": "aws", "region": "us-east-1"}]}})
    );
    let out = ch(
        &emu,
        &["org", "update", "--remove-private-endpoint", "vpce-0123"],
    );
    assert_code(&out, 3);
    assert_eq!(sent(&emu, "PATCH", &id).len(), 2);

    let config = ch_json(
        &emu,
        &[
            "org",
            "private-endpoint-config",
            "--cloud-provider",
            "gcp",
            "--region",
            "us-east1",
        ],
    );
    assert!(
        config["endpointServiceId"]
            .as_str()
            .unwrap()
            .contains("us-east1")
    );
    let req = sent(&emu, "GET", "/privateEndpointConfig").pop().unwrap();
    assert_eq!(req.query, "cloud_provider=gcp&region_id=us-east1");
}

// ------------------------------------------------------------------------------------------------------
// Backups
// ------------------------------------------------------------------------------------------------------

#[test]
fn backups_of_a_service() {
    let emu = with_services(1);
    let list = ch_json(&emu, &["backup", "list", "--service", "seed-service-0001"]);
    assert_eq!(list.as_array().unwrap().len(), 1);
    assert_eq!(list[0]["status"], "done");
    let backup = list[0]["id"].as_str().unwrap();
    let got = ch_json(
        &emu,
        &["backup", "get", backup, "--service", "seed-service-0001"],
    );
    assert_eq!(got, list[0]);
    let table = stdout_of(&ch(&emu, &["backup", "list", "-s", "seed-service-0001"]));
    assert!(
        table.contains("STATUS") && table.contains(backup),
        "{table}"
    );

    let out = ch(
        &emu,
        &[
            "backup",
            "get",
            "3c9d0d4e-7a61-4f0e-9f52-5b1e8a0c2d11",
            "--service",
            "seed-service-0001",
        ],
    );
    assert_code(&out, 3);
    let out = ch(&emu, &["backup", "list", "--service", "nope"]);
    assert_code(&out, 3);
}

// ------------------------------------------------------------------------------------------------------
// API keys
// ------------------------------------------------------------------------------------------------------

#[test]
fn keys_can_be_created_read_changed_and_deleted() {
    let emu = Emu::start();
    let created = ch_json(
        &emu,
        &[
            "key",
            "create",
            "--name",
            "ci",
            "--role",
            "Developer",
            "--expires-at",
            "2030-01-01T00:00:00Z",
        ],
    );
    assert_eq!(created["key"]["name"], "ci");
    assert_eq!(created["key"]["roles"], serde_json::json!(["developer"]));
    assert!(created["keyId"].is_string() && created["keySecret"].is_string());
    let id = created["key"]["id"].as_str().unwrap().to_string();
    assert_eq!(
        sent(&emu, "POST", "/keys")[0].body.as_ref().unwrap(),
        &serde_json::json!({"name": "ci", "roles": ["developer"], "expireAt": "2030-01-01T00:00:00Z"})
    );

    // The new key works.
    let key_id = created["keyId"].as_str().unwrap();
    let key_secret = created["keySecret"].as_str().unwrap();
    let out = emu
        .cmd()
        .env("CLICKHOUSE_CLOUD_API_KEY", key_id)
        .env("CLICKHOUSE_CLOUD_API_SECRET", key_secret)
        .args(["ch", "org", "list", "--json"])
        .output()
        .unwrap();
    assert_code(&out, 0);

    // A table shows the ID and secret once, with a warning.
    let out = ch(
        &emu,
        &[
            "key",
            "create",
            "--name",
            "ops",
            "--role",
            "admin",
            "--disabled",
        ],
    );
    assert_code(&out, 0);
    let table = stdout_of(&out);
    assert!(
        table.contains("KEY ID") && table.contains("KEY SECRET") && table.contains("disabled"),
        "{table}"
    );
    assert!(stderr_of(&out).contains("cannot be read again"));

    let got = ch_json(&emu, &["key", "get", "ci"]);
    assert_eq!(got["id"], id.as_str());
    assert!(got.get("keySecret").is_none());

    let updated = ch_json(
        &emu,
        &[
            "key",
            "update",
            "ci",
            "--disable",
            "--role",
            "admin",
            "--name",
            "ci-old",
        ],
    );
    assert_eq!(updated["state"], "disabled");
    assert_eq!(updated["roles"], serde_json::json!(["admin"]));
    assert_eq!(updated["name"], "ci-old");
    // Disabled, it no longer works.
    let out = emu
        .cmd()
        .env("CLICKHOUSE_CLOUD_API_KEY", key_id)
        .env("CLICKHOUSE_CLOUD_API_SECRET", key_secret)
        .args(["ch", "org", "list"])
        .output()
        .unwrap();
    assert_code(&out, 4);

    let list = ch_json(&emu, &["key", "list"]);
    assert_eq!(list.as_array().unwrap().len(), 3);
    let out = ch(&emu, &["key", "delete", "ci-old", "--yes"]);
    assert_code(&out, 0);
    assert_eq!(sent(&emu, "DELETE", &id).len(), 1);
    assert!(
        collection(&emu, "keys")
            .iter()
            .all(|k| k["id"] != id.as_str())
    );
    let out = ch(&emu, &["key", "delete", "ci-old", "--yes"]);
    assert_code(&out, 3);
    let out = ch(&emu, &["key", "get", &id]);
    assert_code(&out, 3);
}

#[test]
fn a_new_key_can_be_saved_as_a_profile_without_printing_it() {
    let emu = Emu::start();
    let out = ch(
        &emu,
        &[
            "key",
            "create",
            "--name",
            "ci",
            "--role",
            "admin",
            "--save-as-profile",
            "ci",
            "--json",
        ],
    );
    assert_code(&out, 0);
    let shown: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(shown["key"]["name"], "ci");
    assert!(shown.get("keyId").is_none() && shown.get("keySecret").is_none());

    let config = std::fs::read_to_string(emu.env.config_path()).unwrap();
    let parsed: toml::Table = toml::from_str(&config).unwrap();
    let saved = &parsed["profiles"]["ci"]["clickhouse"];
    let secret = saved["key_secret"].as_str().unwrap();
    assert!(!stdout_of(&out).contains(secret) && !stderr_of(&out).contains(secret));
    assert_eq!(saved["organization"].as_str().unwrap(), org(&emu));
    assert_eq!(saved["api_url"].as_str().unwrap(), emu.server.url());

    // The profile alone (no credentials in the environment) works.
    let out = emu
        .env
        .cmd()
        .args(["--profile", "ci", "ch", "key", "list", "--json"])
        .output()
        .unwrap();
    assert_code(&out, 0);
    let keys: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(keys.as_array().unwrap().iter().any(|k| k["name"] == "ci"));

    // A profile that holds credentials is never overwritten; nothing is created.
    let out = ch(
        &emu,
        &[
            "key",
            "create",
            "--name",
            "ci2",
            "--role",
            "admin",
            "--save-as-profile",
            "ci",
        ],
    );
    assert_code(&out, 2);
    assert!(stderr_of(&out).contains("--save-as-profile"));
    assert_eq!(sent(&emu, "POST", "/keys").len(), 1);
    assert_eq!(
        std::fs::read_to_string(emu.env.config_path()).unwrap(),
        config
    );
}

// ------------------------------------------------------------------------------------------------------
// Members and invitations
// ------------------------------------------------------------------------------------------------------

#[test]
fn members_by_id_or_email() {
    let emu = Emu::start();
    let list = ch_json(&emu, &["member", "list"]);
    assert_eq!(list.as_array().unwrap().len(), 2);
    let developer = list
        .as_array()
        .unwrap()
        .iter()
        .find(|m| m["email"] == "developer@example.com")
        .unwrap()["userId"]
        .as_str()
        .unwrap()
        .to_string();
    let by_email = ch_json(&emu, &["member", "get", "Developer@Example.com"]);
    assert_eq!(by_email["userId"], developer.as_str());
    let table = stdout_of(&ch(&emu, &["member", "list"]));
    assert!(table.contains("EMAIL") && table.contains("developer@example.com"));

    let updated = ch_json(&emu, &["member", "update", &developer, "--role", "ADMIN"]);
    assert_eq!(updated["role"], "admin");
    assert_eq!(
        sent(&emu, "PATCH", &developer)[0].body.as_ref().unwrap(),
        &serde_json::json!({"role": "admin"})
    );

    let out = ch(
        &emu,
        &["member", "remove", "developer@example.com", "--yes"],
    );
    assert_code(&out, 0);
    assert_eq!(collection(&emu, "members").len(), 1);
    // The last admin cannot go: the API's 409 is exit 5.
    let out = ch(
        &emu,
        &[
            "member",
            "update",
            "admin@example.com",
            "--role",
            "developer",
        ],
    );
    assert_code(&out, 5);
    let out = ch(&emu, &["member", "get", "nobody@example.com"]);
    assert_code(&out, 3);
}

#[test]
fn invitations_can_be_sent_read_and_withdrawn() {
    let emu = Emu::start();
    let created = ch_json(
        &emu,
        &[
            "invitation",
            "create",
            "--email",
            "Ada@Example.com",
            "--role",
            "developer",
        ],
    );
    assert_eq!(created["email"], "ada@example.com");
    assert_eq!(created["role"], "developer");
    let id = created["id"].as_str().unwrap().to_string();

    let out = ch(
        &emu,
        &[
            "invitation",
            "create",
            "--email",
            "ada@example.com",
            "--role",
            "admin",
        ],
    );
    assert_code(&out, 5);

    assert_eq!(ch_json(&emu, &["invitation", "list"])[0]["id"], id.as_str());
    assert_eq!(
        ch_json(&emu, &["invitation", "get", "ada@example.com"])["id"],
        id.as_str()
    );
    assert_eq!(
        ch_json(&emu, &["invitation", "get", &id])["email"],
        "ada@example.com"
    );
    let yaml = stdout_of(&ch(&emu, &["invitation", "list", "-o", "yaml"]));
    assert!(yaml.contains("email: ada@example.com"), "{yaml}");

    let out = ch(&emu, &["invitation", "delete", "ada@example.com", "--yes"]);
    assert_code(&out, 0);
    assert_eq!(sent(&emu, "DELETE", &id).len(), 1);
    assert!(collection(&emu, "invitations").is_empty());
    let out = ch(&emu, &["invitation", "get", &id]);
    assert_code(&out, 3);
}

// ------------------------------------------------------------------------------------------------------
// Activities
// ------------------------------------------------------------------------------------------------------

#[test]
fn activities_can_be_listed_between_times_and_read() {
    let emu = Emu::start();
    ch_json(
        &emu,
        &[
            "invitation",
            "create",
            "--email",
            "ada@example.com",
            "--role",
            "developer",
        ],
    );
    ch_json(&emu, &["org", "update", "--name", "Acme"]);
    let all = ch_json(&emu, &["activity", "list"]);
    let types: Vec<&str> = all
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|a| a["type"].as_str())
        .collect();
    assert!(types.contains(&"organization_invite_create"), "{types:?}");
    assert!(types.contains(&"organization_update_name"), "{types:?}");

    let future = ch_json(
        &emu,
        &["activity", "list", "--from", "2999-01-01T00:00:00Z"],
    );
    assert_eq!(future, serde_json::json!([]));
    let req = sent(&emu, "GET", "/activities").pop().unwrap();
    assert_eq!(req.query, "from_date=2999-01-01T00%3A00%3A00Z");
    let until_past = ch_json(
        &emu,
        &[
            "activity",
            "list",
            "--from",
            "2000-01-01T00:00:00+01:00",
            "--to",
            "2000-01-02T00:00:00Z",
        ],
    );
    assert_eq!(until_past, serde_json::json!([]));
    let limited = ch_json(&emu, &["activity", "list", "--limit", "1"]);
    assert_eq!(limited.as_array().unwrap().len(), 1);

    let id = all[0]["id"].as_str().unwrap();
    let got = ch_json(&emu, &["activity", "get", id]);
    assert_eq!(got, all[0]);
    let table = stdout_of(&ch(&emu, &["activity", "list"]));
    assert!(
        table.contains("TYPE") && table.contains("organization_invite_create"),
        "{table}"
    );
    let out = ch(&emu, &["activity", "get", "no-such-activity"]);
    assert_code(&out, 3);
}

// ------------------------------------------------------------------------------------------------------
// Failures common to every command
// ------------------------------------------------------------------------------------------------------

#[test]
fn every_list_and_get_reports_failures_with_the_right_exit_code() {
    let emu = with_services(1);
    let lists: &[&[&str]] = &[
        &["org", "list"],
        &["service", "list"],
        &[
            "backup",
            "list",
            "--service",
            "c1c00a6e-0000-4004-8000-000000000001",
        ],
        &["key", "list"],
        &["member", "list"],
        &["invitation", "list"],
        &["activity", "list"],
    ];
    // A wrong secret: exit 4, with a hint on how to log in again.
    for args in lists {
        let mut all = vec!["ch"];
        all.extend_from_slice(args);
        let out = emu
            .cmd()
            .env("CLICKHOUSE_CLOUD_API_SECRET", "wrong-secret")
            .env("CLICKHOUSE_ORG_ID", org(&emu))
            .args(&all)
            .output()
            .unwrap();
        assert_code(&out, 4);
        assert!(
            stderr_of(&out).contains("hint:"),
            "{args:?}: {}",
            stderr_of(&out)
        );
        // --limit must be at least 1: refused before sending.
        let mut limited = all.clone();
        limited.extend(["--limit", "0"]);
        assert_code(&emu.run(&limited), 2);
    }
    // Unknown resources: exit 3.
    let unknown = "0f5e0e7c-55f3-4c5e-9a7a-3c1d4c0c9b1e";
    for args in [
        vec!["org", "get", unknown],
        vec!["service", "get", "nope"],
        vec!["service", "get", unknown],
        vec!["service", "metrics", "nope"],
        vec!["service", "metrics", unknown],
        vec!["service", "private-endpoint-config", unknown],
        vec!["service", "update", unknown, "--name", "x"],
        vec!["service", "scale", "nope", "--replicas", "3"],
        vec!["service", "reset-password", unknown, "--yes"],
        vec!["key", "update", unknown, "--disable"],
        vec!["member", "remove", unknown, "--yes"],
        vec!["invitation", "delete", unknown, "--yes"],
    ] {
        let out = ch(&emu, &args);
        assert_code(&out, 3);
    }
    // No write succeeded.
    assert!(
        emu.requests("/")
            .iter()
            .filter(|r| r.method != "GET")
            .all(|r| r.status == 404),
        "{:?}",
        writes(&emu)
    );
    assert_eq!(collection(&emu, "services")[0]["state"], "running");
}

#[test]
fn a_create_whose_wait_times_out_still_shows_the_password() {
    let emu = Emu::with(dbcloud_emulator::Config {
        transition: Duration::from_secs(30),
        rate_limits: false,
        quiet: true,
        ..dbcloud_emulator::Config::default()
    });
    let out = ch(
        &emu,
        &[
            "service",
            "create",
            "--name",
            "slow",
            "--provider",
            "azure",
            "--region",
            "eastus2",
            "--wait",
            "--wait-timeout",
            "1s",
            "--json",
        ],
    );
    assert_code(&out, 6);
    let shown: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(shown["service"]["state"], "provisioning");
    assert!(shown["password"].as_str().is_some_and(|p| !p.is_empty()));
    let error: Value = serde_json::from_str(stderr_of(&out).lines().last().unwrap()).unwrap();
    assert_eq!(error["error"]["code"], "timeout");
}
