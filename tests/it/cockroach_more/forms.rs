//! The current forms of the seed's database rename (`PATCH .../databases`) and allowlist add
//! (`PUT .../allowlist/{ip}/{mask}`), the current egress endpoint domain-names PATCH and the AWS connection
//! list, each preferred, with the older form used only where a server refuses the current one (404/405).
//! Scripted with wiremock: the exact requests are the point.

use super::*;
use wiremock::matchers::{body_json, method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

const CLUSTER: &str = "20000000-0000-4000-8000-000000000002";

fn base() -> String {
    format!("{CLUSTERS}/{CLUSTER}")
}

async fn mock(server: &MockServer, verb: &str, at: &str, status: u16, answer: Value, times: u64) {
    Mock::given(method(verb))
        .and(path(at))
        .respond_with(ResponseTemplate::new(status).set_body_json(answer))
        .expect(times)
        .mount(server)
        .await;
}

fn refusal(status: u16) -> Value {
    if status == 404 {
        json!({"code": 5, "message": "Not Found", "details": []})
    } else {
        json!({"code": 12, "message": "Method Not Allowed", "details": []})
    }
}

fn run(server: &MockServer, args: &[&str]) -> std::process::Output {
    TestEnv::new()
        .cockroach(&server.uri())
        .args(args)
        .output()
        .unwrap()
}

#[tokio::test(flavor = "multi_thread")]
async fn database_rename_uses_the_current_form() {
    let server = MockServer::start().await;
    let db = json!({"name": "store", "table_count": "0"});
    Mock::given(method("PATCH"))
        .and(path(format!("{}/databases", base())))
        .and(body_json(json!({"name": "shop", "new_name": "store"})))
        .respond_with(ResponseTemplate::new(200).set_body_json(&db))
        .expect(1)
        .mount(&server)
        .await;
    mock(
        &server,
        "PATCH",
        &format!("{}/databases/shop", base()),
        200,
        db,
        0,
    )
    .await;
    let out = run(
        &server,
        &[
            "crdb", "database", "rename", "shop", "store", "-c", CLUSTER, "--json",
        ],
    );
    assert_code(&out, 0);
    assert_eq!(
        serde_json::from_slice::<Value>(&out.stdout).unwrap()["name"],
        "store"
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn database_rename_falls_back_to_the_seed_form() {
    for status in [404, 405] {
        let server = MockServer::start().await;
        let db = json!({"name": "store"});
        mock(
            &server,
            "PATCH",
            &format!("{}/databases", base()),
            status,
            refusal(status),
            1,
        )
        .await;
        Mock::given(method("PATCH"))
            .and(path(format!("{}/databases/shop", base())))
            .and(body_json(json!({"new_name": "store"})))
            .respond_with(ResponseTemplate::new(200).set_body_json(&db))
            .expect(1)
            .mount(&server)
            .await;
        let out = run(
            &server,
            &["crdb", "database", "rename", "shop", "store", "-c", CLUSTER],
        );
        assert_code(&out, 0);
        assert!(
            stdout_of(&out).contains("store"),
            "{status}: {}",
            stdout_of(&out)
        );
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn other_refusals_of_the_current_form_are_not_retried() {
    let server = MockServer::start().await;
    let conflict =
        json!({"code": 6, "message": "database \"store\" already exists", "details": []});
    mock(
        &server,
        "PATCH",
        &format!("{}/databases", base()),
        409,
        conflict,
        1,
    )
    .await;
    mock(
        &server,
        "PATCH",
        &format!("{}/databases/shop", base()),
        200,
        json!({}),
        0,
    )
    .await;
    let out = run(
        &server,
        &["crdb", "database", "rename", "shop", "store", "-c", CLUSTER],
    );
    assert_code(&out, 5);
    assert!(stderr_of(&out).contains("already exists"));
    let entry = json!({"cidr_ip": "10.0.0.0", "cidr_mask": 8, "sql": true, "ui": false});
    mock(
        &server,
        "PUT",
        &format!("{}/networking/allowlist/10.0.0.0/8", base()),
        500,
        json!({"code": 13, "message": "boom"}),
        1,
    )
    .await;
    mock(
        &server,
        "POST",
        &format!("{}/networking/allowlist", base()),
        200,
        entry,
        0,
    )
    .await;
    let out = run(
        &server,
        &["crdb", "allowlist", "add", "10.0.0.0/8", "-c", CLUSTER],
    );
    assert_code(&out, 1);
}

#[tokio::test(flavor = "multi_thread")]
async fn allowlist_add_uses_the_current_form_then_the_seed_one() {
    let entry = json!({"cidr_ip": "203.0.113.0", "cidr_mask": 24, "name": "office", "sql": true, "ui": false});
    let current = format!("{}/networking/allowlist/203.0.113.0/24", base());
    let seed = format!("{}/networking/allowlist", base());
    // A server with the current form: one PUT, the CIDR in its path.
    let server = MockServer::start().await;
    Mock::given(method("PUT"))
        .and(path(&current))
        .and(body_json(
            json!({"name": "office", "sql": true, "ui": false}),
        ))
        .respond_with(ResponseTemplate::new(200).set_body_json(&entry))
        .expect(1)
        .mount(&server)
        .await;
    mock(&server, "POST", &seed, 200, entry.clone(), 0).await;
    let out = run(
        &server,
        &[
            "crdb",
            "allowlist",
            "add",
            "203.0.113.0/24",
            "-c",
            CLUSTER,
            "--name",
            "office",
        ],
    );
    assert_code(&out, 0);
    assert!(
        stdout_of(&out).contains("203.0.113.0/24"),
        "{}",
        stdout_of(&out)
    );
    // One without it: the seed's POST, the CIDR in its body.
    for status in [404, 405] {
        let server = MockServer::start().await;
        mock(&server, "PUT", &current, status, refusal(status), 1).await;
        Mock::given(method("POST"))
            .and(path(&seed))
            .and(body_json(&entry))
            .respond_with(ResponseTemplate::new(200).set_body_json(&entry))
            .expect(1)
            .mount(&server)
            .await;
        let out = run(
            &server,
            &[
                "crdb",
                "allowlist",
                "add",
                "203.0.113.0/24",
                "-c",
                CLUSTER,
                "--name",
                "office",
                "--json",
            ],
        );
        assert_code(&out, 0);
        assert_eq!(
            serde_json::from_slice::<Value>(&out.stdout).unwrap()["name"],
            "office"
        );
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn egress_endpoint_domain_names_fall_back_to_the_deprecated_form() {
    let id = "30000000-0000-4000-8000-000000000003";
    let endpoint = format!("{}/networking/egress-private-endpoints/{id}", base());
    let names = json!({"domain_names": ["kafka.example.com"]});
    let shown = json!({"id": id, "region": "us-east-1", "state": "AVAILABLE",
                       "domain_names": ["kafka.example.com"], "domain_names_state": "PENDING"});
    let server = MockServer::start().await;
    mock(&server, "PATCH", &endpoint, 405, refusal(405), 1).await;
    Mock::given(method("PATCH"))
        .and(path(format!("{endpoint}/domain-names")))
        .and(body_json(&names))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({})))
        .expect(1)
        .mount(&server)
        .await;
    mock(&server, "GET", &endpoint, 200, shown, 1).await;
    let out = run(
        &server,
        &[
            "crdb",
            "egress-endpoint",
            "update",
            id,
            "-c",
            CLUSTER,
            "--domain-name",
            "kafka.example.com",
            "--json",
        ],
    );
    assert_code(&out, 0);
    let got: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(got["domain_names_state"], "PENDING");
}

#[tokio::test(flavor = "multi_thread")]
async fn aws_connections_fall_back_to_the_seed_list() {
    let server = MockServer::start().await;
    let cluster = json!({"id": CLUSTER, "name": "orders", "state": "CREATED", "cloud_provider": "AWS",
                         "plan": "ADVANCED"});
    mock(&server, "GET", &base(), 200, cluster, 1).await;
    mock(
        &server,
        "GET",
        &format!("{}/networking/aws-endpoint-connections", base()),
        404,
        refusal(404),
        1,
    )
    .await;
    let seed = json!({"connections": [{"endpoint_id": "vpce-1", "status": "STATUS_AVAILABLE",
                      "region_name": "us-east-1", "cloud_provider": "AWS"}]});
    mock(
        &server,
        "GET",
        &format!("{}/networking/private-endpoint-connections", base()),
        200,
        seed,
        1,
    )
    .await;
    let out = run(
        &server,
        &[
            "crdb",
            "private-endpoint",
            "connection",
            "list",
            "-c",
            CLUSTER,
        ],
    );
    assert_code(&out, 0);
    let table = stdout_of(&out);
    assert!(
        table.contains("vpce-1") && table.contains("AVAILABLE"),
        "{table}"
    );
}
