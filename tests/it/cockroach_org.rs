//! `dbcloud crdb ...` organization-level commands end to end against the emulator: API keys (their secret shown
//! once or saved in a profile), service accounts (created with their roles) and folders (by ID, path and name;
//! their path the list of ancestors); validation and confirmations that send nothing. Role grants, users,
//! invoices, the audit log and JWT issuers: cockroach_access.rs, which shares the helpers here.

use crate::common::*;
use serde_json::{Value, json};

pub(crate) const API_KEYS: &str = "/api/v1/api-keys";
pub(crate) const SERVICE_ACCOUNTS: &str = "/api/v1/service-accounts";
pub(crate) const FOLDERS: &str = "/api/v1/folders";
pub(crate) const ROLES: &str = "/api/v1/roles";
pub(crate) const INVOICES: &str = "/api/v1/invoices";
pub(crate) const AUDIT_LOG: &str = "/api/v1/auditlogevents";
pub(crate) const JWT_ISSUERS: &str = "/api/v1/jwt-issuers";

pub(crate) fn ok(out: &std::process::Output) -> String {
    assert_code(out, 0);
    stdout_of(out)
}

/// The emulator's view of a collection.
pub(crate) fn collection(emu: &Emu, path: &str) -> Vec<Value> {
    emu.server.state()["collections"][path]
        .as_array()
        .cloned()
        .unwrap_or_default()
}

pub(crate) fn find<'a>(items: &'a [Value], field: &str, value: &str) -> Option<&'a Value> {
    items.iter().find(|i| i[field] == value)
}

/// Requests other than GET whose path starts with `prefix`.
pub(crate) fn writes(emu: &Emu, prefix: &str) -> Vec<dbcloud_emulator::LoggedRequest> {
    emu.requests(prefix)
        .into_iter()
        .filter(|r| r.method != "GET")
        .collect()
}

/// Asserts a usage error (exit 2) naming `needle`, with no request sent at all.
pub(crate) fn refused(emu: &Emu, args: &[&str], needle: &str) {
    emu.server.clear_requests();
    let out = emu.run(args);
    assert_code(&out, 2);
    assert!(
        stderr_of(&out).contains(needle),
        "{args:?}: expected '{needle}' in: {}",
        stderr_of(&out)
    );
    assert!(
        emu.requests("/api/v1").is_empty(),
        "{args:?} sent {:?}",
        emu.requests("/api/v1")
            .iter()
            .map(|r| format!("{} {}", r.method, r.path))
            .collect::<Vec<_>>()
    );
}

fn seeded_account(emu: &Emu) -> String {
    collection(emu, SERVICE_ACCOUNTS)[0]["id"]
        .as_str()
        .unwrap()
        .to_string()
}

fn new_account(emu: &Emu, name: &str) -> String {
    emu.json(&["crdb", "service-account", "create", "--name", name])["id"]
        .as_str()
        .unwrap()
        .to_string()
}

pub(crate) fn user_id(emu: &Emu, email: &str) -> String {
    emu.json(&["crdb", "user", "find", "--email", email])[0]["id"]
        .as_str()
        .unwrap()
        .to_string()
}

// --- service accounts ---

