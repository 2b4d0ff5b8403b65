//! `dbcloud crdb scim ...` end to end against the emulator: users and groups by ID or exact name, lists with
//! filters and paging, the `.search` forms, documents from --file, PATCH operations from --op, deletes that
//! ask first, the discovery documents, bad input that sends nothing, and the 403 that names ORG_ADMIN. The
//! deprecated PUT `.search` fallback and a server whose pages cannot be followed are scripted with wiremock.

use std::path::PathBuf;

use crate::common::*;
use serde_json::{Value, json};

mod groups;
mod scripted;
mod users;

pub const USERS: &str = "/api/scim/v2/Users";
pub const GROUPS: &str = "/api/scim/v2/Groups";
pub const USER_SCHEMA: &str = "urn:ietf:params:scim:schemas:core:2.0:User";
pub const GROUP_SCHEMA: &str = "urn:ietf:params:scim:schemas:core:2.0:Group";
pub const PATCH_OP: &str = "urn:ietf:params:scim:api:messages:2.0:PatchOp";

pub fn ok(out: &std::process::Output) -> String {
    assert_code(out, 0);
    stdout_of(out)
}

/// The emulator's view of a SCIM collection.
pub fn stored(emu: &Emu, path: &str) -> Vec<Value> {
    emu.server.state()["collections"][path]
        .as_array()
        .cloned()
        .unwrap_or_default()
}

pub fn stored_named(emu: &Emu, path: &str, field: &str, name: &str) -> Option<Value> {
    stored(emu, path).into_iter().find(|u| u[field] == name)
}

/// Asserts a usage error (exit 2) naming `needle`, with no request sent at all.
pub fn refused(emu: &Emu, args: &[&str], needle: &str) {
    emu.server.clear_requests();
    let out = emu.run(args);
    assert_code(&out, 2);
    assert!(
        stderr_of(&out).contains(needle),
        "{args:?}: expected '{needle}' in: {}",
        stderr_of(&out)
    );
    assert!(
        emu.requests("/api").is_empty(),
        "{args:?} sent {:?}",
        emu.requests("/api")
            .iter()
            .map(|r| format!("{} {}", r.method, r.path))
            .collect::<Vec<_>>()
    );
}

/// Asserts exit `code` and `needle` on stderr.
pub fn fails(emu: &Emu, args: &[&str], code: i32, needle: &str) {
    let out = emu.run(args);
    assert_code(&out, code);
    assert!(
        stderr_of(&out).contains(needle),
        "{args:?}: expected '{needle}' in: {}",
        stderr_of(&out)
    );
}

pub fn new_user(emu: &Emu, user_name: &str, email: &str) -> String {
    emu.json(&[
        "crdb",
        "scim",
        "user",
        "create",
        "--user-name",
        user_name,
        "--email",
        email,
    ])["id"]
        .as_str()
        .unwrap()
        .to_string()
}

pub fn example(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("docs")
        .join("examples")
        .join(name)
}

pub fn last(emu: &Emu, method: &str, prefix: &str) -> dbcloud_emulator::LoggedRequest {
    emu.requests(prefix)
        .into_iter()
        .rfind(|r| r.method == method)
        .unwrap_or_else(|| panic!("no {method} {prefix}"))
}

#[test]
fn examples_are_valid_documents() {
    for (file, operation) in [
        ("scim-user.yaml", "CockroachCloud_CreateUser"),
        ("scim-user.yaml", "CockroachCloud_UpdateUser"),
        ("scim-group.yaml", "CockroachCloud_CreateGroup"),
        ("scim-group.yaml", "CockroachCloud_UpdateGroup"),
    ] {
        let path = example(file);
        let text = std::fs::read_to_string(&path).unwrap();
        let doc = dbcloud::document::parse(file, &text).unwrap();
        dbcloud::document::check(
            dbcloud::provider::Provider::Cockroach,
            operation,
            file,
            &doc,
        )
        .unwrap_or_else(|e| panic!("{file} as {operation}: {e}"));
    }
}

