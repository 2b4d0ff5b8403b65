//! The CockroachDB operations of the current API beyond SCIM: replication streams, blackout windows,
//! client CA certificates, disruption drills, the egress traffic policy, egress private endpoints,
//! trusted owners, AWS endpoint connections, and the current database-edit and allowlist forms.

use serde_json::json;

use crate::common::*;

use super::Run;

const STREAMS: &str = "/api/v1/physical-replication-streams";
const STREAM: &str = "/api/v1/physical-replication-streams/{id}";
const C: &str = "/api/v1/clusters/{cluster_id}";

/// A self-signed test CA (its key thrown away).
pub const TEST_CA_PEM: &str = "-----BEGIN CERTIFICATE-----
MIIBlzCCAT2gAwIBAgIUZVfaFz9XTM9BqqeWKPV8OQqmUNUwCgYIKoZIzj0EAwIw
ITEfMB0GA1UEAwwWZGJjbG91ZCB0ZXN0IGNsaWVudCBDQTAeFw0yNjExMzAxNDQ1
NTlaFw0zNjExMjcxNDQ1NTlaMCExHzAdBgNVBAMMFmRiY2xvdWQgdGVzdCBjbGll
bnQgQ0EwWTATBgcqhkjOPQIBBggqhkjOPQMBBwNCAAQmJ7V/bFdFZFYAeUmy2a4w
nJzQWcN/7X+XUBNCW5KcLq5Q3Cw13HK7y9zqXaJUFy4vsJpqDVq1zD2Oho9fl8gl
o1MwUTAdBgNVHQ4EFgQUyMhFKWL72W+eivQ96EvO5lS8fSUwHwYDVR0jBBgwFoAU
yMhFKWL72W+eivQ96EvO5lS8fSUwDwYDVR0TAQH/BAUwAwEB/zAKBggqhkjOPQQD
AgNIADBFAiBOYI7eGR88/tlCNpDZmAxZ218By4xcRDiRuoBHeZkrPQIhAJ//xIQP
Vcdv1Q5lvdxllZn83tOQelStXXRF/moh9I1q
-----END CERTIFICATE-----
";

pub fn aws_advanced(name: &str) -> serde_json::Value {
    json!({"name": name, "provider": "AWS", "spec": {"plan": "ADVANCED", "dedicated": {
        "region_nodes": {"us-east-1": 3},
        "hardware": {"machine_spec": {"num_virtual_cpus": 4}, "storage_gib": 15}}}})
}

/// An RFC 3339 time `days` from now.
pub fn days_ahead(days: u64) -> String {
    let t = std::time::SystemTime::now() + std::time::Duration::from_secs(days * 86_400);
    humantime::format_rfc3339_seconds(t).to_string()
}