#[test]
fn service_accounts_round_trip() {
    let emu = Emu::start();
    let out = emu.run(&[
        "crdb",
        "service-account",
        "create",
        "--name",
        "deployer",
        "--description",
        "CI deployments",
        "--role",
        "billing_viewer",
        "--role",
        "CLUSTER_MONITOR:ORGANIZATION",
    ]);
    let table = ok(&out);
    assert!(
        table.contains("NAME") && table.contains("deployer"),
        "{table}"
    );
    assert!(
        table.contains("ROLES") && table.contains("BILLING_VIEWER on ORGANIZATION"),
        "{table}"
    );
    assert!(stderr_of(&out).contains("Created service account deployer"));
    // The current spec creates it with its roles (the organization's ID filled in).
    let org = emu.json(&["crdb", "org", "get"])["id"]
        .as_str()
        .unwrap()
        .to_string();
    let roles = json!([
        {"name": "BILLING_VIEWER", "resource": {"type": "ORGANIZATION", "id": org}},
        {"name": "CLUSTER_MONITOR", "resource": {"type": "ORGANIZATION", "id": org}},
    ]);
    assert_eq!(
        writes(&emu, SERVICE_ACCOUNTS).pop().unwrap().body,
        Some(json!({"name": "deployer", "description": "CI deployments", "roles": roles}))
    );
    let stored = collection(&emu, SERVICE_ACCOUNTS);
    let account = find(&stored, "name", "deployer").expect("created in the emulator");
    assert_eq!(account["description"], "CI deployments");
    assert_eq!(account["roles"], roles);
    assert_eq!(account["creator_name"], "emulator");
    let id = account["id"].as_str().unwrap().to_string();
    assert_eq!(emu.json(&["crdb", "role", "get", &id]), roles);

    // Without a description or roles: the spec requires both, possibly empty.
    emu.json(&["crdb", "service-account", "create", "--name", "bare"]);
    assert_eq!(
        writes(&emu, SERVICE_ACCOUNTS).pop().unwrap().body,
        Some(json!({"name": "bare", "description": "", "roles": []}))
    );

    let listed = emu.json(&["crdb", "service-account", "list"]);
    assert_eq!(listed.as_array().unwrap().len(), 3);
    let yaml = ok(&emu.run(&["crdb", "service-account", "get", &id, "-o", "yaml"]));
    assert!(yaml.contains("name: deployer"), "{yaml}");
    assert!(yaml.contains(&format!("id: {id}")), "{yaml}");

    let updated = emu.json(&[
        "crdb",
        "service-account",
        "update",
        &id,
        "--name",
        "releaser",
        "--description",
        "Releases",
    ]);
    assert_eq!(updated["name"], "releaser");
    let stored = collection(&emu, SERVICE_ACCOUNTS);
    assert_eq!(find(&stored, "id", &id).unwrap()["description"], "Releases");
    let patch = writes(&emu, SERVICE_ACCOUNTS).pop().unwrap();
    assert_eq!(patch.method, "PATCH");
    assert_eq!(
        patch.body,
        Some(json!({"name": "releaser", "description": "Releases"}))
    );

    refused(
        &emu,
        &["crdb", "service-account", "update", &id],
        "nothing to change",
    );
    refused(
        &emu,
        &["crdb", "service-account", "get", "deployer"],
        "not a UUID",
    );
    refused(
        &emu,
        &["crdb", "service-account", "create", "--name", " "],
        "--name",
    );
    refused(&emu, &["crdb", "service-account", "delete", &id], "--yes");
    refused(
        &emu,
        &[
            "crdb",
            "service-account",
            "create",
            "--name",
            "x",
            "--role",
            "OWNER",
        ],
        "OWNER",
    );

    // Deleting it revokes its keys.
    let key = emu.json(&[
        "crdb",
        "api-key",
        "create",
        "--name",
        "doomed",
        "--service-account",
        &id,
    ]);
    let secret = key["secret"].as_str().unwrap().to_string();
    let out = emu.run(&["crdb", "service-account", "delete", &id, "--yes"]);
    assert_eq!(ok(&out), "");
    assert!(stderr_of(&out).contains("Deleted service account releaser"));
    assert!(find(&collection(&emu, SERVICE_ACCOUNTS), "id", &id).is_none());
    assert!(find(&collection(&emu, API_KEYS), "name", "doomed").is_none());
    let out = emu
        .cmd()
        .env("COCKROACH_API_KEY", &secret)
        .args(["crdb", "org", "get"])
        .output()
        .unwrap();
    assert_code(&out, 4);
    assert_code(&emu.run(&["crdb", "service-account", "get", &id]), 3);
}

// --- API keys ---

