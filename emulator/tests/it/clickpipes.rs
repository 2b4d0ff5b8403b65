//! ClickPipes as the emulator serves them: states over time, changes refused mid-transition, failures on
//! demand, what persists, what is checked beyond the schema, and reverse private endpoints.

use serde_json::{Value, json};

use crate::common::*;

struct Pipes {
    api: Api,
    /// `/v1/organizations/{org}/services/{service}`.
    service: String,
}

impl Pipes {
    async fn new(emu: &dbcloud_emulator::BackgroundEmulator) -> Pipes {
        let api = Api::new(&emu.url());
        let org = emu.clickhouse_org_id();
        let created = api
            .ch(
                "POST",
                &format!("/v1/organizations/{org}/services"),
                Some(&json!({"name": "s", "provider": "aws", "region": "us-east-1"})),
            )
            .await;
        let id = created.json["result"]["service"]["id"].as_str().unwrap();
        Pipes {
            service: format!("/v1/organizations/{org}/services/{id}"),
            api,
        }
    }

    async fn call(&self, method: &str, rest: &str, body: Option<Value>) -> Answer {
        let path = format!("{}{rest}", self.service);
        self.api.ch(method, &path, body.as_ref()).await
    }

    async fn create(&self, body: Value) -> Value {
        let a = self.call("POST", "/clickpipes", Some(body)).await;
        assert_eq!(a.status, 200, "{a:?}");
        a.json["result"].clone()
    }

    async fn state(&self, id: &str) -> String {
        let a = self.call("GET", &format!("/clickpipes/{id}"), None).await;
        a.json["result"]["state"]
            .as_str()
            .unwrap_or_default()
            .to_string()
    }

    async fn command(&self, id: &str, command: &str) -> Answer {
        self.call(
            "PATCH",
            &format!("/clickpipes/{id}/state"),
            Some(json!({"command": command})),
        )
        .await
    }
}

fn kafka(name: &str) -> Value {
    json!({
        "name": name,
        "source": {"kafka": {"format": "JSONEachRow", "brokers": "b:9092", "topics": "t",
                             "authentication": "PLAIN", "credentials": {"username": "u", "password": "pw-123"}}},
        "destination": {"database": "default", "table": "t"}
    })
}

fn postgres(name: &str) -> Value {
    json!({
        "name": name,
        "source": {"postgres": {"host": "db.example.com", "port": 5432, "database": "app",
                                "credentials": {"username": "u", "password": "pw-456"},
                                "settings": {"replicationMode": "cdc"},
                                "tableMappings": [{"sourceSchemaName": "public", "sourceTable": "a",
                                                   "targetTable": "public_a"}]}},
        "destination": {"database": "app"}
    })
}

#[tokio::test]
async fn pipes_provision_stop_start_and_resync_over_time() {
    let emu = emulator();
    let p = Pipes::new(&emu).await;
    let created = p.create(postgres("cdc")).await;
    assert_eq!(created["state"], "Provisioning");
    assert!(!created.to_string().contains("pw-456"), "{created}");
    assert_eq!(
        created["scaling"],
        json!({"replicas": 1, "replicaCpuMillicores": 500, "replicaMemoryGb": 2})
    );
    let id = created["id"].as_str().unwrap().to_string();
    // Mid-transition, a change is refused.
    let busy = p.command(&id, "stop").await;
    assert_eq!(busy.status, 409, "{busy:?}");
    assert!(
        busy.json["error"]
            .as_str()
            .unwrap()
            .starts_with("CONFLICT: ")
    );
    sleep_ms(T_MS + 50).await;
    assert_eq!(p.state(&id).await, "Running");
    // Starting a running pipe changes nothing.
    let same = p.command(&id, "start").await;
    assert_eq!(same.json["result"]["state"], "Running");

    for (command, transitional, stable) in [
        ("stop", "Stopping", "Stopped"),
        ("start", "Provisioning", "Running"),
        ("resync", "Resync", "Running"),
    ] {
        let a = p.command(&id, command).await;
        assert_eq!(a.json["result"]["state"], transitional, "{command}: {a:?}");
        sleep_ms(T_MS + 50).await;
        assert_eq!(p.state(&id).await, stable, "{command}");
    }
    let stream = p.create(kafka("stream")).await;
    let sid = stream["id"].as_str().unwrap();
    sleep_ms(T_MS + 50).await;
    let refused = p.command(sid, "resync").await;
    assert_eq!(refused.status, 400, "{refused:?}");
    let missing = p
        .call(
            "PATCH",
            &format!("/clickpipes/{sid}/state"),
            Some(json!({})),
        )
        .await;
    assert_eq!(missing.status, 400);
    assert!(missing.text.contains("command"), "{missing:?}");
}

