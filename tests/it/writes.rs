//! Every write happens exactly once, even when its answer is lost (docs/writes.md): the emulator acts on a
//! request and then drops the connection or answers a proxy's 504, and dbcloud reads back, adopts or repeats.

use crate::clickhouse::{ch, collection, org, with_services};
use crate::common::*;
use dbcloud_emulator::Faults;
use serde_json::Value;

/// The next request under `path` is acted on and its answer lost (`lost_answer`) or replaced by a 504.
fn lose_next(emu: &Emu, path: &str, gateway: bool) {
    lose_next_of(emu, None, path, gateway);
}

/// [`lose_next`] for one method only (`POST`: not the reads before it).
fn lose_next_of(emu: &Emu, method: Option<&str>, path: &str, gateway: bool) {
    emu.server.set_faults(Faults {
        only_method: method.map(str::to_string),
        lost_answer_rate: if gateway { 0.0 } else { 1.0 },
        gateway_timeout_rate: if gateway { 1.0 } else { 0.0 },
        only_path_prefix: Some(path.to_string()),
        count: Some(1),
        ..Faults::default()
    });
}

/// The requests under the organization, as `METHOD /suffix` (the organization's path left out).
fn trail(emu: &Emu) -> Vec<String> {
    let base = format!("/v1/organizations/{}", org(emu));
    emu.requests(&base)
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

#[test]
fn a_service_create_whose_answer_is_lost_is_confirmed_once_and_its_password_reset() {
    let emu = Emu::start();
    lose_next(
        &emu,
        &format!("/v1/organizations/{}/services", org(&emu)),
        false,
    );
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
            "us-east-1",
            "--json",
        ],
    );
    assert_code(&out, 0);
    let err = stderr_of(&out);
    assert!(
        err.contains("warning: service web: the answer was lost (the connection was closed); read back, the change is confirmed"),
        "{err}"
    );
    assert!(
        err.contains("warning: the password of service web was in the lost answer: it is reset once, to a new one"),
        "{err}"
    );
    let shown: Value = serde_json::from_slice(&out.stdout).unwrap();
    let services = collection(&emu, "services");
    assert_eq!(services.len(), 1, "exactly one service");
    assert_eq!(shown["id"], services[0]["id"]);
    assert!(
        shown["password"].as_str().is_some_and(|p| p.len() >= 8),
        "{shown}"
    );
    let id = services[0]["id"].as_str().unwrap();
    assert_eq!(
        trail(&emu),
        [
            "POST /services (lost_answer)".to_string(),
            "GET /services".to_string(),
            format!("PATCH /services/{id}/password"),
        ]
    );
}

#[test]
fn without_faults_a_write_sends_nothing_more_and_v_shows_each_confirmation_read() {
    let emu = Emu::start();
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
            "us-east-1",
            "-q",
        ],
    );
    assert_code(&out, 0);
    assert_eq!(trail(&emu), ["POST /services"]);
    assert!(!stderr_of(&out).contains("lost"));

    // A proxy's 504 after the stop was done: repeated (a state is absolute), shown step by step with -v.
    let id = collection(&emu, "services")[0]["id"]
        .as_str()
        .unwrap()
        .to_string();
    emu.server.clear_requests();
    lose_next(
        &emu,
        &format!("/v1/organizations/{}/services/{id}/state", org(&emu)),
        true,
    );
    let out = ch(&emu, &["service", "stop", "web", "-v"]);
    assert_code(&out, 0);
    let err = stderr_of(&out);
    assert!(err.contains("< 504 Gateway Timeout"), "{err}");
    assert!(
        err.contains("* the state of service web: sending it again in "),
        "{err}"
    );
    assert!(
        err.contains("warning: the state of service web: the answer was lost (HTTP 504); sent again, the change is confirmed"),
        "{err}"
    );
    let states: Vec<String> = trail(&emu)
        .into_iter()
        .filter(|r| r.contains("/state"))
        .collect();
    assert_eq!(
        states,
        [
            format!("PATCH /services/{id}/state (gateway_timeout)"),
            format!("PATCH /services/{id}/state"),
        ]
    );
}

#[test]
fn a_lost_delete_is_confirmed_by_the_404_of_its_repeat() {
    let emu = with_services(1);
    let id = collection(&emu, "services")[0]["id"]
        .as_str()
        .unwrap()
        .to_string();
    assert_code(
        &ch(&emu, &["service", "stop", "seed-service-0001", "--wait"]),
        0,
    );
    // Just after it stopped a DELETE is still refused (409) for half a transition (NOTES.md): past that, the
    // lost DELETE is the one that acts.
    std::thread::sleep(std::time::Duration::from_millis(400));
    emu.server.clear_requests();
    // Named, the service is found in the list: the first request to its own path is the DELETE.
    lose_next(
        &emu,
        &format!("/v1/organizations/{}/services/{id}", org(&emu)),
        false,
    );
    let out = ch(&emu, &["service", "delete", "seed-service-0001", "--yes"]);
    assert_code(&out, 0);
    let err = stderr_of(&out);
    assert!(
        err.contains("it is gone now, the delete is confirmed"),
        "{err}"
    );
    let deletes: Vec<String> = trail(&emu)
        .into_iter()
        .filter(|r| r.starts_with("DELETE"))
        .collect();
    assert_eq!(
        deletes,
        [
            format!("DELETE /services/{id} (lost_answer)"),
            format!("DELETE /services/{id}"),
        ]
    );
}

