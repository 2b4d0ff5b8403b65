//! What services carry in the current API, end to end: every field of the create and update requests as
//! a flag, the tables of the useful current fields, JSON as the API sent it, and metrics as text.

use crate::clickhouse::{ch, ch_json, collection, org, sent, service_id, with_services};
use crate::common::*;
use serde_json::{Value, json};

#[test]
fn every_field_of_create_and_update_is_a_flag() {
    let emu = with_services(1);
    let out = ch(
        &emu,
        &[
            "service",
            "create",
            "--name",
            "full",
            "--provider",
            "azure",
            "--region",
            "centralus",
            "--tier",
            "production",
            "--ip-allow",
            "0.0.0.0/0",
            "--release-channel",
            "FAST",
            "--tag",
            "team=data",
            "--tag",
            "env",
            "--compliance-type",
            "hipaa",
            "--instance-profile",
            "v1-highmem-s",
            "--core-dumps",
            "false",
            "--enable-endpoint",
            "mysql",
            "--transparent-data-encryption",
            "--private-endpoint",
            "pe-1",
            "--json",
        ],
    );
    assert_code(&out, 0);
    // Deprecated fields still work, each with a note saying what replaces it.
    let err = stderr_of(&out);
    let notes: Vec<&str> = err.lines().filter(|l| l.starts_with("note:")).collect();
    assert_eq!(notes.len(), 2, "{err}");
    assert!(
        notes
            .iter()
            .any(|n| n.contains("--tier") && n.contains("--min-replica-memory-gb"))
    );
    assert!(
        notes
            .iter()
            .any(|n| n.contains("--private-endpoint") && n.contains("--add-private-endpoint"))
    );
    assert_eq!(
        sent(&emu, "POST", "/services")[0].body.as_ref().unwrap(),
        &json!({"name": "full", "provider": "azure", "region": "centralus", "tier": "production",
                "ipAccessList": [{"source": "0.0.0.0/0"}], "privateEndpointIds": ["pe-1"],
                "releaseChannel": "fast", "hasTransparentDataEncryption": true,
                "endpoints": [{"protocol": "mysql", "enabled": true}], "profile": "v1-highmem-s",
                "complianceType": "hipaa", "tags": [{"key": "team", "value": "data"}, {"key": "env"}],
                "enableCoreDumps": false})
    );
    let created: Value = serde_json::from_slice(&out.stdout).unwrap();
    let warehouse = created["dataWarehouseId"].as_str().unwrap();
    assert!(created["endpoints"].to_string().contains("mysql"));

    // A read-only service in that warehouse.
    let replica = ch_json(
        &emu,
        &[
            "service",
            "create",
            "--name",
            "ro",
            "--provider",
            "azure",
            "--region",
            "centralus",
            "--ip-allow",
            "0.0.0.0/0",
            "--data-warehouse-id",
            warehouse,
            "--readonly",
        ],
    );
    assert_eq!(replica["isReadonly"], true);
    assert_eq!(replica["isPrimary"], false);

    let updated = ch_json(
        &emu,
        &[
            "service",
            "update",
            "full",
            "--release-channel",
            "slow",
            "--add-tag",
            "env=prod",
            "--remove-tag",
            "team",
            "--disable-endpoint",
            "mysql",
            "--core-dumps",
            "true",
            "--transparent-data-encryption-key-id",
            "tde-key-2",
        ],
    );
    let patch = sent(&emu, "PATCH", created["id"].as_str().unwrap())
        .pop()
        .unwrap();
    assert_eq!(
        patch.body.unwrap(),
        json!({"releaseChannel": "slow", "endpoints": [{"protocol": "mysql", "enabled": false}],
               "transparentDataEncryptionKeyId": "tde-key-2",
               "tags": {"add": [{"key": "env", "value": "prod"}], "remove": [{"key": "team"}]},
               "enableCoreDumps": true})
    );
    assert_eq!(updated["releaseChannel"], "slow");
    assert_eq!(updated["tags"], json!([{"key": "env", "value": "prod"}]));
    let table = stdout_of(&ch(&emu, &["service", "get", "full"]));
    assert!(
        table.contains("env=prod") && table.contains("slow"),
        "{table}"
    );

    // What the API refuses is its message (TDE keys only for services created with TDE).
    let out = ch(
        &emu,
        &[
            "service",
            "update",
            "seed-service-0001",
            "--transparent-data-encryption-key-id",
            "k",
        ],
    );
    assert_code(&out, 1);
    assert!(
        stderr_of(&out).contains("Transparent Data Encryption"),
        "{}",
        stderr_of(&out)
    );
}

