//! `dbcloud ch role` end to end: the organization's system and custom roles, their permissions, and the
//! members and keys they are assigned to.

use crate::clickhouse::{ch, ch_json, collection, org, sent};
use crate::common::*;
use serde_json::{Value, json};

fn role(emu: &Emu, name: &str) -> Option<Value> {
    collection(emu, "roles").into_iter().find(|r| {
        r["name"]
            .as_str()
            .is_some_and(|n| n.eq_ignore_ascii_case(name))
    })
}

fn role_names_of(item: &Value) -> Vec<String> {
    item["assignedRoles"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|r| r["roleName"].as_str().map(str::to_string))
        .collect()
}

fn member(emu: &Emu, email: &str) -> Value {
    collection(emu, "members")
        .into_iter()
        .find(|m| m["email"] == email)
        .unwrap()
}

fn key(emu: &Emu) -> Value {
    collection(emu, "keys").into_iter().next().unwrap()
}

#[test]
fn a_custom_role_from_creation_to_deletion() {
    let emu = Emu::start();
    let org = org(&emu);
    let out = ch(&emu, &["role", "list"]);
    assert_code(&out, 0);
    let table = stdout_of(&out);
    assert!(table.starts_with("NAME"), "{table}");
    for name in [
        "Admin",
        "Billing Admin",
        "Service Read Only",
        "Query Endpoints",
    ] {
        assert!(table.contains(name), "{table}");
    }
    let shown = ch_json(&emu, &["role", "get", "service admin"]);
    assert_eq!(shown["name"], "Service Admin");
    assert_eq!(shown["type"], "system");

    let developer = member(&emu, "developer@example.com");
    let developer_id = developer["userId"].as_str().unwrap().to_string();
    let key_id = key(&emu)["id"].as_str().unwrap().to_string();
    let out = ch(
        &emu,
        &[
            "role",
            "create",
            "--name",
            "Auditors",
            "--permission",
            "control-plane:organization:view",
            "--member",
            "Developer@Example.com",
            "--key",
            "emulator",
            "-o",
            "yaml",
        ],
    );
    assert_code(&out, 0);
    assert!(
        stderr_of(&out).contains("Created role Auditors ("),
        "{}",
        stderr_of(&out)
    );
    let created: Value = serde_norway::from_str(&stdout_of(&out)).unwrap();
    assert_eq!(created["type"], "custom");
    let actors = json!([format!("user/{developer_id}"), format!("apiKey/{key_id}")]);
    let mut shown: Vec<&str> = created["actors"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(Value::as_str)
        .collect();
    shown.sort();
    assert_eq!(
        shown,
        [format!("apiKey/{key_id}"), format!("user/{developer_id}")]
    );
    assert_eq!(
        sent(&emu, "POST", "/roles")[0].body.as_ref().unwrap(),
        &json!({"name": "Auditors", "actors": actors, "policies": [{"allowDeny": "ALLOW",
                "permissions": ["control-plane:organization:view"], "resources": [format!("organization/{org}")]}]})
    );
    // The members and keys named have the role now.
    assert!(
        role_names_of(&member(&emu, "developer@example.com")).contains(&"Auditors".to_string())
    );
    assert!(role_names_of(&key(&emu)).contains(&"Auditors".to_string()));

    // A service permission goes to a policy on every service; the member loses the role; a new name.
    let updated = ch_json(
        &emu,
        &[
            "role",
            "update",
            "auditors",
            "--add-permission",
            "control-plane:service:view",
            "--add-permission",
            "control-plane:organization:view-billing",
            "--remove-member",
            "developer@example.com",
            "--name",
            "Readers",
        ],
    );
    assert_eq!(updated["name"], "Readers");
    let patch = sent(
        &emu,
        "PATCH",
        &format!("/roles/{}", created["id"].as_str().unwrap()),
    );
    assert_eq!(
        patch[0].body.as_ref().unwrap(),
        &json!({"name": "Readers", "actors": [format!("apiKey/{key_id}")], "policies": [
            {"allowDeny": "ALLOW", "permissions": ["control-plane:organization:view",
             "control-plane:organization:view-billing"], "resources": [format!("organization/{org}")]},
            {"allowDeny": "ALLOW", "permissions": ["control-plane:service:view"], "resources": ["instance/*"]}]})
    );
    assert!(
        !role_names_of(&member(&emu, "developer@example.com")).contains(&"Readers".to_string())
    );
    assert!(role_names_of(&key(&emu)).contains(&"Readers".to_string()));
    let detail = stdout_of(&ch(&emu, &["role", "get", "readers"]));
    assert!(
        detail.contains("control-plane:organization:view, control-plane:organization:view-billing, control-plane:service:view"),
        "{detail}"
    );
    let names = stdout_of(&ch(
        &emu,
        &[
            "role",
            "list",
            "--jq",
            ".[] | select(.type == \"custom\") | .name",
        ],
    ));
    assert_eq!(names, "Readers\n");
    let columns = stdout_of(&ch(
        &emu,
        &["role", "list", "--columns", "name,type", "--limit", "2"],
    ));
    assert_eq!(columns.lines().count(), 3, "{columns}");
    assert!(columns.starts_with("NAME"), "{columns}");

    let out = ch(&emu, &["role", "delete", "Readers", "--yes"]);
    assert_code(&out, 0);
    assert!(role(&emu, "Readers").is_none());
    assert!(!role_names_of(&key(&emu)).contains(&"Readers".to_string()));
}

#[test]
fn a_role_from_a_file() {
    let emu = Emu::start();
    let example = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/examples/role.yaml");
    let created = ch_json(
        &emu,
        &["role", "create", "--file", example.to_str().unwrap()],
    );
    assert_eq!(created["name"], "Analysts");
    assert_eq!(
        created["policies"][1]["tags"]["roleV2"],
        "sql-console-readonly"
    );
    assert_eq!(created["policies"][2]["allowDeny"], "DENY");
    // An update from stdin replaces the fields it gives.
    let out = emu.run_stdin(
        &["ch", "role", "update", "analysts", "--file", "-", "--json"],
        "{\"name\": \"Analysts EU\"}",
    );
    assert_code(&out, 0);
    assert_eq!(
        role(&emu, "Analysts EU").unwrap()["policies"]
            .as_array()
            .unwrap()
            .len(),
        3
    );

    // A document that is not what the API takes: exit 2 naming the field, nothing sent.
    let bad = emu.env.dir.path().join("bad.yaml");
    std::fs::write(&bad, "name: x\nactors: []\npolicies:\n  - allowDeny: MAYBE\n    permissions: []\n    resources: []\n").unwrap();
    let out = ch(&emu, &["role", "create", "--file", bad.to_str().unwrap()]);
    assert_code(&out, 2);
    assert!(
        stderr_of(&out).contains("policies[0].allowDeny"),
        "{}",
        stderr_of(&out)
    );
    assert_eq!(sent(&emu, "POST", "/roles").len(), 1);
}

#[test]
fn bad_roles_are_refused() {
    let emu = Emu::start();
    // Nothing to allow or deny: refused before anything is sent.
    let out = ch(&emu, &["role", "create", "--name", "Empty"]);
    assert_code(&out, 2);
    assert!(
        stderr_of(&out).contains("--permission"),
        "{}",
        stderr_of(&out)
    );
    let out = ch(
        &emu,
        &["role", "create", "--name", "X", "--permission", "a b"],
    );
    assert_code(&out, 2);
    // An unknown member: exit 3, nothing created.
    let out = ch(
        &emu,
        &[
            "role",
            "create",
            "--name",
            "X",
            "--permission",
            "control-plane:service:view",
            "--member",
            "nobody@example.com",
        ],
    );
    assert_code(&out, 3);
    assert!(sent(&emu, "POST", "/roles").is_empty());
    // The API refuses a permission ClickHouse Cloud does not have, and the hint names the flag.
    let out = ch(
        &emu,
        &[
            "role",
            "create",
            "--name",
            "X",
            "--permission",
            "control-plane:everything",
        ],
    );
    assert_code(&out, 1);
    let err = stderr_of(&out);
    assert!(
        err.contains("control-plane:everything") && err.contains("--permission"),
        "{err}"
    );
    assert!(role(&emu, "X").is_none());
    // Nor is a role that is not there found.
    assert_code(&ch(&emu, &["role", "get", "nosuch"]), 3);
    assert_code(&ch(&emu, &["role", "delete", "nosuch", "--yes"]), 3);

    // System roles cannot be changed or deleted: the API says so.
    let out = ch(&emu, &["role", "delete", "Admin", "--yes"]);
    assert_code(&out, 1);
    assert!(
        stderr_of(&out).contains("System roles cannot be deleted"),
        "{}",
        stderr_of(&out)
    );
    let out = ch(
        &emu,
        &[
            "role",
            "update",
            "developer",
            "--add-permission",
            "control-plane:service:manage",
        ],
    );
    assert_code(&out, 1);
    assert!(
        stderr_of(&out).contains("System roles cannot be updated"),
        "{}",
        stderr_of(&out)
    );
    assert!(role(&emu, "Admin").is_some());
    assert_eq!(
        role(&emu, "Developer").unwrap()["policies"][0]["permissions"],
        json!([
            "control-plane:organization:view",
            "control-plane:service:view"
        ])
    );

    // Removing what a role does not have, or deleting without --yes: exit 2, nothing sent.
    let ops = ch_json(
        &emu,
        &[
            "role",
            "create",
            "--name",
            "Ops",
            "--permission",
            "control-plane:service:view",
        ],
    );
    let ops = format!("/roles/{}", ops["id"].as_str().unwrap());
    let out = ch(
        &emu,
        &[
            "role",
            "update",
            "ops",
            "--remove-permission",
            "control-plane:service:manage",
        ],
    );
    assert_code(&out, 2);
    assert!(
        stderr_of(&out).contains("its permissions: control-plane:service:view"),
        "{}",
        stderr_of(&out)
    );
    let out = ch(&emu, &["role", "delete", "ops"]);
    assert_code(&out, 2);
    assert!(stderr_of(&out).contains("--yes"), "{}", stderr_of(&out));
    assert!(sent(&emu, "PATCH", &ops).is_empty() && sent(&emu, "DELETE", &ops).is_empty());
    assert!(role(&emu, "Ops").is_some());
}
