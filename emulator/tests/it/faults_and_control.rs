//! Faults on demand and the control API under /_emulator/.

use std::time::Instant;

use crate::common::*;
use dbcloud_emulator::Faults;
use serde_json::{Value, json};

#[tokio::test]
async fn latency() {
    let emu = emulator();
    let api = Api::new(&emu.url());
    emu.set_faults(Faults {
        latency_ms: 1000,
        ..Faults::default()
    });
    let t = Instant::now();
    assert_eq!(
        api.crdb("GET", "/api/v1/organization", None).await.status,
        200
    );
    assert!(t.elapsed().as_millis() >= 1000);
    emu.set_faults(Faults::default());
    let t = Instant::now();
    api.crdb("GET", "/api/v1/organization", None).await;
    assert!(t.elapsed().as_millis() < 1000);
}

#[tokio::test]
async fn failures_once_on_a_path_prefix() {
    let emu = emulator();
    let api = Api::new(&emu.url());
    let org = emu.clickhouse_org_id();
    // "The next GET of clusters gets 503 once."
    let set = api
        .raw(
            "PUT",
            "/_emulator/faults",
            &[],
            Some(&json!({"fail_rate": 1.0, "fail_statuses": [503], "only_path_prefix": "/api/v1/clusters", "count": 1})),
        )
        .await;
    assert_eq!(set.status, 200, "{set:?}");
    assert_eq!(
        api.crdb("GET", "/api/v1/organization", None).await.status,
        200,
        "other paths are not affected"
    );
    let failed = api.crdb("GET", "/api/v1/clusters", None).await;
    assert_eq!(failed.status, 503);
    assert_eq!(failed.headers["retry-after"], "1");
    assert_eq!(failed.json["code"], 14);
    assert_eq!(
        api.crdb("GET", "/api/v1/clusters", None).await.status,
        200,
        "only once"
    );
    let faults = api.raw("GET", "/_emulator/faults", &[], None).await;
    assert_eq!(faults.json["count"], 0);

    // A ClickHouse 429 like the real one, and 500s in each shape.
    emu.set_faults(Faults {
        fail_rate: 1.0,
        fail_statuses: vec![429],
        count: Some(1),
        ..Faults::default()
    });
    let limited = api.ch("GET", "/v1/organizations", None).await;
    assert_eq!(limited.status, 429);
    assert_eq!(limited.json, json!({"error": "TOO_MANY_REQUESTS"}));
    assert_eq!(limited.headers["retry-after"], "1");
    emu.set_faults(Faults {
        fail_rate: 1.0,
        fail_statuses: vec![500],
        count: Some(2),
        ..Faults::default()
    });
    let ch = api
        .ch("GET", &format!("/v1/organizations/{org}"), None)
        .await;
    assert_eq!(ch.status, 500);
    assert!(
        ch.json["error"]
            .as_str()
            .unwrap()
            .starts_with("INTERNAL_SERVER_ERROR: ")
    );
    let crdb = api.crdb("GET", "/api/v1/clusters", None).await;
    assert_eq!(crdb.status, 500);
    assert_eq!(crdb.json["code"], 13);

    // A failed POST did not act.
    emu.set_faults(Faults {
        fail_rate: 1.0,
        count: Some(1),
        ..Faults::default()
    });
    let body = json!({"name": "nope", "provider": "GCP", "spec": {"serverless": {"regions": ["us-east1"]}}});
    assert!(
        api.crdb("POST", "/api/v1/clusters", Some(&body))
            .await
            .status
            >= 500
    );
    assert_eq!(
        api.crdb("GET", "/api/v1/clusters", None).await.json["clusters"],
        json!([])
    );
}

#[tokio::test]
async fn connection_resets() {
    let emu = emulator();
    let api = Api::new(&emu.url());
    emu.set_faults(Faults {
        reset_rate: 1.0,
        count: Some(1),
        ..Faults::default()
    });
    let err = api
        .http
        .get(format!("{}/api/v1/organization", emu.url()))
        .bearer_auth(dbcloud_emulator::DEFAULT_COCKROACH_API_KEY)
        .send()
        .await;
    assert!(
        err.is_err(),
        "the connection is closed without an answer: {err:?}"
    );
    assert_eq!(
        api.crdb("GET", "/api/v1/organization", None).await.status,
        200
    );
    let log = emu.requests();
    assert_eq!(log[0].status, 0, "a reset is logged with status 0");
    assert_eq!(log[1].status, 200);
}

