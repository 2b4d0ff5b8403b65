//! CockroachDB cluster changes and private links as the emulator serves them: the client CA certificate,
//! disruption drills and the egress traffic policy (each over time, failing on demand), egress private
//! endpoints, trusted owners, AWS endpoint connections, and the current database-edit and allowlist forms.

use crate::all_operations::cockroach_more::{TEST_CA_PEM, aws_advanced};
use crate::cockroach_dr::{clusters, ok, refused};
use crate::common::*;
use serde_json::{Value, json};

fn gcp_advanced(name: &str) -> Value {
    json!({"name": name, "provider": "GCP", "spec": {"dedicated": {"region_nodes": {"us-east1": 3},
        "hardware": {"machine_spec": {"num_virtual_cpus": 4}, "storage_gib": 15}}}})
}

fn serverless(name: &str) -> Value {
    json!({"name": name, "provider": "GCP", "spec": {"serverless": {"regions": ["us-east1"]}}})
}

async fn fail_next(api: &Api) {
    let set = api
        .raw(
            "PUT",
            "/_emulator/faults",
            &[],
            Some(&json!({"failed_transitions": 1})),
        )
        .await;
    assert_eq!(set.status, 200, "{set:?}");
}

async fn cluster(api: &Api, id: &str) -> Value {
    ok(api, "GET", &format!("/api/v1/clusters/{id}"), None).await
}

#[tokio::test]
async fn client_ca_certificates_lock_the_cluster_while_they_change() {
    let emu = emulator();
    let api = Api::new(&emu.url());
    let ids = clusters(&api, &[aws_advanced("a"), serverless("b")]).await;
    let (id, path) = (
        &ids[0],
        format!("/api/v1/clusters/{}/client-ca-cert", ids[0]),
    );
    let pem = Some(json!({"x509_pem_cert": TEST_CA_PEM}));
    assert_eq!(
        ok(&api, "GET", &path, None).await,
        json!({"status": "NOT_SET"})
    );
    refused(
        &api,
        "PATCH",
        &path,
        pem.clone(),
        404,
        "no client CA certificate",
    )
    .await;
    refused(&api, "DELETE", &path, None, 404, "no client CA certificate").await;
    refused(
        &api,
        "POST",
        &path,
        Some(json!({"x509_pem_cert": "hello"})),
        400,
        "not a PEM",
    )
    .await;
    refused(
        &api,
        "POST",
        &path,
        Some(
            json!({"x509_pem_cert": "-----BEGIN CERTIFICATE-----\n!!\n-----END CERTIFICATE-----"}),
        ),
        400,
        "base64",
    )
    .await;
    refused(
        &api,
        "POST",
        &format!("/api/v1/clusters/{}/client-ca-cert", ids[1]),
        pem.clone(),
        400,
        "ADVANCED",
    )
    .await;

    let set = ok(&api, "POST", &path, pem.clone()).await;
    assert_eq!(set["status"], "PENDING");
    let c = cluster(&api, id).await;
    assert_eq!(
        (c["state"].as_str(), c["operation_status"].as_str()),
        (Some("LOCKED"), Some("CRDB_CUSTOM_CLIENT_CA_RUNNING"))
    );
    refused(&api, "PATCH", &path, pem.clone(), 409, "locked").await;
    sleep_ms(T_MS + 50).await;
    let shown = ok(&api, "GET", &path, None).await;
    assert_eq!(
        shown,
        json!({"x509_pem_cert": TEST_CA_PEM, "status": "IS_SET"})
    );
    refused(&api, "POST", &path, pem.clone(), 409, "already has").await;
    ok(&api, "PATCH", &path, pem.clone()).await;
    sleep_ms(T_MS + 50).await;

    // Made to fail: FAILED, the cluster's operation too.
    fail_next(&api).await;
    ok(&api, "PATCH", &path, pem.clone()).await;
    sleep_ms(T_MS + 50).await;
    assert_eq!(ok(&api, "GET", &path, None).await["status"], "FAILED");
    assert_eq!(
        cluster(&api, id).await["operation_status"],
        "CRDB_CUSTOM_CLIENT_CA_FAILED"
    );
    // A failed certificate can be set again; then removed.
    ok(&api, "POST", &path, pem).await;
    sleep_ms(T_MS + 50).await;
    let removing = ok(&api, "DELETE", &path, None).await;
    assert_eq!(removing["status"], "PENDING");
    sleep_ms(T_MS + 50).await;
    assert_eq!(
        ok(&api, "GET", &path, None).await,
        json!({"status": "NOT_SET"})
    );
}

