//! The SCIM discovery endpoints (RFC 7643 §5-7): what the service supports (ServiceProviderConfig),
//! the resource types it serves (User, Group) and their schemas. Fixed documents; any member of the
//! organization may read them.

use serde_json::{Value, json};

use super::{GROUP_SCHEMA, LIST_SCHEMA, MAX_RESULTS, SCIM, USER_SCHEMA, not_found, project};
use crate::engine::{ApiError, Ctx, Reply};

const RESOURCE_TYPE_SCHEMA: &str = "urn:ietf:params:scim:schemas:core:2.0:ResourceType";
const SCHEMA_SCHEMA: &str = "urn:ietf:params:scim:schemas:core:2.0:Schema";
const CONFIG_SCHEMA: &str = "urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig";

/// Fields every answer of the kind keeps whatever `attributes` asks (the spec requires them).
const RESOURCE_TYPE_KEEP: &[&str] = &["schemas", "id", "name", "endpoint", "schema"];
const SCHEMA_KEEP: &[&str] = &["id"];

fn resource_types() -> Vec<Value> {
    [
        ("User", "/Users", "User accounts of the organization", USER_SCHEMA),
        ("Group", "/Groups", "Groups of users of the organization", GROUP_SCHEMA),
    ]
    .iter()
    .map(|(id, endpoint, description, schema)| {
        json!({
            "schemas": [RESOURCE_TYPE_SCHEMA],
            "id": id,
            "name": id,
            "endpoint": endpoint,
            "description": description,
            "schema": schema,
            "meta": {"resourceType": "ResourceType", "location": format!("{SCIM}/ResourceTypes/{id}")},
        })
    })
    .collect()
}

/// One attribute of a schema (RFC 7643 §7).
fn attr(
    name: &str,
    ty: &str,
    multi: bool,
    required: bool,
    mutability: &str,
    description: &str,
) -> Value {
    json!({
        "name": name,
        "type": ty,
        "multiValued": multi,
        "description": description,
        "required": required,
        "caseExact": false,
        "mutability": mutability,
        "returned": "default",
        "uniqueness": "none",
    })
}

fn complex(mut a: Value, subs: Vec<Value>) -> Value {
    a["subAttributes"] = Value::Array(subs);
    a
}

fn reference(mutability: &str, what: &str, to: &str) -> Vec<Value> {
    let mut r = attr(
        "ref",
        "reference",
        false,
        false,
        mutability,
        &format!("The URI of the {what}"),
    );
    r["referenceTypes"] = json!([to]);
    vec![
        attr(
            "value",
            "string",
            false,
            false,
            mutability,
            &format!("The identifier of the {what}"),
        ),
        r,
        attr(
            "display",
            "string",
            false,
            false,
            "readOnly",
            &format!("A name of the {what}, for display"),
        ),
        attr(
            "type",
            "string",
            false,
            false,
            mutability,
            "The kind of reference",
        ),
    ]
}

