//! The basics the CLI's own tests rely on: organizations, services and clusters listed and fetched.

use crate::common::*;
use serde_json::json;

#[tokio::test]
async fn clickhouse_organization_and_services() {
    let mut config = config();
    config.seed_services = 2;
    let emu = dbcloud_emulator::spawn(config).unwrap();
    let api = Api::new(&emu.url());
    let org = emu.clickhouse_org_id();

    let orgs = api.ch("GET", "/v1/organizations", None).await;
    assert_eq!(orgs.status, 200, "{orgs:?}");
    assert_eq!(orgs.json["status"], 200);
    assert!(
        orgs.json["requestId"]
            .as_str()
            .is_some_and(|r| r.len() == 36)
    );
    assert_eq!(orgs.json["result"][0]["id"], org.as_str());

    let one = api
        .ch("GET", &format!("/v1/organizations/{org}"), None)
        .await;
    assert_eq!(one.json["result"]["id"], org.as_str());

    let services = api
        .ch("GET", &format!("/v1/organizations/{org}/services"), None)
        .await;
    assert_eq!(services.status, 200);
    let list = services.json["result"].as_array().unwrap();
    assert_eq!(list.len(), 2);
    assert_eq!(list[0]["name"], "seed-service-0001");
    assert_eq!(list[0]["state"], "running");
    let id = list[1]["id"].as_str().unwrap();
    let one = api
        .ch(
            "GET",
            &format!("/v1/organizations/{org}/services/{id}"),
            None,
        )
        .await;
    assert_eq!(one.json["result"]["name"], "seed-service-0002");
    assert!(
        one.json["result"]["endpoints"][0]["host"]
            .as_str()
            .unwrap()
            .ends_with("clickhouse.cloud")
    );

    let missing = api
        .ch(
            "GET",
            &format!("/v1/organizations/{org}/services/{}", uuid_like()),
            None,
        )
        .await;
    assert_eq!(missing.status, 404);
    assert!(
        missing.json["error"]
            .as_str()
            .unwrap()
            .starts_with("NOT_FOUND: "),
        "{missing:?}"
    );
}

fn uuid_like() -> &'static str {
    "00000000-0000-4000-8000-000000000000"
}

#[tokio::test]
async fn cockroach_organization_and_clusters() {
    let mut config = config();
    config.seed_clusters = 3;
    let emu = dbcloud_emulator::spawn(config).unwrap();
    let api = Api::new(&emu.url());

    let org = api.crdb("GET", "/api/v1/organization", None).await;
    assert_eq!(org.status, 200, "{org:?}");
    assert!(org.json["id"].as_str().is_some());

    let clusters = api.crdb("GET", "/api/v1/clusters", None).await;
    assert_eq!(clusters.status, 200, "{clusters:?}");
    let list = clusters.json["clusters"].as_array().unwrap();
    assert_eq!(list.len(), 3);
    assert_eq!(list[0]["name"], "seed-cluster-0001");
    assert_eq!(list[0]["state"], "CREATED");
    assert_eq!(list[0]["plan"], "BASIC");
    assert!(clusters.json.get("pagination").is_none());
    let id = list[2]["id"].as_str().unwrap();
    let one = api
        .crdb("GET", &format!("/api/v1/clusters/{id}"), None)
        .await;
    assert_eq!(one.json["name"], "seed-cluster-0003");
    assert!(
        one.json["regions"][0]["sql_dns"]
            .as_str()
            .unwrap()
            .contains("cockroachlabs.cloud")
    );

    let missing = api.crdb("GET", "/api/v1/clusters/nope", None).await;
    assert_eq!(missing.status, 404);
    assert_eq!(
        missing.json,
        json!({"code": 5, "message": "cluster \"nope\" not found", "details": []})
    );
}

/// The CLI's `--emulator` mode: `start` inside the caller's current-thread runtime, requests from
/// the same runtime, and the server stops when asked.
#[tokio::test(flavor = "current_thread")]
async fn start_inside_a_current_thread_runtime() {
    let emu = dbcloud_emulator::start("127.0.0.1:0".parse().unwrap(), config())
        .await
        .unwrap();
    assert!(emu.url().starts_with("http://127.0.0.1:"));
    assert_eq!(emu.url(), format!("http://{}", emu.addr()));
    let api = Api::new(&emu.url());
    let org = emu.clickhouse_org_id();
    let created = api
        .ch(
            "POST",
            &format!("/v1/organizations/{org}/services"),
            Some(&json!({"name": "embedded", "provider": "aws", "region": "us-east-1"})),
        )
        .await;
    assert_eq!(created.status, 200, "{created:?}");
    assert_eq!(emu.requests().len(), 1);
    emu.clear_requests();
    assert!(emu.requests().is_empty());
    let state = emu.state();
    assert_eq!(
        state["collections"][format!("/v1/organizations/{org}/services")][0]["name"],
        "embedded"
    );
    let url = emu.url();
    emu.shutdown().await;
    let after = crate::common::http_client(std::time::Duration::from_secs(5))
        .get(format!("{url}/_emulator/health"))
        .send()
        .await;
    assert!(after.is_err(), "stopped");
}
