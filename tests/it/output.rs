//! What people and scripts see: tables that fit the terminal, strict `--columns`, the built-in jq.

use crate::common::*;
use serde_json::Value;

fn with_services(n: usize) -> Emu {
    Emu::with(dbcloud_emulator::Config {
        transition: std::time::Duration::from_millis(300),
        rate_limits: false,
        quiet: true,
        seed_services: n,
        ..dbcloud_emulator::Config::default()
    })
}

/// On a 100-column terminal every ID stays whole on its line and no line is wider than the terminal.
#[test]
fn lists_fit_the_terminal_without_breaking_ids() {
    let emu = with_services(3);
    let ids: Vec<String> = emu
        .json(&["ch", "service", "list"])
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["id"].as_str().unwrap().to_string())
        .collect();
    let mut cmd = emu.std_cmd();
    cmd.args(["ch", "service", "list"]);
    let text = in_pty(&cmd, Some(100));
    for id in &ids {
        assert!(
            text.lines().any(|l| l.contains(id.as_str())),
            "{id} broken in:\n{text}"
        );
    }
    assert!(text.lines().all(|l| l.chars().count() <= 100), "{text}");
    // Narrower: columns go, IDs stay whole.
    let text = in_pty(&cmd, Some(60));
    assert!(text.lines().all(|l| l.chars().count() <= 60), "{text}");
    assert!(ids.iter().all(|id| text.contains(id.as_str())), "{text}");
}

/// A terminal that reports no size (0×0) is taken as 80 columns, not one character per line.
#[test]
fn an_unknown_width_is_80_columns() {
    let emu = Emu::start();
    let mut cmd = emu.std_cmd();
    cmd.args(["ch", "org", "get"]);
    let text = in_pty(&cmd, None);
    let lines: Vec<&str> = text.lines().filter(|l| !l.trim().is_empty()).collect();
    assert!(lines.len() >= 3, "{text}");
    assert!(lines.iter().all(|l| l.chars().count() <= 80), "{text}");
    assert!(
        lines
            .iter()
            .any(|l| l.contains(&emu.server.clickhouse_org_id())),
        "{text}"
    );
}

/// Off a terminal nothing is shortened.
#[test]
fn pipes_get_full_values() {
    let emu = with_services(1);
    let out = emu.run(&["ch", "service", "list"]);
    assert_code(&out, 0);
    let id = emu.json(&["ch", "service", "list"])[0]["id"]
        .as_str()
        .unwrap()
        .to_string();
    assert!(stdout_of(&out).contains(&id));
    assert!(!stdout_of(&out).contains('…'));
}

/// `--columns` names fields that exist; a typo is exit 2 listing those that do; with JSON it selects.
#[test]
fn columns_are_strict_and_select_json_fields() {
    let emu = Emu::start();
    let out = emu.run(&["ch", "org", "get", "--columns", "name,nmae"]);
    assert_code(&out, 2);
    let err = stderr_of(&out);
    assert!(
        err.contains("'nmae'") && err.contains("name") && err.contains("id"),
        "{err}"
    );
    let v = emu.json(&["ch", "org", "list", "--columns", "id,name"]);
    let first = v[0].as_object().unwrap();
    assert_eq!(first.keys().collect::<Vec<_>>(), ["id", "name"]);
    let v = emu.json(&["ch", "org", "get", "--columns", "name"]);
    assert_eq!(v.as_object().unwrap().len(), 1);
    let out = emu.run(&["ch", "org", "get", "--columns", "name", "-o", "yaml"]);
    assert_code(&out, 0);
    assert!(stdout_of(&out).starts_with("name:"), "{}", stdout_of(&out));
}

/// What jq users reach for: @csv, @tsv, @sh, @base64, @uri, variables, and short errors.
#[test]
fn the_built_in_jq_has_formats_variables_and_short_errors() {
    let emu = Emu::start();
    let run = |args: &[&str]| {
        let out = emu.run(args);
        assert_code(&out, 0);
        stdout_of(&out)
    };
    let csv = run(&["ch", "org", "list", "--jq", ".[] | [.name, \"x,y\"] | @csv"]);
    assert!(csv.trim_end().ends_with(",\"x,y\""), "{csv}");
    let tsv = run(&["ch", "org", "list", "--jq", ".[] | [.name, \"a\"] | @tsv"]);
    assert!(tsv.contains('\t'), "{tsv}");
    let sh = run(&["ch", "org", "list", "--jq", "\"it's\" | @sh"]);
    assert_eq!(sh.trim_end(), "'it'\\''s'");
    assert_eq!(
        run(&["ch", "org", "list", "--jq", "\"hi\" | @base64"]).trim_end(),
        "aGk="
    );
    assert_eq!(
        run(&["ch", "org", "list", "--jq", "\"a b\" | @uri"]).trim_end(),
        "a%20b"
    );
    let v = run(&["ch", "org", "list", "--jq-arg", "who=seen", "--jq", "$who"]);
    assert_eq!(v.trim_end(), "seen");
    let out = emu.run(&["ch", "org", "list", "--jq", ".[0] | .name.first"]);
    assert_code(&out, 1);
    let err = stderr_of(&out);
    assert!(
        err.contains("--jq") && err.lines().count() <= 3 && err.len() < 400,
        "{err}"
    );
    let out = emu.run(&["ch", "org", "list", "--jq-arg", "novalue", "--jq", "."]);
    assert_code(&out, 2);
    let _: Value = emu.json(&["ch", "org", "list"]);
}

