//! The core's profiles against scripted servers: login, profile commands, config files and their permissions,
//! `ls` across profiles, `auth status`, closed pipes and usage errors.

use std::io::Read;

use super::{basic, cluster, envelope, org, received, service};
use crate::common::*;

use serde_json::{Value, json};
use wiremock::matchers::{header, method, path, query_param};
use wiremock::{Mock, MockServer, ResponseTemplate};

#[tokio::test(flavor = "multi_thread")]
async fn login_to_both_providers_into_one_profile() {
    let server = MockServer::start().await;
    Mock::given(path("/v1/organizations"))
        .and(header(
            "authorization",
            basic(CH_KEY_ID, CH_KEY_SECRET).as_str(),
        ))
        .respond_with(
            ResponseTemplate::new(200).set_body_json(envelope(json!([org(ORG_ID, "acme")]))),
        )
        .mount(&server)
        .await;
    Mock::given(path("/api/v1/organization"))
        .and(header(
            "authorization",
            format!("Bearer {CRDB_API_KEY}").as_str(),
        ))
        .respond_with(
            ResponseTemplate::new(200).set_body_json(json!({"id": "o1", "name": "acme-crdb"})),
        )
        .mount(&server)
        .await;
    Mock::given(path(format!("/v1/organizations/{ORG_ID}/services")))
        .and(header(
            "authorization",
            basic(CH_KEY_ID, CH_KEY_SECRET).as_str(),
        ))
        .respond_with(ResponseTemplate::new(200).set_body_json(envelope(json!([service(7)]))))
        .mount(&server)
        .await;
    Mock::given(path("/api/v1/clusters"))
        .and(header(
            "authorization",
            format!("Bearer {CRDB_API_KEY}").as_str(),
        ))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({"clusters": [cluster(3)]})))
        .mount(&server)
        .await;
    let env = TestEnv::new();
    let out = env
        .cmd()
        .args([
            "auth",
            "login",
            "--provider",
            "clickhouse",
            "--profile",
            "prod",
            "--key-id",
            CH_KEY_ID,
        ])
        .args(["--secret-stdin", "--api-url", &server.uri()])
        .write_stdin(format!("{CH_KEY_SECRET}\n"))
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    let out = env
        .cmd()
        .args([
            "auth",
            "login",
            "--provider",
            "crdb",
            "-p",
            "prod",
            "--secret-stdin",
            "--api-url",
            &server.uri(),
        ])
        .write_stdin(CRDB_API_KEY)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));

    let text = std::fs::read_to_string(env.config_path()).unwrap();
    assert!(
        text.contains(CH_KEY_SECRET) && text.contains(CRDB_API_KEY) && text.contains(ORG_ID),
        "{text}"
    );
    assert!(text.contains("default_profile = \"prod\""), "{text}");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(env.config_path())
            .unwrap()
            .permissions()
            .mode()
            & 0o777;
        assert_eq!(mode, 0o600);
        let dir = std::fs::metadata(env.config_path().parent().unwrap())
            .unwrap()
            .permissions()
            .mode()
            & 0o777;
        assert_eq!(dir, 0o700);
    }

    // Both providers work from the saved profile, with nothing in the environment.
    let out = env
        .cmd()
        .args(["ch", "service", "list", "--json", "--jq", ".[0].name"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    assert_eq!(stdout_of(&out), "svc-7\n");
    let out = env
        .cmd()
        .args(["crdb", "cluster", "list", "--jq", ".[0].name"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    assert_eq!(stdout_of(&out), "cluster-3\n");

    // Secrets are masked wherever profiles are shown.
    for args in [
        vec!["profile", "show", "--json"],
        vec!["auth", "status"],
        vec!["profile", "list"],
    ] {
        let out = env.cmd().args(&args).output().unwrap();
        assert!(out.status.success(), "{args:?}: {}", stderr_of(&out));
        let text = stdout_of(&out);
        assert!(
            !text.contains(CH_KEY_SECRET) && !text.contains(CRDB_API_KEY),
            "{args:?}: {text}"
        );
    }

    // A wrong secret is refused and nothing is saved.
    let before = std::fs::read_to_string(env.config_path()).unwrap();
    Mock::given(path("/v1/organizations"))
        .respond_with(
            ResponseTemplate::new(401).set_body_json(json!({"status": 401, "error": "bad key"})),
        )
        .mount(&server)
        .await;
    let out = env
        .cmd()
        .args([
            "auth",
            "login",
            "--provider",
            "ch",
            "-p",
            "other",
            "--key-id",
            "x",
            "--secret-stdin",
        ])
        .args(["--api-url", &server.uri()])
        .write_stdin("wrong")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(4));
    assert_eq!(std::fs::read_to_string(env.config_path()).unwrap(), before);
}

#[tokio::test(flavor = "multi_thread")]
async fn a_closed_pipe_ends_quietly() {
    let server = MockServer::start().await;
    let many: Vec<Value> = (0..5000).map(service).collect();
    Mock::given(path(format!("/v1/organizations/{ORG_ID}/services")))
        .respond_with(ResponseTemplate::new(200).set_body_json(envelope(json!(many))))
        .mount(&server)
        .await;
    let env = TestEnv::new();
    let mut child = env
        .std_cmd()
        .env("CLICKHOUSE_API_URL", server.uri())
        .env("CLICKHOUSE_CLOUD_API_KEY", CH_KEY_ID)
        .env("CLICKHOUSE_CLOUD_API_SECRET", CH_KEY_SECRET)
        .env("CLICKHOUSE_ORG_ID", ORG_ID)
        .args(["ch", "service", "list", "--json"])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut first = [0u8; 10];
    child.stdout.take().unwrap().read_exact(&mut first).unwrap();
    // stdout is dropped here: the pipe is closed with most of the output unread, as `| head -c 10` does.
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
    assert!(!stderr_of(&out).contains("panicked"), "{}", stderr_of(&out));
}

#[test]
fn profiles_can_be_listed_set_used_and_removed() {
    let env = TestEnv::new();
    env.write_config(
        "# my settings\ndefault_profile = \"a\"\n\n[profiles.a.clickhouse]\nkey_id = \"id-a\"\nkey_secret = \"secret-a-0123456789\"\n\n[profiles.b.cockroach]\napi_key = \"key-b-0123456789\"\n",
    );
    let out = env
        .cmd()
        .args(["profile", "list", "--json"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v[0]["name"], "a");
    assert_eq!(v[0]["default"], true);
    assert_eq!(v[0]["clickhouse"]["key_secret"], "****6789");
    assert_eq!(v[1]["cockroach"]["api_key"], "****6789");

    // set: a plain value as an argument; a secret only from stdin.
    let out = env
        .cmd()
        .args([
            "profile",
            "set",
            "cockroach.cluster",
            "analytics",
            "-p",
            "b",
        ])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    let out = env
        .cmd()
        .args(["profile", "set", "cockroach.api_key", "leaked", "-p", "b"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let out = env
        .cmd()
        .args(["profile", "set", "cockroach.api_key", "-p", "b"])
        .write_stdin("new-key-0123456789\n")
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    let out = env
        .cmd()
        .args(["profile", "set", "clickhouse.organization", "not-a-uuid"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let out = env
        .cmd()
        .args(["profile", "set", "nope.key", "x"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));

    let out = env.cmd().args(["profile", "use", "b"]).output().unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    let out = env
        .cmd()
        .args(["profile", "use", "missing"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(3));

    let text = std::fs::read_to_string(env.config_path()).unwrap();
    assert!(text.starts_with("# my settings\n"), "{text}");
    assert!(text.contains("default_profile = \"b\""), "{text}");
    assert!(
        text.contains("cluster = \"analytics\"") && text.contains("new-key-0123456789"),
        "{text}"
    );

    // show masks the secret; remove refuses without --yes when there is no terminal.
    let out = env
        .cmd()
        .args(["profile", "show", "--json"])
        .output()
        .unwrap();
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["name"], "b");
    assert_eq!(v["cockroach"]["api_key"], "****6789");
    assert_eq!(v["cockroach"]["cluster"], "analytics");
    let out = env.cmd().args(["profile", "remove", "b"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr_of(&out).contains("--yes"));
    let out = env
        .cmd()
        .args(["profile", "remove", "b", "--yes"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    let text = std::fs::read_to_string(env.config_path()).unwrap();
    assert!(
        !text.contains("profiles.b") && !text.contains("default_profile"),
        "{text}"
    );
    assert!(text.contains("[profiles.a.clickhouse]"), "{text}");
}

#[test]
fn a_config_others_can_read_gets_a_warning() {
    let env = TestEnv::new();
    env.write_config("[profiles.default.cockroach]\napi_key = \"k\"\n");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(env.config_path(), std::fs::Permissions::from_mode(0o644))
            .unwrap();
        let out = env.cmd().args(["profile", "list"]).output().unwrap();
        assert!(out.status.success());
        assert!(stderr_of(&out).contains("chmod 600"), "{}", stderr_of(&out));
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn api_paginates_and_reports_status() {
    let server = MockServer::start().await;
    Mock::given(path("/api/v1/clusters"))
        .and(query_param("pagination.page", "t2"))
        .respond_with(
            ResponseTemplate::new(200)
                .set_body_json(json!({"clusters": [cluster(2)], "pagination": {}})),
        )
        .mount(&server)
        .await;
    Mock::given(path("/api/v1/clusters"))
        .respond_with(
            ResponseTemplate::new(200).set_body_json(
                json!({"clusters": [cluster(1)], "pagination": {"next_page": "t2"}}),
            ),
        )
        .mount(&server)
        .await;
    let env = TestEnv::new();
    let out = env
        .cockroach(&server.uri())
        .args([
            "api",
            "crdb",
            "get",
            "/api/v1/clusters",
            "--paginate",
            "--jq",
            "[.clusters[].name]",
        ])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v, json!(["cluster-1", "cluster-2"]));

    // Bad input is refused before anything is sent.
    let before = received(&server).await.len();
    for args in [
        vec!["api", "crdb", "GET", "/v1/organizations"],
        vec!["api", "crdb", "FETCH", "/api/v1/clusters"],
        vec![
            "api",
            "crdb",
            "POST",
            "/api/v1/clusters",
            "--data",
            "{not json",
        ],
        vec!["api", "crdb", "GET", "/api/v1/clusters", "-F", "novalue"],
    ] {
        let out = env.cockroach(&server.uri()).args(&args).output().unwrap();
        assert_eq!(out.status.code(), Some(2), "{args:?}");
    }
    assert_eq!(received(&server).await.len(), before);
}

#[tokio::test(flavor = "multi_thread")]
async fn ls_shows_every_profile_and_provider_at_once() {
    let prod = MockServer::start().await;
    let staging = MockServer::start().await;
    Mock::given(path(format!("/v1/organizations/{ORG_ID}/services")))
        .respond_with(ResponseTemplate::new(200).set_body_json(envelope(json!([service(1)]))))
        .mount(&prod)
        .await;
    Mock::given(path(format!("/v1/organizations/{ORG_ID}/postgres")))
        .respond_with(ResponseTemplate::new(200).set_body_json(envelope(json!([{
            "id": "20000000-0000-4000-8000-000000000005", "name": "pg-5", "state": "running",
            "provider": "aws", "region": "us-east-1", "size": "r8gd.large", "isPrimary": true,
        }]))))
        .mount(&prod)
        .await;
    Mock::given(path("/api/v1/clusters"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({"clusters": [cluster(2)]})))
        .mount(&prod)
        .await;
    Mock::given(path("/api/v1/clusters"))
        .respond_with(
            ResponseTemplate::new(200).set_body_json(json!({"clusters": [cluster(3), cluster(4)]})),
        )
        .mount(&staging)
        .await;
    let env = TestEnv::new();
    env.write_config(&format!(
        "default_profile = \"prod\"\n\
         [profiles.prod.clickhouse]\nkey_id = \"a\"\nkey_secret = \"b\"\norganization = \"{ORG_ID}\"\napi_url = \"{p}\"\n\
         [profiles.prod.cockroach]\napi_key = \"k1\"\napi_url = \"{p}\"\n\
         [profiles.staging.cockroach]\napi_key = \"k2\"\napi_url = \"{s}\"\n",
        p = prod.uri(),
        s = staging.uri()
    ));
    let out = env.cmd().args(["ls", "--json"]).output().unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    let seen: Vec<(String, String)> = v
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            (
                r["profile"].as_str().unwrap().into(),
                r["name"].as_str().unwrap().into(),
            )
        })
        .collect();
    let expected: Vec<(String, String)> = [
        ("prod", "svc-1"),
        ("prod", "pg-5"),
        ("prod", "cluster-2"),
        ("staging", "cluster-3"),
        ("staging", "cluster-4"),
    ]
    .iter()
    .map(|(a, b)| (a.to_string(), b.to_string()))
    .collect();
    assert_eq!(seen, expected);

    // One source failing still shows the others, warns, and exits 1.
    staging.reset().await;
    Mock::given(path("/api/v1/clusters"))
        .respond_with(
            ResponseTemplate::new(401).set_body_json(json!({"code": 16, "message": "bad key"})),
        )
        .mount(&staging)
        .await;
    let out = env
        .cmd()
        .args(["status", "--provider", "cockroach"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(stdout_of(&out).contains("cluster-2"), "{}", stdout_of(&out));
    assert!(
        stderr_of(&out).contains("staging") && stderr_of(&out).contains("bad key"),
        "{}",
        stderr_of(&out)
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn auth_status_shows_sources_and_checks_credentials() {
    let server = MockServer::start().await;
    Mock::given(path("/v1/organizations"))
        .respond_with(
            ResponseTemplate::new(200).set_body_json(envelope(json!([org(ORG_ID, "acme")]))),
        )
        .mount(&server)
        .await;
    Mock::given(path("/api/v1/organization"))
        .respond_with(
            ResponseTemplate::new(401).set_body_json(json!({"code": 16, "message": "bad key"})),
        )
        .mount(&server)
        .await;
    let env = TestEnv::new();
    env.write_config(&format!(
        "[profiles.default.clickhouse]\nkey_id = \"file-id\"\nkey_secret = \"file-secret-123456\"\napi_url = \"{u}\"\n\
         [profiles.default.cockroach]\napi_key = \"file-key-123456789\"\napi_url = \"{u}\"\n",
        u = server.uri()
    ));
    let out = env
        .cmd()
        .env("CLICKHOUSE_CLOUD_API_KEY", "env-id")
        .args(["auth", "status", "--json"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    let rows: Value = serde_json::from_slice(&out.stdout).unwrap();
    let find = |provider: &str, setting: &str| {
        rows.as_array()
            .unwrap()
            .iter()
            .find(|r| r["provider"] == provider && r["setting"] == setting)
            .cloned()
            .unwrap_or_else(|| panic!("no {provider} {setting} in {rows}"))
    };
    assert_eq!(
        find("clickhouse", "key_id")["source"],
        "env CLICKHOUSE_CLOUD_API_KEY"
    );
    assert_eq!(
        find("clickhouse", "key_secret")["source"],
        "profile default"
    );
    assert_eq!(find("clickhouse", "key_secret")["value"], "****3456");
    assert_eq!(find("cockroach", "api_url")["value"], server.uri());

    // --check: ClickHouse works, CockroachDB does not: exit 4, each result shown.
    let out = env
        .cmd()
        .args(["auth", "status", "--check", "--json"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(4), "{}", stderr_of(&out));
    let rows: Value = serde_json::from_slice(&out.stdout).unwrap();
    let checks: Vec<(String, String)> = rows
        .as_array()
        .unwrap()
        .iter()
        .filter(|r| r["setting"] == "check")
        .map(|r| {
            (
                r["provider"].as_str().unwrap().into(),
                r["value"].as_str().unwrap().into(),
            )
        })
        .collect();
    assert_eq!(
        checks,
        vec![
            ("clickhouse".to_string(), "ok".to_string()),
            ("cockroach".to_string(), "failed".to_string())
        ]
    );
}

#[test]
fn usage_errors_are_json_when_json_is_asked_for() {
    let env = TestEnv::new();
    let out = env
        .cmd()
        .args(["crdb", "cluster", "list", "--limit", "0", "--json"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty());
    let err: Value = serde_json::from_str(stderr_of(&out).trim()).unwrap();
    assert_eq!(err["error"]["code"], "usage");
    assert!(
        err["error"]["message"]
            .as_str()
            .unwrap()
            .contains("--limit"),
        "{err}"
    );
    // Without JSON, clap's own message and usage line.
    let out = env
        .cmd()
        .args(["crdb", "cluster", "list", "--limit", "0"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr_of(&out).starts_with("error: "),
        "{}",
        stderr_of(&out)
    );
}

/// A 400 shows the server's message, and the flag that sets the field it names.
#[tokio::test(flavor = "multi_thread")]
async fn a_400_names_the_flag_of_the_field_it_refuses() {
    let server = MockServer::start().await;
    let id = "00000000-0000-4000-8000-000000000001";
    Mock::given(method("PATCH"))
        .and(path(format!("/v1/organizations/{ORG_ID}/services/{id}")))
        .respond_with(ResponseTemplate::new(400).set_body_json(json!({
            "status": 400,
            "error": "BAD_REQUEST: body.name: \"x y\" does not match the pattern",
            "requestId": "req-400"
        })))
        .mount(&server)
        .await;
    let env = TestEnv::new();
    let out = env
        .clickhouse(&server.uri())
        .args(["ch", "service", "update", id, "--name", "x y"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = stderr_of(&out);
    assert!(err.contains("does not match the pattern"), "{err}");
    assert!(err.contains("--name"), "{err}");
    assert_eq!(received(&server).await.len(), 1);
}

#[test]
fn an_empty_profile_list_says_so_once_and_an_unknown_profile_lists_the_others() {
    let env = TestEnv::new();
    let out = env.cmd().args(["profile", "list"]).output().unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    assert_eq!(
        stderr_of(&out).trim(),
        "No profiles yet: log in with `dbcloud auth login --provider clickhouse|cockroach`."
    );
    assert!(stdout_of(&out).is_empty());
    let out = env
        .cmd()
        .args(["profile", "list", "--json"])
        .output()
        .unwrap();
    assert_eq!(stdout_of(&out).trim(), "[]");

    env.write_config(
        "[profiles.prod.clickhouse]\nkey_id = \"id\"\nkey_secret = \"secret-0123456789\"\n\n[profiles.staging.cockroach]\napi_key = \"key-0123456789\"\n",
    );
    let out = env
        .cmd()
        .args(["--profile", "nope", "ch", "service", "list"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(3), "{}", stderr_of(&out));
    let err = stderr_of(&out);
    assert!(
        err.contains("no profile named 'nope'") && err.contains("profiles: prod, staging"),
        "{err}"
    );
}
