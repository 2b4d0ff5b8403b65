//! `dbcloud crdb ...` organization-level commands end to end against the emulator: API keys (their secret shown
//! once or saved in a profile), service accounts, folders (by ID, path and name), role grants, users, invoices,
//! the audit log and JWT issuers; validation and confirmations that send nothing. The audit log's paging by time
//! over more than one page is scripted with wiremock.

use crate::common::*;
use serde_json::{Value, json};

const API_KEYS: &str = "/api/v1/api-keys";
const SERVICE_ACCOUNTS: &str = "/api/v1/service-accounts";
const FOLDERS: &str = "/api/v1/folders";
const ROLES: &str = "/api/v1/roles";
const INVOICES: &str = "/api/v1/invoices";
const AUDIT_LOG: &str = "/api/v1/auditlogevents";
const JWT_ISSUERS: &str = "/api/v1/jwt-issuers";

fn ok(out: &std::process::Output) -> String {
    assert_code(out, 0);
    stdout_of(out)
}

/// The emulator's view of a collection.
fn collection(emu: &Emu, path: &str) -> Vec<Value> {
    emu.server.state()["collections"][path]
        .as_array()
        .cloned()
        .unwrap_or_default()
}

fn find<'a>(items: &'a [Value], field: &str, value: &str) -> Option<&'a Value> {
    items.iter().find(|i| i[field] == value)
}

/// Requests other than GET whose path starts with `prefix`.
fn writes(emu: &Emu, prefix: &str) -> Vec<dbcloud_emulator::LoggedRequest> {
    emu.requests(prefix)
        .into_iter()
        .filter(|r| r.method != "GET")
        .collect()
}