/// `auth status --check` with no credentials at all is exit 4, naming how to log in (as `gh auth status`).
#[test]
fn auth_status_check_without_credentials_is_exit_4() {
    let env = TestEnv::new();
    let out = env
        .cmd()
        .args(["auth", "status", "--check"])
        .output()
        .unwrap();
    assert_code(&out, 4);
    assert!(
        stderr_of(&out).contains("dbcloud auth login"),
        "{}",
        stderr_of(&out)
    );
}

/// A usage error in JSON mode keeps the whole message: which argument is missing, the valid values, the tip.
#[test]
fn json_usage_errors_keep_their_details() {
    let env = TestEnv::new();
    let out = env
        .cmd()
        .args([
            "ch",
            "service",
            "create",
            "--name",
            "x",
            "--provider",
            "aws",
            "--json",
        ])
        .output()
        .unwrap();
    assert_code(&out, 2);
    let err: Value = serde_json::from_str(stderr_of(&out).trim()).unwrap();
    let message = err["error"]["message"].as_str().unwrap();
    assert!(message.contains("--region"), "{message}");
    let out = env
        .cmd()
        .args([
            "ch",
            "service",
            "create",
            "--name",
            "x",
            "--provider",
            "aws",
            "--region",
            "mars-1",
            "--json",
        ])
        .output()
        .unwrap();
    assert_code(&out, 2);
    let err: Value = serde_json::from_str(stderr_of(&out).trim()).unwrap();
    let message = err["error"]["message"].as_str().unwrap();
    assert!(
        message.contains("us-east-1"),
        "the valid values are kept: {message}"
    );
    assert!(
        err["error"]["hint"].as_str().unwrap().contains("--help"),
        "{err}"
    );
}

/// A negative number is a value: it reaches the flag's check, which names the flag.
#[test]
fn negative_numbers_are_values() {
    let env = TestEnv::new();
    let out = env
        .cmd()
        .args([
            "ch",
            "service",
            "create",
            "--name",
            "x",
            "--provider",
            "aws",
            "--region",
            "us-east-1",
            "--replicas",
            "-5",
        ])
        .output()
        .unwrap();
    assert_code(&out, 2);
    let err = stderr_of(&out);
    assert!(
        err.contains("--replicas") && !err.contains("unexpected argument"),
        "{err}"
    );
}

/// A negative number where the spec states no minimum is refused as negative, naming the flag (not "not a
/// whole number", which -5 is).
#[test]
fn a_negative_number_without_a_spec_minimum_is_called_negative() {
    let env = TestEnv::new();
    let out = env
        .cmd()
        .args([
            "crdb",
            "cluster",
            "create",
            "x",
            "--provider",
            "gcp",
            "--plan",
            "standard",
            "--region",
            "us-east1",
            "--storage-gib",
            "-5",
        ])
        .output()
        .unwrap();
    assert_code(&out, 2);
    let err = stderr_of(&out);
    assert!(
        err.contains("--storage-gib")
            && err.contains("-5 is negative")
            && err.contains("0 or more"),
        "{err}"
    );
}

/// Help lists the command's own options first and the global ones under their own heading.
#[test]
fn help_puts_global_options_under_their_own_heading() {
    let env = TestEnv::new();
    let out = env
        .cmd()
        .args(["ch", "service", "list", "--help"])
        .output()
        .unwrap();
    let help = stdout_of(&out);
    let global = help
        .find("Global options:")
        .expect("a Global options heading");
    assert!(help[global..].contains("--json"), "{help}");
    assert!(!help[..global].contains("--json"), "{help}");
}

