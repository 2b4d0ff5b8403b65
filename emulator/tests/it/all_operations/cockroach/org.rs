//! The organization's operations: service accounts (created with their roles), API keys, role
//! grants by `name`, person users, invoices, the audit log and JWT issuers.

use serde_json::{Value, json};

use super::super::Run;
use super::field_of;

const ACCOUNTS: &str = "/api/v1/service-accounts";
const ACCOUNT: &str = "/api/v1/service-accounts/{id}";
const KEYS: &str = "/api/v1/api-keys";
const KEY: &str = "/api/v1/api-keys/{id}";
const GRANT: &str = "/api/v1/roles/{user_id}/{resource_type}/{resource_id}/{role_name}";
const ISSUERS: &str = "/api/v1/jwt-issuers";
const ISSUER: &str = "/api/v1/jwt-issuers/{id}";

fn role(name: &str, kind: &str, id: &str) -> Value {
    json!({"name": name, "resource": {"type": kind, "id": id}})
}

pub async fn accounts_keys_and_roles(run: &mut Run, cluster: &str, folder: &str) {
    let org = run
        .crdb("GET", "/api/v1/organization", "/api/v1/organization", None)
        .await["id"]
        .as_str()
        .unwrap()
        .to_string();

    // Service accounts, created with their roles.
    let seeded = run.crdb("GET", ACCOUNTS, ACCOUNTS, None).await;
    let emulator = seeded["service_accounts"]
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["name"] == "emulator")
        .unwrap_or_else(|| panic!("the account of the emulator's key: {seeded}"));
    assert_eq!(
        emulator["roles"],
        json!([role("ORG_ADMIN", "ORGANIZATION", &org)])
    );
    let account = run
        .crdb(
            "POST",
            ACCOUNTS,
            ACCOUNTS,
            Some(json!({"name": "ci", "description": "CI", "roles": [
                {"name": "CLUSTER_ADMIN", "resource": {"type": "CLUSTER", "id": cluster}}]})),
        )
        .await;
    assert_eq!(account["name"], "ci");
    assert_eq!(account["creator_name"], "emulator");
    assert_eq!(
        account["roles"],
        json!([role("CLUSTER_ADMIN", "CLUSTER", cluster)])
    );
    assert_eq!(account["group_roles"], json!([]));
    let said = account["id"].as_str().unwrap().to_string();
    let sap = format!("{ACCOUNTS}/{said}");
    let got = run.crdb("GET", ACCOUNT, &sap, None).await;
    assert_eq!(got["description"], "CI");
    let updated = run
        .crdb(
            "PATCH",
            ACCOUNT,
            &sap,
            Some(json!({"description": "CI runner"})),
        )
        .await;
    assert_eq!(updated["description"], "CI runner");
    assert_eq!(updated["name"], "ci", "the name stays");
    assert_eq!(updated["roles"], account["roles"]);

    // API keys of that account: the secret is answered once.
    let of_account = format!("{KEYS}?service_account_id={said}");
    let none = run.crdb("GET", KEYS, &of_account, None).await;
    assert_eq!(none["api_keys"], json!([]));
    let key = run
        .crdb(
            "POST",
            KEYS,
            KEYS,
            Some(json!({"name": "ci-key", "service_account_id": said})),
        )
        .await;
    let kid = key["api_key"]["id"].as_str().unwrap().to_string();
    assert!(
        key["secret"]
            .as_str()
            .is_some_and(|s| s.starts_with(&format!("CCDB1_{kid}_"))),
        "{key}"
    );
    assert_eq!(key["api_key"]["service_account_id"], said.as_str());
    let kp = format!("{KEYS}/{kid}");
    let got = run.crdb("GET", KEY, &kp, None).await;
    assert_eq!(got["name"], "ci-key");
    assert!(got.get("secret").is_none(), "{got}");
    let renamed = run
        .crdb("PATCH", KEY, &kp, Some(json!({"name": "ci-key-2"})))
        .await;
    assert_eq!(renamed["name"], "ci-key-2");
    let listed = run.crdb("GET", KEYS, &of_account, None).await;
    assert_eq!(field_of(&listed, "api_keys", "name"), ["ci-key-2"]);
    let deleted = run.crdb("DELETE", KEY, &kp, None).await;
    assert_eq!(deleted["id"], kid.as_str());
    let none = run.crdb("GET", KEYS, &of_account, None).await;
    assert_eq!(none["api_keys"], json!([]));

    // People are found by e-mail.
    let persons = run
        .crdb(
            "GET",
            "/api/v1/users/persons-by-email",
            "/api/v1/users/persons-by-email?email=Developer@Example.com",
            None,
        )
        .await;
    assert_eq!(persons["user"]["email"], "developer@example.com");
    assert!(persons["user"]["id"].is_string(), "{persons}");

    // The account's roles: listed among the organization's grants, set, granted one by one, revoked.
    let grants = run
        .crdb("GET", "/api/v1/roles", "/api/v1/roles", None)
        .await;
    let account_grants = grants["grants"]
        .as_array()
        .unwrap()
        .iter()
        .find(|g| g["user_id"] == said.as_str())
        .unwrap_or_else(|| panic!("no grants of the account: {grants}"));
    let cluster_admin = role("CLUSTER_ADMIN", "CLUSTER", cluster);
    assert_eq!(account_grants["roles"], json!([cluster_admin]));
    let user_roles = "/api/v1/roles/{user_id}";
    let up = format!("/api/v1/roles/{said}");
    let current = run.crdb("GET", user_roles, &up, None).await;
    assert_eq!(
        current,
        json!({"roles": [cluster_admin], "group_roles": []})
    );
    let set = run
        .crdb(
            "PUT",
            user_roles,
            &up,
            Some(json!({"roles": [
                {"name": "ORG_MEMBER", "resource": {"type": "ORGANIZATION"}},
                {"name": "FOLDER_ADMIN", "resource": {"type": "FOLDER", "id": folder}}]})),
        )
        .await;
    let member = role("ORG_MEMBER", "ORGANIZATION", &org);
    let folder_admin = role("FOLDER_ADMIN", "FOLDER", folder);
    assert_eq!(
        set["roles"],
        json!([member, folder_admin]),
        "the roles set replace the account's; the organization's ID is filled in"
    );
    let gp = format!("/api/v1/roles/{said}/CLUSTER/{cluster}/CLUSTER_MONITOR");
    let granted = run.crdb("POST", GRANT, &gp, None).await;
    let monitor = role("CLUSTER_MONITOR", "CLUSTER", cluster);
    assert_eq!(granted["roles"], json!([member, folder_admin, monitor]));
    assert_eq!(granted["group_roles"], json!([]));
    let revoked = run.crdb("DELETE", GRANT, &gp, None).await;
    assert_eq!(revoked["roles"], json!([member, folder_admin]));
    assert_eq!(run.crdb("GET", user_roles, &up, None).await, revoked);
    let account_now = run.crdb("GET", ACCOUNT, &sap, None).await;
    assert_eq!(
        account_now["roles"], revoked["roles"],
        "an account shows its roles"
    );

    // Deleting the service account revokes its keys and grants.
    let key = run
        .crdb(
            "POST",
            KEYS,
            KEYS,
            Some(json!({"name": "ci-key-3", "service_account_id": said})),
        )
        .await;
    let deleted = run.crdb("DELETE", ACCOUNT, &sap, None).await;
    assert_eq!(deleted["id"], said.as_str());
    assert_eq!(deleted["description"], "CI runner");
    let left = run.crdb("GET", ACCOUNTS, ACCOUNTS, None).await;
    assert!(
        !field_of(&left, "service_accounts", "id").contains(&json!(said)),
        "{left}"
    );
    let keys = run.crdb("GET", KEYS, KEYS, None).await;
    assert!(
        !field_of(&keys, "api_keys", "id").contains(&key["api_key"]["id"]),
        "the account's keys go with it: {keys}"
    );
    let grants = run
        .crdb("GET", "/api/v1/roles", "/api/v1/roles", None)
        .await;
    assert!(
        !field_of(&grants, "grants", "user_id").contains(&json!(said)),
        "and its grants: {grants}"
    );
}