#[tokio::test]
async fn disruptions_are_checked_kept_and_cleared() {
    let emu = emulator();
    let api = Api::new(&emu.url());
    let ids = clusters(&api, &[aws_advanced("a"), serverless("b")]).await;
    let id = &ids[0];
    let path = format!("/api/v1/clusters/{id}/disrupt");
    let specs = |s: Value| Some(json!({"regional_disruptor_specifications": [s]}));
    assert_eq!(
        ok(&api, "GET", &path, None).await,
        json!({"regional_disruptor_specifications": []})
    );
    refused(
        &api,
        "PUT",
        &format!("/api/v1/clusters/{}/disrupt", ids[1]),
        specs(json!({"region_code": "us-east1", "is_whole_region": true})),
        400,
        "ADVANCED",
    )
    .await;
    refused(
        &api,
        "PUT",
        &path,
        specs(json!({"region_code": "eu-west-1", "is_whole_region": true})),
        400,
        "not a region of the cluster",
    )
    .await;
    refused(
        &api,
        "PUT",
        &path,
        specs(json!({"region_code": "us-east-1", "is_whole_region": false})),
        400,
        "disrupts nothing",
    )
    .await;
    refused(
        &api,
        "PUT",
        &path,
        specs(json!({"region_code": "us-east-1", "is_whole_region": true, "azs": ["us-east-1a"]})),
        400,
        "must be false",
    )
    .await;
    refused(
        &api,
        "PUT",
        &path,
        specs(json!({"region_code": "us-east-1", "is_whole_region": false, "azs": ["eu-west-1a"]})),
        400,
        "not a zone",
    )
    .await;
    refused(&api, "PUT", &path, specs(json!({"region_code": "us-east-1", "is_whole_region": false, "pods": ["cockroachdb-x-0"]})), 400, "not a node").await;
    let twice = json!({"regional_disruptor_specifications": [
        {"region_code": "us-east-1", "is_whole_region": true}, {"region_code": "us-east-1", "is_whole_region": true}]});
    refused(&api, "PUT", &path, Some(twice), 400, "given twice").await;

    let nodes = ok(&api, "GET", &format!("/api/v1/clusters/{id}/nodes"), None).await;
    let pod = nodes["nodes"][1]["name"].clone();
    let spec = json!({"region_code": "us-east-1", "is_whole_region": false, "azs": ["us-east-1b"], "pods": [pod]});
    let set = ok(&api, "PUT", &path, specs(spec.clone())).await;
    assert_eq!(set["regional_disruptor_specifications"][0], spec);
    assert_eq!(
        cluster(&api, id).await["operation_status"],
        "CRDB_CLUSTER_DISRUPTION_RUNNING"
    );
    sleep_ms(T_MS + 50).await;
    assert_eq!(
        ok(&api, "GET", &path, None).await["regional_disruptor_specifications"][0],
        spec
    );
    assert_eq!(cluster(&api, id).await["state"], "CREATED");
    // Made to fail; then cleared with an empty list.
    fail_next(&api).await;
    ok(
        &api,
        "PUT",
        &path,
        specs(json!({"region_code": "us-east-1", "is_whole_region": true})),
    )
    .await;
    sleep_ms(T_MS + 50).await;
    assert_eq!(
        cluster(&api, id).await["operation_status"],
        "CRDB_CLUSTER_DISRUPTION_FAILED"
    );
    ok(
        &api,
        "PUT",
        &path,
        Some(json!({"regional_disruptor_specifications": []})),
    )
    .await;
    sleep_ms(T_MS + 50).await;
    assert_eq!(
        ok(&api, "GET", &path, None).await,
        json!({"regional_disruptor_specifications": []})
    );
}

