//! SCIM users: lists, reads, creates, replaces, PATCH, deletes, and input refused before anything is sent.

use super::*;

#[test]
fn users_list_get_create_and_replace() {
    let emu = Emu::start();
    let created = emu.json(&[
        "crdb",
        "scim",
        "user",
        "create",
        "--email",
        "ada@example.com",
        "--email",
        "ada@home.org",
        "--given-name",
        "Ada",
        "--family-name",
        "Lovelace",
        "--active",
        "no",
        "--external-id",
        "E1",
    ]);
    assert_eq!(
        last(&emu, "POST", USERS).body.unwrap(),
        json!({"schemas": [USER_SCHEMA], "name": {"givenName": "Ada", "familyName": "Lovelace"},
               "emails": [{"value": "ada@example.com", "primary": true}, {"value": "ada@home.org"}],
               "active": false, "externalId": "E1"})
    );
    // The server named the user after the primary address.
    assert_eq!(created["userName"], "ada@example.com");
    let ada = created["id"].as_str().unwrap().to_string();
    let bob = new_user(&emu, "bob", "bob@example.com");

    // table, json, yaml, --jq, --columns
    let table = ok(&emu.run(&["crdb", "scim", "user", "list"]));
    let header = table.lines().next().unwrap();
    assert!(
        header.starts_with("ID") && header.contains("USER NAME") && header.contains("EMAIL"),
        "{table}"
    );
    assert!(
        table.contains("Ada Lovelace") && table.contains("bob@example.com"),
        "{table}"
    );
    assert_eq!(
        emu.json(&["crdb", "scim", "user", "list"])
            .as_array()
            .unwrap()
            .len(),
        2
    );
    let yaml = ok(&emu.run(&["crdb", "scim", "user", "list", "-o", "yaml"]));
    assert!(yaml.contains("userName: bob"), "{yaml}");
    let names = ok(&emu.run(&["crdb", "scim", "user", "list", "--jq", ".[].userName"]));
    assert_eq!(names, "ada@example.com\nbob\n");
    let cols = ok(&emu.run(&[
        "crdb",
        "scim",
        "user",
        "list",
        "--columns",
        "userName,active",
    ]));
    let rows: Vec<Vec<&str>> = cols
        .lines()
        .map(|l| l.split_whitespace().collect())
        .collect();
    assert_eq!(
        rows,
        [
            ["USERNAME", "ACTIVE"],
            ["ada@example.com", "false"],
            ["bob", "true"]
        ],
        "{cols}"
    );

    // --filter, --attributes, paging.
    let inactive = emu.json(&[
        "crdb",
        "scim",
        "user",
        "list",
        "--filter",
        "active eq false",
    ]);
    assert_eq!(inactive[0]["id"], ada.as_str());
    assert_eq!(inactive.as_array().unwrap().len(), 1);
    assert!(
        last(&emu, "GET", USERS)
            .query
            .contains("filter=active+eq+false")
    );
    let slim = emu.json(&["crdb", "scim", "user", "list", "--attributes", "userName"]);
    assert!(
        slim[0].get("emails").is_none() && slim[0]["userName"] == "ada@example.com",
        "{slim}"
    );
    emu.server.clear_requests();
    let paged = emu.json(&["crdb", "scim", "user", "list", "--count", "1"]);
    assert_eq!(paged.as_array().unwrap().len(), 2);
    let queries: Vec<String> = emu
        .requests(USERS)
        .iter()
        .map(|r| r.query.clone())
        .collect();
    assert_eq!(queries, ["startIndex=1&count=1", "startIndex=2&count=1"]);
    emu.server.clear_requests();
    let first = emu.json(&["crdb", "scim", "user", "list", "--limit", "1"]);
    assert_eq!(first.as_array().unwrap().len(), 1);
    assert_eq!(emu.requests(USERS).len(), 1);
    assert_eq!(emu.requests(USERS)[0].query, "startIndex=1&count=1");
    let from_two = emu.json(&["crdb", "scim", "user", "list", "--start-index", "2"]);
    assert_eq!(from_two[0]["userName"], "bob");
    assert_eq!(from_two.as_array().unwrap().len(), 1);

    // get: by ID, by userName; with --attributes through the .search form.
    let got = ok(&emu.run(&["crdb", "scim", "user", "get", "ada@example.com"]));
    assert!(
        got.contains(&ada) && got.contains("ada@example.com, ada@home.org"),
        "{got}"
    );
    assert_eq!(
        emu.json(&["crdb", "scim", "user", "get", &bob])["userName"],
        "bob"
    );
    let picked = emu.json(&[
        "crdb",
        "scim",
        "user",
        "get",
        "bob",
        "--attributes",
        "userName,active",
    ]);
    assert!(
        picked.get("emails").is_none() && picked["active"] == true,
        "{picked}"
    );
    let search = last(&emu, "POST", USERS);
    assert_eq!(search.path, format!("{USERS}/{bob}/.search"));
    assert_eq!(search.body, Some(json!({"attributes": "userName,active"})));
    assert!(
        emu.requests(USERS).iter().all(|r| r.method != "PUT"),
        "the POST form worked"
    );

    // replace: from flags (the whole user) and from a file.
    let replaced = emu.json(&[
        "crdb",
        "scim",
        "user",
        "replace",
        "bob",
        "--user-name",
        "bob",
        "--email",
        "bob@new.example.com",
        "--display-name",
        "Bobby",
    ]);
    assert_eq!(replaced["displayName"], "Bobby");
    let stored_bob = stored_named(&emu, USERS, "userName", "bob").unwrap();
    assert_eq!(
        stored_bob["emails"],
        json!([{"value": "bob@new.example.com", "primary": true}])
    );
    assert_eq!(last(&emu, "PUT", USERS).path, format!("{USERS}/{bob}"));
    let from_file = ok(&emu.run(&[
        "crdb",
        "scim",
        "user",
        "replace",
        &ada,
        "--file",
        example("scim-user.yaml").to_str().unwrap(),
    ]));
    assert!(from_file.contains("Ada Lovelace"), "{from_file}");
    let stored_ada = stored_named(&emu, USERS, "id", &ada).unwrap();
    assert_eq!(stored_ada["externalId"], "00u1ada");
    assert_eq!(stored_ada["emails"].as_array().unwrap().len(), 1);

    // The server's refusals.
    fails(
        &emu,
        &[
            "crdb",
            "scim",
            "user",
            "create",
            "--email",
            "x@example.com",
            "--user-name",
            "BOB",
        ],
        5,
        "already taken",
    );
    fails(
        &emu,
        &[
            "crdb",
            "scim",
            "user",
            "list",
            "--filter",
            "userName likes \"b\"",
        ],
        1,
        "likes",
    );
}