/// A create prints the created resource at the top level, as every other command prints its resource, with
/// the secret the API shows once beside it under its documented key.
#[test]
fn create_answers_put_the_resource_at_the_top_level() {
    let emu = Emu::start();
    let created = emu.json(&[
        "ch",
        "service",
        "create",
        "--name",
        "web",
        "--provider",
        "aws",
        "--region",
        "us-east-1",
    ]);
    assert!(
        created["id"].as_str().is_some_and(|id| id.len() == 36),
        "{created}"
    );
    assert_eq!(created["name"], "web");
    assert!(
        created["password"].as_str().is_some_and(|p| !p.is_empty()),
        "{created}"
    );
    // With --jq a string result prints bare, as `jq -r` does.
    let out = emu.run(&[
        "ch",
        "service",
        "create",
        "--name",
        "api",
        "--provider",
        "aws",
        "--region",
        "us-east-1",
        "--jq",
        ".id",
    ]);
    assert_code(&out, 0);
    assert_eq!(stdout_of(&out).trim().len(), 36, "{}", stdout_of(&out));
    let key = emu.json(&["ch", "key", "create", "--name", "ci", "--role", "Developer"]);
    assert_eq!(key["name"], "ci");
    assert!(key["keySecret"].as_str().is_some(), "{key}");
}

/// CockroachDB values are checked before anything is written, as ClickHouse's are: regions against the list
/// the API publishes (fetched once, then cached), backup IDs as UUIDs; exit 2 naming the flag.
#[test]
fn cockroach_regions_and_backup_ids_are_checked_before_writing() {
    let emu = Emu::start();
    let out = emu.run(&[
        "crdb",
        "cluster",
        "create",
        "typo",
        "--provider",
        "gcp",
        "--plan",
        "basic",
        "--region",
        "us-east9",
    ]);
    assert_code(&out, 2);
    let err = stderr_of(&out);
    assert!(
        err.contains("--region") && err.contains("us-east1"),
        "{err}"
    );
    let writes = |emu: &Emu| {
        emu.requests("/api/")
            .iter()
            .filter(|r| r.method != "GET")
            .count()
    };
    assert_eq!(writes(&emu), 0);
    // The second check uses the cached list: no request at all.
    emu.server.clear_requests();
    let out = emu.run(&[
        "crdb",
        "cluster",
        "create",
        "typo",
        "--provider",
        "gcp",
        "--plan",
        "basic",
        "--region",
        "us-east9",
    ]);
    assert_code(&out, 2);
    assert!(
        emu.requests("/api/").is_empty(),
        "{:?}",
        emu.requests("/api/")
    );
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
    ]);
    assert_code(&out, 0);
    let out = emu.run(&[
        "crdb",
        "restore",
        "create",
        "-c",
        "fine",
        "--backup",
        "last-tuesday",
    ]);
    assert_code(&out, 2);
    assert!(stderr_of(&out).contains("--backup"), "{}", stderr_of(&out));
}

/// The embedded emulator never leaks into real profiles: saving a key as a profile (or logging in) under
/// --emulator is refused before anything is sent.
#[test]
fn emulator_keys_are_not_saved_as_profiles() {
    let env = TestEnv::new();
    let out = env
        .cmd()
        .args([
            "--emulator",
            "ch",
            "key",
            "create",
            "--name",
            "ci",
            "--role",
            "Developer",
            "--save-as-profile",
            "ci",
        ])
        .output()
        .unwrap();
    assert_code(&out, 2);
    assert!(
        stderr_of(&out).contains("--emulator"),
        "{}",
        stderr_of(&out)
    );
    assert!(
        !env.config_path().exists()
            || !std::fs::read_to_string(env.config_path())
                .unwrap()
                .contains("[profiles.ci")
    );
    let out = env
        .cmd()
        .args(["--emulator", "auth", "login", "--provider", "cockroach"])
        .output()
        .unwrap();
    assert_code(&out, 2);
}

/// `ls` does not stall on a profile it cannot reach: the others are shown, the unreachable one is named.
#[test]
fn ls_reports_an_unreachable_profile_quickly() {
    let emu = Emu::with(dbcloud_emulator::Config {
        transition: std::time::Duration::from_millis(300),
        rate_limits: false,
        quiet: true,
        seed_clusters: 1,
        ..dbcloud_emulator::Config::default()
    });
    emu.env.write_config(&format!(
        "default_profile = \"good\"\n\
         [profiles.good.cockroach]\napi_key = \"{}\"\napi_url = \"{}\"\n\
         [profiles.gone.cockroach]\napi_key = \"x\"\napi_url = \"http://no-such-host.invalid\"\n",
        dbcloud_emulator::DEFAULT_COCKROACH_API_KEY,
        emu.server.url()
    ));
    let started = std::time::Instant::now();
    let out = emu.env.cmd().args(["ls"]).output().unwrap();
    assert!(
        started.elapsed() < std::time::Duration::from_secs(6),
        "{:?}",
        started.elapsed()
    );
    assert_code(&out, 1);
    assert!(stdout_of(&out).contains("good"), "{}", stdout_of(&out));
    assert!(
        stderr_of(&out).contains("gone") && stderr_of(&out).contains("skipped"),
        "{}",
        stderr_of(&out)
    );
}