pub async fn scenario(run: &mut Run) {
    let mut ids = Vec::new();
    for name in ["contract-primary", "contract-standby"] {
        let c = run
            .crdb(
                "POST",
                "/api/v1/clusters",
                "/api/v1/clusters",
                Some(aws_advanced(name)),
            )
            .await;
        ids.push(c["id"].as_str().unwrap().to_string());
    }
    sleep_ms(T_MS + 50).await;
    let (primary, standby) = (ids[0].clone(), ids[1].clone());
    let c = format!("/api/v1/clusters/{primary}");

    // Replication.
    let stream = run
        .crdb(
            "POST",
            STREAMS,
            STREAMS,
            Some(json!({"primary_cluster_id": primary, "standby_cluster_id": standby})),
        )
        .await;
    assert_eq!(stream["status"], "STARTING");
    let s = format!("{STREAMS}/{}", stream["id"].as_str().unwrap());
    let listed = run
        .crdb(
            "GET",
            STREAMS,
            &format!("{STREAMS}?cluster_id={standby}&show_completed=true"),
            None,
        )
        .await;
    assert_eq!(
        listed["physical_replication_streams"][0]["id"],
        stream["id"]
    );
    sleep_ms(T_MS + 50).await;
    let got = run.crdb("GET", STREAM, &s, None).await;
    assert_eq!(got["status"], "REPLICATING");
    let failing = run
        .crdb("PATCH", STREAM, &s, Some(json!({"status": "FAILING_OVER"})))
        .await;
    assert_eq!(failing["status"], "FAILING_OVER");

    // Blackout windows.
    let windows = format!("{c}/blackout-windows");
    let w = run
        .crdb(
            "POST",
            &format!("{C}/blackout-windows"),
            &windows,
            Some(json!({"start_time": days_ahead(8), "end_time": days_ahead(10)})),
        )
        .await;
    let one = format!("{windows}/{}", w["id"].as_str().unwrap());
    let window = format!("{C}/blackout-windows/{{blackout_window_id}}");
    run.crdb("GET", &format!("{C}/blackout-windows"), &windows, None)
        .await;
    run.crdb("GET", &window, &one, None).await;
    run.crdb(
        "PATCH",
        &window,
        &one,
        Some(json!({"end_time": days_ahead(11)})),
    )
    .await;
    run.crdb("DELETE", &window, &one, None).await;

    // The client CA certificate.
    let ca = format!("{c}/client-ca-cert");
    let ca_t = format!("{C}/client-ca-cert");
    let none = run.crdb("GET", &ca_t, &ca, None).await;
    assert_eq!(none["status"], "NOT_SET");
    let set = run
        .crdb(
            "POST",
            &ca_t,
            &ca,
            Some(json!({"x509_pem_cert": TEST_CA_PEM})),
        )
        .await;
    assert_eq!(set["status"], "PENDING");
    sleep_ms(T_MS + 50).await;
    run.crdb(
        "PATCH",
        &ca_t,
        &ca,
        Some(json!({"x509_pem_cert": TEST_CA_PEM})),
    )
    .await;
    sleep_ms(T_MS + 50).await;
    run.crdb("DELETE", &ca_t, &ca, None).await;
    sleep_ms(T_MS + 50).await;

    // Disruption drills.
    let disrupt = format!("{c}/disrupt");
    let disrupt_t = format!("{C}/disrupt");
    run.crdb("GET", &disrupt_t, &disrupt, None).await;
    run.crdb(
        "PUT",
        &disrupt_t,
        &disrupt,
        Some(json!({"regional_disruptor_specifications": [
            {"region_code": "us-east-1", "is_whole_region": true}]})),
    )
    .await;
    sleep_ms(T_MS + 50).await;

    // The egress traffic policy.
    run.crdb(
        "POST",
        &format!("{C}/networking/egress-rules/egress-traffic-policy"),
        &format!("{c}/networking/egress-rules/egress-traffic-policy"),
        Some(json!({"allow_all": false, "idempotency_key": "contract-1"})),
    )
    .await;

    // Egress private endpoints.
    let eps = format!("{c}/networking/egress-private-endpoints");
    let eps_t = format!("{C}/networking/egress-private-endpoints");
    let ep_t = format!("{eps_t}/{{id}}");
    let ep = run
        .crdb(
            "POST",
            &eps_t,
            &eps,
            Some(json!({"region": "us-east-1",
                "target_service_identifier": "com.amazonaws.vpce.us-east-1.vpce-svc-0123456789abcdef0",
                "target_service_type": "PRIVATE_SERVICE"})),
        )
        .await;
    assert_eq!(ep["state"], "PENDING");
    let e = format!("{eps}/{}", ep["id"].as_str().unwrap());
    run.crdb("GET", &eps_t, &eps, None).await;
    sleep_ms(T_MS + 50).await;
    let got = run.crdb("GET", &ep_t, &e, None).await;
    assert_eq!(got["state"], "AVAILABLE");
    let updated = run
        .crdb(
            "PATCH",
            &ep_t,
            &e,
            Some(json!({"domain_names": ["kafka.internal.example.com"]})),
        )
        .await;
    assert_eq!(updated["domain_names_state"], "PENDING");
    sleep_ms(T_MS + 50).await;
    run.crdb(
        "PATCH",
        &format!("{ep_t}/domain-names"),
        &format!("{e}/domain-names"),
        Some(json!({"domain_names": ["kafka.example.internal"]})),
    )
    .await;
    run.crdb("DELETE", &ep_t, &e, None).await;

    // Trusted owners.
    let owners = format!("{c}/networking/private-endpoint-trusted-owners");
    let owners_t = format!("{C}/networking/private-endpoint-trusted-owners");
    let owner_t = format!("{owners_t}/{{owner_id}}");
    let owner = run
        .crdb(
            "POST",
            &owners_t,
            &owners,
            Some(json!({"external_owner_id": "123456789012", "type": "AWS_ACCOUNT_ID"})),
        )
        .await;
    let o = format!(
        "{owners}/{}",
        owner["trusted_owner"]["id"].as_str().unwrap()
    );
    run.crdb("GET", &owners_t, &owners, None).await;
    run.crdb("GET", &owner_t, &o, None).await;
    run.crdb("DELETE", &owner_t, &o, None).await;

    // AWS endpoint connections (of the connections the seed's operations add).
    run.crdb(
        "POST",
        &format!("{C}/networking/private-endpoint-services"),
        &format!("{c}/networking/private-endpoint-services"),
        None,
    )
    .await;
    sleep_ms(T_MS + 50).await;
    run.crdb(
        "POST",
        &format!("{C}/networking/private-endpoint-connections"),
        &format!("{c}/networking/private-endpoint-connections"),
        Some(json!({"endpoint_id": "vpce-0a1b2c3d4e5f67890"})),
    )
    .await;
    let connections = run
        .crdb(
            "GET",
            &format!("{C}/networking/aws-endpoint-connections"),
            &format!("{c}/networking/aws-endpoint-connections"),
            None,
        )
        .await;
    assert_eq!(
        connections["connections"][0]["endpoint_id"],
        "vpce-0a1b2c3d4e5f67890"
    );
    run.crdb(
        "PATCH",
        &format!("{C}/networking/aws-endpoint-connections/{{endpoint_id}}"),
        &format!("{c}/networking/aws-endpoint-connections/vpce-0a1b2c3d4e5f67890"),
        Some(json!({"status": "REJECTED"})),
    )
    .await;

    // The current database-edit and allowlist forms.
    run.crdb(
        "PATCH",
        &format!("{C}/databases"),
        &format!("{c}/databases"),
        Some(json!({"name": "postgres", "new_name": "pg"})),
    )
    .await;
    run.crdb(
        "PUT",
        &format!("{C}/networking/allowlist/{{cidr_ip}}/{{cidr_mask}}"),
        &format!("{c}/networking/allowlist/10.1.0.0/16"),
        Some(json!({"ui": false, "sql": true, "name": "office"})),
    )
    .await;
}
