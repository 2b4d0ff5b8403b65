//! `dbcloud ch` beyond services, end to end: organizations, backups, API keys, members, invitations, roles
//! and activities.

use crate::clickhouse::{ch, ch_json, collection, org, sent, with_services};
use crate::common::*;
use serde_json::{Value, json};

/// The ID of the organization's role with this name, from the emulator's state.
fn role_id(emu: &Emu, name: &str) -> String {
    collection(emu, "roles")
        .iter()
        .find(|r| r["name"] == name)
        .and_then(|r| r["id"].as_str())
        .unwrap_or_else(|| panic!("no role {name}"))
        .to_string()
}

#[test]
fn organizations_can_be_read_renamed_and_given_private_endpoints() {
    let emu = Emu::start();
    let id = org(&emu);
    let list = ch_json(&emu, &["org", "list"]);
    assert_eq!(list[0]["id"], id.as_str());
    let yaml: Value =
        serde_norway::from_str(&stdout_of(&ch(&emu, &["org", "get", "-o", "yaml"]))).unwrap();
    assert_eq!(yaml, list[0]);

    let updated = ch_json(
        &emu,
        &[
            "org",
            "update",
            "--name",
            "Acme",
            "--add-private-endpoint",
            "vpce-0123,AWS,us-east-1,office VPC",
        ],
    );
    assert_eq!(updated["name"], "Acme");
    assert_eq!(
        updated["privateEndpoints"],
        json!([{"id": "vpce-0123", "description": "office VPC", "cloudProvider": "aws", "region": "us-east-1"}])
    );
    let state = &emu.server.state()["collections"]["/v1/organizations"][0];
    assert_eq!(state["name"], "Acme");

    let table = stdout_of(&ch(&emu, &["org", "get", &id]));
    assert!(table.contains("vpce-0123 (aws us-east-1)"), "{table}");

    let removed = ch_json(
        &emu,
        &[
            "org",
            "update",
            &id,
            "--remove-private-endpoint",
            "vpce-0123",
        ],
    );
    assert_eq!(removed["privateEndpoints"], json!([]));
    let patch = sent(&emu, "PATCH", &id).pop().unwrap();
    assert_eq!(
        patch.body.unwrap(),
        json!({"privateEndpoints": {"remove": [{"id": "vpce-0123", "description": "office VPC", "cloudProvider": "aws", "region": "us-east-1"}]}})
    );
    let out = ch(
        &emu,
        &["org", "update", "--remove-private-endpoint", "vpce-0123"],
    );
    assert_code(&out, 3);
    assert_eq!(sent(&emu, "PATCH", &id).len(), 2);

    let config = ch_json(
        &emu,
        &[
            "org",
            "private-endpoint-config",
            "--cloud-provider",
            "gcp",
            "--region",
            "us-east1",
        ],
    );
    assert!(
        config["endpointServiceId"]
            .as_str()
            .unwrap()
            .contains("us-east1")
    );
    let req = sent(&emu, "GET", "/privateEndpointConfig").pop().unwrap();
    assert_eq!(req.query, "cloud_provider=gcp&region_id=us-east1");
    // Deprecated by the API: it still works, with a note naming what replaces it.
    let out = ch(
        &emu,
        &[
            "org",
            "private-endpoint-config",
            "--cloud-provider",
            "aws",
            "--region",
            "ca-central-1",
        ],
    );
    assert_code(&out, 0);
    let notes: Vec<String> = stderr_of(&out)
        .lines()
        .filter(|l| l.contains("deprecated"))
        .map(str::to_string)
        .collect();
    assert_eq!(notes.len(), 1, "{}", stderr_of(&out));
    assert!(
        notes[0].contains("service private-endpoint-config"),
        "{notes:?}"
    );
}

#[test]
fn backups_of_a_service() {
    let emu = with_services(1);
    let list = ch_json(&emu, &["backup", "list", "--service", "seed-service-0001"]);
    assert_eq!(list.as_array().unwrap().len(), 1);
    assert_eq!(list[0]["status"], "done");
    let backup = list[0]["id"].as_str().unwrap();
    let got = ch_json(
        &emu,
        &["backup", "get", backup, "--service", "seed-service-0001"],
    );
    assert_eq!(got, list[0]);
    let table = stdout_of(&ch(&emu, &["backup", "list", "-s", "seed-service-0001"]));
    assert!(
        table.contains("STATUS") && table.contains(backup),
        "{table}"
    );

    let out = ch(
        &emu,
        &[
            "backup",
            "get",
            "3c9d0d4e-7a61-4f0e-9f52-5b1e8a0c2d11",
            "--service",
            "seed-service-0001",
        ],
    );
    assert_code(&out, 3);
    let out = ch(&emu, &["backup", "list", "--service", "nope"]);
    assert_code(&out, 3);
}

