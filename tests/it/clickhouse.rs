//! `dbcloud ch ...` end to end: the real binary against the emulator, asserting what a user would check
//! (stdout, stderr, the exit code), what the emulator ended up with (its state) and what it was sent (its
//! request log).

use std::time::Duration;

use crate::common::*;
use serde_json::Value;

/// The organization the emulator seeds.
pub(crate) fn org(emu: &Emu) -> String {
    emu.server.clickhouse_org_id()
}

/// An emulator with `n` running services (`seed-service-0001`, ...).
pub(crate) fn with_services(n: usize) -> Emu {
    Emu::with(dbcloud_emulator::Config {
        transition: Duration::from_millis(300),
        rate_limits: false,
        quiet: true,
        seed_services: n,
        ..dbcloud_emulator::Config::default()
    })
}

/// Runs `dbcloud ch <args>`.
pub(crate) fn ch(emu: &Emu, args: &[&str]) -> std::process::Output {
    let mut all = vec!["ch"];
    all.extend_from_slice(args);
    emu.run(&all)
}

/// Runs `dbcloud ch <args> --json`, asserting success.
pub(crate) fn ch_json(emu: &Emu, args: &[&str]) -> Value {
    let mut all = vec!["ch"];
    all.extend_from_slice(args);
    emu.json(&all)
}

/// A collection of the emulator's state (`services`, `keys`, ...) under the seeded organization.
pub(crate) fn collection(emu: &Emu, name: &str) -> Vec<Value> {
    let path = format!("/v1/organizations/{}/{name}", org(emu));
    emu.server.state()["collections"][path.as_str()]
        .as_array()
        .cloned()
        .unwrap_or_default()
}

/// The requests under the organization with this method (`POST`, ...) and path suffix (`/services`, ...).
pub(crate) fn sent(emu: &Emu, method: &str, suffix: &str) -> Vec<dbcloud_emulator::LoggedRequest> {
    emu.requests("/v1/")
        .into_iter()
        .filter(|r| r.method == method && r.path.ends_with(suffix))
        .collect()
}

/// Every request that could have changed something.
pub(crate) fn writes(emu: &Emu) -> Vec<String> {
    emu.requests("/")
        .into_iter()
        .filter(|r| r.method != "GET")
        .map(|r| format!("{} {}", r.method, r.path))
        .collect()
}

pub(crate) fn service_id(emu: &Emu, name: &str) -> String {
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
    assert_eq!(created["name"], "web");
    assert_eq!(created["state"], "running");
    assert!(created["password"].as_str().is_some_and(|p| !p.is_empty()));
    let id = created["id"].as_str().unwrap().to_string();
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
            "--min-replica-memory-gb",
            "16",
            "--max-replica-memory-gb",
            "64",
            "--replicas",
            "5",
            "--wait",
        ],
    );
    assert_eq!(scaled["currentScaling"]["effectiveMinReplicaMemoryGb"], 16);
    assert_eq!(scaled["currentScaling"]["effectiveMaxReplicaMemoryGb"], 64);
    assert_eq!(scaled["numReplicas"], 5);
    assert_eq!(
        sent(&emu, "PATCH", "/replicaScaling")[0]
            .body
            .as_ref()
            .unwrap(),
        &serde_json::json!({"minReplicaMemoryGb": 16, "maxReplicaMemoryGb": 64, "numReplicas": 5})
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
    assert_eq!(state_service["minReplicaMemoryGb"], 16);

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
    assert_eq!(shown["name"], "web");
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
fn a_weak_password_from_stdin_is_warned_about_or_refused_with_strict_password() {
    let emu = with_services(1);
    let args = [
        "ch",
        "service",
        "reset-password",
        "seed-service-0001",
        "--password-stdin",
        "--yes",
    ];
    // Weak (no digit, no special character): sent, with a warning naming the rule.
    let out = emu.run_stdin(&args, "Abcdefghijklmnop\n");
    assert_code(&out, 0);
    let err = stderr_of(&out);
    assert!(err.contains("weak") && err.contains("no digit"), "{err}");
    assert_eq!(sent(&emu, "PATCH", "/password").len(), 1);

    // --strict-password refuses it: exit 2, the rule named, nothing sent.
    let strict: Vec<&str> = args.iter().copied().chain(["--strict-password"]).collect();
    let before = emu.requests("/").len();
    let out = emu.run_stdin(&strict, "short1!A\n");
    assert_code(&out, 2);
    assert!(
        stderr_of(&out).contains("shorter than 12 characters"),
        "{}",
        stderr_of(&out)
    );
    assert_eq!(emu.requests("/").len(), before);

    // A password that keeps every rule passes quietly, strict or not.
    let out = emu.run_stdin(&strict, "Tr0ub4dor&3-horse\n");
    assert_code(&out, 0);
    assert!(!stderr_of(&out).contains("weak"), "{}", stderr_of(&out));
    assert_eq!(sent(&emu, "PATCH", "/password").len(), 2);
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
    assert_eq!(shown["state"], "provisioning");
    assert!(shown["password"].as_str().is_some_and(|p| !p.is_empty()));
    let error: Value = serde_json::from_str(stderr_of(&out).lines().last().unwrap()).unwrap();
    assert_eq!(error["error"]["code"], "timeout");
}