pub async fn billing_audit_and_jwt(run: &mut Run) {
    let invoices = run
        .crdb(
            "GET",
            "/api/v1/invoices",
            "/api/v1/invoices?status=FINALIZED",
            None,
        )
        .await;
    assert_eq!(
        field_of(&invoices, "invoices", "status"),
        ["FINALIZED", "FINALIZED"]
    );
    let first = &invoices["invoices"][0];
    let inv = first["invoice_id"].as_str().unwrap().to_string();
    let got = run
        .crdb(
            "GET",
            "/api/v1/invoices/{invoice_id}",
            &format!("/api/v1/invoices/{inv}"),
            None,
        )
        .await;
    assert_eq!(&got, first);
    assert_eq!(got["totals"][0]["currency"], "USD");
    assert_eq!(
        got["balances"][0]["amount"], 0.0,
        "a finalized invoice is paid"
    );
    assert!(got["period_start"].as_str() < got["period_end"].as_str());

    // The audit log, newest first, a page at a time (`next_starting_from`).
    let audit = "/api/v1/auditlogevents";
    let newest = run
        .crdb(
            "GET",
            audit,
            &format!("{audit}?sort_order=DESC&limit=1"),
            None,
        )
        .await;
    let last = &newest["entries"][0];
    assert_eq!(newest["entries"].as_array().unwrap().len(), 1);
    assert_eq!(last["action"], "AUDIT_LOG_ACTION_DELETE_SERVICE_ACCOUNT");
    assert_eq!(last["source"], "AUDIT_LOG_SOURCE_CC_API");
    assert_eq!(last["service_account_name"], "emulator");
    let from = newest["next_starting_from"]
        .as_str()
        .expect("where the next page starts");
    assert_eq!(from, last["created_at"].as_str().unwrap());
    let older = run
        .crdb(
            "GET",
            audit,
            &format!("{audit}?sort_order=DESC&limit=200&starting_from={from}"),
            None,
        )
        .await;
    let entries = older["entries"].as_array().unwrap();
    assert!(
        entries
            .iter()
            .all(|e| e["created_at"].as_str() < Some(from)),
        "{older}"
    );
    let created = entries
        .iter()
        .find(|e| e["action"] == "AUDIT_LOG_ACTION_CREATE_CLUSTER")
        .unwrap_or_else(|| panic!("the cluster creations are logged: {older}"));
    assert_eq!(
        created["cluster_name"], "contract-dedicated",
        "the newer creation first, with the cluster it made"
    );
    assert!(created["cluster_id"].is_string(), "{created}");

    let identity_map = json!([{"token_identity": "^(.*)@example.com$", "cc_identity": "\\1"}]);
    let issuer = run
        .crdb(
            "POST",
            ISSUERS,
            ISSUERS,
            Some(
                json!({"issuer_url": "https://issuer.example.com", "audience": "dbcloud",
                "jwks": "{\"keys\": []}", "claim": "email", "identity_map": identity_map}),
            ),
        )
        .await;
    assert_eq!(issuer["issuer_url"], "https://issuer.example.com");
    assert_eq!(issuer["audience"], "dbcloud");
    assert_eq!(issuer["claim"], "email");
    assert_eq!(issuer["identity_map"], identity_map);
    let id = issuer["id"].as_str().unwrap().to_string();
    let jp = format!("{ISSUERS}/{id}");
    assert_eq!(run.crdb("GET", ISSUER, &jp, None).await, issuer);
    let listed = run.crdb("GET", ISSUERS, ISSUERS, None).await;
    assert!(
        field_of(&listed, "jwt_issuers", "id").contains(&json!(id)),
        "{listed}"
    );
    let updated = run
        .crdb(
            "PATCH",
            ISSUER,
            &jp,
            Some(json!({"audience": "dbcloud-2", "claim": "sub"})),
        )
        .await;
    assert_eq!(updated["audience"], "dbcloud-2");
    assert_eq!(updated["claim"], "sub");
    assert_eq!(updated["issuer_url"], "https://issuer.example.com");
    assert_eq!(updated["identity_map"], identity_map);
    let deleted = run.crdb("DELETE", ISSUER, &jp, None).await;
    assert_eq!(deleted["id"], id.as_str());
    let left = run.crdb("GET", ISSUERS, ISSUERS, None).await;
    assert!(
        !field_of(&left, "jwt_issuers", "id").contains(&json!(id)),
        "{left}"
    );
}
