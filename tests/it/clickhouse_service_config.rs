//! `dbcloud ch service` beyond the service itself, end to end: its query endpoint, private endpoints,
//! scaling schedule, upgrade window and ClickHouse settings, and waking an idle service.

use std::time::Duration;

use crate::clickhouse::{ch, ch_json, collection, org, sent, service_id, with_services};
use crate::common::*;
use serde_json::{Value, json};

const WEB: &str = "seed-service-0001";

/// A configuration of the seeded service in the emulator's state (`serviceQueryEndpoint`, ...).
fn configuration(emu: &Emu, what: &str) -> Value {
    let id = service_id(emu, WEB);
    let path = format!("/v1/organizations/{}/services/{id}/{what}", org(emu));
    emu.server.state()["configurations"][path.as_str()].clone()
}

#[test]
fn a_query_endpoint_is_set_shown_and_deleted() {
    let emu = with_services(1);
    let key = collection(&emu, "keys")[0]["id"]
        .as_str()
        .unwrap()
        .to_string();
    let out = ch(
        &emu,
        &[
            "service",
            "query-endpoint",
            "set",
            WEB,
            "--role",
            "SQL_CONSOLE_READ_ONLY",
            "--open-api-key",
            "emulator",
            "--allowed-origin",
            "app.example.com",
            "--allowed-origin",
            "https://admin.example.com",
        ],
    );
    assert_code(&out, 0);
    assert!(stderr_of(&out).contains("Set the query endpoint of service seed-service-0001."));
    let table = stdout_of(&out);
    assert!(
        table.contains("sql_console_read_only") && table.contains(&key),
        "{table}"
    );
    let post = sent(&emu, "POST", "/serviceQueryEndpoint").pop().unwrap();
    assert_eq!(
        post.body.unwrap(),
        json!({"roles": ["sql_console_read_only"], "openApiKeys": [key],
               "allowedOrigins": "app.example.com,https://admin.example.com"})
    );
    assert_eq!(
        configuration(&emu, "serviceQueryEndpoint")["openApiKeys"],
        json!([key])
    );
    let yaml: Value = serde_norway::from_str(&stdout_of(&ch(
        &emu,
        &["service", "query-endpoint", "get", WEB, "-o", "yaml"],
    )))
    .unwrap();
    assert_eq!(yaml["roles"], json!(["sql_console_read_only"]));
    let roles = stdout_of(&ch(
        &emu,
        &["service", "query-endpoint", "get", WEB, "--jq", ".roles[0]"],
    ));
    assert_eq!(roles, "sql_console_read_only\n");

    // Bad input is refused before anything is sent; an unknown key or service is exit 3.
    for (args, code) in [
        (vec!["--role", "superuser"], 2),
        (
            vec![
                "--role",
                "sql_console_admin",
                "--allowed-origin",
                "a.com,b.com",
            ],
            2,
        ),
        (vec!["--open-api-key", "emulator"], 2),
        (
            vec![
                "--role",
                "sql_console_admin",
                "--open-api-key",
                "no-such-key",
            ],
            3,
        ),
    ] {
        let mut all = vec!["service", "query-endpoint", "set", WEB];
        all.extend(args);
        assert_code(&ch(&emu, &all), code);
    }
    assert_code(
        &ch(
            &emu,
            &["service", "query-endpoint", "get", "no-such-service"],
        ),
        3,
    );
    assert_eq!(sent(&emu, "POST", "/serviceQueryEndpoint").len(), 1);

    assert_code(&ch(&emu, &["service", "query-endpoint", "delete", WEB]), 2);
    assert!(sent(&emu, "DELETE", "/serviceQueryEndpoint").is_empty());
    assert_code(
        &ch(&emu, &["service", "query-endpoint", "delete", WEB, "--yes"]),
        0,
    );
    assert!(configuration(&emu, "serviceQueryEndpoint").is_null());
    assert_code(&ch(&emu, &["service", "query-endpoint", "get", WEB]), 3);
}

