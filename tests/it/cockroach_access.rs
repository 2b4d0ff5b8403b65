//! `dbcloud crdb ...` end to end against the emulator, for who may do what and what it cost: role grants (by
//! `name`), person users, invoices, the audit log (its actions and sources) and JWT issuers (audience, key set,
//! identity map); validation and confirmations that send nothing. The audit log's paging by time over more
//! than one page is scripted with wiremock.

use crate::cockroach_org::{
    AUDIT_LOG, INVOICES, JWT_ISSUERS, ROLES, collection, find, ok, refused, user_id, writes,
};
use crate::common::*;
use serde_json::{Value, json};

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
