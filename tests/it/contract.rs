//! The contract: every request dbcloud sends and every answer it reads match the vendored current specs.
//! Every integration test's emulator checks both (`Emu`'s drop); these tests show the check itself works, so
//! that the suite's silence means something.

use crate::common::*;

/// A request the spec refuses (a misspelled field) is caught and named, even when the test expected a failure.
#[test]
fn a_request_outside_the_spec_is_caught() {
    let emu = Emu::start();
    let org = emu.server.clickhouse_org_id();
    let out = emu.run(&[
        "api",
        "ch",
        "PATCH",
        &format!("/v1/organizations/{org}"),
        "--data",
        r#"{"nmae": "typo"}"#,
    ]);
    assert_code(&out, 1);
    assert!(stderr_of(&out).contains("nmae"), "{}", stderr_of(&out));
    let violations = emu.server.take_contract_violations();
    assert_eq!(violations.len(), 1, "{violations:?}");
    assert!(
        violations[0].contains("nmae: unknown field"),
        "{violations:?}"
    );
}

/// The commands of both clouds send only what the spec takes: a round of reads and writes leaves no violation.
#[test]
fn commands_of_both_clouds_stay_inside_the_spec() {
    let emu = Emu::start();
    for args in [
        &["ch", "org", "list"][..],
        &["ch", "service", "list"],
        &["ch", "key", "list"],
        &["ch", "role", "list"],
        &["ch", "postgres", "list"],
        &["crdb", "cluster", "list"],
        &["crdb", "folder", "list"],
        &["crdb", "api-key", "list"],
    ] {
        assert_code(&emu.run(args), 0);
    }
    let out = emu.run(&[
        "ch",
        "service",
        "create",
        "--name",
        "contract",
        "--provider",
        "aws",
        "--region",
        "ca-central-1",
        "--replicas",
        "1",
        "--max-replica-memory-gb",
        "356",
    ]);
    assert_code(&out, 0);
    let out = emu.run(&[
        "crdb",
        "cluster",
        "create",
        "contract",
        "--provider",
        "gcp",
        "--plan",
        "basic",
        "--region",
        "us-east1",
    ]);
    assert_code(&out, 0);
    assert!(emu.server.requests().len() >= 10);
    emu.assert_contract();
}