#[test]
fn users_update_and_delete() {
    let emu = Emu::start();
    let ada = new_user(&emu, "ada", "ada@example.com");
    new_user(&emu, "bob", "bob@example.com");
    let out = emu.run(&[
        "crdb",
        "scim",
        "user",
        "update",
        "ada",
        "--op",
        "replace:active=false",
        "--op",
        "add:name.givenName=Augusta",
        "--op",
        r#"replace:externalId="42""#,
    ]);
    let table = ok(&out);
    assert!(table.contains("Augusta"), "{table}");
    assert!(stderr_of(&out).contains(&format!("Updated SCIM user ada ({ada}).")));
    assert_eq!(
        last(&emu, "PATCH", USERS).body.unwrap(),
        json!({"schemas": [PATCH_OP], "Operations": [
            {"op": "replace", "path": "active", "value": false},
            {"op": "add", "path": "name.givenName", "value": "Augusta"},
            {"op": "replace", "path": "externalId", "value": "42"}]})
    );
    let stored_ada = stored_named(&emu, USERS, "id", &ada).unwrap();
    assert_eq!(stored_ada["active"], false);
    assert_eq!(stored_ada["externalId"], "42");
    fails(
        &emu,
        &[
            "crdb",
            "scim",
            "user",
            "update",
            "ada",
            "--op",
            "replace:userName=bob",
        ],
        5,
        "already taken",
    );
    fails(
        &emu,
        &[
            "crdb",
            "scim",
            "user",
            "update",
            "ada",
            "--op",
            "move:active",
        ],
        1,
        "not one of add, remove, replace",
    );
    fails(
        &emu,
        &[
            "crdb",
            "scim",
            "user",
            "update",
            "ada",
            "--op",
            "replace:id=x",
        ],
        1,
        "read-only",
    );

    // Unknown users: exit 3, by name or by ID.
    let ghost = "0f5e0e7c-55f3-4c5e-9a7a-3c1d4c0c9b1e";
    fails(
        &emu,
        &["crdb", "scim", "user", "get", "nobody"],
        3,
        "no SCIM user with ID or userName 'nobody'",
    );
    fails(
        &emu,
        &["crdb", "scim", "user", "get", ghost],
        3,
        "not found",
    );
    fails(
        &emu,
        &[
            "crdb",
            "scim",
            "user",
            "update",
            ghost,
            "--op",
            "replace:active=true",
        ],
        3,
        "not found",
    );
    fails(
        &emu,
        &["crdb", "scim", "user", "delete", "nobody", "--yes"],
        3,
        "nobody",
    );

    // A delete asks first; without a terminal it needs --yes.
    refused(&emu, &["crdb", "scim", "user", "delete", &ada], "--yes");
    assert_eq!(stored(&emu, USERS).len(), 2);
    let out = emu.run(&["crdb", "scim", "user", "delete", &ada, "--yes", "--json"]);
    assert_eq!(ok(&out).trim(), "{}");
    assert_eq!(last(&emu, "DELETE", USERS).path, format!("{USERS}/{ada}"));
    assert_eq!(stored(&emu, USERS).len(), 1);
    fails(
        &emu,
        &["crdb", "scim", "user", "delete", &ada, "--yes"],
        3,
        "not found",
    );
}

