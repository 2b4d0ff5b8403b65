//! Authentication, Cc-Version, rate limits, unknown paths and methods.

use std::time::Duration;

use crate::common::*;
use serde_json::json;

#[tokio::test]
async fn wrong_credentials_get_401_in_each_shape() {
    let emu = emulator();
    let mut api = Api::new(&emu.url());
    api.ch_secret = "wrong".into();
    api.crdb_key = "wrong".into();
    let ch = api.ch("GET", "/v1/organizations", None).await;
    assert_eq!(ch.status, 401);
    assert_eq!(ch.json["status"], 401);
    assert!(
        ch.json["error"]
            .as_str()
            .unwrap()
            .starts_with("UNAUTHORIZED: ")
    );
    assert!(ch.json["requestId"].as_str().is_some());
    let crdb = api.crdb("GET", "/api/v1/clusters", None).await;
    assert_eq!(crdb.status, 401);
    assert_eq!(crdb.json["code"], 16);
    assert_eq!(crdb.json["details"], json!([]));

    let none = api.raw("GET", "/v1/organizations", &[], None).await;
    assert_eq!(none.status, 401);
    let none = api.raw("GET", "/api/v1/clusters", &[], None).await;
    assert_eq!(none.status, 401);
    assert_eq!(none.json["code"], 16);
    // The ClickHouse key is not a CockroachDB key, and the other way round.
    let crossed = api
        .raw(
            "GET",
            "/api/v1/clusters",
            &[("Authorization", "Bearer emulator-key-secret")],
            None,
        )
        .await;
    assert_eq!(crossed.status, 401);
}

#[tokio::test]
async fn cc_version() {
    let emu = emulator();
    let api = Api::new(&emu.url());
    let auth = format!("Bearer {}", dbcloud_emulator::DEFAULT_COCKROACH_API_KEY);
    let bad = api
        .raw(
            "GET",
            "/api/v1/clusters",
            &[("Authorization", &auth), ("Cc-Version", "2099-13-45")],
            None,
        )
        .await;
    assert_eq!(bad.status, 400);
    assert_eq!(bad.json["code"], 3);
    assert!(
        bad.json["message"]
            .as_str()
            .unwrap()
            .starts_with("invalid Cc-Version")
    );
    let old = api
        .raw(
            "GET",
            "/api/v1/clusters",
            &[("Authorization", &auth), ("Cc-Version", "2023-04-10")],
            None,
        )
        .await;
    assert_eq!(old.status, 200);
    let missing = api
        .raw("GET", "/api/v1/clusters", &[("Authorization", &auth)], None)
        .await;
    assert_eq!(missing.status, 200);
    assert!(missing.headers.contains_key("cc-version-warning"));
}

#[tokio::test]
async fn unknown_paths_and_methods() {
    let emu = emulator();
    let api = Api::new(&emu.url());
    let ch = api.ch("GET", "/v1/nothing", None).await;
    assert_eq!(ch.status, 404);
    assert!(
        ch.json["error"]
            .as_str()
            .unwrap()
            .starts_with("NOT_FOUND: ")
    );
    let crdb = api.crdb("GET", "/api/v1/nothing/here", None).await;
    assert_eq!(crdb.status, 404);
    assert_eq!(crdb.json["code"], 5);
    let method = api.crdb("PUT", "/api/v1/clusters", Some(&json!({}))).await;
    assert_eq!(method.status, 405);
    assert_eq!(method.headers["allow"], "GET, POST");
    let method = api.ch("POST", "/v1/organizations", Some(&json!({}))).await;
    assert_eq!(method.status, 405);
    let not_json = api
        .http
        .post(format!("{}/api/v1/clusters", emu.url()))
        .bearer_auth(dbcloud_emulator::DEFAULT_COCKROACH_API_KEY)
        .body("{not json")
        .send()
        .await
        .unwrap();
    assert_eq!(not_json.status(), 400);
    let elsewhere = api.raw("GET", "/", &[], None).await;
    assert_eq!(elsewhere.status, 404);
}

#[tokio::test]
async fn clickhouse_rate_limit_is_10_per_10_seconds() {
    let mut config = config();
    config.rate_limits = true;
    let emu = dbcloud_emulator::spawn(config).unwrap();
    let api = Api::new(&emu.url());
    for i in 0..10 {
        assert_eq!(
            api.ch("GET", "/v1/organizations", None).await.status,
            200,
            "request {i}"
        );
    }
    let limited = api.ch("GET", "/v1/organizations", None).await;
    assert_eq!(limited.status, 429);
    assert_eq!(limited.json, json!({"error": "TOO_MANY_REQUESTS"}));
    let retry: u64 = limited.headers["retry-after"]
        .to_str()
        .unwrap()
        .parse()
        .unwrap();
    assert!((1..=10).contains(&retry), "{retry}");
    assert!(limited.headers.contains_key("x-ratelimit-reset"));
    // Another provider's limit is separate.
    assert_eq!(api.crdb("GET", "/api/v1/clusters", None).await.status, 200);
}

#[tokio::test]
async fn cockroach_rate_limit_is_10_per_second() {
    let mut config = config();
    config.rate_limits = true;
    let emu = dbcloud_emulator::spawn(config).unwrap();
    let api = Api::new(&emu.url());
    // Eleven requests at once: ten pass, one is over the limit.
    let mut set = tokio::task::JoinSet::new();
    for _ in 0..11 {
        let api = api.clone();
        set.spawn(async move { api.crdb("GET", "/api/v1/organization", None).await });
    }
    let mut answers = Vec::new();
    while let Some(a) = set.join_next().await {
        answers.push(a.unwrap());
    }
    assert_eq!(
        answers.iter().filter(|a| a.status == 200).count(),
        10,
        "{answers:?}"
    );
    let limited = answers.into_iter().find(|a| a.status != 200).unwrap();
    assert_eq!(limited.status, 429);
    assert_eq!(limited.headers["retry-after"], "1");
    assert_eq!(limited.json["code"], 8);
    tokio::time::sleep(Duration::from_millis(1100)).await;
    assert_eq!(
        api.crdb("GET", "/api/v1/organization", None).await.status,
        200
    );
}