#[test]
fn api_key_create_shows_the_secret_once_and_never_logs_it() {
    let emu = Emu::start();
    let account = seeded_account(&emu);
    let out = emu.run(&[
        "crdb",
        "api-key",
        "create",
        "--name",
        "ci",
        "--service-account",
        &account,
    ]);
    let table = ok(&out);
    let secret_row = table
        .lines()
        .find(|l| l.starts_with("SECRET"))
        .unwrap_or_else(|| panic!("no SECRET row: {table}"));
    let secret = secret_row.split_whitespace().nth(1).unwrap().to_string();
    assert!(secret.starts_with("CCDB1_"), "{secret}");
    assert!(
        stderr_of(&out).contains("cannot be read again"),
        "{}",
        stderr_of(&out)
    );
    let created = find(&collection(&emu, API_KEYS), "name", "ci")
        .cloned()
        .expect("the key exists");
    assert_eq!(created["service_account_id"], account.as_str());
    assert!(table.contains(created["id"].as_str().unwrap()));
    let post = writes(&emu, API_KEYS).pop().unwrap();
    assert_eq!(
        post.body,
        Some(json!({"name": "ci", "service_account_id": account}))
    );

    // The key works (the emulator accepts keys created through its API).
    let out = emu
        .cmd()
        .env("COCKROACH_API_KEY", &secret)
        .args(["crdb", "org", "get", "--json"])
        .output()
        .unwrap();
    assert_code(&out, 0);

    // JSON shows the API's answer, secret included; --verbose never logs it.
    let out = emu.run(&[
        "crdb",
        "api-key",
        "create",
        "--name",
        "ci-2",
        "--service-account",
        &account,
        "--json",
        "--verbose",
    ]);
    let answer: Value = serde_json::from_str(&ok(&out)).unwrap();
    let secret = answer["secret"].as_str().unwrap();
    assert_eq!(answer["name"], "ci-2");
    let log = stderr_of(&out);
    assert!(log.contains("POST"), "{log}");
    assert!(log.contains("[REDACTED]"), "{log}");
    assert!(!log.contains(secret), "{log}");

    refused(
        &emu,
        &[
            "crdb",
            "api-key",
            "create",
            "--name",
            "x",
            "--service-account",
            "deployer",
        ],
        "--service-account",
    );
    // An unknown service account is the API's 404.
    let out = emu.run(&[
        "crdb",
        "api-key",
        "create",
        "--name",
        "x",
        "--service-account",
        "00000000-0000-4000-8000-000000000000",
    ]);
    assert_code(&out, 3);
}

#[test]
fn api_key_saved_as_profile_authenticates_and_is_never_shown() {
    let emu = Emu::start();
    let account = seeded_account(&emu);
    let out = emu.run(&[
        "crdb",
        "api-key",
        "create",
        "--name",
        "ci",
        "--service-account",
        &account,
        "--save-as-profile",
        "ci",
        "--json",
        "--verbose",
    ]);
    let stdout = ok(&out);
    let answer: Value = serde_json::from_str(&stdout).unwrap();
    assert_eq!(answer["name"], "ci");
    assert!(answer.get("secret").is_none(), "{stdout}");
    assert!(!stdout.contains("CCDB1_"), "{stdout}");
    assert!(!stderr_of(&out).contains("CCDB1_"), "{}", stderr_of(&out));
    assert!(stderr_of(&out).contains("Saved the key as profile 'ci'"));

    let config = std::fs::read_to_string(emu.env.config_path()).unwrap();
    let parsed: toml::Table = config.parse().unwrap();
    let saved = &parsed["profiles"]["ci"]["cockroach"];
    assert!(
        saved["api_key"].as_str().unwrap().starts_with("CCDB1_"),
        "{config}"
    );
    // The URL in effect was not the default: the key needs it.
    assert_eq!(saved["api_url"].as_str(), Some(emu.server.url().as_str()));

    // A command with that profile alone (no key or URL in the environment) authenticates with the new key.
    let out = emu
        .env
        .cmd()
        .args(["-p", "ci", "crdb", "api-key", "list", "--json"])
        .output()
        .unwrap();
    let keys: Value = serde_json::from_str(&ok(&out)).unwrap();
    assert!(keys.as_array().unwrap().iter().any(|k| k["name"] == "ci"));

    // A profile that already holds a CockroachDB key is refused before anything is sent.
    refused(
        &emu,
        &[
            "crdb",
            "api-key",
            "create",
            "--name",
            "again",
            "--service-account",
            &account,
            "--save-as-profile",
            "ci",
        ],
        "already holds CockroachDB Cloud credentials",
    );
    assert!(find(&collection(&emu, API_KEYS), "name", "again").is_none());

    // A profile with only ClickHouse credentials can take a CockroachDB key; the table shows no secret.
    let mut config = std::fs::read_to_string(emu.env.config_path()).unwrap();
    config.push_str("\n[profiles.both.clickhouse]\nkey_id = \"k\"\nkey_secret = \"s\"\n");
    emu.env.write_config(&config);
    let table = ok(&emu.run(&[
        "crdb",
        "api-key",
        "create",
        "--name",
        "both",
        "--service-account",
        &account,
        "--save-as-profile",
        "both",
    ]));
    assert!(
        table.contains("both") && !table.contains("SECRET"),
        "{table}"
    );
    let config = std::fs::read_to_string(emu.env.config_path()).unwrap();
    assert!(config.contains("[profiles.both.cockroach]"), "{config}");
    assert!(config.contains("key_secret = \"s\""), "{config}");
}