#[test]
fn a_lost_key_create_is_confirmed_and_the_user_told_its_secret_is_gone() {
    let emu = Emu::start();
    lose_next(&emu, &format!("/v1/organizations/{}/keys", org(&emu)), true);
    let out = ch(
        &emu,
        &[
            "key",
            "create",
            "--name",
            "ci",
            "--role",
            "Developer",
            "--json",
        ],
    );
    assert_code(&out, 0);
    let err = stderr_of(&out);
    assert!(
        err.contains("warning: API key ci: the answer was lost (HTTP 504); read back, the change is confirmed"),
        "{err}"
    );
    let keys: Vec<Value> = collection(&emu, "keys")
        .into_iter()
        .filter(|k| k["name"] == "ci")
        .collect();
    assert_eq!(keys.len(), 1, "exactly one key");
    let id = keys[0]["id"].as_str().unwrap();
    assert!(
        err.contains(&format!(
            "the secret of API key ci was in the lost answer and can never be read again: make a new key with \
             `dbcloud ch key create --name ci --role Developer` and delete this one with `dbcloud ch key delete {id} --yes`"
        )),
        "{err}"
    );
    let shown: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(shown["id"], id);
    assert!(shown.get("keySecret").is_none(), "{shown}");

    // With --save-as-profile there is nothing to save: no profile, an error that says why.
    lose_next(
        &emu,
        &format!("/v1/organizations/{}/keys", org(&emu)),
        false,
    );
    let out = ch(
        &emu,
        &[
            "key",
            "create",
            "--name",
            "deploy",
            "--role",
            "Developer",
            "--save-as-profile",
            "deploy",
        ],
    );
    assert_code(&out, 1);
    let err = stderr_of(&out);
    assert!(
        err.contains(
            "profile 'deploy' was not saved: the secret of API key deploy was in the lost answer"
        ),
        "{err}"
    );
    assert!(err.contains("--save-as-profile deploy`"), "{err}");
    let config = std::fs::read_to_string(emu.env.config_path()).unwrap_or_default();
    assert!(!config.contains("deploy"), "{config}");
}

#[test]
fn a_lost_postgres_create_resets_the_password_once_and_a_lost_restart_is_read_back() {
    let emu = Emu::start();
    let base = format!("/v1/organizations/{}/postgres", org(&emu));
    lose_next(&emu, &base, true);
    let out = ch(
        &emu,
        &[
            "postgres",
            "create",
            "--name",
            "orders",
            "--provider",
            "aws",
            "--region",
            "us-east-1",
            "--size",
            "r8gd.large",
            "--json",
        ],
    );
    assert_code(&out, 0);
    let err = stderr_of(&out);
    assert!(
        err.contains("warning: the superuser password of Postgres service orders was in the lost answer: it is reset once, to a new one"),
        "{err}"
    );
    let services = collection(&emu, "postgres");
    assert_eq!(services.len(), 1, "exactly one Postgres service");
    let id = services[0]["id"].as_str().unwrap().to_string();
    let shown: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(shown["id"], id.as_str());
    assert!(
        shown["password"].as_str().is_some_and(|p| p.len() >= 8),
        "{shown}"
    );
    // Read back, then (once it runs: the API refuses a new password while it is created) the one reset.
    let sent: Vec<String> = trail(&emu)
        .into_iter()
        .filter(|r| *r != format!("GET /postgres/{id}"))
        .collect();
    assert_eq!(
        sent,
        [
            "POST /postgres (gateway_timeout)".to_string(),
            "GET /postgres".to_string(),
            format!("PATCH /postgres/{id}/password"),
        ]
    );

    // A restart is an action, not a value: read back by the state it starts, never sent twice.
    wait_running(&emu, "orders");
    emu.server.clear_requests();
    lose_next(&emu, &format!("{base}/{id}/state"), false);
    let out = ch(&emu, &["postgres", "restart", "orders"]);
    assert_code(&out, 0);
    assert!(
        stderr_of(&out).contains("the restart of Postgres service orders: the answer was lost (the connection was closed); read back, the change is confirmed"),
        "{}",
        stderr_of(&out)
    );
    assert_eq!(
        trail(&emu),
        [
            "GET /postgres".to_string(),
            format!("PATCH /postgres/{id}/state (lost_answer)"),
            format!("GET /postgres/{id}"),
        ]
    );
}

