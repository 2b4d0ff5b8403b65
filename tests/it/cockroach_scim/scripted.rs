//! Exact answers scripted with wiremock: the deprecated PUT `.search` fallback, pages that cannot be
//! followed, SCIM error bodies.

use super::*;
use wiremock::matchers::{body_json, method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

const ID: &str = "10000000-0000-4000-8000-000000000001";

fn user() -> Value {
    json!({"schemas": [USER_SCHEMA], "id": ID, "userName": "old@example.com", "active": true})
}

fn page(start: i64, total: i64, users: Vec<Value>) -> Value {
    json!({"schemas": ["urn:ietf:params:scim:api:messages:2.0:ListResponse"], "totalResults": total,
           "startIndex": start, "itemsPerPage": users.len(), "Resources": users})
}

/// A server from before the POST `.search` forms: it answers them 405 or 404, and serves the PUT ones.
#[tokio::test(flavor = "multi_thread")]
async fn search_falls_back_to_the_deprecated_put_form() {
    let server = MockServer::start().await;
    let search = format!("{USERS}/.search");
    Mock::given(method("POST"))
        .and(path(&search))
        .respond_with(ResponseTemplate::new(405))
        .expect(1)
        .mount(&server)
        .await;
    Mock::given(method("PUT"))
        .and(path(&search))
        .and(body_json(
            json!({"filter": "active eq true", "startIndex": 1, "count": 100}),
        ))
        .respond_with(ResponseTemplate::new(200).set_body_json(page(1, 1, vec![user()])))
        .expect(1)
        .mount(&server)
        .await;
    let one = format!("{USERS}/{ID}/.search");
    Mock::given(method("POST"))
        .and(path(&one))
        .respond_with(ResponseTemplate::new(404))
        .expect(1)
        .mount(&server)
        .await;
    Mock::given(method("PUT"))
        .and(path(&one))
        .and(body_json(json!({"attributes": "userName"})))
        .respond_with(ResponseTemplate::new(200).set_body_json(user()))
        .expect(1)
        .mount(&server)
        .await;
    let env = TestEnv::new();
    let out = env
        .cockroach(&server.uri())
        .args([
            "crdb",
            "scim",
            "user",
            "search",
            "--filter",
            "active eq true",
            "--json",
        ])
        .output()
        .unwrap();
    assert_code(&out, 0);
    let found: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(found[0]["userName"], "old@example.com");
    let out = env
        .cockroach(&server.uri())
        .args([
            "crdb",
            "scim",
            "user",
            "get",
            ID,
            "--attributes",
            "userName",
            "--json",
        ])
        .output()
        .unwrap();
    assert_code(&out, 0);
    assert!(stdout_of(&out).contains("old@example.com"));
}

/// A server that serves the first page whatever startIndex asks would repeat it forever.
#[tokio::test(flavor = "multi_thread")]
async fn pages_that_cannot_be_followed_are_an_error() {
    let server = MockServer::start().await;
    let mut second = user();
    second["id"] = json!("10000000-0000-4000-8000-000000000002");
    Mock::given(method("GET"))
        .and(path(USERS))
        .respond_with(ResponseTemplate::new(200).set_body_json(page(1, 5, vec![user(), second])))
        .expect(2)
        .mount(&server)
        .await;
    let env = TestEnv::new();
    let out = env
        .cockroach(&server.uri())
        .args(["crdb", "scim", "user", "list", "--count", "2"])
        .output()
        .unwrap();
    assert_code(&out, 1);
    assert!(
        stderr_of(&out).contains("from index 3, it sent those from 1"),
        "{}",
        stderr_of(&out)
    );
}

/// A SCIM error body: its detail is the message; a 403 names the role.
#[tokio::test(flavor = "multi_thread")]
async fn scim_errors_show_their_detail() {
    let server = MockServer::start().await;
    Mock::given(method("DELETE"))
        .and(path(format!("{USERS}/{ID}")))
        .respond_with(ResponseTemplate::new(403).set_body_json(json!({
            "schemas": ["urn:ietf:params:scim:api:messages:2.0:Error"], "status": "403",
            "detail": "the caller lacks a required role"})))
        .expect(1)
        .mount(&server)
        .await;
    let env = TestEnv::new();
    let out = env
        .cockroach(&server.uri())
        .args(["crdb", "scim", "user", "delete", ID, "--yes"])
        .output()
        .unwrap();
    assert_code(&out, 4);
    let err = stderr_of(&out);
    assert!(
        err.contains("error: the caller lacks a required role (HTTP 403)"),
        "{err}"
    );
    assert!(err.contains("ORG_ADMIN"), "{err}");
}
