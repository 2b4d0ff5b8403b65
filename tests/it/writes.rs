//! Every write happens exactly once, even when its answer is lost (docs/writes.md): the emulator acts on a
//! request and then drops the connection or answers a proxy's 504, and dbcloud reads back, adopts or repeats.

use crate::clickhouse::{ch, collection, org, with_services};
use crate::common::*;
use dbcloud_emulator::Faults;
use serde_json::Value;

/// The next request under `path` is acted on and its answer lost (`lost_answer`) or replaced by a 504.
fn lose_next(emu: &Emu, path: &str, gateway: bool) {
    emu.server.set_faults(Faults {
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
