//! SCIM groups and their members, the discovery documents, and the ORG_ADMIN role.

use super::*;

#[test]
fn groups_members_names_and_duplicates() {
    let emu = Emu::start();
    let ada = new_user(&emu, "ada", "ada@example.com");
    let bob = new_user(&emu, "bob", "bob@example.com");
    let out = emu.run(&[
        "crdb",
        "scim",
        "group",
        "create",
        "--display-name",
        "eng",
        "--member",
        "ada",
        "--member",
        &bob,
        "--external-id",
        "G1",
    ]);
    let table = ok(&out);
    assert!(
        table.contains("MEMBERS") && table.contains("ada, bob"),
        "{table}"
    );
    assert_eq!(
        last(&emu, "POST", GROUPS).body.unwrap(),
        json!({"schemas": [GROUP_SCHEMA], "displayName": "eng", "externalId": "G1",
               "members": [{"value": ada}, {"value": bob}]})
    );
    let gid = stored_named(&emu, GROUPS, "displayName", "eng").unwrap()["id"]
        .as_str()
        .unwrap()
        .to_string();
    assert!(stderr_of(&out).contains(&format!("Created SCIM group eng ({gid}).")));

    let list = ok(&emu.run(&["crdb", "scim", "group", "list"]));
    let row: Vec<&str> = list.lines().nth(1).unwrap().split_whitespace().collect();
    assert_eq!(row, [gid.as_str(), "eng", "2", "G1"], "{list}");
    assert_eq!(
        emu.json(&["crdb", "scim", "group", "get", &gid])["displayName"],
        "eng"
    );
    let slim = emu.json(&[
        "crdb",
        "scim",
        "group",
        "get",
        "eng",
        "--excluded-attributes",
        "members",
    ]);
    assert!(
        slim.get("members").is_none() && slim["displayName"] == "eng",
        "{slim}"
    );
    assert_eq!(
        last(&emu, "POST", GROUPS).path,
        format!("{GROUPS}/{gid}/.search")
    );
    let found = emu.json(&[
        "crdb",
        "scim",
        "group",
        "search",
        "--filter",
        &format!("members.value eq \"{ada}\""),
    ]);
    assert_eq!(found[0]["id"], gid.as_str());

    // Members by name, after the --op operations.
    let updated = emu.json(&[
        "crdb",
        "scim",
        "group",
        "update",
        "eng",
        "--remove-member",
        "ada",
        "--op",
        "replace:displayName=engineering",
    ]);
    assert_eq!(updated["displayName"], "engineering");
    assert_eq!(updated["members"].as_array().unwrap().len(), 1);
    assert_eq!(
        last(&emu, "PATCH", GROUPS).body.unwrap()["Operations"],
        json!([{"op": "replace", "path": "displayName", "value": "engineering"},
               {"op": "remove", "path": format!("members[value eq \"{ada}\"]")}])
    );
    emu.json(&[
        "crdb",
        "scim",
        "group",
        "update",
        "engineering",
        "--add-member",
        "ada",
    ]);
    let members = &stored_named(&emu, GROUPS, "id", &gid).unwrap()["members"];
    assert_eq!(members, &json!([{"value": bob}, {"value": ada}]));
    fails(
        &emu,
        &[
            "crdb",
            "scim",
            "group",
            "update",
            "engineering",
            "--add-member",
            "carol",
        ],
        3,
        "carol",
    );

    // replace: members become exactly the ones given.
    emu.json(&[
        "crdb",
        "scim",
        "group",
        "replace",
        "engineering",
        "--display-name",
        "platform",
        "--member",
        "bob",
    ]);
    let g = stored_named(&emu, GROUPS, "id", &gid).unwrap();
    assert_eq!(
        (g["displayName"].clone(), g["members"].clone()),
        (json!("platform"), json!([{"value": bob}]))
    );
    assert!(
        g.get("externalId").is_none(),
        "PUT clears what it leaves out: {g}"
    );
    // The example's member does not exist here: the server says which.
    fails(
        &emu,
        &[
            "crdb",
            "scim",
            "group",
            "replace",
            "platform",
            "--file",
            example("scim-group.yaml").to_str().unwrap(),
        ],
        1,
        "members[0].value",
    );

    // Two groups of one name: the ID is needed.
    emu.json(&["crdb", "scim", "group", "create", "--display-name", "twin"]);
    emu.json(&["crdb", "scim", "group", "create", "--display-name", "twin"]);
    fails(
        &emu,
        &["crdb", "scim", "group", "get", "twin"],
        2,
        "2 SCIM groups are named 'twin'; use the ID",
    );
    fails(
        &emu,
        &["crdb", "scim", "group", "delete", "twin", "--yes"],
        2,
        "use the ID",
    );
    fails(
        &emu,
        &["crdb", "scim", "group", "get", "nothing"],
        3,
        "no SCIM group with ID or displayName 'nothing'",
    );

    // Deleting a group leaves its users.
    let out = emu.run(&["crdb", "scim", "group", "delete", "platform", "--yes"]);
    assert_code(&out, 0);
    assert!(stderr_of(&out).contains(&format!("Deleted SCIM group platform ({gid}).")));
    assert!(stored_named(&emu, GROUPS, "id", &gid).is_none());
    assert_eq!(stored(&emu, USERS).len(), 2);
}