#[test]
fn a_private_endpoint_is_registered_with_the_service_and_organization() {
    let emu = with_services(1);
    let created = ch_json(
        &emu,
        &[
            "service",
            "private-endpoint",
            "create",
            WEB,
            "--endpoint-id",
            "vpce-0123456789abcdef0",
            "--description",
            "app VPC",
        ],
    );
    assert_eq!(
        created,
        json!({"id": "vpce-0123456789abcdef0", "description": "app VPC", "cloudProvider": "aws", "region": "us-east-1"})
    );
    let service = collection(&emu, "services").pop().unwrap();
    assert_eq!(
        service["privateEndpointIds"],
        json!(["vpce-0123456789abcdef0"])
    );
    let orgs = emu.server.state()["collections"]["/v1/organizations"].clone();
    assert_eq!(orgs[0]["privateEndpoints"], json!([created]));
    // Twice is a conflict; an empty ID never leaves.
    let out = ch(
        &emu,
        &[
            "service",
            "private-endpoint",
            "create",
            WEB,
            "--endpoint-id",
            "vpce-0123456789abcdef0",
        ],
    );
    assert_code(&out, 5);
    let out = ch(
        &emu,
        &[
            "service",
            "private-endpoint",
            "create",
            WEB,
            "--endpoint-id",
            " ",
        ],
    );
    assert_code(&out, 2);
    assert_eq!(sent(&emu, "POST", "/privateEndpoint").len(), 2);
}

#[test]
fn a_scaling_schedule_from_a_file_round_trips() {
    let emu = with_services(1);
    let example = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("docs/examples/scaling-schedule.yaml");
    let out = ch(
        &emu,
        &[
            "service",
            "scaling-schedule",
            "set",
            WEB,
            "--file",
            example.to_str().unwrap(),
        ],
    );
    assert_code(&out, 0);
    let err = stderr_of(&out);
    assert!(
        err.contains("(3 entries)") && err.contains("Outside the entries: vertical"),
        "{err}"
    );
    let table = stdout_of(&out);
    assert!(
        table.contains("Business hours") && table.contains("Mon, Tue, Wed, Thu, Fri"),
        "{table}"
    );
    assert!(
        table.contains("22:00-06:00") && table.contains("2-6 replicas"),
        "{table}"
    );
    let post = sent(&emu, "POST", "/scalingSchedule").pop().unwrap();
    assert_eq!(post.body.as_ref().unwrap()["entries"][0]["numReplicas"], 3);
    let stored = configuration(&emu, "scalingSchedule");
    assert_eq!(stored["entries"].as_array().unwrap().len(), 3);

    // What `get` shows can be set again: the fields the API sets are left out, with a note.
    let shown = stdout_of(&ch(
        &emu,
        &["service", "scaling-schedule", "get", WEB, "-o", "yaml"],
    ));
    let file = emu.env.dir.path().join("schedule.yaml");
    std::fs::write(&file, shown.replace("startHourUtc: 10", "startHourUtc: 11")).unwrap();
    let out = ch(
        &emu,
        &[
            "service",
            "scaling-schedule",
            "set",
            WEB,
            "--file",
            file.to_str().unwrap(),
            "--json",
        ],
    );
    assert_code(&out, 0);
    assert!(
        stderr_of(&out).contains("note: left out baseConfig"),
        "{}",
        stderr_of(&out)
    );
    let again: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(again["entries"][2]["startHourUtc"], 11);
    assert!(again["baseConfig"]["minReplicaMemoryGb"].is_number());
    let sent_back = sent(&emu, "POST", "/scalingSchedule")
        .pop()
        .unwrap()
        .body
        .unwrap();
    assert!(sent_back.get("baseConfig").is_none() && sent_back["entries"][0].get("id").is_none());

    // A document that is not what the API takes: exit 2 naming the field, nothing sent.
    std::fs::write(
        &file,
        "entries:\n  - name: x\n    weekdays: [1]\n    startHourUtc: 25\n    endHourUtc: 3\n",
    )
    .unwrap();
    let out = ch(
        &emu,
        &[
            "service",
            "scaling-schedule",
            "set",
            WEB,
            "--file",
            file.to_str().unwrap(),
        ],
    );
    assert_code(&out, 2);
    assert!(
        stderr_of(&out).contains("entries[0].startHourUtc"),
        "{}",
        stderr_of(&out)
    );
    // Entries that overlap: the API refuses them.
    let out = emu.run_stdin(
        &[
            "ch",
            "service",
            "scaling-schedule",
            "set",
            WEB,
            "--file",
            "-",
        ],
        r#"{"entries": [{"name": "a", "weekdays": [1], "startHourUtc": 8, "endHourUtc": 12},
                        {"name": "b", "weekdays": [1], "startHourUtc": 11, "endHourUtc": 14}]}"#,
    );
    assert_code(&out, 1);
    assert!(
        stderr_of(&out).contains("overlaps entries[0] (Mon 11:00 UTC)"),
        "{}",
        stderr_of(&out)
    );
    assert_eq!(sent(&emu, "POST", "/scalingSchedule").len(), 3);
    assert_code(
        &ch(&emu, &["service", "scaling-schedule", "get", "nosuch"]),
        3,
    );

    assert_code(
        &ch(&emu, &["service", "scaling-schedule", "delete", WEB]),
        2,
    );
    assert_code(
        &ch(
            &emu,
            &["service", "scaling-schedule", "delete", WEB, "--yes"],
        ),
        0,
    );
    assert!(configuration(&emu, "scalingSchedule").is_null());
    assert_code(&ch(&emu, &["service", "scaling-schedule", "get", WEB]), 3);
    let out = emu.run_stdin(
        &[
            "ch",
            "service",
            "scaling-schedule",
            "set",
            WEB,
            "--file",
            "-",
        ],
        "entries: []\n",
    );
    assert_code(&out, 0);
    assert!(
        stderr_of(&out).contains("Cleared the scaling schedule"),
        "{}",
        stderr_of(&out)
    );
}

