//! The core against scripted servers (wiremock): request shapes, auth, precedence, retries, timeouts, error
//! bodies, pagination, redaction, output modes, config files and closed pipes.

use std::io::Read;
use std::time::{Duration, Instant};

use crate::common::*;
use base64::Engine;
use serde_json::{Value, json};
use wiremock::matchers::{header, method, path, query_param};
use wiremock::{Mock, MockServer, Request, ResponseTemplate};

fn basic(id: &str, secret: &str) -> String {
    format!(
        "Basic {}",
        base64::engine::general_purpose::STANDARD.encode(format!("{id}:{secret}"))
    )
}

fn envelope(result: Value) -> Value {
    json!({"status": 200, "requestId": "7c1f1f7e-0000-4000-8000-000000000001", "result": result})
}

fn org(id: &str, name: &str) -> Value {
    json!({"id": id, "name": name, "createdAt": "2026-01-01T00:00:00Z", "privateEndpoints": []})
}

fn service(i: usize) -> Value {
    json!({
        "id": format!("00000000-0000-4000-8000-{i:012}"), "name": format!("svc-{i}"), "state": "running",
        "provider": "aws", "region": "us-east-1", "tier": "production",
        "autoscalingMode": "vertical", "minReplicaMemoryGb": 8, "maxReplicaMemoryGb": 16, "numReplicas": 3,
        "currentScaling": {"effectiveMinReplicaMemoryGb": 8, "effectiveMaxReplicaMemoryGb": 16},
        "endpoints": [{"protocol": "https", "host": format!("svc-{i}.example.com"), "port": 8443}],
    })
}

fn cluster(i: usize) -> Value {
    json!({
        "id": format!("10000000-0000-4000-8000-{i:012}"), "name": format!("cluster-{i}"), "state": "CREATED",
        "operation_status": "CLUSTER_STATUS_UNSPECIFIED", "plan": "SERVERLESS", "cloud_provider": "GCP",
        "regions": [{"name": "us-east1", "sql_dns": "x.example.com", "node_count": 0}],
        "cockroach_version": "v24.3.1", "creator_id": "u1",
    })
}

