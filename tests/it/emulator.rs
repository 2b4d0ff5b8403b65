//! The emulator through the dbcloud binary: the global `--emulator` flag (embedded, state in the data
//! directory) and `dbcloud emulator serve|reset`.

use std::io::{BufRead, BufReader};
use std::process::Stdio;

use crate::common::*;
use serde_json::Value;

fn json_of(out: &std::process::Output) -> Value {
    assert!(out.status.success(), "{}", stderr_of(out));
    serde_json::from_slice(&out.stdout).unwrap()
}

#[test]
fn the_embedded_emulator_needs_no_account_and_keeps_its_state() {
    let env = TestEnv::new();
    assert!(!env.config_path().exists());
    let orgs = json_of(
        &env.cmd()
            .args(["--emulator", "ch", "org", "list", "--json"])
            .output()
            .unwrap(),
    );
    assert_eq!(orgs.as_array().unwrap().len(), 1);
    let org = orgs[0]["id"].as_str().unwrap().to_string();

    // A fresh state shows a few databases of each provider.
    let services = json_of(
        &env.cmd()
            .args(["--emulator", "ch", "service", "list", "--json"])
            .output()
            .unwrap(),
    );
    assert_eq!(services.as_array().unwrap().len(), 2);
    let clusters = json_of(
        &env.cmd()
            .args(["--emulator", "crdb", "cluster", "list", "--json"])
            .output()
            .unwrap(),
    );
    assert_eq!(clusters.as_array().unwrap().len(), 2);

    // What one command creates, the next one sees: the state lives in the data directory.
    let body = r#"{"name":"from-a-script","provider":"aws","region":"us-east-1"}"#;
    let out = env
        .cmd()
        .args([
            "--emulator",
            "api",
            "ch",
            "POST",
            &format!("/v1/organizations/{org}/services"),
            "--data",
            body,
        ])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    let state = env
        .dir
        .path()
        .join("xdg-data")
        .join("dbcloud")
        .join("emulator-state.json");
    assert!(state.exists());
    let names = env
        .cmd()
        .args(["--emulator", "ch", "service", "list", "--jq", ".[].name"])
        .output()
        .unwrap();
    assert!(
        stdout_of(&names).lines().any(|l| l == "from-a-script"),
        "{}",
        stdout_of(&names)
    );

    // No credentials of the user's are needed or touched, and the config file is never created.
    assert!(!env.config_path().exists());

    // Preferences of the profile, such as the default cluster, still apply.
    let out = env
        .cmd()
        .args(["profile", "set", "cockroach.cluster", "seed-cluster-0001"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    let dbs = json_of(
        &env.cmd()
            .args(["--emulator", "crdb", "database", "list", "--json"])
            .output()
            .unwrap(),
    );
    assert!(!dbs.as_array().unwrap().is_empty());

    // reset forgets it all.
    let out = env.cmd().args(["emulator", "reset"]).output().unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    assert!(!state.exists());
    let services = json_of(
        &env.cmd()
            .args(["--emulator", "ch", "service", "list", "--json"])
            .output()
            .unwrap(),
    );
    assert_eq!(services.as_array().unwrap().len(), 2);
}

#[test]
fn emulator_serve_prints_how_to_use_it_and_serves_both_apis() {
    let env = TestEnv::new();
    let mut child = env
        .std_cmd()
        .args([
            "emulator",
            "serve",
            "--addr",
            "127.0.0.1:0",
            "--rate-limits",
            "off",
        ])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut banner = Vec::new();
    let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
    for line in lines.by_ref() {
        let line = line.unwrap();
        let done = line.contains("COCKROACH_API_KEY");
        banner.push(line);
        if done {
            break;
        }
    }
    let banner = banner.join("\n");
    let export = |name: &str| {
        banner
            .lines()
            .find_map(|l| l.trim().strip_prefix(&format!("export {name}=")))
            .unwrap_or_else(|| panic!("no {name} in the banner:\n{banner}"))
            .to_string()
    };
    let url = export("CLICKHOUSE_API_URL");
    assert!(url.starts_with("http://127.0.0.1:"), "{banner}");

    // The printed lines are all a script needs.
    let out = env
        .cmd()
        .env("CLICKHOUSE_API_URL", &url)
        .env(
            "CLICKHOUSE_CLOUD_API_KEY",
            export("CLICKHOUSE_CLOUD_API_KEY"),
        )
        .env(
            "CLICKHOUSE_CLOUD_API_SECRET",
            export("CLICKHOUSE_CLOUD_API_SECRET"),
        )
        .env("COCKROACH_SERVER", export("COCKROACH_SERVER"))
        .env("COCKROACH_API_KEY", export("COCKROACH_API_KEY"))
        .args(["ls", "--json"])
        .output()
        .unwrap();
    child.kill().unwrap();
    let _ = child.wait();
    assert!(out.status.success(), "{}", stderr_of(&out));
    let _: Value = serde_json::from_slice(&out.stdout).unwrap();
}

#[test]
fn concurrent_emulator_commands_lose_nothing() {
    let env = TestEnv::new();
    let org = stdout_of(
        &env.cmd()
            .args(["--emulator", "ch", "org", "list", "--jq", ".[0].id"])
            .output()
            .unwrap(),
    );
    let org = org.trim().to_string();
    let children: Vec<_> = (0..4)
        .map(|i| {
            let body =
                format!(r#"{{"name":"parallel-{i}","provider":"aws","region":"us-east-1"}}"#);
            env.std_cmd()
                .args([
                    "--emulator",
                    "api",
                    "ch",
                    "POST",
                    &format!("/v1/organizations/{org}/services"),
                ])
                .args(["--data", &body])
                .stdout(Stdio::null())
                .stderr(Stdio::piped())
                .spawn()
                .unwrap()
        })
        .collect();
    for child in children {
        let out = child.wait_with_output().unwrap();
        assert!(out.status.success(), "{}", stderr_of(&out));
    }
    let names = stdout_of(
        &env.cmd()
            .args(["--emulator", "ch", "service", "list", "--jq", ".[].name"])
            .output()
            .unwrap(),
    );
    for i in 0..4 {
        assert!(
            names.lines().any(|l| l == format!("parallel-{i}")),
            "parallel-{i} lost:\n{names}"
        );
    }
}

#[test]
fn ctrl_c_while_waiting_stops_the_wait_not_the_change() {
    let emu = Emu::with(dbcloud_emulator::Config {
        transition: std::time::Duration::from_secs(60),
        rate_limits: false,
        quiet: true,
        ..dbcloud_emulator::Config::default()
    });
    let child = emu
        .env
        .std_cmd()
        .env("CLICKHOUSE_API_URL", emu.server.url())
        .env(
            "CLICKHOUSE_CLOUD_API_KEY",
            dbcloud_emulator::DEFAULT_CLICKHOUSE_KEY_ID,
        )
        .env(
            "CLICKHOUSE_CLOUD_API_SECRET",
            dbcloud_emulator::DEFAULT_CLICKHOUSE_KEY_SECRET,
        )
        .args([
            "ch",
            "service",
            "create",
            "--name",
            "slow",
            "--provider",
            "aws",
            "--region",
            "us-east-1",
        ])
        .args([
            "--password-file",
            emu.env.dir.path().join("pw").to_str().unwrap(),
            "--wait",
        ])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // Interrupt once the service exists and the command is polling it.
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(20);
    let polls = || {
        emu.requests("/v1/")
            .iter()
            .filter(|r| r.method == "GET" && r.path.contains("/services/"))
            .count()
    };
    while polls() < 1 {
        assert!(
            std::time::Instant::now() < deadline,
            "the command never started waiting"
        );
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    let status = std::process::Command::new("kill")
        .args(["-INT", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(status.success());
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(130), "{}", stderr_of(&out));
    assert!(stderr_of(&out).contains("goes on"), "{}", stderr_of(&out));
    // The service is still there, being provisioned.
    let services = emu.json(&["ch", "service", "list"]);
    assert_eq!(services[0]["name"], "slow");
    assert_eq!(services[0]["state"], "provisioning");
}

/// What people see: the curated tables of the two main lists, and the top-level help.
#[test]
fn tables_and_help_look_as_designed() {
    let emu = Emu::with(dbcloud_emulator::Config {
        seed_services: 3,
        seed_clusters: 3,
        rate_limits: false,
        quiet: true,
        ..dbcloud_emulator::Config::default()
    });
    let services = emu.run(&["ch", "service", "list"]);
    assert!(services.status.success(), "{}", stderr_of(&services));
    insta::assert_snapshot!("service_list_table", stdout_of(&services));
    let clusters = emu.run(&[
        "crdb",
        "cluster",
        "list",
        "--columns",
        "name,state,plan,cloud_provider",
    ]);
    assert!(clusters.status.success(), "{}", stderr_of(&clusters));
    insta::assert_snapshot!("cluster_list_columns", stdout_of(&clusters));
    let help = emu.run(&["--help"]);
    insta::assert_snapshot!("root_help", stdout_of(&help));
}

/// Failures the server reports while a change runs end `--wait` at once with exit 1, for both providers (the
/// emulator's `failed_transitions` fault makes the next transitions fail).
#[test]
fn failed_changes_end_the_wait_with_exit_1() {
    let emu = Emu::start();
    let fail_next = |n| {
        emu.server.set_faults(dbcloud_emulator::Faults {
            failed_transitions: n,
            ..Default::default()
        })
    };
    fail_next(1);
    let pw = emu.env.dir.path().join("pw");
    let out = emu.run(&[
        "ch",
        "service",
        "create",
        "--name",
        "doomed",
        "--provider",
        "aws",
        "--region",
        "us-east-1",
        "--password-file",
        pw.to_str().unwrap(),
        "--wait",
    ]);
    assert_code(&out, 1);
    assert!(stderr_of(&out).contains("failed"), "{}", stderr_of(&out));
    // The password was still saved: the service exists, and can be started again.
    assert!(pw.exists());
    let out = emu.run(&["ch", "service", "start", "doomed", "--wait"]);
    assert_code(&out, 0);

    fail_next(1);
    let out = emu.run(&[
        "crdb",
        "cluster",
        "create",
        "broken",
        "--provider",
        "gcp",
        "--plan",
        "basic",
        "--region",
        "us-east1",
        "--wait",
    ]);
    assert_code(&out, 1);
    assert!(
        stderr_of(&out).contains("CREATION_FAILED"),
        "{}",
        stderr_of(&out)
    );
    let cluster = emu.json(&["crdb", "cluster", "get", "broken"]);
    assert_eq!(cluster["state"], "CREATION_FAILED");

    let out = emu.run(&[
        "crdb",
        "cluster",
        "create",
        "fine",
        "--provider",
        "gcp",
        "--plan",
        "basic",
        "--region",
        "us-east1",
        "--wait",
    ]);
    assert_code(&out, 0);
    let backup = stdout_of(&emu.run(&["crdb", "backup", "list", "-c", "fine", "--jq", ".[0].id"]));
    fail_next(1);
    let out = emu.run(&[
        "crdb",
        "restore",
        "create",
        "--backup",
        backup.trim(),
        "-c",
        "fine",
        "--wait",
    ]);
    assert_code(&out, 1);
    assert!(stderr_of(&out).contains("FAILED"), "{}", stderr_of(&out));
}

/// `emulator serve --print-env` prints what a CI step can `eval`: comments and exports only, the organization
/// included, for the address given.
#[test]
fn the_emulator_environment_can_be_evaluated() {
    let env = TestEnv::new();
    let out = env
        .cmd()
        .args([
            "emulator",
            "serve",
            "--addr",
            "127.0.0.1:18788",
            "--print-env",
        ])
        .output()
        .unwrap();
    assert_code(&out, 0);
    let text = stdout_of(&out);
    assert!(
        text.lines()
            .all(|l| l.starts_with('#') || l.starts_with("export ")),
        "{text}"
    );
    for name in [
        "CLICKHOUSE_API_URL",
        "CLICKHOUSE_ORG_ID",
        "COCKROACH_SERVER",
        "COCKROACH_API_KEY",
    ] {
        assert!(text.contains(&format!("export {name}=")), "{text}");
    }
    assert!(text.contains("http://127.0.0.1:18788"), "{text}");
    let out = env
        .cmd()
        .args(["emulator", "serve", "--addr", "127.0.0.1:0", "--print-env"])
        .output()
        .unwrap();
    assert_ne!(out.status.code(), Some(0));
}

/// Two `--emulator` commands take turns on the state's lock; the one that waits says so, unless `-q`.
#[test]
fn a_command_waiting_for_the_emulator_says_so_unless_quiet() {
    let env = TestEnv::new();
    let dir = env.dir.path().join("xdg-data").join("dbcloud");
    std::fs::create_dir_all(&dir).unwrap();
    let lock = std::fs::File::create(dir.join("emulator-state.lock")).unwrap();
    lock.lock().unwrap();
    let spawn = |quiet: bool| {
        let mut cmd = env.std_cmd();
        if quiet {
            cmd.arg("-q");
        }
        cmd.args(["--emulator", "ch", "org", "list", "--json"])
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap()
    };
    let (loud, quiet) = (spawn(false), spawn(true));
    std::thread::sleep(std::time::Duration::from_millis(800));
    lock.unlock().unwrap();
    let (loud, quiet) = (
        loud.wait_with_output().unwrap(),
        quiet.wait_with_output().unwrap(),
    );
    assert!(loud.status.success() && quiet.status.success());
    assert!(
        stderr_of(&loud).contains("Waiting for another `dbcloud --emulator` command"),
        "{}",
        stderr_of(&loud)
    );
    assert!(
        !stderr_of(&quiet).contains("Waiting"),
        "{}",
        stderr_of(&quiet)
    );
}
