//! `dbcloud crdb ...` end to end for the CockroachDB operations of the current API beyond SCIM: replication
//! streams (replication.rs), blackout windows, client CA certificates and disruption drills (cluster.rs),
//! egress private endpoints, trusted owners, AWS endpoint connections and the egress traffic policy
//! (links.rs), and the current forms of the seed's database rename and allowlist add with their fallbacks
//! (forms.rs, scripted with wiremock). Each command: its output in table, JSON and YAML, exit codes, the
//! requests sent and the emulator's resulting state; bad input is exit 2 with nothing sent.

mod cluster;
mod forms;
mod links;
mod replication;

pub(crate) use crate::cockroach_cluster_extras::{
    CLUSTERS, collection, configuration, file, formatted, last_write, ok, usage_error, writes,
};
pub(crate) use crate::common::*;
pub(crate) use serde_json::{Value, json};

/// A self-signed test CA (its key thrown away) and its SHA-256 fingerprint.
pub(crate) const CA_PEM: &str = "-----BEGIN CERTIFICATE-----
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
pub(crate) const CA_SHA256: &str = "F3:1A:3E:BF:73:FC:A0:46:F3:B3:F2:3A:C4:8B:FF:FB:42:DB:DF:68:D8:0D:33:D3:04:60:85:7F:47:B5:58:3D";

/// Another one, to replace the first.
pub(crate) const CA2_PEM: &str = "-----BEGIN CERTIFICATE-----
MIIBmjCCAUGgAwIBAgIUDSd5ccjVo6V1NY4mIendYl46YiEwCgYIKoZIzj0EAwIw
IzEhMB8GA1UEAwwYZGJjbG91ZCB0ZXN0IGNsaWVudCBDQSAyMB4XDTI2MTEzMDE0
NDYwMVoXDTM2MTEyNzE0NDYwMVowIzEhMB8GA1UEAwwYZGJjbG91ZCB0ZXN0IGNs
aWVudCBDQSAyMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEeluD2Xnhz001bY9k
viVgknUQrVLkaGp3q5N4iyG/sGcbhgJ0uh3dH60g81L2lKR/V1/4FuzwXH71odWw
qLbdT6NTMFEwHQYDVR0OBBYEFHoFHtOwMRWUH/ddoWmh7uazDsSVMB8GA1UdIwQY
MBaAFHoFHtOwMRWUH/ddoWmh7uazDsSVMA8GA1UdEwEB/wQFMAMBAf8wCgYIKoZI
zj0EAwIDRwAwRAIgAXCVL+P2AGKSo8czYPX3zMpdy3KkpeAmP5FjpbAnC2wCIBNq
EMiFrc6Vr/CMWxQ7b5vdEt/I+raX4TNfHcUZnRB4
-----END CERTIFICATE-----
";
pub(crate) const CA2_SHA256: &str = "D0:66:C0:64:5F:4B:6C:11:FE:39:FC:01:B5:CF:52:83:30:F3:E7:BF:F9:E9:BF:B1:99:B8:FE:4D:A5:2A:7C:5E";

/// An ADVANCED cluster on AWS in us-east-1 and us-west-2 (3 nodes each), CREATED; its ID.
pub(crate) fn aws_cluster(emu: &Emu, name: &str) -> String {
    let cluster = emu.json(&[
        "crdb",
        "cluster",
        "create",
        name,
        "--provider",
        "aws",
        "--plan",
        "advanced",
        "--region",
        "us-east-1:3",
        "--region",
        "us-west-2:3",
        "--vcpus",
        "4",
        "--storage-gib",
        "15",
        "--version",
        "v24.3",
        "--wait",
    ]);
    assert_eq!(cluster["state"], "CREATED");
    cluster["id"].as_str().expect("an id").to_string()
}

/// An RFC 3339 time `days` from now (to the second).
pub(crate) fn days_ahead(days: u64) -> String {
    let t = std::time::SystemTime::now() + std::time::Duration::from_secs(days * 86_400);
    humantime::format_rfc3339_seconds(t).to_string()
}

/// The emulator's view of a cluster.
pub(crate) fn cluster_state(emu: &Emu, id: &str) -> Value {
    collection(emu, CLUSTERS)
        .into_iter()
        .find(|c| c["id"] == id)
        .expect("the cluster is stored")
}

/// Makes the next `n` state transitions fail.
pub(crate) fn fail_next(emu: &Emu, n: u64) {
    emu.server.set_faults(dbcloud_emulator::Faults {
        failed_transitions: n,
        ..Default::default()
    });
}

/// Runs a command expected to send nothing (refused locally), asserting its exit code and that no request
/// reached the emulator; returns stderr.
pub(crate) fn refused_locally(emu: &Emu, args: &[&str], code: i32) -> String {
    let before = emu.requests("/api/v1").len();
    let out = emu.run(args);
    assert_code(&out, code);
    assert_eq!(
        emu.requests("/api/v1").len(),
        before,
        "{args:?} sent a request"
    );
    stderr_of(&out)
}