#[test]
fn keys_can_be_created_read_changed_and_deleted() {
    let emu = Emu::start();
    let created = ch_json(
        &emu,
        &[
            "key",
            "create",
            "--name",
            "ci",
            "--role",
            "Developer",
            "--expires-at",
            "2030-01-01T00:00:00Z",
        ],
    );
    let developer = role_id(&emu, "Developer");
    assert_eq!(created["name"], "ci");
    assert_eq!(
        created["assignedRoles"],
        json!([{"roleId": developer, "roleName": "Developer", "roleType": "system"}])
    );
    assert!(created["keyId"].is_string() && created["keySecret"].is_string());
    let id = created["id"].as_str().unwrap().to_string();
    // Roles v2: the role's ID, not the deprecated legacy name.
    assert_eq!(
        sent(&emu, "POST", "/keys")[0].body.as_ref().unwrap(),
        &json!({"name": "ci", "assignedRoleIds": [developer], "expireAt": "2030-01-01T00:00:00Z"})
    );

    // The new key works.
    let key_id = created["keyId"].as_str().unwrap();
    let key_secret = created["keySecret"].as_str().unwrap();
    let out = emu
        .cmd()
        .env("CLICKHOUSE_CLOUD_API_KEY", key_id)
        .env("CLICKHOUSE_CLOUD_API_SECRET", key_secret)
        .args(["ch", "org", "list", "--json"])
        .output()
        .unwrap();
    assert_code(&out, 0);

    // A table shows the ID and secret once, with a warning.
    let out = ch(
        &emu,
        &[
            "key",
            "create",
            "--name",
            "ops",
            "--role",
            "admin",
            "--disabled",
        ],
    );
    assert_code(&out, 0);
    let table = stdout_of(&out);
    assert!(
        table.contains("KEY ID") && table.contains("KEY SECRET") && table.contains("disabled"),
        "{table}"
    );
    assert!(
        table.contains("ROLES") && table.contains("Admin"),
        "{table}"
    );
    assert!(stderr_of(&out).contains("cannot be read again"));

    let got = ch_json(&emu, &["key", "get", "ci"]);
    assert_eq!(got["id"], id.as_str());
    assert!(got.get("keySecret").is_none());

    let updated = ch_json(
        &emu,
        &[
            "key",
            "update",
            "ci",
            "--disable",
            "--role",
            "admin",
            "--name",
            "ci-old",
        ],
    );
    assert_eq!(updated["state"], "disabled");
    assert_eq!(updated["assignedRoles"][0]["roleName"], "Admin");
    assert_eq!(updated["name"], "ci-old");
    assert_eq!(
        sent(&emu, "PATCH", &id)[0].body.as_ref().unwrap(),
        &json!({"name": "ci-old", "assignedRoleIds": [role_id(&emu, "Admin")], "state": "disabled"})
    );
    // Disabled, it no longer works.
    let out = emu
        .cmd()
        .env("CLICKHOUSE_CLOUD_API_KEY", key_id)
        .env("CLICKHOUSE_CLOUD_API_SECRET", key_secret)
        .args(["ch", "org", "list"])
        .output()
        .unwrap();
    assert_code(&out, 4);

    let list = ch_json(&emu, &["key", "list"]);
    assert_eq!(list.as_array().unwrap().len(), 3);
    let out = ch(&emu, &["key", "delete", "ci-old", "--yes"]);
    assert_code(&out, 0);
    assert_eq!(sent(&emu, "DELETE", &id).len(), 1);
    assert!(
        collection(&emu, "keys")
            .iter()
            .all(|k| k["id"] != id.as_str())
    );
    let out = ch(&emu, &["key", "delete", "ci-old", "--yes"]);
    assert_code(&out, 3);
    let out = ch(&emu, &["key", "get", &id]);
    assert_code(&out, 3);
}