#[test]
fn discovery_documents() {
    let emu = Emu::start();
    let types = ok(&emu.run(&["crdb", "scim", "resource-type", "list"]));
    assert!(
        types.contains("ENDPOINT") && types.contains("/Groups"),
        "{types}"
    );
    let yaml = ok(&emu.run(&["crdb", "scim", "resource-type", "get", "User", "-o", "yaml"]));
    assert!(yaml.contains("endpoint: /Users"), "{yaml}");
    let slim = emu.json(&[
        "crdb",
        "scim",
        "resource-type",
        "list",
        "--excluded-attributes",
        "description",
    ]);
    assert!(slim[0].get("description").is_none(), "{slim}");
    assert!(
        last(&emu, "GET", "/api/scim/v2/ResourceTypes")
            .query
            .contains("excludedAttributes=description")
    );
    fails(
        &emu,
        &["crdb", "scim", "resource-type", "get", "Widget"],
        3,
        "Widget",
    );

    let schemas = ok(&emu.run(&["crdb", "scim", "schema", "list"]));
    assert!(
        schemas.contains(USER_SCHEMA) && schemas.contains("userName, name"),
        "{schemas}"
    );
    let names = ok(&emu.run(&[
        "crdb",
        "scim",
        "schema",
        "get",
        GROUP_SCHEMA,
        "--jq",
        ".attributes[].name",
    ]));
    assert_eq!(names, "displayName\nexternalId\nmembers\n");
    fails(
        &emu,
        &["crdb", "scim", "schema", "get", "urn:nothing"],
        3,
        "not found",
    );

    let config = ok(&emu.run(&["crdb", "scim", "config"]));
    assert!(
        config.contains("FILTER") && config.contains("yes (at most 100 results)"),
        "{config}"
    );
    assert!(config.contains("OAuth Bearer Token"), "{config}");
    assert_eq!(
        emu.json(&["crdb", "scim", "config"])["bulk"]["supported"],
        false
    );
}

#[test]
fn without_org_admin_the_error_names_the_role() {
    let emu = Emu::start();
    // The service account of the emulator's key loses ORG_ADMIN.
    let keys = emu.json(&["crdb", "api-key", "list"]);
    let account = keys[0]["service_account_id"].as_str().unwrap().to_string();
    let out = emu.run(&[
        "crdb",
        "role",
        "revoke",
        &account,
        "ORG_ADMIN",
        "--resource-type",
        "organization",
        "--yes",
    ]);
    assert_code(&out, 0);

    let out = emu.run(&["crdb", "scim", "user", "list"]);
    assert_code(&out, 4);
    let err = stderr_of(&out);
    assert!(
        err.contains("ORG_ADMIN") && err.contains("HTTP 403"),
        "{err}"
    );
    assert!(err.contains("hint: SCIM users and groups need an API key whose service account holds the ORG_ADMIN role"), "{err}");
    let out = emu.run(&[
        "crdb",
        "scim",
        "group",
        "create",
        "--display-name",
        "x",
        "-o",
        "json",
    ]);
    assert_code(&out, 4);
    let e: Value = serde_json::from_str(stderr_of(&out).trim()).unwrap();
    assert_eq!(e["error"]["code"], "unauthenticated");
    assert!(
        e["error"]["hint"]
            .as_str()
            .unwrap()
            .contains("dbcloud crdb role grant")
    );
    assert!(stored(&emu, GROUPS).is_empty());
    // Discovery is for any key of the organization.
    assert_code(&emu.run(&["crdb", "scim", "config"]), 0);
}