#[test]
fn a_write_that_cannot_be_confirmed_keeps_an_honest_error_naming_what_to_check() {
    let emu = Emu::start();
    // Every request under the roles fails (and is not acted on): neither the create nor its read back works.
    emu.server.set_faults(Faults {
        fail_rate: 1.0,
        fail_statuses: vec![502],
        only_path_prefix: Some(format!("/v1/organizations/{}/roles", org(&emu))),
        ..Faults::default()
    });
    let out = emu
        .cmd()
        .env("DBCLOUD_RETRIES", "0")
        .args([
            "ch",
            "role",
            "create",
            "--name",
            "auditors",
            "--permission",
            "control-plane:organization:view",
        ])
        .output()
        .unwrap();
    assert_ne!(out.status.code(), Some(0));
    let err = stderr_of(&out);
    assert!(
        err.contains("the change may or may not have been made (reading it back failed too: "),
        "{err}"
    );
    assert!(
        err.contains("check role auditors before trying again"),
        "{err}"
    );
    assert!(
        !collection(&emu, "roles")
            .iter()
            .any(|r| r["name"] == "auditors")
    );
}

/// Polls until the Postgres service `name` runs.
fn wait_running(emu: &Emu, name: &str) {
    for _ in 0..100 {
        let shown = crate::clickhouse::ch_json(emu, &["postgres", "get", name]);
        if shown["state"] == "running" {
            return;
        }
        std::thread::sleep(std::time::Duration::from_millis(100));
    }
    panic!("Postgres service {name} never ran");
}

/// The writes after the create in a trail: from the lost `POST` on.
fn from_lost_post(trail: Vec<String>) -> Vec<String> {
    let at = trail
        .iter()
        .position(|r| r.starts_with("POST ") && r.ends_with("(lost_answer)"))
        .expect("a lost POST");
    trail[at..].to_vec()
}

/// Applies a file declaring one new service of `collection` ("services", "postgres") whose create answer
/// is lost, asserting success, the warning, and a real password in `password_file` shown nowhere else.
/// Returns the one service the emulator holds afterwards.
fn apply_with_a_lost_create(
    emu: &Emu,
    collection_name: &str,
    text: &str,
    file: &str,
    warning: &str,
) -> Value {
    let path = crate::declare::file(emu, "db.toml", text);
    lose_next_of(
        emu,
        Some("POST"),
        &format!("/v1/organizations/{}/{collection_name}", org(emu)),
        false,
    );
    let out = crate::declare::run(emu, &["apply", "-f", path.to_str().unwrap(), "--yes"]);
    assert_code(&out, 0);
    let err = stderr_of(&out);
    assert!(err.contains(warning), "{err}");
    let password = std::fs::read_to_string(emu.env.dir.path().join(file)).unwrap();
    let password = password.trim_end();
    assert!(password.len() >= 8, "{file} holds {password:?}");
    assert!(!err.contains(password) && !stdout_of(&out).contains(password));
    let services = collection(emu, collection_name);
    assert_eq!(services.len(), 1, "exactly one of {collection_name}");
    services[0].clone()
}

#[test]
fn a_declared_service_whose_create_answer_is_lost_has_a_new_password_in_its_file() {
    let emu = Emu::start();
    let service = apply_with_a_lost_create(
        &emu,
        "services",
        "[clickhouse.services.web]\nprovider = \"aws\"\nregion = \"us-east-1\"\npassword_file = \"web.pw\"\n",
        "web.pw",
        "warning: the password of service web was in the lost answer: it is reset once, to a new one",
    );
    let id = service["id"].as_str().unwrap();
    assert_eq!(
        from_lost_post(trail(&emu)),
        [
            "POST /services (lost_answer)".to_string(),
            "GET /services".to_string(),
            format!("PATCH /services/{id}/password"),
        ]
    );
}

#[test]
fn a_declared_postgres_service_whose_create_answer_is_lost_has_a_new_password_once_it_runs() {
    let emu = Emu::start();
    let service = apply_with_a_lost_create(
        &emu,
        "postgres",
        "[clickhouse.postgres.orders]\nprovider = \"aws\"\nregion = \"us-east-1\"\nsize = \"r8gd.large\"\npassword_file = \"orders.pw\"\n",
        "orders.pw",
        "warning: the superuser password of Postgres service orders was in the lost answer: it is reset once, to a new one",
    );
    let id = service["id"].as_str().unwrap();
    let writes: Vec<String> = from_lost_post(trail(&emu))
        .into_iter()
        .filter(|r| !r.starts_with("GET "))
        .collect();
    // The reset waits until the service runs (it takes no new password while being created).
    assert_eq!(
        writes,
        [
            "POST /postgres (lost_answer)".to_string(),
            format!("PATCH /postgres/{id}/password"),
        ]
    );
    assert_eq!(service["state"], "running");
}