/// Asserts a usage error (exit 2) naming `needle`, with no request sent at all.
fn refused(emu: &Emu, args: &[&str], needle: &str) {
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

fn user_id(emu: &Emu, email: &str) -> String {
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
    assert_eq!(answer["api_key"]["name"], "ci-2");
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
    assert_eq!(answer["api_key"]["name"], "ci");
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

// --- roles ---

#[test]
fn roles_set_grant_revoke_round_trip() {
    let emu = Emu::start();
    let cluster = emu.json(&[
        "crdb",
        "cluster",
        "create",
        "web",
        "--provider",
        "gcp",
        "--plan",
        "basic",
        "--region",
        "us-east1",
        "--wait",
    ]);
    let cluster_id = cluster["id"].as_str().unwrap().to_string();
    let folder = emu.json(&["crdb", "folder", "create", "team"]);
    let folder_id = folder["resource_id"].as_str().unwrap().to_string();
    let dev = user_id(&emu, "developer@example.com");
    let org = emu.json(&["crdb", "org", "get"])["id"]
        .as_str()
        .unwrap()
        .to_string();
    let stored_roles = |emu: &Emu| -> Value {
        find(&collection(emu, ROLES), "user_id", &dev)
            .map(|g| g["roles"].clone())
            .unwrap_or(Value::Null)
    };

    // By e-mail and by ID alike.
    let by_mail = emu.json(&["crdb", "role", "get", "developer@example.com"]);
    assert_eq!(by_mail, emu.json(&["crdb", "role", "get", &dev]));
    assert_eq!(by_mail[0]["name"], "ORG_MEMBER");

    // grant: a cluster by name (case-insensitive role and type), a folder by path.
    emu.server.clear_requests();
    let out = emu.run(&[
        "crdb",
        "role",
        "grant",
        "developer@example.com",
        "cluster_admin",
        "--resource-type",
        "cluster",
        "--resource-id",
        "web",
    ]);
    let table = ok(&out);
    assert!(
        table.contains("CLUSTER_ADMIN") && table.contains(&cluster_id),
        "{table}"
    );
    assert!(stderr_of(&out).contains("Granted CLUSTER_ADMIN on CLUSTER web"));
    let post = writes(&emu, ROLES).pop().unwrap();
    assert_eq!(post.method, "POST");
    assert_eq!(
        post.path,
        format!("{ROLES}/{dev}/CLUSTER/{cluster_id}/CLUSTER_ADMIN")
    );
    emu.json(&[
        "crdb",
        "role",
        "grant",
        &dev,
        "FOLDER_ADMIN",
        "--resource-type",
        "FOLDER",
        "--resource-id",
        "/team",
    ]);
    assert_eq!(
        stored_roles(&emu),
        json!([
            {"name": "ORG_MEMBER", "resource": {"type": "ORGANIZATION", "id": org}},
            {"name": "CLUSTER_ADMIN", "resource": {"type": "CLUSTER", "id": cluster_id}},
            {"name": "FOLDER_ADMIN", "resource": {"type": "FOLDER", "id": folder_id}},
        ])
    );

    // revoke asks first, then removes just that grant.
    let revoke = [
        "crdb",
        "role",
        "revoke",
        "developer@example.com",
        "CLUSTER_ADMIN",
        "--resource-type",
        "cluster",
        "--resource-id",
        &cluster_id,
    ];
    refused(&emu, &revoke, "--yes");
    let mut confirmed = revoke.to_vec();
    confirmed.push("--yes");
    let remaining = emu.json(&confirmed);
    assert_eq!(remaining.as_array().unwrap().len(), 2);
    let delete = writes(&emu, ROLES).pop().unwrap();
    assert_eq!(delete.method, "DELETE");
    assert_eq!(
        delete.path,
        format!("{ROLES}/{dev}/CLUSTER/{cluster_id}/CLUSTER_ADMIN")
    );
    assert_eq!(stored_roles(&emu).as_array().unwrap().len(), 2);
    // Revoking a role the user does not hold is the API's 404.
    assert_code(&emu.run(&confirmed), 3);

    // set replaces everything: asks first, sends the documented grant shape.
    let set = [
        "crdb",
        "role",
        "set",
        "developer@example.com",
        "--grant",
        "org_member",
        "--grant",
        "CLUSTER_DEVELOPER:cluster:web",
    ];
    refused(&emu, &set, "replace all roles");
    let mut confirmed = set.to_vec();
    confirmed.extend(["--yes", "-o", "yaml"]);
    let yaml = ok(&emu.run(&confirmed));
    assert!(yaml.contains("name: CLUSTER_DEVELOPER"), "{yaml}");
    let put = writes(&emu, ROLES).pop().unwrap();
    assert_eq!(put.method, "PUT");
    assert_eq!(put.path, format!("{ROLES}/{dev}"));
    // A grant's role is `name` (the current spec's BuiltInRole).
    let expected = json!([
        {"name": "ORG_MEMBER", "resource": {"type": "ORGANIZATION", "id": org}},
        {"name": "CLUSTER_DEVELOPER", "resource": {"type": "CLUSTER", "id": cluster_id}},
    ]);
    assert_eq!(put.body, Some(json!({ "roles": expected })));
    assert_eq!(stored_roles(&emu), expected);

    // list: one table row per grant; JSON per user as the API sent it.
    let table = ok(&emu.run(&["crdb", "role", "list"]));
    assert!(table.starts_with("USER"), "{table}");
    assert_eq!(table.lines().count(), 1 + 4, "{table}");
    assert!(table.contains("CLUSTER_DEVELOPER"), "{table}");
    let all = emu.json(&["crdb", "role", "list"]);
    let mine = find(all.as_array().unwrap(), "user_id", &dev).unwrap();
    assert_eq!(mine["roles"], expected);
    emu.server.clear_requests();
    assert_eq!(
        emu.json(&["crdb", "role", "list", "--limit", "1"])
            .as_array()
            .unwrap()
            .len(),
        1
    );
    assert!(emu.requests(ROLES)[0].query.contains("pagination.limit=1"));

    // Validation sends nothing.
    refused(
        &emu,
        &[
            "crdb",
            "role",
            "grant",
            &dev,
            "OWNER",
            "--resource-type",
            "cluster",
        ],
        "OWNER",
    );
    refused(
        &emu,
        &[
            "crdb",
            "role",
            "grant",
            &dev,
            "CLUSTER_ADMIN",
            "--resource-type",
            "team",
        ],
        "team",
    );
    refused(
        &emu,
        &[
            "crdb",
            "role",
            "grant",
            &dev,
            "CLUSTER_ADMIN",
            "--resource-type",
            "cluster",
        ],
        "--resource-id",
    );
    refused(
        &emu,
        &[
            "crdb",
            "role",
            "set",
            &dev,
            "--grant",
            "CLUSTER_ADMIN:CLUSTER",
            "--yes",
        ],
        "needs the cluster",
    );
    refused(&emu, &["crdb", "role", "get", "developer"], "e-mail");
    refused(&emu, &["crdb", "role", "set", &dev, "--yes"], "--grant");
    assert_code(&emu.run(&["crdb", "role", "get", "nobody@example.com"]), 3);
    assert_eq!(stored_roles(&emu), expected);
}

// --- users, invoices, the audit log ---

#[test]
fn users_invoices_and_the_audit_log() {
    let emu = Emu::start();
    let table = ok(&emu.run(&["crdb", "user", "find", "--email", "Admin@Example.com"]));
    assert!(table.starts_with("ID"), "{table}");
    assert!(table.contains("admin@example.com"), "{table}");
    let get = &emu.requests("/api/v1/users")[0];
    assert!(
        get.query.contains("email=Admin%40Example.com"),
        "{}",
        get.query
    );
    let out = emu.run(&["crdb", "user", "find", "--email", "nobody@example.com"]);
    assert_code(&out, 3);
    assert!(stderr_of(&out).contains("no user with e-mail nobody@example.com"));
    refused(
        &emu,
        &["crdb", "user", "find", "--email", "admin@"],
        "--email",
    );

    // Invoices as the current API has them: `invoice_id`, totals and balances per currency.
    let invoices = emu.json(&["crdb", "invoice", "list"]);
    assert_eq!(invoices.as_array().unwrap().len(), 3);
    let first = invoices[0]["invoice_id"].as_str().unwrap().to_string();
    assert_eq!(
        invoices[0]["totals"],
        json!([{"amount": 123.45, "currency": "USD"}])
    );
    let table = ok(&emu.run(&["crdb", "invoice", "list"]));
    assert!(
        table.contains("TOTAL") && table.contains("123.45 USD") && table.contains("BALANCE"),
        "{table}"
    );
    assert!(table.contains(&first), "{table}");
    emu.server.clear_requests();
    let drafts = emu.json(&["crdb", "invoice", "list", "--status", "draft"]);
    assert_eq!(drafts.as_array().unwrap().len(), 1);
    assert_eq!(drafts[0]["status"], "DRAFT");
    assert_eq!(emu.requests(INVOICES)[0].query, "status=DRAFT");
    let end = invoices[0]["period_end"].as_str().unwrap();
    let later = emu.json(&["crdb", "invoice", "list", "--start-time", end]);
    assert_eq!(later.as_array().unwrap().len(), 2);
    assert_eq!(
        emu.json(&["crdb", "invoice", "list", "--limit", "2"])
            .as_array()
            .unwrap()
            .len(),
        2
    );
    let yaml = ok(&emu.run(&["crdb", "invoice", "get", &first, "-o", "yaml"]));
    assert!(yaml.contains(&format!("invoice_id: {first}")), "{yaml}");
    assert_code(&emu.run(&["crdb", "invoice", "get", "in-404"]), 3);
    refused(
        &emu,
        &["crdb", "invoice", "list", "--status", "paid"],
        "paid",
    );

    // Writes land in the audit log, with the spec's actions and sources.
    for name in ["a", "b", "c"] {
        emu.json(&["crdb", "folder", "create", name]);
    }
    let log = emu.json(&["crdb", "audit-log", "list"]);
    let actions: Vec<&str> = log
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["action"].as_str().unwrap())
        .collect();
    assert_eq!(actions, ["AUDIT_LOG_ACTION_CREATE_FOLDER"; 3]);
    assert_eq!(log[0]["source"], "AUDIT_LOG_SOURCE_CC_API");
    emu.server.clear_requests();
    let newest = emu.json(&[
        "crdb",
        "audit-log",
        "list",
        "--sort-order",
        "desc",
        "--limit",
        "2",
    ]);
    assert_eq!(newest.as_array().unwrap().len(), 2);
    assert_eq!(newest[0]["created_at"], log[2]["created_at"]);
    let req = &emu.requests(AUDIT_LOG)[0];
    assert!(req.query.contains("sort_order=DESC"), "{}", req.query);
    assert!(req.query.contains("limit=2"), "{}", req.query);
    let after = log[0]["created_at"].as_str().unwrap();
    let later = emu.json(&["crdb", "audit-log", "list", "--starting-from", after]);
    assert!(later.as_array().unwrap().len() < 3, "{later}");
    let table = ok(&emu.run(&["crdb", "audit-log", "list"]));
    assert!(
        table.starts_with("TIME") && table.contains("CREATE_FOLDER"),
        "{table}"
    );
    // Who made the change: the service account of the emulator's key.
    assert!(table.contains("emulator"), "{table}");
    refused(
        &emu,
        &["crdb", "audit-log", "list", "--starting-from", "yesterday"],
        "RFC 3339",
    );
    refused(
        &emu,
        &["crdb", "audit-log", "list", "--sort-order", "newest"],
        "newest",
    );
}

// --- JWT issuers ---

#[test]
fn jwt_issuers_round_trip() {
    let emu = Emu::start();
    let jwks = emu.env.dir.path().join("jwks.json");
    std::fs::write(
        &jwks,
        r#"{"keys": [{"kty": "RSA", "kid": "k1", "n": "xyz", "e": "AQAB"}]}"#,
    )
    .unwrap();
    let out = emu.run(&[
        "crdb",
        "jwt-issuer",
        "add",
        "--issuer-url",
        "https://accounts.example.com",
        "--audience",
        "crdb-clusters",
        "--claim",
        "email",
        "--jwks-file",
        jwks.to_str().unwrap(),
        "--identity-map",
        "/^(.*)@example.com$=\\1@example.com",
    ]);
    let table = ok(&out);
    assert!(
        table.contains("AUDIENCE") && table.contains("crdb-clusters"),
        "{table}"
    );
    let stored = collection(&emu, JWT_ISSUERS);
    assert_eq!(stored.len(), 1);
    assert_eq!(stored[0]["issuer_url"], "https://accounts.example.com");
    let id = stored[0]["id"].as_str().unwrap().to_string();
    // The current shape: `audience` (required), the key set as a JSON string, the identity map.
    assert_eq!(
        writes(&emu, JWT_ISSUERS)[0].body,
        Some(
            json!({"issuer_url": "https://accounts.example.com", "audience": "crdb-clusters",
            "claim": "email",
            "jwks": r#"{"keys": [{"kty": "RSA", "kid": "k1", "n": "xyz", "e": "AQAB"}]}"#,
            "identity_map": [{"token_identity": "/^(.*)@example.com$", "cc_identity": "\\1@example.com"}]})
        )
    );
    // The same issuer twice is the API's conflict.
    let again = emu.run(&[
        "crdb",
        "jwt-issuer",
        "add",
        "--issuer-url",
        "https://accounts.example.com",
        "--audience",
        "other",
    ]);
    assert_code(&again, 5);

    assert_eq!(
        emu.json(&["crdb", "jwt-issuer", "list"])
            .as_array()
            .unwrap()
            .len(),
        1
    );
    let yaml = ok(&emu.run(&["crdb", "jwt-issuer", "get", &id, "-o", "yaml"]));
    assert!(yaml.contains("audience: crdb-clusters"), "{yaml}");
    let updated = emu.json(&["crdb", "jwt-issuer", "update", &id, "--audience", "crdb-2"]);
    assert_eq!(updated["audience"], "crdb-2");
    assert_eq!(updated["claim"], "email", "what is not given stays");
    assert_eq!(collection(&emu, JWT_ISSUERS)[0]["audience"], "crdb-2");
    assert_eq!(
        writes(&emu, JWT_ISSUERS).pop().unwrap().body,
        Some(json!({"audience": "crdb-2"}))
    );

    refused(
        &emu,
        &[
            "crdb",
            "jwt-issuer",
            "add",
            "--issuer-url",
            "accounts.example.com",
            "--audience",
            "a",
        ],
        "--issuer-url",
    );
    refused(
        &emu,
        &[
            "crdb",
            "jwt-issuer",
            "add",
            "--issuer-url",
            "https://a.example.com",
        ],
        "--audience",
    );
    refused(
        &emu,
        &[
            "crdb",
            "jwt-issuer",
            "add",
            "--issuer-url",
            "https://a.example.com",
            "--audience",
            "a",
            "--identity-map",
            "alice",
        ],
        "TOKEN_IDENTITY=CC_IDENTITY",
    );
    let broken = emu.env.dir.path().join("broken.json");
    std::fs::write(&broken, "{").unwrap();
    refused(
        &emu,
        &[
            "crdb",
            "jwt-issuer",
            "update",
            &id,
            "--jwks-file",
            broken.to_str().unwrap(),
        ],
        "not valid JSON",
    );
    refused(
        &emu,
        &["crdb", "jwt-issuer", "update", &id],
        "nothing to change",
    );
    refused(&emu, &["crdb", "jwt-issuer", "get", "first"], "not a UUID");
    refused(&emu, &["crdb", "jwt-issuer", "delete", &id], "--yes");

    let out = emu.run(&["crdb", "jwt-issuer", "delete", &id, "--yes"]);
    assert_eq!(ok(&out), "");
    assert!(stderr_of(&out).contains("Deleted JWT issuer https://accounts.example.com"));
    assert!(collection(&emu, JWT_ISSUERS).is_empty());
    assert_code(&emu.run(&["crdb", "jwt-issuer", "get", &id]), 3);
}

// --- the audit log over several pages, scripted ---

mod scripted {
    use super::*;
    use wiremock::matchers::{method, path, query_param, query_param_is_missing};
    use wiremock::{Mock, MockServer, ResponseTemplate};

    fn entries(from: usize, n: usize) -> Vec<Value> {
        (from..from + n)
            .map(|i| {
                json!({"id": format!("e{i}"), "action": "AUDIT_LOG_ACTION_CREATE_FOLDER",
                       "created_at": format!("2026-01-01T00:{:02}:{:02}Z", i / 60, i % 60)})
            })
            .collect()
    }

    #[tokio::test(flavor = "multi_thread")]
    async fn audit_log_pages_by_time() {
        let server = MockServer::start().await;
        // A full first page without a next time: the next page starts after its last entry.
        Mock::given(method("GET"))
            .and(path(AUDIT_LOG))
            .and(query_param_is_missing("starting_from"))
            .respond_with(
                ResponseTemplate::new(200).set_body_json(json!({"entries": entries(0, 1000)})),
            )
            .mount(&server)
            .await;
        let last = entries(999, 1)[0]["created_at"]
            .as_str()
            .unwrap()
            .to_string();
        Mock::given(method("GET"))
            .and(path(AUDIT_LOG))
            .and(query_param("starting_from", last.as_str()))
            .respond_with(ResponseTemplate::new(200).set_body_json(
                json!({"entries": entries(1000, 2), "next_starting_from": "2026-02-01T00:00:00Z"}),
            ))
            .mount(&server)
            .await;
        // The answer's next time is followed; a short page without one ends the list.
        Mock::given(method("GET"))
            .and(path(AUDIT_LOG))
            .and(query_param("starting_from", "2026-02-01T00:00:00Z"))
            .respond_with(
                ResponseTemplate::new(200).set_body_json(json!({"entries": entries(1002, 1)})),
            )
            .mount(&server)
            .await;

        let env = TestEnv::new();
        let out = env
            .cockroach(&server.uri())
            .args(["crdb", "audit-log", "list", "--json"])
            .output()
            .unwrap();
        let all: Value = serde_json::from_str(&ok(&out)).unwrap();
        assert_eq!(all.as_array().unwrap().len(), 1003);
        assert_eq!(all[1002]["id"], "e1002");
        let requests = server.received_requests().await.unwrap();
        assert_eq!(requests.len(), 3);
        assert!(
            requests[0].url.query().unwrap().contains("limit=1000"),
            "{}",
            requests[0].url
        );

        // --limit stops early: the second page asks only for what is missing.
        server.reset().await;
        Mock::given(method("GET"))
            .and(path(AUDIT_LOG))
            .and(query_param_is_missing("starting_from"))
            .and(query_param("limit", "1000"))
            .respond_with(
                ResponseTemplate::new(200).set_body_json(json!({"entries": entries(0, 1000)})),
            )
            .mount(&server)
            .await;
        Mock::given(method("GET"))
            .and(path(AUDIT_LOG))
            .and(query_param("starting_from", last.as_str()))
            .and(query_param("limit", "5"))
            .respond_with(
                ResponseTemplate::new(200).set_body_json(json!({"entries": entries(1000, 5)})),
            )
            .mount(&server)
            .await;
        let out = env
            .cockroach(&server.uri())
            .args(["crdb", "audit-log", "list", "--limit", "1005", "--json"])
            .output()
            .unwrap();
        let some: Value = serde_json::from_str(&ok(&out)).unwrap();
        assert_eq!(some.as_array().unwrap().len(), 1005);
        assert_eq!(server.received_requests().await.unwrap().len(), 2);
    }
}
