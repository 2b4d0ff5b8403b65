//! The core against scripted servers (wiremock): request shapes, auth, precedence, retries, timeouts, error
//! bodies, pagination, redaction and output modes; profiles, login and config files are in `profiles`.

mod profiles;

use std::time::{Duration, Instant};

use crate::common::*;
use base64::Engine;
use serde_json::{Value, json};
use wiremock::matchers::{header, method, path, query_param};
use wiremock::{Mock, MockServer, Request, ResponseTemplate};

pub(super) fn basic(id: &str, secret: &str) -> String {
    format!(
        "Basic {}",
        base64::engine::general_purpose::STANDARD.encode(format!("{id}:{secret}"))
    )
}

pub(super) fn envelope(result: Value) -> Value {
    json!({"status": 200, "requestId": "7c1f1f7e-0000-4000-8000-000000000001", "result": result})
}

pub(super) fn org(id: &str, name: &str) -> Value {
    json!({"id": id, "name": name, "createdAt": "2026-01-01T00:00:00Z", "privateEndpoints": []})
}

pub(super) fn service(i: usize) -> Value {
    json!({
        "id": format!("00000000-0000-4000-8000-{i:012}"), "name": format!("svc-{i}"), "state": "running",
        "provider": "aws", "region": "us-east-1", "tier": "production",
        "autoscalingMode": "vertical", "minReplicaMemoryGb": 8, "maxReplicaMemoryGb": 16, "numReplicas": 3,
        "currentScaling": {"effectiveMinReplicaMemoryGb": 8, "effectiveMaxReplicaMemoryGb": 16},
        "endpoints": [{"protocol": "https", "host": format!("svc-{i}.example.com"), "port": 8443}],
    })
}

pub(super) fn cluster(i: usize) -> Value {
    json!({
        "id": format!("10000000-0000-4000-8000-{i:012}"), "name": format!("cluster-{i}"), "state": "CREATED",
        "operation_status": "CLUSTER_STATUS_UNSPECIFIED", "plan": "SERVERLESS", "cloud_provider": "GCP",
        "regions": [{"name": "us-east1", "sql_dns": "x.example.com", "node_count": 0}],
        "cockroach_version": "v24.3.1", "creator_id": "u1",
    })
}

pub(super) async fn received(server: &MockServer) -> Vec<Request> {
    server.received_requests().await.unwrap_or_default()
}