#[tokio::test]
async fn truncated_and_html_answers() {
    let emu = emulator();
    let api = Api::new(&emu.url());
    emu.set_faults(Faults {
        truncate_rate: 1.0,
        count: Some(1),
        ..Faults::default()
    });
    let body = json!({"name": "half", "provider": "GCP", "spec": {"serverless": {"regions": ["us-east1"]}}});
    let cut = api.crdb("POST", "/api/v1/clusters", Some(&body)).await;
    assert_eq!(cut.status, 200);
    assert!(!cut.text.is_empty());
    assert!(
        serde_json::from_str::<Value>(&cut.text).is_err(),
        "{}",
        cut.text
    );
    // The request was acted on: the cluster exists.
    let list = api.crdb("GET", "/api/v1/clusters", None).await;
    assert_eq!(list.json["clusters"][0]["name"], "half");

    emu.set_faults(Faults {
        html_rate: 1.0,
        count: Some(10),
        ..Faults::default()
    });
    let mut statuses = std::collections::BTreeSet::new();
    for _ in 0..10 {
        let a = api.ch("GET", "/v1/organizations", None).await;
        assert!(
            a.headers["content-type"]
                .to_str()
                .unwrap()
                .starts_with("text/html")
        );
        assert!(a.text.contains("<html"));
        statuses.insert(a.status);
    }
    assert!(
        statuses.iter().all(|s| *s == 200 || *s == 502),
        "{statuses:?}"
    );
}

#[tokio::test]
async fn control_api() {
    let emu = emulator();
    let api = Api::new(&emu.url());
    let config = api.raw("GET", "/_emulator/config", &[], None).await;
    assert_eq!(config.status, 200);
    assert_eq!(
        config.json["clickhouse"]["key_id"],
        dbcloud_emulator::DEFAULT_CLICKHOUSE_KEY_ID
    );
    assert_eq!(
        config.json["clickhouse"]["organization_id"],
        emu.clickhouse_org_id().as_str()
    );
    assert_eq!(
        config.json["cockroach"]["api_key"],
        dbcloud_emulator::DEFAULT_COCKROACH_API_KEY
    );
    assert_eq!(config.json["transition_ms"], T_MS);

    let body = json!({"name": "logged", "provider": "GCP", "spec": {"serverless": {"regions": ["us-east1"]}}});
    api.crdb("POST", "/api/v1/clusters?x=1", Some(&body)).await;
    let log = api.raw("GET", "/_emulator/requests", &[], None).await;
    let entries = log.json.as_array().unwrap();
    assert_eq!(entries.len(), 1, "control requests are not logged: {log:?}");
    let e = &entries[0];
    assert_eq!(e["method"], "POST");
    assert_eq!(e["path"], "/api/v1/clusters");
    assert_eq!(e["query"], "x=1");
    assert_eq!(e["status"], 200);
    assert_eq!(e["body"]["name"], "logged");
    assert!(e["raw_body"].as_str().unwrap().contains("logged"));
    assert_eq!(e["headers"]["cc-version"], "2024-09-16");
    assert!(e["headers"].get("authorization").is_none());
    assert!(e["time"].as_str().unwrap().ends_with('Z'));
    assert_eq!(emu.requests().len(), 1);

    let state = api.raw("GET", "/_emulator/state", &[], None).await;
    let clusters = &state.json["collections"]["/api/v1/clusters"];
    assert_eq!(clusters[0]["name"], "logged");
    assert_eq!(clusters[0]["state"], "CREATING");
    assert_eq!(
        emu.state()["collections"]["/api/v1/clusters"][0]["name"],
        "logged"
    );

    assert_eq!(
        api.raw("DELETE", "/_emulator/requests", &[], None)
            .await
            .json["cleared"],
        1
    );
    assert!(emu.requests().is_empty());
    let reset = api.raw("POST", "/_emulator/reset", &[], None).await;
    assert_eq!(reset.status, 200);
    assert_eq!(
        api.crdb("GET", "/api/v1/clusters", None).await.json["clusters"],
        json!([])
    );
    api.crdb("POST", "/api/v1/clusters", Some(&body)).await;
    emu.reset();
    assert_eq!(
        api.crdb("GET", "/api/v1/clusters", None).await.json["clusters"],
        json!([])
    );

    let bad = api
        .raw(
            "PUT",
            "/_emulator/faults",
            &[],
            Some(&json!({"fail_rate": 3})),
        )
        .await;
    assert_eq!(bad.status, 400);
    assert_eq!(
        api.raw("GET", "/_emulator/nothing", &[], None).await.status,
        404
    );
    assert_eq!(
        api.raw("DELETE", "/_emulator/state", &[], None)
            .await
            .status,
        405
    );
    let cleared = api.raw("DELETE", "/_emulator/faults", &[], None).await;
    assert_eq!(cleared.json["fail_rate"], 0.0);
}

