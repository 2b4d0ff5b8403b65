//! `dbcloud ch service scale` and the checks of every value the spec constrains: per-replica scaling
//! (`PATCH .../replicaScaling`), the deprecated total memory (`PATCH .../scaling`), and what is refused
//! before anything is sent (exit 2 naming the flag, the value and what the spec allows).

use crate::clickhouse::{ch, ch_json, sent, with_services, writes};
use crate::common::*;
use serde_json::{Value, json};

#[test]
fn invalid_values_are_refused_before_anything_is_sent() {
    let emu = with_services(1);
    let create = [
        "service",
        "create",
        "--name",
        "web",
        "--provider",
        "aws",
        "--region",
        "us-east-1",
    ];
    // (extra flags, what the message must name: the flag, the value and what the spec allows)
    let cases: Vec<(Vec<&str>, Vec<&str>)> = vec![
        (
            vec!["--min-memory-gb", "30"],
            vec!["--min-memory-gb", "30", "24 to 1068 in steps of 12"],
        ),
        (
            vec!["--max-memory-gb", "1080"],
            vec!["--max-memory-gb", "1080", "24 to 1068"],
        ),
        (vec!["--min-memory-gb", "12"], vec!["--min-memory-gb", "12"]),
        (
            vec!["--min-memory-gb", "96", "--max-memory-gb", "48"],
            vec!["--min-memory-gb 96", "--max-memory-gb 48"],
        ),
        (
            vec!["--min-replica-memory-gb", "6"],
            vec!["--min-replica-memory-gb", "6", "8 to 356 in steps of 4"],
        ),
        (
            vec!["--max-replica-memory-gb", "360"],
            vec!["--max-replica-memory-gb", "360", "8 to 356"],
        ),
        (
            vec!["--max-replica-memory-gb", "30"],
            vec!["--max-replica-memory-gb", "30", "steps of 4"],
        ),
        (
            vec![
                "--min-replica-memory-gb",
                "64",
                "--max-replica-memory-gb",
                "32",
            ],
            vec!["--min-replica-memory-gb 64", "--max-replica-memory-gb 32"],
        ),
        (vec!["--replicas", "0"], vec!["--replicas", "0", "1 to 20"]),
        (
            vec!["--replicas", "21"],
            vec!["--replicas", "21", "1 to 20"],
        ),
        (vec!["--min-replicas", "2"], vec!["--max-replicas"]),
        (
            vec![
                "--replicas",
                "2",
                "--min-replicas",
                "2",
                "--max-replicas",
                "3",
            ],
            vec!["--replicas"],
        ),
        (
            vec!["--min-replicas", "5", "--max-replicas", "3"],
            vec!["--min-replicas 5", "--max-replicas 3"],
        ),
        (
            vec!["--min-memory-gb", "48", "--min-replica-memory-gb", "16"],
            vec!["--min-memory-gb", "--min-replica-memory-gb"],
        ),
        (
            vec!["--autoscaling-mode", "diagonal"],
            vec!["--autoscaling-mode", "diagonal", "horizontal"],
        ),
        (
            vec!["--idle-timeout-minutes", "soon"],
            vec!["--idle-timeout-minutes", "soon"],
        ),
        (vec!["--idle-scaling", "maybe"], vec!["--idle-scaling"]),
        (vec!["--ip-allow", "10.0.0.0/33"], vec!["--ip-allow"]),
        (vec!["--ip-allow", "example.com"], vec!["--ip-allow"]),
        (
            vec!["--tier", "gold"],
            vec!["--tier", "gold", "dedicated_high_mem"],
        ),
        (
            vec!["--release-channel", "nightly"],
            vec!["--release-channel", "nightly", "slow"],
        ),
        (
            vec!["--compliance-type", "sox"],
            vec!["--compliance-type", "sox", "hipaa"],
        ),
        (
            vec!["--instance-profile", "huge"],
            vec!["--instance-profile", "huge", "v1-default"],
        ),
        (
            vec!["--tag", "my team=x"],
            vec!["--tag", "my team", "^[a-zA-Z0-9._-]+$"],
        ),
        (
            vec!["--enable-endpoint", "ftp"],
            vec!["--enable-endpoint", "ftp", "mysql"],
        ),
        (vec!["--readonly"], vec!["--data-warehouse-id"]),
        (vec!["--backup-id", "not-a-uuid"], vec!["--backup-id"]),
        (
            vec!["--tier", "development", "--min-memory-gb", "48"],
            vec!["development"],
        ),
        (
            vec!["--tier", "development", "--max-replica-memory-gb", "48"],
            vec!["development"],
        ),
    ];
    for (extra, needles) in cases {
        let mut args = create.to_vec();
        args.extend(extra.iter());
        let out = ch(&emu, &args);
        assert_code(&out, 2);
        let err = stderr_of(&out);
        for needle in needles {
            assert!(err.contains(needle), "{extra:?}: {needle:?} in {err}");
        }
    }
    let long_name = "x".repeat(51);
    let other: Vec<(Vec<&str>, &str)> = vec![
        (
            vec![
                "service",
                "create",
                "--name",
                "w",
                "--provider",
                "aws",
                "--region",
                "mars-1",
            ],
            "--region",
        ),
        (
            vec![
                "service",
                "create",
                "--name",
                "w",
                "--provider",
                "gcp",
                "--region",
                "us-east-1",
            ],
            "europe-west2",
        ),
        (
            vec![
                "service",
                "update",
                "seed-service-0001",
                "--enable-endpoint",
                "mysql",
                "--disable-endpoint",
                "mysql",
            ],
            "contradict",
        ),
        (
            vec![
                "service",
                "update",
                "seed-service-0001",
                "--add-tag",
                "a=b c",
            ],
            "--add-tag",
        ),
        (vec!["activity", "list", "--to", "2026-02-30"], "--to"),
        (
            vec![
                "service",
                "create",
                "--name",
                long_name.as_str(),
                "--provider",
                "aws",
                "--region",
                "us-east-1",
            ],
            "--name",
        ),
        (
            vec!["service", "scale", "seed-service-0001"],
            "--min-replica-memory-gb",
        ),
        (
            vec![
                "service",
                "update",
                "seed-service-0001",
                "--add-ip",
                "1.2.3",
            ],
            "--add-ip",
        ),
        (
            vec![
                "service",
                "update",
                "seed-service-0001",
                "--remove-ip",
                "::g",
            ],
            "--remove-ip",
        ),
        (
            vec!["backup", "get", "nope", "--service", "seed-service-0001"],
            "BACKUP",
        ),
        (vec!["key", "create", "--name", "k"], "--role"),
        (
            vec![
                "key",
                "create",
                "--name",
                "k",
                "--role",
                "admin",
                "--expires-at",
                "tomorrow",
            ],
            "--expires-at",
        ),
        (
            vec!["key", "update", "k", "--enable", "--disable"],
            "--disable",
        ),
        (vec!["member", "get", "ada"], "USER"),
        (
            vec!["invitation", "create", "--email", "ada@", "--role", "admin"],
            "--email",
        ),
        (
            vec!["activity", "list", "--from", "2026-13-01T00:00:00Z"],
            "--from",
        ),
        (
            vec![
                "activity",
                "list",
                "--from",
                "2026-11-02T00:00:00Z",
                "--to",
                "2026-11-01T00:00:00Z",
            ],
            "--from",
        ),
        (
            vec!["org", "update", "--add-private-endpoint", "vpce-1,aws"],
            "--add-private-endpoint",
        ),
        (
            vec![
                "org",
                "update",
                "--add-private-endpoint",
                "vpce-1,aws,mars-1",
            ],
            "mars-1",
        ),
        (
            vec![
                "org",
                "private-endpoint-config",
                "--cloud-provider",
                "ibm",
                "--region",
                "us-east-1",
            ],
            "--cloud-provider",
        ),
        (
            vec![
                "org",
                "private-endpoint-config",
                "--cloud-provider",
                "azure",
                "--region",
                "us-east-1",
            ],
            "eastus",
        ),
        (vec!["org", "update"], "--name"),
        (vec!["--org", "nope", "service", "list"], "--org"),
    ];
    for (args, flag) in other {
        let out = ch(&emu, &args);
        assert_code(&out, 2);
        let err = stderr_of(&out);
        assert!(err.contains(flag), "{args:?}: {err}");
    }
    assert!(emu.requests("/").is_empty(), "{:?}", emu.requests("/"));
}