#[test]
fn a_new_key_can_be_saved_as_a_profile_without_printing_it() {
    let emu = Emu::start();
    let out = ch(
        &emu,
        &[
            "key",
            "create",
            "--name",
            "ci",
            "--role",
            "admin",
            "--save-as-profile",
            "ci",
            "--json",
        ],
    );
    assert_code(&out, 0);
    let shown: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(shown["name"], "ci");
    assert!(shown.get("keyId").is_none() && shown.get("keySecret").is_none());

    let config = std::fs::read_to_string(emu.env.config_path()).unwrap();
    let parsed: toml::Table = toml::from_str(&config).unwrap();
    let saved = &parsed["profiles"]["ci"]["clickhouse"];
    let secret = saved["key_secret"].as_str().unwrap();
    assert!(!stdout_of(&out).contains(secret) && !stderr_of(&out).contains(secret));
    assert_eq!(saved["organization"].as_str().unwrap(), org(&emu));
    assert_eq!(saved["api_url"].as_str().unwrap(), emu.server.url());

    // The profile alone (no credentials in the environment) works.
    let out = emu
        .env
        .cmd()
        .args(["--profile", "ci", "ch", "key", "list", "--json"])
        .output()
        .unwrap();
    assert_code(&out, 0);
    let keys: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(keys.as_array().unwrap().iter().any(|k| k["name"] == "ci"));

    // A profile that holds credentials is never overwritten; nothing is created.
    let out = ch(
        &emu,
        &[
            "key",
            "create",
            "--name",
            "ci2",
            "--role",
            "admin",
            "--save-as-profile",
            "ci",
        ],
    );
    assert_code(&out, 2);
    assert!(stderr_of(&out).contains("--save-as-profile"));
    assert_eq!(sent(&emu, "POST", "/keys").len(), 1);
    assert_eq!(
        std::fs::read_to_string(emu.env.config_path()).unwrap(),
        config
    );
}

#[test]
fn members_by_id_or_email() {
    let emu = Emu::start();
    let list = ch_json(&emu, &["member", "list"]);
    assert_eq!(list.as_array().unwrap().len(), 2);
    let developer = list
        .as_array()
        .unwrap()
        .iter()
        .find(|m| m["email"] == "developer@example.com")
        .unwrap()["userId"]
        .as_str()
        .unwrap()
        .to_string();
    let by_email = ch_json(&emu, &["member", "get", "Developer@Example.com"]);
    assert_eq!(by_email["userId"], developer.as_str());
    let table = stdout_of(&ch(&emu, &["member", "list"]));
    assert!(table.contains("EMAIL") && table.contains("developer@example.com"));

    assert!(
        table.contains("ROLES") && table.contains("Developer"),
        "{table}"
    );

    let out = ch(&emu, &["member", "update", &developer, "--role", "ADMIN"]);
    assert_code(&out, 0);
    assert!(
        stderr_of(&out).contains("now has the roles: Admin."),
        "{}",
        stderr_of(&out)
    );
    let updated = ch_json(&emu, &["member", "get", &developer]);
    assert_eq!(updated["assignedRoles"][0]["roleName"], "Admin");
    assert_eq!(
        sent(&emu, "PATCH", &developer)[0].body.as_ref().unwrap(),
        &json!({"assignedRoleIds": [role_id(&emu, "Admin")]})
    );

    let out = ch(
        &emu,
        &["member", "remove", "developer@example.com", "--yes"],
    );
    assert_code(&out, 0);
    assert_eq!(collection(&emu, "members").len(), 1);
    // The last admin cannot go: the API's 409 is exit 5.
    let out = ch(
        &emu,
        &[
            "member",
            "update",
            "admin@example.com",
            "--role",
            "developer",
        ],
    );
    assert_code(&out, 5);
    let out = ch(&emu, &["member", "get", "nobody@example.com"]);
    assert_code(&out, 3);
}

