//! `dbcloud ch clickpipe` scale, resync and cdc-scaling, and reverse private endpoints, end to end.

use serde_json::{Value, json};

use super::{SERVICE, create, example};
use crate::clickhouse::{ch, ch_json, sent, with_services, writes};
use crate::common::*;

#[test]
fn database_pipes_resync_and_are_scaled_per_service() {
    let emu = with_services(1);
    let kafka = create(&emu, "clickpipe-kafka.yaml");
    let postgres = ch_json(
        &emu,
        &[
            "clickpipe",
            "create",
            "-s",
            SERVICE,
            "--file",
            &example("clickpipe-postgres.yaml"),
            "--wait",
        ],
    );
    assert_eq!(postgres["state"], "Running");
    let out = ch(
        &emu,
        &["clickpipe", "resync", "app-db-cdc", "-s", SERVICE, "--wait"],
    );
    assert_code(&out, 0);
    assert!(stderr_of(&out).contains("ClickPipe app-db-cdc is Resync."));
    let out = ch(
        &emu,
        &["clickpipe", "resync", "orders-from-kafka", "-s", SERVICE],
    );
    assert_code(&out, 1);
    assert!(
        stderr_of(&out).contains("only database (CDC) pipes"),
        "{}",
        stderr_of(&out)
    );

    let scaled = ch_json(
        &emu,
        &[
            "clickpipe",
            "scale",
            kafka["id"].as_str().unwrap(),
            "-s",
            SERVICE,
            "--replicas",
            "3",
            "--replica-memory-gb",
            "0.5",
        ],
    );
    assert_eq!(scaled["scaling"]["replicas"], 3);
    assert_eq!(
        sent(&emu, "PATCH", "/scaling").pop().unwrap().body.unwrap(),
        json!({"replicas": 3, "replicaMemoryGb": 0.5})
    );
    let out = ch(
        &emu,
        &[
            "clickpipe",
            "scale",
            "orders-from-kafka",
            "-s",
            SERVICE,
            "--replicas",
            "41",
        ],
    );
    assert_code(&out, 2);
    assert!(stderr_of(&out).contains("1 to 40"), "{}", stderr_of(&out));
    let out = ch(
        &emu,
        &["clickpipe", "scale", "orders-from-kafka", "-s", SERVICE],
    );
    assert_code(&out, 2);
    let out = ch(
        &emu,
        &[
            "clickpipe",
            "scale",
            "app-db-cdc",
            "-s",
            SERVICE,
            "--replicas",
            "2",
        ],
    );
    assert_code(&out, 1);
    assert!(stderr_of(&out).contains("clickpipesCdcScaling"));
    let out = ch(
        &emu,
        &[
            "clickpipe",
            "scale",
            "orders-from-kafka",
            "-s",
            SERVICE,
            "--concurrency",
            "2",
        ],
    );
    assert_code(&out, 0);
    assert!(stderr_of(&out).contains("--concurrency is deprecated"));
    // Sent: the two scalings that succeeded and the one the API refused; not the ones refused locally.
    assert_eq!(sent(&emu, "PATCH", "/scaling").len(), 3);

    let cdc = ch_json(&emu, &["clickpipe", "cdc-scaling", "get", "-s", SERVICE]);
    assert_eq!(
        cdc,
        json!({"replicaCpuMillicores": 2000, "replicaMemoryGb": 8})
    );
    let out = ch(
        &emu,
        &[
            "clickpipe",
            "cdc-scaling",
            "set",
            "-s",
            SERVICE,
            "--replica-cpu-millicores",
            "4000",
            "--replica-memory-gb",
            "16",
        ],
    );
    assert_code(&out, 0);
    assert!(stdout_of(&out).contains("4000"), "{}", stdout_of(&out));
    let cdc = ch_json(&emu, &["clickpipe", "cdc-scaling", "get", "-s", SERVICE]);
    assert_eq!(
        cdc,
        json!({"replicaCpuMillicores": 4000, "replicaMemoryGb": 16})
    );
    for bad in [
        ["--replica-cpu-millicores", "1500"],
        ["--replica-memory-gb", "6"],
    ] {
        let mut args = vec!["clickpipe", "cdc-scaling", "set", "-s", SERVICE];
        args.extend(bad);
        let out = ch(&emu, &args);
        assert_code(&out, 2);
        assert!(stderr_of(&out).contains("steps of"), "{}", stderr_of(&out));
    }
    assert_eq!(sent(&emu, "PATCH", "/clickpipesCdcScaling").len(), 1);
}