#[tokio::test]
async fn lost_answers_and_gateway_timeouts_happen_after_the_change() {
    let emu = emulator();
    let api = Api::new(&emu.url());
    // The connection is closed without an answer, but the cluster was created.
    emu.set_faults(Faults {
        lost_answer_rate: 1.0,
        count: Some(1),
        ..Faults::default()
    });
    let body = json!({"name": "lost", "provider": "GCP", "spec": {"serverless": {"regions": ["us-east1"]}}});
    let err = api
        .http
        .post(format!("{}/api/v1/clusters", emu.url()))
        .bearer_auth(dbcloud_emulator::DEFAULT_COCKROACH_API_KEY)
        .header("cc-version", dbcloud_emulator::COCKROACH_API_VERSION)
        .json(&body)
        .send()
        .await;
    assert!(err.is_err(), "no answer arrives: {err:?}");
    let list = api.crdb("GET", "/api/v1/clusters", None).await;
    assert_eq!(list.json["clusters"][0]["name"], "lost");
    assert_eq!(list.json["clusters"].as_array().unwrap().len(), 1);

    // A proxy's 504, but the service was created.
    let org = emu.clickhouse_org_id();
    emu.set_faults(Faults {
        gateway_timeout_rate: 1.0,
        only_path_prefix: Some("/v1/organizations".into()),
        count: Some(1),
        ..Faults::default()
    });
    let body = json!({"name": "late", "provider": "aws", "region": "us-east-1"});
    let answer = api
        .ch(
            "POST",
            &format!("/v1/organizations/{org}/services"),
            Some(&body),
        )
        .await;
    assert_eq!(answer.status, 504);
    assert!(
        answer.headers["content-type"]
            .to_str()
            .unwrap()
            .starts_with("text/html")
    );
    assert!(
        answer.text.contains("504 Gateway Time-out"),
        "{}",
        answer.text
    );
    let services = api
        .ch("GET", &format!("/v1/organizations/{org}/services"), None)
        .await;
    assert_eq!(services.json["result"][0]["name"], "late");

    // The log tells the operation's own status and the fault.
    let log = emu.requests();
    let faulted: Vec<(&str, u16, Option<&str>)> = log
        .iter()
        .filter(|r| r.method == "POST")
        .map(|r| (r.path.as_str(), r.status, r.fault.as_deref()))
        .collect();
    let services_path = format!("/v1/organizations/{org}/services");
    assert_eq!(
        faulted,
        [
            ("/api/v1/clusters", 200, Some("lost_answer")),
            (services_path.as_str(), 200, Some("gateway_timeout")),
        ]
    );
    assert!(
        log.iter()
            .filter(|r| r.method == "GET")
            .all(|r| r.fault.is_none())
    );

    // Both rates are in the control API, and checked.
    let set = api
        .raw(
            "PUT",
            "/_emulator/faults",
            &[],
            Some(&json!({"lost_answer_rate": 0.1, "gateway_timeout_rate": 0.2})),
        )
        .await;
    assert_eq!(set.status, 200, "{set:?}");
    let faults = api.raw("GET", "/_emulator/faults", &[], None).await;
    assert_eq!(faults.json["lost_answer_rate"], 0.1);
    assert_eq!(faults.json["gateway_timeout_rate"], 0.2);
    let bad = api
        .raw(
            "PUT",
            "/_emulator/faults",
            &[],
            Some(&json!({"lost_answer_rate": 2})),
        )
        .await;
    assert_eq!(bad.status, 400, "{bad:?}");
    assert!(bad.text.contains("lost_answer_rate"), "{}", bad.text);
}