#[test]
fn scale_checks_the_bounds_against_the_current_service() {
    let emu = with_services(1);
    // The seeded service scales 8-120 GiB per replica (24-360 GiB of total memory): a minimum above
    // the current maximum, given alone, cannot fit.
    for (flag, value) in [
        ("--min-memory-gb", "480"),
        ("--min-replica-memory-gb", "160"),
    ] {
        let out = ch(
            &emu,
            &["service", "scale", "seed-service-0001", flag, value],
        );
        assert_code(&out, 2);
        let err = stderr_of(&out);
        assert!(err.contains(value) && err.contains(flag), "{err}");
    }
    assert!(writes(&emu).is_empty());
    let scaled = ch_json(
        &emu,
        &[
            "service",
            "scale",
            "seed-service-0001",
            "--idle-scaling",
            "false",
            "--idle-timeout-minutes",
            "10",
        ],
    );
    assert_eq!(scaled["idleScaling"], false);
    assert_eq!(scaled["idleTimeoutMinutes"], 10);
    assert_eq!(
        sent(&emu, "PATCH", "/replicaScaling")[0]
            .body
            .as_ref()
            .unwrap(),
        &json!({"idleScaling": false, "idleTimeoutMinutes": 10})
    );
}

#[test]
fn what_the_current_spec_allows_is_accepted_end_to_end() {
    let emu = Emu::start();
    let created = ch_json(
        &emu,
        &[
            "service",
            "create",
            "--name",
            "toronto",
            "--provider",
            "aws",
            "--region",
            "CA-CENTRAL-1",
            "--replicas",
            "1",
            "--min-replica-memory-gb",
            "8",
            "--max-replica-memory-gb",
            "356",
            "--ip-allow",
            "203.0.113.0/24",
            "--wait",
        ],
    );
    let service = &created;
    assert_eq!(service["region"], "ca-central-1");
    assert_eq!(service["numReplicas"], 1);
    assert_eq!(
        service["currentScaling"]["effectiveMaxReplicaMemoryGb"],
        356
    );
    assert_eq!(
        sent(&emu, "POST", "/services")[0].body.as_ref().unwrap(),
        &json!({"name": "toronto", "provider": "aws", "region": "ca-central-1",
                "ipAccessList": [{"source": "203.0.113.0/24"}],
                "minReplicaMemoryGb": 8, "maxReplicaMemoryGb": 356, "numReplicas": 1})
    );
    // Every region of the current spec, with its own provider.
    for (provider, region) in [
        ("aws", "il-central-1"),
        ("aws", "ap-northeast-2"),
        ("gcp", "europe-west2"),
        ("gcp", "asia-northeast1"),
        ("azure", "centralus"),
    ] {
        let out = ch(
            &emu,
            &[
                "service",
                "create",
                "--name",
                region,
                "--provider",
                provider,
                "--region",
                region,
                "--ip-allow",
                "0.0.0.0/0",
            ],
        );
        assert_code(&out, 0);
    }
    let out = ch(
        &emu,
        &[
            "service",
            "scale",
            "toronto",
            "--replicas",
            "20",
            "--max-replica-memory-gb",
            "356",
        ],
    );
    assert_code(&out, 0);
}