#[tokio::test(flavor = "multi_thread")]
async fn clickhouse_sends_basic_auth_and_unwraps_the_envelope() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v1/organizations"))
        .and(header(
            "authorization",
            basic(CH_KEY_ID, CH_KEY_SECRET).as_str(),
        ))
        .and(header(
            "user-agent",
            concat!("dbcloud/", env!("CARGO_PKG_VERSION")),
        ))
        .respond_with(
            ResponseTemplate::new(200).set_body_json(envelope(json!([org(ORG_ID, "acme")]))),
        )
        .expect(2)
        .mount(&server)
        .await;
    let env = TestEnv::new();
    let out = env
        .clickhouse(&server.uri())
        .args(["ch", "org", "list", "--json"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v, json!([org(ORG_ID, "acme")]));

    // The table names the organization; the trailing /v1 of CLICKHOUSE_API_URL is accepted.
    let out = env
        .clickhouse(&format!("{}/v1", server.uri()))
        .args(["ch", "org", "list"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    let text = stdout_of(&out);
    assert!(text.lines().next().unwrap().starts_with("ID"), "{text}");
    assert!(text.contains("acme") && text.contains(ORG_ID), "{text}");
}

#[tokio::test(flavor = "multi_thread")]
async fn cockroach_sends_bearer_and_cc_version() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path(
            "/api/v1/clusters/10000000-0000-4000-8000-000000000001",
        ))
        .and(header(
            "authorization",
            format!("Bearer {CRDB_API_KEY}").as_str(),
        ))
        .and(header("cc-version", "2024-09-16"))
        .respond_with(ResponseTemplate::new(200).set_body_json(cluster(1)))
        .expect(1)
        .mount(&server)
        .await;
    let env = TestEnv::new();
    let out = env
        .cockroach(&server.uri())
        .args([
            "crdb",
            "cluster",
            "get",
            "10000000-0000-4000-8000-000000000001",
            "-o",
            "yaml",
        ])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    assert!(
        stdout_of(&out).contains("name: cluster-1"),
        "{}",
        stdout_of(&out)
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn environment_beats_the_config_file() {
    let server = MockServer::start().await;
    Mock::given(path("/v1/organizations"))
        .and(header(
            "authorization",
            basic("env-id", "file-secret-123456").as_str(),
        ))
        .respond_with(
            ResponseTemplate::new(200).set_body_json(envelope(json!([org(ORG_ID, "acme")]))),
        )
        .expect(1)
        .mount(&server)
        .await;
    let env = TestEnv::new();
    env.write_config(
        "[profiles.default.clickhouse]\nkey_id = \"file-id\"\nkey_secret = \"file-secret-123456\"\n",
    );
    let out = env
        .cmd()
        .env("CLICKHOUSE_API_URL", server.uri())
        .env("CLICKHOUSE_CLOUD_API_KEY", "env-id")
        .args(["ch", "org", "list"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
}

#[tokio::test(flavor = "multi_thread")]
async fn no_credentials_is_exit_4_and_sends_nothing() {
    let server = MockServer::start().await;
    let env = TestEnv::new();
    for args in [["ch", "service", "list"], ["crdb", "cluster", "list"]] {
        let out = env
            .cmd()
            .env("CLICKHOUSE_API_URL", server.uri())
            .env("COCKROACH_SERVER", server.uri())
            .args(args)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(4));
        assert!(
            stderr_of(&out).contains("dbcloud auth login"),
            "{}",
            stderr_of(&out)
        );
    }
    assert!(received(&server).await.is_empty());
}

#[tokio::test(flavor = "multi_thread")]
async fn a_429_with_retry_after_is_retried_after_the_delay() {
    let server = MockServer::start().await;
    Mock::given(path("/v1/organizations"))
        .respond_with(
            ResponseTemplate::new(429)
                .insert_header("retry-after", "1")
                .set_body_json(json!({"error": "TOO_MANY_REQUESTS"})),
        )
        .up_to_n_times(1)
        .mount(&server)
        .await;
    Mock::given(path("/v1/organizations"))
        .respond_with(
            ResponseTemplate::new(200).set_body_json(envelope(json!([org(ORG_ID, "acme")]))),
        )
        .mount(&server)
        .await;
    let env = TestEnv::new();
    let started = Instant::now();
    let out = env
        .clickhouse(&server.uri())
        .args(["ch", "org", "list"])
        .output()
        .unwrap();
    let took = started.elapsed();
    assert!(out.status.success(), "{}", stderr_of(&out));
    assert!(took >= Duration::from_millis(950), "retried after {took:?}");
    assert_eq!(received(&server).await.len(), 2);
    // A pause a user notices is explained on stderr (a --wait that stops moving says why), not with -q.
    assert!(
        stderr_of(&out).contains(
            "The ClickHouse Cloud API is rate limiting (HTTP 429): pausing 1s before retrying"
        ),
        "{}",
        stderr_of(&out)
    );
    Mock::given(path("/v1/organizations"))
        .respond_with(ResponseTemplate::new(429).insert_header("retry-after", "1"))
        .up_to_n_times(1)
        .with_priority(1)
        .mount(&server)
        .await;
    let out = env
        .clickhouse(&server.uri())
        .args(["-q", "ch", "org", "list"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    assert_eq!(received(&server).await.len(), 4);
    assert!(
        !stderr_of(&out).contains("rate limiting"),
        "{}",
        stderr_of(&out)
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn a_post_answered_503_is_sent_once() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .respond_with(ResponseTemplate::new(503).set_body_string("unavailable"))
        .mount(&server)
        .await;
    let env = TestEnv::new();
    let out = env
        .clickhouse(&server.uri())
        .args([
            "api",
            "ch",
            "POST",
            &format!("/v1/organizations/{ORG_ID}/services"),
            "--data",
            "{}",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "{}", stderr_of(&out));
    assert_eq!(received(&server).await.len(), 1);
    assert!(stderr_of(&out).contains("503"), "{}", stderr_of(&out));
}

#[tokio::test(flavor = "multi_thread")]
async fn a_get_answered_503_is_retried() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .respond_with(ResponseTemplate::new(503))
        .up_to_n_times(1)
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({"clusters": [cluster(1)]})))
        .mount(&server)
        .await;
    let env = TestEnv::new();
    let out = env
        .cockroach(&server.uri())
        .args(["crdb", "cluster", "list", "--json"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v.as_array().unwrap().len(), 1);
    assert_eq!(received(&server).await.len(), 2);
}

#[tokio::test(flavor = "multi_thread")]
async fn a_slow_server_is_exit_6() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .respond_with(
            ResponseTemplate::new(200)
                .set_delay(Duration::from_secs(5))
                .set_body_json(envelope(json!([]))),
        )
        .mount(&server)
        .await;
    let env = TestEnv::new();
    let out = env
        .clickhouse(&server.uri())
        .args(["--timeout", "1s", "ch", "org", "list"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(6), "{}", stderr_of(&out));
    assert!(stderr_of(&out).contains("--timeout"), "{}", stderr_of(&out));
}

#[tokio::test(flavor = "multi_thread")]
async fn status_codes_map_to_exit_codes() {
    let server = MockServer::start().await;
    Mock::given(path("/v1/organizations"))
        .respond_with(ResponseTemplate::new(401).set_body_json(
            json!({"status": 401, "error": "UNAUTHENTICATED: invalid key", "requestId": "req-401"}),
        ))
        .mount(&server)
        .await;
    Mock::given(path(
        "/api/v1/clusters/10000000-0000-4000-8000-000000000009",
    ))
    .respond_with(
        ResponseTemplate::new(404)
            .set_body_json(json!({"code": 5, "message": "cluster not found", "details": []})),
    )
    .mount(&server)
    .await;
    let env = TestEnv::new();
    let out = env
        .clickhouse(&server.uri())
        .args(["ch", "org", "list"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(4));
    let err = stderr_of(&out);
    assert!(
        err.contains("invalid key") && err.contains("req-401"),
        "{err}"
    );
    assert!(err.contains("dbcloud auth login"), "{err}");

    let out = env
        .cockroach(&server.uri())
        .args([
            "crdb",
            "cluster",
            "get",
            "10000000-0000-4000-8000-000000000009",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(3));
    assert!(stderr_of(&out).contains("cluster not found"));

    // With -o json the error is one JSON object on stderr and stdout stays empty.
    let out = env
        .cockroach(&server.uri())
        .args([
            "crdb",
            "cluster",
            "get",
            "10000000-0000-4000-8000-000000000009",
            "-o",
            "json",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(3));
    assert!(out.stdout.is_empty());
    let err: Value = serde_json::from_str(stderr_of(&out).trim()).unwrap();
    assert_eq!(err["error"]["code"], "not_found");
    assert_eq!(err["error"]["status"], 404);
    assert_eq!(err["error"]["message"], "cluster not found");
    assert!(err["error"].get("request_id").is_some());
}

#[tokio::test(flavor = "multi_thread")]
async fn malformed_success_bodies_are_errors_not_panics() {
    for body in [
        "<html><body><h1>Bad gateway</h1></body></html>",
        r#"{"status":200,"requestId":"x","result":[{"id":"a","na"#,
        r#"{"status":200,"result":[{"id":5}]}"#,
    ] {
        let server = MockServer::start().await;
        Mock::given(path("/v1/organizations"))
            .respond_with(ResponseTemplate::new(200).set_body_string(body))
            .mount(&server)
            .await;
        let env = TestEnv::new();
        let out = env
            .clickhouse(&server.uri())
            .args(["ch", "org", "list"])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(1), "{body}");
        let err = stderr_of(&out);
        assert!(err.contains("unexpected answer"), "{err}");
        assert!(!err.contains("panicked"), "{err}");
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn cockroach_pages_are_merged_and_limit_stops_early() {
    let server = MockServer::start().await;
    let page = |from: usize, next: Option<&str>, key: &str| {
        let mut body = json!({"clusters": (from..from + 100).map(cluster).collect::<Vec<_>>()});
        if let Some(n) = next {
            body["pagination"] = json!({ key: n });
        }
        ResponseTemplate::new(200).set_body_json(body)
    };
    Mock::given(path("/api/v1/clusters"))
        .and(query_param("pagination.page", "p2"))
        .respond_with(page(100, Some("p3"), "next"))
        .mount(&server)
        .await;
    Mock::given(path("/api/v1/clusters"))
        .and(query_param("pagination.page", "p3"))
        .respond_with(page(200, None, "next_page"))
        .mount(&server)
        .await;
    Mock::given(path("/api/v1/clusters"))
        .respond_with(page(0, Some("p2"), "next_page"))
        .mount(&server)
        .await;
    let env = TestEnv::new();
    let out = env
        .cockroach(&server.uri())
        .args(["crdb", "cluster", "list", "--json"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    let names: Vec<&str> = v
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["name"].as_str().unwrap())
        .collect();
    assert_eq!(names.len(), 300);
    assert_eq!(names[0], "cluster-0");
    assert_eq!(names[299], "cluster-299");
    assert_eq!(received(&server).await.len(), 3);

    server.reset().await;
    Mock::given(path("/api/v1/clusters"))
        .and(query_param("pagination.page", "p2"))
        .respond_with(page(100, Some("p3"), "next_page"))
        .mount(&server)
        .await;
    Mock::given(path("/api/v1/clusters"))
        .respond_with(page(0, Some("p2"), "next_page"))
        .mount(&server)
        .await;
    let out = env
        .cockroach(&server.uri())
        .args(["crdb", "cluster", "list", "--limit", "150", "--json"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v.as_array().unwrap().len(), 150);
    assert!(received(&server).await.len() <= 2);
}

#[tokio::test(flavor = "multi_thread")]
async fn verbose_output_holds_no_secret() {
    let server = MockServer::start().await;
    Mock::given(path("/v1/organizations"))
        .respond_with(
            ResponseTemplate::new(200).set_body_json(envelope(json!([org(ORG_ID, "acme")]))),
        )
        .mount(&server)
        .await;
    Mock::given(method("PATCH"))
        .respond_with(ResponseTemplate::new(200).set_body_json(envelope(
            json!({"service": service(1), "password": "generated-Pa55word"}),
        )))
        .mount(&server)
        .await;
    Mock::given(path("/api/v1/organization"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({"id": "o1", "name": "acme"})))
        .mount(&server)
        .await;
    let env = TestEnv::new();
    let out = env
        .clickhouse(&server.uri())
        .args(["-v", "ch", "org", "list"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let log = stderr_of(&out);
    assert!(log.contains("> GET ") && log.contains("< 200"), "{log}");
    let token =
        base64::engine::general_purpose::STANDARD.encode(format!("{CH_KEY_ID}:{CH_KEY_SECRET}"));
    assert!(
        !log.contains(CH_KEY_SECRET) && !log.contains(&token),
        "{log}"
    );

    let out = env
        .clickhouse(&server.uri())
        .args([
            "-v",
            "api",
            "ch",
            "PATCH",
            &format!("/v1/organizations/{ORG_ID}/services/x/password"),
            "--data",
            r#"{"newPasswordHash":"c2VjcmV0LWhhc2g="}"#,
        ])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    let log = stderr_of(&out);
    assert!(
        !log.contains("c2VjcmV0LWhhc2g=") && !log.contains("generated-Pa55word"),
        "{log}"
    );

    let out = env
        .cockroach(&server.uri())
        .args(["-v", "crdb", "org", "get"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let log = stderr_of(&out);
    assert!(log.contains("cc-version: 2024-09-16"), "{log}");
    assert!(!log.contains(CRDB_API_KEY), "{log}");
}

#[tokio::test(flavor = "multi_thread")]
async fn jq_filters_the_output() {
    let server = MockServer::start().await;
    Mock::given(path(format!("/v1/organizations/{ORG_ID}/services")))
        .respond_with(
            ResponseTemplate::new(200).set_body_json(envelope(json!([service(1), service(2)]))),
        )
        .mount(&server)
        .await;
    let env = TestEnv::new();
    let out = env
        .clickhouse(&server.uri())
        .args([
            "ch",
            "service",
            "list",
            "--jq",
            ".[] | select(.name == \"svc-2\") | .id",
        ])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    assert_eq!(stdout_of(&out), "00000000-0000-4000-8000-000000000002\n");

    // A service by exact name, shown as a table with the curated fields.
    let out = env
        .clickhouse(&server.uri())
        .args(["ch", "service", "get", "svc-1"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    let text = stdout_of(&out);
    assert!(
        text.contains("8-16 GiB") && text.contains("svc-1.example.com"),
        "{text}"
    );

    // A bad expression is a usage error before anything is sent.
    let before = received(&server).await.len();
    let out = env
        .clickhouse(&server.uri())
        .args(["ch", "service", "list", "--jq", ".["])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(received(&server).await.len(), before);
}
