//! Connection strings work as printed: no variable a client would not expand, host and user filled in.

use crate::common::*;

#[test]
fn cockroach_connection_strings_have_a_real_certificate_path() {
    let emu = Emu::start();
    let out = emu.run(&[
        "crdb",
        "cluster",
        "create",
        "ded",
        "--provider",
        "gcp",
        "--plan",
        "advanced",
        "--region",
        "us-east1:3",
        "--vcpus",
        "4",
        "--storage-gib",
        "15",
        "--wait",
    ]);
    assert_code(&out, 0);
    let out = emu.run(&[
        "crdb",
        "cluster",
        "connection-string",
        "ded",
        "--sql-user",
        "app",
    ]);
    assert_code(&out, 0);
    let line = stdout_of(&out);
    let home = emu.env.dir.path().display().to_string();
    assert!(!line.contains("$HOME"), "{line}");
    assert!(line.contains(&format!("sslrootcert={home}/")), "{line}");
    let err = stderr_of(&out);
    assert!(
        err.contains("curl --create-dirs") && err.contains("/cert"),
        "{err}"
    );
    let json = emu.json(&["crdb", "cluster", "connection-string", "ded"]);
    assert!(
        !json["connection_string"]
            .as_str()
            .unwrap()
            .contains("$HOME")
    );
}

#[test]
fn clickhouse_and_postgres_services_have_connection_strings() {
    let emu = Emu::with(dbcloud_emulator::Config {
        transition: std::time::Duration::from_millis(300),
        rate_limits: false,
        quiet: true,
        seed_services: 1,
        ..dbcloud_emulator::Config::default()
    });
    let out = emu.run(&["ch", "service", "connection-string", "seed-service-0001"]);
    assert_code(&out, 0);
    let line = stdout_of(&out);
    assert!(
        line.starts_with("clickhouse client --host ")
            && line.contains("--secure --user default --password"),
        "{line}"
    );
    let out = emu.run(&[
        "ch",
        "service",
        "connection-string",
        "seed-service-0001",
        "--url",
        "--user",
        "bob",
    ]);
    assert!(
        stdout_of(&out).starts_with("https://bob@"),
        "{}",
        stdout_of(&out)
    );
    let out = emu.run(&["ch", "service", "connection-string", "nope"]);
    assert_code(&out, 3);

    let dir = tempfile::tempdir().unwrap();
    let pw = dir.path().join("pw");
    let out = emu.run(&[
        "ch",
        "postgres",
        "create",
        "--name",
        "orders",
        "--provider",
        "aws",
        "--region",
        "us-east-1",
        "--size",
        "r8gd.large",
        "--password-file",
        pw.to_str().unwrap(),
        "--wait",
    ]);
    assert_code(&out, 0);
    let out = emu.run(&["ch", "postgres", "connection-string", "orders"]);
    assert_code(&out, 0);
    let url = stdout_of(&out);
    assert!(
        url.starts_with("postgres://postgres@") && url.trim_end().ends_with("sslmode=require"),
        "{url}"
    );
    let password = std::fs::read_to_string(&pw).unwrap();
    assert!(!url.contains(password.trim()), "no password in the URL");
}