#[test]
fn invitations_can_be_sent_read_and_withdrawn() {
    let emu = Emu::start();
    let created = ch_json(
        &emu,
        &[
            "invitation",
            "create",
            "--email",
            "Ada@Example.com",
            "--role",
            "developer",
        ],
    );
    assert_eq!(created["email"], "ada@example.com");
    assert_eq!(created["assignedRoles"][0]["roleName"], "Developer");
    let id = created["id"].as_str().unwrap().to_string();
    assert_eq!(
        sent(&emu, "POST", "/invitations")[0].body.as_ref().unwrap(),
        &json!({"email": "Ada@Example.com", "assignedRoleIds": [role_id(&emu, "Developer")]})
    );

    let out = ch(
        &emu,
        &[
            "invitation",
            "create",
            "--email",
            "ada@example.com",
            "--role",
            "admin",
        ],
    );
    assert_code(&out, 5);

    assert_eq!(ch_json(&emu, &["invitation", "list"])[0]["id"], id.as_str());
    assert_eq!(
        ch_json(&emu, &["invitation", "get", "ada@example.com"])["id"],
        id.as_str()
    );
    assert_eq!(
        ch_json(&emu, &["invitation", "get", &id])["email"],
        "ada@example.com"
    );
    let yaml = stdout_of(&ch(&emu, &["invitation", "list", "-o", "yaml"]));
    assert!(yaml.contains("email: ada@example.com"), "{yaml}");
    let table = stdout_of(&ch(&emu, &["invitation", "list"]));
    assert!(
        table.contains("ROLES") && table.contains("Developer"),
        "{table}"
    );

    let out = ch(&emu, &["invitation", "delete", "ada@example.com", "--yes"]);
    assert_code(&out, 0);
    assert_eq!(sent(&emu, "DELETE", &id).len(), 1);
    assert!(collection(&emu, "invitations").is_empty());
    let out = ch(&emu, &["invitation", "get", &id]);
    assert_code(&out, 3);
}

#[test]
fn activities_can_be_listed_between_times_and_read() {
    let emu = Emu::start();
    ch_json(
        &emu,
        &[
            "invitation",
            "create",
            "--email",
            "ada@example.com",
            "--role",
            "developer",
        ],
    );
    ch_json(&emu, &["org", "update", "--name", "Acme"]);
    let all = ch_json(&emu, &["activity", "list"]);
    let types: Vec<&str> = all
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|a| a["type"].as_str())
        .collect();
    assert!(types.contains(&"organization_invite_create"), "{types:?}");
    assert!(types.contains(&"organization_update_name"), "{types:?}");

    let future = ch_json(
        &emu,
        &["activity", "list", "--from", "2999-01-01T00:00:00Z"],
    );
    assert_eq!(future, json!([]));
    let req = sent(&emu, "GET", "/activities").pop().unwrap();
    assert_eq!(req.query, "from_date=2999-01-01T00%3A00%3A00Z");
    // Dates are whole days (UTC); offsets are applied; both are sent as the spec's date-time, in UTC.
    let today = &all[0]["createdAt"].as_str().unwrap()[..10];
    let of_today = ch_json(&emu, &["activity", "list", "--from", today, "--to", today]);
    assert_eq!(of_today, all);
    let req = sent(&emu, "GET", "/activities").pop().unwrap();
    assert_eq!(
        req.query,
        format!("from_date={today}T00%3A00%3A00Z&to_date={today}T23%3A59%3A59.999Z")
    );
    ch_json(
        &emu,
        &["activity", "list", "--to", "2026-11-01T10:00:00+02:00"],
    );
    let req = sent(&emu, "GET", "/activities").pop().unwrap();
    assert_eq!(req.query, "to_date=2026-11-01T08%3A00%3A00Z");
    let before_today = ch_json(&emu, &["activity", "list", "--to", "2000-01-01"]);
    assert_eq!(before_today, json!([]));
    let until_past = ch_json(
        &emu,
        &[
            "activity",
            "list",
            "--from",
            "2000-01-01T00:00:00+01:00",
            "--to",
            "2000-01-02T00:00:00Z",
        ],
    );
    assert_eq!(until_past, json!([]));
    let limited = ch_json(&emu, &["activity", "list", "--limit", "1"]);
    assert_eq!(limited.as_array().unwrap().len(), 1);

    let id = all[0]["id"].as_str().unwrap();
    let got = ch_json(&emu, &["activity", "get", id]);
    assert_eq!(got, all[0]);
    let table = stdout_of(&ch(&emu, &["activity", "list"]));
    assert!(
        table.contains("TYPE") && table.contains("organization_invite_create"),
        "{table}"
    );
    let out = ch(&emu, &["activity", "get", "no-such-activity"]);
    assert_code(&out, 3);
}