#[test]
fn scaling_per_replica_is_sent_to_replica_scaling_and_waited_for() {
    let emu = with_services(1);
    // Without --wait: the answer shows the new configuration, not yet applied.
    let answer = ch_json(
        &emu,
        &[
            "service",
            "scale",
            "seed-service-0001",
            "--min-replica-memory-gb",
            "16",
        ],
    );
    assert_eq!(answer["minReplicaMemoryGb"], 16);
    assert_eq!(answer["currentScaling"]["effectiveMinReplicaMemoryGb"], 8);

    let out = ch(
        &emu,
        &[
            "service",
            "scale",
            "seed-service-0001",
            "--min-replica-memory-gb",
            "16",
            "--max-replica-memory-gb",
            "64",
            "--replicas",
            "2",
            "--wait",
            "--json",
        ],
    );
    assert_code(&out, 0);
    let scaled: Value = serde_json::from_slice(&out.stdout).unwrap();
    // Waited until the service runs with it.
    let applied = &scaled["currentScaling"];
    assert_eq!(
        (
            applied["effectiveMinReplicaMemoryGb"].as_u64(),
            applied["effectiveMaxReplicaMemoryGb"].as_u64(),
            applied["effectiveMaxReplicas"].as_u64()
        ),
        (Some(16), Some(64), Some(2)),
        "{scaled}"
    );
    assert_eq!(scaled["state"], "running");
    let patches = sent(&emu, "PATCH", "/replicaScaling");
    assert_eq!(
        patches[1].body.as_ref().unwrap(),
        &json!({"minReplicaMemoryGb": 16, "maxReplicaMemoryGb": 64, "numReplicas": 2})
    );
    assert!(sent(&emu, "PATCH", "/scaling").is_empty());
    assert!(
        !stderr_of(&out).contains("deprecated"),
        "{}",
        stderr_of(&out)
    );

    // Horizontal autoscaling: a band of replicas, a fixed memory per replica.
    let horizontal = ch_json(
        &emu,
        &[
            "service",
            "scale",
            "seed-service-0001",
            "--autoscaling-mode",
            "HORIZONTAL",
            "--min-replicas",
            "2",
            "--max-replicas",
            "6",
            "--min-replica-memory-gb",
            "32",
            "--max-replica-memory-gb",
            "32",
            "--wait",
        ],
    );
    assert_eq!(
        horizontal["currentScaling"]["effectiveAutoscalingMode"],
        "horizontal"
    );
    assert_eq!(
        sent(&emu, "PATCH", "/replicaScaling")[2]
            .body
            .as_ref()
            .unwrap(),
        &json!({"minReplicaMemoryGb": 32, "maxReplicaMemoryGb": 32, "autoscalingMode": "horizontal",
                "minReplicas": 2, "maxReplicas": 6})
    );
    let table = stdout_of(&ch(&emu, &["service", "get", "seed-service-0001"]));
    assert!(
        table.contains("2-6") && table.contains("32 GiB") && table.contains("horizontal"),
        "{table}"
    );
    // What the API refuses (a replica count in horizontal mode) is its 400, exit 1... with nothing changed.
    let out = ch(
        &emu,
        &["service", "scale", "seed-service-0001", "--replicas", "3"],
    );
    assert_code(&out, 1);
    assert!(
        stderr_of(&out).contains("numReplicas"),
        "{}",
        stderr_of(&out)
    );
}

