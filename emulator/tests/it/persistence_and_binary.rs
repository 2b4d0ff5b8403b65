//! State kept in a file across restarts, and the `dbcloud-emulator` binary.

use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};

use crate::common::*;
use serde_json::{Value, json};

#[tokio::test]
async fn state_survives_a_restart() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("emulator-state.json");
    let mut config = config();
    config.state_file = Some(file.clone());
    config.seed_services = 1;

    let (org, service, cluster) = {
        let emu = dbcloud_emulator::spawn(config.clone()).unwrap();
        assert!(file.exists(), "the seeded state is written at start");
        let api = Api::new(&emu.url());
        let org = emu.clickhouse_org_id();
        let created = api
            .ch(
                "POST",
                &format!("/v1/organizations/{org}/services"),
                Some(&json!({"name": "kept", "provider": "aws", "region": "us-east-1"})),
            )
            .await;
        let service = created.json["result"]["service"]["id"]
            .as_str()
            .unwrap()
            .to_string();
        let c = api
            .crdb(
                "POST",
                "/api/v1/clusters",
                Some(&json!({"name": "kept", "provider": "GCP", "spec": {"serverless": {"regions": ["us-east1"]}}})),
            )
            .await;
        (org, service, c.json["id"].as_str().unwrap().to_string())
    };
    let saved: Value = serde_json::from_slice(&std::fs::read(&file).unwrap()).unwrap();
    assert!(saved["collections"].is_object());

    sleep_ms(T_MS + 50).await;
    // A new process (here: a new emulator) reading the same file sees the state, with the
    // transitions that happened meanwhile.
    let emu = dbcloud_emulator::spawn(config).unwrap();
    let api = Api::new(&emu.url());
    assert_eq!(emu.clickhouse_org_id(), org);
    let s = api
        .ch(
            "GET",
            &format!("/v1/organizations/{org}/services/{service}"),
            None,
        )
        .await;
    assert_eq!(s.json["result"]["state"], "running", "{s:?}");
    let list = api
        .ch("GET", &format!("/v1/organizations/{org}/services"), None)
        .await;
    assert_eq!(list.json["result"].as_array().unwrap().len(), 2);
    let c = api
        .crdb("GET", &format!("/api/v1/clusters/{cluster}"), None)
        .await;
    assert_eq!(c.json["state"], "CREATED");
    // Later items still come after earlier ones.
    let c2 = api
        .crdb(
            "POST",
            "/api/v1/clusters",
            Some(&json!({"name": "later", "provider": "GCP", "spec": {"serverless": {"regions": ["us-east1"]}}})),
        )
        .await;
    let list = api.crdb("GET", "/api/v1/clusters", None).await;
    assert_eq!(list.json["clusters"][1]["id"], c2.json["id"]);
    emu.reset();
    drop(emu);
    let saved: Value = serde_json::from_slice(&std::fs::read(&file).unwrap()).unwrap();
    let clusters = saved["collections"]["/api/v1/clusters"]["items"]
        .as_array()
        .map_or(0, Vec::len);
    assert_eq!(clusters, 0, "a reset is written too");
}

#[test]
fn a_broken_state_file_is_an_error() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("broken.json");
    std::fs::write(&file, "{ not json").unwrap();
    let mut config = config();
    config.state_file = Some(file);
    let err = dbcloud_emulator::spawn(config).err().expect("refused");
    assert!(err.to_string().contains("not valid"), "{err}");
}

#[tokio::test]
async fn the_binary_prints_its_banner_and_stops_on_ctrl_c() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_dbcloud-emulator"))
        .args([
            "--addr",
            "127.0.0.1:0",
            "--transition-ms",
            "100",
            "--rate-limits",
            "off",
            "--seed-clusters",
            "2",
        ])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
    let mut banner = Vec::new();
    for line in lines.by_ref() {
        let line = line.unwrap();
        let done = line.starts_with("export COCKROACH_API_KEY=");
        banner.push(line);
        if done {
            break;
        }
    }
    let url = banner[0]
        .strip_prefix("# dbcloud emulator listening on ")
        .unwrap_or_else(|| panic!("{banner:?}"))
        .to_string();
    assert!(url.starts_with("http://127.0.0.1:"));
    assert!(banner.contains(&format!("export CLICKHOUSE_API_URL={url}")));
    assert!(banner.contains(&"export CLICKHOUSE_CLOUD_API_KEY=emulator-key-id".to_string()));
    assert!(banner.contains(&"export CLICKHOUSE_CLOUD_API_SECRET=emulator-key-secret".to_string()));
    assert!(
        banner
            .iter()
            .any(|l| l.starts_with("export CLICKHOUSE_ORG_ID="))
    );
    assert!(banner.contains(&format!("export COCKROACH_SERVER={url}")));
    assert!(banner.contains(&"export COCKROACH_API_KEY=emulator-api-key".to_string()));

    let api = Api::new(&url);
    let clusters = api.crdb("GET", "/api/v1/clusters", None).await;
    assert_eq!(clusters.json["clusters"].as_array().unwrap().len(), 2);

    // Ctrl-C: a graceful stop with status 0.
    let status = Command::new("kill")
        .args(["-INT", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(status.success());
    let status = child.wait().unwrap();
    assert!(status.success(), "{status:?}");
}

#[test]
fn the_binary_explains_its_flags() {
    let out = Command::new(env!("CARGO_BIN_EXE_dbcloud-emulator"))
        .arg("--help")
        .output()
        .unwrap();
    let help = String::from_utf8(out.stdout).unwrap();
    for flag in [
        "--addr",
        "--state",
        "--transition-ms",
        "--rate-limits",
        "--seed-services",
        "--seed-clusters",
        "--latency-ms",
        "--fail-rate",
        "--fail-status",
        "--reset-rate",
        "--truncate-rate",
        "--html-rate",
        "--clickhouse-key-id",
        "--clickhouse-key-secret",
        "--cockroach-api-key",
        "--failed-transitions",
    ] {
        assert!(help.contains(flag), "{flag} missing from --help");
    }
    let bad = Command::new(env!("CARGO_BIN_EXE_dbcloud-emulator"))
        .args(["--fail-rate", "7"])
        .output()
        .unwrap();
    assert_eq!(bad.status.code(), Some(2));
}