#[test]
fn an_upgrade_window_is_set_shown_and_deleted() {
    let emu = with_services(1);
    let out = ch(
        &emu,
        &[
            "service",
            "upgrade-window",
            "set",
            WEB,
            "--day",
            "Wednesday",
            "--start-hour",
            "12",
        ],
    );
    assert_code(&out, 0);
    let table = stdout_of(&out);
    assert!(
        table.contains("Wednesday (3)") && table.contains("12:00-18:00 UTC"),
        "{table}"
    );
    assert_eq!(
        sent(&emu, "PUT", "/upgradeWindow")[0]
            .body
            .as_ref()
            .unwrap(),
        &json!({"weekday": 3, "startHourUtc": 12})
    );
    assert_eq!(
        configuration(&emu, "upgradeWindow"),
        json!({"weekday": 3, "startHourUtc": 12, "duration": 6})
    );
    let shown = ch_json(&emu, &["service", "upgrade-window", "get", WEB]);
    assert_eq!(shown["duration"], 6);
    let columns = stdout_of(&ch(
        &emu,
        &[
            "service",
            "upgrade-window",
            "get",
            WEB,
            "--columns",
            "weekday,startHourUtc",
        ],
    ));
    assert!(
        columns.contains("weekday") && columns.contains("12"),
        "{columns}"
    );

    for args in [
        ["--day", "wednesday", "--start-hour", "13"],
        ["--day", "7", "--start-hour", "12"],
        ["--day", "someday", "--start-hour", "12"],
    ] {
        let mut all = vec!["service", "upgrade-window", "set", WEB];
        all.extend(args);
        assert_code(&ch(&emu, &all), 2);
    }
    assert_eq!(sent(&emu, "PUT", "/upgradeWindow").len(), 1);
    assert_code(&ch(&emu, &["service", "upgrade-window", "delete", WEB]), 2);
    assert_code(
        &ch(&emu, &["service", "upgrade-window", "delete", WEB, "--yes"]),
        0,
    );
    assert_code(&ch(&emu, &["service", "upgrade-window", "get", WEB]), 3);
    assert_code(
        &ch(&emu, &["service", "upgrade-window", "delete", WEB, "--yes"]),
        3,
    );
}