#[test]
fn bad_input_sends_nothing() {
    let emu = Emu::start();
    let id = "0f5e0e7c-55f3-4c5e-9a7a-3c1d4c0c9b1e";
    let dir = emu.env.dir.path();
    let unknown = dir.join("unknown.yaml");
    std::fs::write(
        &unknown,
        "emails:\n  - value: a@example.com\nnickName: ada\n",
    )
    .unwrap();
    let wrong = dir.join("wrong.json");
    std::fs::write(&wrong, r#"{"emails": "a@example.com"}"#).unwrap();
    let group = dir.join("group.yaml");
    std::fs::write(&group, "members:\n  - value: 1\n").unwrap();
    let (unknown, wrong, group) = (
        unknown.to_str().unwrap(),
        wrong.to_str().unwrap(),
        group.to_str().unwrap(),
    );
    for (args, needle) in [
        (vec!["user", "create"], "--email"),
        (
            vec!["user", "create", "--email", "nope"],
            "not an e-mail address",
        ),
        (
            vec![
                "user",
                "create",
                "--file",
                unknown,
                "--email",
                "a@example.com",
            ],
            "cannot be used with",
        ),
        (
            vec!["user", "create", "--file", unknown],
            "nickName: unknown field",
        ),
        (vec!["user", "create", "--file", wrong], "emails"),
        (
            vec!["user", "create", "--file", "missing.yaml"],
            "cannot read it",
        ),
        (
            vec![
                "user",
                "create",
                "--email",
                "a@example.com",
                "--active",
                "maybe",
            ],
            "--active",
        ),
        (vec!["user", "replace", id], "--email"),
        (vec!["user", "replace", id, "--file", wrong], "emails"),
        (vec!["user", "update", id], "--op"),
        (
            vec!["user", "update", id, "--op", ":active=true"],
            "does not start with an operation",
        ),
        (
            vec!["user", "update", id, "--op", "replace-active"],
            "OP:PATH",
        ),
        (vec!["user", "get", " "], "must not be empty"),
        (vec!["user", "list", "--filter", " "], "must not be empty"),
        (
            vec!["user", "list", "--attributes", "user name"],
            "not a SCIM attribute name",
        ),
        (vec!["user", "list", "--count", "0"], "--count"),
        (
            vec!["user", "list", "--start-index", "many"],
            "--start-index",
        ),
        (vec!["user", "list", "--limit", "0"], "--limit"),
        (vec!["user", "search"], "--filter"),
        (vec!["group", "create"], "--display-name"),
        (vec!["group", "create", "--file", group], "displayName"),
        (vec!["group", "create", "--file", group], "members[0].value"),
        (vec!["group", "update", id], "--op"),
        (vec!["group", "delete", id], "--yes"),
        (vec!["resource-type", "get", "a b"], "no spaces"),
    ] {
        let mut all = vec!["crdb", "scim"];
        all.extend(args);
        refused(&emu, &all, needle);
    }
}