/// The journey: a user from a file joins a group through `update --op`, is found by a filter, and is deleted.
#[test]
fn journey_from_file_to_group_to_search_to_delete() {
    let emu = Emu::start();
    let file = emu.env.dir.path().join("grace.yaml");
    std::fs::write(
        &file,
        "userName: grace\nname:\n  givenName: Grace\n  familyName: Hopper\nemails:\n  - value: grace@example.com\n    primary: true\nexternalId: g-1\n",
    )
    .unwrap();
    let out = emu.run(&[
        "crdb",
        "scim",
        "user",
        "create",
        "--file",
        file.to_str().unwrap(),
    ]);
    let table = ok(&out);
    assert!(
        table.contains("USER NAME") && table.contains("grace"),
        "{table}"
    );
    assert!(table.contains("Grace Hopper"), "{table}");
    let user = stored_named(&emu, USERS, "userName", "grace").expect("created in the emulator");
    let uid = user["id"].as_str().unwrap().to_string();
    assert_eq!(user["externalId"], "g-1");
    assert!(
        stderr_of(&out).contains(&format!("Created SCIM user grace ({uid}).")),
        "{}",
        stderr_of(&out)
    );
    // The document was sent with the schema it left out.
    let post = last(&emu, "POST", USERS);
    assert_eq!(post.body.unwrap()["schemas"], json!([USER_SCHEMA]));

    // A group, which the user joins through a PATCH operation.
    let group = emu.json(&[
        "crdb",
        "scim",
        "group",
        "create",
        "--display-name",
        "compilers",
    ]);
    let gid = group["id"].as_str().unwrap().to_string();
    let op = format!(r#"add:members=[{{"value":"{uid}"}}]"#);
    let updated = emu.json(&["crdb", "scim", "group", "update", "compilers", "--op", &op]);
    assert_eq!(updated["members"][0]["value"], uid.as_str());
    assert_eq!(updated["members"][0]["display"], "grace");
    let patch = last(&emu, "PATCH", GROUPS);
    assert_eq!(patch.path, format!("{GROUPS}/{gid}"));
    assert_eq!(
        patch.body.unwrap(),
        json!({"schemas": [PATCH_OP], "Operations": [{"op": "add", "path": "members", "value": [{"value": uid}]}]})
    );
    assert_eq!(stored(&emu, GROUPS)[0]["members"], json!([{"value": uid}]));

    // Found by a filter, with the group it is in.
    let filter = r#"name.givenName eq "Grace" and emails.value co "example""#;
    let found = emu.json(&["crdb", "scim", "user", "search", "--filter", filter]);
    assert_eq!(found.as_array().unwrap().len(), 1, "{found}");
    assert_eq!(found[0]["groups"][0]["display"], "compilers");
    let search = last(&emu, "POST", USERS);
    assert_eq!(search.path, format!("{USERS}/.search"));
    assert_eq!(search.body.unwrap()["filter"], filter);
    let none = ok(&emu.run(&[
        "crdb",
        "scim",
        "user",
        "search",
        "--filter",
        "active eq false",
    ]));
    assert!(none.is_empty(), "{none}");

    // Deleted: gone from the emulator and from the group.
    let out = emu.run(&["crdb", "scim", "user", "delete", "grace", "--yes"]);
    assert_code(&out, 0);
    assert!(
        stderr_of(&out).contains(&format!("Deleted SCIM user grace ({uid}).")),
        "{}",
        stderr_of(&out)
    );
    assert!(stored(&emu, USERS).is_empty());
    assert_eq!(stored(&emu, GROUPS)[0]["members"], json!([]));
    fails(
        &emu,
        &["crdb", "scim", "user", "get", "grace"],
        3,
        "no SCIM user with ID or userName 'grace'",
    );
}