#[test]
fn clickhouse_settings_follow_the_schema_the_api_serves() {
    let emu = with_services(1);
    let schema = stdout_of(&ch(&emu, &["service", "settings", "schema", WEB]));
    assert!(
        schema.contains("max_threads") && schema.contains("integer"),
        "{schema}"
    );
    let one = ch_json(
        &emu,
        &["service", "settings", "schema", WEB, "async_insert"],
    );
    assert_eq!(one["enum"], json!([0, 1]));

    let out = ch(
        &emu,
        &[
            "service",
            "settings",
            "set",
            WEB,
            "max_threads=8",
            "async_insert=1",
            "compatibility=24.8",
        ],
    );
    assert_code(&out, 0);
    let err = stderr_of(&out);
    assert!(
        err.contains("warning: compatibility: Changing this setting"),
        "{err}"
    );
    let table = stdout_of(&out);
    assert!(
        table.contains("max_threads") && table.contains("24.8"),
        "{table}"
    );
    // Integers are sent as numbers, as the schema types them; the object travels as a JSON string.
    let patch = sent(&emu, "PATCH", "/clickhouseSettings")
        .pop()
        .unwrap()
        .body
        .unwrap();
    let written: Value = serde_json::from_str(patch["settings"].as_str().unwrap()).unwrap();
    assert_eq!(
        written,
        json!({"max_threads": 8, "async_insert": 1, "compatibility": "24.8"})
    );
    assert_eq!(
        configuration(&emu, "clickhouseSettings")["max_threads"],
        "8"
    );

    let list = ch_json(&emu, &["service", "settings", "list", WEB]);
    assert_eq!(list.as_array().unwrap().len(), 3);
    assert_eq!(
        stdout_of(&ch(
            &emu,
            &[
                "service",
                "settings",
                "get",
                WEB,
                "max_threads",
                "--jq",
                ".value"
            ]
        )),
        "8\n"
    );
    // A setting never set shows its default.
    assert_eq!(
        ch_json(
            &emu,
            &["service", "settings", "get", WEB, "keep_alive_timeout"]
        )["value"],
        "30"
    );

    // Values and names the schema refuses never leave.
    for (assignment, says) in [
        ("max_threads=eight", "whole number"),
        ("async_insert=2", "allowed: 0, 1"),
        ("threads=4", "did you mean max_threads"),
    ] {
        let out = ch(&emu, &["service", "settings", "set", WEB, assignment]);
        assert_code(&out, 2);
        assert!(
            stderr_of(&out).contains(says),
            "{assignment}: {}",
            stderr_of(&out)
        );
    }
    assert_code(
        &ch(&emu, &["service", "settings", "set", WEB, "max_threads"]),
        2,
    );
    assert_code(
        &ch(&emu, &["service", "settings", "set", WEB, "a=1", "a=2"]),
        2,
    );
    assert_eq!(sent(&emu, "PATCH", "/clickhouseSettings").len(), 1);
    assert_code(
        &ch(
            &emu,
            &["service", "settings", "get", WEB, "no_such_setting"],
        ),
        3,
    );

    assert_code(
        &ch(&emu, &["service", "settings", "unset", WEB, "max_threads"]),
        2,
    );
    let out = ch(
        &emu,
        &[
            "service",
            "settings",
            "unset",
            WEB,
            "max_threads",
            "async_insert",
            "--yes",
        ],
    );
    assert_code(&out, 0);
    let left = ch_json(&emu, &["service", "settings", "list", WEB]);
    assert_eq!(left, json!([{"name": "compatibility", "value": "24.8"}]));
}

/// A service put to sleep by idle scaling wakes with `awake`; a stopped one does not.
#[test]
fn an_idle_service_is_woken() {
    let dir = tempfile::tempdir().unwrap();
    let state = dir.path().join("state.json");
    let config = || dbcloud_emulator::Config {
        transition: Duration::from_millis(300),
        rate_limits: false,
        quiet: true,
        seed_services: 1,
        state_file: Some(state.clone()),
        ..dbcloud_emulator::Config::default()
    };
    drop(Emu::with(config()));
    // Idle scaling has put the service to sleep (the emulator has no queries to idle on).
    let mut saved: Value = serde_json::from_str(&std::fs::read_to_string(&state).unwrap()).unwrap();
    fn idle(v: &mut Value) {
        match v {
            Value::Object(m) if m.get("name") == Some(&json!(WEB)) && m.contains_key("_stable") => {
                m.insert("_stable".into(), json!("idle"));
            }
            Value::Object(m) => m.values_mut().for_each(idle),
            Value::Array(a) => a.iter_mut().for_each(idle),
            _ => {}
        }
    }
    idle(&mut saved);
    std::fs::write(&state, saved.to_string()).unwrap();
    let emu = Emu::with(config());
    assert_eq!(ch_json(&emu, &["service", "get", WEB])["state"], "idle");

    let out = ch(&emu, &["service", "awake", WEB, "--wait", "--json"]);
    assert_code(&out, 0);
    let woken: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(woken["state"], "running");
    assert!(
        stderr_of(&out).contains("is awaking"),
        "{}",
        stderr_of(&out)
    );
    assert_eq!(
        sent(&emu, "PATCH", "/state")[0].body.as_ref().unwrap(),
        &json!({"command": "awake"})
    );
    // Awake again: nothing to do. Stopped: `start` it instead.
    assert_code(&ch(&emu, &["service", "awake", WEB]), 0);
    assert_code(&ch(&emu, &["service", "stop", WEB, "--wait"]), 0);
    let out = ch(&emu, &["service", "awake", WEB]);
    assert_code(&out, 5);
    assert_eq!(collection(&emu, "services")[0]["state"], "stopped");
    assert_code(&ch(&emu, &["service", "awake", "nosuch"]), 3);
}
