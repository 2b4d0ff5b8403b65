//! ClickHouse roles v2: the organization's system roles, custom roles, and roles assigned by ID to keys,
//! members and invitations (the deprecated legacy names map onto the system roles).

use crate::common::*;
use serde_json::json;

#[tokio::test]
async fn roles_are_assigned_by_id_to_keys_members_and_invitations() {
    let emu = emulator();
    let api = Api::new(&emu.url());
    let org = emu.clickhouse_org_id();
    let base = format!("/v1/organizations/{org}");
    let roles = api.ch("GET", &format!("{base}/roles"), None).await.json["result"].clone();
    let id_of = |name: &str| {
        roles
            .as_array()
            .unwrap()
            .iter()
            .find(|r| r["name"] == name)
            .unwrap_or_else(|| panic!("no role {name}: {roles}"))["id"]
            .as_str()
            .unwrap()
            .to_string()
    };
    let (admin, developer) = (id_of("Admin"), id_of("Developer"));
    assert!(
        roles
            .as_array()
            .unwrap()
            .iter()
            .all(|r| r["type"] == "system")
    );

    let custom = api
        .ch(
            "POST",
            &format!("{base}/roles"),
            Some(&json!({"name": "Auditors", "actors": [], "policies": [{"allowDeny": "ALLOW",
                "permissions": ["control-plane:organization:view"], "resources": [format!("organization/{org}")]}]})),
        )
        .await;
    assert_eq!(custom.status, 200, "{custom:?}");
    assert_eq!(custom.json["result"]["type"], "custom");
    let auditors = custom.json["result"]["id"].as_str().unwrap().to_string();
    let taken = api
        .ch(
            "POST",
            &format!("{base}/roles"),
            Some(&json!({"name": "auditors", "actors": [], "policies": []})),
        )
        .await;
    assert_eq!(taken.status, 409);
    let system = api
        .ch("DELETE", &format!("{base}/roles/{admin}"), None)
        .await;
    assert_eq!(system.status, 400, "{system:?}");

    // Keys: by ID; the deprecated roles follow.
    let key = api
        .ch(
            "POST",
            &format!("{base}/keys"),
            Some(&json!({"name": "k", "assignedRoleIds": [developer, auditors]})),
        )
        .await;
    assert_eq!(key.status, 200, "{key:?}");
    let k = &key.json["result"]["key"];
    assert_eq!(
        k["assignedRoles"],
        json!([{"roleId": developer, "roleName": "Developer", "roleType": "system"},
               {"roleId": auditors, "roleName": "Auditors", "roleType": "custom"}])
    );
    assert_eq!(k["roles"], json!(["developer"]));
    let key_id = k["id"].as_str().unwrap();
    let unknown = api
        .ch(
            "PATCH",
            &format!("{base}/keys/{key_id}"),
            Some(&json!({"assignedRoleIds": ["00000000-0000-4000-8000-00000000dead"]})),
        )
        .await;
    assert_eq!(unknown.status, 400);
    assert!(
        unknown.json["error"]
            .as_str()
            .unwrap()
            .contains("assignedRoleIds")
    );
    // The legacy names still work, as the system roles they stand for.
    let legacy = api
        .ch(
            "PATCH",
            &format!("{base}/keys/{key_id}"),
            Some(&json!({"roles": ["admin"]})),
        )
        .await;
    assert_eq!(
        legacy.json["result"]["assignedRoles"][0]["roleName"],
        "Admin"
    );
    // A renamed custom role is renamed where it is assigned; the role lists its actors.
    let members = api.ch("GET", &format!("{base}/members"), None).await.json["result"].clone();
    let dev_user = members
        .as_array()
        .unwrap()
        .iter()
        .find(|m| m["email"] == "developer@example.com")
        .unwrap()["userId"]
        .as_str()
        .unwrap()
        .to_string();
    let updated = api
        .ch(
            "PATCH",
            &format!("{base}/members/{dev_user}"),
            Some(&json!({"assignedRoleIds": [auditors]})),
        )
        .await;
    assert_eq!(updated.status, 200, "{updated:?}");
    assert!(updated.json["result"].get("role").is_none());
    api.ch(
        "PATCH",
        &format!("{base}/roles/{auditors}"),
        Some(&json!({"name": "Audit"})),
    )
    .await;
    let member = api
        .ch("GET", &format!("{base}/members/{dev_user}"), None)
        .await;
    assert_eq!(
        member.json["result"]["assignedRoles"][0]["roleName"],
        "Audit"
    );
    let role = api
        .ch("GET", &format!("{base}/roles/{auditors}"), None)
        .await;
    assert_eq!(
        role.json["result"]["actors"],
        json!([format!("user/{dev_user}")])
    );

    let invitation = api
        .ch(
            "POST",
            &format!("{base}/invitations"),
            Some(&json!({"email": "ada@example.com", "assignedRoleIds": [admin]})),
        )
        .await;
    assert_eq!(invitation.status, 200, "{invitation:?}");
    assert_eq!(invitation.json["result"]["role"], "admin");
    assert_eq!(
        invitation.json["result"]["assignedRoles"][0]["roleId"],
        admin.as_str()
    );
    let roleless = api
        .ch(
            "POST",
            &format!("{base}/invitations"),
            Some(&json!({"email": "bob@example.com"})),
        )
        .await;
    assert_eq!(roleless.status, 400);
}
