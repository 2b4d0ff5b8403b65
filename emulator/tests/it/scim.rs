//! CockroachDB SCIM 2.0: users and groups that persist, filters, paging, PATCH, the 409 on a taken
//! userName, the SCIM error shape, the ORG_ADMIN role the endpoints need, and discovery.

use crate::common::*;
use serde_json::{Value, json};

const USERS: &str = "/api/scim/v2/Users";
const GROUPS: &str = "/api/scim/v2/Groups";
const USER_SCHEMA: &str = "urn:ietf:params:scim:schemas:core:2.0:User";
const GROUP_SCHEMA: &str = "urn:ietf:params:scim:schemas:core:2.0:Group";
const PATCH_OP: &str = "urn:ietf:params:scim:api:messages:2.0:PatchOp";
const ERROR: &str = "urn:ietf:params:scim:api:messages:2.0:Error";

fn user(name: &str, email: &str) -> Value {
    json!({"schemas": [USER_SCHEMA], "userName": name, "emails": [{"value": email, "primary": true}]})
}

async fn create(api: &Api, path: &str, body: Value) -> Value {
    let a = api.crdb("POST", path, Some(&body)).await;
    assert_eq!(a.status, 200, "{a:?}");
    a.json
}

async fn ids(api: &Api, path_and_query: &str) -> Vec<String> {
    let a = api.crdb("GET", path_and_query, None).await;
    assert_eq!(a.status, 200, "{a:?}");
    a.json["Resources"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            r["userName"]
                .as_str()
                .or(r["displayName"].as_str())
                .unwrap()
                .to_string()
        })
        .collect()
}

fn q(filter: &str) -> String {
    format!(
        "{USERS}?filter={}",
        filter.replace(' ', "%20").replace('"', "%22")
    )
}

fn patch_body(ops: Value) -> Value {
    json!({"schemas": [PATCH_OP], "Operations": ops})
}

