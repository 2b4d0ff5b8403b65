//! The CockroachDB SCIM 2.0 operations: users, groups (with their `.search` forms, the deprecated
//! PUT ones included) and the discovery endpoints.

use serde_json::json;

use super::Run;

const USERS: &str = "/api/scim/v2/Users";
const GROUPS: &str = "/api/scim/v2/Groups";
const USER: &str = "/api/scim/v2/Users/{id}";
const GROUP: &str = "/api/scim/v2/Groups/{id}";
const USER_SCHEMA: &str = "urn:ietf:params:scim:schemas:core:2.0:User";
const GROUP_SCHEMA: &str = "urn:ietf:params:scim:schemas:core:2.0:Group";
const PATCH_OP: &str = "urn:ietf:params:scim:api:messages:2.0:PatchOp";

pub async fn scenario(run: &mut Run) {
    // Discovery.
    let types = run
        .crdb(
            "GET",
            "/api/scim/v2/ResourceTypes",
            "/api/scim/v2/ResourceTypes",
            None,
        )
        .await;
    assert_eq!(types["totalResults"], 2);
    let user_type = run
        .crdb(
            "GET",
            "/api/scim/v2/ResourceTypes/{resourceId}",
            "/api/scim/v2/ResourceTypes/User",
            None,
        )
        .await;
    assert_eq!(user_type["endpoint"], "/Users");
    let schemas = run
        .crdb(
            "GET",
            "/api/scim/v2/Schemas",
            "/api/scim/v2/Schemas?attributes=name",
            None,
        )
        .await;
    assert!(schemas["Resources"][0].get("attributes").is_none());
    let schema = run
        .crdb(
            "GET",
            "/api/scim/v2/Schemas/{schemaId}",
            &format!("/api/scim/v2/Schemas/{USER_SCHEMA}"),
            None,
        )
        .await;
    assert_eq!(schema["name"], "User");
    let config = run
        .crdb(
            "GET",
            "/api/scim/v2/ServiceProviderConfig",
            "/api/scim/v2/ServiceProviderConfig",
            None,
        )
        .await;
    assert_eq!(config["filter"]["supported"], true);

    // Users.
    let user = run
        .crdb(
            "POST",
            USERS,
            USERS,
            Some(
                json!({"schemas": [USER_SCHEMA], "userName": "ada@example.com",
                        "name": {"givenName": "Ada", "familyName": "Lovelace"},
                        "emails": [{"value": "ada@example.com", "primary": true}], "active": true}),
            ),
        )
        .await;
    let uid = user["id"].as_str().unwrap().to_string();
    let u = format!("{USERS}/{uid}");
    let listed = run
        .crdb(
            "GET",
            USERS,
            &format!(
                "{USERS}?filter=userName%20eq%20%22ada%40example.com%22&startIndex=1&count=10"
            ),
            None,
        )
        .await;
    assert_eq!(listed["totalResults"], 1);
    for method in ["POST", "PUT"] {
        let found = run
            .crdb(
                method,
                "/api/scim/v2/Users/.search",
                "/api/scim/v2/Users/.search",
                Some(json!({"filter": "name.givenName sw \"Ad\"", "startIndex": 1, "count": 5})),
            )
            .await;
        assert_eq!(found["Resources"][0]["id"], uid.as_str());
        let one = run
            .crdb(
                method,
                "/api/scim/v2/Users/{id}/.search",
                &format!("{u}/.search"),
                Some(json!({"attributes": "userName"})),
            )
            .await;
        assert!(one.get("emails").is_none());
    }
    run.crdb("GET", USER, &u, None).await;
    let patched = run
        .crdb(
            "PATCH",
            USER,
            &u,
            Some(
                json!({"Operations": [{"op": "replace", "path": "active", "value": false}],
                        "schemas": [PATCH_OP]}),
            ),
        )
        .await;
    assert_eq!(patched["active"], false);
    let replaced = run
        .crdb(
            "PUT",
            USER,
            &u,
            Some(
                json!({"schemas": [USER_SCHEMA], "userName": "ada@example.com",
                        "emails": [{"value": "ada@example.com"}], "displayName": "Ada L."}),
            ),
        )
        .await;
    assert_eq!(replaced["displayName"], "Ada L.");

    // Groups.
    let group = run
        .crdb(
            "POST",
            GROUPS,
            GROUPS,
            Some(
                json!({"schemas": [GROUP_SCHEMA], "displayName": "engineers",
                        "members": [{"value": uid}]}),
            ),
        )
        .await;
    let gid = group["id"].as_str().unwrap().to_string();
    let g = format!("{GROUPS}/{gid}");
    run.crdb(
        "GET",
        GROUPS,
        &format!("{GROUPS}?count=5&startIndex=1"),
        None,
    )
    .await;
    for method in ["POST", "PUT"] {
        let found = run
            .crdb(
                method,
                "/api/scim/v2/Groups/.search",
                "/api/scim/v2/Groups/.search",
                Some(json!({"filter": "displayName eq \"engineers\""})),
            )
            .await;
        assert_eq!(found["totalResults"], 1);
        run.crdb(
            method,
            "/api/scim/v2/Groups/{id}/.search",
            &format!("{g}/.search"),
            Some(json!({"excludedAttributes": "members"})),
        )
        .await;
    }
    run.crdb("GET", GROUP, &g, None).await;
    let patched = run
        .crdb(
            "PATCH",
            GROUP,
            &g,
            Some(json!({"Operations": [{"op": "remove", "path": format!("members[value eq \"{uid}\"]")}],
                        "schemas": [PATCH_OP]})),
        )
        .await;
    assert!(patched.get("members").is_none());
    run.crdb(
        "PUT",
        GROUP,
        &g,
        Some(json!({"schemas": [GROUP_SCHEMA], "displayName": "engineering"})),
    )
    .await;
    run.crdb("DELETE", GROUP, &g, None).await;
    run.crdb("DELETE", USER, &u, None).await;
}