#[tokio::test]
async fn the_egress_traffic_policy_updates_over_time() {
    let emu = emulator();
    let api = Api::new(&emu.url());
    let ids = clusters(&api, &[gcp_advanced("a"), serverless("b")]).await;
    let id = &ids[0];
    let path = format!("/api/v1/clusters/{id}/networking/egress-rules/egress-traffic-policy");
    refused(
        &api,
        "POST",
        &format!(
            "/api/v1/clusters/{}/networking/egress-rules/egress-traffic-policy",
            ids[1]
        ),
        Some(json!({"allow_all": false})),
        400,
        "ADVANCED",
    )
    .await;
    assert_eq!(
        cluster(&api, id).await["egress_traffic_policy"],
        "ALLOW_ALL"
    );
    let deny = Some(json!({"allow_all": false, "idempotency_key": "k1"}));
    assert_eq!(ok(&api, "POST", &path, deny.clone()).await, json!({}));
    assert_eq!(cluster(&api, id).await["egress_traffic_policy"], "UPDATING");
    // The same request again (same key) changes nothing more; another one waits for the update.
    ok(&api, "POST", &path, deny).await;
    refused(
        &api,
        "POST",
        &path,
        Some(json!({"allow_all": true, "idempotency_key": "k2"})),
        409,
        "being updated",
    )
    .await;
    sleep_ms(T_MS + 50).await;
    assert_eq!(
        cluster(&api, id).await["egress_traffic_policy"],
        "DEFAULT_DENY"
    );
    fail_next(&api).await;
    ok(&api, "POST", &path, Some(json!({"allow_all": true}))).await;
    sleep_ms(T_MS + 50).await;
    assert_eq!(cluster(&api, id).await["egress_traffic_policy"], "ERROR");
    ok(&api, "POST", &path, Some(json!({"allow_all": true}))).await;
    sleep_ms(T_MS + 50).await;
    assert_eq!(
        cluster(&api, id).await["egress_traffic_policy"],
        "ALLOW_ALL"
    );
}

#[tokio::test]
async fn egress_endpoints_provision_take_names_and_go() {
    let emu = emulator();
    let api = Api::new(&emu.url());
    let ids = clusters(&api, &[aws_advanced("a"), gcp_advanced("g")]).await;
    let eps = format!(
        "/api/v1/clusters/{}/networking/egress-private-endpoints",
        ids[0]
    );
    let target = "com.amazonaws.vpce.us-east-1.vpce-svc-0123456789abcdef0";
    let body = |region: &str, target: &str, kind: &str| {
        Some(
            json!({"region": region, "target_service_identifier": target, "target_service_type": kind}),
        )
    };
    refused(
        &api,
        "POST",
        &eps,
        body("eu-west-1", target, "PRIVATE_SERVICE"),
        400,
        "not a region of the cluster",
    )
    .await;
    refused(
        &api,
        "POST",
        &eps,
        body("us-east-1", "projects/p", "PRIVATE_SERVICE"),
        400,
        "target_service_identifier",
    )
    .await;
    refused(
        &api,
        "POST",
        &eps,
        body("us-east-1", "com.amazonaws.x", "MSK_TLS"),
        400,
        "arn:aws:kafka:",
    )
    .await;
    let gcp = format!(
        "/api/v1/clusters/{}/networking/egress-private-endpoints",
        ids[1]
    );
    refused(
        &api,
        "POST",
        &gcp,
        body("us-east1", "arn:aws:kafka:x", "MSK_TLS"),
        400,
        "for AWS clusters",
    )
    .await;

    let e = ok(
        &api,
        "POST",
        &eps,
        body("us-east-1", target, "PRIVATE_SERVICE"),
    )
    .await;
    assert_eq!(
        (e["state"].as_str(), e["domain_names_state"].as_str()),
        (Some("PENDING"), Some("EMPTY"))
    );
    refused(
        &api,
        "POST",
        &eps,
        body("us-east-1", target, "PRIVATE_SERVICE"),
        409,
        "already exists",
    )
    .await;
    let one = format!("{eps}/{}", e["id"].as_str().unwrap());
    let names = Some(json!({"domain_names": ["kafka.internal.example.com"]}));
    refused(&api, "PATCH", &one, names.clone(), 409, "PENDING").await;
    sleep_ms(T_MS + 50).await;
    assert_eq!(ok(&api, "GET", &one, None).await["state"], "AVAILABLE");
    refused(
        &api,
        "PATCH",
        &one,
        Some(json!({"domain_names": ["not a name"]})),
        400,
        "not a domain name",
    )
    .await;
    let named = ok(&api, "PATCH", &one, names).await;
    assert_eq!(named["domain_names_state"], "PENDING");
    refused(
        &api,
        "PATCH",
        &format!("{one}/domain-names"),
        Some(json!({"domain_names": []})),
        409,
        "being updated",
    )
    .await;
    sleep_ms(T_MS + 50).await;
    assert_eq!(
        ok(&api, "GET", &one, None).await["domain_names_state"],
        "AVAILABLE"
    );
    // The deprecated form: the same change, an empty answer; made to fail here.
    fail_next(&api).await;
    assert_eq!(
        ok(
            &api,
            "PATCH",
            &format!("{one}/domain-names"),
            Some(json!({"domain_names": ["*.example.com"]}))
        )
        .await,
        json!({})
    );
    sleep_ms(T_MS + 50).await;
    let failed = ok(&api, "GET", &one, None).await;
    assert_eq!(
        (
            failed["domain_names_state"].as_str(),
            &failed["domain_names"]
        ),
        (Some("FAILED"), &json!(["*.example.com"]))
    );

    // Deleting: DELETING, then gone.
    assert_eq!(ok(&api, "DELETE", &one, None).await, json!({}));
    assert_eq!(ok(&api, "GET", &one, None).await["state"], "DELETING");
    sleep_ms(T_MS + 50).await;
    refused(&api, "GET", &one, None, 404, "not found").await;
    assert_eq!(
        ok(&api, "GET", &eps, None).await["egress_private_endpoints"],
        json!([])
    );
    // A creation made to fail.
    fail_next(&api).await;
    let e = ok(
        &api,
        "POST",
        &eps,
        body(
            "us-east-1",
            "arn:aws:kafka:us-east-1:123456789012:cluster/x/1",
            "MSK_SASL_SCRAM",
        ),
    )
    .await;
    sleep_ms(T_MS + 50).await;
    assert_eq!(
        ok(
            &api,
            "GET",
            &format!("{eps}/{}", e["id"].as_str().unwrap()),
            None
        )
        .await["state"],
        "FAILED"
    );
}