#[tokio::test]
async fn users_are_created_found_and_unique() {
    let emu = emulator();
    let api = Api::new(&emu.url());
    let ada = create(&api, USERS, user("ada", "ada@example.com")).await;
    assert_eq!(ada["schemas"], json!([USER_SCHEMA]));
    assert_eq!(ada["active"], true, "active unless said otherwise");
    assert_eq!(ada["meta"]["resourceType"], "User");
    assert_eq!(
        ada["meta"]["location"],
        format!("{USERS}/{}", ada["id"].as_str().unwrap())
    );
    // userName defaults to the primary address.
    let bob = create(
        &api,
        USERS,
        json!({"schemas": [USER_SCHEMA], "emails": [{"value": "bob@other.org"}],
               "active": false, "externalId": "EXT-2", "displayName": "Bob B"}),
    )
    .await;
    assert_eq!(bob["userName"], "bob@other.org");

    // A taken userName (case does not matter) is a 409 in SCIM's shape and the API's.
    let dup = api
        .crdb("POST", USERS, Some(&user("ADA", "ada2@example.com")))
        .await;
    assert_eq!(dup.status, 409, "{dup:?}");
    assert_eq!(dup.json["schemas"], json!([ERROR]));
    assert_eq!(dup.json["status"], "409");
    assert_eq!(dup.json["scimType"], "uniqueness");
    assert!(
        dup.json["detail"].as_str().unwrap().contains("ADA"),
        "{dup:?}"
    );
    assert_eq!(dup.json["code"], 6);
    assert_eq!(dup.json["message"], dup.json["detail"]);

    // Checks beyond the schema.
    for (body, needle) in [
        (json!({"schemas": [USER_SCHEMA], "emails": []}), "emails"),
        (
            json!({"schemas": [USER_SCHEMA], "emails": [{"value": "nope"}]}),
            "emails[0].value",
        ),
        (
            json!({"schemas": [GROUP_SCHEMA], "emails": [{"value": "c@d.io"}]}),
            "schemas",
        ),
    ] {
        let a = api.crdb("POST", USERS, Some(&body)).await;
        assert_eq!(a.status, 400, "{body}: {a:?}");
        assert_eq!(a.json["scimType"], "invalidValue");
        assert!(a.json["detail"].as_str().unwrap().contains(needle), "{a:?}");
    }

    // Filters: eq, co, sw, ew, pr, and/or/not, on userName, displayName, emails.value, active, externalId.
    for (filter, expected) in [
        (r#"userName eq "Ada""#, vec!["ada"]),
        (r#"emails.value co "other""#, vec!["bob@other.org"]),
        (r#"userName sw "b""#, vec!["bob@other.org"]),
        (r#"emails.value ew ".com""#, vec!["ada"]),
        ("active eq false", vec!["bob@other.org"]),
        (r#"externalId eq "EXT-2""#, vec!["bob@other.org"]),
        (r#"externalId eq "ext-2""#, vec![]),
        (r#"displayName eq "bob b""#, vec!["bob@other.org"]),
        ("displayName pr", vec!["bob@other.org"]),
        (
            r#"userName eq "ada" or active eq false"#,
            vec!["ada", "bob@other.org"],
        ),
        (
            r#"active eq true and emails.value co "example""#,
            vec!["ada"],
        ),
        (r#"not (userName eq "ada")"#, vec!["bob@other.org"]),
        (r#"emails[value sw "bob" and primary pr]"#, vec![]),
    ] {
        assert_eq!(ids(&api, &q(filter)).await, expected, "{filter}");
    }
    let bad = api.crdb("GET", &q("userName likes \"a\""), None).await;
    assert_eq!(bad.status, 400);
    assert_eq!(bad.json["scimType"], "invalidFilter");
    assert!(
        bad.json["detail"].as_str().unwrap().contains("likes"),
        "{bad:?}"
    );

    // The search form takes the same in the body.
    let found = api
        .crdb(
            "POST",
            &format!("{USERS}/.search"),
            Some(
                &json!({"filter": "userName eq \"ada\"", "attributes": "userName,name.givenName"}),
            ),
        )
        .await;
    assert_eq!(found.json["totalResults"], 1, "{found:?}");
    let r = &found.json["Resources"][0];
    assert!(r.get("emails").is_none() && r.get("meta").is_none(), "{r}");
    assert_eq!(r["id"], ada["id"]);

    // Unknown users are a SCIM 404.
    let missing = api.crdb("GET", &format!("{USERS}/nope"), None).await;
    assert_eq!(missing.status, 404);
    assert_eq!(missing.json["status"], "404");
    assert_eq!(missing.json["code"], 5);
}

#[tokio::test]
async fn lists_page_by_start_index_and_count() {
    let emu = emulator();
    let api = Api::new(&emu.url());
    for i in 1..=5 {
        create(
            &api,
            USERS,
            user(&format!("u{i}"), &format!("u{i}@example.com")),
        )
        .await;
    }
    let page = api
        .crdb("GET", &format!("{USERS}?startIndex=2&count=2"), None)
        .await;
    assert_eq!(page.json["totalResults"], 5);
    assert_eq!(page.json["startIndex"], 2);
    assert_eq!(page.json["itemsPerPage"], 2);
    assert_eq!(
        ids(&api, &format!("{USERS}?startIndex=2&count=2")).await,
        ["u2", "u3"]
    );
    assert_eq!(
        ids(&api, &format!("{USERS}?startIndex=5&count=2")).await,
        ["u5"]
    );
    assert!(ids(&api, &format!("{USERS}?startIndex=9")).await.is_empty());
    // startIndex below 1 is 1; count 0 gives the total only.
    assert_eq!(
        ids(&api, &format!("{USERS}?startIndex=0&count=1")).await,
        ["u1"]
    );
    let total = api.crdb("GET", &format!("{USERS}?count=0"), None).await;
    assert_eq!(
        (
            total.json["totalResults"].clone(),
            total.json["itemsPerPage"].clone()
        ),
        (json!(5), json!(0))
    );
    let body = api
        .crdb(
            "POST",
            &format!("{USERS}/.search"),
            Some(&json!({"startIndex": 4, "count": 10})),
        )
        .await;
    assert_eq!(body.json["itemsPerPage"], 2);
}

#[tokio::test]
async fn groups_patch_and_delete() {
    let emu = emulator();
    let api = Api::new(&emu.url());
    let ada = create(&api, USERS, user("ada", "ada@example.com")).await;
    let bob = create(&api, USERS, user("bob", "bob@example.com")).await;
    let (a, b) = (ada["id"].as_str().unwrap(), bob["id"].as_str().unwrap());
    let group = create(
        &api,
        GROUPS,
        json!({"schemas": [GROUP_SCHEMA], "displayName": "eng", "members": [{"value": a}]}),
    )
    .await;
    assert_eq!(
        group["members"],
        json!([{"value": a, "display": "ada", "type": "User", "ref": format!("{USERS}/{a}")}])
    );
    let g = format!("{GROUPS}/{}", group["id"].as_str().unwrap());
    let unknown = api
        .crdb("POST", GROUPS, Some(&json!({"schemas": [GROUP_SCHEMA], "displayName": "x", "members": [{"value": "ghost"}]})))
        .await;
    assert_eq!(unknown.status, 400);
    assert!(unknown.json["detail"].as_str().unwrap().contains("ghost"));

    // add, replace, remove.
    let added = api
        .crdb(
            "PATCH",
            &g,
            Some(&patch_body(json!([
                {"op": "add", "path": "members", "value": [{"value": b}]},
                {"op": "Replace", "path": "displayName", "value": "engineering"},
            ]))),
        )
        .await;
    assert_eq!(added.status, 200, "{added:?}");
    assert_eq!(added.json["displayName"], "engineering");
    assert_eq!(added.json["members"].as_array().unwrap().len(), 2);
    // A user shows the groups it belongs to.
    let shown = api.crdb("GET", &format!("{USERS}/{b}"), None).await;
    assert_eq!(shown.json["groups"][0]["display"], "engineering");
    let groups = ids(
        &api,
        &format!("{GROUPS}?filter=members.value%20eq%20%22{b}%22"),
    )
    .await;
    assert_eq!(groups, ["engineering"]);

    // A failing operation changes nothing (the first one included).
    let atomic = api
        .crdb(
            "PATCH",
            &g,
            Some(&patch_body(json!([
                {"op": "replace", "path": "displayName", "value": "changed"},
                {"op": "replace", "path": "id", "value": "x"},
            ]))),
        )
        .await;
    assert_eq!(atomic.status, 400);
    assert_eq!(atomic.json["scimType"], "mutability");
    let now = api.crdb("GET", &g, None).await;
    assert_eq!(now.json["displayName"], "engineering");
    for (ops, scim_type) in [
        (
            json!([{"op": "move", "path": "displayName"}]),
            "invalidSyntax",
        ),
        (
            json!([{"op": "replace", "path": "members[value eq \"zz\"]", "value": {}}]),
            "noTarget",
        ),
        (
            json!([{"op": "replace", "path": "displayName", "value": 5}]),
            "invalidValue",
        ),
        (
            json!([{"op": "add", "path": "nickName", "value": "x"}]),
            "invalidValue",
        ),
        (
            json!([{"op": "add", "path": "members", "value": [{"value": "ghost"}]}]),
            "invalidValue",
        ),
    ] {
        let a = api.crdb("PATCH", &g, Some(&patch_body(ops.clone()))).await;
        assert_eq!(a.status, 400, "{ops}: {a:?}");
        assert_eq!(a.json["scimType"], scim_type, "{ops}: {a:?}");
    }
    let not_patch = api
        .crdb("PATCH", &g, Some(&json!({"schemas": [GROUP_SCHEMA], "Operations": [{"op": "remove", "path": "members"}]})))
        .await;
    assert_eq!(not_patch.status, 400);

    let removed = api
        .crdb(
            "PATCH",
            &g,
            Some(&patch_body(
                json!([{"op": "remove", "path": format!("members[value eq \"{a}\"]")}]),
            )),
        )
        .await;
    assert_eq!(
        removed.json["members"],
        json!([{"value": b, "display": "bob", "type": "User", "ref": format!("{USERS}/{b}")}])
    );

    // A user patched: sub-attributes, a path-less replace, a filtered e-mail.
    let u = format!("{USERS}/{a}");
    let ada = api
        .crdb("PATCH", &u, Some(&patch_body(json!([
            {"op": "add", "path": "name.givenName", "value": "Ada"},
            {"op": "replace", "value": {"active": false, "externalId": "E1"}},
            {"op": "replace", "path": "emails[primary eq true].value", "value": "ada@new.example.com"},
        ]))))
        .await;
    assert_eq!(ada.status, 200, "{ada:?}");
    assert_eq!(ada.json["name"], json!({"givenName": "Ada"}));
    assert_eq!(ada.json["active"], false);
    assert_eq!(ada.json["emails"][0]["value"], "ada@new.example.com");
    let taken = api
        .crdb(
            "PATCH",
            &u,
            Some(&patch_body(
                json!([{"op": "replace", "path": "userName", "value": "BOB"}]),
            )),
        )
        .await;
    assert_eq!(taken.status, 409);
    let ro = api
        .crdb(
            "PATCH",
            &u,
            Some(&patch_body(
                json!([{"op": "add", "path": "groups", "value": []}]),
            )),
        )
        .await;
    assert_eq!(ro.json["scimType"], "mutability");

    // Replace keeps the ID and the creation time.
    let before = api.crdb("GET", &u, None).await.json;
    let put = api
        .crdb("PUT", &u, Some(&json!({"schemas": [USER_SCHEMA], "userName": "ada", "emails": [{"value": "ada@example.com"}]})))
        .await;
    assert_eq!(put.status, 200, "{put:?}");
    assert_eq!(put.json["id"], before["id"]);
    assert_eq!(put.json["meta"]["created"], before["meta"]["created"]);
    assert!(put.json.get("name").is_none(), "PUT replaces: {put:?}");

    // A deleted user leaves its groups.
    let del = api.crdb("DELETE", &format!("{USERS}/{b}"), None).await;
    assert_eq!((del.status, del.json.clone()), (200, json!({})));
    let g_now = api.crdb("GET", &g, None).await;
    assert!(g_now.json.get("members").is_none(), "{g_now:?}");
    assert_eq!(
        api.crdb("GET", &format!("{USERS}/{b}"), None).await.status,
        404
    );
    assert_eq!(api.crdb("DELETE", &g, None).await.status, 200);
    assert_eq!(api.crdb("DELETE", &g, None).await.status, 404);
    assert!(
        emu.state()["collections"][GROUPS]
            .as_array()
            .unwrap()
            .is_empty()
    );
}

#[tokio::test]
async fn users_and_groups_need_org_admin_and_discovery_does_not() {
    let emu = emulator();
    let api = Api::new(&emu.url());
    // The service account of the emulator's key loses ORG_ADMIN.
    let keys = api.crdb("GET", "/api/v1/api-keys", None).await;
    assert_eq!(keys.status, 200, "{keys:?}");
    let account = keys.json["api_keys"][0]["service_account_id"]
        .as_str()
        .unwrap()
        .to_string();
    let admin = format!(
        "/api/v1/roles/{account}/ORGANIZATION/{}/ORG_ADMIN",
        emu.cockroach_org_id()
    );
    let revoked = api.crdb("DELETE", &admin, None).await;
    assert_eq!(revoked.status, 200, "{revoked:?}");
    let member = api;
    let refused = member.crdb("GET", USERS, None).await;
    assert_eq!(refused.status, 403, "{refused:?}");
    assert_eq!(refused.json["code"], 7);
    assert!(
        refused.json["detail"]
            .as_str()
            .unwrap()
            .contains("ORG_ADMIN")
    );
    let refused = member
        .crdb(
            "POST",
            GROUPS,
            Some(&json!({"schemas": [GROUP_SCHEMA], "displayName": "x"})),
        )
        .await;
    assert_eq!(refused.status, 403);
    assert_eq!(
        member
            .crdb("GET", "/api/scim/v2/ServiceProviderConfig", None)
            .await
            .status,
        200
    );
    let types = member
        .crdb(
            "GET",
            "/api/scim/v2/ResourceTypes?excludedAttributes=description",
            None,
        )
        .await;
    assert_eq!(types.json["Resources"][1]["id"], "Group");
    assert!(types.json["Resources"][1].get("description").is_none());
    let schema = member
        .crdb("GET", &format!("/api/scim/v2/Schemas/{GROUP_SCHEMA}"), None)
        .await;
    assert_eq!(schema.json["attributes"][0]["name"], "displayName");
    assert_eq!(
        member
            .crdb("GET", "/api/scim/v2/Schemas/urn:nothing", None)
            .await
            .status,
        404
    );
    assert_eq!(
        member
            .crdb("GET", "/api/scim/v2/ResourceTypes/Widget", None)
            .await
            .status,
        404
    );
}

#[tokio::test]
async fn users_and_groups_survive_a_restart() {
    let dir = tempfile::tempdir().unwrap();
    let mut config = config();
    config.state_file = Some(dir.path().join("state.json"));
    let (uid, gid) = {
        let emu = dbcloud_emulator::spawn(config.clone()).unwrap();
        let api = Api::new(&emu.url());
        let u = create(&api, USERS, user("kept", "kept@example.com")).await;
        let uid = u["id"].as_str().unwrap().to_string();
        let g = create(
            &api,
            GROUPS,
            json!({"schemas": [GROUP_SCHEMA], "displayName": "kept", "members": [{"value": uid}]}),
        )
        .await;
        (uid, g["id"].as_str().unwrap().to_string())
    };
    let emu = dbcloud_emulator::spawn(config).unwrap();
    let api = Api::new(&emu.url());
    let u = api.crdb("GET", &format!("{USERS}/{uid}"), None).await;
    assert_eq!(u.json["userName"], "kept", "{u:?}");
    assert_eq!(u.json["groups"][0]["value"], gid.as_str());
}