#[tokio::test]
async fn failed_transitions_leave_a_pipe_failed_until_it_is_started() {
    let emu = emulator();
    let p = Pipes::new(&emu).await;
    emu.set_faults(dbcloud_emulator::Faults {
        failed_transitions: 1,
        ..Default::default()
    });
    let id = p.create(kafka("doomed")).await["id"]
        .as_str()
        .unwrap()
        .to_string();
    sleep_ms(T_MS + 50).await;
    assert_eq!(p.state(&id).await, "Failed");
    // Stopping never fails, and does not count down the fault.
    emu.set_faults(dbcloud_emulator::Faults {
        failed_transitions: 1,
        ..Default::default()
    });
    p.command(&id, "stop").await;
    sleep_ms(T_MS + 50).await;
    assert_eq!(p.state(&id).await, "Stopped");
    p.command(&id, "start").await;
    sleep_ms(T_MS + 50).await;
    assert_eq!(p.state(&id).await, "Failed");
    p.command(&id, "start").await;
    sleep_ms(T_MS + 50).await;
    assert_eq!(p.state(&id).await, "Running");
}

#[tokio::test]
async fn updates_settings_and_scaling_persist() {
    let emu = emulator();
    let p = Pipes::new(&emu).await;
    let id = p.create(kafka("events")).await["id"]
        .as_str()
        .unwrap()
        .to_string();
    let one = format!("/clickpipes/{id}");
    let put = p
        .call(
            "PUT",
            &format!("{one}/settings"),
            Some(json!({"streaming_max_insert_wait_ms": 1000, "clickhouse_max_threads": null})),
        )
        .await;
    assert_eq!(
        put.json["result"],
        json!({"streaming_max_insert_wait_ms": 1000})
    );
    let scaled = p
        .call(
            "PATCH",
            &format!("{one}/scaling"),
            Some(json!({"replicas": 2, "replicaCpuMillicores": null})),
        )
        .await;
    assert_eq!(
        scaled.json["result"]["scaling"]["replicaCpuMillicores"],
        500
    );
    let patched = p
        .call(
            "PATCH",
            &one,
            Some(json!({"name": "events-2", "fieldMappings": [{"sourceField": "a", "destinationField": "b"}],
                        "destination": {"columns": [{"name": "b", "type": "String"}]},
                        "source": {"kafka": {"authentication": "PLAIN",
                                              "credentials": {"username": "u", "password": "pw-789"}}}})),
        )
        .await;
    assert_eq!(patched.status, 200, "{patched:?}");
    assert!(!patched.text.contains("pw-789"));
    let wrong_kind = p
        .call(
            "PATCH",
            &one,
            Some(json!({"source": {"postgres": {"host": "db.example.com"}}})),
        )
        .await;
    assert_eq!(wrong_kind.status, 400, "{wrong_kind:?}");
    assert!(wrong_kind.text.contains("source.postgres"));

    let got = p.call("GET", &one, None).await.json["result"].clone();
    assert_eq!(got["name"], "events-2");
    assert_eq!(got["scaling"]["replicas"], 2);
    assert_eq!(
        got["settings"],
        json!({"streaming_max_insert_wait_ms": 1000})
    );
    assert_eq!(got["destination"]["columns"][0]["name"], "b");
    assert_eq!(got["fieldMappings"][0]["destinationField"], "b");
    let listed = p.call("GET", "/clickpipes", None).await.json["result"].clone();
    assert_eq!(listed[0], got);
    // Nothing of the credentials is stored where the API would show it.
    assert!(!emu.state().to_string().contains("pw-"), "credentials kept");

    let deleted = p.call("DELETE", &one, None).await;
    assert_eq!(deleted.status, 200);
    assert_eq!(p.call("GET", &one, None).await.status, 404);
    assert_eq!(p.call("DELETE", &one, None).await.status, 404);
    assert_eq!(
        p.call("GET", &format!("{one}/settings"), None).await.status,
        404
    );
}