#[test]
fn keys_take_an_ip_access_list_and_can_stop_expiring() {
    let emu = with_services(0);
    ch_json(
        &emu,
        &[
            "key",
            "create",
            "--name",
            "etl",
            "--role",
            "developer",
            "--expires-at",
            "2030-01-01T00:00:00Z",
            "--ip-allow",
            "203.0.113.0/24=office",
        ],
    );
    assert_eq!(
        sent(&emu, "POST", "/keys")[0].body.as_ref().unwrap()["ipAccessList"],
        json!([{"source": "203.0.113.0/24", "description": "office"}])
    );
    let updated = ch_json(
        &emu,
        &[
            "key",
            "update",
            "etl",
            "--never-expires",
            "--ip-allow",
            "0.0.0.0/0",
        ],
    );
    assert!(updated.get("expireAt").is_none(), "{updated}");
    assert_eq!(updated["ipAccessList"], json!([{"source": "0.0.0.0/0"}]));
    let patch = emu
        .requests("/v1/")
        .into_iter()
        .rfind(|r| r.method == "PATCH" && r.path.contains("/keys/"))
        .unwrap();
    assert_eq!(
        patch.body.unwrap(),
        json!({"expireAt": null, "ipAccessList": [{"source": "0.0.0.0/0"}]})
    );
}

#[test]
fn service_output_formats() {
    let emu = with_services(2);
    let table = stdout_of(&ch(&emu, &["service", "list"]));
    let lines: Vec<&str> = table.lines().collect();
    assert_eq!(lines.len(), 3, "{table}");
    for header in [
        "NAME",
        "ID",
        "STATE",
        "PROVIDER",
        "REGION",
        "REPLICAS",
        "MEMORY/REPLICA",
        "RELEASE",
        "HOST",
    ] {
        assert!(lines[0].contains(header), "{table}");
    }
    // Replicas and memory per replica as applied (currentScaling), and the release channel.
    assert!(
        lines[1].contains("seed-service-0001")
            && lines[1].contains("8-120 GiB")
            && lines[1].contains("default"),
        "{table}"
    );

    let json = ch_json(&emu, &["service", "list"]);
    assert_eq!(json.as_array().unwrap().len(), 2);
    assert!(json[0]["endpoints"].is_array(), "JSON keeps every field");
    assert!(
        json[0]["currentScaling"].is_object(),
        "JSON keeps every field"
    );
    // Exactly what the API sent.
    let api = emu
        .cmd()
        .args([
            "api",
            "ch",
            "GET",
            &format!("/v1/organizations/{}/services", org(&emu)),
        ])
        .output()
        .unwrap();
    let api: Value = serde_json::from_slice(&api.stdout).unwrap();
    assert_eq!(api["result"], json);

    let out = ch(&emu, &["service", "list", "-o", "yaml"]);
    assert_code(&out, 0);
    let yaml: Value = serde_norway::from_str(&stdout_of(&out)).unwrap();
    assert_eq!(yaml, json);

    let limited = ch_json(&emu, &["service", "list", "--limit", "1"]);
    assert_eq!(limited.as_array().unwrap().len(), 1);

    let detail = stdout_of(&ch(&emu, &["service", "get", "seed-service-0002"]));
    for row in [
        "AUTOSCALING",
        "vertical",
        "REPLICAS",
        "MEMORY/REPLICA",
        "IDLING",
        "after 15 min",
        "RELEASE CHANNEL",
        "IP ACCESS",
        "0.0.0.0/0 (anywhere)",
    ] {
        assert!(detail.contains(row), "{detail}");
    }
    let names = stdout_of(&ch(&emu, &["service", "list", "--jq", ".[].name"]));
    assert_eq!(names, "seed-service-0001\nseed-service-0002\n");
}

