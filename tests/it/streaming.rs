//! Long lists with `-o json` and `-o yaml` are written page by page as they arrive, and stay one document;
//! a list cut short by a failed page is not a valid document.

use std::io::Read;
use std::process::Stdio;
use std::time::{Duration, Instant};

use crate::common::*;
use serde_json::{Value, json};
use wiremock::matchers::{path, query_param};
use wiremock::{Mock, MockServer, ResponseTemplate};

const CLUSTERS: &str = "/api/v1/clusters";

fn cluster(i: usize) -> Value {
    json!({
        "id": format!("10000000-0000-4000-8000-{i:012}"), "name": format!("cluster-{i}"), "state": "CREATED",
        "plan": "SERVERLESS", "cloud_provider": "GCP", "regions": [{"name": "us-east1", "node_count": 0}],
    })
}

fn page(from: usize, next: Option<&str>) -> ResponseTemplate {
    let clusters: Vec<Value> = (from..from + 100).map(cluster).collect();
    ResponseTemplate::new(200)
        .set_body_json(json!({"clusters": clusters, "pagination": {"next_page": next}}))
}

/// Two pages of 100 clusters; the second answered as `second`.
async fn two_pages(second: ResponseTemplate) -> MockServer {
    let server = MockServer::start().await;
    Mock::given(path(CLUSTERS))
        .and(query_param("pagination.page", "p2"))
        .respond_with(second)
        .mount(&server)
        .await;
    Mock::given(path(CLUSTERS))
        .respond_with(page(0, Some("p2")))
        .mount(&server)
        .await;
    server
}

fn names(list: &Value) -> Vec<String> {
    let list = list.as_array().expect("an array");
    list.iter()
        .map(|c| c["name"].as_str().unwrap().to_string())
        .collect()
}

#[tokio::test(flavor = "multi_thread")]
async fn the_first_page_is_printed_before_the_next_arrives() {
    let server = two_pages(page(100, None).set_delay(Duration::from_secs(3))).await;
    let env = TestEnv::new();
    let started = Instant::now();
    let mut child = env
        .std_cmd()
        .env("COCKROACH_SERVER", server.uri())
        .env("COCKROACH_API_KEY", CRDB_API_KEY)
        .args(["crdb", "cluster", "list", "-o", "json"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdout = child.stdout.take().unwrap();
    let mut text = Vec::new();
    let mut buf = [0u8; 8192];
    let mut first_page_at = None;
    loop {
        let n = stdout.read(&mut buf).unwrap();
        if n == 0 {
            break;
        }
        text.extend_from_slice(&buf[..n]);
        if first_page_at.is_none() && String::from_utf8_lossy(&text).contains("\"cluster-99\"") {
            first_page_at = Some(started.elapsed());
        }
    }
    let status = child.wait().unwrap();
    let ended = started.elapsed();
    assert!(status.success(), "exit {status:?}");
    let first_page_at = first_page_at.expect("the first page is printed");
    assert!(
        ended - first_page_at >= Duration::from_millis(2000),
        "the first page was printed at {first_page_at:?}, the list ended at {ended:?}"
    );
    let list: Value = serde_json::from_slice(&text).expect("one JSON document");
    let names = names(&list);
    assert_eq!(names.len(), 200);
    assert_eq!(
        (names[0].as_str(), names[199].as_str()),
        ("cluster-0", "cluster-199")
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn a_yaml_list_over_pages_is_one_document_the_same_as_json() {
    let server = two_pages(page(100, None)).await;
    let env = TestEnv::new();
    let run = |format: &str| {
        let out = env
            .cockroach(&server.uri())
            .args(["crdb", "cluster", "list", "-o", format])
            .output()
            .unwrap();
        assert_code(&out, 0);
        stdout_of(&out)
    };
    let json: Value = serde_json::from_str(&run("json")).unwrap();
    let yaml: Value = serde_norway::from_str(&run("yaml")).expect("one YAML document");
    assert_eq!(names(&json).len(), 200);
    assert_eq!(yaml, json);
}

#[tokio::test(flavor = "multi_thread")]
async fn a_list_cut_short_by_a_failed_page_is_not_a_valid_document() {
    let failed = ResponseTemplate::new(400)
        .set_body_json(json!({"code": 3, "message": "the page token is no longer valid"}));
    let server = two_pages(failed).await;
    let env = TestEnv::new();
    let out = env
        .cockroach(&server.uri())
        .args(["crdb", "cluster", "list", "-o", "json"])
        .output()
        .unwrap();
    assert!(!out.status.success(), "{}", stdout_of(&out));
    let text = stdout_of(&out);
    assert!(
        text.starts_with("[\n") && text.contains("\"cluster-99\""),
        "the first page was printed: {text}"
    );
    assert!(
        serde_json::from_str::<Value>(&text).is_err(),
        "a list cut short must not parse as the whole list"
    );
    assert!(
        stderr_of(&out).contains("the page token is no longer valid"),
        "{}",
        stderr_of(&out)
    );
}