fn schemas() -> Vec<Value> {
    let mut user_name = attr(
        "userName",
        "string",
        false,
        true,
        "readWrite",
        "Unique identifier of the user, often the e-mail address",
    );
    user_name["uniqueness"] = json!("server");
    let mut emails = complex(
        attr(
            "emails",
            "complex",
            true,
            true,
            "readWrite",
            "E-mail addresses of the user",
        ),
        vec![
            attr(
                "value",
                "string",
                false,
                true,
                "readWrite",
                "An e-mail address",
            ),
            attr(
                "display",
                "string",
                false,
                false,
                "readWrite",
                "A name of the address, for display",
            ),
            attr(
                "type",
                "string",
                false,
                false,
                "readWrite",
                "The kind of address",
            ),
            attr(
                "primary",
                "boolean",
                false,
                false,
                "readWrite",
                "The user's primary address",
            ),
        ],
    );
    emails["subAttributes"][2]["canonicalValues"] = json!(["work", "home", "other"]);
    let user_attributes = vec![
        user_name,
        complex(
            attr(
                "name",
                "complex",
                false,
                false,
                "readWrite",
                "The components of the user's name",
            ),
            vec![
                attr(
                    "givenName",
                    "string",
                    false,
                    false,
                    "readWrite",
                    "Given (first) name",
                ),
                attr(
                    "familyName",
                    "string",
                    false,
                    false,
                    "readWrite",
                    "Family (last) name",
                ),
            ],
        ),
        attr(
            "displayName",
            "string",
            false,
            false,
            "readWrite",
            "The name of the user, for display",
        ),
        emails,
        attr(
            "active",
            "boolean",
            false,
            false,
            "readWrite",
            "Whether the user may sign in",
        ),
        attr(
            "externalId",
            "string",
            false,
            false,
            "readWrite",
            "The identifier the provisioning client gives the user",
        ),
        complex(
            attr(
                "groups",
                "complex",
                true,
                false,
                "readOnly",
                "The groups the user belongs to",
            ),
            reference("readOnly", "group", "Group"),
        ),
    ];
    let group_attributes = vec![
        attr(
            "displayName",
            "string",
            false,
            true,
            "readWrite",
            "The name of the group",
        ),
        attr(
            "externalId",
            "string",
            false,
            false,
            "readWrite",
            "The identifier the provisioning client gives the group",
        ),
        complex(
            attr(
                "members",
                "complex",
                true,
                false,
                "readWrite",
                "The users in the group",
            ),
            reference("immutable", "member", "User"),
        ),
    ];
    [
        (USER_SCHEMA, "User", "User account", user_attributes),
        (GROUP_SCHEMA, "Group", "Group of users", group_attributes),
    ]
    .into_iter()
    .map(|(id, name, description, attributes)| {
        json!({
            "schemas": [SCHEMA_SCHEMA],
            "id": id,
            "name": name,
            "description": description,
            "attributes": attributes,
            "meta": {"resourceType": "Schema", "location": format!("{SCIM}/Schemas/{id}")},
        })
    })
    .collect()
}

fn list(ctx: &Ctx<'_>, items: Vec<Value>, keep: &[&str]) -> Reply {
    let (attributes, excluded) = (ctx.query("attributes"), ctx.query("excludedAttributes"));
    let items: Vec<Value> = items
        .into_iter()
        .map(|v| project(v, attributes, excluded, keep))
        .collect();
    Reply::Json(json!({
        "schemas": [LIST_SCHEMA],
        "totalResults": items.len(),
        "startIndex": 1,
        "itemsPerPage": items.len(),
        "Resources": items,
    }))
}

fn one(
    ctx: &Ctx<'_>,
    items: Vec<Value>,
    id: &str,
    what: &str,
    keep: &[&str],
) -> Result<Reply, ApiError> {
    let found = items
        .into_iter()
        .find(|v| v["id"].as_str().is_some_and(|i| i.eq_ignore_ascii_case(id)))
        .ok_or_else(|| not_found(format!("{what} {id:?} not found")))?;
    Ok(Reply::Json(project(
        found,
        ctx.query("attributes"),
        ctx.query("excludedAttributes"),
        keep,
    )))
}

pub(super) fn dispatch(ctx: &mut Ctx<'_>, op_id: &str) -> Option<Result<Reply, ApiError>> {
    Some(match op_id {
        "GetResourceTypes" => Ok(list(ctx, resource_types(), RESOURCE_TYPE_KEEP)),
        "GetResourceType" => {
            let id = ctx.param("resourceId").to_string();
            one(
                ctx,
                resource_types(),
                &id,
                "resource type",
                RESOURCE_TYPE_KEEP,
            )
        }
        "GetSchemas" => Ok(list(ctx, schemas(), SCHEMA_KEEP)),
        "GetSchema" => {
            let id = ctx.param("schemaId").to_string();
            one(ctx, schemas(), &id, "schema", SCHEMA_KEEP)
        }
        "GetServiceProviderConfig" => Ok(Reply::Json(json!({
            "schemas": [CONFIG_SCHEMA],
            "bulk": {"supported": false, "maxOperations": 0, "maxPayloadSize": 0},
            "filter": {"supported": true, "maxResults": MAX_RESULTS},
            "changePassword": {"supported": false},
            "sort": {"supported": false},
            "etag": {"supported": false},
            "authenticationSchemes": [{
                "type": "oauthbearertoken",
                "name": "OAuth Bearer Token",
                "description": "The organization's API key as a bearer token; users and groups need a service account with the ORG_ADMIN role",
                "primary": true,
            }],
            "meta": {"resourceType": "ServiceProviderConfig", "location": format!("{SCIM}/ServiceProviderConfig")},
        }))),
        _ => return None,
    })
}
