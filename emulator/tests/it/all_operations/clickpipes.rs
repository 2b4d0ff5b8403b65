//! The ClickHouse ClickPipes operations: pipes (state, settings, scaling, schema discovery), the
//! service's CDC scaling, and reverse private endpoints.

use serde_json::json;

use crate::common::*;

use super::{Run, S};

pub async fn scenario(run: &mut Run, org: &str) {
    let o = format!("/v1/organizations/{org}");
    let service = run
        .ch(
            "POST",
            &format!("{}/services", super::O),
            &format!("{o}/services"),
            Some(json!({"name": "pipes-service", "provider": "aws", "region": "us-east-1"})),
        )
        .await;
    let sid = service["service"]["id"].as_str().unwrap().to_string();
    let s = format!("{o}/services/{sid}");
    let endpoints = format!("{S}/clickpipesReversePrivateEndpoints");
    let endpoint = format!("{endpoints}/{{reversePrivateEndpointId}}");
    let pipes = format!("{S}/clickpipes");
    let pipe = format!("{pipes}/{{clickPipeId}}");

    // Reverse private endpoints.
    let created = run
        .ch(
            "POST",
            &endpoints,
            &format!("{s}/clickpipesReversePrivateEndpoints"),
            Some(json!({
                "description": "orders kafka",
                "type": "VPC_ENDPOINT_SERVICE",
                "vpcEndpointServiceName": "com.amazonaws.vpce.us-east-1.vpce-svc-0123456789abcdef0",
                "customPrivateDnsMappings": [{"privateDnsName": "*.kafka.internal"}]
            })),
        )
        .await;
    assert_eq!(created["status"], "Provisioning");
    let eid = created["id"].as_str().unwrap().to_string();
    let e = format!("{s}/clickpipesReversePrivateEndpoints/{eid}");
    let list = run
        .ch(
            "GET",
            &endpoints,
            &format!("{s}/clickpipesReversePrivateEndpoints"),
            None,
        )
        .await;
    assert_eq!(list[0]["id"], eid.as_str());
    sleep_ms(T_MS * 2).await;
    let ready = run.ch("GET", &endpoint, &e, None).await;
    assert_eq!(ready["status"], "Ready");
    let patched = run
        .ch(
            "PATCH",
            &endpoint,
            &e,
            Some(json!({"customPrivateDnsMappings": [{"privateDnsName": "b.internal"}]})),
        )
        .await;
    assert_eq!(
        patched["customPrivateDnsMappings"],
        json!([{"privateDnsName": "b.internal"}])
    );

    // A Kafka pipe through the endpoint.
    let p = run
        .ch(
            "POST",
            &pipes,
            &format!("{s}/clickpipes"),
            Some(json!({
                "name": "events",
                "source": {"kafka": {
                    "type": "confluent", "format": "JSONEachRow", "brokers": "b1:9092", "topics": "events",
                    "authentication": "PLAIN", "credentials": {"username": "u", "password": "secret-pw"},
                    "reversePrivateEndpointIds": [eid]
                }},
                "destination": {"database": "default", "table": "events", "managedTable": true,
                                "columns": [{"name": "id", "type": "Int64"}]},
                "fieldMappings": [{"sourceField": "id", "destinationField": "id"}]
            })),
        )
        .await;
    assert_eq!(p["state"], "Provisioning");
    assert!(!p.to_string().contains("secret-pw"), "{p}");
    let pid = p["id"].as_str().unwrap().to_string();
    let one = format!("{s}/clickpipes/{pid}");
    run.ch("GET", &pipes, &format!("{s}/clickpipes"), None)
        .await;
    sleep_ms(T_MS * 2).await;
    assert_eq!(run.ch("GET", &pipe, &one, None).await["state"], "Running");
    let renamed = run
        .ch(
            "PATCH",
            &pipe,
            &one,
            Some(
                json!({"name": "events-2", "source": {"kafka": {"authentication": "PLAIN",
                        "credentials": {"username": "u", "password": "new-pw"}}}}),
            ),
        )
        .await;
    assert_eq!(renamed["name"], "events-2");
    let settings = run
        .ch(
            "PUT",
            &format!("{pipe}/settings"),
            &format!("{one}/settings"),
            Some(json!({"streaming_max_insert_wait_ms": 2000, "clickhouse_max_threads": 4})),
        )
        .await;
    assert_eq!(settings["streaming_max_insert_wait_ms"], 2000);
    let got = run
        .ch(
            "GET",
            &format!("{pipe}/settings"),
            &format!("{one}/settings"),
            None,
        )
        .await;
    assert_eq!(got, settings);
    let scaled = run
        .ch(
            "PATCH",
            &format!("{pipe}/scaling"),
            &format!("{one}/scaling"),
            Some(json!({"replicas": 3, "replicaMemoryGb": 0.5})),
        )
        .await;
    assert_eq!(scaled["scaling"]["replicas"], 3);
    let stopping = run
        .ch(
            "PATCH",
            &format!("{pipe}/state"),
            &format!("{one}/state"),
            Some(json!({"command": "stop"})),
        )
        .await;
    assert_eq!(stopping["state"], "Stopping");
    let schema = run
        .ch(
            "POST",
            &format!("{pipes}/schemaDiscovery"),
            &format!("{s}/clickpipes/schemaDiscovery"),
            Some(json!({"source": {"kinesis": {"format": "JSONEachRow", "streamName": "clicks",
                        "region": "us-east-1", "iteratorType": "LATEST", "authentication": "IAM_ROLE",
                        "iamRole": "arn:aws:iam::123456789012:role/r"}}})),
        )
        .await;
    assert!(!schema["fields"].as_array().unwrap().is_empty());
    assert_eq!(schema["meta"]["streamName"], "clicks");

    // The service's CDC scaling.
    let cdc = format!("{S}/clickpipesCdcScaling");
    let current = run
        .ch("GET", &cdc, &format!("{s}/clickpipesCdcScaling"), None)
        .await;
    assert_eq!(current["replicaCpuMillicores"], 2000);
    let changed = run
        .ch(
            "PATCH",
            &cdc,
            &format!("{s}/clickpipesCdcScaling"),
            Some(json!({"replicaCpuMillicores": 4000, "replicaMemoryGb": 16})),
        )
        .await;
    assert_eq!(changed["replicaMemoryGb"], 16);

    run.ch("DELETE", &pipe, &one, None).await;
    run.ch("DELETE", &endpoint, &e, None).await;
}