#[tokio::test]
async fn creates_are_checked_beyond_the_schema() {
    let emu = emulator();
    let p = Pipes::new(&emu).await;
    let mut two_sources = kafka("x");
    two_sources["source"]["kinesis"] = json!({"format": "JSONEachRow", "streamName": "s",
        "region": "us-east-1", "iteratorType": "LATEST", "authentication": "IAM_ROLE"});
    let mut no_table = kafka("x");
    no_table["destination"] = json!({"database": "default"});
    let mut unknown_endpoint = kafka("x");
    unknown_endpoint["source"]["kafka"]["reversePrivateEndpointIds"] =
        json!(["0f5e0e7c-55f3-4c5e-9a7a-3c1d4c0c9b1e"]);
    for (body, field) in [
        (
            json!({"name": "x", "destination": {"database": "d", "table": "t"}}),
            "source",
        ),
        (two_sources, "source"),
        (
            json!({"source": kafka("x")["source"], "destination": {"database": "d", "table": "t"}}),
            "name",
        ),
        (no_table, "destination.table"),
        (unknown_endpoint, "reversePrivateEndpointIds[0]"),
    ] {
        let a = p.call("POST", "/clickpipes", Some(body)).await;
        assert_eq!(a.status, 400, "{a:?}");
        assert!(a.text.contains(field), "{field}: {a:?}");
    }
    assert!(
        p.call("GET", "/clickpipes", None).await.json["result"]
            .as_array()
            .unwrap()
            .is_empty()
    );
    // A pipe belongs to an existing service.
    let org = emu.clickhouse_org_id();
    let gone = p
        .api
        .ch(
            "GET",
            &format!(
                "/v1/organizations/{org}/services/0f5e0e7c-55f3-4c5e-9a7a-3c1d4c0c9b1e/clickpipes"
            ),
            None,
        )
        .await;
    assert_eq!(gone.status, 404);
}

#[tokio::test]
async fn reverse_private_endpoints_provision_and_delete_over_time() {
    let emu = emulator();
    let p = Pipes::new(&emu).await;
    let body = json!({"description": "kafka", "type": "VPC_ENDPOINT_SERVICE",
                      "vpcEndpointServiceName": "com.amazonaws.vpce.us-east-1.vpce-svc-0123"});
    let a = p
        .call("POST", "/clickpipesReversePrivateEndpoints", Some(body))
        .await;
    assert_eq!(a.json["result"]["status"], "Provisioning", "{a:?}");
    let endpoint = a.json["result"].clone();
    assert!(
        endpoint["endpointId"]
            .as_str()
            .unwrap()
            .starts_with("vpce-")
    );
    let one = format!(
        "/clickpipesReversePrivateEndpoints/{}",
        endpoint["id"].as_str().unwrap()
    );
    sleep_ms(T_MS + 50).await;
    assert_eq!(
        p.call("GET", &one, None).await.json["result"]["status"],
        "Ready"
    );
    let needs = p
        .call(
            "POST",
            "/clickpipesReversePrivateEndpoints",
            Some(json!({"type": "MSK_MULTI_VPC", "mskClusterArn": "arn:aws:kafka:x"})),
        )
        .await;
    assert_eq!(needs.status, 400);
    assert!(needs.text.contains("mskAuthentication"), "{needs:?}");

    assert_eq!(p.call("DELETE", &one, None).await.status, 200);
    assert_eq!(
        p.call("GET", &one, None).await.json["result"]["status"],
        "Deleting"
    );
    sleep_ms(T_MS + 50).await;
    assert_eq!(p.call("GET", &one, None).await.status, 404);
    let list = p
        .call("GET", "/clickpipesReversePrivateEndpoints", None)
        .await;
    assert_eq!(list.json["result"], json!([]));

    let cdc = p.call("GET", "/clickpipesCdcScaling", None).await;
    assert_eq!(cdc.json["result"]["replicaMemoryGb"], 8);
    p.call(
        "PATCH",
        "/clickpipesCdcScaling",
        Some(json!({"replicaMemoryGb": 12})),
    )
    .await;
    let cdc = p.call("GET", "/clickpipesCdcScaling", None).await;
    assert_eq!(
        cdc.json["result"],
        json!({"replicaCpuMillicores": 2000, "replicaMemoryGb": 12})
    );
}

#[tokio::test]
async fn pipes_and_endpoints_survive_a_restart() {
    let dir = tempfile::tempdir().unwrap();
    let mut config = config();
    config.state_file = Some(dir.path().join("state.json"));
    let (service, id) = {
        let emu = dbcloud_emulator::spawn(config.clone()).unwrap();
        let p = Pipes::new(&emu).await;
        let id = p.create(kafka("kept")).await["id"]
            .as_str()
            .unwrap()
            .to_string();
        p.call(
            "PUT",
            &format!("/clickpipes/{id}/settings"),
            Some(json!({"clickhouse_max_threads": 4})),
        )
        .await;
        (p.service, id)
    };
    sleep_ms(T_MS + 50).await;
    let emu = dbcloud_emulator::spawn(config).unwrap();
    let api = Api::new(&emu.url());
    let got = api
        .ch("GET", &format!("{service}/clickpipes/{id}"), None)
        .await;
    assert_eq!(got.json["result"]["state"], "Running", "{got:?}");
    assert_eq!(got.json["result"]["settings"]["clickhouse_max_threads"], 4);
}