#[test]
fn metrics_and_private_endpoint_config() {
    let emu = with_services(1);
    let id = service_id(&emu, "seed-service-0001");
    let out = ch(&emu, &["service", "metrics", "seed-service-0001"]);
    assert_code(&out, 0);
    let text = stdout_of(&out);
    assert!(text.starts_with("# HELP "), "{text}");
    assert!(text.contains(&format!("clickhouse_service=\"{id}\"")));
    // Asked for as the spec answers it, and passed through unchanged, whatever the output format.
    let request = sent(&emu, "GET", "/prometheus").pop().unwrap();
    assert_eq!(request.headers["accept"], "text/plain");
    assert_eq!(request.query, "");
    let answer = emu
        .cmd()
        .args(["api", "ch", "GET", &request.path])
        .output()
        .unwrap();
    assert_eq!(stdout_of(&answer).trim_end(), text.trim_end());
    let yaml = ch(
        &emu,
        &["service", "metrics", "seed-service-0001", "-o", "yaml"],
    );
    assert_eq!(stdout_of(&yaml), text);
    let filtered = ch(
        &emu,
        &["service", "metrics", "seed-service-0001", "--filtered"],
    );
    assert_code(&filtered, 0);
    assert_eq!(
        sent(&emu, "GET", "/prometheus").pop().unwrap().query,
        "filtered_metrics=true"
    );
    assert!(!stdout_of(&filtered).contains("ClickHouseProfileEvents_Query"));

    let config = ch_json(
        &emu,
        &["service", "private-endpoint-config", "seed-service-0001"],
    );
    assert!(
        config["endpointServiceId"]
            .as_str()
            .unwrap()
            .contains("us-east-1")
    );
    assert!(config["privateDnsHostname"].is_string());
    let out = ch(
        &emu,
        &["service", "private-endpoint-config", "seed-service-0001"],
    );
    assert!(stdout_of(&out).contains("PRIVATE DNS HOSTNAME"));
}

#[test]
fn ip_access_list_edits_note_host_bits_and_warn_of_an_absent_removal() {
    let emu = with_services(1);
    let svc = "seed-service-0001";
    // Host bits set: the range it belongs to is sent, with a note.
    let out = ch(
        &emu,
        &[
            "service",
            "update",
            svc,
            "--add-ip",
            "203.0.113.7/24=office",
        ],
    );
    assert_code(&out, 0);
    assert!(
        stderr_of(&out).contains("203.0.113.7/24 has host bits set")
            && stderr_of(&out).contains("203.0.113.0/24"),
        "{}",
        stderr_of(&out)
    );
    let id = service_id(&emu, svc);
    let patch = sent(&emu, "PATCH", &id).pop().unwrap();
    assert_eq!(
        patch.body.unwrap()["ipAccessList"]["add"][0]["source"],
        "203.0.113.0/24"
    );

    // Removing an address the list does not hold warns (and the one that is there goes).
    let out = ch(
        &emu,
        &[
            "service",
            "update",
            svc,
            "--remove-ip",
            "198.51.100.9",
            "--remove-ip",
            "203.0.113.0/24",
        ],
    );
    assert_code(&out, 0);
    let err = stderr_of(&out);
    assert!(
        err.contains("198.51.100.9 is not in the IP access list"),
        "{err}"
    );
    assert!(!err.contains("203.0.113.0/24 is not"), "{err}");
    let state = &collection(&emu, "services")[0]["ipAccessList"];
    assert!(!state.to_string().contains("203.0.113.0/24"), "{state}");
}

#[test]
fn create_with_wait_shows_the_fields_get_shows_and_the_password() {
    let emu = Emu::start();
    let out = ch(
        &emu,
        &[
            "service",
            "create",
            "--name",
            "w1",
            "--provider",
            "aws",
            "--region",
            "us-east-1",
            "--wait",
        ],
    );
    assert_code(&out, 0);
    let created = stdout_of(&out);
    let get = stdout_of(&ch(&emu, &["service", "get", "w1"]));
    let headers = |table: &str| -> Vec<String> {
        table
            .lines()
            .filter_map(|l| l.split("  ").next())
            .map(|h| h.trim().to_string())
            .filter(|h| !h.is_empty())
            .collect()
    };
    let mut expected = headers(&get);
    expected.push("PASSWORD".into());
    assert_eq!(headers(&created), expected, "{created}\n---\n{get}");
}