#[test]
fn api_keys_list_get_update_delete() {
    let emu = Emu::start();
    let seeded = seeded_account(&emu);
    let other = new_account(&emu, "other");
    for (name, account) in [("a", &seeded), ("b", &other), ("c", &other)] {
        emu.json(&[
            "crdb",
            "api-key",
            "create",
            "--name",
            name,
            "--service-account",
            account,
        ]);
    }
    assert_eq!(
        emu.json(&["crdb", "api-key", "list"])
            .as_array()
            .unwrap()
            .len(),
        4
    );

    emu.server.clear_requests();
    let filtered = emu.json(&["crdb", "api-key", "list", "--service-account", &other]);
    let names: Vec<&str> = filtered
        .as_array()
        .unwrap()
        .iter()
        .map(|k| k["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["b", "c"]);
    let get = &emu.requests(API_KEYS)[0];
    assert!(
        get.query.contains(&format!("service_account_id={other}")),
        "{}",
        get.query
    );

    emu.server.clear_requests();
    let table = ok(&emu.run(&["crdb", "api-key", "list", "--limit", "2"]));
    assert_eq!(table.lines().count(), 3, "{table}");
    assert!(table.starts_with("ID"), "{table}");
    let pages = emu.requests(API_KEYS);
    assert_eq!(pages.len(), 1);
    assert!(pages[0].query.contains("pagination.limit=2"));

    let b = find(&collection(&emu, API_KEYS), "name", "b")
        .cloned()
        .unwrap();
    let id = b["id"].as_str().unwrap();
    let yaml = ok(&emu.run(&["crdb", "api-key", "get", id, "-o", "yaml"]));
    assert!(yaml.contains("name: b"), "{yaml}");
    assert!(!yaml.contains("secret"), "{yaml}");
    let renamed = emu.json(&["crdb", "api-key", "update", id, "--name", "b2"]);
    assert_eq!(renamed["name"], "b2");
    assert_eq!(
        find(&collection(&emu, API_KEYS), "id", id).unwrap()["name"],
        "b2"
    );
    refused(&emu, &["crdb", "api-key", "update", id], "--name");
    refused(&emu, &["crdb", "api-key", "get", "has space"], "not an ID");
    refused(&emu, &["crdb", "api-key", "delete", id], "--yes");
    assert!(find(&collection(&emu, API_KEYS), "id", id).is_some());

    let deleted = emu.json(&["crdb", "api-key", "delete", id, "--yes"]);
    assert_eq!(deleted["name"], "b2");
    assert!(find(&collection(&emu, API_KEYS), "id", id).is_none());
    assert_code(&emu.run(&["crdb", "api-key", "get", id]), 3);
    assert_code(&emu.run(&["crdb", "api-key", "delete", id, "--yes"]), 3);
}

// --- folders ---

#[test]
fn folders_by_id_path_and_name() {
    let emu = Emu::start();
    let team = emu.json(&["crdb", "folder", "create", "team"]);
    // A folder's path lists its ancestors (the current API's FolderResource).
    assert_eq!(team["path"], json!([]));
    assert_eq!(team["resource_type"], "FOLDER");
    let team_id = team["resource_id"].as_str().unwrap().to_string();
    let in_team = json!([{"id": team_id, "name": "team"}]);
    // The parent by path, by name and by ID.
    let prod = emu.json(&["crdb", "folder", "create", "prod", "--parent", "/team"]);
    assert_eq!(prod["path"], in_team);
    assert_eq!(prod["parent_id"], team_id.as_str());
    let staging = emu.json(&["crdb", "folder", "create", "staging", "--parent", "team"]);
    assert_eq!(staging["path"], in_team);
    let db = emu.json(&["crdb", "folder", "create", "db", "--parent", &team_id]);
    assert_eq!(db["path"], in_team);
    let top = writes(&emu, FOLDERS)[0].clone();
    assert_eq!(top.body, Some(json!({"name": "team"})));
    let prod_id = prod["resource_id"].as_str().unwrap().to_string();
    for reference in [prod_id.as_str(), "/team/prod", "team/prod", "prod"] {
        let got = emu.json(&["crdb", "folder", "get", reference]);
        assert_eq!(got["resource_id"], prod_id.as_str(), "{reference}");
    }
    let table = ok(&emu.run(&["crdb", "folder", "get", "/team/prod"]));
    assert!(
        table.contains("PATH") && table.contains("/team/prod"),
        "{table}"
    );
    let yaml = ok(&emu.run(&["crdb", "folder", "get", "prod", "-o", "yaml"]));
    assert!(
        yaml.contains("path:\n- id: ") && yaml.contains("  name: team"),
        "{yaml}"
    );

    // The API's filter: the folder at that path.
    emu.server.clear_requests();
    let listed = emu.json(&["crdb", "folder", "list", "--path", "/team/prod"]);
    assert_eq!(listed.as_array().unwrap().len(), 1);
    assert_eq!(listed[0]["resource_id"], prod_id.as_str());
    assert!(
        emu.requests(FOLDERS)[0]
            .query
            .contains("path=%2Fteam%2Fprod"),
        "{:?}",
        emu.requests(FOLDERS)[0].query
    );
    let table = ok(&emu.run(&["crdb", "folder", "list", "--limit", "2"]));
    assert_eq!(table.lines().count(), 3, "{table}");
    let contents = emu.json(&["crdb", "folder", "contents", "/team"]);
    let mut names: Vec<&str> = contents
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["name"].as_str().unwrap())
        .collect();
    names.sort();
    assert_eq!(names, ["db", "prod", "staging"]);
    let top = ok(&emu.run(&["crdb", "folder", "contents", "/"]));
    assert!(top.contains("FOLDER") && top.contains("team"), "{top}");

    // Rename and move to the top.
    let moved = emu.json(&[
        "crdb",
        "folder",
        "update",
        "/team/prod",
        "--name",
        "production",
        "--parent",
        "/",
    ]);
    assert_eq!(moved["path"], json!([]));
    assert_eq!(moved["parent_id"], "root");
    let patch = writes(&emu, FOLDERS).pop().unwrap();
    assert_eq!(
        patch.body,
        Some(json!({"name": "production", "parent_id": "root"}))
    );
    let stored = collection(&emu, FOLDERS);
    assert_eq!(
        find(&stored, "resource_id", &prod_id).unwrap()["name"],
        "production"
    );

    // Two folders with one name: the name is ambiguous, the path is not.
    emu.json(&[
        "crdb",
        "folder",
        "create",
        "production",
        "--parent",
        "/team",
    ]);
    emu.server.clear_requests();
    let out = emu.run(&["crdb", "folder", "get", "production"]);
    assert_code(&out, 2);
    assert!(
        stderr_of(&out).contains("/team/production"),
        "{}",
        stderr_of(&out)
    );
    assert!(writes(&emu, "/api/v1").is_empty());
    assert_code(&emu.run(&["crdb", "folder", "get", "/nowhere"]), 3);

    refused(&emu, &["crdb", "folder", "create", "a/b"], "contains '/'");
    refused(
        &emu,
        &["crdb", "folder", "update", "/team"],
        "nothing to change",
    );
    refused(
        &emu,
        &["crdb", "folder", "get", "/"],
        "top of the folder tree",
    );
    refused(&emu, &["crdb", "folder", "delete", "/team"], "--yes");

    // A folder with something in it cannot go.
    let out = emu.run(&["crdb", "folder", "delete", "/team", "--yes"]);
    assert_code(&out, 5);
    assert!(find(&collection(&emu, FOLDERS), "resource_id", &team_id).is_some());
    let out = emu.run(&["crdb", "folder", "delete", "/team/db", "--yes"]);
    assert_eq!(ok(&out), "");
    assert!(stderr_of(&out).contains("Deleted folder /team/db"));
    assert!(find(&collection(&emu, FOLDERS), "name", "db").is_none());

    // Labels, on create and as a whole on update.
    let labeled = emu.json(&[
        "crdb",
        "folder",
        "create",
        "ops",
        "--label",
        "cost=42",
        "--label",
        "owner=ops",
    ]);
    assert_eq!(labeled["labels"], json!({"cost": "42", "owner": "ops"}));
    assert_eq!(
        writes(&emu, FOLDERS).pop().unwrap().body.unwrap(),
        json!({"name": "ops", "labels": {"cost": "42", "owner": "ops"}})
    );
    let relabeled = emu.json(&["crdb", "folder", "update", "/ops", "--label", "owner=sre"]);
    assert_eq!(relabeled["labels"], json!({"owner": "sre"}));
    let cleared = emu.json(&["crdb", "folder", "update", "/ops", "--clear-labels"]);
    assert_eq!(cleared["labels"], json!({}));
    assert_eq!(
        writes(&emu, FOLDERS).pop().unwrap().body.unwrap(),
        json!({"labels": {}})
    );
}