#[test]
fn reverse_private_endpoints_provision_and_are_named_by_description() {
    let emu = with_services(1);
    let out = ch(
        &emu,
        &[
            "clickpipe",
            "reverse-endpoint",
            "create",
            "-s",
            SERVICE,
            "--type",
            "msk_multi_vpc",
            "--msk-cluster-arn",
            "arn:aws:kafka:us-east-1:123456789012:cluster/orders/abc",
            "--msk-authentication",
            "sasl_iam",
            "--description",
            "orders MSK",
            "--private-dns-name",
            "*.orders.internal",
            "--wait",
            "--json",
        ],
    );
    assert_code(&out, 0);
    let endpoint: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(endpoint["status"], "Ready");
    assert!(
        stderr_of(&out).contains("Provisioning"),
        "{}",
        stderr_of(&out)
    );
    let post = sent(&emu, "POST", "/clickpipesReversePrivateEndpoints")
        .pop()
        .unwrap();
    assert_eq!(
        post.body.unwrap(),
        json!({"description": "orders MSK", "type": "MSK_MULTI_VPC",
               "mskClusterArn": "arn:aws:kafka:us-east-1:123456789012:cluster/orders/abc",
               "mskAuthentication": "SASL_IAM",
               "customPrivateDnsMappings": [{"privateDnsName": "*.orders.internal"}]})
    );
    let id = endpoint["id"].as_str().unwrap().to_string();
    let table = stdout_of(&ch(
        &emu,
        &["clickpipe", "reverse-endpoint", "list", "-s", SERVICE],
    ));
    assert!(
        table.contains("orders MSK") && table.contains("Ready"),
        "{table}"
    );
    let got = ch_json(
        &emu,
        &[
            "clickpipe",
            "reverse-endpoint",
            "get",
            "orders MSK",
            "-s",
            SERVICE,
        ],
    );
    assert_eq!(got["id"], id.as_str());

    let updated = ch_json(
        &emu,
        &[
            "clickpipe",
            "reverse-endpoint",
            "update",
            "orders MSK",
            "-s",
            SERVICE,
            "--no-private-dns-names",
        ],
    );
    assert_eq!(updated["customPrivateDnsMappings"], json!([]));

    // A pipe that uses the endpoint keeps it from being deleted.
    let doc = format!(
        "name: via-msk\nsource:\n  kafka:\n    type: msk\n    format: JSONEachRow\n    brokers: b:9098\n    \
         topics: t\n    authentication: IAM_ROLE\n    iamRole: arn:aws:iam::123456789012:role/r\n    \
         reversePrivateEndpointIds: [{id}]\ndestination: {{database: default, table: t}}\n"
    );
    let out = emu.run_stdin(
        &["ch", "clickpipe", "create", "-s", SERVICE, "--file", "-"],
        &doc,
    );
    assert_code(&out, 0);
    let out = ch(
        &emu,
        &[
            "clickpipe",
            "reverse-endpoint",
            "delete",
            &id,
            "-s",
            SERVICE,
            "--yes",
        ],
    );
    assert_code(&out, 5);
    assert!(stderr_of(&out).contains("via-msk"), "{}", stderr_of(&out));
    let out = ch(
        &emu,
        &["clickpipe", "delete", "via-msk", "-s", SERVICE, "--yes"],
    );
    assert_code(&out, 0);
    let out = ch(
        &emu,
        &[
            "clickpipe",
            "reverse-endpoint",
            "delete",
            "orders MSK",
            "-s",
            SERVICE,
        ],
    );
    assert_code(&out, 2);
    let out = ch(
        &emu,
        &[
            "clickpipe",
            "reverse-endpoint",
            "delete",
            "orders MSK",
            "-s",
            SERVICE,
            "--yes",
            "--wait",
        ],
    );
    assert_code(&out, 0);
    assert!(stderr_of(&out).contains("Deleted reverse private endpoint orders MSK."));
    let out = ch(
        &emu,
        &["clickpipe", "reverse-endpoint", "get", &id, "-s", SERVICE],
    );
    assert_code(&out, 3);
}

#[test]
fn reverse_private_endpoint_flags_are_checked() {
    let emu = with_services(1);
    let out = ch(
        &emu,
        &[
            "clickpipe",
            "reverse-endpoint",
            "create",
            "-s",
            SERVICE,
            "--type",
            "VPN",
        ],
    );
    assert_code(&out, 2);
    assert!(
        stderr_of(&out).contains("VPC_ENDPOINT_SERVICE"),
        "{}",
        stderr_of(&out)
    );
    let out = ch(
        &emu,
        &[
            "clickpipe",
            "reverse-endpoint",
            "update",
            "x",
            "-s",
            SERVICE,
        ],
    );
    assert_code(&out, 2);
    assert!(writes(&emu).is_empty());
    // What each type needs is the API's to say.
    let out = ch(
        &emu,
        &[
            "clickpipe",
            "reverse-endpoint",
            "create",
            "-s",
            SERVICE,
            "--type",
            "VPC_RESOURCE",
            "--vpc-resource-configuration-id",
            "rcfg-0123456789abcdef0",
        ],
    );
    assert_code(&out, 1);
    assert!(
        stderr_of(&out).contains("vpcResourceShareArn"),
        "{}",
        stderr_of(&out)
    );
    emu.server.set_faults(dbcloud_emulator::Faults {
        failed_transitions: 1,
        ..Default::default()
    });
    let out = ch(
        &emu,
        &[
            "clickpipe",
            "reverse-endpoint",
            "create",
            "-s",
            SERVICE,
            "--type",
            "GCP_PSC_SERVICE_ATTACHMENT",
            "--gcp-service-attachment",
            "projects/p/regions/us-central1/serviceAttachments/kafka",
            "--wait",
        ],
    );
    assert_code(&out, 1);
    assert!(stderr_of(&out).contains("'Failed'"), "{}", stderr_of(&out));
}