#[tokio::test]
async fn trusted_owners_and_aws_endpoint_connections() {
    let emu = emulator();
    let api = Api::new(&emu.url());
    let ids = clusters(&api, &[aws_advanced("a"), gcp_advanced("g")]).await;
    let net = format!("/api/v1/clusters/{}/networking", ids[0]);
    let gcp_net = format!("/api/v1/clusters/{}/networking", ids[1]);
    let owner = |id: &str| Some(json!({"type": "AWS_ACCOUNT_ID", "external_owner_id": id}));
    let owners = format!("{net}/private-endpoint-trusted-owners");
    refused(&api, "POST", &owners, owner("12345"), 400, "12-digit").await;
    refused(
        &api,
        "POST",
        &format!("{gcp_net}/private-endpoint-trusted-owners"),
        owner("123456789012"),
        400,
        "AWS clusters",
    )
    .await;
    let added = ok(&api, "POST", &owners, owner("123456789012")).await;
    let o = &added["trusted_owner"];
    assert_eq!(
        (o["cluster_id"].as_str(), o["type"].as_str()),
        (Some(ids[0].as_str()), Some("AWS_ACCOUNT_ID"))
    );
    ok(&api, "POST", &owners, owner("*")).await;
    refused(&api, "POST", &owners, owner("123456789012"), 409, "already").await;
    assert_eq!(
        ok(&api, "GET", &owners, None).await["trusted_owners"]
            .as_array()
            .unwrap()
            .len(),
        2
    );
    let one = format!("{owners}/{}", o["id"].as_str().unwrap());
    assert_eq!(ok(&api, "GET", &one, None).await["trusted_owner"], *o);
    assert_eq!(ok(&api, "DELETE", &one, None).await["trusted_owner"], *o);
    refused(&api, "GET", &one, None, 404, "not found").await;

    // AWS connections: the cluster's endpoint connections, accepted or rejected on the service side.
    let aws = format!("{net}/aws-endpoint-connections");
    refused(
        &api,
        "GET",
        &format!("{gcp_net}/aws-endpoint-connections"),
        None,
        400,
        "AWS clusters only",
    )
    .await;
    assert_eq!(
        ok(&api, "GET", &aws, None).await,
        json!({"connections": []})
    );
    ok(
        &api,
        "POST",
        &format!("{net}/private-endpoint-services"),
        None,
    )
    .await;
    sleep_ms(T_MS + 50).await;
    ok(
        &api,
        "POST",
        &format!("{net}/private-endpoint-connections"),
        Some(json!({"endpoint_id": "vpce-1"})),
    )
    .await;
    let listed = ok(&api, "GET", &aws, None).await;
    assert_eq!(listed["connections"][0]["status"], "PENDING");
    assert!(
        listed["connections"][0]["service_id"]
            .as_str()
            .unwrap()
            .starts_with("vpce-svc-")
    );
    sleep_ms(T_MS + 50).await;
    let vpce = format!("{aws}/vpce-1");
    refused(
        &api,
        "PATCH",
        &format!("{aws}/vpce-2"),
        Some(json!({"status": "REJECTED"})),
        404,
        "not found",
    )
    .await;
    // The answer shows the status before the change.
    let before = ok(&api, "PATCH", &vpce, Some(json!({"status": "REJECTED"}))).await;
    assert_eq!(before["status"], "AVAILABLE");
    assert_eq!(
        ok(&api, "GET", &aws, None).await["connections"][0]["status"],
        "REJECTED"
    );
    let seed = ok(
        &api,
        "GET",
        &format!("{net}/private-endpoint-connections"),
        None,
    )
    .await;
    assert_eq!(seed["connections"][0]["status"], "STATUS_REJECTED");
    fail_next(&api).await;
    assert_eq!(
        ok(&api, "PATCH", &vpce, Some(json!({"status": "AVAILABLE"}))).await["status"],
        "REJECTED"
    );
    assert_eq!(
        ok(&api, "GET", &aws, None).await["connections"][0]["status"],
        "PENDING"
    );
    sleep_ms(T_MS + 50).await;
    assert_eq!(
        ok(&api, "GET", &aws, None).await["connections"][0]["status"],
        "FAILED"
    );
    ok(&api, "PATCH", &vpce, Some(json!({"status": "AVAILABLE"}))).await;
    sleep_ms(T_MS + 50).await;
    assert_eq!(
        ok(&api, "GET", &aws, None).await["connections"][0]["status"],
        "AVAILABLE"
    );
}