#[test]
fn roles_are_given_by_id_or_name_and_sent_as_assigned_role_ids() {
    let emu = Emu::start();
    let (admin, developer) = (role_id(&emu, "Admin"), role_id(&emu, "Developer"));
    // A custom role, made through the API.
    let out = emu
        .cmd()
        .args([
            "api",
            "ch",
            "POST",
            &format!("/v1/organizations/{}/roles", org(&emu)),
            "--data",
            r#"{"name": "Auditors", "actors": [], "policies": []}"#,
        ])
        .output()
        .unwrap();
    assert_code(&out, 0);
    let auditors = role_id(&emu, "Auditors");

    // By ID: used as is, no look-up.
    let before = emu.requests("/").len();
    let key = ch_json(
        &emu,
        &[
            "key",
            "create",
            "--name",
            "by-id",
            "--role",
            &auditors.to_uppercase(),
        ],
    );
    let requests = emu.requests("/");
    assert!(
        requests[before..]
            .iter()
            .all(|r| !r.path.ends_with("/roles")),
        "no role look-up for an ID"
    );
    assert_eq!(
        sent(&emu, "POST", "/keys")[0].body.as_ref().unwrap(),
        &json!({"name": "by-id", "assignedRoleIds": [auditors]})
    );
    assert_eq!(key["assignedRoles"][0]["roleName"], "Auditors");
    // By name, case-insensitively, mixed with an ID; each role once; one look-up for all names.
    let before = emu.requests("/").len();
    ch_json(
        &emu,
        &[
            "key",
            "update",
            "by-id",
            "--role",
            "auditors",
            "--role",
            "DEVELOPER",
            "--role",
            &developer,
        ],
    );
    let lookups = emu.requests("/")[before..]
        .iter()
        .filter(|r| r.path.ends_with("/roles"))
        .count();
    assert_eq!(lookups, 1);
    let last_patch = |collection: &str| {
        emu.requests("/v1/")
            .into_iter()
            .rfind(|r| r.method == "PATCH" && r.path.contains(collection))
            .and_then(|r| r.body)
            .unwrap()
    };
    let patch = last_patch("/keys/");
    assert_eq!(patch, json!({"assignedRoleIds": [auditors, developer]}));
    let table = stdout_of(&ch(&emu, &["key", "get", "by-id"]));
    assert!(table.contains("Auditors, Developer"), "{table}");

    ch_json(
        &emu,
        &[
            "member",
            "update",
            "developer@example.com",
            "--role",
            "Auditors",
        ],
    );
    assert_eq!(
        last_patch("/members/"),
        json!({"assignedRoleIds": [auditors]})
    );
    ch_json(
        &emu,
        &[
            "invitation",
            "create",
            "--email",
            "ada@example.com",
            "--role",
            &admin,
            "--role",
            "auditors",
        ],
    );
    assert_eq!(
        sent(&emu, "POST", "/invitations")
            .pop()
            .unwrap()
            .body
            .unwrap(),
        json!({"email": "ada@example.com", "assignedRoleIds": [admin, auditors]})
    );

    // An unknown name: exit 2 listing the roles there are, and nothing changed.
    let writes_before = emu
        .requests("/")
        .iter()
        .filter(|r| r.method != "GET")
        .count();
    for args in [
        vec!["key", "create", "--name", "k", "--role", "Owner"],
        vec!["key", "update", "by-id", "--role", "owner"],
        vec![
            "member",
            "update",
            "developer@example.com",
            "--role",
            "Root",
        ],
        vec![
            "invitation",
            "create",
            "--email",
            "bob@example.com",
            "--role",
            "Admin",
            "--role",
            "Boss",
        ],
    ] {
        let out = ch(&emu, &args);
        assert_code(&out, 2);
        let err = stderr_of(&out);
        assert!(
            err.contains("--role") && err.contains("Admin") && err.contains("Auditors"),
            "{args:?}: {err}"
        );
    }
    let writes_after = emu
        .requests("/")
        .iter()
        .filter(|r| r.method != "GET")
        .count();
    assert_eq!(writes_before, writes_after);
    // An ID the organization does not have: the API's 400 (exit 1).
    let out = ch(
        &emu,
        &[
            "key",
            "update",
            "by-id",
            "--role",
            "0f5e0e7c-55f3-4c5e-9a7a-3c1d4c0c9b1e",
        ],
    );
    assert_code(&out, 1);
    assert!(
        stderr_of(&out).contains("assignedRoleIds"),
        "{}",
        stderr_of(&out)
    );
}