async fn received(server: &MockServer) -> Vec<Request> {
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

#[tokio::test(flavor = "multi_thread")]
async fn login_to_both_providers_into_one_profile() {
    let server = MockServer::start().await;
    Mock::given(path("/v1/organizations"))
        .and(header(
            "authorization",
            basic(CH_KEY_ID, CH_KEY_SECRET).as_str(),
        ))
        .respond_with(
            ResponseTemplate::new(200).set_body_json(envelope(json!([org(ORG_ID, "acme")]))),
        )
        .mount(&server)
        .await;
    Mock::given(path("/api/v1/organization"))
        .and(header(
            "authorization",
            format!("Bearer {CRDB_API_KEY}").as_str(),
        ))
        .respond_with(
            ResponseTemplate::new(200).set_body_json(json!({"id": "o1", "name": "acme-crdb"})),
        )
        .mount(&server)
        .await;
    Mock::given(path(format!("/v1/organizations/{ORG_ID}/services")))
        .and(header(
            "authorization",
            basic(CH_KEY_ID, CH_KEY_SECRET).as_str(),
        ))
        .respond_with(ResponseTemplate::new(200).set_body_json(envelope(json!([service(7)]))))
        .mount(&server)
        .await;
    Mock::given(path("/api/v1/clusters"))
        .and(header(
            "authorization",
            format!("Bearer {CRDB_API_KEY}").as_str(),
        ))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({"clusters": [cluster(3)]})))
        .mount(&server)
        .await;
    let env = TestEnv::new();
    let out = env
        .cmd()
        .args([
            "auth",
            "login",
            "--provider",
            "clickhouse",
            "--profile",
            "prod",
            "--key-id",
            CH_KEY_ID,
        ])
        .args(["--secret-stdin", "--api-url", &server.uri()])
        .write_stdin(format!("{CH_KEY_SECRET}\n"))
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    let out = env
        .cmd()
        .args([
            "auth",
            "login",
            "--provider",
            "crdb",
            "-p",
            "prod",
            "--secret-stdin",
            "--api-url",
            &server.uri(),
        ])
        .write_stdin(CRDB_API_KEY)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));

    let text = std::fs::read_to_string(env.config_path()).unwrap();
    assert!(
        text.contains(CH_KEY_SECRET) && text.contains(CRDB_API_KEY) && text.contains(ORG_ID),
        "{text}"
    );
    assert!(text.contains("default_profile = \"prod\""), "{text}");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(env.config_path())
            .unwrap()
            .permissions()
            .mode()
            & 0o777;
        assert_eq!(mode, 0o600);
        let dir = std::fs::metadata(env.config_path().parent().unwrap())
            .unwrap()
            .permissions()
            .mode()
            & 0o777;
        assert_eq!(dir, 0o700);
    }

    // Both providers work from the saved profile, with nothing in the environment.
    let out = env
        .cmd()
        .args(["ch", "service", "list", "--json", "--jq", ".[0].name"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    assert_eq!(stdout_of(&out), "svc-7\n");
    let out = env
        .cmd()
        .args(["crdb", "cluster", "list", "--jq", ".[0].name"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    assert_eq!(stdout_of(&out), "cluster-3\n");

    // Secrets are masked wherever profiles are shown.
    for args in [
        vec!["profile", "show", "--json"],
        vec!["auth", "status"],
        vec!["profile", "list"],
    ] {
        let out = env.cmd().args(&args).output().unwrap();
        assert!(out.status.success(), "{args:?}: {}", stderr_of(&out));
        let text = stdout_of(&out);
        assert!(
            !text.contains(CH_KEY_SECRET) && !text.contains(CRDB_API_KEY),
            "{args:?}: {text}"
        );
    }

    // A wrong secret is refused and nothing is saved.
    let before = std::fs::read_to_string(env.config_path()).unwrap();
    Mock::given(path("/v1/organizations"))
        .respond_with(
            ResponseTemplate::new(401).set_body_json(json!({"status": 401, "error": "bad key"})),
        )
        .mount(&server)
        .await;
    let out = env
        .cmd()
        .args([
            "auth",
            "login",
            "--provider",
            "ch",
            "-p",
            "other",
            "--key-id",
            "x",
            "--secret-stdin",
        ])
        .args(["--api-url", &server.uri()])
        .write_stdin("wrong")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(4));
    assert_eq!(std::fs::read_to_string(env.config_path()).unwrap(), before);
}

#[tokio::test(flavor = "multi_thread")]
async fn a_closed_pipe_ends_quietly() {
    let server = MockServer::start().await;
    let many: Vec<Value> = (0..5000).map(service).collect();
    Mock::given(path(format!("/v1/organizations/{ORG_ID}/services")))
        .respond_with(ResponseTemplate::new(200).set_body_json(envelope(json!(many))))
        .mount(&server)
        .await;
    let env = TestEnv::new();
    let mut child = env
        .std_cmd()
        .env("CLICKHOUSE_API_URL", server.uri())
        .env("CLICKHOUSE_CLOUD_API_KEY", CH_KEY_ID)
        .env("CLICKHOUSE_CLOUD_API_SECRET", CH_KEY_SECRET)
        .env("CLICKHOUSE_ORG_ID", ORG_ID)
        .args(["ch", "service", "list", "--json"])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut first = [0u8; 10];
    child.stdout.take().unwrap().read_exact(&mut first).unwrap();
    // stdout is dropped here: the pipe is closed with most of the output unread, as `| head -c 10` does.
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
    assert!(!stderr_of(&out).contains("panicked"), "{}", stderr_of(&out));
}

#[test]
fn profiles_can_be_listed_set_used_and_removed() {
    let env = TestEnv::new();
    env.write_config(
        "# my settings\ndefault_profile = \"a\"\n\n[profiles.a.clickhouse]\nkey_id = \"id-a\"\nkey_secret = \"secret-a-0123456789\"\n\n[profiles.b.cockroach]\napi_key = \"key-b-0123456789\"\n",
    );
    let out = env
        .cmd()
        .args(["profile", "list", "--json"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v[0]["name"], "a");
    assert_eq!(v[0]["default"], true);
    assert_eq!(v[0]["clickhouse"]["key_secret"], "****6789");
    assert_eq!(v[1]["cockroach"]["api_key"], "****6789");

    // set: a plain value as an argument; a secret only from stdin.
    let out = env
        .cmd()
        .args([
            "profile",
            "set",
            "cockroach.cluster",
            "analytics",
            "-p",
            "b",
        ])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    let out = env
        .cmd()
        .args(["profile", "set", "cockroach.api_key", "leaked", "-p", "b"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let out = env
        .cmd()
        .args(["profile", "set", "cockroach.api_key", "-p", "b"])
        .write_stdin("new-key-0123456789\n")
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    let out = env
        .cmd()
        .args(["profile", "set", "clickhouse.organization", "not-a-uuid"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let out = env
        .cmd()
        .args(["profile", "set", "nope.key", "x"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));

    let out = env.cmd().args(["profile", "use", "b"]).output().unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    let out = env
        .cmd()
        .args(["profile", "use", "missing"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(3));

    let text = std::fs::read_to_string(env.config_path()).unwrap();
    assert!(text.starts_with("# my settings\n"), "{text}");
    assert!(text.contains("default_profile = \"b\""), "{text}");
    assert!(
        text.contains("cluster = \"analytics\"") && text.contains("new-key-0123456789"),
        "{text}"
    );

    // show masks the secret; remove refuses without --yes when there is no terminal.
    let out = env
        .cmd()
        .args(["profile", "show", "--json"])
        .output()
        .unwrap();
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["name"], "b");
    assert_eq!(v["cockroach"]["api_key"], "****6789");
    assert_eq!(v["cockroach"]["cluster"], "analytics");
    let out = env.cmd().args(["profile", "remove", "b"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr_of(&out).contains("--yes"));
    let out = env
        .cmd()
        .args(["profile", "remove", "b", "--yes"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    let text = std::fs::read_to_string(env.config_path()).unwrap();
    assert!(
        !text.contains("profiles.b") && !text.contains("default_profile"),
        "{text}"
    );
    assert!(text.contains("[profiles.a.clickhouse]"), "{text}");
}

#[test]
fn a_config_others_can_read_gets_a_warning() {
    let env = TestEnv::new();
    env.write_config("[profiles.default.cockroach]\napi_key = \"k\"\n");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(env.config_path(), std::fs::Permissions::from_mode(0o644))
            .unwrap();
        let out = env.cmd().args(["profile", "list"]).output().unwrap();
        assert!(out.status.success());
        assert!(stderr_of(&out).contains("chmod 600"), "{}", stderr_of(&out));
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn api_paginates_and_reports_status() {
    let server = MockServer::start().await;
    Mock::given(path("/api/v1/clusters"))
        .and(query_param("pagination.page", "t2"))
        .respond_with(
            ResponseTemplate::new(200)
                .set_body_json(json!({"clusters": [cluster(2)], "pagination": {}})),
        )
        .mount(&server)
        .await;
    Mock::given(path("/api/v1/clusters"))
        .respond_with(
            ResponseTemplate::new(200).set_body_json(
                json!({"clusters": [cluster(1)], "pagination": {"next_page": "t2"}}),
            ),
        )
        .mount(&server)
        .await;
    let env = TestEnv::new();
    let out = env
        .cockroach(&server.uri())
        .args([
            "api",
            "crdb",
            "get",
            "/api/v1/clusters",
            "--paginate",
            "--jq",
            "[.clusters[].name]",
        ])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v, json!(["cluster-1", "cluster-2"]));

    // Bad input is refused before anything is sent.
    let before = received(&server).await.len();
    for args in [
        vec!["api", "crdb", "GET", "/v1/organizations"],
        vec!["api", "crdb", "FETCH", "/api/v1/clusters"],
        vec![
            "api",
            "crdb",
            "POST",
            "/api/v1/clusters",
            "--data",
            "{not json",
        ],
        vec!["api", "crdb", "GET", "/api/v1/clusters", "-F", "novalue"],
    ] {
        let out = env.cockroach(&server.uri()).args(&args).output().unwrap();
        assert_eq!(out.status.code(), Some(2), "{args:?}");
    }
    assert_eq!(received(&server).await.len(), before);
}

#[tokio::test(flavor = "multi_thread")]
async fn ls_shows_every_profile_and_provider_at_once() {
    let prod = MockServer::start().await;
    let staging = MockServer::start().await;
    Mock::given(path(format!("/v1/organizations/{ORG_ID}/services")))
        .respond_with(ResponseTemplate::new(200).set_body_json(envelope(json!([service(1)]))))
        .mount(&prod)
        .await;
    Mock::given(path(format!("/v1/organizations/{ORG_ID}/postgres")))
        .respond_with(ResponseTemplate::new(200).set_body_json(envelope(json!([{
            "id": "20000000-0000-4000-8000-000000000005", "name": "pg-5", "state": "running",
            "provider": "aws", "region": "us-east-1", "size": "r8gd.large", "isPrimary": true,
        }]))))
        .mount(&prod)
        .await;
    Mock::given(path("/api/v1/clusters"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({"clusters": [cluster(2)]})))
        .mount(&prod)
        .await;
    Mock::given(path("/api/v1/clusters"))
        .respond_with(
            ResponseTemplate::new(200).set_body_json(json!({"clusters": [cluster(3), cluster(4)]})),
        )
        .mount(&staging)
        .await;
    let env = TestEnv::new();
    env.write_config(&format!(
        "default_profile = \"prod\"\n\
         [profiles.prod.clickhouse]\nkey_id = \"a\"\nkey_secret = \"b\"\norganization = \"{ORG_ID}\"\napi_url = \"{p}\"\n\
         [profiles.prod.cockroach]\napi_key = \"k1\"\napi_url = \"{p}\"\n\
         [profiles.staging.cockroach]\napi_key = \"k2\"\napi_url = \"{s}\"\n",
        p = prod.uri(),
        s = staging.uri()
    ));
    let out = env.cmd().args(["ls", "--json"]).output().unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    let seen: Vec<(String, String)> = v
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            (
                r["profile"].as_str().unwrap().into(),
                r["name"].as_str().unwrap().into(),
            )
        })
        .collect();
    let expected: Vec<(String, String)> = [
        ("prod", "svc-1"),
        ("prod", "pg-5"),
        ("prod", "cluster-2"),
        ("staging", "cluster-3"),
        ("staging", "cluster-4"),
    ]
    .iter()
    .map(|(a, b)| (a.to_string(), b.to_string()))
    .collect();
    assert_eq!(seen, expected);

    // One source failing still shows the others, warns, and exits 1.
    staging.reset().await;
    Mock::given(path("/api/v1/clusters"))
        .respond_with(
            ResponseTemplate::new(401).set_body_json(json!({"code": 16, "message": "bad key"})),
        )
        .mount(&staging)
        .await;
    let out = env
        .cmd()
        .args(["status", "--provider", "cockroach"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(stdout_of(&out).contains("cluster-2"), "{}", stdout_of(&out));
    assert!(
        stderr_of(&out).contains("staging") && stderr_of(&out).contains("bad key"),
        "{}",
        stderr_of(&out)
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn auth_status_shows_sources_and_checks_credentials() {
    let server = MockServer::start().await;
    Mock::given(path("/v1/organizations"))
        .respond_with(
            ResponseTemplate::new(200).set_body_json(envelope(json!([org(ORG_ID, "acme")]))),
        )
        .mount(&server)
        .await;
    Mock::given(path("/api/v1/organization"))
        .respond_with(
            ResponseTemplate::new(401).set_body_json(json!({"code": 16, "message": "bad key"})),
        )
        .mount(&server)
        .await;
    let env = TestEnv::new();
    env.write_config(&format!(
        "[profiles.default.clickhouse]\nkey_id = \"file-id\"\nkey_secret = \"file-secret-123456\"\napi_url = \"{u}\"\n\
         [profiles.default.cockroach]\napi_key = \"file-key-123456789\"\napi_url = \"{u}\"\n",
        u = server.uri()
    ));
    let out = env
        .cmd()
        .env("CLICKHOUSE_CLOUD_API_KEY", "env-id")
        .args(["auth", "status", "--json"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    let rows: Value = serde_json::from_slice(&out.stdout).unwrap();
    let find = |provider: &str, setting: &str| {
        rows.as_array()
            .unwrap()
            .iter()
            .find(|r| r["provider"] == provider && r["setting"] == setting)
            .cloned()
            .unwrap_or_else(|| panic!("no {provider} {setting} in {rows}"))
    };
    assert_eq!(
        find("clickhouse", "key_id")["source"],
        "env CLICKHOUSE_CLOUD_API_KEY"
    );
    assert_eq!(
        find("clickhouse", "key_secret")["source"],
        "profile default"
    );
    assert_eq!(find("clickhouse", "key_secret")["value"], "****3456");
    assert_eq!(find("cockroach", "api_url")["value"], server.uri());

    // --check: ClickHouse works, CockroachDB does not: exit 4, each result shown.
    let out = env
        .cmd()
        .args(["auth", "status", "--check", "--json"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(4), "{}", stderr_of(&out));
    let rows: Value = serde_json::from_slice(&out.stdout).unwrap();
    let checks: Vec<(String, String)> = rows
        .as_array()
        .unwrap()
        .iter()
        .filter(|r| r["setting"] == "check")
        .map(|r| {
            (
                r["provider"].as_str().unwrap().into(),
                r["value"].as_str().unwrap().into(),
            )
        })
        .collect();
    assert_eq!(
        checks,
        vec![
            ("clickhouse".to_string(), "ok".to_string()),
            ("cockroach".to_string(), "failed".to_string())
        ]
    );
}

#[test]
fn usage_errors_are_json_when_json_is_asked_for() {
    let env = TestEnv::new();
    let out = env
        .cmd()
        .args(["crdb", "cluster", "list", "--limit", "0", "--json"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty());
    let err: Value = serde_json::from_str(stderr_of(&out).trim()).unwrap();
    assert_eq!(err["error"]["code"], "usage");
    assert!(
        err["error"]["message"]
            .as_str()
            .unwrap()
            .contains("--limit"),
        "{err}"
    );
    // Without JSON, clap's own message and usage line.
    let out = env
        .cmd()
        .args(["crdb", "cluster", "list", "--limit", "0"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr_of(&out).starts_with("error: "),
        "{}",
        stderr_of(&out)
    );
}

/// A 400 shows the server's message, and the flag that sets the field it names.
#[tokio::test(flavor = "multi_thread")]
async fn a_400_names_the_flag_of_the_field_it_refuses() {
    let server = MockServer::start().await;
    let id = "00000000-0000-4000-8000-000000000001";
    Mock::given(method("PATCH"))
        .and(path(format!("/v1/organizations/{ORG_ID}/services/{id}")))
        .respond_with(ResponseTemplate::new(400).set_body_json(json!({
            "status": 400,
            "error": "BAD_REQUEST: body.name: \"x y\" does not match the pattern",
            "requestId": "req-400"
        })))
        .mount(&server)
        .await;
    let env = TestEnv::new();
    let out = env
        .clickhouse(&server.uri())
        .args(["ch", "service", "update", id, "--name", "x y"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = stderr_of(&out);
    assert!(err.contains("does not match the pattern"), "{err}");
    assert!(err.contains("--name"), "{err}");
    assert_eq!(received(&server).await.len(), 1);
}