#[tokio::test]
async fn the_current_database_edit_and_allowlist_forms() {
    let emu = emulator();
    let api = Api::new(&emu.url());
    let ids = clusters(&api, &[serverless("a")]).await;
    let c = format!("/api/v1/clusters/{}", ids[0]);
    ok(
        &api,
        "POST",
        &format!("{c}/databases"),
        Some(json!({"name": "shop"})),
    )
    .await;
    let renamed = ok(
        &api,
        "PATCH",
        &format!("{c}/databases"),
        Some(json!({"name": "shop", "new_name": "store"})),
    )
    .await;
    assert_eq!(renamed["name"], "store");
    refused(
        &api,
        "PATCH",
        &format!("{c}/databases"),
        Some(json!({"name": "shop", "new_name": "x"})),
        404,
        "shop",
    )
    .await;
    refused(
        &api,
        "PATCH",
        &format!("{c}/databases"),
        Some(json!({"name": "store", "new_name": "postgres"})),
        409,
        "already exists",
    )
    .await;
    let dbs = ok(&api, "GET", &format!("{c}/databases"), None).await;
    let names: Vec<&str> = dbs["databases"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|d| d["name"].as_str())
        .collect();
    assert_eq!(names, ["defaultdb", "postgres", "store"]);

    let entry = format!("{c}/networking/allowlist/203.0.113.0/24");
    let added = ok(&api, "PUT", &entry, Some(json!({"sql": true, "ui": false}))).await;
    assert_eq!(
        added,
        json!({"cidr_ip": "203.0.113.0", "cidr_mask": 24, "name": "", "sql": true, "ui": false})
    );
    refused(
        &api,
        "PUT",
        &entry,
        Some(json!({"sql": true, "ui": true})),
        409,
        "already exists",
    )
    .await;
    refused(
        &api,
        "PUT",
        &format!("{c}/networking/allowlist/not-an-ip/24"),
        Some(json!({"sql": true, "ui": true})),
        400,
        "IPv4",
    )
    .await;
    refused(
        &api,
        "PUT",
        &format!("{c}/networking/allowlist/10.0.0.0/40"),
        Some(json!({"sql": true, "ui": true})),
        400,
        "cidr_mask",
    )
    .await;
    // The same entry as the seed's POST makes, found by the seed's list and removed by its DELETE.
    let list = ok(&api, "GET", &format!("{c}/networking/allowlist"), None).await;
    assert_eq!(list["allowlist"][0]["cidr_ip"], "203.0.113.0");
    ok(&api, "DELETE", &entry, None).await;
    let log = ok(&api, "GET", "/api/v1/auditlogevents", None).await;
    assert!(
        log["entries"]
            .as_array()
            .unwrap()
            .iter()
            .any(|e| e["action"] == "AUDIT_LOG_ACTION_ADD_IP_ALLOWLIST"),
        "{log}"
    );
}