#[test]
fn total_memory_flags_still_work_through_the_deprecated_scaling_with_a_note() {
    let emu = with_services(1);
    let out = ch(
        &emu,
        &[
            "service",
            "scale",
            "seed-service-0001",
            "--min-memory-gb",
            "48",
            "--max-memory-gb",
            "96",
            "--replicas",
            "5",
            "--wait",
            "--json",
        ],
    );
    assert_code(&out, 0);
    let err = stderr_of(&out);
    let notes: Vec<&str> = err.lines().filter(|l| l.contains("deprecated")).collect();
    assert_eq!(notes.len(), 1, "{err}");
    assert!(
        notes[0].contains("--min-replica-memory-gb")
            && notes[0].contains("--max-replica-memory-gb"),
        "{err}"
    );
    let scaled: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(scaled["minTotalMemoryGb"], 48);
    assert_eq!(scaled["maxTotalMemoryGb"], 96);
    assert_eq!(scaled["numReplicas"], 5);
    assert_eq!(
        sent(&emu, "PATCH", "/scaling")[0].body.as_ref().unwrap(),
        &json!({"minTotalMemoryGb": 48, "maxTotalMemoryGb": 96, "numReplicas": 5})
    );
    assert!(sent(&emu, "PATCH", "/replicaScaling").is_empty());

    // At creation too: the create request carries them, with the same note.
    let out = ch(
        &emu,
        &[
            "service",
            "create",
            "--name",
            "old",
            "--provider",
            "aws",
            "--region",
            "us-east-1",
            "--ip-allow",
            "0.0.0.0/0",
            "--min-memory-gb",
            "24",
            "--max-memory-gb",
            "48",
        ],
    );
    assert_code(&out, 0);
    assert!(
        stderr_of(&out).contains("deprecated"),
        "{}",
        stderr_of(&out)
    );
    let body = sent(&emu, "POST", "/services")[0].body.clone().unwrap();
    assert_eq!(
        (
            body["minTotalMemoryGb"].as_u64(),
            body["maxTotalMemoryGb"].as_u64()
        ),
        (Some(24), Some(48))
    );
    // --quiet silences it.
    let out = ch(
        &emu,
        &[
            "--quiet",
            "service",
            "scale",
            "seed-service-0001",
            "--max-memory-gb",
            "120",
        ],
    );
    assert_code(&out, 0);
    assert!(stderr_of(&out).is_empty(), "{}", stderr_of(&out));
}
